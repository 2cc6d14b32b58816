// Package sequencer is the city's service: it orders L2 txs into blocks
// with the STF, follows the L1 message queue, seals and posts batches to
// the Rollup, follows finalization and guardian rejections, serves the
// JSON-RPC API (client/) and the job-data store. It meets the provider
// and the challenger only through L1 and this API.
package sequencer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/event"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/sequencer/mempool"
	"github.com/gpuroll/gpuroll/sequencer/store"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// Version is reported by the info metric and the API.
const Version = "0.1.0"

// L1 is what the sequencer needs of an Ethereum node: the tx manager's
// and follower's calls, contract calls and a way to close it.
type L1 interface {
	l1.Client
	ethereum.ContractCaller
	Close()
}

// Service is a running sequencer: build it with New, run it with Start,
// stop it with Stop (once; SIGTERM in the command).
type Service struct {
	cfg Config
	log *slog.Logger

	l1c      L1
	rollup   *bindings.Rollup
	stDB     closer
	seqDB    closer
	st       *state.State
	db       *db
	chain    *chain
	pool     *mempool.Pool
	store    *store.Store
	txm      *l1.TxManager
	follower *l1.Follower
	m        *metrics
	domain   *state.Domain
	chainID  uint64
	from     common.Address

	blockFeed event.Feed // *client.Block
	txFeed    event.Feed // *client.TxStatus
	jobFeed   event.Feed // *client.Job

	// What the L1 loop learned, for the builder, poster and API.
	msgsSeen   atomic.Uint64
	l1Head     atomic.Uint64
	l1Followed atomic.Uint64
	l1Time     atomic.Uint64 // timestamp of the newest L1 head seen
	lastPosted atomic.Uint64
	lastFinal  atomic.Uint64
	rolling    common.Hash // rolling hash after msgsSeen messages (L1 loop only)
	// rollbacks asks the builder to roll L2 back to the end of a batch
	// (a guardian rejection, an overdue batch, a deep L1 reorg).
	rollbacks chan rollbackReq

	rpc *rpcServer

	// posting: batch txs in flight (poster loop only); finalizing: the
	// finalize tx in flight.
	posting    []inflight
	finalizing *inflight
	// batchExecGas: the execution part of a batch tx's gas limit (poster
	// loop only; batchGasLimit).
	batchExecGas uint64

	// pendingJobs: SubmitJobs admitted, not yet included (job id →
	// pendingJob); lastPrune: when the builder last pruned it.
	pendingJobs sync.Map
	lastPrune   time.Time

	loopCtx    context.Context
	cancel     context.CancelFunc
	wg         sync.WaitGroup
	started    atomic.Bool
	stopped    atomic.Bool
	stopOnce   sync.Once
	metricsOff func(context.Context) error
	metricsURL string
}

type rollbackReq struct {
	to     uint64 // the last good batch
	reason string
}

type closer interface{ Close() error }

// New builds a sequencer: it validates the config, dials L1, checks the
// deployment's wiring and that this key is its sequencer, opens the
// databases (creating the L2 genesis from L1 on a first start), the
// mempool (replaying its journal), the store and the tx manager, and
// binds the RPC and metrics listeners. Nothing runs until Start.
func New(ctx context.Context, cfg Config) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, log: cfg.Logger.With("service", "sequencer"), rollbacks: make(chan rollbackReq, 4)}
	s.m = newMetrics(Version)
	s.from = crypto.PubkeyToAddress(cfg.Key.PublicKey)
	ok := false
	defer func() {
		if !ok {
			s.closeAll()
		}
	}()
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("sequencer: data dir: %w", err)
	}
	dctx, cancel := context.WithTimeout(ctx, cfg.L1Timeout)
	defer cancel()
	ec, err := ethclient.DialContext(dctx, cfg.L1RPC)
	if err != nil {
		return nil, fmt.Errorf("sequencer: dial L1 %s: %w", cfg.L1RPC, err)
	}
	s.l1c = ec
	if err := s.checkL1(dctx); err != nil {
		return nil, err
	}
	if err := s.openState(ctx); err != nil {
		return nil, err
	}
	if err := s.openPoolAndStore(); err != nil {
		return nil, err
	}
	txc := cfg.TxMgr
	txc.Key = cfg.Key
	txc.StatePath = filepath.Join(cfg.DataDir, "txmgr.json")
	txc.Logger = s.log.With("component", "txmgr")
	txc.Metrics = s.m
	if txc.Confirmations == 0 {
		txc.Confirmations = cfg.L1Confirmations
	}
	if s.txm, err = l1.NewTxManager(ctx, s.l1c, txc); err != nil {
		return nil, fmt.Errorf("sequencer: tx manager: %w", err)
	}
	if err := s.openFollower(); err != nil {
		return nil, err
	}
	if s.rpc, err = newRPCServer(s); err != nil {
		return nil, err
	}
	if cfg.MetricsAddr != "" {
		addr, stop, err := serveMetrics(ctx, s.m.reg, cfg.MetricsAddr)
		if err != nil {
			return nil, fmt.Errorf("sequencer: metrics on %s: %w", cfg.MetricsAddr, err)
		}
		s.metricsOff, s.metricsURL = stop, "http://"+addr+"/metrics"
	}
	ok = true
	return s, nil
}

