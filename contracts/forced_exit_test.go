package contracts_test

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// l2node is the smallest honest-STF sequencer: it derives L2 from the L1
// queue with the real STF, one block per batch, and posts each batch with
// its real header and body. Tests choose which L2 txs it includes (a
// censoring sequencer includes none) and how many L1 messages it consumes.
type l2node struct {
	e       *env
	s       *state.State
	parent  common.Hash // hash of the last L2 block
	header  l1iface.BatchHeader
	batches map[uint64]*state.Sealed
}

// newForcedEnv deploys with the real L2 genesis root, so batch 1's
// pre-state root is the STF's.
func newForcedEnv(t *testing.T) (*env, *l2node) {
	var genesis state.Params
	e := newEnv(t, func(cfg *l1.DeployConfig) {
		vals, err := cfg.Params.Array()
		if err != nil {
			t.Fatal(err)
		}
		if genesis, err = state.ParamsFromValues(vals); err != nil {
			t.Fatal(err)
		}
		if cfg.GenesisStateRoot, err = state.GenesisRoot(context.Background(), &state.Genesis{Params: genesis}); err != nil {
			t.Fatal(err)
		}
	}, l1test.Osaka)
	db, err := state.OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	dom := state.NewDomain(e.c.ChainID.Uint64(), e.d.Rollup)
	s, err := state.Open(e.ctx, db, dom, &state.Genesis{Params: genesis}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Sync(); db.Close() })
	n := &l2node{e: e, s: s, header: e.headers[0], batches: map[uint64]*state.Sealed{}}
	return e, n
}

