package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/econ"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/urfave/cli/v2"
)

// econCommand is `gpuroll econ`: the deterrence model of docs/economics.md
// for a parameters file, the live parameters of a sequencer, or the
// defaults.
func econCommand() *cli.Command {
	env := func(n string) []string { return []string{"GPUROLL_ECON_" + n} }
	return &cli.Command{
		Name:  "econ",
		Usage: "deterrence of cheating for a parameter set: ratio per receipt-price bucket, bonds, windows (docs/economics.md)",
		Description: "Reads the protocol parameters from --params (the JSON of gpuroll deploy --params), from a\n" +
			"sequencer (--url, its gpuroll_chainInfo), or uses the defaults, and prints the deterrence\n" +
			"table: per price bucket the least and mean ratio of a cheater's expected loss to its gain\n" +
			"(closed form, checked by --mc Monte Carlo draws), with forfeiture at a steady rate, the\n" +
			"bond per unit of throughput, and how both change with the dispute window. --simulate runs\n" +
			"the time-driven simulation of one strategy.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "params", Usage: "JSON file with the protocol parameters (l1.Params)", EnvVars: env("PARAMS")},
			&cli.StringFlag{Name: "url", Usage: "a sequencer's JSON-RPC URL: use its live parameters", EnvVars: env("URL")},
			&cli.IntFlag{Name: "auditors", Value: 3, Usage: "independent auditors", EnvVars: env("AUDITORS")},
			&cli.Float64Flag{Name: "sample-rate", Value: 0.05, Usage: "each auditor's --sample-rate", EnvVars: env("SAMPLE_RATE")},
			&cli.StringFlag{Name: "always-check-above", Value: fmt.Sprintf("%.0f", econ.RecommendedAlwaysCheckAbove),
				Usage: "the auditors' --always-check-above, token wei (0: none)", EnvVars: env("ALWAYS_CHECK_ABOVE")},
			&cli.BoolFlag{Name: "no-forfeiture", Usage: "model the rules without forfeiture (before docs/economics.md)", EnvVars: env("NO_FORFEITURE")},
			&cli.Float64Flag{Name: "cost", Value: 1, Usage: "the provider's cost as a fraction of the price (1: works at cost, the worst case)", EnvVars: env("COST")},
			&cli.Float64Flag{Name: "receipts-per-second", Value: 1, Usage: "a steady provider's receipt rate (forfeiture, bonds)", EnvVars: env("RECEIPTS_PER_SECOND")},
			&cli.Float64Flag{Name: "price-lo", Value: 1e-7, Usage: "typical receipt prices, tokens: lower bound (windows, --simulate)", EnvVars: env("PRICE_LO")},
			&cli.Float64Flag{Name: "price-hi", Value: 2e-5, Usage: "typical receipt prices, tokens: upper bound (2^36 MACs at 1 token per GPU-hour)", EnvVars: env("PRICE_HI")},
			&cli.Float64Flag{Name: "fault-rate", Value: 1e-7, Usage: "chance that an honest receipt carries an undetected hardware error (the fault-cost column)", EnvVars: env("FAULT_RATE")},
			&cli.IntFlag{Name: "mc", Value: 100_000, Usage: "Monte Carlo draws per bucket (0: closed form only)", EnvVars: env("MC")},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "random seed", EnvVars: env("SEED")},
			&cli.BoolFlag{Name: "simulate", Usage: "also run the time-driven simulation of one strategy", EnvVars: env("SIMULATE")},
			&cli.Float64Flag{Name: "fraction", Value: 0.1, Usage: "--simulate: fraction of receipts made false", EnvVars: env("FRACTION")},
			&cli.Float64Flag{Name: "skip", Value: 1, Usage: "--simulate: share of a false job's work skipped", EnvVars: env("SKIP")},
			&cli.BoolFlag{Name: "front-run", Value: true, Usage: "--simulate: the provider wins back the challenger's share", EnvVars: env("FRONT_RUN")},
			&cli.BoolFlag{Name: "below-threshold", Usage: "--simulate: cheat only below the always-check threshold", EnvVars: env("BELOW_THRESHOLD")},
			&cli.DurationFlag{Name: "horizon", Value: 24 * time.Hour, Usage: "--simulate: time simulated", EnvVars: env("HORIZON")},
			&cli.DurationFlag{Name: "suspend-for", Usage: "--simulate: time a convicted provider needs to re-bond", EnvVars: env("SUSPEND_FOR")},
			&cli.BoolFlag{Name: "json", Usage: "print JSON", EnvVars: env("JSON")},
		},
		Action: runEcon,
	}
}

type econOutput struct {
	Source     string           `json:"source"`
	MC         int              `json:"monteCarloDraws"`
	FaultRate  float64          `json:"faultRate"`
	Report     econ.Report      `json:"report"`
	Windows    []econ.WindowRow `json:"windows"`
	Simulation *econ.SimResult  `json:"simulation,omitempty"`
	Strategy   *econ.Strategy   `json:"strategy,omitempty"`
	Flow       *econ.Flow       `json:"flow,omitempty"`
	Flow0      econ.Bucket      `json:"windowPrices"`
}

