package state

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"unsafe"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/gpuroll/gpuroll/state/smt"
	"github.com/holiman/uint256"
)

// Pebble key prefixes of the State's database (docs/state.md).
const (
	pfxValue   = 'v' // 'v' ‖ key → the committed value of a state key
	pfxNode    = 'n' // 'n' ‖ hash → a state tree node (the old layout, migrated at Open)
	pfxPath    = 'p' // 'p' ‖ depth ‖ path → a state tree node (smt.PathTree)
	pfxUndo    = 'u' // 'u' ‖ block → the values the block overwrote
	pfxRoot    = 'r' // 'r' ‖ block → the state root after the block
	pfxSlashed = 's' // 's' ‖ receipt id → slashed, kept across rollbacks
	pfxSeal    = 'b' // 'b' ‖ batch → the block that sealed the batch
	pfxHeader  = 'x' // 'x' ‖ batch → the L1 header hash of the batch
	keyHead    = "head"
	keyLayout  = "layout"    // the storage layout (layoutPath); absent in the old layout
	keyPruned  = "gc-pruned" // undo logs and roots of blocks up to this one are deleted
)

func dbKey(pfx byte, k []byte) []byte { return append([]byte{pfx}, k...) }

// State is the L2 state on a pebble database: committed blocks, plus the
// block being applied. Use: BeginBlock, then Apply / ApplyL1Message /
// Seal in order, then Commit (or Discard). A State is not safe for
// concurrent use; the sequencer serialises access.
type State struct {
	db     *pebble.DB
	tree   *smt.PathTree
	domain *Domain
	log    *slog.Logger

	head     uint64 // last committed block
	headRoot common.Hash
	inBlock  bool
	sealed   bool // the open block sealed a batch: nothing may follow

	overlay map[Key][]byte
	// origin remembers committed values read during the block (nil slice:
	// absent), so Commit's undo log need not read them again.
	origin  map[Key][]byte
	slashed map[common.Hash]bool // new persistent slashed ids in this block
	journal []jentry

	// pending is the write of the last block committed by CommitAsync
	// while it lands (nil when none): its values serve reads of committed
	// values until then.
	pending *pendingWrite

	store  storeState // the tree's flushes and pruning (storage.go)
	values valueCache // committed values in memory (storage.go)
}

// pendingWrite is a block's pebble batch being committed in the
// background. values and slashed are the block's writes (read-only once
// handed over); err is set before done is closed.
type pendingWrite struct {
	done     chan struct{}
	err      error
	number   uint64
	values   map[Key][]byte
	slashed  map[common.Hash]bool
	prevHead uint64 // the durable head and root before this block
	prevRoot common.Hash
	diff     *smt.Diff // the block's tree update, reverted if the write fails
}

type jentry struct {
	key      Key
	prev     []byte
	had      bool
	slashed  bool // a persistent-slashed insertion of key
	receipts bool
}

// Genesis is the initial state: parameters and funded accounts (a devnet
// may fund accounts at genesis; they count as deposits for conservation).
type Genesis struct {
	Params   Params
	Accounts map[common.Address]*uint256.Int
	Time     uint64
}

// DefaultParams returns the dev defaults of docs/l1-interface.md with the
// given sequencer and guardian.
func DefaultParams(sequencer, guardian common.Address) Params {
	var p Params
	for id := l1iface.ParamID(1); id <= l1iface.MaxParamID; id++ {
		p[id] = l1iface.DevDefault(id)
	}
	p[l1iface.ParamSequencer] = new(uint256.Int).SetBytes(sequencer[:])
	p[l1iface.ParamGuardian] = new(uint256.Int).SetBytes(guardian[:])
	return p
}

