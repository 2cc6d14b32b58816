package state

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Domain names one deployment: EIP712Domain{name "gpuroll", version "1",
// chainId = the L1 chain id, verifyingContract = the Rollup address}.
type Domain struct {
	ChainID *uint256.Int
	Rollup  common.Address
	sep     common.Hash
}

// Domain constants of docs/txs.md.
const (
	DomainName    = "gpuroll"
	DomainVersion = "1"
)

// NewDomain builds a domain and its separator.
func NewDomain(chainID uint64, rollup common.Address) *Domain {
	d := &Domain{ChainID: uint256.NewInt(chainID), Rollup: rollup}
	typeHash := keccakStr("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
	d.sep = hashWords(typeHash, keccakStr(DomainName), keccakStr(DomainVersion), d.ChainID.Bytes32(), addrWord(rollup))
	return d
}

// Separator is the EIP-712 domain separator.
func (d *Domain) Separator() common.Hash { return d.sep }

type typedField struct{ Name, Type string }

// commonFields open every primary type.
var commonFields = []typedField{{"nonce", "uint64"}, {"maxFee", "uint256"}}

// layerFields is the SubmitJob's Layer struct.
var layerFields = []typedField{
	{"inWidth", "uint32"}, {"outWidth", "uint32"}, {"shift", "uint8"}, {"relu", "bool"},
	{"biasCommitment", "bytes32"}, {"weightRowsRoot", "bytes32"},
}

func encodeType(name string, fields []typedField) string {
	var sb strings.Builder
	sb.WriteString(name)
	sb.WriteByte('(')
	for i, f := range fields {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(f.Type)
		sb.WriteByte(' ')
		sb.WriteString(f.Name)
	}
	sb.WriteByte(')')
	return sb.String()
}

// TypeString is the EIP-712 encodeType of a tx type (with referenced
// structs appended, as EIP-712 requires).
func TypeString(b Body) string {
	s := encodeType(b.typeName(), append(append([]typedField{}, commonFields...), b.eip712Fields()...))
	if b.Type() == TxSubmitJob {
		s += encodeType("Layer", layerFields)
	}
	return s
}

func keccakStr(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func hashWords(words ...[32]byte) common.Hash {
	buf := make([]byte, 0, 32*len(words))
	for i := range words {
		buf = append(buf, words[i][:]...)
	}
	return crypto.Keccak256Hash(buf)
}

func addrWord(a common.Address) (w [32]byte) { copy(w[12:], a[:]); return }
func u64Word(v uint64) (w [32]byte)          { return uint256.NewInt(v).Bytes32() }
func boolWord(v bool) (w [32]byte) {
	if v {
		w[31] = 1
	}
	return
}
func u256Word(v *uint256.Int) [32]byte {
	if v == nil {
		return [32]byte{}
	}
	return v.Bytes32()
}

func (b *Transfer) eip712Fields() []typedField {
	return []typedField{{"to", "address"}, {"amount", "uint256"}}
}
func (b *Transfer) eip712Words() [][32]byte { return [][32]byte{addrWord(b.To), u256Word(b.Amount)} }

func (b *RegisterProvider) eip712Fields() []typedField {
	return []typedField{{"gpus", "uint32"}, {"gpuClass", "uint8"}, {"pricePerGpuHour", "uint256"}, {"endpoint", "string"}}
}
func (b *RegisterProvider) eip712Words() [][32]byte {
	return [][32]byte{u64Word(uint64(b.GPUs)), u64Word(uint64(b.GPUClass)), u256Word(b.PricePerGPUHour), keccakStr(b.Endpoint)}
}

func (b *UpdateProvider) eip712Fields() []typedField {
	return []typedField{{"gpus", "uint32"}, {"gpuClass", "uint8"}, {"pricePerGpuHour", "uint256"}, {"endpoint", "string"}, {"active", "bool"}}
}
func (b *UpdateProvider) eip712Words() [][32]byte {
	return [][32]byte{u64Word(uint64(b.GPUs)), u64Word(uint64(b.GPUClass)), u256Word(b.PricePerGPUHour), keccakStr(b.Endpoint), boolWord(b.Active)}
}

func (b *OpenLease) eip712Fields() []typedField {
	return []typedField{{"provider", "address"}, {"pricePerGpuHour", "uint256"}, {"deposit", "uint256"}, {"duration", "uint64"}}
}
func (b *OpenLease) eip712Words() [][32]byte {
	return [][32]byte{addrWord(b.Provider), u256Word(b.PricePerGPUHour), u256Word(b.Deposit), u64Word(b.Duration)}
}

func (b *CloseLease) eip712Fields() []typedField { return []typedField{{"leaseId", "uint64"}} }
func (b *CloseLease) eip712Words() [][32]byte    { return [][32]byte{u64Word(b.LeaseID)} }

func (b *SubmitJob) eip712Fields() []typedField {
	return []typedField{{"leaseId", "uint64"}, {"layers", "Layer[]"}, {"rows", "uint32"}, {"inputRoot", "bytes32"}}
}
func (b *SubmitJob) eip712Words() [][32]byte {
	layerType := keccakStr(encodeType("Layer", layerFields))
	hs := make([][32]byte, len(b.Layers))
	for i, l := range b.Layers {
		hs[i] = hashWords(layerType, u64Word(uint64(l.Header.In)), u64Word(uint64(l.Header.Out)),
			u64Word(uint64(l.Header.Shift)), boolWord(l.Header.ReLU), l.BiasCommitment, l.WeightRowsRoot)
	}
	return [][32]byte{u64Word(b.LeaseID), hashWords(hs...), u64Word(uint64(b.Rows)), b.InputRoot}
}

func (b *RejectJob) eip712Fields() []typedField {
	return []typedField{{"jobId", "bytes32"}, {"reason", "uint8"}}
}
func (b *RejectJob) eip712Words() [][32]byte { return [][32]byte{b.JobID, u64Word(uint64(b.Reason))} }

func (b *PostReceipt) eip712Fields() []typedField {
	return []typedField{{"jobId", "bytes32"}, {"buyer", "address"}, {"modelRoot", "bytes32"}, {"inputRoot", "bytes32"},
		{"rows", "uint32"}, {"layers", "uint32"}, {"traceRoot", "bytes32"}, {"slashAmount", "uint256"}, {"gpuMillis", "uint64"}}
}
func (b *PostReceipt) eip712Words() [][32]byte {
	return [][32]byte{b.JobID, addrWord(b.Buyer), b.ModelRoot, b.InputRoot, u64Word(uint64(b.Rows)),
		u64Word(uint64(b.Layers)), b.TraceRoot, u256Word(b.SlashAmount), u64Word(b.GPUMillis)}
}

func (b *Withdraw) eip712Fields() []typedField {
	return []typedField{{"to", "address"}, {"amount", "uint256"}}
}
func (b *Withdraw) eip712Words() [][32]byte { return [][32]byte{addrWord(b.To), u256Word(b.Amount)} }

// StructHash is EIP-712 hashStruct of the tx's message.
func (tx *Tx) StructHash() common.Hash {
	words := make([][32]byte, 0, 8)
	words = append(words, keccakStr(TypeString(tx.Body)), u64Word(tx.Nonce), u256Word(tx.MaxFee))
	words = append(words, tx.Body.eip712Words()...)
	return hashWords(words...)
}

// SigningHash is keccak("\x19\x01" ‖ domainSeparator ‖ hashStruct(tx)),
// what a wallet's eth_signTypedData_v4 signs. For a SubmitJob it is the
// job id.
func (d *Domain) SigningHash(tx *Tx) common.Hash {
	sh := tx.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, d.sep[:], sh[:])
}

// Sign signs tx in place with key.
func (d *Domain) Sign(tx *Tx, key *ecdsa.PrivateKey) error {
	h := d.SigningHash(tx)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return fmt.Errorf("sign %s tx: %w", tx.Body.typeName(), err)
	}
	copy(tx.Sig[:], sig)
	return nil
}

var (
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// checkSigForm enforces the one canonical signature form: 0 < r < n,
// 0 < s ≤ n/2 (EIP-2), v ∈ {0, 1}. Without it (r, n−s, v^1) would be a
// second valid encoding of the same tx.
func checkSigForm(sig [SigLen]byte) error {
	if sig[64] > 1 {
		return errf(CodeBadSignature, "signature v = %d, want 0 or 1", sig[64])
	}
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:64])
	if r.Sign() == 0 || r.Cmp(secp256k1N) >= 0 || s.Sign() == 0 || s.Cmp(secp256k1HalfN) > 0 {
		return errf(CodeBadSignature, "signature r or s out of range (s must be in the lower half)")
	}
	return nil
}

