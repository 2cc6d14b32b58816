package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/l1"
)

func TestViews(t *testing.T) {
	d := newDisputeEnv(t)
	e := d.env
	// messageTimestamp: the block time of the deposit that queued it.
	r := e.ok(buyer, e.d.Rollup, rollupABI.PackDeposit(e.addr(buyer), ether(1)))
	hdr, err := e.c.Client.HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	n := e.messageCount()
	if ts := call(e, e.d.Rollup, rollupABI.PackMessageTimestamp(n-1), rollupABI.UnpackMessageTimestamp); ts != hdr.Time {
		t.Fatalf("messageTimestamp %d, block time %d", ts, hdr.Time)
	}
	// Every timestamp agrees with the MessageQueued log (four share a slot).
	for _, m := range e.queue() {
		if ts := call(e, e.d.Rollup, rollupABI.PackMessageTimestamp(m.Index), rollupABI.UnpackMessageTimestamp); ts != m.Timestamp {
			t.Fatalf("message %d: stored timestamp %d, log %d", m.Index, ts, m.Timestamp)
		}
	}
	if _, err := e.c.Client.CallContract(e.ctx, callMsg(e.d.Rollup, rollupABI.PackMessageTimestamp(n)), nil); l1.RevertName(err) != "MessageIndexOutOfRange" {
		t.Fatalf("messageTimestamp(count): %v", err)
	}
	// Step classes and verifiers are fixed at deployment.
	for i, w := range []uint64{256, 1024, 4096} {
		got := call(e, e.d.Disputes, disputesABI.PackMaxInputWidth(uint8(i+1)), disputesABI.UnpackMaxInputWidth)
		if got.Uint64() != w {
			t.Fatalf("class %d width %v", i+1, got)
		}
		v := call(e, e.d.Disputes, disputesABI.PackVerifier(uint8(i+1)), disputesABI.UnpackVerifier)
		if v != e.d.TestVerifiers[i] {
			t.Fatalf("class %d verifier %s", i+1, v)
		}
	}
	for _, bad := range []uint8{0, 4} {
		if _, err := e.c.Client.CallContract(e.ctx, callMsg(e.d.Disputes, disputesABI.PackMaxInputWidth(bad)), nil); l1.RevertName(err) != "UnknownStepClass" {
			t.Fatalf("maxInputWidth(%d): %v", bad, err)
		}
	}
	// commitmentKey and commitBlock: the key is computed in Go from docs/contracts.md.
	step := bindingsStep(1, 1, 1, 1)
	h := goCommitment(d.receipts[0].ReceiptID, step, e.addr(challenger), [32]byte{3})
	rc := e.ok(challenger, e.d.Disputes, disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, h))
	w := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	key := crypto.Keccak256Hash(w(new(big.Int).SetUint64(d.p.hdr.Index).Bytes()), d.p.hash[:], w(e.addr(challenger).Bytes()), h[:])
	if got := call(e, e.d.Disputes, disputesABI.PackCommitmentKey(d.p.hdr.Index, d.p.hash, e.addr(challenger), h), disputesABI.UnpackCommitmentKey); common.Hash(got) != key {
		t.Fatalf("commitmentKey %x, Go %x", got, key)
	}
	if b := call(e, e.d.Disputes, disputesABI.PackCommitBlock(key), disputesABI.UnpackCommitBlock); b.Cmp(rc.BlockNumber) != 0 {
		t.Fatalf("commitBlock %v, tx block %v", b, rc.BlockNumber)
	}
	// isPending / batch / nextBatchIndex / lastFinalized.
	if !call(e, e.d.Rollup, rollupABI.PackIsPending(d.p.hdr.Index, d.p.hash), rollupABI.UnpackIsPending) {
		t.Fatal("posted batch not pending")
	}
	if call(e, e.d.Rollup, rollupABI.PackIsPending(0, e.batch(0).HeaderHash), rollupABI.UnpackIsPending) {
		t.Fatal("genesis pending")
	}
	if lf := call(e, e.d.Rollup, rollupABI.PackLastFinalized(), rollupABI.UnpackLastFinalized); lf != 0 {
		t.Fatalf("lastFinalized %d", lf)
	}
	b := e.batch(d.p.hdr.Index)
	if common.Hash(b.ReceiptsRoot) != d.p.hdr.ReceiptsRoot || common.Hash(b.PostStateRoot) != d.p.hdr.PostStateRoot || b.MessagesConsumed != d.p.hdr.MessagesConsumed {
		t.Fatalf("batch record %+v", b)
	}
}
