package challenger

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/zoo"
	"github.com/gpuroll/gpuroll/state"
)

// The figures of docs/benchmarks.md, "Challenger". Behind
// GPUROLL_BENCH_CHALLENGER=1 (minutes; not part of make test):
//
//	GPUROLL_BENCH_CHALLENGER=1 go test ./challenger -run TestFigures -v -timeout 30m

func benchOnly(t *testing.T) {
	if os.Getenv("GPUROLL_BENCH_CHALLENGER") == "" {
		t.Skip("set GPUROLL_BENCH_CHALLENGER=1 for the challenger's figures")
	}
}

// TestFiguresDerivation: batches of signed transfers from eight senders
// (as large as a body allows), posted on the simulated L1; a challenger
// at rate 0 derives them from L1 (calldata over loopback HTTP, brotli,
// signature recovery, the STF, the state tree on pebble).
func TestFiguresDerivation(t *testing.T) {
	benchOnly(t)
	n := newL2(t, nil)
	senders := []int{1, 2, 3, 6, 7, 8, 9, 4}
	tok := bindings.NewComputeToken()
	r := bindings.NewRollup()
	for _, i := range senders {
		if i != kBuyer && i != kProvider {
			n.c.MustSend(t, kSeq, n.d.Token, tok.PackMint(n.c.Addrs[i], ether(1000)))
			n.c.MustSend(t, i, n.d.Token, tok.PackApprove(n.d.Rollup, ether(1000)))
		}
		n.c.MustSend(t, i, n.d.Rollup, r.PackDeposit(n.c.Addrs[i], ether(100)))
	}
	const batches, perBlock, blocksPerBatch = 20, 250, 4
	txs := 0
	for b := 0; b < batches; b++ {
		for k := 0; k < blocksPerBatch; k++ {
			var items []item
			for i := 0; i < perBlock; i++ {
				from := senders[(i+k)%len(senders)]
				to := n.c.Addrs[senders[(i+k+1)%len(senders)]]
				items = append(items, item{tx: n.sign(from, &state.Transfer{To: to, Amount: uint256.NewInt(uint64(1 + i))})})
			}
			txs += len(items)
			n.block(items, k == blocksPerBatch-1)
		}
		n.post(nil)
	}
	cfg := n.challengerConfig(t)
	cfg.SampleRate = 0
	start := time.Now()
	s := startChallenger(t, cfg)
	last := n.last.Index
	waitFor(t, "derivation", 10*time.Minute, func() bool { return s.Status().Derivation.Batch == last })
	took := time.Since(start)
	st := s.Status()
	t.Logf("FIGURE derivation: %d batches, %d blocks, %d txs (%d transfers) from L1 in %v: %.1f batches/s, %.0f txs/s",
		st.Derivation.Batches, st.Derivation.Blocks, st.Derivation.Txs, txs, took.Round(time.Millisecond),
		float64(st.Derivation.Batches)/took.Seconds(), float64(st.Derivation.Txs)/took.Seconds())
}

// TestFiguresReexecution: receipts of a job mix posted on L1; the
// providers' compute is the reference executor's time to run every job
// (activations and trace leaves, measured here); a fresh challenger at
// each sample rate derives them, re-executes its sample and reports what
// that cost. Two mixes: small jobs (~2.5 MMAC, where hashing dominates)
// and large ones (~270 MMAC, where the GEMM does).
func TestFiguresReexecution(t *testing.T) {
	benchOnly(t)
	mixes := []struct {
		name     string
		widths   [][]int
		rows     func(i int) int
		receipts int
	}{
		{"small", [][]int{{256, 256, 256, 10}, {784, 128, 10}, {64, 64, 64, 64}, {1024, 256}}, func(i int) int { return 8 + i%25 }, 1000},
		{"large", [][]int{{1024, 1024, 10}, {2048, 512, 64}}, func(i int) int { return 192 + i%128 }, 120},
	}
	for _, mix := range mixes {
		t.Run(mix.name, func(t *testing.T) { reexecFigure(t, mix.widths, mix.rows, mix.receipts) })
	}
}

