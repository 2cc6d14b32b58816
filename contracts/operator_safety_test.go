package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

var secp256k1N, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaae6dce6af48a03bbfd25e8cd0364141", 16)

// signAuth signs leaf r for the deployment at rollup on chainID with key.
func signAuth(t *testing.T, key int, chainID uint64, rollup common.Address, r l1iface.ReceiptLeaf) *l1iface.ReceiptAuth {
	t.Helper()
	a := &l1iface.ReceiptAuth{JobID: testJobID(&r), Nonce: 7, MaxFee: uint256.NewInt(1e15), GPUMillis: 1234}
	if err := l1iface.SignReceiptAuth(l1test.Key(key), l1iface.DomainSeparator(chainID, rollup), &r, a); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestRevealNeedsProviderSignature: Disputes slashes only a leaf its
// provider signed, under this deployment's domain, with a low-s signature
// over exactly the leaf's fields, and only under the receipt id those
// fields derive. Each other case reverts before anything moves.
func TestRevealNeedsProviderSignature(t *testing.T) {
	d := newDisputeEnv(t)
	step := bindings.DisputesStep{Row: 1, Layer: 1, Output: 0, ClassId: 1}
	salt := [32]byte{9}
	d.commit(challenger, 0, step, salt)
	leaf := d.receipts[0]
	chain := d.c.ChainID.Uint64()
	reveal := func(a *l1iface.ReceiptAuth) []byte {
		return disputesABI.PackRevealChallenge(d.p.hdr.Index, d.p.hash, toBindReceipt(0, leaf), d.p.receiptProof(t, 0),
			step, salt, d.proofFor(0, step, challenger), l1.ReceiptAuthBinding(a))
	}
	// The Go recovery (what the challenger checks before it sends) agrees.
	good := signAuth(t, provider, chain, d.d.Rollup, leaf)
	if who, ok := l1iface.SignerOf(l1iface.DomainSeparator(chain, d.d.Rollup), &leaf, good); !ok || who != d.addr(provider) {
		t.Fatalf("Go recovers %s (%v), want the provider", who, ok)
	}

	cases := map[string]*l1iface.ReceiptAuth{
		"another provider's key":          signAuth(t, other, chain, d.d.Rollup, leaf),
		"another deployment (rollup)":     signAuth(t, provider, chain, d.d.Bonds, leaf),
		"another deployment (chain id)":   signAuth(t, provider, chain+1, d.d.Rollup, leaf),
		"another slash amount signed":     signAuth(t, provider, chain, d.d.Rollup, withSlash(leaf, ether(1))),
		"another buyer signed":            signAuth(t, provider, chain, d.d.Rollup, withBuyer(leaf, d.addr(other))),
		"another trace root signed":       signAuth(t, provider, chain, d.d.Rollup, withTrace(leaf)),
		"high-s form of a good signature": highS(good),
		"v out of range":                  withV(good, 27),
	}
	other := *good
	other.Nonce++ // a signature over nonce 7, presented as nonce 8
	cases["other typed-data fields"] = &other
	for name, a := range cases {
		_, err := d.c.Client.CallContract(d.ctx, callFrom(d.addr(challenger), d.d.Disputes, reveal(a)), nil)
		if got := l1.RevertName(err); got != "NotSignedByProvider" {
			t.Fatalf("%s: %v (%s), want NotSignedByProvider", name, err, got)
		}
	}
	// A receipt id that is not the one the signed fields derive: one
	// signed receipt cannot be slashed twice under two ids.
	bad := *good
	bad.JobID[0] ^= 1
	d.reverts(challenger, d.d.Disputes, reveal(&bad), "ReceiptIdMismatch")
	if b := call(d.env, d.d.Bonds, bondsABI.PackBonded(d.addr(provider)), bondsABI.UnpackBonded); b.Cmp(ether(100)) != 0 {
		t.Fatalf("bond %v after refused reveals", b)
	}
	// The provider's own signature of exactly this leaf slashes.
	d.ok(challenger, d.d.Disputes, reveal(good))
	if b := call(d.env, d.d.Bonds, bondsABI.PackBonded(d.addr(provider)), bondsABI.UnpackBonded); b.Cmp(ether(70)) != 0 {
		t.Fatalf("bond %v after the slash", b)
	}
}

func withSlash(r l1iface.ReceiptLeaf, v *big.Int) l1iface.ReceiptLeaf {
	r.SlashAmount = u256(v)
	return r
}

func withBuyer(r l1iface.ReceiptLeaf, b common.Address) l1iface.ReceiptLeaf { r.Buyer = b; return r }

func withTrace(r l1iface.ReceiptLeaf) l1iface.ReceiptLeaf {
	r.TraceRoot[31] ^= 1
	relabel(&r)
	return r
}

// highS is the same signature in its other form (r, n − s, v ⊕ 1): valid
// for ecrecover, refused by EIP-2's low-s rule.
func highS(a *l1iface.ReceiptAuth) *l1iface.ReceiptAuth {
	b := *a
	s := new(big.Int).Sub(secp256k1N, new(big.Int).SetBytes(a.Sig[32:64]))
	copy(b.Sig[32:64], common.LeftPadBytes(s.Bytes(), 32))
	b.Sig[64] ^= 1
	return &b
}

func withV(a *l1iface.ReceiptAuth, v byte) *l1iface.ReceiptAuth {
	b := *a
	b.Sig[64] = v
	return &b
}

// TestRejectedHeaderStaysRejected: resubmitting a rejected batch's exact
// header would revive commitments made against it; it is refused.
func TestRejectedHeaderStaysRejected(t *testing.T) {
	e := newEnv(t, nil)
	body := []byte("body of batch")
	p1 := e.submit(nil, nil)
	h := crypto.Keccak256Hash([]byte("commitment"))
	e.ok(challenger, e.d.Disputes, disputesABI.PackCommitChallenge(1, p1.hash, h))
	e.ok(admin, e.d.Rollup, rollupABI.PackRejectBatch(1, p1.hash))
	if !call(e, e.d.Rollup, rollupABI.PackRejectedHeader(p1.hash), rollupABI.UnpackRejectedHeader) {
		t.Fatal("rejected header not recorded")
	}
	e.reverts(admin, e.d.Rollup, rollupABI.PackSubmitBatch(toBindHeader(p1.hdr), body), "HeaderRejected")
	// A different replacement is accepted.
	e.next = 1
	r1 := e.header(nil, nil, -1, []byte("replacement"))
	e.submitPosted(r1, []byte("replacement"))
}

// TestSlashShareCannotOverflow: taken × shareBps used to overflow for a
// bond above 2^256 / 10^4 (a revert that made such a provider unslashable);
// mulDiv computes the share exactly.
func TestSlashShareCannotOverflow(t *testing.T) {
	e := newEnv(t, nil)
	huge := new(big.Int).Lsh(big.NewInt(1), 250)
	e.ok(admin, e.d.Token, tokenABI.PackMint(e.addr(provider), huge))
	e.ok(provider, e.d.Bonds, bondsABI.PackBond(huge))
	leaf := receiptLeaf(1, e.addr(provider), e.addr(buyer), huge)
	p := e.submit([]l1iface.ReceiptLeaf{leaf}, nil)
	d := &disputeEnv{env: e, p: p, receipts: []l1iface.ReceiptLeaf{leaf}}
	step := bindings.DisputesStep{Row: 0, Layer: 1, Output: 0, ClassId: 1}
	d.commit(challenger, 0, step, [32]byte{1})
	before := e.balance(e.addr(challenger))
	d.ok(challenger, e.d.Disputes, d.reveal(0, step, [32]byte{1}, d.proofFor(0, step, challenger)))
	want := new(big.Int).Div(new(big.Int).Mul(huge, new(big.Int).SetUint64(e.d.Config.Params.ChallengerShareBps)), big.NewInt(10_000))
	if got := new(big.Int).Sub(e.balance(e.addr(challenger)), before); got.Cmp(want) != 0 {
		t.Fatalf("challenger share %v, want %v", got, want)
	}
}

// TestForceIncludeChecks: forceInclude queues a ForcedTx message with the
// tx's bytes, refuses empty and oversized txs and the types that need the
// job-data store.
func TestForceIncludeChecks(t *testing.T) {
	e := newEnv(t, nil)
	tx := append([]byte{9}, make([]byte, 157)...) // a Withdraw-sized blob; L2 judges its contents
	r := e.ok(buyer, e.d.Rollup, rollupABI.PackForceInclude(tx))
	var ev *bindings.RollupTxForced
	for _, l := range r.Logs {
		if x, err := rollupABI.UnpackTxForcedEvent(l); err == nil {
			ev = x
		}
	}
	if ev == nil || ev.Submitter != e.addr(buyer) || common.Hash(ev.TxHash) != crypto.Keccak256Hash(tx) {
		t.Fatalf("TxForced event %+v", ev)
	}
	if p, ok := e.lastMessage().(*l1iface.ForcedTx); !ok || string(p.Tx) != string(tx) {
		t.Fatalf("ForcedTx message %#v", e.lastMessage())
	}
	for name, bad := range map[string][]byte{
		"empty":        {},
		"oversized":    append([]byte{1}, make([]byte, l1iface.MaxForcedTxBytes)...),
		"SubmitJob":    {6, 0, 0},
		"PostReceipt":  {8, 0, 0},
		"type 0":       {0, 1},
		"unknown type": {10, 1},
	} {
		_, err := e.c.Client.CallContract(e.ctx, callFrom(e.addr(buyer), e.d.Rollup, rollupABI.PackForceInclude(bad)), nil)
		if got := l1.RevertName(err); got != "BadForcedTx" {
			t.Fatalf("%s: %v (%s), want BadForcedTx", name, err, got)
		}
	}
}
