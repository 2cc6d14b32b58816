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
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gpuroll/gpuroll/loadgen"
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
	}
	if err != nil {
		t.Fatal(err)
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

// testWriter sends the load generator's log lines to t.Log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
