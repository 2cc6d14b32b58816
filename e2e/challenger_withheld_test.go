package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/challenger"
	"github.com/gpuroll/gpuroll/client"
)

// storeProxy stands between the challenger and the sequencer's store: it
// withholds some blobs (404, the store's "no such blob") and corrupts
// others (one byte flipped), until healed.
type storeProxy struct {
	mu       sync.Mutex
	withhold map[common.Hash]bool
	corrupt  map[common.Hash]bool
	hits     map[common.Hash]int
	rp       *httputil.ReverseProxy
}

func newStoreProxy(t *testing.T, target string) (*storeProxy, string) {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	p := &storeProxy{withhold: map[common.Hash]bool{}, corrupt: map[common.Hash]bool{}, hits: map[common.Hash]int{}}
	p.rp = httputil.NewSingleHostReverseProxy(u)
	p.rp.ModifyResponse = func(resp *http.Response) error {
		root := common.HexToHash(resp.Request.URL.Path[strings.LastIndex(resp.Request.URL.Path, "/")+1:])
		p.mu.Lock()
		bad := p.corrupt[root]
		p.mu.Unlock()
		if !bad || resp.StatusCode != http.StatusOK {
			return nil
		}
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			return err
		}
		resp.Body.Close()
		b[len(b)/2] ^= 0x40
		resp.Body = io.NopCloser(bytes.NewReader(b))
		resp.ContentLength = int64(len(b))
		resp.Header.Set("Content-Length", strconv.Itoa(len(b)))
		return nil
	}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return p, srv.URL
}

func (p *storeProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	root := common.HexToHash(r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:])
	p.mu.Lock()
	p.hits[root]++
	withheld := p.withhold[root]
	p.mu.Unlock()
	if withheld && r.Method == http.MethodGet {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, `{"error":{"code":%d,"message":"no such blob"}}`, client.StoreCodeNotFound)
		return
	}
	p.rp.ServeHTTP(w, r)
}

func (p *storeProxy) heal() {
	p.mu.Lock()
	p.withhold, p.corrupt = map[common.Hash]bool{}, map[common.Hash]bool{}
	p.mu.Unlock()
}

