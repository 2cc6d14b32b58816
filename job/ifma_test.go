//go:build amd64

package job

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
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

func TestCompress16MatchesCompress8(t *testing.T) {
	if !hasIFMA() {
		t.Skip("no AVX-512 IFMA")
	}
	k := ifmaKeysOnce()
	rng := rand.New(rand.NewPCG(37, 38))
	var s8 [4]vec8
	var s16 [2][4]vec8
	for range 10 {
		var a, b, o16 [2]vec8
		for g := range 2 {
			x, y := make([]Element, 8), make([]Element, 8)
			for j := range 8 {
				x[j], y[j] = randElement(rng), randElement(rng)
			}
			k.fromElements(&a[g], x)
			k.fromElements(&b[g], y)
		}
		k.compress16(&o16, &a, &b, &s16)
		for g := range 2 {
			var o8 vec8
			k.compress8(&o8, &a[g], &b[g], &s8)
			if o8 != o16[g] {
				t.Fatalf("group %d: compress16 differs from compress8", g)
			}
		}
	}
}

func BenchmarkCompress16(b *testing.B) {
	if !hasIFMA() {
		b.Skip("no AVX-512 IFMA")
	}
	k := ifmaKeysOnce()
	var x, y [2]vec8
	e := make([]Element, 8)
	for j := range e {
		e[j].SetUint64(uint64(j + 1))
	}
	for g := range 2 {
		k.fromElements(&x[g], e)
		k.fromElements(&y[g], e)
	}
	var scratch [2][4]vec8
	c0 := cpuTime()
	for b.Loop() {
		k.compress16(&x, &x, &y, &scratch)
	}
	b.ReportMetric(float64(cpuTime()-c0)/float64(b.N)/16, "cpu-ns/compression")
}

// BenchmarkCompress16Parallel: IFMA compressions on all cores; ns/op is
// wall time per 16 compressions.
func BenchmarkCompress16Parallel(b *testing.B) {
	if !hasIFMA() {
		b.Skip("no AVX-512 IFMA")
	}
	k := ifmaKeysOnce()
	b.RunParallel(func(pb *testing.PB) {
		var x, y [2]vec8
		var scratch [2][4]vec8
		for pb.Next() {
			k.compress16(&x, &x, &y, &scratch)
		}
	})
	b.ReportMetric(16*float64(b.N)/b.Elapsed().Seconds(), "compressions/s")
}

// TestReduce8: below 2p, same value mod p, for values up to 2^257.
func TestReduce8(t *testing.T) {
	if !hasIFMA() {
		t.Skip("no AVX-512 IFMA")
	}
	if off := unsafe.Offsetof(ifmaConsts{}.kq); off != 56 {
		t.Fatalf("kq at %d, the assembly reads 56", off)
	}
	k := ifmaKeysOnce()
	p := fr.Modulus()
	twoP := new(big.Int).Lsh(p, 1)
	limit := new(big.Int).Lsh(big.NewInt(1), 257)
	rng := rand.New(rand.NewPCG(43, 44))
	for round := range 2000 {
		var v vec8
		vals := make([]*big.Int, 8)
		for j := range 8 {
			x := new(big.Int)
			switch {
			case round == 0:
				// Boundaries of q: q·2^253 − 1, q·2^253, and 2^257 − 1.
				x.Lsh(big.NewInt(int64(j+1)), 253)
				if j%2 == 0 {
					x.Sub(x, big.NewInt(1))
				}
				if j == 7 {
					x.Sub(limit, big.NewInt(1))
				}
			default:
				// Uniform below 2^(200+k) for k up to 57: every q occurs.
				bits := 200 + rng.IntN(58)
				for range 5 {
					x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(rng.Uint64()))
				}
				x.Rsh(x, uint(320-bits))
			}
			vals[j] = x
			var l [5]uint64
			for k := range 5 {
				l[k] = new(big.Int).And(new(big.Int).Rsh(x, uint(52*k)), big.NewInt(limbMask)).Uint64()
			}
			v.setLane(j, l)
		}
		reduce8(&v, &k.c)
		for j := range 8 {
			l := v.lane(j)
			for _, limb := range l {
				if limb>>52 != 0 {
					t.Fatalf("round %d lane %d: limb not normalized", round, j)
				}
			}
			w := words64(l)
			got := new(big.Int)
			for i := 3; i >= 0; i-- {
				got.Lsh(got, 64).Or(got, new(big.Int).SetUint64(w[i]))
			}
			if got.Cmp(twoP) >= 0 {
				t.Fatalf("round %d lane %d: %v not below 2p", round, j, got)
			}
			if new(big.Int).Mod(got, p).Cmp(new(big.Int).Mod(vals[j], p)) != 0 {
				t.Fatalf("round %d lane %d: value changed mod p", round, j)
			}
		}
	}
}
