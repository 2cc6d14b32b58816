package loadgen

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"
)

// RunConfig is the shape of a run, as the Result reports it.
type RunConfig struct {
	Wallets  int
	Duration time.Duration
	Count    int
	Rate     float64 // 0: as fast as possible
	Batch    int
	Conns    int
}

// Latency is a distribution's summary.
type Latency struct {
	N             int
	P50, P99, Max time.Duration
}

func latency(ds []int64) Latency {
	if len(ds) == 0 {
		return Latency{}
	}
	slices.Sort(ds)
	return Latency{N: len(ds), P50: time.Duration(quantile(ds, 0.50)), P99: time.Duration(quantile(ds, 0.99)), Max: time.Duration(ds[len(ds)-1])}
}

// quantile is the nearest-rank quantile of sorted values.
func quantile(sorted []int64, q float64) int64 {
	i := int(q*float64(len(sorted))+0.999999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// Second is one second of the run (from the first send): the txs whose
// acceptance was answered, and the txs whose block arrived, in it.
type Second struct {
	Accepted, Included int
}

// Result is what a run measured.
type Result struct {
	Config    RunConfig
	BlockTime time.Duration // the sequencer's (chainInfo)

	Funded   int           // wallets funded by this run
	FundTime time.Duration // funding, inclusion included
	SignTime time.Duration // signing every tx of the run (before the timer)

	Signed   int // txs signed
	Sent     int // txs sent (in answered or failed batches)
	Accepted int
	// Refused counts the txs not accepted, by the sequencer's code (docs/
	// rpc.md), or -2 (no answer to the batch) and -3 (answered with
	// another hash); RefusedExample is one message per code.
	Refused        map[int]int
	RefusedExample map[int]string
	Batches        int
	FailedBatches  int

	// Phase runs from the first send to the last answer; Window is its
	// steady middle (Trim cut from both ends), from the first send.
	Phase             time.Duration
	WindowFrom        time.Duration
	WindowTo          time.Duration
	AcceptedPerSec    float64 // accepted / Phase
	SustainedAccepted float64 // accepted per second within Window (by answer time)
	SustainedIncluded float64 // this run's txs included per second within Window (by block arrival)
	Ack               Latency // batch answer − batch send, per tx
	Inclusion         Latency // block notification − answer, per included tx
	Included          int     // accepted txs seen in a block before the drain ended
	NotIncluded       int     // accepted, not seen in a block by then
	IncludedBeforeAck int     // included before the answer arrived (latency counted as 0)
	Blocks            int     // blocks holding this run's txs
	MaxBlockTxs       int     // most txs (all senders) in one of them
	MeanBlockTxs      float64 // mean txs of those blocks
	SendCPU           time.Duration
	PerSecond         []Second
	BlockLog          []BlockSeen
	DrainedAfter      time.Duration // last inclusion, from the first send
}

func (r *Result) compute(rec *recorder, txs []signed, w *watcher, trim time.Duration) {
	r.Signed = len(txs)
	r.RefusedExample = map[int]string{}
	rec.mu.Lock()
	for c, n := range rec.refused {
		r.Refused[c] = n
	}
	for c, m := range rec.examples {
		r.RefusedExample[c] = m
	}
	r.Batches, r.FailedBatches = rec.batches, rec.failed
	rec.mu.Unlock()
	var t0, tEnd int64 = -1, 0
	for j := range txs {
		if rec.code[j] == codeUnsent {
			continue
		}
		r.Sent++
		if t0 < 0 || rec.sent[j] < t0 {
			t0 = rec.sent[j]
		}
		tEnd = max(tEnd, rec.ack[j])
		if rec.code[j] == codeTransport {
			r.Refused[codeTransport]++
		}
	}
	if r.Sent == 0 {
		return
	}
	r.Phase = time.Duration(tEnd - t0)
	if trim <= 0 {
		trim = max(time.Second, r.Phase/10)
	}
	lo, hi := t0, tEnd
	if r.Phase > 3*trim {
		lo, hi = t0+int64(trim), tEnd-int64(trim)
	}
	r.WindowFrom, r.WindowTo = time.Duration(lo-t0), time.Duration(hi-t0)
	win := time.Duration(hi - lo).Seconds()
	acks := make([]int64, 0, r.Sent)
	var incs []int64
	var inWinAcc, inWinInc int
	var lastIncl int64
	for j := range txs {
		c := rec.code[j]
		if c == codeUnsent {
			continue
		}
		acks = append(acks, rec.ack[j]-rec.sent[j])
		if c != 0 {
			continue
		}
		r.Accepted++
		if rec.ack[j] >= lo && rec.ack[j] <= hi {
			inWinAcc++
		}
		in := rec.incl[j]
		if in == 0 {
			r.NotIncluded++
			continue
		}
		r.Included++
		lastIncl = max(lastIncl, in)
		if in >= lo && in <= hi {
			inWinInc++
		}
		d := in - rec.ack[j]
		if d < 0 {
			r.IncludedBeforeAck++
			d = 0
		}
		incs = append(incs, d)
	}
	r.Ack, r.Inclusion = latency(acks), latency(incs)
	if r.Phase > 0 {
		r.AcceptedPerSec = float64(r.Accepted) / r.Phase.Seconds()
	}
	if win > 0 {
		r.SustainedAccepted = float64(inWinAcc) / win
		r.SustainedIncluded = float64(inWinInc) / win
	}
	if lastIncl > 0 {
		r.DrainedAfter = time.Duration(lastIncl - t0)
	}
	secs := int((max(tEnd, lastIncl)-t0)/int64(time.Second)) + 1
	r.PerSecond = make([]Second, secs)
	for j := range txs {
		if rec.code[j] != 0 {
			continue
		}
		r.PerSecond[(rec.ack[j]-t0)/int64(time.Second)].Accepted++
		if in := rec.incl[j]; in > 0 {
			r.PerSecond[max(in-t0, 0)/int64(time.Second)].Included++
		}
	}
	var sum int
	for _, b := range w.blocks {
		b.At -= time.Duration(t0)
		r.BlockLog = append(r.BlockLog, b)
		if b.Ours == 0 {
			continue
		}
		r.Blocks++
		sum += b.Txs
		r.MaxBlockTxs = max(r.MaxBlockTxs, b.Txs)
	}
	if r.Blocks > 0 {
		r.MeanBlockTxs = float64(sum) / float64(r.Blocks)
	}
}

// CodeName names the loader's own codes.
func CodeName(c int) string {
	switch c {
	case codeTransport:
		return "no answer"
	case codeMismatch:
		return "hash mismatch"
	}
	return fmt.Sprint(c)
}

// WriteTable prints the result as a table.
func (r *Result) WriteTable(w io.Writer) {
	rate := "as fast as possible"
	if r.Config.Rate > 0 {
		rate = fmt.Sprintf("%.0f tx/s", r.Config.Rate)
	}
	fmt.Fprintf(w, "run: %d wallets, batches of %d over %d connections, %s, at most %v or %d txs; block time %v\n",
		r.Config.Wallets, r.Config.Batch, r.Config.Conns, rate, r.Config.Duration, r.Config.Count, r.BlockTime)
	fmt.Fprintf(w, "setup: funded %d wallets in %v, signed %d txs in %v\n", r.Funded, r.FundTime.Round(time.Millisecond), r.Signed, r.SignTime.Round(time.Millisecond))
	row := func(k, v string) { fmt.Fprintf(w, "  %-34s %s\n", k, v) }
	row("sent", fmt.Sprintf("%d txs in %d batches (%d without answer) over %v", r.Sent, r.Batches, r.FailedBatches, r.Phase.Round(time.Millisecond)))
	row("accepted", fmt.Sprintf("%d (%.0f tx/s over the phase)", r.Accepted, r.AcceptedPerSec))
	row("accepted, sustained", fmt.Sprintf("%.0f tx/s (window %.1f–%.1f s)", r.SustainedAccepted, r.WindowFrom.Seconds(), r.WindowTo.Seconds()))
	row("included, sustained", fmt.Sprintf("%.0f tx/s (same window)", r.SustainedIncluded))
	codes := make([]int, 0, len(r.Refused))
	for c := range r.Refused {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	var parts []string
	for _, c := range codes {
		parts = append(parts, fmt.Sprintf("%s: %d", CodeName(c), r.Refused[c]))
	}
	if len(parts) == 0 {
		parts = []string{"none"}
	}
	row("refused, by code", strings.Join(parts, ", "))
	for _, c := range codes {
		if m := r.RefusedExample[c]; m != "" {
			row(fmt.Sprintf("  e.g. %s", CodeName(c)), m)
		}
	}
	row("ack latency p50 / p99 / max", fmt.Sprintf("%v / %v / %v", ms(r.Ack.P50), ms(r.Ack.P99), ms(r.Ack.Max)))
	row("inclusion latency p50 / p99 / max", fmt.Sprintf("%v / %v / %v (%d txs)", ms(r.Inclusion.P50), ms(r.Inclusion.P99), ms(r.Inclusion.Max), r.Inclusion.N))
	row("included / not included", fmt.Sprintf("%d / %d (last inclusion %.1f s after the first send; %d included before their answer)",
		r.Included, r.NotIncluded, r.DrainedAfter.Seconds(), r.IncludedBeforeAck))
	row("blocks with this run's txs", fmt.Sprintf("%d, %.0f txs on average, %d at most", r.Blocks, r.MeanBlockTxs, r.MaxBlockTxs))
	row("process CPU while sending", fmt.Sprintf("%v (%.0f µs per accepted tx)", r.SendCPU.Round(time.Millisecond), perTx(r.SendCPU, r.Accepted)))
}

// WritePerSecond prints the accepted and included txs of each second.
func (r *Result) WritePerSecond(w io.Writer) {
	fmt.Fprintln(w, "second  accepted  included")
	for i, s := range r.PerSecond {
		fmt.Fprintf(w, "%6d  %8d  %8d\n", i, s.Accepted, s.Included)
	}
}

func perTx(d time.Duration, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(d.Microseconds()) / float64(n)
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
}

// cpuTime is the process's user + system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
