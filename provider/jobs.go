package provider

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// ---- discovery ----

// load reads the records into memory.
func (s *Service) load() error {
	js, err := s.db.jobs()
	if err != nil {
		return fmt.Errorf("provider: read records: %w", err)
	}
	ws, err := s.db.withdrawals()
	if err != nil {
		return fmt.Errorf("provider: read records: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range js {
		s.jobs[r.ID] = r
	}
	s.ws = ws
	s.pruneLocked(time.Now())
	return nil
}

// keepTerminal is how long a finished job stays in memory (and in the
// status's list); its record stays in pebble.
const keepTerminal = time.Hour

// archive totals the finished jobs dropped from memory.
type archive struct {
	done, rejected, failed, slashed, forfeited int
	released                                   *big.Int
}

// pruneLocked drops finished jobs older than keepTerminal from memory,
// keeping their totals. The caller holds mu.
func (s *Service) pruneLocked(now time.Time) {
	if s.archived.released == nil {
		s.archived.released = new(big.Int)
	}
	for id, r := range s.jobs {
		if !terminal(r.State) || r.DoneAt.IsZero() || now.Sub(r.DoneAt) < keepTerminal || s.busy[id] {
			continue
		}
		switch r.State {
		case StatePaid:
			s.archived.done++
			if p, ok := new(big.Int).SetString(r.Price, 10); ok {
				s.archived.released.Add(s.archived.released, p)
			}
		case StateRejected:
			s.archived.rejected++
		case StateSlashed:
			s.archived.slashed++
			s.archived.failed++
		case StateForfeited:
			s.archived.forfeited++
			s.archived.failed++
		default:
			s.archived.failed++
		}
		delete(s.jobs, id)
	}
}

// resume picks up every job its records left unfinished: queued ones go
// back in the queue (a job that was running is run again), executed ones
// upload their kept trace, and a receipt or rejection in flight is
// followed (never signed a second time).
func (s *Service) resume() {
	s.mu.Lock()
	var todo []*jobRecord
	for _, r := range s.jobs {
		if !terminal(r.State) && r.State != StateReceipted {
			todo = append(todo, r)
		}
	}
	s.mu.Unlock()
	// Txs signed before the stop that never reached the sequencer go out
	// first, byte for byte, before anything new takes their nonces.
	for _, r := range todo {
		if (r.State == StatePosting || r.State == StateRejecting) && len(r.TxRaw) > 0 {
			s.resendIfUnknown(s.stopCtx, r)
		}
	}
	for _, r := range todo {
		switch r.State {
		case StateQueued:
			s.log.Info("resuming job: queued again", "job", r.ID, "runs", r.Runs)
			s.sched.push(r.ID, r.SeenAt)
		default:
			s.log.Info("resuming job", "job", r.ID, "state", r.State, "tx", r.TxHash)
			s.drive(r.ID)
		}
	}
	s.updateQueueGauges()
}

// drive starts the goroutine that takes a record past execution (unless
// one already does).
func (s *Service) drive(id common.Hash) {
	s.mu.Lock()
	if s.busy[id] {
		s.mu.Unlock()
		return
	}
	s.busy[id] = true
	s.mu.Unlock()
	s.work.Add(1)
	go func() {
		defer s.work.Done()
		defer func() {
			s.mu.Lock()
			delete(s.busy, id)
			s.mu.Unlock()
		}()
		s.finish(s.killCtx, id)
	}()
}

// subscribeLoop follows the jobsAssigned subscription over WebSocket,
// resubscribing after a lost connection. Polling covers what it misses.
func (s *Service) subscribeLoop(ctx context.Context) {
	backoff := time.Second
	for ctx.Err() == nil {
		err := s.subscribeOnce(ctx)
		if ctx.Err() != nil {
			return
		}
		s.log.Info("jobs subscription ended: polling until it is back", "ws", s.wsURL, "err", err, "retry", backoff)
		if !sleep(ctx, backoff) {
			return
		}
		backoff = min(2*backoff, 30*time.Second)
	}
}

func (s *Service) subscribeOnce(ctx context.Context) error {
	dctx, cancel := s.call(ctx)
	ws, err := client.Dial(dctx, s.wsURL)
	cancel()
	if err != nil {
		return err
	}
	defer ws.Close()
	ch := make(chan *client.Job, 64)
	sctx, cancel := s.call(ctx)
	sub, err := ws.SubscribeJobs(sctx, s.me, ch)
	cancel()
	if err != nil {
		return err
	}
	defer sub.Unsubscribe()
	s.log.Debug("subscribed to assigned jobs", "ws", s.wsURL)
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			return err
		case j := <-ch:
			s.assigned(j)
		}
	}
}

// pollLoop lists the provider's pending jobs every PollInterval: the
// fallback of the subscription, and how jobs assigned while the provider
// was down are found.
func (s *Service) pollLoop(ctx context.Context) {
	for {
		cctx, cancel := s.call(ctx)
		js, err := s.cli.Jobs(cctx, s.me, client.JobPending)
		cancel()
		if err != nil && ctx.Err() == nil {
			s.log.Warn("poll pending jobs", "err", err)
		}
		// Arrival order: the order of inclusion (by block; within a block
		// the subscription, when it works, has delivered them in order).
		sort.SliceStable(js, func(a, b int) bool { return blockOf(&js[a]) < blockOf(&js[b]) })
		for i := range js {
			s.assigned(&js[i])
		}
		if !sleep(ctx, s.cfg.PollInterval) {
			return
		}
	}
}

func blockOf(j *client.Job) uint64 {
	if j.Block == nil {
		return ^uint64(0)
	}
	return uint64(*j.Block)
}

