package job

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/rand/v2"
)

// The golden vectors of docs/hashing.md ("Golden vectors"). Field elements
// are written as "0x" + 64 hex digits, big-endian, canonical.

// Hex is a field element in golden-vector notation.
type Hex string

func hexOf(e Element) Hex {
	b := e.Bytes()
	return Hex(fmt.Sprintf("0x%x", b))
}

func hexAll(es []Element) []Hex {
	out := make([]Hex, len(es))
	for i := range es {
		out[i] = hexOf(es[i])
	}
	return out
}

// GoldenHash holds vectors of the primitives.
type GoldenHash struct {
	H         []GoldenH      `json:"h"`
	Pack8     []GoldenPack8  `json:"pack8"`
	Pack32    []GoldenPack32 `json:"pack32"`
	Headers   []GoldenHeader `json:"headers"`
	ZeroRoots []Hex          `json:"zeroRoots"` // zeroRoots[k]: all-zero tree of depth k, k = 0..24
	VC        []GoldenVector `json:"vc"`
}

// GoldenH is one compression: out = H(a, b).
type GoldenH struct {
	A   Hex `json:"a"`
	B   Hex `json:"b"`
	Out Hex `json:"out"`
}

// GoldenPack8 is pack8(values).
type GoldenPack8 struct {
	Values   []int8 `json:"values"`
	Elements []Hex  `json:"elements"`
}

// GoldenPack32 is pack32(values).
type GoldenPack32 struct {
	Values   []int32 `json:"values"`
	Elements []Hex   `json:"elements"`
}

// GoldenHeader is a header element.
type GoldenHeader struct {
	In      uint32 `json:"in"`
	Out     uint32 `json:"out"`
	Shift   uint8  `json:"shift"`
	ReLU    bool   `json:"relu"`
	Element Hex    `json:"element"`
}

// GoldenVector is an int8 vector with its packing and VC.
type GoldenVector struct {
	Values []int8 `json:"values"`
	Packed []Hex  `json:"packed"`
	VTRoot Hex    `json:"vtRoot"`
	VC     Hex    `json:"vc"`
}

// GoldenLayer is one layer with every intermediate commitment.
type GoldenLayer struct {
	In              uint32         `json:"in"`
	Out             uint32         `json:"out"`
	Shift           uint8          `json:"shift"`
	ReLU            bool           `json:"relu"`
	Bias            []int32        `json:"bias"`
	HeaderElement   Hex            `json:"headerElement"`
	BiasPacked      []Hex          `json:"biasPacked"`
	BiasTreeRoot    Hex            `json:"biasTreeRoot"` // FT_12
	BiasCommitment  Hex            `json:"biasCommitment"`
	WeightRows      []GoldenVector `json:"weightRows"`     // row o = W[o]
	WeightTreeRoot  Hex            `json:"weightTreeRoot"` // FT_14
	WeightRowsRoot  Hex            `json:"weightRowsRoot"`
	LayerCommitment Hex            `json:"layerCommitment"`
}

// GoldenLeaf is trace leaf (row, layer).
type GoldenLeaf struct {
	Row   int `json:"row"`
	Layer int `json:"layer"` // 1-based
	Index int `json:"index"` // row·L + layer − 1
	GoldenVector
}

// GoldenStep is the honest output of step (row, layer, output).
type GoldenStep struct {
	Row    int    `json:"row"`
	Layer  int    `json:"layer"`
	Output int    `json:"output"`
	Acc    *int64 `json:"acc,omitempty"` // W[o]·x + bias[o]; absent for padding positions
	Value  int8   `json:"value"`
}

// GoldenModel is a whole job: model, input, trace and steps.
type GoldenModel struct {
	Name          string          `json:"name"`
	Rows          int             `json:"rows"`
	Layers        []GoldenLayer   `json:"layers"`
	ModelTreeRoot Hex             `json:"modelTreeRoot"` // FT_8
	ModelRoot     Hex             `json:"modelRoot"`
	Inputs        []GoldenVector  `json:"inputs"`
	InputTreeRoot Hex             `json:"inputTreeRoot"` // FT_16
	InputRoot     Hex             `json:"inputRoot"`
	Trace         []GoldenLeaf    `json:"trace"`
	TraceTreeRoot Hex             `json:"traceTreeRoot"` // FT_24
	TraceRoot     Hex             `json:"traceRoot"`
	Steps         []GoldenStep    `json:"steps"`
	Openings      []GoldenOpening `json:"openings"`
}

func goldenVector(v []int8) (GoldenVector, error) {
	p := Pack8(v)
	root, err := VTRoot(p)
	if err != nil {
		return GoldenVector{}, err
	}
	vc, err := VC(v)
	if err != nil {
		return GoldenVector{}, err
	}
	return GoldenVector{Values: append([]int8(nil), v...), Packed: hexAll(p), VTRoot: hexOf(root), VC: hexOf(vc)}, nil
}

