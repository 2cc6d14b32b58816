package state

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/state/l1iface"
)

// marketWithJob registers actor 1 as a bonded provider, opens a lease from
// actor 0 and submits one job; it returns the job id.
func marketWithJob(t *testing.T) (*harness, common.Hash) {
	h := newHarness(t)
	const buyer, prov = 0, 1
	h.mustMsg(&l1iface.Deposit{To: h.addrs[buyer], Amount: eth(10)})
	h.mustMsg(&l1iface.Deposit{To: h.addrs[prov], Amount: eth(1)})
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[prov], Bond: eth(100)})
	h.mustTx(prov, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1)})
	lease := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 1000}).LeaseID
	return h, h.mustTx(buyer, smallJob(lease, 1)).JobID
}

// TestPostReceiptCarriesTheLeaf: the PostReceipt a provider signs carries
// every field of its receipt leaf; each must be the job's (507) and the
// slash amount the one the price implies (508), so what L1 checks the
// signature against is exactly what L2 holds.
func TestPostReceiptCarriesTheLeaf(t *testing.T) {
	h, jobID := marketWithJob(t)
	const prov = 1
	full := &PostReceipt{JobID: jobID, TraceRoot: common.Hash{7}}
	h.completeReceipt(full)
	for name, c := range map[string]struct {
		mut  func(*PostReceipt)
		code Code
	}{
		"buyer":        {func(b *PostReceipt) { b.Buyer = h.addrs[2] }, CodeReceiptMismatch},
		"model root":   {func(b *PostReceipt) { b.ModelRoot[31] ^= 1 }, CodeReceiptMismatch},
		"input root":   {func(b *PostReceipt) { b.InputRoot[31] ^= 1 }, CodeReceiptMismatch},
		"rows":         {func(b *PostReceipt) { b.Rows++ }, CodeReceiptMismatch},
		"layers":       {func(b *PostReceipt) { b.Layers-- }, CodeReceiptMismatch},
		"slash higher": {func(b *PostReceipt) { b.SlashAmount = new(uint256.Int).AddUint64(b.SlashAmount, 1) }, CodeSlashMismatch},
		"slash lower":  {func(b *PostReceipt) { b.SlashAmount = new(uint256.Int).SubUint64(b.SlashAmount, 1) }, CodeSlashMismatch},
	} {
		b := *full
		b.SlashAmount = new(uint256.Int).Set(full.SlashAmount)
		c.mut(&b)
		if _, err := h.tx(prov, &b); !errors.Is(err, &Error{Code: c.code}) {
			t.Fatalf("%s changed: %v, want code %d", name, err, c.code)
		}
	}
	res := h.mustTx(prov, full)
	r, err := h.s.Receipt(res.ReceiptID)
	if err != nil || r == nil {
		t.Fatal(err)
	}
	// The stored receipt keeps the provider's signed authorization: with
	// the leaf it recovers the provider exactly as Disputes does on L1.
	domain := l1iface.DomainSeparator(h.d.ChainID.Uint64(), h.d.Rollup)
	if who, ok := l1iface.SignerOf(domain, r.Leaf(res.ReceiptID), r.Auth()); !ok || who != h.addrs[prov] {
		t.Fatalf("receipt auth recovers %s (%v), want the provider %s", who, ok, h.addrs[prov])
	}
	// And the L1 digest of the leaf is the signing hash of the tx.
	tx := &Tx{Nonce: r.Nonce, MaxFee: r.MaxFee, Body: full, Sig: r.Sig}
	if got, want := l1iface.PostReceiptDigest(domain, r.Leaf(res.ReceiptID), r.Auth()), h.d.SigningHash(tx); got != want {
		t.Fatalf("L1 digest %s, L2 signing hash %s", got, want)
	}
	h.checkConservation()
}

// TestForcedTx: a tx forced through L1 applies in queue order like a
// sequenced one; one that cannot apply is skipped, its failure recorded,
// and nothing else changes; the message is consumed either way.
func TestForcedTx(t *testing.T) {
	h, jobID := marketWithJob(t)
	const buyer, prov = 0, 1
	before, _ := h.s.Account(h.addrs[buyer])

	res := h.forced(buyer, &Withdraw{To: h.addrs[4], Amount: eth(2)}, 0)
	if res.Status != ForcedApplied || res.Code != 0 {
		t.Fatalf("forced withdrawal: %+v", res)
	}
	after, _ := h.s.Account(h.addrs[buyer])
	if after.Nonce != before.Nonce+1 {
		t.Fatalf("nonce %d after a forced tx, was %d", after.Nonce, before.Nonce)
	}
	sd := h.seal()
	if len(sd.Withdrawals) != 1 || sd.Withdrawals[0].From != h.addrs[buyer] || !sd.Withdrawals[0].Amount.Eq(eth(2)) {
		t.Fatalf("sealed withdrawals %+v", sd.Withdrawals)
	}
	h.checkConservation()

	skip := func(name string, want Code, r *ForcedResult) {
		t.Helper()
		if r.Status != ForcedSkipped || r.Code != want {
			t.Fatalf("%s: %+v, want skipped with code %d", name, r, want)
		}
	}
	root := h.commit()
	skip("bad nonce", CodeBadNonce, h.forced(buyer, &Withdraw{To: h.addrs[4], Amount: eth(1)}, 5))
	skip("low balance", CodeInsufficientFunds, h.forced(buyer, &Withdraw{To: h.addrs[4], Amount: eth(1000)}, 0))
	skip("not decodable", CodeMalformed, h.forcedRaw([]byte{9, 1, 2, 3}, nil))
	garbled := (&Tx{Nonce: 0, MaxFee: uint256.NewInt(1), Body: &Transfer{To: h.addrs[2], Amount: eth(1)}}).Encode()
	garbled[len(garbled)-2] = 0xff // s above n/2
	skip("bad signature", CodeBadSignature, h.forcedRaw(garbled, nil))
	skip("PostReceipt", CodeNotForceable, h.forced(prov, &PostReceipt{JobID: jobID, TraceRoot: common.Hash{1}}, 0))
	// Skipped txs changed nothing but the consumed messages and their
	// records: balances, nonces and the rest are as before.
	now, _ := h.s.Account(h.addrs[buyer])
	if !now.Balance.Eq(after.Balance) || now.Nonce != after.Nonce {
		t.Fatalf("a skipped forced tx changed the account: %+v -> %+v", after, now)
	}
	if g, _ := h.s.Globals(); g.MessagesConsumed != h.nextL1 {
		t.Fatalf("messages consumed %d, queued %d", g.MessagesConsumed, h.nextL1)
	}
	if root == h.commit() {
		t.Fatal("consuming forced messages left the root unchanged")
	}
	h.checkConservation()
	h.rederive(t)
}
