package job

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

func randElement(rng *rand.Rand) Element {
	var e Element
	e.SetUint64(rng.Uint64())
	var f Element
	f.SetUint64(rng.Uint64())
	e.Mul(&e, &f)
	e.Add(&e, &f)
	e.Square(&e)
	return e
}

// TestHMatchesGnarkCrypto: the hand-written width-2 compression equals
// gnark-crypto's Compress, the definition in docs/hashing.md.
func TestHMatchesGnarkCrypto(t *testing.T) {
	perm := poseidon2.NewDefaultPermutation()
	rng := rand.New(rand.NewPCG(1, 2))
	var minus1 Element
	minus1.SetInt64(-1)
	cases := [][2]Element{{}, {minus1, minus1}}
	for range 200 {
		cases = append(cases, [2]Element{randElement(rng), randElement(rng)})
	}
	for _, c := range cases {
		a, b := c[0].Bytes(), c[1].Bytes()
		want, err := perm.Compress(a[:], b[:])
		if err != nil {
			t.Fatal(err)
		}
		got := H(&c[0], &c[1])
		if gb := got.Bytes(); string(gb[:]) != string(want) {
			t.Fatalf("H(%s, %s) = %x, gnark-crypto %x", c[0].String(), c[1].String(), gb, want)
		}
	}
}

func TestPack8(t *testing.T) {
	v := make([]int8, 40)
	for i := range v {
		v[i] = int8(i - 20)
	}
	p := Pack8(v)
	if len(p) != 2 {
		t.Fatalf("%d elements, want 2", len(p))
	}
	// Element 0 = Σ byte_j 256^j for j < 31.
	var want, pow, b256 Element
	pow.SetOne()
	b256.SetUint64(256)
	for j := range 31 {
		var term Element
		term.SetUint64(uint64(uint8(v[j])))
		term.Mul(&term, &pow)
		want.Add(&want, &term)
		pow.Mul(&pow, &b256)
	}
	if !p[0].Equal(&want) {
		t.Fatalf("element 0 = %s, want %s", p[0].String(), want.String())
	}
	vals, ok := Unpack8(&p[1])
	if !ok {
		t.Fatal("packed element not canonical")
	}
	for j := range 31 {
		w := int8(0)
		if 31+j < len(v) {
			w = v[31+j]
		}
		if vals[j] != w {
			t.Fatalf("value %d = %d, want %d", 31+j, vals[j], w)
		}
	}
	// 256^31 is not canonical.
	var big Element
	big.SetOne()
	for range 31 {
		big.Mul(&big, &b256)
	}
	if _, ok := Unpack8(&big); ok {
		t.Fatal("256^31 accepted as packed element")
	}
}

func TestPack32AndHeader(t *testing.T) {
	p := Pack32([]int32{-1, 2})
	// uint32(-1) + 2·2^32
	var want, two32 Element
	want.SetUint64(0xffffffff)
	two32.SetUint64(2 << 32)
	want.Add(&want, &two32)
	if !p[0].Equal(&want) {
		t.Fatalf("pack32 = %s, want %s", p[0].String(), want.String())
	}
	h := LayerHeader{In: 5, Out: 7, Shift: 3, ReLU: true}.Element()
	var w2 Element
	// 5 + 7·2^32 + 3·2^64 + 2^72
	w2.SetString("5")
	var x Element
	x.SetString("30064771072") // 7·2^32
	w2.Add(&w2, &x)
	x.SetString("55340232221128654848") // 3·2^64
	w2.Add(&w2, &x)
	x.SetString("4722366482869645213696") // 2^72
	w2.Add(&w2, &x)
	if !h.Equal(&w2) {
		t.Fatalf("header element %s, want %s", h.String(), w2.String())
	}
}

// naiveRoot pads to 2^depth and hashes every node.
func naiveRoot(leaves []Element, depth int) Element {
	level := make([]Element, 1<<depth)
	copy(level, leaves)
	for len(level) > 1 {
		next := make([]Element, len(level)/2)
		for i := range next {
			next[i] = H(&level[2*i], &level[2*i+1])
		}
		level = next
	}
	return level[0]
}

func TestTreesAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, depth := range []int{0, 1, 2, 3, 5, 10} {
		for _, m := range []int{1, 2, 3, 5, 7, 8, 31, 600, 1 << 10} {
			if m > 1<<depth {
				continue
			}
			leaves := make([]Element, m)
			for i := range leaves {
				leaves[i] = randElement(rng)
			}
			want := naiveRoot(leaves, depth)
			for _, workers := range []int{1, 4} {
				if got := treeRoot(append([]Element(nil), leaves...), depth, workers); !got.Equal(&want) {
					t.Fatalf("depth %d m %d workers %d: root differs", depth, m, workers)
				}
			}
			tr, err := NewTree(leaves, depth)
			if err != nil {
				t.Fatal(err)
			}
			if r := tr.Root(); !r.Equal(&want) {
				t.Fatalf("depth %d m %d: Tree root differs", depth, m)
			}
			for _, idx := range []uint64{0, uint64(m - 1), uint64(1<<depth - 1)} {
				p, err := tr.Path(idx)
				if err != nil {
					t.Fatal(err)
				}
				var leaf Element
				if idx < uint64(m) {
					leaf = leaves[idx]
				}
				if r := p.Root(leaf); !r.Equal(&want) {
					t.Fatalf("depth %d m %d: path of %d does not reach the root", depth, m, idx)
				}
				leaf.Add(&leaf, new(Element).SetOne())
				if r := p.Root(leaf); r.Equal(&want) {
					t.Fatalf("depth %d m %d: wrong leaf %d reaches the root", depth, m, idx)
				}
			}
		}
	}
	if _, err := FTRoot(make([]Element, 3), 1); err == nil {
		t.Fatal("3 leaves accepted in a depth-1 tree")
	}
	if vtDepth(1) != 0 || vtDepth(2) != 1 || vtDepth(3) != 2 || vtDepth(529) != 10 {
		t.Fatal("vtDepth wrong")
	}
}

func TestVCDefinition(t *testing.T) {
	v := make([]int8, 64)
	for i := range v {
		v[i] = int8(3*i - 90)
	}
	got, err := VC(v)
	if err != nil {
		t.Fatal(err)
	}
	p := Pack8(v) // 3 elements, depth 2
	want := naiveRoot(p, 2)
	want = HUint64(&want, 64)
	if !got.Equal(&want) {
		t.Fatal("VC differs from H(VT(pack8(v)), n)")
	}
	// One element: the root is the element.
	got, _ = VC(v[:5])
	p = Pack8(v[:5])
	want = HUint64(&p[0], 5)
	if !got.Equal(&want) {
		t.Fatal("VC of a single-element vector differs")
	}
	// Length is bound: a trailing zero changes the commitment.
	a, _ := VC([]int8{1, 2})
	b, _ := VC([]int8{1, 2, 0})
	if a.Equal(&b) {
		t.Fatal("VC ignores the length")
	}
	if _, err := VC(nil); err == nil {
		t.Fatal("empty vector accepted")
	}
	if _, err := VC(make([]int8, MaxWidth+1)); err == nil {
		t.Fatal("over-wide vector accepted")
	}
}

func randModel(rng *rand.Rand, widths []int, maxAbs int) *Model {
	m := &Model{}
	for l := 1; l < len(widths); l++ {
		in, out := widths[l-1], widths[l]
		d := Dense{Header: LayerHeader{In: uint32(in), Out: uint32(out), Shift: uint8(rng.IntN(9)), ReLU: rng.IntN(2) == 1}}
		d.W = make([]int8, in*out)
		for i := range d.W {
			d.W[i] = int8(rng.IntN(2*maxAbs+1) - maxAbs)
		}
		d.Bias = make([]int32, out)
		for i := range d.Bias {
			d.Bias[i] = int32(rng.IntN(20001) - 10000)
		}
		m.Layers = append(m.Layers, d)
	}
	return m
}

