package e2e

import (
	"context"
	"math/rand/v2"
	"os"
	"syscall"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// wideJob is a one-layer job of input width `in` whose provider lied about
// output 1 of row 0.
func wideJob(t testing.TB, in, out int) *tjob {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(in), 5))
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
	tr, err := (&job.Reference{}).Execute(context.Background(), m, x)
	if err != nil {
		t.Fatal(err)
	}
	j := &tjob{m: m, in: x, st: tr.Stored()}
	lf := j.st.Leaf(0, 1)
	b := lf.Elems[0].Bytes()
	b[31-1] ^= 0x40
	lf.Elems[0].SetBytes(b[:])
	return j
}

// slashOnChain runs commit and reveal of a challenge through Disputes and
// returns the gas of verifyStep alone and of the whole reveal.
func slashOnChain(t testing.TB, k *circuit.Keys, j *tjob, chal *circuit.Challenge) (verify, reveal uint64) {
	t.Helper()
	e := newEnv(t, k)
	ch := e.c.Addrs[challenger]
	leaf := e.receiptFor(j, 1, e.c.Addrs[provider], e.c.Addrs[buyer])
	p := e.submit([]l1iface.ReceiptLeaf{leaf})
	vs := mustVerifierABI(t)
	at := e.vers[k.Class.ID-1]
	g, err := e.c.Client.EstimateGas(e.ctx, ethereumCall(ch, at, vs.pack(t, chal.Proof, chal.Public)))
	if err != nil {
		t.Fatal(err)
	}
	salt := crypto.Keccak256Hash([]byte("bench"))
	cd, err := chal.Calldata(p.hdr.Index, p.hash, p.leaf(0), p.proof(t, 0), e.auth(p, 0), ch, salt)
	if err != nil {
		t.Fatal(err)
	}
	e.ok(challenger, e.d.Disputes, cd.Commit)
	e.c.Warp(t, time.Second)
	rc := e.ok(challenger, e.d.Disputes, cd.Reveal)
	sl, err := bindings.NewDisputes().UnpackSlashed(e.call(e.d.Disputes, bindings.NewDisputes().PackSlashed(leaf.ReceiptID)))
	if err != nil || !sl {
		t.Fatalf("class %d receipt not slashed: %v", k.Class.ID, err)
	}
	return g, rc.GasUsed
}

// classWidth is the widest input of each class: the worst case it proves.
func classWidth(c circuit.Class) int { return c.MaxIn }

// BenchmarkStepClass measures, per class: constraints, setup time, prove
// time (the timed loop), proof size, and the gas of the verifier alone and
// of the whole reveal through Disputes on the simulated chain.
//
//	go test ./circuit/e2e -run '^$' -bench StepClass -benchtime 3x -timeout 30m
//
// With GPUROLL_KEYS=DIR (keys written by `gpuroll setup`) the setup is
// skipped and not reported.
func BenchmarkStepClass(b *testing.B) {
	for _, c := range circuit.Classes() {
		b.Run("class="+string('0'+c.ID), func(b *testing.B) {
			ctx := context.Background()
			start := time.Now()
			var k *circuit.Keys
			var err error
			if dir := os.Getenv("GPUROLL_KEYS"); dir != "" {
				k, err = circuit.LoadKeys(dir, c) // keys from `gpuroll setup`: no setup figure
			} else {
				k, err = circuit.DevSetup(ctx, c, []byte(circuit.DevBeacon))
			}
			if err != nil {
				b.Fatal(err)
			}
			setup := time.Since(start)
			j := wideJob(b, classWidth(c), 4)
			p := circuit.NewProver(circuit.NewKeyCacheWith(k), nil, nil)
			chAddr := crypto.PubkeyToAddress(l1test.Key(challenger).PublicKey)
			// The whole prover (re-execution, trees, opening, proof, native check) once...
			start = time.Now()
			chal, err := p.ProveFraud(ctx, j.m, j.in, j.st, chAddr)
			if err != nil {
				b.Fatal(err)
			}
			total := time.Since(start)
			// ...and the Groth16 prove alone in the timed loop.
			trees, err := job.NewJobTrees(ctx, j.m, j.in, j.st)
			if err != nil {
				b.Fatal(err)
			}
			op, err := trees.Open(chal.Step)
			if err != nil {
				b.Fatal(err)
			}
			a, _, _, err := circuit.AssignOpening(op, chAddr)
			if err != nil {
				b.Fatal(err)
			}
			// CPU time as well as wall time: on a shared machine the wall
			// time measures the neighbours too.
			cpu0 := cpuTime(b)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := k.Prove(ctx, a); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric((cpuTime(b)-cpu0).Seconds()/float64(b.N), "prove-cpu-s/op")
			verify, reveal := slashOnChain(b, k, j, chal)
			b.ReportMetric(float64(k.CCS.GetNbConstraints()), "constraints")
			if os.Getenv("GPUROLL_KEYS") == "" {
				b.ReportMetric(setup.Seconds(), "setup-s")
			}
			b.ReportMetric(total.Seconds(), "provefraud-s")
			b.ReportMetric(float64(len(chal.Proof)), "proof-B")
			b.ReportMetric(float64(verify), "verify-gas")
			b.ReportMetric(float64(reveal), "reveal-gas")
		})
	}
}

// TestAllClassesSlash sets up every class, checks Disputes' registered
// verifiers against the keys, proves a false value of a full-width layer of
// every class and slashes it through Disputes. Classes 2 and 3 take minutes
// of setup on two cores, so this runs only with GPUROLL_CIRCUIT_FULL=1
// (class 1 runs in TestFalseReceiptIsSlashed).
func TestAllClassesSlash(t *testing.T) {
	if os.Getenv("GPUROLL_CIRCUIT_FULL") == "" {
		t.Skip("set GPUROLL_CIRCUIT_FULL=1 to set up and prove classes 2 and 3 (minutes)")
	}
	ctx := context.Background()
	all := make([]*circuit.Keys, 0, 3)
	for _, c := range circuit.Classes() {
		k, err := circuit.DevSetup(ctx, c, []byte(circuit.DevBeacon))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, k)
	}
	for _, k := range all {
		t.Run("class="+string('0'+k.Class.ID), func(t *testing.T) {
			j := wideJob(t, k.Class.MaxIn, 4)
			e := newEnv(t, k)
			// The committed verifiers of every class match the regenerated keys.
			if err := circuit.CheckDisputes(ctx, e.c.Client, e.d.Disputes, circuit.NewKeyCacheWith(all...)); err != nil {
				t.Fatal(err)
			}
			chal, err := circuit.NewProver(circuit.NewKeyCacheWith(k), nil, nil).ProveFraud(ctx, j.m, j.in, j.st, e.c.Addrs[challenger])
			if err != nil {
				t.Fatal(err)
			}
			if chal.Class.ID != k.Class.ID {
				t.Fatalf("a %d-wide layer proven in class %d", k.Class.MaxIn, chal.Class.ID)
			}
			verify, reveal := slashOnChain(t, k, j, chal)
			t.Logf("class %d: verifyStep %d gas, reveal %d gas", k.Class.ID, verify, reveal)
		})
	}
}

func ethereumCall(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}

// cpuTime is the process's user+system CPU time.
func cpuTime(t testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
