package e2e

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/challenger"
)

// TestChallengerRestart runs `gpuroll challenger` as a child process and
// kills it with SIGKILL (1) in the middle of a proof, and (2) between a
// commit that landed and its reveal (the test stops mining right after the
// block with the commitment, so the reveal cannot be sent before the
// kill). Each time the restarted challenger finishes the dispute: the
// first is proven again (a proof not yet persisted is lost with the
// process) and slashed; the second is revealed with the persisted proof
// and salt, without proving or committing again. A last restart finds
// nothing to do: derivation resumes where it stopped, no proof, no L1 tx.
// SIGTERM stops it with exit 0.
func TestChallengerRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("child processes with real proofs")
	}
	bin := chBinary(t)
	m := newChMarket(t, chOptions{})
	env := m.procEnv(t, bin, chAuditor)
	me := m.Addr(chAuditor)
	dis := bindings.NewDisputes()
	slashedBy := func(id common.Hash) []common.Address {
		var out []common.Address
		for _, s := range m.slashes() {
			if common.Hash(s.ReceiptId) == id {
				out = append(out, s.Challenger)
			}
		}
		return out
	}
	statusOf := func(id common.Hash) string {
		if d := chDisputeIn(chStatus(env.dataDir), id); d != nil {
			return d.Status
		}
		return ""
	}
	waitStatus := func(p *chProc, id common.Hash, want string, within time.Duration) {
		t.Helper()
		deadline := time.Now().Add(within)
		for statusOf(id) != want {
			if p.exited() {
				t.Fatalf("the challenger exited (%v)\n%s", p.err, chTail(p.log, 4000))
			}
			if time.Now().After(deadline) {
				t.Fatalf("receipt %s not %s within %v (status %q)\n%s", id.TerminalString(), want, within, statusOf(id), chTail(p.log, 4000))
			}
			time.Sleep(10 * time.Millisecond)
		}
	}

	// 1. Killed while proving.
	run1 := env.start(t, m, 1)
	j1 := newChJob(t, []int{64, 48, 8}, 2, 4000)
	falseValue(j1.st, 1, 2, 11)
	r1 := m.post(j1)
	waitStatus(run1, r1.receipt, challenger.StProving, 2*time.Minute)
	run1.kill()
	if by := slashedBy(r1.receipt); len(by) != 0 {
		t.Fatalf("slashed before the kill: %v", by)
	}
	t.Logf("killed while proving %s", r1.receipt.TerminalString())
	// This run sends a reveal only once L1 has a block after the commit's
	// (no early reveal), so stopping L1 at the commit's block leaves the
	// commitment on L1 and no reveal anywhere when it is killed.
	run2 := env.start(t, m, 2, "--early-reveal=false")
	waitStatus(run2, r1.receipt, challenger.StLanded, 2*time.Minute)
	if by := slashedBy(r1.receipt); len(by) != 1 || by[0] != me {
		t.Fatalf("receipt 1 slashed by %v", by)
	}
	st := chStatus(env.dataDir)
	if st.Process.ProofsMade != 1 || len(m.commits(me)) != 1 {
		t.Fatalf("after the restart: %d proofs in this run, %d commitments on L1", st.Process.ProofsMade, len(m.commits(me)))
	}

	// 2. Killed between the commit and the reveal: mining stops in the
	// block that holds the commitment.
	var committedIn atomic.Uint64
	m.miner.setHook(func(head uint64) bool {
		logs, err := m.Chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(head), ToBlock: new(big.Int).SetUint64(head),
			Addresses: []common.Address{m.Deploy.Disputes},
			Topics:    [][]common.Hash{{dis.GetABI().Events["ChallengeCommitted"].ID}, nil, nil, {common.BytesToHash(me[:])}},
		})
		if err == nil && len(logs) > 0 {
			committedIn.Store(head)
			return true
		}
		return false
	})
	j2 := newChJob(t, []int{40, 40, 40, 6}, 2, 4001)
	nonCanonical(j2.st, 1, 3, 0)
	r2 := m.post(j2)
	waitStatus(run2, r2.receipt, challenger.StCommitted, 2*time.Minute)
	run2.kill()
	m.miner.setHook(nil)
	if committedIn.Load() == 0 {
		t.Fatal("the miner did not stop at the commitment")
	}
	if by := slashedBy(r2.receipt); len(by) != 0 {
		t.Fatalf("revealed before the kill: %v", by)
	}
	t.Logf("killed with the commitment of %s in L1 block %d and no block after it", r2.receipt.TerminalString(), committedIn.Load())
	run3 := env.start(t, m, 3)
	// It comes back, derives, finds the commitment it made and sends the
	// reveal (early: into the next block); nothing lands until L1 moves on.
	time.Sleep(time.Second)
	if by := slashedBy(r2.receipt); len(by) != 0 {
		t.Fatalf("revealed in the commit's block: %v", by)
	}
	m.miner.setPaused(false)
	waitStatus(run3, r2.receipt, challenger.StLanded, 2*time.Minute)
	if by := slashedBy(r2.receipt); len(by) != 1 || by[0] != me {
		t.Fatalf("receipt 2 slashed by %v", by)
	}
	st = chStatus(env.dataDir)
	if st.Process.ProofsMade != 0 || st.Process.Commits != 0 || st.Process.Reveals != 1 || len(m.commits(me)) != 2 {
		t.Fatalf("after the second restart: proofs %d, commits %d, reveals %d in this run; %d commitments on L1 (want 0, 0, 1; 2)",
			st.Process.ProofsMade, st.Process.Commits, st.Process.Reveals, len(m.commits(me)))
	}
	if st.Proofs.Landed != 2 || st.Proofs.Made != 2 || st.Active != 0 {
		t.Fatalf("totals: %+v, alarms %+v", st.Proofs, st.Alarms)
	}
	m.waitPosted(r1)
	m.waitPosted(r2)
	share := new(big.Int).Add(m.shareOf(u256big(r1.rc.SlashAmount)), m.shareOf(u256big(r2.rc.SlashAmount)))
	if st.RewardsWei != share.String() {
		t.Fatalf("rewards %s, want %s", st.RewardsWei, share)
	}

	// 3. A graceful stop and a restart with nothing left to do.
	run3.term(t)
	nonce, err := m.Chain.Client.NonceAt(m.Ctx, me, nil)
	if err != nil {
		t.Fatal(err)
	}
	before := chStatus(env.dataDir).Derivation.Batches
	run4 := env.start(t, m, 4)
	latest := uint64(0)
	chWait(t, "the last restart to catch up", time.Minute, func() (bool, error) {
		s := chStatus(env.dataDir)
		if run4.exited() {
			t.Fatalf("the challenger exited\n%s", chTail(run4.log, 4000))
		}
		r := bindings.NewRollup()
		n, err := r.UnpackNextBatchIndex(m.call(m.Deploy.Rollup, r.PackNextBatchIndex()))
		latest = n - 1
		return s != nil && s.Running && s.Process.Started.After(time.Now().Add(-time.Minute)) && s.Derivation.Batch == latest, err
	})
	time.Sleep(time.Second)
	st = chStatus(env.dataDir)
	if st.Process.ProofsMade != 0 || st.Process.L1TxsSent != 0 || st.Process.BatchesSeen != st.Derivation.Batches-before {
		t.Fatalf("the last run: %+v (batches %d before, %d now)", st.Process, before, st.Derivation.Batches)
	}
	if n, err := m.Chain.Client.NonceAt(m.Ctx, me, nil); err != nil || n != nonce {
		t.Fatalf("the challenger sent L1 txs after everything was done: nonce %d → %d (%v)", nonce, n, err)
	}
	run4.term(t)
}
