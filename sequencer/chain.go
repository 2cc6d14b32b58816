package sequencer

import (
	"context"
	"encoding/binary"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// chain owns the L2 state and the sequencer's records of the blocks and
// batches it built. Every use of the state goes through mu (a State is
// not safe for concurrent use); readers use the current View instead.
type chain struct {
	mu  sync.Mutex
	st  *state.State
	db  *db
	log *slog.Logger

	view atomic.Pointer[state.View]

	// The open batch: its first block, when it opened, and the compressed
	// size of its blocks so far.
	batchStart  uint64
	batchOpened time.Time
	openComp    int
	openRaw     int
	// ratio is raw/compressed of the last sealed batch (≥ 1): how many raw
	// tx bytes a block may take per byte of room left in the body.
	ratio float64
	// parent is the hash of the head block; last the header of the last
	// sealed batch (the parent of the next).
	parent common.Hash
	last   l1iface.BatchHeader
	// prunedFinal is the last final batch whose history the state was
	// told it may prune (state.Prune).
	prunedFinal uint64
}

// bodyBudget is how much of a batch body (compressed) the builder fills
// before it seals: a margin under state.MaxBatchBodyBytes.
const bodyBudget = state.MaxBatchBodyBytes * 9 / 10

// minBlockRoom: when less than this (compressed) is left in the open
// batch, the next block seals it.
const minBlockRoom = 8 << 10

// openChain recovers the chain's bookkeeping from the state and the
// records: blocks recorded but never committed (a crash between the two
// writes) are forgotten, a committed head's missing root is filled in.
func openChain(st *state.State, d *db, genesis l1iface.BatchHeader, log *slog.Logger) (*chain, error) {
	c := &chain{st: st, db: d, log: log, ratio: 1}
	head, _ := st.Head()
	// Records above the head were written before a commit that never
	// happened: their txs are still in the mempool's journal.
	var stale [][]byte
	if err := d.scan(key(pfxBlock, u64(head+1)), func(k, _ []byte) error {
		stale = append(stale, append([]byte(nil), k...))
		return nil
	}); err != nil {
		return nil, err
	}
	if len(stale) > 0 {
		b := d.p.NewBatch()
		for _, k := range stale {
			if err := b.Delete(k, nil); err != nil {
				return nil, err
			}
		}
		if err := b.Commit(pebble.Sync); err != nil {
			return nil, fmt.Errorf("drop uncommitted block records: %w", err)
		}
		log.Warn("dropped block records that were never committed (crash before the state commit)", "blocks", len(stale), "head", head)
	}
	if head > 0 {
		rec, ok, err := d.block(head)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("state head %d has no block record: the sequencer database does not belong to this state", head)
		}
		root, err := st.RootAt(head)
		if err != nil {
			return nil, err
		}
		if rec.Block.StateRoot != root {
			rec.Block.StateRoot = root
			if err := d.p.Set(key(pfxBlock, u64(head)), rec.encode(), pebble.Sync); err != nil {
				return nil, err
			}
		}
		c.parent = rec.Block.Hash()
	}
	g, err := st.Globals()
	if err != nil {
		return nil, err
	}
	c.last = genesis
	seal, err := st.SealBlock(g.BatchIndex - 1)
	if err != nil {
		return nil, err
	}
	if g.BatchIndex > 1 {
		r, ok, err := d.batch(g.BatchIndex - 1)
		if err != nil {
			return nil, err
		}
		if !ok {
			// A crash between the state commit of the sealing block and
			// the batch record: rebuild the record from the state.
			if r, err = c.recoverSeal(g.BatchIndex-1, seal); err != nil {
				return nil, fmt.Errorf("recover the record of sealed batch %d: %w", g.BatchIndex-1, err)
			}
			log.Warn("rebuilt the record of a batch sealed just before a crash", "batch", r.Index, "headerHash", r.HeaderHash)
		}
		// The state's copy of the header hash may be the write the crash
		// cut off: set it again (idempotent).
		if err := st.SetBatchHeader(r.Index, r.HeaderHash); err != nil {
			return nil, err
		}
		c.last = r.Header
	}
	c.batchStart = seal + 1
	c.batchOpened = time.Now()
	if err := c.measureOpen(); err != nil {
		return nil, err
	}
	return c, c.refreshView()
}

// refreshView publishes a view of the head block (mu held or at start).
func (c *chain) refreshView() error {
	v, err := c.st.View()
	if err != nil {
		return err
	}
	if old := c.view.Swap(v); old != nil {
		old.Release()
	}
	return nil
}