// Open opens the state in db. A database without state is initialised
// from genesis (block 0, which seals batch 0, the genesis batch); an
// initialised one ignores genesis and resumes at its head.
func Open(ctx context.Context, db *pebble.DB, domain *Domain, genesis *Genesis, log *slog.Logger) (*State, error) {
	if log == nil {
		log = slog.Default()
	}
	s := &State{db: db, domain: domain, log: log, store: defaultStoreState(), values: newValueCache(ValueCacheEntries)}
	v, closer, err := db.Get([]byte(keyHead))
	switch {
	case err == nil:
		s.head = binary.BigEndian.Uint64(v)
		closer.Close()
		root, err := s.RootAt(s.head)
		if err != nil {
			return nil, err
		}
		s.headRoot = root
		if err := s.openStorage(ctx); err != nil {
			return nil, fmt.Errorf("open state: %w", err)
		}
		return s, nil
	case !errors.Is(err, pebble.ErrNotFound):
		return nil, fmt.Errorf("open state: %w", err)
	}
	if genesis == nil {
		return nil, errors.New("open state: empty database and no genesis")
	}
	s.tree = smt.NewPathTree(db, []byte{pfxPath})
	if err := s.initGenesis(ctx, genesis); err != nil {
		return nil, fmt.Errorf("open state: genesis: %w", err)
	}
	return s, nil
}

func (s *State) initGenesis(ctx context.Context, g *Genesis) error {
	for i := 1; i < len(g.Params); i++ {
		if g.Params[i] == nil {
			return fmt.Errorf("parameter %d unset", i)
		}
	}
	s.begin()
	s.setGlobals(&Globals{BlockNumber: 0, BlockTime: g.Time})
	p := g.Params
	s.set(paramsKey(), p.encode())
	for addr, bal := range g.Accounts {
		s.setAccount(addr, &Account{Balance: new(uint256.Int).Set(bal)})
	}
	if _, err := s.Seal(); err != nil {
		return err
	}
	// The layout first: a crash before the head is written leaves an
	// uninitialised database, which Open initialises again.
	if err := s.db.Set([]byte(keyLayout), []byte(layoutPath), pebble.Sync); err != nil {
		return err
	}
	if _, err := s.commit(ctx, 0, nil, false); err != nil {
		return err
	}
	if err := s.tree.Flush(0); err != nil {
		return err
	}
	return s.tree.WaitFlush()
}

// Domain is the EIP-712 domain the state verifies txs under.
func (s *State) Domain() *Domain { return s.domain }

// Head returns the last committed block number and its state root. After
// CommitAsync that block may not be durable yet (see Sync).
func (s *State) Head() (uint64, common.Hash) { return s.head, s.headRoot }

// Sync waits until every committed block is durable: the write of the
// last CommitAsync, if any, has landed. If that write failed, the block
// is lost: the state is back at the previous block (Head says which) and
// Sync returns the error. Every method that reads or writes more than
// state values (Rollback, SealBlock, SetBatchHeader, Prove, Warm, the
// next Commit's own write) syncs first.
func (s *State) Sync() error {
	if err := s.syncWrite(); err != nil {
		return err
	}
	// The tree's flush in flight, if any, lands too (a database must not
	// be closed under it).
	if s.tree == nil { // opening
		return nil
	}
	if err := s.tree.WaitFlush(); err != nil {
		return wrapf(CodeState, err, "flush state tree")
	}
	return nil
}

// syncWrite is Sync without waiting for the tree's flush: the commit path
// waits only for the previous block's write.
func (s *State) syncWrite() error {
	p := s.pending
	if p == nil {
		return nil
	}
	<-p.done
	s.pending = nil
	if p.err == nil {
		s.values.putAll(p.values)
	}
	if p.err != nil {
		if s.inBlock {
			s.Discard() // it was built on the lost block
		}
		s.head, s.headRoot = p.prevHead, p.prevRoot
		if err := s.tree.Revert(p.diff); err != nil {
			return wrapf(CodeState, errors.Join(p.err, err), "commit block %d", p.number)
		}
		return wrapf(CodeState, p.err, "commit block %d", p.number)
	}
	return nil
}

func (s *State) begin() {
	s.inBlock, s.sealed = true, false
	s.overlay = make(map[Key][]byte)
	s.origin = make(map[Key][]byte)
	s.slashed = make(map[common.Hash]bool)
	s.journal = s.journal[:0]
}

