package state

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
	"pgregory.net/rapid"
)

func wantCode(t *testing.T, err error, code Code) {
	t.Helper()
	if CodeOf(err) != code {
		t.Fatalf("got %v, want code %d", err, code)
	}
}

// TestJobLifecycle walks a buyer and a provider through the whole market:
// deposit, bond, register, lease, job, receipt, seal, finalize, withdraw.
func TestJobLifecycle(t *testing.T) {
	h := newHarness(t)
	buyer, prov := 0, 1
	price := eth(2) // per GPU-hour
	h.mustMsg(&l1iface.Deposit{From: h.addrs[buyer], To: h.addrs[buyer], Amount: eth(10)})
	h.mustMsg(&l1iface.Deposit{From: h.addrs[prov], To: h.addrs[prov], Amount: eth(1)})
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[prov], Bond: eth(5)})
	h.mustTx(prov, &RegisterProvider{GPUs: 8, GPUClass: 1, PricePerGPUHour: price, Endpoint: "https://p1"})
	_, err := h.tx(prov, &RegisterProvider{GPUs: 8, PricePerGPUHour: price})
	wantCode(t, err, CodeProviderExists)
	_, err = h.tx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1), Deposit: eth(3), Duration: 100})
	wantCode(t, err, CodePriceMismatch)
	lease := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: price, Deposit: eth(3), Duration: 100}).LeaseID
	h.checkConservation()

	sj := smallJob(lease, 1)
	res := h.mustTx(buyer, sj)
	j, err := h.s.Job(res.JobID)
	if err != nil || j == nil {
		t.Fatal("job not stored", err)
	}
	shape, err := job.Describe(sj.Layers, sj.Rows, l1iface.StepClassBounds())
	if err != nil {
		t.Fatal(err)
	}
	if j.ModelRoot != common.Hash(shape.ModelRoot) || j.MACs != 4*(16*8+8*4) {
		t.Fatalf("job model root or MACs wrong: %d", j.MACs)
	}
	// price = ceil(640 × 2e18 / 3.6e15) = ceil(355555.55…) = 355556
	if !j.Price.Eq(uint256.NewInt(355556)) {
		t.Fatalf("price %s, want 355556", j.Price.Dec())
	}
	// The fee includes storage: storageByteFee × (model + input + trace bytes).
	wantFee := new(uint256.Int).Mul(uint256.NewInt(1e8), uint256.NewInt(shape.ModelBytes+shape.InputBytes+shape.TraceBytes))
	wantFee.Add(wantFee, uint256.NewInt(1e12))
	tx := &Tx{MaxFee: new(uint256.Int), Body: sj}
	wantFee.Add(wantFee, new(uint256.Int).Mul(uint256.NewInt(1e10), uint256.NewInt(uint64(tx.Size()))))
	if !res.Fee.Eq(wantFee) {
		t.Fatalf("SubmitJob fee %s, want %s", res.Fee.Dec(), wantFee.Dec())
	}
	_, err = h.tx(2, &PostReceipt{JobID: res.JobID, TraceRoot: common.Hash{1}})
	wantCode(t, err, CodeNotAuthorized)
	rres := h.mustTx(prov, &PostReceipt{JobID: res.JobID, TraceRoot: common.Hash{7}, GPUMillis: 1500})
	wantID := l1iface.ReceiptID(res.JobID, h.addrs[prov], j.ModelRoot, j.InputRoot, 4, 2, common.Hash{7})
	if rres.ReceiptID != wantID {
		t.Fatal("receipt id is not the content-derived id of docs/l1-interface.md")
	}
	_, err = h.tx(prov, &PostReceipt{JobID: res.JobID, TraceRoot: common.Hash{7}})
	wantCode(t, err, CodeJobNotPending)
	b, _ := h.s.Bond(h.addrs[prov])
	if !b.Exposure.Eq(eth(1)) { // max(minSlash 1e18, 355556 × 3)
		t.Fatalf("exposure %s", b.Exposure.Dec())
	}
	h.mustTx(buyer, &Withdraw{To: h.addrs[buyer], Amount: eth(1)})
	h.checkConservation()
	sd := h.seal()
	if len(sd.Receipts) != 1 || len(sd.Withdrawals) != 1 || sd.Index != 1 {
		t.Fatalf("sealed batch %d with %d receipts, %d withdrawals", sd.Index, len(sd.Receipts), len(sd.Withdrawals))
	}
	if sd.ReceiptsRoot != sd.Receipts[0].Hash(0) || sd.Receipts[0].ReceiptID != wantID {
		t.Fatal("one-receipt root must be its leaf")
	}
	if sd.MessagesConsumed != 3 {
		t.Fatalf("messages consumed %d", sd.MessagesConsumed)
	}
	provBefore, _ := h.s.Account(h.addrs[prov])
	// A finalization with another header hash is refused.
	wantCode(t, h.msg(&l1iface.BatchFinalized{BatchIndex: 1, HeaderHash: common.Hash{9}}), CodeBadMessage)
	wantCode(t, h.msg(&l1iface.BatchFinalized{BatchIndex: 2, HeaderHash: common.Hash{9}}), CodeBadMessage)
	h.mustMsg(&l1iface.BatchFinalized{BatchIndex: 1, HeaderHash: h.headerHash(1)})
	provAfter, _ := h.s.Account(h.addrs[prov])
	if new(uint256.Int).Sub(provAfter.Balance, provBefore.Balance).Uint64() != 355556 {
		t.Fatal("finalization did not pay the provider the price")
	}
	b, _ = h.s.Bond(h.addrs[prov])
	if !b.Exposure.IsZero() {
		t.Fatal("finalization left exposure")
	}
	h.checkConservation()
	// Close the lease: the unreserved escrow returns.
	_, err = h.tx(2, &CloseLease{LeaseID: lease})
	wantCode(t, err, CodeNotAuthorized)
	h.mustTx(buyer, &CloseLease{LeaseID: lease})
	l, _ := h.s.Lease(lease)
	if !l.Escrow.IsZero() || l.Status != LeaseClosed {
		t.Fatal("closed lease keeps escrow")
	}
	_, err = h.tx(buyer, smallJob(lease, 2))
	wantCode(t, err, CodeLeaseClosed)
	h.checkConservation()
	// Nothing may follow a seal in its block.
	if _, err := h.s.Seal(); err != nil {
		t.Fatal(err)
	}
	_, err = h.tx(buyer, &Transfer{To: h.addrs[2], Amount: uint256.NewInt(1)})
	wantCode(t, err, CodeBadBatch)
	if _, err := h.s.Seal(); CodeOf(err) != CodeBadBatch {
		t.Fatalf("second seal in a block: %v", err)
	}
}

