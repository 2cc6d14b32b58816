package provider

import (
	"container/list"
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/job"
)

// slot runs one job at a time: one executor bound to one GPU (or to the
// CPU). A GPU has Config.JobsPerGPU slots.
type slot struct {
	id   int
	gpu  int    // device index; -1 for the CPU
	name string // GPU UUID, or "cpu"
	ref  *job.Reference
	ext  *job.External
	// custom replaces both (Config.CustomExecutor).
	custom job.Executor

	// guarded by the scheduler's mutex
	busy    bool
	healthy bool
	jobID   common.Hash
}

// execute runs a job on the slot's executor, with the model prepared
// once per executor kind and cached.
func (s *slot) execute(ctx context.Context, me *modelEntry, in *job.Input) (*job.Trace, error) {
	if s.custom != nil {
		return s.custom.Execute(ctx, me.model, in)
	}
	if s.ref != nil {
		p, err := me.prepared(s.ref)
		if err != nil {
			return nil, err
		}
		return s.ref.Run(ctx, p, in)
	}
	wm, err := me.workerModel(s.ext)
	if err != nil {
		return nil, err
	}
	return s.ext.ExecutePrepared(ctx, wm, in)
}

// queuedJob is a job waiting for a slot.
type queuedJob struct {
	id common.Hash
	at time.Time
}

// scheduler hands queued jobs to free, healthy slots in arrival order.
type scheduler struct {
	mu    sync.Mutex
	queue []queuedJob
	in    map[common.Hash]bool // queued or running
	slots []*slot
	wake  chan struct{}
}

func newScheduler(slots []*slot) *scheduler {
	for _, s := range slots {
		s.healthy = true
	}
	return &scheduler{slots: slots, in: map[common.Hash]bool{}, wake: make(chan struct{}, 1)}
}

func (q *scheduler) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// push appends a job to the queue (once: a job queued or running is not
// queued again). It reports whether it was added.
func (q *scheduler) push(id common.Hash, at time.Time) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.in[id] {
		return false
	}
	q.in[id] = true
	q.queue = append(q.queue, queuedJob{id: id, at: at})
	q.signal()
	return true
}

// next pops the oldest queued job when a free healthy slot exists and
// marks the slot busy with it.
func (q *scheduler) next() (common.Hash, *slot, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.queue) == 0 {
		return common.Hash{}, nil, false
	}
	for _, s := range q.slots {
		if !s.busy && s.healthy {
			j := q.queue[0]
			q.queue = q.queue[1:]
			s.busy, s.jobID = true, j.id
			return j.id, s, true
		}
	}
	return common.Hash{}, nil, false
}

// release frees a slot; done says the job left the scheduler (it may be
// queued again later, e.g. after a crash-restart re-check).
func (q *scheduler) release(s *slot, id common.Hash) {
	q.mu.Lock()
	s.busy, s.jobID = false, common.Hash{}
	delete(q.in, id)
	q.mu.Unlock()
	q.signal()
}

// expire removes and returns the jobs that have waited longer than
// timeout while no healthy slot existed to take them.
func (q *scheduler) expire(now time.Time, timeout time.Duration) []common.Hash {
	q.mu.Lock()
	defer q.mu.Unlock()
	var out []common.Hash
	keep := q.queue[:0]
	for _, j := range q.queue {
		if now.Sub(j.at) > timeout {
			out = append(out, j.id)
			delete(q.in, j.id)
		} else {
			keep = append(keep, j)
		}
	}
	q.queue = keep
	return out
}

// drain removes and returns every queued (not running) job.
func (q *scheduler) drain() []common.Hash {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]common.Hash, len(q.queue))
	for i, j := range q.queue {
		out[i] = j.id
		delete(q.in, j.id)
	}
	q.queue = nil
	return out
}

// setHealthy takes the slots of GPU gpu out of service or back in.
func (q *scheduler) setHealthy(gpu int, healthy bool) {
	q.mu.Lock()
	for _, s := range q.slots {
		if s.gpu == gpu {
			s.healthy = healthy
		}
	}
	q.mu.Unlock()
	q.signal()
}

// counts returns the queue length, running jobs and healthy slots.
func (q *scheduler) counts() (queued, running, healthy int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, s := range q.slots {
		if s.busy {
			running++
		}
		if s.healthy {
			healthy++
		}
	}
	return len(q.queue), running, healthy
}

// slotState is a slot as status shows it.
type slotState struct {
	ID      int         `json:"id"`
	GPU     string      `json:"gpu"`
	Busy    bool        `json:"busy"`
	Healthy bool        `json:"healthy"`
	Job     common.Hash `json:"job,omitzero"`
}

func (q *scheduler) snapshot() []slotState {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]slotState, len(q.slots))
	for i, s := range q.slots {
		out[i] = slotState{ID: s.id, GPU: s.name, Busy: s.busy, Healthy: s.healthy, Job: s.jobID}
	}
	return out
}

// modelCache keeps decoded models (and their per-executor preparations)
// between jobs, least recently used first out, bounded by their encoded
// size.
type modelCache struct {
	mu    sync.Mutex
	max   int64
	size  int64
	order *list.List // of *modelEntry, most recent first
	byKey map[common.Hash]*list.Element
}

type modelEntry struct {
	root  common.Hash
	model *job.Model
	bytes int64

	mu   sync.Mutex
	prep *job.Prepared
	wm   *job.WorkerModel
}

func newModelCache(max int64) *modelCache {
	return &modelCache{max: max, order: list.New(), byKey: map[common.Hash]*list.Element{}}
}

func (c *modelCache) get(root common.Hash) *modelEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[root]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*modelEntry)
	}
	return nil
}

func (c *modelCache) add(root common.Hash, m *job.Model, bytes int64) *modelEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[root]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*modelEntry)
	}
	me := &modelEntry{root: root, model: m, bytes: bytes}
	c.byKey[root] = c.order.PushFront(me)
	c.size += bytes
	// Evict the oldest, but never the entry just added.
	for c.size > c.max && c.order.Len() > 1 {
		last := c.order.Back()
		old := last.Value.(*modelEntry)
		c.order.Remove(last)
		delete(c.byKey, old.root)
		c.size -= old.bytes
	}
	return me
}

func (e *modelEntry) prepared(r *job.Reference) (*job.Prepared, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.prep == nil {
		p, err := r.Prepare(e.model)
		if err != nil {
			return nil, fmt.Errorf("prepare model %s: %w", e.root, err)
		}
		e.prep = p
	}
	return e.prep, nil
}

func (e *modelEntry) workerModel(x *job.External) (*job.WorkerModel, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.wm == nil {
		wm, err := x.Prepare(e.model)
		if err != nil {
			return nil, fmt.Errorf("prepare model %s: %w", e.root, err)
		}
		e.wm = wm
	}
	return e.wm, nil
}
