package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/gpuroll/gpuroll/provider"
)

const provEnv = "GPUROLL_PROVIDER"

func provEnvs(n string) []string { return []string{provEnv + "_" + n} }

func providerFlags() []cli.Flag {
	e := provEnvs
	fs := []cli.Flag{
		&cli.StringFlag{Name: "datadir", Value: "gpuroll-provider", EnvVars: e("DATADIR"), Usage: "data directory: the provider's records (jobs, receipts, withdrawals), traces not yet receipted, L1 tx state, admin cookie"},
		&cli.StringFlag{Name: "sequencer", EnvVars: e("SEQUENCER"), Usage: "the city's sequencer API, e.g. https://seq.city.example or http://127.0.0.1:8645 (WebSocket on the same port)"},
		&cli.StringFlag{Name: "store", EnvVars: e("STORE"), Usage: "the job-data store's HTTP root (default: the sequencer's, which serves it under /store/)"},
		&cli.StringFlag{Name: "l1-rpc", EnvVars: e("L1_RPC"), Usage: "Ethereum node URL (http, https, ws or wss): bonds, deposits, withdrawals"},
		&cli.StringFlag{Name: "deployment", EnvVars: e("DEPLOYMENT"), Usage: "the contracts' addresses: the JSON file that gpuroll deploy --out writes (the city publishes it)"},
		&cli.StringFlag{Name: "price", EnvVars: e("PRICE"), Usage: "your price in tokens per reference GPU-hour of work (3.6e15 MACs), e.g. 2.5; buyers pay MACs × price ÷ 3.6e15"},
		&cli.StringFlag{Name: "endpoint", EnvVars: e("ENDPOINT"), Usage: "a URL or contact buyers see with your offer (printable ASCII, ≤ 256 bytes)"},
		&cli.IntFlag{Name: "gpu-class", Value: -1, EnvVars: e("GPU_CLASS"), Usage: "the GPU class label registered on L2 (0-255; default: 0 = cpu without GPUs, else the GPUs' CUDA compute capability major)"},
		&cli.StringFlag{Name: "executor", Value: provider.ExecReference, EnvVars: e("EXECUTOR"), Usage: "reference (the CPU reference executor, class cpu) or external (a worker process per GPU, e.g. the CUDA worker)"},
		&cli.StringFlag{Name: "worker", EnvVars: e("WORKER"), Usage: "the external worker's command line, split on spaces, e.g. \"bin/gpuroll-cuda-worker\" (build it with: make cuda-worker)"},
		&cli.StringSliceFlag{Name: "worker-env", EnvVars: e("WORKER_ENV"), Usage: "NAME=VALUE added to the worker's environment (repeat); CUDA_VISIBLE_DEVICES is set per GPU"},
		&cli.IntFlag{Name: "check-leaves", Value: 8, EnvVars: e("CHECK_LEAVES"), Usage: "trace leaves of each external result recomputed on the CPU (-1: all)"},
		&cli.IntFlag{Name: "jobs-per-gpu", Value: 1, EnvVars: e("JOBS_PER_GPU"), Usage: "jobs running at once on one GPU (one worker each)"},
		&cli.IntFlag{Name: "cpu-slots", Value: 1, EnvVars: e("CPU_SLOTS"), Usage: "jobs running at once without GPUs (the reference executor uses every core for one job)"},
		&cli.BoolFlag{Name: "no-nvml", EnvVars: e("NO_NVML"), Usage: "do not look for GPUs (class cpu)"},
		&cli.StringFlag{Name: "nvml-lib", EnvVars: e("NVML_LIB"), Usage: "path of libnvidia-ml.so.1 when it is not on the loader's path"},
		&cli.UintFlag{Name: "max-temp", Value: 87, EnvVars: e("MAX_TEMP"), Usage: "a GPU at or above this temperature (°C) stops taking jobs until it is 5 °C cooler"},
		&cli.DurationFlag{Name: "health-interval", Value: provider.DefaultHealthInterval, EnvVars: e("HEALTH_INTERVAL"), Usage: "time between GPU health checks"},
		&cli.UintFlag{Name: "max-width", EnvVars: e("MAX_WIDTH"), Usage: "reject jobs with a layer wider than this (0: the protocol's 16384)"},
		&cli.UintFlag{Name: "max-rows", EnvVars: e("MAX_ROWS"), Usage: "reject jobs with more input rows (0: 65536)"},
		&cli.UintFlag{Name: "max-layers", EnvVars: e("MAX_LAYERS"), Usage: "reject jobs with more layers (0: 256)"},
		&cli.Uint64Flag{Name: "max-macs", EnvVars: e("MAX_MACS"), Usage: "reject jobs of more multiply-accumulates (0: no limit but the protocol's)"},
		&cli.StringFlag{Name: "bond", EnvVars: e("BOND"), Usage: "tokens to have bonded on L1 (bonds the difference at start; each receipt's slash amount must be covered)"},
		&cli.StringFlag{Name: "max-bond", EnvVars: e("MAX_BOND"), Usage: "top the bond up automatically, up to this many tokens, when receipts need it (default: pause and say how much to bond)"},
		&cli.StringFlag{Name: "fee-reserve", Value: "1", EnvVars: e("FEE_RESERVE"), Usage: "tokens kept on L2 for tx fees (withdrawals leave it)"},
		&cli.StringFlag{Name: "fee-deposit", EnvVars: e("FEE_DEPOSIT"), Usage: "tokens deposited from L1 at start when the L2 balance is below --fee-reserve"},
		&cli.StringFlag{Name: "max-l2-fee", Value: "0.01", EnvVars: e("MAX_L2_FEE"), Usage: "the most one L2 tx may cost, tokens"},
		&cli.StringFlag{Name: "withdraw-min", EnvVars: e("WITHDRAW_MIN"), Usage: "withdraw earnings to L1 whenever the L2 balance exceeds --fee-reserve by this many tokens (default: keep them on L2)"},
		&cli.StringFlag{Name: "withdraw-to", EnvVars: e("WITHDRAW_TO"), Usage: "the L1 address that receives withdrawn earnings (default: the provider's own)"},
		&cli.StringFlag{Name: "status-addr", Value: provider.DefaultStatusAddr, EnvVars: e("STATUS_ADDR"), Usage: "serve /status, /metrics (Prometheus) and /healthz here (\"-\": off)"},
		&cli.DurationFlag{Name: "poll-interval", Value: provider.DefaultPollInterval, EnvVars: e("POLL_INTERVAL"), Usage: "time between polls of pending jobs, receipts, bond and earnings"},
		&cli.DurationFlag{Name: "tx-poll-interval", Value: provider.DefaultTxPollInterval, EnvVars: e("TX_POLL_INTERVAL"), Usage: "time between status reads of an L2 tx being followed"},
		&cli.DurationFlag{Name: "queue-timeout", Value: provider.DefaultQueueTimeout, EnvVars: e("QUEUE_TIMEOUT"), Usage: "reject a job (over capacity) that waited this long for a healthy GPU"},
		&cli.DurationFlag{Name: "shutdown-grace", Value: provider.DefaultShutdownGrace, EnvVars: e("SHUTDOWN_GRACE"), Usage: "on SIGTERM, let running jobs finish and post their receipts for this long"},
		&cli.BoolFlag{Name: "hand-back-on-stop", EnvVars: e("HAND_BACK_ON_STOP"), Usage: "on SIGTERM, reject the jobs not done (buyers are refunded) instead of resuming them at the next start"},
		&cli.Float64Flag{Name: "l1-max-fee-gwei", Value: 500, EnvVars: e("L1_MAX_FEE_GWEI"), Usage: "cap on the L1 maxFeePerGas"},
		&cli.Float64Flag{Name: "l1-max-tip-gwei", Value: 20, EnvVars: e("L1_MAX_TIP_GWEI"), Usage: "cap on the L1 priority fee"},
		&cli.DurationFlag{Name: "l1-resubmit", Value: 30 * time.Second, EnvVars: e("L1_RESUBMIT"), Usage: "bump the fees of an L1 tx not mined after this long"},
		&cli.Uint64Flag{Name: "l1-confirmations", Value: 1, EnvVars: e("L1_CONFIRMATIONS"), Usage: "L1 blocks (counting its own) before an L1 tx counts as done"},
	}
	fs = append(fs, keyFlags(provEnv, "provider")...)
	return append(fs, logFlags(provEnv)...)
}

