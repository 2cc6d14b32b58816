package l1iface

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// ReceiptAuth is what a reveal carries besides the receipt leaf to show
// that the leaf's provider signed it (Disputes.revealChallenge's last
// argument, L1Codec.ReceiptAuth): the PostReceipt tx's typed-data fields
// that the leaf lacks, and its signature r ‖ s ‖ v with v ∈ {0, 1}.
type ReceiptAuth struct {
	JobID     common.Hash
	Nonce     uint64
	MaxFee    *uint256.Int
	GPUMillis uint64
	Sig       [65]byte
}

// PostReceiptTypeString is the EIP-712 type of the PostReceipt tx
// (docs/txs.md): every field of the receipt leaf but its position and id,
// plus the job id, nonce, maxFee and metered GPU time.
const PostReceiptTypeString = "PostReceipt(uint64 nonce,uint256 maxFee,bytes32 jobId,address buyer,bytes32 modelRoot,bytes32 inputRoot,uint32 rows,uint32 layers,bytes32 traceRoot,uint256 slashAmount,uint64 gpuMillis)"

var (
	postReceiptTypeHash = crypto.Keccak256Hash([]byte(PostReceiptTypeString))
	domainTypeHash      = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	postReceiptArgs     = args(types.b32, types.u64, types.u256, types.b32, types.addr, types.b32, types.b32,
		types.u32, types.u32, types.b32, types.u256, types.u64)
	domainArgs = args(types.b32, types.b32, types.b32, types.u256, types.addr)
)

// DomainSeparator is the EIP-712 domain separator of L2 txs: {name
// "gpuroll", version "1", chainId, verifyingContract = the Rollup}.
func DomainSeparator(chainID uint64, rollup common.Address) common.Hash {
	return keccak(abiEncode(domainArgs, [32]byte(domainTypeHash), [32]byte(keccak([]byte("gpuroll"))),
		[32]byte(keccak([]byte("1"))), new(big.Int).SetUint64(chainID), rollup))
}

// PostReceiptDigest is the EIP-712 signing hash of the PostReceipt tx that
// posted leaf r with auth a, exactly as Disputes recomputes it on L1.
// state/ hashes the same tx through its generic typed-data code; both must
// agree (tested).
func PostReceiptDigest(domainSeparator common.Hash, r *ReceiptLeaf, a *ReceiptAuth) common.Hash {
	sh := keccak(abiEncode(postReceiptArgs, [32]byte(postReceiptTypeHash), a.Nonce, u256(a.MaxFee),
		[32]byte(a.JobID), r.Buyer, [32]byte(r.ModelRoot), [32]byte(r.InputRoot), r.Rows, r.Layers,
		[32]byte(r.TraceRoot), u256(r.SlashAmount), a.GPUMillis))
	return keccak([]byte{0x19, 0x01}, domainSeparator[:], sh[:])
}

// SignerOf recovers the address that signed leaf r with auth a, as
// Disputes does (low s required, v ∈ {0, 1}). It also checks that the
// leaf's receipt id is the one its fields derive.
func SignerOf(domainSeparator common.Hash, r *ReceiptLeaf, a *ReceiptAuth) (common.Address, bool) {
	if ReceiptID(a.JobID, r.Provider, r.ModelRoot, r.InputRoot, r.Rows, r.Layers, r.TraceRoot) != r.ReceiptID {
		return common.Address{}, false
	}
	if a.Sig[64] > 1 || !crypto.ValidateSignatureValues(a.Sig[64], new(big.Int).SetBytes(a.Sig[:32]), new(big.Int).SetBytes(a.Sig[32:64]), true) {
		return common.Address{}, false
	}
	d := PostReceiptDigest(domainSeparator, r, a)
	pub, err := crypto.SigToPub(d[:], a.Sig[:])
	if err != nil {
		return common.Address{}, false
	}
	return crypto.PubkeyToAddress(*pub), true
}

// SignReceiptAuth signs the PostReceipt typed data of leaf r and auth a
// with key (what a provider's wallet signs for its PostReceipt tx) and
// stores the signature in a.Sig, v ∈ {0, 1}, low s.
func SignReceiptAuth(key *ecdsa.PrivateKey, domainSeparator common.Hash, r *ReceiptLeaf, a *ReceiptAuth) error {
	d := PostReceiptDigest(domainSeparator, r, a)
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return fmt.Errorf("sign receipt %s: %w", r.ReceiptID, err)
	}
	copy(a.Sig[:], sig)
	return nil
}
