package sequencer

// Load and cost measurements of the sequencer (issue 9): heavy, so each is
// skipped unless its environment variable is set (and always under -short);
// `make test` runs none of them. docs/benchmarks.md, "Sequencer (issue 9)",
// records their figures and command lines:
//
//	GPUROLL_BENCH_LOADGEN=1   TestBenchLoadgen: the load generator against a sequencer on a simulated L1
//	GPUROLL_BENCH_BATCHCOST=1 TestBenchBatchCost: body bytes and L1 gas per tx of a realistic mix
//	GPUROLL_BENCH_MEMORY=N    TestBenchMemory: heap and RSS of a sequencer on an L2 state of N accounts

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/loadgen"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// benchEnv skips t unless the environment variable is set; it returns its value.
func benchEnv(t *testing.T, name string) string {
	t.Helper()
	v := os.Getenv(name)
	if testing.Short() || v == "" {
		t.Skipf("a measurement: set %s to run it (never under -short)", name)
	}
	return v
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func envDuration(name string, def time.Duration) time.Duration {
	if v, err := time.ParseDuration(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// reconfigure restarts the test net's sequencer with a changed config (on
// the same data directory): newTestNet's own options have changed shape
// before, this does not depend on them.
func (n *testNet) reconfigure(f func(*Config)) {
	n.t.Helper()
	n.stop()
	f(&n.cfg)
	n.start()
}

// blockStats collects the sequencer's "block" and "batch sealed" log
// records: how long each block took to build and what it held.
type blockStats struct {
	mu      sync.Mutex
	blocks  []builtBlock
	batches []int // body bytes of the sealed batches
}

type builtBlock struct {
	at   time.Time
	txs  int
	took time.Duration
}

// statsHandler records them and passes warnings and errors to warn.
type statsHandler struct {
	s    *blockStats
	warn slog.Handler
}

func (h statsHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h statsHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return statsHandler{s: h.s, warn: h.warn.WithAttrs(as)}
}
func (h statsHandler) WithGroup(g string) slog.Handler {
	return statsHandler{s: h.s, warn: h.warn.WithGroup(g)}
}
func (h statsHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Level >= slog.LevelWarn || os.Getenv("GPUROLL_TEST_LOG") != "" {
		return h.warn.Handle(ctx, r)
	}
	switch r.Message {
	case "block":
		b := builtBlock{at: r.Time}
		r.Attrs(func(a slog.Attr) bool {
			switch a.Key {
			case "txs":
				b.txs = intValue(a.Value)
			case "took":
				b.took = a.Value.Duration()
			}
			return true
		})
		h.s.mu.Lock()
		h.s.blocks = append(h.s.blocks, b)
		h.s.mu.Unlock()
	case "batch sealed":
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "bodyBytes" {
				h.s.mu.Lock()
				h.s.batches = append(h.s.batches, intValue(a.Value))
				h.s.mu.Unlock()
			}
			return true
		})
	}
	return nil
}

func intValue(v slog.Value) int {
	switch v.Kind() {
	case slog.KindInt64:
		return int(v.Int64())
	case slog.KindUint64:
		return int(v.Uint64())
	}
	return 0
}

// TestBenchLoadgen runs the load generator against a sequencer on the
// simulated L1 (both in this process, sharing the machine's cores), once
// per block time (GPUROLL_BENCH_BLOCK_TIMES, default "1s,250ms"). The
// funder (the buyer's key) deposits on L1; the load generator funds its
// wallets on L2 and sends Transfers for GPUROLL_BENCH_DURATION (default
// 20 s) or GPUROLL_BENCH_COUNT txs (default 200,000), at
// GPUROLL_BENCH_RATE tx/s (default 0: as fast as possible), from
// GPUROLL_BENCH_WALLETS wallets (default 2,000), in batches of
// GPUROLL_BENCH_BATCH (100) over GPUROLL_BENCH_CONNS connections (4).
// GPUROLL_BENCH_PROFILE=prefix writes a CPU profile of each sending phase
// to prefix-<block time>.prof (the load generator's samples carry the
// label loadgen=run).
func TestBenchLoadgen(t *testing.T) {
	benchEnv(t, "GPUROLL_BENCH_LOADGEN")
	bts := os.Getenv("GPUROLL_BENCH_BLOCK_TIMES")
	if bts == "" {
		bts = "1s,250ms"
	}
	for _, s := range strings.Split(bts, ",") {
		bt, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil {
			t.Fatalf("GPUROLL_BENCH_BLOCK_TIMES: %v", err)
		}
		t.Run("block="+bt.String(), func(t *testing.T) { benchLoadgen(t, bt) })
	}
}

func benchLoadgen(t *testing.T, blockTime time.Duration) {
	n := newTestNet(t)
	stats := &blockStats{}
	n.reconfigure(func(c *Config) {
		c.BlockTime = blockTime
		c.BatchInterval = envDuration("GPUROLL_BENCH_BATCH_INTERVAL", DefaultBatchInterval)
		c.Logger = slog.New(statsHandler{s: stats, warn: slog.NewTextHandler(testWriter{t}, nil)})
	})
	n.deposit(kBuyer, ether(500_000))
	n.waitBalance(kBuyer, eth(500_000))
	cfg := loadgen.Config{
		RPC: n.seq.RPCURL(), WS: n.seq.WSURL(), Funder: n.keys[kBuyer],
		Seed:     "bench " + blockTime.String(),
		Wallets:  envInt("GPUROLL_BENCH_WALLETS", 2000),
		Duration: envDuration("GPUROLL_BENCH_DURATION", 20*time.Second),
		Count:    envInt("GPUROLL_BENCH_COUNT", 200_000),
		Batch:    envInt("GPUROLL_BENCH_BATCH", 100),
		Conns:    envInt("GPUROLL_BENCH_CONNS", 4),
		Drain:    envDuration("GPUROLL_BENCH_DRAIN", 30*time.Second),
		Log:      slog.New(slog.NewTextHandler(testWriter{t}, nil)),
	}
	if r, err := strconv.ParseFloat(os.Getenv("GPUROLL_BENCH_RATE"), 64); err == nil {
		cfg.Rate = r
	}
	var sendStart time.Time
	cfg.OnSend = func(on bool) {
		if on {
			sendStart = time.Now()
		}
	}
	if prefix := os.Getenv("GPUROLL_BENCH_PROFILE"); prefix != "" {
		cfg.OnSend = func(on bool) {
			if !on {
				pprof.StopCPUProfile()
				return
			}
			sendStart = time.Now()
			f, err := os.Create(fmt.Sprintf("%s-%s.prof", prefix, blockTime))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { f.Close() })
			if err := pprof.StartCPUProfile(f); err != nil {
				t.Fatal(err)
			}
		}
	}
	if bin := os.Getenv("GPUROLL_BENCH_LOADGEN_BIN"); bin != "" {
		runLoadgenBinary(t, bin, cfg)
		return
	}
	res, err := loadgen.Run(n.ctx, cfg)
	if res != nil {
		var b strings.Builder
		res.WriteTable(&b)
		t.Logf("block time %v:\n%s", blockTime, b.String())
		if os.Getenv("GPUROLL_BENCH_PER_SECOND") != "" {
			b.Reset()
			res.WritePerSecond(&b)
			t.Logf("per second:\n%s", b.String())
		}
		logBuilder(t, stats, sendStart, res)
		st := n.seq.pool.Stats()
		t.Logf("server side: sendRawTransactions %s (the whole test; histogram buckets double); mempool journal: %d records in %d fsyncs, %d compactions",
			rpcQuantiles(n.seq, "sendRawTransactions"), st.JournalRecords, st.JournalSyncs, st.JournalCompactions)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// runLoadgenBinary runs `gpuroll loadgen` (the binary bin) with cfg's
// settings instead of calling the library: the command's own end-to-end
// check (the funder's key goes through a keystore file).
func runLoadgenBinary(t *testing.T, bin string, cfg loadgen.Config) {
	dir := t.TempDir()
	acc, err := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP).ImportECDSA(cfg.Funder, "bench")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(t.Context(), bin, "loadgen", "--rpc", cfg.RPC, "--ws", cfg.WS, "--funder-keystore", acc.URL.Path,
		"--seed", cfg.Seed, "--wallets", strconv.Itoa(cfg.Wallets), "--duration", cfg.Duration.String(), "--count", strconv.Itoa(cfg.Count),
		"--rate", strconv.FormatFloat(cfg.Rate, 'f', -1, 64), "--batch", strconv.Itoa(cfg.Batch), "--conns", strconv.Itoa(cfg.Conns),
		"--drain", cfg.Drain.String(), "--json", filepath.Join(dir, "result.json"))
	cmd.Env = append(os.Environ(), "GPUROLL_LOADGEN_PASSWORD=bench")
	out, err := cmd.CombinedOutput()
	t.Logf("%s:\n%s", strings.Join(cmd.Args, " "), out)
	if err != nil {
		t.Fatal(err)
	}
	var res loadgen.Result
	b, err := os.ReadFile(filepath.Join(dir, "result.json"))
	if err == nil {
		err = json.Unmarshal(b, &res)
	}
	if err != nil || res.Accepted == 0 {
		t.Fatalf("result %+v: %v", res, err)
	}
}

// logBuilder summarizes the blocks the sequencer built while the load ran.
func logBuilder(t *testing.T, s *blockStats, from time.Time, res *loadgen.Result) {
	s.mu.Lock()
	defer s.mu.Unlock()
	to := from.Add(res.Phase)
	var n, txs int
	var took, maxTook time.Duration
	for _, b := range s.blocks {
		if b.at.Before(from) || b.at.After(to) {
			continue
		}
		n++
		txs += b.txs
		took += b.took
		maxTook = max(maxTook, b.took)
	}
	if n == 0 {
		return
	}
	sum := 0
	for _, b := range s.batches {
		sum += b
	}
	mean := 0
	if len(s.batches) > 0 {
		mean = sum / len(s.batches)
	}
	t.Logf("builder while sending: %d blocks, %.0f txs per block, build time mean %v max %v (%.0f%% of the phase); %d batches sealed in the whole test, %d body bytes on average",
		n, float64(txs)/float64(n), (took / time.Duration(n)).Round(time.Millisecond), maxTook.Round(time.Millisecond),
		100*took.Seconds()/res.Phase.Seconds(), len(s.batches), mean)
}

// rpcQuantiles reads p50/p99 of a method's server-side latency from the
// sequencer's histogram (the upper bound of the bucket holding each).
func rpcQuantiles(s *Service, method string) string {
	mfs, err := s.m.reg.Gather()
	if err != nil {
		return err.Error()
	}
	for _, mf := range mfs {
		if mf.GetName() != metricsNamespace+"_rpc_seconds" {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() != "method" || l.GetValue() != method {
					continue
				}
				h := m.GetHistogram()
				n := h.GetSampleCount()
				q := func(f float64) string {
					for _, b := range h.GetBucket() {
						if float64(b.GetCumulativeCount()) >= f*float64(n) {
							return fmt.Sprintf("≤ %.1f ms", b.GetUpperBound()*1000)
						}
					}
					return "> the last bucket"
				}
				return fmt.Sprintf("%d calls, p50 %s, p99 %s, mean %.1f ms", n, q(0.5), q(0.99), h.GetSampleSum()/float64(max(n, 1))*1000)
			}
		}
	}
	return "no samples"
}

