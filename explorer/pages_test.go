package explorer_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/explorer"
	"github.com/gpuroll/gpuroll/l1/l1test"
)

// eventually re-reads a value the explorer shows until it equals what the
// sequencer or L1 says (the explorer's L1 view lags by a poll).
func eventually(t *testing.T, what string, read func() (got, want string)) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		got, w := read()
		if got == w {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("%s: the explorer shows %q, want %q", what, got, w)
			return
		}
		time.Sleep(300 * time.Millisecond)
	}
}

func (m *explorerMarket) l1Call(t *testing.T, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := m.ec.CallContract(m.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func (m *explorerMarket) checkPages(t *testing.T) {
	ctx := m.ctx
	dep := m.d.Deployment()
	rollup, tokn := bindings.NewRollup(), bindings.NewComputeToken()

	// Overview: heads, totals against L1 and the API, throughput.
	st, err := m.seq.SyncStatus(ctx)
	if err != nil {
		t.Fatal(err)
	}
	body := m.page(t, "/")
	var head uint64
	if _, err := fmt.Sscanf(textOf(body, "ov-l2head"), "#%d", &head); err != nil || head < uint64(st.L2Head) {
		t.Errorf("overview: L2 head %q, want ≥ #%d", textOf(body, "ov-l2head"), st.L2Head)
	}
	eventually(t, "overview: escrow", func() (string, string) {
		esc, err := rollup.UnpackAccountedEscrow(m.l1Call(t, dep.Rollup, rollup.PackAccountedEscrow()))
		if err != nil {
			t.Fatal(err)
		}
		return textOf(m.page(t, "/"), "t-escrow"), tok(esc)
	})
	eventually(t, "overview: bonds on L1", func() (string, string) {
		b, err := tokn.UnpackBalanceOf(m.l1Call(t, dep.Token, tokn.PackBalanceOf(dep.Bonds)))
		if err != nil {
			t.Fatal(err)
		}
		return textOf(m.page(t, "/"), "t-bonds"), tok(b)
	})
	body = m.page(t, "/")
	want(t, "overview", "slashed", textOf(body, "t-slashed"), tok(m.slash.Taken))
	want(t, "overview", "paid", textOf(body, "t-paid"), tok(u(m.honestR.Price)))
	want(t, "overview", "providers · jobs · receipts", textOf(body, "t-counts"), "2 · 2 · 2")
	want(t, "overview", "jobs in the last hour", textOf(body, "tp-jobs"), "2")
	wantContains(t, "overview", body, `<svg class="chart"`, short(m.falseR.ID.Hex()), `class="wbar`)

	// Providers and each provider's page.
	body = m.page(t, "/providers")
	for _, a := range []common.Address{m.honest, m.cheat} {
		p, err := m.seq.Provider(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		wantContains(t, "providers", body, `href="/provider/`+a.Hex()+`"`, tok(u(p.Bond)))
		pb := m.page(t, "/provider/"+a.Hex())
		want(t, "provider "+a.Hex(), "bond", textOf(pb, "p-bond"), tok(u(p.Bond)))
		want(t, "provider "+a.Hex(), "exposure", textOf(pb, "p-exposure"), tok(u(p.Exposure)))
		want(t, "provider "+a.Hex(), "jobs", textOf(pb, "p-jobs"), "1 (0 waiting, 1 receipted, 0 rejected)")
	}
	want(t, "honest provider", "receipts", textOf(m.page(t, "/provider/"+m.honest.Hex()), "p-receipts"), "0 · 1 · 0 · 0")
	cb := m.page(t, "/provider/"+m.cheat.Hex())
	want(t, "dishonest provider", "receipts", textOf(cb, "p-receipts"), "0 · 0 · 1 · 0")
	wantContains(t, "dishonest provider", cb, "slashed 1×", short(m.falseJ.ID.Hex()), short(m.slashTx.Hex()))

	// Jobs, a job, a receipt, the downloads.
	body = m.page(t, "/jobs")
	wantContains(t, "jobs", body, short(m.falseJ.ID.Hex()), short(m.honestJ.ID.Hex()), short(m.honestR.ID.Hex()),
		`<span class="badge s-slashed">slashed</span>`, `<span class="badge s-final">final</span>`)
	jb := m.page(t, "/job/"+m.honestJ.ID.Hex())
	want(t, "honest job", "status", textOf(jb, "j-status"), "final")
	want(t, "honest job", "price", textOf(jb, "j-price"), tok(u(m.honestR.Price)))
	want(t, "honest job", "slash amount", textOf(jb, "j-slash"), tok(u(m.honestR.SlashAmount)))
	want(t, "honest job", "receipt", textOf(jb, "j-receipt"), m.honestR.ID.Hex())
	wantContains(t, "honest job", jb, m.honestJ.ModelRoot.Hex(), m.honestJ.InputRoot.Hex(), m.honestR.TraceRoot.Hex(),
		`href="/store/model/`+m.honestJ.ModelRoot.Hex()+`"`, `href="/store/result/`+m.honestR.TraceRoot.Hex()+`"`)
	if code, model, h := get(t, m.base+"/store/model/"+m.honestJ.ModelRoot.Hex()); code != 200 || model != string(m.model) || !strings.Contains(h.Get("Content-Disposition"), "attachment") {
		t.Errorf("model download: %d, %d bytes (want the job's %d), %q", code, len(model), len(m.model), h.Get("Content-Disposition"))
	}
	if code, res, _ := get(t, m.base+"/store/result/"+m.honestR.TraceRoot.Hex()); code != 200 || !strings.Contains(res, `"rows":[[`) {
		t.Errorf("result download: %d %.200s", code, res)
	}
	fb := m.page(t, "/job/"+m.falseJ.ID.Hex())
	want(t, "false job", "status", textOf(fb, "j-status"), "slashed")
	wantContains(t, "false job", fb, `id="j-dispute"`)
	rb := m.page(t, "/receipt/"+m.falseR.ID.Hex())
	want(t, "false receipt", "status", textOf(rb, "r-status"), "slashed (slashed)")
	want(t, "false receipt", "taken", textOf(rb, "r-taken"), tok(m.slash.Taken))
	want(t, "false receipt", "slash amount", textOf(rb, "r-slash"), tok(u(m.falseR.SlashAmount)))
	want(t, "false receipt", "batch", textOf(rb, "r-batch"), fmt.Sprint(uint64(m.falseR.Batch)))
	if !regexp.MustCompile(`row \d+, layer \d+, output \d+ \(class 1\)`).MatchString(textOf(rb, "r-dispute")) {
		t.Errorf("false receipt: dispute %q names no step", textOf(rb, "r-dispute"))
	}
	wantContains(t, "false receipt", rb, short(m.slashTx.Hex()))

	// Disputes: the slash, its commitment, the rejection.
	body = m.page(t, "/disputes")
	row := textOf(body, "slash-"+m.falseR.ID.Hex())
	for _, s := range []string{short(m.slash.Challenger.Hex()), tok(m.slash.Taken), tok(m.slash.ChallengerShare), tok(m.slash.Compensation), short(m.slashTx.Hex())} {
		if !strings.Contains(row, s) {
			t.Errorf("disputes: the slash row %q lacks %q", row, s)
		}
	}
	wantContains(t, "disputes", body, "slash in #", fmt.Sprintf("%d–%d", m.rejected, m.rejected), short(m.rejHdr.Hex()), short(m.rejTx.Hex()))
	bb := m.page(t, fmt.Sprintf("/batch/%d", m.rejected))
	if r := textOf(bb, "b-rejections"); !strings.Contains(r, short(m.rejHdr.Hex())) {
		t.Errorf("batch %d: rejections %q", m.rejected, r)
	}
	nb, err := m.seq.Batch(ctx, m.rejected)
	if err != nil {
		t.Fatal(err)
	}
	if s := textOf(bb, "b-status"); s != nb.Status && !(nb.Status == client.BatchFinal && s == client.BatchPosted) {
		t.Errorf("batch %d: status %q, the sequencer says %q", m.rejected, s, nb.Status)
	}

	// The buyer's account, a tx, a block.
	eventually(t, "account: balance", func() (string, string) {
		acc, err := m.seq.Account(ctx, m.buyer)
		if err != nil {
			t.Fatal(err)
		}
		return textOf(m.page(t, "/account/"+m.buyer.Hex()), "a-balance"), tok(u(acc.Balance))
	})
	ab := m.page(t, "/account/"+m.buyer.Hex())
	txs, err := m.seq.AccountTxs(ctx, m.buyer, 0, 0)
	if err != nil || len(txs) != 4 { // two leases, two jobs
		t.Fatalf("the buyer's txs: %d (%v), want 4", len(txs), err)
	}
	for _, tx := range txs {
		wantContains(t, "account", ab, `href="/tx/`+tx.Hash.Hex()+`"`)
	}
	if n := strings.Count(textOf(ab, "leases"), "open"); n != 2 {
		t.Errorf("account: %d open leases shown, want 2", n)
	}
	eventually(t, "tx status", func() (string, string) {
		s, err := m.seq.TxStatus(ctx, txs[0].Hash)
		if err != nil {
			t.Fatal(err)
		}
		return textOf(m.page(t, "/tx/"+txs[0].Hash.Hex()), "t-status"), s.Status
	})
	blk := m.page(t, fmt.Sprintf("/block/%d", uint64(*m.honestJ.Block)))
	wantContains(t, "block", blk, `href="/job/`+m.honestJ.ID.Hex()+`"`)

	// Search: each kind of query to its page; bad input refused, escaped.
	for q, loc := range map[string]string{
		strings.ToLower(m.buyer.Hex()): "/account/" + m.buyer.Hex(),
		m.honestJ.ID.Hex():             "/job/" + m.honestJ.ID.Hex(),
		m.falseR.ID.Hex():              "/receipt/" + m.falseR.ID.Hex(),
		txs[0].Hash.Hex():              "/tx/" + txs[0].Hash.Hex(),
		"3":                            "/batch/3",
		"batch 4":                      "/batch/4",
		"block 5":                      "/block/5",
	} {
		code, _, h := get(t, m.base+"/search?q="+url.QueryEscape(q))
		if code != http.StatusSeeOther || h.Get("Location") != loc {
			t.Errorf("search %q: %d to %q, want 303 to %q", q, code, h.Get("Location"), loc)
		}
	}
	for path, code := range map[string]int{
		"/search?q=" + url.QueryEscape("<script>alert(1)</script>"): 400,
		"/search?q=" + strings.Repeat("9", 101):                     400,
		"/search?q=0x" + strings.Repeat("0", 64):                    404,
		"/job/0x123":                                                400,
		"/job/0x" + strings.Repeat("0", 64):                         404,
		"/receipt/" + m.honestJ.ID.Hex():                            404,
		"/provider/" + m.buyer.Hex():                                404,
		"/provider/0xnothex":                                        400,
		"/batch/99999999":                                           404,
		"/batch/-1":                                                 400,
		"/block/99999999":                                           404,
		"/account/0x12":                                             400,
		"/store/model/0x12":                                         400,
		"/store/bogus/" + m.honestJ.ModelRoot.Hex():                 400,
		"/store/model/0x" + strings.Repeat("1", 64):                 404,
		"/nope": 404,
	} {
		got, body, _ := get(t, m.base+path)
		if got != code {
			t.Errorf("GET %s: %d, want %d", path, got, code)
		}
		if strings.Contains(body, "<script>alert") {
			t.Errorf("GET %s echoes the query unescaped", path)
		}
	}
	resp, err := http.Post(m.base+"/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Errorf("POST /: %d, CSP %q; want 405 and the CSP", resp.StatusCode, resp.Header.Get("Content-Security-Policy"))
	}
}

// TestExplorerSequencerDown: with nothing behind --rpc and --l1-rpc the
// pages say the sequencer and L1 are down (503), never an empty market.
func TestExplorerSequencerDown(t *testing.T) {
	dead := fmt.Sprintf("http://127.0.0.1:%d", l1test.FreePort(t))
	s, err := explorer.New(context.Background(), explorer.Config{RPC: dead, L1RPC: dead, Addr: "127.0.0.1:0", Poll: 100 * time.Millisecond, MetricsAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer s.Stop(context.Background())
	base := strings.TrimSuffix(s.URL(), "/")
	time.Sleep(300 * time.Millisecond)
	for _, path := range []string{"/", "/providers", "/jobs", "/disputes", "/provider/" + common.Address{1}.Hex(), "/account/" + common.Address{1}.Hex(),
		"/job/" + common.Hash{1}.Hex(), "/batch/1", "/search?q=" + common.Hash{1}.Hex(), "/healthz"} {
		code, body, _ := get(t, base+path)
		if code != http.StatusServiceUnavailable {
			t.Errorf("GET %s with the sequencer down: %d, want 503", path, code)
		}
		if path != "/healthz" && (!strings.Contains(body, "Sequencer <b>down</b>") || !strings.Contains(body, "down")) {
			t.Errorf("GET %s does not say the sequencer is down:\n%.600s", path, body)
		}
		if strings.Contains(body, "No provider has registered") || strings.Contains(body, "No job") {
			t.Errorf("GET %s shows an empty market while the sequencer is down", path)
		}
	}
	// Bad input is still refused as such.
	if code, _, _ := get(t, base+"/job/zzz"); code != http.StatusBadRequest {
		t.Errorf("GET /job/zzz: %d, want 400", code)
	}
	// The metrics say it too.
	_, metrics, _ := get(t, s.MetricsURL()+"/metrics")
	for _, want := range []string{"gpuroll_explorer_sequencer_up 0", `gpuroll_explorer_page_errors_total{code="503"} 9`, `gpuroll_explorer_page_errors_total{code="400"} 1`,
		`gpuroll_explorer_page_seconds_count{page="overview"} 1`} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %q:\n%s", want, metrics)
		}
	}
}
