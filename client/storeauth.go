package client

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/state"
)

// Blob kinds of the job-data store (docs/rpc.md, "Store").
const (
	KindModel = "model" // job.Model bytes, addressed by the model root
	KindInput = "input" // job.Input bytes, addressed by the input root
	KindTrace = "trace" // job.StoredTrace bytes, addressed by the trace root
)

// UploadTypeString is the EIP-712 type an uploader signs (under the L2
// domain of docs/txs.md), so the store can charge its per-account limits
// to an account and any EIP-712 wallet can sign an upload.
const UploadTypeString = "StoreUpload(string kind,bytes32 contentHash,uint64 size,uint64 expiry)"

// UploadAuth authorizes one upload: the uploader signs the kind, the
// keccak256 of the exact bytes, their length and an expiry (unix seconds;
// the store refuses expired or far-future authorizations).
type UploadAuth struct {
	Kind        string
	ContentHash common.Hash
	Size        uint64
	Expiry      uint64
	Sig         [65]byte // r ‖ s ‖ v, v ∈ {0, 1}, low s
}

// UploadDigest is the EIP-712 signing hash of an upload under d.
func UploadDigest(d *state.Domain, kind string, contentHash common.Hash, size, expiry uint64) common.Hash {
	word := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	typeHash := crypto.Keccak256([]byte(UploadTypeString))
	kh := crypto.Keccak256([]byte(kind))
	sh := crypto.Keccak256(typeHash, kh, contentHash[:], word(size), word(expiry))
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh)
}

// SignUpload returns the authorization of data as a blob of kind, valid
// until expiry, signed with key.
func SignUpload(d *state.Domain, key *ecdsa.PrivateKey, kind string, data []byte, expiry uint64) (*UploadAuth, error) {
	a := &UploadAuth{Kind: kind, ContentHash: crypto.Keccak256Hash(data), Size: uint64(len(data)), Expiry: expiry}
	sig, err := crypto.Sign(UploadDigest(d, kind, a.ContentHash, a.Size, expiry).Bytes(), key)
	if err != nil {
		return nil, fmt.Errorf("sign upload: %w", err)
	}
	copy(a.Sig[:], sig)
	return a, nil
}

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Signer recovers the uploader. It refuses non-canonical signatures
// (v ∉ {0, 1}, high s), as the L2 tx rules do.
func (a *UploadAuth) Signer(d *state.Domain) (common.Address, error) {
	if a.Sig[64] > 1 {
		return common.Address{}, errors.New("upload signature: v must be 0 or 1")
	}
	r, s := new(big.Int).SetBytes(a.Sig[:32]), new(big.Int).SetBytes(a.Sig[32:64])
	if r.Sign() == 0 || s.Sign() == 0 || s.Cmp(secp256k1HalfN) > 0 || r.Cmp(crypto.S256().Params().N) >= 0 {
		return common.Address{}, errors.New("upload signature: r or s out of range (low s required)")
	}
	pub, err := crypto.SigToPub(UploadDigest(d, a.Kind, a.ContentHash, a.Size, a.Expiry).Bytes(), a.Sig[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("upload signature: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