const providerDescription = `The provider runs jobs on your GPUs and is paid for each receipt once its batch is final on L1.

Step by step (docs/provider.md has the details):
  1. Get the city's deployment file (deployment.json) and its sequencer URL, and an Ethereum node URL.
  2. Make a key:  gpuroll wallet new --dir keystore
     It is your L1 account (it holds tokens and the bond) and your L2 identity (it signs receipts).
     Put compute tokens and a little ETH for gas on its address.
  3. Check your GPUs:  gpuroll provider gpus
     Without NVML (no NVIDIA driver) the provider says so and offers the CPU reference executor as class cpu.
     For GPUs build the CUDA worker (make cuda-worker) and run with --executor external --worker bin/gpuroll-cuda-worker.
  4. Run it:
       GPUROLL_PROVIDER_PASSWORD=... gpuroll provider \
         --sequencer https://seq.city.example --l1-rpc https://eth.example --deployment deployment.json \
         --keystore keystore/UTC--... --price 2.5 --bond 100 --fee-deposit 5 --withdraw-min 50
     It bonds up to --bond on L1, deposits --fee-deposit to L2 for fees, registers your offer, and runs the
     jobs assigned to you. Each receipt's slash amount must be covered by the bond: when it is not, new work
     pauses and the status says how much to bond (gpuroll provider bond --amount N), or set --max-bond.
  5. Watch it:  gpuroll provider status   (GPUs, health, queue, jobs, bond and exposure, earnings)
     Prometheus metrics: http://--status-addr/metrics.
Every flag has a GPUROLL_PROVIDER_* environment variable. The password comes from --password-file or
GPUROLL_PROVIDER_PASSWORD, never from the command line. Stop with SIGTERM (Ctrl-C): running jobs finish and
post their receipts; a job cut short resumes at the next start and is receipted exactly once.`

