package provider

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/l1"
)

// Executor kinds.
const (
	// ExecReference is job.Reference, the CPU reference executor (class cpu).
	ExecReference = "reference"
	// ExecExternal is a persistent job.External worker: one per GPU where
	// NVML finds GPUs (CUDA_VISIBLE_DEVICES names the GPU), else CPUSlots
	// workers of class cpu.
	ExecExternal = "external"
)

// ClassCPU is the GPU class label of a provider without GPUs: the CPU
// reference executor (or a CPU worker). GPU providers register as their
// GPUs' CUDA compute capability major (8 Ampere/Ada, 9 Hopper, 10
// Blackwell, …) unless Config.GPUClass says otherwise (docs/provider.md).
const ClassCPU uint8 = 0

// Limits bound the jobs this provider runs; a job over any of them is
// rejected with ReasonCapacity before its data is fetched. Zero fields
// take job/'s limits (the protocol's own).
type Limits struct {
	MaxWidth  uint32 // widest layer input or output
	MaxRows   uint32
	MaxLayers uint32
	MaxMACs   uint64 // rows × Σ in·out
	// MaxModelBytes and MaxInputBytes bound the downloads.
	MaxModelBytes, MaxInputBytes uint64
}

func (l *Limits) defaults() {
	if l.MaxWidth == 0 {
		l.MaxWidth = job.MaxWidth
	}
	if l.MaxRows == 0 {
		l.MaxRows = job.MaxRows
	}
	if l.MaxLayers == 0 {
		l.MaxLayers = job.MaxLayers
	}
	if l.MaxMACs == 0 {
		l.MaxMACs = ^uint64(0)
	}
	if l.MaxModelBytes == 0 {
		l.MaxModelBytes = job.MaxModelBytes
	}
	if l.MaxInputBytes == 0 {
		l.MaxInputBytes = job.MaxInputBytes
	}
}

// Config is everything a provider needs. Build it from flags (cmd) or as
// a literal (tests); New validates it with Check first.
type Config struct {
	// DataDir holds the provider's records (pebble), traces not yet
	// receipted, the L1 tx manager's state and the admin cookie.
	DataDir string
	// SequencerURL is the sequencer's API (http(s):// or ws(s)://; the
	// jobsAssigned subscription goes over WebSocket on the same port).
	SequencerURL string
	// StoreURL is the job-data store's HTTP root (default: the
	// sequencer's, which serves it under /store/).
	StoreURL string
	// L1RPC is the Ethereum node (bonds, top-ups, withdrawals to L1).
	L1RPC string
	// Deployment is the deployed contracts (`gpuroll deploy --out`); the
	// sequencer's domain must name the same Rollup and chain.
	Deployment *l1.Addresses
	// Key is the provider's key: its L1 account (bond, tokens) and its L2
	// identity (it signs receipts).
	Key *ecdsa.PrivateKey

	// The offer registered on L2.
	// Price per reference GPU-hour of work, token wei (> 0).
	Price *uint256.Int
	// Endpoint: where buyers reach the provider (≤ 256 printable ASCII
	// bytes; may be empty).
	Endpoint string
	// GPUClass overrides the class label (nil: ClassCPU without GPUs, else
	// the GPUs' compute capability major).
	GPUClass *uint8

	// Executor: ExecReference (default) or ExecExternal.
	Executor string
	// CustomExecutor, when set, runs every job instead (on the CPU slots):
	// for programs that embed a provider, such as the devnet's
	// deliberately dishonest one. Not a command-line option.
	CustomExecutor job.Executor
	// WorkerCommand is the external worker's argv (ExecExternal), e.g.
	// ["gpuroll-cuda-worker"] or ["gpuroll-worker", "-kernel", "best"].
	WorkerCommand []string
	// WorkerEnv is added to the worker's environment.
	WorkerEnv []string
	// CheckLeaves: leaves of each external result recomputed on the CPU
	// (default 8; negative: all).
	CheckLeaves int
	// JobsPerGPU bounds the jobs running at once on one GPU (default 1).
	JobsPerGPU int
	// CPUSlots: jobs running at once without GPUs (default 1; the
	// reference executor uses every core for one job).
	CPUSlots int
	// ReferenceWorkers: goroutines of the reference executor (default
	// every core).
	ReferenceWorkers int
	// NVML is the management library (nil: the system's libnvidia-ml;
	// tests pass go-nvml's mock). NoNVML skips it: class cpu.
	NVML   nvml.Interface
	NoNVML bool
	// Health decides when a GPU is taken out of service; HealthInterval
	// between checks (default 5 s); MeterInterval between utilization
	// samples while a job runs (default 100 ms).
	Health         HealthLimits
	HealthInterval time.Duration
	MeterInterval  time.Duration

	// Limits on the jobs taken.
	Limits Limits
	// ModelCacheBytes bounds the decoded models kept between jobs
	// (default 1 GiB).
	ModelCacheBytes int64

	// Bond: at start, bond on L1 until this much is bonded (nil or 0:
	// bond nothing, use what is bonded). MaxBond > 0 enables automatic
	// top-ups up to that total when a receipt's slash exposure needs more;
	// otherwise the provider pauses and says how much to bond.
	Bond, MaxBond *big.Int
	// FeeReserve: the L2 balance kept for tx fees; below it at start the
	// provider deposits FeeDeposit from L1 (nil or 0: never deposits).
	FeeReserve, FeeDeposit *big.Int
	// MaxL2Fee is the maxFee of every L2 tx (default 1e16 wei).
	MaxL2Fee *uint256.Int
	// WithdrawMin > 0: whenever the L2 balance exceeds FeeReserve by at
	// least this much, withdraw the excess to WithdrawTo on L1 (default
	// the provider's own address) and claim it once final. 0: earnings
	// stay on L2.
	WithdrawMin *big.Int
	WithdrawTo  common.Address

	// StatusAddr serves /status (JSON), /metrics (Prometheus), /healthz
	// and the admin calls (with the cookie in DataDir). Loopback by
	// default; "-" turns it off.
	StatusAddr string

	// PollInterval between polls of the pending jobs (the subscription's
	// fallback) and of receipts, bond and earnings (default 2 s).
	PollInterval time.Duration
	// TxPollInterval between status reads of an L2 tx being followed
	// (default 200 ms).
	TxPollInterval time.Duration
	// RPCTimeout bounds each call to the sequencer, the store and L1
	// (default 30 s).
	RPCTimeout time.Duration
	// FetchAttempts: tries to download a job's model and input before the
	// job is rejected (default 5, backing off from FetchBackoff, default
	// 1 s, doubling up to 30 s).
	FetchAttempts int
	FetchBackoff  time.Duration
	// ExecAttempts: tries to execute before the job is rejected with
	// ReasonExecFailed (default 2).
	ExecAttempts int
	// QueueTimeout: a job waiting longer than this for a healthy GPU is
	// rejected with ReasonCapacity (default 10 min).
	QueueTimeout time.Duration
	// ShutdownGrace: Stop lets running jobs finish (and post their
	// receipts) for this long (default 30 s). HandBackOnStop: jobs still
	// queued or running at the end are rejected with ReasonStopping (the
	// buyer's escrow comes back) instead of being resumed at the next
	// start.
	ShutdownGrace  time.Duration
	HandBackOnStop bool

	// TxMgr tunes the L1 tx manager (key, state path and logger are filled
	// in by New).
	TxMgr l1.TxManagerConfig

	Logger *slog.Logger
}

