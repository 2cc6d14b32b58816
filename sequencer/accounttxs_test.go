package sequencer

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

// TestAccountTxsAndJobRefs: getAccountTxs lists an account's included txs
// newest first with their statuses, pages with limit and before, refuses
// a limit out of range; getJobs carries each job's block and receipt id
// like getJob.
func TestAccountTxsAndJobRefs(t *testing.T) {
	n := newTestNet(t)
	lease := n.market()
	j := newSmallJob(t, 5)
	jobID := n.submitJob(lease, j)
	rid := n.postReceipt(jobID, j)
	tr := n.send(kBuyer, &state.Transfer{To: n.addr(kOther), Amount: eth(1)})

	// The buyer sent OpenLease, SubmitJob and the transfer (its deposit
	// came from L1 and is no tx of its own).
	txs, err := n.cli.AccountTxs(n.ctx, n.addr(kBuyer), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	wantTypes := []string{"Transfer", "SubmitJob", "OpenLease"}
	if len(txs) != len(wantTypes) {
		t.Fatalf("%d txs of the buyer, want %d: %+v", len(txs), len(wantTypes), txs)
	}
	for i, st := range txs {
		if st.Type != wantTypes[i] || st.Sender == nil || *st.Sender != n.addr(kBuyer) || st.Block == nil || st.Status == client.StatusUnknown {
			t.Fatalf("tx %d: %+v, want a %s of the buyer in a block", i, st, wantTypes[i])
		}
		if i > 0 && uint64(*st.Block) > uint64(*txs[i-1].Block) {
			t.Fatalf("txs not newest first: block %d after %d", *st.Block, *txs[i-1].Block)
		}
	}
	if txs[0].Hash != tr.Hash || txs[1].JobID == nil || *txs[1].JobID != jobID || txs[2].LeaseID == nil || uint64(*txs[2].LeaseID) != lease {
		t.Fatalf("txs %+v %+v %+v: want the transfer %s, the job %s, the lease %d", txs[0], txs[1], txs[2], tr.Hash, jobID, lease)
	}
	// Paging: one at a time, each below the previous one's block.
	page, err := n.cli.AccountTxs(n.ctx, n.addr(kBuyer), 1, 0)
	if err != nil || len(page) != 1 || page[0].Hash != tr.Hash {
		t.Fatalf("limit 1: %+v %v", page, err)
	}
	page, err = n.cli.AccountTxs(n.ctx, n.addr(kBuyer), 2, uint64(*txs[0].Block))
	if err != nil || len(page) != 2 || page[0].Hash != txs[1].Hash || page[1].Hash != txs[2].Hash {
		t.Fatalf("before block %d: %+v %v", *txs[0].Block, page, err)
	}
	// The provider's: RegisterProvider and PostReceipt.
	ptxs, err := n.cli.AccountTxs(n.ctx, n.addr(kProvider), 10, 0)
	if err != nil || len(ptxs) != 2 || ptxs[0].ReceiptID == nil || *ptxs[0].ReceiptID != rid || ptxs[1].Type != "RegisterProvider" {
		t.Fatalf("provider's txs: %+v %v", ptxs, err)
	}
	// An account that sent nothing; limits out of range.
	if none, err := n.cli.AccountTxs(n.ctx, common.HexToAddress("0x1234"), 0, 0); err != nil || len(none) != 0 {
		t.Fatalf("unknown account: %+v %v", none, err)
	}
	_, err = n.cli.AccountTxs(n.ctx, n.addr(kBuyer), 1001, 0)
	wantCode(t, "limit 1001", err, CodeInvalidParams)

	// getJobs: the block and the receipt id, as getJob has them.
	one, err := n.cli.Job(n.ctx, jobID)
	if err != nil {
		t.Fatal(err)
	}
	for _, who := range []common.Address{n.addr(kBuyer), n.addr(kProvider)} {
		jobs, err := n.cli.Jobs(n.ctx, who, "")
		if err != nil || len(jobs) != 1 {
			t.Fatalf("jobs of %s: %+v %v", who, jobs, err)
		}
		if jobs[0].ReceiptID == nil || *jobs[0].ReceiptID != rid || jobs[0].Block == nil || one.Block == nil || *jobs[0].Block != *one.Block {
			t.Fatalf("getJobs entry %+v, getJob %+v: want receipt %s and block %v", jobs[0], one, rid, one.Block)
		}
	}
}
