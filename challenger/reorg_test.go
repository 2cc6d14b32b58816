package challenger

import (
	"math/big"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/gpuroll/gpuroll/bindings"
)

// TestDerivationFollowsReorg: an L1 reorg takes away the block that held
// a derived batch. The follower reports the rollback; the challenger
// forgets the batch, rolls its state back to the batch before, and derives
// the batch again when it lands on the new branch: same header, same
// state root, its receipts neither lost nor counted twice, no alarm.
func TestDerivationFollowsReorg(t *testing.T) {
	n := newL2Mining(t, nil, 0)
	n.market(100)
	models := shapeModels(t)
	var items []item
	for i := 0; i < 3; i++ {
		items = append(items, n.submit(newJob(t, models[i], 2, uint64(i)), nil)...)
	}
	n.block(items, true)
	h, hash := n.post(nil)
	s := startChallenger(t, n.challengerConfig(t))
	waitFor(t, "the batch derived and checked", time.Minute, func() bool {
		st := s.Status()
		return st.Derivation.Batch == h.Index && st.Receipts.Verified == 3
	})
	n.c.Commit() // the follower has delivered the batch's block; it is now one deep
	head, err := n.c.Client.BlockNumber(n.ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The batch's submitBatch is in block head-1: fork at its parent.
	parent, err := n.c.Client.HeaderByNumber(n.ctx, new(big.Int).SetUint64(head-2))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.c.Sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		n.c.Commit()
	}
	rollbacks := func() float64 {
		var m dto.Metric
		if err := s.m.rollbacks.Write(&m); err != nil {
			t.Fatal(err)
		}
		return m.GetCounter().GetValue()
	}
	waitFor(t, "the rollback", time.Minute, func() bool { return rollbacks() >= 1 })
	// The orphaned tx went back to the pool and into the new branch, or
	// it is sent again (the same batch: the same header).
	r := bindings.NewRollup()
	out, err := n.c.Client.CallContract(n.ctx, callMsg(n.d.Rollup, r.PackNextBatchIndex()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if next, _ := r.UnpackNextBatchIndex(out); next == h.Index {
		n.submitBatch(h, n.lastBody)
		t.Log("the batch was sent again on the new branch")
	}
	n.c.Commit()
	waitFor(t, "the batch derived again", time.Minute, func() bool {
		st := s.Status()
		return st.Derivation.Batch == h.Index && st.Derivation.HeaderHash == hash
	})
	st := s.Status()
	_, root := n.st.Head()
	if st.Derivation.StateRoot != root || st.Receipts.Seen != 3 || st.Receipts.Verified != 3 || st.Active != 0 {
		t.Fatalf("after the reorg: %+v, receipts %+v, alarms %+v", st.Derivation, st.Receipts, st.Alarms)
	}
}
