// Package wallet is what a buyer or a provider does by hand: deposit on
// L1, read balances, open and close leases, submit a job with its data
// and follow it to a final receipt, fetch and check the result, withdraw
// and claim on L1. `gpuroll wallet` is its command line; the devnet's
// buyer workload uses it too. It talks to the sequencer only through
// client/ and to L1 through l1/.
package wallet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state"
)

// Config is how a wallet reaches the market.
type Config struct {
	// RPC is the sequencer's JSON-RPC URL (http or ws).
	RPC string
	// L1RPC is an Ethereum node's URL; only deposits, balances on L1 and
	// withdrawal claims need it.
	L1RPC string
	Key   *ecdsa.PrivateKey
	// DataDir holds the L1 tx manager's state (pending L1 txs survive a
	// restart of the wallet).
	DataDir string
	// Poll is how often progress is checked (default 500 ms).
	Poll time.Duration
}

// Wallet is one key's view of a market.
type Wallet struct {
	cfg    Config
	Addr   common.Address
	Seq    *client.Client
	Store  *client.StoreClient
	Domain *state.Domain
	Info   *client.ChainInfo
	l1c    *ethclient.Client
	txm    *l1.TxManager
}

// Open connects to the sequencer (and L1 when configured) and checks that
// both name the same deployment.
func Open(ctx context.Context, cfg Config) (*Wallet, error) {
	if cfg.Key == nil {
		return nil, errors.New("wallet: no key")
	}
	if cfg.Poll <= 0 {
		cfg.Poll = 500 * time.Millisecond
	}
	w := &Wallet{cfg: cfg, Addr: crypto.PubkeyToAddress(cfg.Key.PublicKey)}
	var err error
	if w.Seq, err = client.Dial(ctx, cfg.RPC); err != nil {
		return nil, err
	}
	if w.Info, err = w.Seq.ChainInfo(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("wallet: the sequencer at %s: %w", cfg.RPC, err)
	}
	if w.Domain, err = w.Seq.Domain(ctx); err != nil {
		w.Close()
		return nil, err
	}
	w.Store = client.NewStoreClient(httpBase(cfg.RPC), w.Domain, nil)
	if cfg.L1RPC != "" {
		if w.l1c, err = ethclient.DialContext(ctx, cfg.L1RPC); err != nil {
			w.Close()
			return nil, fmt.Errorf("wallet: dial L1 %s: %w", cfg.L1RPC, err)
		}
		id, err := w.l1c.ChainID(ctx)
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("wallet: L1 chain id: %w", err)
		}
		if id.Uint64() != uint64(w.Info.Contracts.L1ChainID) {
			w.Close()
			return nil, fmt.Errorf("wallet: the L1 node is on chain %s, the sequencer's deployment on chain %d", id, uint64(w.Info.Contracts.L1ChainID))
		}
	}
	return w, nil
}

// httpBase turns a ws:// URL into the http:// one the store is served on.
func httpBase(u string) string {
	switch {
	case len(u) > 5 && u[:5] == "ws://":
		return "http://" + u[5:]
	case len(u) > 6 && u[:6] == "wss://":
		return "https://" + u[6:]
	}
	return u
}

// Close closes the connections.
func (w *Wallet) Close() {
	if w.txm != nil {
		_ = w.txm.Close()
	}
	if w.l1c != nil {
		w.l1c.Close()
	}
	if w.Seq != nil {
		w.Seq.Close()
	}
}

func (w *Wallet) needL1() error {
	if w.l1c == nil {
		return errors.New("this needs L1: give --l1-rpc URL (an Ethereum node of the deployment's chain)")
	}
	return nil
}

// l1Sender is the wallet's L1 tx manager (one per key and data dir).
func (w *Wallet) l1Sender(ctx context.Context) (*l1.TxManager, error) {
	if err := w.needL1(); err != nil {
		return nil, err
	}
	if w.txm == nil {
		dir := w.cfg.DataDir
		if dir == "" {
			dir = "."
		}
		m, err := l1.NewTxManager(ctx, w.l1c, l1.TxManagerConfig{Key: w.cfg.Key,
			StatePath: filepath.Join(dir, fmt.Sprintf("wallet-l1-%s.json", w.Addr.Hex()))})
		if err != nil {
			return nil, fmt.Errorf("wallet: L1 tx manager: %w", err)
		}
		w.txm = m
	}
	return w.txm, nil
}

func (w *Wallet) l1Call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return w.l1c.CallContract(ctx, ethereum.CallMsg{From: w.Addr, To: &to, Data: data}, nil)
}

