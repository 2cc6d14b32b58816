package explorer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

// Handler serves the pages, the assets, the live events and the
// downloads. Every route reads; none changes anything.
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	page := func(pattern string, h func(w http.ResponseWriter, r *http.Request) error) {
		name := strings.TrimPrefix(strings.Fields(pattern)[len(strings.Fields(pattern))-1], "/")
		if i := strings.IndexByte(name, '/'); i >= 0 {
			name = name[:i]
		}
		switch name {
		case "{$}":
			name = "overview"
		case "":
			name = "other"
		}
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			err := h(w, r)
			if err != nil {
				s.fail(w, r, err)
			}
			s.m.observe(name, start, err)
		})
	}
	page("GET /{$}", s.overview)
	page("GET /providers", s.providers)
	page("GET /provider/{addr}", s.provider)
	page("GET /jobs", s.jobs)
	page("GET /job/{id}", s.job)
	page("GET /receipt/{id}", s.receipt)
	page("GET /disputes", s.disputes)
	page("GET /account/{addr}", s.account)
	page("GET /tx/{hash}", s.tx)
	page("GET /batch/{n}", s.batch)
	page("GET /block/{n}", s.block)
	page("GET /search", s.search)
	mux.HandleFunc("GET /events", s.serveEvents)
	mux.Handle("GET /static/", s.static)
	mux.HandleFunc("GET /store/{kind}/{root}", s.download)
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/favicon.svg", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		st := s.last.Load()
		w.Header().Set("Content-Type", "application/json")
		if st.Err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, `{"ok":false,"sequencer":%q}`+"\n", st.Err.Error())
			return
		}
		fmt.Fprint(w, `{"ok":true}`+"\n")
	})
	page("/", func(w http.ResponseWriter, r *http.Request) error {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			return &httpError{code: http.StatusMethodNotAllowed, msg: "the explorer only reads: GET and HEAD"}
		}
		return &httpError{code: http.StatusNotFound, msg: "no such page: " + r.URL.Path}
	})
	return secureHeaders(mux)
}

// secureHeaders: no framing, no sniffing, scripts and styles only from
// the explorer itself.
func secureHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Referrer-Policy", "no-referrer")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
		h.ServeHTTP(w, r)
	})
}

// httpError is a page error with its status: bad input (400), not found
// (404), or the sequencer or L1 down (503).
type httpError struct {
	code int
	msg  string
}

func (e *httpError) Error() string { return e.msg }

func badInput(format string, a ...any) error {
	return &httpError{code: http.StatusBadRequest, msg: fmt.Sprintf(format, a...)}
}
func notFound(format string, a ...any) error {
	return &httpError{code: http.StatusNotFound, msg: fmt.Sprintf(format, a...)}
}

// seqDown turns a failed read of the sequencer into a 503 naming it (or
// a 404 when the sequencer said "not found").
func (s *Service) seqDown(what string, err error) error {
	if client.CodeOf(err) == 901 {
		return notFound("%s: %v", what, err)
	}
	var he *httpError
	if errors.As(err, &he) {
		return err
	}
	return &httpError{code: http.StatusServiceUnavailable, msg: fmt.Sprintf("the sequencer at %s is down or failed (%s): %v", s.cfg.RPC, what, err)}
}

func (s *Service) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := http.StatusInternalServerError
	var he *httpError
	if errors.As(err, &he) {
		code = he.code
	}
	title := map[int]string{400: "Bad request", 404: "Not found", 405: "Method not allowed", 503: "Unavailable"}[code]
	if title == "" {
		title = "Error"
	}
	s.render(w, r, code, "error", title, "", map[string]any{"Code": code, "Message": err.Error()})
}

// view is what every page's layout shows around its content.
type view struct {
	Title  string
	Nav    string
	Seq    *seqState
	L1     *L1State
	SeqURL string
	Query  string
	Data   any
}

