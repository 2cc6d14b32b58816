package job

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Executor runs a model on an input and returns the honest trace: every
// layer's activations and the trace leaves. Every executor must pass the
// conformance suite (job/jobtest): identical activations and leaves.
type Executor interface {
	Execute(ctx context.Context, m *Model, in *Input) (*Trace, error)
}

// Tiles are tileRows input rows × tileOuts outputs; every kernel computes
// one tile of raw dot products over a padded stride.
const (
	tileRows = 4
	tileOuts = 4
	// kAlign: padded rows are a multiple of one 512-bit vector.
	kAlign = 64
)

// Kernel computes one 4×4 tile: acc[4r+o] = Σ_k x[r][k]·w[o][k] over a
// stride of k (a multiple of 64), rows of x and w being stride apart.
// When Unsigned is set, x holds x+128 as bytes and the executor subtracts
// 128·Σw[o] afterwards (the form int8×uint8 dot-product instructions take).
type Kernel struct {
	Name     string
	Unsigned bool
	Tile     func(acc *[tileRows * tileOuts]int32, x, w []byte, stride int)
}

// PureGoKernel is the portable kernel, always available and always run by
// the conformance suite.
func PureGoKernel() Kernel {
	return Kernel{Name: "purego", Tile: tilePureGo}
}

func tilePureGo(acc *[tileRows * tileOuts]int32, x, w []byte, stride int) {
	for r := range tileRows {
		xr := x[r*stride : (r+1)*stride]
		for o := range tileOuts {
			wo := w[o*stride : (o+1)*stride]
			wo = wo[:len(xr)]
			var s int32
			for k := range xr {
				s += int32(int8(xr[k])) * int32(int8(wo[k]))
			}
			acc[r*tileOuts+o] = s
		}
	}
}

// Reference is the reference executor: exact int32 GEMM on all cores, then
// the trace leaves. The zero value uses the fastest kernel the CPU has.
type Reference struct {
	// Kernel overrides the kernel (PureGoKernel() for the portable one).
	Kernel *Kernel
	// Workers overrides the goroutine count (default: GOMAXPROCS).
	Workers int
	// Log receives progress (default: slog.Default()).
	Log *slog.Logger
}

var _ Executor = (*Reference)(nil)

func (e *Reference) kernel() Kernel {
	if e.Kernel != nil {
		return *e.Kernel
	}
	return BestKernel()
}

func (e *Reference) workers() int {
	if e.Workers > 0 {
		return e.Workers
	}
	return Workers()
}

// Prepared is a model laid out for one kernel: weight rows padded to a
// multiple of 64 bytes and to a multiple of 4 rows, with row sums for the
// unsigned form.
type Prepared struct {
	model  *Model
	kernel Kernel
	layers []preparedLayer
}

type preparedLayer struct {
	d         *Dense
	stride    int
	outPad    int
	w         []byte  // outPad × stride
	rowSum128 []int32 // 128·Σ_i W[o][i] (unsigned kernels)
}

func roundUp(n, k int) int { return (n + k - 1) / k * k }

// Prepare validates the model and lays it out for the executor's kernel.
// A provider keeps the Prepared model across jobs.
func (e *Reference) Prepare(m *Model) (*Prepared, error) {
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("prepare model: %w", err)
	}
	p := &Prepared{model: m, kernel: e.kernel(), layers: make([]preparedLayer, len(m.Layers))}
	for l := range m.Layers {
		d := &m.Layers[l]
		in, out := int(d.Header.In), int(d.Header.Out)
		pl := preparedLayer{d: d, stride: roundUp(in, kAlign), outPad: roundUp(out, tileOuts)}
		pl.w = make([]byte, pl.outPad*pl.stride)
		pl.rowSum128 = make([]int32, out)
		for o := range out {
			var s int32
			row := d.Row(o)
			for i, v := range row {
				pl.w[o*pl.stride+i] = byte(v)
				s += int32(v)
			}
			pl.rowSum128[o] = 128 * s
		}
		p.layers[l] = pl
	}
	return p, nil
}

