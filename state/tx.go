package state

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/job"
	"github.com/holiman/uint256"
)

// TxType is the first byte of an encoded user tx.
type TxType uint8

// User tx types (docs/txs.md). Values are part of the encoding: never
// renumber.
const (
	TxTransfer         TxType = 1
	TxRegisterProvider TxType = 2
	TxUpdateProvider   TxType = 3
	TxOpenLease        TxType = 4
	TxCloseLease       TxType = 5
	TxSubmitJob        TxType = 6
	TxRejectJob        TxType = 7
	TxPostReceipt      TxType = 8
	TxWithdraw         TxType = 9
)

func (t TxType) String() string {
	if b := newBody(t); b != nil {
		return b.typeName()
	}
	return fmt.Sprintf("TxType(%d)", uint8(t))
}

// Limits of the encoding.
const (
	// MaxTxBytes bounds one encoded tx (a SubmitJob of 256 layers is ~19 KB).
	MaxTxBytes = 32 << 10
	// MaxEndpointLen bounds a provider's endpoint string.
	MaxEndpointLen = 256
	// SigLen is r ‖ s ‖ v with v ∈ {0, 1}.
	SigLen = 65
)

// Tx is a signed user transaction. Every tx has a nonce (the sender's next
// nonce) and a maxFee: the STF charges baseFee + byteFee × len(encoding)
// (+ storage for SubmitJob) and refuses the tx when that exceeds maxFee, so
// a parameter change never takes more than the signer agreed to.
type Tx struct {
	Nonce  uint64
	MaxFee *uint256.Int
	Body   Body
	// Sig is r ‖ s ‖ v over the EIP-712 signing hash, v ∈ {0, 1}, s in the
	// lower half of the curve order.
	Sig [SigLen]byte
}

// Body is the type-specific part of a tx.
type Body interface {
	Type() TxType
	typeName() string
	encode(e *enc)
	decode(d *dec)
	// eip712 returns the type's fields after nonce and maxFee, for the
	// type string, and their encodeData words.
	eip712Fields() []typedField
	eip712Words() [][32]byte
}

// Transfer moves Amount from the sender to To.
type Transfer struct {
	To     common.Address
	Amount *uint256.Int
}

// RegisterProvider registers the sender as a provider (its bond mirror
// comes from L1 BondChanged messages).
type RegisterProvider struct {
	GPUs            uint32
	GPUClass        uint8
	PricePerGPUHour *uint256.Int // token wei per reference GPU-hour of work
	Endpoint        string
}

// UpdateProvider changes the sender's provider record.
type UpdateProvider struct {
	GPUs            uint32
	GPUClass        uint8
	PricePerGPUHour *uint256.Int
	Endpoint        string
	Active          bool
}

// OpenLease opens a lease with Provider, moving Deposit from the sender's
// balance into the lease escrow. PricePerGPUHour must equal the
// provider's current price (so a price change cannot surprise the buyer).
type OpenLease struct {
	Provider        common.Address
	PricePerGPUHour *uint256.Int
	Deposit         *uint256.Int
	Duration        uint64 // seconds from the block timestamp
}

// CloseLease closes a lease and refunds its unreserved escrow to the buyer.
type CloseLease struct {
	LeaseID uint64
}

// LayerSpec is one layer of a SubmitJob: its header and commitments.
type LayerSpec = job.LayerSpec

// SubmitJob submits a job on an open lease.
type SubmitJob struct {
	LeaseID   uint64
	Layers    []LayerSpec
	Rows      uint32
	InputRoot common.Hash
}

// RejectJob is the provider refusing a malformed job; the reserved escrow
// is released.
type RejectJob struct {
	JobID  common.Hash
	Reason uint8
}

// PostReceipt is the provider's claim that it ran the job with this trace.
// It carries every field of the receipt's leaf (docs/l1-interface.md) but
// the position and id, so the provider's signature covers exactly what it
// can be slashed for: the STF checks each against the job, and Disputes
// slashes only a leaf whose provider signed it.
type PostReceipt struct {
	JobID       common.Hash
	Buyer       common.Address // the job's buyer
	ModelRoot   common.Hash    // the job's model root
	InputRoot   common.Hash    // the job's input root
	Rows        uint32         // the job's rows
	Layers      uint32         // the job's layer count
	TraceRoot   common.Hash
	SlashAmount *uint256.Int // max(minSlash, price × slashMultiplier) at inclusion
	GPUMillis   uint64       // metered GPU time, reported, never billed
}

