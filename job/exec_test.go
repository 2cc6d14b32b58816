package job

import (
	"context"
	"math/rand/v2"
	"testing"
)

func TestRequantize(t *testing.T) {
	cases := []struct {
		acc   int32
		shift uint8
		relu  bool
		want  int8
	}{
		{5, 0, false, 5},
		{-129, 0, false, -128},
		{128, 0, false, 127},
		{3, 1, false, 2},   // 1.5 rounds up
		{-3, 1, false, -1}, // −1.5 rounds up to −1
		{-5, 1, false, -2}, // −2.5 → −2
		{-6, 2, false, -1}, // −1.5 → −1
		{-7, 2, false, -2}, // −1.75 → −2
		{-7, 2, true, 0},
		{1 << 20, 12, false, 127},
		{-(1 << 20), 12, false, -128},
		{-(1 << 20), 12, true, 0},
		{1<<31 - 1 - 1<<30, 31, false, 0}, // (2^30 − 1 + 2^30) >> 31 = 0
	}
	for _, c := range cases {
		if got := Requantize(c.acc, c.shift, c.relu); got != c.want {
			t.Errorf("Requantize(%d, %d, %v) = %d, want %d", c.acc, c.shift, c.relu, got, c.want)
		}
	}
}

func randInput(rng *rand.Rand, rows, width int) *Input {
	in := &Input{Rows: rows, Width: width, X: make([]int8, rows*width)}
	for i := range in.X {
		in.X[i] = int8(rng.IntN(256) - 128)
	}
	return in
}

// checkTraceAgainstRef recomputes every activation with DenseRef.
func checkTraceAgainstRef(t *testing.T, m *Model, in *Input, tr *Trace) {
	t.Helper()
	if err := tr.Validate(m, in.Rows); err != nil {
		t.Fatal(err)
	}
	for r := range in.Rows {
		x := in.Row(r)
		for l := 1; l <= len(m.Layers); l++ {
			d := &m.Layers[l-1]
			y := tr.Act(r, l)
			for o := range int(d.Header.Out) {
				if want := DenseRef(d, x, o); y[o] != want {
					t.Fatalf("row %d layer %d output %d: %d, want %d", r, l, o, y[o], want)
				}
			}
			x = y
		}
	}
}

func TestKernelsAgainstDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	shapes := [][]int{{5, 31, 32}, {64, 40, 7, 256}, {130, 1}, {1, 66}}
	for _, k := range Kernels() {
		for _, rows := range []int{1, 3, 4, 9} {
			for _, widths := range shapes {
				m := randModel(rng, widths, 4)
				in := randInput(rng, rows, widths[0])
				e := &Reference{Kernel: &k}
				tr, err := e.Execute(context.Background(), m, in)
				if err != nil {
					t.Fatalf("%s: %v", k.Name, err)
				}
				checkTraceAgainstRef(t, m, in, tr)
				for i, leaf := range tr.Leaves {
					want, _ := VC(tr.Act(i/len(m.Layers), i%len(m.Layers)+1))
					if !leaf.Equal(&want) {
						t.Fatalf("%s: leaf %d differs", k.Name, i)
					}
				}
			}
		}
	}
}

func TestExecuteCancelled(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	m := randModel(rng, []int{256, 256}, 3)
	in := randInput(rng, 4, 256)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (&Reference{}).Execute(ctx, m, in); err == nil {
		t.Fatal("cancelled execution returned a trace")
	}
}
