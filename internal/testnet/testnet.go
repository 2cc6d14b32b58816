// Package testnet starts a whole gpuroll market for tests in one process:
// a simulated L1 served over loopback HTTP (mining on its own), a dev
// deployment with the real L2 genesis root, funded users and a sequencer.
// The provider's and challenger's tests and the end-to-end suites build
// on it; nothing here is a fake (real EVM, real contracts, real sequencer).
package testnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/sequencer"
	"github.com/gpuroll/gpuroll/state"
)

// Key numbers of the roles (l1test keys).
const (
	KeySequencer = 0 // deployer, admin, sequencer: its L1 txs are the sequencer's
	KeyBuyer     = 1
	KeyProvider  = 2
	KeyOther     = 3
	KeyAuditor   = 4
	KeyGuardian  = 5
	NumKeys      = 10
)

// Net is a running market.
type Net struct {
	T       testing.TB
	Ctx     context.Context
	Chain   *l1test.Chain
	Deploy  *l1test.Deployment
	L1URL   string
	Params  l1.Params
	Genesis state.Params
	Seq     *sequencer.Service
	SeqCfg  sequencer.Config
	Client  *client.Client // WebSocket
	Store   *client.StoreClient
	Domain  *state.Domain
}

// Options adjust a net before it starts.
type Options struct {
	// Params adjusts the L1 parameters (defaults: dispute window 20 s,
	// reveal period 10 s, max inclusion delay 900 s; each L1 block moves
	// the clock ≥ 1 s and blocks come every MineEvery).
	Params func(*l1.Params)
	// Verifiers, when set, are the step verifiers to deploy with (e.g.
	// the generated Groth16 ones); by default the test verifiers.
	Verifiers *[l1.NumStepClasses]common.Address
	// Sequencer adjusts the sequencer config.
	Sequencer func(*sequencer.Config)
	// MineEvery: the L1 block period (default 50 ms).
	MineEvery time.Duration
	// NoSequencer: deploy only (start one with StartSequencer).
	NoSequencer bool
}

// Logger is a discard logger, or stderr at debug level when
// GPUROLL_TEST_LOG is set.
func Logger() *slog.Logger {
	if os.Getenv("GPUROLL_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// Ether is n × 10^18.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// Eth is n × 10^18 as a uint256.
func Eth(n uint64) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(1e18))
}

// Start deploys and starts a market; everything stops when the test ends.
func Start(t testing.TB, o Options) *Net {
	t.Helper()
	port := l1test.FreePort(t)
	c := l1test.NewChain(t, NumKeys, l1test.Osaka, l1test.HTTPOn(port))
	n := &Net{T: t, Ctx: context.Background(), Chain: c, L1URL: fmt.Sprintf("http://127.0.0.1:%d", port)}
	n.Deploy = c.DeployDev(t, func(cfg *l1.DeployConfig) {
		cfg.Params.DisputeWindow, cfg.Params.RevealPeriod, cfg.Params.MaxInclusionDelay = 20, 10, 900
		cfg.Params.Guardian = c.Addrs[KeyGuardian]
		if o.Params != nil {
			o.Params(&cfg.Params)
		}
		if o.Verifiers != nil {
			cfg.Verifiers = *o.Verifiers
		}
		vals, err := cfg.Params.Array()
		if err != nil {
			t.Fatal(err)
		}
		if n.Genesis, err = state.ParamsFromValues(vals); err != nil {
			t.Fatal(err)
		}
		if cfg.GenesisStateRoot, err = state.GenesisRoot(context.Background(), &state.Genesis{Params: n.Genesis}); err != nil {
			t.Fatal(err)
		}
		n.Params = cfg.Params
	})
	every := o.MineEvery
	if every == 0 {
		every = 50 * time.Millisecond
	}
	c.Mine(t, every)
	tok := bindings.NewComputeToken()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for i := 1; i < NumKeys; i++ {
		c.MustSend(t, KeySequencer, n.Deploy.Token, tok.PackMint(c.Addrs[i], Ether(1_000_000)))
		c.MustSend(t, i, n.Deploy.Token, tok.PackApprove(n.Deploy.Rollup, max))
		c.MustSend(t, i, n.Deploy.Token, tok.PackApprove(n.Deploy.Bonds, max))
	}
	n.SeqCfg = sequencer.Config{
		DataDir: t.TempDir(), L1RPC: n.L1URL, Deployment: n.Deploy.Addresses, Key: c.Keys[KeySequencer],
		RPCAddr: "127.0.0.1:0", BlockTime: 100 * time.Millisecond, BatchInterval: 400 * time.Millisecond,
		L1PollInterval: 100 * time.Millisecond, L1Timeout: 10 * time.Second,
		TxMgr:  l1.TxManagerConfig{ResubmitInterval: 2 * time.Second, PollInterval: 50 * time.Millisecond},
		Logger: Logger(),
	}
	if o.Sequencer != nil {
		o.Sequencer(&n.SeqCfg)
	}
	if !o.NoSequencer {
		n.StartSequencer()
	}
	return n
}

