package econ

import (
	"container/heap"
	"fmt"
	"math"
	"math/rand/v2"
)

// Flow is a provider's work over time: receipts arriving as a Poisson
// process, prices log-uniform in a bucket.
type Flow struct {
	ReceiptsPerSecond float64 `json:"receiptsPerSecond"`
	Prices            Bucket  `json:"prices"`
	Cost              float64 `json:"cost"`    // the provider's cost as a fraction of the price
	Horizon           float64 `json:"horizon"` // seconds simulated
	// SuspendFor is how long a convicted provider posts nothing (it must
	// re-bond above the minimum first). 0: it re-bonds at once, the
	// cheater's most favourable case.
	SuspendFor float64 `json:"suspendFor"`
}

// Validate reports a flow outside the model.
func (f Flow) Validate() error {
	switch {
	case !(f.ReceiptsPerSecond > 0) || math.IsInf(f.ReceiptsPerSecond, 0):
		return fmt.Errorf("receiptsPerSecond %v: want > 0", f.ReceiptsPerSecond)
	case !(f.Prices.Lo > 0 && f.Prices.Hi >= f.Prices.Lo) || math.IsInf(f.Prices.Hi, 0):
		return fmt.Errorf("prices %v: want 0 < lo ≤ hi", f.Prices)
	case !(f.Cost >= 0 && f.Cost <= 1):
		return fmt.Errorf("cost %v: want 0…1", f.Cost)
	case !(f.Horizon > 0) || math.IsInf(f.Horizon, 0):
		return fmt.Errorf("horizon %v: want > 0", f.Horizon)
	case !(f.SuspendFor >= 0):
		return fmt.Errorf("suspendFor %v: want ≥ 0", f.SuspendFor)
	}
	return nil
}

// MeanPrice is E[x] of the flow's log-uniform prices.
func (f Flow) MeanPrice() float64 {
	if f.Prices.Hi == f.Prices.Lo {
		return f.Prices.Lo
	}
	return (f.Prices.Hi - f.Prices.Lo) / math.Log(f.Prices.Hi/f.Prices.Lo)
}

// SimResult is what the cheater did, and what it gained and lost against a
// provider doing every job of the same flow honestly.
type SimResult struct {
	Receipts    int `json:"receipts"`    // arrived
	Posted      int `json:"posted"`      // not missed while suspended
	False       int `json:"false"`       // posted false
	Convictions int `json:"convictions"` // verdicts consumed

	Gain      float64 `json:"gain"`      // cost saved on false receipts
	Refunded  float64 `json:"refunded"`  // prices of convicted receipts back to their buyers
	Forfeited float64 `json:"forfeited"` // other unfinalized payments back to their buyers
	SlashKept float64 `json:"slashKept"` // slashes net of the share won back
	Downtime  float64 `json:"downtime"`  // honest margin missed while suspended
	// ProfitVsHonest = gain − refunded − forfeited − slashKept − downtime.
	ProfitVsHonest float64 `json:"profitVsHonest"`
	// MaxExposure is the most slash exposure (Σ slash amounts of locked
	// receipts) it had: the bond this flow needs.
	MaxExposure float64 `json:"maxExposure"`
}

// Loss is everything the cheater lost against honest work.
func (r SimResult) Loss() float64 {
	return r.Refunded + r.Forfeited + r.SlashKept + r.Downtime
}

// Ratio is the realised deterrence ratio, loss ÷ gain.
func (r SimResult) Ratio() float64 { return ratio(r.Loss(), r.Gain) }

type locked struct {
	price, slash, unlock float64
	id                   int
	done                 bool // refunded by a conviction
}

type verdict struct {
	at    float64
	id    int
	price float64
}

type verdicts []verdict

func (v verdicts) Len() int           { return len(v) }
func (v verdicts) Less(i, j int) bool { return v[i].at < v[j].at }
func (v verdicts) Swap(i, j int)      { v[i], v[j] = v[j], v[i] }
func (v *verdicts) Push(x any)        { *v = append(*v, x.(verdict)) }
func (v *verdicts) Pop() any {
	old := *v
	x := old[len(old)-1]
	*v = old[:len(old)-1]
	return x
}

// maxSimReceipts bounds one simulation's work (and memory).
const maxSimReceipts = 20_000_000

