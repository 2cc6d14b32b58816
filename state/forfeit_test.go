package state

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
	"pgregory.net/rapid"
)

// TestForfeiture: a consumed verdict against one receipt refunds every
// other unfinalized receipt of the same provider to its buyer, leaves its
// paid receipts and other providers alone, suspends the provider until it
// bonds back what the slash took, and conserves every wei.
func TestForfeiture(t *testing.T) {
	h := newHarness(t)
	buyerA, buyerB, cheat, honest := 0, 1, 2, 3
	for _, a := range []int{buyerA, buyerB} {
		h.mustMsg(&l1iface.Deposit{To: h.addrs[a], Amount: eth(10)})
	}
	for _, p := range []int{cheat, honest} {
		h.mustMsg(&l1iface.Deposit{To: h.addrs[p], Amount: eth(1)})
		h.mustTx(p, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1000)})
		h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[p], Bond: eth(10)})
	}
	leaseA := h.mustTx(buyerA, &OpenLease{Provider: h.addrs[cheat], PricePerGPUHour: eth(1000), Deposit: eth(1), Duration: 1000}).LeaseID
	leaseB := h.mustTx(buyerB, &OpenLease{Provider: h.addrs[cheat], PricePerGPUHour: eth(1000), Deposit: eth(1), Duration: 1000}).LeaseID
	leaseH := h.mustTx(buyerA, &OpenLease{Provider: h.addrs[honest], PricePerGPUHour: eth(1000), Deposit: eth(1), Duration: 1000}).LeaseID
	seed := byte(0)
	post := func(p int, lease uint64, buyer int) common.Hash {
		seed++
		j := h.mustTx(buyer, smallJob(lease, seed)).JobID
		return h.mustTx(p, &PostReceipt{JobID: j, TraceRoot: common.Hash{seed}}).ReceiptID
	}
	// Batch 1: two receipts of the cheater and one honest; it finalizes
	// before the verdict, so those payments stand.
	paid := []common.Hash{post(cheat, leaseA, buyerA), post(cheat, leaseB, buyerB)}
	honest1 := post(honest, leaseH, buyerA)
	b1 := h.seal()
	h.commit()
	// Batch 2: the false receipt and another; batch 3 (open): two more.
	false1 := post(cheat, leaseA, buyerA)
	unfinal := []common.Hash{post(cheat, leaseB, buyerB)}
	honest2 := post(honest, leaseH, buyerA)
	b2 := h.seal()
	h.commit()
	unfinal = append(unfinal, post(cheat, leaseA, buyerA), post(cheat, leaseB, buyerB))
	h.mustMsg(&l1iface.BatchFinalized{BatchIndex: b1.Index, HeaderHash: h.headerHash(b1.Index)})
	h.checkConservation()
	if b, _ := h.s.Bond(h.addrs[cheat]); b.LockedHead != 2 || b.LockedTail != 6 {
		t.Fatalf("cheater's receipts %d…%d, want 2…6 locked after batch 1", b.LockedHead, b.LockedTail)
	}

	// What each buyer should get back: the false receipt's price and the
	// compensation to A, and every unfinalized price to its buyer.
	want := map[common.Address]*uint256.Int{h.addrs[buyerA]: new(uint256.Int), h.addrs[buyerB]: new(uint256.Int)}
	for _, id := range append([]common.Hash{false1}, unfinal...) {
		r, _ := h.s.Receipt(id)
		if r.Status != ReceiptLocked {
			t.Fatalf("receipt %s not locked before the verdict", id)
		}
		want[r.Buyer].Add(want[r.Buyer], r.Price)
	}
	comp := eth(2)
	want[h.addrs[buyerA]].Add(want[h.addrs[buyerA]], comp)
	before := map[common.Address]*uint256.Int{}
	for a := range want {
		acc, _ := h.s.Account(a)
		before[a] = acc.Balance
	}
	cheatBefore, _ := h.s.Account(h.addrs[cheat])

	// The slash on L1 lowers the bond (BondChanged), then the verdict.
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[cheat], Bond: eth(9)})
	h.mustMsg(&l1iface.ReceiptSlashed{ReceiptID: false1, BatchIndex: b2.Index, BatchHeaderHash: h.headerHash(b2.Index),
		Provider: h.addrs[cheat], Buyer: h.addrs[buyerA], SlashAmount: eth(1), Compensation: comp})
	h.checkConservation()

	for a, w := range want {
		acc, _ := h.s.Account(a)
		if got := new(uint256.Int).Sub(acc.Balance, before[a]); !got.Eq(w) {
			t.Errorf("buyer %s got %s back, want %s", a, got.Dec(), w.Dec())
		}
	}
	if acc, _ := h.s.Account(h.addrs[cheat]); !acc.Balance.Eq(cheatBefore.Balance) {
		t.Error("the convicted provider's balance changed")
	}
	status := func(id common.Hash) uint8 { r, _ := h.s.Receipt(id); return r.Status }
	if s := status(false1); s != ReceiptSlashed {
		t.Errorf("false receipt status %d", s)
	}
	for _, id := range unfinal {
		if s := status(id); s != ReceiptForfeited {
			t.Errorf("unfinalized receipt %s status %d, want forfeited", id, s)
		}
	}
	for _, id := range paid {
		if s := status(id); s != ReceiptPaid {
			t.Errorf("paid receipt %s status %d: a finalized payment was taken back", id, s)
		}
	}
	for _, id := range []common.Hash{honest1, honest2} {
		if s := status(id); s == ReceiptForfeited || s == ReceiptSlashed {
			t.Errorf("the honest provider's receipt %s status %d", id, s)
		}
	}
	b, _ := h.s.Bond(h.addrs[cheat])
	if !b.Suspended || !b.ReinstateBond.Eq(eth(10)) || !b.Exposure.IsZero() || b.LockedHead != b.LockedTail {
		t.Fatalf("after the verdict: %+v (want suspended until 10 tokens, no exposure, nothing locked)", b)
	}

	// Suspended: no receipt, no lease, no job on an open lease.
	j := h.mustTx(buyerA, smallJob(leaseH, 99)).JobID // the honest provider still works
	h.mustTx(honest, &PostReceipt{JobID: j, TraceRoot: common.Hash{0, 99}})
	_, err := h.tx(buyerA, smallJob(leaseA, 100))
	wantCode(t, err, CodeProviderSuspended)
	_, err = h.tx(buyerA, &OpenLease{Provider: h.addrs[cheat], PricePerGPUHour: eth(1000), Deposit: eth(1), Duration: 10})
	wantCode(t, err, CodeProviderSuspended)
	// UpdateProvider does not lift it.
	h.mustTx(cheat, &UpdateProvider{GPUs: 2, PricePerGPUHour: eth(1000), Active: true})
	_, err = h.tx(buyerA, smallJob(leaseA, 100))
	wantCode(t, err, CodeProviderSuspended)

	// Finalizing batches 2 and 3 pays the cheater nothing (its balance
	// moved only by the UpdateProvider's fee since).
	cheatBefore, _ = h.s.Account(h.addrs[cheat])
	b3 := h.seal()
	h.commit()
	h.mustMsg(&l1iface.BatchFinalized{BatchIndex: b2.Index, HeaderHash: h.headerHash(b2.Index)})
	h.mustMsg(&l1iface.BatchFinalized{BatchIndex: b3.Index, HeaderHash: h.headerHash(b3.Index)})
	if acc, _ := h.s.Account(h.addrs[cheat]); !acc.Balance.Eq(cheatBefore.Balance) {
		t.Error("a forfeited or slashed receipt was paid at finalization")
	}
	h.checkConservation()

	// Re-bonding to less than the bond before the slash keeps it
	// suspended; to that bond, it works again.
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[cheat], Bond: new(uint256.Int).Sub(eth(10), uint256.NewInt(1))})
	_, err = h.tx(buyerA, smallJob(leaseA, 101))
	wantCode(t, err, CodeProviderSuspended)
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[cheat], Bond: eth(10)})
	if b, _ := h.s.Bond(h.addrs[cheat]); b.Suspended {
		t.Fatal("still suspended after re-bonding")
	}
	post(cheat, leaseA, buyerA)
	h.checkConservation()
}

