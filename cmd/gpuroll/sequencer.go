package main

import (
	"math/big"

	"github.com/urfave/cli/v2"

	"github.com/gpuroll/gpuroll/sequencer"
	"github.com/gpuroll/gpuroll/sequencer/store"
)

const seqEnv = "GPUROLL_SEQUENCER"

func seqFlags() []cli.Flag {
	e := func(n string) []string { return []string{seqEnv + "_" + n} }
	fs := []cli.Flag{
		&cli.StringFlag{Name: "datadir", Value: "gpuroll-sequencer", EnvVars: e("DATADIR"), Usage: "data directory: L2 state, records, mempool journal, L1 tx state, job-data store"},
		&cli.StringFlag{Name: "l1-rpc", EnvVars: e("L1_RPC"), Usage: "Ethereum node URL (http, https, ws or wss)"},
		&cli.StringFlag{Name: "deployment", EnvVars: e("DEPLOYMENT"), Usage: "the contracts' addresses: the JSON file `gpuroll deploy --out` writes"},
		&cli.StringFlag{Name: "rpc-addr", Value: sequencer.DefaultRPCAddr, EnvVars: e("RPC_ADDR"), Usage: "JSON-RPC listen address (HTTP and WebSocket; the job-data store under /store/)"},
		&cli.StringFlag{Name: "metrics-addr", EnvVars: e("METRICS_ADDR"), Usage: "serve Prometheus metrics at http://ADDR/metrics (off when empty; e.g. 127.0.0.1:7300)"},
		&cli.DurationFlag{Name: "block-time", Value: sequencer.DefaultBlockTime, EnvVars: e("BLOCK_TIME"), Usage: "time between L2 blocks (no empty blocks are made)"},
		&cli.DurationFlag{Name: "batch-interval", Value: sequencer.DefaultBatchInterval, EnvVars: e("BATCH_INTERVAL"), Usage: "seal a batch at most this long after it opened (earlier when its body is full); keep it well under maxInclusionDelay"},
		&cli.Uint64Flag{Name: "l1-confirmations", Value: 1, EnvVars: e("L1_CONFIRMATIONS"), Usage: "L1 blocks (counting its own) before an L1 event is acted on, and before an L1 tx counts as done"},
		&cli.DurationFlag{Name: "l1-poll-interval", Value: sequencer.DefaultL1PollInterval, EnvVars: e("L1_POLL_INTERVAL"), Usage: "time between reads of L1"},
		&cli.Float64Flag{Name: "l1-max-fee-gwei", Value: 500, EnvVars: e("L1_MAX_FEE_GWEI"), Usage: "cap on the L1 maxFeePerGas"},
		&cli.Float64Flag{Name: "l1-max-tip-gwei", Value: 20, EnvVars: e("L1_MAX_TIP_GWEI"), Usage: "cap on the L1 priority fee"},
		&cli.DurationFlag{Name: "l1-resubmit", Value: 30e9, EnvVars: e("L1_RESUBMIT"), Usage: "bump the fees of an L1 tx not mined after this long"},
		&cli.IntFlag{Name: "mempool-max-txs", Value: 100_000, EnvVars: e("MEMPOOL_MAX_TXS"), Usage: "txs the mempool holds at most"},
		&cli.IntFlag{Name: "mempool-max-per-sender", Value: 64, EnvVars: e("MEMPOOL_MAX_PER_SENDER"), Usage: "txs one sender may have waiting"},
		&cli.IntFlag{Name: "max-txs-per-block", Value: sequencer.DefaultMaxTxsPerBlock, EnvVars: e("MAX_TXS_PER_BLOCK"), Usage: "txs one L2 block takes at most"},
		&cli.Int64Flag{Name: "max-request-bytes", Value: sequencer.DefaultMaxRequestBytes, EnvVars: e("MAX_REQUEST_BYTES"), Usage: "largest JSON-RPC request body"},
		&cli.IntFlag{Name: "store-uploads-per-minute", Value: store.DefaultUploadsPerMinute, EnvVars: e("STORE_UPLOADS_PER_MINUTE"), Usage: "job-data uploads one account may make per minute (a job is two: model and input; a receipt one: its trace)"},
		&cli.Int64Flag{Name: "store-bytes-per-minute", Value: store.DefaultBytesPerMinute, EnvVars: e("STORE_BYTES_PER_MINUTE"), Usage: "job-data bytes one account may upload per minute"},
		&cli.IntFlag{Name: "max-batch-items", Value: sequencer.DefaultMaxBatchItems, EnvVars: e("MAX_BATCH_ITEMS"), Usage: "calls in one JSON-RPC batch, txs in one sendRawTransactions"},
	}
	fs = append(fs, keyFlags(seqEnv, "sequencer")...)
	return append(fs, logFlags(seqEnv)...)
}