// StartSequencer starts the sequencer (again, after StopSequencer).
func (n *Net) StartSequencer() {
	t := n.T
	t.Helper()
	seq, err := sequencer.New(n.Ctx, n.SeqCfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(n.Ctx); err != nil {
		t.Fatal(err)
	}
	n.Seq = seq
	t.Cleanup(n.StopSequencer)
	if n.Client, err = client.Dial(n.Ctx, seq.WSURL()); err != nil {
		t.Fatal(err)
	}
	if n.Domain, err = n.Client.Domain(n.Ctx); err != nil {
		t.Fatal(err)
	}
	n.Store = client.NewStoreClient(seq.RPCURL(), n.Domain, nil)
}

// StopSequencer stops it gracefully (idempotent).
func (n *Net) StopSequencer() {
	if n.Seq == nil {
		return
	}
	n.Client.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.Seq.Stop(ctx); err != nil {
		n.T.Errorf("stop sequencer: %v", err)
	}
	n.Seq = nil
}

// Addr is key i's address; Key its private key.
func (n *Net) Addr(i int) common.Address   { return n.Chain.Addrs[i] }
func (n *Net) Key(i int) *ecdsa.PrivateKey { return n.Chain.Keys[i] }
func (n *Net) L1Send(i int, to common.Address, data []byte) {
	n.T.Helper()
	n.Chain.MustSend(n.T, i, to, data)
}

// Deposit moves tokens of key i into its L2 account and waits for them.
func (n *Net) Deposit(i int, amount *big.Int) {
	n.T.Helper()
	before := n.Balance(i)
	n.L1Send(i, n.Deploy.Rollup, bindings.NewRollup().PackDeposit(n.Addr(i), amount))
	want, _ := uint256.FromBig(amount)
	want.Add(want, before)
	n.WaitFor(fmt.Sprintf("the deposit of key %d on L2", i), func() (bool, error) { return !n.Balance(i).Lt(want), nil })
}

// Bond bonds tokens of key i on L1 (a provider's stake).
func (n *Net) Bond(i int, amount *big.Int) {
	n.T.Helper()
	n.L1Send(i, n.Deploy.Bonds, bindings.NewBonds().PackBond(amount))
}

// Balance is key i's L2 balance.
func (n *Net) Balance(i int) *uint256.Int {
	n.T.Helper()
	a, err := n.Client.Account(n.Ctx, n.Addr(i))
	if err != nil {
		n.T.Fatal(err)
	}
	return (*uint256.Int)(a.Balance)
}

// WaitFor polls cond every 50 ms until it holds (60 s at most).
func (n *Net) WaitFor(what string, cond func() (bool, error)) {
	n.T.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		ok, err := cond()
		if err != nil {
			n.T.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			st, _ := n.Client.SyncStatus(n.Ctx)
			n.T.Fatalf("timed out waiting for %s (sync %+v)", what, st)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Sign signs body as key i's next tx (its pending nonce).
func (n *Net) Sign(i int, body state.Body) *state.Tx {
	n.T.Helper()
	a, err := n.Client.Account(n.Ctx, n.Addr(i))
	if err != nil {
		n.T.Fatal(err)
	}
	tx := &state.Tx{Nonce: uint64(a.PendingNonce), MaxFee: uint256.NewInt(1e16), Body: body}
	if err := n.Domain.Sign(tx, n.Key(i)); err != nil {
		n.T.Fatal(err)
	}
	return tx
}

// Send signs, sends and waits until the tx is included.
func (n *Net) Send(i int, body state.Body) *client.TxStatus {
	n.T.Helper()
	tx := n.Sign(i, body)
	h, err := n.Client.SendTransaction(n.Ctx, tx)
	if err != nil {
		n.T.Fatalf("send %s from key %d: %v", body.Type(), i, err)
	}
	ctx, cancel := context.WithTimeout(n.Ctx, 60*time.Second)
	defer cancel()
	st, err := n.Client.WaitTx(ctx, h, client.StatusIncluded, 50*time.Millisecond)
	if err != nil {
		n.T.Fatalf("%s from key %d: %v", body.Type(), i, err)
	}
	return st
}

// TrySend is Send that returns a refusal or a dropped tx as an error
// (client.CodeOf gives its code) instead of failing the test.
func (n *Net) TrySend(i int, body state.Body) (*client.TxStatus, error) {
	n.T.Helper()
	tx := n.Sign(i, body)
	h, err := n.Client.SendTransaction(n.Ctx, tx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(n.Ctx, 60*time.Second)
	defer cancel()
	return n.Client.WaitTx(ctx, h, client.StatusIncluded, 50*time.Millisecond)
}

// Upload stores blob bytes as key i.
func (n *Net) Upload(i int, kind string, data []byte) common.Hash {
	n.T.Helper()
	root, err := n.Store.Upload(n.Ctx, n.Key(i), kind, data)
	if err != nil {
		n.T.Fatalf("upload %s: %v", kind, err)
	}
	return root
}