// assigned takes note of a job the sequencer says is assigned to this
// provider: a new one is recorded and queued in arrival order.
func (s *Service) assigned(j *client.Job) {
	if j == nil || j.Provider != s.me || j.Status != client.JobPending {
		return
	}
	// The subscription and the poll report the same jobs: one at a time
	// here, so a job is recorded and queued exactly once.
	s.assignMu.Lock()
	defer s.assignMu.Unlock()
	s.mu.Lock()
	r, known := s.jobs[j.ID]
	busy := s.busy[j.ID]
	s.mu.Unlock()
	if !known {
		// A job finished long ago is only in pebble: pending again on L2
		// means a rollback, and its record says what was sent.
		var old jobRecord
		if ok, err := s.db.get(jobKey(j.ID), &old); err != nil {
			s.log.Error("read job record", "job", j.ID, "err", err)
			return
		} else if ok {
			s.mu.Lock()
			s.jobs[j.ID] = &old
			s.mu.Unlock()
			r, known = &old, true
		}
	}
	if known {
		if terminal(r.State) || r.State == StateReceipted {
			// Pending again on L2 although our tx was included: a rollback
			// put it back. Follow it again.
			if !busy && s.stopCtx.Err() == nil {
				s.log.Info("job pending again on L2 (a rollback?): following it", "job", j.ID, "state", r.State)
				s.recheck(r.ID)
			}
		}
		return
	}
	r = &jobRecord{ID: j.ID, State: StateQueued, SeenAt: time.Now(), Lease: uint64(j.LeaseID), Buyer: j.Buyer,
		Rows: uint64(j.Rows), Layers: len(j.Layers), MACs: uint64(j.MACs)}
	if j.Price != nil {
		r.Price = (*uint256.Int)(j.Price).Dec()
	}
	if err := s.db.putJob(r); err != nil {
		s.log.Error("record job", "job", j.ID, "err", err)
		return
	}
	s.mu.Lock()
	s.jobs[j.ID] = r
	s.mu.Unlock()
	s.log.Info("job assigned", "job", j.ID, "lease", uint64(j.LeaseID), "rows", uint64(j.Rows), "layers", len(j.Layers), "macs", uint64(j.MACs))
	s.sched.push(j.ID, r.SeenAt)
	s.updateQueueGauges()
}

// recheck moves a record whose job is pending on L2 again back to the
// state that follows its tx.
func (s *Service) recheck(id common.Hash) {
	s.mu.Lock()
	r := s.jobs[id]
	switch r.State {
	case StateReceipted, StatePaid, StateSlashed, StateForfeited, StateGone:
		if r.TxHash != (common.Hash{}) && r.TraceRoot != (common.Hash{}) {
			r.State = StatePosting
		} else {
			r.State = StateQueued
		}
	case StateRejected:
		r.State = StateRejecting
	}
	rec := *r
	s.mu.Unlock()
	if err := s.db.putJob(&rec); err != nil {
		s.log.Error("record job", "job", id, "err", err)
		return
	}
	if rec.State == StateQueued {
		s.sched.push(id, rec.SeenAt)
		return
	}
	s.drive(id)
}

// ---- dispatch and execution ----

// dispatchLoop starts queued jobs on free, healthy slots in arrival
// order, unless new work is paused (bond), and rejects jobs that waited
// longer than QueueTimeout.
func (s *Service) dispatchLoop(ctx context.Context) {
	t := time.NewTicker(min(s.cfg.PollInterval, time.Second))
	defer t.Stop()
	for {
		for _, id := range s.sched.expire(time.Now(), s.cfg.QueueTimeout) {
			s.rejectAsync(id, ReasonCapacity, fmt.Sprintf("waited more than %v for a healthy GPU", s.cfg.QueueTimeout))
		}
		if !s.paused() {
			for {
				id, sl, ok := s.sched.next()
				if !ok {
					break
				}
				s.mu.Lock()
				s.busy[id] = true
				s.mu.Unlock()
				s.work.Add(1)
				go func() {
					defer s.work.Done()
					s.runJob(s.killCtx, id, sl)
				}()
			}
		}
		s.updateQueueGauges()
		select {
		case <-ctx.Done():
			return
		case <-s.sched.wake:
		case <-t.C:
		}
	}
}

func (s *Service) paused() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pause != ""
}

func (s *Service) updateQueueGauges() {
	q, running, _ := s.sched.counts()
	s.m.queue.Set(float64(q))
	s.m.running.Set(float64(running))
}

func (s *Service) record(id common.Hash) *jobRecord {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.jobs[id]
	if r == nil {
		return nil
	}
	c := *r
	c.Sent = append([]common.Hash(nil), r.Sent...)
	return &c
}

// save persists a record and updates the in-memory copy.
func (s *Service) save(r *jobRecord) error {
	if err := s.db.putJob(r); err != nil {
		s.log.Error("record job", "job", r.ID, "err", err)
		return err
	}
	c := *r
	s.mu.Lock()
	s.jobs[r.ID] = &c
	s.mu.Unlock()
	return nil
}

// errRetry: the step did not finish, try again later.
var errRetry = errors.New("retry later")

// rejection is a job the provider will not run, with its reason.
type rejection struct {
	reason uint8
	why    string
}

func (r *rejection) Error() string { return fmt.Sprintf("%s: %s", ReasonText(r.reason), r.why) }

func reject(reason uint8, format string, a ...any) error {
	return &rejection{reason: reason, why: fmt.Sprintf(format, a...)}
}

