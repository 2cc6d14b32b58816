// Package smt is the L2 state tree: a compact sparse Merkle tree over the
// Poseidon2 compression H of docs/hashing.md, with its nodes in pebble.
//
// Shape (docs/state.md): keys are field elements K < 2^253; the path of K
// is its 253 bits from the most significant down (bit 252 chooses the
// root's child). A subtree holding no leaf is empty and hashes to 0; a
// subtree holding exactly one leaf is that leaf, placed at the top of the
// subtree (the shortest prefix that is unique to it); every other subtree
// is an internal node. Hashes:
//
//	empty          0
//	leaf(K, V)     H(H(K, V), 1)
//	internal(l, r) H(l, r)
//
// A leaf's hash does not depend on its depth, so a leaf moves up or down
// without rehashing. Nodes are stored by hash (content-addressed), so every
// committed root stays readable: rolling back is setting the root. Empty
// subtrees are never stored. Old nodes are not pruned.
package smt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/gpuroll/gpuroll/job"
)

// Hash is a node hash or a key or value: a canonical field element,
// 32 bytes big-endian.
type Hash = [32]byte

// MaxDepth is the number of key bits: the deepest a leaf can sit.
const MaxDepth = 253

// parallelDepth is the depth down to which an update hashes the two
// subtrees of a node on separate goroutines (2^3 = 8 tasks: enough to
// balance 2–8 cores without scheduling overhead dominating).
const parallelDepth = 3

const (
	kindInternal byte = 1
	kindLeaf     byte = 2
)

// ErrKeyRange is returned for a key ≥ 2^253.
var ErrKeyRange = errors.New("smt: key is not below 2^253")

// Bit returns bit d of K's path (d = 0 at the root).
func Bit(k Hash, d int) int {
	i := d + 3 // the top 3 bits of a key are always 0
	return int(k[i/8]>>(7-uint(i%8))) & 1
}

func toFr(h Hash) fr.Element {
	var e fr.Element
	e.SetBytes(h[:]) // reduces mod p; keys and values are < p by construction
	return e
}

func h2(a, b Hash) Hash {
	x, y := toFr(a), toFr(b)
	r := job.H(&x, &y)
	return r.Bytes()
}

var one = func() Hash { var h Hash; h[31] = 1; return h }()

// LeafHash is H(H(K, V), 1).
func LeafHash(k, v Hash) Hash { return h2(h2(k, v), one) }

// InternalHash is H(l, r).
func InternalHash(l, r Hash) Hash { return h2(l, r) }

// node is a decoded stored node.
type node struct {
	kind        byte
	left, right Hash // internal
	key, val    Hash // leaf
}

func (n *node) encode() []byte {
	b := make([]byte, 65)
	b[0] = n.kind
	if n.kind == kindInternal {
		copy(b[1:], n.left[:])
		copy(b[33:], n.right[:])
	} else {
		copy(b[1:], n.key[:])
		copy(b[33:], n.val[:])
	}
	return b
}

func decodeNode(b []byte) (node, error) {
	if len(b) != 65 || (b[0] != kindInternal && b[0] != kindLeaf) {
		return node{}, fmt.Errorf("smt: corrupt node (%d bytes)", len(b))
	}
	n := node{kind: b[0]}
	if n.kind == kindInternal {
		copy(n.left[:], b[1:33])
		copy(n.right[:], b[33:65])
	} else {
		copy(n.key[:], b[1:33])
		copy(n.val[:], b[33:65])
	}
	return n, nil
}

// Tree is a view of the tree at one root over a pebble database. Its
// nodes live under the key prefix given to New; the tree never deletes.
// A Tree is not safe for concurrent Update calls; reads (Get, Prove) may
// run concurrently with each other.
type Tree struct {
	db     *pebble.DB
	prefix []byte
	root   Hash
	cache  *nodeCache

	// OnMissing, if set, is called when a node is in neither the cache
	// nor the database, before reading it once more: a caller whose
	// batches land in the background (state.CommitAsync) waits there for
	// the write in flight. It may be called from several goroutines.
	OnMissing func()
}

// nodeCache keeps recently used nodes in memory. Nodes are immutable
// (stored by hash), so entries never go stale; it is bounded by keeping
// two generations and dropping the older one when the younger fills.
type nodeCache struct {
	mu         sync.Mutex
	young, old map[Hash]node
	capacity   int
}

// CacheNodes is the capacity of one generation of the node cache: up to
// twice this many nodes (~200 bytes each with the map) stay in memory,
// enough for every node of a tree of ~1M keys (~400 MB).
const CacheNodes = 1 << 20

