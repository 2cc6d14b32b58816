package sequencer

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/sequencer/mempool"
	"github.com/gpuroll/gpuroll/sequencer/store"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// maxMessagesPerBlock bounds the L1 messages one block consumes (a burst
// of deposits spreads over a few blocks; each block still consumes the
// oldest first, so none waits long).
const maxMessagesPerBlock = 4096

// maxUnposted: with this many sealed batches waiting for L1, the builder
// stops sealing on the batch interval (full batches still seal).
const maxUnposted = 2 * maxInFlight

// builderLoop builds one block every BlockTime and performs the rollbacks
// the L1 loop and the poster ask for. It is the only writer of the state.
func (s *Service) builderLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case r := <-s.rollbacks:
			s.doRollback(ctx, r)
		case <-t.C:
			if err := s.buildOnce(ctx); err != nil && ctx.Err() == nil {
				s.log.Error("block not built", "err", err)
			}
		}
	}
}

// buildOnce builds the next block if there is anything to put in it: L1
// messages, txs, or a batch to seal.
func (s *Service) buildOnce(ctx context.Context) error {
	c := s.chain
	c.mu.Lock()
	defer c.mu.Unlock()
	start := time.Now()
	g, err := c.st.Globals()
	if err != nil {
		return err
	}
	room, full := c.txRoom()
	head, _ := c.st.Head()
	openHasItems := head >= c.batchStart
	// While L1 lags behind (many sealed batches not yet posted), batches
	// are sealed only when full: small ones would cost L1 gas for nothing.
	backlog := g.BatchIndex - 1 - min(g.BatchIndex-1, s.lastPosted.Load())
	sealDue := openHasItems && time.Since(c.batchOpened) >= s.cfg.BatchInterval && backlog < maxUnposted
	var txs []*state.Verified
	if !full {
		txs = s.pool.Pending(s.cfg.MaxTxsPerBlock, room)
	}
	seen := s.msgsSeen.Load()
	if len(txs) == 0 && seen <= g.MessagesConsumed && !sealDue && !(full && openHasItems) {
		return nil // nothing to do: no empty blocks
	}
	in := buildInput{time: now(), msgsSeen: seen, maxMsgs: maxMessagesPerBlock, txs: txs, seal: sealDue || full}
	var out *built
	for {
		out, err = c.build(ctx, in)
		var big *errBlockTooBig
		if !errors.As(err, &big) {
			break
		}
		// The txs did not fit the open batch's body: take what the room
		// allows and seal.
		in.txs = in.txs[:big.keep(len(in.txs))]
		in.seal = true
	}
	if err != nil {
		return err
	}
	s.afterBlock(out, time.Since(start))
	// A batch final on L1 can no longer be rejected: the state's undo data
	// at or below it is not needed for any rollback.
	if f := s.lastFinal.Load(); f > c.prunedFinal {
		if err := c.st.Prune(f); err != nil {
			s.log.Warn("state history not pruned", "finalBatch", f, "err", err)
		} else {
			c.prunedFinal = f
		}
	}
	return nil
}

// afterBlock tells the mempool, the store, the metrics and the
// subscribers what the committed block did.
func (s *Service) afterBlock(out *built, took time.Duration) {
	blk := out.rec.Block
	hashes := make([]common.Hash, len(out.included))
	for i, t := range out.included {
		hashes[i] = t.v.ID
	}
	s.pool.Included(out.nonces, hashes)
	for _, d := range out.dropped {
		s.pool.Drop(d.v.ID, d.err)
	}
	for _, t := range out.included {
		s.referenceData(t, out.rec.Batch)
		if _, ok := t.v.Tx.Body.(*state.SubmitJob); ok {
			s.pendingJobs.Delete(t.v.Hash)
		}
	}
	s.prunePendingJobs()
	s.m.blockSeconds.Observe(took.Seconds())
	s.m.txsIncluded.Add(float64(len(out.included)))
	s.m.l2Head.Set(float64(blk.Number))
	st := s.pool.Stats()
	s.m.mempoolTxs.Set(float64(st.Txs))
	s.m.mempoolBytes.Set(float64(st.Bytes))
	s.m.recordStore(s.store.Stats())
	batch := out.rec.Batch
	if out.sealed != nil {
		batch++
		s.m.batchBytes.Observe(float64(out.sealed.BodyBytes))
		s.log.Info("batch sealed", "batch", out.sealed.Index, "blocks", fmt.Sprintf("%d..%d", out.sealed.FirstBlock, out.sealed.LastBlock),
			"bodyBytes", out.sealed.BodyBytes, "receipts", out.sealed.Receipts, "withdrawals", out.sealed.Withdraws,
			"messagesConsumed", out.sealed.Header.MessagesConsumed, "headerHash", out.sealed.HeaderHash)
	}
	s.m.openBatch.Set(float64(batch))
	s.log.Info("block", "number", blk.Number, "txs", len(out.included), "dropped", len(out.dropped),
		"items", len(blk.Items), "stateRoot", blk.StateRoot, "batch", out.rec.Batch, "took", took.Round(time.Microsecond))
	s.blockFeed.Send(blockJSON(out.rec, false))
	for _, t := range out.included {
		s.txFeed.Send(includedStatus(t, blk.Number, out.rec.Batch))
		if sj, ok := t.v.Tx.Body.(*state.SubmitJob); ok {
			s.publishJob(t.res.JobID, sj)
		}
	}
}

