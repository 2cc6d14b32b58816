// Package provider is what a GPU owner runs (`gpuroll provider`): it
// discovers GPUs through NVML (go-nvml) and watches their health, bonds
// on L1, registers its offer on L2, receives the jobs assigned to it
// (the sequencer's jobsAssigned subscription, with polling as the
// fallback), fetches and checks their data, executes them (the CPU
// reference executor or an external worker per GPU, with utilization
// metered through NVML), uploads the trace, posts the receipt, follows it
// to payment and withdraws the earnings to L1. A job it cannot run is
// rejected on L2 with a reason code. Its own records live in pebble, so a
// job in flight when the process dies is resumed (or re-run) and
// receipted exactly once.
//
// It meets the sequencer and the challenger only through L1 and the
// sequencer's API (client/).
package provider

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state"
)

// Version is reported by the info metric and the status endpoint.
const Version = "0.1.0"

// Service is a running provider: build it with New, run it with Start,
// stop it with Stop (once; SIGTERM in the command).
type Service struct {
	cfg Config
	log *slog.Logger
	me  common.Address

	httpURL, wsURL, storeURL string

	db     *db
	traces traceStore
	l1c    *ethclient.Client
	txm    *l1.TxManager
	cli    *client.Client
	store  *client.StoreClient
	domain *state.Domain

	gpus      *GPUs  // nil without NVML
	nvmlNote  string // why there are no GPUs, or the driver
	class     uint8
	className string
	slots     []*slot
	sched     *scheduler
	models    *modelCache
	m         *metrics

	mu       sync.Mutex
	jobs     map[common.Hash]*jobRecord
	archived archive              // terminal records dropped from memory (still in pebble)
	busy     map[common.Hash]bool // a goroutine drives the record
	ws       []*withdrawalRecord
	phase    string
	pause    string   // why new work is paused ("" when not)
	short    *big.Int // how much more bond the waiting receipt needs
	lastBond *client.Provider
	l2Bal    *big.Int
	l1Bonded *big.Int
	topping  atomic.Bool
	// suspendPause: the pause is a suspension after a conviction, lifted
	// when the bond mirror shows the provider reinstated.
	suspendPause atomic.Bool
	// offerDirty: the GPUs' health changed the offer on L2.
	offerDirty atomic.Bool

	txMu     sync.Mutex // L2 nonces, and the bond check before a receipt
	assignMu sync.Mutex // assigned: one report of a job at a time

	stopCtx  context.Context // ends at Stop: no new work
	stopWork context.CancelFunc
	killCtx  context.Context // ends after the grace: running work aborts
	kill     context.CancelFunc
	loops    sync.WaitGroup // discovery, dispatch, health, follow loops
	work     sync.WaitGroup // job goroutines

	statusLn   net.Listener
	statusSrv  *http.Server
	cookie     string
	started    atomic.Bool
	stopped    atomic.Bool
	stopOnce   sync.Once
	closeOnce  sync.Once
	closeError error
}

// New builds a provider: it validates the config, opens its records,
// dials the sequencer and L1 (checking that they agree on the
// deployment), discovers the GPUs (or says plainly that there are none)
// and builds the executors, and binds the status listener. Nothing runs
// until Start.
func New(ctx context.Context, cfg Config) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, log: cfg.Logger.With("service", "provider"), me: crypto.PubkeyToAddress(cfg.Key.PublicKey),
		jobs: map[common.Hash]*jobRecord{}, busy: map[common.Hash]bool{}, phase: "built"}
	s.httpURL, s.wsURL, s.storeURL = cfg.endpoints()
	ok := false
	defer func() {
		if !ok {
			_ = s.closeAll()
		}
	}()
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("provider: data dir: %w", err)
	}
	var err error
	if s.db, err = openDB(filepath.Join(cfg.DataDir, "provider"), false, s.log); err != nil {
		return nil, fmt.Errorf("provider: %w (is another provider running on this data dir?)", err)
	}
	s.traces = traceStore{dir: filepath.Join(cfg.DataDir, "traces")}
	s.traces.cleanTemp()
	dctx, cancel := context.WithTimeout(ctx, cfg.RPCTimeout)
	defer cancel()
	if err := s.dial(dctx); err != nil {
		return nil, err
	}
	s.openExecutors()
	s.m = newMetrics(Version, s.className)
	s.models = newModelCache(cfg.ModelCacheBytes)
	if cfg.StatusAddr != "-" {
		if err := s.listenStatus(); err != nil {
			return nil, err
		}
	}
	ok = true
	return s, nil
}

