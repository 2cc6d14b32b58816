package econ

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Bucket is a range of receipt prices, in tokens; the model draws prices
// log-uniformly inside it.
type Bucket struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

func (b Bucket) String() string { return fmt.Sprintf("%s–%s", fmtTokens(b.Lo), fmtTokens(b.Hi)) }

func fmtTokens(x float64) string {
	if x == 0 {
		return "0"
	}
	return fmt.Sprintf("%g", x)
}

// DefaultBuckets span receipt prices from a nano-token to ten thousand
// tokens, a decade or two each. At a price of 1 token per reference
// GPU-hour the largest job maxMACsPerReceipt allows (2^36 MACs) costs
// 1.9e-5 tokens; the upper buckets are there because a provider sets its
// own price.
func DefaultBuckets() []Bucket {
	edges := []float64{1e-9, 1e-6, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100, 1e4}
	out := make([]Bucket, len(edges)-1)
	for i := range out {
		out[i] = Bucket{edges[i], edges[i+1]}
	}
	return out
}

// segments splits [lo, hi] at the points where the closed form changes
// shape (the threshold, minSlash ÷ multiplier), so that on each piece
// detection and the slash's form are constant.
func (p Params) segments(lo, hi float64) [][2]float64 {
	cuts := []float64{lo}
	for _, c := range []float64{p.AlwaysCheckAbove, p.MinSlash / p.SlashMultiplier} {
		if c > lo && c < hi {
			cuts = append(cuts, c)
		}
	}
	cuts = append(cuts, hi)
	// At most two cuts: sort them.
	if len(cuts) == 4 && cuts[1] > cuts[2] {
		cuts[1], cuts[2] = cuts[2], cuts[1]
	}
	var segs [][2]float64
	for i := 0; i+1 < len(cuts); i++ {
		if cuts[i+1] > cuts[i] {
			segs = append(segs, [2]float64{cuts[i], cuts[i+1]})
		}
	}
	return segs
}

// BucketExpectation is the closed form of the expected gain, expected loss
// and expected profit (all per receipt the provider could cheat on, so
// weighted by the strategy's fraction) for prices drawn log-uniformly from
// the bucket, with `forfeited` lost on every conviction. The profit is
// affine in the price on each segment, and a log-uniform price has
// E[x; u ≤ x ≤ v] = (v − u) ÷ ln(hi/lo) and P(u ≤ x ≤ v) = ln(v/u) ÷
// ln(hi/lo), so the integral is exact.
func (p Params) BucketExpectation(b Bucket, cost, forfeited float64, s Strategy) (gain, loss float64) {
	if b.Hi == b.Lo { // one price
		if s.BelowThreshold && p.checkers() > 0 && b.Lo > p.AlwaysCheckAbove {
			return 0, 0
		}
		o := p.FalseReceipt(b.Lo, cost, forfeited, s)
		return s.Fraction * o.Gain, s.Fraction * o.P * o.LossIfCaught
	}
	L := math.Log(b.Hi / b.Lo)
	if !p.Forfeiture {
		forfeited = 0
	}
	kept := 1.0
	if s.FrontRun {
		kept = 1 - p.Share()
	}
	for _, sg := range p.segments(b.Lo, b.Hi) {
		u, v := sg[0], sg[1]
		mid := math.Sqrt(u * v)
		if s.BelowThreshold && p.checkers() > 0 && mid > p.AlwaysCheckAbove {
			continue
		}
		P := p.Detection(mid)
		ex := (v - u) / L       // E[x · 1{x in segment}]
		pr := math.Log(v/u) / L // P(x in segment)
		// slash: minSlash on the segment, or multiplier × x.
		var es float64
		if p.MinSlash >= mid*p.SlashMultiplier {
			es = p.MinSlash * pr
		} else {
			es = p.SlashMultiplier * ex
		}
		gain += s.Fraction * s.Skip * cost * ex
		loss += s.Fraction * P * (ex + kept*es + forfeited*pr)
	}
	return gain, loss
}

// MCResult is a Monte Carlo estimate over one bucket.
type MCResult struct {
	N      int     `json:"n"`
	Gain   float64 `json:"gain"`   // mean per receipt
	Loss   float64 `json:"loss"`   // mean per receipt
	Profit float64 `json:"profit"` // mean per receipt
	// ProfitSE is the standard error of Profit.
	ProfitSE float64 `json:"profitSE"`
	Caught   int     `json:"caught"`
}

// Ratio is the estimated deterrence ratio, loss ÷ gain.
func (m MCResult) Ratio() float64 { return ratio(m.Loss, m.Gain) }

// MonteCarlo draws n receipts with prices log-uniform in the bucket; the
// provider makes each false with the strategy's probability, every
// auditor samples it with its own draw (and every threshold-running
// auditor checks it above the threshold), and a checked false receipt is
// convicted with `forfeited` lost besides its own price and slash.
func (p Params) MonteCarlo(b Bucket, cost, forfeited float64, s Strategy, n int, rng *rand.Rand) MCResult {
	if !p.Forfeiture {
		forfeited = 0
	}
	kept := 1.0
	if s.FrontRun {
		kept = 1 - p.Share()
	}
	L := math.Log(b.Hi / b.Lo)
	checkers := p.checkers()
	var sum, sumSq, gain, loss float64
	res := MCResult{N: n}
	for i := 0; i < n; i++ {
		x := b.Lo * math.Exp(rng.Float64()*L)
		var profit float64
		if !(s.BelowThreshold && checkers > 0 && x > p.AlwaysCheckAbove) && rng.Float64() < s.Fraction {
			g := s.Skip * cost * x
			caught := checkers > 0 && x > p.AlwaysCheckAbove
			for a := 0; a < p.Auditors && !caught; a++ {
				caught = rng.Float64() < p.SampleRate
			}
			var l float64
			if caught {
				res.Caught++
				l = x + kept*p.SlashAmount(x) + forfeited
			}
			gain += g
			loss += l
			profit = g - l
		}
		sum += profit
		sumSq += profit * profit
	}
	fn := float64(n)
	res.Gain, res.Loss, res.Profit = gain/fn, loss/fn, sum/fn
	if n > 1 {
		v := (sumSq - sum*sum/fn) / (fn - 1)
		res.ProfitSE = math.Sqrt(math.Max(v, 0) / fn)
	}
	return res
}