// runJob runs one job on a slot: fetch and check the job and its data,
// execute (metered on a GPU), keep the trace, then free the slot and
// carry on to the receipt.
func (s *Service) runJob(ctx context.Context, id common.Hash, sl *slot) {
	released := false
	release := func() {
		if !released {
			released = true
			s.sched.release(sl, id)
			s.updateQueueGauges()
		}
	}
	defer func() {
		release()
		s.mu.Lock()
		delete(s.busy, id)
		s.mu.Unlock()
	}()
	r := s.record(id)
	if r == nil || r.State != StateQueued {
		return
	}
	r.Runs++
	r.GPU = sl.name
	if s.save(r) != nil {
		return
	}
	err := s.execute(ctx, r, sl)
	var rej *rejection
	switch {
	case err == nil:
		release()
		s.finish(ctx, id)
	case errors.As(err, &rej):
		release()
		s.rejectJob(ctx, id, rej.reason, rej.why)
	case errors.Is(err, errGone):
		release()
	case ctx.Err() != nil:
		// Stopping: the record stays queued, to be run at the next start.
		s.log.Info("job interrupted by the stop: it resumes at the next start", "job", id)
	default:
		s.log.Warn("job failed for now: queued again", "job", id, "err", err)
		release()
		go func() {
			if sleep(s.stopCtx, s.cfg.PollInterval) {
				s.sched.push(id, r.SeenAt)
			}
		}()
	}
}

// errGone: the job is no longer pending on L2 (recorded as gone).
var errGone = errors.New("job no longer pending")

// fetchJob reads a job from the sequencer and checks what it says: it is
// this provider's, and its declared shape is a valid job (the STF only
// accepts such jobs; anything else means the API is not to be trusted
// for it, and the job is rejected as malformed).
func (s *Service) fetchJob(ctx context.Context, id common.Hash) (*client.Job, error) {
	cctx, cancel := s.call(ctx)
	j, err := s.cli.Job(cctx, id)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("read job %s: %w", id, err)
	}
	if j.ID != id {
		return nil, fmt.Errorf("asked for job %s, the sequencer answered with %s", id, j.ID)
	}
	if j.Provider != s.me {
		return nil, fmt.Errorf("job %s is assigned to %s, not to this provider", id, j.Provider)
	}
	if j.Price == nil || j.SlashAmount == nil {
		return nil, fmt.Errorf("job %s: the sequencer's answer lacks the price or slash amount", id)
	}
	return j, nil
}

// jobShape checks a job's declared layers and rows and derives its MAC
// count and the sizes of its model and input.
func jobShape(j *client.Job) (macs, modelBytes, inputBytes uint64, err error) {
	L := len(j.Layers)
	rows := uint64(j.Rows)
	if L < 1 || L > job.MaxLayers {
		return 0, 0, 0, fmt.Errorf("%d layers (1..%d)", L, job.MaxLayers)
	}
	if rows < 1 || rows > job.MaxRows || rows*uint64(L) > job.MaxTraceLeaves {
		return 0, 0, 0, fmt.Errorf("%d rows × %d layers out of range", rows, L)
	}
	modelBytes = 7
	for i, l := range j.Layers {
		in, out := uint64(l.In), uint64(l.Out)
		if in < 1 || in > job.MaxWidth || out < 1 || out > job.MaxWidth || uint64(l.Shift) > job.MaxShift {
			return 0, 0, 0, fmt.Errorf("layer %d: %d→%d, shift %d out of range", i+1, in, out, uint64(l.Shift))
		}
		if i > 0 && in != uint64(j.Layers[i-1].Out) {
			return 0, 0, 0, fmt.Errorf("layer %d takes %d inputs, layer %d gives %d", i+1, in, i, uint64(j.Layers[i-1].Out))
		}
		macs += rows * in * out
		modelBytes += 11 + in*out + 4*out
	}
	inputBytes = 13 + rows*uint64(j.Layers[0].In)
	return macs, modelBytes, inputBytes, nil
}

// checkLimits applies the provider's limits to a job's declared shape.
func (s *Service) checkLimits(j *client.Job, macs, modelBytes, inputBytes uint64) error {
	l := &s.cfg.Limits
	for i, ly := range j.Layers {
		if uint64(ly.In) > uint64(l.MaxWidth) || uint64(ly.Out) > uint64(l.MaxWidth) {
			return reject(ReasonCapacity, "layer %d is %d→%d wide, this provider takes at most %d", i+1, uint64(ly.In), uint64(ly.Out), l.MaxWidth)
		}
	}
	switch {
	case uint64(j.Rows) > uint64(l.MaxRows):
		return reject(ReasonCapacity, "%d rows, this provider takes at most %d", uint64(j.Rows), l.MaxRows)
	case uint64(len(j.Layers)) > uint64(l.MaxLayers):
		return reject(ReasonCapacity, "%d layers, this provider takes at most %d", len(j.Layers), l.MaxLayers)
	case macs > l.MaxMACs:
		return reject(ReasonCapacity, "%d MACs, this provider takes at most %d", macs, l.MaxMACs)
	case modelBytes > l.MaxModelBytes:
		return reject(ReasonCapacity, "a model of %d bytes, this provider takes at most %d", modelBytes, l.MaxModelBytes)
	case inputBytes > l.MaxInputBytes:
		return reject(ReasonCapacity, "an input of %d bytes, this provider takes at most %d", inputBytes, l.MaxInputBytes)
	}
	return nil
}