// dial connects to the sequencer and L1 and checks that both name the
// deployment of the config, and that the data dir is this provider's.
func (s *Service) dial(ctx context.Context) error {
	cfg := &s.cfg
	var err error
	if s.cli, err = client.Dial(ctx, s.httpURL); err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	if s.domain, err = s.cli.Domain(ctx); err != nil {
		return fmt.Errorf("provider: sequencer %s: %w", s.httpURL, err)
	}
	if s.domain.Rollup != cfg.Deployment.Rollup {
		return fmt.Errorf("provider: the sequencer signs for Rollup %s, the deployment file names %s", s.domain.Rollup, cfg.Deployment.Rollup)
	}
	if s.l1c, err = ethclient.DialContext(ctx, cfg.L1RPC); err != nil {
		return fmt.Errorf("provider: dial L1 %s: %w", cfg.L1RPC, err)
	}
	id, err := s.l1c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("provider: L1 chain id: %w", err)
	}
	if !id.IsUint64() || s.domain.ChainID.Uint64() != id.Uint64() {
		return fmt.Errorf("provider: the L1 node is chain %s, the sequencer's domain chain %s", id, s.domain.ChainID.Dec())
	}
	if d := cfg.Deployment; d.ChainID != nil && d.ChainID.ToInt().Cmp(id) != 0 {
		return fmt.Errorf("provider: the deployment is on chain %s, the L1 node on %s", d.ChainID.ToInt(), id)
	}
	sys, err := l1.Bind(s.l1c, cfg.Deployment)
	if err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	if err := sys.CheckWiring(ctx); err != nil {
		return fmt.Errorf("provider: deployment: %w", err)
	}
	m, found, err := s.db.getMeta()
	if err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	want := meta{Address: s.me, Rollup: cfg.Deployment.Rollup, ChainID: id.Uint64()}
	if found && *m != want {
		return fmt.Errorf("provider: the data dir %s belongs to provider %s on Rollup %s (chain %d), not %s on %s (chain %d)",
			cfg.DataDir, m.Address, m.Rollup, m.ChainID, want.Address, want.Rollup, want.ChainID)
	}
	if !found {
		if err := s.db.putMeta(&want); err != nil {
			return err
		}
	}
	s.store = client.NewStoreClient(s.storeURL, s.domain, &http.Client{Timeout: 10 * cfg.RPCTimeout})
	txc := cfg.TxMgr
	txc.Key = cfg.Key
	txc.StatePath = filepath.Join(cfg.DataDir, "txmgr.json")
	txc.Logger = s.log.With("component", "txmgr")
	if s.txm, err = l1.NewTxManager(ctx, s.l1c, txc); err != nil {
		return fmt.Errorf("provider: L1 tx manager: %w", err)
	}
	return nil
}

