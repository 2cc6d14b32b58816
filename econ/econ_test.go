package econ

import (
	"math"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/l1"
	"pgregory.net/rapid"
)

// oldDefaults are the parameters before docs/economics.md: multiplier 3,
// a 10% share, no threshold, no forfeiture.
func oldDefaults() Params {
	p := Defaults()
	p.SlashMultiplier, p.ShareBps, p.AlwaysCheckAbove, p.Forfeiture = 3, 1000, 0, false
	return p
}

func strategies() []Strategy {
	var out []Strategy
	for _, f := range []float64{0.01, 0.3, 1} {
		for _, skip := range []float64{0.2, 1} {
			for _, fr := range []bool{false, true} {
				for _, below := range []bool{false, true} {
					out = append(out, Strategy{Fraction: f, Skip: skip, FrontRun: fr, BelowThreshold: below})
				}
			}
		}
	}
	return out
}

// The example: with the old defaults, a job whose cost is 70% of
// its price pays to cheat on whenever P < 19% (3.7 × P × price < 0.7 ×
// price), and three auditors at 5% give P ≈ 14%.
func TestOldDefaultsPay(t *testing.T) {
	p := oldDefaults()
	if P := p.SampledP(); math.Abs(P-0.142625) > 1e-6 {
		t.Fatalf("P = %v, want 0.142625", P)
	}
	o := p.FalseReceipt(10, 0.7, 0, Worst)
	if o.Profit <= 0 {
		t.Fatalf("old defaults: profit %v on a 10-token receipt, the issue's arithmetic says it pays", o.Profit)
	}
	// Break-even P: 0.7 / 3.7.
	if want := 0.7 / (1 + 3*0.9); math.Abs(o.Gain/o.LossIfCaught-want) > 1e-12 {
		t.Fatalf("break-even P %v, want %v", o.Gain/o.LossIfCaught, want)
	}
	if r := Deterrence(p, DefaultBuckets(), 1, 1, 0, 1); r.Min >= Target {
		t.Fatalf("old defaults reach the target (%v): the table cannot tell", r.Min)
	}
}

// The Monte Carlo estimate of the expected profit per receipt agrees with
// the exact bucket integral within 5 standard errors, on fixed seeds, for
// every bucket, strategy and both rule sets.
func TestMonteCarloMatchesClosedForm(t *testing.T) {
	// Fixed seeds; n large enough that 1% fractions see a few hundred
	// false receipts per bucket, so the standard error is a fair one.
	n := 40_000
	for pi, p := range []Params{Defaults(), oldDefaults()} {
		rng := newRand(uint64(7 + pi))
		for _, b := range DefaultBuckets() {
			for si, s := range strategies() {
				for _, forf := range []float64{0, 0.5} {
					mc := p.MonteCarlo(b, 0.7, forf, s, n, rng)
					g, l := p.BucketExpectation(b, 0.7, forf, s)
					cf := g - l
					tol := 5*mc.ProfitSE + 1e-9*math.Abs(cf) + 1e-15
					if math.Abs(mc.Profit-cf) > tol {
						t.Errorf("params %d bucket %v strategy %d forfeited %v: MC %v ± %v, closed form %v",
							pi, b, si, forf, mc.Profit, mc.ProfitSE, cf)
					}
				}
			}
		}
	}
}

// The closed form of one receipt against a direct computation.
func TestFalseReceiptClosedForm(t *testing.T) {
	p := Defaults()
	P := 1 - math.Pow(0.95, 3)
	// Below the threshold: sampled, slash = minSlash.
	o := p.FalseReceipt(0.005, 0.7, 0, Worst)
	wantLoss := 0.005 + 1*(1-0.05)
	if math.Abs(o.P-P) > 1e-12 || math.Abs(o.LossIfCaught-wantLoss) > 1e-12 || math.Abs(o.Gain-0.0035) > 1e-15 {
		t.Fatalf("below threshold: %+v", o)
	}
	// Above the threshold: always checked; above minSlash/m: slash = 10x.
	o = p.FalseReceipt(5, 1, 0, Worst)
	if o.P != 1 || o.Slash != 50 || math.Abs(o.Ratio-(5+50*0.95)/5) > 1e-12 {
		t.Fatalf("above threshold: %+v", o)
	}
	// Forfeiture adds what else is locked; without the rule it does not.
	if d := p.FalseReceipt(5, 1, 7, Worst).LossIfCaught - o.LossIfCaught; math.Abs(d-7) > 1e-12 {
		t.Fatalf("forfeiture adds %v, want 7", d)
	}
	q := p
	q.Forfeiture = false
	if q.FalseReceipt(5, 1, 7, Worst).LossIfCaught != o.LossIfCaught {
		t.Fatal("forfeiture counted without the rule")
	}
}

