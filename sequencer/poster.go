package sequencer

import (
	"context"
	"fmt"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// posterLoop posts sealed batches to L1 in order, one tx at a time through
// the tx manager, and finalizes batches whose reveal period is over.
// What to post is decided from L1 every time (the Rollup's next batch
// index and the header hash it holds for the one before), never from the
// tx manager's pending list alone: after a restart, a resumed submission
// is waited for first, and a batch already on L1 is never sent again.
func (s *Service) posterLoop(ctx context.Context) {
	every := s.cfg.BlockTime
	if every < time.Second {
		every = time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	backoff := time.Duration(0)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if backoff > 0 {
			select {
			case <-ctx.Done():
				return
			case <-time.After(backoff):
			}
		}
		err := s.postOnce(ctx)
		if err == nil {
			err = s.finalizeOnce(ctx)
		}
		if err != nil && ctx.Err() == nil {
			s.m.postErrors.Inc()
			backoff = min(max(2*backoff, time.Second), 30*time.Second)
			s.log.Warn("batch poster: L1 step failed; backing off", "err", err, "backoff", backoff)
			continue
		}
		backoff = 0
	}
}

// postOnce posts the batch L1 expects next, if this sequencer has sealed it.
func (s *Service) postOnce(ctx context.Context) error {
	if pend := s.txm.PendingTxs(); len(pend) > 0 {
		// A tx from before a restart (or a Stop mid-send): the manager
		// drives it to inclusion; decide again once it has settled.
		wctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
		defer cancel()
		if err := s.txm.WaitAll(wctx); err != nil && ctx.Err() == nil {
			return fmt.Errorf("wait for %d pending L1 txs: %w", len(pend), err)
		}
		return nil
	}
	next, err := callRollup(ctx, s, s.rollup.PackNextBatchIndex(), s.rollup.UnpackNextBatchIndex)
	if err != nil {
		return fmt.Errorf("read next batch index: %w", err)
	}
	if next > 1 {
		s.lastPosted.Store(next - 1)
		s.m.postedBatch.Set(float64(next - 1))
	}
	r, ok, err := s.db.batch(next)
	if err != nil || !ok || r.Status == "rejected" {
		return err // not sealed yet
	}
	// L1's last batch must be this chain's parent of r.
	prev, err := callRollup(ctx, s, s.rollup.PackBatch(next-1), s.rollup.UnpackBatch)
	if err != nil {
		return fmt.Errorf("read batch %d: %w", next-1, err)
	}
	if common.Hash(prev.HeaderHash) != r.Header.ParentHash {
		return fmt.Errorf("L1's batch %d has header %s, but this sequencer's batch %d names parent %s: L2 and L1 disagree",
			next-1, common.Hash(prev.HeaderHash), next, r.Header.ParentHash)
	}
	if late, err := s.wouldBeOverdue(ctx, r); err != nil {
		return err
	} else if late {
		s.m.overdueRebuild.Inc()
		s.log.Warn("sealed batch would leave an L1 message overdue: rebuilding it", "batch", r.Index, "messagesConsumed", r.Header.MessagesConsumed)
		s.rollbacks <- rollbackReq{to: next - 1, reason: fmt.Sprintf("batch %d would leave an L1 message overdue", r.Index)}
		return nil
	}
	body, err := s.chain.body(r)
	if err != nil {
		return err
	}
	data := s.rollup.PackSubmitBatch(headerBinding(&r.Header), body)
	to := s.cfg.Deployment.Rollup
	// A dry run first: a batch L1 would refuse costs nothing this way.
	cctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
	_, cerr := s.l1c.CallContract(cctx, ethereum.CallMsg{From: s.from, To: &to, Data: data}, nil)
	cancel()
	if cerr != nil {
		return fmt.Errorf("batch %d would be refused by L1: %s: %w", r.Index, l1.RevertName(cerr), cerr)
	}
	s.log.Info("posting batch", "batch", r.Index, "bodyBytes", len(body), "headerHash", r.HeaderHash)
	rcpt, err := s.txm.Send(ctx, l1.TxCandidate{To: &to, Data: data})
	if err != nil {
		return fmt.Errorf("post batch %d: %w", r.Index, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("post batch %d: tx %s reverted", r.Index, rcpt.TxHash)
	}
	s.m.batchesPosted.Inc()
	s.lastPosted.Store(r.Index)
	s.m.postedBatch.Set(float64(r.Index))
	s.log.Info("batch posted", "batch", r.Index, "l1Tx", rcpt.TxHash, "l1Block", rcpt.BlockNumber, "gasUsed", rcpt.GasUsed)
	return nil
}

// wouldBeOverdue: the oldest message the batch leaves unconsumed must
// not pass maxInclusionDelay before the batch lands (docs/l1-interface.md,
// the overdue rule), with a margin for the tx's own inclusion.
func (s *Service) wouldBeOverdue(ctx context.Context, r *batchRecord) (bool, error) {
	c := r.Header.MessagesConsumed
	if c >= s.msgsSeen.Load() {
		return false, nil
	}
	m, ok, err := s.db.msg(c)
	if err != nil || !ok {
		return false, err
	}
	delay, err := callRollup(ctx, s, s.rollup.PackParam(l1.ParamMaxInclusionDelay), s.rollup.UnpackParam)
	if err != nil {
		return false, fmt.Errorf("read maxInclusionDelay: %w", err)
	}
	margin := uint64(2*s.cfg.L1PollInterval/time.Second) + 24
	return m.Msg.Timestamp+delay.Uint64() < s.l1Time.Load()+margin, nil
}

// finalizeOnce finalizes the next batch once its reveal period is over
// (anyone may; the sequencer does it so providers are paid on time).
func (s *Service) finalizeOnce(ctx context.Context) error {
	lf, err := callRollup(ctx, s, s.rollup.PackLastFinalized(), s.rollup.UnpackLastFinalized)
	if err != nil {
		return fmt.Errorf("read last finalized: %w", err)
	}
	i := lf + 1
	b, err := callRollup(ctx, s, s.rollup.PackNextBatchIndex(), s.rollup.UnpackNextBatchIndex)
	if err != nil || i >= b {
		return err
	}
	onL1, err := callRollup(ctx, s, s.rollup.PackBatch(i), s.rollup.UnpackBatch)
	if err != nil {
		return fmt.Errorf("read batch %d: %w", i, err)
	}
	if s.l1Time.Load() < onL1.RevealEnd {
		return nil
	}
	to := s.cfg.Deployment.Rollup
	data := s.rollup.PackFinalize(i, onL1.HeaderHash)
	cctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
	_, cerr := s.l1c.CallContract(cctx, ethereum.CallMsg{From: s.from, To: &to, Data: data}, nil)
	cancel()
	if cerr != nil {
		if l1.RevertName(cerr) == "DisputePeriodOpen" {
			return nil // the L1 clock has not reached revealEnd in the latest block yet
		}
		return fmt.Errorf("finalize batch %d would revert: %s: %w", i, l1.RevertName(cerr), cerr)
	}
	rcpt, err := s.txm.Send(ctx, l1.TxCandidate{To: &to, Data: data})
	if err != nil {
		return fmt.Errorf("finalize batch %d: %w", i, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("finalize batch %d: tx %s reverted", i, rcpt.TxHash)
	}
	s.log.Info("batch finalized", "batch", i, "l1Tx", rcpt.TxHash)
	return nil
}

func headerBinding(h *l1iface.BatchHeader) bindings.L1CodecBatchHeader {
	return bindings.L1CodecBatchHeader{
		Index: h.Index, ParentHash: h.ParentHash, PreStateRoot: h.PreStateRoot, PostStateRoot: h.PostStateRoot,
		ReceiptsRoot: h.ReceiptsRoot, WithdrawalsRoot: h.WithdrawalsRoot, MessagesConsumed: h.MessagesConsumed,
		MessagesRollingHash: h.MessagesRollingHash, BodyHash: h.BodyHash,
	}
}
