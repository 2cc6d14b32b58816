package sequencer

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"time"

	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/sequencer/mempool"
	"github.com/gpuroll/gpuroll/sequencer/store"
)

// Config is everything a sequencer needs. Build it from flags (cmd) or as
// a literal (tests); New validates it with Check first.
type Config struct {
	// DataDir holds the L2 state, the sequencer's records, the mempool's
	// journal, the tx manager's state file and the job-data store.
	DataDir string
	// L1RPC is the Ethereum node's URL (http(s) or ws(s)).
	L1RPC string
	// Deployment is the deployed contracts (`gpuroll deploy --out`).
	Deployment *l1.Addresses
	// Key is the sequencer's L1 key: it posts batches and receives the L2
	// fees, so its address must be the Rollup's sequencer parameter.
	Key *ecdsa.PrivateKey

	// RPCAddr is the JSON-RPC listen address (HTTP and WebSocket on one
	// port; the store under /store/). Loopback by default.
	RPCAddr string
	// MetricsAddr serves Prometheus metrics at /metrics; empty: off.
	MetricsAddr string

	// BlockTime between L2 blocks (default 1 s).
	BlockTime time.Duration
	// BatchInterval: a batch is sealed at most this long after it opened
	// (default 30 s), or earlier when its body is full. It must stay well
	// under the Rollup's maxInclusionDelay (checked at start: at most a
	// third of it), or L1 messages could become overdue.
	BatchInterval time.Duration
	// L1Confirmations: L1 blocks an event must have (counting its own)
	// before the sequencer acts on it (default 1). Reorgs shallower than
	// this are never seen.
	L1Confirmations uint64
	// L1PollInterval between reads of L1 (default 2 s).
	L1PollInterval time.Duration
	// L1Timeout bounds every L1 call (default 20 s).
	L1Timeout time.Duration

	// TxMgr tunes the L1 transaction manager (key, state path and logger
	// are filled in by New).
	TxMgr l1.TxManagerConfig
	// Mempool limits (journal path and hooks are filled in by New).
	Mempool mempool.Config
	// Store limits (directory and auth hooks are filled in by New).
	Store store.Config

	// MaxRequestBytes bounds one HTTP request body (default 5 MiB); a
	// JSON-RPC batch holds at most MaxBatchItems calls (default 1000).
	MaxRequestBytes int64
	MaxBatchItems   int
	// MaxTxsPerBlock bounds the txs one block takes (default 20,000).
	MaxTxsPerBlock int

	Logger *slog.Logger
}

// Defaults.
const (
	DefaultRPCAddr         = "127.0.0.1:8645"
	DefaultBlockTime       = time.Second
	DefaultBatchInterval   = 30 * time.Second
	DefaultL1PollInterval  = 2 * time.Second
	DefaultL1Timeout       = 20 * time.Second
	DefaultMaxRequestBytes = 5 << 20
	DefaultMaxBatchItems   = 1000
	DefaultMaxTxsPerBlock  = 20_000
)

var (
	ErrNoDataDir    = errors.New("sequencer: no data directory")
	ErrNoL1RPC      = errors.New("sequencer: no L1 RPC URL")
	ErrNoDeployment = errors.New("sequencer: no deployment (the addresses `gpuroll deploy --out` writes)")
	ErrNoKey        = errors.New("sequencer: no L1 key")
)

// Check validates c and fills in defaults. Every problem is reported at
// once.
func (c *Config) Check() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, ErrNoDataDir)
	}
	if c.L1RPC == "" {
		errs = append(errs, ErrNoL1RPC)
	}
	if c.Deployment == nil || c.Deployment.Rollup == (l1.Addresses{}).Rollup {
		errs = append(errs, ErrNoDeployment)
	}
	if c.Key == nil {
		errs = append(errs, ErrNoKey)
	}
	if c.RPCAddr == "" {
		c.RPCAddr = DefaultRPCAddr
	}
	if _, _, err := net.SplitHostPort(c.RPCAddr); err != nil {
		errs = append(errs, fmt.Errorf("sequencer: RPC address %q: %w", c.RPCAddr, err))
	}
	if c.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			errs = append(errs, fmt.Errorf("sequencer: metrics address %q: %w", c.MetricsAddr, err))
		}
	}
	def := func(d *time.Duration, v time.Duration, name string) {
		if *d == 0 {
			*d = v
		}
		if *d < 0 {
			errs = append(errs, fmt.Errorf("sequencer: %s %v is negative", name, *d))
		}
	}
	def(&c.BlockTime, DefaultBlockTime, "block time")
	def(&c.BatchInterval, DefaultBatchInterval, "batch interval")
	def(&c.L1PollInterval, DefaultL1PollInterval, "L1 poll interval")
	def(&c.L1Timeout, DefaultL1Timeout, "L1 timeout")
	if c.BlockTime > 0 && c.BlockTime < 50*time.Millisecond {
		errs = append(errs, fmt.Errorf("sequencer: block time %v is below 50 ms", c.BlockTime))
	}
	if c.BatchInterval > 0 && c.BatchInterval < c.BlockTime {
		errs = append(errs, fmt.Errorf("sequencer: batch interval %v is shorter than the block time %v", c.BatchInterval, c.BlockTime))
	}
	if c.L1Confirmations == 0 {
		c.L1Confirmations = 1
	}
	if c.MaxRequestBytes == 0 {
		c.MaxRequestBytes = DefaultMaxRequestBytes
	}
	if c.MaxBatchItems == 0 {
		c.MaxBatchItems = DefaultMaxBatchItems
	}
	if c.MaxTxsPerBlock == 0 {
		c.MaxTxsPerBlock = DefaultMaxTxsPerBlock
	}
	if c.MaxRequestBytes < 64<<10 || c.MaxBatchItems < 1 || c.MaxTxsPerBlock < 1 {
		errs = append(errs, fmt.Errorf("sequencer: request limits too small (max request %d B, batch %d, txs per block %d)", c.MaxRequestBytes, c.MaxBatchItems, c.MaxTxsPerBlock))
	}
	if c.TxMgr.MaxFeeCap != nil && c.TxMgr.MaxFeeCap.Cmp(big.NewInt(0)) <= 0 {
		errs = append(errs, errors.New("sequencer: L1 max fee cap must be positive"))
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return errors.Join(errs...)
}