func runEcon(c *cli.Context) error {
	acab, ok := new(big.Int).SetString(c.String("always-check-above"), 10)
	if !ok || acab.Sign() < 0 {
		return fmt.Errorf("econ: --always-check-above %q: want token wei, a decimal integer ≥ 0", c.String("always-check-above"))
	}
	audit := econ.Audit{Auditors: c.Int("auditors"), SampleRate: c.Float64("sample-rate"), AlwaysCheckAbove: econ.Tokens(acab)}
	p, source, err := econParams(c.Context, c.String("params"), c.String("url"), audit)
	if err != nil {
		return err
	}
	if c.Bool("no-forfeiture") {
		p.Forfeiture = false
	}
	if err := p.Validate(); err != nil {
		return fmt.Errorf("econ: %w", err)
	}
	cost, rate := c.Float64("cost"), c.Float64("receipts-per-second")
	if !(cost > 0 && cost <= 1) {
		return fmt.Errorf("econ: --cost %v: want (0, 1]", cost)
	}
	if !(rate > 0) || math.IsInf(rate, 0) {
		return fmt.Errorf("econ: --receipts-per-second %v: want > 0", rate)
	}
	if n := c.Int("mc"); n < 0 || n > 10_000_000 {
		return fmt.Errorf("econ: --mc %d: want 0…10,000,000", n)
	}
	prices := econ.Bucket{Lo: c.Float64("price-lo"), Hi: c.Float64("price-hi")}
	if !(prices.Lo > 0 && prices.Hi >= prices.Lo) || math.IsInf(prices.Hi, 0) {
		return fmt.Errorf("econ: --price-lo %v --price-hi %v: want 0 < lo ≤ hi", prices.Lo, prices.Hi)
	}
	out := econOutput{Source: source, MC: c.Int("mc"), Flow0: prices}
	out.Report = econ.Deterrence(p, econ.DefaultBuckets(), cost, rate, c.Int("mc"), c.Uint64("seed"))
	q := c.Float64("fault-rate")
	if !(q >= 0 && q <= 1) {
		return fmt.Errorf("econ: --fault-rate %v: want 0…1", q)
	}
	out.FaultRate = q
	out.Windows = econ.WindowTable(p, econ.Windows(p), econ.DefaultBuckets(), prices, cost, rate, q)
	if c.Bool("simulate") {
		s := econ.Strategy{Fraction: c.Float64("fraction"), Skip: c.Float64("skip"), FrontRun: c.Bool("front-run"), BelowThreshold: c.Bool("below-threshold")}
		f := econ.Flow{ReceiptsPerSecond: rate, Prices: prices, Cost: cost, Horizon: c.Duration("horizon").Seconds(), SuspendFor: c.Duration("suspend-for").Seconds()}
		res, err := econ.Simulate(p, f, s, econ.NewRand(c.Uint64("seed")))
		if err != nil {
			return fmt.Errorf("econ: simulate: %w", err)
		}
		out.Simulation, out.Strategy, out.Flow = &res, &s, &f
	}
	if c.Bool("json") {
		return writeEconJSON(c.App.Writer, out)
	}
	printEcon(c.App.Writer, out)
	return nil
}