// BeginBlock starts block number (head+1) at timestamp (not before the
// previous block's).
func (s *State) BeginBlock(number, timestamp uint64) error {
	if s.inBlock {
		return errf(CodeBadBatch, "block %d begun while another block is open", number)
	}
	if number != s.head+1 {
		return errf(CodeBadBatch, "block number %d, want %d", number, s.head+1)
	}
	s.begin()
	g, err := s.globals()
	if err != nil {
		s.inBlock = false
		return err
	}
	if timestamp < g.BlockTime {
		s.inBlock = false
		return errf(CodeBadBatch, "block %d timestamp %d before the previous block's %d", number, timestamp, g.BlockTime)
	}
	g.BlockNumber, g.BlockTime = number, timestamp
	s.setGlobals(g)
	return nil
}

// Discard drops the open block.
func (s *State) Discard() {
	s.inBlock = false
	s.overlay, s.origin, s.slashed, s.journal = nil, nil, nil, s.journal[:0]
}

// get reads a key: the open block's writes first, then the committed value.
func (s *State) get(k Key) ([]byte, bool, error) {
	if v, ok := s.overlay[k]; ok {
		return v, true, nil
	}
	if v, ok := s.origin[k]; ok {
		return v, v != nil, nil
	}
	v, had, err := s.committed(k)
	if err == nil && s.origin != nil {
		s.origin[k] = v // nil when absent: committed returns nil then
	}
	return v, had, err
}

func (s *State) committed(k Key) ([]byte, bool, error) {
	if p := s.pending; p != nil {
		if v, ok := p.values[k]; ok {
			return v, true, nil
		}
	}
	if v, ok := s.values.get(k); ok {
		return v, true, nil
	}
	v, closer, err := s.db.Get(dbKey(pfxValue, k[:]))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, wrapf(CodeState, err, "read state")
	}
	out := append([]byte(nil), v...)
	closer.Close()
	s.values.put(k, out)
	return out, true, nil
}

func (s *State) set(k Key, v []byte) {
	prev, had := s.overlay[k]
	s.journal = append(s.journal, jentry{key: k, prev: prev, had: had})
	s.overlay[k] = v
}

func (s *State) snapshot() int { return len(s.journal) }

func (s *State) revert(snap int) {
	for i := len(s.journal) - 1; i >= snap; i-- {
		e := s.journal[i]
		switch {
		case e.slashed:
			delete(s.slashed, common.Hash(e.key))
		case e.had:
			s.overlay[e.key] = e.prev
		default:
			delete(s.overlay, e.key)
		}
	}
	s.journal = s.journal[:snap]
}

func (s *State) markPersistentSlashed(id common.Hash) {
	if s.slashed[id] {
		return
	}
	s.slashed[id] = true
	s.journal = append(s.journal, jentry{key: id, slashed: true})
}

// SlashedInState reports whether a ReceiptSlashed verdict for id has been
// consumed on the current chain (state key 9). This is what the STF
// checks: it is a function of the state, so every node that derives the
// same L1 data agrees on it.
func (s *State) SlashedInState(id common.Hash) (bool, error) {
	_, ok, err := s.get(slashedKey(id))
	return ok, err
}

// EverSlashed reports whether this node has seen id slashed on any chain,
// including in batches that were rolled back since. It is node-local
// history, so it is an admission rule of the sequencer (refuse to include
// PostReceipt of such an id while the verdict waits to be consumed again),
// never a rule of the STF: a node that derived only the surviving chain
// would not know it.
func (s *State) EverSlashed(id common.Hash) (bool, error) {
	if s.slashed[id] || (s.pending != nil && s.pending.slashed[id]) {
		return true, nil
	}
	_, closer, err := s.db.Get(dbKey(pfxSlashed, id[:]))
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, wrapf(CodeState, err, "read slashed set")
	}
	closer.Close()
	return true, nil
}

// leafValue is the tree value of a state value: VC(bytes) of
// docs/hashing.md, the bytes read as int8.
func leafValue(v []byte) (smt.Hash, error) {
	if len(v) == 0 {
		return smt.Hash{}, errors.New("empty state value")
	}
	e, err := job.VC(unsafe.Slice((*int8)(unsafe.Pointer(&v[0])), len(v)))
	if err != nil {
		return smt.Hash{}, err
	}
	return e.Bytes(), nil
}

