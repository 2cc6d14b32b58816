package ceremony

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/job"
)

// TestStepClass1TwoParty runs the real class-1 step circuit (31,581
// constraints, domain 2^15) through a two-party ceremony with beacons, then
// proves a false receipt's step with the exported keys. About 4 CPU-minutes
// on the 2-core machine (docs/ceremony.md), over make test's share, so it
// runs with GPUROLL_CEREMONY_CLASS1=1; the result of a recorded run is in
// docs/benchmarks.md.
func TestStepClass1TwoParty(t *testing.T) {
	if os.Getenv("GPUROLL_CEREMONY_CLASS1") == "" {
		t.Skip("set GPUROLL_CEREMONY_CLASS1=1 to run the class-1 ceremony (minutes)")
	}
	ctx := context.Background()
	c1 := circuit.Classes()[0]
	ccs, err := circuit.Compile(c1)
	if err != nil {
		t.Fatal(err)
	}
	circuits := []Circuit{{Class: c1, CCS: ccs}}
	dir := t.TempDir()
	at := func(n string) string { return filepath.Join(dir, n) }
	step := func(what string, f func() error) {
		t.Helper()
		start := time.Now()
		if err := f(); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		t.Logf("%s: %s", what, time.Since(start).Round(time.Millisecond))
	}
	step("init", func() error { _, err := Init(at("0"), circuits); return err })
	step("phase 1, alice", func() error { _, err := Contribute(ctx, at("0"), at("1a"), "alice"); return err })
	step("phase 1, bob", func() error { _, err := Contribute(ctx, at("1a"), at("1b"), "bob"); return err })
	step("seal phase 1", func() error { _, err := Seal(ctx, at("1b"), at("1s"), beacon1, circuits); return err })
	step("phase 2, alice", func() error { _, err := Contribute(ctx, at("1s"), at("2a"), "alice"); return err })
	step("phase 2, bob", func() error { _, err := Contribute(ctx, at("2a"), at("2b"), "bob"); return err })
	step("seal phase 2", func() error { _, err := Seal(ctx, at("2b"), at("2s"), beacon2, circuits); return err })
	step("verify", func() error {
		_, err := Verify(ctx, at("2s"), circuits, Beacons{Phase1: beacon1, Phase2: beacon2}, t.Logf)
		return err
	})
	keysDir := at("keys")
	step("export", func() error { _, err := Export(at("2s"), keysDir, ""); return err })

	// A false receipt's step proven with the ceremony's keys (ProveFraud
	// verifies its own proof natively).
	rng := rand.New(rand.NewPCG(1, 5))
	in, out := 200, 3
	d := job.Dense{Header: job.LayerHeader{In: uint32(in), Out: uint32(out), Shift: 12}}
	d.W = make([]int8, in*out)
	for i := range d.W {
		d.W[i] = int8(rng.IntN(256) - 128)
	}
	d.Bias = make([]int32, out)
	m := &job.Model{Layers: []job.Dense{d}}
	x := &job.Input{Rows: 1, Width: in, X: make([]int8, in)}
	for i := range x.X {
		x.X[i] = int8(rng.IntN(256) - 128)
	}
	tr, err := (&job.Reference{}).Execute(ctx, m, x)
	if err != nil {
		t.Fatal(err)
	}
	st := tr.Stored()
	lf := st.Leaf(0, 1)
	b := lf.Elems[0].Bytes()
	b[31-1] ^= 0x40
	lf.Elems[0].SetBytes(b[:])
	p := circuit.NewProver(circuit.NewKeyCache(keysDir), nil, nil)
	var ch *circuit.Challenge
	step("prove a false step with the ceremony's class-1 keys", func() error {
		ch, err = p.ProveFraud(ctx, m, x, st, common.Address{0xc1})
		return err
	})
	if ch.Class.ID != 1 {
		t.Fatalf("proved with class %d", ch.Class.ID)
	}
}