// checkL1 checks the chain, the wiring and the sequencer role.
func (s *Service) checkL1(ctx context.Context) error {
	id, err := s.l1c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("sequencer: L1 chain id: %w", err)
	}
	s.chainID = id.Uint64()
	d := s.cfg.Deployment
	if d.ChainID != nil && d.ChainID.ToInt().Cmp(id) != 0 {
		return fmt.Errorf("sequencer: the deployment is on chain %s, the L1 node on %s", d.ChainID.ToInt(), id)
	}
	sys, err := l1.Bind(s.l1c, d)
	if err != nil {
		return fmt.Errorf("sequencer: %w", err)
	}
	if err := sys.CheckWiring(ctx); err != nil {
		return fmt.Errorf("sequencer: deployment: %w", err)
	}
	s.rollup = bindings.NewRollup()
	seq, err := s.callAddr(ctx, s.rollup.PackSequencer(), s.rollup.UnpackSequencer)
	if err != nil {
		return fmt.Errorf("sequencer: read the Rollup's sequencer: %w", err)
	}
	if seq != s.from {
		return fmt.Errorf("sequencer: this key is %s but the Rollup's sequencer is %s (parameter 11)", s.from, seq)
	}
	s.domain = state.NewDomain(s.chainID, d.Rollup)
	return nil
}

func (s *Service) callAddr(ctx context.Context, data []byte, unpack func([]byte) (common.Address, error)) (common.Address, error) {
	out, err := s.l1c.CallContract(ctx, ethereum.CallMsg{To: &s.cfg.Deployment.Rollup, Data: data}, nil)
	if err != nil {
		return common.Address{}, err
	}
	return unpack(out)
}

func callRollup[T any](ctx context.Context, s *Service, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	ctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
	defer cancel()
	out, err := s.l1c.CallContract(ctx, ethereum.CallMsg{To: &s.cfg.Deployment.Rollup, Data: data}, nil)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}

// openState opens the L2 state and the sequencer's records. A first start
// builds the genesis from L1: the Rollup's constructor queued the initial
// parameters as messages 0–11, and the genesis root must be batch 0's.
func (s *Service) openState(ctx context.Context) error {
	stDB, err := state.OpenDB(filepath.Join(s.cfg.DataDir, "state"), s.log.With("db", "state"))
	if err != nil {
		return fmt.Errorf("sequencer: open state db: %w", err)
	}
	s.stDB = stDB
	gen, err := s.genesisFromL1(ctx)
	if err != nil {
		return err
	}
	if s.st, err = state.Open(ctx, stDB, s.domain, gen, s.log.With("component", "state")); err != nil {
		return fmt.Errorf("sequencer: open state: %w", err)
	}
	root, err := s.st.RootAt(0)
	if err != nil {
		return err
	}
	b0, err := callRollup(ctx, s, s.rollup.PackBatch(0), s.rollup.UnpackBatch)
	if err != nil {
		return fmt.Errorf("sequencer: read batch 0: %w", err)
	}
	if common.Hash(b0.PostStateRoot) != root {
		return fmt.Errorf("sequencer: the L2 genesis root %s is not batch 0's post-state root %s on L1 (another deployment's data dir?)", root, common.Hash(b0.PostStateRoot))
	}
	seqDB, err := state.OpenDB(filepath.Join(s.cfg.DataDir, "sequencer"), s.log.With("db", "sequencer"))
	if err != nil {
		return fmt.Errorf("sequencer: open sequencer db: %w", err)
	}
	s.seqDB = seqDB
	s.db = &db{p: seqDB}
	if s.chain, err = openChain(s.st, s.db, l1iface.BatchHeader{PostStateRoot: root}, s.log.With("component", "chain")); err != nil {
		return fmt.Errorf("sequencer: %w", err)
	}
	return nil
}

