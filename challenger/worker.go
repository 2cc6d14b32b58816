package challenger

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
)

// material is what a check downloaded and computed, kept in memory for
// the prover (a restarted challenger downloads and re-executes again).
type material struct {
	m      *job.Model
	in     *job.Input
	st     *job.StoredTrace
	honest *job.Trace
}

type checkResult struct {
	status string // StHonest, StFalse, StUnavailable, StFailed
	step   job.Step
	reason string
	mat    *material
	alarm  string
	err    error
	fetch  time.Duration
	exec   time.Duration
}

// checkLoop is a checker: it downloads a sampled receipt's job data from
// the store (every blob checked against its root), re-executes the job and
// compares the result with the provider's stored trace.
func (s *Service) checkLoop(ctx context.Context, jobs <-chan *checkJob) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-jobs:
			res := s.check(ctx, j.d)
			if ctx.Err() != nil {
				return
			}
			select {
			case s.events <- evChecked{id: j.d.Receipt, res: res}:
			case <-ctx.Done():
				return
			}
		}
	}
}

func (s *Service) check(ctx context.Context, d *Dispute) *checkResult {
	start := time.Now()
	mat, alarm, err := s.fetch(ctx, d)
	res := &checkResult{fetch: time.Since(start)}
	if err != nil {
		res.status, res.alarm, res.err = StUnavailable, alarm, err
		if alarm == AlarmBadShape {
			res.status = StFailed
		}
		return res
	}
	t0 := time.Now()
	honest, err := s.reexecute(ctx, mat.m, mat.in)
	res.exec = time.Since(t0)
	if err != nil {
		res.status, res.alarm, res.err = StFailed, AlarmReexec, fmt.Errorf("re-execute: %w", err)
		return res
	}
	s.capacity.observe(d.MACs, res.exec)
	s.m.reexecSeconds.Observe(res.exec.Seconds())
	mat.honest = honest
	step, found, err := job.FirstFraud(honest, mat.st)
	if err != nil {
		res.status, res.alarm, res.err = StFailed, AlarmBadShape, fmt.Errorf("compare traces: %w", err)
		return res
	}
	if !found {
		res.status = StHonest
		return res
	}
	res.status, res.step, res.mat = StFalse, step, mat
	res.reason = describeFraud(honest, mat.st, step)
	return res
}

// reexecute runs a job for the comparison with the provider's trace. The
// comparison (job.FirstFraud) and the proof read the honest activations
// only: with the reference executor the leaves are not hashed (the stored
// trace's leaves were hashed when its download was checked against the
// trace root). An external executor returns what its worker computes.
func (s *Service) reexecute(ctx context.Context, m *job.Model, in *job.Input) (*job.Trace, error) {
	if ref, ok := s.exec.(*job.Reference); ok {
		p, err := ref.Prepare(m)
		if err != nil {
			return nil, err
		}
		return ref.Activations(ctx, p, in)
	}
	return s.exec.Execute(ctx, m, in)
}

// describeFraud says how the provider's leaf at step s is false.
func describeFraud(honest *job.Trace, st *job.StoredTrace, s job.Step) string {
	leaf := st.Leaf(s.Row, s.Layer)
	y := honest.Act(s.Row, s.Layer)
	if int(leaf.N) != len(y) {
		return fmt.Sprintf("leaf (r=%d, l=%d) claims length %d, the layer has %d outputs", s.Row, s.Layer, leaf.N, len(y))
	}
	e := s.Output / job.PackInt8
	vals, ok := job.Unpack8(&leaf.Elems[e])
	if !ok {
		return fmt.Sprintf("leaf (r=%d, l=%d) element %d is not 31 int8 values (non-canonical)", s.Row, s.Layer, e)
	}
	got := vals[s.Output%job.PackInt8]
	if s.Output >= len(y) {
		return fmt.Sprintf("leaf (r=%d, l=%d) padding position %d is %d, not 0", s.Row, s.Layer, s.Output, got)
	}
	return fmt.Sprintf("value %d of leaf (r=%d, l=%d) is %d, the honest value is %d", s.Output, s.Row, s.Layer, got, y[s.Output])
}

// fetch downloads and checks a receipt's model, input and trace.
func (s *Service) fetch(ctx context.Context, d *Dispute) (*material, string, error) {
	m, err := s.blobs.model(ctx, d.Leaf.ModelRoot)
	if err != nil {
		return nil, dataAlarm(err), fmt.Errorf("model %s: %w", d.Leaf.ModelRoot, err)
	}
	in, err := s.blobs.input(ctx, d.Leaf.InputRoot)
	if err != nil {
		return nil, dataAlarm(err), fmt.Errorf("input %s: %w", d.Leaf.InputRoot, err)
	}
	st, err := s.blobs.trace(ctx, d.Leaf.TraceRoot)
	if err != nil {
		return nil, dataAlarm(err), fmt.Errorf("trace %s: %w", d.Leaf.TraceRoot, err)
	}
	R, L := int(d.Leaf.Rows), int(d.Leaf.Layers)
	if in.Rows != R || len(m.Layers) != L {
		return nil, AlarmBadShape, fmt.Errorf("the receipt says %d rows × %d layers, the stored job has %d rows × %d layers", R, L, in.Rows, len(m.Layers))
	}
	if err := job.CheckJob(m, in); err != nil {
		return nil, AlarmBadShape, fmt.Errorf("stored job: %w", err)
	}
	if st.Rows*st.Layers != R*L {
		return nil, AlarmBadShape, fmt.Errorf("the trace has %d×%d leaves, the receipt %d×%d: not provable against its root", st.Rows, st.Layers, R, L)
	}
	if st.Rows != R {
		// The trace root binds the leaves and their count, not R and L
		// apart: read the same leaves in the receipt's layout.
		st = &job.StoredTrace{Rows: R, Layers: L, Leaves: st.Leaves}
	}
	return &material{m: m, in: in, st: st}, "", nil
}

