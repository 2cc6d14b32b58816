package circuit

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/test"

	"github.com/gpuroll/gpuroll/job"
)

// The primitive vectors of job/testdata/golden/hash.json through the
// circuit's own gadgets: the compression, and VC (unpacking, zero padding,
// the variable-depth tree, the length binding) for every vector a class
// can take.

type hCircuit struct{ A, B, Out frontend.Variable }

func (c *hCircuit) Define(api frontend.API) error {
	p, err := poseidon2.NewPoseidon2(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(p.Compress(c.A, c.B), c.Out)
	return nil
}

// vcCircuit is the input-vector part of the step circuit for one class.
type vcCircuit struct {
	Elems  []frontend.Variable
	Active []frontend.Variable
	N      frontend.Variable
	VC     frontend.Variable
}

func (c *vcCircuit) Define(api frontend.API) error {
	p, err := poseidon2.NewPoseidon2(api)
	if err != nil {
		return err
	}
	g := gadgets{api: api, perm: p}
	sum := frontend.Variable(0)
	for i, a := range c.Active {
		api.AssertIsBoolean(a)
		if i > 0 {
			api.AssertIsEqual(api.Mul(a, api.Sub(1, c.Active[i-1])), 0)
		}
		sum = api.Add(sum, a)
	}
	api.AssertIsEqual(sum, c.N)
	g.unpack8(c.Elems, c.Active)
	depth := VTDepth(len(c.Elems))
	cs := make([]frontend.Variable, depth)
	for k := range cs {
		cs[k] = g.geq(c.N, 31*(1<<k)+1, 15)
	}
	api.AssertIsEqual(g.h(g.vtRoot(c.Elems, depth, cs), c.N), c.VC)
	return nil
}

func readHashVectors(t *testing.T) *job.GoldenHash {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "job", "testdata", "golden", "hash.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g job.GoldenHash
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return &g
}

func TestGoldenCompression(t *testing.T) {
	g := readHashVectors(t)
	field := ecc.BN254.ScalarField()
	for i, v := range g.H {
		a := &hCircuit{A: bi(hexElem(t, v.A)), B: bi(hexElem(t, v.B)), Out: bi(hexElem(t, v.Out))}
		if err := test.IsSolved(&hCircuit{}, a, field); err != nil {
			t.Fatalf("vector %d: circuit H differs from the golden value: %v", i, err)
		}
		a.Out = new(big.Int).Add(a.Out.(*big.Int), big.NewInt(1))
		if err := test.IsSolved(&hCircuit{}, a, field); err == nil {
			t.Fatalf("vector %d: a wrong output is accepted", i)
		}
	}
}

func TestGoldenVCInCircuit(t *testing.T) {
	g := readHashVectors(t)
	field := ecc.BN254.ScalarField()
	tested := 0
	for _, v := range g.VC {
		n := len(v.Values)
		cls, err := ClassFor(n)
		if err != nil {
			continue // wider than every class: never an input of a step
		}
		k := (cls.MaxIn + 30) / 31
		shape := &vcCircuit{Elems: make([]frontend.Variable, k), Active: make([]frontend.Variable, cls.MaxIn)}
		a := &vcCircuit{Elems: make([]frontend.Variable, k), Active: make([]frontend.Variable, cls.MaxIn), N: n, VC: bi(hexElem(t, v.VC))}
		for i := range a.Elems {
			a.Elems[i] = 0
			if i < len(v.Packed) {
				a.Elems[i] = bi(hexElem(t, v.Packed[i]))
			}
		}
		for i := range a.Active {
			a.Active[i] = 0
			if i < n {
				a.Active[i] = 1
			}
		}
		if err := test.IsSolved(shape, a, field); err != nil {
			t.Fatalf("VC of %d values (class %d): circuit differs from the golden value: %v", n, cls.ID, err)
		}
		// Claiming one value more or less is another commitment.
		for _, m := range []int{n - 1, n + 1} {
			if m < 1 || m > cls.MaxIn {
				continue
			}
			b := *a
			b.N = m
			b.Active = append([]frontend.Variable(nil), a.Active...)
			for i := range b.Active {
				b.Active[i] = 0
				if i < m {
					b.Active[i] = 1
				}
			}
			if err := test.IsSolved(shape, &b, field); err == nil {
				t.Fatalf("VC of %d values accepted with length %d", n, m)
			}
		}
		tested++
	}
	if tested < 10 {
		t.Fatalf("only %d golden VC vectors fit a class", tested)
	}
}
