package l1iface

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// MessageKind is the kind byte of an L1 message.
type MessageKind uint8

// The kinds of docs/l1-interface.md.
const (
	KindDeposit        MessageKind = 1
	KindBondChanged    MessageKind = 2
	KindReceiptSlashed MessageKind = 3
	KindBatchFinalized MessageKind = 4
	KindParamsChanged  MessageKind = 5
	KindForcedTx       MessageKind = 6
)

// MaxForcedTxBytes bounds a forced tx (Rollup.MAX_FORCED_TX_BYTES).
const MaxForcedTxBytes = 1024

func (k MessageKind) String() string {
	switch k {
	case KindDeposit:
		return "Deposit"
	case KindBondChanged:
		return "BondChanged"
	case KindReceiptSlashed:
		return "ReceiptSlashed"
	case KindBatchFinalized:
		return "BatchFinalized"
	case KindParamsChanged:
		return "ParamsChanged"
	case KindForcedTx:
		return "ForcedTx"
	}
	return fmt.Sprintf("MessageKind(%d)", uint8(k))
}

// Message is one entry of the L1 message queue as the Rollup emits it in
// MessageQueued: index, kind, L1 timestamp and the abi-encoded payload.
type Message struct {
	Index     uint64
	Kind      MessageKind
	Timestamp uint64
	Payload   []byte
}

// Hash is msgHash(i) = keccak(abi.encodePacked(uint8 kind, uint64 i, uint64 timestamp, payload)).
func (m *Message) Hash() common.Hash {
	var pre [17]byte
	pre[0] = byte(m.Kind)
	binary.BigEndian.PutUint64(pre[1:9], m.Index)
	binary.BigEndian.PutUint64(pre[9:17], m.Timestamp)
	return keccak(pre[:], m.Payload)
}

// NextRollingHash is rolling[i+1] = keccak(abi.encodePacked(rolling[i], msgHash(i))).
func NextRollingHash(prev, msgHash common.Hash) common.Hash {
	return keccak(prev[:], msgHash[:])
}

// Payload is the decoded payload of one message kind.
type Payload interface {
	Kind() MessageKind
	// Encode is the payload's abi.encode.
	Encode() []byte
}

// Deposit credits To on L2 with tokens that From locked in the Rollup.
type Deposit struct {
	From, To common.Address
	Amount   *uint256.Int
}

// BondChanged sets the provider's L2 bond mirror.
type BondChanged struct {
	Provider common.Address
	Bond     *uint256.Int
}

// ReceiptSlashed is a Disputes verdict.
type ReceiptSlashed struct {
	ReceiptID       common.Hash
	BatchIndex      uint64
	BatchHeaderHash common.Hash
	Provider        common.Address
	Buyer           common.Address
	SlashAmount     *uint256.Int
	Compensation    *uint256.Int
}

// BatchFinalized says that batch BatchIndex with HeaderHash is final on L1.
type BatchFinalized struct {
	BatchIndex uint64
	HeaderHash common.Hash
}

// ParamsChanged sets protocol parameter ParamID to Value.
type ParamsChanged struct {
	ParamID uint8
	Value   *uint256.Int
}

// ForcedTx is a signed L2 tx a user queued through Rollup.forceInclude.
// Tx is its binary encoding (docs/txs.md), not yet decoded: whether it
// decodes and applies is the STF's business, and a failure is recorded on
// L2, never an invalid message.
type ForcedTx struct {
	Tx []byte
}

func (*ForcedTx) Kind() MessageKind { return KindForcedTx }

var forcedTxArgs = args(mustType("bytes"))

// Encode is abi.encode(bytes tx).
func (p *ForcedTx) Encode() []byte { return abiEncode(forcedTxArgs, p.Tx) }

func decodeForcedTx(payload []byte) (Payload, error) {
	// abi.encode(bytes): offset 0x20, length, data zero-padded to words.
	if len(payload) < 64 || len(payload)%32 != 0 {
		return nil, fmt.Errorf("%w: ForcedTx payload of %d bytes", ErrBadPayload, len(payload))
	}
	n := new(big.Int).SetBytes(payload[32:64])
	if !n.IsUint64() || n.Uint64() == 0 || n.Uint64() > MaxForcedTxBytes {
		return nil, fmt.Errorf("%w: ForcedTx of %s bytes, want 1..%d", ErrBadPayload, n, MaxForcedTxBytes)
	}
	l := int(n.Uint64())
	if len(payload) != 64+(l+31)/32*32 {
		return nil, fmt.Errorf("%w: ForcedTx payload of %d bytes for a %d-byte tx", ErrBadPayload, len(payload), l)
	}
	p := &ForcedTx{Tx: append([]byte(nil), payload[64:64+l]...)}
	if !bytes.Equal(p.Encode(), payload) {
		return nil, fmt.Errorf("%w: ForcedTx payload is not canonical", ErrBadPayload)
	}
	return p, nil
}