// Verified is a tx with its signer recovered: what the STF applies.
type Verified struct {
	Tx     *Tx
	Sender common.Address
	// Hash is the EIP-712 signing hash: what the sender signed, and the
	// job id of a SubmitJob. It does not cover the sender (two keys that
	// sign the same message share it): a tx is identified by ID.
	Hash common.Hash
	// ID is the tx hash, keccak of its encoding (signature included): the
	// identity of a tx in the mempool, the RPC and the explorer.
	ID   common.Hash
	Size int // encoded length
}

// ID is the tx hash: keccak of the canonical encoding, signature
// included, so it names one signed tx of one sender (docs/txs.md).
func (tx *Tx) ID() common.Hash { return crypto.Keccak256Hash(tx.Encode()) }

// Verify recovers the sender of tx under domain d.
func (d *Domain) Verify(tx *Tx) (*Verified, error) {
	if tx.Body == nil {
		return nil, errf(CodeMalformed, "tx without body")
	}
	if err := checkSigForm(tx.Sig); err != nil {
		return nil, err
	}
	h := d.SigningHash(tx)
	pub, err := crypto.SigToPub(h[:], tx.Sig[:])
	if err != nil {
		return nil, wrapf(CodeBadSignature, err, "recover %s signer", tx.Body.typeName())
	}
	enc := tx.Encode()
	return &Verified{Tx: tx, Sender: crypto.PubkeyToAddress(*pub), Hash: h, ID: crypto.Keccak256Hash(enc), Size: len(enc)}, nil
}
