package challenger

import (
	"container/heap"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gpuroll/gpuroll/circuit"
)

// The coordinator is one goroutine that owns every dispute's state (as
// op-challenger's scheduler does): derivation hands it receipts, it hands
// work to a bounded pool of checkers (download + re-execution) and one of
// provers, always the work whose dispute window closes first, and it
// starts the commit and reveal of each proof in goroutines of their own.
// Workers and those goroutines only report back through events; nothing
// else touches a dispute, and every transition is persisted before work
// that depends on it starts, so a restart resumes each dispute where it
// was (and never proves or reveals a finished one again).

type event any

// evHead: a new L1 head.
type evHead struct{ number, time uint64 }

// evReceipts: receipts of a derived batch (persisted already).
type evReceipts struct{ ds []*Dispute }

// evVoid: batches that are no longer on L1's chain (rejected, reorged out).
type evVoid struct{ batches []batchID }

type batchID struct {
	Index uint64
	Hash  common.Hash
}

type evChecked struct {
	id  common.Hash
	res *checkResult
}

type evProved struct {
	id   common.Hash
	ch   *circuit.Challenge
	err  error
	took time.Duration
}

// Outcomes of a commit or reveal attempt.
const (
	outDone      = "done"      // committed / revealed (landed)
	outLost      = "lost"      // the receipt is already slashed by someone else
	outExpired   = "expired"   // the window or reveal period closed
	outVoid      = "void"      // the batch is no longer pending
	outRetry     = "retry"     // try again later (err says why)
	outEarly     = "early"     // reveal: the commit's block has no successor yet
	outNoCommit  = "no-commit" // reveal: no commitment on L1, commit again
	outFailed    = "failed"    // cannot succeed (err says why)
	outAlreadyIn = "landed"    // reveal: our own earlier reveal had landed
)

type evTx struct {
	id      common.Hash
	reveal  bool
	outcome string
	block   uint64
	tx      common.Hash
	reward  *big.Int
	winner  common.Address
	err     error
	at      int64
	sentAt  int64
	attempt int
}

type evStop struct{ done chan struct{} }

// snapshotReq asks for copies of disputes (status, tests).
type snapshotReq struct {
	id    *common.Hash
	reply chan []*Dispute
}

type coordinator struct {
	s       *Service
	active  map[common.Hash]*Dispute
	checkQ  dq
	proveQ  dq
	idleC   int
	idleP   int
	checkCh chan *checkJob
	proveCh chan *proveJob
	// mats keeps what a check downloaded and re-executed, for its prover.
	mats     map[common.Hash]*material
	inflight map[common.Hash]bool // commit or reveal goroutine running
	retryAt  map[common.Hash]time.Time
	attempts map[common.Hash]int
	head     evHead
}

type checkJob struct{ d *Dispute }

type proveJob struct {
	d   *Dispute
	mat *material
}

func newCoordinator(s *Service) *coordinator {
	return &coordinator{
		s: s, active: map[common.Hash]*Dispute{},
		idleC: s.cfg.Checkers, idleP: s.cfg.Provers,
		checkCh: make(chan *checkJob, s.cfg.Checkers), proveCh: make(chan *proveJob, s.cfg.Provers),
		mats: map[common.Hash]*material{}, inflight: map[common.Hash]bool{},
		retryAt: map[common.Hash]time.Time{}, attempts: map[common.Hash]int{},
	}
}

// load restores the non-terminal disputes at start-up.
func (c *coordinator) load() error {
	return c.s.db.scan([]byte{pfxReceipt}, func(_, v []byte) error {
		var d Dispute
		if err := json.Unmarshal(v, &d); err != nil {
			return err
		}
		c.s.stats.count(&d)
		if terminal(d.Status) {
			return nil
		}
		switch d.Status {
		case StChecking, StUnavailable:
			d.Status = StQueued
		case StProving:
			d.Status = StFalse
		}
		c.add(&d)
		return nil
	})
}

func (c *coordinator) add(d *Dispute) {
	c.active[d.Receipt] = d
	switch d.Status {
	case StQueued:
		heap.Push(&c.checkQ, dqItem{id: d.Receipt, windowEnd: d.WindowEnd, batch: d.Batch, pos: d.Position})
	case StFalse:
		heap.Push(&c.proveQ, dqItem{id: d.Receipt, windowEnd: d.WindowEnd, batch: d.Batch, pos: d.Position})
	}
}

