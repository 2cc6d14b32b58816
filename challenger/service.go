package challenger

import (
	"context"
	"encoding/json"
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
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// Version is reported by the info metric and the status.
const Version = "0.1.0"

// L1 is what the challenger needs of an Ethereum node.
type L1 interface {
	l1.Client
	ethereum.ContractCaller
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
	Close()
}

// Service is a running challenger: build it with New, run it with Start,
// stop it with Stop (once).
type Service struct {
	cfg  Config
	log  *slog.Logger
	from common.Address

	l1c      L1
	chainID  uint64
	domain   *state.Domain
	stDB     closer
	recDB    closer
	st       *state.State
	db       *db
	follower *l1.Follower
	txm      *l1.TxManager
	gtxm     *l1.TxManager
	gfrom    common.Address
	secret   Secret
	sampler  *Sampler
	prover   *circuit.Prover
	exec     job.Executor
	blobs    *blobStore
	capacity capacityMeter
	m        *metrics
	stats    *stats
	coord    *coordinator
	events   chan event

	// Derivation state (L1 loop only).
	msgsSeen       uint64
	msgsSeenAtomic atomic.Uint64
	rolling        common.Hash
	cursor         cursor
	genesis        cursor
	rejectTried    map[batchID]time.Time
	overCapacity   bool

	amu    sync.Mutex
	alarms map[string]*Alarm

	dirty      atomic.Bool
	loopCtx    context.Context
	cancel     context.CancelFunc
	wg         sync.WaitGroup
	started    atomic.Bool
	stopped    atomic.Bool
	stopOnce   sync.Once
	metricsOff func(context.Context) error
	metricsURL string
}

type closer interface{ Close() error }

// New builds a challenger: it validates the config, dials L1, checks the
// deployment's wiring and that the local circuit keys match the verifiers
// Disputes registered (classes without local keys are reported: their
// frauds raise an alarm instead of a proof), loads or creates the
// sampling secret, opens the derived state (building the L2 genesis from
// L1 on a first start) and the records, and the tx managers. Nothing runs
// until Start.
func New(ctx context.Context, cfg Config) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, log: cfg.Logger.With("service", "challenger"), events: make(chan event, 1024),
		alarms: map[string]*Alarm{}, rejectTried: map[batchID]time.Time{}, stats: newStats()}
	s.m = newMetrics(Version)
	s.from = crypto.PubkeyToAddress(cfg.Key.PublicKey)
	ok := false
	defer func() {
		if !ok {
			s.closeAll()
		}
	}()
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("challenger: data dir: %w", err)
	}
	var err error
	var created bool
	if s.secret, created, err = LoadOrCreateSecret(cfg.KeyDir); err != nil {
		return nil, fmt.Errorf("challenger: %w", err)
	}
	if created {
		s.log.Info("created the sampling secret", "path", filepath.Join(cfg.KeyDir, SecretFile))
	}
	s.sampler = NewSampler(s.secret, cfg.SampleRate, cfg.AlwaysCheckAbove)
	dctx, cancel := context.WithTimeout(ctx, cfg.L1Timeout)
	defer cancel()
	ec, err := ethclient.DialContext(dctx, cfg.L1RPC)
	if err != nil {
		return nil, fmt.Errorf("challenger: dial L1 %s: %w", cfg.L1RPC, err)
	}
	s.l1c = ec
	if err := s.checkL1(dctx); err != nil {
		return nil, err
	}
	keys := cfg.Keys
	if keys == nil {
		keys = circuit.NewKeyCache(cfg.CircuitKeys)
	}
	if err := s.checkKeys(dctx, keys); err != nil {
		return nil, err
	}
	s.exec = cfg.Executor
	if s.exec == nil {
		s.exec = &job.Reference{Log: s.log.With("component", "executor")}
	}
	s.prover = circuit.NewProver(keys, s.exec, s.log.With("component", "prover"))
	s.blobs = &blobStore{sc: client.NewStoreClient(cfg.StoreURL, s.domain, nil), timeout: cfg.StoreTimeout, models: map[common.Hash]*job.Model{}}
	if err := s.openState(ctx); err != nil {
		return nil, err
	}
	if err := s.openTxManagers(ctx); err != nil {
		return nil, err
	}
	if err := s.openFollower(); err != nil {
		return nil, err
	}
	s.coord = newCoordinator(s)
	if err := s.loadAlarms(); err != nil {
		return nil, fmt.Errorf("challenger: alarms: %w", err)
	}
	if err := s.coord.load(); err != nil {
		return nil, fmt.Errorf("challenger: disputes: %w", err)
	}
	for _, d := range s.coord.active {
		s.stats.upsert(d)
	}
	if err := s.loadDerived(); err != nil {
		return nil, err
	}
	s.updateAlarmGauges()
	s.updateEconomics()
	if cfg.MetricsAddr != "" {
		addr, stop, err := s.serve(cfg.MetricsAddr)
		if err != nil {
			return nil, fmt.Errorf("challenger: metrics on %s: %w", cfg.MetricsAddr, err)
		}
		s.metricsOff, s.metricsURL = stop, "http://"+addr
	}
	ok = true
	return s, nil
}

