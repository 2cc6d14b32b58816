package circuit

import (
	"os"
	"path/filepath"
	"testing"
)

// The committed verifiers were set up for today's circuits: compiling each
// class (seconds) must give the constraint system the verifier names. A
// changed circuit without a new `gpuroll setup` fails here, for classes 2
// and 3 too, whose setup is too slow for make test.
func TestCommittedVerifiersMatchCircuits(t *testing.T) {
	for _, c := range Classes() {
		sol, err := os.ReadFile(filepath.Join("..", "contracts", "src", "verifiers", VerifierFileName(c)))
		if err != nil {
			t.Fatal(err)
		}
		want, err := VerifierCircuitHash(sol)
		if err != nil {
			t.Fatalf("class %d: %v", c.ID, err)
		}
		ccs, err := Compile(c)
		if err != nil {
			t.Fatal(err)
		}
		got, err := CircuitHash(ccs)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("class %d: the circuit changed since its verifier was generated: run circuit/e2e/generate.sh and commit", c.ID)
		}
	}
}