// referenceData tells the store that an included tx references job data
// (kept until its batch is final plus the retention).
func (s *Service) referenceData(t includedTx, batch uint64) {
	switch b := t.v.Tx.Body.(type) {
	case *state.SubmitJob:
		v := s.chain.acquire()
		j, err := v.Job(t.res.JobID)
		v.Release()
		if err != nil || j == nil {
			return
		}
		s.logRef(s.store.Reference(client.KindModel, j.ModelRoot, t.res.JobID, batch))
		s.logRef(s.store.Reference(client.KindInput, b.InputRoot, t.res.JobID, batch))
	case *state.PostReceipt:
		s.logRef(s.store.Reference(client.KindTrace, b.TraceRoot, t.res.ReceiptID, batch))
	}
}

// unreferenceData drops the store references of a tx undone by a
// rollback (its data is kept for the TTL again, and re-referenced if the
// tx is included anew).
func (s *Service) unreferenceData(tx *state.Tx) {
	switch b := tx.Body.(type) {
	case *state.SubmitJob:
		s.logRef(s.store.Unreference(s.domain.SigningHash(tx)))
	case *state.PostReceipt:
		v, err := s.domain.Verify(tx)
		if err != nil {
			return
		}
		s.logRef(s.store.Unreference(l1iface.ReceiptID(b.JobID, v.Sender, b.ModelRoot, b.InputRoot, b.Rows, b.Layers, b.TraceRoot)))
	}
}

func (s *Service) logRef(err error) {
	if err != nil {
		s.log.Error("store reference", "err", err)
	}
}

func (s *Service) publishJob(id common.Hash, sj *state.SubmitJob) {
	v := s.chain.acquire()
	defer v.Release()
	j, err := v.Job(id)
	if err != nil || j == nil {
		return
	}
	p, err := v.Params()
	if err != nil {
		return
	}
	s.jobFeed.Send(jobJSON(id, j, p))
}

// doRollback returns L2 to the end of batch r.to and puts the undone txs
// back into the mempool (those no longer valid are dropped with their
// reason), so they are replayed into new blocks and batches.
func (s *Service) doRollback(ctx context.Context, r rollbackReq) {
	c := s.chain
	c.mu.Lock()
	txs, err := c.rollback(ctx, r.to)
	c.mu.Unlock()
	if err != nil {
		s.log.Error("rollback failed", "to", r.to, "reason", r.reason, "err", err)
		return
	}
	s.m.rollbacks.Inc()
	for _, tx := range txs {
		s.unreferenceData(tx)
		// The mempool admits reinjected txs in parallel: a PostReceipt must
		// find its job's SubmitJob announced before either is admitted.
		if sj, ok := tx.Body.(*state.SubmitJob); ok {
			s.notePendingJob(s.domain.SigningHash(tx), sj)
		}
	}
	errs := s.pool.Reinject(txs)
	back := 0
	for i, err := range errs {
		if err == nil {
			back++
			st := &client.TxStatus{Hash: txs[i].ID(), Status: client.StatusPending}
			if v, err := s.domain.Verify(txs[i]); err == nil {
				describeTx(st, txs[i], v.Sender)
			}
			s.txFeed.Send(st)
		}
	}
	head, root := s.st.Head()
	s.log.Warn("L2 rolled back", "toBatch", r.to, "reason", r.reason, "head", head, "stateRoot", root,
		"txsUndone", len(txs), "txsBackInMempool", back)
	s.blockFeed.Send(&client.Block{Number: hexutil.Uint64(head), StateRoot: root})
}

