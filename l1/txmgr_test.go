package l1_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings/testonly"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
)

// mine seals a block every interval until the test ends.
func mine(t *testing.T, c *l1test.Chain, every time.Duration) {
	t.Helper()
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(every):
				c.Sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
}

func fastConfig(t *testing.T, key int, path string) l1.TxManagerConfig {
	return l1.TxManagerConfig{
		Key: l1test.Key(key), StatePath: path, ResubmitInterval: 150 * time.Millisecond, PollInterval: 10 * time.Millisecond,
	}
}

// hostileClient is a node that loses the first broadcast of every nonce
// and delivers later ones in reverse order, in pairs.
type hostileClient struct {
	l1.Client
	mu   sync.Mutex
	seen map[uint64]int
	held []*types.Transaction
	sent []*types.Transaction // everything the manager broadcast
}

func (h *hostileClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.sent = append(h.sent, tx)
	h.seen[tx.Nonce()]++
	if h.seen[tx.Nonce()] == 1 {
		return nil // accepted, then lost
	}
	h.held = append(h.held, tx)
	if len(h.held) >= 2 {
		for i := len(h.held) - 1; i >= 0; i-- {
			_ = h.Client.SendTransaction(ctx, h.held[i]) // replacement-underpriced and the like are the node's business
		}
		h.held = nil
	}
	return nil
}

func TestTxManagerAgainstDroppingReorderingNode(t *testing.T) {
	c := l1test.NewChain(t, 2)
	mine(t, c, 20*time.Millisecond)
	hc := &hostileClient{Client: c.Client, seen: map[uint64]int{}}
	cfg := fastConfig(t, 1, filepath.Join(t.TempDir(), "txs.json"))
	m, err := l1.NewTxManager(t.Context(), hc, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()

	const n = 8
	var wg sync.WaitGroup
	receipts := make([]*types.Receipt, n)
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			to := common.BigToAddress(big.NewInt(int64(1000 + i)))
			ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
			defer cancel()
			receipts[i], errs[i] = m.Send(ctx, l1.TxCandidate{To: &to, Value: big.NewInt(int64(i + 1))})
		}(i)
	}
	wg.Wait()
	nonces := map[uint64]bool{}
	for i := 0; i < n; i++ {
		if errs[i] != nil {
			t.Fatalf("send %d: %v", i, errs[i])
		}
		if receipts[i].Status != types.ReceiptStatusSuccessful {
			t.Fatalf("send %d failed", i)
		}
		tx, _, err := c.Client.TransactionByHash(t.Context(), receipts[i].TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if nonces[tx.Nonce()] {
			t.Fatalf("nonce %d used twice", tx.Nonce())
		}
		nonces[tx.Nonce()] = true
		// Every first broadcast was lost, so what got mined is a bumped version.
		if tx.GasTipCap().Cmp(big.NewInt(1_000_000_000)) <= 0 {
			t.Errorf("send %d mined with tip %v: no fee bump", i, tx.GasTipCap())
		}
		bal, _ := c.Client.BalanceAt(t.Context(), common.BigToAddress(big.NewInt(int64(1000+i))), nil)
		if bal.Int64() != int64(i+1) {
			t.Errorf("recipient %d got %v", i, bal)
		}
	}
	for k := uint64(0); k < n; k++ {
		if !nonces[k] {
			t.Fatalf("nonce %d unused: gap", k)
		}
	}
	if len(m.Pending()) != 0 {
		t.Fatalf("pending after all confirmed: %v", m.Pending())
	}
}

func TestTxManagerFeeCap(t *testing.T) {
	c := l1test.NewChain(t, 2)
	mine(t, c, 20*time.Millisecond)
	hc := &hostileClient{Client: c.Client, seen: map[uint64]int{}}
	cfg := fastConfig(t, 1, filepath.Join(t.TempDir(), "txs.json"))
	head, _ := c.Client.HeaderByNumber(t.Context(), nil)
	// Room for about two bumps above the opening fee cap.
	cfg.MaxFeeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), big.NewInt(1_500_000_000))
	cfg.MaxTipCap = big.NewInt(1_500_000_000)
	m, err := l1.NewTxManager(t.Context(), hc, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	to := common.HexToAddress("0x1234")
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	if _, err := m.Send(ctx, l1.TxCandidate{To: &to, Value: big.NewInt(1)}); err != nil {
		t.Fatal(err)
	}
	hc.mu.Lock()
	defer hc.mu.Unlock()
	for _, tx := range hc.sent {
		if tx.GasFeeCap().Cmp(cfg.MaxFeeCap) > 0 {
			t.Fatalf("fee cap %v above the configured %v", tx.GasFeeCap(), cfg.MaxFeeCap)
		}
	}
}

