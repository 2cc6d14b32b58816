// Package devnet runs the whole market in one process so a person can
// watch it: an L1 (the embedded dev chain, or a `geth --dev`/anvil on
// loopback), the contracts, funded dev keys, the sequencer, providers
// (one of them dishonest on request), a challenger holding the guardian's
// key, and buyers submitting real jobs. `gpuroll devnet` is its command.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/devchain"
	"github.com/gpuroll/gpuroll/provider"
	"github.com/gpuroll/gpuroll/state"
)

// Config of a devnet. Zero values take the defaults noted.
type Config struct {
	// DataDir keeps everything (default ~/.gpuroll/devnet): a restart with
	// the same directory continues the same chain.
	DataDir string
	// L1RPC: an external dev node (geth --dev, anvil) instead of the
	// embedded chain; its first unlocked account funds the dev keys.
	L1RPC string
	// L1Port: the embedded chain's port on 127.0.0.1 (default 8545).
	L1Port int
	// RPCAddr: the sequencer's API (default 127.0.0.1:8645).
	RPCAddr string
	// ExplorerAddr: the web explorer's address ("" or "-": no explorer;
	// `gpuroll devnet` serves it on 127.0.0.1:8745 by default).
	ExplorerAddr string
	// Providers: honest providers (default 2, or none with Dishonest);
	// Dishonest adds one whose executor corrupts one output of its first
	// job and of every second one after it.
	Providers int
	Dishonest bool
	// Buyers (default 1) each submit a job every JobEvery (default 5 s).
	Buyers   int
	JobEvery time.Duration
	// NoWorkload: the buyers' keys are funded but submit nothing (a test,
	// or a person with gpuroll wallet, drives them).
	NoWorkload bool
	// WithdrawMin: providers withdraw to L1 whenever their L2 balance
	// exceeds their fee reserve (1 token) by this much (default: never).
	WithdrawMin *big.Int
	// Windows (defaults 30 s, 15 s, 120 s): short, so a receipt is paid
	// within about a minute.
	DisputeWindow, RevealPeriod, MaxInclusionDelay time.Duration
	// BlockTime of L2 (default 250 ms).
	BlockTime time.Duration
	// Out receives the summary (default os.Stdout); Logger the services'
	// logs (default: warnings and errors to stderr).
	Out    io.Writer
	Logger *slog.Logger
}

func (c *Config) defaults() error {
	if c.DataDir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return fmt.Errorf("devnet: no data dir and no home: %w", err)
		}
		c.DataDir = filepath.Join(home, ".gpuroll", "devnet")
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d == 0 {
			*d = v
		}
	}
	def(&c.JobEvery, 5*time.Second)
	def(&c.DisputeWindow, 30*time.Second)
	def(&c.RevealPeriod, 15*time.Second)
	def(&c.MaxInclusionDelay, 120*time.Second)
	def(&c.BlockTime, 250*time.Millisecond)
	if c.L1Port == 0 {
		c.L1Port = 8545
	}
	if c.RPCAddr == "" {
		c.RPCAddr = "127.0.0.1:8645"
	}
	if c.Providers == 0 && !c.Dishonest {
		c.Providers = 2
	}
	if c.Buyers == 0 {
		c.Buyers = 1
	}
	if c.Providers < 0 || c.Providers > 16 || c.Buyers < 0 || c.Buyers > 16 {
		return fmt.Errorf("devnet: %d providers and %d buyers: want 0..16 each", c.Providers, c.Buyers)
	}
	if c.Out == nil {
		c.Out = os.Stdout
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	return nil
}

// Password of every dev keystore (printed: these keys guard nothing).
const Password = "devnet"

// Role names of the dev keys.
const (
	RoleCity     = "city"     // deployer, admin, minter, sequencer
	RoleGuardian = "guardian" // may reject batches (held by the challenger)
	RoleAuditor  = "auditor"  // the challenger's key
	// RoleUser is yours: funded with ETH and tokens on L1, used by no
	// service, so `gpuroll wallet` can act with it beside the workload.
	RoleUser = "user"
)