// openExecutors discovers the GPUs and builds the slots: one external
// worker per GPU slot where NVML finds GPUs and the executor is external;
// otherwise CPU slots of class cpu, saying why.
func (s *Service) openExecutors() {
	cfg := &s.cfg
	if cfg.NoNVML {
		s.nvmlNote = "NVML disabled by the configuration"
	} else {
		g, err := OpenGPUs(cfg.NVML, cfg.Health, s.log.With("component", "gpus"))
		if err != nil {
			s.nvmlNote = err.Error()
		} else {
			s.gpus = g
			s.nvmlNote = "driver " + g.Driver()
		}
	}
	useGPUs := s.gpus != nil && cfg.Executor == ExecExternal
	switch {
	case s.gpus == nil:
		s.log.Warn("no GPU: offering the CPU executor as class cpu", "why", s.nvmlNote, "executor", cfg.Executor)
	case !useGPUs:
		s.log.Warn("GPUs found, but the executor is the CPU reference executor: offering class cpu (run an external GPU worker with --executor external --worker ... to use the GPUs)",
			"gpus", s.gpus.Len())
	}
	var slots []*slot
	newExec := func(env []string) (*job.Reference, *job.External) {
		if cfg.Executor == ExecExternal {
			return nil, &job.External{Command: cfg.WorkerCommand, Env: append(append([]string(nil), cfg.WorkerEnv...), env...),
				CheckLeaves: cfg.CheckLeaves, Persistent: true, Log: s.log.With("component", "worker")}
		}
		return &job.Reference{Workers: cfg.ReferenceWorkers, Log: s.log.With("component", "executor")}, nil
	}
	if useGPUs {
		major := 0
		for i, info := range s.gpus.Info() {
			major = max(major, info.ComputeMajor)
			for range cfg.JobsPerGPU {
				ref, ext := newExec([]string{"CUDA_VISIBLE_DEVICES=" + info.UUID, "GPUROLL_GPU_UUID=" + info.UUID})
				slots = append(slots, &slot{id: len(slots), gpu: i, name: info.UUID, ref: ref, ext: ext})
			}
			s.log.Info("GPU", "index", i, "uuid", info.UUID, "name", info.Name, "memory", info.MemoryBytes,
				"compute", info.ComputeCapability(), "driver", info.Driver)
		}
		s.class = uint8(min(major, 255))
		s.className = fmt.Sprintf("sm%d", major)
	} else {
		for range cfg.CPUSlots {
			ref, ext := newExec(nil)
			slots = append(slots, &slot{id: len(slots), gpu: -1, name: "cpu", ref: ref, ext: ext, custom: cfg.CustomExecutor})
		}
		s.class, s.className = ClassCPU, "cpu"
	}
	if cfg.GPUClass != nil {
		s.class = *cfg.GPUClass
		s.className = fmt.Sprintf("%s (label %d)", s.className, s.class)
	}
	s.slots = slots
	s.sched = newScheduler(slots)
}

// usesGPUs reports whether jobs run on GPUs (and are metered).
func (s *Service) usesGPUs() bool { return len(s.slots) > 0 && s.slots[0].gpu >= 0 }

// Address is the provider's address (its L1 account and L2 identity).
func (s *Service) Address() common.Address { return s.me }

// Class is the GPU class label registered on L2 and its name.
func (s *Service) Class() (uint8, string) { return s.class, s.className }

// StatusURL is the status endpoint's root ("" when off).
func (s *Service) StatusURL() string {
	if s.statusLn == nil {
		return ""
	}
	return "http://" + s.statusLn.Addr().String()
}

// Start bonds (up to Config.Bond), keeps a fee reserve on L2, registers
// or updates the offer, resumes the jobs its records hold, and runs the
// loops: job discovery, dispatch, health, receipts and earnings. An
// error leaves nothing running (call Stop).
func (s *Service) Start(ctx context.Context) error {
	if !s.started.CompareAndSwap(false, true) {
		return errors.New("provider: already started")
	}
	s.stopCtx, s.stopWork = context.WithCancel(context.Background())
	s.killCtx, s.kill = context.WithCancel(context.Background())
	if s.statusSrv != nil {
		go func() { _ = s.statusSrv.Serve(s.statusLn) }()
	}
	if err := s.load(); err != nil {
		return err
	}
	s.setPhase("setting up on L1 and L2")
	if err := s.setup(ctx); err != nil {
		return err
	}
	s.setPhase("running")
	s.m.up.Set(1)
	if s.gpus != nil {
		s.m.gpus.Set(float64(s.gpus.Len()))
		s.healthCheck()
		s.goLoop(func(ctx context.Context) {
			if err := s.gpus.WatchEvents(ctx); err != nil {
				s.log.Warn("GPU events are not watched", "err", err)
			}
		})
		s.goLoop(s.healthLoop)
	}
	s.resume()
	s.goLoop(s.subscribeLoop)
	s.goLoop(s.pollLoop)
	s.goLoop(s.dispatchLoop)
	s.goLoop(s.followLoop)
	q, _, healthy := s.sched.counts()
	s.log.Info("provider started", "address", s.me, "class", s.className, "slots", len(s.slots), "healthySlots", healthy,
		"queued", q, "sequencer", s.httpURL, "status", s.StatusURL(), "nvml", s.nvmlNote)
	return nil
}

