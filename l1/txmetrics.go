package l1

import "math/big"

// TxMetrics receives the TxManager's measurements. Services implement it
// with their metrics library (l1 imports none); embedding NoopTxMetrics
// keeps an implementation compiling when methods are added. The manager
// may call these with its lock held: they must be quick and must not call
// back into the manager.
type TxMetrics interface {
	// RecordNonce: the next nonce the manager will assign.
	RecordNonce(next uint64)
	// RecordTxSent: a new transaction (a fresh nonce) was broadcast.
	RecordTxSent()
	// RecordFeeBump: a fee-bumped replacement was signed and broadcast.
	RecordFeeBump()
	// RecordFeeCapped: whether any pending tx is stuck at the fee caps
	// (MaxTipCap/MaxFeeCap leave no room for a replacement, so it is only
	// rebroadcast); reported after every resubmission and settlement.
	RecordFeeCapped(capped bool)
	// RecordTxConfirmed: a tx reached its confirmation depth; feeWei is
	// what it paid (gas used × effective gas price).
	RecordTxConfirmed(gasUsed uint64, feeWei *big.Int)
	// RecordChainReset: the node's chain was reset under the manager,
	// which failed every pending send with ErrChainReset.
	RecordChainReset()
}

// NoopTxMetrics records nothing; it is the default.
type NoopTxMetrics struct{}

var _ TxMetrics = NoopTxMetrics{}

func (NoopTxMetrics) RecordNonce(uint64)                 {}
func (NoopTxMetrics) RecordTxSent()                      {}
func (NoopTxMetrics) RecordFeeBump()                     {}
func (NoopTxMetrics) RecordFeeCapped(bool)               {}
func (NoopTxMetrics) RecordTxConfirmed(uint64, *big.Int) {}
func (NoopTxMetrics) RecordChainReset()                  {}