// leafValues is leafValue of every key's value, batched: job's
// VCPackedBatch hashes many vectors at once on every core (with the
// eight-lane AVX-512 IFMA Poseidon2 where the CPU has it).
func leafValues(keys []Key, vals map[Key][]byte) ([]smt.Hash, error) {
	elems := make([][]job.Element, len(keys))
	ns := make([]uint32, len(keys))
	for i, k := range keys {
		v := vals[k]
		if len(v) == 0 || len(v) > job.MaxWidth {
			return nil, fmt.Errorf("state value of %d bytes", len(v))
		}
		elems[i] = job.Pack8(unsafe.Slice((*int8)(unsafe.Pointer(&v[0])), len(v)))
		ns[i] = uint32(len(v))
	}
	es, err := job.VCPackedBatch(elems, ns)
	if err != nil {
		return nil, err
	}
	out := make([]smt.Hash, len(es))
	for i := range es {
		out[i] = es[i].Bytes()
	}
	return out, nil
}

// oldLeafHashes returns the current tree leaf hash of every key in olds
// (key → committed value).
func oldLeafHashes(olds map[Key][]byte) (map[Key]smt.Hash, error) {
	keys := make([]Key, 0, len(olds))
	for k := range olds {
		keys = append(keys, k)
	}
	vals, err := leafValues(keys, olds)
	if err != nil {
		return nil, err
	}
	hs, err := smt.LeafHashes(keys, vals)
	if err != nil {
		return nil, err
	}
	out := make(map[Key]smt.Hash, len(keys))
	for i, k := range keys {
		out[k] = hs[i]
	}
	return out, nil
}

// Commit ends the open block: it writes the block's values, its undo log
// and the new tree nodes in one pebble batch, and returns the state root
// once the block is durable.
func (s *State) Commit(ctx context.Context) (common.Hash, error) {
	if !s.inBlock {
		return common.Hash{}, errf(CodeBadBatch, "commit without an open block")
	}
	return s.commit(ctx, s.head+1, nil, false)
}

// CommitAsync is Commit without waiting for the pebble write: it returns
// the state root as soon as the block's batch is built and the write has
// started in the background, so the caller can verify and apply the next
// block while it lands. Until then the block's values are served from
// memory; at most one write is in flight (the next commit waits for it
// before starting its own). The block is durable only after Sync (or any
// method that syncs): a crash before that leaves the previous block, and
// a failed write surfaces as the error of the next Sync, commit or other
// syncing method, with the state back at the previous block.
func (s *State) CommitAsync(ctx context.Context) (common.Hash, error) {
	if !s.inBlock {
		return common.Hash{}, errf(CodeBadBatch, "commit without an open block")
	}
	return s.commit(ctx, s.head+1, nil, true)
}

