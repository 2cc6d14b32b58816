package state

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// Key is a state tree key: keccak(tag ‖ id) with its top 3 bits cleared, so
// that it is a field element below 2^253 (docs/state.md).
type Key = [32]byte

// Key tags (docs/state.md). Part of the state root: never renumber.
const (
	tagGlobals         byte = 1
	tagParams          byte = 2
	tagAccount         byte = 3
	tagProvider        byte = 4
	tagBond            byte = 5
	tagLease           byte = 6
	tagJob             byte = 7
	tagReceipt         byte = 8
	tagSlashed         byte = 9
	tagBatchReceipt    byte = 10
	tagBatchWithdrawal byte = 11
	tagBatch           byte = 12
	tagForced          byte = 13
	tagProviderReceipt byte = 14
)

func mkKey(tag byte, id ...[]byte) Key {
	buf := []byte{tag}
	for _, p := range id {
		buf = append(buf, p...)
	}
	k := crypto.Keccak256Hash(buf)
	k[0] &= 0x1f
	return k
}

func u64b(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

// The two fixed keys, hashed once (every tx reads them).
var globalsK, paramsK = mkKey(tagGlobals), mkKey(tagParams)

func globalsKey() Key                    { return globalsK }
func paramsKey() Key                     { return paramsK }
func accountKey(a common.Address) Key    { return mkKey(tagAccount, a[:]) }
func providerKey(a common.Address) Key   { return mkKey(tagProvider, a[:]) }
func bondKey(a common.Address) Key       { return mkKey(tagBond, a[:]) }
func leaseKey(id uint64) Key             { return mkKey(tagLease, u64b(id)) }
func jobKey(id common.Hash) Key          { return mkKey(tagJob, id[:]) }
func receiptKey(id common.Hash) Key      { return mkKey(tagReceipt, id[:]) }
func slashedKey(id common.Hash) Key      { return mkKey(tagSlashed, id[:]) }
func batchReceiptKey(b, i uint64) Key    { return mkKey(tagBatchReceipt, u64b(b), u64b(i)) }
func batchWithdrawalKey(b, i uint64) Key { return mkKey(tagBatchWithdrawal, u64b(b), u64b(i)) }
func batchKey(b uint64) Key              { return mkKey(tagBatch, u64b(b)) }
func forcedKey(msgIndex uint64) Key      { return mkKey(tagForced, u64b(msgIndex)) }

// providerReceiptKey: receipt seq of a provider, in posting order (the
// forfeiture rule walks a provider's unfinalized receipts with it).
func providerReceiptKey(a common.Address, seq uint64) Key {
	return mkKey(tagProviderReceipt, a[:], u64b(seq))
}

// Account is an L2 account.
type Account struct {
	Balance *uint256.Int
	Nonce   uint64
}

// Provider is a registered provider's offer.
type Provider struct {
	PricePerGPUHour *uint256.Int
	GPUs            uint32
	GPUClass        uint8
	Active          bool
	Endpoint        string
}

// Bond is a provider's L1 bond mirror (from BondChanged) and its slash
// exposure: the sum of the slash amounts of its unfinalized receipts.
// It also carries what the forfeiture rule needs (docs/economics.md): a
// convicted provider is suspended until a BondChanged gives it at least
// ReinstateBond, and its receipts are numbered in posting order
// (providerReceiptKey), those from LockedHead to LockedTail − 1 being
// possibly still locked.
type Bond struct {
	Bond          *uint256.Int
	Exposure      *uint256.Int
	Suspended     bool
	ReinstateBond *uint256.Int // nil reads as 0
	LockedHead    uint64       // receipts below it are settled
	LockedTail    uint64       // the next receipt's number
}

// Lease statuses.
const (
	LeaseOpen   uint8 = 1
	LeaseClosed uint8 = 2
)

// Lease is escrowed money of Buyer for work by Provider.
type Lease struct {
	Buyer, Provider common.Address
	PricePerGPUHour *uint256.Int
	// Escrow is the money held; Reserved ≤ Escrow is the part promised to
	// pending jobs.
	Escrow, Reserved *uint256.Int
	Expiry           uint64 // L2 timestamp after which no job is accepted
	Status           uint8
}

// Job statuses.
const (
	JobPending   uint8 = 1
	JobRejected  uint8 = 2
	JobReceipted uint8 = 3
)

// Job is a submitted job. Its id is the SubmitJob's EIP-712 signing hash.
type Job struct {
	LeaseID         uint64
	Buyer, Provider common.Address
	ModelRoot       common.Hash
	InputRoot       common.Hash
	Rows            uint32
	Headers         []job.LayerHeader
	MACs            uint64
	Price           *uint256.Int
	Status          uint8
	RejectReason    uint8
}

// Receipt statuses.
const (
	ReceiptLocked  uint8 = 1 // payment locked until its batch finalizes
	ReceiptPaid    uint8 = 2 // batch final, provider paid
	ReceiptSlashed uint8 = 3 // proven false, buyer refunded
	// ReceiptForfeited: its provider was convicted of another receipt
	// while this one was locked; the buyer was refunded (docs/economics.md).
	ReceiptForfeited uint8 = 4
)

// Receipt is a provider's posted receipt. Its id is l1iface.ReceiptID.
type Receipt struct {
	JobID           common.Hash
	Provider, Buyer common.Address
	ModelRoot       common.Hash
	InputRoot       common.Hash
	Rows, Layers    uint32
	TraceRoot       common.Hash
	Price           *uint256.Int
	SlashAmount     *uint256.Int
	GPUMillis       uint64
	BatchIndex      uint64
	Status          uint8
	// The PostReceipt tx's nonce, maxFee and signature: with the fields
	// above they are the provider's signed claim that a reveal on L1
	// must show (Auth).
	Nonce  uint64
	MaxFee *uint256.Int
	Sig    [SigLen]byte
	// ProviderSeq is the receipt's number among its provider's receipts
	// (providerReceiptKey), in posting order.
	ProviderSeq uint64
}

// Leaf is the receipt's leaf in its batch's receipts tree.
func (r *Receipt) Leaf(id common.Hash) *l1iface.ReceiptLeaf {
	return &l1iface.ReceiptLeaf{ReceiptID: id, Provider: r.Provider, Buyer: r.Buyer, ModelRoot: r.ModelRoot,
		InputRoot: r.InputRoot, Rows: r.Rows, Layers: r.Layers, TraceRoot: r.TraceRoot, SlashAmount: r.SlashAmount}
}

// Auth is what a reveal on L1 carries to show the provider signed the
// receipt (Disputes checks it before anything is slashed).
func (r *Receipt) Auth() *l1iface.ReceiptAuth {
	return &l1iface.ReceiptAuth{JobID: r.JobID, Nonce: r.Nonce, MaxFee: r.MaxFee, GPUMillis: r.GPUMillis, Sig: r.Sig}
}

// Forced tx outcomes (state key 13, by L1 message index).
const (
	ForcedApplied uint8 = 1 // applied like a sequenced tx
	ForcedSkipped uint8 = 2 // failed; Code says why, nothing else changed
)

// ForcedResult records what became of a tx forced through L1.
type ForcedResult struct {
	Status uint8
	Code   Code        // 0 when applied
	TxHash common.Hash // keccak of the forced bytes (Rollup's TxForced event)
}

// Withdrawal is a burn of L2 balance claimable on L1.
type Withdrawal struct {
	ID       uint64
	From, To common.Address
	Amount   *uint256.Int
}

// BatchInfo is what the STF keeps of a sealed batch.
type BatchInfo struct {
	Receipts, Withdrawals uint64
	ReceiptsRoot          common.Hash
	WithdrawalsRoot       common.Hash
	MessagesConsumed      uint64
	RollingHash           common.Hash
}

// Globals are the STF's counters.
type Globals struct {
	BlockNumber      uint64 // last block begun
	BlockTime        uint64
	BatchIndex       uint64 // the open batch
	BatchReceipts    uint64 // receipts in the open batch
	BatchWithdrawals uint64
	NextLeaseID      uint64
	NextWithdrawalID uint64
	MessagesConsumed uint64
	RollingHash      common.Hash
}

// Params are the protocol parameters, indexed by l1iface.ParamID (index 0
// unused).
type Params [13]*uint256.Int

func (a *Account) encode() []byte {
	e := enc{}
	e.u256(a.Balance)
	e.u64(a.Nonce)
	return e.b
}
func decodeAccount(b []byte) (*Account, error) {
	d := &dec{b: b}
	a := &Account{Balance: d.u256(), Nonce: d.u64()}
	return a, objErr("account", d)
}

func (p *Provider) encode() []byte {
	e := enc{}
	e.u256(p.PricePerGPUHour)
	e.u32(p.GPUs)
	e.u8(p.GPUClass)
	e.bool(p.Active)
	e.str(p.Endpoint)
	return e.b
}
func decodeProvider(b []byte) (*Provider, error) {
	d := &dec{b: b}
	p := &Provider{PricePerGPUHour: d.u256(), GPUs: d.u32(), GPUClass: d.u8(), Active: d.bool(), Endpoint: d.str(MaxEndpointLen)}
	return p, objErr("provider", d)
}

func (b *Bond) encode() []byte {
	e := enc{}
	e.u256(b.Bond)
	e.u256(b.Exposure)
	e.bool(b.Suspended)
	rb := b.ReinstateBond
	if rb == nil {
		rb = new(uint256.Int)
	}
	e.u256(rb)
	e.u64(b.LockedHead)
	e.u64(b.LockedTail)
	return e.b
}
func decodeBond(b []byte) (*Bond, error) {
	d := &dec{b: b}
	x := &Bond{Bond: d.u256(), Exposure: d.u256(), Suspended: d.bool(), ReinstateBond: d.u256(), LockedHead: d.u64(), LockedTail: d.u64()}
	return x, objErr("bond", d)
}

func (l *Lease) encode() []byte {
	e := enc{}
	e.addr(l.Buyer)
	e.addr(l.Provider)
	e.u256(l.PricePerGPUHour)
	e.u256(l.Escrow)
	e.u256(l.Reserved)
	e.u64(l.Expiry)
	e.u8(l.Status)
	return e.b
}
func decodeLease(b []byte) (*Lease, error) {
	d := &dec{b: b}
	l := &Lease{Buyer: d.addr(), Provider: d.addr(), PricePerGPUHour: d.u256(), Escrow: d.u256(), Reserved: d.u256(), Expiry: d.u64(), Status: d.u8()}
	return l, objErr("lease", d)
}

func (j *Job) encode() []byte {
	e := enc{}
	e.u64(j.LeaseID)
	e.addr(j.Buyer)
	e.addr(j.Provider)
	e.hash(j.ModelRoot)
	e.hash(j.InputRoot)
	e.u32(j.Rows)
	e.u16(uint16(len(j.Headers)))
	for _, h := range j.Headers {
		e.u32(h.In)
		e.u32(h.Out)
		e.u8(h.Shift)
		e.bool(h.ReLU)
	}
	e.u64(j.MACs)
	e.u256(j.Price)
	e.u8(j.Status)
	e.u8(j.RejectReason)
	return e.b
}
func decodeJob(b []byte) (*Job, error) {
	d := &dec{b: b}
	j := &Job{LeaseID: d.u64(), Buyer: d.addr(), Provider: d.addr(), ModelRoot: d.hash(), InputRoot: d.hash(), Rows: d.u32()}
	n := int(d.u16())
	if n > job.MaxLayers {
		d.fail("%d layers", n)
	}
	if d.err == nil {
		j.Headers = make([]job.LayerHeader, n)
		for i := range j.Headers {
			j.Headers[i] = job.LayerHeader{In: d.u32(), Out: d.u32(), Shift: d.u8(), ReLU: d.bool()}
		}
	}
	j.MACs = d.u64()
	j.Price = d.u256()
	j.Status = d.u8()
	j.RejectReason = d.u8()
	return j, objErr("job", d)
}

func (r *Receipt) encode() []byte {
	e := enc{}
	e.hash(r.JobID)
	e.addr(r.Provider)
	e.addr(r.Buyer)
	e.hash(r.ModelRoot)
	e.hash(r.InputRoot)
	e.u32(r.Rows)
	e.u32(r.Layers)
	e.hash(r.TraceRoot)
	e.u256(r.Price)
	e.u256(r.SlashAmount)
	e.u64(r.GPUMillis)
	e.u64(r.BatchIndex)
	e.u8(r.Status)
	e.u64(r.Nonce)
	e.u256(r.MaxFee)
	e.b = append(e.b, r.Sig[:]...)
	e.u64(r.ProviderSeq)
	return e.b
}
func decodeReceipt(b []byte) (*Receipt, error) {
	d := &dec{b: b}
	r := &Receipt{JobID: d.hash(), Provider: d.addr(), Buyer: d.addr(), ModelRoot: d.hash(), InputRoot: d.hash(),
		Rows: d.u32(), Layers: d.u32(), TraceRoot: d.hash(), Price: d.u256(), SlashAmount: d.u256(),
		GPUMillis: d.u64(), BatchIndex: d.u64(), Status: d.u8(), Nonce: d.u64(), MaxFee: d.u256()}
	copy(r.Sig[:], d.take(SigLen))
	r.ProviderSeq = d.u64()
	return r, objErr("receipt", d)
}

func (f *ForcedResult) encode() []byte {
	e := enc{}
	e.u8(f.Status)
	e.u16(uint16(f.Code))
	e.hash(f.TxHash)
	return e.b
}
func decodeForcedResult(b []byte) (*ForcedResult, error) {
	d := &dec{b: b}
	f := &ForcedResult{Status: d.u8(), Code: Code(d.u16()), TxHash: d.hash()}
	return f, objErr("forced tx result", d)
}

func (w *Withdrawal) encode() []byte {
	e := enc{}
	e.u64(w.ID)
	e.addr(w.From)
	e.addr(w.To)
	e.u256(w.Amount)
	return e.b
}
func decodeWithdrawal(b []byte) (*Withdrawal, error) {
	d := &dec{b: b}
	w := &Withdrawal{ID: d.u64(), From: d.addr(), To: d.addr(), Amount: d.u256()}
	return w, objErr("withdrawal", d)
}

func (bi *BatchInfo) encode() []byte {
	e := enc{}
	e.u64(bi.Receipts)
	e.u64(bi.Withdrawals)
	e.hash(bi.ReceiptsRoot)
	e.hash(bi.WithdrawalsRoot)
	e.u64(bi.MessagesConsumed)
	e.hash(bi.RollingHash)
	return e.b
}
func decodeBatchInfo(b []byte) (*BatchInfo, error) {
	d := &dec{b: b}
	bi := &BatchInfo{Receipts: d.u64(), Withdrawals: d.u64(), ReceiptsRoot: d.hash(), WithdrawalsRoot: d.hash(),
		MessagesConsumed: d.u64(), RollingHash: d.hash()}
	return bi, objErr("batch info", d)
}

func (g *Globals) encode() []byte {
	e := enc{}
	e.u64(g.BlockNumber)
	e.u64(g.BlockTime)
	e.u64(g.BatchIndex)
	e.u64(g.BatchReceipts)
	e.u64(g.BatchWithdrawals)
	e.u64(g.NextLeaseID)
	e.u64(g.NextWithdrawalID)
	e.u64(g.MessagesConsumed)
	e.hash(g.RollingHash)
	return e.b
}
func decodeGlobals(b []byte) (*Globals, error) {
	d := &dec{b: b}
	g := &Globals{BlockNumber: d.u64(), BlockTime: d.u64(), BatchIndex: d.u64(), BatchReceipts: d.u64(),
		BatchWithdrawals: d.u64(), NextLeaseID: d.u64(), NextWithdrawalID: d.u64(), MessagesConsumed: d.u64(), RollingHash: d.hash()}
	return g, objErr("globals", d)
}

func (p *Params) encode() []byte {
	e := enc{}
	for i := 1; i < len(p); i++ {
		e.u256(p[i])
	}
	return e.b
}
func decodeParams(b []byte) (*Params, error) {
	d := &dec{b: b}
	var p Params
	for i := 1; i < len(p); i++ {
		p[i] = d.u256()
	}
	return &p, objErr("params", d)
}

func objErr(what string, d *dec) error {
	if err := d.done(); err != nil {
		return wrapf(CodeState, err, "corrupt stored %s", what)
	}
	return nil
}
