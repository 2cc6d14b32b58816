package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/challenger"
	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/zoo"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/sequencer"
	"github.com/gpuroll/gpuroll/state"
)

// The challenger's end-to-end suites: a whole market (simulated L1 over
// loopback HTTP, the contracts with the generated Groth16 verifiers, a real
// sequencer with its store) on which the test plays the provider: it
// uploads a falsified trace and posts the receipt signed with the
// provider's key (state.PostReceipt through the sequencer's API), and the
// challenger finds, proves and slashes it on L1 with a real class-1 proof.
// The test mines L1 itself (chMiner), so that it can pause the chain at a
// chosen moment (between a commit and its reveal) and knows when each
// block was sealed (the latency figures).

// chClass1 is the class-1 dev setup, once per test binary (~10 s).
var chClass1 = sync.OnceValues(func() (*circuit.Keys, error) {
	c1, _ := circuit.ClassByID(1)
	return circuit.DevSetup(context.Background(), c1, []byte(circuit.DevBeacon))
})

func chKeys(t testing.TB) *circuit.Keys {
	t.Helper()
	k, err := chClass1()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// chKeysDir writes the class-1 keys for a child process.
func chKeysDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if err := chKeys(t).WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Roles on the test chain (internal/testnet's keys).
const (
	chSeq      = testnet.KeySequencer
	chBuyer    = testnet.KeyBuyer
	chProvider = testnet.KeyProvider
	chRival    = testnet.KeyOther // a second challenger
	chAuditor  = testnet.KeyAuditor
	chGuardian = testnet.KeyGuardian
	// chDeployer deploys the Groth16 verifiers after testnet.Start.
	chDeployer = testnet.NumKeys - 1
)

// chMiner seals an L1 block every period until stopped, records when each
// block was sealed, and can be paused (also by a hook that sees every new
// head).
type chMiner struct {
	c      *l1test.Chain
	every  time.Duration
	mu     sync.Mutex
	paused bool
	hook   func(head uint64) bool
	times  map[uint64]time.Time
	stop   chan struct{}
	done   chan struct{}
}

func startMiner(t testing.TB, c *l1test.Chain, every time.Duration) *chMiner {
	m := &chMiner{c: c, every: every, times: map[uint64]time.Time{}, stop: make(chan struct{}), done: make(chan struct{})}
	go m.loop()
	t.Cleanup(func() { close(m.stop); <-m.done })
	return m
}

func (m *chMiner) loop() {
	defer close(m.done)
	for {
		select {
		case <-m.stop:
			return
		case <-time.After(m.every):
		}
		m.mu.Lock()
		if m.paused {
			m.mu.Unlock()
			continue
		}
		m.c.Commit()
		h, err := m.c.Client.HeaderByNumber(context.Background(), nil)
		if err == nil {
			n := h.Number.Uint64()
			m.times[n] = time.Now()
			if m.hook != nil && m.hook(n) {
				m.paused = true
			}
		}
		m.mu.Unlock()
	}
}

func (m *chMiner) setPaused(p bool) {
	m.mu.Lock()
	m.paused = p
	m.mu.Unlock()
}

func (m *chMiner) setHook(f func(head uint64) bool) {
	m.mu.Lock()
	m.hook = f
	m.mu.Unlock()
}

// sealedAt is when block n was sealed by the miner (zero if not by it).
func (m *chMiner) sealedAt(n uint64) time.Time {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.times[n]
}

// chMarket is a market with the generated verifiers and a provider bonded
// on L1 with a lease from the buyer.
type chMarket struct {
	*testnet.Net
	t     *testing.T
	miner *chMiner
	lease uint64
	// storeURL is the sequencer's HTTP root (fixed across its restarts).
	storeURL string
	// rebonded: tokens the provider bonded to be reinstated after
	// convictions (docs/economics.md), so bond checks can add them back.
	rebonded *big.Int
}

type chOptions struct {
	window, reveal uint64        // L1 seconds (each block moves L1's clock 1 s)
	blockEvery     time.Duration // the miner's period
	bond           int64         // tokens the provider bonds
	noSequencer    bool
}

func newChMarket(t *testing.T, o chOptions) *chMarket {
	t.Helper()
	if o.window == 0 {
		o.window = 600
	}
	if o.reveal == 0 {
		o.reveal = 120
	}
	if o.blockEvery == 0 {
		o.blockEvery = 250 * time.Millisecond
	}
	if o.bond == 0 {
		o.bond = 100
	}
	// testnet.Start deploys the contracts before this test can send a tx:
	// the verifiers' addresses are those key chDeployer's next three
	// creations will have (it has sent exactly its two approvals then),
	// checked below when they are deployed.
	deployer := crypto.PubkeyToAddress(l1test.Key(chDeployer).PublicKey)
	var vers [l1.NumStepClasses]common.Address
	for i := range vers {
		vers[i] = crypto.CreateAddress(deployer, uint64(2+i))
	}
	// A fixed port: the store's URL outlives a restart of the sequencer.
	rpcAddr := fmt.Sprintf("127.0.0.1:%d", l1test.FreePort(t))
	n := testnet.Start(t, testnet.Options{
		Sequencer: func(c *sequencer.Config) { c.RPCAddr = rpcAddr },
		Params: func(p *l1.Params) {
			p.DisputeWindow, p.RevealPeriod, p.MaxInclusionDelay = o.window, o.reveal, 900
		},
		Verifiers:   &vers,
		MineEvery:   time.Hour, // chMiner mines
		NoSequencer: true,
	})
	bins := [3]string{bindings.StepVerifierClass1MetaData.Bin, bindings.StepVerifierClass2MetaData.Bin, bindings.StepVerifierClass3MetaData.Bin}
	for i, bin := range bins {
		if got := n.Chain.DeployBin(t, chDeployer, bin, nil); got != vers[i] {
			t.Fatalf("verifier %d deployed at %s, the deployment expects %s (testnet.Start sent a different number of txs from key %d)", i+1, got, vers[i], chDeployer)
		}
	}
	m := &chMarket{Net: n, t: t, storeURL: "http://" + rpcAddr, rebonded: new(big.Int)}
	m.miner = startMiner(t, n.Chain, o.blockEvery)
	if o.noSequencer {
		return m
	}
	n.StartSequencer()
	m.setup(o.bond)
	return m
}

// setup funds the buyer and provider on L2, bonds the provider, registers
// it and opens a lease.
func (m *chMarket) setup(bond int64) {
	m.Deposit(chBuyer, testnet.Ether(1000))
	m.Deposit(chProvider, testnet.Ether(10))
	m.Bond(chProvider, testnet.Ether(bond))
	m.Send(chProvider, &state.RegisterProvider{GPUs: 2, GPUClass: 1, PricePerGPUHour: testnet.Eth(1), Endpoint: "https://gpu.example"})
	st := m.Send(chBuyer, &state.OpenLease{Provider: m.Addr(chProvider), PricePerGPUHour: testnet.Eth(1), Deposit: testnet.Eth(200), Duration: 7 * 86400})
	if st.LeaseID == nil {
		m.t.Fatalf("OpenLease without a lease id: %+v", st)
	}
	m.lease = uint64(*st.LeaseID)
	// The bond must be on L2 before receipts.
	m.WaitFor("the provider's bond on L2", func() (bool, error) {
		p, err := m.Client.Provider(m.Ctx, m.Addr(chProvider))
		return err == nil && p != nil && p.Bond != nil && u256big(p.Bond).Cmp(testnet.Ether(bond)) == 0, nil
	})
}

// chJob is a job with its provider's stored trace (honest or falsified).
type chJob struct {
	m      *job.Model
	in     *job.Input
	st     *job.StoredTrace
	honest *job.StoredTrace
	specs  []job.LayerSpec
	inRoot common.Hash
}

func newChJob(t testing.TB, widths []int, rows int, seed uint64) *chJob {
	t.Helper()
	m, err := zoo.Random(widths, 40, seed)
	if err != nil {
		t.Fatal(err)
	}
	in := zoo.RandomInput(rows, widths[0], seed+1)
	tr, err := (&job.Reference{}).Execute(context.Background(), m, in)
	if err != nil {
		t.Fatal(err)
	}
	j := &chJob{m: m, in: in, st: tr.Stored(), honest: tr.Stored()}
	if j.specs, err = m.Specs(); err != nil {
		t.Fatal(err)
	}
	ir, err := job.InputRoot(in.X, in.Rows, in.Width)
	if err != nil {
		t.Fatal(err)
	}
	j.inRoot = ir.Bytes()
	return j
}

func (j *chJob) traceRoot(t testing.TB) common.Hash {
	t.Helper()
	r, err := j.st.Root(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return r.Bytes()
}

func mustEncode[T any](t testing.TB, f func(T) ([]byte, error), v T) []byte {
	t.Helper()
	b, err := f(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// chPosted is a receipt the test posted as the provider.
type chPosted struct {
	job     *chJob
	jobID   common.Hash
	receipt common.Hash
	rc      *client.Receipt
	batch   uint64
	// buyerFee is what the SubmitJob cost the buyer on L2.
	buyerFee *big.Int
}

// post submits the job as the buyer and posts the provider's receipt of
// its stored trace (uploading the trace first, as the sequencer admits a
// receipt only with its trace stored); it does not wait for the batch.
func (m *chMarket) post(j *chJob) *chPosted {
	t := m.t
	t.Helper()
	m.Upload(chBuyer, client.KindModel, mustEncode(t, job.EncodeModel, j.m))
	m.Upload(chBuyer, client.KindInput, mustEncode(t, job.EncodeInput, j.in))
	st := m.sendReinstating(chBuyer, &state.SubmitJob{LeaseID: m.lease, Layers: j.specs, Rows: uint32(j.in.Rows), InputRoot: j.inRoot})
	if st.JobID == nil {
		t.Fatalf("SubmitJob without a job id: %+v", st)
	}
	p := &chPosted{job: j, jobID: *st.JobID, buyerFee: u256big(st.Fee)}
	m.Upload(chProvider, client.KindTrace, mustEncode(t, job.EncodeTrace, j.st))
	cj, err := m.Client.Job(m.Ctx, p.jobID)
	if err != nil {
		t.Fatal(err)
	}
	pr := &state.PostReceipt{JobID: p.jobID, Buyer: cj.Buyer, ModelRoot: cj.ModelRoot, InputRoot: cj.InputRoot,
		Rows: uint32(cj.Rows), Layers: uint32(len(cj.Layers)), TraceRoot: j.traceRoot(t), SlashAmount: (*uint256.Int)(cj.SlashAmount), GPUMillis: 7}
	rs := m.sendReinstating(chProvider, pr)
	if rs.ReceiptID == nil {
		t.Fatalf("PostReceipt without a receipt id: %+v", rs)
	}
	p.receipt = *rs.ReceiptID
	return p
}

// sendReinstating sends a tx for the provider's market; when it is refused
// because the provider is suspended after a conviction of an earlier false
// receipt (docs/economics.md), the provider bonds back what the slash took
// and the tx is sent again.
func (m *chMarket) sendReinstating(from int, body state.Body) *client.TxStatus {
	m.t.Helper()
	for try := 0; ; try++ {
		st, err := m.TrySend(from, body)
		if err == nil {
			return st
		}
		if client.CodeOf(err) != int(state.CodeProviderSuspended) || try >= 5 {
			m.t.Fatalf("%s from key %d: %v", body.Type(), from, err)
		}
		m.reinstate()
	}
}

// reinstate bonds the gap between the provider's bond on L1 and the level
// its suspension names until L2 shows it reinstated. L1's bond, not L2's
// mirror: slashes may be on L1 and not consumed yet, and a later verdict
// may raise the level again, so it goes round until L2 agrees.
func (m *chMarket) reinstate() {
	m.t.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		p, err := m.Client.Provider(m.Ctx, m.Addr(chProvider))
		if err != nil {
			m.t.Fatal(err)
		}
		if !p.Suspended || p.ReinstateBond == nil {
			return
		}
		if gap := new(big.Int).Sub(u256big(p.ReinstateBond), m.bonded(m.Addr(chProvider))); gap.Sign() > 0 {
			m.Bond(chProvider, gap)
			m.rebonded.Add(m.rebonded, gap)
		}
		if time.Now().After(deadline) {
			m.t.Fatalf("the provider is still suspended: %+v", p)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// waitPosted waits until the receipt's batch is on L1.
func (m *chMarket) waitPosted(p *chPosted) {
	m.t.Helper()
	m.WaitFor("the receipt's batch on L1", func() (bool, error) {
		rc, err := m.Client.Receipt(m.Ctx, p.receipt)
		if err != nil {
			return false, nil
		}
		b, err := m.Client.Batch(m.Ctx, uint64(rc.Batch))
		if err != nil {
			return false, nil
		}
		p.rc, p.batch = rc, uint64(rc.Batch)
		return b.Status == client.BatchPosted || b.Status == client.BatchFinal, nil
	})
}

// The falsifications of docs/fraud-proof.md, on leaf (r, l) of a trace.
func falseValue(st *job.StoredTrace, r, l, o int) {
	lf := st.Leaf(r, l)
	e := &lf.Elems[o/job.PackInt8]
	b := e.Bytes()
	b[31-o%job.PackInt8] ^= 0x01
	e.SetBytes(b[:])
}

// nonCanonical adds 2^248 to element e: not 31 int8 values any more.
func nonCanonical(st *job.StoredTrace, r, l, e int) {
	el := &st.Leaf(r, l).Elems[e]
	var two248 job.Element
	two248.SetBigInt(new(big.Int).Lsh(big.NewInt(1), 248))
	el.Add(el, &two248)
}

// wrongLength claims one value fewer (the element count stays valid).
func wrongLength(st *job.StoredTrace, r, l int) { st.Leaf(r, l).N-- }

// nonZeroPadding sets the padding byte at position o (≥ the leaf's length).
func nonZeroPadding(st *job.StoredTrace, r, l, o int) {
	lf := st.Leaf(r, l)
	e := &lf.Elems[o/job.PackInt8]
	b := e.Bytes()
	b[31-o%job.PackInt8] = 0x80
	e.SetBytes(b[:])
}

// challengerConfig is an in-process challenger of key k.
func (m *chMarket) challengerConfig(t *testing.T, k int) challenger.Config {
	return challenger.Config{
		DataDir: t.TempDir(), L1RPC: m.L1URL, Deployment: m.Deploy.Addresses, StoreURL: m.storeURL,
		Key: m.Key(k), KeyDir: t.TempDir(), Keys: circuit.NewKeyCacheWith(chKeys(t)), SampleRate: 1,
		L1PollInterval: 100 * time.Millisecond, L1Timeout: 10 * time.Second, StoreTimeout: 10 * time.Second,
		DataRetry: 300 * time.Millisecond,
		TxMgr:     l1.TxManagerConfig{ResubmitInterval: 3 * time.Second, PollInterval: 50 * time.Millisecond},
		Logger:    testnet.Logger().With("challenger", k),
	}
}

func startCh(t *testing.T, cfg challenger.Config) *challenger.Service {
	t.Helper()
	s, err := challenger.New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := s.Stop(ctx); err != nil {
			t.Errorf("stop challenger: %v", err)
		}
	})
	return s
}

// chWait polls cond every 50 ms until it holds; timeout fails the test.
func chWait(t *testing.T, what string, timeout time.Duration, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (m *chMarket) call(to common.Address, data []byte) []byte {
	m.t.Helper()
	out, err := m.Chain.Client.CallContract(m.Ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		m.t.Fatalf("call %s: %v (%s)", to, err, l1.RevertName(err))
	}
	return out
}

func (m *chMarket) tokens(a common.Address) *big.Int {
	tok := bindings.NewComputeToken()
	v, err := tok.UnpackBalanceOf(m.call(m.Deploy.Token, tok.PackBalanceOf(a)))
	if err != nil {
		m.t.Fatal(err)
	}
	return v
}

func (m *chMarket) bonded(a common.Address) *big.Int {
	b := bindings.NewBonds()
	v, err := b.UnpackBonded(m.call(m.Deploy.Bonds, b.PackBonded(a)))
	if err != nil {
		m.t.Fatal(err)
	}
	return v
}

func (m *chMarket) l1Batch(i uint64) bindings.RollupBatch {
	r := bindings.NewRollup()
	v, err := r.UnpackBatch(m.call(m.Deploy.Rollup, r.PackBatch(i)))
	if err != nil {
		m.t.Fatal(err)
	}
	return v
}

func (m *chMarket) l2Balance(i int) *big.Int {
	a, err := m.Client.Account(m.Ctx, m.Addr(i))
	if err != nil {
		m.t.Fatal(err)
	}
	return u256big(a.Balance)
}

// slashEvent is a ReceiptSlashed log.
type slashEvent struct {
	*bindings.DisputesReceiptSlashed
	block uint64
	time  uint64
}

// slashes are every ReceiptSlashed on L1.
func (m *chMarket) slashes() []slashEvent {
	m.t.Helper()
	d := bindings.NewDisputes()
	logs, err := m.Chain.Client.FilterLogs(m.Ctx, ethereum.FilterQuery{Addresses: []common.Address{m.Deploy.Disputes},
		Topics: [][]common.Hash{{d.GetABI().Events["ReceiptSlashed"].ID}}})
	if err != nil {
		m.t.Fatal(err)
	}
	var out []slashEvent
	for i := range logs {
		e, err := d.UnpackReceiptSlashedEvent(&logs[i])
		if err != nil {
			m.t.Fatal(err)
		}
		h, err := m.Chain.Client.HeaderByNumber(m.Ctx, new(big.Int).SetUint64(logs[i].BlockNumber))
		if err != nil {
			m.t.Fatal(err)
		}
		out = append(out, slashEvent{e, logs[i].BlockNumber, h.Time})
	}
	return out
}

// commits are the ChallengeCommitted logs of a challenger, with block times.
func (m *chMarket) commits(by common.Address) []slashEvent {
	m.t.Helper()
	d := bindings.NewDisputes()
	logs, err := m.Chain.Client.FilterLogs(m.Ctx, ethereum.FilterQuery{Addresses: []common.Address{m.Deploy.Disputes},
		Topics: [][]common.Hash{{d.GetABI().Events["ChallengeCommitted"].ID}, nil, nil, {common.BytesToHash(by[:])}}})
	if err != nil {
		m.t.Fatal(err)
	}
	var out []slashEvent
	for i := range logs {
		h, err := m.Chain.Client.HeaderByNumber(m.Ctx, new(big.Int).SetUint64(logs[i].BlockNumber))
		if err != nil {
			m.t.Fatal(err)
		}
		out = append(out, slashEvent{nil, logs[i].BlockNumber, h.Time})
	}
	return out
}

// chProc is a `gpuroll challenger` child process.
type chProc struct {
	cmd  *exec.Cmd
	log  string
	done chan struct{}
	err  error
}

// chProcEnv is what a challenger child process needs on disk.
type chProcEnv struct {
	bin, dataDir, keyDir, keysDir, deployment, keystore, password string
}

func (m *chMarket) procEnv(t *testing.T, bin string, k int) *chProcEnv {
	t.Helper()
	dir := t.TempDir()
	e := &chProcEnv{bin: bin, dataDir: filepath.Join(dir, "data"), keyDir: filepath.Join(dir, "keys"), keysDir: chKeysDir(t),
		deployment: filepath.Join(dir, "deployment.json"), password: filepath.Join(dir, "pw")}
	b, _ := json.Marshal(m.Deploy.Addresses)
	if err := os.WriteFile(e.deployment, b, 0o600); err != nil {
		t.Fatal(err)
	}
	ks := keystore.NewKeyStore(e.keyDir, keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(m.Key(k), "pw")
	if err != nil {
		t.Fatal(err)
	}
	e.keystore = acc.URL.Path
	if err := os.WriteFile(e.password, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return e
}

// start runs the challenger; its log goes to dataDir/../challenger-N.log.
func (e *chProcEnv) start(t *testing.T, m *chMarket, run int, extra ...string) *chProc {
	t.Helper()
	args := []string{"challenger", "--datadir", e.dataDir, "--l1-rpc", m.L1URL, "--deployment", e.deployment,
		"--store-url", m.storeURL, "--keystore", e.keystore, "--password-file", e.password,
		"--circuit-keys", e.keysDir, "--sample-rate", "1", "--l1-poll-interval", "100ms", "--l1-resubmit", "3s",
		"--data-retry", "300ms", "--log-level", "debug"}
	args = append(args, extra...)
	p := &chProc{log: filepath.Join(filepath.Dir(e.dataDir), fmt.Sprintf("challenger-%d.log", run)), done: make(chan struct{})}
	f, err := os.Create(p.log)
	if err != nil {
		t.Fatal(err)
	}
	p.cmd = exec.Command(e.bin, args...)
	p.cmd.Stdout, p.cmd.Stderr = f, f
	p.cmd.Env = chCleanEnv()
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.err = p.cmd.Wait()
		f.Close()
		close(p.done)
	}()
	t.Cleanup(func() { p.kill() })
	return p
}

// chCleanEnv is the environment without GPUROLL_* variables.
func chCleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GPUROLL_") {
			env = append(env, kv)
		}
	}
	return env
}

func (p *chProc) kill() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

func (p *chProc) term(t *testing.T) {
	t.Helper()
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(60 * time.Second):
		t.Fatalf("the challenger did not stop on SIGTERM\n%s", chTail(p.log, 3000))
	}
	if p.err != nil {
		t.Fatalf("the challenger exited with %v on SIGTERM\n%s", p.err, chTail(p.log, 3000))
	}
}

func (p *chProc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

func chTail(path string, n int) string {
	b, _ := os.ReadFile(path)
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// chStatus reads a challenger's status.json (nil while absent or torn).
func chStatus(dataDir string) *challenger.Status {
	st, err := challenger.ReadStatus(dataDir)
	if err != nil {
		return nil
	}
	return st
}

// chDisputeIn finds a receipt in a status.
func chDisputeIn(st *challenger.Status, id common.Hash) *challenger.DisputeSummary {
	if st == nil {
		return nil
	}
	for i := range st.Disputes {
		if st.Disputes[i].Receipt == id {
			return &st.Disputes[i]
		}
	}
	return nil
}

// chBinary builds gpuroll (Go's build cache makes every build after the
// first a link).
func chBinary(t *testing.T) string {
	t.Helper()
	return buildBinary(t, "github.com/gpuroll/gpuroll/cmd/gpuroll")
}

// u256big is a uint256 of the API as a big.Int.
func u256big(v *hexutil.U256) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return (*uint256.Int)(v).ToBig()
}

func u256bigH(v *hexutil.Big) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v.ToInt()
}

// shareOf is the challenger's share of a slash (challengerShareBps on L1).
func (m *chMarket) shareOf(slash *big.Int) *big.Int {
	r := bindings.NewRollup()
	bps, err := r.UnpackParam(m.call(m.Deploy.Rollup, r.PackParam(6)))
	if err != nil {
		m.t.Fatal(err)
	}
	return new(big.Int).Div(new(big.Int).Mul(slash, bps), big.NewInt(10_000))
}
