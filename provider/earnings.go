package provider

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

// healthLoop checks the GPUs every HealthInterval: an unhealthy GPU stops
// taking jobs (its slots leave the scheduler) and says why; the offer on
// L2 follows the healthy count.
func (s *Service) healthLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.HealthInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.healthCheck()
		}
	}
}

func (s *Service) healthCheck() {
	changed := s.gpus.Check()
	infos := s.gpus.Info()
	for i, h := range s.gpus.Health() {
		idx := fmt.Sprint(i)
		s.m.gpuUtil.WithLabelValues(idx).Set(float64(h.UtilizationPercent))
		s.m.gpuTemp.WithLabelValues(idx).Set(float64(h.TemperatureC))
		s.m.gpuECC.WithLabelValues(idx).Set(float64(h.ECCUncorrected))
		v := 0.0
		if h.Healthy {
			v = 1
		}
		s.m.gpuHealthy.WithLabelValues(idx, infos[i].UUID).Set(v)
	}
	if !s.usesGPUs() {
		return
	}
	for _, t := range changed {
		s.sched.setHealthy(t.Index, t.Healthy)
	}
	if len(changed) > 0 {
		s.offerDirty.Store(true)
	}
}

// followLoop follows receipts to payment, refreshes the bond, exposure
// and balance, updates the offer after health changes, and withdraws
// earnings.
func (s *Service) followLoop(ctx context.Context) {
	for {
		s.mu.Lock()
		s.pruneLocked(time.Now())
		s.mu.Unlock()
		s.followReceipts(ctx)
		s.refreshAccount(ctx)
		if s.usesGPUs() && s.offerDirty.Swap(false) {
			if err := s.register(ctx); err != nil && ctx.Err() == nil {
				s.offerDirty.Store(true)
				s.log.Warn("update the offer after a GPU health change", "err", err)
			}
		}
		if err := s.earnings(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("earnings", "err", err)
		}
		if !sleep(ctx, s.cfg.PollInterval) {
			return
		}
	}
}

// followReceipts marks included receipts paid (their batch is final) or
// slashed.
func (s *Service) followReceipts(ctx context.Context) {
	s.mu.Lock()
	var rs []*jobRecord
	for _, r := range s.jobs {
		if r.State == StateReceipted {
			c := *r
			rs = append(rs, &c)
		}
	}
	s.mu.Unlock()
	for _, r := range rs {
		cctx, cancel := s.call(ctx)
		rc, err := s.cli.Receipt(cctx, r.ReceiptID)
		cancel()
		if err != nil {
			if ctx.Err() == nil {
				s.log.Debug("read receipt", "receipt", r.ReceiptID, "err", err)
			}
			continue
		}
		if rc.JobID != r.ID || rc.Provider != s.me || rc.TraceRoot != r.TraceRoot {
			s.log.Error("the sequencer's receipt differs from the one posted", "receipt", r.ReceiptID, "job", rc.JobID, "provider", rc.Provider)
			continue
		}
		switch rc.Status {
		case client.ReceiptPaid:
			r.State, r.DoneAt = StatePaid, time.Now()
			s.m.jobs.WithLabelValues("paid").Inc()
			s.log.Info("receipt paid", "job", r.ID, "receipt", r.ReceiptID, "price", r.Price)
		case client.ReceiptSlashed:
			r.State, r.DoneAt = StateSlashed, time.Now()
			s.m.jobs.WithLabelValues("slashed").Inc()
			s.log.Error("receipt SLASHED: a challenger proved it false (check the executor and the GPU)", "job", r.ID, "receipt", r.ReceiptID, "slash", r.SlashAmount)
		case client.ReceiptForfeited:
			r.State, r.DoneAt = StateForfeited, time.Now()
			s.m.jobs.WithLabelValues("forfeited").Inc()
			s.log.Error("receipt FORFEITED: another receipt of this provider was proven false while this one was locked; the buyer was refunded and the provider is suspended until it re-bonds", "job", r.ID, "receipt", r.ReceiptID, "price", r.Price)
		default:
			continue
		}
		_ = s.save(r)
	}
}