// commit writes the open block as block number. With expect set, a root
// other than *expect writes nothing (the block is dropped). With async,
// the pebble write runs in the background (CommitAsync).
func (s *State) commit(ctx context.Context, number uint64, expect *common.Hash, async bool) (common.Hash, error) {
	defer s.Discard()
	// The tree's live layer goes to disk in the background every few
	// blocks, once the blocks in it are durable (storage.go).
	if err := s.maybeFlush(); err != nil {
		return common.Hash{}, err
	}
	keys := make([]Key, 0, len(s.overlay))
	for k := range s.overlay {
		keys = append(keys, k)
	}
	// In key order, for pebble's memtable inserts (see smt.Tree.Update).
	slices.SortFunc(keys, func(a, b Key) int { return bytes.Compare(a[:], b[:]) })
	vals, err := leafValues(keys, s.overlay)
	if err != nil {
		return common.Hash{}, wrapf(CodeState, err, "hash state values")
	}
	b := s.db.NewBatch()
	handedOver := false
	defer func() {
		if !handedOver {
			b.Close()
		}
	}()
	var undo []byte
	// Keys that exist get their current leaf hash as a hint, so the tree
	// update replaces their leaves without reading them.
	olds := make(map[Key][]byte, len(keys))
	for _, k := range keys {
		old, had := s.origin[k]
		if had {
			had = old != nil
		} else {
			var err error
			if old, had, err = s.committed(k); err != nil {
				return common.Hash{}, err
			}
		}
		undo = append(undo, k[:]...)
		if had {
			olds[k] = old
			undo = append(undo, 1)
			undo = binary.BigEndian.AppendUint32(undo, uint32(len(old)))
			undo = append(undo, old...)
		} else {
			undo = append(undo, 0)
		}
		if err := b.Set(dbKey(pfxValue, k[:]), s.overlay[k], nil); err != nil {
			return common.Hash{}, wrapf(CodeState, err, "write state")
		}
	}
	hints, err := oldLeafHashes(olds)
	if err != nil {
		return common.Hash{}, wrapf(CodeState, err, "hash old state values")
	}
	kvs := make([]smt.KV, len(keys))
	for i, k := range keys {
		kvs[i] = smt.KV{Key: k, Val: vals[i], OldLeaf: hints[k]}
	}
	for id := range s.slashed {
		if err := b.Set(dbKey(pfxSlashed, id[:]), []byte{1}, nil); err != nil {
			return common.Hash{}, wrapf(CodeState, err, "write slashed set")
		}
	}
	diff, err := s.tree.Prepare(ctx, kvs)
	if err != nil {
		// Prepare changes nothing.
		return common.Hash{}, wrapf(CodeState, err, "update state tree")
	}
	root := common.Hash(diff.Root)
	if expect != nil && root != *expect {
		return common.Hash{}, errf(CodeBadBatch, "block %d state root %s, the block says %s", number, common.Hash(root), *expect)
	}
	nb := u64b(number)
	sets := []struct{ k, v []byte }{
		{dbKey(pfxUndo, nb), undo},
		{dbKey(pfxRoot, nb), root[:]},
		{[]byte(keyHead), nb},
	}
	if seal, ok := s.sealedIn(); ok {
		sets = append(sets, struct{ k, v []byte }{dbKey(pfxSeal, u64b(seal)), nb})
	}
	for _, kv := range sets {
		if err := b.Set(kv.k, kv.v, nil); err != nil {
			return common.Hash{}, wrapf(CodeState, err, "write block record")
		}
	}
	// The previous block's write must land first: pebble applies batches
	// in commit order, and a failed previous write invalidates this block
	// (it was built on the previous block's values).
	if err := s.syncWrite(); err != nil {
		return common.Hash{}, err
	}
	if err := s.tree.Apply(diff); err != nil {
		return common.Hash{}, wrapf(CodeState, err, "apply state tree update")
	}
	if !async {
		if err := b.Commit(pebble.Sync); err != nil {
			if rerr := s.tree.Revert(diff); rerr != nil {
				err = errors.Join(err, rerr)
			}
			return common.Hash{}, wrapf(CodeState, err, "commit block %d", number)
		}
		s.values.putAll(s.overlay)
		s.head, s.headRoot = number, root
		return root, nil
	}
	p := &pendingWrite{done: make(chan struct{}), number: number, values: s.overlay,
		slashed: s.slashed, prevHead: s.head, prevRoot: s.headRoot, diff: diff}
	handedOver = true
	go func() {
		p.err = b.Commit(pebble.Sync)
		b.Close()
		close(p.done)
	}()
	s.pending = p
	s.head, s.headRoot = number, root
	return root, nil
}

// sealedIn returns the batch sealed in the open block, if any: the open
// batch index moved during the block.
func (s *State) sealedIn() (uint64, bool) {
	v, ok := s.overlay[globalsKey()]
	if !ok {
		return 0, false
	}
	g, err := decodeGlobals(v)
	if err != nil {
		return 0, false
	}
	old, had, err := s.committed(globalsKey())
	if err != nil {
		return 0, false
	}
	if !had {
		return g.BatchIndex - 1, g.BatchIndex > 0
	}
	og, err := decodeGlobals(old)
	if err != nil || og.BatchIndex == g.BatchIndex {
		return 0, false
	}
	return og.BatchIndex, true
}