// Defaults.
const (
	DefaultStatusAddr     = "127.0.0.1:8646"
	DefaultPollInterval   = 2 * time.Second
	DefaultTxPollInterval = 200 * time.Millisecond
	DefaultRPCTimeout     = 30 * time.Second
	DefaultHealthInterval = 5 * time.Second
	DefaultMeterInterval  = 100 * time.Millisecond
	DefaultQueueTimeout   = 10 * time.Minute
	DefaultShutdownGrace  = 30 * time.Second
)

var (
	ErrNoDataDir    = errors.New("provider: no data directory")
	ErrNoSequencer  = errors.New("provider: no sequencer URL")
	ErrNoL1RPC      = errors.New("provider: no L1 RPC URL")
	ErrNoDeployment = errors.New("provider: no deployment (the addresses `gpuroll deploy --out` writes)")
	ErrNoKey        = errors.New("provider: no key")
	ErrNoPrice      = errors.New("provider: no price per reference GPU-hour (it must be above 0)")
)

// Check validates c and fills in defaults. Every problem is reported at
// once.
func (c *Config) Check() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf("provider: "+format, a...)) }
	if c.DataDir == "" {
		errs = append(errs, ErrNoDataDir)
	}
	if c.SequencerURL == "" {
		errs = append(errs, ErrNoSequencer)
	} else if err := checkURL(c.SequencerURL, "http", "https", "ws", "wss"); err != nil {
		bad("sequencer URL: %v", err)
	}
	if c.StoreURL != "" {
		if err := checkURL(c.StoreURL, "http", "https"); err != nil {
			bad("store URL: %v", err)
		}
	}
	if c.L1RPC == "" {
		errs = append(errs, ErrNoL1RPC)
	}
	if c.Deployment == nil || c.Deployment.Rollup == (common.Address{}) || c.Deployment.Bonds == (common.Address{}) || c.Deployment.Token == (common.Address{}) {
		errs = append(errs, ErrNoDeployment)
	}
	if c.Key == nil {
		errs = append(errs, ErrNoKey)
	}
	if c.Price == nil || c.Price.IsZero() {
		errs = append(errs, ErrNoPrice)
	}
	if len(c.Endpoint) > 256 {
		bad("endpoint of %d bytes (at most 256)", len(c.Endpoint))
	}
	for _, ch := range []byte(c.Endpoint) {
		if ch < 0x20 || ch > 0x7e {
			bad("endpoint %q: only printable ASCII", c.Endpoint)
			break
		}
	}
	switch c.Executor {
	case "":
		c.Executor = ExecReference
	case ExecReference:
	case ExecExternal:
		if len(c.WorkerCommand) == 0 || c.WorkerCommand[0] == "" {
			bad("the external executor needs a worker command")
		}
	default:
		bad("executor %q: want %s or %s", c.Executor, ExecReference, ExecExternal)
	}
	if c.CheckLeaves == 0 {
		c.CheckLeaves = 8
	}
	intDef := func(v *int, d, max int, name string) {
		if *v == 0 {
			*v = d
		}
		if *v < 1 || *v > max {
			bad("%s %d outside 1..%d", name, *v, max)
		}
	}
	intDef(&c.JobsPerGPU, 1, 64, "jobs per GPU")
	intDef(&c.CPUSlots, 1, 256, "CPU slots")
	intDef(&c.FetchAttempts, 5, 100, "fetch attempts")
	intDef(&c.ExecAttempts, 2, 100, "exec attempts")
	if c.ReferenceWorkers < 0 {
		bad("reference workers %d is negative", c.ReferenceWorkers)
	}
	c.Health.defaults()
	if c.Health.MaxTemperatureC <= tempHysteresis || c.Health.MaxTemperatureC > 150 {
		bad("GPU temperature limit %d °C outside %d..150", c.Health.MaxTemperatureC, tempHysteresis+1)
	}
	c.Limits.defaults()
	if c.ModelCacheBytes == 0 {
		c.ModelCacheBytes = 1 << 30
	}
	if c.ModelCacheBytes < 0 {
		bad("model cache of %d bytes", c.ModelCacheBytes)
	}
	for _, a := range []struct {
		v    *big.Int
		name string
	}{{c.Bond, "bond"}, {c.MaxBond, "max bond"}, {c.FeeReserve, "fee reserve"}, {c.FeeDeposit, "fee deposit"}, {c.WithdrawMin, "withdraw minimum"}} {
		if a.v != nil && (a.v.Sign() < 0 || a.v.BitLen() > 256) {
			bad("%s %v outside 0..2^256−1", a.name, a.v)
		}
	}
	if c.MaxBond != nil && c.MaxBond.Sign() > 0 && c.Bond != nil && c.MaxBond.Cmp(c.Bond) < 0 {
		bad("max bond %v is below the bond %v", c.MaxBond, c.Bond)
	}
	if c.MaxL2Fee == nil {
		c.MaxL2Fee = uint256.NewInt(1e16)
	}
	if c.MaxL2Fee.IsZero() {
		bad("the L2 max fee is 0")
	}
	if c.StatusAddr == "" {
		c.StatusAddr = DefaultStatusAddr
	}
	if c.StatusAddr != "-" {
		if _, _, err := net.SplitHostPort(c.StatusAddr); err != nil {
			bad("status address %q: %v", c.StatusAddr, err)
		}
	}
	durDef := func(d *time.Duration, v time.Duration, floor time.Duration, name string) {
		if *d == 0 {
			*d = v
		}
		if *d < floor {
			bad("%s %v is below %v", name, *d, floor)
		}
	}
	durDef(&c.PollInterval, DefaultPollInterval, 10*time.Millisecond, "poll interval")
	durDef(&c.TxPollInterval, DefaultTxPollInterval, 10*time.Millisecond, "tx poll interval")
	durDef(&c.RPCTimeout, DefaultRPCTimeout, 100*time.Millisecond, "RPC timeout")
	durDef(&c.HealthInterval, DefaultHealthInterval, 10*time.Millisecond, "health interval")
	durDef(&c.MeterInterval, DefaultMeterInterval, time.Millisecond, "meter interval")
	durDef(&c.FetchBackoff, time.Second, time.Millisecond, "fetch backoff")
	durDef(&c.QueueTimeout, DefaultQueueTimeout, time.Second, "queue timeout")
	durDef(&c.ShutdownGrace, DefaultShutdownGrace, 0, "shutdown grace")
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return errors.Join(errs...)
}

func checkURL(s string, schemes ...string) error {
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	for _, sc := range schemes {
		if u.Scheme == sc {
			if u.Host == "" {
				return fmt.Errorf("%q has no host", s)
			}
			return nil
		}
	}
	return fmt.Errorf("%q: the scheme must be one of %s", s, strings.Join(schemes, ", "))
}

// endpoints derives the sequencer's HTTP and WebSocket URLs (one port
// serves both) and the store's root.
func (c *Config) endpoints() (httpURL, wsURL, storeURL string) {
	u, _ := url.Parse(c.SequencerURL)
	h, w := *u, *u
	switch u.Scheme {
	case "ws":
		h.Scheme = "http"
	case "wss":
		h.Scheme = "https"
	case "http":
		w.Scheme = "ws"
	case "https":
		w.Scheme = "wss"
	}
	httpURL, wsURL = strings.TrimRight(h.String(), "/"), strings.TrimRight(w.String(), "/")
	storeURL = c.StoreURL
	if storeURL == "" {
		storeURL = httpURL
	}
	return httpURL, wsURL, strings.TrimRight(storeURL, "/")
}
