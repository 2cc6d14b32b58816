package smt

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/cockroachdb/pebble/v2"
)

// PathTree is the state tree with its nodes stored by position instead of
// by hash: the node at depth d whose path is the bit prefix P lives under
// prefix ‖ d ‖ P (P packed big-endian, (d+3+7)/8 bytes, the same bit
// layout as keys), and an update overwrites the nodes on its paths in
// place and deletes the positions that became empty. The root, hashes and
// proofs are those of Tree (docs/state.md): only the storage differs, the
// way go-ethereum's path scheme (triedb/pathdb) replaced its hash scheme.
// Nothing accumulates on disk: one version of the tree is stored, so old
// roots are not readable (the state rolls back by updating the tree with
// its undo log instead).
//
// Layers, newest first:
//   - live: nodes written by the blocks applied since the last Flush
//     (Apply, Revert), in memory;
//   - frozen: the previous live layer while Flush writes it to pebble in
//     the background (one pebble batch, with the tree's meta record);
//   - clean nodes read before: the levels down to ResidentDepth kept for
//     good (the upper tree is resident), deeper ones in a two-generation
//     cache of CacheNodes per generation;
//   - pebble.
//
// The meta record (prefix ‖ 0xff) holds the root of the stored tree and a
// tag the caller chooses (the state stores its block number there), so a
// reopened tree says which version of the tree is on disk.
//
// Concurrency: Prepare and Prove may run concurrently with each other and
// with a flush in the background; Apply, Revert, Flush and Warm must not
// run concurrently with each other or with Prepare.
type PathTree struct {
	db     *pebble.DB
	prefix []byte

	mu       sync.RWMutex
	root     Hash
	live     map[pathKey]rec // tombstone: rec[0] == 0
	frozen   map[pathKey]rec
	resident map[pathKey]rec // clean, depth ≤ ResidentDepth
	young    map[pathKey]rec // clean, deeper
	old      map[pathKey]rec
	capacity int
	gen      uint64 // bumped when a flush lands: a disk read older than that is not cached

	flushing chan struct{} // closed when the flush in flight ends; nil when none
	flushErr error         // sticky: the tree's disk version is unknown after a failed write
	diskTag  uint64
	diskRoot Hash
	warmed   bool // Warm ran
}

// ResidentDepth is the deepest level kept in memory for good once read
// (Warm reads them all): 2^(ResidentDepth+1) nodes at most, ~130k (~15 MB).
const ResidentDepth = 16

// metaDepth is the depth byte of the meta record (no node sits deeper than
// MaxDepth = 253).
const metaDepth = 0xff

// pathKey is a node's position: byte 0 its depth d, bytes 1–32 the key
// bits of its path (the first d+3 bits of the 256-bit key layout; the top
// three are always 0) and zeros after them.
type pathKey [33]byte

// rec is a stored node: kindInternal ‖ left ‖ right or kindLeaf ‖ K ‖ V.
// In a layer, a zero kind marks a position deleted.
type rec [65]byte

func (r *rec) kind() byte { return r[0] }
func (r *rec) a() Hash    { return Hash(r[1:33]) }
func (r *rec) b() Hash    { return Hash(r[33:65]) }

func mkRec(kind byte, a, b Hash) rec {
	var r rec
	r[0] = kind
	copy(r[1:33], a[:])
	copy(r[33:65], b[:])
	return r
}

// pathOf is the position of depth d on k's path.
func pathOf(k Hash, d int) pathKey {
	var p pathKey
	p[0] = byte(d)
	n := d + 3
	full := n / 8
	copy(p[1:1+full], k[:full])
	if r := n % 8; r != 0 {
		p[1+full] = k[full] & (0xff << (8 - r))
	}
	return p
}

func (p pathKey) depth() int { return int(p[0]) }

// child is the position of p's child on side b (0 left, 1 right).
func (p pathKey) child(b int) pathKey {
	d := p.depth()
	c := p
	c[0] = byte(d + 1)
	if b == 1 {
		i := d + 3
		c[1+i/8] |= 0x80 >> (i % 8)
	}
	return c
}

func (t *PathTree) dbKey(p pathKey) []byte {
	n := (p.depth() + 3 + 7) / 8
	k := make([]byte, 0, len(t.prefix)+1+n)
	k = append(k, t.prefix...)
	k = append(k, p[0])
	return append(k, p[1:1+n]...)
}

func (t *PathTree) metaKey() []byte { return append(append([]byte(nil), t.prefix...), metaDepth) }