// Withdraw burns Amount of the sender's L2 balance for To on L1.
type Withdraw struct {
	To     common.Address
	Amount *uint256.Int
}

func (*Transfer) Type() TxType         { return TxTransfer }
func (*RegisterProvider) Type() TxType { return TxRegisterProvider }
func (*UpdateProvider) Type() TxType   { return TxUpdateProvider }
func (*OpenLease) Type() TxType        { return TxOpenLease }
func (*CloseLease) Type() TxType       { return TxCloseLease }
func (*SubmitJob) Type() TxType        { return TxSubmitJob }
func (*RejectJob) Type() TxType        { return TxRejectJob }
func (*PostReceipt) Type() TxType      { return TxPostReceipt }
func (*Withdraw) Type() TxType         { return TxWithdraw }

func (*Transfer) typeName() string         { return "Transfer" }
func (*RegisterProvider) typeName() string { return "RegisterProvider" }
func (*UpdateProvider) typeName() string   { return "UpdateProvider" }
func (*OpenLease) typeName() string        { return "OpenLease" }
func (*CloseLease) typeName() string       { return "CloseLease" }
func (*SubmitJob) typeName() string        { return "SubmitJob" }
func (*RejectJob) typeName() string        { return "RejectJob" }
func (*PostReceipt) typeName() string      { return "PostReceipt" }
func (*Withdraw) typeName() string         { return "Withdraw" }

func newBody(t TxType) Body {
	switch t {
	case TxTransfer:
		return &Transfer{}
	case TxRegisterProvider:
		return &RegisterProvider{}
	case TxUpdateProvider:
		return &UpdateProvider{}
	case TxOpenLease:
		return &OpenLease{}
	case TxCloseLease:
		return &CloseLease{}
	case TxSubmitJob:
		return &SubmitJob{}
	case TxRejectJob:
		return &RejectJob{}
	case TxPostReceipt:
		return &PostReceipt{}
	case TxWithdraw:
		return &Withdraw{}
	}
	return nil
}

func (b *Transfer) encode(e *enc) { e.addr(b.To); e.u256(b.Amount) }
func (b *Transfer) decode(d *dec) { b.To = d.addr(); b.Amount = d.u256() }

func (b *RegisterProvider) encode(e *enc) {
	e.u32(b.GPUs)
	e.u8(b.GPUClass)
	e.u256(b.PricePerGPUHour)
	e.str(b.Endpoint)
}
func (b *RegisterProvider) decode(d *dec) {
	b.GPUs = d.u32()
	b.GPUClass = d.u8()
	b.PricePerGPUHour = d.u256()
	b.Endpoint = d.str(MaxEndpointLen)
}

func (b *UpdateProvider) encode(e *enc) {
	e.u32(b.GPUs)
	e.u8(b.GPUClass)
	e.u256(b.PricePerGPUHour)
	e.str(b.Endpoint)
	e.bool(b.Active)
}
func (b *UpdateProvider) decode(d *dec) {
	b.GPUs = d.u32()
	b.GPUClass = d.u8()
	b.PricePerGPUHour = d.u256()
	b.Endpoint = d.str(MaxEndpointLen)
	b.Active = d.bool()
}

func (b *OpenLease) encode(e *enc) {
	e.addr(b.Provider)
	e.u256(b.PricePerGPUHour)
	e.u256(b.Deposit)
	e.u64(b.Duration)
}
func (b *OpenLease) decode(d *dec) {
	b.Provider = d.addr()
	b.PricePerGPUHour = d.u256()
	b.Deposit = d.u256()
	b.Duration = d.u64()
}

func (b *CloseLease) encode(e *enc) { e.u64(b.LeaseID) }
func (b *CloseLease) decode(d *dec) { b.LeaseID = d.u64() }