func (*Deposit) Kind() MessageKind        { return KindDeposit }
func (*BondChanged) Kind() MessageKind    { return KindBondChanged }
func (*ReceiptSlashed) Kind() MessageKind { return KindReceiptSlashed }
func (*BatchFinalized) Kind() MessageKind { return KindBatchFinalized }
func (*ParamsChanged) Kind() MessageKind  { return KindParamsChanged }

var (
	depositArgs        = args(types.addr, types.addr, types.u256)
	bondChangedArgs    = args(types.addr, types.u256)
	receiptSlashedArgs = args(types.b32, types.u64, types.b32, types.addr, types.addr, types.u256, types.u256)
	batchFinalizedArgs = args(types.u64, types.b32)
	paramsChangedArgs  = args(types.u8, types.u256)
)

func (p *Deposit) Encode() []byte { return abiEncode(depositArgs, p.From, p.To, u256(p.Amount)) }
func (p *BondChanged) Encode() []byte {
	return abiEncode(bondChangedArgs, p.Provider, u256(p.Bond))
}
func (p *ReceiptSlashed) Encode() []byte {
	return abiEncode(receiptSlashedArgs, [32]byte(p.ReceiptID), p.BatchIndex, [32]byte(p.BatchHeaderHash),
		p.Provider, p.Buyer, u256(p.SlashAmount), u256(p.Compensation))
}
func (p *BatchFinalized) Encode() []byte {
	return abiEncode(batchFinalizedArgs, p.BatchIndex, [32]byte(p.HeaderHash))
}
func (p *ParamsChanged) Encode() []byte {
	return abiEncode(paramsChangedArgs, p.ParamID, u256(p.Value))
}

// ErrBadPayload is wrapped by every payload decoding failure.
var ErrBadPayload = errors.New("bad L1 message payload")

// DecodePayload decodes the payload of a message of the given kind. It is
// strict: the payload must be exactly the canonical abi.encode of the
// kind's fields (no trailing bytes, zero high bytes in addresses and small
// integers), checked by re-encoding.
func DecodePayload(kind MessageKind, payload []byte) (Payload, error) {
	if kind == KindForcedTx {
		return decodeForcedTx(payload)
	}
	var a abi.Arguments
	switch kind {
	case KindDeposit:
		a = depositArgs
	case KindBondChanged:
		a = bondChangedArgs
	case KindReceiptSlashed:
		a = receiptSlashedArgs
	case KindBatchFinalized:
		a = batchFinalizedArgs
	case KindParamsChanged:
		a = paramsChangedArgs
	default:
		return nil, fmt.Errorf("%w: unknown kind %d", ErrBadPayload, uint8(kind))
	}
	if want := 32 * len(a); len(payload) != want {
		return nil, fmt.Errorf("%w: %s payload is %d bytes, want %d", ErrBadPayload, kind, len(payload), want)
	}
	vals, err := a.UnpackValues(payload)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadPayload, kind, err)
	}
	var p Payload
	switch kind {
	case KindDeposit:
		p = &Deposit{From: vals[0].(common.Address), To: vals[1].(common.Address), Amount: fromBig(vals[2])}
	case KindBondChanged:
		p = &BondChanged{Provider: vals[0].(common.Address), Bond: fromBig(vals[1])}
	case KindReceiptSlashed:
		p = &ReceiptSlashed{
			ReceiptID: vals[0].([32]byte), BatchIndex: vals[1].(uint64), BatchHeaderHash: vals[2].([32]byte),
			Provider: vals[3].(common.Address), Buyer: vals[4].(common.Address),
			SlashAmount: fromBig(vals[5]), Compensation: fromBig(vals[6]),
		}
	case KindBatchFinalized:
		p = &BatchFinalized{BatchIndex: vals[0].(uint64), HeaderHash: vals[1].([32]byte)}
	case KindParamsChanged:
		p = &ParamsChanged{ParamID: vals[0].(uint8), Value: fromBig(vals[1])}
	}
	// The abi decoder accepts non-zero padding in some positions; the
	// canonical form is the only one L1 emits, so anything else is refused.
	if !bytes.Equal(p.Encode(), payload) {
		return nil, fmt.Errorf("%w: %s payload is not canonical", ErrBadPayload, kind)
	}
	return p, nil
}

// Decode decodes the message's payload by its kind.
func (m *Message) Decode() (Payload, error) {
	p, err := DecodePayload(m.Kind, m.Payload)
	if err != nil {
		return nil, fmt.Errorf("L1 message %d: %w", m.Index, err)
	}
	return p, nil
}

// NewMessage builds the queue entry for a payload.
func NewMessage(index, timestamp uint64, p Payload) *Message {
	return &Message{Index: index, Kind: p.Kind(), Timestamp: timestamp, Payload: p.Encode()}
}

func fromBig(v any) *uint256.Int {
	b := v.(*big.Int)
	// A 32-byte word always fits; overflow is impossible here.
	u, _ := uint256.FromBig(b)
	return u
}
