package econ

import (
	"fmt"
	"math"
	"math/big"

	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// WeiPerToken: the compute token has 18 decimals.
const WeiPerToken = 1e18

// Target is the deterrence ratio the defaults are chosen for: a cheater
// expects to lose at least ten times what it gains, in every price bucket.
const Target = 10

// Audit is the audit set-up the figures assume when the auditors' own
// flags are not known: three independent auditors at a 5% sample rate,
// all running the recommended always-check threshold.
type Audit struct {
	Auditors         int     `json:"auditors"`
	SampleRate       float64 `json:"sampleRate"`
	AlwaysCheckAbove float64 `json:"alwaysCheckAbove"` // tokens; 0: none
	CheckingAuditors int     `json:"checkingAuditors,omitempty"`
}

// ReferenceAudit is the set-up of docs/economics.md: 3 auditors at 5%,
// every one checking every receipt above RecommendedAlwaysCheckAbove.
func ReferenceAudit() Audit {
	return Audit{Auditors: 3, SampleRate: 0.05, AlwaysCheckAbove: RecommendedAlwaysCheckAbove / WeiPerToken}
}

// RecommendedAlwaysCheckAbove is the recommended --always-check-above, in
// wei (0.01 token): below it, with 3 auditors at 5% and minSlash 1 token,
// a false receipt's ratio is ≥ 13.7 (RecommendedThreshold gives 0.0137
// token for a target of 10; this rounds down).
const RecommendedAlwaysCheckAbove = 1e16

// Apply sets the audit fields of p.
func (a Audit) Apply(p Params) Params {
	p.Auditors, p.SampleRate, p.AlwaysCheckAbove, p.CheckingAuditors = a.Auditors, a.SampleRate, a.AlwaysCheckAbove, a.CheckingAuditors
	return p
}

// Tokens converts wei to tokens.
func Tokens(wei *big.Int) float64 {
	if wei == nil {
		return 0
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(WeiPerToken)).Float64()
	return f
}

func u256f(v *uint256.Int) float64 {
	if v == nil {
		return 0
	}
	return v.Float64()
}

// FromState reads the protocol parameters from L2 state (the live ones, as
// the sequencer and challenger hold them), with the forfeiture rule on
// (the STF enforces it) and the given audit set-up.
func FromState(p *state.Params, a Audit) Params {
	get := func(id l1iface.ParamID) float64 { return u256f(p[id]) }
	return a.Apply(Params{
		MinSlash:          get(l1iface.ParamMinSlash) / WeiPerToken,
		SlashMultiplier:   get(l1iface.ParamSlashMultiplier),
		ShareBps:          get(l1iface.ParamChallengerShareBps),
		DisputeWindow:     get(l1iface.ParamDisputeWindow),
		RevealPeriod:      get(l1iface.ParamRevealPeriod),
		MaxInclusionDelay: get(l1iface.ParamMaxInclusionDelay),
		Forfeiture:        true,
	})
}

// Defaults are the protocol's default parameters (l1iface.DevDefault) with
// the reference audit set-up and forfeiture.
func Defaults() Params {
	var p state.Params
	for id := l1iface.ParamID(1); id <= l1iface.MaxParamID; id++ {
		p[id] = l1iface.DevDefault(id)
	}
	return FromState(&p, ReferenceAudit())
}

// Row is one price bucket of a deterrence table.
type Row struct {
	Bucket Bucket  `json:"bucket"`
	P      float64 `json:"detection"` // at the bucket's geometric middle
	// MinRatio is the least ratio over the bucket, closed form, for a
	// provider working at cost that skips all work and front-runs, with
	// nothing else locked (no forfeiture): the worst case.
	MinRatio float64 `json:"minRatio"`
	// MeanRatio is expected loss ÷ expected gain over the bucket (closed
	// form, same strategy, nothing forfeited).
	MeanRatio float64 `json:"meanRatio"`
	// SteadyRatio adds forfeiture for a provider with a steady flow of
	// receipts of this bucket's prices (Report's receipt rate), if on.
	SteadyRatio float64 `json:"steadyRatio"`
	// MCRatio and MCProfit: the Monte Carlo estimate of MeanRatio and of
	// the expected profit per false receipt (tokens), with its standard error.
	MCRatio    float64 `json:"mcRatio"`
	MCProfit   float64 `json:"mcProfit"`
	MCProfitSE float64 `json:"mcProfitSE"`
	// CFProfit is the closed form of MCProfit.
	CFProfit float64 `json:"cfProfit"`
	// BondPerThroughput: bond per token/s of revenue at these prices.
	BondPerThroughput float64 `json:"bondPerThroughput"`
}

// Report is the deterrence table for one parameter set.
type Report struct {
	Params            Params  `json:"params"`
	Cost              float64 `json:"cost"`
	ReceiptsPerSecond float64 `json:"receiptsPerSecond"`
	Rows              []Row   `json:"rows"`
	// Min is the least MinRatio over the rows.
	Min float64 `json:"minRatio"`
	// RecommendedAlwaysCheckAbove and MinMultiplier for Target, in tokens.
	RecommendedAlwaysCheckAbove float64 `json:"recommendedAlwaysCheckAbove"`
	MinMultiplier               float64 `json:"minMultiplier"`
}

// Deterrence builds the deterrence table: per bucket the worst-case
// closed form, the mean, the mean with forfeiture at a steady rate of
// receiptsPerSecond, and a Monte Carlo check of n draws (0: none).
func Deterrence(p Params, buckets []Bucket, cost, receiptsPerSecond float64, n int, seed uint64) Report {
	rep := Report{Params: p, Cost: cost, ReceiptsPerSecond: receiptsPerSecond, Min: math.Inf(1),
		RecommendedAlwaysCheckAbove: p.RecommendedThreshold(Target), MinMultiplier: p.MinMultiplier(Target)}
	rng := newRand(seed)
	for _, b := range buckets {
		r := Row{Bucket: b, P: p.Detection(math.Sqrt(b.Lo * b.Hi))}
		r.MinRatio = p.MinRatio(b.Lo, b.Hi, cost, Worst)
		g, l := p.BucketExpectation(b, cost, 0, Worst)
		r.MeanRatio = ratio(l, g)
		r.CFProfit = g - l
		f := Flow{ReceiptsPerSecond: receiptsPerSecond, Prices: b}
		g2, l2 := p.BucketExpectation(b, cost, receiptsPerSecond*p.LockTime()*f.MeanPrice(), Worst)
		r.SteadyRatio = ratio(l2, g2)
		if n > 0 {
			mc := p.MonteCarlo(b, cost, 0, Worst, n, rng)
			r.MCRatio, r.MCProfit, r.MCProfitSE = mc.Ratio(), mc.Profit, mc.ProfitSE
		}
		r.BondPerThroughput = p.BondPerThroughput(b)
		rep.Min = math.Min(rep.Min, r.MinRatio)
		rep.Rows = append(rep.Rows, r)
	}
	return rep
}

// FromL1 reads a parameters file's values (l1.Params, the JSON that
// `gpuroll deploy --params` takes), with forfeiture on.
func FromL1(p l1.Params, a Audit) Params {
	return a.Apply(Params{
		MinSlash:          Tokens(p.MinSlash),
		SlashMultiplier:   float64(p.SlashMultiplier),
		ShareBps:          float64(p.ChallengerShareBps),
		DisputeWindow:     float64(p.DisputeWindow),
		RevealPeriod:      float64(p.RevealPeriod),
		MaxInclusionDelay: float64(p.MaxInclusionDelay),
		Forfeiture:        true,
	})
}

// FromNamed reads the parameters by name, as gpuroll_chainInfo returns
// them (decimal strings), with forfeiture on.
func FromNamed(m map[string]string, a Audit) (Params, error) {
	get := func(name string) (float64, error) {
		s, ok := m[name]
		if !ok {
			return 0, fmt.Errorf("parameter %s missing", name)
		}
		v, ok := new(big.Int).SetString(s, 10)
		if !ok || v.Sign() < 0 {
			return 0, fmt.Errorf("parameter %s = %q: not a decimal amount", name, s)
		}
		f, _ := new(big.Float).SetInt(v).Float64()
		return f, nil
	}
	var p Params
	for _, f := range []struct {
		name string
		dst  *float64
	}{{"minSlash", &p.MinSlash}, {"slashMultiplier", &p.SlashMultiplier}, {"challengerShareBps", &p.ShareBps},
		{"disputeWindow", &p.DisputeWindow}, {"revealPeriod", &p.RevealPeriod}, {"maxInclusionDelay", &p.MaxInclusionDelay}} {
		v, err := get(f.name)
		if err != nil {
			return Params{}, err
		}
		*f.dst = v
	}
	p.MinSlash /= WeiPerToken
	p.Forfeiture = true
	p = a.Apply(p)
	return p, p.Validate()
}

// Window is one dispute-window scenario of the window table.
type Window struct {
	Name              string  `json:"name"`
	DisputeWindow     float64 `json:"disputeWindow"`
	RevealPeriod      float64 `json:"revealPeriod"`
	MaxInclusionDelay float64 `json:"maxInclusionDelay"`
}

// Windows are the scenarios of docs/economics.md: the devnet's 30 s (its
// 15 s reveal period and 120 s inclusion delay), the dev default 600 s,
// and 1 hour, 1 day and 7 days with the default reveal period and
// inclusion delay.
func Windows(p Params) []Window {
	return []Window{
		{"devnet 30 s", 30, 15, 120},
		{"600 s (dev default)", 600, p.RevealPeriod, p.MaxInclusionDelay},
		{"1 hour", 3600, p.RevealPeriod, p.MaxInclusionDelay},
		{"1 day", 86_400, p.RevealPeriod, p.MaxInclusionDelay},
		{"7 days", 7 * 86_400, p.RevealPeriod, p.MaxInclusionDelay},
	}
}

// WindowRow is how deterrence and bonds change with the window.
type WindowRow struct {
	Window   Window  `json:"window"`
	LockTime float64 `json:"lockTime"` // seconds a payment stays locked
	// MinRatio: the worst case over the buckets (no forfeiture); it does
	// not depend on the window.
	MinRatio float64 `json:"minRatio"`
	// SteadyRatio: the ratio for a provider with a steady flow at the
	// given rate and prices, forfeiture counted.
	SteadyRatio float64 `json:"steadyRatio"`
	// BondPerReceiptRate: bond per receipt/s (tokens); BondPerThroughput:
	// per token/s of revenue, at the given prices.
	BondPerReceiptRate float64 `json:"bondPerReceiptRate"`
	BondPerThroughput  float64 `json:"bondPerThroughput"`
	// Forfeitable is what a conviction finds locked at that rate (tokens).
	Forfeitable float64 `json:"forfeitable"`
	// FaultShare is what undetected hardware faults at the given rate per
	// receipt cost an honest provider, as a share of its revenue.
	FaultShare float64 `json:"faultShare"`
}

// WindowTable evaluates each window for a provider posting
// receiptsPerSecond receipts priced log-uniformly in prices, at cost.
//
// faultRate is the chance that an honest receipt carries an undetected
// hardware error (FaultCost).
func WindowTable(p Params, windows []Window, buckets []Bucket, prices Bucket, cost, receiptsPerSecond, faultRate float64) []WindowRow {
	var out []WindowRow
	for _, w := range windows {
		q := p
		q.DisputeWindow, q.RevealPeriod, q.MaxInclusionDelay = w.DisputeWindow, w.RevealPeriod, w.MaxInclusionDelay
		f := Flow{ReceiptsPerSecond: receiptsPerSecond, Prices: prices}
		r := WindowRow{Window: w, LockTime: q.LockTime(), MinRatio: math.Inf(1)}
		for _, b := range buckets {
			r.MinRatio = math.Min(r.MinRatio, q.MinRatio(b.Lo, b.Hi, cost, Worst))
		}
		r.Forfeitable = receiptsPerSecond * q.LockTime() * f.MeanPrice()
		g, l := q.BucketExpectation(prices, cost, r.Forfeitable, Worst)
		r.SteadyRatio = ratio(l, g)
		r.BondPerThroughput = q.BondPerThroughput(prices)
		r.BondPerReceiptRate = r.BondPerThroughput * f.MeanPrice()
		_, r.FaultShare = q.FaultCost(faultRate, f)
		out = append(out, r)
	}
	return out
}

// Summary is the deterrence of one parameter set and audit set-up in a
// form for status pages and RPC answers (JSON: no infinities; an
// unbounded ratio, where nothing is gained, is -1).
type Summary struct {
	Auditors             int     `json:"auditors"`
	SampleRate           float64 `json:"sampleRate"`
	AlwaysCheckAbove     float64 `json:"alwaysCheckAbove"` // tokens; 0: none
	DetectionProbability float64 `json:"detectionProbability"`
	Forfeiture           bool    `json:"forfeiture"`
	// MinRatio is the least deterrence ratio over the price buckets for a
	// provider working at cost that skips all work and front-runs, with
	// nothing else locked; Target is what the defaults are chosen for.
	MinRatio float64 `json:"minRatio"`
	Target   float64 `json:"target"`
	Meets    bool    `json:"meetsTarget"`
	Buckets  []struct {
		Lo    float64 `json:"lo"` // tokens
		Hi    float64 `json:"hi"`
		Ratio float64 `json:"minRatio"`
	} `json:"buckets"`
	// RecommendedAlwaysCheckAbove (tokens) and MinSlashMultiplier reach
	// Target with these auditors and this share.
	RecommendedAlwaysCheckAbove float64 `json:"recommendedAlwaysCheckAbove"`
	MinSlashMultiplier          float64 `json:"minSlashMultiplier"`
}

// Summarize computes the Summary of p over the default buckets.
func Summarize(p Params) Summary {
	r := Deterrence(p, DefaultBuckets(), 1, 1, 0, 0)
	fin := func(f float64) float64 {
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return -1
		}
		return f
	}
	s := Summary{Auditors: p.Auditors, SampleRate: p.SampleRate, AlwaysCheckAbove: p.AlwaysCheckAbove,
		DetectionProbability: p.SampledP(), Forfeiture: p.Forfeiture, MinRatio: fin(r.Min), Target: Target,
		Meets: r.Min >= Target, RecommendedAlwaysCheckAbove: r.RecommendedAlwaysCheckAbove, MinSlashMultiplier: fin(r.MinMultiplier)}
	for _, row := range r.Rows {
		s.Buckets = append(s.Buckets, struct {
			Lo    float64 `json:"lo"`
			Hi    float64 `json:"hi"`
			Ratio float64 `json:"minRatio"`
		}{row.Bucket.Lo, row.Bucket.Hi, fin(row.MinRatio)})
	}
	return s
}

// FaultCost is what honest hardware faults cost a provider under the
// rules: each receipt carries a wrong value with probability q (a silent
// data error the provider did not catch), is then convicted with the
// probability P(x) of any false receipt, and costs its price, its whole
// slash (an honest provider does not watch for challenges to front-run)
// and, with forfeiture, the F̄ = λ × LockTime × E[x] it has locked. It
// returns the expected cost per receipt (tokens) and as a share of the
// flow's revenue.
func (p Params) FaultCost(q float64, f Flow) (perReceipt, shareOfRevenue float64) {
	forf := f.ReceiptsPerSecond * p.LockTime() * f.MeanPrice()
	_, loss := p.BucketExpectation(f.Prices, 1, forf, Strategy{Fraction: q, Skip: 1})
	return loss, loss / f.MeanPrice()
}