func (s *Service) goLoop(f func(context.Context)) {
	s.loops.Add(1)
	go func() {
		defer s.loops.Done()
		f(s.stopCtx)
	}()
}

func (s *Service) setPhase(p string) {
	s.mu.Lock()
	s.phase = p
	s.mu.Unlock()
}

// Stop stops taking jobs, lets running jobs finish and post their
// receipts for up to ShutdownGrace (or until ctx ends), then aborts
// what still runs: those jobs resume at the next start, or with
// HandBackOnStop are rejected (ReasonStopping) so their buyers are
// refunded now. It closes the workers, the records and the clients.
func (s *Service) Stop(ctx context.Context) error {
	var err error
	s.stopOnce.Do(func() {
		s.stopped.Store(true)
		if s.stopWork != nil {
			s.setPhase("stopping")
			s.stopWork()
			s.loops.Wait()
			grace := time.NewTimer(s.cfg.ShutdownGrace)
			done := make(chan struct{})
			go func() { s.work.Wait(); close(done) }()
			select {
			case <-done:
			case <-grace.C:
				s.log.Warn("stop: jobs still running after the grace period: aborting them", "grace", s.cfg.ShutdownGrace)
			case <-ctx.Done():
				s.log.Warn("stop: forced", "err", ctx.Err())
			}
			grace.Stop()
			s.kill()
			<-done
			if s.cfg.HandBackOnStop {
				s.handBackAll(ctx)
			}
		}
		s.m.up.Set(0)
		err = s.closeAll()
		s.log.Info("provider stopped", "err", err)
	})
	return err
}

// Stopped reports whether Stop ran.
func (s *Service) Stopped() bool { return s.stopped.Load() }

func (s *Service) closeAll() error {
	s.closeOnce.Do(func() {
		var errs []error
		if s.statusSrv != nil {
			cctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			errs = append(errs, s.statusSrv.Shutdown(cctx))
			cancel()
		} else if s.statusLn != nil {
			errs = append(errs, s.statusLn.Close())
		}
		for _, sl := range s.slots {
			if sl.ext != nil {
				if err := sl.ext.Close(); err != nil {
					s.log.Warn("worker exit", "slot", sl.id, "err", err)
				}
			}
		}
		if s.gpus != nil {
			s.gpus.Close()
		}
		if s.txm != nil {
			errs = append(errs, s.txm.Close())
		}
		if s.db != nil {
			errs = append(errs, s.db.close())
		}
		if s.cli != nil {
			s.cli.Close()
		}
		if s.l1c != nil {
			s.l1c.Close()
		}
		s.closeError = errors.Join(errs...)
	})
	return s.closeError
}

// call bounds one call to the sequencer, the store or L1.
func (s *Service) call(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.cfg.RPCTimeout)
}

// sleep waits d or until ctx ends (false).
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// ---- L1 ----

func (s *Service) l1Call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	ctx, cancel := s.call(ctx)
	defer cancel()
	return s.l1c.CallContract(ctx, ethereum.CallMsg{From: s.me, To: &to, Data: data}, nil)
}

// L1Bonded is the provider's bond on L1 (Bonds.bonded).
func (s *Service) L1Bonded(ctx context.Context) (*big.Int, error) {
	b := bindings.NewBonds()
	out, err := s.l1Call(ctx, s.cfg.Deployment.Bonds, b.PackBonded(s.me))
	if err != nil {
		return nil, fmt.Errorf("read the L1 bond: %w", err)
	}
	return b.UnpackBonded(out)
}

func (s *Service) l1Tokens(ctx context.Context) (*big.Int, error) {
	t := bindings.NewComputeToken()
	out, err := s.l1Call(ctx, s.cfg.Deployment.Token, t.PackBalanceOf(s.me))
	if err != nil {
		return nil, fmt.Errorf("read the L1 token balance: %w", err)
	}
	return t.UnpackBalanceOf(out)
}

