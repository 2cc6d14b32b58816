package challenger

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// Derivation: the challenger trusts nobody for L2. It follows the Rollup's
// events through l1.Follower (confirmations, reorgs): the message queue
// (MessageQueued), batches (BatchSubmitted, whose body it reads from the
// submitBatch tx's calldata) and guardian rejections (BatchesRejected). It
// replays every batch body on its own state, block by block, and compares
// each block's root and the header's pre- and post-state roots, receipts
// root, withdrawals root and message count and rolling hash with what it
// computed. A mismatch is an alarm with evidence for the guardian;
// derivation then waits at that batch until L1 rejects it.

var (
	topicBatchSubmitted  = rollupABI.GetABI().Events["BatchSubmitted"].ID
	topicBatchesRejected = rollupABI.GetABI().Events["BatchesRejected"].ID
	submitBatchMethod    = rollupABI.GetABI().Methods["submitBatch"]
)

// errMissingMessage: a batch consumes an L1 message the follower has not
// delivered (never a reason to blame the batch).
var errMissingMessage = errors.New("L1 message not followed yet")

// l1Loop follows L1 and derives until ctx ends; failures are logged and
// retried at the next tick.
func (s *Service) l1Loop(ctx context.Context) {
	t := time.NewTicker(s.cfg.L1PollInterval)
	defer t.Stop()
	for {
		if err := s.pollL1(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("L1 follow or derivation failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Service) pollL1(ctx context.Context) error {
	pctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
	h, err := s.l1c.HeaderByNumber(pctx, nil)
	cancel()
	if err != nil {
		return fmt.Errorf("L1 head: %w", err)
	}
	head := evHead{number: h.Number.Uint64(), time: h.Time}
	s.stats.setL1Head(head.number, head.time)
	s.m.l1Head.Set(float64(head.number))
	s.send(ctx, head)
	for {
		pctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
		evs, err := s.follower.Poll(pctx)
		cancel()
		for _, ev := range evs {
			if herr := s.handleEvent(ctx, ev); herr != nil {
				return herr
			}
		}
		if err != nil {
			if errors.Is(err, l1.ErrReorgTooDeep) {
				s.raise(Alarm{Kind: AlarmL1, Message: "L1 reorg deeper than the follower remembers: derivation cannot follow L1 safely: " + err.Error()})
			}
			return err
		}
		if len(evs) == 0 {
			break
		}
		if hd, ok := s.follower.Head(); ok && hd.Number+s.cfg.L1Confirmations > head.number {
			break
		}
	}
	if hd, ok := s.follower.Head(); ok {
		s.stats.setFollowed(hd.Number)
		s.m.l1Followed.Set(float64(hd.Number))
	}
	if err := s.reconcile(); err != nil {
		return err
	}
	return s.advance(ctx)
}

// send hands an event to the coordinator (blocking: it never waits on us).
func (s *Service) send(ctx context.Context, ev event) {
	select {
	case s.events <- ev:
	case <-ctx.Done():
	}
}

// handleEvent records one follower event: messages, batches and
// rejections (or, for a reorg, forgets what the orphaned blocks said), with
// the follower's history, in one synced write.
func (s *Service) handleEvent(ctx context.Context, ev l1.FollowEvent) error {
	wb := s.db.p.NewBatch()
	defer wb.Close()
	seen, rolling := s.msgsSeen, s.rolling
	pending := map[string]*batchRec{} // records written by this event
	var voided []batchID
	var through uint64
	lookup := func(k []byte) (*batchRec, error) {
		if r, ok := pending[string(k)]; ok {
			return r, nil
		}
		var r batchRec
		ok, err := s.db.getJSON(k, &r)
		if err != nil || !ok {
			return nil, err
		}
		return &r, nil
	}
	if ev.Rollback {
		to := ev.RollbackTo.Number
		through = to
		for seen > 0 {
			m, ok, err := s.db.msg(seen - 1)
			if err != nil {
				return err
			}
			if !ok || m.Block.Number <= to {
				break
			}
			if err := wb.Delete(key(pfxMsg, u64(seen-1)), nil); err != nil {
				return err
			}
			seen--
		}
		rolling = common.Hash{}
		if seen > 0 {
			m, ok, err := s.db.msg(seen - 1)
			if err != nil || !ok {
				return fmt.Errorf("message %d: %v", seen-1, err)
			}
			rolling = m.Rolling
		}
		if err := s.db.scan([]byte{pfxBatch}, func(k, v []byte) error {
			var r batchRec
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			switch {
			case r.L1Block.Number > to:
				voided = append(voided, batchID{r.Index, r.HeaderHash})
				return wb.Delete(append([]byte(nil), k...), nil)
			case r.Rejected > to:
				r.Rejected = 0
				return setJSON(wb, append([]byte(nil), k...), &r)
			}
			return nil
		}); err != nil {
			return err
		}
		s.log.Warn("L1 reorg: forgetting what the orphaned blocks said", "rollbackTo", to, "messages", seen, "batchesForgotten", len(voided))
	} else {
		through = ev.Block.Number
		var blockTime uint64
		for i := range ev.Logs {
			lg := &ev.Logs[i]
			if len(lg.Topics) == 0 || lg.Address != s.cfg.Deployment.Rollup || lg.Removed {
				continue
			}
			switch lg.Topics[0] {
			case l1.MessageQueuedTopic():
				q, err := l1.ParseMessageQueued(s.cfg.Deployment.Rollup, lg)
				if err != nil {
					return fmt.Errorf("L1 block %d: %w", ev.Block.Number, err)
				}
				if q.Message.Index < seen {
					continue // recorded before a restart
				}
				if q.Message.Index != seen {
					return fmt.Errorf("L1 message %d follows message %d: a gap in the queue", q.Message.Index, int64(seen)-1)
				}
				next := l1iface.NextRollingHash(rolling, q.Message.Hash())
				if next != q.RollingHash {
					return fmt.Errorf("L1 message %d: rolling hash %s on L1, recomputed %s", q.Message.Index, q.RollingHash, next)
				}
				m := &msgRec{Index: q.Message.Index, Kind: uint8(q.Message.Kind), Timestamp: q.Message.Timestamp,
					Payload: q.Message.Payload, Rolling: next, Block: q.Block}
				if err := setJSON(wb, key(pfxMsg, u64(seen)), m); err != nil {
					return err
				}
				seen, rolling = seen+1, next
			case topicBatchSubmitted:
				e, err := rollupABI.UnpackBatchSubmittedEvent(lg)
				if err != nil {
					return err
				}
				if e.Index == 0 {
					continue // genesis, stored by the constructor
				}
				if blockTime == 0 {
					blockTime = s.blockTime(ctx, ev.Block.Number)
				}
				r := &batchRec{Index: e.Index, HeaderHash: e.HeaderHash, L1Block: ev.Block, L1Tx: lg.TxHash, L1Time: blockTime,
					WindowEnd: e.WindowEnd, RevealEnd: e.RevealEnd, SeenAt: now()}
				k := batchKey(r.Index, r.HeaderHash)
				if old, err := lookup(k); err != nil {
					return err
				} else if old != nil {
					continue // recorded before a restart
				}
				pending[string(k)] = r
				if err := setJSON(wb, k, r); err != nil {
					return err
				}
			case topicBatchesRejected:
				e, err := rollupABI.UnpackBatchesRejectedEvent(lg)
				if err != nil {
					return err
				}
				s.log.Warn("guardian rejected batches", "from", e.FromIndex, "to", e.ToIndex, "headerHash", common.Hash(e.HeaderHash), "l1Block", ev.Block.Number)
				// Every batch from FromIndex on stops existing on L1.
				var recs []*batchRec
				if err := s.db.scanRange(key(pfxBatch, u64(e.FromIndex)), []byte{pfxBatch + 1}, func(_, v []byte) error {
					var r batchRec
					if err := json.Unmarshal(v, &r); err != nil {
						return err
					}
					recs = append(recs, &r)
					return nil
				}); err != nil {
					return err
				}
				for _, r := range pending {
					if r.Index >= e.FromIndex {
						recs = append(recs, r)
					}
				}
				for _, r := range recs {
					k := batchKey(r.Index, r.HeaderHash)
					if p, ok := pending[string(k)]; ok {
						r = p
					}
					if r.Rejected != 0 {
						continue
					}
					r.Rejected = ev.Block.Number
					pending[string(k)] = r
					voided = append(voided, batchID{r.Index, r.HeaderHash})
					if err := setJSON(wb, k, r); err != nil {
						return err
					}
				}
			}
		}
	}
	hist, err := json.Marshal(s.follower.HistoryThrough(through))
	if err != nil {
		return err
	}
	if err := wb.Set([]byte{pfxFollower}, hist, nil); err != nil {
		return err
	}
	if err := wb.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("record L1 block %d: %w", through, err)
	}
	s.msgsSeen, s.rolling = seen, rolling
	s.msgsSeenAtomic.Store(seen)
	s.m.messages.Set(float64(seen))
	if len(voided) > 0 {
		for _, b := range voided {
			s.resolveBatch(b, "the batch is no longer on L1 (rejected by the guardian, or reorged out)")
		}
		s.send(ctx, evVoid{batches: voided})
	}
	return nil
}

func (s *Service) blockTime(ctx context.Context, n uint64) uint64 {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
	defer cancel()
	h, err := s.l1c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		s.log.Warn("L1 header", "block", n, "err", err)
		return 0
	}
	return h.Time
}

// reconcile moves the cursor back over batches L1 no longer has (rejected,
// reorged out) and rolls the state back to it; it also rolls back a state
// that is ahead of the cursor (a crash between the two writes).
func (s *Service) reconcile() error {
	c := s.cursor
	for c.Batch > 0 {
		cur, err := s.db.current(c.Batch)
		if err != nil {
			return err
		}
		if cur != nil && cur.HeaderHash == c.HeaderHash && cur.Derived == derivedOK {
			break
		}
		// Step back to the newest earlier batch that is current and derived.
		found := false
		for i := c.Batch - 1; i > 0; i-- {
			p, err := s.db.current(i)
			if err != nil {
				return err
			}
			if p == nil || p.Derived != derivedOK {
				continue
			}
			var dr derivedRec
			ok, err := s.db.getJSON(derivedKey(i, p.HeaderHash), &dr)
			if err != nil {
				return err
			}
			if ok {
				c = cursor{Batch: i, HeaderHash: p.HeaderHash, Block: dr.Block, BlockHash: dr.BlockHash}
				found = true
				break
			}
		}
		if !found {
			c = s.genesis
		}
	}
	head, _ := s.st.Head()
	if c == s.cursor && head <= c.Block {
		return nil
	}
	if err := s.st.Rollback(context.Background(), c.Batch); err != nil {
		return fmt.Errorf("roll the state back to batch %d: %w", c.Batch, err)
	}
	if err := s.db.putJSON([]byte{pfxCursor}, &c); err != nil {
		return err
	}
	if c != s.cursor {
		s.log.Warn("derivation rolled back", "toBatch", c.Batch, "fromBatch", s.cursor.Batch, "l2Block", c.Block)
		s.m.rollbacks.Inc()
	}
	s.cursor = c
	s.stats.setDerived(c, s.rootAt())
	return nil
}

func (s *Service) rootAt() common.Hash {
	_, r := s.st.Head()
	return r
}

// advance derives every current batch after the cursor, in order.
func (s *Service) advance(ctx context.Context) error {
	for ctx.Err() == nil {
		rec, err := s.db.current(s.cursor.Batch + 1)
		if err != nil {
			return err
		}
		if rec == nil {
			s.setStalled(nil)
			return nil
		}
		if rec.Derived == derivedMismatch {
			s.setStalled(rec)
			s.amu.Lock()
			a := s.alarms[alarmID(AlarmStateMismatch, rec.Index, rec.HeaderHash, common.Hash{})]
			var cp *Alarm
			if a != nil && a.Active {
				c := *a
				cp = &c
			}
			s.amu.Unlock()
			s.reject(ctx, rec, cp)
			return nil
		}
		if rec.Derived == derivedUnderivable {
			s.setStalled(rec)
			return nil
		}
		if err := s.deriveBatch(ctx, rec); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func (s *Service) setStalled(rec *batchRec) {
	if rec == nil {
		s.stats.setStalled(0, common.Hash{})
		return
	}
	s.stats.setStalled(rec.Index, rec.HeaderHash)
}

// batchBody reads a batch's header and body from its submitBatch tx.
func (s *Service) batchBody(ctx context.Context, rec *batchRec) (*l1iface.BatchHeader, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
	defer cancel()
	tx, _, err := s.l1c.TransactionByHash(ctx, rec.L1Tx)
	if err != nil {
		return nil, nil, err
	}
	return decodeSubmitBatch(tx, s.cfg.Deployment.Rollup)
}

// errUnderivable marks a batch whose body cannot be read from its tx.
type errUnderivable struct{ msg string }

func (e *errUnderivable) Error() string { return e.msg }

func decodeSubmitBatch(tx *types.Transaction, rollup common.Address) (*l1iface.BatchHeader, []byte, error) {
	data := tx.Data()
	if tx.To() == nil || *tx.To() != rollup || len(data) < 4 || string(data[:4]) != string(submitBatchMethod.ID) {
		return nil, nil, &errUnderivable{msg: fmt.Sprintf("tx %s is not a direct Rollup.submitBatch call (a batch posted through another contract cannot be read from calldata)", tx.Hash())}
	}
	args, err := submitBatchMethod.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 2 {
		return nil, nil, &errUnderivable{msg: fmt.Sprintf("tx %s: submitBatch arguments: %v", tx.Hash(), err)}
	}
	hb, err := json.Marshal(args[0])
	if err != nil {
		return nil, nil, err
	}
	var h struct {
		Index               uint64
		ParentHash          [32]byte
		PreStateRoot        [32]byte
		PostStateRoot       [32]byte
		ReceiptsRoot        [32]byte
		WithdrawalsRoot     [32]byte
		MessagesConsumed    uint64
		MessagesRollingHash [32]byte
		BodyHash            [32]byte
	}
	if err := json.Unmarshal(hb, &h); err != nil {
		return nil, nil, &errUnderivable{msg: fmt.Sprintf("tx %s: header: %v", tx.Hash(), err)}
	}
	body, ok := args[1].([]byte)
	if !ok {
		return nil, nil, &errUnderivable{msg: fmt.Sprintf("tx %s: body is %T", tx.Hash(), args[1])}
	}
	return &l1iface.BatchHeader{Index: h.Index, ParentHash: h.ParentHash, PreStateRoot: h.PreStateRoot, PostStateRoot: h.PostStateRoot,
		ReceiptsRoot: h.ReceiptsRoot, WithdrawalsRoot: h.WithdrawalsRoot, MessagesConsumed: h.MessagesConsumed,
		MessagesRollingHash: h.MessagesRollingHash, BodyHash: h.BodyHash}, body, nil
}

// messages is derivation's message source: the queue as followed on L1.
func (s *Service) messages(_ context.Context, i uint64) (*l1iface.Message, error) {
	m, ok, err := s.db.msg(i)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("message %d: %w", i, errMissingMessage)
	}
	return m.message(), nil
}

// deriveBatch replays one batch. A mismatch leaves the state at the
// cursor, marks the batch and raises the alarm; an error (L1 or storage)
// leaves everything as it was, to be retried.
func (s *Service) deriveBatch(ctx context.Context, rec *batchRec) error {
	start := time.Now()
	hdr, body, err := s.batchBody(ctx, rec)
	var ud *errUnderivable
	if errors.As(err, &ud) || (err == nil && hdr.Hash() != rec.HeaderHash) {
		msg := ""
		if ud != nil {
			msg = ud.msg
		} else {
			msg = fmt.Sprintf("the header in tx %s hashes to %s, the event says %s", rec.L1Tx, hdr.Hash(), rec.HeaderHash)
		}
		rec.Derived = derivedUnderivable
		if err := s.db.putJSON(batchKey(rec.Index, rec.HeaderHash), rec); err != nil {
			return err
		}
		s.raise(Alarm{Kind: AlarmUnderivable, Batch: rec.Index, HeaderHash: rec.HeaderHash, Message: msg})
		return nil
	}
	if err != nil {
		return fmt.Errorf("batch %d body: %w", rec.Index, err)
	}
	ev := &Evidence{Kind: AlarmStateMismatch, Batch: rec.Index, HeaderHash: rec.HeaderHash, L1Tx: rec.L1Tx, L1Block: rec.L1Block.Number,
		WindowEnd: rec.WindowEnd, RevealEnd: rec.RevealEnd, Posted: headerJSON(hdr), Rollup: s.cfg.Deployment.Rollup,
		RejectCall: fmt.Sprintf("rejectBatch(%d, %s)", rec.Index, rec.HeaderHash), DerivedBatch: s.cursor.Batch, DerivedRoot: s.rootAt()}
	res, err := s.replay(ctx, hdr, body, ev)
	if err != nil {
		if rerr := s.rollbackToCursor(); rerr != nil {
			return errors.Join(err, rerr)
		}
		return err
	}
	if res == nil {
		// Mismatch: back to the last good batch, wait for the guardian.
		if err := s.rollbackToCursor(); err != nil {
			return err
		}
		return s.mismatch(ctx, rec, ev)
	}
	// Matched: record the batch, its receipts and the new cursor.
	if err := s.st.SetBatchHeader(rec.Index, rec.HeaderHash); err != nil {
		return err
	}
	sd := res.sealed
	leaves := make([]common.Hash, len(sd.Receipts))
	for i := range sd.Receipts {
		leaves[i] = sd.Receipts[i].Hash(uint64(i))
	}
	c := cursor{Batch: rec.Index, HeaderHash: rec.HeaderHash, Block: res.lastBlock, BlockHash: res.lastHash}
	wb := s.db.p.NewBatch()
	defer wb.Close()
	rec.Derived = derivedOK
	if err := setJSON(wb, batchKey(rec.Index, rec.HeaderHash), rec); err != nil {
		return err
	}
	if err := setJSON(wb, derivedKey(rec.Index, rec.HeaderHash), &derivedRec{Index: rec.Index, HeaderHash: rec.HeaderHash,
		Block: res.lastBlock, BlockHash: res.lastHash, Leaves: leaves, Txs: res.txs, Blocks: res.blocks}); err != nil {
		return err
	}
	derivedAt := now()
	var fresh, replayed []*Dispute
	var decisions []Decision
	var macs uint64
	for i := range sd.Receipts {
		leaf := sd.Receipts[i]
		r, err := s.st.Receipt(leaf.ReceiptID)
		if err != nil || r == nil {
			return fmt.Errorf("batch %d receipt %s not in the derived state: %v", rec.Index, leaf.ReceiptID, err)
		}
		var jobMACs uint64
		if j, err := s.st.Job(r.JobID); err == nil && j != nil {
			jobMACs = j.MACs
		}
		macs += jobMACs
		d := &Dispute{Receipt: leaf.ReceiptID, Batch: rec.Index, HeaderHash: rec.HeaderHash, Position: uint64(i), Leaf: leaf,
			Auth: toAuthJSON(r.Auth()), Price: (*hexutil.Big)(r.Price.ToBig()), MACs: jobMACs,
			WindowEnd: rec.WindowEnd, RevealEnd: rec.RevealEnd,
			Times: Timings{BatchSeen: rec.SeenAt, Derived: derivedAt, DeriveNanos: int64(time.Since(start))}}
		var old Dispute
		k := key(pfxReceipt, leaf.ReceiptID[:])
		if ok, err := s.db.getJSON(k, &old); err != nil {
			return err
		} else if ok {
			if !terminal(old.Status) {
				replayed = append(replayed, d)
			}
			continue
		}
		d.Decision = s.sampler.Decide(leaf.ReceiptID, r.Price.ToBig())
		decisions = append(decisions, d.Decision)
		d.Status = StNotSampled
		if d.Decision.Sampled {
			d.Status = StQueued
		}
		d.note(fmt.Sprintf("seen in batch %d at %d: sampled %v", rec.Index, i, d.Decision.Sampled))
		if err := setJSON(wb, k, d); err != nil {
			return err
		}
		fresh = append(fresh, d)
	}
	if err := setJSON(wb, []byte{pfxCursor}, &c); err != nil {
		return err
	}
	if err := wb.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("record batch %d: %w", rec.Index, err)
	}
	s.cursor = c
	s.logDecisions(rec, decisions)
	took := time.Since(start)
	s.stats.batchDerived(rec, c, s.rootAt(), res.txs, res.blocks, fresh, macs)
	s.m.batchesDerived.Inc()
	s.m.txsDerived.Add(float64(res.txs))
	s.m.derivedBatch.Set(float64(rec.Index))
	s.m.l2Head.Set(float64(res.lastBlock))
	s.m.deriveSeconds.Observe(took.Seconds())
	for _, d := range fresh {
		s.m.receiptsSeen.Inc()
		if d.Decision.Sampled {
			s.m.receiptsSampled.Inc()
		}
	}
	s.log.Info("batch derived", "batch", rec.Index, "blocks", res.blocks, "txs", res.txs, "receipts", len(sd.Receipts),
		"sampled", countSampled(fresh), "root", s.rootAt(), "took", took.Round(time.Millisecond))
	var work []*Dispute
	for _, d := range fresh {
		if d.Status == StQueued {
			s.stats.upsert(d)
			work = append(work, d)
		}
	}
	work = append(work, replayed...)
	if len(work) > 0 {
		s.send(ctx, evReceipts{ds: work})
	}
	s.updateEconomics()
	return nil
}

func countSampled(ds []*Dispute) int {
	n := 0
	for _, d := range ds {
		if d.Decision.Sampled {
			n++
		}
	}
	return n
}

func (s *Service) rollbackToCursor() error {
	if err := s.st.Rollback(context.Background(), s.cursor.Batch); err != nil {
		return fmt.Errorf("roll the state back to batch %d: %w", s.cursor.Batch, err)
	}
	return nil
}

type replayResult struct {
	sealed    *state.Sealed
	lastBlock uint64
	lastHash  common.Hash
	txs       int
	blocks    int
}

// replay applies the body's blocks on the state. It returns nil and fills
// the evidence when the batch does not match; an error only for failures
// that are not the batch's (L1, storage, a message not followed yet).
func (s *Service) replay(ctx context.Context, hdr *l1iface.BatchHeader, body []byte, ev *Evidence) (*replayResult, error) {
	head, root := s.st.Head()
	bt, err := state.DecodeBatch(body)
	if err != nil {
		ev.Reason = "the body does not decode: " + err.Error()
		ev.Differs = []string{"body"}
		return nil, nil
	}
	res := &replayResult{lastBlock: head, lastHash: s.cursor.BlockHash}
	if hdr.PreStateRoot != root {
		ev.Differs = append(ev.Differs, "preStateRoot")
	}
	var sealed []*state.Sealed
	for _, blk := range bt.Blocks {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if blk.Number != res.lastBlock+1 || blk.ParentHash != res.lastHash {
			ev.FirstDifferingBlock = &BlockDiff{Number: blk.Number, Hash: blk.Hash(), ClaimedRoot: blk.StateRoot}
			ev.Reason = fmt.Sprintf("block %d (parent %s) does not follow block %d (%s)", blk.Number, blk.ParentHash, res.lastBlock, res.lastHash)
			ev.Differs = append(ev.Differs, "blocks")
			return nil, nil
		}
		sd, computed, bad, err := s.applyBlock(ctx, blk)
		if err != nil {
			return nil, err
		}
		if bad != nil {
			if ev.FirstDifferingBlock == nil {
				ev.FirstDifferingBlock = &BlockDiff{Number: blk.Number, Hash: blk.Hash(), ClaimedRoot: blk.StateRoot}
				ev.FirstDifferingTx = bad
				ev.Reason = fmt.Sprintf("block %d item %d does not apply: %s", blk.Number, bad.Item, bad.Error)
				ev.Differs = append(ev.Differs, "blocks")
			}
			return nil, nil
		}
		res.txs += countTxs(blk)
		res.blocks++
		sealed = append(sealed, sd...)
		if computed != blk.StateRoot && ev.FirstDifferingBlock == nil {
			cr := computed
			ev.FirstDifferingBlock = &BlockDiff{Number: blk.Number, Hash: blk.Hash(), ClaimedRoot: blk.StateRoot, ComputedRoot: &cr}
			ev.Reason = fmt.Sprintf("block %d claims state root %s, replaying it gives %s", blk.Number, blk.StateRoot, computed)
			ev.Differs = append(ev.Differs, "blocks")
			// Go on: the header comparison below tells the guardian the rest.
		}
		res.lastBlock, res.lastHash = blk.Number, blk.Hash()
	}
	if err := s.st.Sync(); err != nil {
		return nil, err
	}
	_, post := s.st.Head()
	if len(sealed) != 1 {
		ev.Reason = fmt.Sprintf("the body seals %d batches, not one", len(sealed))
		ev.Differs = append(ev.Differs, "seal")
		return nil, nil
	}
	sd := sealed[0]
	ev.Expected = &ExpectedJSON{PreStateRoot: root, PostStateRoot: post, ReceiptsRoot: sd.ReceiptsRoot, WithdrawalsRoot: sd.WithdrawalsRoot,
		MessagesConsumed: sd.MessagesConsumed, MessagesRollingHash: sd.RollingHash, Receipts: len(sd.Receipts), Withdrawals: len(sd.Withdrawals)}
	cmp := func(name string, ok bool) {
		if !ok {
			ev.Differs = append(ev.Differs, name)
		}
	}
	cmp("index", sd.Index == hdr.Index)
	cmp("parentHash", hdr.ParentHash == s.cursor.HeaderHash)
	cmp("postStateRoot", hdr.PostStateRoot == post)
	cmp("receiptsRoot", hdr.ReceiptsRoot == sd.ReceiptsRoot)
	cmp("withdrawalsRoot", hdr.WithdrawalsRoot == sd.WithdrawalsRoot)
	cmp("messagesConsumed", hdr.MessagesConsumed == sd.MessagesConsumed)
	cmp("messagesRollingHash", hdr.MessagesRollingHash == sd.RollingHash)
	if len(ev.Differs) > 0 {
		if ev.Reason == "" {
			ev.Reason = fmt.Sprintf("the header differs from the replayed batch in %v", ev.Differs)
			if ev.FirstDifferingBlock == nil && len(bt.Blocks) > 0 {
				// Every block matched its own root: the header alone lies.
				last := bt.Blocks[len(bt.Blocks)-1]
				ev.FirstDifferingBlock = &BlockDiff{Number: last.Number, Hash: last.Hash(), ClaimedRoot: hdr.PostStateRoot, ComputedRoot: &post}
			}
		}
		return nil, nil
	}
	res.sealed = sd
	return res, nil
}

func countTxs(b *state.Block) int {
	n := 0
	for _, it := range b.Items {
		if it.Tx != nil {
			n++
		}
	}
	return n
}

// applyBlock applies one block as state.ApplyBlock does, but commits
// whatever root it gives (so the evidence can name it); bad names the
// first item the STF refuses.
func (s *Service) applyBlock(ctx context.Context, b *state.Block) ([]*state.Sealed, common.Hash, *TxDiff, error) {
	var txs []*state.Tx
	var idx []int
	for i, it := range b.Items {
		if it.Tx != nil {
			txs = append(txs, it.Tx)
			idx = append(idx, i)
		}
	}
	verified, err := s.domain.VerifyAll(txs)
	if err != nil {
		for k, tx := range txs {
			if _, verr := s.domain.Verify(tx); verr != nil {
				return nil, common.Hash{}, &TxDiff{Block: b.Number, Item: idx[k], Kind: tx.Body.Type().String(), TxHash: tx.ID(), Error: "signature: " + verr.Error()}, nil
			}
		}
		return nil, common.Hash{}, &TxDiff{Block: b.Number, Item: -1, Error: err.Error()}, nil
	}
	if err := s.st.BeginBlock(b.Number, b.Timestamp); err != nil {
		if state.CodeOf(err) == state.CodeState {
			return nil, common.Hash{}, nil, err
		}
		return nil, common.Hash{}, &TxDiff{Block: b.Number, Item: -1, Kind: "block", Error: err.Error()}, nil
	}
	var sealed []*state.Sealed
	var final []*l1iface.Message // BatchFinalized messages applied
	k := 0
	for i, it := range b.Items {
		var err error
		diff := &TxDiff{Block: b.Number, Item: i}
		switch it.Kind() {
		case state.ItemL1Message:
			diff.Kind = "l1-message"
			var m *l1iface.Message
			if m, err = s.messages(ctx, it.L1Message); err == nil {
				if err = s.st.ApplyL1Message(m); err == nil && m.Kind == l1iface.KindBatchFinalized {
					final = append(final, m)
				}
			} else if errors.Is(err, errMissingMessage) {
				s.st.Discard()
				return nil, common.Hash{}, nil, err
			}
		case state.ItemSeal:
			diff.Kind = "seal"
			var sd *state.Sealed
			if sd, err = s.st.Seal(); err == nil {
				sealed = append(sealed, sd)
			}
		default:
			v := verified[k]
			k++
			diff.Kind, diff.TxHash, diff.Sender = v.Tx.Body.Type().String(), v.Tx.ID(), v.Sender.Hex()
			_, err = s.st.Apply(v)
		}
		if err != nil {
			s.st.Discard()
			if state.CodeOf(err) == state.CodeState {
				return nil, common.Hash{}, nil, err
			}
			diff.Error = err.Error()
			return nil, common.Hash{}, diff, nil
		}
	}
	root, err := s.st.CommitAsync(ctx)
	if err != nil {
		return nil, common.Hash{}, nil, err
	}
	// A batch final on L1 can no longer be rejected: the state's undo data
	// at or below it is not needed for any rollback.
	for _, m := range final {
		p, err := m.Decode()
		if err != nil {
			return nil, common.Hash{}, nil, err
		}
		if f, ok := p.(*l1iface.BatchFinalized); ok {
			if err := s.st.Prune(f.BatchIndex); err != nil {
				s.log.Warn("state history not pruned", "finalBatch", f.BatchIndex, "err", err)
			}
		}
	}
	return sealed, root, nil, nil
}

// mismatch records a batch that does not match, writes the evidence and
// raises the alarm (and, with the guardian key, rejects the batch).
func (s *Service) mismatch(ctx context.Context, rec *batchRec, ev *Evidence) error {
	ev.CreatedAt = time.Now().UTC()
	path, err := s.writeEvidence(ev)
	if err != nil {
		s.log.Error("write evidence", "err", err)
	}
	rec.Derived = derivedMismatch
	if err := s.db.putJSON(batchKey(rec.Index, rec.HeaderHash), rec); err != nil {
		return err
	}
	a := Alarm{Kind: AlarmStateMismatch, Batch: rec.Index, HeaderHash: rec.HeaderHash, Evidence: path,
		Message: fmt.Sprintf("batch %d (%s) does not match the state derived from L1: %s", rec.Index, rec.HeaderHash, ev.Reason)}
	a.ID = alarmID(a.Kind, a.Batch, a.HeaderHash, common.Hash{})
	s.setStalled(rec) // before the alarm: whoever sees the alarm sees the stall
	s.raise(a)
	return nil
}

// logDecisions appends the sampling decisions to DataDir/decisions.jsonl,
// the audit log `gpuroll challenger explain` checks against the secret.
func (s *Service) logDecisions(rec *batchRec, ds []Decision) {
	if len(ds) == 0 {
		return
	}
	f, err := os.OpenFile(s.decisionsPath(), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		s.log.Error("decision log", "err", err)
		return
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for _, d := range ds {
		b, _ := json.Marshal(struct {
			Batch      uint64      `json:"batch"`
			HeaderHash common.Hash `json:"headerHash"`
			Decision
		}{rec.Index, rec.HeaderHash, d})
		w.Write(append(b, '\n'))
	}
	if err := w.Flush(); err != nil {
		s.log.Error("decision log", "err", err)
	}
}