func newNodeCache(capacity int) *nodeCache {
	return &nodeCache{young: make(map[Hash]node), old: make(map[Hash]node), capacity: capacity}
}

func (c *nodeCache) get(h Hash) (node, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n, ok := c.young[h]; ok {
		return n, true
	}
	if n, ok := c.old[h]; ok {
		c.putLocked(h, n)
		return n, true
	}
	return node{}, false
}

func (c *nodeCache) put(h Hash, n node) {
	c.mu.Lock()
	c.putLocked(h, n)
	c.mu.Unlock()
}

func (c *nodeCache) putLocked(h Hash, n node) {
	if len(c.young) >= c.capacity {
		c.old, c.young = c.young, make(map[Hash]node, c.capacity)
	}
	c.young[h] = n
}

// New returns the tree with the given root (zero for empty) whose nodes are
// stored under prefix in db.
func New(db *pebble.DB, prefix []byte, root Hash) *Tree {
	return &Tree{db: db, prefix: append([]byte(nil), prefix...), root: root, cache: newNodeCache(CacheNodes)}
}

// Warm loads the nodes of the top depth levels into the node cache (a
// node process does it at start-up, so its first blocks do not read the
// upper tree from disk one node at a time). It stops early when the cache
// would overflow.
func (t *Tree) Warm(ctx context.Context, depth int) error {
	level := []Hash{t.root}
	loaded := 0
	for d := 0; d < depth && len(level) > 0; d++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var next []Hash
		for _, h := range level {
			if h == (Hash{}) {
				continue
			}
			n, err := t.load(h)
			if err != nil {
				return err
			}
			loaded++
			if n.kind == kindInternal {
				next = append(next, n.left, n.right)
			}
		}
		if loaded+len(next) > t.cache.capacity {
			return nil
		}
		level = next
	}
	return nil
}

// Root is the current root.
func (t *Tree) Root() Hash { return t.root }

// SetRoot moves the view to another committed root (rollback). It checks
// that the root node is stored.
func (t *Tree) SetRoot(root Hash) error {
	if root != (Hash{}) {
		if _, err := t.load(root); err != nil {
			return fmt.Errorf("smt: set root: %w", err)
		}
	}
	t.root = root
	return nil
}

func (t *Tree) dbKey(h Hash) []byte {
	k := make([]byte, 0, len(t.prefix)+32)
	k = append(k, t.prefix...)
	return append(k, h[:]...)
}

func (t *Tree) load(h Hash) (node, error) {
	if n, ok := t.cache.get(h); ok {
		return n, nil
	}
	v, closer, err := t.db.Get(t.dbKey(h))
	if errors.Is(err, pebble.ErrNotFound) && t.OnMissing != nil {
		t.OnMissing()
		v, closer, err = t.db.Get(t.dbKey(h))
	}
	if err != nil {
		return node{}, fmt.Errorf("smt: load node %x: %w", h[:6], err)
	}
	n, err := decodeNode(v)
	closer.Close()
	if err == nil {
		t.cache.put(h, n)
	}
	return n, err
}

// Get returns the value of key k, and whether it is present.
func (t *Tree) Get(k Hash) (Hash, bool, error) {
	p, err := t.Prove(k)
	if err != nil {
		return Hash{}, false, err
	}
	if p.Found && p.LeafKey == k {
		return p.LeafVal, true, nil
	}
	return Hash{}, false, nil
}

// Proof proves the presence or absence of a key. Siblings run from the
// root's child level down to the terminal's level. The terminal is either
// empty (Found = false) or a leaf (LeafKey, LeafVal): the key's own leaf
// (inclusion) or another leaf sharing the key's first len(Siblings) bits
// (exclusion).
type Proof struct {
	Siblings []Hash
	Found    bool
	LeafKey  Hash
	LeafVal  Hash
}

// Prove returns the proof for k under the current root.
func (t *Tree) Prove(k Hash) (*Proof, error) {
	if k[0]&0xe0 != 0 {
		return nil, ErrKeyRange
	}
	p := &Proof{}
	h := t.root
	for d := 0; ; d++ {
		if h == (Hash{}) {
			return p, nil
		}
		n, err := t.load(h)
		if err != nil {
			return nil, err
		}
		if n.kind == kindLeaf {
			p.Found, p.LeafKey, p.LeafVal = true, n.key, n.val
			return p, nil
		}
		if d >= MaxDepth {
			return nil, fmt.Errorf("smt: internal node below depth %d", MaxDepth)
		}
		if Bit(k, d) == 0 {
			p.Siblings = append(p.Siblings, n.right)
			h = n.left
		} else {
			p.Siblings = append(p.Siblings, n.left)
			h = n.right
		}
	}
}