// saved is what the data directory remembers between runs.
type saved struct {
	Seed       common.Hash       `json:"seed"`
	Deployment *l1.Addresses     `json:"deployment,omitempty"`
	L1RPC      string            `json:"l1Rpc,omitempty"`
	Dishonest  bool              `json:"dishonest"`
	Providers  int               `json:"providers"`
	Buyers     int               `json:"buyers"`
	Keystores  map[string]string `json:"keystores"`
	// Funded: the addresses the embedded L1's genesis funds, kept so that a
	// restart recreates the same genesis whatever keys it derives.
	Funded []common.Address `json:"funded,omitempty"`
}

// Key is a dev key with its role.
type Key struct {
	Role     string
	Key      *ecdsa.PrivateKey
	Addr     common.Address
	Keystore string
}

// keyFor derives the dev key of a role from the devnet's seed.
func keyFor(seed common.Hash, role string) *ecdsa.PrivateKey {
	h := crypto.Keccak256([]byte("gpuroll devnet key"), seed[:], []byte(role))
	for {
		if k, err := crypto.ToECDSA(h); err == nil {
			return k
		}
		h = crypto.Keccak256(h)
	}
}

func providerRole(i int) string { return fmt.Sprintf("provider-%d", i) }
func buyerRole(i int) string    { return fmt.Sprintf("buyer-%d", i) }

const dishonestRole = "provider-dishonest"

// Devnet is a running market.
type Devnet struct {
	cfg   Config
	log   *slog.Logger
	saved *saved
	keys  map[string]*Key
	l1    *devchain.Node
	l1URL string
	dep   *l1.Addresses
	// keysDir holds the class-1 fraud-proof keys.
	keysDir string

	services  []lifecycle // started in order, stopped in reverse
	providers map[string]*provider.Service
	seqURL    string
	ws        string
	explorer  string
	work      *workload
	sum       *summary

	cancel context.CancelFunc
	wg     sync.WaitGroup
	start  time.Time
}

type lifecycle interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Keys are the dev keys by role.
func (d *Devnet) Keys() map[string]*Key { return d.keys }

// Provider is the running provider of a role (provider-0, …,
// provider-dishonest), nil before Start.
func (d *Devnet) Provider(role string) *provider.Service { return d.providers[role] }

// Deployment is the contracts' addresses.
func (d *Devnet) Deployment() *l1.Addresses { return d.dep }

// SequencerURL is the sequencer's HTTP JSON-RPC URL; L1URL the L1 node's.
func (d *Devnet) SequencerURL() string { return d.seqURL }
func (d *Devnet) L1URL() string        { return d.l1URL }

// ExplorerURL is the web explorer's URL ("" without one).
func (d *Devnet) ExplorerURL() string { return d.explorer }

// DataDir is the devnet's directory.
func (d *Devnet) DataDir() string { return d.cfg.DataDir }

func (d *Devnet) say(format string, a ...any) {
	fmt.Fprintf(d.cfg.Out, "%s  "+format+"\n", append([]any{time.Now().Format("15:04:05")}, a...)...)
}

// loadSaved reads (or starts) the data directory's record; a directory of
// another shape (providers, dishonest, L1) is refused with what differs.
func (d *Devnet) loadSaved() error {
	path := filepath.Join(d.cfg.DataDir, "devnet.json")
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		var seed common.Hash
		copy(seed[:], crypto.Keccak256([]byte(fmt.Sprint(time.Now().UnixNano(), os.Getpid()))))
		d.saved = &saved{Seed: seed, L1RPC: d.cfg.L1RPC, Dishonest: d.cfg.Dishonest, Providers: d.cfg.Providers, Buyers: d.cfg.Buyers}
		return d.writeSaved()
	}
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	var s saved
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("devnet: %s: %w", path, err)
	}
	if s.L1RPC != d.cfg.L1RPC || s.Dishonest != d.cfg.Dishonest || s.Providers != d.cfg.Providers || s.Buyers != d.cfg.Buyers {
		return fmt.Errorf("devnet: %s was made with --l1-rpc %q, %d providers, %d buyers, dishonest %v: start it the same way, or use another --datadir",
			d.cfg.DataDir, s.L1RPC, s.Providers, s.Buyers, s.Dishonest)
	}
	d.saved = &s
	return nil
}

