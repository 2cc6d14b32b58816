package state

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var updateTxVectors = flag.Bool("update", false, "rewrite docs/vectors/txs.json")

const txVectorsPath = "../docs/vectors/txs.json"

// TestTxVectorsFile keeps docs/vectors/txs.json equal to the generator's
// output; -update rewrites it.
func TestTxVectorsFile(t *testing.T) {
	v, err := GenerateTxVectors()
	if err != nil {
		t.Fatal(err)
	}
	want, err := MarshalTxVectors(v)
	if err != nil {
		t.Fatal(err)
	}
	if *updateTxVectors {
		if err := os.MkdirAll(filepath.Dir(txVectorsPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(txVectorsPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(txVectorsPath)
	if err != nil {
		t.Fatalf("read %s (run with -update to create it): %v", txVectorsPath, err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from the generator: run go test ./state -run TestTxVectorsFile -update and review the diff", txVectorsPath)
	}
}

func loadTxVectors(t *testing.T) *TxVectors {
	t.Helper()
	b, err := os.ReadFile(txVectorsPath)
	if err != nil {
		t.Fatal(err)
	}
	var v TxVectors
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s: %v", txVectorsPath, err)
	}
	return &v
}

func mustHex(t *testing.T, what, s string) []byte {
	t.Helper()
	b, err := hexutil.Decode(s)
	if err != nil {
		t.Fatalf("%s %q: %v", what, s, err)
	}
	return b
}

// TestTxVectorsGeth checks the committed file on its own terms, the way a
// wallet author would use it: each typedData, fed as JSON to go-ethereum's
// apitypes (what clef implements for eth_signTypedData_v4), gives the
// file's typeHash, hashStruct, domain separator and signingHash; the
// signature recovers the sender from the signingHash and comes from the
// private key; the encoding decodes, verifies to the sender, re-encodes to
// itself and carries the signature.
func TestTxVectorsGeth(t *testing.T) {
	v := loadTxVectors(t)
	seen := map[TxType]int{}
	for _, tv := range v.Vectors {
		var td apitypes.TypedData
		dec := json.NewDecoder(bytes.NewReader(tv.TypedData))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&td); err != nil {
			t.Fatalf("%s: typedData: %v", tv.Name, err)
		}
		if got := string(td.EncodeType(td.PrimaryType)); got != tv.TypeString {
			t.Errorf("%s: geth's encodeType %q, file %q", tv.Name, got, tv.TypeString)
		}
		if got := hexutil.Encode(td.TypeHash(td.PrimaryType)); got != tv.TypeHash {
			t.Errorf("%s: geth's typeHash %s, file %s", tv.Name, got, tv.TypeHash)
		}
		if got := hexutil.Encode(td.TypeHash("EIP712Domain")); got != v.DomainTypeHash {
			t.Errorf("%s: geth's EIP712Domain typeHash %s, file %s", tv.Name, got, v.DomainTypeHash)
		}
		sep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
		if err != nil || sep.String() != v.DomainSeparator {
			t.Errorf("%s: geth's domain separator %s (%v), file %s", tv.Name, sep, err, v.DomainSeparator)
		}
		hs, err := td.HashStruct(td.PrimaryType, td.Message)
		if err != nil || hs.String() != tv.HashStruct {
			t.Errorf("%s: geth's hashStruct %s (%v), file %s", tv.Name, hs, err, tv.HashStruct)
		}
		sh, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatalf("%s: geth: %v", tv.Name, err)
		}
		if got := hexutil.Encode(sh); got != tv.SigningHash {
			t.Errorf("%s: geth's signing hash %s, file %s", tv.Name, got, tv.SigningHash)
		}

		r, s := mustHex(t, "r", tv.Signature.R), mustHex(t, "s", tv.Signature.S)
		if len(r) != 32 || len(s) != 32 || tv.Signature.V > 1 {
			t.Fatalf("%s: signature not r(32) s(32) v∈{0,1}", tv.Name)
		}
		sig := append(append(append([]byte{}, r...), s...), tv.Signature.V)
		pub, err := crypto.SigToPub(sh, sig)
		if err != nil || crypto.PubkeyToAddress(*pub).Hex() != tv.Sender {
			t.Errorf("%s: signature recovers %v (%v), file says %s", tv.Name, pub, err, tv.Sender)
		}
		key, err := crypto.ToECDSA(mustHex(t, "privateKey", tv.PrivateKey))
		if err != nil || crypto.PubkeyToAddress(key.PublicKey).Hex() != tv.Sender {
			t.Errorf("%s: private key is not the sender's (%v)", tv.Name, err)
		} else if again, err := crypto.Sign(sh, key); err != nil || !bytes.Equal(again, sig) {
			t.Errorf("%s: RFC 6979 signature of the signingHash differs from the file's (%v)", tv.Name, err)
		}

		enc := mustHex(t, "encoded", tv.Encoded)
		if len(enc) != tv.EncodedLen {
			t.Errorf("%s: encodedLength %d, encoding has %d bytes", tv.Name, tv.EncodedLen, len(enc))
		}
		tx, err := DecodeTx(enc)
		if err != nil {
			t.Fatalf("%s: decode: %v", tv.Name, err)
		}
		if uint8(tx.Body.Type()) != tv.Type || enc[0] != tv.Type || tx.Body.typeName() != td.PrimaryType {
			t.Errorf("%s: type %d/%s, file says %d/%s", tv.Name, tx.Body.Type(), tx.Body.typeName(), tv.Type, td.PrimaryType)
		}
		if !bytes.Equal(tx.Encode(), enc) || !bytes.Equal(enc[len(enc)-SigLen:], sig) {
			t.Errorf("%s: encoding does not re-encode to itself or does not end with the signature", tv.Name)
		}
		d := NewDomain((*big.Int)(td.Domain.ChainId).Uint64(), common.HexToAddress(td.Domain.VerifyingContract))
		vt, err := d.Verify(tx)
		if err != nil || vt.Sender.Hex() != tv.Sender || vt.Hash.Hex() != tv.SigningHash {
			t.Errorf("%s: decoded tx verifies to %v (%v)", tv.Name, vt, err)
		}
		seen[tx.Body.Type()]++
		if tx.Body.Type() == TxSubmitJob {
			checkVectorJob(t, tv, tx)
		}
	}
	for ty := TxTransfer; ty <= TxWithdraw; ty++ {
		if seen[ty] == 0 {
			t.Errorf("no vector of type %s", ty)
		}
	}
	if seen[TxUpdateProvider] < 2 {
		t.Error("want UpdateProvider with active false and true")
	}
	// The first vector is docs/txs.md's worked example.
	if w := v.Vectors[0]; w.SigningHash != docSigningHash || w.Encoded != docEncoded || w.Sender != docSender ||
		w.HashStruct != docStructHash || w.TypeHash != docTypeHash || v.DomainSeparator != docDomainSeparator {
		t.Error("the Transfer vector is not docs/txs.md's worked example")
	}
}

// checkVectorJob recomputes the SubmitJob vector's derived sizes with
// docs/job-format.md's formulas, independently of job.Describe, and checks
// the width rule docs/txs.md states.
func checkVectorJob(t *testing.T, tv TxVector, tx *Tx) {
	t.Helper()
	b := tx.Body.(*SubmitJob)
	j := tv.Job
	if j == nil {
		t.Fatal("SubmitJob vector without job")
	}
	if j.JobID != tv.SigningHash {
		t.Errorf("job id %s is not the signing hash %s", j.JobID, tv.SigningHash)
	}
	if len(b.Layers) != 2 || b.Layers[0].Header.ReLU == b.Layers[1].Header.ReLU {
		t.Error("want a SubmitJob vector of 2 layers, relu true and false")
	}
	R := uint64(b.Rows)
	model, trace, macs := uint64(7), uint64(0), uint64(0)
	for i, l := range b.Layers {
		in, out := uint64(l.Header.In), uint64(l.Header.Out)
		if i > 0 && l.Header.In != b.Layers[i-1].Header.Out {
			t.Errorf("layer %d's inWidth does not chain", i+1)
		}
		model += 11 + in*out + 4*out
		trace += 4 + 32*((out+30)/31)
		macs += R * in * out
	}
	last := b.Layers[len(b.Layers)-1].Header.Out
	if j.InputWidth != b.Layers[0].Header.In || j.OutputWidth != last {
		t.Errorf("widths in %d out %d, want layer 1's inWidth %d and the last outWidth %d", j.InputWidth, j.OutputWidth, b.Layers[0].Header.In, last)
	}
	input := 13 + R*uint64(b.Layers[0].Header.In)
	trace = 11 + R*trace
	if j.ModelBytes != model || j.InputBytes != input || j.TraceBytes != trace || j.StorageBytes != model+input+trace || j.MACs != macs {
		t.Errorf("job sizes %+v, formulas give model %d input %d trace %d macs %d", *j, model, input, trace, macs)
	}
	// fee = baseFee + byteFee × len + storageByteFee × storage (dev defaults 1e12, 1e10, 1e8).
	fee := new(big.Int).SetUint64(1_000_000_000_000 + 10_000_000_000*uint64(tv.EncodedLen) + 100_000_000*j.StorageBytes)
	if fee.String() != tv.FeeAtDevDefaults {
		t.Errorf("fee %s, formula gives %s", tv.FeeAtDevDefaults, fee)
	}
}
