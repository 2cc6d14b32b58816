package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/gpuroll/gpuroll/loadgen"
)

const loadgenEnv = "GPUROLL_LOADGEN"

func loadgenFlags() []cli.Flag {
	e := func(n string) []string { return []string{loadgenEnv + "_" + n} }
	fs := []cli.Flag{
		&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8645", EnvVars: e("RPC"), Usage: "the sequencer's HTTP JSON-RPC URL (txs are sent here)"},
		&cli.StringFlag{Name: "ws", Value: "ws://127.0.0.1:8645", EnvVars: e("WS"), Usage: "the sequencer's WebSocket URL (the newBlocks subscription that times inclusion)"},
		&cli.BoolFlag{Name: "allow-remote", EnvVars: e("ALLOW_REMOTE"), Usage: "allow URLs that are not this machine's loopback (only load a sequencer you run)"},
		&cli.StringFlag{Name: "funder-keystore", EnvVars: e("FUNDER_KEYSTORE"), Usage: "keystore file of the funder: its L2 balance funds the wallets (deposit on L1 first)"},
		&cli.StringFlag{Name: "password-file", EnvVars: e("PASSWORD_FILE"), Usage: "file whose first line is the funder keystore's password (or set " + loadgenEnv + "_PASSWORD)"},
		&cli.StringFlag{Name: "seed", Value: loadgen.DefaultSeed, EnvVars: e("SEED"), Usage: "derives the wallets' keys: the same seed reuses the same wallets (and their balances)"},
		&cli.IntFlag{Name: "wallets", Value: loadgen.DefaultWallets, EnvVars: e("WALLETS"), Usage: "wallets that send; at least the backlog ÷ the mempool's per-sender limit (64)"},
		&cli.DurationFlag{Name: "duration", Value: loadgen.DefaultDuration, EnvVars: e("DURATION"), Usage: "stop sending after this long"},
		&cli.IntFlag{Name: "count", Value: loadgen.DefaultCount, EnvVars: e("COUNT"), Usage: "stop sending after this many txs (all are signed before the timer starts)"},
		&cli.Float64Flag{Name: "rate", EnvVars: e("RATE"), Usage: "target txs per second; 0 sends as fast as the sequencer answers"},
		&cli.IntFlag{Name: "batch", Value: loadgen.DefaultBatch, EnvVars: e("BATCH"), Usage: "txs per gpuroll_sendRawTransactions call (the sequencer takes at most --max-batch-items)"},
		&cli.IntFlag{Name: "conns", Value: loadgen.DefaultConns, EnvVars: e("CONNS"), Usage: "HTTP connections sending at once (one batch in flight each)"},
		&cli.StringFlag{Name: "amount", Value: "1000000000", EnvVars: e("AMOUNT"), Usage: "wei each Transfer moves"},
		&cli.StringFlag{Name: "fund-each", EnvVars: e("FUND_EACH"), Usage: "wei each wallet is topped up to (default: its txs at maxFee plus 10%)"},
		&cli.DurationFlag{Name: "drain", Value: loadgen.DefaultDrain, EnvVars: e("DRAIN"), Usage: "after sending, wait at most this long for the accepted txs to be included"},
		&cli.DurationFlag{Name: "trim", EnvVars: e("TRIM"), Usage: "cut from both ends of the sending phase for the sustained rates (default 10%, at least 1 s)"},
		&cli.BoolFlag{Name: "per-second", EnvVars: e("PER_SECOND"), Usage: "also print the accepted and included txs of each second"},
		&cli.StringFlag{Name: "json", EnvVars: e("JSON"), Usage: "also write the result as JSON to this file"},
	}
	return append(fs, logFlags(loadgenEnv)...)
}