func (s *Service) render(w http.ResponseWriter, r *http.Request, code int, name, title, nav string, data any) {
	v := &view{Title: title, Nav: nav, Seq: s.last.Load(), L1: s.L1(), SeqURL: s.cfg.RPC, Query: r.URL.Query().Get("q"), Data: data}
	var b bytes.Buffer
	if err := s.pages[name].Execute(&b, v); err != nil {
		s.log.Error("explorer: render", "page", name, "err", err)
		http.Error(w, "render failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		_, _ = w.Write(b.Bytes())
	}
}

func (s *Service) ctx(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
}

var (
	reHash = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)
	reAddr = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
	reNum  = regexp.MustCompile(`^[0-9]{1,19}$`)
)

func parseHash(what, s string) (common.Hash, error) {
	if !reHash.MatchString(s) {
		return common.Hash{}, badInput("%s %q: want 0x and 64 hex digits", what, clip(s))
	}
	return common.HexToHash(s), nil
}

func parseAddr(s string) (common.Address, error) {
	if !reAddr.MatchString(s) {
		return common.Address{}, badInput("address %q: want 0x and 40 hex digits", clip(s))
	}
	return common.HexToAddress(s), nil
}

func parseNum(what, s string) (uint64, error) {
	if !reNum.MatchString(s) {
		return 0, badInput("%s %q: want a decimal number", what, clip(s))
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, badInput("%s %q: %v", what, clip(s), err)
	}
	return n, nil
}

// clip bounds untrusted input echoed in a message.
func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// windowBar is a batch's dispute window as a bar: the share of the time
// from submission to the end of the reveal period that has passed, and
// where the dispute window ends in it.
type windowBar struct {
	OnL1      bool
	Elapsed   float64
	WindowEnd float64
	State     string // "window", "reveal", "finalizable", "final", "rejected", "not on L1"
	Label     string
	Left      int64 // seconds left in the window or reveal period
}

func barOf(b *client.Batch, l1now uint64) windowBar {
	if b == nil {
		return windowBar{}
	}
	if b.Status == client.BatchFinal {
		return windowBar{OnL1: b.SubmittedAt != nil, Elapsed: 1, WindowEnd: windowShare(b), State: "final", Label: "final"}
	}
	if b.Status == client.BatchRejected {
		return windowBar{State: "rejected", Label: "rejected by the guardian"}
	}
	if b.SubmittedAt == nil || b.WindowEnd == nil || b.RevealEnd == nil {
		return windowBar{State: "not on L1", Label: "not on L1 yet"}
	}
	sub, we, re := uint64(*b.SubmittedAt), uint64(*b.WindowEnd), uint64(*b.RevealEnd)
	bar := windowBar{OnL1: true, WindowEnd: windowShare(b)}
	if re > sub && l1now > sub {
		bar.Elapsed = min(1, float64(l1now-sub)/float64(re-sub))
	}
	switch {
	case l1now < we:
		bar.State, bar.Left = "window", int64(we-l1now)
		bar.Label = fmt.Sprintf("dispute window: %s left", fmtSecs(bar.Left))
	case l1now < re:
		bar.State, bar.Left = "reveal", int64(re-l1now)
		bar.Label = fmt.Sprintf("reveal period: %s left", fmtSecs(bar.Left))
	default:
		bar.State, bar.Label = "finalizable", "finalizable (window and reveal period over)"
	}
	return bar
}

func windowShare(b *client.Batch) float64 {
	if b.SubmittedAt == nil || b.WindowEnd == nil || b.RevealEnd == nil || *b.RevealEnd <= *b.SubmittedAt {
		return 0
	}
	return float64(*b.WindowEnd-*b.SubmittedAt) / float64(*b.RevealEnd-*b.SubmittedAt)
}

// l1Now is L1's clock (its head's timestamp), or the wall clock while L1
// has not been read.
func (s *Service) l1Now(l1 *L1State) uint64 {
	if l1.HeadTime != 0 {
		return l1.HeadTime
	}
	return uint64(time.Now().Unix())
}

type batchRow struct {
	B   *client.Batch
	Bar windowBar
}

