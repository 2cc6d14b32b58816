package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/bindings/testonly"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// goCommitment is h = keccak256(abi.encode(receiptId, r, l, o, challenger, salt))
// computed in Go from docs/contracts.md, not by the contract.
func goCommitment(id common.Hash, s bindings.DisputesStep, ch common.Address, salt [32]byte) common.Hash {
	w := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	return crypto.Keccak256Hash(id[:], w(uint64(s.Row)), w(uint64(s.Layer)), w(uint64(s.Output)), common.LeftPadBytes(ch[:], 32), salt[:])
}

// goPublicInputs derives the 4 public inputs as docs/fraud-proof.md writes them.
func goPublicInputs(r l1iface.ReceiptLeaf, s bindings.DisputesStep, ch common.Address) [4]*big.Int {
	pi3 := new(big.Int).SetBytes(ch[:])
	or := func(v uint64, shift uint) { pi3.Or(pi3, new(big.Int).Lsh(new(big.Int).SetUint64(v), shift)) }
	or(uint64(s.Row), 160)
	or(uint64(s.Layer-1), 184)
	or(uint64(s.Output), 192)
	or(uint64(r.Layers-1), 208)
	or(uint64(r.Rows-1), 216)
	return [4]*big.Int{r.ModelRoot.Big(), r.InputRoot.Big(), r.TraceRoot.Big(), pi3}
}

// testProof is what TestStepVerifier accepts for these inputs: abi.encode(uint256[4]).
func testProof(in [4]*big.Int) []byte {
	var out []byte
	for _, v := range in {
		out = append(out, common.LeftPadBytes(v.Bytes(), 32)...)
	}
	return out
}

type disputeEnv struct {
	*env
	p        *posted
	receipts []l1iface.ReceiptLeaf
}

// newDisputeEnv: the provider bonds 100, a batch carries 4 of its
// receipts (slash 30 each; the last one has a model root outside the field).
func newDisputeEnv(t *testing.T) *disputeEnv {
	e := newEnv(t, nil)
	e.ok(provider, e.d.Bonds, bondsABI.PackBond(ether(100)))
	var rs []l1iface.ReceiptLeaf
	for i := 0; i < 4; i++ {
		rs = append(rs, receiptLeaf(byte(i), e.addr(provider), e.addr(buyer), ether(30)))
	}
	rs[3].ModelRoot = common.HexToHash("0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001") // = p
	relabel(&rs[3])
	p := e.submit(rs, nil)
	return &disputeEnv{env: e, p: p, receipts: rs}
}

func (d *disputeEnv) commit(who, ri int, s bindings.DisputesStep, salt [32]byte) {
	d.t.Helper()
	h := goCommitment(d.receipts[ri].ReceiptID, s, d.addr(who), salt)
	onChain := call(d.env, d.d.Disputes, disputesABI.PackCommitment(d.receipts[ri].ReceiptID, s, d.addr(who), salt), disputesABI.UnpackCommitment)
	if common.Hash(onChain) != h {
		d.t.Fatalf("commitment: contract %x, Go %x", onChain, h)
	}
	r := d.ok(who, d.d.Disputes, disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, h))
	if ev, err := disputesABI.UnpackChallengeCommittedEvent(r.Logs[0]); err != nil || ev.Challenger != d.addr(who) || common.Hash(ev.Commitment) != h {
		d.t.Fatalf("ChallengeCommitted %+v %v", ev, err)
	}
	// eth_estimateGas runs at the latest block's number: a reveal can be
	// estimated (and sent) once the commit's block has a successor.
	d.c.Sim.Commit()
}

func (d *disputeEnv) reveal(ri int, s bindings.DisputesStep, salt [32]byte, proof []byte) []byte {
	return disputesABI.PackRevealChallenge(d.p.hdr.Index, d.p.hash, toBindReceipt(ri, d.receipts[ri]), d.p.receiptProof(d.t, ri), s, salt, proof, d.auth(d.receipts[ri]))
}

func (d *disputeEnv) proofFor(ri int, s bindings.DisputesStep, who int) []byte {
	return testProof(goPublicInputs(d.receipts[ri], s, d.addr(who)))
}

