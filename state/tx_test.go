package state

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/gpuroll/gpuroll/job"
	"github.com/holiman/uint256"
)

func testDomain() *Domain {
	return NewDomain(31337, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
}

func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("gpuroll test key %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

func rndHash(r *rand.Rand) (h common.Hash) {
	for i := range h {
		h[i] = byte(r.Uint32())
	}
	return
}

func rndAddr(r *rand.Rand) (a common.Address) {
	for i := range a {
		a[i] = byte(r.Uint32())
	}
	return
}

func rndU256(r *rand.Rand) *uint256.Int {
	switch r.IntN(3) {
	case 0:
		return uint256.NewInt(r.Uint64())
	case 1:
		return new(uint256.Int)
	}
	return &uint256.Int{r.Uint64(), r.Uint64(), r.Uint64(), r.Uint64()}
}

// fieldHash is a random canonical field element (a valid commitment).
func fieldHash(r *rand.Rand) common.Hash {
	h := rndHash(r)
	h[0] &= 0x1f
	return h
}

// sampleBodies returns one body of every tx type with random fields.
func sampleBodies(r *rand.Rand) []Body {
	layers := make([]LayerSpec, 1+r.IntN(3))
	for i := range layers {
		layers[i] = LayerSpec{Header: job.LayerHeader{In: 1 + uint32(r.IntN(300)), Out: 1 + uint32(r.IntN(300)), Shift: uint8(r.IntN(32)), ReLU: r.IntN(2) == 1},
			BiasCommitment: fieldHash(r), WeightRowsRoot: fieldHash(r)}
	}
	return []Body{
		&Transfer{To: rndAddr(r), Amount: rndU256(r)},
		&RegisterProvider{GPUs: r.Uint32(), GPUClass: uint8(r.Uint32()), PricePerGPUHour: rndU256(r), Endpoint: "https://gpu.example:8443/x"},
		&UpdateProvider{GPUs: r.Uint32(), GPUClass: uint8(r.Uint32()), PricePerGPUHour: rndU256(r), Endpoint: "", Active: r.IntN(2) == 1},
		&OpenLease{Provider: rndAddr(r), PricePerGPUHour: rndU256(r), Deposit: rndU256(r), Duration: r.Uint64()},
		&CloseLease{LeaseID: r.Uint64()},
		&SubmitJob{LeaseID: r.Uint64(), Layers: layers, Rows: r.Uint32(), InputRoot: fieldHash(r)},
		&RejectJob{JobID: rndHash(r), Reason: uint8(r.Uint32())},
		&PostReceipt{JobID: rndHash(r), Buyer: rndAddr(r), ModelRoot: fieldHash(r), InputRoot: fieldHash(r), Rows: r.Uint32(),
			Layers: r.Uint32(), TraceRoot: fieldHash(r), SlashAmount: rndU256(r), GPUMillis: r.Uint64()},
		&Withdraw{To: rndAddr(r), Amount: rndU256(r)},
	}
}

func signed(t testing.TB, d *Domain, key *ecdsa.PrivateKey, nonce uint64, b Body) *Tx {
	tx := &Tx{Nonce: nonce, MaxFee: uint256.NewInt(1e18), Body: b}
	if err := d.Sign(tx, key); err != nil {
		t.Fatal(err)
	}
	return tx
}

func TestTxRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	d := testDomain()
	for round := 0; round < 20; round++ {
		for _, b := range sampleBodies(r) {
			tx := signed(t, d, testKey(round), r.Uint64(), b)
			enc := tx.Encode()
			got, err := DecodeTx(enc)
			if err != nil {
				t.Fatalf("%s: %v", b.typeName(), err)
			}
			if !bytes.Equal(got.Encode(), enc) {
				t.Fatalf("%s: re-encoding differs", b.typeName())
			}
			v, err := d.Verify(got)
			if err != nil {
				t.Fatal(err)
			}
			if v.Sender != crypto.PubkeyToAddress(testKey(round).PublicKey) {
				t.Fatalf("%s: wrong sender", b.typeName())
			}
			// Every strict prefix fails, and so does a trailing byte.
			for _, cut := range []int{0, 1, len(enc) / 2, len(enc) - 1} {
				if _, err := DecodeTx(enc[:cut]); err == nil {
					t.Fatalf("%s: prefix of %d bytes decoded", b.typeName(), cut)
				}
			}
			if _, err := DecodeTx(append(append([]byte{}, enc...), 0)); CodeOf(err) != CodeMalformed {
				t.Fatalf("%s: trailing byte: %v", b.typeName(), err)
			}
		}
	}
}

func TestTxStrictForms(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	d := testDomain()
	key := testKey(0)
	up := signed(t, d, key, 1, &UpdateProvider{GPUs: 1, PricePerGPUHour: uint256.NewInt(1), Endpoint: "x", Active: true})
	enc := up.Encode()
	// The bool is the byte before the signature.
	bad := append([]byte{}, enc...)
	bad[len(bad)-SigLen-1] = 2
	if _, err := DecodeTx(bad); CodeOf(err) != CodeMalformed {
		t.Fatalf("bool byte 2 accepted: %v", err)
	}
	// A non-printable endpoint byte.
	bad = append([]byte{}, enc...)
	bad[1+8+32+4+1+32+2] = '\n'
	if _, err := DecodeTx(bad); CodeOf(err) != CodeMalformed {
		t.Fatalf("newline in endpoint accepted: %v", err)
	}
	// Unknown type.
	bad = append([]byte{}, enc...)
	bad[0] = 42
	if _, err := DecodeTx(bad); CodeOf(err) != CodeUnknownType {
		t.Fatalf("type 42: %v", err)
	}
	// High-s twin of a valid signature: same signer, different bytes.
	tr := signed(t, d, key, 2, &Transfer{To: rndAddr(r), Amount: uint256.NewInt(5)})
	twin := *tr
	s := new(big.Int).SetBytes(tr.Sig[32:64])
	s.Sub(secp256k1N, s)
	copy(twin.Sig[32:64], math.PaddedBigBytes(s, 32))
	twin.Sig[64] ^= 1
	if _, err := DecodeTx(twin.Encode()); CodeOf(err) != CodeBadSignature {
		t.Fatalf("high-s signature accepted: %v", err)
	}
	// v = 27 (the wallet form) is not the encoding.
	v27 := *tr
	v27.Sig[64] += 27
	if _, err := DecodeTx(v27.Encode()); CodeOf(err) != CodeBadSignature {
		t.Fatalf("v=27 accepted: %v", err)
	}
	// SubmitJob with zero layers or too many.
	sj := &SubmitJob{LeaseID: 1, Layers: nil, Rows: 1}
	tx := signed(t, d, key, 3, sj)
	if _, err := DecodeTx(tx.Encode()); CodeOf(err) != CodeMalformed {
		t.Fatalf("zero layers accepted: %v", err)
	}
	if _, err := DecodeTx(make([]byte, MaxTxBytes+1)); CodeOf(err) != CodeTooLarge {
		t.Fatalf("oversized tx: %v", err)
	}
	// A tampered field changes the signer (so a signature binds every field).
	tr2 := *tr
	tr2.Body = &Transfer{To: tr.Body.(*Transfer).To, Amount: uint256.NewInt(6)}
	v, err := d.Verify(&tr2)
	if err == nil && v.Sender == crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("tampered amount still recovers the signer")
	}
	// Another domain (chain id) recovers another signer.
	v2, err := NewDomain(1, d.Rollup).Verify(tr)
	if err == nil && v2.Sender == crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("signature valid on another chain id")
	}
	if !errors.Is(errf(CodeBadNonce, "x"), &Error{Code: CodeBadNonce}) {
		t.Fatal("errors.Is by code")
	}
}