// genesisFromL1 reads the initial parameters from the constructor's
// ParamsChanged messages in the deployment block.
func (s *Service) genesisFromL1(ctx context.Context) (*state.Genesis, error) {
	d := s.cfg.Deployment
	ctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
	defer cancel()
	logs, err := s.l1c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(d.DeployBlock), ToBlock: new(big.Int).SetUint64(d.DeployBlock),
		Addresses: []common.Address{d.Rollup}, Topics: [][]common.Hash{{l1.MessageQueuedTopic()}},
	})
	if err != nil {
		return nil, fmt.Errorf("sequencer: read the deployment's messages: %w", err)
	}
	var vals [l1iface.MaxParamID]*big.Int
	for i := range logs {
		q, err := l1.ParseMessageQueued(d.Rollup, &logs[i])
		if err != nil {
			return nil, fmt.Errorf("sequencer: deployment message: %w", err)
		}
		if q.Message.Index >= uint64(l1iface.MaxParamID) {
			continue
		}
		p, _ := q.Message.Decode()
		pc, ok := p.(*l1iface.ParamsChanged)
		if !ok || uint64(pc.ParamID) != q.Message.Index+1 {
			return nil, fmt.Errorf("sequencer: message %d of the deployment is not ParamsChanged(%d)", q.Message.Index, q.Message.Index+1)
		}
		vals[q.Message.Index] = pc.Value.ToBig()
	}
	params, err := state.ParamsFromValues(vals)
	if err != nil {
		return nil, fmt.Errorf("sequencer: the deployment block %d lacks the initial parameters (is deployBlock right?): %w", d.DeployBlock, err)
	}
	return &state.Genesis{Params: params}, nil
}

// openPoolAndStore opens the job-data store and the mempool (its journal
// replays through the same admission rules).
func (s *Service) openPoolAndStore() error {
	sc := s.cfg.Store
	sc.Dir = filepath.Join(s.cfg.DataDir, "store")
	sc.Domain = s.domain
	sc.AccountCheck = s.storeAccountCheck
	sc.Log = s.log.With("component", "store")
	sc.Metrics = s.m
	var err error
	if s.store, err = store.Open(sc); err != nil {
		return fmt.Errorf("sequencer: open store: %w", err)
	}
	pc := s.cfg.Mempool
	pc.JournalPath = filepath.Join(s.cfg.DataDir, "mempool.journal")
	pc.Admit = s.admit
	pc.OnDrop = s.onDrop
	pc.Logger = s.log.With("component", "mempool")
	if s.pool, err = mempool.Open(pc, s.domain, viewReader{s.chain}); err != nil {
		return fmt.Errorf("sequencer: open mempool: %w", err)
	}
	return nil
}

// viewReader reads the chain's current view for the mempool.
type viewReader struct{ c *chain }

func (r viewReader) Account(a common.Address) (*state.Account, error) {
	v := r.c.acquire()
	defer v.Release()
	return v.Account(a)
}

func (r viewReader) Params() (*state.Params, error) {
	v := r.c.acquire()
	defer v.Release()
	return v.Params()
}

