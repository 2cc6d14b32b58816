// Package loadgen is a bounded load generator for a gpuroll sequencer on
// the same machine: it derives N wallets from a seed, funds them from a
// funder's L2 balance (L2 Transfers, waiting for their inclusion), signs
// every Transfer of the run before the timer starts, then sends them
// through gpuroll_sendRawTransactions in JSON-RPC batches over a few
// keep-alive HTTP connections, at a target rate or as fast as the
// sequencer answers, until a duration or a count is reached (both bound
// every run). It measures what the sequencer accepted (per second over
// the steady middle of the run, refusals by code), the acknowledgement
// latency of each tx (the answer to its batch), and the inclusion latency
// (from the acknowledgement to the newBlocks notification of the block
// that holds the tx; the block's tx hashes are read with
// gpuroll_getBlockByNumber).
//
// It refuses URLs that do not point at this machine unless
// Config.AllowRemote is set: it is a tool to measure one's own sequencer,
// not to load someone else's.
package loadgen

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

// Defaults of Config's zero fields.
const (
	DefaultWallets  = 1000
	DefaultDuration = 30 * time.Second
	DefaultCount    = 100_000
	DefaultBatch    = 100
	DefaultConns    = 4
	DefaultSeed     = "gpuroll loadgen"
	DefaultFanout   = 50
	DefaultDrain    = 30 * time.Second
	// DefaultAmount is what each Transfer moves: 1 gwei of the token.
	DefaultAmount = 1_000_000_000
	// DefaultMaxFeeFactor: maxFee is this many times the fee the current
	// parameters imply (a parameter change during the run does not make
	// the pre-signed txs invalid).
	DefaultMaxFeeFactor = 2
)

// Config is one run. Zero fields take the defaults above.
type Config struct {
	// RPC is the sequencer's HTTP JSON-RPC URL (http://127.0.0.1:8645);
	// WS its WebSocket URL (ws://127.0.0.1:8645), for the newBlocks
	// subscription.
	RPC, WS string
	// AllowRemote allows URLs whose host is not this machine's loopback.
	AllowRemote bool
	// Funder pays for the wallets (from its L2 balance).
	Funder *ecdsa.PrivateKey
	// Seed derives the wallets' keys (WalletKey): the same seed gives the
	// same wallets, so a second run reuses their balances.
	Seed string
	// Wallets is how many wallets send. The mempool bounds each sender's
	// pooled txs (64 by default), so the wallets must be many enough for
	// the backlog a run builds: about (accepted − included) / 64.
	Wallets int
	// Duration and Count bound the sending phase: it ends when either is
	// reached. Count txs are signed before it starts (fewer when Rate ×
	// Duration is smaller).
	Duration time.Duration
	Count    int
	// Rate is the target in txs per second; 0 sends as fast as the
	// sequencer answers (each connection sends its next batch when the
	// previous one is answered).
	Rate float64
	// Batch is the number of txs per gpuroll_sendRawTransactions call;
	// Conns the number of HTTP connections sending at once.
	Batch, Conns int
	// Amount moved by each Transfer (wei; default 1 gwei); FundEach, when
	// set, is the balance each wallet is topped up to (default: what its
	// share of the txs costs at maxFee, plus 10%).
	Amount, FundEach *uint256.Int
	// MaxFeeFactor multiplies the fee the parameters imply into each tx's
	// maxFee (default 2).
	MaxFeeFactor uint64
	// Fanout is how many wallets one funded account funds per round
	// (default 50; keep it under the mempool's per-sender limit).
	Fanout int
	// Drain is how long to wait, after the last batch is answered, for the
	// accepted txs to be included (default 30 s).
	Drain time.Duration
	// Trim is cut from both ends of the sending phase to measure the
	// sustained rates (default: 10% of the phase, at least 1 s).
	Trim time.Duration
	// Log receives progress (default: discarded).
	Log *slog.Logger
	// OnSend, when set, is called with true just before the first batch
	// is sent and with false once the last one is answered (to profile
	// the sending phase alone).
	OnSend func(sending bool)
}

