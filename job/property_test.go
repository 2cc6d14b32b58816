package job

import (
	"context"
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"
)

// TestPropertyFraudAlwaysProvable: for random small jobs and any single
// falsification of the provider's trace (a value, a padding byte, a
// non-canonical element, a wrong length), FirstFraud finds a step no later
// than the falsified leaf, its opening says fraud, and every path
// verifies; the honest trace never yields one.
func TestPropertyFraudAlwaysProvable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ctx := context.Background()
		nl := rapid.IntRange(1, 3).Draw(t, "layers")
		widths := []int{rapid.IntRange(1, 70).Draw(t, "w0")}
		for l := range nl {
			widths = append(widths, rapid.IntRange(1, 70).Draw(t, "w"+string(rune('1'+l))))
		}
		rng := rand.New(rand.NewPCG(rapid.Uint64().Draw(t, "seed"), 1))
		m := randModel(rng, widths, rapid.IntRange(1, 127).Draw(t, "maxAbs"))
		in := randInput(rng, rapid.IntRange(1, 4).Draw(t, "rows"), widths[0])
		honest, err := (&Reference{Kernel: new(PureGoKernel()), Workers: 1}).Execute(ctx, m, in)
		if err != nil {
			t.Fatal(err)
		}
		base := honest.Stored()
		if _, found, err := FirstFraud(honest, base); err != nil || found {
			t.Fatalf("honest trace reported false (%v)", err)
		}
		st := cloneStored(base)
		r := rapid.IntRange(0, in.Rows-1).Draw(t, "r")
		l := rapid.IntRange(1, nl).Draw(t, "l")
		leaf := st.Leaf(r, l)
		out := widths[l]
		switch kind := rapid.IntRange(0, 3).Draw(t, "kind"); kind {
		case 0: // a value
			o := rapid.IntRange(0, out-1).Draw(t, "o")
			setPackedValue(leaf, o, honest.Act(r, l)[o]^int8(rapid.IntRange(1, 255).Draw(t, "flip")))
		case 1: // padding
			if out%PackInt8 == 0 {
				t.Skip("no padding")
			}
			o := rapid.IntRange(out, PackInt8*PackedLen(out)-1).Draw(t, "o")
			setPackedValue(leaf, o, int8(rapid.IntRange(1, 255).Draw(t, "v")))
		case 2: // non-canonical: add k·256^31
			var b256, pow, k Element
			b256.SetUint64(256)
			pow.SetOne()
			for range PackInt8 {
				pow.Mul(&pow, &b256)
			}
			k.SetUint64(uint64(rapid.IntRange(1, 1000).Draw(t, "k")))
			pow.Mul(&pow, &k)
			e := &leaf.Elems[rapid.IntRange(0, len(leaf.Elems)-1).Draw(t, "e")]
			e.Add(e, &pow)
		case 3: // length
			n := rapid.IntRange(1, 200).Draw(t, "n")
			if n == out {
				n++
			}
			y := make([]int8, n)
			copy(y, honest.Act(r, l))
			*leaf = StoredLeaf{N: uint32(n), Elems: Pack8(y)}
		}
		step, found, err := FirstFraud(honest, st)
		if err != nil {
			t.Fatal(err)
		}
		if !found {
			t.Fatal("falsified trace reported honest")
		}
		if step.Row*nl+step.Layer-1 > r*nl+l-1 {
			t.Fatalf("first fraud %v after the falsified leaf (%d, %d)", step, r, l)
		}
		jt, err := NewJobTrees(ctx, m, in, st)
		if err != nil {
			t.Fatal(err)
		}
		op, err := jt.Open(step)
		if err != nil {
			t.Fatal(err)
		}
		if !op.Fraud {
			t.Fatalf("opening of %v says honest", step)
		}
		if err := op.Verify(); err != nil {
			t.Fatal(err)
		}
	})
}

// TestPropertyDescribeSizes: Describe's sizes are the encoded sizes, its
// model root the model's, its MAC count rows × Σ in·out, for random shapes.
func TestPropertyDescribeSizes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		nl := rapid.IntRange(1, 4).Draw(t, "layers")
		widths := make([]int, nl+1)
		for i := range widths {
			widths[i] = rapid.IntRange(1, 90).Draw(t, "w")
		}
		rows := rapid.IntRange(1, 5).Draw(t, "rows")
		rng := rand.New(rand.NewPCG(rapid.Uint64().Draw(t, "seed"), 2))
		m := randModel(rng, widths, 50)
		in := randInput(rng, rows, widths[0])
		specs, err := m.Specs()
		if err != nil {
			t.Fatal(err)
		}
		bounds := []uint32{uint32(rapid.IntRange(1, 45).Draw(t, "b1")), 90}
		shape, err := Describe(specs, uint32(rows), bounds)
		if err != nil {
			t.Fatal(err)
		}
		_, root, _ := m.Commitments()
		if shape.ModelRoot != root.Bytes() {
			t.Fatal("model root differs")
		}
		var macs uint64
		for l := 1; l <= nl; l++ {
			macs += uint64(widths[l-1] * widths[l])
			want := uint8(2)
			if uint32(widths[l-1]) <= bounds[0] {
				want = 1
			}
			if shape.StepClasses[l-1] != want {
				t.Fatalf("layer %d (in %d): class %d, want %d", l, widths[l-1], shape.StepClasses[l-1], want)
			}
		}
		if shape.MACs != uint64(rows)*macs {
			t.Fatalf("MACs %d, want %d", shape.MACs, uint64(rows)*macs)
		}
		mb, _ := EncodeModel(m)
		ib, _ := EncodeInput(in)
		tr, err := (&Reference{Workers: 1}).Execute(context.Background(), m, in)
		if err != nil {
			t.Fatal(err)
		}
		tb, _ := EncodeTrace(tr.Stored())
		if shape.ModelBytes != uint64(len(mb)) || shape.InputBytes != uint64(len(ib)) || shape.TraceBytes != uint64(len(tb)) {
			t.Fatalf("sizes %d/%d/%d, encoded %d/%d/%d", shape.ModelBytes, shape.InputBytes, shape.TraceBytes, len(mb), len(ib), len(tb))
		}
	})
}