// approve makes sure spender may take amount of the provider's tokens.
func (s *Service) approve(ctx context.Context, spender common.Address, amount *big.Int) error {
	t := bindings.NewComputeToken()
	out, err := s.l1Call(ctx, s.cfg.Deployment.Token, t.PackAllowance(s.me, spender))
	if err != nil {
		return fmt.Errorf("read the token allowance: %w", err)
	}
	allowed, err := t.UnpackAllowance(out)
	if err != nil {
		return err
	}
	if allowed.Cmp(amount) >= 0 {
		return nil
	}
	return s.l1Send(ctx, "approve", s.cfg.Deployment.Token, t.PackApprove(spender, amount))
}

// l1Send sends an L1 tx through the tx manager and waits for it.
func (s *Service) l1Send(ctx context.Context, what string, to common.Address, data []byte) error {
	r, err := s.txm.Send(ctx, l1.TxCandidate{To: &to, Data: data})
	if err != nil {
		if name := l1.RevertName(err); name != "" {
			return fmt.Errorf("L1 %s: reverts with %s: %w", what, name, err)
		}
		return fmt.Errorf("L1 %s: %w", what, err)
	}
	if r.Status != 1 {
		return fmt.Errorf("L1 %s: tx %s reverted", what, r.TxHash)
	}
	s.log.Info("L1 tx done", "what", what, "tx", r.TxHash, "block", r.BlockNumber)
	return nil
}

// BondMore bonds amount more tokens on L1 (approving Bonds first when
// needed): a top-up. The L2 mirror follows once the sequencer consumes
// the bond message.
func (s *Service) BondMore(ctx context.Context, amount *big.Int) error {
	if amount == nil || amount.Sign() <= 0 || amount.BitLen() > 256 {
		return fmt.Errorf("bond: amount %v must be above 0", amount)
	}
	bal, err := s.l1Tokens(ctx)
	if err != nil {
		return err
	}
	if bal.Cmp(amount) < 0 {
		return fmt.Errorf("bond: %s holds %s token wei on L1, below the %s to bond", s.me, bal, amount)
	}
	if err := s.approve(ctx, s.cfg.Deployment.Bonds, amount); err != nil {
		return err
	}
	if err := s.l1Send(ctx, "bond", s.cfg.Deployment.Bonds, bindings.NewBonds().PackBond(amount)); err != nil {
		return err
	}
	s.log.Info("bonded on L1", "amount", amount)
	if b, err := s.L1Bonded(ctx); err == nil {
		s.mu.Lock()
		s.l1Bonded = b
		s.mu.Unlock()
	}
	return nil
}

// setup brings the provider's accounts to what the config asks: the
// bond, the fee reserve on L2, and the offer registered.
func (s *Service) setup(ctx context.Context) error {
	cfg := &s.cfg
	// An L1 tx the last run left pending (a top-up's approve or bond cut
	// off by the stop) is still driven by the tx manager: let it settle
	// before reading the bond, or a second bond would spend the same
	// allowance and revert.
	if n := len(s.txm.Pending()); n > 0 {
		s.log.Info("waiting for L1 txs left pending by the last run", "count", n)
		if err := s.txm.WaitAll(ctx); err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("provider: %w", ctx.Err())
			}
			s.log.Warn("an L1 tx left pending by the last run failed", "err", err)
		}
	}
	if cfg.Bond != nil && cfg.Bond.Sign() > 0 {
		bonded, err := s.L1Bonded(ctx)
		if err != nil {
			return fmt.Errorf("provider: %w", err)
		}
		if bonded.Cmp(cfg.Bond) < 0 {
			need := new(big.Int).Sub(cfg.Bond, bonded)
			s.log.Info("bonding on L1", "bonded", bonded, "target", cfg.Bond, "adding", need)
			if err := s.BondMore(ctx, need); err != nil {
				return fmt.Errorf("provider: %w", err)
			}
		}
	}
	if cfg.FeeReserve != nil && cfg.FeeReserve.Sign() > 0 && cfg.FeeDeposit != nil && cfg.FeeDeposit.Sign() > 0 {
		if err := s.ensureFeeReserve(ctx); err != nil {
			return fmt.Errorf("provider: %w", err)
		}
	}
	if err := s.register(ctx); err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	return nil
}

