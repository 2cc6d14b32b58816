package challenger

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
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
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// The package's tests cannot run a sequencer (challenger/ never imports
// it): they build L2 blocks themselves with their own state.State (the
// same STF), post the batch bodies to the Rollup on a simulated L1 with
// the sequencer's key, and serve the job data from a store of their own
// that speaks the store's HTTP API. The challenger under test derives
// everything from L1 and downloads payloads through client.StoreClient,
// as it does against a real sequencer (e2e/challenger_*_test.go).

const (
	kSeq      = 0 // deployer, admin and sequencer
	kBuyer    = 1
	kProvider = 2
	kAuditor  = 4
	kGuardian = 5
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func eth(n uint64) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(1e18))
}

func testLogger() *slog.Logger {
	if os.Getenv("GPUROLL_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// l2 is a simulated L1 with a deployment, an L2 builder and a store.
type l2 struct {
	t      *testing.T
	ctx    context.Context
	c      *l1test.Chain
	d      *l1test.Deployment
	url    string
	params state.Params
	dom    *state.Domain
	st     *state.State
	store  *blobServer

	mu       sync.Mutex
	nonces   map[int]uint64
	head     uint64
	parent   common.Hash // hash of the head block
	last     l1iface.BatchHeader
	headers  []l1iface.BatchHeader // posted, by index
	blocks   []*state.Block        // built since the last post
	lease    uint64
	lastTime uint64
	lastBody []byte
	// blockHashes: the hash of every block built, by number.
	blockHashes map[uint64]common.Hash
}

func newL2(t *testing.T, mutate func(*l1.Params)) *l2 {
	t.Helper()
	return newL2Mining(t, mutate, 50*time.Millisecond)
}

// newL2Mining is newL2 with blocks sealed every period in the background
// (0: only when a test tx is sent or the test commits).
func newL2Mining(t *testing.T, mutate func(*l1.Params), every time.Duration) *l2 {
	t.Helper()
	ctx := context.Background()
	port := l1test.FreePort(t)
	c := l1test.NewChain(t, 10, l1test.Osaka, l1test.HTTPOn(port))
	n := &l2{t: t, ctx: ctx, c: c, url: fmt.Sprintf("http://127.0.0.1:%d", port), nonces: map[int]uint64{}, blockHashes: map[uint64]common.Hash{}}
	n.d = c.DeployDev(t, func(cfg *l1.DeployConfig) {
		cfg.Params.DisputeWindow, cfg.Params.RevealPeriod, cfg.Params.MaxInclusionDelay = 86400, 600, 86400
		cfg.Params.Guardian = c.Addrs[kGuardian]
		if mutate != nil {
			mutate(&cfg.Params)
		}
		vals, err := cfg.Params.Array()
		if err != nil {
			t.Fatal(err)
		}
		if n.params, err = state.ParamsFromValues(vals); err != nil {
			t.Fatal(err)
		}
		if cfg.GenesisStateRoot, err = state.GenesisRoot(ctx, &state.Genesis{Params: n.params}); err != nil {
			t.Fatal(err)
		}
	})
	if every > 0 {
		c.Mine(t, every)
	}
	n.dom = state.NewDomain(c.ChainID.Uint64(), n.d.Rollup)
	db, err := state.OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if n.st, err = state.Open(ctx, db, n.dom, &state.Genesis{Params: n.params}, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	n.last = l1iface.BatchHeader{PostStateRoot: n.d.Config.GenesisStateRoot}
	n.headers = []l1iface.BatchHeader{n.last}
	n.store = newBlobServer(t)
	tok := bindings.NewComputeToken()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, i := range []int{kBuyer, kProvider} {
		c.MustSend(t, kSeq, n.d.Token, tok.PackMint(c.Addrs[i], ether(1_000_000)))
		c.MustSend(t, i, n.d.Token, tok.PackApprove(n.d.Rollup, max))
		c.MustSend(t, i, n.d.Token, tok.PackApprove(n.d.Bonds, max))
	}
	return n
}

// messages reads the whole L1 queue.
func (n *l2) messages() []*l1iface.Message {
	n.t.Helper()
	logs, err := n.c.Client.FilterLogs(n.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(n.d.Addresses.DeployBlock),
		Addresses: []common.Address{n.d.Rollup}, Topics: [][]common.Hash{{l1.MessageQueuedTopic()}},
	})
	if err != nil {
		n.t.Fatal(err)
	}
	var out []*l1iface.Message
	for i := range logs {
		q, err := l1.ParseMessageQueued(n.d.Rollup, &logs[i])
		if err != nil {
			n.t.Fatal(err)
		}
		m := q.Message
		out = append(out, &m)
	}
	return out
}

func (n *l2) sign(i int, body state.Body) *state.Tx {
	n.t.Helper()
	tx := &state.Tx{Nonce: n.nonces[i], MaxFee: uint256.NewInt(1e16), Body: body}
	if err := n.dom.Sign(tx, n.c.Keys[i]); err != nil {
		n.t.Fatal(err)
	}
	n.nonces[i]++
	return tx
}

// item is a tx to put in a block, or a forced bad item.
type item struct {
	tx     *state.Tx
	result func(*state.Result)
}

// block builds and commits the next block: every L1 message not yet
// consumed, then the txs (each must apply), then the seal if asked.
// mutate may change the block before it is recorded (a lying block).
func (n *l2) block(items []item, seal bool) *state.Block {
	n.t.Helper()
	g, err := n.st.Globals()
	if err != nil {
		n.t.Fatal(err)
	}
	ts := max(uint64(time.Now().Unix()), n.lastTime)
	n.lastTime = ts
	if err := n.st.BeginBlock(n.head+1, ts); err != nil {
		n.t.Fatal(err)
	}
	blk := &state.Block{Number: n.head + 1, ParentHash: n.parent, Timestamp: ts}
	msgs := n.messages()
	for i := g.MessagesConsumed; i < uint64(len(msgs)); i++ {
		if err := n.st.ApplyL1Message(msgs[i]); err != nil {
			n.t.Fatalf("message %d: %v", i, err)
		}
		blk.Items = append(blk.Items, state.L1Item(i))
	}
	for _, it := range items {
		v, err := n.dom.Verify(it.tx)
		if err != nil {
			n.t.Fatal(err)
		}
		res, err := n.st.Apply(v)
		if err != nil {
			n.t.Fatalf("apply %s: %v", it.tx.Body.Type(), err)
		}
		if it.result != nil {
			it.result(res)
		}
		blk.Items = append(blk.Items, state.TxItem(it.tx))
	}
	if seal {
		if _, err := n.st.Seal(); err != nil {
			n.t.Fatal(err)
		}
		blk.Items = append(blk.Items, state.SealItem())
	}
	root, err := n.st.Commit(n.ctx)
	if err != nil {
		n.t.Fatal(err)
	}
	blk.StateRoot = root
	n.head, n.parent = blk.Number, blk.Hash()
	n.blockHashes[blk.Number] = n.parent
	n.blocks = append(n.blocks, blk)
	return blk
}

// post encodes the blocks built since the last post (the last one must
// carry the seal) into a body and submits the batch with the sequencer's
// key; lie may change the header or the blocks before they are encoded.
func (n *l2) post(lie func(h *l1iface.BatchHeader, blocks []*state.Block)) (l1iface.BatchHeader, common.Hash) {
	n.t.Helper()
	h, blocks := n.header()
	if lie != nil {
		lie(&h, blocks)
	}
	body, err := (&state.Batch{Blocks: blocks}).Encode()
	if err != nil {
		n.t.Fatal(err)
	}
	return n.submitBatch(h, body)
}

// postBody posts the header of the blocks built since the last post with
// another body.
func (n *l2) postBody(body []byte) (l1iface.BatchHeader, common.Hash) {
	n.t.Helper()
	h, _ := n.header()
	return n.submitBatch(h, body)
}

// header is the honest header of the blocks built since the last post.
func (n *l2) header() (l1iface.BatchHeader, []*state.Block) {
	n.t.Helper()
	g, err := n.st.Globals()
	if err != nil {
		n.t.Fatal(err)
	}
	idx := g.BatchIndex - 1
	info, err := n.st.BatchInfo(idx)
	if err != nil || info == nil {
		n.t.Fatalf("batch %d info: %v", idx, err)
	}
	_, root := n.st.Head()
	blocks := n.blocks
	n.blocks = nil
	return l1iface.BatchHeader{Index: idx, ParentHash: n.last.Hash(), PreStateRoot: n.last.PostStateRoot, PostStateRoot: root,
		ReceiptsRoot: info.ReceiptsRoot, WithdrawalsRoot: info.WithdrawalsRoot, MessagesConsumed: info.MessagesConsumed,
		MessagesRollingHash: info.RollingHash}, blocks
}

func (n *l2) submitBatch(h l1iface.BatchHeader, body []byte) (l1iface.BatchHeader, common.Hash) {
	n.t.Helper()
	h.BodyHash = crypto.Keccak256Hash(body)
	n.c.MustSend(n.t, kSeq, n.d.Rollup, bindings.NewRollup().PackSubmitBatch(bindings.L1CodecBatchHeader{
		Index: h.Index, ParentHash: h.ParentHash, PreStateRoot: h.PreStateRoot, PostStateRoot: h.PostStateRoot,
		ReceiptsRoot: h.ReceiptsRoot, WithdrawalsRoot: h.WithdrawalsRoot, MessagesConsumed: h.MessagesConsumed,
		MessagesRollingHash: h.MessagesRollingHash, BodyHash: h.BodyHash,
	}, body))
	n.last, n.lastBody = h, body
	n.headers = append(n.headers[:h.Index], h)
	return h, h.Hash()
}

// nonceOf is key i's nonce in the builder's state.
func (n *l2) nonceOf(i int) uint64 {
	n.t.Helper()
	a, err := n.st.Account(n.c.Addrs[i])
	if err != nil {
		n.t.Fatal(err)
	}
	return a.Nonce
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// rollback returns the builder to the end of batch b (after a rejection).
func (n *l2) rollback(b uint64) {
	n.t.Helper()
	if err := n.st.Rollback(n.ctx, b); err != nil {
		n.t.Fatal(err)
	}
	n.head, _ = n.st.Head()
	n.blocks = nil
	n.last = n.headers[b]
	n.headers = n.headers[:b+1]
	// The parent hash of the next block: the hash of block head, which the
	// builder rebuilds from the blocks it posted.
	n.parent = n.blockHashes[n.head]
}

// market registers the provider, bonds it on L1, funds the buyer on L2
// and opens a lease; everything lands in batch 1.
func (n *l2) market(bond int64) {
	t := n.t
	t.Helper()
	n.c.MustSend(t, kBuyer, n.d.Rollup, bindings.NewRollup().PackDeposit(n.c.Addrs[kBuyer], ether(100_000)))
	n.c.MustSend(t, kProvider, n.d.Rollup, bindings.NewRollup().PackDeposit(n.c.Addrs[kProvider], ether(1_000)))
	n.c.MustSend(t, kProvider, n.d.Bonds, bindings.NewBonds().PackBond(ether(bond)))
	reg := n.sign(kProvider, &state.RegisterProvider{GPUs: 8, GPUClass: 1, PricePerGPUHour: eth(1), Endpoint: "https://gpu.example"})
	lease := n.sign(kBuyer, &state.OpenLease{Provider: n.c.Addrs[kProvider], PricePerGPUHour: eth(1), Deposit: eth(50_000), Duration: 30 * 86400})
	n.block([]item{{tx: reg}, {tx: lease, result: func(r *state.Result) { n.lease = r.LeaseID }}}, true)
	n.post(nil)
}

// tjob is a job with its blobs and the provider's stored trace.
type tjob struct {
	m      *job.Model
	in     *job.Input
	st     *job.StoredTrace
	specs  []job.LayerSpec
	inRoot common.Hash
	trRoot common.Hash
	macs   uint64
}

func newJob(t testing.TB, m *job.Model, rows int, seed uint64) *tjob {
	t.Helper()
	in := zoo.RandomInput(rows, m.InputWidth(), seed)
	tr, err := (&job.Reference{}).Execute(context.Background(), m, in)
	if err != nil {
		t.Fatal(err)
	}
	j := &tjob{m: m, in: in, st: tr.Stored()}
	if j.specs, err = m.Specs(); err != nil {
		t.Fatal(err)
	}
	ir, err := job.InputRoot(in.X, in.Rows, in.Width)
	if err != nil {
		t.Fatal(err)
	}
	j.inRoot = ir.Bytes()
	j.seal(t)
	return j
}

// seal recomputes the trace root (after a falsification).
func (j *tjob) seal(t testing.TB) {
	r, err := j.st.Root(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	j.trRoot = r.Bytes()
}

// submit puts a SubmitJob and the provider's PostReceipt into items and
// the job's blobs into the store; it returns the items and the receipt id
// through rid once applied.
func (n *l2) submit(j *tjob, rid *common.Hash) []item {
	t := n.t
	t.Helper()
	n.store.put(t, client.KindModel, j.m)
	n.store.put(t, client.KindInput, j.in)
	n.store.put(t, client.KindTrace, j.st)
	sj := n.sign(kBuyer, &state.SubmitJob{LeaseID: n.lease, Layers: j.specs, Rows: uint32(j.in.Rows), InputRoot: j.inRoot})
	jobID := n.dom.SigningHash(sj)
	var pr *state.Tx
	items := []item{{tx: sj, result: func(r *state.Result) {
		sjob, err := n.st.Job(jobID)
		if err != nil || sjob == nil {
			t.Fatalf("job %s: %v", jobID, err)
		}
		p, err := n.st.Params()
		if err != nil {
			t.Fatal(err)
		}
		body, err := state.NewPostReceipt(jobID, sjob, j.trRoot, 1000, p)
		if err != nil {
			t.Fatal(err)
		}
		pr.Body = body
		if err := n.dom.Sign(pr, n.c.Keys[kProvider]); err != nil {
			t.Fatal(err)
		}
	}}}
	// The receipt's body depends on the job as applied: sign it then.
	pr = &state.Tx{Nonce: n.nonces[kProvider], MaxFee: uint256.NewInt(1e16)}
	n.nonces[kProvider]++
	items = append(items, item{tx: pr, result: func(r *state.Result) {
		if rid != nil {
			*rid = r.ReceiptID
		}
	}})
	return items
}

// blobServer serves blobs as the sequencer's store does (GET
// /store/{kind}/{root} with X-Gpuroll-Root and Content-Length); it can
// withhold or corrupt a root.
type blobServer struct {
	srv      *httptest.Server
	mu       sync.Mutex
	blobs    map[string][]byte
	withhold map[common.Hash]bool
	corrupt  map[common.Hash]bool
	served   int
}

func newBlobServer(t testing.TB) *blobServer {
	b := &blobServer{blobs: map[string][]byte{}, withhold: map[common.Hash]bool{}, corrupt: map[common.Hash]bool{}}
	b.srv = httptest.NewServer(http.HandlerFunc(b.serve))
	t.Cleanup(b.srv.Close)
	return b
}

func (b *blobServer) put(t testing.TB, kind string, v any) common.Hash {
	t.Helper()
	var data []byte
	var err error
	switch x := v.(type) {
	case *job.Model:
		data, err = job.EncodeModel(x)
	case *job.Input:
		data, err = job.EncodeInput(x)
	case *job.StoredTrace:
		data, err = job.EncodeTrace(x)
	}
	if err != nil {
		t.Fatal(err)
	}
	blob, err := client.DecodeBlob(context.Background(), kind, data)
	if err != nil {
		t.Fatal(err)
	}
	b.mu.Lock()
	b.blobs[kind+"/"+blob.Root.Hex()] = data
	b.mu.Unlock()
	return blob.Root
}

func (b *blobServer) serve(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimPrefix(r.URL.Path, "/store/")
	kind, rootHex, _ := strings.Cut(path, "/")
	root := common.HexToHash(rootHex)
	b.mu.Lock()
	data, ok := b.blobs[kind+"/"+root.Hex()]
	withheld, corrupt := b.withhold[root], b.corrupt[root]
	b.served++
	b.mu.Unlock()
	if !ok || withheld {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, `{"error":{"code":%d,"message":"no such blob"}}`, client.StoreCodeNotFound)
		return
	}
	if corrupt {
		data = append([]byte(nil), data...)
		data[len(data)-1] ^= 1
	}
	w.Header().Set(client.HeaderRoot, root.Hex())
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.Write(data)
}

// shapes are the model shapes of the varied jobs: widths at the packing
// and step-class boundaries, one to four layers.
var shapes = [][]int{
	{1, 1}, {5, 3}, {31, 31}, {32, 30}, {33, 62, 5}, {62, 63, 64}, {64, 32, 16, 8}, {100, 7},
	{255, 17}, {256, 256}, {257, 40}, {300, 31, 2}, {24, 16, 8}, {48, 40, 6}, {16, 16, 16, 16, 16}, {2, 300, 3},
}

func shapeModels(t testing.TB) []*job.Model {
	t.Helper()
	var ms []*job.Model
	for i, w := range shapes {
		m, err := zoo.Random(w, 1+i*7%120, uint64(100+i))
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	return ms
}

// challengerConfig is a challenger of key kAuditor on this net.
func (n *l2) challengerConfig(t *testing.T) Config {
	return Config{
		DataDir: t.TempDir(), L1RPC: n.url, Deployment: n.d.Addresses, StoreURL: n.store.srv.URL,
		Key: n.c.Keys[kAuditor], KeyDir: t.TempDir(), CircuitKeys: t.TempDir(), SampleRate: 1,
		L1PollInterval: 100 * time.Millisecond, L1Timeout: 10 * time.Second, StoreTimeout: 10 * time.Second, DataRetry: 500 * time.Millisecond,
		TxMgr:  l1.TxManagerConfig{ResubmitInterval: 2 * time.Second, PollInterval: 50 * time.Millisecond},
		Logger: testLogger(),
	}
}

func startChallenger(t *testing.T, cfg Config) *Service {
	t.Helper()
	s, err := New(context.Background(), cfg)
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

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