func (c *Config) withDefaults() error {
	var errs []error
	if c.RPC == "" {
		errs = append(errs, errors.New("loadgen: no RPC URL"))
	}
	if c.WS == "" {
		errs = append(errs, errors.New("loadgen: no WebSocket URL (the newBlocks subscription needs one)"))
	}
	if c.Funder == nil {
		errs = append(errs, errors.New("loadgen: no funder key"))
	}
	for _, u := range []struct{ name, url string }{{"RPC", c.RPC}, {"WebSocket", c.WS}} {
		if u.url == "" {
			continue
		}
		if err := CheckLoopback(u.url, c.AllowRemote); errors.Is(err, ErrNotLoopback) {
			errs = append(errs, fmt.Errorf("loadgen: %s URL: %w (Config.AllowRemote allows it)", u.name, err))
		} else if err != nil {
			errs = append(errs, fmt.Errorf("loadgen: %s URL: %w", u.name, err))
		}
	}
	if c.Seed == "" {
		c.Seed = DefaultSeed
	}
	def := func(v *int, d int, name string) {
		if *v == 0 {
			*v = d
		}
		if *v < 0 {
			errs = append(errs, fmt.Errorf("loadgen: %s %d is negative", name, *v))
		}
	}
	def(&c.Wallets, DefaultWallets, "wallets")
	def(&c.Count, DefaultCount, "count")
	def(&c.Batch, DefaultBatch, "batch")
	def(&c.Conns, DefaultConns, "conns")
	def(&c.Fanout, DefaultFanout, "fanout")
	if c.Duration == 0 {
		c.Duration = DefaultDuration
	}
	if c.Drain == 0 {
		c.Drain = DefaultDrain
	}
	if c.Duration < 0 || c.Drain < 0 || c.Trim < 0 {
		errs = append(errs, errors.New("loadgen: negative duration"))
	}
	if c.Rate < 0 {
		errs = append(errs, fmt.Errorf("loadgen: rate %v is negative", c.Rate))
	}
	if c.Amount == nil {
		c.Amount = uint256.NewInt(DefaultAmount)
	}
	if c.Amount.IsZero() {
		errs = append(errs, errors.New("loadgen: a Transfer's amount must be positive"))
	}
	if c.MaxFeeFactor == 0 {
		c.MaxFeeFactor = DefaultMaxFeeFactor
	}
	if c.Fanout < 1 || c.Batch < 1 || c.Conns < 1 || c.Wallets < 1 {
		errs = append(errs, errors.New("loadgen: wallets, batch, conns and fanout must be at least 1"))
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	return errors.Join(errs...)
}

// ErrNotLoopback is CheckLoopback's refusal of a host that is not this
// machine's loopback.
var ErrNotLoopback = errors.New("not a loopback address")

// CheckLoopback refuses a URL whose host is not a loopback address of
// this machine ("localhost", 127.0.0.0/8, ::1, or a name that resolves
// only to those), unless allowRemote.
func CheckLoopback(raw string, allowRemote bool) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("%q: want an http(s):// or ws(s):// URL", raw)
	}
	host := u.Hostname()
	if host == "" {
		return fmt.Errorf("%q has no host", raw)
	}
	if allowRemote {
		return nil
	}
	if strings.EqualFold(host, "localhost") {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil {
		if ip.IsLoopback() {
			return nil
		}
		return fmt.Errorf("%w: %s", ErrNotLoopback, host)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ips, err := net.DefaultResolver.LookupIPAddr(ctx, host)
	if err != nil {
		return fmt.Errorf("resolve %s: %w", host, err)
	}
	for _, ip := range ips {
		if !ip.IP.IsLoopback() {
			return fmt.Errorf("%w: %s resolves to %s", ErrNotLoopback, host, ip.IP)
		}
	}
	return nil
}

// WalletKey is wallet i of seed: keccak256("gpuroll loadgen wallet" ‖
// seed ‖ i), rehashed in the (negligible) case it is not a valid key.
func WalletKey(seed string, i int) *ecdsa.PrivateKey {
	h := crypto.Keccak256([]byte("gpuroll loadgen wallet\x00"), []byte(seed), []byte{0, byte(i >> 56), byte(i >> 48), byte(i >> 40),
		byte(i >> 32), byte(i >> 24), byte(i >> 16), byte(i >> 8), byte(i)})
	for {
		if k, err := crypto.ToECDSA(h); err == nil {
			return k
		}
		h = crypto.Keccak256(h)
	}
}

type wallet struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64 // next nonce to sign with
	bal   *uint256.Int
}

