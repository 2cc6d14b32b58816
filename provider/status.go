package provider

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Files the provider writes into its data dir for `gpuroll provider
// status` and `gpuroll provider bond`.
const (
	// CookieFile holds the admin token of the running provider (0600):
	// whoever can read the data dir may call the admin endpoints.
	CookieFile = "admin.cookie"
	// StatusAddrFile holds the status endpoint's address.
	StatusAddrFile = "status.addr"
)

// Status is what `gpuroll provider status` shows: the provider's own
// records, its GPUs and, when it runs, what it last read from the
// sequencer and L1. Token amounts are wei, decimal.
type Status struct {
	Version  string         `json:"version"`
	Address  common.Address `json:"address"`
	Live     bool           `json:"live"` // from the running provider (false: read from the data dir)
	Phase    string         `json:"phase,omitempty"`
	Class    uint8          `json:"class"`
	ClassStr string         `json:"className,omitempty"`
	NVML     string         `json:"nvml,omitempty"`
	GPUs     []GPUStatus    `json:"gpus,omitempty"`
	Slots    []slotState    `json:"slots,omitempty"`

	Queue    int `json:"queue"`
	Running  int `json:"running"`
	Done     int `json:"done"`     // receipted (paid or not)
	Rejected int `json:"rejected"` // rejected on L2 by this provider
	Failed   int `json:"failed"`   // gone another way, or slashed
	Slashed  int `json:"slashed"`
	// Forfeited: receipts refunded to their buyers because another
	// receipt of this provider was proven false (docs/economics.md).
	Forfeited int `json:"forfeited,omitempty"`

	Paused      bool   `json:"paused"`
	PauseReason string `json:"pauseReason,omitempty"`
	BondShort   string `json:"bondShort,omitempty"`

	Bond     string `json:"bond,omitempty"`     // the L2 mirror
	Exposure string `json:"exposure,omitempty"` // unfinalized slash amounts
	L1Bonded string `json:"l1Bonded,omitempty"`
	L2Bal    string `json:"l2Balance,omitempty"`

	EarningsPending  string `json:"earningsPending"`  // receipts locked until their batch is final
	EarningsReleased string `json:"earningsReleased"` // paid receipts
	Withdrawn        string `json:"withdrawn"`        // claimed on L1

	Jobs        []JobStatus        `json:"jobs,omitempty"` // the latest, newest first
	Withdrawals []withdrawalRecord `json:"withdrawals,omitempty"`
}

// GPUStatus is a GPU with its health.
type GPUStatus struct {
	GPUInfo
	Health GPUHealth `json:"health"`
}

// JobStatus is one job as the provider's records hold it.
type JobStatus struct {
	ID        common.Hash `json:"id"`
	State     string      `json:"state"`
	SeenAt    time.Time   `json:"seenAt"`
	Price     string      `json:"price,omitempty"`
	GPU       string      `json:"gpu,omitempty"`
	Runs      int         `json:"runs,omitempty"`
	ExecMS    int64       `json:"execMs,omitempty"`
	GPUMillis uint64      `json:"gpuMillis,omitempty"`
	TraceRoot common.Hash `json:"traceRoot,omitzero"`
	ReceiptID common.Hash `json:"receiptId,omitzero"`
	TxHash    common.Hash `json:"txHash,omitzero"`
	Sent      int         `json:"txsSent,omitempty"`
	LatencyMS int64       `json:"latencyMs,omitempty"` // assigned → receipt included
	Reason    uint8       `json:"reason,omitempty"`
	Error     string      `json:"error,omitempty"`
}

// maxStatusJobs bounds the jobs a status lists.
const maxStatusJobs = 50

