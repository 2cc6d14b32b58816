package explorer_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/devnet"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/wallet"
)

// The explorer against a whole market (the devnet's: embedded L1, the
// contracts, a sequencer, an honest and a dishonest provider, a
// challenger with the guardian's key), driven by a buyer through the
// wallet: an honest job paid, a false receipt proven and slashed on L1,
// and a batch the guardian rejects. Every page is then read over HTTP
// and its values compared with the sequencer's API and L1; the browser
// test (browser_test.go) runs on the same market.

// explorerMarket is the market with what the test did in it.
type explorerMarket struct {
	t        *testing.T
	ctx      context.Context
	d        *devnet.Devnet
	seq      *client.Client
	ec       *ethclient.Client
	base     string // the explorer's URL, no trailing slash
	honest   common.Address
	cheat    common.Address
	buyer    common.Address
	w        *wallet.Wallet // the buyer's
	honestJ  *client.Job
	falseJ   *client.Job
	honestR  *client.Receipt
	falseR   *client.Receipt
	model    []byte
	slash    *bindings.DisputesReceiptSlashed
	slashTx  common.Hash
	rejected uint64      // the batch index the guardian rejected
	rejHdr   common.Hash // its header
	rejTx    common.Hash
}

func TestExplorerMarket(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole market")
	}
	m := startMarket(t)
	t.Run("pages", func(t *testing.T) { m.checkPages(t) })
	t.Run("browser", func(t *testing.T) { browserTest(t, m.base, m) })
}

func startMarket(t *testing.T) *explorerMarket {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	t.Cleanup(cancel)
	dir := t.TempDir()
	out := &syncBuf{}
	d, err := devnet.New(ctx, devnet.Config{
		DataDir: dir, L1Port: l1test.FreePort(t), RPCAddr: "127.0.0.1:0", ExplorerAddr: "127.0.0.1:0",
		Providers: 1, Dishonest: true, Buyers: 1, NoWorkload: true,
		DisputeWindow: 20 * time.Second, RevealPeriod: 10 * time.Second,
		Out: out, Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); err != nil {
		_ = d.Stop(context.Background())
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.Stop(context.Background()); err != nil {
			t.Errorf("devnet stop: %v", err)
		}
		if t.Failed() {
			t.Logf("devnet output:\n%s", out.String())
		}
	})
	if !strings.Contains(out.String(), "explorer        "+d.ExplorerURL()) {
		t.Fatalf("the devnet did not print the explorer's URL %q:\n%s", d.ExplorerURL(), out.String())
	}
	seq, err := client.Dial(ctx, d.SequencerURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(seq.Close)
	ec, err := ethclient.DialContext(ctx, d.L1URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	m := &explorerMarket{t: t, ctx: ctx, d: d, seq: seq, ec: ec, base: strings.TrimSuffix(d.ExplorerURL(), "/"),
		honest: d.Keys()["provider-0"].Addr, cheat: d.Keys()["provider-dishonest"].Addr, buyer: d.Keys()["buyer-0"].Addr}
	m.trade()
	m.reject()
	return m
}

// trade: the buyer deposits, leases from both providers and submits a
// job to each; the dishonest one's is false and slashed, the honest one's
// paid.
func (m *explorerMarket) trade() {
	t, ctx := m.t, m.ctx
	for _, p := range []common.Address{m.honest, m.cheat} {
		m.waitFor("provider registered", func() bool {
			pr, err := m.seq.Provider(ctx, p)
			return err == nil && pr.Active
		})
	}
	bk := m.d.Keys()["buyer-0"]
	w, err := wallet.Open(ctx, wallet.Config{RPC: m.d.SequencerURL(), L1RPC: m.d.L1URL(), Key: bk.Key, DataDir: t.TempDir(), Poll: 250 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Close)
	m.w = w
	if err := w.Deposit(ctx, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)), func(string) {}); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	leaseH, err := w.OpenLease(ctx, m.honest, uint256.MustFromDecimal("100000000000000000000"), 3600)
	if err != nil {
		t.Fatal(err)
	}
	leaseD, err := w.OpenLease(ctx, m.cheat, uint256.MustFromDecimal("100000000000000000000"), 3600)
	if err != nil {
		t.Fatal(err)
	}
	jd, err := devnet.Job(2000)
	if err != nil {
		t.Fatal(err)
	}
	jh, err := devnet.Job(2001)
	if err != nil {
		t.Fatal(err)
	}
	m.model = jh.ModelBytes
	idD, err := w.SubmitJob(ctx, leaseD, jd) // the dishonest provider's first job: falsified
	if err != nil {
		t.Fatal(err)
	}
	idH, err := w.SubmitJob(ctx, leaseH, jh)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	stages := make([]string, 2)
	errs := make([]error, 2)
	for i, id := range []common.Hash{idD, idH} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = w.FollowJob(ctx, id, func(stage, _ string) { stages[i] = stage })
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatalf("following the jobs: %v", err)
	}
	if stages[0] != wallet.StageSlashed || stages[1] != wallet.StageFinal {
		t.Fatalf("the jobs ended %v, want slashed and final", stages)
	}
	if m.falseJ, err = m.seq.Job(ctx, idD); err != nil {
		t.Fatal(err)
	}
	if m.honestJ, err = m.seq.Job(ctx, idH); err != nil {
		t.Fatal(err)
	}
	if m.falseR, err = m.seq.Receipt(ctx, *m.falseJ.ReceiptID); err != nil {
		t.Fatal(err)
	}
	if m.honestR, err = m.seq.Receipt(ctx, *m.honestJ.ReceiptID); err != nil {
		t.Fatal(err)
	}
	dis := bindings.NewDisputes()
	logs, err := m.ec.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{m.d.Deployment().Disputes},
		Topics: [][]common.Hash{{dis.GetABI().Events["ReceiptSlashed"].ID}}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("%d ReceiptSlashed logs (%v), want 1", len(logs), err)
	}
	if m.slash, err = dis.UnpackReceiptSlashedEvent(&logs[0]); err != nil {
		t.Fatal(err)
	}
	m.slashTx = logs[0].TxHash
	// The compensation reaches the buyer on L2 through an L1 message:
	// wait for it, so the balances below stay put.
	m.waitFor("the buyer compensated on L2", func() bool {
		ls, err := m.seq.Lease(ctx, leaseD)
		return err == nil && (*uint256.Int)(ls.Reserved).IsZero()
	})
}

