//go:build amd64

package job

import (
	"math/rand/v2"
	"testing"
)

func TestCompress8MatchesH(t *testing.T) {
	if !hasIFMA() {
		t.Skip("no AVX-512 IFMA")
	}
	k := ifmaKeysOnce()
	rng := rand.New(rand.NewPCG(31, 32))
	var minus1 Element
	minus1.SetInt64(-1)
	var scratch [4]vec8
	for round := range 50 {
		a, b := make([]Element, 8), make([]Element, 8)
		for j := range 8 {
			a[j], b[j] = randElement(rng), randElement(rng)
		}
		if round == 0 {
			a[0], b[0] = Element{}, Element{}
			a[1], b[1] = minus1, minus1
			a[2] = minus1
		}
		var va, vb, vo vec8
		k.fromElements(&va, a)
		k.fromElements(&vb, b)
		// Round trip first.
		back := make([]Element, 8)
		k.toElements(&va, back)
		for j := range 8 {
			if !back[j].Equal(&a[j]) {
				t.Fatalf("lane %d does not round-trip", j)
			}
		}
		k.compress8(&vo, &va, &vb, &scratch)
		got := make([]Element, 8)
		k.toElements(&vo, got)
		for j := range 8 {
			want := H(&a[j], &b[j])
			if !got[j].Equal(&want) {
				t.Fatalf("round %d lane %d: compress8 differs from H", round, j)
			}
		}
	}
}

// BenchmarkCompress8: eight compressions per op on one core.
func BenchmarkCompress8(b *testing.B) {
	if !hasIFMA() {
		b.Skip("no AVX-512 IFMA")
	}
	k := ifmaKeysOnce()
	var x, y vec8
	e := make([]Element, 8)
	for j := range e {
		e[j].SetUint64(uint64(j + 1))
	}
	k.fromElements(&x, e)
	k.fromElements(&y, e)
	var scratch [4]vec8
	c0 := cpuTime()
	for b.Loop() {
		k.compress8(&x, &x, &y, &scratch)
	}
	b.ReportMetric(float64(cpuTime()-c0)/float64(b.N)/8, "cpu-ns/compression")
}

// TestVCPackedBatchFastMatchesPortable: the eight-lane path gives the
// same VCs as the portable one for every shape of tree, including
// arbitrary (non-canonical packed) elements.
func TestVCPackedBatchFastMatchesPortable(t *testing.T) {
	if !hasIFMA() {
		t.Skip("no AVX-512 IFMA")
	}
	rng := rand.New(rand.NewPCG(33, 34))
	var elems [][]Element
	var ns []uint32
	for _, n := range []int{1, 2, 30, 31, 32, 62, 63, 64, 93, 124, 125, 248, 249, 500, 1024, 4096, MaxWidth, 7, 1, 77} {
		m := PackedLen(n)
		e := make([]Element, m)
		for j := range e {
			if rng.IntN(3) == 0 {
				e[j] = randElement(rng) // any field element
			} else {
				v := make([]int8, PackInt8)
				for q := range v {
					v[q] = int8(rng.IntN(256))
				}
				e[j] = Pack8(v)[0]
			}
		}
		elems, ns = append(elems, e), append(ns, uint32(n))
	}
	fast, err := vcPackedBatch(elems, ns, true)
	if err != nil {
		t.Fatal(err)
	}
	slow, err := vcPackedBatch(elems, ns, false)
	if err != nil {
		t.Fatal(err)
	}
	for i := range fast {
		if !fast[i].Equal(&slow[i]) {
			t.Fatalf("vector %d (n=%d): eight-lane VC differs", i, ns[i])
		}
	}
}
