// Package jobtest is the executor conformance suite: every job.Executor
// (the reference executor with each kernel, the external executor with any
// worker) must produce activations and leaves identical to the golden
// vectors and to the definition on random models.
package jobtest

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/gpuroll/gpuroll/job"
)

// GoldenDir is job/testdata/golden relative to the job package.
const GoldenDir = "testdata/golden"

// GoldenJobNames are the golden job files every executor runs.
var goldenJobNames = []string{"tiny", "mixed", "single", "edges"}

// LoadGolden reads a golden job file and rebuilds its model and input.
func LoadGolden(dir, name string) (*job.GoldenModel, *job.Model, *job.Input, error) {
	b, err := os.ReadFile(filepath.Join(dir, name+".json"))
	if err != nil {
		return nil, nil, nil, err
	}
	var g job.GoldenModel
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	m := &job.Model{}
	for _, gl := range g.Layers {
		d := job.Dense{Header: job.LayerHeader{In: gl.In, Out: gl.Out, Shift: gl.Shift, ReLU: gl.ReLU}, Bias: gl.Bias}
		for _, row := range gl.WeightRows {
			d.W = append(d.W, row.Values...)
		}
		m.Layers = append(m.Layers, d)
	}
	if len(g.Inputs) == 0 {
		return nil, nil, nil, fmt.Errorf("%s: no inputs", name)
	}
	in := &job.Input{Rows: g.Rows, Width: len(g.Inputs[0].Values)}
	for _, row := range g.Inputs {
		in.X = append(in.X, row.Values...)
	}
	return &g, m, in, nil
}

func hexOf(e job.Element) job.Hex {
	b := e.Bytes()
	return job.Hex(fmt.Sprintf("0x%x", b))
}

// RandomModel draws a valid model with the given widths.
func RandomModel(rng *rand.Rand, widths []int, maxAbs int) *job.Model {
	m := &job.Model{}
	for l := 1; l < len(widths); l++ {
		in, out := widths[l-1], widths[l]
		d := job.Dense{Header: job.LayerHeader{In: uint32(in), Out: uint32(out), Shift: uint8(rng.IntN(12)), ReLU: rng.IntN(2) == 1}}
		d.W = make([]int8, in*out)
		for i := range d.W {
			d.W[i] = int8(rng.IntN(2*maxAbs+1) - maxAbs)
		}
		d.Bias = make([]int32, out)
		for i := range d.Bias {
			d.Bias[i] = int32(rng.IntN(1<<16+1) - 1<<15)
		}
		m.Layers = append(m.Layers, d)
	}
	return m
}

// RandomInput draws rows of int8 values.
func RandomInput(rng *rand.Rand, rows, width int) *job.Input {
	in := &job.Input{Rows: rows, Width: width, X: make([]int8, rows*width)}
	for i := range in.X {
		in.X[i] = int8(rng.IntN(256) - 128)
	}
	return in
}

// Run is the conformance suite. goldenDir holds the golden vectors
// (GoldenDir from the job package).
func Run(t *testing.T, e job.Executor, goldenDir string) {
	ctx := context.Background()
	t.Run("golden", func(t *testing.T) {
		for _, name := range goldenJobNames {
			g, m, in, err := LoadGolden(goldenDir, name)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := e.Execute(ctx, m, in)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if err := tr.Validate(m, in.Rows); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			L := len(m.Layers)
			for _, gl := range g.Trace {
				act := tr.Act(gl.Row, gl.Layer)
				for o, v := range gl.Values {
					if act[o] != v {
						t.Fatalf("%s: row %d layer %d output %d = %d, golden %d", name, gl.Row, gl.Layer, o, act[o], v)
					}
				}
				if got := hexOf(tr.Leaves[gl.Row*L+gl.Layer-1]); got != gl.VC {
					t.Fatalf("%s: leaf (%d, %d) = %s, golden %s", name, gl.Row, gl.Layer, got, gl.VC)
				}
			}
			root, err := tr.Root()
			if err != nil || hexOf(root) != g.TraceRoot {
				t.Fatalf("%s: trace root differs (%v)", name, err)
			}
		}
	})
	t.Run("random", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(0xc0f, 0xf0c))
		ref := &job.Reference{Kernel: new(job.PureGoKernel()), Workers: 1}
		shapes := [][]int{{1, 1}, {7, 33, 2}, {64, 64, 64}, {100, 257, 31, 62}, {300, 17}}
		for i, widths := range shapes {
			m := RandomModel(rng, widths, 1+rng.IntN(127))
			in := RandomInput(rng, 1+rng.IntN(9), widths[0])
			want, err := ref.Execute(ctx, m, in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.Execute(ctx, m, in)
			if err != nil {
				t.Fatalf("shape %d: %v", i, err)
			}
			if err := got.Validate(m, in.Rows); err != nil {
				t.Fatalf("shape %d: %v", i, err)
			}
			for l := range want.Acts {
				for k := range want.Acts[l] {
					if got.Acts[l][k] != want.Acts[l][k] {
						t.Fatalf("shape %d layer %d value %d: %d, reference %d", i, l+1, k, got.Acts[l][k], want.Acts[l][k])
					}
				}
				// And the reference against the definition itself.
				for r := range in.Rows {
					x := in.Row(r)
					if l > 0 {
						x = want.Act(r, l)
					}
					y := want.Act(r, l+1)
					for o := range y {
						if v := job.DenseRef(&m.Layers[l], x, o); v != y[o] {
							t.Fatalf("reference executor differs from the definition at layer %d row %d output %d", l+1, r, o)
						}
					}
				}
			}
			for k := range want.Leaves {
				if !got.Leaves[k].Equal(&want.Leaves[k]) {
					t.Fatalf("shape %d leaf %d differs", i, k)
				}
			}
		}
	})
	t.Run("rejects", func(t *testing.T) {
		m := RandomModel(rand.New(rand.NewPCG(1, 1)), []int{8, 8}, 10)
		in := &job.Input{Rows: 1, Width: 9, X: make([]int8, 9)}
		if _, err := e.Execute(ctx, m, in); err == nil {
			t.Fatal("input of the wrong width executed")
		}
	})
}