// acquire returns the current view with a reference the caller releases.
func (c *chain) acquire() *state.View {
	for {
		v := c.view.Load()
		if v.Retain() {
			return v
		}
	}
}

// openBlocks returns the records of the open batch's blocks.
func (c *chain) blocks(from, to uint64) ([]*state.Block, error) {
	var out []*state.Block
	for n := from; n <= to; n++ {
		r, ok, err := c.db.block(n)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("block %d has no record", n)
		}
		out = append(out, r.Block)
	}
	return out, nil
}

// measureOpen computes the compressed size of the open batch's blocks.
func (c *chain) measureOpen() error {
	head, _ := c.st.Head()
	if head < c.batchStart {
		c.openComp, c.openRaw = 0, 0
		return nil
	}
	bs, err := c.blocks(c.batchStart, head)
	if err != nil {
		return err
	}
	raw := (&state.Batch{Blocks: bs}).EncodeRaw()
	c.openRaw = len(raw)
	c.openComp, err = estimateBody(raw)
	return err
}

// estimateBody is a fast upper estimate of a batch body's size: brotli at
// a fast quality. The body is compressed at the best quality when the
// batch seals (smaller, but ~30× slower: too slow for every block); the
// 10% margin under MaxBatchBodyBytes (bodyBudget) absorbs the difference
// in the other direction, and the seal checks the real size.
func estimateBody(raw []byte) (int, error) {
	var buf countWriter
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: 5, LGWin: 22})
	if _, err := w.Write(raw); err != nil {
		return 0, fmt.Errorf("estimate body: %w", err)
	}
	if err := w.Close(); err != nil {
		return 0, fmt.Errorf("estimate body: %w", err)
	}
	return int(buf) + 1, nil // + the compressor id byte
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

// buildInput is what one block is made of.
type buildInput struct {
	time     uint64
	msgsSeen uint64 // L1 messages known (confirmed): consume all of them
	maxMsgs  int
	txs      []*state.Verified
	seal     bool // seal the batch in this block whatever the size
}

// built is the outcome of one block.
type built struct {
	rec      *blockRecord
	included []includedTx
	dropped  []droppedTx
	sealed   *batchRecord // the batch this block sealed, if it did
	sealData *state.Sealed
	nonces   map[common.Address]uint64
	// txRoom: raw tx bytes the next block may take.
}

type includedTx struct {
	v    *state.Verified
	item uint32
	res  *state.Result
}

type droppedTx struct {
	v   *state.Verified
	err error
}

// txRoom is how many raw bytes of txs the next block may take: the room
// left in the open batch's body, scaled by the last batch's compression.
func (c *chain) txRoom() (room int, seal bool) {
	left := bodyBudget - c.openComp
	if left < minBlockRoom {
		return 0, true
	}
	r := c.ratio
	if r < 1 {
		r = 1
	}
	if r > 3 {
		r = 3
	}
	return int(float64(left) * r), false
}

// errBlockTooBig: the block's txs do not fit the open batch's body; nothing
// was committed. est is the estimated body with them.
type errBlockTooBig struct{ est, open int }

func (e *errBlockTooBig) Error() string {
	return fmt.Sprintf("block does not fit the open batch (estimated body %d B, budget %d B)", e.est, bodyBudget)
}

// keep is how many of n txs should fit: scaled by the room the block
// had, with a 10% margin (sizes are not exactly proportional).
func (e *errBlockTooBig) keep(n int) int {
	room, used := bodyBudget-e.open, e.est-e.open
	if used <= 0 || room <= 0 {
		return n / 2
	}
	k := int(float64(n) * float64(room) / float64(used) * 0.9)
	return max(0, min(k, n-1))
}