// deriveWallets derives n wallets on all cores.
func deriveWallets(seed string, n int) []*wallet {
	ws := make([]*wallet, n)
	parallel(n, func(i int) {
		k := WalletKey(seed, i)
		ws[i] = &wallet{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	})
	return ws
}

// parallel runs fn(0..n-1) on GOMAXPROCS goroutines.
func parallel(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// fees is what a wallet needs to price a tx.
type fees struct {
	base, perByte *uint256.Int
	factor        uint64
}

// fee is the fee of an encoded tx of size bytes (not SubmitJob).
func (f fees) fee(size int) *uint256.Int {
	v := new(uint256.Int).Mul(f.perByte, uint256.NewInt(uint64(size)))
	return v.Add(v, f.base)
}

// maxFee is fee × factor.
func (f fees) maxFee(size int) *uint256.Int {
	return new(uint256.Int).Mul(f.fee(size), uint256.NewInt(f.factor))
}

// transferSize is the encoded size of every Transfer (type, nonce, maxFee,
// to, amount, signature).
var transferSize = (&state.Tx{MaxFee: new(uint256.Int), Body: &state.Transfer{Amount: new(uint256.Int)}}).Size()

// signed is a pre-signed tx.
type signed struct {
	raw  []byte
	hash common.Hash // the tx id: keccak of raw
}

// signTransfer signs a Transfer and returns its encoding and hash.
func signTransfer(d *state.Domain, key *ecdsa.PrivateKey, nonce uint64, maxFee *uint256.Int, to common.Address, amount *uint256.Int) (signed, error) {
	tx := &state.Tx{Nonce: nonce, MaxFee: maxFee, Body: &state.Transfer{To: to, Amount: amount}}
	h := d.SigningHash(tx)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return signed{}, err
	}
	copy(tx.Sig[:], sig)
	raw := tx.Encode()
	// The tx hash the API uses is keccak of the encoding (state.Tx.ID).
	return signed{raw: raw, hash: crypto.Keccak256Hash(raw)}, nil
}

// Run performs one load run: fund, sign, send, drain. ctx cancels it (the
// result so far is returned with ctx's error).
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := cfg.withDefaults(); err != nil {
		return nil, err
	}
	var res *Result
	var err error
	// The label tells the load generator's CPU from the sequencer's in a
	// profile of a process that runs both (go tool pprof -tagfocus loadgen).
	pprof.Do(ctx, pprof.Labels("loadgen", "run"), func(ctx context.Context) {
		res, err = run(ctx, &cfg)
	})
	return res, err
}

