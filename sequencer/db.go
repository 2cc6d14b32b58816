package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// The sequencer's own database (beside the L2 state's): the blocks it
// built (the batch bodies are made from them), where each tx went, the L1
// message queue as followed, batch records and the RPC's indexes.
//
//	'B' ‖ u64 block          → batch(8) ‖ state.Block encoding
//	't' ‖ tx hash            → block(8) ‖ item(4) ‖ leaseId(8) ‖ withdrawalId(8) ‖ fee(32)
//	'd' ‖ tx hash            → dropped: unix(8) ‖ code(2) ‖ message
//	'm' ‖ u64 index          → an L1 message (msgRecord)
//	'S' ‖ u64 batch          → batchRecord (JSON)
//	'f'                      → the L1 follower's remembered blocks (JSON)
//	'P' ‖ address            → a provider (index; the state says what it is)
//	'J' ‖ address ‖ job id   → a job of this buyer or provider (index)
//	'L' ‖ address ‖ u64 id   → a lease of this buyer or provider (index)
//	'W' ‖ address ‖ u64 b ‖ u64 i → withdrawal i of batch b is from address
//	'k' ‖ job id             → the tx hash of its SubmitJob
//	'r' ‖ job id             → the id of its receipt
//	'y' ‖ u64 batch          → the batch's body, compressed once at the seal
//	'a' ‖ sender ‖ u64 block ‖ u32 item → tx hash (the sender's txs, in chain order)
//
// Indexes are hints: every read checks the state view, so entries left
// by a rolled-back block read as absent.
const (
	pfxBlock    = 'B'
	pfxTx       = 't'
	pfxDropped  = 'd'
	pfxMsg      = 'm'
	pfxBatch    = 'S'
	keyFollower = "f"
	pfxProvider = 'P'
	pfxJob      = 'J'
	pfxLease    = 'L'
	pfxWithdraw = 'W'
	pfxJobTx    = 'k'
	pfxJobRcpt  = 'r'
	pfxBody     = 'y'
	pfxSenderTx = 'a'
)

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func key(pfx byte, parts ...[]byte) []byte {
	k := []byte{pfx}
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

// scanReverse calls fn for every key with prefix p, newest (highest key)
// first, until fn returns errStopScan or an error.
func (d *db) scanReverse(p []byte, fn func(k, v []byte) error) error {
	it, err := d.p.NewIter(&pebble.IterOptions{LowerBound: p, UpperBound: upperBound(p)})
	if err != nil {
		return fmt.Errorf("sequencer db: %w", err)
	}
	defer it.Close()
	for it.Last(); it.Valid(); it.Prev() {
		if err := fn(it.Key(), it.Value()); err != nil {
			if errors.Is(err, errStopScan) {
				return nil
			}
			return err
		}
	}
	return it.Error()
}

// errStopScan ends a scan early without an error.
var errStopScan = errors.New("stop scan")

// upperBound is the smallest key above every key with prefix p.
func upperBound(p []byte) []byte {
	out := append([]byte(nil), p...)
	for i := len(out) - 1; i >= 0; i-- {
		if out[i] < 0xff {
			out[i]++
			return out[:i+1]
		}
	}
	return nil
}

type db struct {
	p *pebble.DB
}

func (d *db) get(k []byte) ([]byte, bool, error) {
	v, c, err := d.p.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("sequencer db: %w", err)
	}
	out := append([]byte(nil), v...)
	c.Close()
	return out, true, nil
}

// scan calls fn for every key with prefix p, in key order.
func (d *db) scan(p []byte, fn func(k, v []byte) error) error {
	it, err := d.p.NewIter(&pebble.IterOptions{LowerBound: p, UpperBound: upperBound(p)})
	if err != nil {
		return fmt.Errorf("sequencer db: %w", err)
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		if err := fn(it.Key(), it.Value()); err != nil {
			return err
		}
	}
	return it.Error()
}

// blockRecord is a block this sequencer built and the batch it belongs to.
type blockRecord struct {
	Batch uint64
	Block *state.Block
}

func (r *blockRecord) encode() []byte {
	return append(u64(r.Batch), r.Block.Encode()...)
}

func decodeBlockRecord(v []byte) (*blockRecord, error) {
	if len(v) < 8 {
		return nil, errors.New("sequencer db: short block record")
	}
	b, err := state.DecodeBlock(v[8:])
	if err != nil {
		return nil, fmt.Errorf("sequencer db: block record: %w", err)
	}
	return &blockRecord{Batch: binary.BigEndian.Uint64(v[:8]), Block: b}, nil
}

func (d *db) block(n uint64) (*blockRecord, bool, error) {
	v, ok, err := d.get(key(pfxBlock, u64(n)))
	if err != nil || !ok {
		return nil, ok, err
	}
	r, err := decodeBlockRecord(v)
	return r, err == nil, err
}