// build applies one block and commits it. On errBlockTooBig nothing was
// committed: build again with fewer txs.
func (c *chain) build(ctx context.Context, in buildInput) (*built, error) {
	head, _ := c.st.Head()
	g, err := c.st.Globals()
	if err != nil {
		return nil, err
	}
	ts := in.time
	if ts < g.BlockTime {
		ts = g.BlockTime // never before the previous block
	}
	blk := &state.Block{Number: head + 1, ParentHash: c.parent, Timestamp: ts}
	out := &built{rec: &blockRecord{Batch: g.BatchIndex, Block: blk}, nonces: map[common.Address]uint64{}}
	if err := c.st.BeginBlock(blk.Number, ts); err != nil {
		return nil, err
	}
	committed := false
	defer func() {
		if !committed {
			c.st.Discard()
		}
	}()
	n := 0
	for i := g.MessagesConsumed; i < in.msgsSeen && (in.maxMsgs <= 0 || n < in.maxMsgs); i++ {
		m, ok, err := c.db.msg(i)
		if err != nil {
			return nil, err
		}
		if !ok {
			break // not stored yet
		}
		if err := c.st.ApplyL1Message(&m.Msg); err != nil {
			// An L1 message that does not apply means L2 and L1 disagree:
			// never skip it (the rolling hash would not match on L1).
			return nil, fmt.Errorf("L1 message %d (%s) does not apply: %w", i, m.Msg.Kind, err)
		}
		blk.Items = append(blk.Items, state.L1Item(i))
		n++
	}
	for _, v := range in.txs {
		res, err := c.st.Apply(v)
		if err != nil {
			if state.CodeOf(err) == state.CodeState {
				return nil, fmt.Errorf("apply tx %s: %w", v.ID, err)
			}
			out.dropped = append(out.dropped, droppedTx{v: v, err: err})
			continue
		}
		out.included = append(out.included, includedTx{v: v, item: uint32(len(blk.Items)), res: res})
		blk.Items = append(blk.Items, state.TxItem(v.Tx))
		out.nonces[v.Sender] = v.Tx.Nonce + 1
	}
	// Does the block fit the open batch's body? Measured, not estimated:
	// a block that would overflow is built again with fewer txs.
	candidate, err := c.blocks(c.batchStart, head)
	if err != nil {
		return nil, err
	}
	candidate = append(candidate, blk)
	raw := (&state.Batch{Blocks: candidate}).EncodeRaw()
	est, err := estimateBody(raw)
	if err != nil {
		return nil, err
	}
	if est > bodyBudget && len(out.included) > 0 {
		return nil, &errBlockTooBig{est: est, open: c.openComp}
	}
	seal := in.seal || est+minBlockRoom > bodyBudget
	if seal {
		sd, err := c.st.Seal()
		if err != nil {
			return nil, err
		}
		blk.Items = append(blk.Items, state.SealItem())
		out.sealData = sd
	}
	// The block record goes to disk before the state commit: a crash in
	// between leaves a record above the head, dropped at restart, and the
	// txs still in the mempool's journal.
	wb := c.db.p.NewBatch()
	if err := wb.Set(key(pfxBlock, u64(blk.Number)), out.rec.encode(), nil); err != nil {
		return nil, err
	}
	for _, t := range out.included {
		loc := txLoc{Block: blk.Number, Item: t.item, LeaseID: t.res.LeaseID, WithdrawalID: t.res.WithdrawalID}
		if t.res.Fee != nil {
			loc.Fee = t.res.Fee.Bytes32()
		}
		if err := wb.Set(key(pfxTx, t.v.ID[:]), encodeTxLoc(loc), nil); err != nil {
			return nil, err
		}
		if err := c.indexTx(wb, t, blk.Number); err != nil {
			return nil, err
		}
	}
	if err := wb.Commit(pebble.Sync); err != nil {
		return nil, fmt.Errorf("record block %d: %w", blk.Number, err)
	}
	root, err := c.st.Commit(ctx)
	if err != nil {
		return nil, fmt.Errorf("commit block %d: %w", blk.Number, err)
	}
	committed = true
	blk.StateRoot = root
	if err := c.db.p.Set(key(pfxBlock, u64(blk.Number)), out.rec.encode(), pebble.NoSync); err != nil {
		return nil, fmt.Errorf("record root of block %d: %w", blk.Number, err)
	}
	c.parent = blk.Hash()
	if seal {
		if out.sealed, err = c.recordSeal(out.sealData, blk); err != nil {
			return nil, err
		}
	} else {
		c.openComp, c.openRaw = est, len(raw)
	}
	return out, c.refreshView()
}