func TestDescribe(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	m := randModel(rng, []int{40, 64, 5}, 127)
	lcs, root, err := m.Commitments()
	if err != nil {
		t.Fatal(err)
	}
	specs, err := m.Specs()
	if err != nil {
		t.Fatal(err)
	}
	shape, err := Describe(specs, 3, []uint32{32, 64, 256})
	if err != nil {
		t.Fatal(err)
	}
	if shape.ModelRoot != root.Bytes() {
		t.Fatal("Describe's model root differs from the model's")
	}
	// Model root by definition.
	hdr := m.Layers[0].Header.Element()
	inner := H(&hdr, &lcs[0].Bias)
	c1 := H(&inner, &lcs[0].WeightRows)
	if !c1.Equal(&lcs[0].Layer) {
		t.Fatal("layer commitment differs from its definition")
	}
	want := naiveRoot([]Element{lcs[0].Layer, lcs[1].Layer}, ModelDepth)
	want = HUint64(&want, 2)
	if !want.Equal(&root) {
		t.Fatal("model root differs from H(FT_8(C), L)")
	}
	if shape.MACs != 3*(40*64+64*5) {
		t.Fatalf("MACs %d", shape.MACs)
	}
	if len(shape.StepClasses) != 2 || shape.StepClasses[0] != 2 || shape.StepClasses[1] != 2 {
		t.Fatalf("step classes %v, want [2 2]", shape.StepClasses)
	}
	if want := uint64(7 + (11 + 40*64 + 4*64) + (11 + 64*5 + 4*5)); shape.ModelBytes != want {
		t.Fatalf("model bytes %d, want %d", shape.ModelBytes, want)
	}
	if shape.InputBytes != 13+3*40 {
		t.Fatalf("input bytes %d", shape.InputBytes)
	}
	if want := uint64(11 + 3*((4+32*3)+(4+32*1))); shape.TraceBytes != want {
		t.Fatalf("trace bytes %d, want %d", shape.TraceBytes, want)
	}

	bad := append([]LayerSpec(nil), specs...)
	bad[1].Header.In = 63
	if _, err := Describe(bad, 3, []uint32{256}); !errors.Is(err, ErrWidthChain) {
		t.Fatalf("broken chain: %v", err)
	}
	bad = append([]LayerSpec(nil), specs...)
	copy(bad[0].BiasCommitment[:], fr.Modulus().FillBytes(make([]byte, 32)))
	if _, err := Describe(bad, 3, []uint32{256}); !errors.Is(err, ErrNonCanonical) {
		t.Fatalf("non-canonical bias commitment: %v", err)
	}
	if _, err := Describe(specs, 3, []uint32{32, 63}); !errors.Is(err, ErrStepClass) {
		t.Fatalf("too-wide layer: %v", err)
	}
	if _, err := Describe(specs, 3, []uint32{64, 64}); !errors.Is(err, ErrClassBounds) {
		t.Fatalf("non-ascending bounds: %v", err)
	}
	if _, err := Describe(specs, 0, []uint32{64}); !errors.Is(err, ErrRowCount) {
		t.Fatalf("zero rows: %v", err)
	}
	if _, err := Describe(nil, 1, []uint32{64}); !errors.Is(err, ErrLayerCount) {
		t.Fatalf("no layers: %v", err)
	}
	big := []LayerSpec{{Header: LayerHeader{In: MaxWidth, Out: MaxWidth}}, {Header: LayerHeader{In: MaxWidth, Out: MaxWidth}}, {Header: LayerHeader{In: MaxWidth, Out: MaxWidth}}, {Header: LayerHeader{In: MaxWidth, Out: MaxWidth}}, {Header: LayerHeader{In: MaxWidth, Out: MaxWidth}}, {Header: LayerHeader{In: MaxWidth, Out: MaxWidth}}, {Header: LayerHeader{In: MaxWidth, Out: MaxWidth}}, {Header: LayerHeader{In: MaxWidth, Out: MaxWidth}}}
	if _, err := Describe(big, 1, []uint32{MaxWidth}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("2 GiB model: %v", err)
	}
}

func TestInt32Bound(t *testing.T) {
	// 128·Σ|W| + |b| + 2^(s−1) ≤ 2^31−1, exactly at the edge.
	in := MaxWidth
	d := Dense{Header: LayerHeader{In: uint32(in), Out: 1, Shift: 1}, W: make([]int8, in), Bias: make([]int32, 1)}
	for i := range d.W {
		d.W[i] = -128 // Σ|W| = 2^21, 128·2^21 = 2^28
	}
	d.Bias[0] = 1<<31 - 1 - 1<<28 - 1
	if err := d.Validate(); err != nil {
		t.Fatalf("model at the bound rejected: %v", err)
	}
	d.Bias[0]++
	if err := d.Validate(); err == nil {
		t.Fatal("model one above the bound accepted")
	}
	d.Bias[0] = -(1<<31 - 1 - 1<<28 - 1)
	d.Header.Shift = 0
	if err := d.Validate(); err != nil {
		t.Fatalf("negative bias at the bound (shift 0) rejected: %v", err)
	}
	d.Bias[0] = -1 << 31
	if err := d.Validate(); err == nil {
		t.Fatal("bias −2^31 accepted")
	}
}

func TestHBatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(51, 52))
	for _, n := range []int{0, 1, 15, 16, 17, 31, 33, 600, 1100} {
		a, b, out := make([]Element, n), make([]Element, n), make([]Element, n)
		for i := range a {
			a[i], b[i] = randElement(rng), randElement(rng)
		}
		if err := HBatch(out, a, b); err != nil {
			t.Fatal(err)
		}
		for i := range out {
			if want := H(&a[i], &b[i]); !out[i].Equal(&want) {
				t.Fatalf("n=%d: out[%d] differs from H", n, i)
			}
		}
	}
	if err := HBatch(make([]Element, 2), make([]Element, 1), make([]Element, 2)); err == nil {
		t.Fatal("mismatched lengths accepted")
	}
}