// RootAt returns the state root after a committed block.
func (s *State) RootAt(block uint64) (common.Hash, error) {
	if err := s.Sync(); err != nil {
		return common.Hash{}, err
	}
	v, closer, err := s.db.Get(dbKey(pfxRoot, u64b(block)))
	if err != nil {
		return common.Hash{}, wrapf(CodeState, err, "read root of block %d", block)
	}
	defer closer.Close()
	return common.BytesToHash(v), nil
}

// SealBlock returns the block that sealed batch b.
func (s *State) SealBlock(b uint64) (uint64, error) {
	if err := s.Sync(); err != nil {
		return 0, err
	}
	v, closer, err := s.db.Get(dbKey(pfxSeal, u64b(b)))
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, errf(CodeBadBatch, "batch %d is not sealed", b)
	}
	if err != nil {
		return 0, wrapf(CodeState, err, "read seal of batch %d", b)
	}
	defer closer.Close()
	return binary.BigEndian.Uint64(v), nil
}

// Rollback returns the state to the end of batch b (the block that sealed
// it), undoing every later block. The slashed-id set is kept: a receipt
// slashed in a rolled-back batch stays unpostable.
func (s *State) Rollback(ctx context.Context, b uint64) error {
	if s.inBlock {
		s.Discard()
	}
	if err := s.Sync(); err != nil {
		return err
	}
	target, err := s.SealBlock(b)
	if err != nil {
		return err
	}
	if target < s.store.pruned {
		return errf(CodeBadBatch, "batch %d is final: the undo data of block %d is pruned (up to block %d)", b, target+1, s.store.pruned)
	}
	root, err := s.RootAt(target)
	if err != nil {
		return err
	}
	batch := s.db.NewBatch()
	defer batch.Close()
	// restored is each undone key's value at the end of target (nil:
	// absent), for the tree.
	restored := map[Key][]byte{}
	// Undo newest first, so the oldest block's "before" values win.
	for n := s.head; n > target; n-- {
		if err := ctx.Err(); err != nil {
			return err
		}
		nb := u64b(n)
		v, closer, err := s.db.Get(dbKey(pfxUndo, nb))
		if err != nil {
			return wrapf(CodeState, err, "read undo log of block %d", n)
		}
		undo := append([]byte(nil), v...)
		closer.Close()
		for len(undo) > 0 {
			if len(undo) < 33 {
				return errf(CodeState, "corrupt undo log of block %d", n)
			}
			k := undo[:32]
			had := undo[32] == 1
			undo = undo[33:]
			if had {
				if len(undo) < 4 {
					return errf(CodeState, "corrupt undo log of block %d", n)
				}
				l := int(binary.BigEndian.Uint32(undo))
				if len(undo) < 4+l {
					return errf(CodeState, "corrupt undo log of block %d", n)
				}
				err = batch.Set(dbKey(pfxValue, k), undo[4:4+l], nil)
				restored[Key(k)] = undo[4 : 4+l]
				undo = undo[4+l:]
			} else {
				err = batch.Delete(dbKey(pfxValue, k), nil)
				restored[Key(k)] = nil
			}
			if err != nil {
				return wrapf(CodeState, err, "undo block %d", n)
			}
		}
		for _, pfx := range []byte{pfxUndo, pfxRoot} {
			if err := batch.Delete(dbKey(pfx, nb), nil); err != nil {
				return wrapf(CodeState, err, "undo block %d", n)
			}
		}
	}
	// Forget the seals (and header hashes) of the batches after b.
	for x := b + 1; ; x++ {
		_, closer, err := s.db.Get(dbKey(pfxSeal, u64b(x)))
		if errors.Is(err, pebble.ErrNotFound) {
			break
		}
		if err != nil {
			return wrapf(CodeState, err, "read seal of batch %d", x)
		}
		closer.Close()
		if err := batch.Delete(dbKey(pfxSeal, u64b(x)), nil); err != nil {
			return wrapf(CodeState, err, "rollback")
		}
		if err := batch.Delete(dbKey(pfxHeader, u64b(x)), nil); err != nil {
			return wrapf(CodeState, err, "rollback")
		}
	}
	if err := batch.Set([]byte(keyHead), u64b(target), nil); err != nil {
		return wrapf(CodeState, err, "rollback")
	}
	// The tree goes back by updating it with the restored values, and is
	// flushed (tagged target) before the values' batch: a crash between
	// the two leaves the tree behind the head, which Open catches up
	// from the undo logs still there (storage.go).
	if err := s.rollbackTree(ctx, target, root, restored); err != nil {
		return err
	}
	if err := batch.Commit(pebble.Sync); err != nil {
		if rerr := s.catchUpTree(ctx, keysOf(restored), s.headRoot); rerr != nil {
			err = errors.Join(err, rerr)
		}
		return wrapf(CodeState, err, "commit rollback")
	}
	for k, v := range restored {
		if v == nil {
			s.values.drop(k)
		} else {
			s.values.put(k, v)
		}
	}
	s.log.Info("state rolled back", "batch", b, "from_block", s.head, "to_block", target)
	s.head, s.headRoot = target, root
	return nil
}