func TestChallengeSlashesAndPays(t *testing.T) {
	d := newDisputeEnv(t)
	step := bindings.DisputesStep{Row: 3, Layer: 2, Output: 17, ClassId: 2}
	salt := [32]byte{42}
	d.commit(challenger, 0, step, salt)

	// The contract derives the public inputs exactly as the Go side does.
	got := call(d.env, d.d.Disputes, disputesABI.PackPublicInputs(toBindReceipt(0, d.receipts[0]), step, d.addr(challenger)), disputesABI.UnpackPublicInputs)
	want := goPublicInputs(d.receipts[0], step, d.addr(challenger))
	for i := range got {
		if got[i].Cmp(want[i]) != 0 {
			t.Fatalf("public input %d: contract %x, Go %x", i, got[i], want[i])
		}
	}

	chBefore, escBefore := d.balance(d.addr(challenger)), d.balance(d.d.Rollup)
	r := d.ok(challenger, d.d.Disputes, d.reveal(0, step, salt, d.proofFor(0, step, challenger)))
	// The share is challengerShareBps of the 30 tokens taken.
	bps := new(big.Int).SetUint64(d.d.Config.Params.ChallengerShareBps)
	share := new(big.Int).Div(new(big.Int).Mul(ether(30), bps), big.NewInt(10_000))
	comp := new(big.Int).Sub(ether(30), share)
	if g := new(big.Int).Sub(d.balance(d.addr(challenger)), chBefore); g.Cmp(share) != 0 {
		t.Fatalf("challenger got %v, want %v", g, share)
	}
	if g := new(big.Int).Sub(d.balance(d.d.Rollup), escBefore); g.Cmp(comp) != 0 {
		t.Fatalf("escrow grew by %v, want %v", g, comp)
	}
	if b := call(d.env, d.d.Bonds, bondsABI.PackBonded(d.addr(provider)), bondsABI.UnpackBonded); b.Cmp(ether(70)) != 0 {
		t.Fatalf("bond after slash %v", b)
	}
	q := d.queue()
	bc, _ := q[len(q)-2].Decode()
	rsl, _ := q[len(q)-1].Decode()
	if m, ok := bc.(*l1iface.BondChanged); !ok || m.Provider != d.addr(provider) || m.Bond.ToBig().Cmp(ether(70)) != 0 {
		t.Fatalf("bond message %#v", bc)
	}
	m, ok := rsl.(*l1iface.ReceiptSlashed)
	if !ok || m.ReceiptID != d.receipts[0].ReceiptID || m.BatchIndex != d.p.hdr.Index || m.BatchHeaderHash != d.p.hash ||
		m.Provider != d.addr(provider) || m.Buyer != d.addr(buyer) || m.SlashAmount.ToBig().Cmp(ether(30)) != 0 || m.Compensation.ToBig().Cmp(comp) != 0 {
		t.Fatalf("verdict message %#v", rsl)
	}
	var slashedEv *bindings.DisputesReceiptSlashed
	for _, l := range r.Logs {
		if ev, err := disputesABI.UnpackReceiptSlashedEvent(l); err == nil {
			slashedEv = ev
		}
	}
	if slashedEv == nil || slashedEv.Taken.Cmp(ether(30)) != 0 || slashedEv.ChallengerShare.Cmp(share) != 0 {
		t.Fatalf("ReceiptSlashed event %+v", slashedEv)
	}
	if !call(d.env, d.d.Disputes, disputesABI.PackSlashed(d.receipts[0].ReceiptID), disputesABI.UnpackSlashed) {
		t.Fatal("receipt not marked slashed")
	}

	// A second challenger of the same receipt gets nothing: one slash per id.
	step2 := bindings.DisputesStep{Row: 0, Layer: 1, Output: 0, ClassId: 1}
	d.commit(other, 0, step2, salt)
	d.reverts(other, d.d.Disputes, d.reveal(0, step2, salt, d.proofFor(0, step2, other)), "AlreadySlashed")
	// Escrow books still balance.
	if acc := call(d.env, d.d.Rollup, rollupABI.PackAccountedEscrow(), rollupABI.UnpackAccountedEscrow); acc.Cmp(d.balance(d.d.Rollup)) != 0 {
		t.Fatalf("accounted escrow %v, balance %v", acc, d.balance(d.d.Rollup))
	}
}

