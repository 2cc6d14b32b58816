package hashcost

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2native "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/test"

	"github.com/gpuroll/gpuroll/job"
)

// compressCircuit is one 2-to-1 node with the width-2 compression.
type compressCircuit struct {
	A, B frontend.Variable
	Out  frontend.Variable `gnark:",public"`
}

func (c *compressCircuit) Define(api frontend.API) error {
	p, err := poseidon2.NewPoseidon2(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(p.Compress(c.A, c.B), c.Out)
	return nil
}

// width3Circuit is one 2-to-1 node as a width-3 permutation over
// (a, b, 0), output the first element: the sponge-style alternative.
type width3Circuit struct {
	A, B frontend.Variable
	Out  frontend.Variable `gnark:",public"`
}

func (c *width3Circuit) Define(api frontend.API) error {
	p, err := poseidon2.NewPoseidon2FromParameters(api, 3, 8, 56)
	if err != nil {
		return err
	}
	s := []frontend.Variable{c.A, c.B, 0}
	if err := p.Permutation(s); err != nil {
		return err
	}
	api.AssertIsEqual(s[0], c.Out)
	return nil
}

func count(t *testing.T, c frontend.Circuit) (r1csN, plonkN int) {
	t.Helper()
	r, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	p, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	return r.GetNbConstraints(), p.GetNbConstraints()
}

// TestConstraintCounts records the figures of docs/hashing.md ("Cost of
// the hash"); a gnark upgrade that changes them fails here.
func TestConstraintCounts(t *testing.T) {
	r2, p2 := count(t, &compressCircuit{})
	r3, p3 := count(t, &width3Circuit{})
	t.Logf("width-2 compression: %d R1CS, %d PLONK constraints", r2, p2)
	t.Logf("width-3 permutation: %d R1CS, %d PLONK constraints", r3, p3)
	if r2 != 187 {
		t.Errorf("width-2 compression: %d R1CS constraints, docs/hashing.md says 187 (186 + 1 for the assertion)", r2)
	}
	if r3 <= r2 {
		t.Errorf("width-3 permutation (%d) not dearer than the compression (%d)", r3, r2)
	}
}

// TestCircuitCompressIsH: gnark's in-circuit Compress equals job.H on the
// golden inputs' shapes.
func TestCircuitCompressIsH(t *testing.T) {
	var a, b fr.Element
	a.SetUint64(12345)
	b.SetInt64(-7)
	out := job.H(&a, &b)
	ok := &compressCircuit{A: a.String(), B: b.String(), Out: out.String()}
	if err := test.IsSolved(&compressCircuit{}, ok, ecc.BN254.ScalarField()); err != nil {
		t.Fatalf("circuit Compress differs from job.H: %v", err)
	}
	out.Add(&out, new(fr.Element).SetOne())
	bad := &compressCircuit{A: a.String(), B: b.String(), Out: out.String()}
	if err := test.IsSolved(&compressCircuit{}, bad, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("circuit accepts a wrong output")
	}
}

// BenchmarkNative compares one 2-to-1 node natively: job.H (width-2
// compression) against a width-3 permutation.
func BenchmarkNative(b *testing.B) {
	b.Run("width2-compress", func(b *testing.B) {
		var x, y fr.Element
		x.SetUint64(1)
		y.SetUint64(2)
		for b.Loop() {
			x = job.H(&x, &y)
		}
	})
	b.Run("width3-permutation", func(b *testing.B) {
		p := p2native.NewPermutation(3, 8, 56)
		s := make([]fr.Element, 3)
		s[0].SetUint64(1)
		for b.Loop() {
			if err := p.Permutation(s); err != nil {
				b.Fatal(err)
			}
		}
	})
}