// run is the coordinator's loop; it returns when ctx ends.
func (c *coordinator) run(ctx context.Context) {
	tick := time.NewTicker(c.s.cfg.L1PollInterval)
	defer tick.Stop()
	for {
		c.dispatch(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case ev := <-c.s.events:
			c.handle(ctx, ev)
			// Drain what is waiting before dispatching again.
			for n := 0; n < 256; n++ {
				select {
				case ev := <-c.s.events:
					c.handle(ctx, ev)
					continue
				default:
				}
				break
			}
		}
	}
}

func (c *coordinator) handle(ctx context.Context, ev event) {
	switch e := ev.(type) {
	case evHead:
		if e.number >= c.head.number {
			c.head = e
		}
	case evReceipts:
		for _, d := range e.ds {
			c.receipt(d)
		}
	case evVoid:
		c.void(e.batches)
	case evChecked:
		c.idleC++
		c.checked(e.id, e.res)
	case evProved:
		c.idleP++
		c.proved(e)
	case evTx:
		delete(c.inflight, e.id)
		c.txDone(e)
	case snapshotReq:
		var out []*Dispute
		if e.id != nil {
			if d, ok := c.active[*e.id]; ok {
				out = append(out, d.clone())
			}
		} else {
			for _, d := range c.active {
				out = append(out, d.clone())
			}
		}
		e.reply <- out
	}
}

// receipt takes a receipt from derivation: new, or replayed into a
// replacement batch (then it resumes from where its dispute stood).
func (c *coordinator) receipt(d *Dispute) {
	old, ok := c.active[d.Receipt]
	if ok && old.Status != StVoid && old.HeaderHash == d.HeaderHash {
		return // a re-derivation of the same batch (after a restart)
	}
	if ok {
		// Same content, a new batch: keep the work done, commit anew.
		old.Batch, old.HeaderHash, old.Position = d.Batch, d.HeaderHash, d.Position
		old.WindowEnd, old.RevealEnd, old.Times.BatchSeen, old.Times.Derived = d.WindowEnd, d.RevealEnd, d.Times.BatchSeen, d.Times.Derived
		old.CommitTx, old.CommitAt, old.RevealTx, old.RevealAt = common.Hash{}, 0, common.Hash{}, 0
		old.Salt = c.s.secret.Salt(old.Receipt, old.HeaderHash)
		switch {
		case old.Proof != nil:
			old.Status = StProven
		case old.Step != nil:
			old.Status = StFalse
		default:
			old.Status = StQueued
		}
		old.note(fmt.Sprintf("replayed in batch %d (%s): %s", old.Batch, old.HeaderHash.TerminalString(), old.Status))
		c.persist(old)
		c.add(old)
		return
	}
	if terminal(d.Status) {
		return
	}
	c.add(d)
}

func (c *coordinator) void(bs []batchID) {
	set := map[batchID]bool{}
	for _, b := range bs {
		set[b] = true
	}
	for _, d := range c.active {
		if !set[batchID{d.Batch, d.HeaderHash}] || d.Status == StVoid {
			continue
		}
		d.note(fmt.Sprintf("batch %d %s is no longer on L1: void until replayed", d.Batch, d.HeaderHash.TerminalString()))
		d.Status = StVoid
		c.persist(d)
	}
}

