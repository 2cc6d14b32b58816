package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/bindings/testonly"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// A malicious receiver gets control in the middle of a payout (through an
// ERC-777-like hook token) and tries to take the same money again.
func TestReentrancyThroughHookToken(t *testing.T) {
	c := l1test.NewChain(t, 6)
	hook := testonly.NewHookToken()
	hookAddr := c.DeployBin(t, admin, testonly.HookTokenMetaData.Bin, nil)
	d := c.DeployDev(t, func(cfg *l1.DeployConfig) { cfg.Token = hookAddr })
	e := &env{t: t, ctx: t.Context(), c: c, d: d, headers: map[uint64]l1iface.BatchHeader{0: {}}, next: 1}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	e.ok(buyer, hookAddr, hook.PackMint(e.addr(buyer), ether(100)))
	e.ok(buyer, hookAddr, hook.PackApprove(d.Rollup, max))
	e.ok(buyer, d.Rollup, rollupABI.PackDeposit(e.addr(buyer), ether(10)))

	re := testonly.NewReenterer()
	mal := c.DeployBin(t, attacker, testonly.ReentererMetaData.Bin, nil)
	e.ok(attacker, mal, re.PackExecute(hookAddr, hook.PackRegisterHook()))

	// 1. Rollup.withdraw to the malicious receiver re-enters withdraw.
	ws := []l1iface.WithdrawalLeaf{{WithdrawalID: 1, From: e.addr(buyer), To: mal, Amount: u256(ether(3))}}
	p := e.submit(nil, ws)
	e.finalize(p)
	again := rollupABI.PackWithdraw(1, toBindWithdrawal(0, ws[0]), p.withdrawalProof(t, 0))
	e.ok(attacker, mal, re.PackArm(d.Rollup, again))
	e.ok(other, d.Rollup, again)
	checkReentry(e, mal, "ReentrancyGuardReentrantCall")
	if got := call(e, hookAddr, hook.PackBalanceOf(mal), hook.UnpackBalanceOf); got.Cmp(ether(3)) != 0 {
		t.Fatalf("malicious receiver holds %v, want 3 (paid once)", got)
	}
	if got := call(e, hookAddr, hook.PackBalanceOf(d.Rollup), hook.UnpackBalanceOf); got.Cmp(ether(7)) != 0 {
		t.Fatalf("escrow %v, want 7", got)
	}

	// 2. Bonds.release to the malicious provider re-enters release.
	e.ok(buyer, hookAddr, hook.PackMint(mal, ether(50)))
	e.ok(attacker, mal, re.PackExecute(hookAddr, hook.PackApprove(d.Bonds, max)))
	e.ok(attacker, mal, re.PackExecute(d.Bonds, bondsABI.PackBond(ether(20))))
	e.ok(attacker, mal, re.PackExecute(d.Bonds, bondsABI.PackUnbond(ether(5))))
	e.ok(attacker, mal, re.PackExecute(d.Bonds, bondsABI.PackUnbond(ether(5))))
	e.finalize(e.submit(nil, nil))
	e.ok(attacker, mal, re.PackArm(d.Bonds, bondsABI.PackRelease()))
	before := call(e, hookAddr, hook.PackBalanceOf(mal), hook.UnpackBalanceOf)
	e.ok(attacker, mal, re.PackExecute(d.Bonds, bondsABI.PackRelease()))
	checkReentry(e, mal, "ReentrancyGuardReentrantCall")
	after := call(e, hookAddr, hook.PackBalanceOf(mal), hook.UnpackBalanceOf)
	if got := new(big.Int).Sub(after, before); got.Cmp(ether(10)) != 0 {
		t.Fatalf("release paid %v, want 10", got)
	}

	// 3. The challenger's share paid to a malicious challenger re-enters
	// revealChallenge for a second receipt.
	e.ok(buyer, hookAddr, hook.PackMint(e.addr(provider), ether(100)))
	e.ok(provider, hookAddr, hook.PackApprove(d.Bonds, max))
	e.ok(provider, d.Bonds, bondsABI.PackBond(ether(100)))
	rs := []l1iface.ReceiptLeaf{receiptLeaf(1, e.addr(provider), e.addr(buyer), ether(10)), receiptLeaf(2, e.addr(provider), e.addr(buyer), ether(10))}
	de := &disputeEnv{env: e, receipts: rs}
	de.p = e.submit(rs, nil)
	step := bindingsStep(0, 1, 0, 1)
	salt := [32]byte{1}
	for ri := 0; ri < 2; ri++ {
		h := goCommitment(rs[ri].ReceiptID, step, mal, salt)
		e.ok(attacker, mal, re.PackExecute(d.Disputes, disputesABI.PackCommitChallenge(de.p.hdr.Index, de.p.hash, h)))
	}
	c.Sim.Commit()
	second := de.reveal(1, step, salt, testProof(goPublicInputs(rs[1], step, mal)))
	e.ok(attacker, mal, re.PackArm(d.Disputes, second))
	e.ok(attacker, mal, re.PackExecute(d.Disputes, de.reveal(0, step, salt, testProof(goPublicInputs(rs[0], step, mal)))))
	checkReentry(e, mal, "ReentrancyGuardReentrantCall")
	if call(e, d.Disputes, disputesABI.PackSlashed(rs[1].ReceiptID), disputesABI.UnpackSlashed) {
		t.Fatal("re-entered reveal slashed a second receipt")
	}
	if acc := call(e, d.Rollup, rollupABI.PackAccountedEscrow(), rollupABI.UnpackAccountedEscrow); acc.Cmp(call(e, hookAddr, hook.PackBalanceOf(d.Rollup), hook.UnpackBalanceOf)) != 0 {
		t.Fatal("escrow books differ from the balance after the attacks")
	}
}

// checkReentry: the receiver tried exactly once and failed with `want`;
// then it is disarmed for the next scenario.
func checkReentry(e *env, mal common.Address, want string) {
	e.t.Helper()
	re := testonly.NewReenterer()
	if n := call(e, mal, re.PackAttempts(), re.UnpackAttempts); n.Int64() != 1 {
		e.t.Fatalf("re-entry attempts %v, want 1 (the hook did not fire)", n)
	}
	if n := call(e, mal, re.PackSuccesses(), re.UnpackSuccesses); n.Sign() != 0 {
		e.t.Fatal("re-entry succeeded")
	}
	data := call(e, mal, re.PackLastRevert(), re.UnpackLastRevert)
	if got := l1.RevertNameOf(data, nil); got != want {
		e.t.Fatalf("re-entry failed with %q, want %s", got, want)
	}
	e.ok(attacker, mal, re.PackReset())
}
