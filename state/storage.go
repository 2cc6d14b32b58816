package state

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/state/smt"
)

// The storage of the state tree (docs/state.md, "Storage"): the tree's
// nodes by position (smt.PathTree under 'p'), overwritten in place. Each
// Commit writes the block's values, undo log and root in one pebble batch
// (durable per block, as before); the tree's new nodes go into its live
// layer in memory, and every few blocks the layer is written to pebble in
// the background, tagged with the block it brings the tree to. So at any
// moment the tree on disk is that of some committed block T ≤ head, and
// the undo logs of blocks T+1 … head name every key changed since: Open
// brings the tree up to the head by updating it with those keys' values
// (a crash loses no committed block), and checks the root against the one
// recorded for the head.
//
// Undo logs (and roots) are kept only while needed: for blocks above the
// seal block of the last batch final on L1 (Prune: a guardian can reject
// only batches that are not final, so no rollback goes below it) and
// above the tree's tag on disk (recovery reads them).

// layoutPath is the value of keyLayout for this storage layout.
const layoutPath = "path-v1"

// ErrOldLayout is returned by Open for a database of the content-addressed
// layout that cannot be migrated (its tree does not match its values).
var ErrOldLayout = errors.New("state database has the old content-addressed tree layout")

const (
	// flushBlocks and flushNodes: the live tree layer is flushed once it
	// holds this many blocks or positions (~130 bytes each in memory, and
	// as much again while the previous layer is written). At 1M accounts a
	// 1,000-tx block writes ~40k positions, so ~13 blocks a flush.
	defaultFlushBlocks = 64
	defaultFlushNodes  = 1 << 19
	keyFinalSeal       = "finalseal" // the highest seal block of a final batch (Prune)
)

// storeState is the State's bookkeeping of tree flushes and pruning.
type storeState struct {
	flushBlocks uint64
	flushNodes  int
	flushedAt   uint64 // the block of the last flush started
	pruned      uint64 // undo logs of blocks ≤ this are deleted (0: none)
	finalSeal   uint64 // the seal block of the last batch final on L1
}

func defaultStoreState() storeState {
	return storeState{flushBlocks: defaultFlushBlocks, flushNodes: defaultFlushNodes}
}

// getU64 reads an 8-byte record; ok false when absent.
func getU64(db *pebble.DB, k []byte) (uint64, bool, error) {
	v, closer, err := db.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	defer closer.Close()
	if len(v) != 8 {
		return 0, false, fmt.Errorf("corrupt record %q (%d bytes)", k, len(v))
	}
	return binary.BigEndian.Uint64(v), true, nil
}