// TestChallengerDataWithheld: the store withholds the trace of one
// sampled receipt (a false one) and serves a corrupted model for another
// (an honest one). The challenger never skips them: each raises an alarm
// (data-unavailable, bad-data) naming the receipt, counted in the metrics,
// and `gpuroll challenger status` exits 1. It keeps trying; once the
// store serves the data again the checks complete (the false receipt is
// slashed, the honest one verified), the alarms resolve and the status
// command exits 0.
func TestChallengerDataWithheld(t *testing.T) {
	if testing.Short() {
		t.Skip("real proofs")
	}
	bin := chBinary(t)
	m := newChMarket(t, chOptions{})
	proxy, proxyURL := newStoreProxy(t, m.Seq.RPCURL())
	cfg := m.challengerConfig(t, chAuditor)
	cfg.StoreURL, cfg.MetricsAddr = proxyURL, "127.0.0.1:0"
	ch := startCh(t, cfg)

	bad := newChJob(t, []int{32, 20, 5}, 2, 3000)
	falseValue(bad.st, 1, 1, 7)
	honest := newChJob(t, []int{33, 9}, 3, 3001)
	proxy.mu.Lock()
	proxy.withhold[bad.traceRoot(t)] = true
	_, mr, _ := honest.m.Commitments()
	proxy.corrupt[mr.Bytes()] = true
	proxy.mu.Unlock()
	pb, ph := m.post(bad), m.post(honest)

	alarmFor := func(id common.Hash, kind string) *challenger.Alarm {
		for _, a := range ch.Alarms() {
			if a.Active && a.Receipt == id && a.Kind == kind {
				return &a
			}
		}
		return nil
	}
	chWait(t, "both alarms", 2*time.Minute, func() (bool, error) {
		return alarmFor(pb.receipt, challenger.AlarmDataUnavailable) != nil && alarmFor(ph.receipt, challenger.AlarmBadData) != nil, nil
	})
	t.Logf("alarm: %s", alarmFor(pb.receipt, challenger.AlarmDataUnavailable).Message)
	t.Logf("alarm: %s", alarmFor(ph.receipt, challenger.AlarmBadData).Message)
	metrics := scrape(t, ch.MetricsURL()+"/metrics")
	for _, want := range []string{
		`gpuroll_challenger_alarms_active{kind="data-unavailable"} 1`,
		`gpuroll_challenger_alarms_active{kind="bad-data"} 1`,
	} {
		if !strings.Contains(metrics, want) {
			t.Fatalf("metrics lack %q", want)
		}
	}
	if !strings.Contains(metrics, `gpuroll_challenger_data_unavailable_total{kind="data-unavailable"}`) {
		t.Fatal("metrics lack data_unavailable_total")
	}
	// The status command: exit 1 while the alarms are active.
	time.Sleep(200 * time.Millisecond) // status.json is rewritten every 50 ms when something changed
	if code, out := statusExit(t, bin, cfg.DataDir); code != 1 || !strings.Contains(out, "ALARM data-unavailable") || !strings.Contains(out, "ALARM bad-data") {
		t.Fatalf("status exited %d:\n%s", code, out)
	}
	// The same from the running challenger's /status, as JSON.
	cmd := exec.Command(bin, "challenger", "status", "--url", ch.MetricsURL(), "--json")
	cmd.Env = chCleanEnv()
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("status --url: %v\n%s", err, out)
	}
	var live challenger.Status
	if err := json.Unmarshal(out, &live); err != nil || live.Active != 2 || !live.Running {
		t.Fatalf("status --url --json: %v %+v", err, live)
	}
	// Nothing was skipped: still waiting, retried.
	for _, id := range []common.Hash{pb.receipt, ph.receipt} {
		d, err := ch.Dispute(id)
		if err != nil || d.Status != challenger.StUnavailable && d.Status != challenger.StChecking && d.Status != challenger.StQueued {
			t.Fatalf("receipt %s while its data is withheld: %+v %v", id, d, err)
		}
	}
	chWait(t, "the withheld trace asked for again", 20*cfg.DataRetry, func() (bool, error) {
		proxy.mu.Lock()
		defer proxy.mu.Unlock()
		return proxy.hits[bad.traceRoot(t)] >= 3, nil
	})

	proxy.heal()
	chWait(t, "the checks after the store heals", 3*time.Minute, func() (bool, error) {
		db, err := ch.Dispute(pb.receipt)
		if err != nil {
			return false, err
		}
		dh, err := ch.Dispute(ph.receipt)
		if err != nil {
			return false, err
		}
		return db.Status == challenger.StLanded && dh.Status == challenger.StHonest, nil
	})
	if st := ch.Status(); st.Active != 0 {
		t.Fatalf("alarms still active: %+v", st.Alarms)
	}
	time.Sleep(200 * time.Millisecond)
	if code, out := statusExit(t, bin, cfg.DataDir); code != 0 {
		t.Fatalf("status exited %d after the alarms resolved:\n%s", code, out)
	}

	// An audit of the sampling decision: recomputed from the secret, it
	// matches the log; a log that lies is caught.
	explain := func() (int, string) {
		cmd := exec.Command(bin, "challenger", "explain", "--datadir", cfg.DataDir, "--key-dir", cfg.KeyDir, pb.receipt.Hex())
		cmd.Env = chCleanEnv()
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0, string(out)
	}
	if code, out := explain(); code != 0 || !strings.Contains(out, "identical") || !strings.Contains(out, "sampled            true") {
		t.Fatalf("explain exited %d:\n%s", code, out)
	}
	logPath := filepath.Join(cfg.DataDir, challenger.DecisionsFile)
	b, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	var lied []string
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.Contains(line, pb.receipt.Hex()) {
			line = strings.Replace(line, `"rate":1`, `"rate":0`, 1)
		}
		lied = append(lied, line)
	}
	if err := os.WriteFile(logPath, []byte(strings.Join(lied, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out := explain(); code != 1 || !strings.Contains(out, "DIFFERENT") {
		t.Fatalf("explain of a log that lies exited %d:\n%s", code, out)
	}
}

func scrape(t *testing.T, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