// indexTx writes the RPC's hints for an included tx.
func (c *chain) indexTx(wb *pebble.Batch, t includedTx, block uint64) error {
	set := func(k []byte) error { return wb.Set(k, nil, nil) }
	if err := wb.Set(key(pfxSenderTx, t.v.Sender[:], u64(block), binary.BigEndian.AppendUint32(nil, t.item)), t.v.ID[:], nil); err != nil {
		return err
	}
	switch b := t.v.Tx.Body.(type) {
	case *state.RegisterProvider:
		return set(key(pfxProvider, t.v.Sender[:]))
	case *state.OpenLease:
		if err := set(key(pfxLease, t.v.Sender[:], u64(t.res.LeaseID))); err != nil {
			return err
		}
		return set(key(pfxLease, b.Provider[:], u64(t.res.LeaseID)))
	case *state.SubmitJob:
		l, err := c.st.Lease(b.LeaseID)
		if err != nil || l == nil {
			return err
		}
		if err := set(key(pfxJob, t.v.Sender[:], t.res.JobID[:])); err != nil {
			return err
		}
		if err := wb.Set(key(pfxJobTx, t.res.JobID[:]), t.v.ID[:], nil); err != nil {
			return err
		}
		return set(key(pfxJob, l.Provider[:], t.res.JobID[:]))
	case *state.PostReceipt:
		return wb.Set(key(pfxJobRcpt, b.JobID[:]), t.res.ReceiptID[:], nil)
	}
	return nil
}

// recoverSeal rebuilds the record of batch b, sealed in block seal, from
// the state (what the STF kept of it) and the block records; the previous
// batch's record must exist.
func (c *chain) recoverSeal(b, seal uint64) (*batchRecord, error) {
	info, err := c.st.BatchInfo(b)
	if err != nil || info == nil {
		return nil, fmt.Errorf("batch %d: no STF record: %v", b, err)
	}
	prevSeal, err := c.st.SealBlock(b - 1)
	if err != nil {
		return nil, err
	}
	if b > 1 {
		r, ok, err := c.db.batch(b - 1)
		if err != nil || !ok {
			return nil, fmt.Errorf("batch %d has no record: %v", b-1, err)
		}
		c.last = r.Header
	}
	sd := &state.Sealed{Index: b, ReceiptsRoot: info.ReceiptsRoot, WithdrawalsRoot: info.WithdrawalsRoot,
		MessagesConsumed: info.MessagesConsumed, RollingHash: info.RollingHash}
	for i := uint64(0); i < info.Receipts; i++ {
		sd.Receipts = append(sd.Receipts, l1iface.ReceiptLeaf{}) // only counted
	}
	for i := uint64(0); i < info.Withdrawals; i++ {
		w, err := c.st.BatchWithdrawal(b, i)
		if err != nil || w == nil {
			return nil, fmt.Errorf("batch %d withdrawal %d: %v", b, i, err)
		}
		sd.Withdrawals = append(sd.Withdrawals, l1iface.WithdrawalLeaf{WithdrawalID: w.ID, From: w.From, To: w.To, Amount: w.Amount})
	}
	rec, ok, err := c.db.block(seal)
	if err != nil || !ok {
		return nil, fmt.Errorf("seal block %d has no record: %v", seal, err)
	}
	c.batchStart = prevSeal + 1
	return c.recordSeal(sd, rec.Block)
}

// recordSeal builds the sealed batch's header from its blocks, records it
// in the state (SetBatchHeader) and in the batch records, and opens the
// next batch.
func (c *chain) recordSeal(sd *state.Sealed, sealBlock *state.Block) (*batchRecord, error) {
	bs, err := c.blocks(c.batchStart, sealBlock.Number)
	if err != nil {
		return nil, err
	}
	bt := &state.Batch{Blocks: bs}
	body, err := bt.Encode()
	if err != nil {
		return nil, fmt.Errorf("batch %d body: %w", sd.Index, err)
	}
	hdr := sd.Header(c.last.Hash(), c.last.PostStateRoot, sealBlock.StateRoot, crypto.Keccak256Hash(body))
	r := &batchRecord{Index: sd.Index, FirstBlock: c.batchStart, LastBlock: sealBlock.Number, Header: *hdr,
		HeaderHash: hdr.Hash(), BodyBytes: uint64(len(body)), Receipts: uint64(len(sd.Receipts)),
		Withdraws: uint64(len(sd.Withdrawals)), Status: "sealed", SealedAt: uint64(time.Now().Unix())}
	wb := c.db.p.NewBatch()
	if err := putBatch(wb, r); err != nil {
		return nil, err
	}
	if err := wb.Set(key(pfxBody, u64(r.Index)), body, nil); err != nil {
		return nil, err
	}
	for i, w := range sd.Withdrawals {
		if err := wb.Set(key(pfxWithdraw, w.From[:], u64(sd.Index), u64(uint64(i))), nil, nil); err != nil {
			return nil, err
		}
	}
	if err := wb.Commit(pebble.Sync); err != nil {
		return nil, fmt.Errorf("record batch %d: %w", sd.Index, err)
	}
	if err := c.st.SetBatchHeader(sd.Index, r.HeaderHash); err != nil {
		return nil, err
	}
	if raw := len(bt.EncodeRaw()); len(body) > 0 {
		c.ratio = float64(raw) / float64(len(body))
	}
	c.last = *hdr
	c.batchStart = sealBlock.Number + 1
	c.batchOpened = time.Now()
	c.openComp, c.openRaw = 0, 0
	return r, nil
}

