package job

import (
	"math/bits"
	"testing"

	"pgregory.net/rapid"
)

// TestDescribeAcceptsOnlyProvableShapes (review R1): every job shape that
// Describe accepts with the deployed step classes fits the fraud proof of
// docs/fraud-proof.md, so each of its steps, padding included, can be
// proven: every layer's input width within a class, out within the header
// and tree limits (weight row o < 2^14, bias element ⌊o/7⌋ < 2^12, packed
// element ⌊o/31⌋ < 2^10, o < 2^16), shift ≤ 31, r < 2^16 for the input
// root's FT_16, R − 1 < 2^24, L − 1 < 2^8 and every trace index
// r·L + l − 1 < 2^24. Widths are drawn around every limit.
func TestDescribeAcceptsOnlyProvableShapes(t *testing.T) {
	// The bounds the STF passes (l1iface.StepClassBounds) and, separately,
	// the input widths the step circuits take (circuit.Classes, Disputes'
	// maxInputWidth).
	classes := []uint32{256, 1024, 4096}
	circuitMaxIn := []uint32{256, 1024, 4096}
	width := func(rt *rapid.T, name string) uint32 {
		edge := []uint32{0, 1, 30, 31, 32, 255, 256, 257, 1024, 1025, 4095, 4096, 4097, 16383, 16384, 16385, 1 << 20, 1<<32 - 1}
		if rapid.Bool().Draw(rt, name+" edge") {
			return rapid.SampledFrom(edge).Draw(rt, name)
		}
		return rapid.Uint32Range(1, 17000).Draw(rt, name)
	}
	accepted := 0
	defer func() { t.Logf("%d shapes accepted", accepted) }()
	rapid.Check(t, func(rt *rapid.T) {
		nL := rapid.SampledFrom([]int{0, 1, 2, 3, 7, 255, 256, 257}).Draw(rt, "layers")
		rows := rapid.SampledFrom([]uint32{0, 1, 2, 255, 256, 65535, 65536, 65537, 1 << 24, 1<<32 - 1}).Draw(rt, "rows")
		layers := make([]LayerSpec, nL)
		prev := width(rt, "in")
		for i := range layers {
			out := width(rt, "out")
			if i < nL-1 && rapid.IntRange(0, 9).Draw(rt, "small") > 0 {
				out = rapid.Uint32Range(1, 64).Draw(rt, "small out")
			}
			in := prev
			if rapid.IntRange(0, 20).Draw(rt, "break chain") == 0 {
				in = width(rt, "in'")
			}
			layers[i].Header = LayerHeader{In: in, Out: out, Shift: uint8(rapid.IntRange(0, 33).Draw(rt, "shift")), ReLU: rapid.Bool().Draw(rt, "relu")}
			prev = out
		}
		shape, err := Describe(layers, rows, classes)
		if err != nil {
			return
		}
		accepted++
		L := uint64(len(layers))
		if L < 1 || L > 1<<ModelDepth {
			rt.Fatalf("accepted %d layers", L)
		}
		if rows < 1 || rows > 1<<InputDepth || uint64(rows)-1 >= 1<<24 {
			rt.Fatalf("accepted %d rows", rows)
		}
		// The largest trace index r·L + l − 1 over r < R, l ≤ L.
		if last := uint64(rows)*L - 1; last >= 1<<TraceDepth {
			rt.Fatalf("%d rows × %d layers: trace index %d", rows, L, last)
		}
		if len(shape.StepClasses) != len(layers) {
			rt.Fatalf("%d step classes for %d layers", len(shape.StepClasses), len(layers))
		}
		for i, ls := range layers {
			h := ls.Header
			c := shape.StepClasses[i]
			if c < 1 || int(c) > len(circuitMaxIn) || h.In < 1 || h.In > circuitMaxIn[c-1] || (c > 1 && h.In <= circuitMaxIn[c-2]) {
				rt.Fatalf("layer %d: input width %d in class %d", i+1, h.In, c)
			}
			if i > 0 && h.In != layers[i-1].Header.Out {
				rt.Fatalf("layer %d: widths do not chain", i+1)
			}
			if h.Shift > 31 {
				rt.Fatalf("layer %d: shift %d", i+1, h.Shift)
			}
			if h.Out < 1 || h.Out > MaxWidth {
				rt.Fatalf("layer %d: out %d", i+1, h.Out)
			}
			lastPos := uint64(PackInt8*PackedLen(int(h.Out))) - 1 // the last (padding) position
			if h.Out-1 >= 1<<WeightRowsDepth || (h.Out-1)/PackInt32 >= 1<<BiasDepth ||
				lastPos/PackInt8 >= 1<<10 || lastPos >= 1<<16 || lastPos/PackInt32 >= 1<<14 {
				rt.Fatalf("layer %d: out %d outside the circuit's widths", i+1, h.Out)
			}
			// VT depth of a leaf (docs/hashing.md: ≤ 10).
			if m := PackedLen(int(h.Out)); bits.Len(uint(m-1)) > 10 {
				rt.Fatalf("layer %d: VT depth of %d elements", i+1, m)
			}
		}
	})
}