func (s *Service) checkL1(ctx context.Context) error {
	id, err := s.l1c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("challenger: L1 chain id: %w", err)
	}
	s.chainID = id.Uint64()
	d := s.cfg.Deployment
	if d.ChainID != nil && d.ChainID.ToInt().Cmp(id) != 0 {
		return fmt.Errorf("challenger: the deployment is on chain %s, the L1 node on %s", d.ChainID.ToInt(), id)
	}
	sys, err := l1.Bind(s.l1c, d)
	if err != nil {
		return fmt.Errorf("challenger: %w", err)
	}
	if err := sys.CheckWiring(ctx); err != nil {
		return fmt.Errorf("challenger: deployment: %w", err)
	}
	s.domain = state.NewDomain(s.chainID, d.Rollup)
	return nil
}

// checkKeys compares each class's local keys with the verifier Disputes
// registered: keys that cannot verify on chain are refused (every proof
// would revert after a paid commit); a class without local keys is
// reported and its frauds raise an alarm.
func (s *Service) checkKeys(ctx context.Context, keys *circuit.KeyCache) error {
	var usable []uint8
	for _, c := range circuit.Classes() {
		out, err := s.call(ctx, s.cfg.Deployment.Disputes, disputesABI.PackVerifier(c.ID))
		if err != nil {
			return fmt.Errorf("challenger: Disputes.verifier(%d): %w", c.ID, err)
		}
		addr, err := disputesABI.UnpackVerifier(out)
		if err != nil {
			return fmt.Errorf("challenger: Disputes.verifier(%d): %w", c.ID, err)
		}
		k, err := keys.Get(c)
		if err != nil {
			s.log.Warn("no keys of this step class: its frauds cannot be proven (run `gpuroll setup --class N`)", "class", c.ID, "err", err)
			continue
		}
		if err := circuit.CheckDeployed(ctx, s.l1c, addr, k); err != nil {
			return fmt.Errorf("challenger: %w", err)
		}
		usable = append(usable, c.ID)
	}
	s.log.Info("circuit keys match the deployed verifiers", "classes", usable)
	return nil
}

// openState opens the derived L2 state and the records. A first start
// builds the genesis from L1 (the Rollup constructor's ParamsChanged
// messages) and checks it against batch 0's post-state root.
func (s *Service) openState(ctx context.Context) error {
	stDB, err := state.OpenDB(filepath.Join(s.cfg.DataDir, "state"), s.log.With("db", "state"))
	if err != nil {
		return fmt.Errorf("challenger: open state db: %w", err)
	}
	s.stDB = stDB
	gen, err := s.genesisFromL1(ctx)
	if err != nil {
		return err
	}
	if s.st, err = state.Open(ctx, stDB, s.domain, gen, s.log.With("component", "state")); err != nil {
		return fmt.Errorf("challenger: open state: %w", err)
	}
	root, err := s.st.RootAt(0)
	if err != nil {
		return err
	}
	out, err := s.call(ctx, s.cfg.Deployment.Rollup, rollupABI.PackBatch(0))
	if err != nil {
		return fmt.Errorf("challenger: read batch 0: %w", err)
	}
	b0, err := rollupABI.UnpackBatch(out)
	if err != nil {
		return err
	}
	if common.Hash(b0.PostStateRoot) != root {
		return fmt.Errorf("challenger: the L2 genesis root %s is not batch 0's post-state root %s on L1 (another deployment's data dir?)", root, common.Hash(b0.PostStateRoot))
	}
	s.genesis = cursor{Batch: 0, HeaderHash: b0.HeaderHash}
	recDB, err := state.OpenDB(filepath.Join(s.cfg.DataDir, "records"), s.log.With("db", "records"))
	if err != nil {
		return fmt.Errorf("challenger: open records db: %w", err)
	}
	s.recDB = recDB
	s.db = &db{p: recDB}
	var c cursor
	if ok, err := s.db.getJSON([]byte{pfxCursor}, &c); err != nil {
		return err
	} else if !ok {
		c = s.genesis
	}
	s.cursor = c
	return nil
}