// ensureFeeReserve deposits FeeDeposit to L2 when the L2 balance is below
// FeeReserve, and waits until it arrives.
func (s *Service) ensureFeeReserve(ctx context.Context) error {
	cctx, cancel := s.call(ctx)
	acc, err := s.cli.Account(cctx, s.me)
	cancel()
	if err != nil {
		return err
	}
	bal := (*uint256.Int)(acc.Balance).ToBig()
	if bal.Cmp(s.cfg.FeeReserve) >= 0 {
		return nil
	}
	dep := s.cfg.FeeDeposit
	s.log.Info("depositing to L2 for fees", "l2Balance", bal, "reserve", s.cfg.FeeReserve, "deposit", dep)
	tok, err := s.l1Tokens(ctx)
	if err != nil {
		return err
	}
	if tok.Cmp(dep) < 0 {
		return fmt.Errorf("fee deposit: %s holds %s token wei on L1, below the deposit of %s", s.me, tok, dep)
	}
	if err := s.approve(ctx, s.cfg.Deployment.Rollup, dep); err != nil {
		return err
	}
	if err := s.l1Send(ctx, "deposit", s.cfg.Deployment.Rollup, bindings.NewRollup().PackDeposit(s.me, dep)); err != nil {
		return err
	}
	want := new(big.Int).Add(bal, dep)
	return s.waitUntil(ctx, "the fee deposit on L2", 5*time.Minute, func(ctx context.Context) (bool, error) {
		acc, err := s.cli.Account(ctx, s.me)
		if err != nil {
			return false, nil
		}
		return (*uint256.Int)(acc.Balance).ToBig().Cmp(want) >= 0, nil
	})
}

// waitUntil polls cond every PollInterval until it holds, ctx ends or
// limit passes.
func (s *Service) waitUntil(ctx context.Context, what string, limit time.Duration, cond func(context.Context) (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	for {
		cctx, ccancel := s.call(ctx)
		ok, err := cond(cctx)
		ccancel()
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		if !sleep(ctx, min(s.cfg.PollInterval, 500*time.Millisecond)) {
			return fmt.Errorf("waiting for %s: %w", what, ctx.Err())
		}
	}
}

// offer is what the provider registers: its healthy GPU count (1 for the
// CPU), class, price and endpoint.
func (s *Service) offer() (gpus uint32, active bool) {
	if !s.usesGPUs() {
		return uint32(s.cfg.CPUSlots), true
	}
	n := 0
	for i := range s.gpus.Len() {
		if s.gpus.Healthy(i) {
			n++
		}
	}
	if n == 0 {
		// No healthy GPU: stop taking leases (gpus must stay ≥ 1).
		return uint32(s.gpus.Len()), false
	}
	return uint32(n), true
}

// register registers the offer on L2, or updates it when it differs.
func (s *Service) register(ctx context.Context) error {
	gpus, active := s.offer()
	cctx, cancel := s.call(ctx)
	p, err := s.cli.Provider(cctx, s.me)
	cancel()
	var body state.Body
	switch {
	case client.CodeOf(err) == 901:
		body = &state.RegisterProvider{GPUs: gpus, GPUClass: s.class, PricePerGPUHour: s.cfg.Price, Endpoint: s.cfg.Endpoint}
	case err != nil:
		return fmt.Errorf("read the provider's L2 record: %w", err)
	default:
		if p.Address != s.me {
			return fmt.Errorf("the sequencer answered for provider %s, not %s", p.Address, s.me)
		}
		same := uint32(p.GPUs) == gpus && uint8(p.GPUClass) == s.class && p.PricePerGPUHour != nil &&
			(*uint256.Int)(p.PricePerGPUHour).Eq(s.cfg.Price) && p.Endpoint == s.cfg.Endpoint && p.Active == active
		if same {
			return nil
		}
		body = &state.UpdateProvider{GPUs: gpus, GPUClass: s.class, PricePerGPUHour: s.cfg.Price, Endpoint: s.cfg.Endpoint, Active: active}
	}
	s.txMu.Lock()
	h, err := s.sendL2Locked(ctx, body, nil)
	s.txMu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: %w", body.Type(), err)
	}
	st, err := s.waitTx(ctx, h)
	if err != nil {
		return fmt.Errorf("%s: %w", body.Type(), err)
	}
	if st.Status == client.StatusDropped {
		return fmt.Errorf("%s dropped: %s (code %d)", body.Type(), st.Message, st.Code)
	}
	s.log.Info("offer on L2", "tx", body.Type(), "gpus", gpus, "class", s.class, "price", s.cfg.Price.Dec(), "endpoint", s.cfg.Endpoint, "active", active)
	return nil
}

