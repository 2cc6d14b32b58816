package state

import (
	"context"
	"log/slog"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// TestRejectedBatchVerdictAndReplacement follows one rejected batch through
// L2: its receipt is slashed on L1 before the guardian rejects it, L2 rolls
// back, the verdict is consumed again (L2 no longer holds the receipt:
// compensation only), the replayed receipt is refused, the job's escrow
// comes back by RejectJob, the withdrawal id is reused by the replacement,
// and a BatchFinalized naming the rejected header is refused while the
// replacement's applies. Money is conserved at every step, and the whole
// history re-derives on a fresh state.
func TestRejectedBatchVerdictAndReplacement(t *testing.T) {
	h := newHarness(t)
	buyer, prov := 0, 1
	h.mustMsg(&l1iface.Deposit{To: h.addrs[buyer], Amount: eth(10)})
	h.mustMsg(&l1iface.Deposit{To: h.addrs[prov], Amount: eth(1)})
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[prov], Bond: eth(10)})
	h.mustTx(prov, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1)})
	lease := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 1000}).LeaseID
	j1 := h.mustTx(buyer, smallJob(lease, 1)).JobID
	sd1 := h.seal()
	dep, comp, wd := h.deposits.Clone(), h.compensations.Clone(), h.withdrawals.Clone()
	nReceipts, nL1 := len(h.receipts), h.nextL1

	r1 := h.mustTx(prov, &PostReceipt{JobID: j1, TraceRoot: common.Hash{1}}).ReceiptID
	w1 := h.mustTx(buyer, &Withdraw{To: h.addrs[buyer], Amount: eth(2)}).WithdrawalID
	sd2 := h.seal()
	rejected := h.headerHash(sd2.Index)
	// L1 slashes r1 in the pending batch, then the guardian rejects it.
	verdict := &l1iface.ReceiptSlashed{ReceiptID: r1, BatchIndex: sd2.Index, BatchHeaderHash: rejected,
		Provider: h.addrs[prov], Buyer: h.addrs[buyer], SlashAmount: eth(1), Compensation: eth(1)}
	h.mustMsg(verdict)
	h.checkConservation()
	h.commit()

	h.s.Discard()
	if err := h.s.Rollback(context.Background(), sd1.Index); err != nil {
		t.Fatal(err)
	}
	h.deposits, h.compensations, h.withdrawals = dep, comp, wd
	h.receipts, h.nextL1 = h.receipts[:nReceipts], nL1
	h.rolledBack()
	h.checkConservation()
	if b, _ := h.s.Bond(h.addrs[prov]); !b.Exposure.IsZero() {
		t.Fatalf("exposure %s after rolling the receipt back", b.Exposure.Dec())
	}

	// Replay: until the verdict is consumed again on this branch, the
	// slashed id is node-local history, so only the sequencer's admission
	// rule (EverSlashed) keeps the receipt out; the STF depends on L1 data
	// alone (TestSlashedSetIsNodeLocal).
	if ok, _ := h.s.EverSlashed(r1); !ok {
		t.Fatal("the node forgot the slashed id across the rollback")
	}
	if ok, _ := h.s.SlashedInState(r1); ok {
		t.Fatal("the rolled-back verdict is still in the state")
	}
	before, _ := h.s.Account(h.addrs[buyer])
	h.mustMsg(verdict) // the queue replays it; L2 holds no receipt r1
	_, err := h.tx(prov, &PostReceipt{JobID: j1, TraceRoot: common.Hash{1}})
	wantCode(t, err, CodeReceiptSlashed)
	after, _ := h.s.Account(h.addrs[buyer])
	if d := new(uint256.Int).Sub(after.Balance, before.Balance); !d.Eq(eth(1)) {
		t.Fatalf("the re-consumed verdict credited %s, want the compensation only", d.Dec())
	}
	h.checkConservation()
	h.mustTx(prov, &RejectJob{JobID: j1})
	h.checkConservation()
	w2 := h.mustTx(buyer, &Withdraw{To: h.addrs[buyer], Amount: eth(1)}).WithdrawalID
	if w2 != w1 {
		t.Fatalf("replacement withdrawal id %d, the rejected batch used %d", w2, w1)
	}
	sd := h.seal()
	if sd.Index != sd2.Index || h.headerHash(sd.Index) == rejected {
		t.Fatalf("replacement batch %d has the rejected header", sd.Index)
	}
	if len(sd.Withdrawals) != 1 || !sd.Withdrawals[0].Amount.Eq(eth(1)) || len(sd.Receipts) != 0 {
		t.Fatalf("replacement leaves: %+v %+v", sd.Withdrawals, sd.Receipts)
	}
	wantCode(t, h.msg(&l1iface.BatchFinalized{BatchIndex: sd.Index, HeaderHash: rejected}), CodeBadMessage)
	h.mustMsg(&l1iface.BatchFinalized{BatchIndex: sd.Index, HeaderHash: h.headerHash(sd.Index)})
	h.checkConservation()
	h.commit()
	h.rederive(t)
}

