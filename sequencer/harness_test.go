package sequencer

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
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/zoo"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state"
)

// Roles of the test chain's keys.
const (
	kSeq      = 0 // deployer, admin and sequencer (its L1 txs are the sequencer's own)
	kBuyer    = 1
	kProvider = 2
	kOther    = 3
	kGuardian = 5
)

// testNet is a simulated L1 served over loopback HTTP (mining every 50 ms,
// each block moving its clock ≥ 1 s), a dev deployment with short windows
// and a sequencer on it.
type testNet struct {
	t    *testing.T
	ctx  context.Context
	c    *l1test.Chain
	d    *l1test.Deployment
	url  string
	seq  *Service
	cfg  Config
	cli  *client.Client
	sc   *client.StoreClient
	dom  *state.Domain
	keys []*ecdsa.PrivateKey
}

func testParams(p *l1.Params) {
	p.DisputeWindow, p.RevealPeriod, p.MaxInclusionDelay = 20, 10, 900
}

// netOption adjusts a test net: its L1 parameters or the sequencer config.
type netOption struct {
	params func(*l1.Params)
	config func(*Config)
}

func withParams(f func(*l1.Params)) netOption { return netOption{params: f} }
func withConfig(f func(*Config)) netOption    { return netOption{config: f} }

func newTestNet(t *testing.T, opts ...netOption) *testNet {
	t.Helper()
	port := l1test.FreePort(t)
	c := l1test.NewChain(t, 6, l1test.Osaka, l1test.HTTPOn(port))
	d := c.DeployDev(t, func(cfg *l1.DeployConfig) {
		testParams(&cfg.Params)
		cfg.Params.Guardian = c.Addrs[kGuardian]
		for _, o := range opts {
			if o.params != nil {
				o.params(&cfg.Params)
			}
		}
		vals, err := cfg.Params.Array()
		if err != nil {
			t.Fatal(err)
		}
		p, err := state.ParamsFromValues(vals)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.GenesisStateRoot, err = state.GenesisRoot(context.Background(), &state.Genesis{Params: p}); err != nil {
			t.Fatal(err)
		}
	})
	c.Mine(t, 50*time.Millisecond)
	n := &testNet{t: t, ctx: t.Context(), c: c, d: d, url: fmt.Sprintf("http://127.0.0.1:%d", port), keys: c.Keys}
	tok := bindings.NewComputeToken()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for i := 1; i < len(c.Keys); i++ {
		c.MustSend(t, kSeq, d.Token, tok.PackMint(c.Addrs[i], ether(1_000_000)))
		c.MustSend(t, i, d.Token, tok.PackApprove(d.Rollup, max))
		c.MustSend(t, i, d.Token, tok.PackApprove(d.Bonds, max))
	}
	n.cfg = Config{
		DataDir: t.TempDir(), L1RPC: n.url, Deployment: d.Addresses, Key: c.Keys[kSeq],
		RPCAddr: "127.0.0.1:0", BlockTime: 100 * time.Millisecond, BatchInterval: 400 * time.Millisecond,
		L1PollInterval: 100 * time.Millisecond, L1Timeout: 10 * time.Second,
		TxMgr:  l1.TxManagerConfig{ResubmitInterval: 2 * time.Second, PollInterval: 50 * time.Millisecond},
		Logger: testLogger(t),
	}
	for _, o := range opts {
		if o.config != nil {
			o.config(&n.cfg)
		}
	}
	n.start()
	return n
}