// Verify checks p against root for key k. With val non-nil it checks
// inclusion of (k, *val); with val nil, exclusion of k.
func (p *Proof) Verify(root, k Hash, val *Hash) bool {
	if len(p.Siblings) > MaxDepth || k[0]&0xe0 != 0 {
		return false
	}
	var h Hash
	switch {
	case val != nil:
		if !p.Found || p.LeafKey != k || p.LeafVal != *val {
			return false
		}
		h = LeafHash(k, *val)
	case p.Found:
		if p.LeafKey == k {
			return false
		}
		for d := range p.Siblings {
			if Bit(p.LeafKey, d) != Bit(k, d) {
				return false
			}
		}
		h = LeafHash(p.LeafKey, p.LeafVal)
	}
	for d := len(p.Siblings) - 1; d >= 0; d-- {
		if Bit(k, d) == 0 {
			h = InternalHash(h, p.Siblings[d])
		} else {
			h = InternalHash(p.Siblings[d], h)
		}
	}
	return h == root
}

// Size is the proof's size in bytes as docs/state.md serialises it:
// one byte count, 32 bytes per sibling, one flag byte, and 64 bytes of
// terminal leaf when Found.
func (p *Proof) Size() int {
	n := 1 + 32*len(p.Siblings) + 1
	if p.Found {
		n += 64
	}
	return n
}

// KV is one update: set Key to Val, or delete Key. OldLeaf, when the
// caller knows the key's current value, is LeafHash(Key, old value): the
// update then recognises the key's leaf by its hash on the way down and
// replaces it without reading it from storage (a wrong hint only costs
// that read).
type KV struct {
	Key     Hash
	Val     Hash
	Delete  bool
	OldLeaf Hash
}

// LeafHashes returns LeafHash(keys[i], vals[i]) for every i, batched.
func LeafHashes(keys, vals []Hash) ([]Hash, error) {
	if len(keys) != len(vals) {
		return nil, fmt.Errorf("smt: %d keys, %d values", len(keys), len(vals))
	}
	a := make([]fr.Element, len(keys))
	b := make([]fr.Element, len(keys))
	out := make([]fr.Element, len(keys))
	for i := range keys {
		a[i], b[i] = toFr(keys[i]), toFr(vals[i])
	}
	if err := job.HBatch(out, a, b); err != nil {
		return nil, err
	}
	oneFr := toFr(one)
	for i := range b {
		b[i] = oneFr
	}
	copy(a, out)
	if err := job.HBatch(out, a, b); err != nil {
		return nil, err
	}
	hs := make([]Hash, len(out))
	for i := range out {
		hs[i] = out[i].Bytes()
	}
	return hs, nil
}

// pnode is a node created by an update, hashed only after the whole new
// structure is known: then every level's new nodes are hashed in one
// job.HBatch call (sixteen lanes at a time with AVX-512 IFMA).
type pnode struct {
	leaf     bool
	key, val Hash // leaf
	l, r     ref  // internal
	height   int  // 0 for a leaf, else 1 + the higher pending child's height
	hash     Hash
}

// ref is a subtree after an update: a stored subtree by hash (p == nil;
// zero hash = empty) or a new node p. For a stored subtree, leafness is
// unknown until needed (known false): it matters only when the sibling
// became empty, so the child is read from storage only then.
type ref struct {
	h     Hash
	p     *pnode
	leaf  bool
	known bool
	// PathTree only: a stored subtree's position, and a stored leaf's key
	// and value once resolved (it moves when its sibling is deleted).
	pos      pathKey
	key, val Hash
}

func (r ref) empty() bool { return r.p == nil && r.h == (Hash{}) }

func (r ref) height() int {
	if r.p == nil {
		return -1
	}
	return r.p.height
}

// hashOf is the hash of a ref whose pending node (if any) is hashed.
func (r ref) hashOf() Hash {
	if r.p != nil {
		return r.p.hash
	}
	return r.h
}

type updater struct {
	t *Tree
	// mu guards nodes: every node this update created.
	mu    sync.Mutex
	nodes []*pnode
}

func (u *updater) add(p *pnode) ref {
	u.mu.Lock()
	u.nodes = append(u.nodes, p)
	u.mu.Unlock()
	return ref{p: p, leaf: p.leaf, known: true}
}

