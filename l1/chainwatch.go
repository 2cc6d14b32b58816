package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"
)

// ErrChainReset: the node no longer serves the chain the manager's pending
// transactions were made for (a dev node restarted from genesis, another
// chain behind the same URL). Every waiting Send gets it, and so does
// every later one: the manager stops driving its txs rather than bump fees
// on nonces the chain does not know. The state file is kept: after
// checking what L1 holds, remove it to start over on the new chain.
var ErrChainReset = errors.New("L1 chain reset under the tx manager")

// unusable says why Send may not start: the chain was reset, or Close.
func (m *TxManager) unusable() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.reset != nil {
		return m.reset
	}
	if m.ctx.Err() != nil {
		return errors.New("tx manager: closed")
	}
	return nil
}

// watchChain checks every ResubmitInterval, while txs are pending, that
// the node still serves their chain, and fails them all once it does not.
func (m *TxManager) watchChain() {
	defer m.wg.Done()
	var gap *uint64 // the node's pending nonce when a gap was first seen
	for {
		select {
		case <-m.ctx.Done():
			return
		case <-time.After(m.cfg.ResubmitInterval):
		}
		err := m.checkChain(m.ctx, &gap)
		if errors.Is(err, ErrChainReset) {
			m.chainReset(err)
			return
		}
		if err != nil && m.ctx.Err() == nil {
			m.log.Warn("checking the L1 chain", "err", err)
		}
	}
}

// checkChain returns an ErrChainReset when the node's chain id or genesis
// changed, or when its pending nonce for our account (mined txs and the
// executable ones in its pool) is below our lowest pending nonce and did
// not advance for a round. Every nonce below our lowest pending one was
// confirmed on L1 or known to the node when the manager started, so a
// node that knows none of them lost the chain those txs were on: our txs
// can never be mined there, whatever their fees.
func (m *TxManager) checkChain(ctx context.Context, gap **uint64) error {
	lowest, ok := m.lowestPending()
	if !ok {
		*gap = nil
		return nil
	}
	id, err := m.client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	if id.Cmp(m.chainID) != 0 {
		return fmt.Errorf("%w: the node's chain id is %v, the pending txs are signed for %v", ErrChainReset, id, m.chainID)
	}
	g, err := m.client.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return fmt.Errorf("genesis: %w", err)
	}
	if g.Hash() != m.genesis {
		return fmt.Errorf("%w: the node's genesis block is %s, it was %s", ErrChainReset, g.Hash(), m.genesis)
	}
	n, err := m.client.PendingNonceAt(ctx, m.from)
	if err != nil {
		return fmt.Errorf("nonce: %w", err)
	}
	switch {
	case n >= lowest:
		*gap = nil
	case *gap == nil || n > **gap:
		*gap = &n // a gap, or one still closing: give it a round
	default:
		return fmt.Errorf("%w: the node's nonce for %s is %d, below the lowest pending nonce %d, and did not advance for %v "+
			"(it knows none of the txs below, which were confirmed or pending when they were last seen)",
			ErrChainReset, m.from, n, lowest, m.cfg.ResubmitInterval)
	}
	return nil
}

func (m *TxManager) lowestPending() (uint64, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var lowest uint64
	ok := false
	for n := range m.pending {
		if !ok || n < lowest {
			lowest, ok = n, true
		}
	}
	return lowest, ok
}

// chainReset fails every pending Send with err and stops every driver:
// no more rebroadcasts or bumps. The records stay in the state file (and
// in Pending) for an operator to reconcile with L1.
func (m *TxManager) chainReset(err error) {
	m.mu.Lock()
	m.reset = err
	recs := make([]*txRecord, 0, len(m.pending))
	for _, r := range m.pending {
		if !r.over {
			r.over, r.err = true, err
			recs = append(recs, r)
		}
	}
	m.mu.Unlock()
	m.cancel()
	m.log.Error("L1 chain reset: failing every pending send; the state file is kept, remove it once L1 is reconciled",
		"err", err, "pending", len(recs), "stateFile", m.cfg.StatePath)
	m.cfg.Metrics.RecordChainReset()
	for _, r := range recs {
		close(r.done)
	}
}
