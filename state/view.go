package state

import (
	"errors"
	"sync/atomic"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
)

// View is a read-only view of the state as committed at one block: a
// pebble snapshot, safe for concurrent use and unaffected by the blocks
// applied after it. The sequencer's RPC and mempool read through views
// while its builder applies the next block (a State itself is not safe
// for concurrent use).
//
// A View is reference-counted: View returns it with one reference; Retain
// adds one, Release drops one, and the snapshot closes with the last.
type View struct {
	snap   *pebble.Snapshot
	number uint64
	root   common.Hash
	refs   atomic.Int64
}

// View returns a view of the last committed block (it syncs first, so
// the block is durable and in the database).
func (s *State) View() (*View, error) {
	if err := s.Sync(); err != nil {
		return nil, err
	}
	v := &View{snap: s.db.NewSnapshot(), number: s.head, root: s.headRoot}
	v.refs.Store(1)
	return v, nil
}

// Head is the block the view shows and its state root.
func (v *View) Head() (uint64, common.Hash) { return v.number, v.root }

// Retain adds a reference; it reports false when the view is already
// closed (take a newer view then).
func (v *View) Retain() bool {
	for {
		n := v.refs.Load()
		if n <= 0 {
			return false
		}
		if v.refs.CompareAndSwap(n, n+1) {
			return true
		}
	}
}

// Release drops a reference and closes the snapshot with the last one.
func (v *View) Release() {
	if v.refs.Add(-1) == 0 {
		_ = v.snap.Close()
	}
}

func (v *View) get(k Key) ([]byte, bool, error) {
	b, closer, err := v.snap.Get(dbKey(pfxValue, k[:]))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, wrapf(CodeState, err, "read state view")
	}
	out := append([]byte(nil), b...)
	closer.Close()
	return out, true, nil
}

// The typed reads of a committed block (see the State methods of the same
// names).

func (v *View) Globals() (*Globals, error)                   { return readGlobals(v) }
func (v *View) Params() (*Params, error)                     { return readParams(v) }
func (v *View) Account(a common.Address) (*Account, error)   { return readAccount(v, a) }
func (v *View) Provider(a common.Address) (*Provider, error) { return readProvider(v, a) }
func (v *View) Bond(a common.Address) (*Bond, error)         { return readBond(v, a) }
func (v *View) Lease(id uint64) (*Lease, error)              { return readLease(v, id) }
func (v *View) Job(id common.Hash) (*Job, error)             { return readJob(v, id) }
func (v *View) Receipt(id common.Hash) (*Receipt, error)     { return readReceipt(v, id) }
func (v *View) BatchInfo(b uint64) (*BatchInfo, error)       { return readBatchInfo(v, b) }
func (v *View) BatchReceiptID(b, i uint64) (common.Hash, bool, error) {
	return readBatchReceiptID(v, b, i)
}
func (v *View) BatchWithdrawal(b, i uint64) (*Withdrawal, error) { return readBatchWithdrawal(v, b, i) }
func (v *View) ForcedResult(index uint64) (*ForcedResult, error) { return readForcedResult(v, index) }

// EverSlashed is State.EverSlashed as of this view (the node-local set of
// ids slashed on any chain this node followed).
func (v *View) EverSlashed(id common.Hash) (bool, error) {
	_, closer, err := v.snap.Get(dbKey(pfxSlashed, id[:]))
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, wrapf(CodeState, err, "read slashed set")
	}
	closer.Close()
	return true, nil
}