// execute checks the job, fetches and checks its data, runs it and keeps
// the trace (StateExecuted). A *rejection says why the job cannot run.
func (s *Service) execute(ctx context.Context, r *jobRecord, sl *slot) error {
	j, err := s.fetchJob(ctx, r.ID)
	if err != nil {
		return err
	}
	if j.Status != client.JobPending {
		return s.gone(r, "the job is "+j.Status+" on L2")
	}
	macs, modelBytes, inputBytes, err := jobShape(j)
	if err != nil {
		return reject(ReasonMalformed, "the job's declared shape is invalid: %v", err)
	}
	if err := s.checkLimits(j, macs, modelBytes, inputBytes); err != nil {
		return err
	}
	me, in, err := s.fetchData(ctx, j)
	if err != nil {
		return err
	}
	// The model is the one the job's root names (Download checks the
	// root), so its headers are what the buyer committed to; the job's
	// declared dims and rows must be the same.
	m := me.model
	if len(m.Layers) != len(j.Layers) {
		return reject(ReasonDims, "the job declares %d layers, its model has %d", len(j.Layers), len(m.Layers))
	}
	for i, ly := range j.Layers {
		h := m.Layers[i].Header
		if uint64(h.In) != uint64(ly.In) || uint64(h.Out) != uint64(ly.Out) || uint64(h.Shift) != uint64(ly.Shift) || h.ReLU != ly.ReLU {
			return reject(ReasonDims, "layer %d: the job declares %d→%d shift %d relu %v, the model has %d→%d shift %d relu %v",
				i+1, uint64(ly.In), uint64(ly.Out), uint64(ly.Shift), ly.ReLU, h.In, h.Out, h.Shift, h.ReLU)
		}
	}
	if uint64(in.Rows) != uint64(j.Rows) || in.Width != m.InputWidth() {
		return reject(ReasonDims, "the input has %d rows of %d values, the job declares %d rows for a model taking %d",
			in.Rows, in.Width, uint64(j.Rows), m.InputWidth())
	}
	if err := job.CheckJob(m, in); err != nil {
		return reject(ReasonMalformed, "%v", err)
	}

	var (
		tr      *job.Trace
		metered Metering
		start   time.Time
	)
	for attempt := 1; ; attempt++ {
		var meter *Meter
		if sl.gpu >= 0 {
			meter = s.gpus.StartMeter(sl.gpu, s.cfg.MeterInterval)
		}
		start = time.Now()
		tr, err = sl.execute(ctx, me, in)
		if meter != nil {
			metered = meter.Stop()
			s.m.meterSamples.Add(float64(metered.Samples))
		}
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		s.log.Warn("execution failed", "job", r.ID, "slot", sl.id, "attempt", attempt, "err", err)
		if attempt >= s.cfg.ExecAttempts {
			return reject(ReasonExecFailed, "the executor failed %d times: %v", attempt, err)
		}
	}
	took := time.Since(start)
	if err := tr.Validate(m, in.Rows); err != nil {
		return reject(ReasonExecFailed, "the executor's trace: %v", err)
	}
	stored := tr.Stored()
	tb, err := job.EncodeTrace(stored)
	if err != nil {
		return reject(ReasonExecFailed, "encode the trace: %v", err)
	}
	root, err := tr.Root()
	if err != nil {
		return reject(ReasonExecFailed, "trace root: %v", err)
	}
	rootH := common.Hash(root.Bytes())
	if err := s.traces.put(rootH, tb); err != nil {
		return err
	}
	s.m.execSeconds.Observe(took.Seconds())
	r.State, r.TraceRoot, r.ExecMS = StateExecuted, rootH, took.Milliseconds()
	if sl.gpu >= 0 {
		r.Metered = metered.GPUMillis
	}
	s.log.Info("job executed", "job", r.ID, "slot", sl.id, "gpu", sl.name, "took", took, "traceRoot", rootH,
		"gpuMillis", r.Metered, "utilization", metered.MeanUtilization, "energyMJ", metered.EnergyMilliJoules)
	return s.save(r)
}

// gone records that a job is no longer pending on L2.
func (s *Service) gone(r *jobRecord, why string) error {
	r.State, r.Error, r.DoneAt = StateGone, why, time.Now()
	s.m.jobs.WithLabelValues("failed").Inc()
	s.log.Info("job no longer pending on L2", "job", r.ID, "why", why)
	if err := s.save(r); err != nil {
		return err
	}
	return errGone
}

// fetchData downloads the job's model (or takes it from the cache) and
// input, with retries. The store client checks that each blob decodes
// and hashes to the job's root.
func (s *Service) fetchData(ctx context.Context, j *client.Job) (*modelEntry, *job.Input, error) {
	var (
		me      = s.models.get(j.ModelRoot)
		in      *job.Input
		lastErr error
		backoff = s.cfg.FetchBackoff
	)
	for attempt := 1; attempt <= s.cfg.FetchAttempts; attempt++ {
		if attempt > 1 && !sleep(ctx, backoff) {
			return nil, nil, ctx.Err()
		}
		if attempt > 1 {
			backoff = min(2*backoff, 30*time.Second)
		}
		if me == nil {
			b, err := s.download(ctx, client.KindModel, j.ModelRoot, s.cfg.Limits.MaxModelBytes)
			var rej *rejection
			if errors.As(err, &rej) {
				return nil, nil, err
			}
			if err != nil {
				lastErr = fmt.Errorf("model %s: %w", j.ModelRoot, err)
				if ctx.Err() != nil {
					return nil, nil, ctx.Err()
				}
				s.log.Warn("fetch model", "job", j.ID, "attempt", attempt, "err", err)
				continue
			}
			m, err := job.DecodeModel(b)
			if err != nil { // Download decoded it already: only a bug gets here
				return nil, nil, reject(ReasonMalformed, "model %s: %v", j.ModelRoot, err)
			}
			me = s.models.add(j.ModelRoot, m, int64(len(b)))
		}
		b, err := s.download(ctx, client.KindInput, j.InputRoot, s.cfg.Limits.MaxInputBytes)
		var rej *rejection
		if errors.As(err, &rej) {
			return nil, nil, err
		}
		if err != nil {
			lastErr = fmt.Errorf("input %s: %w", j.InputRoot, err)
			if ctx.Err() != nil {
				return nil, nil, ctx.Err()
			}
			s.log.Warn("fetch input", "job", j.ID, "attempt", attempt, "err", err)
			continue
		}
		if in, err = job.DecodeInput(b); err != nil {
			return nil, nil, reject(ReasonMalformed, "input %s: %v", j.InputRoot, err)
		}
		return me, in, nil
	}
	if errors.Is(lastErr, client.ErrBadBlob) {
		return nil, nil, reject(ReasonMalformed, "after %d attempts: %v", s.cfg.FetchAttempts, lastErr)
	}
	return nil, nil, reject(ReasonUnavailable, "after %d attempts: %v", s.cfg.FetchAttempts, lastErr)
}