func TestRevealChecks(t *testing.T) {
	d := newDisputeEnv(t)
	salt := [32]byte{7}
	step := bindings.DisputesStep{Row: 1, Layer: 3, Output: 5, ClassId: 3}

	d.reverts(challenger, d.d.Disputes, disputesABI.PackCommitChallenge(d.p.hdr.Index, [32]byte{1}, [32]byte{2}), "BatchNotPending")
	d.reverts(challenger, d.d.Disputes, disputesABI.PackCommitChallenge(9, d.p.hash, [32]byte{2}), "BatchNotPending")
	d.reverts(challenger, d.d.Disputes, d.reveal(0, step, salt, d.proofFor(0, step, challenger)), "NoCommitment")
	d.commit(challenger, 0, step, salt)
	h := goCommitment(d.receipts[0].ReceiptID, step, d.addr(challenger), salt)
	d.reverts(challenger, d.d.Disputes, disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, h), "AlreadyCommitted")

	// Wrong salt: no commitment.
	d.reverts(challenger, d.d.Disputes, d.reveal(0, step, [32]byte{8}, d.proofFor(0, step, challenger)), "NoCommitment")
	// A leaf that is not the batch's (same id, other slash amount).
	leaf := toBindReceipt(0, d.receipts[0])
	leaf.SlashAmount = ether(1000)
	d.reverts(challenger, d.d.Disputes, disputesABI.PackRevealChallenge(d.p.hdr.Index, d.p.hash, leaf, d.p.receiptProof(t, 0), step, salt, nil, d.auth(d.receipts[0])), "ReceiptNotInBatch")
	// Proof for other inputs; unknown class; verifier says no.
	d.reverts(challenger, d.d.Disputes, d.reveal(0, step, salt, d.proofFor(0, step, other)), "InvalidProof")
	bad := step
	bad.ClassId = 4 // the class is not part of the commitment
	d.reverts(challenger, d.d.Disputes, d.reveal(0, bad, salt, d.proofFor(0, bad, challenger)), "UnknownStepClass")
	d.ok(admin, d.d.TestVerifiers[2], testonly.NewTestStepVerifier().PackSetAccept(false))
	d.reverts(challenger, d.d.Disputes, d.reveal(0, step, salt, d.proofFor(0, step, challenger)), "InvalidProof")
	d.ok(admin, d.d.TestVerifiers[2], testonly.NewTestStepVerifier().PackSetAccept(true))

	// Steps outside the receipt: row ≥ rows, layer 0, layer > layers, output ≥ 2^16.
	for _, s := range []bindings.DisputesStep{
		{Row: 4, Layer: 1, ClassId: 1}, {Row: 0, Layer: 0, ClassId: 1}, {Row: 0, Layer: 4, ClassId: 1}, {Row: 0, Layer: 1, Output: 1 << 16, ClassId: 1},
	} {
		d.commit(challenger, 0, s, salt)
		d.reverts(challenger, d.d.Disputes, d.reveal(0, s, salt, nil), "BadStep")
	}
	// A root outside the BN254 field.
	d.commit(challenger, 3, step, salt)
	d.reverts(challenger, d.d.Disputes, d.reveal(3, step, salt, nil), "RootNotInField")

	// Commit and reveal in the same block: the reveal fails in the block,
	// the same reveal one block later succeeds.
	s2 := bindings.DisputesStep{Row: 2, Layer: 1, Output: 3, ClassId: 1}
	snd := d.c.Sender(challenger)
	snd.NoCommit = true
	ctx := d.ctx
	commitData := disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, goCommitment(d.receipts[1].ReceiptID, s2, d.addr(challenger), salt))
	n0, err := d.c.Client.PendingNonceAt(ctx, d.addr(challenger))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := snd.Send(ctx, l1.TxCandidate{To: &d.d.Disputes, Data: commitData}); err != nil {
		t.Fatal(err)
	}
	// The pool counts the commit in the pending nonce asynchronously.
	for i := 0; i < 400; i++ {
		if n, err := d.c.Client.PendingNonceAt(ctx, d.addr(challenger)); err == nil && n > n0 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	revealData := d.reveal(1, s2, salt, d.proofFor(1, s2, challenger))
	tx, err := snd.Sign(ctx, l1.TxCandidate{To: &d.d.Disputes, Data: revealData, GasLimit: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	// Sign used the pending nonce, which already counts the commit.
	if err := d.c.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	d.c.Sim.Commit()
	rc, err := d.c.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil || rc.Status != types.ReceiptStatusFailed {
		t.Fatalf("same-block reveal: %v %+v", err, rc)
	}
	d.c.Sim.Commit()
	d.ok(challenger, d.d.Disputes, revealData)
}

func TestCopiedRevealEarnsNothing(t *testing.T) {
	d := newDisputeEnv(t)
	step := bindings.DisputesStep{Row: 0, Layer: 1, Output: 9, ClassId: 1}
	salt := [32]byte{1, 2, 3}
	d.commit(challenger, 1, step, salt)
	honest := d.reveal(1, step, salt, d.proofFor(1, step, challenger))
	// The attacker replays the reveal from the mempool under its own key.
	d.reverts(attacker, d.d.Disputes, honest, "NoCommitment")
	// It even commits the same (receipt, step, salt) itself and waits a
	// block: the proof is bound to the challenger's address, so it fails.
	d.commit(attacker, 1, step, salt)
	d.reverts(attacker, d.d.Disputes, honest, "InvalidProof")
	before := d.balance(d.addr(attacker))
	d.ok(challenger, d.d.Disputes, honest)
	if d.balance(d.addr(attacker)).Cmp(before) != 0 {
		t.Fatal("attacker earned from a copied reveal")
	}
}

func TestChallengeDeadlinesAndJunkCommitments(t *testing.T) {
	d := newDisputeEnv(t)
	step := bindings.DisputesStep{Row: 0, Layer: 1, Output: 1, ClassId: 1}
	salt := [32]byte{9}
	d.commit(challenger, 0, step, salt)
	// Junk commitments by the provider's friend, right up to the window end.
	for i := 0; i < 20; i++ {
		d.ok(attacker, d.d.Disputes, disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, crypto.Keccak256Hash([]byte{byte(i)})))
	}
	b := d.batch(d.p.hdr.Index)
	d.warp(b.WindowEnd - d.c.Now(t))
	d.reverts(other, d.d.Disputes, disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, [32]byte{1}), "WindowClosed")
	// Inside the reveal period the honest reveal still works.
	step2 := bindings.DisputesStep{Row: 1, Layer: 1, Output: 1, ClassId: 1}
	_ = step2
	d.warp(b.RevealEnd - d.c.Now(t))
	d.reverts(challenger, d.d.Disputes, d.reveal(0, step, salt, d.proofFor(0, step, challenger)), "RevealPeriodOver")
	// Finalization is not delayed by any commitment: it lands exactly at revealEnd.
	d.ok(other, d.d.Rollup, rollupABI.PackFinalize(d.p.hdr.Index, d.p.hash))
	d.reverts(challenger, d.d.Disputes, d.reveal(0, step, salt, d.proofFor(0, step, challenger)), "BatchNotPending")
	d.reverts(challenger, d.d.Disputes, disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, [32]byte{3}), "BatchNotPending")
}

