package challenger

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// The challenger's records live in a pebble database of their own (the
// derived L2 state is another), values in JSON:
//
//	f                          the L1 follower's history ([]l1.BlockRef)
//	m ‖ u64(index)             an L1 message (msgRec)
//	b ‖ u64(index) ‖ hash      a batch submitted on L1 (batchRec)
//	c                          the derivation cursor (cursor)
//	d ‖ u64(index) ‖ hash      a derived batch (derivedRec)
//	r ‖ receipt id             a receipt seen in a derived batch (dispute)
//	a ‖ alarm id               an alarm (Alarm)
//
// Everything one L1 block changes is written in one synced pebble batch
// with the follower's history, so a restart resumes right after it; the
// cursor is written after the state commits the batch's blocks, so a
// state ahead of the cursor (a crash in between) is rolled back to it.
const (
	pfxFollower = 'f'
	pfxMsg      = 'm'
	pfxBatch    = 'b'
	pfxCursor   = 'c'
	pfxDerived  = 'd'
	pfxReceipt  = 'r'
	pfxAlarm    = 'a'
)

type db struct{ p *pebble.DB }

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func key(pfx byte, parts ...[]byte) []byte {
	k := []byte{pfx}
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

func (d *db) getJSON(k []byte, v any) (bool, error) {
	b, closer, err := d.p.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer closer.Close()
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("record %q: %w", k, err)
	}
	return true, nil
}

func setJSON(w pebble.Writer, k []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return w.Set(k, b, nil)
}

func (d *db) putJSON(k []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return d.p.Set(k, b, pebble.Sync)
}

// scan calls fn for every key with the prefix, in order.
func (d *db) scan(prefix []byte, fn func(k, v []byte) error) error {
	upper := append([]byte(nil), prefix...)
	for i := len(upper) - 1; i >= 0; i-- {
		if upper[i] < 0xff {
			upper[i]++
			upper = upper[:i+1]
			break
		}
		if i == 0 {
			upper = nil
		}
	}
	it, err := d.p.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: upper})
	if err != nil {
		return err
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		if !bytes.HasPrefix(it.Key(), prefix) {
			break
		}
		if err := fn(it.Key(), it.Value()); err != nil {
			return err
		}
	}
	return it.Error()
}

// scanRange calls fn for every key in [lower, upper), in order.
func (d *db) scanRange(lower, upper []byte, fn func(k, v []byte) error) error {
	it, err := d.p.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		return err
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		if err := fn(it.Key(), it.Value()); err != nil {
			return err
		}
	}
	return it.Error()
}

// msgRec is an L1 message and the rolling hash after it.
type msgRec struct {
	Index     uint64        `json:"index"`
	Kind      uint8         `json:"kind"`
	Timestamp uint64        `json:"timestamp"`
	Payload   hexutil.Bytes `json:"payload"`
	Rolling   common.Hash   `json:"rolling"`
	Block     l1.BlockRef   `json:"block"`
}

func (m *msgRec) message() *l1iface.Message {
	return &l1iface.Message{Index: m.Index, Kind: l1iface.MessageKind(m.Kind), Timestamp: m.Timestamp, Payload: m.Payload}
}

// Batch derivation outcomes (batchRec.Derived).
const (
	derivedNone     = ""
	derivedOK       = "ok"
	derivedMismatch = "mismatch"
	// derivedUnderivable: the body cannot be read from the L1 tx.
	derivedUnderivable = "underivable"
)

// batchRec is a BatchSubmitted event: the batch as L1 accepted it.
type batchRec struct {
	Index      uint64      `json:"index"`
	HeaderHash common.Hash `json:"headerHash"`
	L1Block    l1.BlockRef `json:"l1Block"`
	L1Tx       common.Hash `json:"l1Tx"`
	L1Time     uint64      `json:"l1Time"`
	WindowEnd  uint64      `json:"windowEnd"`
	RevealEnd  uint64      `json:"revealEnd"`
	// Rejected is the L1 block of the guardian's rejection (0: current).
	Rejected uint64 `json:"rejected,omitempty"`
	Derived  string `json:"derived,omitempty"`
	// SeenAt: wall time (unix ns) the follower delivered the event.
	SeenAt int64 `json:"seenAt"`
}

func batchKey(index uint64, h common.Hash) []byte { return key(pfxBatch, u64(index), h[:]) }

// cursor is where derivation stands: the last derived batch and its last
// L2 block.
type cursor struct {
	Batch      uint64      `json:"batch"`
	HeaderHash common.Hash `json:"headerHash"`
	Block      uint64      `json:"block"`
	BlockHash  common.Hash `json:"blockHash"`
}

// derivedRec is what derivation kept of a batch: where it ended and the
// leaf hashes of its receipts tree (for inclusion proofs).
type derivedRec struct {
	Index      uint64        `json:"index"`
	HeaderHash common.Hash   `json:"headerHash"`
	Block      uint64        `json:"block"`
	BlockHash  common.Hash   `json:"blockHash"`
	Leaves     []common.Hash `json:"leaves"`
	Txs        int           `json:"txs"`
	Blocks     int           `json:"blocks"`
}

func derivedKey(index uint64, h common.Hash) []byte { return key(pfxDerived, u64(index), h[:]) }

func (d *db) cursor() (cursor, error) {
	var c cursor
	_, err := d.getJSON([]byte{pfxCursor}, &c)
	return c, err
}

// batches returns the batch records of an index.
func (d *db) batches(index uint64) ([]*batchRec, error) {
	var out []*batchRec
	err := d.scan(key(pfxBatch, u64(index)), func(_, v []byte) error {
		var r batchRec
		if err := json.Unmarshal(v, &r); err != nil {
			return err
		}
		out = append(out, &r)
		return nil
	})
	return out, err
}

// current returns the batch of an index that L1 has not rejected.
func (d *db) current(index uint64) (*batchRec, error) {
	rs, err := d.batches(index)
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		if r.Rejected == 0 {
			return r, nil
		}
	}
	return nil, nil
}

func (d *db) msg(i uint64) (*msgRec, bool, error) {
	var m msgRec
	ok, err := d.getJSON(key(pfxMsg, u64(i)), &m)
	return &m, ok, err
}