func dataAlarm(err error) string {
	if errors.Is(err, client.ErrBadBlob) {
		return AlarmBadData
	}
	return AlarmDataUnavailable
}

// proveLoop is a prover: it proves the first false step of a receipt
// (downloading and re-executing again when a restart lost the check's
// material).
func (s *Service) proveLoop(ctx context.Context, jobs <-chan *proveJob) {
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-jobs:
			ev := s.prove(ctx, j)
			if ctx.Err() != nil {
				return
			}
			select {
			case s.events <- ev:
			case <-ctx.Done():
				return
			}
		}
	}
}

func (s *Service) prove(ctx context.Context, j *proveJob) evProved {
	d := j.d
	ev := evProved{id: d.Receipt}
	mat := j.mat
	if mat == nil || mat.honest == nil {
		var err error
		if mat, _, err = s.fetch(ctx, d); err != nil {
			ev.err = fmt.Errorf("data for the proof: %w", err)
			return ev
		}
		if mat.honest, err = s.reexecute(ctx, mat.m, mat.in); err != nil {
			ev.err = fmt.Errorf("re-execute for the proof: %w", err)
			return ev
		}
	}
	s.log.Info("proving fraud", "receipt", d.Receipt, "batch", d.Batch, "step", stepString(d.Step))
	start := time.Now()
	ch, err := s.prover.ProveAgainst(ctx, mat.m, mat.in, mat.st, mat.honest, s.from)
	ev.took = time.Since(start)
	if err != nil {
		ev.err = err
		if errors.Is(err, circuit.ErrHonest) {
			ev.err = fmt.Errorf("the prover finds the trace honest: %w", err)
		}
		return ev
	}
	ev.ch = ch
	return ev
}

func stepString(s *job.Step) string {
	if s == nil {
		return ""
	}
	return s.String()
}

// blobStore downloads job data through client.StoreClient (which checks
// every blob against its root) and keeps recent models (a model serves
// many jobs).
type blobStore struct {
	sc      *client.StoreClient
	timeout time.Duration
	mu      sync.Mutex
	models  map[common.Hash]*job.Model
	order   []common.Hash
}

const modelCacheSize = 64

// get downloads a blob; Download checks that the bytes decode strictly
// and hash to root (else client.ErrBadBlob), so decoding them again needs
// no second hash.
func (b *blobStore) get(ctx context.Context, kind string, root common.Hash) (*client.Blob, error) {
	ctx, cancel := context.WithTimeout(ctx, b.timeout)
	defer cancel()
	data, err := b.sc.Download(ctx, kind, root)
	if err != nil {
		return nil, err
	}
	blob := &client.Blob{Kind: kind, Root: root}
	switch kind {
	case client.KindModel:
		blob.Model, err = job.DecodeModel(data)
	case client.KindInput:
		blob.Input, err = job.DecodeInput(data)
	default:
		blob.Trace, err = job.DecodeTrace(data)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", client.ErrBadBlob, err)
	}
	return blob, nil
}

func (b *blobStore) model(ctx context.Context, root common.Hash) (*job.Model, error) {
	b.mu.Lock()
	m, ok := b.models[root]
	b.mu.Unlock()
	if ok {
		return m, nil
	}
	blob, err := b.get(ctx, client.KindModel, root)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.models[root]; !ok {
		b.models[root] = blob.Model
		b.order = append(b.order, root)
		if len(b.order) > modelCacheSize {
			delete(b.models, b.order[0])
			b.order = b.order[1:]
		}
	}
	return blob.Model, nil
}

func (b *blobStore) input(ctx context.Context, root common.Hash) (*job.Input, error) {
	blob, err := b.get(ctx, client.KindInput, root)
	if err != nil {
		return nil, err
	}
	return blob.Input, nil
}

func (b *blobStore) trace(ctx context.Context, root common.Hash) (*job.StoredTrace, error) {
	blob, err := b.get(ctx, client.KindTrace, root)
	if err != nil {
		return nil, err
	}
	return blob.Trace, nil
}

// capacity measures re-execution: MACs per second of the jobs checked.
type capacityMeter struct {
	mu    sync.Mutex
	macs  float64
	secs  float64
	ewma  float64 // MAC/s
	count int
}

func (c *capacityMeter) observe(macs uint64, d time.Duration) {
	if d <= 0 {
		d = time.Microsecond
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.macs += float64(macs)
	c.secs += d.Seconds()
	c.count++
	rate := float64(macs) / d.Seconds()
	if c.ewma == 0 {
		c.ewma = rate
	} else {
		c.ewma = 0.9*c.ewma + 0.1*rate
	}
}

// rate is the measured MAC/s of one checker (cumulative: total MACs over
// total re-execution time), and the number of re-executions measured.
func (c *capacityMeter) rate() (float64, float64, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.secs == 0 {
		return 0, 0, c.count
	}
	return c.macs / c.secs, c.secs, c.count
}
