package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// This file is the native side of docs/hashing.md as the circuit needs it:
// the compression, packing and the two tree shapes, with Merkle paths. It
// is deliberately independent of job/ so that the circuit tests compare
// two implementations of the spec (this one and job/'s, through the golden
// vectors) instead of one against itself.

// MaxWidth is the largest layer width of docs/hashing.md.
const MaxWidth = 16384

// Tree depths of docs/hashing.md.
const (
	biasDepth    = 12
	weightsDepth = 14
	modelDepth   = 8
	inputDepth   = 16
	traceDepth   = 24
	// outVTDepth is the deepest VT of any vector ≤ MaxWidth: ⌈log2 ⌈16384/31⌉⌉.
	outVTDepth = 10
)

// Hasher is the Poseidon2 t=2 compression of docs/hashing.md. The
// permutation holds only constants, so one Hasher may be shared by
// goroutines.
type Hasher struct {
	perm *poseidon2.Permutation
}

// NewHasher returns the compression with gnark-crypto's default parameters.
func NewHasher() *Hasher {
	return &Hasher{perm: poseidon2.NewDefaultPermutation()}
}

// Compress is H(a, b) = P(a, b)[1] + b.
func (h *Hasher) Compress(a, b fr.Element) fr.Element {
	x := [2]fr.Element{a, b}
	if err := h.perm.Permutation(x[:]); err != nil {
		// width is fixed at 2 by NewDefaultPermutation: cannot happen.
		panic(fmt.Sprintf("poseidon2 permutation: %v", err))
	}
	var out fr.Element
	out.Add(&x[1], &b)
	return out
}

// CompressCount is H(root, n) for a count n.
func (h *Hasher) CompressCount(root fr.Element, n uint64) fr.Element {
	var c fr.Element
	c.SetUint64(n)
	return h.Compress(root, c)
}

// Pack8 packs int8 values 31 to an element, little-endian inside it.
func Pack8(v []int8) []fr.Element {
	m := (len(v) + 30) / 31
	out := make([]fr.Element, m)
	var buf [32]byte
	for i := 0; i < m; i++ {
		clear(buf[:])
		for j := 0; j < 31 && 31*i+j < len(v); j++ {
			// big-endian bytes for SetBytes: byte j (weight 256^j) sits at 31-j.
			buf[31-j] = uint8(v[31*i+j])
		}
		out[i].SetBytes(buf[:])
	}
	return out
}

// Pack32 packs int32 values 7 to an element, little-endian 32-bit words.
func Pack32(v []int32) []fr.Element {
	m := (len(v) + 6) / 7
	out := make([]fr.Element, m)
	for i := 0; i < m; i++ {
		acc := new(big.Int)
		for j := 6; j >= 0; j-- {
			acc.Lsh(acc, 32)
			if 7*i+j < len(v) {
				acc.Or(acc, new(big.Int).SetUint64(uint64(uint32(v[7*i+j]))))
			}
		}
		out[i].SetBigInt(acc)
	}
	return out
}

// Header is a layer header: dims, shift and ReLU.
type Header struct {
	In, Out uint32
	Shift   uint8
	ReLU    bool
}

// Element is the header as one field element: in + out·2^32 + shift·2^64 + relu·2^72.
func (hd Header) Element() fr.Element {
	x := new(big.Int).SetUint64(uint64(hd.In) | uint64(hd.Out)<<32)
	x.Or(x, new(big.Int).Lsh(big.NewInt(int64(hd.Shift)), 64))
	if hd.ReLU {
		x.SetBit(x, 72, 1)
	}
	var e fr.Element
	e.SetBigInt(x)
	return e
}

// Validate checks the header limits of docs/hashing.md.
func (hd Header) Validate() error {
	if hd.In < 1 || hd.In > MaxWidth || hd.Out < 1 || hd.Out > MaxWidth {
		return fmt.Errorf("header dims %d×%d outside [1, %d]", hd.Out, hd.In, MaxWidth)
	}
	if hd.Shift > 31 {
		return fmt.Errorf("header shift %d > 31", hd.Shift)
	}
	return nil
}

