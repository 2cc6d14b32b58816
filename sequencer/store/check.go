package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
)

// checkClassBounds is one step class as wide as a layer can be: the
// admission rules check the data, the STF checks the step classes.
var checkClassBounds = []uint32{job.MaxWidth}

// present returns the Meta of a stored blob whose file is present with
// its recorded size (a Stat of the backend, no read); what names the blob
// in errors.
func (s *Store) present(ctx context.Context, kind string, root common.Hash, what string) (Meta, error) {
	m, err := s.Stat(kind, root)
	if err != nil {
		return Meta{}, fmt.Errorf("%w: %s is not stored: upload it first", ErrNotFound, what)
	}
	n, err := s.backend.Stat(ctx, m.Key())
	switch {
	case errors.Is(err, ErrNotFound):
		return Meta{}, fmt.Errorf("%w: %s is recorded but its file is missing", ErrNotFound, what)
	case err != nil:
		return Meta{}, fmt.Errorf("%s: %w", what, err)
	case n != m.Size:
		return Meta{}, fmt.Errorf("%w: %s has %d bytes, %d recorded", ErrCorrupt, what, n, m.Size)
	}
	return m, nil
}

// CheckJob is the data admission rule of SubmitJob: the model the
// declared layers describe and the input are stored, decode, pass
// validation (checked at upload) and match the declaration. The model is
// found by the root job.Describe computes from the declared headers, bias
// commitments and weight-rows roots, so a stored model under that root
// has exactly those layers; the input must have rows rows of the first
// layer's input width. It reads no blob: what it compares was recorded at
// upload. Passing restarts the TTL of both blobs (the gap until the tx's
// batch references them).
func (s *Store) CheckJob(ctx context.Context, layers []job.LayerSpec, rows uint32, inputRoot common.Hash) error {
	ctx, end, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer end()
	shape, err := job.Describe(layers, rows, checkClassBounds)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadJob, err)
	}
	modelRoot := common.Hash(shape.ModelRoot)
	m, err := s.present(ctx, client.KindModel, modelRoot, fmt.Sprintf("model %s (the root of the declared layers)", modelRoot))
	if err != nil {
		return err
	}
	// Implied by the root; a difference means damaged metadata.
	if m.Layers != uint32(len(layers)) || m.InWidth != shape.InputWidth || m.OutWidth != shape.OutputWidth || uint64(m.Size) != shape.ModelBytes {
		return fmt.Errorf("%w: stored model %s has %d layers %d→%d in %d bytes, the job declares %d layers %d→%d (%d bytes)",
			ErrCorrupt, modelRoot, m.Layers, m.InWidth, m.OutWidth, m.Size, len(layers), shape.InputWidth, shape.OutputWidth, shape.ModelBytes)
	}
	in, err := s.present(ctx, client.KindInput, inputRoot, "input "+inputRoot.Hex())
	if err != nil {
		return err
	}
	if in.Rows != rows || in.InWidth != shape.InputWidth {
		return fmt.Errorf("%w: input %s has %d rows of width %d, the job declares %d rows of width %d",
			ErrMismatch, inputRoot, in.Rows, in.InWidth, rows, shape.InputWidth)
	}
	s.touch(m.Key(), in.Key())
	return nil
}

// CheckTrace is the data admission rule of PostReceipt: the provider's
// trace with traceRoot is stored, has exactly rows × layers leaves, laid
// out as rows rows of layers leaves (the root binds only their count, so
// the layout is checked here: challengers decode the trace as the job),
// and its leaves hash to traceRoot (computed at upload: the trace is
// stored under the root its leaves hash to).
// outWidths (the job's per-layer output widths) must describe layers
// layers; a leaf's claimed length is deliberately not compared with
// them, nor are its elements unpacked: a leaf of another length or a
// non-canonical packed element is a provable fraud (docs/job-format.md),
// and refusing it would only spare the provider its slash. What is
// refused is what would make a false receipt unprovable: missing data, a
// wrong leaf count, another root. Passing restarts the trace's TTL.
func (s *Store) CheckTrace(ctx context.Context, traceRoot common.Hash, rows, layers uint32, outWidths []uint32) error {
	ctx, end, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer end()
	if rows < 1 || rows > job.MaxRows || layers < 1 || layers > job.MaxLayers || uint64(rows)*uint64(layers) > job.MaxTraceLeaves {
		return fmt.Errorf("%w: %d rows × %d layers out of range", ErrBadJob, rows, layers)
	}
	if len(outWidths) != int(layers) {
		return fmt.Errorf("%w: %d output widths for %d layers", ErrBadJob, len(outWidths), layers)
	}
	for l, w := range outWidths {
		if w < 1 || w > job.MaxWidth {
			return fmt.Errorf("%w: layer %d output width %d outside 1..%d", ErrBadJob, l+1, w, job.MaxWidth)
		}
	}
	t, err := s.present(ctx, client.KindTrace, traceRoot, "trace "+traceRoot.Hex())
	if err != nil {
		return err
	}
	if uint64(t.Rows)*uint64(t.Layers) == uint64(rows)*uint64(layers) && t.Rows != rows {
		// The trace root binds R·L, not R and L: the same leaves.
		return fmt.Errorf("%w: trace %s is stored as %d rows × %d layers, the job has %d rows × %d layers: upload the trace in the job's layout (it replaces the stored one)",
			ErrMismatch, traceRoot, t.Rows, t.Layers, rows, layers)
	}
	if t.Rows != rows || t.Layers != layers {
		return fmt.Errorf("%w: trace %s has %d rows × %d layers = %d leaves, the job has %d rows × %d layers = %d",
			ErrMismatch, traceRoot, t.Rows, t.Layers, uint64(t.Rows)*uint64(t.Layers), rows, layers, uint64(rows)*uint64(layers))
	}
	if t.Root != traceRoot {
		return fmt.Errorf("%w: trace recorded under %s for root %s", ErrCorrupt, traceRoot, t.Root)
	}
	s.touch(t.Key())
	return nil
}

// Result returns a job's result from the stored trace, in its stored
// layout (the job's, once CheckTrace passed): the values of the last
// layer's leaves, one slice per row (each leaf's first n' values, n'
// its claimed length; the wallet checks them against the leaves). A leaf
// with a non-canonical element has no int8 values: ErrBadResult (the
// receipt is provably false).
func (s *Store) Result(ctx context.Context, traceRoot common.Hash) ([][]int8, error) {
	t, err := s.Trace(ctx, traceRoot)
	if err != nil {
		return nil, err
	}
	out := make([][]int8, t.Rows)
	for r := range out {
		leaf := t.Leaf(r, t.Layers)
		vals, ok := leaf.Values()
		if !ok {
			return nil, fmt.Errorf("%w: trace %s: leaf (row %d, layer %d) has a non-canonical packed element: the receipt is provably false",
				ErrBadResult, traceRoot, r, t.Layers)
		}
		out[r] = vals[:leaf.N]
	}
	return out, nil
}
