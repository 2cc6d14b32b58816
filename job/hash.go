package job

import (
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Element is a BN254 scalar field element, the unit every commitment is
// made of.
type Element = fr.Element

const (
	fullRounds    = 6
	partialRounds = 50
)

// roundKeys are gnark-crypto's default Poseidon2 round constants for t = 2,
// copied once into fixed arrays so that the compression below runs without
// slice indexing or width switches.
type roundKeys struct {
	first   [fullRounds / 2][2]fr.Element
	partial [partialRounds]fr.Element
	last    [fullRounds / 2][2]fr.Element
}

// keys is computed once and never written again: a constant table, not
// state.
var keys = sync.OnceValue(func() *roundKeys {
	p := poseidon2.GetDefaultParameters()
	if p.Width != 2 || p.NbFullRounds != fullRounds || p.NbPartialRounds != partialRounds {
		// gnark-crypto is pinned in go.mod; a different default would be a
		// protocol change that the golden-vector tests also catch.
		panic("job: gnark-crypto's default Poseidon2 parameters changed")
	}
	var k roundKeys
	for i := range fullRounds / 2 {
		k.first[i] = [2]fr.Element{p.RoundKeys[i][0], p.RoundKeys[i][1]}
		j := fullRounds/2 + partialRounds + i
		k.last[i] = [2]fr.Element{p.RoundKeys[j][0], p.RoundKeys[j][1]}
	}
	for i := range partialRounds {
		k.partial[i] = p.RoundKeys[fullRounds/2+i][0]
	}
	return &k
})

func sbox(x *fr.Element) {
	var t fr.Element
	t.Square(x)
	t.Square(&t)
	x.Mul(x, &t)
}

// H is the Poseidon2 compression of docs/hashing.md: gnark-crypto's default
// width-2 permutation P with feed-forward of the right input,
// H(a, b) = P(a, b)[1] + b. It equals
// poseidon2.NewDefaultPermutation().Compress and gnark's
// std/permutation/poseidon2 Compress; it is written out here for width 2
// only because it runs on every node of every tree.
func H(a, b *Element) Element {
	k := keys()
	x0, x1 := *a, *b
	var s fr.Element
	// external matrix circ(2,1)
	s.Add(&x0, &x1)
	x0.Add(&x0, &s)
	x1.Add(&x1, &s)
	for i := range fullRounds / 2 {
		x0.Add(&x0, &k.first[i][0])
		x1.Add(&x1, &k.first[i][1])
		sbox(&x0)
		sbox(&x1)
		s.Add(&x0, &x1)
		x0.Add(&x0, &s)
		x1.Add(&x1, &s)
	}
	for i := range partialRounds {
		x0.Add(&x0, &k.partial[i])
		sbox(&x0)
		// internal matrix [[2,1],[1,3]]
		s.Add(&x0, &x1)
		x0.Add(&x0, &s)
		x1.Double(&x1)
		x1.Add(&x1, &s)
	}
	for i := range fullRounds / 2 {
		x0.Add(&x0, &k.last[i][0])
		x1.Add(&x1, &k.last[i][1])
		sbox(&x0)
		sbox(&x1)
		s.Add(&x0, &x1)
		x0.Add(&x0, &s)
		x1.Add(&x1, &s)
	}
	x1.Add(&x1, b)
	return x1
}

// HUint64 is H(a, n) with n taken as a field element: the length binding
// used by every tree.
func HUint64(a *Element, n uint64) Element {
	var e fr.Element
	e.SetUint64(n)
	return H(a, &e)
}

// HBatch sets out[i] = H(a[i], b[i]) for every i, on all cores, sixteen
// at a time with AVX-512 IFMA where the CPU has it: for callers that hash
// many independent nodes (a tree level, a batch of leaves).
func HBatch(out, a, b []Element) error {
	if len(a) != len(out) || len(b) != len(out) {
		return fmt.Errorf("HBatch: %d outputs for %d and %d inputs", len(out), len(a), len(b))
	}
	if len(out) >= 16 && hBatchFast(out, a, b) {
		return nil
	}
	parallelFor(len(out), func(i int) { out[i] = H(&a[i], &b[i]) })
	return nil
}
