package state

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// TxVectorsChainID and TxVectorsRollup are the domain of the tx vectors
// (and of docs/txs.md's worked example).
const (
	TxVectorsChainID = 31337
	TxVectorsRollup  = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
)

// TxVectors is docs/vectors/txs.json: one signed tx of every type, with
// the typed data a wallet signs and every intermediate hash (docs/txs.md,
// "Test vectors").
type TxVectors struct {
	Comment         string     `json:"comment"`
	DomainTypeHash  string     `json:"domainTypeHash"`
	DomainSeparator string     `json:"domainSeparator"`
	Vectors         []TxVector `json:"vectors"`
}

// TxVector is one signed tx.
type TxVector struct {
	Name       string `json:"name"`
	Type       uint8  `json:"type"`
	Signer     string `json:"signer"`     // how the private key is derived
	PrivateKey string `json:"privateKey"` // a test key: never fund it
	Sender     string `json:"sender"`
	// TypedData is the eth_signTypedData_v4 argument: types (with
	// EIP712Domain), primaryType, domain, message.
	TypedData   json.RawMessage `json:"typedData"`
	TypeString  string          `json:"typeString"` // encodeType(primaryType)
	TypeHash    string          `json:"typeHash"`
	HashStruct  string          `json:"hashStruct"`
	SigningHash string          `json:"signingHash"` // what is signed; a SubmitJob's job id
	Signature   TxVectorSig     `json:"signature"`
	Encoded     string          `json:"encoded"` // the binary encoding, signature included
	EncodedLen  int             `json:"encodedLength"`
	// FeeAtDevDefaults is baseFee + byteFee × encodedLength (+
	// storageByteFee × storageBytes) under the dev default parameters.
	FeeAtDevDefaults string       `json:"feeAtDevDefaults"`
	Job              *TxVectorJob `json:"job,omitempty"`       // SubmitJob: what job.Describe derives
	ReceiptID        string       `json:"receiptId,omitempty"` // PostReceipt
}

// TxVectorSig is the signature as the encoding carries it (v ∈ {0, 1}).
type TxVectorSig struct {
	R string `json:"r"`
	S string `json:"s"`
	V uint8  `json:"v"`
}

// TxVectorJob is what the STF derives from a SubmitJob's layers.
type TxVectorJob struct {
	JobID        string `json:"jobId"`
	ModelRoot    string `json:"modelRoot"`
	InputWidth   uint32 `json:"inputWidth"`
	OutputWidth  uint32 `json:"outputWidth"`
	MACs         uint64 `json:"macs"`
	ModelBytes   uint64 `json:"modelBytes"`
	InputBytes   uint64 `json:"inputBytes"`
	TraceBytes   uint64 `json:"traceBytes"`
	StorageBytes uint64 `json:"storageBytes"`
	// Price is ⌈MACs × pricePerGpuHour / 3.6e15⌉ at the OpenLease
	// vector's price.
	Price string `json:"price"`
}