// openStorage opens the tree of an initialised database at s.head: it
// migrates the old layout, and brings a tree left behind by a crash up to
// the head.
func (s *State) openStorage(ctx context.Context) error {
	layout, closer, err := s.db.Get([]byte(keyLayout))
	switch {
	case errors.Is(err, pebble.ErrNotFound):
		return s.migrate(ctx)
	case err != nil:
		return fmt.Errorf("read layout: %w", err)
	}
	l := string(layout)
	closer.Close()
	if l != layoutPath {
		return fmt.Errorf("state database layout %q, this version reads %q", l, layoutPath)
	}
	if s.store.pruned, _, err = getU64(s.db, []byte(keyPruned)); err != nil {
		return err
	}
	if s.store.finalSeal, _, err = getU64(s.db, []byte(keyFinalSeal)); err != nil {
		return err
	}
	tree, tag, err := smt.OpenPathTree(s.db, []byte{pfxPath})
	from := uint64(0) // the first block to replay
	switch {
	case errors.Is(err, smt.ErrNoPathTree):
		// A crash before the first flush: the tree is empty, every undo
		// log is there.
		if s.store.pruned > 0 {
			return errors.New("state tree missing but undo logs pruned")
		}
		tree = smt.NewPathTree(s.db, []byte{pfxPath})
	case err != nil:
		return err
	default:
		if tag > s.head {
			return fmt.Errorf("state tree at block %d, above the head %d", tag, s.head)
		}
		want, err := s.RootAt(tag)
		if err != nil {
			return err
		}
		if want != tree.Root() {
			return fmt.Errorf("state tree at block %d has root %x, the block's root is %x", tag, tree.Root(), want)
		}
		from = tag + 1
	}
	s.tree = tree
	s.store.flushedAt = from - min(from, 1)
	if from > s.head {
		return nil
	}
	if from <= s.store.pruned {
		return fmt.Errorf("state tree at block %d but the undo logs up to block %d are pruned", from-1, s.store.pruned)
	}
	start := time.Now()
	seen := map[Key]bool{}
	for n := from; n <= s.head; n++ {
		if err := s.undoLog(n, func(k Key, _ bool, _ []byte) { seen[k] = true }); err != nil {
			return err
		}
	}
	// Many keys to catch up: read the stored tree with one range scan
	// first rather than one node at a time on each key's path.
	if len(seen) > 4096 {
		if err := tree.Warm(ctx); err != nil {
			return err
		}
	}
	keys := keysOf(seen)
	slices.SortFunc(keys, func(a, b Key) int { return bytes.Compare(a[:], b[:]) }) // values read in key order
	if err := s.catchUpTree(ctx, keys, s.headRoot); err != nil {
		return err
	}
	// Write the caught-up tree in the background, so the next start does
	// not replay the same blocks.
	if err := tree.Flush(s.head); err != nil {
		return err
	}
	s.store.flushedAt = s.head
	s.log.Info("state tree brought up to the head", "from_block", from-min(from, 1), "head", s.head, "keys", len(seen), "took", time.Since(start))
	return nil
}