// dispatch hands queued work to idle workers (earliest window first),
// starts commits and reveals, and expires what can no longer make it.
func (c *coordinator) dispatch(ctx context.Context) {
	if ctx.Err() != nil {
		return
	}
	nowT := time.Now()
	headTime := c.head.time
	open := func(d *Dispute) bool {
		return headTime == 0 || headTime+uint64(c.s.cfg.CommitMargin/time.Second) < d.WindowEnd
	}
	for c.idleC > 0 && c.checkQ.Len() > 0 {
		it := heap.Pop(&c.checkQ).(dqItem)
		d, ok := c.active[it.id]
		if !ok || d.Status != StQueued || d.Batch != it.batch {
			continue
		}
		if !open(d) {
			c.expire(d, "the dispute window closed before it was checked")
			continue
		}
		d.Status = StChecking
		d.Times.CheckStart = now()
		c.persist(d)
		c.idleC--
		c.checkCh <- &checkJob{d: d.clone()}
	}
	for c.idleP > 0 && c.proveQ.Len() > 0 {
		it := heap.Pop(&c.proveQ).(dqItem)
		d, ok := c.active[it.id]
		if !ok || d.Status != StFalse || d.Batch != it.batch {
			continue
		}
		if !open(d) {
			c.expire(d, "the dispute window closed before it was proven")
			continue
		}
		d.Status = StProving
		d.Times.ProveStart = now()
		c.persist(d)
		c.idleP--
		mat := c.mats[d.Receipt]
		c.proveCh <- &proveJob{d: d.clone(), mat: mat}
	}
	for id, d := range c.active {
		if c.inflight[id] {
			continue
		}
		if t, ok := c.retryAt[id]; ok && nowT.Before(t) {
			continue
		}
		switch d.Status {
		case StUnavailable:
			if !open(d) {
				c.expire(d, "the job data stayed unavailable until the window closed")
				continue
			}
			d.Status = StQueued
			c.add(d)
		case StProven, StCommitting:
			if !open(d) && d.Status == StProven {
				c.expire(d, "the dispute window closed before the commit")
				continue
			}
			if d.Status == StProven {
				d.Status = StCommitting
				if d.Salt == (common.Hash{}) {
					d.Salt = c.s.secret.Salt(d.Receipt, d.HeaderHash)
				}
				c.persist(d)
			}
			c.spawn(ctx, d, false, false)
		case StCommitted, StRevealing:
			if headTime != 0 && headTime >= d.RevealEnd {
				c.expire(d, "the reveal period ended before the reveal landed")
				continue
			}
			// A reveal must be in a later block than the commit: sent now
			// with a fixed gas limit it lands in the next block; otherwise
			// wait for that block and estimate.
			early := c.head.number <= d.CommitAt
			if early && (c.s.cfg.NoEarlyReveal || d.Status == StRevealing) {
				continue
			}
			if d.Status == StCommitted {
				d.Status = StRevealing
				c.persist(d)
			}
			c.spawn(ctx, d, true, early)
		}
	}
}

func (c *coordinator) spawn(ctx context.Context, d *Dispute, reveal, early bool) {
	c.inflight[d.Receipt] = true
	c.attempts[d.Receipt]++
	cp, attempt := d.clone(), c.attempts[d.Receipt]
	c.s.wg.Add(1)
	go func() {
		defer c.s.wg.Done()
		var ev evTx
		if reveal {
			ev = c.s.reveal(ctx, cp, early)
		} else {
			ev = c.s.commit(ctx, cp)
		}
		ev.id, ev.reveal, ev.attempt = cp.Receipt, reveal, attempt
		select {
		case c.s.events <- ev:
		case <-ctx.Done():
		}
	}()
}

func (c *coordinator) checked(id common.Hash, r *checkResult) {
	d, ok := c.active[id]
	if !ok || d.Status != StChecking {
		return
	}
	d.Times.CheckEnd = now()
	d.Times.FetchNanos, d.Times.ExecNanos = int64(r.fetch), int64(r.exec)
	s := c.s
	switch r.status {
	case StHonest:
		d.Status = StHonest
		d.note("re-executed: honest")
		s.stats.verified(d)
		c.resolveAlarm(d)
		s.m.receiptsVerified.Inc()
	case StFalse:
		d.Status = StFalse
		st := r.step
		d.Step = &st
		d.Reason = r.reason
		d.note(fmt.Sprintf("re-executed: first false step %v (%s)", st, r.reason))
		c.mats[id] = r.mat
		s.stats.falseFound(d)
		s.m.receiptsFalse.Inc()
		c.resolveAlarm(d)
		s.log.Warn("false receipt found", "receipt", id, "batch", d.Batch, "provider", d.Leaf.Provider, "step", st.String(), "reason", r.reason,
			"windowEnd", time.Unix(int64(d.WindowEnd), 0).UTC())
		heap.Push(&c.proveQ, dqItem{id: id, windowEnd: d.WindowEnd, batch: d.Batch, pos: d.Position})
	case StUnavailable:
		d.Status = StUnavailable
		d.Error = r.err.Error()
		d.note("job data unavailable: " + d.Error)
		c.retryAt[id] = time.Now().Add(s.cfg.DataRetry)
		s.m.dataUnavailable.WithLabelValues(r.alarm).Inc()
		c.raiseAlarm(d, r.alarm, fmt.Sprintf("receipt %s of batch %d: the store does not serve its job data: %v", d.Receipt, d.Batch, r.err))
	default:
		d.Status = StFailed
		d.Error = r.err.Error()
		d.note("check failed: " + d.Error)
		c.raiseAlarm(d, r.alarm, d.Error)
	}
	c.persist(d)
	c.finish(d)
}