func (d *Devnet) writeSaved() error {
	b, err := json.MarshalIndent(d.saved, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(d.cfg.DataDir, "devnet.json")
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// makeKeys derives every dev key and writes its keystore (light scrypt,
// password "devnet") so a second terminal can use `gpuroll wallet`.
func (d *Devnet) makeKeys() error {
	roles := []string{RoleCity, RoleGuardian, RoleAuditor, RoleUser}
	for i := 0; i < d.cfg.Providers; i++ {
		roles = append(roles, providerRole(i))
	}
	if d.cfg.Dishonest {
		roles = append(roles, dishonestRole)
	}
	for i := 0; i < d.cfg.Buyers; i++ {
		roles = append(roles, buyerRole(i))
	}
	ksDir := filepath.Join(d.cfg.DataDir, "keystore")
	ks := keystore.NewKeyStore(ksDir, keystore.LightScryptN, keystore.LightScryptP)
	if d.saved.Keystores == nil {
		d.saved.Keystores = map[string]string{}
	}
	d.keys = map[string]*Key{}
	for _, r := range roles {
		k := keyFor(d.saved.Seed, r)
		key := &Key{Role: r, Key: k, Addr: crypto.PubkeyToAddress(k.PublicKey)}
		if p, ok := d.saved.Keystores[r]; ok {
			key.Keystore = p
		} else {
			acc, err := ks.ImportECDSA(k, Password)
			if err != nil && !errors.Is(err, keystore.ErrAccountAlreadyExists) {
				return fmt.Errorf("devnet: keystore of %s: %w", r, err)
			}
			key.Keystore = acc.URL.Path
			d.saved.Keystores[r] = acc.URL.Path
		}
		d.keys[r] = key
	}
	return d.writeSaved()
}

// circuitKeys runs the dev setup of step class 1 once (cached in the data
// directory): the challenger proves with it. The devnet's jobs stay within
// class 1 (input width ≤ 256).
func (d *Devnet) circuitKeys(ctx context.Context) (string, error) {
	dir := filepath.Join(d.cfg.DataDir, "circuit")
	c1, _ := circuit.ClassByID(1)
	if _, err := circuit.LoadKeys(dir, c1); err == nil {
		return dir, nil
	}
	d.say("running the dev setup of the fraud-proof keys (step class 1; insecure, dev chains only): ~10-30 s, once")
	start := time.Now()
	k, err := circuit.DevSetup(ctx, c1, []byte(circuit.DevBeacon))
	if err != nil {
		return "", fmt.Errorf("devnet: dev setup: %w", err)
	}
	if err := k.WriteDir(dir); err != nil {
		return "", fmt.Errorf("devnet: write keys: %w", err)
	}
	d.say("fraud-proof keys ready in %s (%s)", dir, time.Since(start).Round(time.Second))
	return dir, nil
}

// devParams are the dev parameters with the devnet's short windows.
func (d *Devnet) devParams() l1.Params {
	p := l1.DevParams(d.keys[RoleCity].Addr, d.keys[RoleGuardian].Addr)
	p.DisputeWindow = uint64(d.cfg.DisputeWindow / time.Second)
	p.RevealPeriod = uint64(d.cfg.RevealPeriod / time.Second)
	p.MaxInclusionDelay = uint64(d.cfg.MaxInclusionDelay / time.Second)
	return p
}

func genesisOf(ctx context.Context, p l1.Params) (state.Params, common.Hash, error) {
	vals, err := p.Array()
	if err != nil {
		return state.Params{}, common.Hash{}, err
	}
	sp, err := state.ParamsFromValues(vals)
	if err != nil {
		return state.Params{}, common.Hash{}, err
	}
	root, err := state.GenesisRoot(ctx, &state.Genesis{Params: sp})
	return sp, root, err
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
