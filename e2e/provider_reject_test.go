package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/provider"
	"github.com/gpuroll/gpuroll/state"
)

// tamperProxy stands between a provider and the sequencer (JSON-RPC over
// HTTP and WebSocket, and the store) and plays a faulty city for chosen
// jobs. With an honest sequencer a job whose data is malformed or does
// not match its declared dims never gets in (SubmitJob is admitted only
// with its data stored and checked): the provider checks anyway, since it
// trusts neither the API nor the store, and this proxy is how the tests
// reach those checks.
type tamperProxy struct {
	t      *testing.T
	target *url.URL
	rp     *httputil.ReverseProxy
	url    string

	mu        sync.Mutex
	rows      map[common.Hash]uint64       // getJob(s) claim this many rows
	slashOnce map[common.Hash]*uint256.Int // getJob claims this slash amount until a PostReceipt of the job passes
	garbage   map[common.Hash]bool         // GET /store/input/<root> serves bytes that are not the blob
	gets      map[string]int               // store GETs by path
}

func newTamperProxy(t *testing.T, target string) *tamperProxy {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	p := &tamperProxy{t: t, target: u, rp: httputil.NewSingleHostReverseProxy(u), rows: map[common.Hash]uint64{},
		slashOnce: map[common.Hash]*uint256.Int{}, garbage: map[common.Hash]bool{}, gets: map[string]int{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: p}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	p.url = "http://" + ln.Addr().String()
	return p
}

func (p *tamperProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/store/") {
		p.mu.Lock()
		p.gets[r.URL.Path]++
		root, isInput := strings.CutPrefix(r.URL.Path, "/store/input/")
		bad := isInput && p.garbage[common.HexToHash(root)]
		p.mu.Unlock()
		if bad {
			junk := append([]byte("GRIN\x01"), bytes.Repeat([]byte{0xee}, 40)...)
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Header().Set(client.HeaderRoot, strings.ToLower(root))
			w.Header().Set("Content-Length", fmt.Sprint(len(junk)))
			_, _ = w.Write(junk)
			return
		}
	}
	if r.Method != http.MethodPost || r.URL.Path != "/" || r.Header.Get("Upgrade") != "" {
		p.rp.ServeHTTP(w, r)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req struct {
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	_ = json.Unmarshal(body, &req) // a batch stays unparsed: passed through
	resp, err := http.Post(p.target.String(), r.Header.Get("Content-Type"), bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	switch req.Method {
	case "gpuroll_getJob", "gpuroll_getJobs":
		out = p.tamper(out)
	case "gpuroll_sendRawTransaction":
		// Once the provider has signed a receipt with the stale slash
		// amount, the "parameters change": the API tells the truth.
		if len(req.Params) == 1 {
			var raw hexutil.Bytes
			if json.Unmarshal(req.Params[0], &raw) == nil {
				if tx, err := state.DecodeTx(raw); err == nil {
					if pr, ok := tx.Body.(*state.PostReceipt); ok {
						p.mu.Lock()
						delete(p.slashOnce, pr.JobID)
						p.mu.Unlock()
					}
				}
			}
		}
	}
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

// tamper rewrites the chosen jobs in a getJob or getJobs answer.
func (p *tamperProxy) tamper(b []byte) []byte {
	var msg map[string]json.RawMessage
	if json.Unmarshal(b, &msg) != nil || msg["result"] == nil {
		return b
	}
	var jobs []map[string]any
	single := false
	if json.Unmarshal(msg["result"], &jobs) != nil {
		var one map[string]any
		if json.Unmarshal(msg["result"], &one) != nil {
			return b
		}
		jobs, single = []map[string]any{one}, true
	}
	p.mu.Lock()
	for _, j := range jobs {
		s, _ := j["id"].(string)
		id := common.HexToHash(s)
		if rows, ok := p.rows[id]; ok {
			j["rows"] = hexutil.EncodeUint64(rows)
		}
		if v, ok := p.slashOnce[id]; ok && single {
			j["slashAmount"] = (*hexutil.U256)(v)
		}
	}
	p.mu.Unlock()
	var res any = jobs
	if single {
		res = jobs[0]
	}
	if msg["result"], _ = json.Marshal(res); msg["result"] == nil {
		return b
	}
	out, _ := json.Marshal(msg)
	return out
}

// TestProviderRejects: a job over the provider's limits, a job whose
// declared dims do not match its data, and a job whose data does not
// decode are each rejected on L2 with their reason code, and the
// buyer's escrow for them comes back; a receipt refused for a stale
// slash amount (508) is rebuilt and signed again. The provider talks
// to the sequencer through a tampering proxy (its WebSocket included).
func TestProviderRejects(t *testing.T) {
	n := startProvNet(t, testnet.Options{})
	proxy := newTamperProxy(t, n.Seq.RPCURL())
	cfg := n.providerConfig(testnet.KeyProvider)
	cfg.SequencerURL = proxy.url
	cfg.Price = testnet.Eth(1_000_000)
	cfg.Limits.MaxWidth = 64
	cfg.FetchAttempts = 2
	p := n.startProvider(cfg)
	n.waitProviderRegistered(p.Address())
	const buyer = testnet.KeyBuyer
	n.Deposit(buyer, testnet.Ether(50))
	lease := n.openLease(buyer, p.Address(), testnet.Eth(10))

	ok := newProvJob(t, []int{24, 16, 8}, 3, 1)
	wide := newProvJob(t, []int{128, 16}, 2, 2)
	dims := newProvJob(t, []int{24, 16, 8}, 3, 3)
	bad := newProvJob(t, []int{24, 16, 8}, 4, 4)
	stale := newProvJob(t, []int{24, 16, 8}, 2, 5)
	// The tampering is armed before the jobs are submitted (the provider
	// reads a job as soon as it is included).
	proxy.mu.Lock()
	proxy.garbage[bad.inRoot] = true
	proxy.mu.Unlock()

	n.submit(buyer, lease, ok)
	n.submit(buyer, lease, wide)
	proxy.mu.Lock()
	proxy.rows[jobIDFor(t, n, buyer, lease, dims)] = 5
	proxy.mu.Unlock()
	n.submit(buyer, lease, dims)
	n.submit(buyer, lease, bad)
	// The slash amount the job implies + 1 wei: what a parameter change
	// between reading the job and the receipt's inclusion does.
	staleID := jobIDFor(t, n, buyer, lease, stale)
	proxy.mu.Lock()
	proxy.slashOnce[staleID] = new(uint256.Int).Add(testnet.Eth(1), uint256.NewInt(1))
	proxy.mu.Unlock()
	n.submit(buyer, lease, stale)
	if stale.id != staleID {
		t.Fatalf("job id %s, predicted %s", stale.id, staleID)
	}

	for _, c := range []struct {
		j      *provJob
		reason uint8
		what   string
	}{{wide, provider.ReasonCapacity, "layer 1 is 128→16 wide, this provider takes at most 64"},
		{dims, provider.ReasonDims, "the input has 3 rows of 24 values, the job declares 5 rows"},
		{bad, provider.ReasonMalformed, "after 2 attempts"}} {
		cj := n.waitJob(c.j.id, client.JobRejected, 60*time.Second)
		n.waitRecord(p, c.j.id, provider.StateRejected)
		if uint8(cj.RejectReason) != c.reason {
			t.Errorf("job %s rejected with reason %d, want %d", c.j.id, uint64(cj.RejectReason), c.reason)
		}
		found := false
		for _, js := range p.Status().Jobs {
			if js.ID == c.j.id {
				found = true
				if js.State != provider.StateRejected || js.Reason != c.reason || !strings.Contains(js.Error, c.what) || js.TraceRoot != (common.Hash{}) {
					t.Errorf("job %s in the provider's records: %+v, want reason %d saying %q", c.j.id, js, c.reason, c.what)
				}
			}
		}
		if !found {
			t.Errorf("job %s not in the provider's records", c.j.id)
		}
	}
	for _, j := range []*provJob{ok, stale} {
		n.waitJob(j.id, client.JobReceipted, 60*time.Second)
		n.waitRecord(p, j.id, provider.StateReceipted)
		n.checkResult(j, n.receiptOf(p, j.id).TraceRoot)
	}
	// The over-capacity job's data was never fetched; the malformed input
	// was tried FetchAttempts times.
	proxy.mu.Lock()
	wideGets := proxy.gets["/store/model/"+common.Hash(mustModelRoot(t, wide)).Hex()] + proxy.gets["/store/input/"+wide.inRoot.Hex()]
	badGets := proxy.gets["/store/input/"+bad.inRoot.Hex()]
	proxy.mu.Unlock()
	if wideGets != 0 || badGets != 2 {
		t.Fatalf("store GETs: %d of the over-capacity job's data, %d of the malformed input (want 0 and 2)", wideGets, badGets)
	}
	// The stale receipt was dropped with 508 and signed again.
	for _, js := range p.Status().Jobs {
		want := 1
		if js.ID == stale.id {
			want = 2
		}
		if js.Sent != want {
			t.Errorf("job %s: %d txs sent, want %d", js.ID, js.Sent, want)
		}
	}
	resp, err := http.Get(p.StatusURL() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, m := range []string{`gpuroll_provider_l2_txs_dropped_total{code="508"} 1`, `gpuroll_provider_rejects_total{reason="1"} 1`,
		`gpuroll_provider_rejects_total{reason="2"} 1`, `gpuroll_provider_rejects_total{reason="3"} 1`, `gpuroll_provider_jobs_total{outcome="rejected"} 3`} {
		if !strings.Contains(string(metrics), m) {
			t.Errorf("metrics lack %q", m)
		}
	}

	// The buyer's escrow: nothing reserved, only the two receipted jobs
	// paid from it; closing the lease refunds the rest.
	l, err := n.Client.Lease(n.Ctx, lease)
	if err != nil {
		t.Fatal(err)
	}
	paid := new(big.Int)
	for _, j := range []*provJob{ok, stale} {
		cj, _ := n.Client.Job(n.Ctx, j.id)
		paid.Add(paid, (*uint256.Int)(cj.Price).ToBig())
	}
	wantEscrow := new(big.Int).Sub(testnet.Ether(10), paid)
	if !(*uint256.Int)(l.Reserved).IsZero() || (*uint256.Int)(l.Escrow).ToBig().Cmp(wantEscrow) != 0 {
		t.Fatalf("lease after the rejections: escrow %v reserved %v, want escrow %v and nothing reserved", l.Escrow, l.Reserved, wantEscrow)
	}
	before := n.l2Balance(n.Addr(buyer))
	st := n.Send(buyer, &state.CloseLease{LeaseID: lease})
	want := new(big.Int).Add(before, wantEscrow)
	want.Sub(want, (*uint256.Int)(st.Fee).ToBig())
	if got := n.l2Balance(n.Addr(buyer)); got.Cmp(want) != 0 {
		t.Fatalf("after closing the lease the buyer holds %v, want %v", got, want)
	}
}

// jobIDFor predicts the id (the signing hash) of the buyer's next
// SubmitJob of j on lease: the proxy is armed with it before the job
// exists.
func jobIDFor(t *testing.T, n *provNet, buyer int, lease uint64, j *provJob) common.Hash {
	t.Helper()
	tx := n.Sign(buyer, &state.SubmitJob{LeaseID: lease, Layers: j.specs, Rows: uint32(j.input.Rows), InputRoot: j.inRoot})
	return n.Domain.SigningHash(tx)
}

func mustModelRoot(t *testing.T, j *provJob) [32]byte {
	t.Helper()
	_, root, err := j.model.Commitments()
	if err != nil {
		t.Fatal(err)
	}
	return root.Bytes()
}