// The time-driven simulation agrees with its closed form: exactly in
// expectation without forfeiture (each false receipt stands alone), to
// first order with forfeiture when convictions are rare.
func TestSimulateMatchesClosedForm(t *testing.T) {
	runs, horizon := 24, 2e5
	if testing.Short() {
		runs = 12
	}
	prices := Bucket{1e-4, 1e-1}
	for _, c := range []struct {
		name     string
		forfeit  bool
		fraction float64
		rate     float64
		bias     float64 // allowed relative error of the closed form itself
	}{
		{"no forfeiture", false, 0.2, 0.5, 0},
		{"forfeiture, rare convictions", true, 0.0005, 0.2, 0.08},
	} {
		p := Defaults()
		p.Forfeiture = c.forfeit
		f := Flow{ReceiptsPerSecond: c.rate, Prices: prices, Cost: 0.7, Horizon: horizon}
		s := Strategy{Fraction: c.fraction, Skip: 1, FrontRun: true}
		var sum, sumSq, forfeited float64
		var convictions int
		for i := 0; i < runs; i++ {
			res, err := Simulate(p, f, s, newRand(uint64(11+i)))
			if err != nil {
				t.Fatal(err)
			}
			v := res.ProfitVsHonest / float64(res.Receipts)
			sum += v
			sumSq += v * v
			forfeited += res.Forfeited
			convictions += res.Convictions
			// The bond this flow needs is above its mean exposure.
			if res.MaxExposure < c.rate*p.LockTime()*p.SlashAmount(prices.Lo) {
				t.Errorf("%s: max exposure %v below the mean", c.name, res.MaxExposure)
			}
		}
		n := float64(runs)
		mean := sum / n
		se := math.Sqrt((sumSq - sum*sum/n) / (n - 1) / n)
		g, l := SimClosedForm(p, f, s)
		want := g - l
		if math.Abs(mean-want) > 4*se+c.bias*math.Abs(want) {
			t.Errorf("%s: simulated %v ± %v per receipt (%d convictions), closed form %v", c.name, mean, se, convictions, want)
		}
		if c.forfeit && forfeited == 0 {
			t.Errorf("%s: nothing forfeited in %d convictions", c.name, convictions)
		}
	}
}

// At the defaults no strategy of the model pays, and the deterrence ratio
// is at least Target for any price, cost fraction, strategy and anything
// forfeited: the property the defaults were chosen for.
func TestDefaultsDeterProperty(t *testing.T) {
	p := Defaults()
	rapid.Check(t, func(t *rapid.T) {
		x := math.Pow(10, rapid.Float64Range(-12, 9).Draw(t, "log10 price"))
		cost := rapid.Float64Range(0, 1).Draw(t, "cost")
		forf := rapid.Float64Range(0, 1e6).Draw(t, "forfeited")
		s := Strategy{
			Fraction:       1,
			Skip:           rapid.Float64Range(1e-6, 1).Draw(t, "skip"),
			FrontRun:       rapid.Bool().Draw(t, "frontRun"),
			BelowThreshold: rapid.Bool().Draw(t, "below"),
		}
		o := p.FalseReceipt(x, cost, forf, s)
		if o.Profit > 0 {
			t.Fatalf("profitable: %+v", o)
		}
		if o.Ratio < Target {
			t.Fatalf("ratio %v < %d: %+v", o.Ratio, Target, o)
		}
	})
	// Every bucket of the table, worst case.
	r := Deterrence(p, DefaultBuckets(), 1, 1, 0, 1)
	for _, row := range r.Rows {
		if row.MinRatio < Target {
			t.Errorf("bucket %v: min ratio %v", row.Bucket, row.MinRatio)
		}
	}
	if r.RecommendedAlwaysCheckAbove < ReferenceAudit().AlwaysCheckAbove {
		t.Errorf("the recommended threshold %v is below the one the reference audit uses", r.RecommendedAlwaysCheckAbove)
	}
	if p.SlashMultiplier < r.MinMultiplier {
		t.Errorf("multiplier %v below the minimum %v", p.SlashMultiplier, r.MinMultiplier)
	}
}