// BuildGoldenModel computes every golden field of a job from its model and
// input, with the reference executor's given kernel.
func BuildGoldenModel(ctx context.Context, name string, m *Model, in *Input, k Kernel) (*GoldenModel, error) {
	if err := CheckJob(m, in); err != nil {
		return nil, err
	}
	g := &GoldenModel{Name: name, Rows: in.Rows}
	cs := make([]Element, len(m.Layers))
	for l := range m.Layers {
		d := &m.Layers[l]
		lc, err := d.Commit()
		if err != nil {
			return nil, fmt.Errorf("layer %d: %w", l+1, err)
		}
		cs[l] = lc.Layer
		bp := Pack32(d.Bias)
		bt, _ := FTRoot(bp, BiasDepth)
		wt, _ := FTRoot(lc.RowVCs, WeightRowsDepth)
		gl := GoldenLayer{
			In: d.Header.In, Out: d.Header.Out, Shift: d.Header.Shift, ReLU: d.Header.ReLU,
			Bias:            append([]int32(nil), d.Bias...),
			HeaderElement:   hexOf(d.Header.Element()),
			BiasPacked:      hexAll(bp),
			BiasTreeRoot:    hexOf(bt),
			BiasCommitment:  hexOf(lc.Bias),
			WeightTreeRoot:  hexOf(wt),
			WeightRowsRoot:  hexOf(lc.WeightRows),
			LayerCommitment: hexOf(lc.Layer),
		}
		for o := range int(d.Header.Out) {
			gv, err := goldenVector(d.Row(o))
			if err != nil {
				return nil, err
			}
			gl.WeightRows = append(gl.WeightRows, gv)
		}
		g.Layers = append(g.Layers, gl)
	}
	mt, _ := FTRoot(cs, ModelDepth)
	mr, err := ModelRootFromLayers(cs)
	if err != nil {
		return nil, err
	}
	g.ModelTreeRoot, g.ModelRoot = hexOf(mt), hexOf(mr)

	ivcs := make([]Element, in.Rows)
	for r := range in.Rows {
		gv, err := goldenVector(in.Row(r))
		if err != nil {
			return nil, err
		}
		g.Inputs = append(g.Inputs, gv)
		ivcs[r], _ = VC(in.Row(r))
	}
	it, _ := FTRoot(ivcs, InputDepth)
	ir, err := InputRootFromVCs(ivcs)
	if err != nil {
		return nil, err
	}
	g.InputTreeRoot, g.InputRoot = hexOf(it), hexOf(ir)

	e := &Reference{Kernel: &k, Workers: 1}
	tr, err := e.Execute(ctx, m, in)
	if err != nil {
		return nil, err
	}
	L := len(m.Layers)
	for r := range in.Rows {
		for l := 1; l <= L; l++ {
			gv, err := goldenVector(tr.Act(r, l))
			if err != nil {
				return nil, err
			}
			g.Trace = append(g.Trace, GoldenLeaf{Row: r, Layer: l, Index: r*L + l - 1, GoldenVector: gv})
		}
	}
	tt, _ := FTRoot(tr.Leaves, TraceDepth)
	troot, err := tr.Root()
	if err != nil {
		return nil, err
	}
	g.TraceTreeRoot, g.TraceRoot = hexOf(tt), hexOf(troot)

	for r := range in.Rows {
		x := in.Row(r)
		for l := 1; l <= L; l++ {
			d := &m.Layers[l-1]
			y := tr.Act(r, l)
			for o := range 31 * PackedLen(int(d.Header.Out)) {
				s := GoldenStep{Row: r, Layer: l, Output: o}
				if o < int(d.Header.Out) {
					acc := int64(d.Bias[o])
					for i, w := range d.Row(o) {
						acc += int64(w) * int64(x[i])
					}
					s.Acc = &acc
					s.Value = y[o]
				}
				g.Steps = append(g.Steps, s)
			}
			x = y
		}
	}
	return g, nil
}