func (s *Service) genesisFromL1(ctx context.Context) (*state.Genesis, error) {
	d := s.cfg.Deployment
	ctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
	defer cancel()
	logs, err := s.l1c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(d.DeployBlock), ToBlock: new(big.Int).SetUint64(d.DeployBlock),
		Addresses: []common.Address{d.Rollup}, Topics: [][]common.Hash{{l1.MessageQueuedTopic()}},
	})
	if err != nil {
		return nil, fmt.Errorf("challenger: read the deployment's messages: %w", err)
	}
	var vals [l1iface.MaxParamID]*big.Int
	for i := range logs {
		q, err := l1.ParseMessageQueued(d.Rollup, &logs[i])
		if err != nil {
			return nil, fmt.Errorf("challenger: deployment message: %w", err)
		}
		if q.Message.Index >= uint64(l1iface.MaxParamID) {
			continue
		}
		p, _ := q.Message.Decode()
		pc, ok := p.(*l1iface.ParamsChanged)
		if !ok || uint64(pc.ParamID) != q.Message.Index+1 {
			return nil, fmt.Errorf("challenger: message %d of the deployment is not ParamsChanged(%d)", q.Message.Index, q.Message.Index+1)
		}
		vals[q.Message.Index] = pc.Value.ToBig()
	}
	params, err := state.ParamsFromValues(vals)
	if err != nil {
		return nil, fmt.Errorf("challenger: the deployment block %d lacks the initial parameters (is deployBlock right?): %w", d.DeployBlock, err)
	}
	return &state.Genesis{Params: params}, nil
}

func (s *Service) openTxManagers(ctx context.Context) error {
	txc := s.cfg.TxMgr
	txc.Key = s.cfg.Key
	txc.StatePath = filepath.Join(s.cfg.DataDir, "txmgr.json")
	txc.Logger = s.log.With("component", "txmgr")
	txc.Metrics = s.m
	if txc.Confirmations == 0 {
		txc.Confirmations = s.cfg.L1Confirmations
	}
	var err error
	if s.txm, err = l1.NewTxManager(ctx, s.l1c, txc); err != nil {
		return fmt.Errorf("challenger: tx manager: %w", err)
	}
	if s.cfg.GuardianKey != nil {
		gc := txc
		gc.Key = s.cfg.GuardianKey
		gc.StatePath = filepath.Join(s.cfg.DataDir, "txmgr-guardian.json")
		gc.Logger = s.log.With("component", "txmgr-guardian")
		gc.Metrics = nil
		s.gfrom = crypto.PubkeyToAddress(s.cfg.GuardianKey.PublicKey)
		if s.gfrom == s.from {
			return errors.New("challenger: the guardian key is the challenger's key (two tx managers would share its nonces)")
		}
		if s.gtxm, err = l1.NewTxManager(ctx, s.l1c, gc); err != nil {
			return fmt.Errorf("challenger: guardian tx manager: %w", err)
		}
	}
	return nil
}

func (s *Service) openFollower() error {
	topics := []common.Hash{l1.MessageQueuedTopic(), topicBatchSubmitted, topicBatchesRejected}
	s.follower = l1.NewFollower(s.l1c, l1.FollowerConfig{
		Addresses: []common.Address{s.cfg.Deployment.Rollup}, Topics: [][]common.Hash{topics},
		From: s.cfg.Deployment.DeployBlock, Confirmations: s.cfg.L1Confirmations,
		PollInterval: s.cfg.L1PollInterval, Logger: s.log,
	})
	var refs []l1.BlockRef
	if ok, err := s.db.getJSON([]byte{pfxFollower}, &refs); err != nil {
		return fmt.Errorf("challenger: follower history: %w", err)
	} else if ok && len(refs) > 0 {
		if err := s.follower.ResumeFrom(refs); err != nil {
			return fmt.Errorf("challenger: resume the L1 follower: %w", err)
		}
	}
	// The message count and rolling hash from the records.
	var n uint64
	var last msgRec
	if err := s.db.scan([]byte{pfxMsg}, func(k, v []byte) error {
		var m msgRec
		if err := json.Unmarshal(v, &m); err != nil {
			return err
		}
		if m.Index != n {
			return fmt.Errorf("challenger records: message %d after %d", m.Index, int64(n)-1)
		}
		last, n = m, n+1
		return nil
	}); err != nil {
		return err
	}
	s.msgsSeen = n
	s.msgsSeenAtomic.Store(n)
	if n > 0 {
		s.rolling = last.Rolling
	}
	return nil
}