// download fetches one blob (the store client checks that it decodes and
// hashes to root), refusing one above limit bytes: the job's declared
// shape implies the size, and a blob of another size is the buyer's data
// all the same (its root says so), so the shape checks that follow say
// what does not match.
func (s *Service) download(ctx context.Context, kind string, root common.Hash, limit uint64) ([]byte, error) {
	cctx, cancel := context.WithTimeout(ctx, 10*s.cfg.RPCTimeout)
	defer cancel()
	b, err := s.store.Download(cctx, kind, root)
	if err != nil {
		return nil, err
	}
	if uint64(len(b)) > limit {
		return nil, reject(ReasonCapacity, "the %s is %d bytes, this provider takes at most %d", kind, len(b), limit)
	}
	return b, nil
}

// ---- receipts ----

// finish drives a record from StateExecuted to an included receipt (or a
// rejection to its inclusion): upload the trace, check the bond, post the
// receipt, follow it. It returns when the record needs nothing more from
// it, or ctx ends.
func (s *Service) finish(ctx context.Context, id common.Hash) {
	backoff := s.cfg.TxPollInterval
	for ctx.Err() == nil {
		r := s.record(id)
		if r == nil {
			return
		}
		var err error
		switch r.State {
		case StateExecuted:
			err = s.upload(ctx, r)
		case StateUploaded:
			err = s.postReceipt(ctx, r)
		case StatePosting:
			err = s.followTx(ctx, r)
		case StateRejecting:
			if r.TxHash == (common.Hash{}) {
				err = s.signReject(ctx, r)
			} else {
				err = s.followTx(ctx, r)
			}
		case StateQueued:
			// Back to execution (the kept trace was lost).
			s.sched.push(id, r.SeenAt)
			return
		default:
			return
		}
		if err == nil {
			backoff = s.cfg.TxPollInterval
			continue
		}
		if errors.Is(err, errGone) || ctx.Err() != nil {
			return
		}
		if !errors.Is(err, errRetry) {
			s.log.Warn("job step failed: retrying", "job", id, "state", r.State, "err", err, "in", backoff)
		}
		if !sleep(ctx, backoff) {
			return
		}
		backoff = min(2*backoff, s.cfg.PollInterval)
	}
}

// upload stores the kept trace: the store serves the result from it, and
// the sequencer admits the receipt only once it is stored.
func (s *Service) upload(ctx context.Context, r *jobRecord) error {
	b, err := s.traces.get(r.TraceRoot)
	if err != nil {
		s.log.Warn("the kept trace is gone: running the job again", "job", r.ID, "err", err)
		r.State = StateQueued
		return s.save(r)
	}
	cctx, cancel := context.WithTimeout(ctx, 10*s.cfg.RPCTimeout)
	root, err := s.store.Upload(cctx, s.cfg.Key, client.KindTrace, b)
	cancel()
	if err != nil {
		return fmt.Errorf("upload trace: %w", err)
	}
	if root != r.TraceRoot {
		return fmt.Errorf("the store files trace %s under %s", r.TraceRoot, root)
	}
	r.State = StateUploaded
	return s.save(r)
}

// postReceipt builds, signs and sends the PostReceipt of an uploaded
// trace: every leaf field from the job, the slash amount the job's price
// implies under the current parameters. First it checks that the bond
// covers the unfinalized exposure plus this receipt; if not, new work is
// paused (and topped up when MaxBond allows) until it does.
func (s *Service) postReceipt(ctx context.Context, r *jobRecord) error {
	j, err := s.fetchJob(ctx, r.ID)
	if err != nil {
		return err
	}
	if j.Status != client.JobPending {
		return s.resolveNotPending(ctx, r, j)
	}
	if uint64(j.Rows) != r.Rows || len(j.Layers) != r.Layers || (r.Price != "" && (*uint256.Int)(j.Price).Dec() != r.Price) {
		return fmt.Errorf("job %s changed on L2 (rows %d, layers %d, price %s; recorded %d, %d, %s)", r.ID,
			uint64(j.Rows), len(j.Layers), (*uint256.Int)(j.Price).Dec(), r.Rows, r.Layers, r.Price)
	}
	slash := new(uint256.Int).Set((*uint256.Int)(j.SlashAmount))
	if slash.IsZero() {
		return fmt.Errorf("job %s: the sequencer gives a slash amount of 0", r.ID)
	}
	s.txMu.Lock()
	defer s.txMu.Unlock()
	short, err := s.bondShortfall(ctx, r.ID, slash.ToBig())
	if err != nil {
		return err
	}
	if short.Sign() > 0 {
		s.setPaused(short, slash.ToBig())
		return errRetry
	}
	s.clearPause()
	body := &state.PostReceipt{JobID: r.ID, Buyer: j.Buyer, ModelRoot: j.ModelRoot, InputRoot: j.InputRoot,
		Rows: uint32(j.Rows), Layers: uint32(len(j.Layers)), TraceRoot: r.TraceRoot, SlashAmount: slash, GPUMillis: r.Metered}
	_, err = s.sendL2Locked(ctx, body, func(raw []byte, h common.Hash) error {
		r.State, r.TxHash, r.TxRaw, r.SlashAmount = StatePosting, h, raw, slash.Dec()
		r.ReceiptID = l1iface.ReceiptID(r.ID, s.me, j.ModelRoot, j.InputRoot, uint32(j.Rows), uint32(len(j.Layers)), r.TraceRoot)
		r.Sent = append(r.Sent, h)
		return s.save(r)
	})
	if err != nil {
		return s.refused(ctx, r, err)
	}
	s.log.Info("receipt posted", "job", r.ID, "tx", r.TxHash, "receipt", r.ReceiptID, "slash", slash.Dec(), "gpuMillis", r.Metered)
	return nil
}

