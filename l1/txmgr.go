package l1

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Client is what the transaction manager and the follower need from an
// Ethereum node; *ethclient.Client and simulated.Client satisfy it.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// TxManagerConfig configures a TxManager. Zero values take the defaults
// noted on each field.
type TxManagerConfig struct {
	Key *ecdsa.PrivateKey
	// StatePath is the file holding the pending transactions (required):
	// a restarted manager resumes them and never reuses their nonces.
	StatePath string
	// Confirmations: blocks on top of the inclusion block, counting it
	// (default 1: included).
	Confirmations uint64
	// ResubmitInterval: how long a version may wait unmined before the fee
	// is bumped (or, at the cap, the tx rebroadcast). Default 30 s.
	ResubmitInterval time.Duration
	// PollInterval for receipts and heads. Default 1 s.
	PollInterval time.Duration
	// FeeBumpPercent per resubmission; at least 10, geth's replacement
	// minimum. Default 15.
	FeeBumpPercent uint64
	// MaxFeeCap caps maxFeePerGas (default 500 gwei); MaxTipCap caps the
	// priority fee (default 20 gwei); MinTipCap is the least tip used
	// (default 1 gwei).
	MaxFeeCap, MaxTipCap, MinTipCap *big.Int
	// GasMarginPercent is added to estimates (default 20).
	GasMarginPercent uint64
	// LowBalance: a warning is logged when the balance falls below it
	// (default 0.1 ether).
	LowBalance *big.Int
	Logger     *slog.Logger
	// Metrics receives the manager's measurements (default: none).
	Metrics TxMetrics
}

func (c *TxManagerConfig) defaults() error {
	if c.Key == nil {
		return errors.New("tx manager: no key")
	}
	if c.StatePath == "" {
		return errors.New("tx manager: no state path")
	}
	gwei := big.NewInt(1_000_000_000)
	if c.Confirmations == 0 {
		c.Confirmations = 1
	}
	if c.ResubmitInterval <= 0 {
		c.ResubmitInterval = 30 * time.Second
	}
	if c.PollInterval <= 0 {
		c.PollInterval = time.Second
	}
	if c.FeeBumpPercent == 0 {
		c.FeeBumpPercent = 15
	}
	if c.FeeBumpPercent < 10 {
		return fmt.Errorf("tx manager: fee bump %d%% is below the 10%% a node needs to replace a tx", c.FeeBumpPercent)
	}
	if c.MaxFeeCap == nil {
		c.MaxFeeCap = new(big.Int).Mul(big.NewInt(500), gwei)
	}
	if c.MaxTipCap == nil {
		c.MaxTipCap = new(big.Int).Mul(big.NewInt(20), gwei)
	}
	if c.MinTipCap == nil {
		c.MinTipCap = new(big.Int).Set(gwei)
	}
	if c.MinTipCap.Cmp(c.MaxTipCap) > 0 || c.MaxTipCap.Cmp(c.MaxFeeCap) > 0 {
		return errors.New("tx manager: need MinTipCap ≤ MaxTipCap ≤ MaxFeeCap")
	}
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = 20
	}
	if c.LowBalance == nil {
		c.LowBalance = big.NewInt(100_000_000_000_000_000)
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Metrics == nil {
		c.Metrics = NoopTxMetrics{}
	}
	return nil
}

// ErrNonceTaken: a transaction not sent by this manager was mined with a
// nonce the manager had reserved (the key is used elsewhere).
var ErrNonceTaken = errors.New("nonce used by a transaction this manager did not send")