// reject: the guardian rejects the newest batch on L1 (no fraud in it:
// the guardian may reject any batch in its window); the sequencer rolls
// back and posts a replacement at the same index.
func (m *explorerMarket) reject() {
	t, ctx := m.t, m.ctx
	var b *client.Batch
	m.waitFor("a batch in its dispute window", func() bool {
		st, err := m.seq.SyncStatus(ctx)
		if err != nil || st.LastPostedBatch <= st.LastFinalBatch {
			return false
		}
		b, err = m.seq.Batch(ctx, uint64(st.LastPostedBatch))
		return err == nil && b.Status == client.BatchPosted
	})
	m.rejected, m.rejHdr = uint64(b.Index), *b.HeaderHash
	txm, err := l1.NewTxManager(ctx, m.ec, l1.TxManagerConfig{Key: m.d.Keys()[devnet.RoleGuardian].Key,
		StatePath: filepath.Join(t.TempDir(), "txmgr.json"), PollInterval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer txm.Close()
	rollup := bindings.NewRollup()
	rollupAddr := m.d.Deployment().Rollup
	r, err := txm.Send(ctx, l1.TxCandidate{To: &rollupAddr, Data: rollup.PackRejectBatch(m.rejected, m.rejHdr)})
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("rejectBatch(%d): %v (receipt %+v)", m.rejected, err, r)
	}
	m.rejTx = r.TxHash
	m.waitFor("the replacement of the rejected batch", func() bool {
		nb, err := m.seq.Batch(ctx, m.rejected)
		return err == nil && nb.HeaderHash != nil && *nb.HeaderHash != m.rejHdr && (nb.Status == client.BatchPosted || nb.Status == client.BatchFinal)
	})
}

func (m *explorerMarket) waitFor(what string, cond func() bool) {
	m.t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !cond() {
		if time.Now().After(deadline) || m.ctx.Err() != nil {
			m.t.Fatalf("waited in vain for %s", what)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// get reads a page without following redirects.
func get(t *testing.T, u string) (int, string, http.Header) {
	t.Helper()
	c := &http.Client{Timeout: 20 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	return resp.StatusCode, string(b), resp.Header
}

// page reads a page that must answer 200.
func (m *explorerMarket) page(t *testing.T, path string) string {
	t.Helper()
	code, body, _ := get(t, m.base+path)
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d\n%s", path, code, body)
	}
	return body
}

var (
	reTag   = regexp.MustCompile(`<[^>]*>`)
	reSpace = regexp.MustCompile(`\s+`)
)

// textOf is the text of the element with an id (tags stripped, entities
// decoded, spaces collapsed); "" when there is none.
func textOf(body, id string) string {
	i := strings.Index(body, `id="`+id+`"`)
	if i < 0 {
		return ""
	}
	open := strings.LastIndex(body[:i], "<")
	name := strings.FieldsFunc(body[open+1:i], func(r rune) bool { return r == ' ' || r == '>' })[0]
	start := i + strings.Index(body[i:], ">") + 1
	end := strings.Index(body[start:], "</"+name+">")
	if end < 0 {
		return ""
	}
	return strings.TrimSpace(reSpace.ReplaceAllString(html.UnescapeString(reTag.ReplaceAllString(body[start:start+end], " ")), " "))
}

func want(t *testing.T, page, what, got, wantV string) {
	t.Helper()
	if got != wantV {
		t.Errorf("%s: %s is %q, want %q", page, what, got, wantV)
	}
}

func wantContains(t *testing.T, page, body string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(body, s) {
			t.Errorf("%s does not show %q", page, s)
		}
	}
}

// tok formats wei as the explorer does, independently: whole tokens with
// thousands separators and up to 4 decimals, truncated (never more than
// there is).
func tok(v *big.Int) string {
	if v.Sign() == 0 {
		return "0"
	}
	whole, rest := new(big.Int).QuoRem(v, big.NewInt(1e18), new(big.Int))
	frac := strings.TrimRight(fmt.Sprintf("%04d", new(big.Int).Div(rest, big.NewInt(1e14)).Int64()), "0")
	ip := whole.String()
	var b strings.Builder
	for i, c := range ip {
		if i > 0 && (len(ip)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	switch {
	case frac != "":
		return b.String() + "." + frac
	case ip == "0":
		return "< 0.0001"
	}
	return b.String()
}

func u(v *hexutil.U256) *big.Int { return (*uint256.Int)(v).ToBig() }

func short(s string) string { return s[:8] + "…" + s[len(s)-4:] }

// syncBuf collects the devnet's summary.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
