package sequencer

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// l1Loop follows the Rollup's events after L1Confirmations: the message
// queue (for the builder), batch submissions, finalizations and guardian
// rejections (for the records, the store and rollbacks). When L1 is
// unreachable it logs and tries again at the next tick; the builder keeps
// building blocks meanwhile.
func (s *Service) l1Loop(ctx context.Context) {
	t := time.NewTicker(s.cfg.L1PollInterval)
	defer t.Stop()
	for {
		if err := s.pollL1(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("L1 follow failed; retrying", "err", err)
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
	defer cancel()
	h, err := s.l1c.HeaderByNumber(pctx, nil)
	if err != nil {
		return fmt.Errorf("L1 head: %w", err)
	}
	s.l1Head.Store(h.Number.Uint64())
	s.l1Time.Store(h.Time)
	s.m.l1Head.Set(float64(h.Number.Uint64()))
	for {
		evs, err := s.follower.Poll(pctx)
		for _, ev := range evs {
			if herr := s.handleL1Event(pctx, ev); herr != nil {
				return herr
			}
		}
		if err != nil {
			if errors.Is(err, l1.ErrReorgTooDeep) {
				s.log.Error("L1 reorg deeper than the follower remembers: the sequencer cannot follow L1 safely", "err", err)
			}
			return err
		}
		if len(evs) == 0 {
			break
		}
		if hd, ok := s.follower.Head(); ok && hd.Number+s.cfg.L1Confirmations > h.Number.Uint64() {
			break // caught up
		}
	}
	if hd, ok := s.follower.Head(); ok {
		s.l1Followed.Store(hd.Number)
		s.m.l1Followed.Set(float64(hd.Number))
		s.m.l1Lag.Set(float64(h.Number.Uint64() - hd.Number))
	}
	return nil
}

var rollupEvents = bindings.NewRollup().GetABI().Events

// handleL1Event applies one follower event: everything it changes (the
// messages, batch records, the follower's history) in one synced write,
// so a restart resumes exactly after it.
func (s *Service) handleL1Event(ctx context.Context, ev l1.FollowEvent) error {
	wb := s.db.p.NewBatch()
	defer wb.Close()
	seen, rolling := s.msgsSeen.Load(), s.rolling
	var after []func()
	var through uint64
	if ev.Rollback {
		through = ev.RollbackTo.Number
		var err error
		if seen, rolling, after, err = s.l1Rollback(ctx, wb, ev.RollbackTo); err != nil {
			return err
		}
	} else {
		through = ev.Block.Number
		var blockTime uint64
		for i := range ev.Logs {
			lg := &ev.Logs[i]
			if len(lg.Topics) == 0 || lg.Address != s.cfg.Deployment.Rollup {
				continue
			}
			switch lg.Topics[0] {
			case l1.MessageQueuedTopic():
				q, err := l1.ParseMessageQueued(s.cfg.Deployment.Rollup, lg)
				if err != nil {
					return fmt.Errorf("L1 block %d: %w", ev.Block.Number, err)
				}
				if q.Message.Index < seen {
					continue // seen before a restart (the same write recorded both)
				}
				if q.Message.Index != seen {
					return fmt.Errorf("L1 message %d follows message %d: a gap in the queue", q.Message.Index, seen-1)
				}
				next := l1iface.NextRollingHash(rolling, q.Message.Hash())
				if next != q.RollingHash {
					return fmt.Errorf("L1 message %d: rolling hash %s, recomputed %s", q.Message.Index, q.RollingHash, next)
				}
				rec := &msgRecord{Msg: q.Message, Rolling: next, Block: q.Block}
				if err := wb.Set(key(pfxMsg, u64(seen)), rec.encode(), nil); err != nil {
					return err
				}
				seen, rolling = seen+1, next
			case rollupEvents["BatchSubmitted"].ID:
				e, err := s.rollup.UnpackBatchSubmittedEvent(lg)
				if err != nil {
					return err
				}
				if blockTime == 0 {
					blockTime = s.blockTime(ctx, ev.Block.Number)
				}
				if f, err := s.onBatchSubmitted(wb, e, lg, blockTime); err != nil {
					return err
				} else if f != nil {
					after = append(after, f)
				}
			case rollupEvents["BatchFinalized"].ID:
				e, err := s.rollup.UnpackBatchFinalizedEvent(lg)
				if err != nil {
					return err
				}
				if blockTime == 0 {
					blockTime = s.blockTime(ctx, ev.Block.Number)
				}
				f, err := s.onBatchFinalized(wb, e, blockTime)
				if err != nil {
					return err
				}
				after = append(after, f)
			case rollupEvents["BatchesRejected"].ID:
				e, err := s.rollup.UnpackBatchesRejectedEvent(lg)
				if err != nil {
					return err
				}
				after = append(after, s.onBatchesRejected(e))
			}
		}
	}
	hist, err := json.Marshal(s.follower.HistoryThrough(through))
	if err != nil {
		return err
	}
	if err := wb.Set([]byte(keyFollower), hist, nil); err != nil {
		return err
	}
	if err := wb.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("record L1 block %d: %w", through, err)
	}
	s.msgsSeen.Store(seen)
	s.rolling = rolling
	s.m.messagesSeen.Set(float64(seen))
	for _, f := range after {
		f()
	}
	return nil
}

func (s *Service) blockTime(ctx context.Context, n uint64) uint64 {
	h, err := s.l1c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		s.log.Warn("L1 header", "block", n, "err", err)
		return 0
	}
	return h.Time
}