func TestSlashingAndBond(t *testing.T) {
	h := newHarness(t)
	buyer, prov := 0, 1
	h.mustMsg(&l1iface.Deposit{To: h.addrs[buyer], Amount: eth(10)})
	h.mustMsg(&l1iface.Deposit{To: h.addrs[prov], Amount: eth(1)})
	h.mustTx(prov, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1)})
	lease := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 1000}).LeaseID
	j1 := h.mustTx(buyer, smallJob(lease, 1)).JobID
	j2 := h.mustTx(buyer, smallJob(lease, 2)).JobID
	// No bond: the receipt cannot be covered.
	_, err := h.tx(prov, &PostReceipt{JobID: j1, TraceRoot: common.Hash{1}})
	wantCode(t, err, CodeBondTooLow)
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[prov], Bond: eth(1)})
	r1 := h.mustTx(prov, &PostReceipt{JobID: j1, TraceRoot: common.Hash{1}}).ReceiptID
	// Exactly one minSlash of bond: the second receipt is not covered.
	_, err = h.tx(prov, &PostReceipt{JobID: j2, TraceRoot: common.Hash{2}})
	wantCode(t, err, CodeBondTooLow)
	h.checkConservation()
	sd := h.seal()
	buyerBefore, _ := h.s.Account(h.addrs[buyer])
	r, _ := h.s.Receipt(r1)
	h.mustMsg(&l1iface.ReceiptSlashed{ReceiptID: r1, BatchIndex: sd.Index, BatchHeaderHash: h.headerHash(sd.Index),
		Provider: h.addrs[prov], Buyer: h.addrs[buyer], SlashAmount: eth(1), Compensation: eth(1)})
	buyerAfter, _ := h.s.Account(h.addrs[buyer])
	gain := new(uint256.Int).Sub(buyerAfter.Balance, buyerBefore.Balance)
	if !gain.Eq(new(uint256.Int).Add(eth(1), r.Price)) {
		t.Fatalf("buyer got %s, want compensation + price", gain.Dec())
	}
	h.checkConservation()
	// The exposure is gone, but the provider is suspended until it bonds
	// back what it had before the slash (docs/economics.md): no receipt,
	// no lease, no job for it until then.
	_, err = h.tx(prov, &PostReceipt{JobID: j2, TraceRoot: common.Hash{2}})
	wantCode(t, err, CodeProviderSuspended)
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[prov], Bond: new(uint256.Int).Sub(eth(2), uint256.NewInt(1))})
	_, err = h.tx(prov, &PostReceipt{JobID: j2, TraceRoot: common.Hash{2}})
	wantCode(t, err, CodeProviderSuspended)
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[prov], Bond: eth(2)})
	h.mustTx(prov, &PostReceipt{JobID: j2, TraceRoot: common.Hash{2}})
	// Finalizing the batch does not pay the slashed receipt.
	provBefore, _ := h.s.Account(h.addrs[prov])
	h.mustMsg(&l1iface.BatchFinalized{BatchIndex: sd.Index, HeaderHash: h.headerHash(sd.Index)})
	provAfter, _ := h.s.Account(h.addrs[prov])
	if !provAfter.Balance.Eq(provBefore.Balance) {
		t.Fatal("a slashed receipt was paid")
	}
	h.checkConservation()
	// A slash of a receipt L2 never held still credits the compensation
	// and blocks the id.
	ghost := common.Hash{0xee}
	h.mustMsg(&l1iface.ReceiptSlashed{ReceiptID: ghost, Buyer: h.addrs[3], SlashAmount: eth(1), Compensation: eth(2)})
	if ok, _ := h.s.SlashedInState(ghost); !ok {
		t.Fatal("ghost id not in the state")
	}
	if ok, _ := h.s.EverSlashed(ghost); !ok {
		t.Fatal("ghost id not remembered")
	}
	h.checkConservation()
}