func loadgenCommand() *cli.Command {
	return &cli.Command{
		Name:  "loadgen",
		Usage: "load a sequencer on this machine with signed Transfers and measure it (accepted tx/s, ack and inclusion latency)",
		Description: "Derives --wallets wallets from --seed, tops them up from the funder's L2 balance (L2 Transfers in rounds,\n" +
			"each included before the next), signs every Transfer of the run, then sends them through\n" +
			"gpuroll_sendRawTransactions in batches of --batch over --conns keep-alive HTTP connections, at --rate tx/s or\n" +
			"as fast as the sequencer answers, until --duration or --count (whichever comes first). It prints accepted\n" +
			"tx/s (overall and over the steady middle of the run), refusals by code (docs/rpc.md), the acknowledgement\n" +
			"latency (a batch's answer) and the inclusion latency (answer to the newBlocks notification of the block\n" +
			"holding the tx) with p50/p99/max. It refuses URLs that are not loopback unless --allow-remote. Every flag\n" +
			"has a GPUROLL_LOADGEN_* environment variable.\n\n" +
			"Example:\n" +
			"  GPUROLL_LOADGEN_PASSWORD=... gpuroll loadgen --funder-keystore keystore/UTC--... \\\n" +
			"      --wallets 2000 --duration 20s --count 200000 --rate 6000 --batch 100 --conns 4",
		Flags:  loadgenFlags(),
		Action: runLoadgen,
	}
}

func parseWei(name, s string) (*uint256.Int, error) {
	if s == "" {
		return nil, nil
	}
	b, ok := new(big.Int).SetString(s, 0)
	if !ok || b.Sign() <= 0 {
		return nil, fmt.Errorf("--%s %q: want a positive amount of wei", name, s)
	}
	v, overflow := uint256.FromBig(b)
	if overflow {
		return nil, fmt.Errorf("--%s %q does not fit 256 bits", name, s)
	}
	return v, nil
}

func runLoadgen(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	warnUnknownEnv(log, loadgenEnv, loadgenFlags())
	for _, u := range []string{c.String("rpc"), c.String("ws")} {
		if err := loadgen.CheckLoopback(u, c.Bool("allow-remote")); errors.Is(err, loadgen.ErrNotLoopback) {
			return fmt.Errorf("%s: %w (--allow-remote loads it anyway)", u, err)
		} else if err != nil {
			return err
		}
	}
	path := c.String("funder-keystore")
	if path == "" {
		return fmt.Errorf("no funder: give --funder-keystore FILE (or %s_FUNDER_KEYSTORE)", loadgenEnv)
	}
	pw, err := readPassword(c.String("password-file"), loadgenEnv+"_PASSWORD")
	if err != nil {
		return err
	}
	key, err := decryptKeystore(path, pw)
	if err != nil {
		return err
	}
	amount, err := parseWei("amount", c.String("amount"))
	if err != nil {
		return err
	}
	each, err := parseWei("fund-each", c.String("fund-each"))
	if err != nil {
		return err
	}
	res, err := loadgen.Run(c.Context, loadgen.Config{
		RPC: c.String("rpc"), WS: c.String("ws"), AllowRemote: c.Bool("allow-remote"), Funder: key, Seed: c.String("seed"),
		Wallets: c.Int("wallets"), Duration: c.Duration("duration"), Count: c.Int("count"), Rate: c.Float64("rate"),
		Batch: c.Int("batch"), Conns: c.Int("conns"), Amount: amount, FundEach: each, Drain: c.Duration("drain"),
		Trim: c.Duration("trim"), Log: log,
	})
	if res != nil {
		res.WriteTable(c.App.Writer)
		if c.Bool("per-second") {
			res.WritePerSecond(c.App.Writer)
		}
		if p := c.String("json"); p != "" {
			b, jerr := json.MarshalIndent(res, "", "  ")
			if jerr == nil {
				jerr = os.WriteFile(p, b, 0o644)
			}
			if jerr != nil {
				return fmt.Errorf("write %s: %w", p, jerr)
			}
		}
	}
	return err
}