// testWriter sends the load generator's log lines to t.Log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// ---- Body bytes and L1 gas per tx (GPUROLL_BENCH_BATCHCOST) ----

// mixGen makes signed txs of a realistic shape: senders from a population
// of 2,000 keys with running nonces, recipients among 10,000 addresses,
// amounts of a few significant digits, maxFee twice the fee, fresh
// canonical field elements where the protocol has commitments and roots.
type mixGen struct {
	r      *rand.Rand
	d      *state.Domain
	keys   []*ecdsa.PrivateKey
	addrs  []common.Address
	nonces []uint64
	pop    []common.Address
	provs  []common.Address
	fees   [2]*uint256.Int // base, per byte
	lease  uint64
}

func newMixGen(t *testing.T, d *state.Domain, base, perByte *uint256.Int) *mixGen {
	g := &mixGen{r: rand.New(rand.NewPCG(9, 9)), d: d, fees: [2]*uint256.Int{base, perByte}}
	for i := 0; i < 2000; i++ {
		k := loadgen.WalletKey("batch cost", i)
		g.keys = append(g.keys, k)
		g.addrs = append(g.addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	g.nonces = make([]uint64, len(g.keys))
	for i := 0; i < 10_000; i++ {
		var a common.Address
		binary.BigEndian.PutUint64(a[:8], g.r.Uint64())
		binary.BigEndian.PutUint64(a[8:16], g.r.Uint64())
		binary.BigEndian.PutUint32(a[16:], g.r.Uint32())
		g.pop = append(g.pop, a)
	}
	g.provs = g.pop[:40]
	return g
}

// The mix (percent): Transfer 90, Withdraw 2, SubmitJob 2.5, PostReceipt
// 2.5, OpenLease 1.5, CloseLease 0.5, RegisterProvider 1.
var mixWeights = []struct {
	kind string
	pct  float64
}{{"transfer", 90}, {"withdraw", 2}, {"submit", 2.5}, {"receipt", 2.5}, {"open", 1.5}, {"close", 0.5}, {"register", 1}}

func (g *mixGen) kind() string {
	x := g.r.Float64() * 100
	for _, w := range mixWeights {
		if x < w.pct {
			return w.kind
		}
		x -= w.pct
	}
	return "transfer"
}

func (g *mixGen) field() (h common.Hash) {
	for i := 0; i < 4; i++ {
		binary.BigEndian.PutUint64(h[8*i:], g.r.Uint64())
	}
	h[0] &= 0x1f // below 2^253 < the BN254 modulus: canonical
	return h
}

// amount is 1…999 × 10^15..10^17 (a few significant digits).
func (g *mixGen) amount() *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(uint64(1+g.r.IntN(999))), uint256.NewInt([]uint64{1e15, 1e16, 1e17}[g.r.IntN(3)]))
}

