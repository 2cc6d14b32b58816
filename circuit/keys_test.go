package circuit

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/job"
)

// TestClass1RealProof runs the real Groth16 pipeline for class 1: the
// deterministic setup reproduces the committed verifier, a false value is
// proven and verifies, the proof is bound to its public inputs, an honest
// step is refused, and keys survive the files.
func TestClass1RealProof(t *testing.T) {
	ctx := context.Background()
	c, _ := ClassByID(1)
	t0 := time.Now()
	k, err := DevSetup(ctx, c, []byte(DevBeacon))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("setup %v, %d constraints", time.Since(t0), k.CCS.GetNbConstraints())

	var sol bytes.Buffer
	if err := k.ExportSolidity(&sol); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "contracts", "src", "verifiers", VerifierFileName(c)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(sol.Bytes(), committed) {
		t.Fatal("the dev setup is not reproducible, or contracts/src/verifiers is stale (run circuit/e2e/generate.sh)")
	}

	j := randomJob(t, 2, 3, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, false})
	j.setValue(1, 2, 3, j.honest.Act(1, 2)[3]+1)
	p := NewProver(NewKeyCacheWith(k), nil, nil)
	ch := common.Address(testChallenger)
	t0 = time.Now()
	chal, err := p.ProveFraud(ctx, j.m, j.in, j.st, ch)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("prove %v, %d bytes", time.Since(t0), len(chal.Proof))
	if chal.Step != (job.Step{Row: 1, Layer: 2, Output: 3}) {
		t.Fatalf("proved step %v", chal.Step)
	}
	if err := k.Verify(chal.Proof, chal.Public); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		pub := chal.Public
		pub[i] = new(big.Int).Xor(pub[i], big.NewInt(1))
		if err := k.Verify(chal.Proof, pub); err == nil {
			t.Fatalf("proof verifies with public input %d changed", i)
		}
	}
	bad := append([]byte(nil), chal.Proof...)
	bad[70] ^= 1
	if err := k.Verify(bad, chal.Public); err == nil {
		t.Fatal("tampered proof verifies")
	}
	if err := k.Verify(bad[:200], chal.Public); err == nil {
		t.Fatal("short proof verifies")
	}

	// The prover refuses honest steps and honest receipts.
	if _, err := p.ProveStep(ctx, j.m, j.in, j.st, job.Step{Row: 1, Layer: 2, Output: 2}, ch); !errors.Is(err, ErrHonest) {
		t.Fatalf("honest step: %v", err)
	}
	h := randomJob(t, 3, 2, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, false})
	if _, err := p.ProveFraud(ctx, h.m, h.in, h.st, ch); !errors.Is(err, ErrHonest) {
		t.Fatalf("honest receipt: %v", err)
	}
	if _, err := p.ProveAgainst(ctx, h.m, h.in, h.st, h.honest, ch); !errors.Is(err, ErrHonest) {
		t.Fatalf("honest receipt against its execution: %v", err)
	}
	// A wrong "honest" execution does not make an honest receipt provable:
	// the prover opens the provider's leaf and the circuit recomputes.
	wrong := *h.honest
	wrong.Acts = append([][]int8(nil), h.honest.Acts...)
	wrong.Acts[1] = append([]int8(nil), h.honest.Acts[1]...)
	wrong.Acts[1][0]++
	if _, err := p.ProveAgainst(ctx, h.m, h.in, h.st, &wrong, ch); !errors.Is(err, ErrHonest) {
		t.Fatalf("honest receipt against a wrong execution: %v", err)
	}
	// And gnark refuses to prove an honest step's witness.
	a, _, _, err := AssignOpening(h.open(t, job.Step{Row: 0, Layer: 1, Output: 0}), testChallenger)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := k.Prove(ctx, a); err == nil {
		t.Fatal("gnark proved an honest step")
	}

	dir := t.TempDir()
	if err := k.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	t0 = time.Now()
	k2, err := LoadKeys(dir, c)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("load %v", time.Since(t0))
	if k2.VKHash != k.VKHash {
		t.Fatal("vk hash changed through the files")
	}
	if err := k2.Verify(chal.Proof, chal.Public); err != nil {
		t.Fatalf("loaded keys: %v", err)
	}
	// A corrupted key file is detected before use.
	pkFile := filepath.Join(dir, "class1.pk")
	data, _ := os.ReadFile(pkFile)
	data[len(data)/2] ^= 1
	if err := os.WriteFile(pkFile, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(dir, c); err == nil || !strings.Contains(err.Error(), "does not match its manifest") {
		t.Fatalf("corrupt proving key: %v", err)
	}
	if _, err := LoadKeys(t.TempDir(), c); err == nil {
		t.Fatal("keys loaded from an empty directory")
	}
}

func TestCheckDevChain(t *testing.T) {
	for _, id := range DevChainIDs() {
		if err := CheckDevChain(id); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []uint64{1, 10, 8453, 11155111, 0} {
		if err := CheckDevChain(id); err == nil {
			t.Fatalf("chain %d accepted", id)
		}
	}
}