func (c *coordinator) proved(e evProved) {
	d, ok := c.active[e.id]
	if !ok || d.Status != StProving {
		return
	}
	s := c.s
	d.Times.ProveEnd = now()
	if e.err != nil {
		d.Status = StFailed
		d.Error = e.err.Error()
		d.note("proof failed: " + d.Error)
		c.raiseAlarm(d, AlarmCannotProve, fmt.Sprintf("false receipt %s cannot be proven: %v", d.Receipt, e.err))
		c.persist(d)
		c.finish(d)
		return
	}
	ch := e.ch
	st := ch.Step
	d.Step, d.Class, d.Proof, d.Reason = &st, ch.Class.ID, ch.Proof, ch.Reason
	for i, p := range ch.Public {
		d.Public[i] = (*hexutil.Big)(new(big.Int).Set(p))
	}
	d.Times.ProveNanos = int64(e.took)
	d.Proofs++
	d.Status = StProven
	d.Salt = s.secret.Salt(d.Receipt, d.HeaderHash)
	d.note(fmt.Sprintf("proven: step %v class %d in %v", st, ch.Class.ID, e.took.Round(time.Millisecond)))
	delete(c.mats, e.id)
	s.stats.proofMade()
	s.m.proofsMade.Inc()
	s.m.proofSeconds.Observe(e.took.Seconds())
	c.persist(d)
}

func (c *coordinator) txDone(e evTx) {
	d, ok := c.active[e.id]
	if !ok || (d.Status != StCommitting && d.Status != StRevealing) {
		return
	}
	s := c.s
	delete(c.retryAt, e.id)
	switch e.outcome {
	case outDone:
		if !e.reveal {
			d.Status, d.CommitTx, d.CommitAt = StCommitted, e.tx, e.block
			d.Times.CommitSent, d.Times.Committed = e.sentAt, e.at
			d.note(fmt.Sprintf("committed in L1 block %d (%s)", e.block, e.tx.TerminalString()))
			s.stats.committed()
			s.m.committed.Inc()
			s.log.Info("challenge committed", "receipt", d.Receipt, "batch", d.Batch, "l1Block", e.block, "tx", e.tx)
			break
		}
		fallthrough
	case outAlreadyIn:
		d.Status, d.RevealTx, d.RevealAt = StLanded, e.tx, e.block
		d.Times.RevealSent, d.Times.Revealed = e.sentAt, e.at
		if e.reward != nil {
			d.Reward = (*hexutil.Big)(e.reward)
		}
		d.SlashedBy = s.from
		d.note(fmt.Sprintf("revealed in L1 block %d: slashed, reward %s wei", e.block, bigOf(d.Reward)))
		s.stats.landed(bigOf(d.Reward))
		s.m.revealed.Inc()
		s.m.landed.Inc()
		f, _ := new(big.Float).SetInt(bigOf(d.Reward)).Float64()
		s.m.rewards.Add(f)
		s.log.Info("provider slashed", "receipt", d.Receipt, "batch", d.Batch, "provider", d.Leaf.Provider,
			"reward", bigOf(d.Reward), "l1Block", e.block, "tx", e.tx)
	case outLost:
		d.Status, d.SlashedBy = StLost, e.winner
		d.note(fmt.Sprintf("already slashed by %s: nothing left to do", e.winner))
		s.stats.lost()
		s.m.lost.Inc()
		s.log.Info("receipt already slashed by another challenger (success)", "receipt", d.Receipt, "by", e.winner)
	case outExpired:
		c.expire(d, fmt.Sprintf("%v", e.err))
		return
	case outVoid:
		d.Status = StVoid
		d.note(fmt.Sprintf("batch not pending on L1: %v", e.err))
	case outEarly:
		d.Status = StCommitted
		c.retryAt[e.id] = time.Now().Add(s.cfg.L1PollInterval)
	case outNoCommit:
		d.Status, d.CommitAt, d.CommitTx = StProven, 0, common.Hash{}
		d.note("no commitment on L1 at reveal time: committing again")
	case outFailed:
		d.Status = StFailed
		d.Error = fmt.Sprintf("%v", e.err)
		d.note("failed: " + d.Error)
		c.raiseAlarm(d, AlarmRevealFailed, d.Error)
	default: // outRetry
		if d.Status == StRevealing {
			d.Status = StCommitted
		} else {
			d.Status = StProven
		}
		wait := min(time.Duration(c.attempts[e.id])*s.cfg.L1PollInterval, 30*time.Second)
		c.retryAt[e.id] = time.Now().Add(wait)
		s.log.Warn("L1 tx of a challenge failed; retrying", "receipt", d.Receipt, "reveal", e.reveal, "attempt", e.attempt, "in", wait, "err", e.err)
		d.note(fmt.Sprintf("attempt %d failed: %v", e.attempt, e.err))
	}
	c.persist(d)
	c.finish(d)
}