// admit is the mempool's admission rule for what needs the job-data
// store or node-local history (DESIGN.md: "L2 state").
func (s *Service) admit(v *state.Verified) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	switch b := v.Tx.Body.(type) {
	case *state.SubmitJob:
		if err := s.store.CheckJob(ctx, b.Layers, b.Rows, b.InputRoot); err != nil {
			return storeRefusal("job data", err)
		}
		s.notePendingJob(v.Hash, b)
	case *state.PostReceipt:
		view := s.chain.acquire()
		defer view.Release()
		j, err := view.Job(b.JobID)
		if err != nil {
			return err
		}
		rows, outs := uint32(0), []uint32(nil)
		if j != nil {
			rows = j.Rows
			for _, h := range j.Headers {
				outs = append(outs, h.Out)
			}
		} else if pj, ok := s.pendingJobs.Load(b.JobID); ok {
			// The job's SubmitJob waits in the mempool (a rollback put both
			// back): it is included before this receipt, in arrival order.
			rows, outs = pj.(pendingJob).rows, pj.(pendingJob).outs
		} else {
			return &state.Error{Code: state.CodeUnknownJob, Msg: fmt.Sprintf("no job %s (yet)", b.JobID)}
		}
		id := l1iface.ReceiptID(b.JobID, v.Sender, b.ModelRoot, b.InputRoot, b.Rows, b.Layers, b.TraceRoot)
		if slashed, err := view.EverSlashed(id); err != nil {
			return err
		} else if slashed {
			return &state.Error{Code: state.CodeReceiptSlashed, Msg: fmt.Sprintf("receipt %s was slashed on a chain this sequencer followed", id)}
		}
		if err := s.store.CheckTrace(ctx, b.TraceRoot, rows, uint32(len(outs)), outs); err != nil {
			return storeRefusal("trace", err)
		}
	}
	return nil
}

// storeRefusal carries the store's stable code (700s) into the mempool's
// result: a job or receipt whose data is not stored, or does not match.
func storeRefusal(what string, err error) error {
	code, _ := store.CodeOf(err)
	return &state.Error{Code: state.Code(code), Msg: what, Err: err}
}

// onDrop records and announces a tx the mempool dropped after accepting it.
func (s *Service) onDrop(h common.Hash, err error) {
	code := int(mempool.CodeOf(err))
	rec := droppedRecord{At: now(), Code: code, Message: err.Error()}
	if werr := s.db.p.Set(key(pfxDropped, h[:]), encodeDropped(rec), pebble.NoSync); werr != nil {
		s.log.Error("record dropped tx", "tx", h, "err", werr)
	}
	s.m.txsDropped.WithLabelValues(strconv.Itoa(code)).Inc()
	s.log.Info("tx dropped", "tx", h, "code", code, "reason", err)
	s.txFeed.Send(&client.TxStatus{Hash: h, Status: client.StatusDropped, Code: code, Message: err.Error()})
}

// storeAccountCheck lets an account upload job data only when it exists
// on L2 with a balance or as a provider: the store's quotas are per
// account, and fresh keys would otherwise be free quota.
func (s *Service) storeAccountCheck(a common.Address) error {
	v := s.chain.acquire()
	defer v.Release()
	acc, err := v.Account(a)
	if err != nil {
		return err
	}
	if !acc.Balance.IsZero() {
		return nil
	}
	p, err := v.Provider(a)
	if err != nil {
		return err
	}
	if p == nil {
		return fmt.Errorf("account %s has no L2 balance and is not a provider: deposit first", a)
	}
	return nil
}

// pendingJob is a SubmitJob admitted to the mempool and not yet included:
// what a PostReceipt of it needs for the store's check.
type pendingJob struct {
	rows uint32
	outs []uint32
	at   time.Time
}

// prunePendingJobs forgets admitted SubmitJobs never included (refused by
// the pool after admission, or dropped) after an hour.
func (s *Service) prunePendingJobs() {
	if time.Since(s.lastPrune) < time.Minute {
		return
	}
	s.lastPrune = time.Now()
	s.pendingJobs.Range(func(k, v any) bool {
		if time.Since(v.(pendingJob).at) > time.Hour {
			s.pendingJobs.Delete(k)
		}
		return true
	})
}

// notePendingJob remembers an admitted SubmitJob until it is included.
func (s *Service) notePendingJob(id common.Hash, b *state.SubmitJob) {
	outs := make([]uint32, len(b.Layers))
	for i, l := range b.Layers {
		outs[i] = l.Header.Out
	}
	s.pendingJobs.Store(id, pendingJob{rows: b.Rows, outs: outs, at: time.Now()})
}