// ErrNoPathTree is returned by OpenPathTree for a database without a path
// tree under the prefix.
var ErrNoPathTree = errors.New("smt: no path-keyed tree stored")

// NewPathTree returns an empty tree over db under prefix. Nothing is
// stored until the first Flush.
func NewPathTree(db *pebble.DB, prefix []byte) *PathTree {
	return &PathTree{db: db, prefix: append([]byte(nil), prefix...), live: map[pathKey]rec{},
		resident: map[pathKey]rec{}, young: map[pathKey]rec{}, capacity: CacheNodes}
}

// OpenPathTree opens the tree stored under prefix and returns it with the
// tag of its last flush; ErrNoPathTree if none is stored.
func OpenPathTree(db *pebble.DB, prefix []byte) (*PathTree, uint64, error) {
	t := NewPathTree(db, prefix)
	v, closer, err := db.Get(t.metaKey())
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, 0, ErrNoPathTree
	}
	if err != nil {
		return nil, 0, fmt.Errorf("smt: read tree meta: %w", err)
	}
	defer closer.Close()
	if len(v) != 40 {
		return nil, 0, fmt.Errorf("smt: corrupt tree meta (%d bytes)", len(v))
	}
	t.root = Hash(v[:32])
	t.diskRoot = t.root
	t.diskTag = binary.BigEndian.Uint64(v[32:])
	return t, t.diskTag, nil
}

// Root is the root of the tree with every applied diff.
func (t *PathTree) Root() Hash {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.root
}

// DiskTag is the tag of the last flush that landed: the version of the
// tree a crash now would leave on disk.
func (t *PathTree) DiskTag() uint64 {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.diskTag
}

// LiveNodes is the number of positions written since the last Flush.
func (t *PathTree) LiveNodes() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return len(t.live)
}

// lookup finds position p in memory: (node, true) or a tombstone (kind 0,
// true); false when only the disk can say. It also returns the flush
// generation, for caching a disk read.
func (t *PathTree) lookup(p pathKey) (rec, bool, uint64) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	if r, ok := t.live[p]; ok {
		return r, true, t.gen
	}
	if r, ok := t.frozen[p]; ok {
		return r, true, t.gen
	}
	if p.depth() <= ResidentDepth {
		if r, ok := t.resident[p]; ok {
			return r, true, t.gen
		}
	} else {
		if r, ok := t.young[p]; ok {
			return r, true, t.gen
		}
		if r, ok := t.old[p]; ok {
			return r, true, t.gen
		}
	}
	return rec{}, false, t.gen
}

// putCleanLocked caches a node as stored (kind 0: the position is empty).
func (t *PathTree) putCleanLocked(p pathKey, r rec) {
	if p.depth() <= ResidentDepth {
		if r.kind() == 0 {
			delete(t.resident, p)
		} else {
			t.resident[p] = r
		}
		return
	}
	if r.kind() == 0 {
		delete(t.young, p)
		delete(t.old, p)
		return
	}
	if len(t.young) >= t.capacity {
		t.old, t.young = t.young, make(map[pathKey]rec, t.capacity)
	}
	t.young[p] = r
}

// load returns the node at p, which must exist (a parent points at it).
func (t *PathTree) load(p pathKey) (rec, error) {
	r, ok, gen := t.lookup(p)
	if ok {
		if r.kind() == 0 {
			return rec{}, fmt.Errorf("smt: node at depth %d deleted but referenced", p.depth())
		}
		return r, nil
	}
	v, closer, err := t.db.Get(t.dbKey(p))
	if err != nil {
		return rec{}, fmt.Errorf("smt: load node at depth %d: %w", p.depth(), err)
	}
	if len(v) != 65 || (v[0] != kindInternal && v[0] != kindLeaf) {
		closer.Close()
		return rec{}, fmt.Errorf("smt: corrupt node at depth %d (%d bytes)", p.depth(), len(v))
	}
	r = rec(v)
	closer.Close()
	t.mu.Lock()
	// A flush that landed meanwhile may have overwritten p on disk and put
	// the new node in the cache: do not replace it with what was read.
	if t.gen == gen {
		t.putCleanLocked(p, r)
	}
	t.mu.Unlock()
	return r, nil
}

