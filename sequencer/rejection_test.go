package sequencer

import (
	"testing"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state"
)

// TestGuardianRejection: the guardian rejects a posted batch; the
// sequencer rolls L2 back to the batch before it, replays the rejected
// batch's txs into new blocks, reposts a different batch at the same
// index, and the txs (a job, its receipt, a transfer) are posted again
// with the same ids. The rollback is visible over the API.
func TestGuardianRejection(t *testing.T) {
	n := newTestNet(t, withParams(func(p *l1.Params) { p.DisputeWindow = 3600 }))
	lease := n.market()
	j := newSmallJob(t, 11)
	jobID := n.submitJob(lease, j)
	rid := n.postReceipt(jobID, j)
	tr := n.send(kBuyer, &state.Transfer{To: n.addr(kOther), Amount: eth(2)})

	// Wait until the transfer's batch is on L1.
	var posted *client.Batch
	n.waitFor("the transfer's batch on L1", func() (bool, error) {
		st, err := n.cli.TxStatus(n.ctx, tr.Hash)
		if err != nil || st.Status != client.StatusPosted {
			return false, err
		}
		posted, err = n.cli.Batch(n.ctx, uint64(*st.Batch))
		return err == nil, err
	})
	idx, old := uint64(posted.Index), *posted.HeaderHash
	rec, err := n.cli.Receipt(n.ctx, rid)
	if err != nil {
		t.Fatal(err)
	}
	rollup := bindings.NewRollup()
	if _, err := n.c.Client.CallContract(n.ctx, ethereum.CallMsg{From: n.addr(kGuardian), To: &n.d.Rollup, Data: rollup.PackRejectBatch(idx, old)}, nil); err != nil {
		t.Fatalf("rejectBatch(%d, %s) would revert: %s %v", idx, old, l1.RevertName(err), err)
	}
	n.c.MustSend(t, kGuardian, n.d.Rollup, rollup.PackRejectBatch(idx, old))

	// The sequencer reposts batch idx with another header.
	n.waitFor("a replacement of the rejected batch on L1", func() (bool, error) {
		out, err := n.c.Client.CallContract(n.ctx, callMsg(n.d.Rollup, rollup.PackBatch(idx)), nil)
		if err != nil {
			return false, nil // UnknownBatch until the replacement lands
		}
		onL1, err := rollup.UnpackBatch(out)
		return err == nil && common.Hash(onL1.HeaderHash) != old, err
	})
	n.waitFor("the transfer posted again", func() (bool, error) {
		st, err := n.cli.TxStatus(n.ctx, tr.Hash)
		return err == nil && (st.Status == client.StatusPosted || st.Status == client.StatusFinal), err
	})
	again, err := n.cli.Receipt(n.ctx, rid)
	if err != nil {
		t.Fatalf("the receipt is gone after the replay: %v", err)
	}
	if again.ID != rec.ID || again.TraceRoot != rec.TraceRoot {
		t.Fatalf("receipt after replay %+v, before %+v", again, rec)
	}
	// The rejected header stays rejected on L1; every batch up to the head
	// is this sequencer's (contiguous, each matching its record).
	out, err := n.c.Client.CallContract(n.ctx, callMsg(n.d.Rollup, rollup.PackRejectedHeader(old)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rej, _ := rollup.UnpackRejectedHeader(out); !rej {
		t.Fatal("the rejected header is not recorded as rejected")
	}
	st, err := n.cli.SyncStatus(n.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := uint64(1); i <= uint64(st.LastPostedBatch); i++ {
		b, err := n.cli.Batch(n.ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		if onL1 := n.l1Batch(i); b.HeaderHash == nil || *b.HeaderHash != common.Hash(onL1.HeaderHash) {
			t.Fatalf("batch %d: API %v, L1 %x", i, b.HeaderHash, onL1.HeaderHash)
		}
	}
}
