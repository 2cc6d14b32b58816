package job

import (
	"fmt"
	"runtime"
	"sync"
)

// maxDepth is the deepest tree of docs/hashing.md (the trace tree, FT_24).
const maxDepth = TraceDepth

// zeroRoots[k] is the root of a depth-k tree of zero leaves: zeroRoots[0] = 0,
// zeroRoots[k+1] = H(zeroRoots[k], zeroRoots[k]). A constant table.
var zeroRoots = sync.OnceValue(func() *[maxDepth + 1]Element {
	var z [maxDepth + 1]Element
	for k := 1; k <= maxDepth; k++ {
		z[k] = H(&z[k-1], &z[k-1])
	}
	return &z
})

// ZeroRoot returns the root of an all-zero tree of the given depth.
func ZeroRoot(depth int) Element { return zeroRoots()[depth] }

// fastTreeMin is the leaf count from which treeRoot converts to the
// eight-lane form: below it the conversions cost more than they save.
const fastTreeMin = 64

// parallelMin is the level width from which a level is hashed by several
// goroutines; below it the goroutine overhead exceeds the gain.
const parallelMin = 256

// hashLevel writes the parent level of src into dst (len ⌈len(src)/2⌉),
// pairing a trailing odd node with the zero root of this level.
func hashLevel(dst, src []Element, zero *Element, workers int) {
	pairs := len(src) / 2
	work := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			dst[i] = H(&src[2*i], &src[2*i+1])
		}
	}
	if workers <= 1 || pairs < parallelMin {
		work(0, pairs)
	} else {
		var wg sync.WaitGroup
		chunk := (pairs + workers - 1) / workers
		for lo := 0; lo < pairs; lo += chunk {
			hi := min(lo+chunk, pairs)
			wg.Go(func() { work(lo, hi) })
		}
		wg.Wait()
	}
	if len(src)%2 == 1 {
		dst[pairs] = H(&src[len(src)-1], zero)
	}
}

// treeRoot returns the root of a depth-d tree over leaves (len ≤ 2^d), the
// rest zero, using workers goroutines for wide levels. It costs about
// len(leaves) + d compressions: zero subtrees are never hashed.
func treeRoot(leaves []Element, depth, workers int) Element {
	z := zeroRoots()
	if len(leaves) == 0 {
		return z[depth]
	}
	if len(leaves) == 1 && depth == 0 {
		return leaves[0]
	}
	// Wide trees go eight and sixteen nodes at a time where the CPU can.
	if len(leaves) >= fastTreeMin {
		if r, ok := treeRootFast(leaves, depth, workers); ok {
			return r
		}
	}
	cur := make([]Element, (len(leaves)+1)/2)
	hashLevel(cur, leaves, &z[0], workers)
	for level := 1; level < depth; level++ {
		next := cur[:(len(cur)+1)/2]
		// In place is safe: parent i reads 2i and 2i+1 ≥ i only after
		// writing nothing above index i.
		hashLevelInPlace(next, cur, &z[level], workers)
		cur = next
	}
	return cur[0]
}

// hashLevelInPlace is hashLevel where dst aliases the front of src. With
// several workers the chunks would overwrite each other's inputs, so the
// wide case copies.
func hashLevelInPlace(dst, src []Element, zero *Element, workers int) {
	if workers > 1 && len(src)/2 >= parallelMin {
		tmp := make([]Element, len(dst))
		hashLevel(tmp, src, zero, workers)
		copy(dst, tmp)
		return
	}
	hashLevel(dst, src, zero, 1)
}

// Workers is the default number of hashing goroutines: every core.
func Workers() int { return runtime.GOMAXPROCS(0) }

// FTRoot returns FT_D(leaves), without the length binding. It fails when
// the leaves do not fit.
func FTRoot(leaves []Element, depth int) (Element, error) {
	if depth < 0 || depth > maxDepth {
		return Element{}, fmt.Errorf("tree depth %d outside [0, %d]", depth, maxDepth)
	}
	if uint64(len(leaves)) > 1<<depth {
		return Element{}, fmt.Errorf("%d leaves exceed a depth-%d tree", len(leaves), depth)
	}
	return treeRoot(leaves, depth, Workers()), nil
}

// VTRoot returns VT(leaves): depth ⌈log2 m⌉, the root of one element being
// that element. It fails for m = 0 or m > 2^24.
func VTRoot(leaves []Element) (Element, error) {
	if len(leaves) == 0 {
		return Element{}, fmt.Errorf("variable-depth tree over no elements")
	}
	return FTRoot(leaves, vtDepth(len(leaves)))
}

// Tree keeps every level of a fixed-depth tree, for Merkle proofs.
type Tree struct {
	depth  int
	levels [][]Element // levels[0] = leaves; levels[k] has ⌈len(levels[k-1])/2⌉ nodes
}

// NewTree builds a depth-d tree over leaves (zero-padded to 2^d). The
// leaves slice is retained.
func NewTree(leaves []Element, depth int) (*Tree, error) {
	if depth < 0 || depth > maxDepth {
		return nil, fmt.Errorf("tree depth %d outside [0, %d]", depth, maxDepth)
	}
	if len(leaves) == 0 || uint64(len(leaves)) > 1<<depth {
		return nil, fmt.Errorf("%d leaves for a depth-%d tree", len(leaves), depth)
	}
	z := zeroRoots()
	t := &Tree{depth: depth, levels: make([][]Element, depth+1)}
	t.levels[0] = leaves
	for k := 1; k <= depth; k++ {
		src := t.levels[k-1]
		dst := make([]Element, (len(src)+1)/2)
		hashLevel(dst, src, &z[k-1], Workers())
		t.levels[k] = dst
	}
	return t, nil
}

// Root returns the tree root (without length binding).
func (t *Tree) Root() Element { return t.levels[t.depth][0] }

// Depth returns the tree's depth.
func (t *Tree) Depth() int { return t.depth }

// Len returns the number of (non-padding) leaves.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Proof returns the siblings of leaf index from the leaf level up (depth
// elements). Index may point at a padding leaf.
func (t *Tree) Proof(index uint64) ([]Element, error) {
	if index >= 1<<t.depth {
		return nil, fmt.Errorf("leaf index %d outside a depth-%d tree", index, t.depth)
	}
	z := zeroRoots()
	path := make([]Element, t.depth)
	for k := range t.depth {
		sib := (index >> k) ^ 1
		if sib < uint64(len(t.levels[k])) {
			path[k] = t.levels[k][sib]
		} else {
			path[k] = z[k]
		}
	}
	return path, nil
}

// MerklePath is an opening of one leaf: its index and the siblings from
// the leaf level up. Bit k of Index says whether the node at level k is a
// right child.
type MerklePath struct {
	Index    uint64
	Siblings []Element
}

// Root recomputes the tree root from leaf along the path.
func (p MerklePath) Root(leaf Element) Element {
	cur := leaf
	for k := range p.Siblings {
		if (p.Index>>k)&1 == 1 {
			cur = H(&p.Siblings[k], &cur)
		} else {
			cur = H(&cur, &p.Siblings[k])
		}
	}
	return cur
}

// Path returns the MerklePath of leaf index.
func (t *Tree) Path(index uint64) (MerklePath, error) {
	s, err := t.Proof(index)
	if err != nil {
		return MerklePath{}, err
	}
	return MerklePath{Index: index, Siblings: s}, nil
}