// Warm reads the stored tree's upper levels (down to ResidentDepth, then
// deeper levels while the cache has room) into memory with one range scan.
func (t *PathTree) Warm(ctx context.Context) error {
	t.mu.RLock()
	warmed := t.warmed
	t.mu.RUnlock()
	if warmed {
		return nil // once per open: later reads fill the cache as they go
	}
	lo := append(append([]byte(nil), t.prefix...), 0)
	hi := append(append([]byte(nil), t.prefix...), MaxDepth+1)
	it, err := t.db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return fmt.Errorf("smt: warm: %w", err)
	}
	defer it.Close()
	t.mu.Lock()
	defer t.mu.Unlock()
	deep := 0
	for ok := it.First(); ok; ok = it.Next() {
		k := it.Key()[len(t.prefix):]
		v := it.Value()
		if len(k) < 1 || len(v) != 65 || int(k[0]) > MaxDepth || len(k) != 1+(int(k[0])+3+7)/8 {
			return fmt.Errorf("smt: warm: corrupt node record")
		}
		var p pathKey
		copy(p[:], k)
		if _, ok := t.live[p]; ok {
			continue
		}
		if _, ok := t.frozen[p]; ok {
			continue
		}
		if p.depth() > ResidentDepth {
			if deep >= t.capacity {
				break
			}
			deep++
			if deep%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
		}
		t.putCleanLocked(p, rec(v))
	}
	if err := it.Error(); err != nil {
		return err
	}
	t.warmed = true
	return nil
}

// Prove returns the proof for k under the current root (every applied
// diff).
func (t *PathTree) Prove(k Hash) (*Proof, error) {
	if k[0]&0xe0 != 0 {
		return nil, ErrKeyRange
	}
	p := &Proof{}
	h := t.Root()
	for d := 0; ; d++ {
		if h == (Hash{}) {
			return p, nil
		}
		n, err := t.load(pathOf(k, d))
		if err != nil {
			return nil, err
		}
		if n.kind() == kindLeaf {
			p.Found, p.LeafKey, p.LeafVal = true, n.a(), n.b()
			return p, nil
		}
		if d >= MaxDepth {
			return nil, fmt.Errorf("smt: internal node below depth %d", MaxDepth)
		}
		if Bit(k, d) == 0 {
			p.Siblings = append(p.Siblings, n.b())
			h = n.a()
		} else {
			p.Siblings = append(p.Siblings, n.a())
			h = n.b()
		}
	}
}

// Get returns the value of key k, and whether it is present.
func (t *PathTree) Get(k Hash) (Hash, bool, error) {
	p, err := t.Prove(k)
	if err != nil {
		return Hash{}, false, err
	}
	if p.Found && p.LeafKey == k {
		return p.LeafVal, true, nil
	}
	return Hash{}, false, nil
}

// Diff is one update of a PathTree, computed by Prepare: the new root and
// the positions it writes and deletes. It changes nothing until Apply.
type Diff struct {
	Root     Hash
	prevRoot Hash
	writes   []pathWrite
	// undo holds what the live layer had at each written position before
	// Apply (had false: nothing), for Revert.
	undo    []pathWrite
	applied bool
}

type pathWrite struct {
	p   pathKey
	r   rec // kind 0: delete
	had bool
}

// Nodes is the number of positions the diff writes or deletes.
func (d *Diff) Nodes() int { return len(d.writes) }

// Prepare computes the tree after kvs (any order; a key at most once)
// without changing it. Leaves and internal nodes are hashed as in
// Tree.Update: the new structure is built first (the top levels walked in
// parallel), then each level of new nodes is hashed in one job.HBatch call.
func (t *PathTree) Prepare(ctx context.Context, kvs []KV) (*Diff, error) {
	root := t.Root()
	if len(kvs) == 0 {
		return &Diff{Root: root, prevRoot: root}, nil
	}
	sorted := append([]KV(nil), kvs...)
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].Key[:], sorted[j].Key[:]) < 0 })
	for i, kv := range sorted {
		if kv.Key[0]&0xe0 != 0 {
			return nil, ErrKeyRange
		}
		if i > 0 && sorted[i-1].Key == kv.Key {
			return nil, fmt.Errorf("smt: key %x updated twice", kv.Key[:6])
		}
	}
	u := &pupdater{t: t, nodes: make([]*pnode, 0, 4*len(kvs)), consumed: map[pathKey]bool{}}
	r, err := u.update(ctx, 0, root, sorted)
	if err != nil {
		return nil, err
	}
	if err := (&updater{nodes: u.nodes}).hashAll(); err != nil {
		return nil, fmt.Errorf("smt: hash nodes: %w", err)
	}
	written := make(map[pathKey]rec, len(u.nodes))
	u.place(r, 0, pathKey{}, written)
	d := &Diff{Root: r.hashOf(), prevRoot: root, writes: make([]pathWrite, 0, len(written)+len(u.consumed))}
	for p, n := range written {
		d.writes = append(d.writes, pathWrite{p: p, r: n})
	}
	for p := range u.consumed {
		if _, ok := written[p]; !ok {
			d.writes = append(d.writes, pathWrite{p: p})
		}
	}
	return d, nil
}

