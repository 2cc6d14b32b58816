package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/provider"
)

// TestProviderGracefulStop: Stop (SIGTERM in the command) takes no new
// work, lets the running job finish and post its receipt, and with
// HandBackOnStop rejects the queued jobs (reason 6) so their buyers are
// refunded at once instead of waiting for a restart.
func TestProviderGracefulStop(t *testing.T) {
	n := startProvNet(t, testnet.Options{})
	cfg := n.providerConfig(testnet.KeyProvider)
	cfg.Bond = testnet.Ether(50)
	cfg.HandBackOnStop = true
	p, err := provider.New(n.Ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Stop(context.Background()) }) // when the test fails early
	if err := p.Start(n.Ctx); err != nil {
		t.Fatal(err)
	}
	const buyer = testnet.KeyBuyer
	n.Deposit(buyer, testnet.Ether(100))
	lease := n.openLease(buyer, p.Address(), testnet.Eth(50))
	bigJob := newProvJob(t, []int{1024, 1024, 1024}, 8192, 1)
	small := []*provJob{newProvJob(t, []int{24, 16, 8}, 3, 2), newProvJob(t, []int{24, 16, 8}, 3, 3)}
	n.submit(buyer, lease, bigJob)
	n.WaitFor("the big job running", func() (bool, error) { return p.Status().Running == 1, nil })
	n.submitAll(buyer, lease, small[0], small[1])
	n.WaitFor("the big job running and the small ones queued", func() (bool, error) {
		st := p.Status()
		return st.Running == 1 && st.Slots[0].Job == bigJob.id && st.Queue == 2, nil
	})
	ctx, cancel := context.WithTimeout(n.Ctx, time.Minute)
	defer cancel()
	if err := p.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	// The running job finished: its receipt is on L2 (Stop waited for it).
	cj, err := n.Client.Job(n.Ctx, bigJob.id)
	if err != nil {
		t.Fatal(err)
	}
	if cj.Status != client.JobReceipted {
		t.Fatalf("the job running at Stop is %s", cj.Status)
	}
	for _, j := range small {
		cj := n.waitJob(j.id, client.JobRejected, 30*time.Second)
		if uint8(cj.RejectReason) != provider.ReasonStopping {
			t.Fatalf("queued job rejected with reason %d, want %d", uint64(cj.RejectReason), provider.ReasonStopping)
		}
	}
	l, err := n.Client.Lease(n.Ctx, lease)
	if err != nil {
		t.Fatal(err)
	}
	if !(*uint256.Int)(l.Reserved).IsZero() {
		t.Fatalf("lease still reserves %v after the hand-back", l.Reserved)
	}
	// The stopped provider's records say so.
	st, err := provider.ReadStatus(cfg.DataDir)
	if err != nil {
		t.Fatal(err)
	}
	if st.Live || st.Done != 1 || st.Rejected != 0 || len(st.Jobs) != 3 {
		t.Fatalf("records after the stop: %+v", st)
	}
	for _, js := range st.Jobs {
		if js.ID != bigJob.id && (js.State != provider.StateRejecting || js.Reason != provider.ReasonStopping) {
			t.Fatalf("a handed-back job in the records: %+v", js)
		}
	}
}