// loadDerived restores the derivation totals and reconciles the state
// with the cursor.
func (s *Service) loadDerived() error {
	if err := s.reconcile(); err != nil {
		return fmt.Errorf("challenger: %w", err)
	}
	var batches, blocks, txs uint64
	if err := s.db.scan([]byte{pfxDerived}, func(_, v []byte) error {
		var dr derivedRec
		if err := json.Unmarshal(v, &dr); err != nil {
			return err
		}
		batches, blocks, txs = batches+1, blocks+uint64(dr.Blocks), txs+uint64(dr.Txs)
		return nil
	}); err != nil {
		return err
	}
	s.stats.mu.Lock()
	s.stats.batches, s.stats.blocks, s.stats.txs = batches, blocks, txs
	s.stats.mu.Unlock()
	s.stats.setDerived(s.cursor, s.rootAt())
	return nil
}

// Start runs the loops: L1 follow and derivation, the coordinator, the
// checkers and provers, and the status writer.
func (s *Service) Start(ctx context.Context) error {
	if !s.started.CompareAndSwap(false, true) {
		return errors.New("challenger: already started")
	}
	s.loopCtx, s.cancel = context.WithCancel(context.Background())
	run := func(f func(context.Context)) {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			f(s.loopCtx)
		}()
	}
	run(s.l1Loop)
	run(s.coord.run)
	for i := 0; i < s.cfg.Checkers; i++ {
		run(func(ctx context.Context) { s.checkLoop(ctx, s.coord.checkCh) })
	}
	for i := 0; i < s.cfg.Provers; i++ {
		run(func(ctx context.Context) { s.proveLoop(ctx, s.coord.proveCh) })
	}
	run(s.statusLoop)
	s.m.up.Set(1)
	s.statusDirty()
	s.log.Info("challenger started", "challenger", s.from, "rollup", s.cfg.Deployment.Rollup, "store", s.cfg.StoreURL,
		"sampleRate", s.cfg.SampleRate, "alwaysCheckAbove", s.cfg.AlwaysCheckAbove, "derivedBatch", s.cursor.Batch,
		"guardian", s.gtxm != nil, "metrics", s.metricsURL)
	return nil
}

func (s *Service) statusLoop(ctx context.Context) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	last := time.Time{}
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if s.dirty.Swap(false) || time.Since(last) > 2*time.Second {
			s.updateCapacity()
			s.writeStatus()
			last = time.Now()
		}
	}
}

// Stop stops the loops (a commit or reveal in flight stays in the tx
// manager's state file and is resumed, not repeated, at the next start)
// and closes the databases.
func (s *Service) Stop(ctx context.Context) error {
	var err error
	s.stopOnce.Do(func() {
		s.stopped.Store(true)
		s.m.up.Set(0)
		if s.cancel != nil {
			s.cancel()
		}
		done := make(chan struct{})
		go func() { s.wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-ctx.Done():
			err = errors.Join(err, fmt.Errorf("challenger: loops did not stop in time: %w", ctx.Err()))
			<-done // they hold the state: never close it under them
		}
		if s.started.Load() {
			s.writeStatus()
		}
		err = errors.Join(err, s.closeAll())
		s.log.Info("challenger stopped", "err", err)
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
	if s.txm != nil {
		errs = append(errs, s.txm.Close())
	}
	if s.gtxm != nil {
		errs = append(errs, s.gtxm.Close())
	}
	if c, ok := s.exec.(interface{ Close() error }); ok && s.cfg.Executor == nil {
		errs = append(errs, c.Close())
	}
	if s.st != nil {
		errs = append(errs, s.st.Flush()) // the tree's live layer too: a fast next start
	}
	if s.stDB != nil {
		errs = append(errs, s.stDB.Close())
	}
	if s.recDB != nil {
		errs = append(errs, s.recDB.Close())
	}
	if s.l1c != nil {
		s.l1c.Close()
	}
	return errors.Join(errs...)
}

// Address is the challenger's L1 address.
func (s *Service) Address() common.Address { return s.from }

// MetricsURL is the http://host:port of /metrics and /status, or "".
func (s *Service) MetricsURL() string { return s.metricsURL }

// Dispute returns the persisted record of a receipt, or nil.
func (s *Service) Dispute(id common.Hash) (*Dispute, error) {
	var d Dispute
	ok, err := s.db.getJSON(key(pfxReceipt, id[:]), &d)
	if err != nil || !ok {
		return nil, err
	}
	return &d, nil
}

// Disputes returns every persisted receipt record (tests, audits).
func (s *Service) Disputes() ([]*Dispute, error) {
	var out []*Dispute
	err := s.db.scan([]byte{pfxReceipt}, func(_, v []byte) error {
		d := new(Dispute)
		if err := json.Unmarshal(v, d); err != nil {
			return err
		}
		out = append(out, d)
		return nil
	})
	return out, err
}