func TestRejectAndExpiry(t *testing.T) {
	h := newHarness(t)
	buyer, prov := 0, 1
	h.mustMsg(&l1iface.Deposit{To: h.addrs[buyer], Amount: eth(10)})
	h.mustMsg(&l1iface.Deposit{To: h.addrs[prov], Amount: eth(1)})
	h.mustTx(prov, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1000)})
	lease := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1000), Deposit: uint256.NewInt(200_000_000), Duration: 5}).LeaseID
	// price = ceil(640 × 1e21 / 3.6e15) = 177777778
	jid := h.mustTx(buyer, smallJob(lease, 1)).JobID
	_, err := h.tx(buyer, smallJob(lease, 2))
	wantCode(t, err, CodeEscrowTooLow)
	h.mustTx(buyer, &CloseLease{LeaseID: lease})
	l, _ := h.s.Lease(lease)
	if l.Escrow.Uint64() != 177777778 {
		t.Fatalf("closed lease holds %s, want the reserved 177777778", l.Escrow.Dec())
	}
	before, _ := h.s.Account(h.addrs[buyer])
	h.mustTx(prov, &RejectJob{JobID: jid, Reason: 3})
	after, _ := h.s.Account(h.addrs[buyer])
	if after.Balance.Uint64()-before.Balance.Uint64() != 177777778 {
		t.Fatal("rejecting a job of a closed lease did not refund it")
	}
	h.checkConservation()
	// Expiry: a lease past its expiry takes no job.
	lease2 := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1000), Deposit: eth(1), Duration: 3}).LeaseID
	h.commit()
	h.commit()
	_, err = h.tx(buyer, smallJob(lease2, 3))
	wantCode(t, err, CodeLeaseClosed)
	// Anyone may close an expired lease; the refund goes to the buyer.
	h.mustMsg(&l1iface.Deposit{To: h.addrs[3], Amount: eth(1)})
	before, _ = h.s.Account(h.addrs[buyer])
	h.mustTx(3, &CloseLease{LeaseID: lease2})
	after, _ = h.s.Account(h.addrs[buyer])
	if !new(uint256.Int).Sub(after.Balance, before.Balance).Eq(eth(1)) {
		t.Fatal("closing an expired lease did not refund the buyer")
	}
	// Job validation goes through job.Describe.
	lease3 := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1000), Deposit: eth(1), Duration: 300}).LeaseID
	bad := smallJob(lease3, 4)
	bad.Layers[1].Header.In = 9
	_, err = h.tx(buyer, bad)
	wantCode(t, err, CodeBadJob)
	if !errors.Is(err, job.ErrWidthChain) {
		t.Fatalf("width chain error not wrapped: %v", err)
	}
	wide := smallJob(lease3, 5)
	wide.Layers[0].Header.In = 5000
	_, err = h.tx(buyer, wide)
	if !errors.Is(err, job.ErrStepClass) {
		t.Fatalf("a layer wider than every class: %v", err)
	}
	h.mustMsg(&l1iface.ParamsChanged{ParamID: uint8(l1iface.ParamMaxMACsPerReceipt), Value: uint256.NewInt(100)})
	_, err = h.tx(buyer, smallJob(lease3, 6))
	wantCode(t, err, CodeJobTooLarge)
	h.checkConservation()
}