// txVectorKey is keccak("gpuroll test key N"), the key docs/txs.md's worked
// example and the tests use.
func txVectorKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("gpuroll test key %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// txVectorElement is keccak(label) mod p: a canonical BN254 field element.
func txVectorElement(label string) common.Hash {
	x := new(big.Int).SetBytes(crypto.Keccak256([]byte(label)))
	x.Mod(x, fr.Modulus())
	return common.BigToHash(x)
}

// jsonObject is a JSON object that keeps its keys in order (EIP-712 field
// order), for readers of the file.
type jsonObject []jsonField

type jsonField struct {
	Key   string
	Value any
}

func (o jsonObject) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(f.Key)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(f.Value)
		if err != nil {
			return nil, fmt.Errorf("field %s: %w", f.Key, err)
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func typeList(fields []typedField) []jsonObject {
	out := make([]jsonObject, len(fields))
	for i, f := range fields {
		out[i] = jsonObject{{"name", f.Name}, {"type", f.Type}}
	}
	return out
}

func dec64(v uint64) string { return strconv.FormatUint(v, 10) }

func hash32(h [32]byte) string { return hexutil.Encode(h[:]) }

// txMessage is the typed-data message of tx: integers as decimal strings,
// addresses checksummed, bytes32 as 0x hex, bools and strings as JSON's.
func txMessage(tx *Tx) jsonObject {
	m := jsonObject{{"nonce", dec64(tx.Nonce)}, {"maxFee", tx.MaxFee.Dec()}}
	switch b := tx.Body.(type) {
	case *Transfer:
		m = append(m, jsonField{"to", b.To.Hex()}, jsonField{"amount", b.Amount.Dec()})
	case *RegisterProvider:
		m = append(m, jsonField{"gpus", dec64(uint64(b.GPUs))}, jsonField{"gpuClass", dec64(uint64(b.GPUClass))},
			jsonField{"pricePerGpuHour", b.PricePerGPUHour.Dec()}, jsonField{"endpoint", b.Endpoint})
	case *UpdateProvider:
		m = append(m, jsonField{"gpus", dec64(uint64(b.GPUs))}, jsonField{"gpuClass", dec64(uint64(b.GPUClass))},
			jsonField{"pricePerGpuHour", b.PricePerGPUHour.Dec()}, jsonField{"endpoint", b.Endpoint}, jsonField{"active", b.Active})
	case *OpenLease:
		m = append(m, jsonField{"provider", b.Provider.Hex()}, jsonField{"pricePerGpuHour", b.PricePerGPUHour.Dec()},
			jsonField{"deposit", b.Deposit.Dec()}, jsonField{"duration", dec64(b.Duration)})
	case *CloseLease:
		m = append(m, jsonField{"leaseId", dec64(b.LeaseID)})
	case *SubmitJob:
		layers := make([]jsonObject, len(b.Layers))
		for i, l := range b.Layers {
			layers[i] = jsonObject{{"inWidth", dec64(uint64(l.Header.In))}, {"outWidth", dec64(uint64(l.Header.Out))},
				{"shift", dec64(uint64(l.Header.Shift))}, {"relu", l.Header.ReLU},
				{"biasCommitment", hash32(l.BiasCommitment)}, {"weightRowsRoot", hash32(l.WeightRowsRoot)}}
		}
		m = append(m, jsonField{"leaseId", dec64(b.LeaseID)}, jsonField{"layers", layers},
			jsonField{"rows", dec64(uint64(b.Rows))}, jsonField{"inputRoot", hash32(b.InputRoot)})
	case *RejectJob:
		m = append(m, jsonField{"jobId", hash32(b.JobID)}, jsonField{"reason", dec64(uint64(b.Reason))})
	case *PostReceipt:
		m = append(m, jsonField{"jobId", hash32(b.JobID)}, jsonField{"buyer", b.Buyer.Hex()},
			jsonField{"modelRoot", hash32(b.ModelRoot)}, jsonField{"inputRoot", hash32(b.InputRoot)},
			jsonField{"rows", dec64(uint64(b.Rows))}, jsonField{"layers", dec64(uint64(b.Layers))},
			jsonField{"traceRoot", hash32(b.TraceRoot)}, jsonField{"slashAmount", b.SlashAmount.Dec()},
			jsonField{"gpuMillis", dec64(b.GPUMillis)})
	case *Withdraw:
		m = append(m, jsonField{"to", b.To.Hex()}, jsonField{"amount", b.Amount.Dec()})
	default:
		panic(fmt.Sprintf("txMessage: %T", tx.Body))
	}
	return m
}

var domainFields = []typedField{{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}}

// TypedDataJSON is the eth_signTypedData_v4 argument for tx under d, as
// docs/txs.md describes it: types with EIP712Domain (and Layer for a
// SubmitJob), primaryType, domain (chainId a JSON number), message.
func TypedDataJSON(d *Domain, tx *Tx) ([]byte, error) {
	if !d.ChainID.IsUint64() || d.ChainID.Uint64() > 1<<53 {
		return nil, fmt.Errorf("typed data: chain id %s is not an exact JSON number", d.ChainID.Dec())
	}
	name := tx.Body.typeName()
	types := jsonObject{
		{"EIP712Domain", typeList(domainFields)},
		{name, typeList(append(append([]typedField{}, commonFields...), tx.Body.eip712Fields()...))},
	}
	if tx.Body.Type() == TxSubmitJob {
		types = append(types, jsonField{"Layer", typeList(layerFields)})
	}
	return json.Marshal(jsonObject{
		{"types", types},
		{"primaryType", name},
		{"domain", jsonObject{{"name", DomainName}, {"version", DomainVersion},
			{"chainId", d.ChainID.Uint64()}, {"verifyingContract", d.Rollup.Hex()}}},
		{"message", txMessage(tx)},
	})
}

// txVectorFee is the STF's fee under the dev default parameters.
func txVectorFee(size int, storageBytes uint64) *uint256.Int {
	fee := new(uint256.Int).Mul(l1iface.DevDefault(l1iface.ParamByteFee), uint256.NewInt(uint64(size)))
	fee.Add(fee, l1iface.DevDefault(l1iface.ParamBaseFee))
	return fee.Add(fee, new(uint256.Int).Mul(l1iface.DevDefault(l1iface.ParamStorageByteFee), uint256.NewInt(storageBytes)))
}

// GenerateTxVectors builds docs/vectors/txs.json's content from fixed
// inputs: buyer keccak("gpuroll test key 0"), provider keccak("gpuroll test
// key 1"), domain chainId 31337 and the Rollup of docs/txs.md's worked
// example (its Transfer is the first vector). Deterministic: signatures
// are RFC 6979.
func GenerateTxVectors() (*TxVectors, error) {
	d := NewDomain(TxVectorsChainID, common.HexToAddress(TxVectorsRollup))
	buyerKey, providerKey := txVectorKey(0), txVectorKey(1)
	buyer, provider := crypto.PubkeyToAddress(buyerKey.PublicKey), crypto.PubkeyToAddress(providerKey.PublicKey)
	eth := func(milli uint64) *uint256.Int { // milli-tokens in wei
		return new(uint256.Int).Mul(uint256.NewInt(milli), uint256.NewInt(1_000_000_000_000_000))
	}
	maxFee := eth(1) // 1e15 wei

	price := eth(2500) // the provider's price after its update
	layers := []LayerSpec{
		{Header: job.LayerHeader{In: 24, Out: 16, Shift: 8, ReLU: true},
			BiasCommitment: txVectorElement("vector layer 1 bias"), WeightRowsRoot: txVectorElement("vector layer 1 weights")},
		{Header: job.LayerHeader{In: 16, Out: 8, Shift: 8, ReLU: false},
			BiasCommitment: txVectorElement("vector layer 2 bias"), WeightRowsRoot: txVectorElement("vector layer 2 weights")},
	}
	const rows = 3
	inputRoot := txVectorElement("vector input")
	shape, err := job.Describe(layers, rows, l1iface.StepClassBounds())
	if err != nil {
		return nil, fmt.Errorf("tx vectors: describe job: %w", err)
	}
	jobPrice, err := JobPrice(shape.MACs, price)
	if err != nil {
		return nil, err
	}
	params := DefaultParams(common.Address{}, common.Address{})
	slash, err := SlashAmount(jobPrice, &params)
	if err != nil {
		return nil, err
	}

	type spec struct {
		name   string
		signer int
		tx     *Tx
	}
	submit := &Tx{Nonce: 2, MaxFee: maxFee, Body: &SubmitJob{LeaseID: 0, Layers: layers, Rows: rows, InputRoot: inputRoot}}
	jobID := d.SigningHash(submit) // the signature does not enter it
	traceRoot := txVectorElement("vector trace")
	specs := []spec{
		{"Transfer", 0, &Tx{Nonce: 0, MaxFee: maxFee, Body: &Transfer{To: common.HexToAddress("0x00000000000000000000000000000000000000aa"), Amount: eth(1000)}}},
		{"RegisterProvider", 1, &Tx{Nonce: 0, MaxFee: maxFee, Body: &RegisterProvider{GPUs: 8, GPUClass: 3, PricePerGPUHour: eth(2000), Endpoint: "https://gpu.example:8443/store"}}},
		{"UpdateProvider (active = false)", 1, &Tx{Nonce: 1, MaxFee: maxFee, Body: &UpdateProvider{GPUs: 4, GPUClass: 3, PricePerGPUHour: eth(2000), Endpoint: "", Active: false}}},
		{"UpdateProvider (active = true)", 1, &Tx{Nonce: 2, MaxFee: maxFee, Body: &UpdateProvider{GPUs: 8, GPUClass: 3, PricePerGPUHour: price, Endpoint: "https://gpu.example:8443/store", Active: true}}},
		{"OpenLease", 0, &Tx{Nonce: 1, MaxFee: maxFee, Body: &OpenLease{Provider: provider, PricePerGPUHour: price, Deposit: eth(10000), Duration: 3600}}},
		{"SubmitJob", 0, submit},
		{"RejectJob", 1, &Tx{Nonce: 3, MaxFee: maxFee, Body: &RejectJob{JobID: jobID, Reason: 1}}},
		{"PostReceipt", 1, &Tx{Nonce: 3, MaxFee: maxFee, Body: &PostReceipt{JobID: jobID, Buyer: buyer, ModelRoot: shape.ModelRoot,
			InputRoot: inputRoot, Rows: rows, Layers: uint32(len(layers)), TraceRoot: traceRoot, SlashAmount: slash, GPUMillis: 12}}},
		{"CloseLease", 0, &Tx{Nonce: 3, MaxFee: maxFee, Body: &CloseLease{LeaseID: 0}}},
		{"Withdraw", 0, &Tx{Nonce: 4, MaxFee: maxFee, Body: &Withdraw{To: buyer, Amount: eth(3000)}}},
	}
	keys := []*ecdsa.PrivateKey{buyerKey, providerKey}

	out := &TxVectors{
		Comment: "gpuroll L2 tx vectors, written by `go test ./state -run TestTxVectorsFile -update` (state/txvectors.go); " +
			"fields described in docs/txs.md, section Test vectors. The private keys are public test keys: never fund them.",
		DomainTypeHash:  hash32(keccakStr(encodeType("EIP712Domain", domainFields))),
		DomainSeparator: d.Separator().Hex(),
	}
	for _, s := range specs {
		key := keys[s.signer]
		if err := d.Sign(s.tx, key); err != nil {
			return nil, err
		}
		td, err := TypedDataJSON(d, s.tx)
		if err != nil {
			return nil, err
		}
		enc := s.tx.Encode()
		v := TxVector{
			Name:        s.name,
			Type:        uint8(s.tx.Body.Type()),
			Signer:      fmt.Sprintf("keccak(\"gpuroll test key %d\")", s.signer),
			PrivateKey:  hexutil.Encode(crypto.FromECDSA(key)),
			Sender:      crypto.PubkeyToAddress(key.PublicKey).Hex(),
			TypedData:   td,
			TypeString:  TypeString(s.tx.Body),
			TypeHash:    hash32(keccakStr(TypeString(s.tx.Body))),
			HashStruct:  s.tx.StructHash().Hex(),
			SigningHash: d.SigningHash(s.tx).Hex(),
			Signature:   TxVectorSig{R: hexutil.Encode(s.tx.Sig[:32]), S: hexutil.Encode(s.tx.Sig[32:64]), V: s.tx.Sig[64]},
			Encoded:     hexutil.Encode(enc),
			EncodedLen:  len(enc),
		}
		var storage uint64
		switch b := s.tx.Body.(type) {
		case *SubmitJob:
			storage = shape.ModelBytes + shape.InputBytes + shape.TraceBytes
			v.Job = &TxVectorJob{JobID: jobID.Hex(), ModelRoot: hash32(shape.ModelRoot), InputWidth: shape.InputWidth,
				OutputWidth: shape.OutputWidth, MACs: shape.MACs, ModelBytes: shape.ModelBytes, InputBytes: shape.InputBytes,
				TraceBytes: shape.TraceBytes, StorageBytes: storage, Price: jobPrice.Dec()}
		case *PostReceipt:
			v.ReceiptID = l1iface.ReceiptID(b.JobID, crypto.PubkeyToAddress(key.PublicKey), b.ModelRoot, b.InputRoot, b.Rows, b.Layers, b.TraceRoot).Hex()
		}
		v.FeeAtDevDefaults = txVectorFee(len(enc), storage).Dec()
		out.Vectors = append(out.Vectors, v)
	}
	return out, nil
}

// MarshalTxVectors is the file's canonical JSON (indented, final newline).
func MarshalTxVectors(v *TxVectors) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal tx vectors: %w", err)
	}
	return append(b, '\n'), nil
}