func testLogger(t *testing.T) *slog.Logger {
	if os.Getenv("GPUROLL_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// start builds and starts the sequencer (again, after stop).
func (n *testNet) start() {
	t := n.t
	t.Helper()
	seq, err := New(n.ctx, n.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(n.ctx); err != nil {
		t.Fatal(err)
	}
	n.seq = seq
	t.Cleanup(func() { n.stop() })
	if n.cli, err = client.Dial(n.ctx, seq.WSURL()); err != nil {
		t.Fatal(err)
	}
	if n.dom, err = n.cli.Domain(n.ctx); err != nil {
		t.Fatal(err)
	}
	n.sc = client.NewStoreClient(seq.RPCURL(), n.dom, nil)
}

func (n *testNet) stop() {
	if n.seq == nil {
		return
	}
	if n.cli != nil {
		n.cli.Close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.seq.Stop(ctx); err != nil {
		n.t.Errorf("stop: %v", err)
	}
	n.seq = nil
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func eth(n uint64) *uint256.Int { return new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(1e18)) }

func (n *testNet) addr(i int) common.Address { return n.c.Addrs[i] }

// deposit moves amount tokens of key i into its L2 account.
func (n *testNet) deposit(i int, amount *big.Int) {
	n.t.Helper()
	n.c.MustSend(n.t, i, n.d.Rollup, bindings.NewRollup().PackDeposit(n.addr(i), amount))
}

// waitFor polls cond until it holds or 60 s pass.
func (n *testNet) waitFor(what string, cond func() (bool, error)) {
	n.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		ok, err := cond()
		if err != nil {
			n.t.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			st, _ := n.cli.SyncStatus(n.ctx)
			n.t.Fatalf("timed out waiting for %s (sync %+v)", what, st)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (n *testNet) balance(i int) *uint256.Int {
	n.t.Helper()
	a, err := n.cli.Account(n.ctx, n.addr(i))
	if err != nil {
		n.t.Fatal(err)
	}
	return (*uint256.Int)(a.Balance)
}

func (n *testNet) waitBalance(i int, atLeast *uint256.Int) {
	n.t.Helper()
	n.waitFor(fmt.Sprintf("L2 balance of key %d ≥ %s", i, atLeast.Dec()), func() (bool, error) {
		return !n.balance(i).Lt(atLeast), nil
	})
}

// sign signs body as key i's next tx (its pending nonce).
func (n *testNet) sign(i int, body state.Body) *state.Tx {
	n.t.Helper()
	a, err := n.cli.Account(n.ctx, n.addr(i))
	if err != nil {
		n.t.Fatal(err)
	}
	tx := &state.Tx{Nonce: uint64(a.PendingNonce), MaxFee: uint256.NewInt(1e16), Body: body}
	if err := n.dom.Sign(tx, n.keys[i]); err != nil {
		n.t.Fatal(err)
	}
	return tx
}

// send signs, sends and waits until the tx is included; it returns its status.
func (n *testNet) send(i int, body state.Body) *client.TxStatus {
	n.t.Helper()
	tx := n.sign(i, body)
	h, err := n.cli.SendTransaction(n.ctx, tx)
	if err != nil {
		n.t.Fatalf("send %s from key %d: %v", body.Type(), i, err)
	}
	ctx, cancel := context.WithTimeout(n.ctx, 60*time.Second)
	defer cancel()
	st, err := n.cli.WaitTx(ctx, h, client.StatusIncluded, 50*time.Millisecond)
	if err != nil {
		n.t.Fatalf("%s from key %d: %v", body.Type(), i, err)
	}
	return st
}

// smallJob is a real two-layer job (zoo.Random) with its honest trace.
type smallJob struct {
	model  *job.Model
	input  *job.Input
	stored *job.StoredTrace
	specs  []job.LayerSpec
	inRoot common.Hash
	trRoot common.Hash
	mb, ib []byte
	tb     []byte
}

func newSmallJob(t *testing.T, seed uint64) *smallJob {
	t.Helper()
	m, err := zoo.Random([]int{24, 16, 8}, 40, seed)
	if err != nil {
		t.Fatal(err)
	}
	in := zoo.RandomInput(3, 24, seed+1)
	tr, err := (&job.Reference{}).Execute(context.Background(), m, in)
	if err != nil {
		t.Fatal(err)
	}
	j := &smallJob{model: m, input: in, stored: tr.Stored()}
	if j.specs, err = m.Specs(); err != nil {
		t.Fatal(err)
	}
	ir, err := job.InputRoot(in.X, in.Rows, in.Width)
	if err != nil {
		t.Fatal(err)
	}
	j.inRoot = ir.Bytes()
	tr2, err := j.stored.Root(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	j.trRoot = tr2.Bytes()
	if j.mb, err = job.EncodeModel(m); err != nil {
		t.Fatal(err)
	}
	if j.ib, err = job.EncodeInput(in); err != nil {
		t.Fatal(err)
	}
	if j.tb, err = job.EncodeTrace(j.stored); err != nil {
		t.Fatal(err)
	}
	return j
}

// upload stores blob bytes as key i.
func (n *testNet) upload(i int, kind string, data []byte) common.Hash {
	n.t.Helper()
	root, err := n.sc.Upload(n.ctx, n.keys[i], kind, data)
	if err != nil {
		n.t.Fatalf("upload %s: %v", kind, err)
	}
	return root
}

// market sets up a provider (key kProvider, bonded on L1) and a lease from
// the buyer; it returns the lease id.
func (n *testNet) market() uint64 {
	t := n.t
	t.Helper()
	n.deposit(kBuyer, ether(100))
	n.deposit(kProvider, ether(10))
	n.c.MustSend(t, kProvider, n.d.Bonds, bindings.NewBonds().PackBond(ether(50)))
	n.waitBalance(kBuyer, eth(100))
	n.waitBalance(kProvider, eth(10))
	n.send(kProvider, &state.RegisterProvider{GPUs: 2, GPUClass: 1, PricePerGPUHour: eth(1), Endpoint: "https://gpu.example"})
	st := n.send(kBuyer, &state.OpenLease{Provider: n.addr(kProvider), PricePerGPUHour: eth(1), Deposit: eth(20), Duration: 3600})
	if st.LeaseID == nil {
		t.Fatalf("OpenLease status without a lease id: %+v", st)
	}
	return uint64(*st.LeaseID)
}

// submitJob uploads the job's data and submits it; it returns the job id.
func (n *testNet) submitJob(lease uint64, j *smallJob) common.Hash {
	n.t.Helper()
	n.upload(kBuyer, client.KindModel, j.mb)
	n.upload(kBuyer, client.KindInput, j.ib)
	st := n.send(kBuyer, &state.SubmitJob{LeaseID: lease, Layers: j.specs, Rows: uint32(j.input.Rows), InputRoot: j.inRoot})
	if st.JobID == nil {
		n.t.Fatalf("SubmitJob status without a job id: %+v", st)
	}
	return *st.JobID
}

// postReceipt uploads the trace and posts the provider's receipt.
func (n *testNet) postReceipt(jobID common.Hash, j *smallJob) common.Hash {
	n.t.Helper()
	n.upload(kProvider, client.KindTrace, j.tb)
	cj, err := n.cli.Job(n.ctx, jobID)
	if err != nil {
		n.t.Fatal(err)
	}
	pr := &state.PostReceipt{JobID: jobID, Buyer: cj.Buyer, ModelRoot: cj.ModelRoot, InputRoot: cj.InputRoot,
		Rows: uint32(cj.Rows), Layers: uint32(len(cj.Layers)), TraceRoot: j.trRoot, SlashAmount: (*uint256.Int)(cj.SlashAmount), GPUMillis: 12}
	st := n.send(kProvider, pr)
	if st.ReceiptID == nil {
		n.t.Fatalf("PostReceipt status without a receipt id: %+v", st)
	}
	return *st.ReceiptID
}

var _ = crypto.Keccak256Hash