func (s *Service) openFollower() error {
	r := bindings.NewRollup().GetABI().Events
	topics := []common.Hash{l1.MessageQueuedTopic(), r["BatchSubmitted"].ID, r["BatchFinalized"].ID, r["BatchesRejected"].ID}
	s.follower = l1.NewFollower(s.l1c, l1.FollowerConfig{
		Addresses: []common.Address{s.cfg.Deployment.Rollup}, Topics: [][]common.Hash{topics},
		From: s.cfg.Deployment.DeployBlock, Confirmations: s.cfg.L1Confirmations,
		PollInterval: s.cfg.L1PollInterval, Logger: s.log,
	})
	refs, err := s.loadFollowerHistory()
	if err != nil {
		return err
	}
	if len(refs) > 0 {
		if err := s.follower.ResumeFrom(refs); err != nil {
			return fmt.Errorf("sequencer: resume the L1 follower: %w", err)
		}
		s.l1Followed.Store(refs[len(refs)-1].Number)
	}
	return s.loadMessageCount()
}

// Start runs the drivers: the block builder, the L1 follower, the batch
// poster, the store's collector and the RPC server.
func (s *Service) Start(ctx context.Context) error {
	if !s.started.CompareAndSwap(false, true) {
		return errors.New("sequencer: already started")
	}
	s.loopCtx, s.cancel = context.WithCancel(context.Background())
	s.store.Start(s.loopCtx)
	for _, loop := range []func(context.Context){s.builderLoop, s.l1Loop, s.posterLoop} {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			loop(s.loopCtx)
		}()
	}
	s.rpc.start()
	s.m.up.Set(1)
	head, _ := s.st.Head()
	s.log.Info("sequencer started", "rpc", s.RPCURL(), "ws", s.WSURL(), "metrics", s.metricsURL,
		"l2Head", head, "sequencer", s.from, "rollup", s.cfg.Deployment.Rollup, "l1ChainId", s.chainID)
	return nil
}

// Stop stops accepting requests, lets the drivers finish their current
// step (a batch tx in flight is left to the tx manager's state file and
// resumed at the next start), flushes the mempool's journal and closes
// the databases. ctx bounds the wait for the drivers.
func (s *Service) Stop(ctx context.Context) error {
	var err error
	s.stopOnce.Do(func() {
		s.stopped.Store(true)
		s.m.up.Set(0)
		if s.rpc != nil {
			err = errors.Join(err, s.rpc.stop(ctx))
		}
		if s.cancel != nil {
			s.cancel()
		}
		done := make(chan struct{})
		go func() { s.wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-ctx.Done():
			err = errors.Join(err, fmt.Errorf("sequencer: drivers did not stop in time: %w", ctx.Err()))
			<-done // they hold the state: never close it under them
		}
		err = errors.Join(err, s.closeAll())
		s.log.Info("sequencer stopped", "err", err)
	})
	return err
}

// Stopped reports whether Stop ran.
func (s *Service) Stopped() bool { return s.stopped.Load() }

func (s *Service) closeAll() error {
	var errs []error
	if s.metricsOff != nil {
		errs = append(errs, s.metricsOff(context.Background()))
	}
	if s.store != nil {
		errs = append(errs, s.store.Close())
	}
	if s.pool != nil {
		errs = append(errs, s.pool.Close())
	}
	if s.txm != nil {
		errs = append(errs, s.txm.Close())
	}
	if s.chain != nil {
		if v := s.chain.view.Swap(nil); v != nil {
			v.Release()
		}
	}
	if s.st != nil {
		errs = append(errs, s.st.Flush()) // the tree's live layer too: a fast next start
	}
	if s.stDB != nil {
		errs = append(errs, s.stDB.Close())
	}
	if s.seqDB != nil {
		errs = append(errs, s.seqDB.Close())
	}
	if s.l1c != nil {
		s.l1c.Close()
	}
	return errors.Join(errs...)
}

// RPCURL is the HTTP JSON-RPC endpoint (after New).
func (s *Service) RPCURL() string { return "http://" + s.rpc.addr }

// WSURL is the WebSocket JSON-RPC endpoint.
func (s *Service) WSURL() string { return "ws://" + s.rpc.addr }

// MetricsURL is the Prometheus endpoint, or "".
func (s *Service) MetricsURL() string { return s.metricsURL }

// Client returns a client of this sequencer's API over HTTP.
func (s *Service) Client(ctx context.Context) (*client.Client, error) {
	return client.Dial(ctx, s.RPCURL())
}

// now is the L2 clock: wall time in unix seconds.
func now() uint64 { return uint64(time.Now().Unix()) }