func statusFromRecords(js []*jobRecord, ws []*withdrawalRecord) *Status {
	st := &Status{Version: Version}
	pending, released, withdrawn := new(big.Int), new(big.Int), new(big.Int)
	for _, r := range js {
		p, _ := new(big.Int).SetString(r.Price, 10)
		if p == nil {
			p = new(big.Int)
		}
		switch r.State {
		case StateQueued:
			st.Queue++
		case StateReceipted:
			st.Done++
			pending.Add(pending, p)
		case StatePaid:
			st.Done++
			released.Add(released, p)
		case StateRejected:
			st.Rejected++
		case StateSlashed:
			st.Slashed++
			st.Failed++
		case StateForfeited:
			st.Forfeited++
			st.Failed++
		case StateGone:
			st.Failed++
		}
	}
	for _, w := range ws {
		if a, ok := new(big.Int).SetString(w.Amount, 10); ok && w.State == WithdrawalClaimed {
			withdrawn.Add(withdrawn, a)
		}
		st.Withdrawals = append(st.Withdrawals, *w)
	}
	st.EarningsPending, st.EarningsReleased, st.Withdrawn = pending.String(), released.String(), withdrawn.String()
	sorted := append([]*jobRecord(nil), js...)
	sort.Slice(sorted, func(i, k int) bool { return sorted[i].SeenAt.After(sorted[k].SeenAt) })
	for i, r := range sorted {
		if i == maxStatusJobs {
			break
		}
		j := JobStatus{ID: r.ID, State: r.State, SeenAt: r.SeenAt, Price: r.Price, GPU: r.GPU, Runs: r.Runs, ExecMS: r.ExecMS,
			GPUMillis: r.Metered, TraceRoot: r.TraceRoot, ReceiptID: r.ReceiptID, TxHash: r.TxHash, Sent: len(r.Sent), Reason: r.Reason, Error: r.Error}
		if !r.IncludedAt.IsZero() && r.State != StateRejected {
			j.LatencyMS = r.IncludedAt.Sub(r.SeenAt).Milliseconds()
		}
		st.Jobs = append(st.Jobs, j)
	}
	return st
}

// Status returns the running provider's status.
func (s *Service) Status() *Status {
	s.mu.Lock()
	js := make([]*jobRecord, 0, len(s.jobs))
	for _, r := range s.jobs {
		c := *r
		js = append(js, &c)
	}
	ws := make([]*withdrawalRecord, len(s.ws))
	for i, w := range s.ws {
		c := *w
		ws[i] = &c
	}
	phase, pause, short, p, l2, l1b, arch := s.phase, s.pause, s.short, s.lastBond, s.l2Bal, s.l1Bonded, s.archived
	s.mu.Unlock()
	st := statusFromRecords(js, ws)
	st.Done, st.Rejected, st.Failed, st.Slashed = st.Done+arch.done, st.Rejected+arch.rejected, st.Failed+arch.failed, st.Slashed+arch.slashed
	st.Forfeited += arch.forfeited
	if arch.released != nil && arch.released.Sign() > 0 {
		rel, _ := new(big.Int).SetString(st.EarningsReleased, 10)
		st.EarningsReleased = rel.Add(rel, arch.released).String()
	}
	st.Live, st.Address, st.Phase, st.Class, st.ClassStr, st.NVML = true, s.me, phase, s.class, s.className, s.nvmlNote
	st.Queue, st.Running, _ = s.sched.counts()
	st.Slots = s.sched.snapshot()
	if s.gpus != nil {
		hs := s.gpus.Health()
		for i, info := range s.gpus.Info() {
			st.GPUs = append(st.GPUs, GPUStatus{GPUInfo: info, Health: hs[i]})
		}
	}
	st.Paused, st.PauseReason = pause != "", pause
	if short != nil {
		st.BondShort = short.String()
	}
	if p != nil && p.Bond != nil && p.Exposure != nil {
		st.Bond, st.Exposure = (*uint256.Int)(p.Bond).Dec(), (*uint256.Int)(p.Exposure).Dec()
	}
	if l2 != nil {
		st.L2Bal = l2.String()
	}
	if l1b != nil {
		st.L1Bonded = l1b.String()
	}
	return st
}

// ReadStatus builds a status from a stopped provider's data dir (its
// records only: no GPUs, bond or balances).
func ReadStatus(dataDir string) (*Status, error) {
	d, err := openDB(filepath.Join(dataDir, "provider"), true, slog.New(slog.DiscardHandler))
	if err != nil {
		return nil, err
	}
	defer d.close()
	m, _, err := d.getMeta()
	if err != nil {
		return nil, err
	}
	js, err := d.jobs()
	if err != nil {
		return nil, err
	}
	ws, err := d.withdrawals()
	if err != nil {
		return nil, err
	}
	st := statusFromRecords(js, ws)
	st.Address = m.Address
	return st, nil
}

