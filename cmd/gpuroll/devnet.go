package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	gnarklog "github.com/consensys/gnark/logger"
	"github.com/urfave/cli/v2"

	"github.com/gpuroll/gpuroll/devnet"
)

const devnetEnv = "GPUROLL_DEVNET"

func devnetFlags() []cli.Flag {
	e := func(n string) []string { return []string{devnetEnv + "_" + n} }
	fs := []cli.Flag{
		&cli.StringFlag{Name: "datadir", EnvVars: e("DATADIR"), Usage: "everything the devnet keeps: L1 chain, keystores, services' state (default ~/.gpuroll/devnet); the same directory continues the same chain"},
		&cli.BoolFlag{Name: "reset", EnvVars: e("RESET"), Usage: "delete the devnet in --datadir first and start a new chain (the cached fraud-proof keys stay)"},
		&cli.StringFlag{Name: "l1-rpc", EnvVars: e("L1_RPC"), Usage: "use this dev node (geth --dev, anvil) instead of the embedded L1; its first unlocked account funds the dev keys"},
		&cli.IntFlag{Name: "l1-port", Value: 8545, EnvVars: e("L1_PORT"), Usage: "the embedded L1's JSON-RPC port on 127.0.0.1"},
		&cli.StringFlag{Name: "rpc-addr", Value: "127.0.0.1:8645", EnvVars: e("RPC_ADDR"), Usage: "the sequencer's API (HTTP and WebSocket, the job-data store under /store/)"},
		&cli.StringFlag{Name: "explorer-addr", Value: "127.0.0.1:8745", EnvVars: e("EXPLORER_ADDR"), Usage: "the web explorer's address (\"-\": none)"},
		&cli.IntFlag{Name: "providers", Value: 2, EnvVars: e("PROVIDERS"), Usage: "honest providers (CPU reference executor), 0-16"},
		&cli.BoolFlag{Name: "dishonest", EnvVars: e("DISHONEST"), Usage: "add a provider that falsifies one output of its first job and every second one after: watch the challenger prove it false and slash it on L1"},
		&cli.IntFlag{Name: "buyers", Value: 1, EnvVars: e("BUYERS"), Usage: "buyers submitting jobs (0-16; 0: only what you send with gpuroll wallet)"},
		&cli.DurationFlag{Name: "job-every", Value: 5e9, EnvVars: e("JOB_EVERY"), Usage: "each buyer submits a job this often, round robin over the providers"},
		&cli.DurationFlag{Name: "dispute-window", Value: 30e9, EnvVars: e("DISPUTE_WINDOW"), Usage: "a batch is final (its receipts paid) this long after it is posted, unless a fraud proof lands"},
		&cli.DurationFlag{Name: "reveal-period", Value: 15e9, EnvVars: e("REVEAL_PERIOD"), Usage: "time a challenger has to reveal a committed fraud proof"},
		&cli.DurationFlag{Name: "max-inclusion-delay", Value: 120e9, EnvVars: e("MAX_INCLUSION_DELAY"), Usage: "an L1 deposit or forced tx must be in a batch within this"},
		&cli.DurationFlag{Name: "block-time", Value: 250e6, EnvVars: e("BLOCK_TIME"), Usage: "time between L2 blocks"},
		&cli.DurationFlag{Name: "duration", EnvVars: e("DURATION"), Usage: "stop after this long (default: run until SIGINT/SIGTERM)"},
	}
	return append(fs,
		&cli.StringFlag{Name: "log-level", Value: "warn", EnvVars: e("LOG_LEVEL"), Usage: "services' log level on stderr: debug, info, warn or error (the summary goes to stdout)"},
		&cli.StringFlag{Name: "log-format", Value: "text", EnvVars: e("LOG_FORMAT"), Usage: "text or json"},
	)
}

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run the whole market in one process: L1, contracts, sequencer, providers, a challenger and buyers",
		Description: "The devnet starts an embedded L1 (go-ethereum in dev mode on 127.0.0.1:--l1-port; or uses --l1-rpc), deploys\n" +
			"the contracts with the dev fraud-proof verifiers, and runs the sequencer, --providers honest providers (plus a\n" +
			"dishonest one with --dishonest), a challenger that samples every receipt and holds the guardian key, and\n" +
			"--buyers buyers that deposit, lease and submit real jobs. It prints what happens: batches posted and final, jobs\n" +
			"receipted and paid, false receipts proven and slashed on L1. The dev keys' keystores (password \"devnet\") are in\n" +
			"--datadir/keystore, so `gpuroll wallet` in another terminal can act as any role. Windows are short (seconds),\n" +
			"and the fraud-proof keys come from an insecure dev setup: a devnet is for watching and testing, never for value.\n" +
			"Every flag has a GPUROLL_DEVNET_* environment variable.\n\n" +
			"Examples:\n" +
			"  gpuroll devnet --dishonest\n" +
			"  gpuroll devnet --l1-rpc http://127.0.0.1:8545 --datadir /tmp/devnet-geth   # on geth --dev",
		Flags:  devnetFlags(),
		Action: runDevnet,
	}
}