func (g *mixGen) tx(t *testing.T, kind string) *state.Tx {
	k := g.r.IntN(len(g.keys))
	var b state.Body
	switch kind {
	case "transfer":
		b = &state.Transfer{To: g.pop[g.r.IntN(len(g.pop))], Amount: g.amount()}
	case "withdraw":
		b = &state.Withdraw{To: g.addrs[k], Amount: g.amount()}
	case "register":
		b = &state.RegisterProvider{GPUs: uint32(1 + g.r.IntN(8)), GPUClass: uint8(1 + g.r.IntN(3)), PricePerGPUHour: g.amount(),
			Endpoint: fmt.Sprintf("https://gpu-%d.provider%d.city.example", g.r.IntN(100), g.r.IntN(1000))}
	case "open":
		g.lease++
		b = &state.OpenLease{Provider: g.provs[g.r.IntN(len(g.provs))], PricePerGPUHour: g.amount(), Deposit: g.amount(), Duration: uint64(3600 * (1 + g.r.IntN(24)))}
	case "close":
		b = &state.CloseLease{LeaseID: uint64(g.r.IntN(int(g.lease) + 1000))}
	case "submit":
		widths := []uint32{64, 128, 256, 512, 1024}
		n := 2 + g.r.IntN(3)
		in := widths[g.r.IntN(len(widths))]
		sj := &state.SubmitJob{LeaseID: uint64(g.r.IntN(int(g.lease) + 1000)), Rows: uint32(1 + g.r.IntN(64)), InputRoot: g.field()}
		for l := 0; l < n; l++ {
			out := widths[g.r.IntN(len(widths))]
			sj.Layers = append(sj.Layers, state.LayerSpec{Header: job.LayerHeader{In: in, Out: out, Shift: 8, ReLU: l < n-1},
				BiasCommitment: g.field(), WeightRowsRoot: g.field()})
			in = out
		}
		b = sj
	case "receipt":
		b = &state.PostReceipt{JobID: crypto.Keccak256Hash(g.field().Bytes()), Buyer: g.pop[g.r.IntN(len(g.pop))], ModelRoot: g.field(),
			InputRoot: g.field(), Rows: uint32(1 + g.r.IntN(64)), Layers: uint32(2 + g.r.IntN(3)), TraceRoot: g.field(),
			SlashAmount: new(uint256.Int).Mul(uint256.NewInt(uint64(1+g.r.IntN(20))), uint256.NewInt(1e18)), GPUMillis: uint64(g.r.IntN(600_000))}
	}
	tx := &state.Tx{Nonce: g.nonces[k], MaxFee: new(uint256.Int), Body: b}
	g.nonces[k]++
	fee := new(uint256.Int).Mul(g.fees[1], uint256.NewInt(uint64(tx.Size())))
	fee.Add(fee, g.fees[0])
	tx.MaxFee = fee.Mul(fee, uint256.NewInt(2))
	if kind == "submit" {
		tx.MaxFee.Mul(tx.MaxFee, uint256.NewInt(1000)) // a SubmitJob also pays for storage
	}
	if err := g.d.Sign(tx, g.keys[k]); err != nil {
		t.Fatal(err)
	}
	return tx
}