func (u *updater) leaf(k, v Hash) ref {
	return u.add(&pnode{leaf: true, key: k, val: v})
}

// resolve makes r's leafness known.
func (u *updater) resolve(r ref) (ref, error) {
	if r.known || r.empty() {
		r.known = true
		return r, nil
	}
	n, err := u.t.load(r.h)
	if err != nil {
		return ref{}, err
	}
	return ref{h: r.h, leaf: n.kind == kindLeaf, known: true}, nil
}

// combine makes the node over two child subtrees, collapsing a lone leaf.
func (u *updater) combine(l, r ref) (ref, error) {
	var err error
	switch {
	case l.empty() && r.empty():
		return ref{known: true}, nil
	case l.empty():
		if r, err = u.resolve(r); err != nil || r.leaf {
			return r, err
		}
	case r.empty():
		if l, err = u.resolve(l); err != nil || l.leaf {
			return l, err
		}
	}
	// At least 1: height 0 is the leaves' level, hashed first.
	return u.add(&pnode{l: l, r: r, height: 1 + max(0, l.height(), r.height())}), nil
}

// split returns the index of the first kv whose bit d is 1 (kvs sorted).
func split(kvs []KV, d int) int {
	return sort.Search(len(kvs), func(i int) bool { return Bit(kvs[i].Key, d) == 1 })
}

// both runs f and g, in parallel near the root (storage reads overlap).
func both(d int, f, g func() error) error {
	if d >= parallelDepth {
		if err := f(); err != nil {
			return err
		}
		return g()
	}
	var wg sync.WaitGroup
	var ef error
	wg.Add(1)
	go func() { defer wg.Done(); ef = f() }()
	eg := g()
	wg.Wait()
	if ef != nil {
		return ef
	}
	return eg
}

// build makes the subtree at depth d holding exactly the (non-delete) kvs.
func (u *updater) build(ctx context.Context, d int, kvs []KV) (ref, error) {
	return buildSubtree(ctx, u, d, kvs)
}

// subtreeBuilder is what building a subtree from sorted kvs needs of a
// tree's updater (the content-addressed Tree's and the PathTree's): how
// a leaf is made and how two children combine.
type subtreeBuilder interface {
	leaf(k, v Hash) ref
	combine(l, r ref) (ref, error)
}

// buildSubtree builds the subtree at depth d holding kvs (sorted, all
// under one position) from nothing, leaving out deletions.
func buildSubtree(ctx context.Context, b subtreeBuilder, d int, kvs []KV) (ref, error) {
	live := kvs[:0:0]
	for _, kv := range kvs {
		if !kv.Delete {
			live = append(live, kv)
		}
	}
	return buildLive(ctx, b, d, live)
}

func buildLive(ctx context.Context, b subtreeBuilder, d int, kvs []KV) (ref, error) {
	switch len(kvs) {
	case 0:
		return ref{known: true}, nil
	case 1:
		return b.leaf(kvs[0].Key, kvs[0].Val), nil
	}
	if d >= MaxDepth {
		return ref{}, fmt.Errorf("smt: duplicate key %x", kvs[0].Key[:6])
	}
	if err := ctx.Err(); err != nil {
		return ref{}, err
	}
	m := split(kvs, d)
	var l, r ref
	err := both(d, func() (err error) { l, err = buildLive(ctx, b, d+1, kvs[:m]); return },
		func() (err error) { r, err = buildLive(ctx, b, d+1, kvs[m:]); return })
	if err != nil {
		return ref{}, err
	}
	return b.combine(l, r)
}

// update applies kvs (non-empty, sorted, all under this node's prefix) to
// the stored subtree h at depth d.
func (u *updater) update(ctx context.Context, d int, h Hash, kvs []KV) (ref, error) {
	if h == (Hash{}) {
		return u.build(ctx, d, kvs)
	}
	if len(kvs) == 1 && kvs[0].OldLeaf == h {
		// This subtree is exactly the key's own leaf: replace it unread.
		return u.build(ctx, d, kvs)
	}
	n, err := u.t.load(h)
	if err != nil {
		return ref{}, err
	}
	if n.kind == kindLeaf {
		i := sort.Search(len(kvs), func(i int) bool { return bytes.Compare(kvs[i].Key[:], n.key[:]) >= 0 })
		if i == len(kvs) || kvs[i].Key != n.key {
			merged := make([]KV, 0, len(kvs)+1)
			merged = append(merged, kvs[:i]...)
			merged = append(merged, KV{Key: n.key, Val: n.val})
			kvs = append(merged, kvs[i:]...)
		}
		return u.build(ctx, d, kvs)
	}
	if d >= MaxDepth {
		return ref{}, fmt.Errorf("smt: internal node below depth %d", MaxDepth)
	}
	m := split(kvs, d)
	l, r := ref{h: n.left}, ref{h: n.right}
	err = both(d, func() (err error) {
		if m > 0 {
			l, err = u.update(ctx, d+1, n.left, kvs[:m])
		}
		return
	}, func() (err error) {
		if m < len(kvs) {
			r, err = u.update(ctx, d+1, n.right, kvs[m:])
		}
		return
	})
	if err != nil {
		return ref{}, err
	}
	return u.combine(l, r)
}

