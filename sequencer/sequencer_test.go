package sequencer

import (
	"io"
	"math/big"
	"net/http"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

// TestSequencerEndToEnd: deposits arrive from L1, txs of every kind are
// included, batches land on L1 and match the L2 chain, finalization pays
// the provider, a withdrawal is claimed on L1, and the L1 escrow equals
// what L2 holds.
func TestSequencerEndToEnd(t *testing.T) {
	n := newTestNet(t, withConfig(func(c *Config) { c.MetricsAddr = "127.0.0.1:0" }))
	lease := n.market()
	j := newSmallJob(t, 7)
	jobID := n.submitJob(lease, j)
	rid := n.postReceipt(jobID, j)
	n.send(kBuyer, &state.Transfer{To: n.addr(kOther), Amount: eth(1)})
	wst := n.send(kBuyer, &state.Withdraw{To: n.addr(kBuyer), Amount: eth(3)})

	// The receipt's batch finalizes on L1; the provider is paid on L2.
	r, err := n.cli.Receipt(n.ctx, rid)
	if err != nil {
		t.Fatal(err)
	}
	n.waitFor("the receipt paid", func() (bool, error) {
		r, err = n.cli.Receipt(n.ctx, rid)
		return err == nil && r.Status == client.ReceiptPaid, err
	})
	// The withdrawal's batch is final: claim it on L1 with the API's proof.
	n.waitFor("the withdrawal final", func() (bool, error) {
		st, err := n.cli.TxStatus(n.ctx, wst.Hash)
		return err == nil && st.Status == client.StatusFinal, err
	})
	ws, err := n.cli.Withdrawals(n.ctx, n.addr(kBuyer))
	if err != nil || len(ws) != 1 {
		t.Fatalf("withdrawals %+v %v", ws, err)
	}
	w := ws[0]
	proof := make([][32]byte, len(w.Proof))
	for i := range w.Proof {
		proof[i] = w.Proof[i]
	}
	tok := bindings.NewComputeToken()
	before := n.l1Balance(kBuyer)
	n.c.MustSend(t, kOther, n.d.Rollup, bindings.NewRollup().PackWithdraw(uint64(w.Batch), bindings.L1CodecWithdrawalLeaf{
		I: new(big.Int).SetUint64(uint64(w.Index)), WithdrawalId: uint64(w.WithdrawalID), From: w.From, To: w.To,
		Amount: (*uint256.Int)(w.Amount).ToBig()}, proof))
	if got := new(big.Int).Sub(n.l1Balance(kBuyer), before); got.Cmp(ether(3)) != 0 {
		t.Fatalf("claimed %v on L1, want 3 ether", got)
	}
	_ = tok

	// Every batch on L1 is this sequencer's, in order, matching its records.
	st, err := n.cli.SyncStatus(n.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.LastFinalBatch == 0 || st.LastPostedBatch < st.LastFinalBatch {
		t.Fatalf("sync status %+v", st)
	}
	for i := uint64(1); i <= uint64(st.LastPostedBatch); i++ {
		b, err := n.cli.Batch(n.ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		onL1 := n.l1Batch(i)
		if b.HeaderHash == nil || *b.HeaderHash != common.Hash(onL1.HeaderHash) || b.PostStateRoot == nil || *b.PostStateRoot != common.Hash(onL1.PostStateRoot) {
			t.Fatalf("batch %d: API %+v, L1 %x", i, b, onL1.HeaderHash)
		}
	}
	n.checkEscrow()

	// The Prometheus endpoint reports the chain, the mempool, L1 and the store.
	resp, err := http.Get(n.seq.MetricsURL())
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, m := range []string{"gpuroll_sequencer_up 1", "gpuroll_sequencer_l2_head ", "gpuroll_sequencer_posted_batch ",
		"gpuroll_sequencer_final_batch ", "gpuroll_sequencer_txs_included_total ", "gpuroll_sequencer_l1_gas_used_total ",
		`gpuroll_sequencer_store_bytes{kind="trace"}`, `gpuroll_sequencer_rpc_seconds_count{method="getReceipt"}`,
		"gpuroll_sequencer_mempool_txs ", "gpuroll_sequencer_l1_lag_blocks "} {
		if !strings.Contains(string(body), m) {
			t.Errorf("metrics lack %q", m)
		}
	}
}

func (n *testNet) l1Balance(i int) *big.Int {
	n.t.Helper()
	tok := bindings.NewComputeToken()
	out, err := n.c.Client.CallContract(n.ctx, callMsg(n.d.Token, tok.PackBalanceOf(n.addr(i))), nil)
	if err != nil {
		n.t.Fatal(err)
	}
	v, err := tok.UnpackBalanceOf(out)
	if err != nil {
		n.t.Fatal(err)
	}
	return v
}

func (n *testNet) l1Batch(i uint64) bindings.RollupBatch {
	n.t.Helper()
	r := bindings.NewRollup()
	out, err := n.c.Client.CallContract(n.ctx, callMsg(n.d.Rollup, r.PackBatch(i)), nil)
	if err != nil {
		n.t.Fatal(err)
	}
	b, err := r.UnpackBatch(out)
	if err != nil {
		n.t.Fatal(err)
	}
	return b
}

// checkEscrow: the Rollup's token balance is its accounted escrow, and
// (with nothing in flight) L2 holds exactly deposits − withdrawals:
// balances + lease escrows + locked receipts, summed over the accounts the
// test used, to the wei.
func (n *testNet) checkEscrow() {
	t := n.t
	t.Helper()
	r := bindings.NewRollup()
	out, err := n.c.Client.CallContract(n.ctx, callMsg(n.d.Rollup, r.PackAccountedEscrow()), nil)
	if err != nil {
		t.Fatal(err)
	}
	acc, _ := r.UnpackAccountedEscrow(out)
	tok := bindings.NewComputeToken()
	out, _ = n.c.Client.CallContract(n.ctx, callMsg(n.d.Token, tok.PackBalanceOf(n.d.Rollup)), nil)
	bal, _ := tok.UnpackBalanceOf(out)
	if acc.Cmp(bal) != 0 {
		t.Fatalf("escrow: accounted %v, balance %v", acc, bal)
	}
	// What L2 holds: every account's balance and the leases' escrows (no
	// receipt is locked once everything is final).
	held := new(uint256.Int)
	for _, i := range []int{kSeq, kBuyer, kProvider, kOther} {
		held.Add(held, n.balance(i))
	}
	leases, err := n.cli.Leases(n.ctx, n.addr(kBuyer))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range leases {
		held.Add(held, (*uint256.Int)(l.Escrow))
	}
	if held.ToBig().Cmp(acc) != 0 {
		t.Fatalf("L2 holds %s, the L1 escrow %v", held.Dec(), acc)
	}
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
