package explorer

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// recentBlock is an L2 block as the recent lists and the throughput chart
// need it, decoded once from the block's canonical encoding.
type recentBlock struct {
	Number, Time uint64
	Hash, Parent common.Hash
	Batch        uint64
	Sealed       bool
	L1Messages   int
	Txs          []recentTx
}

// recentTx is one tx of a recent block.
type recentTx struct {
	Hash      common.Hash
	Type      string
	Sender    common.Address
	Block     uint64
	Time      uint64
	JobID     *common.Hash // a SubmitJob's job id
	ReceiptID *common.Hash // a PostReceipt's receipt id
	Lease     uint64       // SubmitJob's lease
}

// decodeBlock turns an API block with its raw encoding into a recentBlock
// (each tx's sender recovered under the chain's domain).
func decodeBlock(d *state.Domain, b *client.Block) (*recentBlock, error) {
	rb := &recentBlock{Number: uint64(b.Number), Time: uint64(b.Timestamp), Hash: b.Hash, Parent: b.ParentHash, Batch: uint64(b.Batch),
		Sealed: b.SealedBatch != nil, L1Messages: len(b.L1Messages)}
	if b.Number == 0 || len(b.Raw) == 0 {
		return rb, nil
	}
	blk, err := state.DecodeBlock(b.Raw)
	if err != nil {
		return nil, fmt.Errorf("block %d: %w", b.Number, err)
	}
	for _, it := range blk.Items {
		if it.Tx == nil {
			continue
		}
		v, err := d.Verify(it.Tx)
		if err != nil {
			return nil, fmt.Errorf("block %d: tx %s: %w", b.Number, it.Tx.ID(), err)
		}
		t := recentTx{Hash: v.ID, Type: it.Tx.Body.Type().String(), Sender: v.Sender, Block: rb.Number, Time: rb.Time}
		switch body := it.Tx.Body.(type) {
		case *state.SubmitJob:
			id := v.Hash
			t.JobID, t.Lease = &id, body.LeaseID
		case *state.PostReceipt:
			id := l1iface.ReceiptID(body.JobID, v.Sender, body.ModelRoot, body.InputRoot, body.Rows, body.Layers, body.TraceRoot)
			t.ReceiptID = &id
			jid := body.JobID
			t.JobID = &jid
		}
		rb.Txs = append(rb.Txs, t)
	}
	return rb, nil
}

// recentBlocks keeps the L2 blocks of the last window (at most max of
// them), contiguous and newest last.
type recentBlocks struct {
	mu     sync.RWMutex
	blocks []*recentBlock
	window time.Duration
	max    int
}

// head is the newest block kept, nil when none.
func (r *recentBlocks) head() *recentBlock {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if len(r.blocks) == 0 {
		return nil
	}
	return r.blocks[len(r.blocks)-1]
}

// add appends blocks that follow the head. A block whose parent is not
// the head means a rollback replaced kept blocks: the newest rollbackDepth
// are dropped and add stops (the caller reads on from the new head). A
// block that does not follow the head's number starts the list again.
func (r *recentBlocks) add(bs []*recentBlock) []*recentBlock {
	r.mu.Lock()
	defer r.mu.Unlock()
	defer r.trim()
	var added []*recentBlock
	for _, b := range bs {
		if n := len(r.blocks); n > 0 {
			last := r.blocks[n-1]
			if b.Number != last.Number+1 {
				r.blocks = nil
			} else if b.Parent != last.Hash {
				// A new array: readers may hold the old one's first n.
				r.blocks = slices.Clone(r.blocks[:max(0, n-rollbackDepth)])
				return added
			}
		}
		r.blocks = append(r.blocks, b)
		added = append(added, b)
	}
	return added
}

// rollbackDepth: how many kept blocks a detected rollback drops at once
// (a guardian's rejection rolls back one batch, a few dozen blocks; a
// deeper one drops more on the next read).
const rollbackDepth = 64

// truncate drops the blocks above n (the sequencer's head went back).
func (r *recentBlocks) truncate(n uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	i := len(r.blocks)
	for i > 0 && r.blocks[i-1].Number > n {
		i--
	}
	if i < len(r.blocks) {
		// A new array: readers may hold the old one, and the blocks that
		// replace these would be appended over theirs.
		r.blocks = slices.Clone(r.blocks[:i])
	}
}

func (r *recentBlocks) trim() {
	if len(r.blocks) == 0 {
		return
	}
	newest := r.blocks[len(r.blocks)-1].Time
	i := 0
	for i < len(r.blocks)-1 && (len(r.blocks)-i > r.max || newest-r.blocks[i].Time > uint64(r.window/time.Second)) {
		i++
	}
	if i > 0 {
		r.blocks = append([]*recentBlock(nil), r.blocks[i:]...)
	}
}

// snapshot is the kept blocks, oldest first (shared: do not modify).
func (r *recentBlocks) snapshot() []*recentBlock {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.blocks[:len(r.blocks):len(r.blocks)]
}

// latest returns up to n blocks, newest first.
func (r *recentBlocks) latest(n int) []*recentBlock {
	bs := r.snapshot()
	out := make([]*recentBlock, 0, n)
	for i := len(bs) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, bs[i])
	}
	return out
}

// txs returns up to n recent txs matching keep, newest first.
func (r *recentBlocks) txs(n int, keep func(*recentTx) bool) []recentTx {
	bs := r.snapshot()
	var out []recentTx
	for i := len(bs) - 1; i >= 0 && len(out) < n; i-- {
		for j := len(bs[i].Txs) - 1; j >= 0 && len(out) < n; j-- {
			if t := &bs[i].Txs[j]; keep == nil || keep(t) {
				out = append(out, *t)
			}
		}
	}
	return out
}

// throughput counts txs and SubmitJobs per minute over the minutes
// ending at now (oldest first), and the first time the blocks cover.
type throughput struct {
	Minutes   int
	Txs, Jobs []int
	End       uint64 // unix seconds
	Covered   uint64 // the oldest block's time: earlier minutes are unknown, not zero
}

func (r *recentBlocks) throughput(minutes int, now uint64) throughput {
	tp := throughput{Minutes: minutes, Txs: make([]int, minutes), Jobs: make([]int, minutes), End: now}
	bs := r.snapshot()
	if len(bs) > 0 {
		tp.Covered = bs[0].Time
	}
	start := now - uint64(minutes*60)
	for _, b := range bs {
		if b.Time < start || b.Time >= now {
			continue
		}
		m := int((b.Time - start) / 60)
		tp.Txs[m] += len(b.Txs)
		for _, t := range b.Txs {
			if t.Type == state.TxSubmitJob.String() {
				tp.Jobs[m]++
			}
		}
	}
	return tp
}