func providerCommand() *cli.Command {
	return &cli.Command{
		Name:        "provider",
		Usage:       "run a GPU provider: bond, register, execute jobs, post receipts, withdraw earnings",
		Description: providerDescription,
		Flags:       providerFlags(),
		Action:      runProvider,
		Subcommands: []*cli.Command{
			{
				Name:  "status",
				Usage: "show a provider's GPUs, health, queue, jobs, bond and exposure, earnings",
				Description: "Reads the running provider's status endpoint (--status-addr, or the address it wrote into --datadir);\n" +
					"when it is not running, reads its records in --datadir.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "datadir", Value: "gpuroll-provider", EnvVars: provEnvs("DATADIR"), Usage: "the provider's data directory"},
					&cli.StringFlag{Name: "status-addr", EnvVars: provEnvs("STATUS_ADDR"), Usage: "the status endpoint (default: the one in --datadir)"},
					&cli.BoolFlag{Name: "json", Usage: "print the status as JSON"},
				},
				Action: providerStatus,
			},
			{
				Name:  "bond",
				Usage: "bond more tokens on L1 through the running provider (a top-up)",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "datadir", Value: "gpuroll-provider", EnvVars: provEnvs("DATADIR"), Usage: "the running provider's data directory (its admin cookie is there)"},
					&cli.StringFlag{Name: "amount", Required: true, Usage: "tokens to add to the bond, e.g. 10 or 1.5"},
				},
				Action: func(c *cli.Context) error {
					amount, err := provider.ParseTokens(c.String("amount"))
					if err != nil || amount.Sign() == 0 {
						return fmt.Errorf("--amount: %v", errOr(err, "must be above 0"))
					}
					ctx, cancel := context.WithTimeout(c.Context, 15*time.Minute)
					defer cancel()
					out, err := provider.AdminBond(ctx, c.String("datadir"), amount)
					if err != nil {
						return fmt.Errorf("bond: %w", err)
					}
					fmt.Fprintln(c.App.Writer, out)
					return nil
				},
			},
			{
				Name:  "gpus",
				Usage: "list the GPUs NVML finds, with their health (or say plainly that there is no NVML)",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "nvml-lib", EnvVars: provEnvs("NVML_LIB"), Usage: "path of libnvidia-ml.so.1"},
					&cli.UintFlag{Name: "max-temp", Value: 87, EnvVars: provEnvs("MAX_TEMP"), Usage: "temperature limit, °C"},
				},
				Action: providerGPUs,
			},
		},
	}
}

func errOr(err error, msg string) error {
	if err != nil {
		return err
	}
	return errors.New(msg)
}

// tokenFlag parses an optional amount of tokens.
func tokenFlag(c *cli.Context, name string) (*big.Int, error) {
	s := c.String(name)
	if s == "" {
		return nil, nil
	}
	v, err := provider.ParseTokens(s)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", name, err)
	}
	return v, nil
}

func nvmlLib(path string) nvml.Interface {
	if path == "" {
		return nil
	}
	return nvml.New(nvml.WithLibraryPath(path))
}