func TestFeesAndNonces(t *testing.T) {
	h := newHarness(t)
	h.mustMsg(&l1iface.Deposit{To: h.addrs[0], Amount: eth(1)})
	tx := &Tx{Nonce: 1, MaxFee: eth(1), Body: &Transfer{To: h.addrs[1], Amount: uint256.NewInt(1)}}
	if err := h.d.Sign(tx, h.keys[0]); err != nil {
		t.Fatal(err)
	}
	v, _ := h.d.Verify(tx)
	_, err := h.s.Apply(v)
	wantCode(t, err, CodeBadNonce)
	tx.Nonce, tx.MaxFee = 0, uint256.NewInt(1)
	_ = h.d.Sign(tx, h.keys[0])
	v, _ = h.d.Verify(tx)
	_, err = h.s.Apply(v)
	wantCode(t, err, CodeFeeTooHigh)
	res := h.mustTx(0, &Transfer{To: h.addrs[1], Amount: uint256.NewInt(5)})
	seq, _ := h.s.Account(h.seq)
	if !seq.Balance.Eq(res.Fee) {
		t.Fatal("the fee did not reach the sequencer")
	}
	_, err = h.tx(1, &Transfer{To: h.addrs[0], Amount: uint256.NewInt(5)})
	wantCode(t, err, CodeInsufficientFunds) // 5 wei but no fee money
	if h.nonce(1) != 0 {
		t.Fatal("a failed tx moved the nonce")
	}
	// Replay of an applied tx fails on its nonce.
	if h.nonce(0) != 1 {
		t.Fatal("nonce did not advance")
	}
	_, err = h.tx(0, &Transfer{To: h.addrs[1], Amount: new(uint256.Int)})
	wantCode(t, err, CodeZeroAmount)
	_, err = h.tx(0, &Withdraw{To: common.Address{}, Amount: uint256.NewInt(1)})
	wantCode(t, err, CodeBadRecipient)
	wantCode(t, h.msg(&l1iface.ParamsChanged{ParamID: 13, Value: uint256.NewInt(1)}), CodeBadMessage)
	wantCode(t, h.s.ApplyL1Message(l1iface.NewMessage(h.nextL1+1, 0, &l1iface.Deposit{Amount: uint256.NewInt(1)})), CodeBadMessage)
	h.checkConservation()
}