// SetBatchHeader records the L1 header hash of sealed batch b (from the
// batch poster or, in derivation, from L1). BatchFinalized checks it.
func (s *State) SetBatchHeader(b uint64, h common.Hash) error {
	if _, err := s.SealBlock(b); err != nil {
		return err
	}
	if err := s.db.Set(dbKey(pfxHeader, u64b(b)), h[:], pebble.Sync); err != nil {
		return wrapf(CodeState, err, "record header of batch %d", b)
	}
	return nil
}

func (s *State) batchHeader(b uint64) (common.Hash, bool, error) {
	if err := s.Sync(); err != nil {
		return common.Hash{}, false, err
	}
	v, closer, err := s.db.Get(dbKey(pfxHeader, u64b(b)))
	if errors.Is(err, pebble.ErrNotFound) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, wrapf(CodeState, err, "read header of batch %d", b)
	}
	defer closer.Close()
	return common.BytesToHash(v), true, nil
}

// Warm loads the upper state tree into memory (see smt.PathTree.Warm);
// call it once after Open on a large state.
func (s *State) Warm(ctx context.Context) error {
	if err := s.Sync(); err != nil {
		return err
	}
	if err := s.tree.Warm(ctx); err != nil {
		return wrapf(CodeState, err, "warm state tree")
	}
	return nil
}

// Prove returns the state tree proof of a key at the committed head.
func (s *State) Prove(k Key) (*smt.Proof, error) {
	if err := s.Sync(); err != nil {
		return nil, err
	}
	return s.tree.Prove(k)
}

// GenesisRoot is the state root of block 0 for genesis g: the
// postStateRoot of batch 0 that the Rollup is deployed with. It builds the
// genesis state in memory and discards it.
func GenesisRoot(ctx context.Context, g *Genesis) (common.Hash, error) {
	db, err := OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		return common.Hash{}, fmt.Errorf("genesis root: %w", err)
	}
	defer db.Close()
	s, err := Open(ctx, db, nil, g, slog.New(slog.DiscardHandler))
	if err != nil {
		return common.Hash{}, fmt.Errorf("genesis root: %w", err)
	}
	_, root := s.Head()
	return root, nil
}

// ParamsFromValues converts the 12 parameters in id order (as Rollup's
// constructor and l1.Params.Array give them) into L2 Params.
func ParamsFromValues(vals [l1iface.MaxParamID]*big.Int) (Params, error) {
	var p Params
	for i, v := range vals {
		if v == nil || v.Sign() < 0 {
			return p, fmt.Errorf("parameter %d is missing or negative", i+1)
		}
		u, overflow := uint256.FromBig(v)
		if overflow {
			return p, fmt.Errorf("parameter %d does not fit 256 bits", i+1)
		}
		p[i+1] = u
	}
	return p, nil
}