// txLoc is where an included tx is and what it produced (the ids the
// STF assigned and the fee; a job or receipt id follows from the tx).
type txLoc struct {
	Block        uint64
	Item         uint32
	LeaseID      uint64
	WithdrawalID uint64
	Fee          [32]byte
}

func (d *db) txLoc(h common.Hash) (txLoc, bool, error) {
	v, ok, err := d.get(key(pfxTx, h[:]))
	if err != nil || !ok {
		return txLoc{}, false, err
	}
	if len(v) != 60 {
		return txLoc{}, false, errors.New("sequencer db: corrupt tx index entry")
	}
	l := txLoc{Block: binary.BigEndian.Uint64(v), Item: binary.BigEndian.Uint32(v[8:]),
		LeaseID: binary.BigEndian.Uint64(v[12:]), WithdrawalID: binary.BigEndian.Uint64(v[20:])}
	copy(l.Fee[:], v[28:60])
	return l, true, nil
}

func encodeTxLoc(l txLoc) []byte {
	b := binary.BigEndian.AppendUint32(u64(l.Block), l.Item)
	b = binary.BigEndian.AppendUint64(b, l.LeaseID)
	b = binary.BigEndian.AppendUint64(b, l.WithdrawalID)
	return append(b, l.Fee[:]...)
}

type droppedRecord struct {
	At      uint64
	Code    int
	Message string
}

func (d *db) dropped(h common.Hash) (*droppedRecord, bool, error) {
	v, ok, err := d.get(key(pfxDropped, h[:]))
	if err != nil || !ok || len(v) < 10 {
		return nil, false, err
	}
	return &droppedRecord{At: binary.BigEndian.Uint64(v), Code: int(binary.BigEndian.Uint16(v[8:])), Message: string(v[10:])}, true, nil
}

func encodeDropped(r droppedRecord) []byte {
	return append(binary.BigEndian.AppendUint16(u64(r.At), uint16(r.Code)), r.Message...)
}

// msgRecord is an L1 message as the follower delivered it.
type msgRecord struct {
	Msg     l1iface.Message
	Rolling common.Hash
	Block   l1.BlockRef
}

func (r *msgRecord) encode() []byte {
	b := []byte{byte(r.Msg.Kind)}
	b = append(b, u64(r.Msg.Timestamp)...)
	b = append(b, r.Rolling[:]...)
	b = append(b, u64(r.Block.Number)...)
	b = append(b, r.Block.Hash[:]...)
	return append(b, r.Msg.Payload...)
}

func decodeMsgRecord(index uint64, v []byte) (*msgRecord, error) {
	if len(v) < 81 {
		return nil, errors.New("sequencer db: short message record")
	}
	r := &msgRecord{Msg: l1iface.Message{Index: index, Kind: l1iface.MessageKind(v[0]), Timestamp: binary.BigEndian.Uint64(v[1:9]),
		Payload: append([]byte(nil), v[81:]...)}}
	copy(r.Rolling[:], v[9:41])
	r.Block.Number = binary.BigEndian.Uint64(v[41:49])
	copy(r.Block.Hash[:], v[49:81])
	return r, nil
}

func (d *db) msg(i uint64) (*msgRecord, bool, error) {
	v, ok, err := d.get(key(pfxMsg, u64(i)))
	if err != nil || !ok {
		return nil, ok, err
	}
	r, err := decodeMsgRecord(i, v)
	return r, err == nil, err
}

// batchRecord is a batch this sequencer sealed and what L1 did with it.
type batchRecord struct {
	Index      uint64              `json:"index"`
	FirstBlock uint64              `json:"firstBlock"`
	LastBlock  uint64              `json:"lastBlock"`
	Header     l1iface.BatchHeader `json:"header"`
	HeaderHash common.Hash         `json:"headerHash"`
	BodyBytes  uint64              `json:"bodyBytes"`
	Receipts   uint64              `json:"receipts"`
	Withdraws  uint64              `json:"withdrawals"`
	Status     string              `json:"status"`
	L1Tx       *common.Hash        `json:"l1Tx,omitempty"`
	L1Block    *uint64             `json:"l1Block,omitempty"`
	Submitted  *uint64             `json:"submittedAt,omitempty"`
	WindowEnd  *uint64             `json:"windowEnd,omitempty"`
	RevealEnd  *uint64             `json:"revealEnd,omitempty"`
	Finalized  *uint64             `json:"finalizedAt,omitempty"`
	SealedAt   uint64              `json:"sealedAt"` // unix seconds, for the posting lag
}

func (d *db) batch(i uint64) (*batchRecord, bool, error) {
	v, ok, err := d.get(key(pfxBatch, u64(i)))
	if err != nil || !ok {
		return nil, ok, err
	}
	var r batchRecord
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, false, fmt.Errorf("sequencer db: batch record %d: %w", i, err)
	}
	return &r, true, nil
}

func putBatch(b *pebble.Batch, r *batchRecord) error {
	v, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode batch record %d: %w", r.Index, err)
	}
	return b.Set(key(pfxBatch, u64(r.Index)), v, nil)
}