// hashAll hashes the created nodes level by level: leaves (two rounds,
// H(K, V) then H(·, 1)), then internal nodes by height, each level in
// one HBatch call.
func (u *updater) hashAll() error {
	levels := map[int][]*pnode{}
	top := 0
	for _, p := range u.nodes {
		levels[p.height] = append(levels[p.height], p)
		top = max(top, p.height)
	}
	var a, b, out []fr.Element
	run := func(n int) error {
		out = out[:0]
		for range n {
			out = append(out, fr.Element{})
		}
		return job.HBatch(out, a, b)
	}
	leaves := levels[0]
	a, b = a[:0], b[:0]
	for _, p := range leaves {
		a, b = append(a, toFr(p.key)), append(b, toFr(p.val))
	}
	if err := run(len(leaves)); err != nil {
		return err
	}
	oneFr := toFr(one)
	a, b = append(a[:0], out...), b[:0]
	for range leaves {
		b = append(b, oneFr)
	}
	if err := run(len(leaves)); err != nil {
		return err
	}
	for i, p := range leaves {
		p.hash = out[i].Bytes()
	}
	for h := 1; h <= top; h++ {
		a, b = a[:0], b[:0]
		for _, p := range levels[h] {
			a, b = append(a, toFr(p.l.hashOf())), append(b, toFr(p.r.hashOf()))
		}
		if err := run(len(levels[h])); err != nil {
			return err
		}
		for i, p := range levels[h] {
			p.hash = out[i].Bytes()
		}
	}
	return nil
}

// Update applies kvs (any order; a key at most once) and returns the new
// root. New nodes are written into batch; the tree moves to the new root
// only in the view (the caller commits the batch). Each new node is hashed
// once: the new structure is built first (subtrees near the root walked in
// parallel), then each level of new nodes is hashed in one job.HBatch call.
func (t *Tree) Update(ctx context.Context, batch *pebble.Batch, kvs []KV) (Hash, error) {
	if len(kvs) == 0 {
		return t.root, nil
	}
	sorted := append([]KV(nil), kvs...)
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].Key[:], sorted[j].Key[:]) < 0 })
	for i, kv := range sorted {
		if kv.Key[0]&0xe0 != 0 {
			return Hash{}, ErrKeyRange
		}
		if i > 0 && sorted[i-1].Key == kv.Key {
			return Hash{}, fmt.Errorf("smt: key %x updated twice", kv.Key[:6])
		}
	}
	u := &updater{t: t, nodes: make([]*pnode, 0, 4*len(kvs))}
	r, err := u.update(ctx, 0, t.root, sorted)
	if err != nil {
		return Hash{}, err
	}
	if err := u.hashAll(); err != nil {
		return Hash{}, fmt.Errorf("smt: hash nodes: %w", err)
	}
	// In key order: pebble inserts a batch into its memtable skiplist in
	// batch order, and sorted keys let each insert start from the previous
	// one's position instead of the top of the list.
	slices.SortFunc(u.nodes, func(a, b *pnode) int { return bytes.Compare(a.hash[:], b.hash[:]) })
	for _, p := range u.nodes {
		var n node
		if p.leaf {
			n = node{kind: kindLeaf, key: p.key, val: p.val}
		} else {
			n = node{kind: kindInternal, left: p.l.hashOf(), right: p.r.hashOf()}
		}
		if err := batch.Set(t.dbKey(p.hash), n.encode(), nil); err != nil {
			return Hash{}, fmt.Errorf("smt: write node: %w", err)
		}
		// The next update walks these first. Caching a node whose batch
		// is then not committed is harmless: nodes are content-addressed.
		t.cache.put(p.hash, n)
	}
	root := r.hashOf()
	t.root = root
	return root, nil
}