func keysOf[V any](m map[Key]V) []Key {
	out := make([]Key, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// undoLog calls fn for each entry of block n's undo log.
func (s *State) undoLog(n uint64, fn func(k Key, had bool, old []byte)) error {
	v, closer, err := s.db.Get(dbKey(pfxUndo, u64b(n)))
	if err != nil {
		return wrapf(CodeState, err, "read undo log of block %d", n)
	}
	defer closer.Close()
	undo := v
	for len(undo) > 0 {
		if len(undo) < 33 {
			return errf(CodeState, "corrupt undo log of block %d", n)
		}
		k, had := Key(undo[:32]), undo[32] == 1
		undo = undo[33:]
		var old []byte
		if had {
			if len(undo) < 4 || len(undo) < 4+int(binary.BigEndian.Uint32(undo)) {
				return errf(CodeState, "corrupt undo log of block %d", n)
			}
			l := int(binary.BigEndian.Uint32(undo))
			old, undo = undo[4:4+l], undo[4+l:]
		}
		fn(k, had, old)
	}
	return nil
}

// treeUpdate prepares the tree update that sets each key to vals[k] (nil:
// absent).
func (s *State) treeUpdate(ctx context.Context, vals map[Key][]byte) (*smt.Diff, error) {
	var present []Key
	kvs := make([]smt.KV, 0, len(vals))
	for k, v := range vals {
		if v == nil {
			kvs = append(kvs, smt.KV{Key: k, Delete: true})
		} else {
			present = append(present, k)
		}
	}
	lv, err := leafValues(present, vals)
	if err != nil {
		return nil, wrapf(CodeState, err, "hash state values")
	}
	for i, k := range present {
		kvs = append(kvs, smt.KV{Key: k, Val: lv[i]})
	}
	d, err := s.tree.Prepare(ctx, kvs)
	if err != nil {
		return nil, wrapf(CodeState, err, "update state tree")
	}
	return d, nil
}

// catchUpTree updates the tree with the committed values of keys (read
// from the database) and checks that it reaches want.
func (s *State) catchUpTree(ctx context.Context, keys []Key, want common.Hash) error {
	vals := make(map[Key][]byte, len(keys))
	for _, k := range keys {
		v, _, err := s.committed(k)
		if err != nil {
			return err
		}
		vals[k] = v
	}
	d, err := s.treeUpdate(ctx, vals)
	if err != nil {
		return err
	}
	if common.Hash(d.Root) != want {
		return errf(CodeState, "state tree brought up to date has root %x, want %x", d.Root, want)
	}
	if err := s.tree.Apply(d); err != nil {
		return wrapf(CodeState, err, "apply state tree update")
	}
	return nil
}

// rollbackTree moves the tree to block target (root want) by setting the
// restored values, and flushes it tagged target.
func (s *State) rollbackTree(ctx context.Context, target uint64, want common.Hash, restored map[Key][]byte) error {
	d, err := s.treeUpdate(ctx, restored)
	if err != nil {
		return err
	}
	if common.Hash(d.Root) != want {
		return errf(CodeState, "rolled-back state tree has root %x, block %d's root is %x", d.Root, target, want)
	}
	if err := s.tree.Apply(d); err != nil {
		return wrapf(CodeState, err, "apply state tree update")
	}
	if err := s.tree.Flush(target); err != nil {
		return wrapf(CodeState, err, "flush state tree")
	}
	if err := s.tree.WaitFlush(); err != nil {
		return wrapf(CodeState, err, "flush state tree")
	}
	s.store.flushedAt = target
	return nil
}

// maybeFlush starts writing the tree's live layer when it is due: once the
// blocks in it are durable (Sync), after the previous flush has landed
// (whose tag lets undo logs below it be pruned).
func (s *State) maybeFlush() error {
	st := &s.store
	if s.head < st.flushedAt+st.flushBlocks && s.tree.LiveNodes() < st.flushNodes {
		return nil
	}
	if err := s.syncWrite(); err != nil {
		return err
	}
	if err := s.tree.WaitFlush(); err != nil {
		return wrapf(CodeState, err, "flush state tree")
	}
	if err := s.pruneNow(); err != nil {
		return err
	}
	if err := s.tree.Flush(s.head); err != nil {
		return wrapf(CodeState, err, "flush state tree")
	}
	st.flushedAt = s.head
	return nil
}

// Flush writes the tree's live layer to disk and waits for it (and for
// every committed block; an open block is not touched): a node calls it at a clean stop, before closing
// the database, so the next Open has nothing to catch up. Sync alone
// leaves up to a flush interval of blocks for Open to replay from their
// undo logs (seconds at 1M accounts).
func (s *State) Flush() error {
	if err := s.Sync(); err != nil {
		return err
	}
	if s.tree.LiveNodes() == 0 && s.tree.DiskTag() == s.head {
		return nil
	}
	if err := s.tree.Flush(s.head); err != nil {
		return wrapf(CodeState, err, "flush state tree")
	}
	s.store.flushedAt = s.head
	if err := s.tree.WaitFlush(); err != nil {
		return wrapf(CodeState, err, "flush state tree")
	}
	return nil
}

// Prune records that batch finalBatch is final on L1 (its BatchFinalized
// event or message): no rollback can go below its seal block any more,
// so the undo logs (and roots) of the blocks up to it are deleted, now or
// as soon as the tree on disk has passed them (the next flushes). Calling
// it with an older batch than before does nothing.
func (s *State) Prune(finalBatch uint64) error {
	if err := s.Sync(); err != nil {
		return err
	}
	seal, err := s.SealBlock(finalBatch)
	if err != nil {
		return err
	}
	if seal <= s.store.finalSeal {
		return nil
	}
	if err := s.db.Set([]byte(keyFinalSeal), u64b(seal), pebble.Sync); err != nil {
		return wrapf(CodeState, err, "record final batch %d", finalBatch)
	}
	s.store.finalSeal = seal
	return s.pruneNow()
}

// PrunedTo is the block up to which undo data is deleted (0: none).
func (s *State) PrunedTo() uint64 { return s.store.pruned }

// pruneNow deletes the undo logs and roots that neither a rollback nor a
// recovery can need: blocks up to the last final seal block and up to the
// tree's tag on disk (block 0's root stays: it is the genesis root; the
// limit's own root stays: a rollback may go to it).
func (s *State) pruneNow() error {
	limit := min(s.store.finalSeal, s.tree.DiskTag(), s.head)
	if limit <= s.store.pruned {
		return nil
	}
	b := s.db.NewBatch()
	defer b.Close()
	ops := []error{
		b.DeleteRange(dbKey(pfxUndo, u64b(0)), dbKey(pfxUndo, u64b(limit+1)), nil),
		b.DeleteRange(dbKey(pfxRoot, u64b(1)), dbKey(pfxRoot, u64b(limit)), nil),
		b.Set([]byte(keyPruned), u64b(limit), nil),
	}
	if err := errors.Join(ops...); err != nil {
		return wrapf(CodeState, err, "prune")
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return wrapf(CodeState, err, "prune up to block %d", limit)
	}
	s.store.pruned = limit
	return nil
}

// migrate converts a database of the old layout (tree nodes stored by
// hash under 'n', never deleted) to this one: it builds the path-keyed
// tree from the committed values, checks its root against the head's,
// and deletes the old nodes. The undo logs have the same format in both.
func (s *State) migrate(ctx context.Context) error {
	start := time.Now()
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{pfxValue}, UpperBound: []byte{pfxValue + 1}})
	if err != nil {
		return err
	}
	vals := map[Key][]byte{}
	for ok := it.First(); ok; ok = it.Next() {
		k := it.Key()
		if len(k) != 33 {
			it.Close()
			return fmt.Errorf("%w: value record of %d bytes", ErrOldLayout, len(k))
		}
		vals[Key(k[1:])] = slices.Clone(it.Value())
	}
	if err := errors.Join(it.Error(), it.Close()); err != nil {
		return err
	}
	s.tree = smt.NewPathTree(s.db, []byte{pfxPath})
	d, err := s.treeUpdate(ctx, vals)
	if err != nil {
		return err
	}
	if common.Hash(d.Root) != s.headRoot {
		return fmt.Errorf("%w, and its values give root %x, not the head's %x: resync the node (delete its state directory)", ErrOldLayout, d.Root, s.headRoot)
	}
	if err := s.tree.Apply(d); err != nil {
		return err
	}
	if err := s.tree.Flush(s.head); err != nil {
		return err
	}
	if err := s.tree.WaitFlush(); err != nil {
		return err
	}
	b := s.db.NewBatch()
	defer b.Close()
	if err := errors.Join(b.DeleteRange([]byte{pfxNode}, []byte{pfxNode + 1}, nil),
		b.Set([]byte(keyLayout), []byte(layoutPath), nil)); err != nil {
		return err
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("migrate state database: %w", err)
	}
	s.store.flushedAt = s.head
	s.log.Info("state database migrated to the path-keyed tree layout", "head", s.head, "keys", len(vals), "took", time.Since(start))
	return nil
}

