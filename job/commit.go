package job

import (
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// bindLen returns H(root, n), the length binding of every tree.
func bindLen(root Element, n uint64) Element { return HUint64(&root, n) }

// VCPacked returns H(VT(elems), n) for arbitrary elements: the commitment a
// provider's stored leaf hashes to. It requires len(elems) = ⌈n/31⌉ and
// 1 ≤ n ≤ MaxWidth.
func VCPacked(elems []Element, n uint32) (Element, error) {
	if n < 1 || n > MaxWidth {
		return Element{}, fmt.Errorf("vector length %d outside [1, %d]", n, MaxWidth)
	}
	if len(elems) != PackedLen(int(n)) {
		return Element{}, fmt.Errorf("%d packed elements for length %d, want %d", len(elems), n, PackedLen(int(n)))
	}
	return bindLen(treeRoot(elems, vtDepth(len(elems)), 1), uint64(n)), nil
}

// VC returns VC(v) = H(VT(pack8(v)), n).
func VC(v []int8) (Element, error) {
	var buf [maxPacked]Element
	if len(v) < 1 || len(v) > MaxWidth {
		return Element{}, fmt.Errorf("vector length %d outside [1, %d]", len(v), MaxWidth)
	}
	elems := buf[:PackedLen(len(v))]
	Pack8Into(elems, v)
	return VCPacked(elems, uint32(len(v)))
}

// BiasCommitment returns H(FT_12(pack32(b)), out).
func BiasCommitment(b []int32) (Element, error) {
	if len(b) < 1 || len(b) > MaxWidth {
		return Element{}, fmt.Errorf("bias length %d outside [1, %d]", len(b), MaxWidth)
	}
	return bindLen(treeRoot(Pack32(b), BiasDepth, 1), uint64(len(b))), nil
}

// RowVCs returns VC of each of the rows (each of length width) stored
// row-major in w, hashed on all cores.
func RowVCs(w []int8, rows, width int) ([]Element, error) {
	if width < 1 || width > MaxWidth || rows < 1 || len(w) != rows*width {
		return nil, fmt.Errorf("%d values for %d rows of width %d", len(w), rows, width)
	}
	vs := make([][]int8, rows)
	for i := range vs {
		vs[i] = w[i*width : (i+1)*width]
	}
	return vcBatch(vs)
}

// parallelFor runs f(0..n-1) on every core, in contiguous chunks.
func parallelFor(n int, f func(i int)) {
	workers := min(Workers(), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				f(i)
			}
		})
	}
	wg.Wait()
}

// WeightRowsRootFromVCs returns H(FT_14(rowVCs), out).
func WeightRowsRootFromVCs(rowVCs []Element) (Element, error) {
	if len(rowVCs) < 1 || len(rowVCs) > MaxWidth {
		return Element{}, fmt.Errorf("%d weight rows outside [1, %d]", len(rowVCs), MaxWidth)
	}
	return bindLen(treeRoot(rowVCs, WeightRowsDepth, Workers()), uint64(len(rowVCs))), nil
}

// WeightRowsRoot returns H(FT_14(VC(W[0]) … VC(W[out−1])), out) for W
// stored row-major, out rows of in values.
func WeightRowsRoot(w []int8, out, in int) (Element, error) {
	vcs, err := RowVCs(w, out, in)
	if err != nil {
		return Element{}, fmt.Errorf("weight rows: %w", err)
	}
	return WeightRowsRootFromVCs(vcs)
}

// LayerCommitment returns C = H(H(hdr, biasCommitment), weightRowsRoot).
func LayerCommitment(h LayerHeader, bias, weightRows *Element) Element {
	hdr := h.Element()
	inner := H(&hdr, bias)
	return H(&inner, weightRows)
}

// ModelRootFromLayers returns H(FT_8(C_1 … C_L), L).
func ModelRootFromLayers(cs []Element) (Element, error) {
	if len(cs) < 1 || len(cs) > MaxLayers {
		return Element{}, fmt.Errorf("layer count %d outside [1, %d]", len(cs), MaxLayers)
	}
	return bindLen(treeRoot(cs, ModelDepth, 1), uint64(len(cs))), nil
}

// InputRootFromVCs returns H(FT_16(VC(x_0) … VC(x_{R−1})), R).
func InputRootFromVCs(rowVCs []Element) (Element, error) {
	if len(rowVCs) < 1 || len(rowVCs) > MaxRows {
		return Element{}, fmt.Errorf("row count %d outside [1, %d]", len(rowVCs), MaxRows)
	}
	return bindLen(treeRoot(rowVCs, InputDepth, Workers()), uint64(len(rowVCs))), nil
}

// InputRoot returns the input root of rows input rows of width values
// stored row-major.
func InputRoot(x []int8, rows, width int) (Element, error) {
	vcs, err := RowVCs(x, rows, width)
	if err != nil {
		return Element{}, fmt.Errorf("input rows: %w", err)
	}
	return InputRootFromVCs(vcs)
}

// TraceRootFromLeaves returns H(FT_24(leaves), R·L) where leaf (r, l) is at
// index r·L + (l−1).
func TraceRootFromLeaves(leaves []Element) (Element, error) {
	if len(leaves) < 1 || len(leaves) > MaxTraceLeaves {
		return Element{}, fmt.Errorf("trace leaf count %d outside [1, %d]", len(leaves), MaxTraceLeaves)
	}
	return bindLen(treeRoot(leaves, TraceDepth, Workers()), uint64(len(leaves))), nil
}

// Bytes32 returns e as 32 canonical big-endian bytes.
func Bytes32(e *Element) [32]byte { return e.Bytes() }

// FromBytes32 parses a canonical big-endian field element.
func FromBytes32(b [32]byte) (Element, error) {
	e, err := fr.BigEndian.Element(&b)
	if err != nil {
		return Element{}, fmt.Errorf("not a canonical BN254 field element: %w", err)
	}
	return e, nil
}

// VCPackedBatch computes VCPacked(elems[i], ns[i]) for every i on all
// cores, with the eight-lane AVX-512 IFMA compression where the CPU has it.
func VCPackedBatch(elems [][]Element, ns []uint32) ([]Element, error) {
	return vcPackedBatch(elems, ns, true)
}

func vcPackedBatch(elems [][]Element, ns []uint32, fast bool) ([]Element, error) {
	if len(elems) != len(ns) {
		return nil, fmt.Errorf("%d vectors, %d lengths", len(elems), len(ns))
	}
	for i := range elems {
		if ns[i] < 1 || ns[i] > MaxWidth || len(elems[i]) != PackedLen(int(ns[i])) {
			return nil, fmt.Errorf("vector %d: %d packed elements for length %d", i, len(elems[i]), ns[i])
		}
	}
	out := make([]Element, len(elems))
	if fast && vcPackedFast(elems, ns, out) {
		return out, nil
	}
	parallelFor(len(elems), func(i int) {
		// Lengths were checked above.
		out[i], _ = VCPacked(elems[i], ns[i])
	})
	return out, nil
}

// vcBatch packs and commits many int8 vectors (lengths 1..MaxWidth).
func vcBatch(vs [][]int8) ([]Element, error) {
	elems := make([][]Element, len(vs))
	ns := make([]uint32, len(vs))
	for i, v := range vs {
		if len(v) < 1 || len(v) > MaxWidth {
			return nil, fmt.Errorf("vector %d: length %d outside [1, %d]", i, len(v), MaxWidth)
		}
		ns[i] = uint32(len(v))
	}
	parallelFor(len(vs), func(i int) { elems[i] = Pack8(vs[i]) })
	return VCPackedBatch(elems, ns)
}