// Balance is an account's money across both layers.
type Balance struct {
	L1Tokens   *big.Int     // ComputeToken on L1 (nil without L1)
	L2         *uint256.Int // spendable on L2
	Escrow     *uint256.Int // in open leases as buyer (not spendable until closed)
	Nonce      uint64
	Withdrawal []Withdrawal // withdrawals in posted batches, with their L1 status
}

// Withdrawal is a withdrawal in a posted batch and where it stands on L1
// (Final and Claimed are false without an L1 connection).
type Withdrawal struct {
	client.Withdrawal
	Final   bool // its batch is final on L1: it can be claimed
	Claimed bool // claimed on L1 already
}

// Balance reads both layers.
func (w *Wallet) Balance(ctx context.Context) (*Balance, error) {
	acc, err := w.Seq.Account(ctx, w.Addr)
	if err != nil {
		return nil, err
	}
	b := &Balance{L2: (*uint256.Int)(acc.Balance), Escrow: new(uint256.Int), Nonce: uint64(acc.Nonce)}
	leases, err := w.Seq.Leases(ctx, w.Addr)
	if err != nil {
		return nil, err
	}
	for _, l := range leases {
		if l.Buyer == w.Addr && l.Status == client.LeaseOpen {
			b.Escrow.Add(b.Escrow, (*uint256.Int)(l.Escrow))
		}
	}
	ws, err := w.withdrawals(ctx)
	if err != nil {
		return nil, err
	}
	for _, x := range ws {
		b.Withdrawal = append(b.Withdrawal, Withdrawal{Withdrawal: x})
	}
	if w.l1c != nil {
		if err := w.withdrawalStatus(ctx, b.Withdrawal); err != nil {
			return nil, err
		}
		tok := bindings.NewComputeToken()
		out, err := w.l1Call(ctx, w.Info.Contracts.Token, tok.PackBalanceOf(w.Addr))
		if err != nil {
			return nil, fmt.Errorf("L1 token balance: %w", err)
		}
		if b.L1Tokens, err = tok.UnpackBalanceOf(out); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// withdrawalStatus fills in whether each withdrawal's batch is final and
// whether it was claimed, from the Rollup on L1 (the sequencer does not
// see claims).
func (w *Wallet) withdrawalStatus(ctx context.Context, ws []Withdrawal) error {
	if len(ws) == 0 {
		return nil
	}
	r := bindings.NewRollup()
	out, err := w.l1Call(ctx, w.Info.Contracts.Rollup, r.PackLastFinalized())
	if err != nil {
		return fmt.Errorf("L1 last finalized batch: %w", err)
	}
	last, err := r.UnpackLastFinalized(out)
	if err != nil {
		return err
	}
	for i := range ws {
		id := uint64(ws[i].WithdrawalID)
		ws[i].Final = uint64(ws[i].Batch) <= last
		out, err := w.l1Call(ctx, w.Info.Contracts.Rollup, r.PackWithdrawalClaimed(id))
		if err != nil {
			return fmt.Errorf("L1 claim status of withdrawal %d: %w", id, err)
		}
		if ws[i].Claimed, err = r.UnpackWithdrawalClaimed(out); err != nil {
			return err
		}
	}
	return nil
}

func (w *Wallet) withdrawals(ctx context.Context) ([]client.Withdrawal, error) {
	return w.Seq.Withdrawals(ctx, w.Addr)
}

// Deposit moves amount tokens from the key's L1 balance into its L2
// account (approving the Rollup first if needed) and waits for the credit
// on L2.
func (w *Wallet) Deposit(ctx context.Context, amount *big.Int, progress func(string)) error {
	m, err := w.l1Sender(ctx)
	if err != nil {
		return err
	}
	tok, rollup := bindings.NewComputeToken(), bindings.NewRollup()
	c := w.Info.Contracts
	out, err := w.l1Call(ctx, c.Token, tok.PackAllowance(w.Addr, c.Rollup))
	if err != nil {
		return fmt.Errorf("read allowance: %w", err)
	}
	allowed, err := tok.UnpackAllowance(out)
	if err != nil {
		return err
	}
	if allowed.Cmp(amount) < 0 {
		progress("approving the Rollup to take the tokens…")
		if err := sendOK(ctx, m, c.Token, tok.PackApprove(c.Rollup, amount)); err != nil {
			return fmt.Errorf("approve: %w", err)
		}
	}
	before, err := w.Seq.Account(ctx, w.Addr)
	if err != nil {
		return err
	}
	progress("depositing on L1…")
	if err := sendOK(ctx, m, c.Rollup, rollup.PackDeposit(w.Addr, amount)); err != nil {
		return fmt.Errorf("deposit: %w (%s)", err, l1.RevertName(err))
	}
	want, _ := uint256.FromBig(amount)
	want.Add(want, (*uint256.Int)(before.Balance))
	progress("waiting for the deposit on L2 (the sequencer consumes it after its L1 confirmations)…")
	return w.poll(ctx, func() (bool, error) {
		a, err := w.Seq.Account(ctx, w.Addr)
		return err == nil && !(*uint256.Int)(a.Balance).Lt(want), err
	})
}

func sendOK(ctx context.Context, m *l1.TxManager, to common.Address, data []byte) error {
	r, err := m.Send(ctx, l1.TxCandidate{To: &to, Data: data})
	if err != nil {
		return err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("L1 tx %s reverted", r.TxHash)
	}
	return nil
}

func (w *Wallet) poll(ctx context.Context, done func() (bool, error)) error {
	t := time.NewTicker(w.cfg.Poll)
	defer t.Stop()
	for {
		ok, err := done()
		if err != nil || ok {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Send signs body with the key's next nonce, sends it and waits until it
// is included; refusals come back with an explanation (Explain).
func (w *Wallet) Send(ctx context.Context, body state.Body) (*client.TxStatus, error) {
	acc, err := w.Seq.Account(ctx, w.Addr)
	if err != nil {
		return nil, err
	}
	tx := &state.Tx{Nonce: uint64(acc.PendingNonce), MaxFee: w.maxFee(body), Body: body}
	if err := w.Domain.Sign(tx, w.cfg.Key); err != nil {
		return nil, err
	}
	h, err := w.Seq.SendTransaction(ctx, tx)
	if err != nil {
		return nil, Explain(err)
	}
	st, err := w.Seq.WaitTx(ctx, h, client.StatusIncluded, w.cfg.Poll)
	if err != nil {
		return st, Explain(err)
	}
	return st, nil
}

// maxFee bounds what the tx may cost: the current fee for its size
// (storage included for a SubmitJob) with a margin for a parameter change.
func (w *Wallet) maxFee(body state.Body) *uint256.Int {
	tx := &state.Tx{MaxFee: new(uint256.Int), Body: body}
	size := uint64(tx.Size())
	fee := new(uint256.Int).Mul((*uint256.Int)(w.Info.ByteFee), uint256.NewInt(size))
	fee.Add(fee, (*uint256.Int)(w.Info.BaseFee))
	if sj, ok := body.(*state.SubmitJob); ok {
		if shape, err := job.Describe(sj.Layers, sj.Rows, nil); err == nil {
			st := new(uint256.Int).Mul((*uint256.Int)(w.Info.StorageByteFee), uint256.NewInt(shape.ModelBytes+shape.InputBytes+shape.TraceBytes))
			fee.Add(fee, st)
		}
	}
	return fee.Mul(fee, uint256.NewInt(2))
}

// Explain turns a sequencer refusal into what the user can do about it.
func Explain(err error) error {
	switch client.CodeOf(err) {
	case int(state.CodeInsufficientFunds):
		return fmt.Errorf("insufficient L2 balance: deposit first (gpuroll wallet deposit): %w", err)
	case int(state.CodeLeaseClosed):
		return fmt.Errorf("the lease is closed or expired: open a new one (gpuroll wallet lease open): %w", err)
	case int(state.CodeEscrowTooLow):
		return fmt.Errorf("the lease's free escrow does not cover this job: open a lease with a larger deposit: %w", err)
	case int(state.CodePriceMismatch):
		return fmt.Errorf("the provider changed its price: check `gpuroll wallet providers` and sign again: %w", err)
	case int(state.CodeProviderInactive):
		return fmt.Errorf("the provider takes no new leases: %w", err)
	case int(state.CodeProviderSuspended):
		return fmt.Errorf("the provider is suspended: one of its receipts was proven false and it has not re-bonded (docs/economics.md); choose another provider or wait: %w", err)
	case int(state.CodeJobTooLarge):
		return fmt.Errorf("the job exceeds the per-receipt work limit: split it into smaller jobs: %w", err)
	case 704:
		return fmt.Errorf("the job's model or input is not in the store: upload it first: %w", err)
	}
	return err
}

// FormatTokens writes an amount of wei as tokens (18 decimals), with up to
// six decimals and no trailing zeros: 889999990415700000000 → "889.99999".
func FormatTokens(v *uint256.Int) string {
	if v == nil {
		return "-"
	}
	r := new(big.Rat).SetFrac(v.ToBig(), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
	s := r.FloatString(6)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