// TestRollback seals batches, rolls back, and checks the state and root
// are exactly those at the batch boundary, and that slashed ids survive.
func TestRollback(t *testing.T) {
	h := newHarness(t)
	buyer, prov := 0, 1
	h.mustMsg(&l1iface.Deposit{To: h.addrs[buyer], Amount: eth(10)})
	h.mustMsg(&l1iface.Deposit{To: h.addrs[prov], Amount: eth(1)})
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[prov], Bond: eth(10)})
	h.mustTx(prov, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1)})
	lease := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 1000}).LeaseID
	j1 := h.mustTx(buyer, smallJob(lease, 1)).JobID
	sd1 := h.seal()
	_, root1 := h.s.Head()
	g1, _ := h.s.Globals()
	acc1, _ := h.s.Account(h.addrs[buyer])

	r1 := h.mustTx(prov, &PostReceipt{JobID: j1, TraceRoot: common.Hash{1}}).ReceiptID
	h.mustTx(buyer, &Transfer{To: h.addrs[2], Amount: eth(1)})
	h.commit()
	h.mustTx(buyer, &Withdraw{To: h.addrs[buyer], Amount: eth(1)})
	sd2 := h.seal()
	h.mustMsg(&l1iface.ReceiptSlashed{ReceiptID: r1, BatchIndex: sd2.Index, BatchHeaderHash: h.headerHash(sd2.Index),
		Provider: h.addrs[prov], Buyer: h.addrs[buyer], SlashAmount: eth(1), Compensation: eth(1)})
	h.seal()

	h.s.Discard()
	if err := h.s.Rollback(context.Background(), sd1.Index); err != nil {
		t.Fatal(err)
	}
	if _, root := h.s.Head(); root != root1 {
		t.Fatal("root after rollback differs from the batch boundary's")
	}
	g, _ := h.s.Globals()
	acc, _ := h.s.Account(h.addrs[buyer])
	// The open block after the seal moved the block counters; compare the rest.
	g.BlockNumber, g.BlockTime, g1.BlockNumber, g1.BlockTime = 0, 0, 0, 0
	if *g != *g1 || !acc.Balance.Eq(acc1.Balance) || acc.Nonce != acc1.Nonce {
		t.Fatal("state after rollback differs")
	}
	if r, _ := h.s.Receipt(r1); r != nil {
		t.Fatal("a rolled-back receipt is still there")
	}
	if _, err := h.s.SealBlock(sd2.Index); err == nil {
		t.Fatal("a rolled-back seal is still recorded")
	}
	// The slashed id persists in the node's history (the sequencer's
	// admission rule), not in the rolled-back state.
	if ok, _ := h.s.EverSlashed(r1); !ok {
		t.Fatal("the slashed id was forgotten by the rollback")
	}
	if ok, _ := h.s.SlashedInState(r1); ok {
		t.Fatal("the rolled-back verdict is still in the state")
	}
	head, _ := h.s.Head()
	h.block = head
	h.begin()
	var err error
	// A fresh reopen of the database resumes at the rolled-back head.
	h.s.Discard()
	s2, err := Open(context.Background(), h.db, h.d, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, root := s2.Head(); root != root1 {
		t.Fatal("reopened state has another root")
	}
	// The state tree proves the buyer's account under the root.
	p, err := s2.Prove(accountKey(h.addrs[buyer]))
	if err != nil {
		t.Fatal(err)
	}
	val, _ := leafValue(acc1.encode())
	if !p.Verify(root1, accountKey(h.addrs[buyer]), &val) {
		t.Fatal("account proof fails")
	}
}