func providerConfig(c *cli.Context) (provider.Config, error) {
	var errs []error
	cfg := provider.Config{
		DataDir: c.String("datadir"), SequencerURL: c.String("sequencer"), StoreURL: c.String("store"), L1RPC: c.String("l1-rpc"),
		Endpoint: c.String("endpoint"), Executor: c.String("executor"), WorkerEnv: c.StringSlice("worker-env"),
		CheckLeaves: c.Int("check-leaves"), JobsPerGPU: c.Int("jobs-per-gpu"), CPUSlots: c.Int("cpu-slots"),
		NoNVML: c.Bool("no-nvml"), NVML: nvmlLib(c.String("nvml-lib")), HealthInterval: c.Duration("health-interval"),
		StatusAddr: c.String("status-addr"), PollInterval: c.Duration("poll-interval"), TxPollInterval: c.Duration("tx-poll-interval"),
		QueueTimeout: c.Duration("queue-timeout"), ShutdownGrace: c.Duration("shutdown-grace"), HandBackOnStop: c.Bool("hand-back-on-stop"),
	}
	if c.Int("check-leaves") == 0 {
		errs = append(errs, errors.New("--check-leaves 0: check at least one leaf (or -1 for all)"))
	}
	if w := strings.Fields(c.String("worker")); len(w) > 0 {
		cfg.WorkerCommand = w
	}
	if cl := c.Int("gpu-class"); cl >= 0 {
		if cl > 255 {
			errs = append(errs, fmt.Errorf("--gpu-class %d: 0..255", cl))
		}
		v := uint8(cl)
		cfg.GPUClass = &v
	}
	mt := c.Uint("max-temp")
	if mt > 255 {
		errs = append(errs, fmt.Errorf("--max-temp %d °C", mt))
	}
	cfg.Health.MaxTemperatureC = uint32(mt)
	cfg.Limits = provider.Limits{MaxWidth: uint32(c.Uint("max-width")), MaxRows: uint32(c.Uint("max-rows")),
		MaxLayers: uint32(c.Uint("max-layers")), MaxMACs: c.Uint64("max-macs")}
	price, err := tokenFlag(c, "price")
	if err != nil {
		errs = append(errs, err)
	} else if price != nil {
		cfg.Price, _ = uint256.FromBig(price)
	}
	for _, a := range []struct {
		name string
		dst  **big.Int
	}{{"bond", &cfg.Bond}, {"max-bond", &cfg.MaxBond}, {"fee-reserve", &cfg.FeeReserve}, {"fee-deposit", &cfg.FeeDeposit}, {"withdraw-min", &cfg.WithdrawMin}} {
		v, err := tokenFlag(c, a.name)
		if err != nil {
			errs = append(errs, err)
		}
		*a.dst = v
	}
	if v, err := tokenFlag(c, "max-l2-fee"); err != nil {
		errs = append(errs, err)
	} else if v != nil {
		cfg.MaxL2Fee, _ = uint256.FromBig(v)
	}
	if to := c.String("withdraw-to"); to != "" {
		if !common.IsHexAddress(to) {
			errs = append(errs, fmt.Errorf("--withdraw-to %q is not an address", to))
		} else {
			cfg.WithdrawTo = common.HexToAddress(to)
		}
	}
	cfg.TxMgr.MaxFeeCap, cfg.TxMgr.MaxTipCap = gwei(c.Float64("l1-max-fee-gwei")), gwei(c.Float64("l1-max-tip-gwei"))
	cfg.TxMgr.ResubmitInterval = c.Duration("l1-resubmit")
	cfg.TxMgr.Confirmations = c.Uint64("l1-confirmations")
	return cfg, errors.Join(errs...)
}

func runProvider(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("unknown argument %q (subcommands: status, bond, gpus)", c.Args().First())
	}
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	warnUnknownEnv(log, provEnv, providerFlags())
	cfg, err := providerConfig(c)
	if err != nil {
		return err
	}
	if cfg.Key, err = loadKeystore(c, provEnv); err != nil {
		return err
	}
	if cfg.Deployment, err = loadDeployment(c.String("deployment")); err != nil {
		return err
	}
	cfg.Logger = log
	svc, err := provider.New(c.Context, cfg)
	if err != nil {
		return err
	}
	return runLifecycle(c.Context, log, "provider", svc)
}