// TestForfeitureHeadAdvances: paying receipts at finalization moves the
// provider's LockedHead, so a later conviction walks only what is still
// locked, not the provider's whole history.
func TestForfeitureHeadAdvances(t *testing.T) {
	h := newHarness(t)
	buyer, prov := 0, 1
	h.mustMsg(&l1iface.Deposit{To: h.addrs[buyer], Amount: eth(10)})
	h.mustMsg(&l1iface.Deposit{To: h.addrs[prov], Amount: eth(1)})
	h.mustTx(prov, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1)})
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[prov], Bond: eth(3)})
	lease := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 1000}).LeaseID
	for i := byte(1); i <= 4; i++ {
		j := h.mustTx(buyer, smallJob(lease, i)).JobID
		h.mustTx(prov, &PostReceipt{JobID: j, TraceRoot: common.Hash{i}})
		sd := h.seal()
		h.commit()
		h.mustMsg(&l1iface.BatchFinalized{BatchIndex: sd.Index, HeaderHash: h.headerHash(sd.Index)})
		if b, _ := h.s.Bond(h.addrs[prov]); b.LockedHead != uint64(i) || b.LockedTail != uint64(i) {
			t.Fatalf("after %d paid receipts: head %d tail %d", i, b.LockedHead, b.LockedTail)
		}
	}
	h.checkConservation()
}