// refused handles a tx the sequencer refused at admission (its record is
// in StatePosting or StateRejecting with the refused hash).
func (s *Service) refused(ctx context.Context, r *jobRecord, err error) error {
	code := client.CodeOf(err)
	switch code {
	case 0:
		return err // not an answer of the sequencer: follow what was persisted
	case int(state.CodeUnknownJob), int(state.CodeJobNotPending):
		return s.resolveNotPending(ctx, r, nil)
	case client.StoreCodeNotFound, client.StoreCodeMalformed, 805:
		// The store lost the trace (or never got it): upload it again.
		if r.TraceRoot != (common.Hash{}) && r.State == StatePosting {
			r.State = StateExecuted
			if serr := s.save(r); serr != nil {
				return serr
			}
		}
	default:
		s.backToSigning(r)
	}
	return fmt.Errorf("refused: %w", err)
}

// backToSigning returns a record whose tx was refused or dropped to the
// state that signs a new one.
func (s *Service) backToSigning(r *jobRecord) {
	switch r.State {
	case StatePosting:
		r.State, r.TxRaw = StateUploaded, nil
	case StateRejecting:
		// finish signs a new RejectJob from the reason kept in the record.
		r.TxHash, r.TxRaw = common.Hash{}, nil
	}
	_ = s.save(r)
}

// bondShortfall is how much more bond a receipt with slash amount slash
// needs: the L2 mirror of the bond must cover the exposure of the
// included, unfinalized receipts, of this provider's receipts sent but
// not yet included, and this one. The caller holds txMu.
func (s *Service) bondShortfall(ctx context.Context, self common.Hash, slash *big.Int) (*big.Int, error) {
	cctx, cancel := s.call(ctx)
	p, err := s.cli.Provider(cctx, s.me)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("read the bond: %w", err)
	}
	if p.Bond == nil || p.Exposure == nil {
		return nil, errors.New("the sequencer's provider record lacks bond or exposure")
	}
	s.mu.Lock()
	s.lastBond = p
	var sent []*jobRecord
	for _, r := range s.jobs {
		if r.ID != self && r.State == StatePosting && r.SlashAmount != "" {
			c := *r
			sent = append(sent, &c)
		}
	}
	s.mu.Unlock()
	need := new(big.Int).Add((*uint256.Int)(p.Exposure).ToBig(), slash)
	for _, r := range sent {
		cctx, cancel := s.call(ctx)
		st, err := s.cli.TxStatus(cctx, r.TxHash)
		cancel()
		if err != nil {
			return nil, err
		}
		if st.Status == client.StatusPending || st.Status == client.StatusUnknown {
			v, ok := new(big.Int).SetString(r.SlashAmount, 10)
			if ok {
				need.Add(need, v)
			}
		}
	}
	bond := (*uint256.Int)(p.Bond).ToBig()
	s.m.bond.Set(tokens(bond))
	s.m.exposure.Set(tokens((*uint256.Int)(p.Exposure).ToBig()))
	short := new(big.Int).Sub(need, bond)
	// A provider suspended after a conviction posts nothing until its
	// bond reaches the reinstatement level (docs/economics.md): that is a
	// shortfall too, and bonding it (by hand or by the top-up within
	// MaxBond) reinstates the provider.
	if p.Suspended && p.ReinstateBond != nil {
		if gap := new(big.Int).Sub((*uint256.Int)(p.ReinstateBond).ToBig(), bond); gap.Cmp(short) > 0 {
			short = gap
		}
	}
	if short.Sign() < 0 {
		short.SetInt64(0)
	}
	return short, nil
}

// setPaused pauses new work for a receipt the bond does not cover, says
// how much to bond, and tops up by itself when MaxBond allows.
func (s *Service) setPaused(short, slash *big.Int) {
	s.mu.Lock()
	was := s.pause
	s.short = new(big.Int).Set(short)
	s.pause = fmt.Sprintf("the bond does not cover the slash exposure of the unfinalized receipts plus the next (%s wei): bond at least %s wei more (`gpuroll provider bond --amount %s`), or wait for receipts to finalize",
		slash, short, formatTokens(short))
	msg := s.pause
	s.mu.Unlock()
	s.m.paused.Set(1)
	if was == "" {
		s.log.Warn("new work paused", "why", msg, "shortWei", short)
	}
	if max := s.cfg.MaxBond; max != nil && max.Sign() > 0 && s.topping.CompareAndSwap(false, true) {
		go s.autoTopUp(short)
	}
}