func (b *SubmitJob) encode(e *enc) {
	e.u64(b.LeaseID)
	e.u16(uint16(len(b.Layers)))
	for _, l := range b.Layers {
		e.u32(l.Header.In)
		e.u32(l.Header.Out)
		e.u8(l.Header.Shift)
		e.bool(l.Header.ReLU)
		e.hash(l.BiasCommitment)
		e.hash(l.WeightRowsRoot)
	}
	e.u32(b.Rows)
	e.hash(b.InputRoot)
}
func (b *SubmitJob) decode(d *dec) {
	b.LeaseID = d.u64()
	n := int(d.u16())
	if n < 1 || n > job.MaxLayers {
		d.fail("%d layers, want 1..%d", n, job.MaxLayers)
		return
	}
	b.Layers = make([]LayerSpec, n)
	for i := range b.Layers {
		l := &b.Layers[i]
		l.Header.In = d.u32()
		l.Header.Out = d.u32()
		l.Header.Shift = d.u8()
		l.Header.ReLU = d.bool()
		l.BiasCommitment = d.hash()
		l.WeightRowsRoot = d.hash()
	}
	b.Rows = d.u32()
	b.InputRoot = d.hash()
}

func (b *RejectJob) encode(e *enc) { e.hash(b.JobID); e.u8(b.Reason) }
func (b *RejectJob) decode(d *dec) { b.JobID = d.hash(); b.Reason = d.u8() }

func (b *PostReceipt) encode(e *enc) {
	e.hash(b.JobID)
	e.addr(b.Buyer)
	e.hash(b.ModelRoot)
	e.hash(b.InputRoot)
	e.u32(b.Rows)
	e.u32(b.Layers)
	e.hash(b.TraceRoot)
	e.u256(b.SlashAmount)
	e.u64(b.GPUMillis)
}
func (b *PostReceipt) decode(d *dec) {
	b.JobID = d.hash()
	b.Buyer = d.addr()
	b.ModelRoot = d.hash()
	b.InputRoot = d.hash()
	b.Rows = d.u32()
	b.Layers = d.u32()
	b.TraceRoot = d.hash()
	b.SlashAmount = d.u256()
	b.GPUMillis = d.u64()
}

func (b *Withdraw) encode(e *enc) { e.addr(b.To); e.u256(b.Amount) }
func (b *Withdraw) decode(d *dec) { b.To = d.addr(); b.Amount = d.u256() }

// Encode returns the canonical encoding:
// type(1) ‖ nonce(8) ‖ maxFee(32) ‖ body ‖ sig(65).
func (tx *Tx) Encode() []byte {
	e := enc{b: make([]byte, 0, 160)}
	tx.appendTo(&e)
	return e.b
}

func (tx *Tx) appendTo(e *enc) {
	e.u8(uint8(tx.Body.Type()))
	e.u64(tx.Nonce)
	e.u256(tx.MaxFee)
	tx.Body.encode(e)
	e.b = append(e.b, tx.Sig[:]...)
}

// Size is the length of the encoding, which the byte fee is charged on.
func (tx *Tx) Size() int { return len(tx.Encode()) }

// DecodeTx decodes one tx strictly: known type, every field in range, no
// trailing bytes, at most MaxTxBytes. The signature's form (v, low s) is
// checked here; whether it recovers is checked by Verify.
func DecodeTx(b []byte) (*Tx, error) {
	if len(b) > MaxTxBytes {
		return nil, errf(CodeTooLarge, "tx of %d bytes exceeds %d", len(b), MaxTxBytes)
	}
	d := &dec{b: b}
	tx, err := decodeTx(d)
	if err != nil {
		return nil, err
	}
	if err := d.done(); err != nil {
		return nil, wrapf(CodeMalformed, err, "decode tx")
	}
	return tx, nil
}

// decodeTx reads one tx from d (used by DecodeTx and the block codec).
func decodeTx(d *dec) (*Tx, error) {
	start := d.off
	t := TxType(d.u8())
	if d.err != nil {
		return nil, wrapf(CodeMalformed, d.err, "decode tx")
	}
	body := newBody(t)
	if body == nil {
		return nil, errf(CodeUnknownType, "unknown tx type %d", uint8(t))
	}
	tx := &Tx{Body: body}
	tx.Nonce = d.u64()
	tx.MaxFee = d.u256()
	body.decode(d)
	copy(tx.Sig[:], d.take(SigLen))
	if d.err != nil {
		return nil, wrapf(CodeMalformed, d.err, "decode %s tx", body.typeName())
	}
	if d.off-start > MaxTxBytes {
		return nil, errf(CodeTooLarge, "%s tx of %d bytes exceeds %d", body.typeName(), d.off-start, MaxTxBytes)
	}
	if err := checkSigForm(tx.Sig); err != nil {
		return nil, err
	}
	return tx, nil
}