// statusHandler serves /status, /metrics, /healthz and POST /admin/bond.
func (s *Service) statusHandler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(s.m.reg, promhttp.HandlerOpts{Registry: s.m.reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"version": Version, "ok": s.started.Load() && !s.stopped.Load()})
	})
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(s.Status())
	})
	mux.HandleFunc("POST /admin/bond", func(w http.ResponseWriter, r *http.Request) {
		tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if s.cookie == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(s.cookie)) != 1 {
			http.Error(w, "bad or missing admin cookie (Authorization: Bearer <DataDir/"+CookieFile+">)", http.StatusUnauthorized)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, 256))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		amount, ok := new(big.Int).SetString(strings.TrimSpace(string(body)), 10)
		if !ok || amount.Sign() <= 0 || amount.BitLen() > 256 {
			http.Error(w, "the body must be the amount to bond, token wei in decimal, above 0", http.StatusBadRequest)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), 10*time.Minute)
		defer cancel()
		if err := s.BondMore(ctx, amount); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		_, _ = fmt.Fprintf(w, "bonded %s wei more\n", amount)
	})
	return mux
}

// FetchStatus reads a running provider's status from its endpoint.
func FetchStatus(ctx context.Context, baseURL string) (*Status, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(baseURL, "/")+"/status", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status endpoint: HTTP %d", resp.StatusCode)
	}
	var st Status
	if err := json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(&st); err != nil {
		return nil, fmt.Errorf("status endpoint: %w", err)
	}
	return &st, nil
}

// AdminBond asks the provider running on dataDir to bond amount more
// (the cookie and the status address come from the data dir).
func AdminBond(ctx context.Context, dataDir string, amount *big.Int) (string, error) {
	cookie, err := os.ReadFile(filepath.Join(dataDir, CookieFile))
	if err != nil {
		return "", fmt.Errorf("admin cookie (is the provider running on %s?): %w", dataDir, err)
	}
	addr, err := os.ReadFile(filepath.Join(dataDir, StatusAddrFile))
	if err != nil {
		return "", fmt.Errorf("status address (is the provider running on %s?): %w", dataDir, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+strings.TrimSpace(string(addr))+"/admin/bond", strings.NewReader(amount.String()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(string(cookie)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		return "", errors.New(strings.TrimSpace(string(b)))
	}
	return strings.TrimSpace(string(b)), nil
}

// ParseTokens parses an amount of tokens: a decimal number of tokens
// with up to 18 decimals ("1.5"), or wei with the suffix "wei"
// ("1500000000000000000wei").
func ParseTokens(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if w, ok := strings.CutSuffix(s, "wei"); ok {
		v, ok := new(big.Int).SetString(strings.TrimSpace(w), 10)
		if !ok || v.Sign() < 0 || v.BitLen() > 256 {
			return nil, fmt.Errorf("amount %q: not a wei amount", s)
		}
		return v, nil
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(frac) > 18 || strings.ContainsAny(whole+frac, "+-") {
		return nil, fmt.Errorf("amount %q: want tokens with at most 18 decimals (e.g. 1.5) or wei (e.g. 1500wei)", s)
	}
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", 18-len(frac)), 10)
	if !ok || v.BitLen() > 256 {
		return nil, fmt.Errorf("amount %q: not a number of tokens", s)
	}
	return v, nil
}

// formatTokens writes wei as tokens, exactly ("1.5").
func formatTokens(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	q, r := new(big.Int).QuoRem(wei, big.NewInt(1e18), new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	f := strings.TrimRight(fmt.Sprintf("%018s", r.String()), "0")
	return q.String() + "." + f
}

// FormatTokens writes a decimal wei string as tokens ("" stays "").
func FormatTokens(wei string) string {
	if wei == "" {
		return ""
	}
	v, ok := new(big.Int).SetString(wei, 10)
	if !ok {
		return wei
	}
	return formatTokens(v)
}