// Execute prepares the model and runs it.
func (e *Reference) Execute(ctx context.Context, m *Model, in *Input) (*Trace, error) {
	p, err := e.Prepare(m)
	if err != nil {
		return nil, err
	}
	return e.Run(ctx, p, in)
}

// Run executes a prepared model on an input: the activations of every
// layer, then the leaves.
func (e *Reference) Run(ctx context.Context, p *Prepared, in *Input) (*Trace, error) {
	start := time.Now()
	t, err := e.Activations(ctx, p, in)
	if err != nil {
		return nil, err
	}
	gemm := time.Since(start)
	if err := t.ComputeLeaves(ctx); err != nil {
		return nil, fmt.Errorf("trace leaves: %w", err)
	}
	e.logger().Debug("job executed", "kernel", p.kernel.Name, "rows", in.Rows, "layers", len(p.layers),
		"gemm", gemm, "leaves", time.Since(start)-gemm)
	return t, nil
}

func (e *Reference) logger() *slog.Logger {
	if e.Log != nil {
		return e.Log
	}
	return slog.Default()
}

// Activations runs every layer without hashing (the leaves stay nil).
func (e *Reference) Activations(ctx context.Context, p *Prepared, in *Input) (*Trace, error) {
	if p.kernel.Tile == nil {
		return nil, fmt.Errorf("prepared model without a kernel")
	}
	if err := checkInputFor(p.model, in); err != nil {
		return nil, err
	}
	L := len(p.layers)
	t := &Trace{Rows: in.Rows, Widths: make([]int, L), Acts: make([][]int8, L)}
	cur := in.X
	for l := range p.layers {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pl := &p.layers[l]
		out := int(pl.d.Header.Out)
		t.Widths[l] = out
		t.Acts[l] = make([]int8, in.Rows*out)
		if err := e.runLayer(ctx, pl, p.kernel, cur, in.Rows, t.Acts[l]); err != nil {
			return nil, fmt.Errorf("layer %d: %w", l+1, err)
		}
		cur = t.Acts[l]
	}
	return t, nil
}

// runLayer computes y = requantize(W·x + b) for all rows.
func (e *Reference) runLayer(ctx context.Context, pl *preparedLayer, k Kernel, x []int8, rows int, y []int8) error {
	in, out := int(pl.d.Header.In), int(pl.d.Header.Out)
	rowsPad := roundUp(rows, tileRows)
	xs := make([]byte, rowsPad*pl.stride)
	for r := range rows {
		src := x[r*in : (r+1)*in]
		dst := xs[r*pl.stride : r*pl.stride+in]
		if k.Unsigned {
			for i, v := range src {
				dst[i] = byte(v) ^ 0x80
			}
		} else {
			for i, v := range src {
				dst[i] = byte(v)
			}
		}
	}
	// Padding lanes pair with zero weights, so their value (0 or 0x80)
	// never reaches a sum.
	blocks := pl.outPad / tileOuts
	workers := min(e.workers(), blocks)
	var wg sync.WaitGroup
	per := (blocks + workers - 1) / workers
	for lo := 0; lo < blocks; lo += per {
		hi := min(lo+per, blocks)
		wg.Go(func() {
			var acc [tileRows * tileOuts]int32
			for ob := lo; ob < hi; ob++ {
				// A wide layer on many rows runs for minutes: stop early
				// when the caller gives up.
				if ob%64 == 0 && ctx.Err() != nil {
					return
				}
				o0 := ob * tileOuts
				w := pl.w[o0*pl.stride : (o0+tileOuts)*pl.stride]
				for r0 := 0; r0 < rows; r0 += tileRows {
					k.Tile(&acc, xs[r0*pl.stride:(r0+tileRows)*pl.stride], w, pl.stride)
					for dr := range min(tileRows, rows-r0) {
						for do := range min(tileOuts, out-o0) {
							o := o0 + do
							a := acc[dr*tileOuts+do]
							if k.Unsigned {
								a -= pl.rowSum128[o]
							}
							y[(r0+dr)*out+o] = Requantize(a+pl.d.Bias[o], pl.d.Header.Shift, pl.d.Header.ReLU)
						}
					}
				}
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}