// BuildGoldenHash computes the primitive vectors.
func BuildGoldenHash() (*GoldenHash, error) {
	g := &GoldenHash{}
	rng := rand.New(rand.NewPCG(0x601d, 1))
	var minus1, one, two Element
	minus1.SetInt64(-1)
	one.SetOne()
	two.SetUint64(2)
	pairs := [][2]Element{{}, {one, two}, {two, one}, {minus1, minus1}, {minus1, Element{}}}
	for range 4 {
		var buf [64]byte
		for i := range 8 {
			binary.LittleEndian.PutUint64(buf[8*i:], rng.Uint64())
		}
		var a, b Element
		a.SetBytes(buf[:32]) // reduced mod p
		b.SetBytes(buf[32:])
		pairs = append(pairs, [2]Element{a, b})
	}
	for _, p := range pairs {
		g.H = append(g.H, GoldenH{A: hexOf(p[0]), B: hexOf(p[1]), Out: hexOf(H(&p[0], &p[1]))})
	}
	for _, n := range []int{1, 5, 30, 31, 32, 62, 64} {
		v := make([]int8, n)
		for i := range v {
			v[i] = int8(rng.IntN(256) - 128)
		}
		v[0] = -128
		v[n-1] = 127
		g.Pack8 = append(g.Pack8, GoldenPack8{Values: v, Elements: hexAll(Pack8(v))})
	}
	for _, n := range []int{1, 7, 8, 15} {
		v := make([]int32, n)
		for i := range v {
			v[i] = int32(rng.Uint32())
		}
		v[0] = -1 << 31
		v[n-1] = 1<<31 - 1
		g.Pack32 = append(g.Pack32, GoldenPack32{Values: v, Elements: hexAll(Pack32(v))})
	}
	for _, h := range []LayerHeader{{1, 1, 0, false}, {31, 5, 7, true}, {MaxWidth, MaxWidth, MaxShift, true}, {4096, 1024, 12, false}} {
		g.Headers = append(g.Headers, GoldenHeader{In: h.In, Out: h.Out, Shift: h.Shift, ReLU: h.ReLU, Element: hexOf(h.Element())})
	}
	for k := 0; k <= maxDepth; k++ {
		g.ZeroRoots = append(g.ZeroRoots, hexOf(ZeroRoot(k)))
	}
	for _, n := range []int{1, 2, 31, 32, 62, 63, 93, 94, 124, 125, 256, 1024, MaxWidth} {
		v := make([]int8, n)
		for i := range v {
			v[i] = int8(rng.IntN(256) - 128)
		}
		gv, err := goldenVector(v)
		if err != nil {
			return nil, err
		}
		g.VC = append(g.VC, gv)
	}
	return g, nil
}

// MarshalGolden writes a golden value as indented JSON with a final newline.
func MarshalGolden(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// GoldenJob is one job of the golden vectors.
type GoldenJob struct {
	Name  string
	Model *Model
	Input *Input
}

// goldenLayer draws a layer from rng: weights in [−maxW, maxW], bias in
// [−maxB, maxB], with the extremes of both placed at row 0.
func goldenLayer(rng *rand.Rand, in, out int, shift uint8, relu bool, maxW, maxB int) Dense {
	d := Dense{Header: LayerHeader{In: uint32(in), Out: uint32(out), Shift: shift, ReLU: relu}}
	d.W = make([]int8, in*out)
	for i := range d.W {
		d.W[i] = int8(rng.IntN(2*maxW+1) - maxW)
	}
	d.Bias = make([]int32, out)
	for i := range d.Bias {
		d.Bias[i] = int32(rng.IntN(2*maxB+1) - maxB)
	}
	d.W[0] = int8(-maxW)
	d.Bias[0] = int32(-maxB)
	if out > 1 {
		d.Bias[out-1] = int32(maxB)
	}
	return d
}

// GoldenJobs returns the golden jobs, drawn from a fixed seed. The files
// in testdata/golden are the reference; this only generates them.
func GoldenJobs() []GoldenJob {
	rng := rand.New(rand.NewPCG(0x601d, 2))
	input := func(rows, width int) *Input {
		in := &Input{Rows: rows, Width: width, X: make([]int8, rows*width)}
		for i := range in.X {
			in.X[i] = int8(rng.IntN(256) - 128)
		}
		in.X[0], in.X[len(in.X)-1] = -128, 127
		return in
	}
	var jobs []GoldenJob
	// shift 0 without ReLU saturates on both sides; shift 6 with ReLU.
	jobs = append(jobs, GoldenJob{Name: "tiny", Model: &Model{Layers: []Dense{
		goldenLayer(rng, 5, 31, 0, false, 127, 1000),
		goldenLayer(rng, 31, 32, 6, true, 127, 5000),
	}}, Input: input(2, 5)})
	jobs = append(jobs, GoldenJob{Name: "mixed", Model: &Model{Layers: []Dense{
		goldenLayer(rng, 40, 64, 9, false, 127, 30000),
		goldenLayer(rng, 64, 256, 8, true, 127, 20000),
		goldenLayer(rng, 256, 5, 10, false, 127, 1<<20),
	}}, Input: input(3, 40)})
	jobs = append(jobs, GoldenJob{Name: "single", Model: &Model{Layers: []Dense{
		goldenLayer(rng, 1, 1, 3, false, 100, 7),
	}}, Input: input(1, 1)})
	jobs = append(jobs, GoldenJob{Name: "edges", Model: &Model{Layers: []Dense{
		goldenLayer(rng, 62, 63, 7, true, 127, 1<<16),
		goldenLayer(rng, 63, 93, 31, false, 127, 1<<29),
		goldenLayer(rng, 93, 32, 1, false, 3, 200),
	}}, Input: input(2, 62)})
	return jobs
}