func reexecFigure(t *testing.T, widths [][]int, rowsOf func(int) int, receipts int) {
	n := newL2(t, nil)
	n.market(5_000)
	var models []*job.Model
	for i, w := range widths {
		m, err := zoo.Random(w, 40, uint64(500+i))
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, m)
	}
	const perBlock = 25
	var provider time.Duration
	var macs uint64
	ex := &job.Reference{}
	for k := 0; k < receipts; k += perBlock {
		var items []item
		for i := k; i < min(k+perBlock, receipts); i++ {
			m := models[i%len(models)]
			rows := rowsOf(i)
			in := zoo.RandomInput(rows, m.InputWidth(), uint64(i))
			t0 := time.Now()
			tr, err := ex.Execute(context.Background(), m, in)
			provider += time.Since(t0)
			if err != nil {
				t.Fatal(err)
			}
			j := &tjob{m: m, in: in, st: tr.Stored()}
			if j.specs, err = m.Specs(); err != nil {
				t.Fatal(err)
			}
			ir, _ := job.InputRoot(in.X, in.Rows, in.Width)
			j.inRoot = ir.Bytes()
			j.seal(t)
			for _, d := range m.Layers {
				macs += uint64(rows) * uint64(d.Header.In) * uint64(d.Header.Out)
			}
			items = append(items, n.submit(j, nil)...)
		}
		last := k+perBlock >= receipts
		n.block(items, (k/perBlock)%8 == 7 || last)
		if (k/perBlock)%8 == 7 || last {
			n.post(nil)
		}
	}
	t.Logf("FIGURE providers' compute: %d jobs, %.3g MACs (%.3g per job), %v with the reference executor (%.3g MAC/s, leaves included)",
		receipts, float64(macs), float64(macs)/float64(receipts), provider.Round(time.Millisecond), float64(macs)/provider.Seconds())
	last := n.last.Index
	for _, rate := range []float64{1, 0.05, 0.01} {
		cfg := n.challengerConfig(t)
		cfg.SampleRate = rate
		start := time.Now()
		s := startChallenger(t, cfg)
		var derived time.Duration
		waitFor(t, "the sample checked", 20*time.Minute, func() bool {
			st := s.Status()
			if derived == 0 && st.Derivation.Batch == last {
				derived = time.Since(start)
			}
			return st.Derivation.Batch == last && len(st.Receipts.ByStatus) == 0 && st.Receipts.Verified+st.Receipts.False == st.Receipts.Sampled
		})
		wall := time.Since(start)
		ds, err := s.Disputes()
		if err != nil {
			t.Fatal(err)
		}
		var exec, fetch time.Duration
		var checked int
		var sampledMACs uint64
		for _, d := range ds {
			if d.Status != StHonest {
				continue
			}
			checked++
			exec += time.Duration(d.Times.ExecNanos)
			fetch += time.Duration(d.Times.FetchNanos)
			sampledMACs += d.MACs
		}
		st := s.Status()
		t.Logf("FIGURE rate %.2f: %d of %d receipts checked (%.3g MACs); re-execution %v (%.3g MAC/s), download+verify %v, derivation %v, wall %v; "+
			"re-execution / providers' compute = %.4f, (re-execution + download) / providers' compute = %.4f, derivation / providers' compute = %.4f; max sample rate %.3g",
			rate, checked, receipts, float64(sampledMACs), exec.Round(time.Millisecond), float64(sampledMACs)/exec.Seconds(),
			fetch.Round(time.Millisecond), derived.Round(time.Millisecond), wall.Round(time.Millisecond),
			exec.Seconds()/provider.Seconds(), (exec+fetch).Seconds()/provider.Seconds(), derived.Seconds()/provider.Seconds(), st.Capacity.MaxSampleRate)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		_ = s.Stop(ctx)
		cancel()
	}
}