// typedDataOf builds go-ethereum's apitypes.TypedData for tx: the exact
// structure a wallet receives in eth_signTypedData_v4.
func typedDataOf(d *Domain, tx *Tx) apitypes.TypedData {
	types := apitypes.Types{
		"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
	}
	fields := append(append([]typedField{}, commonFields...), tx.Body.eip712Fields()...)
	var tf []apitypes.Type
	for _, f := range fields {
		tf = append(tf, apitypes.Type{Name: f.Name, Type: f.Type})
	}
	types[tx.Body.typeName()] = tf
	msg := apitypes.TypedDataMessage{"nonce": fmt.Sprint(tx.Nonce), "maxFee": tx.MaxFee.Dec()}
	switch b := tx.Body.(type) {
	case *Transfer:
		msg["to"], msg["amount"] = b.To.Hex(), b.Amount.Dec()
	case *Withdraw:
		msg["to"], msg["amount"] = b.To.Hex(), b.Amount.Dec()
	case *RegisterProvider:
		msg["gpus"], msg["gpuClass"], msg["pricePerGpuHour"], msg["endpoint"] = fmt.Sprint(b.GPUs), fmt.Sprint(b.GPUClass), b.PricePerGPUHour.Dec(), b.Endpoint
	case *UpdateProvider:
		msg["gpus"], msg["gpuClass"], msg["pricePerGpuHour"], msg["endpoint"], msg["active"] = fmt.Sprint(b.GPUs), fmt.Sprint(b.GPUClass), b.PricePerGPUHour.Dec(), b.Endpoint, b.Active
	case *OpenLease:
		msg["provider"], msg["pricePerGpuHour"], msg["deposit"], msg["duration"] = b.Provider.Hex(), b.PricePerGPUHour.Dec(), b.Deposit.Dec(), fmt.Sprint(b.Duration)
	case *CloseLease:
		msg["leaseId"] = fmt.Sprint(b.LeaseID)
	case *SubmitJob:
		var lt []apitypes.Type
		for _, f := range layerFields {
			lt = append(lt, apitypes.Type{Name: f.Name, Type: f.Type})
		}
		types["Layer"] = lt
		var ls []any
		for _, l := range b.Layers {
			ls = append(ls, map[string]any{"inWidth": fmt.Sprint(l.Header.In), "outWidth": fmt.Sprint(l.Header.Out),
				"shift": fmt.Sprint(l.Header.Shift), "relu": l.Header.ReLU,
				"biasCommitment": hexutil.Encode(l.BiasCommitment[:]), "weightRowsRoot": hexutil.Encode(l.WeightRowsRoot[:])})
		}
		msg["leaseId"], msg["layers"], msg["rows"], msg["inputRoot"] = fmt.Sprint(b.LeaseID), ls, fmt.Sprint(b.Rows), b.InputRoot.Hex()
	case *RejectJob:
		msg["jobId"], msg["reason"] = b.JobID.Hex(), fmt.Sprint(b.Reason)
	case *PostReceipt:
		msg["jobId"], msg["buyer"], msg["modelRoot"], msg["inputRoot"] = b.JobID.Hex(), b.Buyer.Hex(), b.ModelRoot.Hex(), b.InputRoot.Hex()
		msg["rows"], msg["layers"], msg["traceRoot"] = fmt.Sprint(b.Rows), fmt.Sprint(b.Layers), b.TraceRoot.Hex()
		msg["slashAmount"], msg["gpuMillis"] = b.SlashAmount.Dec(), fmt.Sprint(b.GPUMillis)
	}
	return apitypes.TypedData{
		Types:       types,
		PrimaryType: tx.Body.typeName(),
		Domain: apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion,
			ChainId: (*math.HexOrDecimal256)(d.ChainID.ToBig()), VerifyingContract: d.Rollup.Hex()},
		Message: msg,
	}
}

// TestEIP712MatchesGeth checks our hand-written hashing against
// go-ethereum's TypedData implementation (what clef and wallets use).
func TestEIP712MatchesGeth(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	d := testDomain()
	for round := 0; round < 5; round++ {
		for _, b := range sampleBodies(r) {
			tx := &Tx{Nonce: r.Uint64(), MaxFee: rndU256(r), Body: b}
			td := typedDataOf(d, tx)
			if got := TypeString(b); got != string(td.EncodeType(td.PrimaryType)) {
				t.Fatalf("%s: type string %q, geth %q", b.typeName(), got, td.EncodeType(td.PrimaryType))
			}
			want, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatalf("%s: geth: %v", b.typeName(), err)
			}
			if got := d.SigningHash(tx); !bytes.Equal(got[:], want) {
				t.Fatalf("%s: signing hash %x, geth %x", b.typeName(), got, want)
			}
		}
	}
}
