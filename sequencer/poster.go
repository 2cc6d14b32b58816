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

// maxInFlight bounds the batch txs pipelined ahead of L1 (each waits for
// the one before it in nonce order, so they land in index order).
const maxInFlight = 8

// inflight is a batch tx the poster submitted and has not seen settle.
type inflight struct {
	index uint64
	gas   uint64 // its gas limit
	sent  *l1.Sent
}

// Batch gas: execution (storing the header, checking the queue) plus
// calldata at no more than the EIP-7623 floor of 40 gas per byte (48 with
// a margin). The execution allowance starts at minBatchExecGas and grows
// to 1.25 × the largest execution the estimates of unpipelined batches
// measured, since chains price storage differently (geth --dev runs the
// draft Bogota fork, whose state-creation gas triples it).
const (
	minBatchExecGas = 300_000
	maxBatchExecGas = 8_000_000
	batchGasPerByte = 48
)

func (s *Service) batchGasLimit(dataLen int) uint64 {
	if s.batchExecGas < minBatchExecGas {
		s.batchExecGas = minBatchExecGas
	}
	return s.batchExecGas + batchGasPerByte*uint64(dataLen)
}

// learnBatchGas raises the execution allowance from an estimate of a
// batch tx of dataLen bytes.
func (s *Service) learnBatchGas(est uint64, dataLen int) {
	cd := 16 * uint64(dataLen) // at least this much of the estimate is calldata
	if est <= cd {
		return
	}
	if exec := (est - cd) * 5 / 4; exec > s.batchExecGas {
		s.batchExecGas = min(exec, maxBatchExecGas)
		s.log.Info("batch gas allowance raised from an estimate", "execGas", s.batchExecGas, "estimate", est, "bytes", dataLen)
	}
}

// postOnce submits the batches L1 expects next, up to maxInFlight ahead,
// and reaps the ones that settled.
func (s *Service) postOnce(ctx context.Context) error {
	if err := s.reapPosted(); err != nil {
		return err
	}
	if len(s.posting) == 0 {
		if pend := s.txm.PendingTxs(); len(pend) > 0 {
			// Txs from before a restart (or a Stop mid-send): the manager
			// drives them to inclusion; decide again once they settled.
			wctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
			defer cancel()
			if err := s.txm.WaitAll(wctx); err != nil && ctx.Err() == nil {
				return fmt.Errorf("wait for %d pending L1 txs: %w", len(pend), err)
			}
			return nil
		}
	}
	next, err := callRollup(ctx, s, s.rollup.PackNextBatchIndex(), s.rollup.UnpackNextBatchIndex)
	if err != nil {
		return fmt.Errorf("read next batch index: %w", err)
	}
	if next > 1 && next-1 > s.lastPosted.Load() {
		s.lastPosted.Store(next - 1)
		s.m.postedBatch.Set(float64(next - 1))
	}
	i := next
	if n := len(s.posting); n > 0 {
		i = max(i, s.posting[n-1].index+1)
	}
	for len(s.posting) < maxInFlight {
		r, ok, err := s.db.batch(i)
		if err != nil || !ok || r.Status == "rejected" {
			return err // not sealed yet
		}
		if i == next && len(s.posting) == 0 {
			// L1's last batch must be this chain's parent of r.
			prev, err := callRollup(ctx, s, s.rollup.PackBatch(next-1), s.rollup.UnpackBatch)
			if err != nil {
				return fmt.Errorf("read batch %d: %w", next-1, err)
			}
			if common.Hash(prev.HeaderHash) != r.Header.ParentHash {
				return fmt.Errorf("L1's batch %d has header %s, but this sequencer's batch %d names parent %s: L2 and L1 disagree",
					next-1, common.Hash(prev.HeaderHash), next, r.Header.ParentHash)
			}
		}
		if late, err := s.wouldBeOverdue(ctx, r); err != nil {
			return err
		} else if late {
			if len(s.posting) > 0 {
				return nil // rebuild once the batches before it settled
			}
			s.m.overdueRebuild.Inc()
			s.log.Warn("sealed batch would leave an L1 message overdue: rebuilding it", "batch", r.Index, "messagesConsumed", r.Header.MessagesConsumed)
			s.rollbacks <- rollbackReq{to: i - 1, reason: fmt.Sprintf("batch %d would leave an L1 message overdue", r.Index)}
			return nil
		}
		body, err := s.chain.body(r)
		if err != nil {
			return err
		}
		data := s.rollup.PackSubmitBatch(headerBinding(&r.Header), body)
		to := s.cfg.Deployment.Rollup
		if len(s.posting) == 0 {
			// A dry run of the first (a batch L1 would refuse costs
			// nothing), which also measures what a batch's execution
			// costs on this chain.
			cctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
			est, cerr := s.l1c.EstimateGas(cctx, ethereum.CallMsg{From: s.from, To: &to, Data: data})
			cancel()
			if cerr != nil {
				return fmt.Errorf("batch %d would be refused by L1: %s: %w", r.Index, l1.RevertName(cerr), cerr)
			}
			s.learnBatchGas(est, len(data))
		}
		// A gas limit, not an estimate, for every batch: the estimate of a
		// batch whose parent is still in flight would revert.
		gas := s.batchGasLimit(len(data))
		sent, err := s.txm.Submit(ctx, l1.TxCandidate{To: &to, Data: data, GasLimit: gas})
		if err != nil {
			return fmt.Errorf("post batch %d: %w", r.Index, err)
		}
		s.log.Info("posting batch", "batch", r.Index, "bodyBytes", len(body), "headerHash", r.HeaderHash, "l1Nonce", sent.Nonce())
		s.posting = append(s.posting, inflight{index: r.Index, gas: gas, sent: sent})
		i++
	}
	return nil
}

