package job

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"pgregory.net/rapid"
)

// edgeElement draws field elements near the limb and packing boundaries
// (2^k ± 1 for the 52-bit IFMA limbs, the 64-bit words, 256^31) and near p.
func edgeElement(rt *rapid.T, name string) Element {
	var e Element
	switch rapid.IntRange(0, 4).Draw(rt, name+" kind") {
	case 0:
		e.SetUint64(rapid.Uint64Range(0, 3).Draw(rt, name))
	case 1: // p − d
		e.SetInt64(-rapid.Int64Range(1, 1<<20).Draw(rt, name))
	case 2: // 2^k + d, d ∈ [−2, 2]
		k := rapid.SampledFrom([]uint{26, 51, 52, 53, 63, 64, 65, 103, 104, 105, 127, 128, 155, 156, 191, 192, 207, 208, 247, 248, 252, 253}).Draw(rt, name+" k")
		v := new(big.Int).Lsh(big.NewInt(1), k)
		v.Add(v, big.NewInt(rapid.Int64Range(-2, 2).Draw(rt, name+" d")))
		e.SetBigInt(v)
	case 3: // all ones in a limb pattern
		v := new(big.Int)
		for _, w := range rapid.SliceOfN(rapid.SampledFrom([]uint64{0, 1<<52 - 1, 1<<64 - 1, 1 << 63, 1 << 51}), 4, 4).Draw(rt, name+" words") {
			v.Lsh(v, 64)
			v.Or(v, new(big.Int).SetUint64(w))
		}
		e.SetBigInt(v) // reduced mod p
	default:
		b := rapid.SliceOfN(rapid.Byte(), 32, 32).Draw(rt, name)
		e.SetBytes(b)
	}
	return e
}

// TestHBatchEdgeValues (review R1): the batched (IFMA where the CPU has it)
// compression equals H, and H equals gnark-crypto's Compress, on field
// elements at the limb, word and packing boundaries and near p. Trees,
// leaves and the state tree are hashed through HBatch, the circuit through
// gnark's Compress.
func TestHBatchEdgeValues(t *testing.T) {
	perm := poseidon2.NewDefaultPermutation()
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.SampledFrom([]int{16, 17, 31, 32, 48}).Draw(rt, "n")
		a, b, out := make([]Element, n), make([]Element, n), make([]Element, n)
		for i := range a {
			a[i], b[i] = edgeElement(rt, "a"), edgeElement(rt, "b")
		}
		if err := HBatch(out, a, b); err != nil {
			rt.Fatal(err)
		}
		for i := range out {
			want := H(&a[i], &b[i])
			if !out[i].Equal(&want) {
				rt.Fatalf("lane %d: HBatch(%s, %s) = %s, H = %s", i, a[i].String(), b[i].String(), out[i].String(), want.String())
			}
			ab, bb := a[i].Bytes(), b[i].Bytes()
			c, err := perm.Compress(ab[:], bb[:])
			if err != nil {
				rt.Fatal(err)
			}
			var g fr.Element
			g.SetBytes(c)
			if !g.Equal(&want) {
				rt.Fatalf("H(%s, %s) differs from gnark-crypto's Compress", a[i].String(), b[i].String())
			}
		}
	})
}

// TestVCPackedBatchEdgeValues (review R1): the fast batched vector
// commitment equals the portable one for leaves holding boundary elements
// (a provider's stored leaf may hold any field element).
func TestVCPackedBatchEdgeValues(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		k := rapid.IntRange(1, 20).Draw(rt, "vectors")
		elems := make([][]Element, k)
		ns := make([]uint32, k)
		for i := range elems {
			ns[i] = uint32(rapid.SampledFrom([]int{1, 31, 32, 62, 63, 124, 125, 256, 1024, 16384}).Draw(rt, "n"))
			elems[i] = make([]Element, PackedLen(int(ns[i])))
			for j := range elems[i] {
				elems[i][j] = edgeElement(rt, "e")
			}
		}
		fast, err := vcPackedBatch(elems, ns, true)
		if err != nil {
			rt.Fatal(err)
		}
		for i := range elems {
			want, err := VCPacked(elems[i], ns[i])
			if err != nil {
				rt.Fatal(err)
			}
			if !fast[i].Equal(&want) {
				rt.Fatalf("vector %d (n=%d): fast %s, portable %s", i, ns[i], fast[i].String(), want.String())
			}
		}
	})
}

// TestTreeRootEdgeValues (review R1): the fast (IFMA) fixed-depth tree
// root of wide trees equals the node-by-node tree of the openings (Tree),
// with boundary elements as leaves and odd widths at every level.
func TestTreeRootEdgeValues(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(fastTreeMin-1, 700).Draw(rt, "leaves")
		depth := rapid.IntRange(10, 24).Draw(rt, "depth")
		leaves := make([]Element, n)
		for i := range leaves {
			leaves[i] = edgeElement(rt, "leaf")
		}
		tr, err := NewTree(leaves, depth)
		if err != nil {
			rt.Fatal(err)
		}
		want := tr.Root()
		for _, w := range []int{1, 2} {
			if got := treeRoot(leaves, depth, w); !got.Equal(&want) {
				rt.Fatalf("%d leaves, depth %d, %d workers: treeRoot %s, Tree %s", n, depth, w, got.String(), want.String())
			}
		}
	})
}
