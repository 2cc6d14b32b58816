// Package l1test runs gpuroll's contracts on go-ethereum's simulated
// backend (a real EVM and tx pool, blocks sealed on demand) for the tests
// of contracts/, l1/ and the packages above them. It holds no fakes: the
// test verifier it wires lives in bindings/testonly and its verdict is the
// test's to set.
package l1test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	ethereum "github.com/ethereum/go-ethereum"

	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/bindings/testonly"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// Chain is a simulated L1 with funded, deterministic keys.
type Chain struct {
	// seal serialises block sealing: the simulated beacon is not safe for
	// concurrent Commits (Mine's goroutine and a KeySender's).
	seal    sync.Mutex
	Sim     *simulated.Backend
	Client  simulated.Client
	ChainID *big.Int
	Keys    []*ecdsa.PrivateKey
	Addrs   []common.Address
}

// Key returns the deterministic test key number i.
func Key(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte(fmt.Sprintf("gpuroll l1test key %d", i)))
	for {
		// A hash is a valid secp256k1 key unless it is ≥ the group order
		// (probability ~2^-128); rehash in that case.
		if k, err := crypto.ToECDSA(seed); err == nil {
			return k
		}
		seed = crypto.Keccak256(seed)
	}
}

// Option adjusts the simulated node.
type Option func(nodeConf *node.Config, ethConf *ethconfig.Config)

// Osaka runs the chain on the Osaka rules (the dev default also activates
// the next fork, Bogota, with EIP-8037 state-gas metering, which changes
// every storage-writing gas figure).
func Osaka(_ *node.Config, ethConf *ethconfig.Config) {
	cfg := *ethConf.Genesis.Config
	cfg.BogotaTime = nil
	ethConf.Genesis.Config = &cfg
}

// NewChain starts a simulated chain with n funded keys; closed at test end.
func NewChain(t testing.TB, n int, opts ...Option) *Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	c := &Chain{}
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)
	for i := 0; i < n; i++ {
		k := Key(i)
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Keys = append(c.Keys, k)
		c.Addrs = append(c.Addrs, a)
		alloc[a] = types.Account{Balance: ether}
	}
	all := []func(*node.Config, *ethconfig.Config){simulated.WithBlockGasLimit(60_000_000)}
	for _, o := range opts {
		all = append(all, o)
	}
	c.Sim = simulated.NewBackend(alloc, all...)
	t.Cleanup(func() { _ = c.Sim.Close() })
	c.Client = c.Sim.Client()
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatalf("chain id: %v", err)
	}
	c.ChainID = id
	return c
}

// Warp moves the chain's clock forward by d with an empty block.
func (c *Chain) Warp(t testing.TB, d time.Duration) {
	t.Helper()
	// The pool drops mined txs asynchronously after a new head, so a
	// just-mined tx can still look pending for a moment.
	var err error
	for i := 0; i < 200; i++ {
		c.seal.Lock()
		err = c.Sim.AdjustTime(d)
		c.seal.Unlock()
		if err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("adjust time: %v", err)
}

// Now is the timestamp of the latest block.
func (c *Chain) Now(t testing.TB) uint64 {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatalf("header: %v", err)
	}
	return h.Time
}

// KeySender sends one tx, seals a block and returns the receipt: the
// simple synchronous Sender for contract tests (TxManager is the real one).
type KeySender struct {
	c   *Chain
	key *ecdsa.PrivateKey
	// NoCommit leaves the tx in the pool (several txs in one block).
	NoCommit bool
}

// Sender returns a KeySender for key i.
func (c *Chain) Sender(i int) *KeySender { return &KeySender{c: c, key: c.Keys[i]} }

// From is the sender's address.
func (s *KeySender) From() common.Address { return crypto.PubkeyToAddress(s.key.PublicKey) }

var _ l1.Sender = (*KeySender)(nil)

// Send estimates gas (a revert comes back as the node's error, with its
// data: see l1.RevertName), signs, sends and seals a block.
func (s *KeySender) Send(ctx context.Context, cand l1.TxCandidate) (*types.Receipt, error) {
	tx, err := s.Sign(ctx, cand)
	if err != nil {
		return nil, err
	}
	if err := s.c.Client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	if s.NoCommit {
		return nil, nil
	}
	s.c.Commit()
	r, err := s.c.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("receipt: %w", err)
	}
	return r, nil
}

// Sign builds and signs the tx of a candidate at the pending nonce.
func (s *KeySender) Sign(ctx context.Context, cand l1.TxCandidate) (*types.Transaction, error) {
	from := s.From()
	nonce, err := s.c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	value := cand.Value
	if value == nil {
		value = new(big.Int)
	}
	gas := cand.GasLimit
	if gas == 0 {
		gas, err = s.c.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: cand.To, Data: cand.Data, Value: value})
		if err != nil {
			return nil, fmt.Errorf("estimate gas: %w", err)
		}
		gas = gas * 6 / 5
	}
	head, err := s.c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: s.c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: cand.To, Value: value, Data: cand.Data,
	})
	return types.SignTx(tx, types.LatestSignerForChainID(s.c.ChainID), s.key)
}

