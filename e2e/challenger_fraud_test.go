package e2e

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/challenger"
	"github.com/gpuroll/gpuroll/job"
)

// TestChallengerSlashesEveryFraudShape: the provider posts (through the
// sequencer, signed with its key) twelve false receipts of three-layer
// jobs, one for each way a leaf can be wrong (a false value, a
// non-canonical element, a wrong length, non-zero padding) in the first, a
// middle and the last layer. The challenger derives them from L1, samples
// them, re-executes, proves the first false step of each with a real
// class-1 Groth16 proof and commits and reveals through Disputes: every
// one is slashed, its commit inside the dispute window and its reveal
// inside the reveal period. To the wei: the provider's bond on L1 falls by
// the twelve slash amounts, the challenger's token balance rises by its
// share of each (paid by Bonds in the reveal), and the buyer's L2 balance
// rises by each receipt's price (refunded) plus its compensation (the
// slash minus the share), once the sequencer has consumed the verdicts.
func TestChallengerSlashesEveryFraudShape(t *testing.T) {
	if testing.Short() {
		t.Skip("real proofs")
	}
	m := newChMarket(t, chOptions{})
	widths := []int{48, 40, 40, 6}
	type shape struct {
		name  string
		layer int
		plant func(st *job.StoredTrace, l int) job.Step
	}
	var shapes []shape
	for _, l := range []int{1, 2, 3} {
		out := widths[l]
		shapes = append(shapes,
			shape{"value", l, func(st *job.StoredTrace, l int) job.Step {
				falseValue(st, 1, l, 5)
				return job.Step{Row: 1, Layer: l, Output: 5}
			}},
			shape{"non-canonical", l, func(st *job.StoredTrace, l int) job.Step {
				nonCanonical(st, 1, l, 0)
				return job.Step{Row: 1, Layer: l, Output: 0}
			}},
			shape{"length", l, func(st *job.StoredTrace, l int) job.Step {
				wrongLength(st, 1, l)
				return job.Step{Row: 1, Layer: l, Output: 0}
			}},
			shape{"padding", l, func(st *job.StoredTrace, l int) job.Step {
				o := out + 3
				nonZeroPadding(st, 1, l, o)
				return job.Step{Row: 1, Layer: l, Output: o}
			}},
		)
	}
	ch := startCh(t, m.challengerConfig(t, chAuditor))
	prov, me := m.Addr(chProvider), m.Addr(chAuditor)
	bondBefore, tokBefore := m.bonded(prov), m.tokens(me)
	buyerBefore := m.l2Balance(chBuyer) // the buyer sends only the SubmitJobs from here on

	posted := make([]*chPosted, len(shapes))
	want := map[common.Hash]job.Step{}
	for i, sh := range shapes {
		j := newChJob(t, widths, 2, uint64(1000+i))
		step := sh.plant(j.st, sh.layer)
		posted[i] = m.post(j)
		want[posted[i].receipt] = step
	}
	for _, p := range posted {
		m.waitPosted(p)
	}
	r := bindings.NewRollup()
	shareBps, err := r.UnpackParam(m.call(m.Deploy.Rollup, r.PackParam(6)))
	if err != nil {
		t.Fatal(err)
	}
	slashSum, shareSum, buyerGain := new(big.Int), new(big.Int), new(big.Int)
	for _, p := range posted {
		slash := u256big(p.rc.SlashAmount)
		share := new(big.Int).Div(new(big.Int).Mul(slash, shareBps), big.NewInt(10_000))
		slashSum.Add(slashSum, slash)
		shareSum.Add(shareSum, share)
		buyerGain.Add(buyerGain, u256big(p.rc.Price))
		buyerGain.Add(buyerGain, new(big.Int).Sub(slash, share))
		buyerGain.Sub(buyerGain, p.buyerFee)
	}

	chWait(t, "every false receipt slashed", 5*time.Minute, func() (bool, error) {
		return len(m.slashes()) >= len(shapes) && ch.Status().Proofs.Landed >= uint64(len(shapes)), nil
	})
	slashes := m.slashes()
	if len(slashes) != len(shapes) {
		t.Fatalf("%d slashes, want %d", len(slashes), len(shapes))
	}
	commits := m.commits(me)
	if len(commits) != len(shapes) {
		t.Fatalf("%d commitments by the challenger, want %d (one per receipt)", len(commits), len(shapes))
	}
	byID := map[common.Hash]slashEvent{}
	for _, s := range slashes {
		byID[common.Hash(s.ReceiptId)] = s
	}
	for i, p := range posted {
		s, ok := byID[p.receipt]
		if !ok {
			t.Fatalf("%s in layer %d: receipt %s not slashed", shapes[i].name, shapes[i].layer, p.receipt)
		}
		b := m.l1Batch(p.batch)
		d, err := ch.Dispute(p.receipt)
		if err != nil || d == nil {
			t.Fatalf("dispute %s: %v", p.receipt, err)
		}
		if d.Status != challenger.StLanded || d.Step == nil || *d.Step != want[p.receipt] {
			t.Fatalf("%s in layer %d: dispute %s at step %v, want landed at %v (%s)", shapes[i].name, shapes[i].layer, d.Status, d.Step, want[p.receipt], d.Error)
		}
		commitTime := uint64(0)
		for _, c := range commits {
			if c.block == d.CommitAt {
				commitTime = c.time
			}
		}
		if s.Challenger != me || commitTime == 0 || commitTime >= b.WindowEnd || s.time >= b.RevealEnd {
			t.Fatalf("%s in layer %d: slashed by %s, committed at %d (window ends %d), revealed at %d (period ends %d)",
				shapes[i].name, shapes[i].layer, s.Challenger, commitTime, b.WindowEnd, s.time, b.RevealEnd)
		}
		share := new(big.Int).Div(new(big.Int).Mul(u256big(p.rc.SlashAmount), shareBps), big.NewInt(10_000))
		if s.Taken.Cmp(u256big(p.rc.SlashAmount)) != 0 || s.ChallengerShare.Cmp(share) != 0 || d.Reward == nil || d.Reward.ToInt().Cmp(share) != 0 {
			t.Fatalf("%s: taken %s share %s reward %v; slash %s, share %s", shapes[i].name, s.Taken, s.ChallengerShare, d.Reward, p.rc.SlashAmount, share)
		}
		t.Logf("%-13s layer %d: step %v (%s), committed %d s and revealed %d s before the window end", shapes[i].name, shapes[i].layer,
			*d.Step, d.Reason, b.WindowEnd-commitTime, int64(b.WindowEnd)-int64(s.time))
	}
	// Less what it bonded back to be reinstated after a conviction.
	if got := new(big.Int).Sub(new(big.Int).Add(bondBefore, m.rebonded), m.bonded(prov)); got.Cmp(slashSum) != 0 {
		t.Fatalf("the provider's bond fell by %s, want %s", got, slashSum)
	}
	if got := new(big.Int).Sub(m.tokens(me), tokBefore); got.Cmp(shareSum) != 0 {
		t.Fatalf("the challenger received %s, want %s", got, shareSum)
	}
	st := ch.Status()
	if st.RewardsWei != shareSum.String() || st.Proofs.Landed != uint64(len(shapes)) || st.Proofs.Made != uint64(len(shapes)) {
		t.Fatalf("status: rewards %s (want %s), proofs %+v", st.RewardsWei, shareSum, st.Proofs)
	}
	if st.Active != 0 {
		t.Fatalf("alarms: %+v", st.Alarms)
	}
	// The buyer's compensation on L2, once the sequencer consumed every
	// verdict: each price refunded plus the slash minus the share, less
	// what the buyer's SubmitJobs cost.
	deadline := time.Now().Add(2 * time.Minute)
	for new(big.Int).Sub(m.l2Balance(chBuyer), buyerBefore).Cmp(buyerGain) < 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if got := new(big.Int).Sub(m.l2Balance(chBuyer), buyerBefore); got.Cmp(buyerGain) != 0 {
		t.Fatalf("the buyer's L2 balance rose by %s, want %s (prices refunded + compensations)", got, buyerGain)
	}
	for _, p := range posted {
		rc, err := m.Client.Receipt(m.Ctx, p.receipt)
		if err != nil || rc.Status != "slashed" {
			t.Fatalf("receipt %s on L2: %+v %v", p.receipt, rc, err)
		}
	}
}
