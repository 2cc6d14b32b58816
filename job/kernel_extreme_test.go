package job

import (
	"context"
	"math"
	"testing"

	"pgregory.net/rapid"
)

// exactY is the honest value as the step circuit computes it: exact
// integer accumulation (no int32), floor((acc + round) / 2^shift), ReLU,
// clamp (docs/hashing.md, docs/fraud-proof.md).
func exactY(d *Dense, x []int8, o int) int8 {
	acc := int64(d.Bias[o])
	for i, w := range d.Row(o) {
		acc += int64(w) * int64(x[i])
	}
	if d.Header.Shift > 0 {
		acc += int64(1) << (d.Header.Shift - 1)
	}
	t := acc >> d.Header.Shift // arithmetic: floor
	if d.Header.ReLU && t < 0 {
		t = 0
	}
	return int8(max(-128, min(127, t)))
}

// TestKernelsExtremeValues (review R1): every kernel of this CPU computes,
// on valid models at the edges of the int32 bound (weights and inputs at
// ±128/127, biases as large as Validate allows, shifts 0…31), exactly the
// value the step circuit computes. A kernel that saturated or wrapped would
// have an honest provider post a provably "false" value.
func TestKernelsExtremeValues(t *testing.T) {
	kernels := Kernels()
	rapid.Check(t, func(rt *rapid.T) {
		nL := rapid.IntRange(1, 3).Draw(rt, "layers")
		widths := []int{rapid.SampledFrom([]int{1, 15, 16, 17, 63, 64, 65, 255, 256, 1023, 4096}).Draw(rt, "in")}
		for range nL {
			widths = append(widths, rapid.SampledFrom([]int{1, 3, 4, 5, 31, 33, 64}).Draw(rt, "out"))
		}
		wv := rapid.SampledFrom([]int8{-128, 127, -127, 0, 1, -1})
		m := &Model{}
		for l := 1; l <= nL; l++ {
			in, out := widths[l-1], widths[l]
			d := Dense{Header: LayerHeader{In: uint32(in), Out: uint32(out), Shift: uint8(rapid.IntRange(0, 31).Draw(rt, "shift")), ReLU: rapid.Bool().Draw(rt, "relu")}}
			d.W = make([]int8, in*out)
			uniform := rapid.Bool().Draw(rt, "uniform")
			w0 := wv.Draw(rt, "w")
			for i := range d.W {
				if uniform {
					d.W[i] = w0
				} else {
					d.W[i] = wv.Draw(rt, "w")
				}
			}
			var round int64
			if d.Header.Shift > 0 {
				round = 1 << (d.Header.Shift - 1)
			}
			d.Bias = make([]int32, out)
			for o := range out {
				var s int64
				for _, w := range d.Row(o) {
					s += int64(max(int16(w), -int16(w)))
				}
				room := math.MaxInt32 - 128*s - round // the largest |bias| Validate takes
				if room < 0 {
					rt.Skip("row over the int32 bound")
				}
				b := rapid.SampledFrom([]int64{room, -room, 0, room / 2, -room / 3}).Draw(rt, "bias")
				d.Bias[o] = int32(b)
			}
			m.Layers = append(m.Layers, d)
		}
		if err := m.Validate(); err != nil {
			rt.Fatalf("model invalid: %v", err)
		}
		rows := rapid.IntRange(1, 9).Draw(rt, "rows")
		in := &Input{Rows: rows, Width: widths[0], X: make([]int8, rows*widths[0])}
		xv := rapid.SampledFrom([]int8{-128, 127, 0, -1, 1})
		xu := rapid.Bool().Draw(rt, "x uniform")
		x0 := xv.Draw(rt, "x")
		for i := range in.X {
			if xu {
				in.X[i] = x0
			} else {
				in.X[i] = xv.Draw(rt, "x")
			}
		}
		for _, k := range kernels {
			tr, err := (&Reference{Kernel: &k}).Execute(context.Background(), m, in)
			if err != nil {
				rt.Fatalf("%s: %v", k.Name, err)
			}
			for r := range rows {
				x := in.Row(r)
				for l := 1; l <= nL; l++ {
					d := &m.Layers[l-1]
					y := tr.Act(r, l)
					for o := range int(d.Header.Out) {
						if want := exactY(d, x, o); y[o] != want {
							rt.Fatalf("%s: row %d layer %d output %d: %d, circuit value %d", k.Name, r, l, o, y[o], want)
						}
					}
					x = y
				}
			}
		}
	})
}