// Deployment is a dev deployment with test verifiers.
type Deployment struct {
	*l1.Addresses
	// TestVerifiers are the TestStepVerifier contracts of classes 1..3.
	TestVerifiers [l1.NumStepClasses]common.Address
	Config        l1.DeployConfig
}

// DeployDev deploys test verifiers and the contracts with dev parameters;
// key 0 is admin, sequencer and guardian. Mutate cfg before deploying with
// the optional function.
func (c *Chain) DeployDev(t testing.TB, mutate func(*l1.DeployConfig)) *Deployment {
	t.Helper()
	ctx := context.Background()
	s := c.Sender(0)
	d := &Deployment{}
	for i := range d.TestVerifiers {
		d.TestVerifiers[i] = c.DeployBin(t, 0, testonly.TestStepVerifierMetaData.Bin, nil)
	}
	cfg := l1.DeployConfig{
		Admin:         s.From(),
		TimelockDelay: 0, // the minimum the exit window allows (l1.MinTimelockDelay)
		Params:        l1.DevParams(s.From(), s.From()),
		Verifiers:     d.TestVerifiers,
	}
	if mutate != nil {
		mutate(&cfg)
	}
	if cfg.TimelockDelay == 0 {
		cfg.TimelockDelay = l1.MinTimelockDelay(cfg.Params)
	}
	addrs, err := l1.Deploy(ctx, s, cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	d.Addresses = addrs
	d.Config = cfg
	return d
}

// DeployBin creates a contract from hex bytecode and constructor args with key i.
func (c *Chain) DeployBin(t testing.TB, i int, bin string, args []byte) common.Address {
	t.Helper()
	code, err := hexutil.Decode(bin)
	if err != nil {
		t.Fatalf("bytecode: %v", err)
	}
	r, err := c.Sender(i).Send(context.Background(), l1.TxCandidate{Data: append(code, args...)})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy reverted")
	}
	return r.ContractAddress
}

// MustSend sends a tx from key i and fails the test unless it is included
// and succeeds.
func (c *Chain) MustSend(t testing.TB, i int, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	r, err := c.Sender(i).Send(context.Background(), l1.TxCandidate{To: &to, Data: data})
	if err != nil {
		t.Fatalf("tx from key %d: %v (%s)", i, err, l1.RevertName(err))
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx from key %d failed in block", i)
	}
	return r
}

// MustRevert sends a tx from key i and fails the test unless it reverts
// with the named custom error (then nothing was sent).
func (c *Chain) MustRevert(t testing.TB, i int, to common.Address, data []byte, want string) {
	t.Helper()
	r, err := c.Sender(i).Send(context.Background(), l1.TxCandidate{To: &to, Data: data})
	if err == nil {
		t.Fatalf("expected revert %s, tx succeeded (status %d)", want, r.Status)
	}
	if got := l1.RevertName(err); got != want {
		t.Fatalf("expected revert %s, got %q (%v)", want, got, err)
	}
}

// ReceiptAuth signs receipt leaf r for the deployment (rollup) on this
// chain with the key whose address is r.Provider, as the provider's
// PostReceipt tx would (nonce 0, maxFee 1e15, 1000 GPU-ms): what a reveal
// must carry. A provider that is not one of the chain's keys gets a
// signature by key 0 (which Disputes refuses).
func (c *Chain) ReceiptAuth(t testing.TB, rollup common.Address, r *l1iface.ReceiptLeaf, jobID common.Hash) bindings.L1CodecReceiptAuth {
	t.Helper()
	key := c.Keys[0]
	for i, a := range c.Addrs {
		if a == r.Provider {
			key = c.Keys[i]
		}
	}
	a := &l1iface.ReceiptAuth{JobID: jobID, MaxFee: uint256.NewInt(1e15), GPUMillis: 1000}
	if err := l1iface.SignReceiptAuth(key, l1iface.DomainSeparator(c.ChainID.Uint64(), rollup), r, a); err != nil {
		t.Fatal(err)
	}
	return l1.ReceiptAuthBinding(a)
}

// Commit seals a block (safe beside Mine and KeySenders).
func (c *Chain) Commit() common.Hash {
	c.seal.Lock()
	defer c.seal.Unlock()
	return c.Sim.Commit()
}

// FreePort returns a loopback TCP port that was free a moment ago.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// HTTPOn serves the chain's JSON-RPC over HTTP and WebSocket on
// 127.0.0.1:port (loopback only), so services dial it like a real node.
func HTTPOn(port int) Option {
	return func(n *node.Config, _ *ethconfig.Config) {
		n.HTTPHost, n.HTTPPort, n.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
		n.WSHost, n.WSPort, n.WSModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
	}
}

// Mine seals a block every period until the test ends (each block moves
// the chain's clock by at least a second).
func (c *Chain) Mine(t testing.TB, every time.Duration) {
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(every):
				c.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
}