// TxManager owns the nonces of one key and is the only way gpuroll writes
// to L1. Send assigns the next nonce, persists the signed tx before it is
// broadcast, and drives it to the confirmation depth: it rebroadcasts a
// tx the node dropped, bumps the EIP-1559 fees by FeeBumpPercent after
// each ResubmitInterval (up to MaxFeeCap), and notices a reorg that undoes
// an inclusion. Every pending tx is driven by a goroutine of the manager,
// so a caller that gives up does not leave a nonce gap behind.
type TxManager struct {
	cfg     TxManagerConfig
	client  Client
	from    common.Address
	chainID *big.Int
	// genesis is the node's block 0 at start: a node that comes back with
	// another one serves a new chain (a restarted dev node).
	genesis common.Hash
	signer  types.Signer
	log     *slog.Logger
	store   *txStore

	mu      sync.Mutex
	next    uint64
	pending map[uint64]*txRecord
	// reset is set (wrapping ErrChainReset) once the node's chain was
	// found reset: every later Send fails with it.
	reset error

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

type txRecord struct {
	nonce    uint64
	versions []*types.Transaction
	// capped is set (under the manager's lock) while the fee caps leave
	// no room for a replacement: why the tx may be stuck.
	capped *feeCapped
	// over is set (under the manager's lock) when the outcome is decided,
	// so that a confirmation and a chain reset racing settle it once.
	over    bool
	done    chan struct{}
	receipt *types.Receipt
	err     error
}

// feeCapped records a refused bump: the latest version's fees and the
// base fee the market asked for when the bump was tried.
type feeCapped struct {
	tip, feeCap, baseFee *big.Int
}

var _ Sender = (*TxManager)(nil)

// NewTxManager opens the state file, resumes every pending tx found there
// and returns a manager whose next nonce is above all of them and above
// the node's pending nonce.
func NewTxManager(ctx context.Context, client Client, cfg TxManagerConfig) (*TxManager, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("tx manager: chain id: %w", err)
	}
	genesis, err := client.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return nil, fmt.Errorf("tx manager: genesis: %w", err)
	}
	store, err := openTxStore(cfg.StatePath)
	if err != nil {
		return nil, err
	}
	m := &TxManager{
		cfg: cfg, client: client, from: crypto.PubkeyToAddress(cfg.Key.PublicKey), chainID: chainID, genesis: genesis.Hash(),
		signer: types.LatestSignerForChainID(chainID), log: cfg.Logger.With("component", "txmgr"),
		store: store, pending: map[uint64]*txRecord{},
	}
	fail := func(err error) (*TxManager, error) {
		store.close()
		return nil, err
	}
	f, err := store.load()
	if err != nil {
		return fail(err)
	}
	if f != nil {
		if f.ChainID.ToInt().Cmp(chainID) != 0 || f.From != m.from {
			return fail(fmt.Errorf("tx manager: state file %s belongs to chain %v account %s, not chain %v account %s",
				cfg.StatePath, f.ChainID, f.From, chainID, m.from))
		}
		for _, st := range f.Pending {
			rec := &txRecord{nonce: st.Nonce, done: make(chan struct{})}
			for _, raw := range st.Versions {
				tx := new(types.Transaction)
				if err := tx.UnmarshalBinary(raw); err != nil { // checked by parseStore; kept for safety
					return fail(fmt.Errorf("tx manager: state file: nonce %d: %w", st.Nonce, err))
				}
				if from, err := types.Sender(m.signer, tx); err != nil || from != m.from {
					return fail(fmt.Errorf("tx manager: state file: nonce %d: tx not signed by %s", st.Nonce, m.from))
				}
				rec.versions = append(rec.versions, tx)
			}
			m.pending[st.Nonce] = rec
			if st.Nonce+1 > m.next {
				m.next = st.Nonce + 1
			}
		}
	}
	chainNonce, err := client.PendingNonceAt(ctx, m.from)
	if err != nil {
		return fail(fmt.Errorf("tx manager: nonce: %w", err))
	}
	if chainNonce > m.next {
		m.next = chainNonce
	}
	cfg.Metrics.RecordNonce(m.next)
	m.ctx, m.cancel = context.WithCancel(context.Background())
	for _, rec := range m.pending {
		m.log.Info("resuming pending L1 tx", "nonce", rec.nonce, "tx", rec.latest().Hash())
		m.wg.Add(1)
		go m.drive(rec, true)
	}
	m.wg.Add(1)
	go m.watchChain()
	return m, nil
}

