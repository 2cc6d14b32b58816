package devnet

import (
	"context"
	"sync/atomic"

	"github.com/gpuroll/gpuroll/job"
)

// corrupting is the dishonest provider's executor: it runs the reference
// executor and, on its first job and every `every`-th after it (1st, 3rd,
// 5th… for every = 2), changes one output of the last
// layer and recomputes that trace leaf, so the receipt names a trace that
// is consistent but false. It lives here, in the devnet, on purpose: it is
// never an option of the provider.
type corrupting struct {
	every int64
	n     atomic.Int64
	ref   job.Reference
}

func (c *corrupting) Execute(ctx context.Context, m *job.Model, in *job.Input) (*job.Trace, error) {
	tr, err := c.ref.Execute(ctx, m, in)
	if err != nil || (c.n.Add(1)-1)%c.every != 0 {
		return tr, err
	}
	L := tr.Layers()
	out := tr.Act(0, L) // a view into the trace's activations
	out[0]++            // int8 wraps: always a different value
	leaf, err := job.VC(out)
	if err != nil {
		return nil, err
	}
	tr.Leaves[L-1] = leaf // leaf (row 0, layer L)
	return tr, nil
}
