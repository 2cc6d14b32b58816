package e2e

import (
	"os"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/gpuroll/gpuroll/challenger"
)

// TestChallengerLatencyFigure measures, for false receipts posted one at
// a time, the time from the L1 block that holds the receipt's batch to the
// L1 block that holds the slash, with devnet parameters (dispute window
// 600 s, reveal period 120 s) and L1 blocks every GPUROLL_BENCH_L1_BLOCK
// (default 1 s, each moving L1's clock by 1 s), broken down by the
// challenger's own timestamps: derivation (batch block sealed → batch
// derived), re-execution (→ check done), proof (→ proof done), commit (→
// commit confirmed), reveal (→ reveal confirmed). Behind
// GPUROLL_BENCH_CHALLENGER=1; figures in docs/benchmarks.md.
func TestChallengerLatencyFigure(t *testing.T) {
	if os.Getenv("GPUROLL_BENCH_CHALLENGER") == "" {
		t.Skip("set GPUROLL_BENCH_CHALLENGER=1 for the challenger's figures")
	}
	every := time.Second
	if v := os.Getenv("GPUROLL_BENCH_L1_BLOCK"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatal(err)
		}
		every = d
	}
	samples := 5
	if v := os.Getenv("GPUROLL_BENCH_SAMPLES"); v != "" {
		samples, _ = strconv.Atoi(v)
	}
	m := newChMarket(t, chOptions{window: 600, reveal: 120, blockEvery: every, bond: 1000})
	cfg := m.challengerConfig(t, chAuditor)
	cfg.L1PollInterval = 100 * time.Millisecond
	ch := startCh(t, cfg)
	type row struct{ total, derive, check, prove, commit, reveal time.Duration }
	var rows []row
	for i := 0; i < samples; i++ {
		j := newChJob(t, []int{256, 128, 64, 10}, 4, uint64(5000+i))
		falseValue(j.st, 3, 2, 17)
		p := m.post(j)
		var d *challenger.Dispute
		chWait(t, "the slash", 5*time.Minute, func() (bool, error) {
			var err error
			d, err = ch.Dispute(p.receipt)
			return err == nil && d != nil && d.Status == challenger.StLanded, err
		})
		m.waitPosted(p)
		b, err := m.Client.Batch(m.Ctx, p.batch)
		if err != nil || b.L1Block == nil {
			t.Fatalf("batch %d: %+v %v", p.batch, b, err)
		}
		landed := m.miner.sealedAt(uint64(*b.L1Block))
		slashed := m.miner.sealedAt(d.RevealAt)
		if landed.IsZero() || slashed.IsZero() {
			t.Fatalf("blocks %d and %d not sealed by the miner", *b.L1Block, d.RevealAt)
		}
		at := func(ns int64) time.Time { return time.Unix(0, ns) }
		tm := d.Times
		r := row{total: slashed.Sub(landed), derive: at(tm.Derived).Sub(landed), check: at(tm.CheckEnd).Sub(at(tm.Derived)),
			prove: at(tm.ProveEnd).Sub(at(tm.CheckEnd)), commit: at(tm.Committed).Sub(at(tm.ProveEnd)), reveal: at(tm.Revealed).Sub(at(tm.Committed))}
		rows = append(rows, r)
		t.Logf("receipt %s: batch block %d → slash block %d: %v (derive %v, re-execute %v, prove %v, commit %v, reveal %v)",
			p.receipt.TerminalString(), *b.L1Block, d.RevealAt, r.total.Round(time.Millisecond), r.derive.Round(time.Millisecond),
			r.check.Round(time.Millisecond), r.prove.Round(time.Millisecond), r.commit.Round(time.Millisecond), r.reveal.Round(time.Millisecond))
	}
	med := func(f func(row) time.Duration) time.Duration {
		v := make([]time.Duration, len(rows))
		for i, r := range rows {
			v[i] = f(r)
		}
		sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
		return v[len(v)/2].Round(10 * time.Millisecond)
	}
	t.Logf("FIGURE L1 blocks every %v, %d samples, medians: batch on L1 → slash on L1 %v = derivation %v + re-execution %v + proof %v + commit %v + reveal %v",
		every, len(rows), med(func(r row) time.Duration { return r.total }), med(func(r row) time.Duration { return r.derive }),
		med(func(r row) time.Duration { return r.check }), med(func(r row) time.Duration { return r.prove }),
		med(func(r row) time.Duration { return r.commit }), med(func(r row) time.Duration { return r.reveal }))
}
