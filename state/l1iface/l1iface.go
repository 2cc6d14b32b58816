// Package l1iface implements docs/l1-interface.md: every byte that crosses
// between the L1 contracts and the L2 ledger. The batch header and its hash,
// the receipt and withdrawal leaves, the keccak Merkle trees over them
// (OpenZeppelin sorted pairs), the L1 message queue hashes and the payloads
// of the five message kinds.
//
// It is a leaf package (go-ethereum's abi, crypto and common only) so that
// both state/ and l1/ can use it; the Solidity side implements the same
// page, and both pass docs/vectors/l1-interface.json.
package l1iface

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// abiTypes are the ABI types used here, built once. They are immutable
// after construction, so sharing them is safe.
type abiTypes struct {
	u8, u32, u64, u256, b32, addr abi.Type
}

func mustType(t string) abi.Type {
	ty, err := abi.NewType(t, "", nil)
	if err != nil {
		// Only reachable with a typo in this file; tests cover every type.
		panic(fmt.Sprintf("l1iface: abi type %q: %v", t, err))
	}
	return ty
}

var types = abiTypes{
	u8:   mustType("uint8"),
	u32:  mustType("uint32"),
	u64:  mustType("uint64"),
	u256: mustType("uint256"),
	b32:  mustType("bytes32"),
	addr: mustType("address"),
}

func args(ts ...abi.Type) abi.Arguments {
	out := make(abi.Arguments, len(ts))
	for i, t := range ts {
		out[i] = abi.Argument{Type: t}
	}
	return out
}

// abiEncode is Solidity's abi.encode for static values. Values are
// uint8/uint32/uint64, *big.Int (uint256), [32]byte and common.Address.
func abiEncode(a abi.Arguments, vals ...any) []byte {
	out, err := a.Pack(vals...)
	if err != nil {
		// The callers pass fixed Go types matching the arguments, so this is
		// a programming error, never an input error.
		panic(fmt.Sprintf("l1iface: abi.encode: %v", err))
	}
	return out
}

// u256 converts a uint256 into the *big.Int the abi package wants; nil is 0.
func u256(v *uint256.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v.ToBig()
}

func keccak(data ...[]byte) common.Hash { return crypto.Keccak256Hash(data...) }

// doubleHash is keccak(bytes.concat(keccak(x))), OpenZeppelin
// StandardMerkleTree's leaf hash.
func doubleHash(x []byte) common.Hash {
	inner := keccak(x)
	return keccak(inner[:])
}

// BatchHeader is the header that Rollup.submitBatch takes.
type BatchHeader struct {
	Index               uint64
	ParentHash          common.Hash
	PreStateRoot        common.Hash
	PostStateRoot       common.Hash
	ReceiptsRoot        common.Hash
	WithdrawalsRoot     common.Hash
	MessagesConsumed    uint64
	MessagesRollingHash common.Hash
	BodyHash            common.Hash
}

var headerArgs = args(types.u64, types.b32, types.b32, types.b32, types.b32, types.b32, types.u64, types.b32, types.b32)

// Encode is abi.encode of the header's fields in order.
func (h *BatchHeader) Encode() []byte {
	return abiEncode(headerArgs, h.Index, [32]byte(h.ParentHash), [32]byte(h.PreStateRoot),
		[32]byte(h.PostStateRoot), [32]byte(h.ReceiptsRoot), [32]byte(h.WithdrawalsRoot),
		h.MessagesConsumed, [32]byte(h.MessagesRollingHash), [32]byte(h.BodyHash))
}

// Hash is headerHash = keccak(abi.encode(fields…)).
func (h *BatchHeader) Hash() common.Hash { return keccak(h.Encode()) }

// ReceiptLeaf is the receipt as the receipts root commits to it, without its
// position (the position is given when hashing).
type ReceiptLeaf struct {
	ReceiptID   common.Hash
	Provider    common.Address
	Buyer       common.Address
	ModelRoot   common.Hash
	InputRoot   common.Hash
	Rows        uint32
	Layers      uint32
	TraceRoot   common.Hash
	SlashAmount *uint256.Int
}

var receiptLeafArgs = args(types.u256, types.b32, types.addr, types.addr, types.b32, types.b32, types.u32, types.u32, types.b32, types.u256)

// Encode is abi.encode(uint256 i, fields…), the preimage of the inner hash.
func (r *ReceiptLeaf) Encode(i uint64) []byte {
	return abiEncode(receiptLeafArgs, new(big.Int).SetUint64(i), [32]byte(r.ReceiptID), r.Provider, r.Buyer,
		[32]byte(r.ModelRoot), [32]byte(r.InputRoot), r.Rows, r.Layers, [32]byte(r.TraceRoot), u256(r.SlashAmount))
}

// Hash is the double-hashed leaf at position i of a receipts tree.
func (r *ReceiptLeaf) Hash(i uint64) common.Hash { return doubleHash(r.Encode(i)) }

var receiptIDArgs = args(types.b32, types.addr, types.b32, types.b32, types.u32, types.u32, types.b32)

// ReceiptID is the content-derived receipt id:
// keccak(abi.encode(jobId, provider, modelRoot, inputRoot, rows, layers, traceRoot)).
// It does not depend on the batch, so a receipt replayed into a replacement
// batch keeps its id (and stays slashed once).
func ReceiptID(jobID common.Hash, provider common.Address, modelRoot, inputRoot common.Hash, rows, layers uint32, traceRoot common.Hash) common.Hash {
	return keccak(abiEncode(receiptIDArgs, [32]byte(jobID), provider, [32]byte(modelRoot), [32]byte(inputRoot), rows, layers, [32]byte(traceRoot)))
}

// WithdrawalLeaf is a withdrawal as the withdrawals root commits to it.
type WithdrawalLeaf struct {
	WithdrawalID uint64
	From         common.Address
	To           common.Address
	Amount       *uint256.Int
}

var withdrawalLeafArgs = args(types.u256, types.u64, types.addr, types.addr, types.u256)

// Encode is abi.encode(uint256 i, withdrawalId, from, to, amount).
func (w *WithdrawalLeaf) Encode(i uint64) []byte {
	return abiEncode(withdrawalLeafArgs, new(big.Int).SetUint64(i), w.WithdrawalID, w.From, w.To, u256(w.Amount))
}

// Hash is the double-hashed leaf at position i of a withdrawals tree.
func (w *WithdrawalLeaf) Hash(i uint64) common.Hash { return doubleHash(w.Encode(i)) }