func (s *Service) overview(w http.ResponseWriter, r *http.Request) error {
	ctx, cancel := s.ctx(r)
	defer cancel()
	sync, err := s.seq.SyncStatus(ctx)
	if err != nil {
		return s.seqDown("syncStatus", err)
	}
	l1 := s.L1()
	var idx []uint64
	for i := uint64(sync.OpenBatch); i >= 1 && len(idx) < 8; i-- {
		idx = append(idx, i)
	}
	bs, err := s.seq.Batches(ctx, idx)
	if err != nil {
		return s.seqDown("getBatch", err)
	}
	var batches []batchRow
	for _, b := range bs {
		if b != nil {
			batches = append(batches, batchRow{B: b, Bar: barOf(b, s.l1Now(l1))})
		}
	}
	stats, err := s.stats.get(ctx, s)
	if err != nil {
		return s.seqDown("providers", err)
	}
	paid, bonds, exposure := new(big.Int), new(big.Int), new(big.Int)
	jobs, receipts := 0, 0
	for _, p := range stats {
		paid.Add(paid, p.PaidAmount)
		bonds.Add(bonds, bigOf(p.P.Bond))
		exposure.Add(exposure, bigOf(p.P.Exposure))
		jobs += len(p.Jobs)
		receipts += len(p.Receipts)
	}
	tp := s.recent.throughput(60, uint64(time.Now().Unix()))
	sum := func(v []int) (t int) {
		for _, x := range v {
			t += x
		}
		return t
	}
	slashes := slices.Clone(l1.Slashes)
	slices.Reverse(slashes)
	data := map[string]any{
		"Sync": sync, "Blocks": s.recent.latest(10), "Batches": batches, "Throughput": tp, "TxHour": sum(tp.Txs), "JobHour": sum(tp.Jobs),
		"Covered": tp.Covered, "Paid": paid, "Bonds": bonds, "Exposure": exposure, "Providers": len(stats), "Jobs": jobs, "Receipts": receipts,
		"Slashes": slashes[:min(5, len(slashes))], "L1Now": s.l1Now(l1), "Loading": s.recent.head() == nil, "Escrow": l1.Escrow, "BondedL1": l1.Bonded, "SlashedL1": l1.Slashed,
	}
	s.render(w, r, http.StatusOK, "overview", "Overview", "overview", data)
	return nil
}

func bigOf(v *hexutil.U256) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return (*uint256.Int)(v).ToBig()
}

func (s *Service) providers(w http.ResponseWriter, r *http.Request) error {
	ctx, cancel := s.ctx(r)
	defer cancel()
	stats, err := s.stats.get(ctx, s)
	if err != nil {
		return s.seqDown("providers", err)
	}
	s.render(w, r, http.StatusOK, "providers", "Providers", "providers", map[string]any{"Providers": s.withHealth(stats)})
	return nil
}

// health is how a provider looks from the chain: inactive, jobs waiting
// long for a receipt, or slashed.
type health struct {
	OK    bool
	Label string
}

type provRow struct {
	*provStats
	Health health
}

func (s *Service) withHealth(stats []*provStats) []provRow {
	out := make([]provRow, len(stats))
	var head, bt uint64
	if st := s.last.Load(); st.Status != nil {
		head = uint64(st.Status.L2Head)
	}
	if ci := s.info.Load(); ci != nil {
		if d, err := time.ParseDuration(ci.BlockTime); err == nil && d > 0 {
			bt = uint64(d.Milliseconds())
		}
	}
	for i, p := range stats {
		out[i] = provRow{provStats: p, Health: providerHealth(p, head, bt)}
	}
	return out
}

func providerHealth(p *provStats, head, blockMillis uint64) health {
	switch {
	case p.P.Suspended:
		return health{Label: fmt.Sprintf("suspended: convicted of a false receipt (slashed %d×)", p.Slashed)}
	case !p.P.Active:
		return health{Label: "inactive"}
	case p.OldestPending != 0 && head > p.OldestPending && blockMillis > 0 && (head-p.OldestPending)*blockMillis > 60_000:
		return health{Label: fmt.Sprintf("lagging: %d jobs waiting, the oldest for %s", p.Pending,
			(time.Duration((head-p.OldestPending)*blockMillis) * time.Millisecond).Round(time.Second))}
	case p.Slashed > 0:
		return health{Label: fmt.Sprintf("slashed %d×", p.Slashed)}
	}
	return health{OK: true, Label: "ok"}
}