// From is the manager's account.
func (m *TxManager) From() common.Address { return m.from }

// Close stops driving pending txs (they stay in the state file and a new
// manager resumes them) and releases the state file.
func (m *TxManager) Close() error {
	m.cancel()
	m.wg.Wait()
	return m.store.close()
}

// Pending returns the nonces not yet confirmed.
func (m *TxManager) Pending() []uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]uint64, 0, len(m.pending))
	for n := range m.pending {
		out = append(out, n)
	}
	return out
}

// PendingTx is a nonce the manager holds unconfirmed. After a restart a
// caller must decide what to (re)post from L1 state, never from this list
// alone: the list tells it which of its txs may still land.
type PendingTx struct {
	Nonce uint64
	// Versions are every signed version broadcast for the nonce, oldest
	// first; any of them may be the one mined. They share To, Value and
	// Data (the calldata) and differ only in fees.
	Versions []*types.Transaction
}

// PendingTxs returns the unconfirmed txs (resumed ones included) in nonce
// order.
func (m *TxManager) PendingTxs() []PendingTx {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]PendingTx, 0, len(m.pending))
	for _, r := range m.pending {
		out = append(out, PendingTx{Nonce: r.nonce, Versions: slices.Clone(r.versions)})
	}
	slices.SortFunc(out, func(a, b PendingTx) int { return cmp.Compare(a.Nonce, b.Nonce) })
	return out
}

