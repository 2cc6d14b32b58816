// Package econ is gpuroll's model of a cheating provider (docs/economics.md):
// the closed form of what one false receipt is expected to gain and lose,
// a Monte Carlo simulation of the same audits, and a time-driven simulation
// of a provider that cheats on part of a steady flow of receipts, with the
// forfeiture rule of the STF (a conviction refunds every unfinalized
// payment of the provider to its buyers).
//
// Amounts are in tokens (1 token = 10^18 wei) as float64: the model reasons
// about ratios, never settles money.
package econ

import (
	"errors"
	"fmt"
	"math"
)

// Params are the protocol parameters and the audit set-up the model needs.
type Params struct {
	// Protocol parameters (docs/l1-interface.md).
	MinSlash          float64 `json:"minSlash"`           // tokens
	SlashMultiplier   float64 `json:"slashMultiplier"`    // slash = max(minSlash, price × multiplier)
	ShareBps          float64 `json:"challengerShareBps"` // of what a slash takes, to the first challenger
	DisputeWindow     float64 `json:"disputeWindow"`      // seconds
	RevealPeriod      float64 `json:"revealPeriod"`       // seconds
	MaxInclusionDelay float64 `json:"maxInclusionDelay"`  // seconds
	// Forfeiture: a consumed verdict refunds every unfinalized payment of
	// the convicted provider (the rule of docs/economics.md, in the STF).
	Forfeiture bool `json:"forfeiture"`

	// The audit set-up (each auditor's own flags, not parameters).
	Auditors   int     `json:"auditors"`   // independent auditors
	SampleRate float64 `json:"sampleRate"` // each auditor's --sample-rate
	// AlwaysCheckAbove: receipts priced above it are re-executed by every
	// auditor that runs the threshold (--always-check-above); 0: none.
	AlwaysCheckAbove float64 `json:"alwaysCheckAbove"`
	// CheckingAuditors: how many of the auditors run the threshold (0 with
	// a threshold set means all of them).
	CheckingAuditors int `json:"checkingAuditors,omitempty"`
}

// Validate reports a parameter set the model cannot reason about.
func (p Params) Validate() error {
	switch {
	case !(p.MinSlash >= 0) || math.IsInf(p.MinSlash, 0):
		return fmt.Errorf("minSlash %v: want a finite amount ≥ 0", p.MinSlash)
	case !(p.SlashMultiplier >= 0) || math.IsInf(p.SlashMultiplier, 0):
		return fmt.Errorf("slashMultiplier %v: want ≥ 0", p.SlashMultiplier)
	case !(p.ShareBps >= 0 && p.ShareBps <= 10_000):
		return fmt.Errorf("challengerShareBps %v: want 0…10000", p.ShareBps)
	case !(p.DisputeWindow >= 0) || !(p.RevealPeriod >= 0) || !(p.MaxInclusionDelay >= 0):
		return errors.New("durations must be ≥ 0")
	case p.Auditors < 0:
		return fmt.Errorf("auditors %d: want ≥ 0", p.Auditors)
	case !(p.SampleRate >= 0 && p.SampleRate <= 1):
		return fmt.Errorf("sampleRate %v: want 0…1", p.SampleRate)
	case !(p.AlwaysCheckAbove >= 0) || math.IsInf(p.AlwaysCheckAbove, 0):
		return fmt.Errorf("alwaysCheckAbove %v: want a finite amount ≥ 0", p.AlwaysCheckAbove)
	case p.CheckingAuditors < 0 || p.CheckingAuditors > p.Auditors:
		return fmt.Errorf("checkingAuditors %d: want 0…auditors (%d)", p.CheckingAuditors, p.Auditors)
	}
	return nil
}

// Share is the challenger's share as a fraction.
func (p Params) Share() float64 { return p.ShareBps / 10_000 }

// SlashAmount is a receipt's slash amount, max(minSlash, price × multiplier).
func (p Params) SlashAmount(price float64) float64 {
	return math.Max(p.MinSlash, price*p.SlashMultiplier)
}

// LockTime is how long a receipt's payment stays locked, and its slash
// amount counts against the bond: until its batch is on L1 (at most the
// inclusion delay after it, as the sequencer posts at least that often),
// the dispute window and reveal period, then the finalize call and its
// message being consumed (again at most the inclusion delay).
func (p Params) LockTime() float64 {
	return p.DisputeWindow + p.RevealPeriod + 2*p.MaxInclusionDelay
}

// checkers returns how many auditors always check receipts above the
// threshold.
func (p Params) checkers() int {
	if p.AlwaysCheckAbove <= 0 {
		return 0
	}
	if p.CheckingAuditors == 0 {
		return p.Auditors
	}
	return p.CheckingAuditors
}

// SampledP is P = 1 − (1 − rate)^auditors, the chance that at least one
// auditor samples a receipt by its secret draw alone.
func (p Params) SampledP() float64 {
	if p.SampleRate <= 0 || p.Auditors < 1 {
		return 0
	}
	if p.SampleRate >= 1 {
		return 1
	}
	return -math.Expm1(float64(p.Auditors) * math.Log1p(-p.SampleRate))
}

// Detection is the chance that a false receipt of this price is checked by
// at least one auditor: 1 above the always-check threshold when an
// auditor runs it, P otherwise. A checked false receipt is always proven:
// the re-execution covers the whole job, so one wrong value is found.
func (p Params) Detection(price float64) float64 {
	if p.checkers() > 0 && price > p.AlwaysCheckAbove {
		return 1
	}
	return p.SampledP()
}