// TestForfeitureProperty drives random receipts, seals, finalizations,
// verdicts and re-bonds for three providers and two buyers. After every
// step: conservation and the exposure mirror (checkConservation). After
// every verdict against a receipt L2 holds: each receipt of the provider
// that was locked is now forfeited (or slashed, for the convicted one),
// every buyer got exactly those prices back (plus the compensation), the
// provider holds nothing locked and is suspended; nothing else moved.
// Finally the blocks re-derive to the same root.
func TestForfeitureProperty(t *testing.T) {
	steps := 120
	if testing.Short() {
		steps = 40
	}
	forfeited := 0
	defer func() { t.Logf("receipts forfeited over all runs: %d", forfeited) }()
	rapid.Check(t, func(rt *rapid.T) {
		h := newHarnessTB(t, rt)
		buyers, provs := []int{0, 1}, []int{2, 3, 4}
		leases := map[[2]int]uint64{}
		for _, b := range buyers {
			h.mustMsg(&l1iface.Deposit{To: h.addrs[b], Amount: eth(100)})
		}
		for _, p := range provs {
			h.mustMsg(&l1iface.Deposit{To: h.addrs[p], Amount: eth(1)})
			h.mustTx(p, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1000)})
			h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[p], Bond: eth(rapid.Uint64Range(1, 6).Draw(rt, "bond"))})
			for _, b := range buyers {
				leases[[2]int{b, p}] = h.mustTx(b, &OpenLease{Provider: h.addrs[p], PricePerGPUHour: eth(1000), Deposit: eth(10), Duration: 1 << 30}).LeaseID
			}
		}
		var sealed []uint64
		nextFinal := 0
		seed := byte(0)
		for step := 0; step < steps; step++ {
			b := rapid.SampledFrom(buyers).Draw(rt, "buyer")
			p := rapid.SampledFrom(provs).Draw(rt, "provider")
			switch rapid.IntRange(0, 6).Draw(rt, "op") {
			case 0, 1, 2: // a job and its receipt (refused while suspended or short of bond)
				seed++
				res, err := h.tx(b, smallJob(leases[[2]int{b, p}], seed))
				if err != nil {
					wantCodeOneOf(rt, err, CodeProviderSuspended)
					continue
				}
				tr := common.Hash{0, seed}
				if _, err := h.tx(p, &PostReceipt{JobID: res.JobID, TraceRoot: tr}); err != nil {
					wantCodeOneOf(rt, err, CodeBondTooLow)
					_ = h.mustTx(p, &RejectJob{JobID: res.JobID, Reason: 1})
				}
			case 3:
				sealed = append(sealed, h.seal().Index)
			case 4:
				if nextFinal < len(sealed) {
					bi := sealed[nextFinal]
					nextFinal++
					h.mustMsg(&l1iface.BatchFinalized{BatchIndex: bi, HeaderHash: h.headerHash(bi)})
				}
			case 5: // a verdict against any receipt of L2's
				if len(h.receipts) == 0 {
					continue
				}
				id := rapid.SampledFrom(h.receipts).Draw(rt, "receipt")
				r, _ := h.s.Receipt(id)
				if r == nil {
					continue
				}
				if ok, _ := h.s.SlashedInState(id); ok {
					continue // L1 slashes an id once
				}
				want := map[common.Address]*uint256.Int{}
				before := map[common.Address]*uint256.Int{}
				var locked []common.Hash
				for _, x := range h.receipts {
					o, _ := h.s.Receipt(x)
					if o != nil && o.Provider == r.Provider && o.Status == ReceiptLocked {
						locked = append(locked, x)
						if want[o.Buyer] == nil {
							want[o.Buyer] = new(uint256.Int)
						}
						want[o.Buyer].Add(want[o.Buyer], o.Price)
					}
				}
				comp := uint256.NewInt(rapid.Uint64Range(0, 1e18).Draw(rt, "compensation"))
				if want[r.Buyer] == nil {
					want[r.Buyer] = new(uint256.Int)
				}
				want[r.Buyer].Add(want[r.Buyer], comp)
				for a := 0; a < nActors; a++ {
					acc, _ := h.s.Account(h.addrs[a])
					before[h.addrs[a]] = acc.Balance
				}
				h.mustMsg(&l1iface.ReceiptSlashed{ReceiptID: id, Provider: r.Provider, Buyer: r.Buyer, SlashAmount: eth(1), Compensation: comp})
				for a := 0; a < nActors; a++ {
					acc, _ := h.s.Account(h.addrs[a])
					got := new(uint256.Int).Sub(acc.Balance, before[h.addrs[a]])
					w := want[h.addrs[a]]
					if w == nil {
						w = new(uint256.Int)
					}
					if !got.Eq(w) {
						rt.Fatalf("actor %d got %s back, want %s", a, got.Dec(), w.Dec())
					}
				}
				for _, x := range locked {
					o, _ := h.s.Receipt(x)
					if x == id && o.Status != ReceiptSlashed || x != id && o.Status != ReceiptForfeited {
						rt.Fatalf("receipt %s status %d after the verdict", x, o.Status)
					}
					if x != id {
						forfeited++
					}
				}
				bd, _ := h.s.Bond(r.Provider)
				if !bd.Suspended || !bd.Exposure.IsZero() || bd.LockedHead != bd.LockedTail {
					rt.Fatalf("provider after the verdict: %+v", bd)
				}
			case 6:
				h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[p], Bond: eth(rapid.Uint64Range(0, 12).Draw(rt, "rebond"))})
			}
			h.checkConservation()
		}
		h.commit()
		h.rederive(t)
	})
}

func wantCodeOneOf(t interface{ Fatalf(string, ...any) }, err error, codes ...Code) {
	for _, c := range codes {
		if CodeOf(err) == c {
			return
		}
	}
	t.Fatalf("error %v, want code %v", err, codes)
}