// Apply makes d (prepared on the current root) the tree's current state:
// its nodes go into the live layer.
func (t *PathTree) Apply(d *Diff) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if d.applied || d.prevRoot != t.root {
		return errors.New("smt: diff does not apply to the current root")
	}
	d.undo = d.undo[:0]
	for _, w := range d.writes {
		old, had := t.live[w.p]
		d.undo = append(d.undo, pathWrite{p: w.p, r: old, had: had})
		t.live[w.p] = w.r
	}
	t.root = d.Root
	d.applied = true
	return nil
}

// Revert undoes d, the last diff applied, which must still be in the live
// layer (no Flush since).
func (t *PathTree) Revert(d *Diff) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !d.applied || t.root != d.Root {
		return errors.New("smt: revert of a diff that is not the last applied")
	}
	for i := len(d.undo) - 1; i >= 0; i-- {
		u := d.undo[i]
		if _, ok := t.live[u.p]; !ok {
			return errors.New("smt: revert of a diff already flushed")
		}
		if u.had {
			t.live[u.p] = u.r
		} else {
			delete(t.live, u.p)
		}
	}
	t.root = d.prevRoot
	d.applied = false
	return nil
}

// Flush writes the live layer to pebble in the background, in one batch
// with the meta record (root, tag), and opens a new live layer; reads see
// the layer until it has landed. It first waits for the previous flush,
// and returns its error if it failed (then nothing more is flushed: the
// caller must stop).
func (t *PathTree) Flush(tag uint64) error {
	if err := t.WaitFlush(); err != nil {
		return err
	}
	t.mu.Lock()
	layer, root := t.live, t.root
	t.live = make(map[pathKey]rec, len(layer))
	t.frozen = layer
	done := make(chan struct{})
	t.flushing = done
	t.mu.Unlock()
	go func() {
		defer close(done)
		err := t.write(layer, root, tag)
		t.mu.Lock()
		if err != nil {
			t.flushErr = fmt.Errorf("smt: flush tree (tag %d): %w", tag, err)
			t.mu.Unlock()
			return // the layer stays readable in frozen
		}
		// From here a disk read that began before is not cached (it may
		// predate this write). The layer moves into the clean cache in
		// chunks, so readers are not held up for the whole layer; it stays
		// readable in frozen until the last chunk.
		t.gen++
		t.diskTag, t.diskRoot = tag, root
		t.mu.Unlock()
		const chunk = 8192
		i := 0
		t.mu.Lock()
		for p, r := range layer {
			t.putCleanLocked(p, r)
			if i++; i%chunk == 0 {
				t.mu.Unlock()
				t.mu.Lock()
			}
		}
		t.frozen = nil
		t.mu.Unlock()
	}()
	return nil
}

// write stores a layer and the meta record in one synced pebble batch, in
// key order (pebble's memtable inserts are cheapest in order).
func (t *PathTree) write(layer map[pathKey]rec, root Hash, tag uint64) (err error) {
	// pebble panics on a write to a closed database. A caller that closes
	// it without waiting for the flush (its blocks were durable already)
	// loses only this flush: as after a crash, the tree on disk stays at
	// the previous tag and the state catches it up at the next open.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("smt: flush: %v", r)
		}
	}()
	keys := make([]pathKey, 0, len(layer))
	for p := range layer {
		keys = append(keys, p)
	}
	slices.SortFunc(keys, func(a, b pathKey) int { return bytes.Compare(a[:], b[:]) })
	b := t.db.NewBatchWithSize(len(keys)*110 + 64)
	defer b.Close()
	for _, p := range keys {
		r := layer[p]
		var err error
		if r.kind() == 0 {
			err = b.Delete(t.dbKey(p), nil)
		} else {
			err = b.Set(t.dbKey(p), r[:], nil)
		}
		if err != nil {
			return err
		}
	}
	meta := make([]byte, 40)
	copy(meta, root[:])
	binary.BigEndian.PutUint64(meta[32:], tag)
	if err := b.Set(t.metaKey(), meta, nil); err != nil {
		return err
	}
	return b.Commit(pebble.Sync)
}