// Strategy is how a provider cheats.
type Strategy struct {
	// Fraction of the receipts it could cheat on that it makes false.
	Fraction float64 `json:"fraction"`
	// Skip is the share of a job's work it skips on a false receipt (1:
	// all of it; less: it computes part and fakes the rest). Detection
	// does not depend on it: one wrong value is enough to prove.
	Skip float64 `json:"skip"`
	// FrontRun: it challenges its own false receipt when it sees an
	// auditor's commitment and wins the reveal race, so it gets the
	// challenger's share back (DESIGN.md, "Sampling and economics").
	FrontRun bool `json:"frontRun"`
	// BelowThreshold: it cheats only on receipts the always-check
	// threshold does not cover (the threshold is assumed known).
	BelowThreshold bool `json:"belowThreshold"`
}

// Validate reports a strategy outside the model.
func (s Strategy) Validate() error {
	if !(s.Fraction >= 0 && s.Fraction <= 1) {
		return fmt.Errorf("fraction %v: want 0…1", s.Fraction)
	}
	if !(s.Skip > 0 && s.Skip <= 1) {
		return fmt.Errorf("skip %v: want (0, 1]", s.Skip)
	}
	return nil
}

// Worst is the strategy the deterrence figures assume: skip all the work,
// front-run the challenge.
var Worst = Strategy{Fraction: 1, Skip: 1, FrontRun: true}

// Outcome is the closed form for one false receipt.
type Outcome struct {
	Price        float64 `json:"price"`
	P            float64 `json:"detection"`
	Slash        float64 `json:"slash"`
	Gain         float64 `json:"gain"`         // the cost it saves: skip × cost × price, whatever happens
	LossIfCaught float64 `json:"lossIfCaught"` // the price refunded, the slash it does not win back, the payments forfeited
	Profit       float64 `json:"profit"`       // expected profit against doing the work honestly: gain − P × loss
	Ratio        float64 `json:"ratio"`        // deterrence: P × loss ÷ gain (+Inf when nothing is gained)
}

// FalseReceipt is the closed form for one false receipt of this price.
// cost is the provider's cost of doing the job as a fraction of its price
// (1: it works at cost, the most it can gain by skipping); forfeited is
// what else it has locked and loses when convicted (0 for a provider that
// holds nothing else, or without the forfeiture rule).
//
// Relative to doing the job: uncaught, it keeps the price and saved the
// cost; caught, the price goes back to the buyer, the slash is taken (it
// wins back the share when it front-runs), and the forfeited payments go
// back to their buyers. So profit = gain − P × loss.
func (p Params) FalseReceipt(price, cost, forfeited float64, s Strategy) Outcome {
	o := Outcome{Price: price, P: p.Detection(price), Slash: p.SlashAmount(price)}
	kept := 1.0
	if s.FrontRun {
		kept = 1 - p.Share()
	}
	if !p.Forfeiture {
		forfeited = 0
	}
	o.Gain = s.Skip * cost * price
	o.LossIfCaught = price + o.Slash*kept + forfeited
	o.Profit = o.Gain - o.P*o.LossIfCaught
	o.Ratio = ratio(o.P*o.LossIfCaught, o.Gain)
	return o
}

func ratio(loss, gain float64) float64 {
	if gain <= 0 {
		return math.Inf(1)
	}
	return loss / gain
}

// MinRatio is the least deterrence ratio over prices in [lo, hi] for the
// strategy (no forfeiture counted: the provider that holds nothing else).
// The ratio is monotone between the break points (the threshold and
// minSlash ÷ multiplier), so it is the least of its values at the ends and
// just either side of each break point inside.
func (p Params) MinRatio(lo, hi, cost float64, s Strategy) float64 {
	pts := []float64{lo, hi}
	for _, b := range []float64{p.AlwaysCheckAbove, p.MinSlash / p.SlashMultiplier} {
		if b > lo && b < hi {
			pts = append(pts, b, math.Nextafter(b, math.Inf(1)))
		}
	}
	m := math.Inf(1)
	for _, x := range pts {
		if p.checkers() > 0 && s.BelowThreshold && x > p.AlwaysCheckAbove {
			continue // it does not cheat there
		}
		m = math.Min(m, p.FalseReceipt(x, cost, 0, s).Ratio)
	}
	return m
}

// RecommendedThreshold is the largest always-check threshold for which a
// false receipt below it, sampled at P and slashed at least minSlash,
// still has a deterrence ratio ≥ target for a provider working at cost
// (cost fraction 1) that front-runs: P (x + minSlash (1 − share)) ≥
// target × x, i.e. x ≤ P minSlash (1 − share) ÷ (target − P). The
// multiplier term is left out (it only helps), so the figure holds
// whatever the multiplier. 0 when P is 0.
func (p Params) RecommendedThreshold(target float64) float64 {
	P := p.SampledP()
	if P <= 0 || target <= P {
		return 0
	}
	return P * p.MinSlash * (1 - p.Share()) / (target - P)
}

// MinMultiplier is the least slash multiplier for which a receipt that is
// always checked (P = 1) has a deterrence ratio ≥ target for a provider
// working at cost that front-runs: 1 + m (1 − share) ≥ target.
func (p Params) MinMultiplier(target float64) float64 {
	keep := 1 - p.Share()
	if keep <= 0 {
		return math.Inf(1)
	}
	return math.Max(0, (target-1)/keep)
}