// ---- L2 txs ----

// sendL2Locked signs body with the account's next nonce, hands the signed
// tx to persist (before it leaves the process, so a restart can follow
// it), and sends it. The caller holds txMu. A nonce taken in between
// (code 201) is retried with the next one; a tx the sequencer knows
// already (803) counts as sent.
func (s *Service) sendL2Locked(ctx context.Context, body state.Body, persist func(raw []byte, hash common.Hash) error) (common.Hash, error) {
	for attempt := 0; ; attempt++ {
		cctx, cancel := s.call(ctx)
		acc, err := s.cli.Account(cctx, s.me)
		cancel()
		if err != nil {
			return common.Hash{}, err
		}
		tx := &state.Tx{Nonce: uint64(acc.PendingNonce), MaxFee: s.cfg.MaxL2Fee, Body: body}
		if err := s.domain.Sign(tx, s.cfg.Key); err != nil {
			return common.Hash{}, err
		}
		raw := tx.Encode()
		hash := crypto.Keccak256Hash(raw)
		if persist != nil {
			if err := persist(raw, hash); err != nil {
				return common.Hash{}, err
			}
		}
		cctx, cancel = s.call(ctx)
		got, err := s.cli.SendRawTransaction(cctx, raw)
		cancel()
		code := client.CodeOf(err)
		switch {
		case err == nil:
			if got != hash {
				return hash, fmt.Errorf("the sequencer acknowledged tx %s as %s", hash, got)
			}
			s.m.txsSent.WithLabelValues(body.Type().String()).Inc()
			return hash, nil
		case code == 803:
			return hash, nil
		case code == int(state.CodeBadNonce) && attempt < 5:
			continue
		}
		if code != 0 {
			s.m.dropped(code)
		}
		return hash, fmt.Errorf("send %s: %w", body.Type(), err)
	}
}

// waitTx polls an L2 tx until it is included (or further), dropped, or
// unknown for a while (never sent, or lost): the status says which.
func (s *Service) waitTx(ctx context.Context, h common.Hash) (*client.TxStatus, error) {
	unknown := 0
	for {
		cctx, cancel := s.call(ctx)
		st, err := s.cli.TxStatus(cctx, h)
		cancel()
		if err == nil {
			switch st.Status {
			case client.StatusIncluded, client.StatusBatched, client.StatusPosted, client.StatusFinal, client.StatusDropped:
				return st, nil
			case client.StatusUnknown:
				if unknown++; unknown >= 3 {
					return st, nil
				}
			}
		} else if ctx.Err() == nil {
			s.log.Debug("tx status", "tx", h, "err", err)
		}
		if !sleep(ctx, s.cfg.TxPollInterval) {
			return nil, ctx.Err()
		}
	}
}

// ---- status listener ----

func (s *Service) listenStatus() error {
	ln, err := net.Listen("tcp", s.cfg.StatusAddr)
	if err != nil {
		return fmt.Errorf("provider: status endpoint on %s: %w", s.cfg.StatusAddr, err)
	}
	s.statusLn = ln
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return err
	}
	s.cookie = hex.EncodeToString(b[:])
	if err := writeFileAtomic(filepath.Join(s.cfg.DataDir, CookieFile), []byte(s.cookie+"\n"), 0o600); err != nil {
		return fmt.Errorf("provider: admin cookie: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(s.cfg.DataDir, StatusAddrFile), []byte(ln.Addr().String()+"\n"), 0o600); err != nil {
		return fmt.Errorf("provider: status address file: %w", err)
	}
	s.statusSrv = &http.Server{Handler: s.statusHandler(), ReadHeaderTimeout: 10 * time.Second}
	return nil
}

func writeFileAtomic(path string, b []byte, mode os.FileMode) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, mode); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
