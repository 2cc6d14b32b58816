package circuit

import (
	"context"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"pgregory.net/rapid"

	"github.com/gpuroll/gpuroll/job"
)

// Random jobs (widths 1..80, any shift and ReLU, 1..3 layers and rows) with
// one random falsification of the stored trace: the first false step that
// job/ finds is provable, and so is nothing honest: the step just before
// it in the same leaf (if any) has no solution.
func TestRandomFalsificationsProvable(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		nl := rapid.IntRange(1, 3).Draw(rt, "layers")
		widths := make([]int, nl+1)
		for i := range widths {
			widths[i] = rapid.IntRange(1, 80).Draw(rt, "width")
		}
		shifts := make([]uint8, nl)
		relus := make([]bool, nl)
		for i := range shifts {
			shifts[i] = uint8(rapid.IntRange(0, 31).Draw(rt, "shift"))
			relus[i] = rapid.Bool().Draw(rt, "relu")
		}
		rows := rapid.IntRange(1, 3).Draw(rt, "rows")
		j := randomJob(t, rapid.Uint64().Draw(rt, "seed"), rows, widths, shifts, relus)

		r := rapid.IntRange(0, rows-1).Draw(rt, "r")
		l := rapid.IntRange(1, nl).Draw(rt, "l")
		lf := j.st.Leaf(r, l)
		switch rapid.IntRange(0, 2).Draw(rt, "kind") {
		case 0: // one value (padding included) changed
			pos := rapid.IntRange(0, 31*len(lf.Elems)-1).Draw(rt, "pos")
			b := lf.Elems[pos/31].Bytes()
			b[31-pos%31] ^= uint8(rapid.IntRange(1, 255).Draw(rt, "xor"))
			lf.Elems[pos/31].SetBytes(b[:])
		case 1: // an element made non-canonical
			e := rapid.IntRange(0, len(lf.Elems)-1).Draw(rt, "elem")
			var d fr.Element
			d.SetBigInt(new(big.Int).Lsh(big.NewInt(int64(rapid.IntRange(1, 63).Draw(rt, "k"))), 248))
			lf.Elems[e].Add(&lf.Elems[e], &d)
		case 2: // another length, with the element count that length needs
			n := rapid.IntRange(1, 100).Draw(rt, "n")
			if n == int(lf.N) {
				n++
			}
			lf.N = uint32(n)
			for len(lf.Elems) < (n+30)/31 {
				lf.Elems = append(lf.Elems, fr.Element{})
			}
			lf.Elems = lf.Elems[:(n+30)/31]
		}
		s, found := j.firstFraud(t)
		if !found {
			rt.Fatalf("falsification of leaf (%d, %d) not found", r, l)
		}
		trees, err := job.NewJobTrees(context.Background(), j.m, j.in, j.st)
		if err != nil {
			rt.Fatal(err)
		}
		solve := func(s job.Step) error {
			op, err := trees.Open(s)
			if err != nil {
				rt.Fatalf("open %v: %v", s, err)
			}
			a, cls, _, err := AssignOpening(op, testChallenger)
			if err != nil {
				rt.Fatalf("assign %v: %v", s, err)
			}
			return isSolved(cls, a)
		}
		if err := solve(s); err != nil {
			rt.Fatalf("first false step %v not provable: %v", s, err)
		}
		if s.Output > 0 {
			prev := s
			prev.Output--
			if err := solve(prev); err == nil {
				rt.Fatalf("honest step %v (before the first false one) provable", prev)
			}
		}
	})
}
