package mempool

import (
	"errors"
	"fmt"
	"log/slog"
	"runtime"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/state"
)

// Defaults of Config's zero fields.
const (
	DefaultMaxPerSender     = 64
	DefaultMaxTxs           = 100_000
	DefaultMaxBytes         = 64 << 20
	DefaultCompactMinBytes  = 1 << 20
	DefaultReinjectCacheTxs = 1 << 14
)

// Config configures a Pool. Zero fields take the defaults above; Open
// refuses negative or inconsistent values.
type Config struct {
	// JournalPath is the append-only journal of accepted txs. Empty keeps
	// the pool in memory only (accepted txs do not survive a restart: for
	// tests and throwaway devnets).
	JournalPath string
	// MaxPerSender bounds one sender's txs (default 64). A nonce at or
	// beyond account nonce + MaxPerSender is refused (CodeNonceTooFar).
	MaxPerSender int
	// MaxTxs and MaxBytes bound the pool (defaults 100,000 txs and 64 MiB
	// of encoded txs). MaxBytes must hold at least one tx of
	// state.MaxTxBytes.
	MaxTxs   int
	MaxBytes int64
	// CompactMinBytes: the journal is rewritten when its records exceed
	// twice the live txs' records and this floor (default 1 MiB), so a
	// nearly empty pool does not rewrite its journal after every block.
	// A negative value means no floor.
	CompactMinBytes int64
	// Workers bounds the goroutines one Add uses to recover signatures
	// (default GOMAXPROCS).
	Workers int
	// ReinjectCacheTxs is how many recently included txs the pool keeps
	// (verified) so that Reinject after a rollback need not recover their
	// signatures again (default 16384; negative disables the cache).
	ReinjectCacheTxs int
	// Admit, when set, is called for every tx that passed decoding,
	// signature, nonce window, fee and balance checks, before it is
	// journaled and becomes visible (Add, Reinject and journal replay
	// alike). A non-nil error refuses the tx: it is returned with the
	// error's own code when it carries one (CodeOf), else CodeRefused,
	// wrapping the error. It is called without the pool's lock held,
	// concurrently from several goroutines, and must not call Add.
	Admit func(*state.Verified) error
	// OnDrop, when set, is told of every tx that leaves the pool other
	// than by inclusion: replaced (CodeReplaced), refused by the builder
	// (Drop's error), gone stale (a nonce below the account's after a
	// block, state.CodeBadNonce), refused again when replayed from the
	// journal or reinjected, evicted for a reinjected tx. It is called
	// after the pool's lock is released, on the goroutine of the call
	// that dropped the tx; it may call the pool's read methods but should
	// not block.
	OnDrop func(hash common.Hash, err error)
	// Logger defaults to slog.Default().
	Logger *slog.Logger
}

// withDefaults validates c and fills its zero fields.
func (c Config) withDefaults() (Config, error) {
	var errs []error
	neg := func(name string, v int64) {
		if v < 0 {
			errs = append(errs, fmt.Errorf("%s is %d, want ≥ 0 (0 for the default)", name, v))
		}
	}
	neg("MaxPerSender", int64(c.MaxPerSender))
	neg("MaxTxs", int64(c.MaxTxs))
	neg("MaxBytes", c.MaxBytes)
	neg("Workers", int64(c.Workers))
	if len(errs) > 0 {
		return c, fmt.Errorf("mempool config: %w", errors.Join(errs...))
	}
	if c.MaxPerSender == 0 {
		c.MaxPerSender = DefaultMaxPerSender
	}
	if c.MaxTxs == 0 {
		c.MaxTxs = DefaultMaxTxs
	}
	if c.MaxBytes == 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.CompactMinBytes == 0 {
		c.CompactMinBytes = DefaultCompactMinBytes
	} else if c.CompactMinBytes < 0 {
		c.CompactMinBytes = 0
	}
	if c.Workers == 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.ReinjectCacheTxs == 0 {
		c.ReinjectCacheTxs = DefaultReinjectCacheTxs
	} else if c.ReinjectCacheTxs < 0 {
		c.ReinjectCacheTxs = 0
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.MaxPerSender > c.MaxTxs {
		errs = append(errs, fmt.Errorf("MaxPerSender %d exceeds MaxTxs %d", c.MaxPerSender, c.MaxTxs))
	}
	if c.MaxBytes < state.MaxTxBytes {
		errs = append(errs, fmt.Errorf("MaxBytes %d cannot hold one tx of %d bytes", c.MaxBytes, state.MaxTxBytes))
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("mempool config: %w", errors.Join(errs...))
	}
	return c, nil
}