// TestSlashedSetIsNodeLocal guards against the STF's slashed check reading
// node-local history (pebble 's' keys, outside the
// state tree): a node that saw a verdict consumed in a batch that was later
// rejected refuses a block that a node which derived only the canonical
// chain accepts, with the same L1. Fixed: the STF refuses only ids slashed
// in the state (key 9, consumed verdicts); the persistent set is the
// sequencer's admission rule (State.EverSlashed).
func TestSlashedSetIsNodeLocal(t *testing.T) {
	h := newHarness(t)
	buyer, prov := 0, 1
	h.mustMsg(&l1iface.Deposit{To: h.addrs[buyer], Amount: eth(10)})
	h.mustMsg(&l1iface.Deposit{To: h.addrs[prov], Amount: eth(1)})
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[prov], Bond: eth(10)})
	h.mustTx(prov, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1)})
	lease := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 1000}).LeaseID
	j1 := h.mustTx(buyer, smallJob(lease, 1)).JobID
	sd1 := h.seal()
	nL1 := h.nextL1
	r1 := h.mustTx(prov, &PostReceipt{JobID: j1, TraceRoot: common.Hash{1}}).ReceiptID
	sd2 := h.seal()
	h.mustMsg(&l1iface.ReceiptSlashed{ReceiptID: r1, BatchIndex: sd2.Index, BatchHeaderHash: h.headerHash(sd2.Index),
		Provider: h.addrs[prov], Buyer: h.addrs[buyer], SlashAmount: eth(1), Compensation: eth(1)})
	h.commit()
	h.s.Discard()
	if err := h.s.Rollback(context.Background(), sd1.Index); err != nil {
		t.Fatal(err)
	}
	h.nextL1 = nL1
	h.rolledBack()
	h.s.Discard()

	// A node that derived only the canonical chain (started after the rejection).
	db, _ := OpenDB("", slog.New(slog.DiscardHandler))
	defer db.Close()
	f, err := Open(context.Background(), db, h.d, &Genesis{Params: DefaultParams(h.seq, h.seq), Time: 1000}, nil)
	if err != nil {
		t.Fatal(err)
	}
	src := func(_ context.Context, i uint64) (*l1iface.Message, error) { return h.msgs[i], nil }
	for _, b := range h.blocks {
		if _, err := f.ApplyBlock(context.Background(), b, src); err != nil {
			t.Fatal(err)
		}
	}
	head, _ := f.Head()
	acc, _ := f.Account(h.addrs[prov])
	pr := &PostReceipt{JobID: j1, TraceRoot: common.Hash{1}}
	h.completeReceipt(pr)
	tx := &Tx{Nonce: acc.Nonce, MaxFee: uint256.NewInt(1e17), Body: pr}
	if err := h.d.Sign(tx, h.keys[prov]); err != nil {
		t.Fatal(err)
	}
	v, _ := h.d.Verify(tx)
	if err := f.BeginBlock(head+1, h.time+10); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Apply(v); err != nil {
		t.Fatalf("fresh node refuses: %v", err)
	}
	root, err := f.Commit(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	blk := &Block{Number: head + 1, Timestamp: h.time + 10, Items: []Item{TxItem(tx)}, StateRoot: root}
	if _, err := h.s.ApplyBlock(context.Background(), blk, src); err != nil {
		t.Fatalf("same block, same L1: fresh node accepts it (root %x), the node that saw the rejected batch refuses it: %v", root[:4], err)
	}
}