// TestConservationProperty runs random tx and message sequences and checks
// the conservation law after every step, with rollbacks in between; once
// with Commit, once with CommitAsync (the re-derivation at the end, with
// ApplyBlock's durable commits, must reach the same root).
func TestConservationProperty(t *testing.T) {
	t.Run("commit=sync", func(t *testing.T) { conservationProperty(t, false) })
	t.Run("commit=async", func(t *testing.T) { conservationProperty(t, true) })
}

func conservationProperty(t *testing.T, async bool) {
	steps := 150
	if testing.Short() {
		steps = 40
	}
	total := map[string]int{}
	defer func() { t.Logf("applied over all runs: %v", total) }()
	rapid.Check(t, func(rt *rapid.T) {
		h := newHarnessTB(t, rt)
		h.async = async
		defer func() {
			for k, v := range h.ok {
				total[k] += v
			}
		}()
		type snap struct {
			dep, comp, wd  *uint256.Int
			receipts, jobs int
			l1             uint64
		}
		snaps := map[uint64]snap{}
		var sealed []uint64
		var leases []uint64
		for step := 0; step < steps; step++ {
			a := rapid.IntRange(0, nActors-1).Draw(rt, "actor")
			o := rapid.IntRange(0, nActors-1).Draw(rt, "other")
			amt := uint256.NewInt(rapid.Uint64Range(0, 2e18).Draw(rt, "amount"))
			big := eth(rapid.Uint64Range(1, 5).Draw(rt, "eth"))
			switch rapid.IntRange(0, 17).Draw(rt, "op") {
			case 0, 1:
				_ = h.msg(&l1iface.Deposit{To: h.addrs[a], Amount: big})
			case 2:
				_ = h.msg(&l1iface.BondChanged{Provider: h.addrs[a], Bond: new(uint256.Int).Add(big, amt)})
			case 3:
				_, _ = h.tx(a, &Transfer{To: h.addrs[o], Amount: amt})
			case 4:
				_, _ = h.tx(a, &Withdraw{To: h.addrs[o], Amount: amt})
			case 5:
				_, _ = h.tx(a, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(uint64(1 + a))})
			case 6:
				// Mostly a registered provider at its price.
				for i := 0; i < nActors; i++ {
					if p, _ := h.s.Provider(h.addrs[(o+i)%nActors]); p != nil && rapid.IntRange(0, 5).Draw(rt, "unregistered") > 0 {
						o = (o + i) % nActors
						break
					}
				}
				deposit := new(uint256.Int).Div(big, uint256.NewInt(10))
				if rapid.IntRange(0, 4).Draw(rt, "tiny deposit") == 0 {
					deposit = amt
				}
				if res, err := h.tx(a, &OpenLease{Provider: h.addrs[o], PricePerGPUHour: eth(uint64(1 + o)), Deposit: deposit, Duration: rapid.Uint64Range(1, 40).Draw(rt, "dur")}); err == nil {
					leases = append(leases, res.LeaseID)
				}
			case 7:
				if len(leases) > 0 {
					_, _ = h.tx(a, &CloseLease{LeaseID: rapid.SampledFrom(leases).Draw(rt, "lease")})
				}
			case 8, 9:
				if len(leases) > 0 {
					id := rapid.SampledFrom(leases).Draw(rt, "lease")
					// Mostly the lease's buyer (the interesting path), sometimes anyone.
					if l, _ := h.s.Lease(id); l != nil && rapid.IntRange(0, 4).Draw(rt, "stranger") > 0 {
						a = h.actor(l.Buyer)
					}
					_, _ = h.tx(a, smallJob(id, byte(step)))
				}
			case 10, 11, 12:
				if len(h.jobs) > 0 {
					id := rapid.SampledFrom(h.jobs).Draw(rt, "job")
					if j, _ := h.s.Job(id); j != nil && rapid.IntRange(0, 4).Draw(rt, "stranger") > 0 {
						a = h.actor(j.Provider)
					}
					if rapid.IntRange(0, 2).Draw(rt, "reject") == 0 {
						_, _ = h.tx(a, &RejectJob{JobID: id})
					} else {
						_, _ = h.tx(a, &PostReceipt{JobID: id, TraceRoot: common.BigToHash(big.ToBig())})
					}
				}
			case 13:
				if len(h.receipts) > 0 {
					id := rapid.SampledFrom(h.receipts).Draw(rt, "receipt")
					r, _ := h.s.Receipt(id)
					buyer := h.addrs[o]
					if r != nil {
						buyer = r.Buyer
					}
					var provider common.Address
					if r != nil {
						provider = r.Provider
					}
					// Forfeiture: the provider's other locked receipts go back
					// to their buyers (the conservation check covers it).
					if h.msg(&l1iface.ReceiptSlashed{ReceiptID: id, Provider: provider, Buyer: buyer, SlashAmount: eth(1), Compensation: amt}) == nil {
						for _, x := range h.receipts {
							if r, _ := h.s.Receipt(x); r != nil && r.Status == ReceiptForfeited && r.Provider == provider {
								h.ok["forfeited receipts"]++
							}
						}
					}
				}
			case 14:
				sd := h.seal()
				sealed = append(sealed, sd.Index)
				snaps[sd.Index] = snap{new(uint256.Int).Set(h.deposits), new(uint256.Int).Set(h.compensations),
					new(uint256.Int).Set(h.withdrawals), len(h.receipts), len(h.jobs), h.nextL1}
				if rapid.Bool().Draw(rt, "finalize") {
					b := rapid.SampledFrom(sealed).Draw(rt, "batch")
					_ = h.msg(&l1iface.BatchFinalized{BatchIndex: b, HeaderHash: h.headerHash(b)})
				}
			case 16, 17:
				// A tx forced through L1: a withdrawal or transfer, with the
				// right nonce or (sometimes) a wrong one, which is skipped.
				var body Body = &Withdraw{To: h.addrs[o], Amount: amt}
				if rapid.Bool().Draw(rt, "forced transfer") {
					body = &Transfer{To: h.addrs[o], Amount: amt}
				}
				h.forced(a, body, uint64(rapid.IntRange(0, 1).Draw(rt, "forced nonce offset")))
			case 15:
				if len(sealed) > 0 && rapid.IntRange(0, 3).Draw(rt, "rollback?") == 0 {
					b := rapid.SampledFrom(sealed).Draw(rt, "rollback to")
					h.s.Discard()
					if err := h.s.Rollback(context.Background(), b); err != nil {
						rt.Fatal(err)
					}
					sn := snaps[b]
					h.deposits, h.compensations, h.withdrawals = sn.dep.Clone(), sn.comp.Clone(), sn.wd.Clone()
					h.receipts, h.jobs, h.nextL1 = h.receipts[:sn.receipts], h.jobs[:sn.jobs], sn.l1
					var keep []uint64
					for _, x := range sealed {
						if x <= b {
							keep = append(keep, x)
						}
					}
					sealed = keep
					g, _ := h.s.Globals()
					var kl []uint64
					for _, l := range leases {
						if l < g.NextLeaseID {
							kl = append(kl, l)
						}
					}
					leases = kl
					h.rolledBack()
				} else {
					h.commit()
				}
			}
			h.checkConservation()
		}
		h.commit()
		h.rederive(t)
	})
}

// TestLeafValuesBatch checks the batched (IFMA) leaf values against the
// scalar definition VC(bytes) for values of every size class.
func TestLeafValuesBatch(t *testing.T) {
	var keys []Key
	vals := map[Key][]byte{}
	for n := 1; n <= 700; n += 7 {
		k := mkKey(99, u64b(uint64(n)))
		v := make([]byte, n)
		for i := range v {
			v[i] = byte(i*31 + n)
		}
		keys = append(keys, k)
		vals[k] = v
	}
	got, err := leafValues(keys, vals)
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range keys {
		want, err := leafValue(vals[k])
		if err != nil {
			t.Fatal(err)
		}
		if got[i] != want {
			t.Fatalf("value of %d bytes: batch %x, scalar %x", len(vals[k]), got[i][:4], want[:4])
		}
	}
}
