package main

import (
	"github.com/urfave/cli/v2"

	"github.com/gpuroll/gpuroll/explorer"
)

const explorerEnv = "GPUROLL_EXPLORER"

func explorerFlags() []cli.Flag {
	e := func(n string) []string { return []string{explorerEnv + "_" + n} }
	return append([]cli.Flag{
		&cli.StringFlag{Name: "rpc", EnvVars: e("RPC"), Usage: "the sequencer's HTTP JSON-RPC URL (its WebSocket on the same port gives the live updates, its /store/ the downloads)"},
		&cli.StringFlag{Name: "l1-rpc", EnvVars: e("L1_RPC"), Usage: "the L1 node's JSON-RPC URL (commits, slashes, rejections, escrow)"},
		&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8745", EnvVars: e("ADDR"), Usage: "where the pages are served (put a TLS reverse proxy in front to serve them publicly)"},
		&cli.DurationFlag{Name: "poll", Value: 1e9, EnvVars: e("POLL"), Usage: "how often the sequencer and L1 are read when no notification comes"},
		&cli.DurationFlag{Name: "window", Value: 3600e9, EnvVars: e("WINDOW"), Usage: "recent L2 blocks kept for the throughput chart and the recent lists"},
		&cli.StringFlag{Name: "metrics-addr", EnvVars: e("METRICS_ADDR"), Usage: "serve Prometheus metrics at http://ADDR/metrics (off when empty; e.g. 127.0.0.1:7303)"},
		&cli.IntFlag{Name: "max-blocks", Value: 20_000, EnvVars: e("MAX_BLOCKS"), Usage: "at most this many recent blocks kept"},
	}, logFlags(explorerEnv)...)
}

func explorerCommand() *cli.Command {
	return &cli.Command{
		Name:  "explorer",
		Usage: "serve the market's web explorer: heads, blocks, batches and their dispute windows, providers, jobs, disputes, accounts",
		Description: "The explorer reads everything from the sequencer's API (--rpc) and L1 (--l1-rpc) and keeps only caches; it\n" +
			"changes nothing. A sequencer or L1 that is down is shown as down. Pages update live (new blocks, batches,\n" +
			"slashes) through server-sent events. Every flag has a GPUROLL_EXPLORER_* environment variable.\n\n" +
			"Example:\n" +
			"  gpuroll explorer --rpc http://127.0.0.1:8645 --l1-rpc http://127.0.0.1:8545 --addr 127.0.0.1:8745",
		Flags:  explorerFlags(),
		Action: runExplorer,
	}
}

func runExplorer(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	warnUnknownEnv(log, explorerEnv, explorerFlags())
	if err := requireFlags(c, "rpc", "l1-rpc"); err != nil {
		return err
	}
	svc, err := explorer.New(c.Context, explorer.Config{RPC: c.String("rpc"), L1RPC: c.String("l1-rpc"), Addr: c.String("addr"),
		Poll: c.Duration("poll"), Window: c.Duration("window"), MaxBlocks: c.Int("max-blocks"), MetricsAddr: c.String("metrics-addr"), Logger: log})
	if err != nil {
		return err
	}
	return runLifecycle(c.Context, log, "explorer", svc)
}