// WaitAll waits until every pending tx (resumed ones included) is settled.
func (m *TxManager) WaitAll(ctx context.Context) error {
	m.mu.Lock()
	recs := make([]*txRecord, 0, len(m.pending))
	for _, r := range m.pending {
		recs = append(recs, r)
	}
	m.mu.Unlock()
	var errs []error
	for _, r := range recs {
		select {
		case <-r.done:
			if r.err != nil {
				errs = append(errs, fmt.Errorf("nonce %d: %w", r.nonce, r.err))
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return errors.Join(errs...)
}

func (r *txRecord) latest() *types.Transaction { return r.versions[len(r.versions)-1] }

// Send sends the candidate and returns its receipt once it has
// Confirmations blocks. The receipt may say the tx reverted in its block
// (the caller decides); a revert at estimation is returned as an error
// carrying the node's revert data (see RevertName). If ctx ends first the
// tx stays pending and is still driven to inclusion.
func (m *TxManager) Send(ctx context.Context, c TxCandidate) (*types.Receipt, error) {
	p, err := m.Submit(ctx, c)
	if err != nil {
		return nil, err
	}
	return p.Wait(ctx)
}

// Sent is a tx the manager broadcast and drives to inclusion.
type Sent struct {
	m   *TxManager
	rec *txRecord
}

// Nonce is the tx's nonce.
func (p *Sent) Nonce() uint64 { return p.rec.nonce }

// Wait returns the receipt once the tx has Confirmations blocks (as Send).
// If ctx ends first the tx stays pending and is still driven.
func (p *Sent) Wait(ctx context.Context) (*types.Receipt, error) {
	select {
	case <-p.rec.done:
		return p.rec.receipt, p.rec.err
	case <-ctx.Done():
		return nil, p.m.stillPending(p.rec, ctx.Err())
	}
}

// Done is closed once the tx is settled (Result then returns at once).
func (p *Sent) Done() <-chan struct{} { return p.rec.done }

// Result is the outcome of a settled tx (call after Done).
func (p *Sent) Result() (*types.Receipt, error) { return p.rec.receipt, p.rec.err }

// Submit is Send without the wait: it returns once the tx holds its nonce,
// is persisted and broadcast. Txs submitted one after another get
// consecutive nonces, so a caller can pipeline txs that must land in
// order (batches): give them a GasLimit, as the estimate of a tx that
// depends on an earlier one still pending would revert.
func (m *TxManager) Submit(ctx context.Context, c TxCandidate) (*Sent, error) {
	if err := m.unusable(); err != nil {
		return nil, err
	}
	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	gas := c.GasLimit
	if gas == 0 {
		est, err := m.client.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: c.To, Data: c.Data, Value: value})
		if err != nil {
			return nil, fmt.Errorf("estimate gas: %w", err)
		}
		gas = est * (100 + m.cfg.GasMarginPercent) / 100
	}
	tip, feeCap, err := m.initialFees(ctx)
	if err != nil {
		return nil, err
	}
	m.checkBalance(ctx, gas, feeCap, value)

	rec, err := m.reserveAndSend(ctx, c, value, gas, tip, feeCap)
	if err != nil {
		return nil, err
	}
	return &Sent{m: m, rec: rec}, nil
}

// stillPending is the error of a Send whose caller stopped waiting. It
// says when the tx is stuck at the fee caps, so that the operator learns
// why from the error and not only from a log line.
func (m *TxManager) stillPending(rec *txRecord, cause error) error {
	m.mu.Lock()
	c := rec.capped
	m.mu.Unlock()
	if c == nil {
		return fmt.Errorf("waiting for nonce %d (still pending, the manager keeps driving it): %w", rec.nonce, cause)
	}
	return fmt.Errorf("nonce %d stuck at the fee caps: tip %v wei (MaxTipCap %v), fee cap %v wei (MaxFeeCap %v), base fee %v wei when last bumped; "+
		"still pending, the manager keeps rebroadcasting it: %w",
		rec.nonce, c.tip, m.cfg.MaxTipCap, c.feeCap, m.cfg.MaxFeeCap, c.baseFee, cause)
}

// reserveAndSend assigns the nonce, persists the signed tx, broadcasts it
// once and hands it to a driver goroutine. The lock is held throughout so
// that a tx the node refuses outright can give its nonce back without a gap.
func (m *TxManager) reserveAndSend(ctx context.Context, c TxCandidate, value *big.Int, gas uint64, tip, feeCap *big.Int) (*txRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.reset != nil {
		return nil, m.reset // found while this Send estimated and priced
	}
	for attempt := 0; ; attempt++ {
		nonce := m.next
		tx, err := types.SignNewTx(m.cfg.Key, m.signer, &types.DynamicFeeTx{
			ChainID: m.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
			To: c.To, Value: value, Data: c.Data,
		})
		if err != nil {
			return nil, fmt.Errorf("sign: %w", err)
		}
		rec := &txRecord{nonce: nonce, versions: []*types.Transaction{tx}, done: make(chan struct{})}
		m.pending[nonce] = rec
		if err := m.persistLocked(); err != nil {
			delete(m.pending, nonce)
			return nil, err
		}
		m.next = nonce + 1
		sendErr := m.client.SendTransaction(ctx, tx)
		switch {
		case sendErr == nil || isKnown(sendErr):
		case isNonceTooLow(sendErr) && attempt == 0:
			// Someone used the key outside this manager: resync and retry once.
			m.rollbackLocked(nonce)
			n, err := m.client.PendingNonceAt(ctx, m.from)
			if err != nil {
				return nil, fmt.Errorf("resync nonce: %w", err)
			}
			if n > m.next {
				m.next = n
			}
			m.log.Warn("nonce too low, resynced from the node", "nonce", nonce, "next", m.next)
			continue
		case isPermanent(sendErr):
			m.rollbackLocked(nonce)
			return nil, fmt.Errorf("send tx (nonce %d released): %w", nonce, sendErr)
		default:
			// Unknown or transport error: the node may have the tx. Keep the
			// nonce; the driver rebroadcasts.
			m.log.Warn("send failed, will retry", "nonce", nonce, "err", sendErr)
		}
		m.log.Debug("sent L1 tx", "nonce", nonce, "tx", tx.Hash(), "tip", tip, "feeCap", feeCap, "gas", gas)
		m.cfg.Metrics.RecordTxSent()
		m.cfg.Metrics.RecordNonce(m.next)
		m.wg.Add(1)
		go m.drive(rec, false)
		return rec, nil
	}
}

func (m *TxManager) rollbackLocked(nonce uint64) {
	delete(m.pending, nonce)
	if m.next == nonce+1 {
		m.next = nonce
	}
	m.cfg.Metrics.RecordNonce(m.next)
	if err := m.persistLocked(); err != nil {
		m.log.Error("persist after releasing a nonce", "nonce", nonce, "err", err)
	}
}

func (m *TxManager) persistLocked() error {
	f := &storeFile{Version: storeVersion, ChainID: (*hexutil.Big)(m.chainID), From: m.from}
	for _, r := range m.pending {
		st := storedTx{Nonce: r.nonce}
		for _, v := range r.versions {
			b, err := v.MarshalBinary()
			if err != nil {
				return fmt.Errorf("encode tx: %w", err)
			}
			st.Versions = append(st.Versions, b)
		}
		f.Pending = append(f.Pending, st)
	}
	return m.store.save(f)
}

// drive resubmits one nonce until a version has Confirmations blocks.
func (m *TxManager) drive(rec *txRecord, resumed bool) {
	defer m.wg.Done()
	ctx := m.ctx
	lastSend := time.Now()
	if resumed {
		lastSend = time.Time{} // rebroadcast at once: the node may have lost it
	}
	for {
		rcpt, err := m.settled(ctx, rec)
		if err == nil && rcpt != nil {
			m.finish(rec, rcpt, nil)
			return
		}
		if errors.Is(err, ErrNonceTaken) {
			m.finish(rec, nil, err)
			return
		}
		if err != nil && !errors.Is(err, errNotYet) && ctx.Err() == nil {
			m.log.Warn("checking L1 tx", "nonce", rec.nonce, "err", err)
		}
		if rcpt == nil && err == nil && time.Since(lastSend) >= m.cfg.ResubmitInterval {
			m.resubmit(ctx, rec, !resumed || !lastSend.IsZero())
			lastSend = time.Now()
		}
		select {
		case <-ctx.Done():
			return // stays in the state file
		case <-time.After(m.cfg.PollInterval):
		}
	}
}

// errNotYet marks a mined tx still short of its confirmation depth.
var errNotYet = errors.New("not yet confirmed")

// settled returns the receipt once a version is included with enough
// confirmations on the canonical chain. (nil, errNotYet) while mined but
// not deep enough; (nil, nil) while no version is mined.
func (m *TxManager) settled(ctx context.Context, rec *txRecord) (*types.Receipt, error) {
	m.mu.Lock()
	versions := append([]*types.Transaction(nil), rec.versions...)
	m.mu.Unlock()
	for _, v := range versions {
		r, err := m.client.TransactionReceipt(ctx, v.Hash())
		if errors.Is(err, ethereum.NotFound) || (err == nil && r == nil) ||
			(err != nil && strings.Contains(err.Error(), "indexing is in progress")) {
			continue // not mined (or the node's index lags: same answer for now)
		}
		if err != nil {
			return nil, err
		}
		head, err := m.client.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		if head+1 < r.BlockNumber.Uint64()+m.cfg.Confirmations {
			return nil, errNotYet
		}
		// Guard against a receipt from a block a reorg has since replaced.
		h, err := m.client.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil {
			return nil, err
		}
		if h.Hash() != r.BlockHash {
			return nil, errNotYet
		}
		return r, nil
	}
	// No version mined. If the account's mined nonce passed ours, another
	// tx took it; re-check our versions once to rule out a race.
	mined, err := m.client.NonceAt(ctx, m.from, nil)
	if err != nil {
		return nil, err
	}
	if mined > rec.nonce {
		for _, v := range versions {
			if r, err := m.client.TransactionReceipt(ctx, v.Hash()); err == nil && r != nil {
				return nil, errNotYet
			}
		}
		return nil, ErrNonceTaken
	}
	return nil, nil
}

func (m *TxManager) finish(rec *txRecord, rcpt *types.Receipt, err error) {
	m.mu.Lock()
	if rec.over {
		m.mu.Unlock()
		return
	}
	rec.over = true
	rec.receipt, rec.err = rcpt, err
	delete(m.pending, rec.nonce)
	perr := m.persistLocked()
	m.mu.Unlock()
	if perr != nil {
		m.log.Error("persist after confirmation", "nonce", rec.nonce, "err", perr)
	}
	if rcpt != nil {
		m.log.Debug("L1 tx confirmed", "nonce", rec.nonce, "tx", rcpt.TxHash, "block", rcpt.BlockNumber, "status", rcpt.Status)
		m.cfg.Metrics.RecordTxConfirmed(rcpt.GasUsed, paid(rcpt))
	}
	m.reportCapped()
	close(rec.done)
}

// paid is what a mined tx cost: gas used × effective gas price.
func paid(r *types.Receipt) *big.Int {
	if r.EffectiveGasPrice == nil {
		return new(big.Int)
	}
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// reportCapped tells the metrics whether any pending tx is at the caps.
func (m *TxManager) reportCapped() {
	m.mu.Lock()
	defer m.mu.Unlock()
	capped := false
	for _, r := range m.pending {
		capped = capped || r.capped != nil
	}
	m.cfg.Metrics.RecordFeeCapped(capped)
}

// resubmit sends a fee-bumped replacement, or rebroadcasts the latest
// version when bumping is not wanted or the fee cap leaves no room.
func (m *TxManager) resubmit(ctx context.Context, rec *txRecord, bump bool) {
	m.mu.Lock()
	last := rec.latest()
	m.mu.Unlock()
	tx := last
	if bump {
		next, capped, err := m.bumped(ctx, last)
		switch {
		case err != nil:
			m.log.Warn("fee bump", "nonce", rec.nonce, "err", err)
		case capped != nil:
			m.markCapped(rec, capped)
		default:
			m.mu.Lock()
			rec.versions = append(rec.versions, next)
			rec.capped = nil
			err := m.persistLocked()
			m.mu.Unlock()
			if err != nil {
				m.log.Error("persist bumped tx", "nonce", rec.nonce, "err", err)
				return // never broadcast what a restart could not find
			}
			tx = next
			m.log.Info("bumped L1 tx fees", "nonce", rec.nonce, "tx", tx.Hash(), "tip", tx.GasTipCap(), "feeCap", tx.GasFeeCap())
			m.cfg.Metrics.RecordFeeBump()
		}
		m.reportCapped()
	}
	if err := m.client.SendTransaction(ctx, tx); err != nil && !isKnown(err) {
		m.log.Warn("resubmit", "nonce", rec.nonce, "tx", tx.Hash(), "err", err)
	}
}

// markCapped records that rec's fees cannot be raised any more; the
// warning is logged once per capped spell, not every round.
func (m *TxManager) markCapped(rec *txRecord, c *feeCapped) {
	m.mu.Lock()
	first := rec.capped == nil
	rec.capped = c
	m.mu.Unlock()
	if first {
		m.log.Warn("L1 tx at the fee caps, rebroadcasting", "nonce", rec.nonce, "tip", c.tip, "maxTipCap", m.cfg.MaxTipCap,
			"feeCap", c.feeCap, "maxFeeCap", m.cfg.MaxFeeCap, "baseFee", c.baseFee)
	}
}

// initialFees: tip = the node's suggestion within [MinTipCap, MaxTipCap];
// fee cap = 2 × base fee + tip, at most MaxFeeCap.
func (m *TxManager) initialFees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	f, err := m.marketFees(ctx)
	return f.tip, f.feeCap, err
}

// fees are what the market asks now, within the configured caps.
type fees struct {
	base, tip, feeCap *big.Int
}

func (m *TxManager) marketFees(ctx context.Context) (fees, error) {
	head, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fees{}, fmt.Errorf("fees: head: %w", err)
	}
	tip, err := m.client.SuggestGasTipCap(ctx)
	if err != nil {
		return fees{}, fmt.Errorf("fees: tip: %w", err)
	}
	tip = clampBig(tip, m.cfg.MinTipCap, m.cfg.MaxTipCap)
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
		m.log.Warn("L1 base fee near the fee cap", "baseFee", base, "maxFeeCap", m.cfg.MaxFeeCap)
	}
	return fees{base: base, tip: tip, feeCap: feeCap}, nil
}