func sequencerCommand() *cli.Command {
	return &cli.Command{
		Name:  "sequencer",
		Usage: "run the city's sequencer: JSON-RPC API, mempool, block builder, L1 follower, batch poster, job-data store",
		Description: "The sequencer orders L2 txs into blocks, consumes the L1 message queue, seals batches and posts them to the\n" +
			"Rollup, finalizes them after their dispute window, follows guardian rejections, and serves the API at --rpc-addr\n" +
			"(docs/rpc.md). Its key (a keystore file) must be the Rollup's sequencer. Every flag has a GPUROLL_SEQUENCER_*\n" +
			"environment variable. State lives in --datadir: a restart resumes where it stopped.\n\n" +
			"Example:\n" +
			"  GPUROLL_SEQUENCER_PASSWORD=... gpuroll sequencer --l1-rpc http://127.0.0.1:8545 \\\n" +
			"      --deployment deployment.json --keystore keystore/UTC--...",
		Flags:  seqFlags(),
		Action: runSequencer,
	}
}

func gwei(f float64) *big.Int {
	v, _ := new(big.Float).Mul(big.NewFloat(f), big.NewFloat(1e9)).Int(nil)
	return v
}

func runSequencer(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	warnUnknownEnv(log, seqEnv, seqFlags())
	key, err := loadKeystore(c, seqEnv)
	if err != nil {
		return err
	}
	dep, err := loadDeployment(c.String("deployment"))
	if err != nil {
		return err
	}
	cfg := sequencer.Config{
		DataDir: c.String("datadir"), L1RPC: c.String("l1-rpc"), Deployment: dep, Key: key,
		RPCAddr: c.String("rpc-addr"), MetricsAddr: c.String("metrics-addr"),
		BlockTime: c.Duration("block-time"), BatchInterval: c.Duration("batch-interval"),
		L1Confirmations: c.Uint64("l1-confirmations"), L1PollInterval: c.Duration("l1-poll-interval"),
		MaxRequestBytes: c.Int64("max-request-bytes"), MaxBatchItems: c.Int("max-batch-items"),
		MaxTxsPerBlock: c.Int("max-txs-per-block"), Logger: log,
		Store: store.Config{UploadsPerMinute: c.Int("store-uploads-per-minute"), BytesPerMinute: c.Int64("store-bytes-per-minute")},
	}
	cfg.TxMgr.MaxFeeCap, cfg.TxMgr.MaxTipCap = gwei(c.Float64("l1-max-fee-gwei")), gwei(c.Float64("l1-max-tip-gwei"))
	cfg.TxMgr.ResubmitInterval = c.Duration("l1-resubmit")
	cfg.Mempool.MaxTxs, cfg.Mempool.MaxPerSender = c.Int("mempool-max-txs"), c.Int("mempool-max-per-sender")
	svc, err := sequencer.New(c.Context, cfg)
	if err != nil {
		return err
	}
	return runLifecycle(c.Context, log, "sequencer", svc)
}