// checkSuspension pauses new work while L2 says this provider is
// suspended after a conviction, tops the bond up to the reinstatement
// level when MaxBond allows (docs/economics.md), and resumes once L2
// shows it reinstated. Without it a suspended provider with no receipt
// waiting would never notice (buyers cannot send it jobs).
func (s *Service) checkSuspension(p *client.Provider) {
	if !p.Suspended || p.ReinstateBond == nil {
		if s.suspendPause.Swap(false) {
			s.log.Info("reinstated: the bond is back at the level the conviction set")
			s.clearPause()
		}
		return
	}
	gap := new(big.Int).Sub((*uint256.Int)(p.ReinstateBond).ToBig(), (*uint256.Int)(p.Bond).ToBig())
	if gap.Sign() <= 0 {
		return // the BondChanged that reinstates it is on its way
	}
	s.mu.Lock()
	was := s.pause
	s.short = new(big.Int).Set(gap)
	s.pause = fmt.Sprintf("suspended after a conviction (a receipt of this provider was proven false; docs/economics.md): bond at least %s wei more to be reinstated (`gpuroll provider bond --amount %s`)",
		gap, formatTokens(gap))
	msg := s.pause
	s.mu.Unlock()
	s.suspendPause.Store(true)
	s.m.paused.Set(1)
	if was != msg {
		s.log.Error("new work paused", "why", msg, "shortWei", gap)
	}
	if max := s.cfg.MaxBond; max != nil && max.Sign() > 0 && s.topping.CompareAndSwap(false, true) {
		go s.autoTopUp(gap)
	}
}

func (s *Service) clearPause() {
	s.mu.Lock()
	was := s.pause
	s.pause, s.short = "", nil
	s.mu.Unlock()
	if was != "" {
		s.m.paused.Set(0)
		s.log.Info("new work resumed: the bond covers the exposure")
		s.sched.signal()
	}
}

// autoTopUp bonds the shortfall (within MaxBond) and waits for the L2
// mirror to follow before another top-up may start.
func (s *Service) autoTopUp(short *big.Int) {
	defer s.topping.Store(false)
	ctx := s.stopCtx
	bonded, err := s.L1Bonded(ctx)
	if err != nil {
		s.log.Warn("top-up", "err", err)
		return
	}
	room := new(big.Int).Sub(s.cfg.MaxBond, bonded)
	if room.Sign() <= 0 {
		s.log.Warn("top-up: the bond is at the configured maximum", "bonded", bonded, "max", s.cfg.MaxBond)
		return
	}
	amount := short
	if amount.Cmp(room) > 0 {
		amount = room
	}
	s.log.Info("topping up the bond", "amount", amount, "bonded", bonded, "max", s.cfg.MaxBond)
	if err := s.BondMore(ctx, amount); err != nil {
		s.log.Error("top-up failed", "err", err)
		return
	}
	want := new(big.Int).Add(bonded, amount)
	_ = s.waitUntil(ctx, "the bond's L2 mirror", 5*time.Minute, func(ctx context.Context) (bool, error) {
		p, err := s.cli.Provider(ctx, s.me)
		return err == nil && p.Bond != nil && (*uint256.Int)(p.Bond).ToBig().Cmp(want) >= 0, nil
	})
}

// followTx follows the receipt or rejection a record has in flight.
func (s *Service) followTx(ctx context.Context, r *jobRecord) error {
	st, err := s.waitTx(ctx, r.TxHash)
	if err != nil {
		return err
	}
	switch st.Status {
	case client.StatusUnknown:
		// Persisted but perhaps never sent (a crash in between), or lost:
		// send the same bytes again. A nonce used since means a new one.
		s.txMu.Lock()
		err := s.resendIfUnknown(ctx, r)
		s.txMu.Unlock()
		if err != nil {
			return s.refused(ctx, r, err)
		}
		return nil
	case client.StatusDropped:
		s.m.dropped(st.Code)
		return s.dropped(ctx, r, st)
	}
	// Included.
	now := time.Now()
	switch r.State {
	case StatePosting:
		if st.ReceiptID != nil && *st.ReceiptID != r.ReceiptID {
			return fmt.Errorf("receipt tx %s created receipt %s, expected %s", r.TxHash, *st.ReceiptID, r.ReceiptID)
		}
		r.State, r.IncludedAt = StateReceipted, now
		if err := s.save(r); err != nil {
			return err
		}
		s.traces.remove(r.TraceRoot)
		lat := now.Sub(r.SeenAt)
		s.m.receiptLatency.Observe(lat.Seconds())
		s.m.jobs.WithLabelValues("receipted").Inc()
		s.m.gpuMillis.Add(float64(r.Metered))
		s.log.Info("receipt included", "job", r.ID, "receipt", r.ReceiptID, "latency", lat, "runs", r.Runs)
	case StateRejecting:
		r.State, r.IncludedAt, r.DoneAt = StateRejected, now, now
		if err := s.save(r); err != nil {
			return err
		}
		s.m.jobs.WithLabelValues("rejected").Inc()
		s.m.rejects.WithLabelValues(fmt.Sprint(r.Reason)).Inc()
		s.log.Info("job rejected on L2", "job", r.ID, "reason", r.Reason, "why", r.Error)
	}
	return errGone // done with this record
}