// blackhole is a node that accepts every tx and never mines it.
type blackhole struct{ l1.Client }

func (blackhole) SendTransaction(context.Context, *types.Transaction) error { return nil }

func TestTxManagerRestartKeepsPendingAndNonces(t *testing.T) {
	c := l1test.NewChain(t, 2)
	mine(t, c, 20*time.Millisecond)
	path := filepath.Join(t.TempDir(), "txs.json")
	cfg := fastConfig(t, 1, path)
	m1, err := l1.NewTxManager(t.Context(), blackhole{c.Client}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	first := common.HexToAddress("0xf1")
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	_, err = m1.Send(ctx, l1.TxCandidate{To: &first, Value: big.NewInt(7)})
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("send into a black hole: %v", err)
	}
	if p := m1.Pending(); len(p) != 1 || p[0] != 0 {
		t.Fatalf("pending %v", p)
	}
	// Only one manager may own the key's state.
	if _, err := l1.NewTxManager(t.Context(), c.Client, cfg); err == nil {
		t.Fatal("second manager on the same state file")
	}
	if err := m1.Close(); err != nil {
		t.Fatal(err)
	}
	var st struct {
		Pending []struct {
			Nonce uint64 `json:"nonce"`
		} `json:"pending"`
	}
	raw, err := os.ReadFile(path)
	if err != nil || json.Unmarshal(raw, &st) != nil || len(st.Pending) != 1 {
		t.Fatalf("state file after close: %v %s", err, raw)
	}
	// The node never saw nonce 0: its pending nonce is still 0. A manager
	// without the state file would reuse it; the restarted one must not.
	if n, _ := c.Client.PendingNonceAt(t.Context(), crypto.PubkeyToAddress(l1test.Key(1).PublicKey)); n != 0 {
		t.Fatalf("node nonce %d", n)
	}
	m2, err := l1.NewTxManager(t.Context(), c.Client, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer m2.Close()
	second := common.HexToAddress("0xf2")
	ctx, cancel = context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	r, err := m2.Send(ctx, l1.TxCandidate{To: &second, Value: big.NewInt(9)})
	if err != nil {
		t.Fatal(err)
	}
	tx, _, _ := c.Client.TransactionByHash(ctx, r.TxHash)
	if tx.Nonce() != 1 {
		t.Fatalf("new tx after restart got nonce %d, want 1", tx.Nonce())
	}
	if err := m2.WaitAll(ctx); err != nil {
		t.Fatal(err)
	}
	if b, _ := c.Client.BalanceAt(ctx, first, nil); b.Int64() != 7 {
		t.Fatalf("the tx pending before the restart was lost: balance %v", b)
	}
}

func TestTxManagerConfirmationsAndReleasedNonce(t *testing.T) {
	c := l1test.NewChain(t, 2)
	mine(t, c, 15*time.Millisecond)
	cfg := fastConfig(t, 1, filepath.Join(t.TempDir(), "txs.json"))
	cfg.Confirmations = 4
	logs := &captureHandler{}
	cfg.Logger = slog.New(logs)
	cfg.LowBalance = new(big.Int).Exp(big.NewInt(10), big.NewInt(25), nil) // above the 10^24 the key holds
	m, err := l1.NewTxManager(t.Context(), c.Client, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	to := common.HexToAddress("0xabc")
	// More than the account holds: the node refuses it and the nonce is given back.
	huge := new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)
	if _, err := m.Send(ctx, l1.TxCandidate{To: &to, Value: huge, GasLimit: 21000}); err == nil {
		t.Fatal("overspending tx accepted")
	}
	r, err := m.Send(ctx, l1.TxCandidate{To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	head, _ := c.Client.BlockNumber(ctx)
	if head+1 < r.BlockNumber.Uint64()+4 {
		t.Fatalf("returned at head %d for a tx in block %d with 4 confirmations", head, r.BlockNumber)
	}
	tx, _, _ := c.Client.TransactionByHash(ctx, r.TxHash)
	if tx.Nonce() != 0 {
		t.Fatalf("nonce %d after a refused tx, want 0 (no gap)", tx.Nonce())
	}
	if logs.count("L1 balance low") < 2 {
		t.Fatal("no low-balance warning below the threshold")
	}
}

// captureHandler records log messages.
type captureHandler struct {
	mu     sync.Mutex
	msgs   []string
	errors int // records at error level
}

func (h *captureHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *captureHandler) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.msgs = append(h.msgs, r.Message)
	if r.Level >= slog.LevelError {
		h.errors++
	}
	return nil
}
func (h *captureHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *captureHandler) WithGroup(string) slog.Handler      { return h }
func (h *captureHandler) errorCount() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.errors
}
func (h *captureHandler) count(msg string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, m := range h.msgs {
		if m == msg {
			n++
		}
	}
	return n
}

func TestDeployThroughTxManager(t *testing.T) {
	c := l1test.NewChain(t, 2)
	var verifiers [l1.NumStepClasses]common.Address
	for i := range verifiers {
		verifiers[i] = c.DeployBin(t, 1, testonlyVerifierBin(), nil)
	}
	mine(t, c, 15*time.Millisecond)
	m, err := l1.NewTxManager(t.Context(), c.Client, fastConfig(t, 0, filepath.Join(t.TempDir(), "txs.json")))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	me := m.From()
	cfg := l1.DeployConfig{Admin: me, Params: l1.DevParams(me, me), Verifiers: verifiers}
	addrs, err := l1.Deploy(ctx, m, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for name, a := range map[string]common.Address{"token": addrs.Token, "timelock": addrs.Timelock, "rollup": addrs.Rollup, "bonds": addrs.Bonds, "disputes": addrs.Disputes} {
		code, err := c.Client.CodeAt(ctx, a, nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("%s at %s has no code (%v)", name, a, err)
		}
	}
	sys, err := l1.Bind(c.Client, addrs)
	if err != nil {
		t.Fatal(err)
	}
	if err := sys.CheckWiring(ctx); err != nil {
		t.Fatal(err)
	}
	// Deploying with an invalid config sends nothing.
	bad := cfg
	bad.Verifiers[1] = common.Address{}
	if _, err := l1.Deploy(ctx, m, bad); err == nil {
		t.Fatal("deploy without a verifier")
	}
}

func testonlyVerifierBin() string { return testonly.TestStepVerifierMetaData.Bin }

// A tx sent with the manager's key from elsewhere takes a reserved nonce:
// the manager reports it instead of waiting forever.
func TestTxManagerNonceTakenElsewhere(t *testing.T) {
	c := l1test.NewChain(t, 2)
	m, err := l1.NewTxManager(t.Context(), blackhole{c.Client}, fastConfig(t, 1, filepath.Join(t.TempDir(), "txs.json")))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	to := common.HexToAddress("0x77")
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	_, _ = m.Send(ctx, l1.TxCandidate{To: &to, Value: big.NewInt(1)})
	cancel()
	// Same key, outside the manager: nonce 0 again.
	if _, err := c.Sender(1).Send(t.Context(), l1.TxCandidate{To: &to, Value: big.NewInt(2)}); err != nil {
		t.Fatal(err)
	}
	wctx, wcancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer wcancel()
	if err := m.WaitAll(wctx); !errors.Is(err, l1.ErrNonceTaken) {
		t.Fatalf("WaitAll: %v, want ErrNonceTaken", err)
	}
	if len(m.Pending()) != 0 {
		t.Fatal("a nonce taken elsewhere stays pending")
	}
	m.Close()
	if _, err := m.Send(t.Context(), l1.TxCandidate{To: &to, Value: big.NewInt(1)}); err == nil {
		t.Fatal("send after close")
	}
}

func TestTxManagerConfigErrors(t *testing.T) {
	c := l1test.NewChain(t, 1)
	for _, cfg := range []l1.TxManagerConfig{
		{StatePath: filepath.Join(t.TempDir(), "a.json")},
		{Key: l1test.Key(0)},
		{Key: l1test.Key(0), StatePath: filepath.Join(t.TempDir(), "b.json"), FeeBumpPercent: 5},
		{Key: l1test.Key(0), StatePath: filepath.Join(t.TempDir(), "c.json"), MaxFeeCap: big.NewInt(1), MaxTipCap: big.NewInt(2)},
	} {
		if m, err := l1.NewTxManager(t.Context(), c.Client, cfg); err == nil {
			m.Close()
			t.Fatalf("config %+v accepted", cfg)
		}
	}
	// A state file of another account or chain, or a corrupt one, is refused.
	dir := t.TempDir()
	path := filepath.Join(dir, "txs.json")
	m, err := l1.NewTxManager(t.Context(), blackhole{c.Client}, l1.TxManagerConfig{Key: l1test.Key(0), StatePath: path, PollInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x1")
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	_, _ = m.Send(ctx, l1.TxCandidate{To: &to, Value: big.NewInt(1)})
	cancel()
	m.Close()
	if _, err := l1.NewTxManager(t.Context(), c.Client, l1.TxManagerConfig{Key: l1test.Key(1), StatePath: path}); err == nil {
		t.Fatal("state file of another account accepted")
	}
	if err := os.WriteFile(path, []byte(`{"version":1,"chainId":"0x539","pending":[{"nonce":0,"versions":["0x01"]}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := l1.NewTxManager(t.Context(), c.Client, l1.TxManagerConfig{Key: l1test.Key(0), StatePath: path}); err == nil {
		t.Fatal("corrupt state file accepted")
	}
}

// An inclusion that a reorg undoes is not reported: the manager waits for
// its depth on the canonical chain, and the tx lands again.
func TestTxManagerSurvivesReorg(t *testing.T) {
	c := l1test.NewChain(t, 2)
	cfg := fastConfig(t, 1, filepath.Join(t.TempDir(), "txs.json"))
	cfg.Confirmations = 3
	m, err := l1.NewTxManager(t.Context(), c.Client, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	base, _ := c.Client.HeaderByNumber(t.Context(), nil)
	to := common.HexToAddress("0x99")
	type result struct {
		r   *types.Receipt
		err error
	}
	res := make(chan result, 1)
	go func() {
		ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
		defer cancel()
		r, err := m.Send(ctx, l1.TxCandidate{To: &to, Value: big.NewInt(3)})
		res <- result{r, err}
	}()
	// Wait until the tx is in the pool, mine it, then orphan its block.
	deadline := time.Now().Add(10 * time.Second)
	for {
		if n, _ := c.Client.PendingNonceAt(t.Context(), m.From()); n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("tx never reached the pool")
		}
		time.Sleep(5 * time.Millisecond)
	}
	c.Sim.Commit()
	orphan, _ := c.Client.HeaderByNumber(t.Context(), nil)
	var ferr error
	for i := 0; i < 200; i++ {
		if ferr = c.Sim.Fork(base.Hash()); ferr == nil {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if ferr != nil {
		t.Fatal(ferr)
	}
	// Build the new branch, block by block, until the manager answers.
	for {
		select {
		case out := <-res:
			if out.err != nil {
				t.Fatal(out.err)
			}
			if out.r.BlockHash == orphan.Hash() {
				t.Fatal("receipt from the orphaned block")
			}
			h, err := c.Client.HeaderByNumber(t.Context(), out.r.BlockNumber)
			if err != nil || h.Hash() != out.r.BlockHash {
				t.Fatalf("receipt block %x is not canonical (%v)", out.r.BlockHash, err)
			}
			head, _ := c.Client.BlockNumber(t.Context())
			if head+1 < out.r.BlockNumber.Uint64()+3 {
				t.Fatalf("returned before 3 confirmations")
			}
			if b, _ := c.Client.BalanceAt(t.Context(), to, nil); b.Int64() != 3 {
				t.Fatalf("recipient holds %v", b)
			}
			return
		case <-time.After(20 * time.Millisecond):
			c.Sim.Commit()
		}
	}
}

// recorder is a node that accepts every tx and keeps what it was sent;
// it mines none of them until forward is set.
type recorder struct {
	l1.Client
	mu      sync.Mutex
	sent    []*types.Transaction
	forward bool
}

func (r *recorder) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sent = append(r.sent, tx)
	if r.forward {
		return r.Client.SendTransaction(ctx, tx)
	}
	return nil
}

func (r *recorder) open() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.forward = true
}

func (r *recorder) txs() []*types.Transaction {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*types.Transaction(nil), r.sent...)
}

// Fee bumps stop at MaxTipCap (and MaxFeeCap); when a cap leaves no room
// for a valid replacement (both fees +10%), the same tx is rebroadcast.
func TestTxManagerBumpsStopAtTipCap(t *testing.T) {
	c := l1test.NewChain(t, 2)
	node := &recorder{Client: c.Client}
	cfg := fastConfig(t, 1, filepath.Join(t.TempDir(), "txs.json"))
	cfg.ResubmitInterval, cfg.PollInterval = 10*time.Millisecond, 2*time.Millisecond
	cfg.MinTipCap, cfg.MaxTipCap = big.NewInt(1_000_000_000), big.NewInt(2_000_000_000)
	cfg.MaxFeeCap = big.NewInt(50_000_000_000)
	m, err := l1.NewTxManager(t.Context(), node, cfg)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x5")
	ctx, cancel := context.WithTimeout(t.Context(), 500*time.Millisecond)
	_, err = m.Send(ctx, l1.TxCandidate{To: &to, Value: big.NewInt(1)})
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("send to a node that never mines: %v", err)
	}
	m.Close()
	sent := node.txs()
	var versions []*types.Transaction
	rebroadcastAtCap := 0
	for _, tx := range sent {
		if tx.GasTipCap().Cmp(cfg.MaxTipCap) > 0 || tx.GasFeeCap().Cmp(cfg.MaxFeeCap) > 0 {
			t.Fatalf("sent tip %v fee cap %v above the caps %v %v", tx.GasTipCap(), tx.GasFeeCap(), cfg.MaxTipCap, cfg.MaxFeeCap)
		}
		if n := len(versions); n > 0 && versions[n-1].Hash() == tx.Hash() {
			if tx.GasTipCap().Cmp(cfg.MaxTipCap) == 0 {
				rebroadcastAtCap++
			}
			continue
		}
		if n := len(versions); n > 0 && !replaces(tx, versions[n-1]) {
			t.Fatalf("version %d (tip %v, fee cap %v) is not a valid replacement of tip %v, fee cap %v",
				n, tx.GasTipCap(), tx.GasFeeCap(), versions[n-1].GasTipCap(), versions[n-1].GasFeeCap())
		}
		versions = append(versions, tx)
	}
	if len(versions) < 2 || versions[len(versions)-1].GasTipCap().Cmp(cfg.MaxTipCap) != 0 {
		t.Fatalf("%d versions, the last with tip %v: want bumps up to the %v cap", len(versions), versions[len(versions)-1].GasTipCap(), cfg.MaxTipCap)
	}
	if rebroadcastAtCap == 0 {
		t.Fatal("at the tip cap the manager neither bumped nor rebroadcast")
	}
}

// replaces is geth's replacement rule: both fees at least 10% higher.
func replaces(next, prev *types.Transaction) bool {
	min := func(v *big.Int) *big.Int { x := new(big.Int).Mul(v, big.NewInt(110)); return x.Div(x, big.NewInt(100)) }
	return next.GasTipCap().Cmp(min(prev.GasTipCap())) >= 0 && next.GasFeeCap().Cmp(min(prev.GasFeeCap())) >= 0
}

// metricsLog is a TxMetrics that keeps what it is told.
type metricsLog struct {
	l1.NoopTxMetrics
	mu              sync.Mutex
	capped          []bool
	sent, confirmed int
	resets          int
	gasUsed         uint64
	fee             *big.Int
	next            uint64
}

func (l *metricsLog) RecordChainReset() { l.mu.Lock(); l.resets++; l.mu.Unlock() }

func (l *metricsLog) RecordFeeCapped(c bool) {
	l.mu.Lock()
	l.capped = append(l.capped, c)
	l.mu.Unlock()
}
func (l *metricsLog) RecordTxSent()        { l.mu.Lock(); l.sent++; l.mu.Unlock() }
func (l *metricsLog) RecordNonce(n uint64) { l.mu.Lock(); l.next = n; l.mu.Unlock() }
func (l *metricsLog) RecordTxConfirmed(gas uint64, fee *big.Int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.confirmed++
	l.gasUsed, l.fee = gas, fee
}

func (l *metricsLog) sawCapped(want bool) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, c := range l.capped {
		if c == want {
			return true
		}
	}
	return false
}

// A send stuck at the fee caps says so: the caller's error names the
// caps and the base fee, and the metrics hook sees the capped state (and
// its end once the tx is mined).
func TestTxManagerReportsFeeCap(t *testing.T) {
	c := l1test.NewChain(t, 2)
	mine(t, c, 20*time.Millisecond)
	node := &recorder{Client: c.Client}
	cfg := fastConfig(t, 1, filepath.Join(t.TempDir(), "txs.json"))
	cfg.ResubmitInterval, cfg.PollInterval = 20*time.Millisecond, 5*time.Millisecond
	// The tip cannot rise, so no replacement is possible: capped at once.
	cfg.MinTipCap, cfg.MaxTipCap = big.NewInt(1_000_000_000), big.NewInt(1_000_000_000)
	metrics := &metricsLog{}
	cfg.Metrics = metrics
	m, err := l1.NewTxManager(t.Context(), node, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	to := common.HexToAddress("0x6")
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	_, err = m.Send(ctx, l1.TxCandidate{To: &to, Value: big.NewInt(1)})
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("send to a node that never mines: %v", err)
	}
	for _, want := range []string{"stuck at the fee caps", "MaxTipCap 1000000000", "MaxFeeCap", "base fee"} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("error %q does not say %q", err, want)
		}
	}
	if !metrics.sawCapped(true) {
		t.Fatal("metrics never saw the capped state")
	}
	// Once the node takes the rebroadcast, the tx is mined and the capped
	// state ends.
	node.open()
	wctx, wcancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer wcancel()
	if err := m.WaitAll(wctx); err != nil {
		t.Fatal(err)
	}
	metrics.mu.Lock()
	defer metrics.mu.Unlock()
	if last := metrics.capped[len(metrics.capped)-1]; last {
		t.Fatal("capped state still reported after the tx was mined")
	}
	if metrics.sent != 1 || metrics.confirmed != 1 || metrics.gasUsed < 21000 || metrics.fee.Sign() <= 0 || metrics.next != 1 {
		t.Fatalf("metrics: sent %d, confirmed %d, gas %d, fee %v, next nonce %d", metrics.sent, metrics.confirmed, metrics.gasUsed, metrics.fee, metrics.next)
	}
}

// switchNode forwards to one node and can be switched to another one (a
// node restarted on a new chain behind the same URL); it can also report
// another chain id, or take txs without passing them on.
type switchNode struct {
	mu      sync.Mutex
	cur     l1.Client
	chainID *big.Int
	drop    bool
	sent    int
}

func (s *switchNode) node() l1.Client         { s.mu.Lock(); defer s.mu.Unlock(); return s.cur }
func (s *switchNode) set(f func(*switchNode)) { s.mu.Lock(); defer s.mu.Unlock(); f(s) }
func (s *switchNode) broadcasts() int         { s.mu.Lock(); defer s.mu.Unlock(); return s.sent }

func (s *switchNode) ChainID(ctx context.Context) (*big.Int, error) {
	s.mu.Lock()
	id := s.chainID
	s.mu.Unlock()
	if id != nil {
		return id, nil
	}
	return s.node().ChainID(ctx)
}

func (s *switchNode) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	s.mu.Lock()
	s.sent++
	drop := s.drop
	s.mu.Unlock()
	if drop {
		return nil
	}
	return s.node().SendTransaction(ctx, tx)
}

func (s *switchNode) BlockNumber(ctx context.Context) (uint64, error) {
	return s.node().BlockNumber(ctx)
}
func (s *switchNode) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return s.node().HeaderByNumber(ctx, n)
}
func (s *switchNode) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	return s.node().NonceAt(ctx, a, n)
}
func (s *switchNode) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	return s.node().PendingNonceAt(ctx, a)
}
func (s *switchNode) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	return s.node().BalanceAt(ctx, a, n)
}
func (s *switchNode) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return s.node().SuggestGasTipCap(ctx)
}
func (s *switchNode) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return s.node().EstimateGas(ctx, msg)
}
func (s *switchNode) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	return s.node().TransactionReceipt(ctx, h)
}
func (s *switchNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return s.node().FilterLogs(ctx, q)
}

// When the node's chain is reset under a pending tx, the manager fails
// the waiting Send (and every later one) with ErrChainReset, logs it at
// error level, tells the metrics and stops rebroadcasting and bumping,
// instead of driving a nonce the chain does not know until the deadline.
func TestTxManagerChainReset(t *testing.T) {
	for _, tc := range []struct {
		name, says string
		reset      func(t *testing.T, node *switchNode)
	}{
		{"dev node restarted, same genesis", "did not advance", func(t *testing.T, node *switchNode) {
			fresh := l1test.NewChain(t, 2)
			node.set(func(s *switchNode) { s.cur, s.drop = fresh.Client, false })
		}},
		{"new genesis", "genesis", func(t *testing.T, node *switchNode) {
			fresh := l1test.NewChain(t, 3)
			node.set(func(s *switchNode) { s.cur, s.drop = fresh.Client, false })
		}},
		{"new chain id", "chain id", func(t *testing.T, node *switchNode) {
			node.set(func(s *switchNode) { s.chainID = big.NewInt(4242) })
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := l1test.NewChain(t, 2)
			mine(t, c, 15*time.Millisecond)
			node := &switchNode{cur: c.Client}
			cfg := fastConfig(t, 1, filepath.Join(t.TempDir(), "txs.json"))
			logs, metrics := &captureHandler{}, &metricsLog{}
			cfg.Logger, cfg.Metrics = slog.New(logs), metrics
			m, err := l1.NewTxManager(t.Context(), node, cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			to := common.HexToAddress("0x7")
			ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
			defer cancel()
			for i := 0; i < 2; i++ { // nonces 0 and 1, confirmed on the old chain
				if _, err := m.Send(ctx, l1.TxCandidate{To: &to, Value: big.NewInt(1)}); err != nil {
					t.Fatal(err)
				}
			}
			// Nonce 2 stays pending (the node drops it), then the chain goes.
			node.set(func(s *switchNode) { s.drop = true })
			before := node.broadcasts()
			res := make(chan error, 1)
			go func() {
				sctx, scancel := context.WithTimeout(t.Context(), 5*time.Second)
				defer scancel()
				_, err := m.Send(sctx, l1.TxCandidate{To: &to, Value: big.NewInt(2)})
				res <- err
			}()
			for node.broadcasts() == before {
				time.Sleep(time.Millisecond)
			}
			tc.reset(t, node)
			err = <-res
			if !errors.Is(err, l1.ErrChainReset) || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("pending send after the reset: %v, want ErrChainReset saying %q", err, tc.says)
			}
			settled := node.broadcasts()
			time.Sleep(4 * cfg.ResubmitInterval)
			if n := node.broadcasts(); n != settled {
				t.Fatalf("%d broadcasts after the reset was reported", n-settled)
			}
			if logs.count("L1 chain reset: failing every pending send; the state file is kept, remove it once L1 is reconciled") != 1 || logs.errorCount() == 0 {
				t.Fatal("chain reset not logged at error level")
			}
			metrics.mu.Lock()
			resets := metrics.resets
			metrics.mu.Unlock()
			if resets != 1 {
				t.Fatalf("metrics saw %d resets", resets)
			}
			if _, err := m.Send(t.Context(), l1.TxCandidate{To: &to, Value: big.NewInt(3)}); !errors.Is(err, l1.ErrChainReset) {
				t.Fatalf("send after the reset: %v", err)
			}
			if p := m.Pending(); len(p) != 1 || p[0] != 2 {
				t.Fatalf("pending after the reset %v, want nonce 2 kept for reconciliation", p)
			}
		})
	}
}

// PendingTxs lists every unconfirmed nonce with all its signed versions
// (hash, calldata), before and after a restart, for a caller to reconcile
// with L1.
func TestTxManagerListsPendingTxs(t *testing.T) {
	c := l1test.NewChain(t, 2)
	path := filepath.Join(t.TempDir(), "txs.json")
	cfg := fastConfig(t, 1, path)
	cfg.ResubmitInterval = 20 * time.Millisecond
	m, err := l1.NewTxManager(t.Context(), blackhole{c.Client}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x8")
	data := [][]byte{{0xaa}, {0xbb, 0xcc}}
	for _, d := range data {
		ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
		_, _ = m.Send(ctx, l1.TxCandidate{To: &to, Data: d, GasLimit: 50_000})
		cancel()
	}
	before := m.PendingTxs()
	if len(before) != 2 {
		t.Fatalf("%d pending txs, want 2", len(before))
	}
	for i, p := range before {
		if p.Nonce != uint64(i) || len(p.Versions) < 2 {
			t.Fatalf("pending %d: nonce %d with %d versions, want nonce %d bumped at least once", i, p.Nonce, len(p.Versions), i)
		}
		for _, v := range p.Versions {
			if v.Nonce() != p.Nonce || *v.To() != to || string(v.Data()) != string(data[i]) {
				t.Fatalf("nonce %d: version %s carries nonce %d, to %s, data %x", p.Nonce, v.Hash(), v.Nonce(), v.To(), v.Data())
			}
		}
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	m2, err := l1.NewTxManager(t.Context(), blackhole{c.Client}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer m2.Close()
	after := m2.PendingTxs()
	if len(after) != len(before) {
		t.Fatalf("after a restart %d pending txs, before %d", len(after), len(before))
	}
	for i := range after {
		// The resumed manager may have bumped again: the old versions are a prefix.
		for j, v := range before[i].Versions {
			if j >= len(after[i].Versions) || after[i].Versions[j].Hash() != v.Hash() {
				t.Fatalf("nonce %d: version %d %s lost in the restart", before[i].Nonce, j, v.Hash())
			}
		}
	}
}

// TestTxManagerSubmitPipelines: Submit returns once the tx is broadcast
// with the next nonce, so dependent txs (a counter that must be bumped
// in order) can be pipelined; they land in submission order, and Wait and
// Done/Result report each outcome.
func TestTxManagerSubmitPipelines(t *testing.T) {
	c := l1test.NewChain(t, 2)
	mine(t, c, 20*time.Millisecond)
	m, err := l1.NewTxManager(t.Context(), c.Client, fastConfig(t, 1, filepath.Join(t.TempDir(), "txs.json")))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	to := common.HexToAddress("0x00000000000000000000000000000000000b0b00")
	var sent []*l1.Sent
	for i := 0; i < 5; i++ {
		s, err := m.Submit(t.Context(), l1.TxCandidate{To: &to, Data: []byte{byte(i)}, GasLimit: 50_000})
		if err != nil {
			t.Fatal(err)
		}
		if s.Nonce() != uint64(i) {
			t.Fatalf("submission %d got nonce %d", i, s.Nonce())
		}
		sent = append(sent, s)
	}
	var last uint64
	for i, s := range sent {
		r, err := s.Wait(t.Context())
		if err != nil || r.Status != 1 {
			t.Fatalf("tx %d: %v %+v", i, err, r)
		}
		<-s.Done()
		if r2, err := s.Result(); err != nil || r2.TxHash != r.TxHash {
			t.Fatalf("Result of tx %d: %v", i, err)
		}
		if n := r.BlockNumber.Uint64(); n < last {
			t.Fatalf("tx %d landed in block %d before tx %d's block %d", i, n, i-1, last)
		}
		last = r.BlockNumber.Uint64()
	}
}