// body returns the batch body of a recorded batch: the one stored at the
// seal, or recomputed from its blocks (deterministic). Either way it must
// hash to the recorded body hash.
func (c *chain) body(r *batchRecord) ([]byte, error) {
	if b, ok, err := c.db.get(key(pfxBody, u64(r.Index))); err != nil {
		return nil, err
	} else if ok && crypto.Keccak256Hash(b) == r.Header.BodyHash {
		return b, nil
	}
	bs, err := c.blocks(r.FirstBlock, r.LastBlock)
	if err != nil {
		return nil, err
	}
	body, err := (&state.Batch{Blocks: bs}).Encode()
	if err != nil {
		return nil, err
	}
	if crypto.Keccak256Hash(body) != r.Header.BodyHash {
		return nil, fmt.Errorf("batch %d: body of blocks %d..%d does not hash to its header's body hash", r.Index, r.FirstBlock, r.LastBlock)
	}
	return body, nil
}

// rollback returns L2 to the end of batch b (the last good batch) and
// returns the user txs of the blocks it undid, in order, for the mempool.
// Batch records above b are marked rejected and kept for the RPC.
func (c *chain) rollback(ctx context.Context, b uint64) ([]*state.Tx, error) {
	head, _ := c.st.Head()
	seal, err := c.st.SealBlock(b)
	if err != nil {
		return nil, err
	}
	var txs []*state.Tx
	for n := seal + 1; n <= head; n++ {
		r, ok, err := c.db.block(n)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		for _, it := range r.Block.Items {
			if it.Tx != nil {
				txs = append(txs, it.Tx)
			}
		}
	}
	g, err := c.st.Globals()
	if err != nil {
		return nil, err
	}
	if err := c.st.Rollback(ctx, b); err != nil {
		return nil, fmt.Errorf("roll L2 back to batch %d: %w", b, err)
	}
	wb := c.db.p.NewBatch()
	for n := seal + 1; n <= head; n++ {
		if err := wb.Delete(key(pfxBlock, u64(n)), nil); err != nil {
			return nil, err
		}
	}
	for _, tx := range txs {
		h := tx.ID()
		if err := wb.Delete(key(pfxTx, h[:]), nil); err != nil {
			return nil, err
		}
	}
	for i := b + 1; i < g.BatchIndex; i++ {
		r, ok, err := c.db.batch(i)
		if err != nil {
			return nil, err
		}
		if ok {
			r.Status = "rejected"
			if err := putBatch(wb, r); err != nil {
				return nil, err
			}
		}
	}
	if err := wb.Commit(pebble.Sync); err != nil {
		return nil, fmt.Errorf("record rollback to batch %d: %w", b, err)
	}
	c.last = l1iface.BatchHeader{}
	if b == 0 {
		c.last = c.genesisHeader()
	} else if r, ok, err := c.db.batch(b); err != nil || !ok {
		return nil, fmt.Errorf("batch %d has no record: %v", b, err)
	} else {
		c.last = r.Header
	}
	c.parent = common.Hash{}
	if seal > 0 {
		r, ok, err := c.db.block(seal)
		if err != nil || !ok {
			return nil, fmt.Errorf("block %d has no record: %v", seal, err)
		}
		c.parent = r.Block.Hash()
	}
	c.batchStart, c.batchOpened = seal+1, time.Now()
	c.openComp, c.openRaw = 0, 0
	return txs, c.refreshView()
}

// genesisHeader is batch 0's header: the genesis state root only.
func (c *chain) genesisHeader() l1iface.BatchHeader {
	root, err := c.st.RootAt(0)
	if err != nil {
		c.log.Error("read genesis root", "err", err)
	}
	return l1iface.BatchHeader{PostStateRoot: root}
}

// batchStartSnapshot reads the open batch's first block under mu.
func (c *chain) batchStartSnapshot() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.batchStart
}
