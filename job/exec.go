package job

import (
	"context"
	"fmt"
)

// Input is a job's input: Rows rows of Width int8 values, row-major.
type Input struct {
	Rows, Width int
	X           []int8
}

// Row returns input row r.
func (in *Input) Row(r int) []int8 { return in.X[r*in.Width : (r+1)*in.Width] }

// Validate checks the input's limits and shape.
func (in *Input) Validate() error {
	if in.Rows < 1 || in.Rows > MaxRows {
		return fmt.Errorf("%w: %d rows, want 1..%d", ErrRowCount, in.Rows, MaxRows)
	}
	if in.Width < 1 || in.Width > MaxWidth {
		return fmt.Errorf("input width %d outside [1, %d]", in.Width, MaxWidth)
	}
	if len(in.X) != in.Rows*in.Width {
		return fmt.Errorf("%d input values for %d rows of width %d", len(in.X), in.Rows, in.Width)
	}
	return nil
}

// CheckJob checks that an input fits a model: widths match and rows × layers
// stays within the trace tree.
func CheckJob(m *Model, in *Input) error {
	if err := m.Validate(); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	return checkInputFor(m, in)
}

// checkInputFor is CheckJob for a model validated before (a Prepared one):
// the model's full scan is not repeated per job.
func checkInputFor(m *Model, in *Input) error {
	if err := in.Validate(); err != nil {
		return fmt.Errorf("input: %w", err)
	}
	if in.Width != m.InputWidth() {
		return fmt.Errorf("%w: input width %d, model input width %d", ErrWidthChain, in.Width, m.InputWidth())
	}
	if uint64(in.Rows)*uint64(len(m.Layers)) > MaxTraceLeaves {
		return fmt.Errorf("%w: %d rows × %d layers exceed %d trace leaves", ErrTooLarge, in.Rows, len(m.Layers), MaxTraceLeaves)
	}
	return nil
}

// Requantize applies docs/hashing.md's requantization to an exact
// accumulator (W·x + bias): round-half-up shift, optional ReLU, clamp to
// int8. Validated models keep acc + 2^(shift−1) within int32.
func Requantize(acc int32, shift uint8, relu bool) int8 {
	t := acc
	if shift > 0 {
		// Arithmetic shift is floor division: floor((acc + 2^(s−1)) / 2^s).
		t = (acc + 1<<(shift-1)) >> shift
	}
	if relu && t < 0 {
		t = 0
	}
	return int8(max(-128, min(127, t)))
}

// DenseRef computes one output value the slow, obvious way: the definition
// the kernels are tested against.
func DenseRef(d *Dense, x []int8, o int) int8 {
	acc := d.Bias[o]
	for i, w := range d.Row(o) {
		acc += int32(w) * int32(x[i])
	}
	return Requantize(acc, d.Header.Shift, d.Header.ReLU)
}

// Trace is an honest execution: every layer's activations and the trace
// leaves.
type Trace struct {
	Rows int
	// Widths[l] is layer l+1's output width.
	Widths []int
	// Acts[l] holds layer l+1's outputs, Rows × Widths[l], row-major.
	Acts [][]int8
	// Leaves[r·L + l] = VC(Acts[l] row r).
	Leaves []Element
}

// Layers returns L.
func (t *Trace) Layers() int { return len(t.Widths) }

// Act returns y_{r,l} for 1-based layer l.
func (t *Trace) Act(r, l int) []int8 {
	w := t.Widths[l-1]
	return t.Acts[l-1][r*w : (r+1)*w]
}

// Output returns the job's result: the last layer's outputs, row-major.
func (t *Trace) Output() []int8 { return t.Acts[len(t.Acts)-1] }

// Root returns the trace root H(FT_24(leaves), R·L).
func (t *Trace) Root() (Element, error) { return TraceRootFromLeaves(t.Leaves) }

// Validate checks the trace's shape against a model and row count.
func (t *Trace) Validate(m *Model, rows int) error {
	if t.Rows != rows || len(t.Widths) != len(m.Layers) || len(t.Acts) != len(m.Layers) || len(t.Leaves) != rows*len(m.Layers) {
		return fmt.Errorf("trace shape (%d rows, %d layers, %d leaves) does not fit %d rows × %d layers", t.Rows, len(t.Widths), len(t.Leaves), rows, len(m.Layers))
	}
	for l := range m.Layers {
		w := int(m.Layers[l].Header.Out)
		if t.Widths[l] != w || len(t.Acts[l]) != rows*w {
			return fmt.Errorf("trace layer %d: width %d with %d values, want %d", l+1, t.Widths[l], len(t.Acts[l]), w)
		}
	}
	return nil
}

// ComputeLeaves fills t.Leaves from the activations, on all cores.
func (t *Trace) ComputeLeaves(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	L := len(t.Widths)
	vs := make([][]int8, t.Rows*L)
	for i := range vs {
		vs[i] = t.Act(i/L, i%L+1)
	}
	leaves, err := vcBatch(vs)
	if err != nil {
		return err
	}
	t.Leaves = leaves
	return ctx.Err()
}