func (s *Service) onBatchSubmitted(wb *pebble.Batch, e *bindings.RollupBatchSubmitted, lg *types.Log, at uint64) (func(), error) {
	if e.Index == 0 {
		return nil, nil // genesis, stored by the constructor
	}
	r, ok, err := s.db.batch(e.Index)
	if err != nil {
		return nil, err
	}
	if !ok || r.HeaderHash != common.Hash(e.HeaderHash) {
		s.log.Error("L1 accepted a batch this sequencer did not build", "batch", e.Index, "headerHash", common.Hash(e.HeaderHash), "l1Tx", lg.TxHash)
		return nil, nil
	}
	tx, blk, we, re := lg.TxHash, lg.BlockNumber, e.WindowEnd, e.RevealEnd
	r.Status, r.L1Tx, r.L1Block, r.WindowEnd, r.RevealEnd = "posted", &tx, &blk, &we, &re
	if at != 0 {
		r.Submitted = &at
	}
	if err := putBatch(wb, r); err != nil {
		return nil, err
	}
	return func() {
		if e.Index > s.lastPosted.Load() {
			s.lastPosted.Store(e.Index)
		}
		s.m.postedBatch.Set(float64(s.lastPosted.Load()))
		s.log.Info("batch on L1", "batch", e.Index, "l1Tx", tx, "l1Block", blk, "finalizableAt", time.Unix(int64(re), 0).UTC())
	}, nil
}

func (s *Service) onBatchFinalized(wb *pebble.Batch, e *bindings.RollupBatchFinalized, at uint64) (func(), error) {
	if e.Index > 0 {
		r, ok, err := s.db.batch(e.Index)
		if err != nil {
			return nil, err
		}
		if ok && r.HeaderHash == common.Hash(e.HeaderHash) {
			r.Status = "final"
			if at != 0 {
				r.Finalized = &at
			}
			if err := putBatch(wb, r); err != nil {
				return nil, err
			}
		}
	}
	return func() {
		s.lastFinal.Store(e.Index)
		s.m.finalBatch.Set(float64(e.Index))
		t := time.Unix(int64(at), 0)
		if at == 0 {
			t = time.Now()
		}
		s.store.Finalized(e.Index, t)
		s.log.Info("batch final on L1", "batch", e.Index, "headerHash", common.Hash(e.HeaderHash))
	}, nil
}

// onBatchesRejected asks the builder to roll back to the last good batch.
func (s *Service) onBatchesRejected(e *bindings.RollupBatchesRejected) func() {
	return func() {
		s.log.Warn("guardian rejected batches: rolling L2 back and replaying their txs", "from", e.FromIndex, "to", e.ToIndex-1, "headerHash", common.Hash(e.HeaderHash))
		if e.FromIndex <= s.lastPosted.Load() {
			s.lastPosted.Store(e.FromIndex - 1)
		}
		s.rollbacks <- rollbackReq{to: e.FromIndex - 1, reason: fmt.Sprintf("guardian rejected batch %d", e.FromIndex)}
	}
}

