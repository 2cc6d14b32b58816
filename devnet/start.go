package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/challenger"
	"github.com/gpuroll/gpuroll/explorer"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/devchain"
	"github.com/gpuroll/gpuroll/provider"
	"github.com/gpuroll/gpuroll/sequencer"
	"github.com/gpuroll/gpuroll/sequencer/store"
)

// New prepares a devnet: the data directory, the dev keys, the L1 (started
// and funded), the fraud-proof keys and the contracts (deployed once).
// Start builds and starts the services.
func New(ctx context.Context, cfg Config) (*Devnet, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	d := &Devnet{cfg: cfg, log: cfg.Logger, start: time.Now()}
	ok := false
	defer func() {
		if !ok {
			d.closeL1()
		}
	}()
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	if err := d.loadSaved(); err != nil {
		return nil, err
	}
	if err := d.makeKeys(); err != nil {
		return nil, err
	}
	if err := d.startL1(ctx); err != nil {
		return nil, err
	}
	keysDir, err := d.circuitKeys(ctx)
	if err != nil {
		return nil, err
	}
	if err := d.deploy(ctx); err != nil {
		return nil, err
	}
	d.keysDir = keysDir
	ok = true
	return d, nil
}

func (d *Devnet) closeL1() {
	if d.l1 != nil {
		_ = d.l1.Close()
		d.l1 = nil
	}
}