// post builds one block at the L1 clock with the L1 messages up to
// `consume` (all queued when negative) and txs, seals it as the next
// batch and submits it. When L1 refuses the batch, L2 is rolled back to
// the last posted batch (what a sequencer does) and the revert returned.
func (n *l2node) post(consume int, txs ...*state.Tx) (*state.Sealed, error) {
	e, t := n.e, n.e.t
	t.Helper()
	q := e.queue()
	upTo := uint64(len(q))
	if consume >= 0 {
		upTo = uint64(consume)
	}
	g, err := n.s.Globals()
	if err != nil {
		t.Fatal(err)
	}
	head, pre := n.s.Head()
	blk := &state.Block{Number: head + 1, ParentHash: n.parent, Timestamp: e.c.Now(t)}
	if err := n.s.BeginBlock(blk.Number, blk.Timestamp); err != nil {
		t.Fatal(err)
	}
	for i := g.MessagesConsumed; i < upTo; i++ {
		if err := n.s.ApplyL1Message(&q[i]); err != nil {
			t.Fatalf("L1 message %d: %v", i, err)
		}
		blk.Items = append(blk.Items, state.L1Item(i))
	}
	for _, tx := range txs {
		v, err := n.s.Domain().Verify(tx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := n.s.Apply(v); err != nil {
			t.Fatalf("L2 tx: %v", err)
		}
		blk.Items = append(blk.Items, state.TxItem(tx))
	}
	sd, err := n.s.Seal()
	if err != nil {
		t.Fatal(err)
	}
	blk.Items = append(blk.Items, state.SealItem())
	if blk.StateRoot, err = n.s.Commit(e.ctx); err != nil {
		t.Fatal(err)
	}
	body, err := (&state.Batch{Blocks: []*state.Block{blk}}).Encode()
	if err != nil {
		t.Fatal(err)
	}
	hdr := sd.Header(n.header.Hash(), pre, blk.StateRoot, crypto.Keccak256Hash(body))
	if _, err := e.tx(admin, e.d.Rollup, rollupABI.PackSubmitBatch(toBindHeader(*hdr), body)); err != nil {
		if rerr := n.s.Rollback(e.ctx, n.header.Index); rerr != nil {
			t.Fatal(rerr)
		}
		return nil, err
	}
	if err := n.s.SetBatchHeader(sd.Index, hdr.Hash()); err != nil {
		t.Fatal(err)
	}
	n.header, n.parent = *hdr, blk.Hash()
	e.headers[hdr.Index], e.next = *hdr, hdr.Index+1
	n.batches[sd.Index] = sd
	return sd, nil
}

// withdrawalProof is leaf i of a sealed batch with its proof.
func withdrawalProof(t *testing.T, sd *state.Sealed, i int) (bindings.L1CodecWithdrawalLeaf, [][32]byte) {
	t.Helper()
	var leaves []common.Hash
	for j := range sd.Withdrawals {
		leaves = append(leaves, sd.Withdrawals[j].Hash(uint64(j)))
	}
	p, err := l1iface.NewMerkleTree(leaves).Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	return toBindWithdrawal(i, sd.Withdrawals[i]), proofBytes(p)
}

// TestForcedExitBeatsTimelockedChange is the exit window end to end: the
// city schedules a malicious parameter change (a new sequencer) in the
// timelock, and a sequencer that censors every user tx still cannot keep
// depositors in. Each forces a withdrawal through L1; the sequencer waits
// as long as the protocol lets it, must then include them (a batch that
// leaves them out is refused as overdue), and every withdrawal is final
// and claimed on L1 before the change can execute.
func TestForcedExitBeatsTimelockedChange(t *testing.T) {
	e, n := newForcedEnv(t)
	users := []int{buyer, provider, other}
	deposit := ether(10)
	for _, u := range users {
		e.ok(u, e.d.Rollup, rollupABI.PackDeposit(e.addr(u), deposit))
	}
	if _, err := n.post(-1); err != nil { // the deposits reach L2
		t.Fatal(err)
	}

	// T0: the malicious change is scheduled with the timelock's delay.
	delay := e.d.Config.TimelockDelay
	evil := rollupABI.PackSetParam(l1.ParamSequencer, new(big.Int).SetBytes(e.addr(attacker).Bytes()))
	salt := [32]byte{0xee}
	e.ok(admin, e.d.Timelock, timelockABI.PackSchedule(e.d.Rollup, big.NewInt(0), evil, [32]byte{}, salt, new(big.Int).SetUint64(delay)))
	t0 := e.c.Now(t)
	execute := timelockABI.PackExecute(e.d.Rollup, big.NewInt(0), evil, [32]byte{}, salt)

	// Every depositor signs a withdrawal of its balance minus the fee
	// budget and forces it through L1 (anyone may relay; here each user).
	dom := n.s.Domain()
	amount := new(big.Int).Sub(deposit, big.NewInt(1e15))
	forcedAt := map[int]uint64{}
	for _, u := range users {
		tx := &state.Tx{Nonce: 0, MaxFee: uint256.NewInt(1e15), Body: &state.Withdraw{To: e.addr(u), Amount: u256(amount)}}
		if err := dom.Sign(tx, e.c.Keys[u]); err != nil {
			t.Fatal(err)
		}
		forcedAt[u] = e.messageCount()
		e.ok(u, e.d.Rollup, rollupABI.PackForceInclude(tx.Encode()))
	}
	firstForced := forcedAt[users[0]]

	// The censoring sequencer waits as long as the protocol lets it: a
	// batch that leaves the forced txs out is accepted until they are
	// maxInclusionDelay old, and refused as overdue after.
	p := e.d.Config.Params
	e.warp(p.MaxInclusionDelay - 10)
	if _, err := n.post(int(firstForced)); err != nil {
		t.Fatalf("a batch before the inclusion deadline: %v", err)
	}
	e.warp(11)
	if _, err := n.post(int(firstForced)); l1.RevertName(err) != "MessageOverdue" {
		t.Fatalf("a batch that skips overdue forced txs: %v (%s), want MessageOverdue", err, l1.RevertName(err))
	}
	sd, err := n.post(-1)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		r, err := n.s.ForcedResult(forcedAt[u])
		if err != nil || r == nil || r.Status != state.ForcedApplied {
			t.Fatalf("forced withdrawal of user %d: %+v %v", u, r, err)
		}
	}
	if len(sd.Withdrawals) != len(users) {
		t.Fatalf("%d withdrawals in the batch, want %d", len(sd.Withdrawals), len(users))
	}

	// The batch passes its dispute window and reveal period; anyone
	// finalizes it and each user claims on L1.
	for i := uint64(1); i <= sd.Index; i++ {
		b := e.batch(i)
		if now := e.c.Now(t); now < b.RevealEnd {
			e.warp(b.RevealEnd - now)
		}
		e.ok(other, e.d.Rollup, rollupABI.PackFinalize(i, b.HeaderHash))
	}
	for i, u := range users {
		before := e.balance(e.addr(u))
		leaf, proof := withdrawalProof(t, sd, i)
		if leaf.From != e.addr(u) {
			t.Fatalf("withdrawal %d is from %s", i, leaf.From)
		}
		e.ok(u, e.d.Rollup, rollupABI.PackWithdraw(sd.Index, leaf, proof))
		if got := new(big.Int).Sub(e.balance(e.addr(u)), before); got.Cmp(amount) != 0 {
			t.Fatalf("user %d claimed %v, want %v", u, got, amount)
		}
	}
	claimedAt := e.c.Now(t)
	if claimedAt >= t0+delay {
		t.Fatalf("users claimed at T0+%d s, after the change could execute at T0+%d s", claimedAt-t0, delay)
	}
	t.Logf("forced exit: claimed %d s after the change was scheduled; it executes at %d s (exit window %d s)", claimedAt-t0, delay, p.ExitWindow())
	// The change still cannot execute; the escrow holds what it should.
	e.reverts(admin, e.d.Timelock, execute, "TimelockUnexpectedOperationState")
	esc := call(e, e.d.Rollup, rollupABI.PackAccountedEscrow(), rollupABI.UnpackAccountedEscrow)
	if bal := e.balance(e.d.Rollup); bal.Cmp(esc) != 0 {
		t.Fatalf("escrow balance %v, accounted %v", bal, esc)
	}
	// When the delay is over the change executes: everyone who wanted out is out.
	e.c.Warp(t, time.Duration(t0+delay-e.c.Now(t))*time.Second)
	e.ok(admin, e.d.Timelock, execute)
	if e.params().Sequencer != e.addr(attacker) {
		t.Fatal("the scheduled change did not execute")
	}
}