func TestRejectedBatchReceiptSlashedOnceAcrossReplacement(t *testing.T) {
	d := newDisputeEnv(t)
	step := bindings.DisputesStep{Row: 0, Layer: 2, Output: 0, ClassId: 2}
	salt := [32]byte{5}
	d.commit(challenger, 0, step, salt)
	d.ok(challenger, d.d.Disputes, d.reveal(0, step, salt, d.proofFor(0, step, challenger)))
	// The guardian rejects the batch; a commitment against it is refused.
	d.ok(admin, d.d.Rollup, rollupABI.PackRejectBatch(d.p.hdr.Index, d.p.hash))
	d.reverts(challenger, d.d.Disputes, disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, [32]byte{3}), "BatchNotPending")
	// The replayed receipt in the replacement batch keeps its id: no second slash.
	d.next = d.p.hdr.Index
	d.p = d.submit(d.receipts, nil)
	d.commit(other, 0, step, salt)
	d.reverts(other, d.d.Disputes, d.reveal(0, step, salt, d.proofFor(0, step, other)), "AlreadySlashed")
	// Another receipt of the replacement batch can still be slashed.
	d.commit(other, 1, step, salt)
	d.ok(other, d.d.Disputes, d.reveal(1, step, salt, d.proofFor(1, step, other)))
}