// fillBatch packs txs into blocks of perBlock the way the builder fills a
// batch: whole blocks while the fast estimate stays within the body
// budget; the last block carries the seal. It returns the batch and its
// tx count.
func (g *mixGen) fillBatch(t *testing.T, mixed bool, perBlock int) (*state.Batch, int) {
	bt := &state.Batch{}
	parent := common.Hash{1}
	count := 0
	for {
		b := &state.Block{Number: uint64(100 + len(bt.Blocks)), ParentHash: parent, Timestamp: uint64(1_790_000_000 + len(bt.Blocks)), StateRoot: g.field()}
		for i := 0; i < perBlock; i++ {
			kind := "transfer"
			if mixed {
				kind = g.kind()
			}
			b.Items = append(b.Items, state.TxItem(g.tx(t, kind)))
		}
		next := &state.Batch{Blocks: append(append([]*state.Block(nil), bt.Blocks...), b)}
		est, err := estimateBody(next.EncodeRaw())
		if err != nil {
			t.Fatal(err)
		}
		if est > bodyBudget {
			break
		}
		bt, parent, count = next, b.Hash(), count+perBlock
	}
	last := bt.Blocks[len(bt.Blocks)-1]
	last.Items = append(last.Items, state.SealItem())
	return bt, count
}