func providerStatus(c *cli.Context) error {
	ctx, cancel := context.WithTimeout(c.Context, 10*time.Second)
	defer cancel()
	dir := c.String("datadir")
	addr := c.String("status-addr")
	if addr == "" {
		if b, err := os.ReadFile(filepath.Join(dir, provider.StatusAddrFile)); err == nil {
			addr = strings.TrimSpace(string(b))
		}
	}
	var st *provider.Status
	var liveErr error
	if addr != "" && addr != "-" {
		st, liveErr = provider.FetchStatus(ctx, "http://"+addr)
	}
	if st == nil {
		var err error
		if st, err = provider.ReadStatus(dir); err != nil {
			if liveErr != nil {
				return fmt.Errorf("status: the provider does not answer on %s (%v), and its records in %s cannot be read: %w", addr, liveErr, dir, err)
			}
			return fmt.Errorf("status: %w", err)
		}
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	printStatus(c.App.Writer, st)
	return nil
}

func printStatus(w io.Writer, st *provider.Status) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	src := "running provider"
	if !st.Live {
		src = "records (the provider is not running)"
	}
	fmt.Fprintf(tw, "provider\t%s\t(%s)\n", st.Address, src)
	if st.Live {
		fmt.Fprintf(tw, "phase\t%s\n", st.Phase)
		fmt.Fprintf(tw, "class\t%d\t%s\n", st.Class, st.ClassStr)
		fmt.Fprintf(tw, "NVML\t%s\n", st.NVML)
	}
	for _, g := range st.GPUs {
		h := "healthy"
		if !g.Health.Healthy {
			h = "OUT OF SERVICE: " + g.Health.Reason
		}
		fmt.Fprintf(tw, "GPU %d\t%s %s, %d GiB, sm %s\t%d °C, %d%% busy\t%s\n", g.Index, g.UUID, g.Name, g.MemoryBytes>>30,
			g.ComputeCapability(), g.Health.TemperatureC, g.Health.UtilizationPercent, h)
	}
	fmt.Fprintf(tw, "jobs\tqueued %d, running %d, done %d, rejected %d, failed %d (slashed %d)\n", st.Queue, st.Running, st.Done, st.Rejected, st.Failed, st.Slashed)
	if st.Live {
		fmt.Fprintf(tw, "bond\t%s tokens (L2 mirror; %s on L1), exposure %s\n", provider.FormatTokens(st.Bond), provider.FormatTokens(st.L1Bonded), provider.FormatTokens(st.Exposure))
		fmt.Fprintf(tw, "L2 balance\t%s tokens\n", provider.FormatTokens(st.L2Bal))
	}
	if st.Paused {
		fmt.Fprintf(tw, "PAUSED\t%s\n", st.PauseReason)
	}
	fmt.Fprintf(tw, "earnings\tpending %s, released %s, withdrawn to L1 %s tokens\n", provider.FormatTokens(st.EarningsPending),
		provider.FormatTokens(st.EarningsReleased), provider.FormatTokens(st.Withdrawn))
	tw.Flush()
	if len(st.Jobs) > 0 {
		fmt.Fprintln(w)
		tw = tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "JOB\tSTATE\tSEEN\tGPU\tEXEC\tLATENCY\tNOTE")
		for _, j := range st.Jobs {
			note := j.Error
			if j.Reason != 0 {
				note = fmt.Sprintf("reason %d %s: %s", j.Reason, provider.ReasonText(j.Reason), j.Error)
			}
			lat := ""
			if j.LatencyMS > 0 {
				lat = (time.Duration(j.LatencyMS) * time.Millisecond).String()
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%dms\t%s\t%s\n", j.ID.Hex()[:18], j.State, j.SeenAt.Format(time.RFC3339), j.GPU, j.ExecMS, lat, note)
		}
		tw.Flush()
	}
}

func providerGPUs(c *cli.Context) error {
	g, err := provider.OpenGPUs(nvmlLib(c.String("nvml-lib")), provider.HealthLimits{MaxTemperatureC: uint32(c.Uint("max-temp"))}, nil)
	if err != nil {
		if errors.Is(err, provider.ErrNoNVML) || errors.Is(err, provider.ErrNoGPUs) {
			fmt.Fprintf(c.App.Writer, "no GPU: %v\nthe provider would offer the CPU reference executor as class cpu\n", err)
			return nil
		}
		return err
	}
	defer g.Close()
	g.Check()
	hs := g.Health()
	tw := tabwriter.NewWriter(c.App.Writer, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "driver\t%s\n", g.Driver())
	for i, info := range g.Info() {
		h := "healthy"
		if !hs[i].Healthy {
			h = "OUT OF SERVICE: " + hs[i].Reason
		}
		fmt.Fprintf(tw, "GPU %d\t%s\t%s\t%d MiB\tsm %s\t%d °C\t%s\n", i, info.UUID, info.Name, info.MemoryBytes>>20, info.ComputeCapability(), hs[i].TemperatureC, h)
	}
	return tw.Flush()
}