// refreshAccount reads the bond mirror, exposure and L2 balance.
func (s *Service) refreshAccount(ctx context.Context) {
	cctx, cancel := s.call(ctx)
	defer cancel()
	if p, err := s.cli.Provider(cctx, s.me); err == nil && p.Bond != nil && p.Exposure != nil {
		s.mu.Lock()
		s.lastBond = p
		s.mu.Unlock()
		s.m.bond.Set(tokens((*uint256.Int)(p.Bond).ToBig()))
		s.m.exposure.Set(tokens((*uint256.Int)(p.Exposure).ToBig()))
		s.checkSuspension(p)
	}
	if a, err := s.cli.Account(cctx, s.me); err == nil && a.Balance != nil {
		b := (*uint256.Int)(a.Balance).ToBig()
		s.mu.Lock()
		s.l2Bal = b
		s.mu.Unlock()
		s.m.l2Balance.Set(tokens(b))
	}
	if b, err := s.L1Bonded(cctx); err == nil {
		s.mu.Lock()
		s.l1Bonded = b
		s.mu.Unlock()
	}
	pending, released, withdrawn := s.earningsTotals()
	s.m.earnPending.Set(tokens(pending))
	s.m.earnReleased.Set(tokens(released))
	s.m.withdrawn.Set(tokens(withdrawn))
}

// earningsTotals: prices of receipts not yet paid, of paid receipts, and
// the amounts claimed on L1.
func (s *Service) earningsTotals() (pending, released, withdrawn *big.Int) {
	pending, released, withdrawn = new(big.Int), new(big.Int), new(big.Int)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.archived.released != nil {
		released.Add(released, s.archived.released)
	}
	for _, r := range s.jobs {
		p, ok := new(big.Int).SetString(r.Price, 10)
		if !ok {
			continue
		}
		switch r.State {
		case StateReceipted:
			pending.Add(pending, p)
		case StatePaid:
			released.Add(released, p)
		}
	}
	for _, w := range s.ws {
		if a, ok := new(big.Int).SetString(w.Amount, 10); ok && w.State == WithdrawalClaimed {
			withdrawn.Add(withdrawn, a)
		}
	}
	return pending, released, withdrawn
}

// keep is the L2 balance a withdrawal leaves for fees.
func (s *Service) keep() *big.Int {
	if s.cfg.FeeReserve != nil && s.cfg.FeeReserve.Sign() > 0 {
		return s.cfg.FeeReserve
	}
	return new(big.Int).Mul(s.cfg.MaxL2Fee.ToBig(), big.NewInt(10))
}

// earnings moves earnings to L1: follow the open withdrawal (L2 Withdraw
// included, then final, then claimed on L1 with the API's proof), or
// start one when the balance is WithdrawMin above the fee reserve.
func (s *Service) earnings(ctx context.Context) error {
	s.mu.Lock()
	var open *withdrawalRecord
	for _, w := range s.ws {
		if w.State == WithdrawalSent || w.State == WithdrawalIncluded {
			c := *w
			open = &c
			break
		}
	}
	s.mu.Unlock()
	if open != nil {
		return s.followWithdrawal(ctx, open)
	}
	if s.cfg.WithdrawMin == nil || s.cfg.WithdrawMin.Sign() <= 0 {
		return nil
	}
	cctx, cancel := s.call(ctx)
	acc, err := s.cli.Account(cctx, s.me)
	cancel()
	if err != nil {
		return err
	}
	excess := new(big.Int).Sub((*uint256.Int)(acc.Balance).ToBig(), s.keep())
	if excess.Cmp(s.cfg.WithdrawMin) < 0 {
		return nil
	}
	to := s.cfg.WithdrawTo
	if to == (common.Address{}) {
		to = s.me
	}
	amount, _ := uint256.FromBig(excess)
	w := &withdrawalRecord{To: to, Amount: excess.String(), State: WithdrawalSent, At: time.Now()}
	s.txMu.Lock()
	_, err = s.sendL2Locked(ctx, &state.Withdraw{To: to, Amount: amount}, func(raw []byte, h common.Hash) error {
		w.TxHash, w.TxRaw = h, raw
		return s.saveWithdrawal(w)
	})
	s.txMu.Unlock()
	if err != nil {
		if w.TxHash != (common.Hash{}) {
			w.State = WithdrawalDropped
			_ = s.saveWithdrawal(w)
		}
		return fmt.Errorf("withdraw: %w", err)
	}
	s.log.Info("withdrawing to L1 what is above the fee reserve", "amount", excess, "to", to, "tx", w.TxHash)
	return nil
}

func (s *Service) saveWithdrawal(w *withdrawalRecord) error {
	if err := s.db.putWithdrawal(w); err != nil {
		return err
	}
	c := *w
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.ws {
		if s.ws[i].TxHash == w.TxHash {
			s.ws[i] = &c
			return nil
		}
	}
	s.ws = append(s.ws, &c)
	return nil
}