// bumped returns a replacement with both fees raised by FeeBumpPercent
// (and at least to the current market), or, when the caps leave no room
// for a replacement the node would accept, why (and no tx).
func (m *TxManager) bumped(ctx context.Context, last *types.Transaction) (*types.Transaction, *feeCapped, error) {
	market, err := m.marketFees(ctx)
	if err != nil {
		return nil, nil, err
	}
	tip, feeCap := market.tip, market.feeCap
	pct := big.NewInt(int64(100 + m.cfg.FeeBumpPercent))
	bump := func(v *big.Int) *big.Int {
		x := new(big.Int).Mul(v, pct)
		x.Div(x, big.NewInt(100))
		if x.Cmp(v) <= 0 {
			x.Add(v, big.NewInt(1))
		}
		return x
	}
	// Both caps hold for every version, bumps included; the market values
	// (tip, feeCap) are within them already.
	newTip := minBig(maxBig(bump(last.GasTipCap()), tip), m.cfg.MaxTipCap)
	newFee := minBig(maxBig(bump(last.GasFeeCap()), feeCap), m.cfg.MaxFeeCap)
	newTip = minBig(newTip, newFee)
	// A node replaces a pending tx only if both fees rise by ≥ 10%: when a
	// cap stops either, a replacement would be refused, so rebroadcast.
	min := func(v *big.Int) *big.Int { x := new(big.Int).Mul(v, big.NewInt(110)); return x.Div(x, big.NewInt(100)) }
	if newFee.Cmp(min(last.GasFeeCap())) < 0 || newTip.Cmp(min(last.GasTipCap())) < 0 {
		return nil, &feeCapped{tip: last.GasTipCap(), feeCap: last.GasFeeCap(), baseFee: market.base}, nil
	}
	tx, err := types.SignNewTx(m.cfg.Key, m.signer, &types.DynamicFeeTx{
		ChainID: m.chainID, Nonce: last.Nonce(), GasTipCap: newTip, GasFeeCap: newFee, Gas: last.Gas(),
		To: last.To(), Value: last.Value(), Data: last.Data(), AccessList: last.AccessList(),
	})
	if err != nil {
		return nil, nil, fmt.Errorf("sign bump: %w", err)
	}
	return tx, nil, nil
}

