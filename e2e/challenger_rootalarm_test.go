package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/challenger"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// chReplica replays every batch on L1 (from the submitBatch calldata) on a
// fresh state: the test's own derivation, independent of the challenger's.
// It returns the state, the hash of its last block and the last header.
func (m *chMarket) replica(genesis state.Params) (*state.State, common.Hash, l1iface.BatchHeader, []*l1iface.Message) {
	t := m.t
	t.Helper()
	ctx := context.Background()
	r := bindings.NewRollup()
	logs, err := m.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{m.Deploy.Rollup}})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []*l1iface.Message
	var subs []common.Hash // submitBatch txs of the current batches, by index
	rejected := map[common.Hash]bool{}
	for i := range logs {
		lg := &logs[i]
		switch lg.Topics[0] {
		case l1.MessageQueuedTopic():
			q, err := l1.ParseMessageQueued(m.Deploy.Rollup, lg)
			if err != nil {
				t.Fatal(err)
			}
			msg := q.Message
			msgs = append(msgs, &msg)
		case r.GetABI().Events["BatchSubmitted"].ID:
			e, err := r.UnpackBatchSubmittedEvent(lg)
			if err != nil {
				t.Fatal(err)
			}
			if e.Index == 0 {
				continue
			}
			subs = append(subs[:e.Index-1], lg.TxHash)
		case r.GetABI().Events["BatchesRejected"].ID:
			e, _ := r.UnpackBatchesRejectedEvent(lg)
			for _, h := range subs[e.FromIndex-1:] {
				rejected[h] = true
			}
			subs = subs[:e.FromIndex-1]
		}
	}
	db, err := state.OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	st, err := state.Open(ctx, db, m.Domain, &state.Genesis{Params: genesis}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	src := func(_ context.Context, i uint64) (*l1iface.Message, error) {
		if i >= uint64(len(msgs)) {
			return nil, fmt.Errorf("no message %d", i)
		}
		return msgs[i], nil
	}
	method := r.GetABI().Methods["submitBatch"]
	last := l1iface.BatchHeader{PostStateRoot: m.Deploy.Config.GenesisStateRoot}
	var lastBlock common.Hash
	for _, h := range subs {
		tx, _, err := m.Chain.Client.TransactionByHash(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		args, err := method.Inputs.Unpack(tx.Data()[4:])
		if err != nil {
			t.Fatal(err)
		}
		bt, err := state.DecodeBatch(args[1].([]byte))
		if err != nil {
			t.Fatal(err)
		}
		for _, blk := range bt.Blocks {
			if _, err := st.ApplyBlock(ctx, blk, src); err != nil {
				t.Fatalf("replica: %v", err)
			}
			lastBlock = blk.Hash()
		}
		var hb struct {
			Index                                                                  uint64
			ParentHash, PreStateRoot, PostStateRoot, ReceiptsRoot, WithdrawalsRoot [32]byte
			MessagesConsumed                                                       uint64
			MessagesRollingHash, BodyHash                                          [32]byte
		}
		if b, err := json.Marshal(args[0]); err != nil || json.Unmarshal(b, &hb) != nil {
			t.Fatalf("header of %s: %v", h, err)
		}
		last = l1iface.BatchHeader{Index: hb.Index, ParentHash: hb.ParentHash, PreStateRoot: hb.PreStateRoot, PostStateRoot: hb.PostStateRoot,
			ReceiptsRoot: hb.ReceiptsRoot, WithdrawalsRoot: hb.WithdrawalsRoot, MessagesConsumed: hb.MessagesConsumed,
			MessagesRollingHash: hb.MessagesRollingHash, BodyHash: hb.BodyHash}
	}
	return st, lastBlock, last, msgs
}

// TestChallengerWrongStateRoot: a sequencer that posts a batch with a
// wrong state root. The sequencer is stopped and the test posts, with the
// sequencer's key, the next batch: one block that consumes the pending
// L1 messages and seals, whose block root and header post-state root both
// claim a root other than the one the STF gives. Challenger A (no
// guardian key) raises the state-mismatch alarm with the evidence (the
// batch, its header hash, expected and posted roots, the first differing
// block), stalls there, sets the metric, and `gpuroll challenger status`
// exits 1. Challenger G holds the guardian's key and rejects the batch on
// L1 itself. Both roll back to the last good batch, the alarms resolve;
// the restarted sequencer follows the rejection, rolls back, reposts its
// own batches, and the challengers derive them and agree with L1 and the
// sequencer again.
func TestChallengerWrongStateRoot(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	bin := chBinary(t)
	m := newChMarket(t, chOptions{window: 3600})
	cfgA := m.challengerConfig(t, chAuditor)
	cfgA.MetricsAddr = "127.0.0.1:0"
	a := startCh(t, cfgA)
	// Some traffic; once its batch is on L1, stop the sequencer and let
	// every tx it left pending land (the test then uses its key).
	r := bindings.NewRollup()
	next := func() uint64 {
		v, err := r.UnpackNextBatchIndex(m.call(m.Deploy.Rollup, r.PackNextBatchIndex()))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tr := m.Send(chBuyer, &state.Transfer{To: m.Addr(chRival), Amount: testnet.Eth(1)})
	wctx, cancel := context.WithTimeout(m.Ctx, 2*time.Minute)
	if _, err := m.Client.WaitTx(wctx, tr.Hash, client.StatusPosted, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	cancel()
	m.StopSequencer()
	chWait(t, "the sequencer's pending L1 txs mined", time.Minute, func() (bool, error) {
		pending, err := m.Chain.Client.PendingNonceAt(m.Ctx, m.Addr(chSeq))
		if err != nil {
			return false, err
		}
		mined, err := m.Chain.Client.NonceAt(m.Ctx, m.Addr(chSeq), nil)
		return pending == mined, err
	})
	good := next() - 1
	chWait(t, "the challenger at the last good batch", time.Minute, func() (bool, error) {
		return a.Status().Derivation.Batch == good, nil
	})

	// The lying batch, built on the test's own replay of L1.
	vals, err := m.Deploy.Config.Params.Array()
	if err != nil {
		t.Fatal(err)
	}
	genesis, err := state.ParamsFromValues(vals)
	if err != nil {
		t.Fatal(err)
	}
	rep, parent, last, msgs := m.replica(genesis)
	if last.Index != good {
		t.Fatalf("replica at batch %d, L1 at %d", last.Index, good)
	}
	head, _ := rep.Head()
	gl, err := rep.Globals()
	if err != nil {
		t.Fatal(err)
	}
	blk := &state.Block{Number: head + 1, ParentHash: parent, Timestamp: max(uint64(time.Now().Unix()), gl.BlockTime)}
	if err := rep.BeginBlock(blk.Number, blk.Timestamp); err != nil {
		t.Fatal(err)
	}
	for i := gl.MessagesConsumed; i < uint64(len(msgs)); i++ {
		if err := rep.ApplyL1Message(msgs[i]); err != nil {
			t.Fatal(err)
		}
		blk.Items = append(blk.Items, state.L1Item(i))
	}
	sd, err := rep.Seal()
	if err != nil {
		t.Fatal(err)
	}
	blk.Items = append(blk.Items, state.SealItem())
	honestRoot, err := rep.Commit(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	wrong := crypto.Keccak256Hash([]byte("a root the STF does not give"))
	blk.StateRoot = wrong
	body, err := (&state.Batch{Blocks: []*state.Block{blk}}).Encode()
	if err != nil {
		t.Fatal(err)
	}
	hdr := sd.Header(last.Hash(), last.PostStateRoot, wrong, crypto.Keccak256Hash(body))
	m.L1Send(chSeq, m.Deploy.Rollup, r.PackSubmitBatch(bindings.L1CodecBatchHeader{
		Index: hdr.Index, ParentHash: hdr.ParentHash, PreStateRoot: hdr.PreStateRoot, PostStateRoot: hdr.PostStateRoot,
		ReceiptsRoot: hdr.ReceiptsRoot, WithdrawalsRoot: hdr.WithdrawalsRoot, MessagesConsumed: hdr.MessagesConsumed,
		MessagesRollingHash: hdr.MessagesRollingHash, BodyHash: hdr.BodyHash}, body))
	bad := hdr.Hash()
	t.Logf("posted batch %d (%s) claiming root %s; the STF gives %s", hdr.Index, bad.TerminalString(), wrong.TerminalString(), honestRoot.TerminalString())

	// A: the alarm, with the evidence.
	var alarm *challenger.Alarm
	chWait(t, "the state-mismatch alarm", time.Minute, func() (bool, error) {
		for _, al := range a.Alarms() {
			if al.Active && al.Kind == challenger.AlarmStateMismatch && al.Batch == hdr.Index {
				alarm = &al
				return true, nil
			}
		}
		return false, nil
	})
	ev, err := challenger.ReadEvidence(alarm.Evidence)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Batch != hdr.Index || ev.HeaderHash != bad || alarm.HeaderHash != bad || ev.Posted.PostStateRoot != wrong ||
		ev.Expected == nil || ev.Expected.PostStateRoot != honestRoot || ev.Expected.PreStateRoot != last.PostStateRoot ||
		ev.FirstDifferingBlock == nil || ev.FirstDifferingBlock.Number != blk.Number || ev.FirstDifferingBlock.ClaimedRoot != wrong ||
		ev.FirstDifferingBlock.ComputedRoot == nil || *ev.FirstDifferingBlock.ComputedRoot != honestRoot || ev.FirstDifferingTx != nil ||
		!slices.Contains(ev.Differs, "postStateRoot") || slices.Contains(ev.Differs, "receiptsRoot") || ev.DerivedBatch != good {
		t.Fatalf("evidence: %+v (expected %+v, block %+v)", ev, ev.Expected, ev.FirstDifferingBlock)
	}
	t.Logf("evidence %s: %s (differs: %v)", alarm.Evidence, ev.Reason, ev.Differs)
	if st := a.Status(); st.Derivation.StalledAt == nil || *st.Derivation.StalledAt != hdr.Index || st.Derivation.Batch != good {
		t.Fatalf("A's derivation: %+v", st.Derivation)
	}
	if metrics := scrape(t, a.MetricsURL()+"/metrics"); !strings.Contains(metrics, "gpuroll_challenger_state_mismatch 1") {
		t.Fatal("the state_mismatch metric is not set")
	}
	time.Sleep(200 * time.Millisecond) // status.json is rewritten every 50 ms when something changed
	if code, out := statusExit(t, bin, cfgA.DataDir); code != 1 || !strings.Contains(out, "ALARM state-mismatch") || !strings.Contains(out, "STALLED") {
		t.Fatalf("status exited %d during the alarm:\n%s", code, out)
	}

	// G holds the guardian's key: it derives, finds the same and rejects
	// the batch on L1 itself; both roll back.
	cfgG := m.challengerConfig(t, chRival)
	cfgG.GuardianKey = m.Key(chGuardian)
	g := startCh(t, cfgG)

	chWait(t, "the guardian's rejection on L1", time.Minute, func() (bool, error) {
		rej, err := r.UnpackRejectedHeader(m.call(m.Deploy.Rollup, r.PackRejectedHeader(bad)))
		return rej, err
	})
	if n := next(); n != hdr.Index {
		t.Fatalf("next batch index %d after the rejection, want %d", n, hdr.Index)
	}
	chWait(t, "the alarms resolved", time.Minute, func() (bool, error) {
		return a.Status().Active == 0 && g.Status().Active == 0, nil
	})
	var gAlarm *challenger.Alarm
	for _, al := range g.Alarms() {
		if al.Kind == challenger.AlarmStateMismatch && al.HeaderHash == bad {
			gAlarm = &al
		}
	}
	if gAlarm == nil || gAlarm.RejectTx == (common.Hash{}) || gAlarm.Resolved == "" {
		t.Fatalf("G's alarm: %+v", gAlarm)
	}
	if ev, err := challenger.ReadEvidence(gAlarm.Evidence); err != nil || ev.RejectTx != gAlarm.RejectTx {
		t.Fatalf("G's evidence does not name its rejectBatch tx: %+v %v", ev, err)
	}
	time.Sleep(200 * time.Millisecond)
	if code, out := statusExit(t, bin, cfgA.DataDir); code != 0 {
		t.Fatalf("status exited %d after the rejection:\n%s", code, out)
	}

	// The sequencer follows the rejection and reposts; everyone agrees.
	m.StartSequencer()
	m.Send(chBuyer, &state.Transfer{To: m.Addr(chRival), Amount: testnet.Eth(2)})
	chWait(t, "the sequencer's own batch in place of the rejected one", 2*time.Minute, func() (bool, error) {
		return next() > hdr.Index, nil
	})
	latest := next() - 1
	if h := common.Hash(m.l1Batch(hdr.Index).HeaderHash); h == bad {
		t.Fatal("the rejected header is back")
	}
	chWait(t, "the challengers derive the reposted batches", time.Minute, func() (bool, error) {
		return a.Status().Derivation.Batch >= latest && g.Status().Derivation.Batch >= latest, nil
	})
	onL1 := m.l1Batch(latest)
	seqB, err := m.Client.Batch(m.Ctx, latest)
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*challenger.Service{"A": a, "G": g} {
		st := s.Status()
		if st.Derivation.Batch != latest || st.Derivation.HeaderHash != common.Hash(onL1.HeaderHash) ||
			st.Derivation.StateRoot != common.Hash(onL1.PostStateRoot) || st.Active != 0 || st.Derivation.StalledAt != nil {
			t.Fatalf("%s: %+v, L1 batch %d %x root %x", name, st.Derivation, latest, onL1.HeaderHash, onL1.PostStateRoot)
		}
	}
	if seqB.HeaderHash == nil || *seqB.HeaderHash != common.Hash(onL1.HeaderHash) || *seqB.PostStateRoot != common.Hash(onL1.PostStateRoot) {
		t.Fatalf("the sequencer's batch %d: %+v, L1 %x", latest, seqB, onL1.HeaderHash)
	}
	if code, out := statusExit(t, bin, cfgA.DataDir); code != 0 {
		t.Fatalf("status exited %d:\n%s", code, out)
	}
}

// statusExit runs `gpuroll challenger status` on a data dir.
func statusExit(t *testing.T, bin, dir string) (int, string) {
	t.Helper()
	cmd := exec.Command(bin, "challenger", "status", "--datadir", dir)
	cmd.Env = chCleanEnv()
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), string(out)
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, string(out)
}