func TestSlashReachesTokensWaitingForRelease(t *testing.T) {
	d := newDisputeEnv(t)
	first := d.p
	// The provider unbonds 80 of its 100: 20 stay bonded, 80 wait.
	d.ok(provider, d.d.Bonds, bondsABI.PackUnbond(ether(80)))
	step := bindings.DisputesStep{Row: 0, Layer: 1, Output: 0, ClassId: 1}
	salt := [32]byte{1}
	d.commit(challenger, 0, step, salt)
	d.ok(challenger, d.d.Disputes, d.reveal(0, step, salt, d.proofFor(0, step, challenger)))
	if b := call(d.env, d.d.Bonds, bondsABI.PackBonded(d.addr(provider)), bondsABI.UnpackBonded); b.Sign() != 0 {
		t.Fatalf("bond %v, want 0", b)
	}
	if u := call(d.env, d.d.Bonds, bondsABI.PackUnbonding(d.addr(provider)), bondsABI.UnpackUnbonding); u.Cmp(ether(70)) != 0 {
		t.Fatalf("unbonding %v, want 70", u)
	}
	// Two more slashes exhaust it; the third takes nothing but still queues
	// the verdict with zero compensation.
	for ri := 1; ri <= 2; ri++ {
		d.commit(challenger, ri, step, salt)
		d.ok(challenger, d.d.Disputes, d.reveal(ri, step, salt, d.proofFor(ri, step, challenger)))
	}
	if u := call(d.env, d.d.Bonds, bondsABI.PackSlashable(d.addr(provider)), bondsABI.UnpackSlashable); u.Cmp(ether(10)) != 0 {
		t.Fatalf("slashable %v, want 10", u)
	}
	extra := receiptLeaf(9, d.addr(provider), d.addr(buyer), ether(30))
	d.receipts = []l1iface.ReceiptLeaf{extra}
	d.p = d.submit(d.receipts, nil)
	d.commit(challenger, 0, step, salt)
	d.ok(challenger, d.d.Disputes, d.reveal(0, step, salt, d.proofFor(0, step, challenger)))
	// 10 tokens were left to take; the compensation is what the share leaves.
	wantComp := new(big.Int).Sub(ether(10), new(big.Int).Div(new(big.Int).Mul(ether(10), new(big.Int).SetUint64(d.d.Config.Params.ChallengerShareBps)), big.NewInt(10_000)))
	if rs, ok := d.lastMessage().(*l1iface.ReceiptSlashed); !ok || rs.Compensation.ToBig().Cmp(wantComp) != 0 {
		t.Fatalf("verdict %#v", rs)
	}
	// After finalization the emptied release is dropped, paying nothing.
	d.finalize(first)
	d.finalize(d.p)
	before := d.balance(d.addr(provider))
	d.ok(provider, d.d.Bonds, bondsABI.PackRelease())
	if d.balance(d.addr(provider)).Cmp(before) != 0 {
		t.Fatal("release paid out slashed tokens")
	}
	if rel := call(d.env, d.d.Bonds, bondsABI.PackReleases(d.addr(provider)), bondsABI.UnpackReleases); len(rel) != 0 {
		t.Fatalf("releases left: %+v", rel)
	}
	d.reverts(provider, d.d.Bonds, bondsABI.PackRelease(), "NothingToRelease")
}

func TestBonds(t *testing.T) {
	e := newEnv(t, nil)
	e.reverts(provider, e.d.Bonds, bondsABI.PackBond(big.NewInt(0)), "ZeroAmount")
	e.ok(provider, e.d.Bonds, bondsABI.PackBond(ether(100)))
	if m, ok := e.lastMessage().(*l1iface.BondChanged); !ok || m.Bond.ToBig().Cmp(ether(100)) != 0 {
		t.Fatalf("bond message %#v", m)
	}
	e.reverts(provider, e.d.Bonds, bondsABI.PackUnbond(big.NewInt(0)), "ZeroAmount")
	e.reverts(provider, e.d.Bonds, bondsABI.PackUnbond(ether(101)), "InsufficientBond")
	e.ok(provider, e.d.Bonds, bondsABI.PackUnbond(ether(40)))
	if m, ok := e.lastMessage().(*l1iface.BondChanged); !ok || m.Bond.ToBig().Cmp(ether(60)) != 0 {
		t.Fatalf("unbond message %#v", m)
	}
	rel := call(e, e.d.Bonds, bondsABI.PackReleases(e.addr(provider)), bondsABI.UnpackReleases)
	if len(rel) != 1 || rel[0].Amount.Cmp(ether(40)) != 0 || rel[0].MessageIndex != e.messageCount()-1 {
		t.Fatalf("releases %+v", rel)
	}
	e.reverts(provider, e.d.Bonds, bondsABI.PackRelease(), "NothingToRelease")
	// A batch consuming the unbond message is not enough; it must be final.
	p := e.submit(nil, nil)
	e.reverts(provider, e.d.Bonds, bondsABI.PackRelease(), "NothingToRelease")
	e.finalize(p)
	before := e.balance(e.addr(provider))
	e.ok(provider, e.d.Bonds, bondsABI.PackRelease())
	if g := new(big.Int).Sub(e.balance(e.addr(provider)), before); g.Cmp(ether(40)) != 0 {
		t.Fatalf("released %v", g)
	}
	e.reverts(provider, e.d.Bonds, bondsABI.PackRelease(), "NothingToRelease")
	for i := 0; i < 16; i++ {
		e.ok(provider, e.d.Bonds, bondsABI.PackUnbond(ether(1)))
	}
	e.reverts(provider, e.d.Bonds, bondsABI.PackUnbond(ether(1)), "TooManyPendingReleases")
}

func bindingsStep(r, l, o uint32, class uint8) bindings.DisputesStep {
	return bindings.DisputesStep{Row: r, Layer: l, Output: o, ClassId: class}
}
