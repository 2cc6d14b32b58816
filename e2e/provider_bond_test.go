package e2e

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/provider"
)

// TestProviderBondExposure: a provider bonded for exactly two receipts
// (each slashable for minSlash = 1 token) posts two, then stops before
// overdrawing: the third receipt waits unsent, new jobs wait unstarted,
// and the status says how much to bond. A top-up through
// `gpuroll provider bond`'s admin endpoint resumes it, and every job is
// receipted. The dispute window is long, so no exposure is released by
// finalization during the test.
func TestProviderBondExposure(t *testing.T) {
	n := startProvNet(t, testnet.Options{Params: func(p *l1.Params) { p.DisputeWindow = 4000 }})
	cfg := n.providerConfig(testnet.KeyProvider)
	cfg.Bond = testnet.Ether(2)
	p := n.startProvider(cfg)
	n.waitProviderRegistered(p.Address())
	const buyer = testnet.KeyBuyer
	n.Deposit(buyer, testnet.Ether(50))
	lease := n.openLease(buyer, p.Address(), testnet.Eth(10))
	var jobs []*provJob
	for i := range 3 {
		j := newProvJob(t, []int{24, 16, 8}, 3, uint64(10+i))
		n.submit(buyer, lease, j)
		jobs = append(jobs, j)
	}
	for _, j := range jobs[:2] {
		n.waitJob(j.id, client.JobReceipted, 60*time.Second)
	}
	var st *provider.Status
	n.WaitFor("the provider paused for its bond", func() (bool, error) {
		st = p.Status()
		return st.Paused, nil
	})
	if st.BondShort != testnet.Ether(1).String() || !strings.Contains(st.PauseReason, "bond at least 1000000000000000000 wei more") ||
		!strings.Contains(st.PauseReason, "gpuroll provider bond --amount 1") {
		t.Fatalf("pause: short %s, %q", st.BondShort, st.PauseReason)
	}
	// A job submitted while paused is queued, not started.
	late := newProvJob(t, []int{24, 16, 8}, 2, 20)
	n.submit(buyer, lease, late)
	n.WaitFor("the late job queued", func() (bool, error) { return p.Status().Queue == 1, nil })
	time.Sleep(500 * time.Millisecond) // five poll rounds: it must stay put
	st = p.Status()
	for _, js := range st.Jobs {
		switch js.ID {
		case jobs[2].id:
			if js.Sent != 0 || (js.State != provider.StateUploaded && js.State != provider.StateExecuted) {
				t.Fatalf("the uncovered receipt: %+v", js)
			}
		case late.id:
			if js.State != provider.StateQueued || js.Runs != 0 {
				t.Fatalf("the job submitted while paused: %+v", js)
			}
		}
	}
	if !st.Paused || st.Queue != 1 || st.Running != 0 || st.Done != 2 {
		t.Fatalf("status while paused: %+v", st)
	}
	for _, j := range []*provJob{jobs[2], late} {
		if cj, err := n.Client.Job(n.Ctx, j.id); err != nil || cj.Status != client.JobPending {
			t.Fatalf("job %s while paused: %+v %v", j.id, cj, err)
		}
	}
	pr, err := n.Client.Provider(n.Ctx, p.Address())
	if err != nil {
		t.Fatal(err)
	}
	if (*uint256.Int)(pr.Bond).Cmp(testnet.Eth(2)) != 0 || (*uint256.Int)(pr.Exposure).Cmp(testnet.Eth(2)) != 0 {
		t.Fatalf("L2: bond %v exposure %v", pr.Bond, pr.Exposure)
	}

	// Top up by two tokens through the running provider's admin endpoint.
	ctx, cancel := context.WithTimeout(n.Ctx, time.Minute)
	defer cancel()
	if _, err := provider.AdminBond(ctx, cfg.DataDir, testnet.Ether(2)); err != nil {
		t.Fatal(err)
	}
	for _, j := range []*provJob{jobs[2], late} {
		n.waitJob(j.id, client.JobReceipted, 60*time.Second)
		n.waitRecord(p, j.id, provider.StateReceipted)
		n.checkResult(j, n.receiptOf(p, j.id).TraceRoot)
	}
	st = p.Status()
	if st.Paused || st.Done != 4 {
		t.Fatalf("status after the top-up: %+v", st)
	}
	n.WaitFor("the exposure of four receipts", func() (bool, error) {
		pr, err := n.Client.Provider(n.Ctx, p.Address())
		return err == nil && (*uint256.Int)(pr.Bond).Eq(testnet.Eth(4)) && (*uint256.Int)(pr.Exposure).Eq(testnet.Eth(4)), err
	})
	// Never overdrawn: no receipt was refused for the bond.
	resp, err := http.Get(p.StatusURL() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if strings.Contains(string(body), `l2_txs_dropped_total{code="505"}`) || !strings.Contains(string(body), "gpuroll_provider_paused 0") {
		t.Fatalf("metrics after the top-up:\n%s", grepLines(string(body), "gpuroll_provider_"))
	}
	// A wrong cookie is refused.
	req, _ := http.NewRequest(http.MethodPost, p.StatusURL()+"/admin/bond", strings.NewReader("1"))
	req.Header.Set("Authorization", "Bearer nope")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("admin call without the cookie: %v %v", resp, err)
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
