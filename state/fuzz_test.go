package state

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

var writeSeeds = flag.Bool("write-fuzz-seeds", false, "rewrite the seed corpora in testdata/fuzz")

func FuzzDecodeTx(f *testing.F) {
	d := testDomain()
	f.Fuzz(func(t *testing.T, b []byte) {
		tx, err := DecodeTx(b)
		if err != nil {
			if CodeOf(err) == 0 {
				t.Fatalf("error without a code: %v", err)
			}
			return
		}
		if !bytes.Equal(tx.Encode(), b) {
			t.Fatal("accepted a non-canonical encoding")
		}
		_, _ = d.Verify(tx)
		_ = d.SigningHash(tx)
	})
}

func FuzzDecodeBatch(f *testing.F) {
	f.Fuzz(func(t *testing.T, body []byte) {
		if bt, err := DecodeBatch(body); err == nil {
			if _, err := bt.Encode(); err != nil {
				t.Fatalf("decoded batch does not re-encode: %v", err)
			}
		}
		// The raw decoder too (fuzzing through brotli rarely reaches it).
		bt, err := DecodeRaw(body)
		if err != nil {
			return
		}
		if !bytes.Equal(bt.EncodeRaw(), body) {
			t.Fatal("accepted a non-canonical raw batch")
		}
	})
}

// stfInput is a fuzz input for the STF: records of actor(1) ‖ flags(1) ‖
// tx encoding. The harness re-signs each tx with the actor's key (with its
// correct nonce unless flags bit 0 is set), so the fuzzer reaches the
// STF's logic instead of stopping at signatures.
func stfInput(recs ...[]byte) []byte { return bytes.Join(recs, nil) }

func stfRecord(actor int, flags byte, b Body) []byte {
	tx := &Tx{MaxFee: uint256.NewInt(1e17), Body: b}
	tx.Sig[31], tx.Sig[63] = 1, 1 // a well-formed placeholder; the harness re-signs
	return append([]byte{byte(actor), flags}, tx.Encode()...)
}

func FuzzSTF(f *testing.F) {
	f.Fuzz(func(t *testing.T, in []byte) {
		h := newHarness(t)
		for i := 0; i < nActors; i++ {
			h.mustMsg(&l1iface.Deposit{To: h.addrs[i], Amount: eth(10)})
			h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[i], Bond: eth(5)})
		}
		d := &dec{b: in}
		for n := 0; d.off < len(in) && n < 64; n++ {
			actor := int(d.u8()) % nActors
			flags := d.u8()
			if d.err != nil {
				return
			}
			tx, err := decodeTx(d)
			if err != nil {
				return
			}
			if flags&1 == 0 {
				tx.Nonce = h.nonce(actor)
			}
			if err := h.d.Sign(tx, h.keys[actor]); err != nil {
				t.Fatal(err)
			}
			v, err := h.d.Verify(tx)
			if err != nil {
				t.Fatal(err)
			}
			res, err := h.s.Apply(v)
			if err != nil {
				if CodeOf(err) == 0 || CodeOf(err) == CodeState {
					t.Fatalf("tx %d: %v", n, err)
				}
			} else {
				switch b := tx.Body.(type) {
				case *PostReceipt:
					h.receipts = append(h.receipts, res.ReceiptID)
				case *Withdraw:
					h.withdrawals.Add(h.withdrawals, b.Amount)
				case *Transfer:
					h.extra[b.To] = true
				}
			}
			switch flags >> 6 {
			case 1:
				h.commit()
			case 2:
				h.seal()
			}
			h.checkConservation()
		}
	})
}

// seedCorpora returns the seed inputs of each fuzz target.
func seedCorpora(t testing.TB) map[string][][]byte {
	r := rand.New(rand.NewPCG(42, 42))
	d := testDomain()
	seeds := map[string][][]byte{}
	for i, b := range sampleBodies(r) {
		tx := signed(t, d, testKey(i), uint64(i), b)
		seeds["FuzzDecodeTx"] = append(seeds["FuzzDecodeTx"], tx.Encode())
	}
	bt := blocksOf(txMix(t, "mixed", 12, 5), 4)
	body, err := bt.Encode()
	if err != nil {
		t.Fatal(err)
	}
	seeds["FuzzDecodeBatch"] = [][]byte{body, bt.EncodeRaw()}
	// A whole market round: register, lease, job, receipt, withdraw.
	jobTx := &Tx{Nonce: 1, MaxFee: uint256.NewInt(1e17), Body: smallJob(0, 1)}
	jobID := d.SigningHash(jobTx) // nonce 1 of actor 0: what the harness will sign
	provider := crypto.PubkeyToAddress(testKey(1).PublicKey)
	seeds["FuzzSTF"] = [][]byte{
		stfInput(
			stfRecord(1, 0, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1)}),
			stfRecord(0, 0, &OpenLease{Provider: provider, PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 100}),
			stfRecord(0, 0, smallJob(0, 1)),
			stfRecord(1, 0, &PostReceipt{JobID: jobID, TraceRoot: common.Hash{31: 1}}),
			stfRecord(0, 0x40, &Transfer{To: common.Address{1}, Amount: eth(1)}),
			stfRecord(0, 0x80, &Withdraw{To: common.Address{2}, Amount: eth(1)}),
		),
		stfInput(stfRecord(2, 1, &CloseLease{LeaseID: 0}), stfRecord(3, 0, &UpdateProvider{GPUs: 1, PricePerGPUHour: eth(1)})),
	}
	return seeds
}

// TestFuzzSeeds runs every seed through its target's checks (so the
// corpora are exercised by `go test` too) and, with -write-fuzz-seeds,
// rewrites testdata/fuzz.
func TestFuzzSeeds(t *testing.T) {
	for name, inputs := range seedCorpora(t) {
		dir := filepath.Join("testdata", "fuzz", name)
		if *writeSeeds {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			for i, in := range inputs {
				content := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", in)
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("seed-%02d", i)), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		entries, err := os.ReadDir(dir)
		if err != nil || len(entries) == 0 {
			t.Fatalf("no seed corpus in %s (run with -write-fuzz-seeds): %v", dir, err)
		}
	}
	// The seeds decode as intended.
	for _, in := range seedCorpora(t)["FuzzDecodeTx"] {
		if _, err := DecodeTx(in); err != nil {
			t.Fatalf("tx seed does not decode: %v", err)
		}
	}
	if _, err := DecodeBatch(seedCorpora(t)["FuzzDecodeBatch"][0]); err != nil {
		t.Fatalf("batch seed does not decode: %v", err)
	}
	// The market seed gets as far as a receipt.
	h := newHarness(t)
	for i := 0; i < nActors; i++ {
		h.mustMsg(&l1iface.Deposit{To: h.addrs[i], Amount: eth(10)})
		h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[i], Bond: eth(5)})
	}
	in := seedCorpora(t)["FuzzSTF"][0]
	d := &dec{b: in}
	for d.off < len(in) {
		actor := int(d.u8())
		d.u8()
		tx, err := decodeTx(d)
		if err != nil {
			t.Fatal(err)
		}
		tx.Nonce = h.nonce(actor)
		h.mustTx(actor, tx.Body)
	}
	if len(h.receipts) != 1 {
		t.Fatal("the market seed does not reach PostReceipt")
	}
}
