package challenger

import (
	"context"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/job"
)

// TestNoHonestReceiptChallenged: 1,200 honest receipts of varied shapes
// (16 models with widths at the packing and step-class boundaries, one to
// five layers, one to five rows), built into L2 blocks and posted as batch
// bodies on L1. The challenger derives all of them from L1 alone, samples
// every one (rate 1), downloads the job data from the store and
// re-executes: every one is verified honest and none is challenged (no
// proof, no commitment on L1). A control receipt with one false value,
// posted among them, is found false (at the right step): the check is
// not vacuous. (The challenger has no circuit keys here, so the control
// raises the cannot-prove alarm instead of a proof: e2e/ proves for real.)
func TestNoHonestReceiptChallenged(t *testing.T) {
	const receipts = 1200
	n := newL2(t, nil)
	n.market(5_000)
	models := shapeModels(t)
	var control common.Hash
	var controlStep job.Step
	const perBatch, perBlock = 150, 30
	for b := 0; b*perBatch < receipts; b++ {
		count := min(perBatch, receipts-b*perBatch)
		for k := 0; k < count; k += perBlock {
			var items []item
			for i := k; i < min(k+perBlock, count); i++ {
				x := b*perBatch + i
				j := newJob(t, models[x%len(models)], 1+x%5, uint64(x))
				items = append(items, n.submit(j, nil)...)
			}
			if b == 3 && k == 0 {
				// The control: value 4 of layer 2, row 1 is off by one.
				j := newJob(t, models[13], 2, 999)
				lf := j.st.Leaf(1, 2)
				bs := lf.Elems[0].Bytes()
				bs[31-4]++
				lf.Elems[0].SetBytes(bs[:])
				j.seal(t)
				controlStep = job.Step{Row: 1, Layer: 2, Output: 4}
				items = append(items, n.submit(j, &control)...)
			}
			n.block(items, k+perBlock >= count)
		}
		n.post(nil)
	}
	t.Logf("posted %d batches", len(n.headers)-1)

	cfg := n.challengerConfig(t)
	cfg.Checkers = 2
	s := startChallenger(t, cfg)
	last := uint64(len(n.headers) - 1)
	start := time.Now()
	waitFor(t, "every receipt checked", 4*time.Minute, func() bool {
		st := s.Status()
		return st.Derivation.Batch == last && st.Receipts.Verified+st.Receipts.False >= receipts+1 && len(st.Receipts.ByStatus) == 0
	})
	st := s.Status()
	t.Logf("derived %d batches (%d txs), checked %d receipts in %v; capacity %.3g MAC/s over %d re-executions",
		st.Derivation.Batches, st.Derivation.Txs, st.Receipts.Verified+st.Receipts.False, time.Since(start).Round(time.Millisecond),
		st.Capacity.MACsPerSecond, st.Capacity.Reexecutions)
	if st.Receipts.Seen != receipts+1 || st.Receipts.Sampled != receipts+1 {
		t.Fatalf("seen %d, sampled %d, want %d", st.Receipts.Seen, st.Receipts.Sampled, receipts+1)
	}
	if st.Receipts.Verified != receipts || st.Receipts.False != 1 {
		t.Fatalf("verified %d, false %d: want %d honest and the control", st.Receipts.Verified, st.Receipts.False, receipts)
	}
	ds, err := s.Disputes()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.Receipt == control {
			if d.Step == nil || *d.Step != controlStep {
				t.Fatalf("control found false at %v, want %v", d.Step, controlStep)
			}
			continue
		}
		if d.Status != StHonest || d.Step != nil || d.Proof != nil || d.CommitAt != 0 {
			t.Fatalf("honest receipt %s: %+v", d.Receipt, d)
		}
	}
	if st.Proofs.Made != 0 || st.Proofs.Committed != 0 {
		t.Fatalf("proofs %+v", st.Proofs)
	}
	// Nothing was committed on L1, by anyone.
	logs, err := n.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{n.d.Disputes},
		Topics:    [][]common.Hash{{bindings.NewDisputes().GetABI().Events["ChallengeCommitted"].ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 0 {
		t.Fatalf("%d challenges committed on L1", len(logs))
	}
	// The only alarm is the control's (no keys here).
	for _, a := range s.Alarms() {
		if a.Active && (a.Kind != AlarmCannotProve || a.Receipt != control) {
			t.Fatalf("alarm %+v", a)
		}
	}
	// The derived state is the builder's.
	_, root := n.st.Head()
	if st.Derivation.StateRoot != root {
		t.Fatalf("derived root %s, builder %s", st.Derivation.StateRoot, root)
	}
}