// resendIfUnknown sends a record's persisted tx again when the sequencer
// does not know it (it was signed and recorded, then the process died
// before sending it, or the sequencer lost it). An error is the
// sequencer's refusal.
func (s *Service) resendIfUnknown(ctx context.Context, r *jobRecord) error {
	cctx, cancel := s.call(ctx)
	defer cancel()
	st, err := s.cli.TxStatus(cctx, r.TxHash)
	if err != nil || st.Status != client.StatusUnknown {
		return nil // known (or the sequencer is unreachable): followTx sees
	}
	_, err = s.cli.SendRawTransaction(cctx, r.TxRaw)
	if err == nil || client.CodeOf(err) == 803 {
		s.log.Info("tx sent again (it never reached the sequencer)", "job", r.ID, "tx", r.TxHash)
		return nil
	}
	return err
}

// dropped handles a tx the block builder dropped after admission.
func (s *Service) dropped(ctx context.Context, r *jobRecord, st *client.TxStatus) error {
	switch state.Code(st.Code) {
	case state.CodeSlashMismatch:
		s.log.Info("receipt dropped: the slash amount changed with the parameters; re-signing", "job", r.ID, "tx", r.TxHash)
	case state.CodeBondTooLow:
		s.log.Warn("receipt dropped: the bond does not cover the exposure", "job", r.ID)
	case state.CodeProviderSuspended:
		s.log.Error("receipt dropped: this provider is suspended after a conviction until it bonds back what the slash took (docs/economics.md)", "job", r.ID)
	case state.CodeUnknownJob, state.CodeJobNotPending:
		return s.resolveNotPending(ctx, r, nil)
	default:
		s.log.Warn("tx dropped: signing it again", "job", r.ID, "tx", r.TxHash, "code", st.Code, "message", st.Message)
	}
	s.backToSigning(r)
	return nil
}

// resolveNotPending settles a record whose job is no longer pending: our
// own receipt (included by an earlier tx) or rejection counts, anything
// else means the job went another way.
func (s *Service) resolveNotPending(ctx context.Context, r *jobRecord, j *client.Job) error {
	if r.ReceiptID != (common.Hash{}) {
		cctx, cancel := s.call(ctx)
		rc, err := s.cli.Receipt(cctx, r.ReceiptID)
		cancel()
		if err == nil && rc.JobID == r.ID && rc.Provider == s.me {
			r.State, r.IncludedAt = StateReceipted, time.Now()
			if err := s.save(r); err != nil {
				return err
			}
			s.traces.remove(r.TraceRoot)
			s.m.jobs.WithLabelValues("receipted").Inc()
			return errGone
		}
		if err != nil && client.CodeOf(err) != 901 {
			return err
		}
	}
	if j == nil {
		var err error
		if j, err = s.fetchJob(ctx, r.ID); err != nil {
			return err
		}
	}
	switch {
	case j.Status == client.JobPending:
		s.backToSigning(r)
		return errRetry
	case j.Status == client.JobRejected && r.State == StateRejecting:
		r.State, r.DoneAt = StateRejected, time.Now()
		if err := s.save(r); err != nil {
			return err
		}
		s.m.jobs.WithLabelValues("rejected").Inc()
		return errGone
	}
	return s.gone(r, fmt.Sprintf("the job is %s on L2", j.Status))
}

// ---- rejections ----

// rejectAsync rejects a job from outside its goroutine.
func (s *Service) rejectAsync(id common.Hash, reason uint8, why string) {
	s.mu.Lock()
	if s.busy[id] {
		s.mu.Unlock()
		return
	}
	s.busy[id] = true
	s.mu.Unlock()
	s.work.Add(1)
	go func() {
		defer s.work.Done()
		defer func() {
			s.mu.Lock()
			delete(s.busy, id)
			s.mu.Unlock()
		}()
		s.rejectJob(s.killCtx, id, reason, why)
	}()
}

// rejectJob rejects a job on L2 with a reason code (the buyer's escrow
// for it comes back) and follows the RejectJob to inclusion.
func (s *Service) rejectJob(ctx context.Context, id common.Hash, reason uint8, why string) {
	r := s.record(id)
	if r == nil {
		return
	}
	s.log.Warn("rejecting job", "job", id, "reason", reason, "what", ReasonText(reason), "why", why)
	r.State, r.Reason, r.Error = StateRejecting, reason, why
	r.TxHash, r.TxRaw = common.Hash{}, nil
	if s.save(r) != nil {
		return
	}
	s.finish(ctx, id)
}

// signReject signs and sends the RejectJob of a record in StateRejecting.
func (s *Service) signReject(ctx context.Context, r *jobRecord) error {
	s.txMu.Lock()
	defer s.txMu.Unlock()
	_, err := s.sendL2Locked(ctx, &state.RejectJob{JobID: r.ID, Reason: r.Reason}, func(raw []byte, h common.Hash) error {
		r.TxHash, r.TxRaw = h, raw
		r.Sent = append(r.Sent, h)
		return s.save(r)
	})
	if err != nil {
		return s.refused(ctx, r, err)
	}
	return nil
}

// handBackAll rejects every job not yet executed (ReasonStopping): used
// by Stop with HandBackOnStop.
func (s *Service) handBackAll(ctx context.Context) {
	s.sched.drain()
	s.mu.Lock()
	var ids []common.Hash
	for id, r := range s.jobs {
		if r.State == StateQueued {
			ids = append(ids, id)
		}
	}
	s.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	for _, id := range ids {
		r := s.record(id)
		r.State, r.Reason, r.Error = StateRejecting, ReasonStopping, "the provider stopped"
		r.TxHash, r.TxRaw = common.Hash{}, nil
		if s.save(r) != nil {
			continue
		}
		if err := s.signReject(ctx, r); err != nil {
			s.log.Warn("hand back job", "job", id, "err", err)
			continue
		}
		s.log.Info("job handed back (rejected: the provider stops)", "job", id, "tx", r.TxHash)
	}
}