// ValueCacheEntries is the capacity of one generation of the State's
// cache of committed values: up to twice this many values (~130 bytes
// each with the map) stay in memory, so the hot accounts' reads skip
// pebble.
const ValueCacheEntries = 1 << 19

// valueCache keeps committed values (present keys only) of recent reads
// and writes: two generations, the older dropped when the younger fills.
// Commit puts a block's values once its write has landed, Rollback the
// restored ones; the slices are shared and never modified.
type valueCache struct {
	young, old map[Key][]byte
	capacity   int
}

func newValueCache(capacity int) valueCache {
	return valueCache{young: make(map[Key][]byte), capacity: capacity}
}

func (c *valueCache) get(k Key) ([]byte, bool) {
	if v, ok := c.young[k]; ok {
		return v, true
	}
	v, ok := c.old[k]
	return v, ok
}

func (c *valueCache) put(k Key, v []byte) {
	if len(c.young) >= c.capacity {
		c.old, c.young = c.young, make(map[Key][]byte, c.capacity)
	}
	c.young[k] = v
	if c.old != nil {
		delete(c.old, k)
	}
}

func (c *valueCache) putAll(m map[Key][]byte) {
	for k, v := range m {
		c.put(k, v)
	}
}

func (c *valueCache) drop(k Key) {
	delete(c.young, k)
	delete(c.old, k)
}