func runDevnet(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	warnUnknownEnv(log, devnetEnv, devnetFlags())
	dir := c.String("datadir")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return fmt.Errorf("no --datadir and no home directory: %w", err)
		}
		dir = filepath.Join(home, ".gpuroll", "devnet")
	}
	if c.Bool("reset") {
		if err := resetDevnet(dir); err != nil {
			return err
		}
	}
	cfg := devnet.Config{
		DataDir: dir, L1RPC: c.String("l1-rpc"), L1Port: c.Int("l1-port"), RPCAddr: c.String("rpc-addr"), ExplorerAddr: c.String("explorer-addr"),
		Providers: c.Int("providers"), Dishonest: c.Bool("dishonest"), Buyers: c.Int("buyers"), JobEvery: c.Duration("job-every"),
		DisputeWindow: c.Duration("dispute-window"), RevealPeriod: c.Duration("reveal-period"),
		MaxInclusionDelay: c.Duration("max-inclusion-delay"), BlockTime: c.Duration("block-time"),
		Out: c.App.Writer, Logger: log,
	}
	if cfg.Providers == 0 && !cfg.Dishonest {
		// devnet.Config reads 0 as its default; say what was asked.
		return errors.New("--providers 0 without --dishonest: the market needs a provider")
	}
	// gnark logs each step of the dev setup in colour on stdout, where
	// the summary goes; the devnet says what it is doing instead.
	gnarklog.Disable()
	// A signal during the setup (keys, deploy) ends it cleanly too.
	ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
	d, err := devnet.New(ctx, cfg)
	stop()
	if err != nil {
		return err
	}
	runCtx := c.Context
	if dur := c.Duration("duration"); dur > 0 {
		var cancel context.CancelFunc
		runCtx, cancel = context.WithTimeoutCause(c.Context, dur, fmt.Errorf("--duration %s elapsed", dur))
		defer cancel()
	}
	return runLifecycle(runCtx, log, "devnet", d)
}

// resetDevnet deletes a devnet (but its cached fraud-proof keys), and only
// in a directory that holds one (its devnet.json), so a mistyped --datadir
// deletes nothing else.
func resetDevnet(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "devnet.json")); errors.Is(err, os.ErrNotExist) {
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			return fmt.Errorf("--reset: %s is not a devnet's directory (no devnet.json): not deleting it", dir)
		}
		return nil
	}
	// The fraud-proof keys do not depend on the chain: keep them, so a
	// reset does not run the dev setup again.
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("--reset: %w", err)
	}
	for _, e := range entries {
		if e.Name() == "circuit" {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			return fmt.Errorf("--reset: %w", err)
		}
	}
	return nil
}