func run(ctx context.Context, cfg *Config) (*Result, error) {
	log := cfg.Log
	cli, err := client.Dial(ctx, cfg.RPC)
	if err != nil {
		return nil, err
	}
	defer cli.Close()
	ci, err := cli.ChainInfo(ctx)
	if err != nil {
		return nil, err
	}
	dom := state.NewDomain(uint64(ci.Domain.ChainID), ci.Domain.VerifyingContract)
	if dom.Separator() != ci.Domain.Separator {
		return nil, fmt.Errorf("loadgen: chainInfo's domain separator %s does not match its fields", ci.Domain.Separator)
	}
	if ci.BaseFee == nil || ci.ByteFee == nil {
		return nil, errors.New("loadgen: chainInfo without fees")
	}
	f := fees{base: (*uint256.Int)(ci.BaseFee), perByte: (*uint256.Int)(ci.ByteFee), factor: cfg.MaxFeeFactor}
	blockTime, _ := time.ParseDuration(ci.BlockTime)

	res := &Result{Config: summary(cfg), BlockTime: blockTime, Refused: map[int]int{}}

	// Wallets and their accounts.
	t := time.Now()
	ws := deriveWallets(cfg.Seed, cfg.Wallets)
	total := cfg.Count
	if cfg.Rate > 0 {
		total = min(total, int(cfg.Rate*cfg.Duration.Seconds())+cfg.Batch)
	}
	funder := &wallet{key: cfg.Funder, addr: crypto.PubkeyToAddress(cfg.Funder.PublicKey)}
	if err := readAccounts(ctx, cli, append([]*wallet{funder}, ws...)); err != nil {
		return nil, err
	}
	log.Info("loadgen: wallets derived", "wallets", len(ws), "took", time.Since(t).Round(time.Millisecond))

	// Funding.
	t = time.Now()
	need := cfg.FundEach
	if need == nil {
		per := uint64((total + len(ws) - 1) / len(ws))
		cost := new(uint256.Int).Add(f.maxFee(transferSize), cfg.Amount)
		need = new(uint256.Int).Mul(cost, uint256.NewInt(per+per/10+2))
	}
	funded, err := fund(ctx, cli, dom, f, funder, ws, need, cfg.Fanout, cfg.Batch, log)
	if err != nil {
		return nil, err
	}
	res.Funded, res.FundTime = funded, time.Since(t)

	// Signing: every tx of the run, before the timer. Tx j is wallet j mod
	// W's (so a batch holds B different senders and each sender's nonces
	// advance one per round), to another wallet.
	t = time.Now()
	txs := make([]signed, total)
	maxFee := f.maxFee(transferSize)
	W := len(ws)
	var signErr atomic.Pointer[error]
	parallel(total, func(j int) {
		w := ws[j%W]
		round := j / W
		to := funder.addr
		if W > 1 {
			to = ws[(j%W+1+round%(W-1))%W].addr
		}
		s, err := signTransfer(dom, w.key, w.nonce+uint64(round), maxFee, to, cfg.Amount)
		if err != nil {
			signErr.Store(&err)
			return
		}
		txs[j] = s
	})
	if e := signErr.Load(); e != nil {
		return nil, fmt.Errorf("loadgen: sign: %w", *e)
	}
	index := make(map[common.Hash]int32, total)
	for j := range txs {
		index[txs[j].hash] = int32(j)
	}
	res.SignTime = time.Since(t)
	log.Info("loadgen: txs signed", "txs", total, "took", res.SignTime.Round(time.Millisecond))

	// The watcher subscribes before the first tx goes out.
	rec := newRecorder(total)
	wctx, wcancel := context.WithCancel(ctx)
	defer wcancel()
	w, err := startWatcher(wctx, cfg.WS, index, rec)
	if err != nil {
		return nil, err
	}

	if cfg.OnSend != nil {
		cfg.OnSend(true)
	}
	cpu0 := cpuTime()
	s := &sender{cfg: cfg, url: cfg.RPC, txs: txs, rec: rec}
	sendErr := s.run(ctx)
	res.SendCPU = cpuTime() - cpu0
	if cfg.OnSend != nil {
		cfg.OnSend(false)
	}

	// Drain: wait until every accepted tx is included, or Drain passes.
	deadline := time.Now().Add(cfg.Drain)
	for rec.included.Load() < rec.accepted.Load() && time.Now().Before(deadline) && ctx.Err() == nil && w.err() == nil {
		time.Sleep(50 * time.Millisecond)
	}
	wcancel()
	w.wait()
	res.compute(rec, txs, w, cfg.Trim)
	if err := w.err(); err != nil && !errors.Is(err, context.Canceled) {
		return res, fmt.Errorf("loadgen: block watcher: %w", err)
	}
	if sendErr != nil {
		return res, sendErr
	}
	return res, ctx.Err()
}

func summary(cfg *Config) RunConfig {
	return RunConfig{Wallets: cfg.Wallets, Duration: cfg.Duration, Count: cfg.Count, Rate: cfg.Rate, Batch: cfg.Batch, Conns: cfg.Conns}
}