// WaitFlush waits for the flush in flight, if any, and returns the error
// of a failed flush.
func (t *PathTree) WaitFlush() error {
	t.mu.RLock()
	done := t.flushing
	t.mu.RUnlock()
	if done != nil {
		<-done
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.flushErr
}

// pupdater is the updater of a PathTree: the structure logic of updater,
// with nodes read by position and the positions it replaces recorded.
type pupdater struct {
	t  *PathTree
	mu sync.Mutex // guards nodes and consumed
	// nodes are the nodes this update created; consumed the stored
	// positions it replaces (deleted unless written again).
	nodes    []*pnode
	consumed map[pathKey]bool
}

func (u *pupdater) add(p *pnode) ref {
	u.mu.Lock()
	u.nodes = append(u.nodes, p)
	u.mu.Unlock()
	return ref{p: p, leaf: p.leaf, known: true}
}

func (u *pupdater) consume(p pathKey) {
	u.mu.Lock()
	u.consumed[p] = true
	u.mu.Unlock()
}

// resolve makes a stored ref's leafness known (and, for a leaf, its key
// and value, in case it moves up).
func (u *pupdater) resolve(r ref) (ref, error) {
	if r.known || r.empty() {
		r.known = true
		return r, nil
	}
	n, err := u.t.load(r.pos)
	if err != nil {
		return ref{}, err
	}
	r.known = true
	r.leaf = n.kind() == kindLeaf
	if r.leaf {
		r.key, r.val = n.a(), n.b()
	}
	return r, nil
}

func (u *pupdater) combine(l, r ref) (ref, error) {
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
	return u.add(&pnode{l: l, r: r, height: 1 + max(0, l.height(), r.height())}), nil
}

func (u *pupdater) build(ctx context.Context, d int, kvs []KV) (ref, error) {
	return buildSubtree(ctx, u, d, kvs)
}

func (u *pupdater) leaf(k, v Hash) ref {
	return u.add(&pnode{leaf: true, key: k, val: v})
}

// update applies kvs (non-empty, sorted, all under the position at depth
// d on their path) to the stored subtree h there.
func (u *pupdater) update(ctx context.Context, d int, h Hash, kvs []KV) (ref, error) {
	if h == (Hash{}) {
		return u.build(ctx, d, kvs)
	}
	pos := pathOf(kvs[0].Key, d)
	u.consume(pos)
	if len(kvs) == 1 && kvs[0].OldLeaf == h {
		// This subtree is exactly the key's own leaf: replace it unread.
		return u.build(ctx, d, kvs)
	}
	n, err := u.t.load(pos)
	if err != nil {
		return ref{}, err
	}
	if n.kind() == kindLeaf {
		nk := n.a()
		i := sort.Search(len(kvs), func(i int) bool { return bytes.Compare(kvs[i].Key[:], nk[:]) >= 0 })
		if i == len(kvs) || kvs[i].Key != nk {
			merged := make([]KV, 0, len(kvs)+1)
			merged = append(merged, kvs[:i]...)
			merged = append(merged, KV{Key: nk, Val: n.b()})
			kvs = append(merged, kvs[i:]...)
		}
		return u.build(ctx, d, kvs)
	}
	if d >= MaxDepth {
		return ref{}, fmt.Errorf("smt: internal node below depth %d", MaxDepth)
	}
	m := split(kvs, d)
	l, r := ref{h: n.a(), pos: pos.child(0)}, ref{h: n.b(), pos: pos.child(1)}
	err = both(d, func() (err error) {
		if m > 0 {
			l, err = u.update(ctx, d+1, l.h, kvs[:m])
		}
		return
	}, func() (err error) {
		if m < len(kvs) {
			r, err = u.update(ctx, d+1, r.h, kvs[m:])
		}
		return
	})
	if err != nil {
		return ref{}, err
	}
	return u.combine(l, r)
}

// place walks the new structure from the root and records every new node
// at its position, and every stored leaf that moved up (a sibling was
// deleted) at its new position, its old one consumed.
func (u *pupdater) place(r ref, d int, pos pathKey, out map[pathKey]rec) {
	if r.p == nil {
		if r.h != (Hash{}) && r.known && r.leaf && r.pos.depth() != d {
			u.consumed[r.pos] = true
			out[pathOf(r.key, d)] = mkRec(kindLeaf, r.key, r.val)
		}
		return
	}
	if r.p.leaf {
		out[pathOf(r.p.key, d)] = mkRec(kindLeaf, r.p.key, r.p.val)
		return
	}
	out[pos] = mkRec(kindInternal, r.p.l.hashOf(), r.p.r.hashOf())
	u.place(r.p.l, d+1, pos.child(0), out)
	u.place(r.p.r, d+1, pos.child(1), out)
}