// econParams returns the protocol parameters of --params, of --url, or
// the defaults.
func econParams(ctx context.Context, file, url string, audit econ.Audit) (econ.Params, string, error) {
	switch {
	case file != "" && url != "":
		return econ.Params{}, "", errors.New("econ: give --params or --url, not both")
	case file != "":
		raw, err := os.ReadFile(file)
		if err != nil {
			return econ.Params{}, "", fmt.Errorf("econ: params: %w", err)
		}
		var lp l1.Params
		dec := json.NewDecoder(strings.NewReader(string(raw)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&lp); err != nil {
			return econ.Params{}, "", fmt.Errorf("econ: params %s: %w", file, err)
		}
		if lp.MinSlash == nil {
			return econ.Params{}, "", fmt.Errorf("econ: params %s: minSlash missing", file)
		}
		return econ.FromL1(lp, audit), "file " + file, nil
	case url != "":
		ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		defer cancel()
		cl, err := client.Dial(ctx, url)
		if err != nil {
			return econ.Params{}, "", fmt.Errorf("econ: %w", err)
		}
		defer cl.Close()
		ci, err := cl.ChainInfo(ctx)
		if err != nil {
			return econ.Params{}, "", fmt.Errorf("econ: %w", err)
		}
		p, err := econ.FromNamed(ci.Contracts.Params, audit)
		if err != nil {
			return econ.Params{}, "", fmt.Errorf("econ: chainInfo of %s: %w", url, err)
		}
		return p, "live parameters of " + url, nil
	}
	return audit.Apply(econ.Defaults()), "defaults", nil
}

func writeEconJSON(w io.Writer, out econOutput) error {
	// JSON has no infinity: an unbounded ratio (nothing to gain) is -1.
	fix := func(f *float64) {
		if math.IsInf(*f, 0) || math.IsNaN(*f) {
			*f = -1
		}
	}
	fix(&out.Report.Min)
	fix(&out.Report.MinMultiplier)
	for i := range out.Report.Rows {
		r := &out.Report.Rows[i]
		for _, f := range []*float64{&r.MinRatio, &r.MeanRatio, &r.SteadyRatio, &r.MCRatio} {
			fix(f)
		}
	}
	for i := range out.Windows {
		fix(&out.Windows[i].MinRatio)
		fix(&out.Windows[i].SteadyRatio)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func printEcon(w io.Writer, out econOutput) {
	p, r := out.Report.Params, out.Report
	fmt.Fprintf(w, "parameters (%s): minSlash %g token, slashMultiplier %g, challengerShareBps %g, window %gs, reveal %gs, inclusion %gs, forfeiture %v\n",
		out.Source, p.MinSlash, p.SlashMultiplier, p.ShareBps, p.DisputeWindow, p.RevealPeriod, p.MaxInclusionDelay, p.Forfeiture)
	fmt.Fprintf(w, "audit: %d auditors at rate %g (P = %.4f), always-check-above %g token\n", p.Auditors, p.SampleRate, p.SampledP(), p.AlwaysCheckAbove)
	fmt.Fprintf(w, "cheater: cost %g × price, skips all work, front-runs its challenge; steady rate %g receipts/s\n\n", r.Cost, r.ReceiptsPerSecond)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "price bucket (token)\tP\tmin ratio\tmean ratio\tMC ratio\tMC profit/receipt\tclosed form\twith forfeiture\tbond per token/s\t")
	for _, row := range r.Rows {
		mcRatio, mcProfit := "-", "-"
		if out.MC > 0 {
			mcRatio, mcProfit = fmtRatio(row.MCRatio), fmt.Sprintf("%.3g ± %.1g", row.MCProfit, row.MCProfitSE)
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%s\t%s\t%s\t%s\t%.3g\t%s\t%.3g\t\n", row.Bucket, row.P, fmtRatio(row.MinRatio), fmtRatio(row.MeanRatio),
			mcRatio, mcProfit, row.CFProfit, fmtRatio(row.SteadyRatio), row.BondPerThroughput)
	}
	tw.Flush()
	verdict := "meets"
	if r.Min < econ.Target {
		verdict = "MISSES"
	}
	fmt.Fprintf(w, "\nleast ratio %s: %s the target of %d. For the target: always-check-above ≤ %.4g token, slashMultiplier ≥ %.3g\n\n",
		fmtRatio(r.Min), verdict, econ.Target, r.RecommendedAlwaysCheckAbove, r.MinMultiplier)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "windows: a steady provider at %g receipts/s priced %g–%g token (log-uniform)\n", r.ReceiptsPerSecond, out.Flow0.Lo, out.Flow0.Hi)
	fmt.Fprintf(tw, "window\tlock time\tmin ratio\tforfeitable\tratio with forfeiture\tbond per receipt/s\tbond per token/s\tfault cost at %g/receipt\t\n", out.FaultRate)
	for _, wr := range out.Windows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.3g\t%s\t%.4g\t%.4g\t%.3g%%\t\n", wr.Window.Name, time.Duration(wr.LockTime*float64(time.Second)),
			fmtRatio(wr.MinRatio), wr.Forfeitable, fmtRatio(wr.SteadyRatio), wr.BondPerReceiptRate, wr.BondPerThroughput, 100*wr.FaultShare)
	}
	tw.Flush()
	if s := out.Simulation; s != nil {
		fmt.Fprintf(w, "\nsimulation (%+v, %s): %d receipts, %d false, %d convictions; gain %.4g, refunded %.4g, forfeited %.4g, slash kept %.4g, downtime %.4g\n",
			*out.Strategy, time.Duration(out.Flow.Horizon*float64(time.Second)), s.Receipts, s.False, s.Convictions, s.Gain, s.Refunded, s.Forfeited, s.SlashKept, s.Downtime)
		fmt.Fprintf(w, "profit vs honest %.4g token, ratio %s, bond needed (max exposure) %.4g token\n", s.ProfitVsHonest, fmtRatio(s.Ratio()), s.MaxExposure)
	}
}

func fmtRatio(f float64) string {
	switch {
	case math.IsInf(f, 1) || f < 0: // JSON writes an unbounded ratio as -1
		return "∞"
	case f == 0:
		return "0"
	case f >= 1e5:
		return fmt.Sprintf("%.2e", f)
	}
	return fmt.Sprintf("%.2f", f)
}