func (s *Service) followWithdrawal(ctx context.Context, w *withdrawalRecord) error {
	cctx, cancel := s.call(ctx)
	st, err := s.cli.TxStatus(cctx, w.TxHash)
	cancel()
	if err != nil {
		return err
	}
	switch st.Status {
	case client.StatusPending:
		return nil
	case client.StatusUnknown:
		// Persisted but perhaps never sent: send it again; a nonce taken
		// since means it never will be.
		cctx, cancel := s.call(ctx)
		_, err := s.cli.SendRawTransaction(cctx, w.TxRaw)
		cancel()
		if err != nil && client.CodeOf(err) != 803 {
			if client.CodeOf(err) != 0 {
				w.State = WithdrawalDropped
				s.log.Warn("withdrawal never sent: dropped", "tx", w.TxHash, "err", err)
				return s.saveWithdrawal(w)
			}
			return err
		}
		return nil
	case client.StatusDropped:
		w.State = WithdrawalDropped
		s.m.dropped(st.Code)
		s.log.Warn("withdrawal dropped", "tx", w.TxHash, "code", st.Code, "message", st.Message)
		return s.saveWithdrawal(w)
	}
	if st.WithdrawalID == nil || st.Batch == nil {
		return fmt.Errorf("withdrawal %s is %s without its id or batch", w.TxHash, st.Status)
	}
	if w.State == WithdrawalSent {
		w.State, w.WithdrawalID, w.Batch = WithdrawalIncluded, uint64(*st.WithdrawalID), uint64(*st.Batch)
		if err := s.saveWithdrawal(w); err != nil {
			return err
		}
	}
	if st.Status != client.StatusFinal {
		return nil
	}
	return s.claim(ctx, w)
}

// claim claims a final withdrawal on L1 (Rollup.withdraw with the API's
// proof), once.
func (s *Service) claim(ctx context.Context, w *withdrawalRecord) error {
	r := bindings.NewRollup()
	out, err := s.l1Call(ctx, s.cfg.Deployment.Rollup, r.PackWithdrawalClaimed(w.WithdrawalID))
	if err != nil {
		return fmt.Errorf("read withdrawal %d: %w", w.WithdrawalID, err)
	}
	if claimed, err := r.UnpackWithdrawalClaimed(out); err != nil {
		return err
	} else if claimed {
		w.State = WithdrawalClaimed
		s.log.Info("withdrawal claimed on L1", "id", w.WithdrawalID, "amount", w.Amount)
		return s.saveWithdrawal(w)
	}
	out, err = s.l1Call(ctx, s.cfg.Deployment.Rollup, r.PackLastFinalized())
	if err != nil {
		return err
	}
	if last, err := r.UnpackLastFinalized(out); err != nil || last < w.Batch {
		return err // not final on L1 yet (the sequencer saw it first)
	}
	cctx, cancel := s.call(ctx)
	ws, err := s.cli.Withdrawals(cctx, s.me)
	cancel()
	if err != nil {
		return err
	}
	for _, x := range ws {
		if uint64(x.WithdrawalID) != w.WithdrawalID {
			continue
		}
		if x.From != s.me || x.To != w.To || uint64(x.Batch) != w.Batch || x.Amount == nil || (*uint256.Int)(x.Amount).Dec() != w.Amount {
			return fmt.Errorf("the sequencer's withdrawal %d (%s → %s, %v in batch %d) is not the one sent", w.WithdrawalID, x.From, x.To, x.Amount, uint64(x.Batch))
		}
		proof := make([][32]byte, len(x.Proof))
		for i := range x.Proof {
			proof[i] = x.Proof[i]
		}
		leaf := bindings.L1CodecWithdrawalLeaf{I: new(big.Int).SetUint64(uint64(x.Index)), WithdrawalId: w.WithdrawalID,
			From: x.From, To: x.To, Amount: (*uint256.Int)(x.Amount).ToBig()}
		if err := s.l1Send(ctx, "withdraw", s.cfg.Deployment.Rollup, r.PackWithdraw(w.Batch, leaf, proof)); err != nil {
			if strings.Contains(err.Error(), "AlreadyClaimed") {
				return nil // the next round reads it claimed
			}
			return err
		}
		w.State = WithdrawalClaimed
		s.log.Info("earnings withdrawn to L1", "id", w.WithdrawalID, "amount", w.Amount, "to", w.To)
		return s.saveWithdrawal(w)
	}
	return errors.New("the sequencer lists no proof for withdrawal " + fmt.Sprint(w.WithdrawalID) + " yet")
}
