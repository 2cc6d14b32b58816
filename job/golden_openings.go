package job

import (
	"context"
	"fmt"
)

// GoldenPath is a MerklePath in golden notation.
type GoldenPath struct {
	Index    uint64 `json:"index"`
	Siblings []Hex  `json:"siblings"`
}

func goldenPath(p MerklePath) GoldenPath {
	return GoldenPath{Index: p.Index, Siblings: hexAll(p.Siblings)}
}

// GoldenOpening is a StepOpening in golden notation, with the case that
// produced it: "honest" (Fraud false) or a tampering of the provider's
// trace ("value", "padding", "noncanonical", "length").
type GoldenOpening struct {
	Case               string       `json:"case"`
	Row                int          `json:"row"`
	Layer              int          `json:"layer"`
	Output             int          `json:"output"`
	Rows               int          `json:"rows"`
	Layers             int          `json:"layers"`
	ModelRoot          Hex          `json:"modelRoot"`
	InputRoot          Hex          `json:"inputRoot"`
	TraceRoot          Hex          `json:"traceRoot"`
	Header             GoldenHeader `json:"header"`
	OpenedOutput       int          `json:"openedOutput"`
	BiasElement        Hex          `json:"biasElement"`
	BiasPath           GoldenPath   `json:"biasPath"`
	WeightRow          []int8       `json:"weightRow"`
	WeightPacked       []Hex        `json:"weightPacked"`
	WeightRowPath      GoldenPath   `json:"weightRowPath"`
	LayerPath          GoldenPath   `json:"layerPath"`
	Input              []int8       `json:"input"`
	InputPacked        []Hex        `json:"inputPacked"`
	InputPath          GoldenPath   `json:"inputPath"`
	ClaimedN           uint32       `json:"claimedN"`
	ClaimedTreeRoot    Hex          `json:"claimedTreeRoot"`
	ClaimedLeafPath    GoldenPath   `json:"claimedLeafPath"`
	HasElement         bool         `json:"hasElement"`
	ClaimedElement     Hex          `json:"claimedElement,omitempty"`
	ClaimedElementPath *GoldenPath  `json:"claimedElementPath,omitempty"`
	Acc                int64        `json:"acc"`
	Honest             int8         `json:"honest"`
	Fraud              bool         `json:"fraud"`
	Reason             string       `json:"reason,omitempty"`
}

func goldenOpening(c string, op *StepOpening) GoldenOpening {
	h := op.Header
	g := GoldenOpening{
		Case: c, Row: op.Row, Layer: op.Layer, Output: op.Output, Rows: op.Rows, Layers: op.Layers,
		ModelRoot: hexOf(op.ModelRoot), InputRoot: hexOf(op.InputRoot), TraceRoot: hexOf(op.TraceRoot),
		Header:       GoldenHeader{In: h.In, Out: h.Out, Shift: h.Shift, ReLU: h.ReLU, Element: hexOf(h.Element())},
		OpenedOutput: op.OpenedOutput, BiasElement: hexOf(op.BiasElement), BiasPath: goldenPath(op.BiasPath),
		WeightRow: append([]int8(nil), op.WeightRow...), WeightPacked: hexAll(op.WeightPacked), WeightRowPath: goldenPath(op.WeightRowPath),
		LayerPath: goldenPath(op.LayerPath),
		Input:     append([]int8(nil), op.Input...), InputPacked: hexAll(op.InputPacked), InputPath: goldenPath(op.InputPath),
		ClaimedN: op.ClaimedN, ClaimedTreeRoot: hexOf(op.ClaimedTreeRoot), ClaimedLeafPath: goldenPath(op.ClaimedLeafPath),
		HasElement: op.HasElement, Acc: op.Acc, Honest: op.Honest, Fraud: op.Fraud, Reason: op.Reason,
	}
	if op.HasElement {
		g.ClaimedElement = hexOf(op.ClaimedElement)
		p := goldenPath(op.ClaimedElementPath)
		g.ClaimedElementPath = &p
	}
	return g
}

// tamperCase is one way to falsify a provider's trace, and the step that
// proves it.
type tamperCase struct {
	name   string
	step   Step
	tamper func(st *StoredTrace) // nil: honest
}