// Simulated strategies at the defaults, forfeiture and all, lose money.
func TestDefaultsSimulatedStrategiesLose(t *testing.T) {
	p := Defaults()
	for i, s := range strategies() {
		for _, prices := range []Bucket{{1e-7, 2e-5}, {1e-3, 1e-1}, {1, 100}} {
			f := Flow{ReceiptsPerSecond: 0.2, Prices: prices, Cost: 1, Horizon: 50_000}
			res, err := Simulate(p, f, s, newRand(uint64(100+i)))
			if err != nil {
				t.Fatal(err)
			}
			if res.False > 0 && res.Convictions > 0 && res.ProfitVsHonest >= 0 {
				t.Errorf("strategy %+v prices %v: profit %v vs honest", s, prices, res.ProfitVsHonest)
			}
		}
	}
}

func TestValidate(t *testing.T) {
	bad := []Params{{ShareBps: 10_001}, {SampleRate: 2}, {Auditors: -1}, {MinSlash: math.NaN()}, {Auditors: 1, CheckingAuditors: 2}}
	for i, p := range bad {
		if p.Validate() == nil {
			t.Errorf("params %d accepted", i)
		}
	}
	if err := Defaults().Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := Simulate(Defaults(), Flow{ReceiptsPerSecond: 1e9, Prices: Bucket{1, 2}, Horizon: 1e9}, Worst, newRand(1)); err == nil {
		t.Error("an unbounded simulation was accepted")
	}
	if _, err := Simulate(Defaults(), Flow{ReceiptsPerSecond: 1, Prices: Bucket{0, 2}, Horizon: 10}, Worst, newRand(1)); err == nil {
		t.Error("a zero price bound was accepted")
	}
}

// FaultCost is q × the loss of one caught receipt, weighted by P, and
// forfeiture makes it grow with the rate and the window.
func TestFaultCost(t *testing.T) {
	p := Defaults()
	f := Flow{ReceiptsPerSecond: 2, Prices: Bucket{1e-3, 1e-3}}
	got, share := p.FaultCost(1e-6, f)
	P := p.Detection(1e-3)
	want := 1e-6 * P * (1e-3 + p.SlashAmount(1e-3) + 2*p.LockTime()*1e-3)
	if math.Abs(got-want) > 1e-12*want || math.Abs(share-want/1e-3) > 1e-9 {
		t.Fatalf("fault cost %v (share %v), want %v", got, share, want)
	}
	longer := p
	longer.DisputeWindow = 86_400
	if g2, _ := longer.FaultCost(1e-6, f); g2 <= got {
		t.Fatalf("a longer window costs %v ≤ %v", g2, got)
	}
}

// Summarize, what the sequencer and the challenger report: finite, and
// telling the defaults from the old defaults.
func TestSummarize(t *testing.T) {
	s := Summarize(Defaults())
	if !s.Meets || s.MinRatio < Target || len(s.Buckets) != len(DefaultBuckets()) || s.MinSlashMultiplier <= 0 {
		t.Fatalf("defaults: %+v", s)
	}
	o := Summarize(oldDefaults())
	if o.Meets || o.MinRatio >= 1 {
		t.Fatalf("old defaults: %+v", o)
	}
	none := Defaults()
	none.Auditors = 0
	n := Summarize(none)
	if n.Meets || n.MinRatio != 0 {
		t.Fatalf("no auditors: %+v", n)
	}
}

// FromNamed reads gpuroll_chainInfo's params map; FromL1 a parameters
// file: both give the defaults' figures for the default values.
func TestFromNamedAndL1(t *testing.T) {
	named := map[string]string{"minSlash": "1000000000000000000", "slashMultiplier": "10", "challengerShareBps": "500",
		"disputeWindow": "600", "revealPeriod": "120", "maxInclusionDelay": "300", "baseFee": "1"}
	p, err := FromNamed(named, ReferenceAudit())
	if err != nil {
		t.Fatal(err)
	}
	if p != Defaults() {
		t.Fatalf("from names %+v, defaults %+v", p, Defaults())
	}
	for _, bad := range []string{"minSlash", "slashMultiplier"} {
		m := map[string]string{}
		for k, v := range named {
			m[k] = v
		}
		delete(m, bad)
		if _, err := FromNamed(m, ReferenceAudit()); err == nil {
			t.Errorf("without %s: accepted", bad)
		}
		m[bad] = "-3"
		if _, err := FromNamed(m, ReferenceAudit()); err == nil {
			t.Errorf("%s = -3: accepted", bad)
		}
	}
	lp := l1.DevParams(common.Address{1}, common.Address{1})
	if q := FromL1(lp, ReferenceAudit()); q != Defaults() {
		t.Fatalf("from l1.DevParams %+v, defaults %+v", q, Defaults())
	}
}