func (m *TxManager) checkBalance(ctx context.Context, gas uint64, feeCap, value *big.Int) {
	bal, err := m.client.BalanceAt(ctx, m.from, nil)
	if err != nil {
		m.log.Warn("L1 balance", "err", err)
		return
	}
	need := new(big.Int).Mul(new(big.Int).SetUint64(gas), feeCap)
	need.Add(need, value)
	if bal.Cmp(m.cfg.LowBalance) < 0 || bal.Cmp(need) < 0 {
		m.log.Warn("L1 balance low", "account", m.from, "balance", bal, "warnBelow", m.cfg.LowBalance, "thisTxNeeds", need)
	}
}

func clampBig(v, lo, hi *big.Int) *big.Int {
	if v.Cmp(lo) < 0 {
		return new(big.Int).Set(lo)
	}
	if v.Cmp(hi) > 0 {
		return new(big.Int).Set(hi)
	}
	return new(big.Int).Set(v)
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return a
	}
	return new(big.Int).Set(b)
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return new(big.Int).Set(b)
}

// Node error texts (geth's txpool, shared by most clients).
func isKnown(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction") || strings.Contains(s, "already imported")
}

func isNonceTooLow(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}

func isPermanent(err error) bool {
	s := strings.ToLower(err.Error())
	for _, p := range []string{"insufficient funds", "intrinsic gas too low", "exceeds block gas limit",
		"invalid sender", "oversized data", "exceeds the configured cap", "gas limit reached", "tip higher than fee cap",
		"max priority fee per gas higher than max fee per gas", "invalid chain id"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
