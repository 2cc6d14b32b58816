package challenger

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"net"
	"net/url"
	"time"

	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/l1"
)

// Config is everything a challenger needs. Build it from flags (cmd) or as
// a literal (tests); New validates it with Check first.
type Config struct {
	// DataDir holds the derived L2 state, the challenger's records (disputes,
	// batches, alarms), the tx managers' state files, the guardian evidence,
	// the decision log and status.json.
	DataDir string
	// L1RPC is the Ethereum node's URL.
	L1RPC string
	// Deployment is the deployed contracts (`gpuroll deploy --out`).
	Deployment *l1.Addresses
	// StoreURL is the job-data store's HTTP root (the sequencer's RPC URL;
	// requests go to StoreURL/store/…). Only payloads come from there, and
	// every blob is checked against its root.
	StoreURL string
	// Key is the challenger's L1 key: it commits and reveals challenges and
	// receives the challenger's share of every slash it lands.
	Key *ecdsa.PrivateKey
	// GuardianKey, when set, is the guardian's key: a state-root mismatch
	// is then rejected on L1 by the challenger itself (rejectBatch).
	GuardianKey *ecdsa.PrivateKey
	// KeyDir is the challenger's key directory; the sampling secret lives
	// there (SecretFile), created on the first start.
	KeyDir string
	// CircuitKeys is the directory of the Groth16 keys (`gpuroll setup
	// --keys DIR`). Keys, when set, is used instead (tests).
	CircuitKeys string
	Keys        *circuit.KeyCache

	// SampleRate is the fraction of receipts re-executed, in [0, 1]: a
	// receipt is sampled when keccak(secret ‖ receipt id) < rate × 2^256.
	SampleRate float64
	// AlwaysCheckAbove: receipts whose price (token wei) is above it are
	// always checked; nil: none.
	AlwaysCheckAbove *big.Int
	// Auditors is the number of independent auditors assumed for the
	// detection probability P = 1 − (1 − rate)^Auditors (default 1).
	Auditors int

	// Executor re-executes jobs (default: job/'s reference executor).
	Executor job.Executor
	// Checkers: re-executions in flight (default 1); Provers: proofs in
	// flight (default 1). Both pools take the work whose dispute window
	// closes first.
	Checkers, Provers int

	// L1Confirmations: blocks an L1 event must have (counting its own)
	// before it is derived (default 1).
	L1Confirmations uint64
	// L1PollInterval between reads of L1 (default 2 s); L1Timeout bounds
	// every L1 call (default 20 s).
	L1PollInterval time.Duration
	L1Timeout      time.Duration
	// StoreTimeout bounds one download (default 60 s); a blob that cannot
	// be fetched is retried every DataRetry (default 5 s) while its
	// receipt's window is open, and raises an alarm at once.
	StoreTimeout time.Duration
	DataRetry    time.Duration
	// CommitMargin: a receipt is proven and committed only while at least
	// this much of its dispute window is left by the L1 clock (default 0:
	// try until the window closes).
	CommitMargin time.Duration

	// NoEarlyReveal: send the reveal only once L1 has a block after the
	// commit's (its gas then estimated, a refusal seen before sending).
	// By default the reveal is sent as soon as the commit is included,
	// with a fixed gas limit (RevealGasLimit), to land in the next block:
	// one L1 block sooner, at the risk of paying for a reveal that another
	// challenger's reveal in the same block makes revert.
	NoEarlyReveal bool

	// TxMgr tunes the L1 tx managers (key, state path, logger, metrics are
	// filled in by New).
	TxMgr l1.TxManagerConfig

	// MetricsAddr serves /metrics and /status (JSON); empty: off.
	MetricsAddr string

	Logger *slog.Logger
}

// SecretFile is the name of the sampling secret in the key directory.
const SecretFile = "sample-secret"

// Defaults.
const (
	DefaultSampleRate     = 0.1
	DefaultL1PollInterval = 2 * time.Second
	DefaultL1Timeout      = 20 * time.Second
	DefaultStoreTimeout   = 60 * time.Second
	DefaultDataRetry      = 5 * time.Second
)

