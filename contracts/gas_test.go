package contracts_test

import (
	"crypto/rand"
	"fmt"
	"math/big"
	"strings"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"

	"github.com/gpuroll/gpuroll/bindings/testonly"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// TestGasReport measures the gas of every user-facing L1 operation from
// transaction receipts (docs/benchmarks.md):
//
//	go test ./contracts -run TestGasReport -v
//
// It also fails if an operation grows past a budget, so a regression in
// gas shows up in `make test`.
func TestGasReport(t *testing.T) {
	osaka := gasReport(t, "Osaka", true, l1test.Osaka)
	bogota := gasReport(t, "Bogota (EIP-8037 state gas)", false, nil)
	var rows []string
	for i := range osaka {
		rows = append(rows, fmt.Sprintf("| %s | %d | %d | %s |", osaka[i].op, osaka[i].gas, bogota[i].gas, osaka[i].note))
	}
	t.Logf("\n| operation | gas (Osaka) | gas (Bogota, geth dev default) | note |\n|---|---|---|---|\n%s", strings.Join(rows, "\n"))
}

type gasRow struct {
	op   string
	gas  uint64
	note string
}

// gasReport runs every operation once. Budgets apply to the Osaka rules;
// geth's dev chain also activates Bogota (EIP-8037, a draft that prices
// state growth far higher), reported for reference only.
func gasReport(t *testing.T, fork string, enforce bool, opt l1test.Option) []gasRow {
	var opts []l1test.Option
	if opt != nil {
		opts = append(opts, opt)
	}
	e := newEnv(t, nil, opts...)
	var rows []gasRow
	report := func(op string, gas uint64, budget uint64, note string) {
		rows = append(rows, gasRow{op, gas, note})
		if enforce && gas > budget {
			t.Errorf("%s: %s: %d gas, budget %d", fork, op, gas, budget)
		}
	}
	e.ok(buyer, e.d.Rollup, rollupABI.PackDeposit(e.addr(buyer), ether(1)))
	r := e.ok(buyer, e.d.Rollup, rollupABI.PackDeposit(e.addr(other), ether(1)))
	report("deposit", r.GasUsed, 120_000, "second deposit of the sender (warm escrow balance)")

	body := func(n int) []byte {
		b := make([]byte, n)
		_, _ = rand.Read(b) // incompressible: every byte non-zero calldata, the worst case
		for i := range b {
			if b[i] == 0 {
				b[i] = 1
			}
		}
		return b
	}
	var ws []l1iface.WithdrawalLeaf
	for i := 0; i < 8; i++ {
		ws = append(ws, l1iface.WithdrawalLeaf{WithdrawalID: uint64(i), From: e.addr(buyer), To: e.addr(buyer), Amount: u256(big.NewInt(1000))})
	}
	sizes := []int{0, 1024, 10 * 1024, 100 * 1024}
	gas := map[int]uint64{}
	var batches []*posted
	for _, n := range sizes {
		b := body(n)
		p := e.header(nil, ws, -1, b)
		r := e.submitPosted(p, b)
		gas[n] = r.GasUsed
		batches = append(batches, p)
	}
	first := batches[0]
	report("submitBatch, empty body", gas[0], 150_000, "fixed part: header checks, one batch record (5 slots), one event")
	for _, n := range sizes[1:] {
		report(fmt.Sprintf("submitBatch, %d KB body", n/1024), gas[n], 150_000+uint64(n)*42, "random (non-zero) bytes")
	}
	perKB := (gas[100*1024] - gas[0]) / 100
	report("submitBatch, per KB of body", perKB, 42_000, "slope 0→100 KB: EIP-7623's calldata floor (40 gas per non-zero byte) dominates")

	r = e.finalize(first)
	report("finalize", r.GasUsed, 100_000, "queues BatchFinalized")
	r = e.ok(buyer, e.d.Rollup, rollupABI.PackWithdraw(first.hdr.Index, toBindWithdrawal(3, ws[3]), first.withdrawalProof(t, 3)))
	report("withdraw", r.GasUsed, 120_000, "8-leaf tree: 3 proof hashes")

	e.ok(provider, e.d.Bonds, bondsABI.PackBond(ether(100)))
	r = e.ok(provider, e.d.Bonds, bondsABI.PackBond(ether(100)))
	report("bond", r.GasUsed, 120_000, "adding to an existing bond; queues BondChanged")
	r = e.ok(provider, e.d.Bonds, bondsABI.PackUnbond(ether(50)))
	report("unbond", r.GasUsed, 150_000, "queues BondChanged, records the release")
	for _, p := range batches[1:] {
		e.finalize(p)
	}
	e.finalize(e.submit(nil, nil))
	r = e.ok(provider, e.d.Bonds, bondsABI.PackRelease())
	report("release (after finalization)", r.GasUsed, 70_000, "")

	rs := []l1iface.ReceiptLeaf{}
	for i := 0; i < 8; i++ {
		rs = append(rs, receiptLeaf(byte(i), e.addr(provider), e.addr(buyer), ether(10)))
	}
	d := &disputeEnv{env: e, receipts: rs}
	d.p = e.submit(rs, nil)
	step := bindingsStep(1, 2, 3, 1)
	salt := [32]byte{1}
	h := goCommitment(rs[5].ReceiptID, step, e.addr(challenger), salt)
	r = e.ok(challenger, e.d.Disputes, disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, h))
	report("commitChallenge", r.GasUsed, 70_000, "")
	e.c.Sim.Commit()
	// A first slash ever writes fresh counters; measure the second one.
	h0 := goCommitment(rs[4].ReceiptID, step, e.addr(challenger), salt)
	e.ok(challenger, e.d.Disputes, disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, h0))
	e.c.Sim.Commit()
	r0 := e.ok(challenger, e.d.Disputes, d.reveal(4, step, salt, d.proofFor(4, step, challenger)))
	report("revealChallenge (first slash), with the test verifier", r0.GasUsed, 260_000, "")
	proof := d.proofFor(5, step, challenger)
	r = e.ok(challenger, e.d.Disputes, d.reveal(5, step, salt, proof))
	// The test verifier's own share: its execution through a direct call.
	tv := testonly.NewTestStepVerifier()
	in := goPublicInputs(rs[5], step, e.addr(challenger))
	direct, err := e.c.Client.EstimateGas(e.ctx, ethereum.CallMsg{To: &e.d.TestVerifiers[0], Data: tv.PackVerifyStep(proof, in)})
	if err != nil {
		t.Fatal(err)
	}
	calldata := uint64(0)
	for _, b := range tv.PackVerifyStep(proof, in) {
		if b == 0 {
			calldata += 4
		} else {
			calldata += 16
		}
	}
	verifierExec := direct - 21_000 - calldata
	report("revealChallenge (second slash), with the test verifier", r.GasUsed, 240_000, "8-receipt batch (3 proof hashes), 128-byte test proof")
	report("revealChallenge excluding the verifier", r.GasUsed-verifierExec, 230_000,
		fmt.Sprintf("total minus the test verifier's execution (%d); a real proof adds its calldata and the Groth16 check", verifierExec))
	return rows
}
