package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// TestGenesisTreesMustBeEmpty: batch 0 is final from the constructor on, so
// a non-empty withdrawals root in the genesis header would be claimable at
// once against tokens nobody deposited (the escrow of everyone else). The
// constructor must refuse every genesis field docs/contracts.md fixes to
// zero, not only index, parent and the message fields.
func TestGenesisTreesMustBeEmpty(t *testing.T) {
	e := newEnv(t, nil)
	params, _ := e.d.Config.Params.Array()
	w := l1iface.WithdrawalLeaf{WithdrawalID: 0, From: e.addr(attacker), To: e.addr(attacker), Amount: uint256.MustFromBig(ether(100))}
	g := l1.GenesisHeader(common.Hash{1})
	g.WithdrawalsRoot = w.Hash(0)
	code := append(common.FromHex(bindings.RollupMetaData.Bin), rollupABI.PackConstructor(e.d.Token, e.d.Timelock, params, g)...)
	rc, err := e.c.Sender(admin).Send(e.ctx, l1.TxCandidate{Data: code})
	if err == nil {
		// Show what it costs: a buyer deposits, the genesis leaf takes it.
		r := rc.ContractAddress
		e.ok(buyer, e.d.Token, tokenABI.PackApprove(r, ether(100)))
		e.ok(buyer, r, rollupABI.PackDeposit(e.addr(buyer), ether(100)))
		before := e.balance(e.addr(attacker))
		if _, err := e.tx(attacker, r, rollupABI.PackWithdraw(0, toBindWithdrawal(0, w), nil)); err == nil {
			t.Fatalf("genesis with a withdrawals root deployed, and withdrawal 0 paid %v tokens nobody deposited (attacker %v -> %v)",
				ether(100), before, e.balance(e.addr(attacker)))
		}
		t.Fatalf("genesis with a non-zero withdrawals root deployed")
	}
	if got := l1.RevertName(err); got != "BadGenesis" {
		t.Fatalf("genesis with a withdrawals root: %v (%s), want BadGenesis", err, got)
	}
	for _, mut := range map[string]func(*bindings.L1CodecBatchHeader){
		"receiptsRoot": func(h *bindings.L1CodecBatchHeader) { h.ReceiptsRoot = [32]byte{2} },
		"preStateRoot": func(h *bindings.L1CodecBatchHeader) { h.PreStateRoot = [32]byte{3} },
		"bodyHash":     func(h *bindings.L1CodecBatchHeader) { h.BodyHash = [32]byte{4} },
	} {
		g := l1.GenesisHeader(common.Hash{1})
		mut(&g)
		e.deployReverts(bindings.RollupMetaData.Bin, rollupABI.PackConstructor(e.d.Token, e.d.Timelock, params, g), "BadGenesis")
	}
}