// Configuration errors.
var (
	ErrNoDataDir    = errors.New("challenger: no data directory")
	ErrNoL1RPC      = errors.New("challenger: no L1 RPC URL")
	ErrNoDeployment = errors.New("challenger: no deployment (the addresses `gpuroll deploy --out` writes)")
	ErrNoStore      = errors.New("challenger: no job-data store URL (the sequencer's HTTP URL)")
	ErrNoKey        = errors.New("challenger: no L1 key")
	ErrNoKeyDir     = errors.New("challenger: no key directory (it holds the sampling secret)")
	ErrNoCircuit    = errors.New("challenger: no circuit keys (the directory `gpuroll setup --keys` wrote)")
)

// Check validates c and fills in defaults. Every problem is reported at once.
func (c *Config) Check() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, ErrNoDataDir)
	}
	if c.L1RPC == "" {
		errs = append(errs, ErrNoL1RPC)
	}
	if c.Deployment == nil || c.Deployment.Rollup == (l1.Addresses{}).Rollup || c.Deployment.Disputes == (l1.Addresses{}).Disputes {
		errs = append(errs, ErrNoDeployment)
	}
	if c.StoreURL == "" {
		errs = append(errs, ErrNoStore)
	} else if u, err := url.Parse(c.StoreURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("challenger: store URL %q: want http(s)://host[:port]", c.StoreURL))
	}
	if c.Key == nil {
		errs = append(errs, ErrNoKey)
	}
	if c.KeyDir == "" {
		errs = append(errs, ErrNoKeyDir)
	}
	if c.CircuitKeys == "" && c.Keys == nil {
		errs = append(errs, ErrNoCircuit)
	}
	if math.IsNaN(c.SampleRate) || c.SampleRate < 0 || c.SampleRate > 1 {
		errs = append(errs, fmt.Errorf("challenger: sample rate %v outside [0, 1]", c.SampleRate))
	}
	if c.AlwaysCheckAbove != nil && c.AlwaysCheckAbove.Sign() < 0 {
		errs = append(errs, fmt.Errorf("challenger: always-check-above %s is negative", c.AlwaysCheckAbove))
	}
	if c.Auditors == 0 {
		c.Auditors = 1
	}
	if c.Auditors < 1 {
		errs = append(errs, fmt.Errorf("challenger: %d auditors", c.Auditors))
	}
	if c.Checkers == 0 {
		c.Checkers = 1
	}
	if c.Provers == 0 {
		c.Provers = 1
	}
	if c.Checkers < 1 || c.Provers < 1 || c.Checkers > 256 || c.Provers > 256 {
		errs = append(errs, fmt.Errorf("challenger: %d checkers, %d provers (1..256 each)", c.Checkers, c.Provers))
	}
	if c.L1Confirmations == 0 {
		c.L1Confirmations = 1
	}
	def := func(d *time.Duration, v time.Duration, name string) {
		if *d == 0 {
			*d = v
		}
		if *d < 0 {
			errs = append(errs, fmt.Errorf("challenger: %s %v is negative", name, *d))
		}
	}
	def(&c.L1PollInterval, DefaultL1PollInterval, "L1 poll interval")
	def(&c.L1Timeout, DefaultL1Timeout, "L1 timeout")
	def(&c.StoreTimeout, DefaultStoreTimeout, "store timeout")
	def(&c.DataRetry, DefaultDataRetry, "data retry interval")
	if c.CommitMargin < 0 {
		errs = append(errs, fmt.Errorf("challenger: commit margin %v is negative", c.CommitMargin))
	}
	if c.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			errs = append(errs, fmt.Errorf("challenger: metrics address %q: %w", c.MetricsAddr, err))
		}
	}
	if c.TxMgr.MaxFeeCap != nil && c.TxMgr.MaxFeeCap.Sign() <= 0 {
		errs = append(errs, errors.New("challenger: L1 max fee cap must be positive"))
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return errors.Join(errs...)
}