// cloneStored deep-copies a stored trace.
func cloneStored(s *StoredTrace) *StoredTrace {
	c := &StoredTrace{Rows: s.Rows, Layers: s.Layers, Leaves: make([]StoredLeaf, len(s.Leaves))}
	for i, l := range s.Leaves {
		c.Leaves[i] = StoredLeaf{N: l.N, Elems: append([]Element(nil), l.Elems...)}
	}
	return c
}

// setPackedValue overwrites value o of a stored leaf (within its elements).
func setPackedValue(leaf *StoredLeaf, o int, v int8) {
	vals, _ := Unpack8(&leaf.Elems[o/PackInt8])
	vals[o%PackInt8] = v
	p := Pack8(vals[:])
	leaf.Elems[o/PackInt8] = p[0]
}

func tamperCases(m *Model, rows int, honest *Trace) []tamperCase {
	R, L := rows, len(m.Layers)
	outL := int(m.Layers[L-1].Header.Out)
	out1 := int(m.Layers[0].Header.Out)
	cases := []tamperCase{
		{name: "honest", step: Step{0, 1, 0}},
		{name: "honest", step: Step{R - 1, L, outL - 1}},
	}
	if outL%PackInt8 != 0 {
		cases = append(cases, tamperCase{name: "honest", step: Step{R - 1, L, PackInt8*PackedLen(outL) - 1}})
	}
	o := outL / 2
	cases = append(cases, tamperCase{name: "value", step: Step{R - 1, L, o}, tamper: func(st *StoredTrace) {
		setPackedValue(st.Leaf(R-1, L), o, honest.Act(R-1, L)[o]^1)
	}})
	if out1%PackInt8 != 0 {
		p := PackInt8*PackedLen(out1) - 1
		cases = append(cases, tamperCase{name: "padding", step: Step{0, 1, p}, tamper: func(st *StoredTrace) {
			setPackedValue(st.Leaf(0, 1), p, 1)
		}})
	}
	cases = append(cases, tamperCase{name: "noncanonical", step: Step{0, L, 0}, tamper: func(st *StoredTrace) {
		// Adds 256^31: the first 31 bytes, and so every value, stay honest.
		var b256, pow Element
		b256.SetUint64(256)
		pow.SetOne()
		for range PackInt8 {
			pow.Mul(&pow, &b256)
		}
		e := &st.Leaf(0, L).Elems[0]
		e.Add(e, &pow)
	}})
	cases = append(cases, tamperCase{name: "length", step: Step{R - 1, 1, 0}, tamper: func(st *StoredTrace) {
		y := append(append([]int8(nil), honest.Act(R-1, 1)...), 0)
		*st.Leaf(R-1, 1) = StoredLeaf{N: uint32(len(y)), Elems: Pack8(y)}
	}})
	return cases
}

// AddGoldenOpenings appends step openings for honest steps and for each
// kind of false leaf to a golden job.
func AddGoldenOpenings(g *GoldenModel, m *Model, in *Input) error {
	ctx := context.Background()
	e := &Reference{Kernel: new(PureGoKernel()), Workers: 1}
	honest, err := e.Execute(ctx, m, in)
	if err != nil {
		return err
	}
	base := honest.Stored()
	for _, c := range tamperCases(m, in.Rows, honest) {
		st := base
		if c.tamper != nil {
			st = cloneStored(base)
			c.tamper(st)
		}
		jt, err := NewJobTrees(ctx, m, in, st)
		if err != nil {
			return fmt.Errorf("case %s: %w", c.name, err)
		}
		op, err := jt.Open(c.step)
		if err != nil {
			return fmt.Errorf("case %s %v: %w", c.name, c.step, err)
		}
		if op.Fraud != (c.tamper != nil) {
			return fmt.Errorf("case %s %v: fraud = %v (%s)", c.name, c.step, op.Fraud, op.Reason)
		}
		if err := op.Verify(); err != nil {
			return fmt.Errorf("case %s %v: %w", c.name, c.step, err)
		}
		g.Openings = append(g.Openings, goldenOpening(c.name, op))
	}
	return nil
}