func (c *coordinator) expire(d *Dispute, why string) {
	prev := d.Status
	d.Status = StExpired
	d.Error = why
	d.note("expired: " + why)
	c.s.m.expired.WithLabelValues(prev).Inc()
	c.s.stats.expired()
	switch prev {
	case StFalse, StProving, StProven, StCommitting, StCommitted, StRevealing:
		c.raiseAlarm(d, AlarmMissed, fmt.Sprintf("false receipt %s of batch %d not slashed: %s", d.Receipt, d.Batch, why))
	case StUnavailable:
		// its data alarm stays
	default:
		c.s.log.Warn("sampled receipt not checked in time (the sample rate may exceed the capacity)", "receipt", d.Receipt, "batch", d.Batch)
	}
	c.persist(d)
	c.finish(d)
}

// finish drops a terminal dispute from the active set.
func (c *coordinator) finish(d *Dispute) {
	if !terminal(d.Status) {
		return
	}
	delete(c.active, d.Receipt)
	delete(c.mats, d.Receipt)
	delete(c.retryAt, d.Receipt)
	delete(c.attempts, d.Receipt)
	c.s.statusDirty()
}

func (c *coordinator) persist(d *Dispute) {
	if err := c.s.db.putJSON(key(pfxReceipt, d.Receipt[:]), d); err != nil {
		c.s.log.Error("persist dispute", "receipt", d.Receipt, "err", err)
	}
	c.s.stats.upsert(d)
	c.s.statusDirty()
}

func (c *coordinator) raiseAlarm(d *Dispute, kind, msg string) {
	d.Alarm = kind
	c.s.raise(Alarm{Kind: kind, Receipt: d.Receipt, Batch: d.Batch, HeaderHash: d.HeaderHash, Message: msg})
}

func (c *coordinator) resolveAlarm(d *Dispute) {
	if d.Alarm != "" {
		c.s.resolve(alarmID(d.Alarm, d.Batch, d.HeaderHash, d.Receipt), "the check completed")
		d.Alarm = ""
	}
}

// dq is a min-heap of work by dispute window end (then batch, position).
type dqItem struct {
	id        common.Hash
	windowEnd uint64
	batch     uint64
	pos       uint64
}

type dq []dqItem

func (q dq) Len() int { return len(q) }
func (q dq) Less(i, j int) bool {
	if q[i].windowEnd != q[j].windowEnd {
		return q[i].windowEnd < q[j].windowEnd
	}
	if q[i].batch != q[j].batch {
		return q[i].batch < q[j].batch
	}
	return q[i].pos < q[j].pos
}
func (q dq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *dq) Push(x any)   { *q = append(*q, x.(dqItem)) }
func (q *dq) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}