// startL1 starts the embedded chain (funding the dev keys at genesis) or
// funds them on the external node from its first unlocked account.
func (d *Devnet) startL1(ctx context.Context) error {
	fund := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	if d.cfg.L1RPC == "" {
		if d.saved.Funded == nil {
			for _, r := range d.roleOrder() {
				d.saved.Funded = append(d.saved.Funded, d.keys[r].Addr)
			}
			if err := d.writeSaved(); err != nil {
				return err
			}
		}
		alloc := map[common.Address]*big.Int{}
		for _, a := range d.saved.Funded {
			alloc[a] = fund
		}
		for _, r := range d.roleOrder() {
			if _, ok := alloc[d.keys[r].Addr]; !ok {
				d.say("warning: key %s is newer than this devnet's L1 and holds no ETH (--reset starts a devnet that funds it)", r)
			}
		}
		n, err := devchain.Start(devchain.Config{DataDir: filepath.Join(d.cfg.DataDir, "l1"), Port: d.cfg.L1Port, Alloc: alloc})
		if err != nil {
			return fmt.Errorf("devnet: L1 on port %d: %w (another devnet running? use --l1-port)", d.cfg.L1Port, err)
		}
		d.l1, d.l1URL = n, n.URL
		return nil
	}
	d.l1URL = d.cfg.L1RPC
	if d.saved.Deployment != nil {
		return nil // funded when it was deployed
	}
	rc, err := rpc.DialContext(ctx, d.l1URL)
	if err != nil {
		return fmt.Errorf("devnet: dial %s: %w", d.l1URL, err)
	}
	defer rc.Close()
	var accounts []common.Address
	if err := rc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		return fmt.Errorf("devnet: %s has no unlocked account to fund the dev keys from (geth --dev and anvil have one): %v", d.l1URL, err)
	}
	ec := ethclient.NewClient(rc)
	var last common.Hash
	for _, k := range d.keys {
		var h common.Hash
		tx := map[string]any{"from": accounts[0], "to": k.Addr, "value": (*hexutil.Big)(fund)}
		if err := rc.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			return fmt.Errorf("devnet: fund %s from %s: %w", k.Role, accounts[0], err)
		}
		last = h
	}
	for {
		r, err := ec.TransactionReceipt(ctx, last)
		if err == nil && r.Status == types.ReceiptStatusSuccessful {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: funding the dev keys: %w", ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// deploy deploys the contracts with the committed dev verifiers once, and
// mints tokens to the providers and buyers; later starts reuse it.
func (d *Devnet) deploy(ctx context.Context) error {
	if d.saved.Deployment != nil {
		d.dep = d.saved.Deployment
		return nil
	}
	ec, err := ethclient.DialContext(ctx, d.l1URL)
	if err != nil {
		return fmt.Errorf("devnet: dial L1: %w", err)
	}
	defer ec.Close()
	city := d.keys[RoleCity]
	txm, err := l1.NewTxManager(ctx, ec, l1.TxManagerConfig{Key: city.Key, StatePath: filepath.Join(d.cfg.DataDir, "deploy-txmgr.json"),
		PollInterval: 200 * time.Millisecond, Logger: d.log})
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	defer txm.Close()
	d.say("deploying the contracts on L1 (%s)…", d.l1URL)
	vs, err := l1.DeployDevVerifiers(ctx, txm)
	if err != nil {
		return fmt.Errorf("devnet: deploy the dev verifiers: %w", err)
	}
	p := d.devParams()
	_, root, err := genesisOf(ctx, p)
	if err != nil {
		return fmt.Errorf("devnet: genesis: %w", err)
	}
	dep, err := l1.Deploy(ctx, txm, l1.DeployConfig{Admin: city.Addr, Params: p, GenesisStateRoot: root, Verifiers: vs})
	if err != nil {
		return fmt.Errorf("devnet: deploy: %w", err)
	}
	tok := bindings.NewComputeToken()
	for _, k := range d.keys {
		if k.Role == RoleCity || k.Role == RoleGuardian || k.Role == RoleAuditor {
			continue
		}
		r, err := txm.Send(ctx, l1.TxCandidate{To: &dep.Token, Data: tok.PackMint(k.Addr, ether(1_000_000))})
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("devnet: mint to %s: %v", k.Role, err)
		}
	}
	d.saved.Deployment, d.dep = dep, dep
	d.say("contracts deployed: Rollup %s, token %s", dep.Rollup, dep.Token)
	if err := d.writeSaved(); err != nil {
		return err
	}
	// The same file `gpuroll deploy --out` writes, for running a role by hand.
	b, err := json.MarshalIndent(dep, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(d.cfg.DataDir, "deployment.json"), b, 0o644)
}

// startServices builds and starts, in order, the sequencer (the providers
// and the challenger ask it for the chain when they are built), the
// providers and the challenger; then the buyers' workload.
func (d *Devnet) startServices(ctx context.Context) error {
	keysDir := d.keysDir
	city := d.keys[RoleCity]
	seq, err := sequencer.New(ctx, sequencer.Config{
		DataDir: filepath.Join(d.cfg.DataDir, "sequencer"), L1RPC: d.l1URL, Deployment: d.dep, Key: city.Key,
		RPCAddr: d.cfg.RPCAddr, BlockTime: d.cfg.BlockTime, BatchInterval: 5 * time.Second,
		L1PollInterval: 500 * time.Millisecond, Logger: d.log,
		TxMgr: l1.TxManagerConfig{ResubmitInterval: 10 * time.Second, PollInterval: 250 * time.Millisecond},
		// Buyers here may submit a job every 100 ms (two uploads each).
		Store: store.Config{UploadsPerMinute: 1200},
	})
	if err != nil {
		return fmt.Errorf("devnet: sequencer: %w", err)
	}
	if err := d.add(ctx, seq); err != nil {
		return fmt.Errorf("devnet: sequencer: %w", err)
	}
	d.seqURL, d.ws = seq.RPCURL(), seq.WSURL()
	// The dishonest provider first: the buyers' first job goes to it, so
	// the fraud path shows within the first minute.
	var provs []*Key
	if d.cfg.Dishonest {
		provs = append(provs, d.keys[dishonestRole])
	}
	for i := 0; i < d.cfg.Providers; i++ {
		provs = append(provs, d.keys[providerRole(i)])
	}
	// The providers start side by side: each bonds, deposits its fees and
	// registers through its own L1 and L2 txs (a few L1 blocks each).
	d.providers = map[string]*provider.Service{}
	var mu sync.Mutex
	errs := make([]error, len(provs))
	var wg sync.WaitGroup
	for i, k := range provs {
		pc := provider.Config{
			DataDir: filepath.Join(d.cfg.DataDir, k.Role), SequencerURL: d.ws, L1RPC: d.l1URL, Deployment: d.dep, Key: k.Key,
			Price: uint256.NewInt(1e18), Endpoint: fmt.Sprintf("devnet://%s", k.Role), NoNVML: true,
			Bond: ether(1000), MaxBond: ether(10_000), FeeReserve: ether(1), FeeDeposit: ether(10),
			WithdrawMin: d.cfg.WithdrawMin, StatusAddr: "-", PollInterval: time.Second, Logger: d.log.With("role", k.Role),
			TxMgr: l1.TxManagerConfig{ResubmitInterval: 10 * time.Second, PollInterval: 250 * time.Millisecond},
		}
		if k.Role == dishonestRole {
			pc.CustomExecutor = &corrupting{every: 2}
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := provider.New(ctx, pc)
			if err == nil {
				err = p.Start(ctx)
				if err != nil {
					_ = p.Stop(context.Background())
				}
			}
			if err != nil {
				errs[i] = fmt.Errorf("devnet: %s: %w", k.Role, err)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			d.services = append(d.services, p)
			d.providers[k.Role] = p
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	ch, err := challenger.New(ctx, challenger.Config{
		DataDir: filepath.Join(d.cfg.DataDir, "challenger"), L1RPC: d.l1URL, Deployment: d.dep, StoreURL: d.seqURL,
		Key: d.keys[RoleAuditor].Key, GuardianKey: d.keys[RoleGuardian].Key, KeyDir: filepath.Join(d.cfg.DataDir, "challenger-keys"),
		CircuitKeys: keysDir, SampleRate: 1, L1PollInterval: 500 * time.Millisecond, Logger: d.log,
		TxMgr: l1.TxManagerConfig{ResubmitInterval: 10 * time.Second, PollInterval: 250 * time.Millisecond},
	})
	if err != nil {
		return fmt.Errorf("devnet: challenger: %w", err)
	}
	if err := d.add(ctx, ch); err != nil {
		return fmt.Errorf("devnet: challenger: %w", err)
	}
	if d.cfg.ExplorerAddr != "" && d.cfg.ExplorerAddr != "-" {
		ex, err := explorer.New(ctx, explorer.Config{RPC: d.seqURL, L1RPC: d.l1URL, Addr: d.cfg.ExplorerAddr, Logger: d.log})
		if err != nil {
			return fmt.Errorf("devnet: explorer: %w", err)
		}
		if err := d.add(ctx, ex); err != nil {
			return fmt.Errorf("devnet: explorer on %s: %w (another devnet running? use --explorer-addr)", d.cfg.ExplorerAddr, err)
		}
		d.explorer = ex.URL()
	}
	var buyers []*Key
	for i := 0; i < d.cfg.Buyers; i++ {
		buyers = append(buyers, d.keys[buyerRole(i)])
	}
	d.work = newWorkload(d, buyers, provs)
	d.sum = newSummary(d)
	return nil
}

// add starts a service and records it for Stop.
func (d *Devnet) add(ctx context.Context, s lifecycle) error {
	if err := s.Start(ctx); err != nil {
		_ = s.Stop(context.Background())
		return err
	}
	d.services = append(d.services, s)
	return nil
}

// Start starts the services in order, then the buyers and the summary. On
// an error the caller still calls Stop, which stops what had started.
func (d *Devnet) Start(ctx context.Context) error {
	if err := d.startServices(ctx); err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	d.printIntro()
	run := []func(context.Context){d.sum.run}
	if !d.cfg.NoWorkload {
		run = append(run, d.work.run)
	}
	for _, f := range run {
		d.wg.Add(1)
		go func() {
			defer d.wg.Done()
			f(runCtx)
		}()
	}
	return nil
}

// Stop stops the buyers and the summary, then the services in reverse
// order, then the L1.
func (d *Devnet) Stop(ctx context.Context) error {
	if d.cancel != nil {
		d.cancel()
	}
	d.wg.Wait()
	var errs []error
	for i := len(d.services) - 1; i >= 0; i-- {
		errs = append(errs, d.services[i].Stop(ctx))
	}
	d.closeL1()
	err := errors.Join(errs...)
	d.say("devnet stopped (data kept in %s: start it again to continue the same chain)", d.cfg.DataDir)
	return err
}

func (d *Devnet) printIntro() {
	d.say("gpuroll devnet is running (%s of setup)", time.Since(d.start).Round(time.Second))
	d.say("  L1 JSON-RPC      %s (chain %d)", d.l1URL, devchain.ChainID)
	d.say("  sequencer API   %s  (WebSocket %s)", d.seqURL, d.ws)
	if d.explorer != "" {
		d.say("  explorer        %s", d.explorer)
	}
	d.say("  keystores       %s  (password %q)", filepath.Join(d.cfg.DataDir, "keystore"), Password)
	for _, r := range d.roleOrder() {
		k := d.keys[r]
		d.say("  %-19s %s  %s", k.Role, k.Addr, filepath.Base(k.Keystore))
	}
	d.say("  deployment      %s", filepath.Join(d.cfg.DataDir, "deployment.json"))
	d.say("  windows         dispute %s, reveal %s, max inclusion delay %s", d.cfg.DisputeWindow, d.cfg.RevealPeriod, d.cfg.MaxInclusionDelay)
	if env, err := d.writeWalletEnv(); err == nil {
		d.say("  wallet          source %s   # then: gpuroll wallet balance (as the user key; set GPUROLL_WALLET_KEYSTORE for another role)", env)
	}
}

// writeWalletEnv writes the environment that points `gpuroll wallet` at
// this devnet with the user's key.
func (d *Devnet) writeWalletEnv() (string, error) {
	k := d.keys[RoleUser]
	env := fmt.Sprintf("export GPUROLL_WALLET_RPC=%s\nexport GPUROLL_WALLET_L1_RPC=%s\nexport GPUROLL_WALLET_KEYSTORE=%s\nexport GPUROLL_WALLET_PASSWORD=%s\nexport GPUROLL_WALLET_DATADIR=%s\n",
		d.seqURL, d.l1URL, k.Keystore, Password, filepath.Join(d.cfg.DataDir, "wallet"))
	path := filepath.Join(d.cfg.DataDir, "wallet.env")
	return path, os.WriteFile(path, []byte(env), 0o600)
}

func (d *Devnet) roleOrder() []string {
	out := []string{RoleCity, RoleGuardian, RoleAuditor, RoleUser}
	for i := 0; i < d.cfg.Providers; i++ {
		out = append(out, providerRole(i))
	}
	if d.cfg.Dishonest {
		out = append(out, dishonestRole)
	}
	for i := 0; i < d.cfg.Buyers; i++ {
		out = append(out, buyerRole(i))
	}
	return out
}