// jobRow is a job with its receipt and where it stands.
type jobRow struct {
	J     *client.Job
	R     *client.Receipt
	Stage string
}

func stageOf(j *client.Job, r *client.Receipt) string {
	switch {
	case j != nil && j.Status == client.JobRejected:
		return "rejected"
	case r != nil && r.Status == client.ReceiptSlashed:
		return "slashed"
	case r != nil && r.Status == client.ReceiptForfeited:
		return "forfeited"
	case r != nil && r.Status == client.ReceiptPaid:
		return "final"
	case r != nil || (j != nil && j.Status == client.JobReceipted):
		return "receipted"
	}
	return "submitted"
}

const pageSize = 50

func (s *Service) provider(w http.ResponseWriter, r *http.Request) error {
	a, err := parseAddr(r.PathValue("addr"))
	if err != nil {
		return err
	}
	pg, err := pageParam(r)
	if err != nil {
		return err
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	st, err := s.stats.of(ctx, s, a)
	if err != nil {
		return s.seqDown("provider", err)
	}
	if st == nil {
		return notFound("%s is not a registered provider (see its account page: /account/%s)", a.Hex(), a.Hex())
	}
	from := (pg - 1) * pageSize
	if from > len(st.Jobs) && len(st.Jobs) > 0 {
		return notFound("page %d: the provider has %d jobs", pg, len(st.Jobs))
	}
	var rows []jobRow
	for i := from; i < min(len(st.Jobs), from+pageSize); i++ {
		j := &st.Jobs[i]
		var rc *client.Receipt
		if j.ReceiptID != nil {
			rc = st.Receipts[*j.ReceiptID]
		}
		rows = append(rows, jobRow{J: j, R: rc, Stage: stageOf(j, rc)})
	}
	l1 := s.L1()
	var slashes []Slash
	for _, sl := range slices.Backward(l1.Slashes) {
		if sl.Provider == a {
			slashes = append(slashes, sl)
		}
	}
	row := s.withHealth([]*provStats{st})[0]
	data := map[string]any{"P": row, "Rows": rows, "Page": pg, "Pages": (len(st.Jobs) + pageSize - 1) / pageSize, "Slashes": slashes}
	s.render(w, r, http.StatusOK, "provider", "Provider "+shortHex(a), "providers", data)
	return nil
}

// jobs lists every job of every provider, newest first, 50 a page (from
// the providers' stats), and the receipts posted in the recent blocks.
func (s *Service) jobs(w http.ResponseWriter, r *http.Request) error {
	pg, err := pageParam(r)
	if err != nil {
		return err
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	if _, err := s.stats.get(ctx, s); err != nil {
		return s.seqDown("providers", err)
	}
	all := s.stats.jobs()
	from := (pg - 1) * pageSize
	if from >= len(all) && len(all) > 0 {
		return notFound("page %d: there are %d jobs", pg, len(all))
	}
	rows := all[from:min(len(all), from+pageSize)]
	receipts := s.recent.txs(pageSize, func(t *recentTx) bool { return t.Type == state.TxPostReceipt.String() })
	data := map[string]any{"Rows": rows, "Total": len(all), "Page": pg, "Pages": max(1, (len(all)+pageSize-1)/pageSize),
		"Receipts": receipts, "Covered": s.recentSince(), "Loading": s.recent.head() == nil}
	s.render(w, r, http.StatusOK, "jobs", "Jobs and receipts", "jobs", data)
	return nil
}

// pageParam reads ?page= (default 1).
func pageParam(r *http.Request) (int, error) {
	v := r.URL.Query().Get("page")
	if v == "" {
		return 1, nil
	}
	n, err := parseNum("page", v)
	if err != nil || n == 0 || n > 1_000_000 {
		return 0, badInput("page %q: want 1 to 1,000,000", clip(v))
	}
	return int(n), nil
}

// recentSince is the time of the oldest block the recent lists cover.
func (s *Service) recentSince() uint64 {
	bs := s.recent.snapshot()
	if len(bs) == 0 {
		return 0
	}
	return bs[0].Time
}

func (s *Service) job(w http.ResponseWriter, r *http.Request) error {
	id, err := parseHash("job id", r.PathValue("id"))
	if err != nil {
		return err
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	js, err := s.seq.JobsByID(ctx, []common.Hash{id})
	if err != nil {
		return s.seqDown("getJob", err)
	}
	if js[0] == nil {
		return notFound("no job %s", id.Hex())
	}
	j := js[0]
	data := map[string]any{"J": j}
	var rc *client.Receipt
	if j.ReceiptID != nil {
		rs, err := s.rc.get(ctx, s.seq, []common.Hash{*j.ReceiptID})
		if err != nil {
			return s.seqDown("getReceipt", err)
		}
		rc = rs[0]
		if rc != nil {
			if err := s.receiptContext(ctx, rc, data); err != nil {
				return err
			}
		}
	}
	data["R"], data["Stage"] = rc, stageOf(j, rc)
	s.render(w, r, http.StatusOK, "job", "Job "+shortHex(id), "jobs", data)
	return nil
}

// receiptContext adds a receipt's batch (with its window bar) and its
// slash on L1, if any.
func (s *Service) receiptContext(ctx context.Context, rc *client.Receipt, data map[string]any) error {
	bs, err := s.seq.Batches(ctx, []uint64{uint64(rc.Batch)})
	if err != nil {
		return s.seqDown("getBatch", err)
	}
	l1 := s.L1()
	data["Batch"], data["Bar"] = bs[0], barOf(bs[0], s.l1Now(l1))
	for _, sl := range l1.Slashes {
		if sl.Receipt == rc.ID {
			data["Slash"] = sl
		}
	}
	return nil
}

func (s *Service) receipt(w http.ResponseWriter, r *http.Request) error {
	id, err := parseHash("receipt id", r.PathValue("id"))
	if err != nil {
		return err
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	rs, err := s.rc.get(ctx, s.seq, []common.Hash{id})
	if err != nil {
		return s.seqDown("getReceipt", err)
	}
	if rs[0] == nil {
		return notFound("no receipt %s", id.Hex())
	}
	rc := rs[0]
	data := map[string]any{"R": rc, "Stage": stageOf(nil, rc)}
	if err := s.receiptContext(ctx, rc, data); err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "receipt", "Receipt "+shortHex(id), "jobs", data)
	return nil
}

// commitRow is a commitment with the slash its reveal made, if any.
type commitRow struct {
	Commit
	Slash *Slash
}

func (s *Service) disputes(w http.ResponseWriter, r *http.Request) error {
	l1 := s.L1()
	if l1.Updated.IsZero() && l1.Err != nil {
		return &httpError{code: http.StatusServiceUnavailable, msg: fmt.Sprintf("L1 at %s is down or not read yet: %v", s.cfg.L1RPC, l1.Err)}
	}
	var commits []commitRow
	for _, c := range slices.Backward(l1.Commits) {
		row := commitRow{Commit: c}
		for i := range l1.Slashes {
			if sl := &l1.Slashes[i]; sl.Batch == c.Batch && sl.Challenger == c.Challenger && sl.L1Block >= c.L1Block {
				row.Slash = sl
				break
			}
		}
		commits = append(commits, row)
	}
	slashes := slices.Clone(l1.Slashes)
	slices.Reverse(slashes)
	rejections := slices.Clone(l1.Rejections)
	slices.Reverse(rejections)
	data := map[string]any{"Commits": commits, "Slashes": slashes, "Rejections": rejections}
	s.render(w, r, http.StatusOK, "disputes", "Disputes", "disputes", data)
	return nil
}

func (s *Service) account(w http.ResponseWriter, r *http.Request) error {
	a, err := parseAddr(r.PathValue("addr"))
	if err != nil {
		return err
	}
	var before uint64
	if v := r.URL.Query().Get("before"); v != "" {
		if before, err = parseNum("before", v); err != nil {
			return err
		}
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	acc, err := s.seq.Account(ctx, a)
	if err != nil {
		return s.seqDown("getAccount", err)
	}
	leases, err := s.seq.Leases(ctx, a)
	if err != nil {
		return s.seqDown("getLeases", err)
	}
	txs, err := s.seq.AccountTxs(ctx, a, pageSize, before)
	if err != nil {
		return s.seqDown("getAccountTxs", err)
	}
	jobs, err := s.seq.Jobs(ctx, a, "")
	if err != nil {
		return s.seqDown("getJobs", err)
	}
	slices.SortStableFunc(jobs, func(x, y client.Job) int { return -compareU(blockOf(x), blockOf(y)) })
	wds, err := s.seq.Withdrawals(ctx, a)
	if err != nil {
		return s.seqDown("getWithdrawals", err)
	}
	prov, err := s.seq.Provider(ctx, a)
	if err != nil {
		return s.seqDown("getProvider", err)
	}
	var next uint64
	if len(txs) == pageSize && txs[len(txs)-1].Block != nil {
		next = uint64(*txs[len(txs)-1].Block)
	}
	data := map[string]any{"A": acc, "Leases": leases, "Txs": txs, "Jobs": jobs[:min(len(jobs), pageSize)], "JobCount": len(jobs),
		"Withdrawals": wds, "Provider": prov, "Next": next, "Before": before}
	s.render(w, r, http.StatusOK, "account", "Account "+shortHex(a), "", data)
	return nil
}

func compareU(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (s *Service) tx(w http.ResponseWriter, r *http.Request) error {
	h, err := parseHash("tx hash", r.PathValue("hash"))
	if err != nil {
		return err
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	st, err := s.seq.TxStatus(ctx, h)
	if err != nil {
		return s.seqDown("getTransactionStatus", err)
	}
	if st.Status == client.StatusUnknown {
		return notFound("the sequencer knows no tx %s", h.Hex())
	}
	s.render(w, r, http.StatusOK, "tx", "Tx "+shortHex(h), "", map[string]any{"T": st})
	return nil
}

func (s *Service) batch(w http.ResponseWriter, r *http.Request) error {
	n, err := parseNum("batch index", r.PathValue("n"))
	if err != nil {
		return err
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	bs, err := s.seq.Batches(ctx, []uint64{n})
	if err != nil {
		return s.seqDown("getBatch", err)
	}
	if bs[0] == nil {
		return notFound("no batch %d", n)
	}
	l1 := s.L1()
	var rej []Rejection
	for _, x := range l1.Rejections {
		if x.From <= n && n <= x.To {
			rej = append(rej, x)
		}
	}
	var slashes []Slash
	for _, sl := range l1.Slashes {
		if sl.Batch == n {
			slashes = append(slashes, sl)
		}
	}
	data := map[string]any{"B": bs[0], "Bar": barOf(bs[0], s.l1Now(l1)), "Rejections": rej, "Slashes": slashes}
	s.render(w, r, http.StatusOK, "batch", fmt.Sprintf("Batch %d", n), "", data)
	return nil
}

func (s *Service) block(w http.ResponseWriter, r *http.Request) error {
	n, err := parseNum("block number", r.PathValue("n"))
	if err != nil {
		return err
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	bs, err := s.seq.Blocks(ctx, []uint64{n})
	if err != nil {
		return s.seqDown("getBlockByNumber", err)
	}
	if bs[0] == nil {
		return notFound("no block %d", n)
	}
	d := s.dom.Load()
	if d == nil {
		return &httpError{code: http.StatusServiceUnavailable, msg: "the chain's domain is not known yet (the sequencer's chainInfo)"}
	}
	rb, err := decodeBlock(d, bs[0])
	if err != nil {
		return fmt.Errorf("block %d from the sequencer does not decode: %w", n, err)
	}
	s.render(w, r, http.StatusOK, "block", fmt.Sprintf("Block %d", n), "", map[string]any{"B": rb, "Raw": bs[0]})
	return nil
}

// search sends a valid query to its page: an address, a tx hash, a job
// or receipt id (tried in that order), a batch index ("5", "batch 5") or
// a block ("block 5").
func (s *Service) search(w http.ResponseWriter, r *http.Request) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		s.render(w, r, http.StatusOK, "search", "Search", "", map[string]any{})
		return nil
	}
	if len(q) > 100 {
		return badInput("query too long (%d characters): an address, a hash or a number", len(q))
	}
	lq := strings.ToLower(q)
	switch {
	case reAddr.MatchString(q):
		http.Redirect(w, r, "/account/"+common.HexToAddress(q).Hex(), http.StatusSeeOther)
		return nil
	case reNum.MatchString(q):
		http.Redirect(w, r, "/batch/"+q, http.StatusSeeOther)
		return nil
	case strings.HasPrefix(lq, "batch ") && reNum.MatchString(strings.TrimSpace(q[6:])):
		http.Redirect(w, r, "/batch/"+strings.TrimSpace(q[6:]), http.StatusSeeOther)
		return nil
	case strings.HasPrefix(lq, "block ") && reNum.MatchString(strings.TrimSpace(q[6:])):
		http.Redirect(w, r, "/block/"+strings.TrimSpace(q[6:]), http.StatusSeeOther)
		return nil
	case !reHash.MatchString(q):
		return badInput("%q is not an address (0x + 40 hex digits), a tx hash, job or receipt id (0x + 64 hex digits), or a batch index", clip(q))
	}
	h := common.HexToHash(q)
	ctx, cancel := s.ctx(r)
	defer cancel()
	st, err := s.seq.TxStatus(ctx, h)
	if err != nil {
		return s.seqDown("getTransactionStatus", err)
	}
	if st.Status != client.StatusUnknown {
		http.Redirect(w, r, "/tx/"+h.Hex(), http.StatusSeeOther)
		return nil
	}
	js, err := s.seq.JobsByID(ctx, []common.Hash{h})
	if err != nil {
		return s.seqDown("getJob", err)
	}
	if js[0] != nil {
		http.Redirect(w, r, "/job/"+h.Hex(), http.StatusSeeOther)
		return nil
	}
	rs, err := s.seq.Receipts(ctx, []common.Hash{h})
	if err != nil {
		return s.seqDown("getReceipt", err)
	}
	if rs[0] != nil {
		http.Redirect(w, r, "/receipt/"+h.Hex(), http.StatusSeeOther)
		return nil
	}
	return notFound("%s is no tx, job or receipt the sequencer knows", h.Hex())
}

// download streams a stored model, input or trace, or a job's result,
// from the sequencer's store (the explorer's visitors need not reach the
// sequencer).
func (s *Service) download(w http.ResponseWriter, r *http.Request) {
	kind, root := r.PathValue("kind"), r.PathValue("root")
	if kind != client.KindModel && kind != client.KindInput && kind != client.KindTrace && kind != "result" {
		s.fail(w, r, badInput("kind %q: want model, input, trace or result", clip(kind)))
		return
	}
	h, err := parseHash("root", root)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	u := strings.TrimRight(s.cfg.RPC, "/") + "/store/" + kind + "/" + h.Hex()
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, u, nil)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	resp, err := s.store.Do(req)
	if err != nil {
		s.fail(w, r, s.seqDown("store", err))
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		code := http.StatusBadGateway
		if resp.StatusCode == http.StatusNotFound {
			code = http.StatusNotFound
		}
		s.fail(w, r, &httpError{code: code, msg: fmt.Sprintf("the store answered %s: %s", resp.Status, strings.TrimSpace(string(msg)))})
		return
	}
	name := kind + "-" + h.Hex()[2:10] + ".bin"
	ct := "application/octet-stream"
	if kind == "result" {
		name, ct = "result-"+h.Hex()[2:10]+".json", "application/json"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	if cl := resp.Header.Get("Content-Length"); cl != "" {
		w.Header().Set("Content-Length", cl)
	}
	w.WriteHeader(http.StatusOK)
	_, _ = io.Copy(w, resp.Body)
}