// estimateSubmit is the L1 gas of submitBatch(body) as the next batch on
// L1 now (eth_estimateGas from the sequencer's address; the Rollup does
// not decode the body, so a header that chains on L1's last batch is
// enough). It retries when the sequencer posts a batch meanwhile.
func (n *testNet) estimateSubmit(body []byte) (uint64, []byte, error) {
	ctx := n.ctx
	r := bindings.NewRollup()
	call := func(data []byte) ([]byte, error) {
		return n.c.Client.CallContract(ctx, ethereum.CallMsg{To: &n.d.Rollup, Data: data}, nil)
	}
	var err error
	for try := 0; try < 10; try++ {
		var out []byte
		var next uint64
		var p bindings.RollupBatch
		var rh [32]byte
		if out, err = call(r.PackNextBatchIndex()); err != nil {
			continue
		}
		if next, err = r.UnpackNextBatchIndex(out); err != nil {
			continue
		}
		if out, err = call(r.PackBatch(next - 1)); err != nil {
			continue
		}
		if p, err = r.UnpackBatch(out); err != nil {
			continue
		}
		if out, err = call(r.PackRollingHash(p.MessagesConsumed)); err != nil {
			continue
		}
		if rh, err = r.UnpackRollingHash(out); err != nil {
			continue
		}
		h := l1iface.BatchHeader{Index: next, ParentHash: p.HeaderHash, PreStateRoot: p.PostStateRoot, PostStateRoot: common.Hash{1},
			ReceiptsRoot: common.Hash{2}, WithdrawalsRoot: common.Hash{3}, MessagesConsumed: p.MessagesConsumed,
			MessagesRollingHash: rh, BodyHash: crypto.Keccak256Hash(body)}
		data := r.PackSubmitBatch(headerBinding(&h), body)
		var gas uint64
		if gas, err = n.c.Client.EstimateGas(ctx, ethereum.CallMsg{From: n.addr(kSeq), To: &n.d.Rollup, Data: data}); err == nil {
			return gas, data, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return 0, nil, err
}

// calldataTokens is EIP-7623's token count: zero bytes + 4 × the others.
func calldataTokens(data []byte) uint64 {
	var t uint64
	for _, b := range data {
		if b == 0 {
			t++
		} else {
			t += 4
		}
	}
	return t
}

// TestBenchBatchCost measures body bytes and L1 gas per tx: (1) the
// batches the sequencer sealed and posted while the load generator sent
// Transfers (GPUROLL_BENCH_BATCHCOST_RATE tx/s, default 1,000, for 10 s;
// bodyBytes from gpuroll_getBatch, gasUsed from the receipt of its l1Tx);
// (2) batches of a realistic mix (mixWeights) built straight into the
// batch codec and filled like the builder fills them, priced with
// eth_estimateGas of submitBatch on the same L1 (checked against a posted
// batch's receipt); (3) the body size and time of each brotli quality on
// a full Transfer batch.
func TestBenchBatchCost(t *testing.T) {
	benchEnv(t, "GPUROLL_BENCH_BATCHCOST")
	n := newTestNet(t)
	n.reconfigure(func(c *Config) {
		c.BlockTime = time.Second
		c.BatchInterval = DefaultBatchInterval
		c.Logger = slog.New(statsHandler{s: &blockStats{}, warn: slog.NewTextHandler(testWriter{t}, nil)})
	})
	n.deposit(kBuyer, ether(100_000))
	n.waitBalance(kBuyer, eth(100_000))
	rate := 1000.0
	if r, err := strconv.ParseFloat(os.Getenv("GPUROLL_BENCH_BATCHCOST_RATE"), 64); err == nil && r > 0 {
		rate = r
	}
	res, err := loadgen.Run(n.ctx, loadgen.Config{RPC: n.seq.RPCURL(), WS: n.seq.WSURL(), Funder: n.keys[kBuyer], Seed: "batch cost",
		Wallets: 500, Duration: 10 * time.Second, Count: 1_000_000, Rate: rate, Drain: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("load: %d accepted, %d included", res.Accepted, res.Included)
	// Every sealed batch posted: seal what is open (the batch interval) and wait.
	var st *client.SyncStatus
	n.waitFor("the sealed batches posted", func() (bool, error) {
		st, err = n.cli.SyncStatus(n.ctx)
		return err == nil && st.LastPostedBatch+1 >= st.OpenBatch && st.Mempool == 0, err
	})
	var b strings.Builder
	fmt.Fprintf(&b, "posted batches (Transfers from the load generator, L1 messages):\n  batch  txs  bodyBytes  B/tx  gasUsed  gas/tx  calldata floor\n")
	var sumTxs, sumBytes, sumGas uint64
	var biggest *batchRecord
	var biggestGas uint64
	for i := uint64(1); i <= uint64(st.LastPostedBatch); i++ {
		bt, err := n.cli.Batch(n.ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		if bt.L1Tx == nil {
			continue
		}
		txs := 0
		for num := uint64(bt.FirstBlock); num <= uint64(bt.LastBlock); num++ {
			blk, err := n.cli.BlockByNumber(n.ctx, &num, false)
			if err != nil {
				t.Fatal(err)
			}
			txs += len(blk.Txs)
		}
		rc, err := n.c.Client.TransactionReceipt(n.ctx, *bt.L1Tx)
		if err != nil {
			t.Fatal(err)
		}
		rec, _, _ := n.seq.db.batch(i)
		body, err := n.seq.chain.body(rec)
		if err != nil {
			t.Fatal(err)
		}
		data := bindings.NewRollup().PackSubmitBatch(headerBinding(&rec.Header), body)
		floor := 21000 + 10*calldataTokens(data)
		perTx := "-"
		if txs > 0 {
			perTx = fmt.Sprintf("%.1f / %.0f", float64(bt.BodyBytes)/float64(txs), float64(rc.GasUsed)/float64(txs))
		}
		fmt.Fprintf(&b, "  %5d %4d %10d  %s  %8d  %d\n", i, txs, uint64(bt.BodyBytes), perTx, rc.GasUsed, floor)
		if txs >= 100 {
			sumTxs += uint64(txs)
			sumBytes += uint64(bt.BodyBytes)
			sumGas += rc.GasUsed
			if biggest == nil || rec.BodyBytes > biggest.BodyBytes {
				biggest, biggestGas = rec, rc.GasUsed
			}
		}
	}
	if sumTxs > 0 {
		fmt.Fprintf(&b, "  batches with ≥ 100 txs: %d txs, %.1f body B/tx, %.0f L1 gas/tx ⇒ %.0f tx/s at 15M gas per 12 s\n",
			sumTxs, float64(sumBytes)/float64(sumTxs), float64(sumGas)/float64(sumTxs), 15e6/12/(float64(sumGas)/float64(sumTxs)))
	}
	// The estimate against a receipt: the biggest posted body, priced again.
	if biggest != nil {
		body, err := n.seq.chain.body(biggest)
		if err != nil {
			t.Fatal(err)
		}
		gas, _, err := n.estimateSubmit(body)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "  check: batch %d (%d B) used %d gas on L1; eth_estimateGas of the same body now: %d\n", biggest.Index, biggest.BodyBytes, biggestGas, gas)
	}
	t.Log(b.String())

	// Synthetic batches, filled like the builder fills them.
	ci, err := n.cli.ChainInfo(n.ctx)
	if err != nil {
		t.Fatal(err)
	}
	g := newMixGen(t, n.dom, (*uint256.Int)(ci.BaseFee), (*uint256.Int)(ci.ByteFee))
	b.Reset()
	fmt.Fprintf(&b, "synthetic batches (blocks of 250 txs, filled to the builder's estimate budget, brotli q11); L1 gas is the EIP-7623 floor\n"+
		"21000 + 10 × calldata tokens, which is exactly what the posted batches above used (eth_estimateGas runs up to 1.5%% above it):\n"+
		"  mix       txs  raw B/tx   body  B/tx   L1 gas  gas/tx  tx/s at 15M gas/12 s  (eth_estimateGas; standard 21000 + 4 × tokens)\n")
	var transferRaw, mixedRaw []byte
	for _, mixed := range []bool{false, true} {
		for rep := 0; rep < 3; rep++ {
			bt, count := g.fillBatch(t, mixed, 250)
			raw := bt.EncodeRaw()
			if !mixed && transferRaw == nil {
				transferRaw = raw
			}
			if mixed && mixedRaw == nil {
				mixedRaw = raw
			}
			body, err := bt.Encode()
			if err != nil {
				t.Fatal(err)
			}
			gas, data, err := n.estimateSubmit(body)
			if err != nil {
				t.Fatal(err)
			}
			tok := calldataTokens(data)
			name := "transfer"
			if mixed {
				name = "mixed"
			}
			floor := 21000 + 10*tok
			fmt.Fprintf(&b, "  %-8s %5d  %7.1f  %6d %5.1f  %7d  %6.0f  %6.0f                (%d; %d)\n", name, count, float64(len(raw))/float64(count),
				len(body), float64(len(body))/float64(count), floor, float64(floor)/float64(count), 15e6/12/(float64(floor)/float64(count)),
				gas, 21000+4*tok)
		}
	}
	t.Log(b.String())

	// Brotli qualities on a full batch of each mix (one core).
	for _, c := range []struct {
		name string
		raw  []byte
	}{{"Transfer", transferRaw}, {"mixed", mixedRaw}} {
		b.Reset()
		fmt.Fprintf(&b, "brotli on one full %s batch (%d raw bytes), 4 MiB window:\n  quality  body bytes  time\n", c.name, len(c.raw))
		for _, q := range []int{5, 7, 9, 10, 11} {
			start := time.Now()
			var buf bytes.Buffer
			w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: q, LGWin: 22})
			if _, err := w.Write(c.raw); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "  %7d  %10d  %v\n", q, buf.Len()+1, time.Since(start).Round(time.Millisecond))
		}
		t.Log(b.String())
	}
}

// ---- Memory at many accounts (GPUROLL_BENCH_MEMORY=N) ----

// memSample is the process's memory after a full GC with the freed pages
// returned to the OS: the live Go heap, what the Go runtime holds from the
// OS, and the resident set (which also counts pebble's caches and
// memtables, allocated outside the Go heap).
type memSample struct {
	what             string
	heap, goSys, rss uint64
}

func sampleMem(what string) memSample {
	runtime.GC()
	debug.FreeOSMemory()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return memSample{what: what, heap: m.HeapAlloc, goSys: m.Sys - m.HeapReleased, rss: procStatusBytes("VmRSS")}
}

// procStatusBytes reads a "kB" field of /proc/self/status.
func procStatusBytes(field string) uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// benchGenesisState writes an L2 genesis state with n funded accounts (and
// the test net's parameters) into dir and returns its root.
// GPUROLL_BENCH_MEMORY_DIR keeps a pristine copy per n and parameters, so
// later runs copy it instead of building it again.
func benchGenesisState(t *testing.T, dir string, p state.Params, n int) (common.Hash, time.Duration, bool) {
	t.Helper()
	ctx := context.Background()
	start := time.Now()
	var pv []string
	for _, v := range p {
		if v != nil {
			pv = append(pv, v.Dec())
		}
	}
	cache := os.Getenv("GPUROLL_BENCH_MEMORY_DIR")
	var pristine string
	if cache != "" {
		pristine = filepath.Join(cache, fmt.Sprintf("accounts-%d-%x", n, crypto.Keccak256([]byte(strings.Join(pv, ",")))[:6]))
		if _, err := os.Stat(pristine + ".complete"); err == nil {
			if err := os.CopyFS(dir, os.DirFS(pristine)); err != nil {
				t.Fatal(err)
			}
			db, err := state.OpenDB(dir, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			st, err := state.Open(ctx, db, nil, nil, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			root, err := st.RootAt(0)
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			return root, time.Since(start), false
		}
	}
	accounts := make(map[common.Address]*uint256.Int, n)
	bal := eth(1000)
	for i := 0; i < n; i++ {
		var a common.Address
		binary.BigEndian.PutUint64(a[:], uint64(i))
		a[19] = 0xf1
		accounts[a] = bal
	}
	db, err := state.OpenDB(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	st, err := state.Open(ctx, db, nil, &state.Genesis{Params: p, Accounts: accounts}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Sync(); err != nil {
		t.Fatal(err)
	}
	_, root := st.Head()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	if pristine != "" {
		if err := os.RemoveAll(pristine); err != nil {
			t.Fatal(err)
		}
		if err := os.CopyFS(pristine, os.DirFS(dir)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(pristine+".complete", nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root, took, true
}

func dirBytes(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// TestBenchMemory measures the memory of a sequencer whose L2 state holds
// GPUROLL_BENCH_MEMORY accounts: the genesis state is built with
// state.Genesis.Accounts (or copied from GPUROLL_BENCH_MEMORY_DIR), the
// Rollup deployed with its root, the sequencer started on it (the test
// net's L1 and config otherwise). Samples, each after a GC: before the
// sequencer starts, after it opened (cold caches), after State.Warm loaded
// the tree's node cache, and before and after a load generator burst that
// fills the mempool (GPUROLL_BENCH_MEMORY_LOAD, default 15 s as fast as
// possible from 2,000 wallets), and once the mempool drained. The
// figures are of this test process: the simulated L1 and the load
// generator's pre-signed txs are in it too, so the sequencer's share is
// the difference between samples.
func TestBenchMemory(t *testing.T) {
	nAcc, err := strconv.Atoi(benchEnv(t, "GPUROLL_BENCH_MEMORY"))
	if err != nil || nAcc < 1 {
		t.Fatalf("GPUROLL_BENCH_MEMORY=%q: want a number of accounts", os.Getenv("GPUROLL_BENCH_MEMORY"))
	}
	samples := []memSample{sampleMem("test process at start")}
	port := l1test.FreePort(t)
	c := l1test.NewChain(t, 6, l1test.Osaka, l1test.HTTPOn(port))
	dataDir := t.TempDir()
	var built bool
	var took time.Duration
	d := c.DeployDev(t, func(cfg *l1.DeployConfig) {
		testParams(&cfg.Params)
		vals, err := cfg.Params.Array()
		if err != nil {
			t.Fatal(err)
		}
		p, err := state.ParamsFromValues(vals)
		if err != nil {
			t.Fatal(err)
		}
		cfg.GenesisStateRoot, took, built = benchGenesisState(t, filepath.Join(dataDir, "state"), p, nAcc)
	})
	how := "copied from GPUROLL_BENCH_MEMORY_DIR"
	if built {
		how = "built"
	}
	t.Logf("genesis state of %d accounts %s in %v; %d MB on disk", nAcc, how, took.Round(time.Second), dirBytes(filepath.Join(dataDir, "state"))>>20)
	c.Mine(t, 50*time.Millisecond)
	n := &testNet{t: t, ctx: t.Context(), c: c, d: d, url: fmt.Sprintf("http://127.0.0.1:%d", port), keys: c.Keys}
	tok := bindings.NewComputeToken()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	c.MustSend(t, kSeq, d.Token, tok.PackMint(c.Addrs[kBuyer], ether(1_000_000)))
	c.MustSend(t, kBuyer, d.Token, tok.PackApprove(d.Rollup, max))
	n.cfg = Config{
		DataDir: dataDir, L1RPC: n.url, Deployment: d.Addresses, Key: c.Keys[kSeq],
		RPCAddr: "127.0.0.1:0", BlockTime: time.Second, BatchInterval: DefaultBatchInterval,
		L1PollInterval: 100 * time.Millisecond, L1Timeout: 10 * time.Second,
		TxMgr:  l1.TxManagerConfig{ResubmitInterval: 2 * time.Second, PollInterval: 50 * time.Millisecond},
		Logger: slog.New(statsHandler{s: &blockStats{}, warn: slog.NewTextHandler(testWriter{t}, nil)}),
	}
	samples = append(samples, sampleMem("L1 up, genesis state on disk, before the sequencer"))
	n.start()
	samples = append(samples, sampleMem("sequencer started (cold)"))
	n.seq.chain.mu.Lock()
	start := time.Now()
	err = n.seq.st.Warm(n.ctx)
	n.seq.chain.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("State.Warm took %v", time.Since(start).Round(time.Millisecond))
	samples = append(samples, sampleMem("after State.Warm (node cache loaded)"))
	n.deposit(kBuyer, ether(100_000))
	n.waitBalance(kBuyer, eth(100_000))
	var pool uint64
	res, err := loadgen.Run(n.ctx, loadgen.Config{RPC: n.seq.RPCURL(), WS: n.seq.WSURL(), Funder: n.keys[kBuyer], Seed: "memory",
		Wallets: 2000, Duration: envDuration("GPUROLL_BENCH_MEMORY_LOAD", 15*time.Second), Count: 200_000, Drain: 3 * time.Minute,
		OnSend: func(on bool) {
			if on {
				samples = append(samples, sampleMem("load generator ready (its signed txs in memory)"))
				return
			}
			if st, err := n.cli.SyncStatus(n.ctx); err == nil {
				pool = uint64(st.Mempool)
			}
			samples = append(samples, sampleMem(fmt.Sprintf("after the burst (%d txs in the mempool)", pool)))
		}})
	if err != nil {
		t.Fatal(err)
	}
	if st, err := n.cli.SyncStatus(n.ctx); err == nil {
		pool = uint64(st.Mempool)
	}
	samples = append(samples, sampleMem(fmt.Sprintf("after the drain (%d txs in the mempool)", pool)))
	var b strings.Builder
	fmt.Fprintf(&b, "memory at %d accounts (load: %d accepted, %d included):\n  %-58s %10s %10s %10s\n", nAcc, res.Accepted, res.Included, "", "Go heap", "Go sys", "RSS")
	mb := func(v uint64) string { return fmt.Sprintf("%.0f MB", float64(v)/(1<<20)) }
	for _, s := range samples {
		fmt.Fprintf(&b, "  %-58s %10s %10s %10s\n", s.what, mb(s.heap), mb(s.goSys), mb(s.rss))
	}
	t.Log(b.String())
}