// reapPosted collects the batch txs that settled, in order. A failed or
// reverted one empties the pipeline (the ones after it fail too) and the
// next round decides again from L1.
func (s *Service) reapPosted() error {
	for len(s.posting) > 0 {
		p := s.posting[0]
		select {
		case <-p.sent.Done():
		default:
			return nil
		}
		s.posting = s.posting[1:]
		rcpt, err := p.sent.Result()
		if err == nil && rcpt.Status != types.ReceiptStatusSuccessful {
			err = fmt.Errorf("tx %s reverted", rcpt.TxHash)
			if rcpt.GasUsed >= p.gas {
				// Out of gas: this chain prices a batch above what was
				// learned (a new fork's gas schedule); double the allowance.
				s.batchExecGas = min(2*s.batchExecGas, maxBatchExecGas)
				err = fmt.Errorf("tx %s ran out of its %d gas (the execution allowance is now %d)", rcpt.TxHash, p.gas, s.batchExecGas)
			}
		}
		if err != nil {
			s.posting = nil
			return fmt.Errorf("post batch %d: %w", p.index, err)
		}
		s.m.batchesPosted.Inc()
		if p.index > s.lastPosted.Load() {
			s.lastPosted.Store(p.index)
		}
		s.m.postedBatch.Set(float64(s.lastPosted.Load()))
		s.log.Info("batch posted", "batch", p.index, "l1Tx", rcpt.TxHash, "l1Block", rcpt.BlockNumber, "gasUsed", rcpt.GasUsed)
	}
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
	if s.reapFinalize() {
		return nil
	}
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
	sent, err := s.txm.Submit(ctx, l1.TxCandidate{To: &to, Data: data})
	if err != nil {
		return fmt.Errorf("finalize batch %d: %w", i, err)
	}
	s.finalizing = &inflight{index: i, sent: sent}
	return nil
}

// reapFinalize reports a settled finalize tx; it says whether one is
// still in flight.
func (s *Service) reapFinalize() (busy bool) {
	f := s.finalizing
	if f == nil {
		return false
	}
	select {
	case <-f.sent.Done():
	default:
		return true
	}
	s.finalizing = nil
	rcpt, err := f.sent.Result()
	switch {
	case err != nil:
		s.log.Warn("finalize failed", "batch", f.index, "err", err)
	case rcpt.Status != types.ReceiptStatusSuccessful:
		s.log.Warn("finalize reverted (finalized by someone else first?)", "batch", f.index, "l1Tx", rcpt.TxHash)
	default:
		s.log.Info("batch finalized", "batch", f.index, "l1Tx", rcpt.TxHash)
	}
	return false
}

func headerBinding(h *l1iface.BatchHeader) bindings.L1CodecBatchHeader {
	return bindings.L1CodecBatchHeader{
		Index: h.Index, ParentHash: h.ParentHash, PreStateRoot: h.PreStateRoot, PostStateRoot: h.PostStateRoot,
		ReceiptsRoot: h.ReceiptsRoot, WithdrawalsRoot: h.WithdrawalsRoot, MessagesConsumed: h.MessagesConsumed,
		MessagesRollingHash: h.MessagesRollingHash, BodyHash: h.BodyHash,
	}
}