// Simulate runs the flow for its horizon. Each receipt's payment is locked
// for LockTime; a caught false receipt's verdict is consumed a uniform time
// within the dispute window and reveal period after it; the verdict
// refunds its price, takes its slash (less the share the provider wins back
// by front-running), and with forfeiture refunds every other payment
// still locked and suspends the provider for SuspendFor.
func Simulate(p Params, f Flow, s Strategy, rng *rand.Rand) (SimResult, error) {
	if err := p.Validate(); err != nil {
		return SimResult{}, err
	}
	if err := f.Validate(); err != nil {
		return SimResult{}, err
	}
	if err := s.Validate(); err != nil {
		return SimResult{}, err
	}
	if n := f.ReceiptsPerSecond * f.Horizon; n > maxSimReceipts {
		return SimResult{}, fmt.Errorf("%.3g receipts expected: more than the %d one simulation allows", n, maxSimReceipts)
	}
	var (
		res        SimResult
		queue      []*locked // in arrival order, so in unlock order
		byID       = map[int]*locked{}
		pending    verdicts
		exposure   float64
		suspended  float64 // posting resumes at this time
		lock       = p.LockTime()
		disputeLen = p.DisputeWindow + p.RevealPeriod
		L          = math.Log(f.Prices.Hi / f.Prices.Lo)
		checkers   = p.checkers()
		kept       = 1.0
	)
	if s.FrontRun {
		kept = 1 - p.Share()
	}
	// settle pays every receipt unlocked by time t (out of the queue).
	settle := func(t float64) {
		for len(queue) > 0 && queue[0].unlock <= t {
			r := queue[0]
			queue = queue[1:]
			delete(byID, r.id)
			if !r.done {
				exposure -= r.slash
			}
		}
	}
	convict := func(v verdict) {
		settle(v.at)
		res.Convictions++
		r := byID[v.id]
		// The receipt is still locked: its verdict comes within the
		// dispute window and reveal period, before its batch finalizes.
		// (It may have been refunded by an earlier conviction.)
		if r != nil && !r.done {
			r.done = true
			exposure -= r.slash
			res.Refunded += r.price
		}
		res.SlashKept += kept * p.SlashAmount(v.price)
		if p.Forfeiture {
			for _, o := range queue {
				if !o.done {
					o.done = true
					exposure -= o.slash
					res.Forfeited += o.price
				}
			}
			suspended = math.Max(suspended, v.at+f.SuspendFor)
		}
	}
	t := 0.0
	for id := 0; ; id++ {
		t += rng.ExpFloat64() / f.ReceiptsPerSecond
		if t > f.Horizon {
			break
		}
		for len(pending) > 0 && pending[0].at <= t {
			convict(heap.Pop(&pending).(verdict))
		}
		settle(t)
		res.Receipts++
		x := f.Prices.Lo * math.Exp(rng.Float64()*L)
		if t < suspended {
			res.Downtime += (1 - f.Cost) * x
			continue
		}
		res.Posted++
		r := &locked{price: x, slash: p.SlashAmount(x), unlock: t + lock, id: id}
		queue = append(queue, r)
		byID[id] = r
		exposure += r.slash
		res.MaxExposure = math.Max(res.MaxExposure, exposure)
		eligible := !(s.BelowThreshold && checkers > 0 && x > p.AlwaysCheckAbove)
		if !eligible || rng.Float64() >= s.Fraction {
			continue
		}
		res.False++
		res.Gain += s.Skip * f.Cost * x
		caught := checkers > 0 && x > p.AlwaysCheckAbove
		for a := 0; a < p.Auditors && !caught; a++ {
			caught = rng.Float64() < p.SampleRate
		}
		if caught {
			heap.Push(&pending, verdict{at: t + rng.Float64()*disputeLen, id: id, price: x})
		}
	}
	// Verdicts after the horizon still count: the receipts were posted.
	for len(pending) > 0 {
		convict(heap.Pop(&pending).(verdict))
	}
	res.ProfitVsHonest = res.Gain - res.Loss()
	return res, nil
}

// SimClosedForm is the first-order closed form of Simulate's expected
// ProfitVsHonest per arriving receipt, for rare convictions and no
// suspension: each eligible receipt is false with the strategy's
// fraction and then loses P × (price + kept slash + F̄), where F̄ = λ ×
// LockTime × E[x] is what a conviction finds locked besides it (Poisson
// arrivals see time averages).
func SimClosedForm(p Params, f Flow, s Strategy) (gain, loss float64) {
	forf := 0.0
	if p.Forfeiture {
		forf = f.ReceiptsPerSecond * p.LockTime() * f.MeanPrice()
	}
	return p.BucketExpectation(f.Prices, f.Cost, forf, s)
}

// BondPerThroughput is the bond a provider needs per token per second of
// revenue: its exposure is λ × LockTime × E[slash], its revenue λ × E[x].
func (p Params) BondPerThroughput(prices Bucket) float64 {
	f := Flow{Prices: prices}
	mean := f.MeanPrice()
	// E[slash] over the log-uniform prices, segment by segment.
	L := math.Log(prices.Hi / prices.Lo)
	if prices.Hi == prices.Lo {
		return p.LockTime() * p.SlashAmount(mean) / mean
	}
	var es float64
	for _, sg := range p.segments(prices.Lo, prices.Hi) {
		u, v := sg[0], sg[1]
		mid := math.Sqrt(u * v)
		if p.MinSlash >= mid*p.SlashMultiplier {
			es += p.MinSlash * math.Log(v/u) / L
		} else {
			es += p.SlashMultiplier * (v - u) / L
		}
	}
	return p.LockTime() * es / mean
}

// newRand is a deterministic generator for a seed (PCG).
func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

// NewRand is the generator the command and tests use for a seed.
func NewRand(seed uint64) *rand.Rand { return newRand(seed) }