// l1Rollback undoes what the follower had delivered above `to`: the
// messages queued there and the batch events. If L2 already consumed a
// message that L1 no longer has, L2 must roll back before it.
func (s *Service) l1Rollback(ctx context.Context, wb *pebble.Batch, to l1.BlockRef) (uint64, common.Hash, []func(), error) {
	seen := s.msgsSeen.Load()
	for seen > 0 {
		m, ok, err := s.db.msg(seen - 1)
		if err != nil {
			return 0, common.Hash{}, nil, err
		}
		if !ok || m.Block.Number <= to.Number {
			break
		}
		if err := wb.Delete(key(pfxMsg, u64(seen-1)), nil); err != nil {
			return 0, common.Hash{}, nil, err
		}
		seen--
	}
	var rolling common.Hash
	if seen > 0 {
		m, ok, err := s.db.msg(seen - 1)
		if err != nil || !ok {
			return 0, common.Hash{}, nil, fmt.Errorf("message %d: %v", seen-1, err)
		}
		rolling = m.Rolling
	}
	// Batches whose submission or finalization L1 forgot.
	var after []func()
	lastGood := uint64(0)
	if err := s.db.scan([]byte{pfxBatch}, func(k, v []byte) error {
		var r batchRecord
		if err := json.Unmarshal(v, &r); err != nil {
			return err
		}
		changed := false
		if r.L1Block != nil && *r.L1Block > to.Number && r.Status != "rejected" {
			r.Status, r.L1Tx, r.L1Block, r.Submitted, r.WindowEnd, r.RevealEnd, r.Finalized = "sealed", nil, nil, nil, nil, nil, nil
			changed = true
		}
		if r.Header.MessagesConsumed <= seen && r.Status != "rejected" {
			lastGood = r.Index
		}
		if changed {
			return putBatch(wb, &r)
		}
		return nil
	}); err != nil {
		return 0, common.Hash{}, nil, err
	}
	v := s.chain.acquire()
	g, err := v.Globals()
	v.Release()
	if err != nil {
		return 0, common.Hash{}, nil, err
	}
	s.log.Warn("L1 reorg: forgetting what the orphaned blocks said", "rollbackTo", to.Number, "messagesSeen", seen)
	if g.MessagesConsumed > seen {
		after = append(after, func() {
			s.log.Error("L1 reorg removed messages L2 already consumed: rolling L2 back", "consumed", g.MessagesConsumed, "l1Has", seen, "toBatch", lastGood)
			s.rollbacks <- rollbackReq{to: lastGood, reason: "L1 reorg removed consumed messages"}
		})
	}
	return seen, rolling, after, nil
}

func (s *Service) loadFollowerHistory() ([]l1.BlockRef, error) {
	v, ok, err := s.db.get([]byte(keyFollower))
	if err != nil || !ok {
		return nil, err
	}
	var refs []l1.BlockRef
	if err := json.Unmarshal(v, &refs); err != nil {
		return nil, fmt.Errorf("sequencer: follower history: %w", err)
	}
	return refs, nil
}

// loadMessageCount restores msgsSeen and the rolling hash from the
// message records, and the poster's view of L1 from the batch records.
func (s *Service) loadMessageCount() error {
	var last *msgRecord
	var n uint64
	if err := s.db.scan([]byte{pfxMsg}, func(k, v []byte) error {
		i := binary.BigEndian.Uint64(k[1:])
		if i != n {
			return fmt.Errorf("sequencer db: message %d after %d", i, n)
		}
		r, err := decodeMsgRecord(i, v)
		if err != nil {
			return err
		}
		last, n = r, n+1
		return nil
	}); err != nil {
		return err
	}
	s.msgsSeen.Store(n)
	if last != nil {
		s.rolling = last.Rolling
	}
	return s.db.scan([]byte{pfxBatch}, func(_, v []byte) error {
		var r batchRecord
		if err := json.Unmarshal(v, &r); err != nil {
			return err
		}
		switch r.Status {
		case "posted":
			s.lastPosted.Store(max(s.lastPosted.Load(), r.Index))
		case "final":
			s.lastPosted.Store(max(s.lastPosted.Load(), r.Index))
			s.lastFinal.Store(max(s.lastFinal.Load(), r.Index))
		}
		return nil
	})
}