// Tree is a binary Poseidon2 Merkle tree of fixed depth over a prefix of
// non-zero leaves; the rest are zero leaves, whose subtrees are constants.
// levels[t] holds only the nodes that cover at least one given leaf.
type Tree struct {
	depth  int
	levels [][]fr.Element
	zero   []fr.Element
}

// NewTree builds a depth-d tree over leaves (len ≤ 2^d).
func NewTree(h *Hasher, depth int, leaves []fr.Element) (*Tree, error) {
	if depth < 0 || depth > 62 || uint64(len(leaves)) > uint64(1)<<depth {
		return nil, fmt.Errorf("tree: %d leaves do not fit depth %d", len(leaves), depth)
	}
	t := &Tree{depth: depth, levels: make([][]fr.Element, depth+1), zero: make([]fr.Element, depth+1)}
	t.levels[0] = append([]fr.Element(nil), leaves...)
	for lv := 1; lv <= depth; lv++ {
		t.zero[lv] = h.Compress(t.zero[lv-1], t.zero[lv-1])
		prev := t.levels[lv-1]
		cur := make([]fr.Element, (len(prev)+1)/2)
		for i := range cur {
			cur[i] = h.Compress(t.node(lv-1, uint64(2*i)), t.node(lv-1, uint64(2*i+1)))
		}
		t.levels[lv] = cur
	}
	return t, nil
}

func (t *Tree) node(lv int, i uint64) fr.Element {
	if i < uint64(len(t.levels[lv])) {
		return t.levels[lv][i]
	}
	return t.zero[lv]
}

// Root is the tree root (without the count).
func (t *Tree) Root() fr.Element { return t.node(t.depth, 0) }

// Path is the siblings of leaf i from the bottom up.
func (t *Tree) Path(i uint64) []fr.Element {
	p := make([]fr.Element, t.depth)
	for lv := 0; lv < t.depth; lv++ {
		p[lv] = t.node(lv, (i>>lv)^1)
	}
	return p
}

// VTDepth is ⌈log2 m⌉ for m ≥ 1 elements.
func VTDepth(m int) int {
	d := 0
	for (1 << d) < m {
		d++
	}
	return d
}

// VC is the vector commitment H(VT(pack8(v)), n) and the VT over the packed elements.
func VC(h *Hasher, v []int8) (fr.Element, *Tree, error) {
	if len(v) < 1 || len(v) > MaxWidth {
		return fr.Element{}, nil, fmt.Errorf("vector length %d outside [1, %d]", len(v), MaxWidth)
	}
	e := Pack8(v)
	t, err := NewTree(h, VTDepth(len(e)), e)
	if err != nil {
		return fr.Element{}, nil, err
	}
	return h.CompressCount(t.Root(), uint64(len(v))), t, nil
}

// LeafVC is the commitment of a provider's stored leaf: a claimed length and
// arbitrary elements, hashed by the VT rules with the claimed length.
func LeafVC(h *Hasher, n uint64, elems []fr.Element) (fr.Element, *Tree, error) {
	if len(elems) < 1 || len(elems) > (MaxWidth+30)/31 {
		return fr.Element{}, nil, fmt.Errorf("leaf has %d elements", len(elems))
	}
	t, err := NewTree(h, VTDepth(len(elems)), elems)
	if err != nil {
		return fr.Element{}, nil, err
	}
	return h.CompressCount(t.Root(), n), t, nil
}

// Requantize is docs/hashing.md's requantization of an exact accumulator.
func Requantize(acc int64, shift uint8, relu bool) int8 {
	t := acc
	if shift > 0 {
		// floor((acc + 2^(s−1)) / 2^s); >> on int64 is floor division.
		t = (acc + int64(1)<<(shift-1)) >> shift
	}
	if relu && t < 0 {
		t = 0
	}
	switch {
	case t < -128:
		return -128
	case t > 127:
		return 127
	}
	return int8(t)
}

func frFromInt64(v int64) fr.Element {
	var e fr.Element
	e.SetInt64(v)
	return e
}
