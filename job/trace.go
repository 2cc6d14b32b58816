package job

import (
	"context"
	"fmt"
)

// StoredLeaf is one trace leaf as a provider stores it: its claimed length
// n' and its ⌈n'/31⌉ packed elements, which may be any field elements (a
// non-canonical one is a provable fraud, so it must be storable).
type StoredLeaf struct {
	N     uint32
	Elems []Element
}

// Commitment returns the leaf H(VT(elems), n').
func (s *StoredLeaf) Commitment() (Element, error) { return VCPacked(s.Elems, s.N) }

// Tree returns the leaf's variable-depth tree, for element openings.
func (s *StoredLeaf) Tree() (*Tree, error) {
	if len(s.Elems) == 0 {
		return nil, fmt.Errorf("leaf without elements")
	}
	return NewTree(s.Elems, vtDepth(len(s.Elems)))
}

// Values unpacks the leaf: ok is false when an element is not canonical.
func (s *StoredLeaf) Values() (vals []int8, ok bool) {
	vals = make([]int8, PackInt8*len(s.Elems))
	for i := range s.Elems {
		v, canon := Unpack8(&s.Elems[i])
		if !canon {
			return nil, false
		}
		copy(vals[PackInt8*i:], v[:])
	}
	return vals, true
}

// StoredTrace is a provider's trace: R·L leaves, leaf (r, l) at index
// r·L + (l−1).
type StoredTrace struct {
	Rows, Layers int
	Leaves       []StoredLeaf
}

// Stored returns the honest trace in stored form.
func (t *Trace) Stored() *StoredTrace {
	L := len(t.Widths)
	s := &StoredTrace{Rows: t.Rows, Layers: L, Leaves: make([]StoredLeaf, t.Rows*L)}
	parallelFor(len(s.Leaves), func(i int) {
		a := t.Act(i/L, i%L+1)
		s.Leaves[i] = StoredLeaf{N: uint32(len(a)), Elems: Pack8(a)}
	})
	return s
}

// Leaf returns leaf (r, l), l 1-based.
func (s *StoredTrace) Leaf(r, l int) *StoredLeaf { return &s.Leaves[r*s.Layers+l-1] }

// Commitments hashes every leaf on all cores.
func (s *StoredTrace) Commitments(ctx context.Context) ([]Element, error) {
	if s.Rows < 1 || s.Layers < 1 || len(s.Leaves) != s.Rows*s.Layers {
		return nil, fmt.Errorf("stored trace of %d leaves for %d rows × %d layers", len(s.Leaves), s.Rows, s.Layers)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	elems := make([][]Element, len(s.Leaves))
	ns := make([]uint32, len(s.Leaves))
	for i := range s.Leaves {
		elems[i], ns[i] = s.Leaves[i].Elems, s.Leaves[i].N
	}
	out, err := VCPackedBatch(elems, ns)
	if err != nil {
		return nil, fmt.Errorf("stored trace: %w", err)
	}
	return out, ctx.Err()
}

// Root returns the trace root of the stored leaves.
func (s *StoredTrace) Root(ctx context.Context) (Element, error) {
	cs, err := s.Commitments(ctx)
	if err != nil {
		return Element{}, err
	}
	return TraceRootFromLeaves(cs)
}

// Step is one output value: row r (0-based), layer l (1-based), output
// position o (0 ≤ o < 31·⌈out_l/31⌉).
type Step struct {
	Row, Layer, Output int
}

func (s Step) String() string { return fmt.Sprintf("(r=%d, l=%d, o=%d)", s.Row, s.Layer, s.Output) }

// FirstFraud compares a provider's stored trace with an honest one and
// returns the first false step in trace order (leaf index r·L + l − 1, then
// output position), or found = false when every leaf is honest. A leaf
// with a wrong length is false at position 0; a non-canonical element at
// its first position.
func FirstFraud(honest *Trace, stored *StoredTrace) (step Step, found bool, err error) {
	L := len(honest.Widths)
	if stored.Rows != honest.Rows || stored.Layers != L || len(stored.Leaves) != honest.Rows*L {
		return Step{}, false, fmt.Errorf("stored trace is %d×%d, honest %d×%d", stored.Rows, stored.Layers, honest.Rows, L)
	}
	for i := range stored.Leaves {
		r, l := i/L, i%L+1
		leaf := &stored.Leaves[i]
		y := honest.Act(r, l)
		if int(leaf.N) != len(y) || len(leaf.Elems) != PackedLen(len(y)) {
			return Step{r, l, 0}, true, nil
		}
		for e := range leaf.Elems {
			vals, ok := Unpack8(&leaf.Elems[e])
			if !ok {
				return Step{r, l, PackInt8 * e}, true, nil
			}
			for j, v := range vals {
				o := PackInt8*e + j
				var want int8
				if o < len(y) {
					want = y[o]
				}
				if v != want {
					return Step{r, l, o}, true, nil
				}
			}
		}
	}
	return Step{}, false, nil
}
