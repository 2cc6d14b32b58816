package job

import (
	"context"
	"fmt"
)

// JobTrees holds every tree of one job (model, input, a provider's stored
// trace) so that any leaf or element can be opened.
type JobTrees struct {
	Model *Model
	Input *Input
	Trace *StoredTrace

	layers    []layerTrees
	modelTree *Tree // FT_8 over layer commitments
	inputTree *Tree // FT_16 over input row VCs
	traceTree *Tree // FT_24 over leaves

	ModelRoot, InputRoot, TraceRoot Element
}

type layerTrees struct {
	c        LayerCommitments
	biasTree *Tree // FT_12 over pack32(bias)
	rowsTree *Tree // FT_14 over row VCs
}

// NewJobTrees builds every tree of a job. The stored trace may be false
// (that is what it is for) but must have the job's shape and hash.
func NewJobTrees(ctx context.Context, m *Model, in *Input, st *StoredTrace) (*JobTrees, error) {
	if err := CheckJob(m, in); err != nil {
		return nil, err
	}
	if st.Rows != in.Rows || st.Layers != len(m.Layers) {
		return nil, fmt.Errorf("stored trace is %d×%d, job %d×%d", st.Rows, st.Layers, in.Rows, len(m.Layers))
	}
	j := &JobTrees{Model: m, Input: in, Trace: st, layers: make([]layerTrees, len(m.Layers))}
	cs := make([]Element, len(m.Layers))
	for l := range m.Layers {
		c, err := m.Layers[l].Commit()
		if err != nil {
			return nil, fmt.Errorf("layer %d: %w", l+1, err)
		}
		lt := layerTrees{c: c}
		if lt.biasTree, err = NewTree(Pack32(m.Layers[l].Bias), BiasDepth); err != nil {
			return nil, err
		}
		if lt.rowsTree, err = NewTree(c.RowVCs, WeightRowsDepth); err != nil {
			return nil, err
		}
		j.layers[l], cs[l] = lt, c.Layer
	}
	var err error
	if j.modelTree, err = NewTree(cs, ModelDepth); err != nil {
		return nil, err
	}
	j.ModelRoot = bindLen(j.modelTree.Root(), uint64(len(cs)))
	ivcs, err := RowVCs(in.X, in.Rows, in.Width)
	if err != nil {
		return nil, err
	}
	if j.inputTree, err = NewTree(ivcs, InputDepth); err != nil {
		return nil, err
	}
	j.InputRoot = bindLen(j.inputTree.Root(), uint64(in.Rows))
	leaves, err := st.Commitments(ctx)
	if err != nil {
		return nil, fmt.Errorf("stored trace: %w", err)
	}
	if j.traceTree, err = NewTree(leaves, TraceDepth); err != nil {
		return nil, err
	}
	j.TraceRoot = bindLen(j.traceTree.Root(), uint64(len(leaves)))
	return j, nil
}

// LeafPath opens trace leaf (r, l) against the trace tree (FT_24).
func (j *JobTrees) LeafPath(r, l int) (MerklePath, error) {
	if r < 0 || r >= j.Trace.Rows || l < 1 || l > j.Trace.Layers {
		return MerklePath{}, fmt.Errorf("leaf (%d, %d) outside %d×%d", r, l, j.Trace.Rows, j.Trace.Layers)
	}
	return j.traceTree.Path(uint64(r*j.Trace.Layers + l - 1))
}

// ElementPath opens packed element i of stored leaf (r, l) against the
// leaf's variable-depth tree; the leaf is H(root, n').
func (j *JobTrees) ElementPath(r, l, i int) (elem Element, path MerklePath, treeRoot Element, err error) {
	if r < 0 || r >= j.Trace.Rows || l < 1 || l > j.Trace.Layers {
		return Element{}, MerklePath{}, Element{}, fmt.Errorf("leaf (%d, %d) outside %d×%d", r, l, j.Trace.Rows, j.Trace.Layers)
	}
	leaf := j.Trace.Leaf(r, l)
	if i < 0 || i >= len(leaf.Elems) {
		return Element{}, MerklePath{}, Element{}, fmt.Errorf("element %d outside leaf (%d, %d) of %d elements", i, r, l, len(leaf.Elems))
	}
	t, err := leaf.Tree()
	if err != nil {
		return Element{}, MerklePath{}, Element{}, err
	}
	p, err := t.Path(uint64(i))
	return leaf.Elems[i], p, t.Root(), err
}

// StepOpening is everything a step proof for (r, l, o) opens: the witness
// of docs/fraud-proof.md's statement. Paths list siblings from the leaf
// level up; Index bit k set means the node at level k is a right child.
type StepOpening struct {
	Step
	Rows, Layers int // R, L

	ModelRoot, InputRoot, TraceRoot Element

	// The layer: header, bias element, weight row, all against ModelRoot.
	Header LayerHeader
	// OpenedOutput is the output whose bias and weight row are opened:
	// o itself, or out−1 for a padding position o ≥ out (whose honest value
	// is 0 whatever the row; the circuit must not use them there).
	OpenedOutput  int
	BiasElement   Element    // pack32 element ⌊OpenedOutput/7⌋
	BiasPath      MerklePath // FT_12; H(root, out) = bias commitment
	WeightRow     []int8     // W[OpenedOutput], In values
	WeightPacked  []Element  // pack8(WeightRow)
	WeightRowPath MerklePath // FT_14 at OpenedOutput; H(root, out) = weight-rows root
	LayerPath     MerklePath // FT_8 at l−1; H(root, L) = model root

	// The input vector: x_r (l = 1, against InputRoot, FT_16 at r, bound by
	// R) or the stored leaf (r, l−1) (l > 1, against TraceRoot, FT_24 at
	// r·L + l − 2, bound by R·L). Length In, every element canonical.
	Input       []int8
	InputPacked []Element
	InputPath   MerklePath

	// The provider's leaf (r, l) = H(ClaimedTreeRoot, ClaimedN), against
	// TraceRoot (FT_24 at r·L + l − 1).
	ClaimedN        uint32
	ClaimedTreeRoot Element
	ClaimedLeafPath MerklePath
	// The claimed element ⌊o/31⌋ and its path in the leaf's variable-depth
	// tree, present (HasElement) when the leaf has that element.
	HasElement         bool
	ClaimedElement     Element
	ClaimedElementPath MerklePath

	// Acc is W[o]·x + bias[o] (0 for padding); Honest the honest y_o.
	Acc    int64
	Honest int8
	// Fraud says whether the statement holds (the leaf is false at o), and
	// Reason how.
	Fraud  bool
	Reason string
}

// Open builds the opening of step (r, l, o).
func (j *JobTrees) Open(s Step) (*StepOpening, error) {
	R, L := j.Input.Rows, len(j.Model.Layers)
	if s.Row < 0 || s.Row >= R || s.Layer < 1 || s.Layer > L {
		return nil, fmt.Errorf("step %v outside %d rows × %d layers", s, R, L)
	}
	d := &j.Model.Layers[s.Layer-1]
	out := int(d.Header.Out)
	if s.Output < 0 || s.Output >= PackInt8*PackedLen(out) {
		return nil, fmt.Errorf("step %v: output position outside [0, %d)", s, PackInt8*PackedLen(out))
	}
	op := &StepOpening{Step: s, Rows: R, Layers: L, ModelRoot: j.ModelRoot, InputRoot: j.InputRoot, TraceRoot: j.TraceRoot, Header: d.Header}
	lt := &j.layers[s.Layer-1]
	op.OpenedOutput = min(s.Output, out-1)
	var err error
	bi := op.OpenedOutput / PackInt32
	op.BiasElement = lt.biasTree.levels[0][bi]
	if op.BiasPath, err = lt.biasTree.Path(uint64(bi)); err != nil {
		return nil, err
	}
	op.WeightRow = append([]int8(nil), d.Row(op.OpenedOutput)...)
	op.WeightPacked = Pack8(op.WeightRow)
	if op.WeightRowPath, err = lt.rowsTree.Path(uint64(op.OpenedOutput)); err != nil {
		return nil, err
	}
	if op.LayerPath, err = j.modelTree.Path(uint64(s.Layer - 1)); err != nil {
		return nil, err
	}

	if s.Layer == 1 {
		op.Input = append([]int8(nil), j.Input.Row(s.Row)...)
		op.InputPacked = Pack8(op.Input)
		if op.InputPath, err = j.inputTree.Path(uint64(s.Row)); err != nil {
			return nil, err
		}
	} else {
		prev := j.Trace.Leaf(s.Row, s.Layer-1)
		vals, ok := prev.Values()
		if !ok || prev.N != d.Header.In {
			return nil, fmt.Errorf("step %v: input leaf (%d, %d) is itself false; prove an earlier step", s, s.Row, s.Layer-1)
		}
		for _, v := range vals[prev.N:] {
			if v != 0 {
				return nil, fmt.Errorf("step %v: input leaf (%d, %d) has non-zero padding; prove an earlier step", s, s.Row, s.Layer-1)
			}
		}
		op.Input = vals[:prev.N]
		op.InputPacked = append([]Element(nil), prev.Elems...)
		if op.InputPath, err = j.LeafPath(s.Row, s.Layer-1); err != nil {
			return nil, err
		}
	}

	claimed := j.Trace.Leaf(s.Row, s.Layer)
	op.ClaimedN = claimed.N
	ct, err := claimed.Tree()
	if err != nil {
		return nil, fmt.Errorf("claimed leaf: %w", err)
	}
	op.ClaimedTreeRoot = ct.Root()
	if op.ClaimedLeafPath, err = j.LeafPath(s.Row, s.Layer); err != nil {
		return nil, err
	}
	ei := s.Output / PackInt8
	if ei < len(claimed.Elems) {
		op.HasElement = true
		op.ClaimedElement = claimed.Elems[ei]
		if op.ClaimedElementPath, err = ct.Path(uint64(ei)); err != nil {
			return nil, err
		}
	}

	if s.Output < out {
		acc := int64(d.Bias[s.Output])
		for i, w := range d.Row(s.Output) {
			acc += int64(w) * int64(op.Input[i])
		}
		op.Acc = acc
		op.Honest = Requantize(int32(acc), d.Header.Shift, d.Header.ReLU)
	}
	switch {
	case claimed.N != d.Header.Out:
		op.Fraud, op.Reason = true, fmt.Sprintf("leaf length %d, layer output width %d", claimed.N, out)
	case !op.HasElement:
		op.Fraud, op.Reason = true, "leaf lacks the element"
	default:
		vals, ok := Unpack8(&op.ClaimedElement)
		switch {
		case !ok:
			op.Fraud, op.Reason = true, fmt.Sprintf("element %d is not canonical", ei)
		case vals[s.Output%PackInt8] != op.Honest:
			op.Fraud, op.Reason = true, fmt.Sprintf("claimed %d, honest %d", vals[s.Output%PackInt8], op.Honest)
		}
	}
	return op, nil
}

// Verify checks every path of the opening against its roots, natively:
// what the circuit checks, less the arithmetic. Tests use it; a challenger
// runs it before proving.
func (op *StepOpening) Verify() error {
	h := op.Header
	if err := h.Validate(); err != nil {
		return err
	}
	out := int(h.Out)
	wantOpened := min(op.Output, out-1)
	if op.OpenedOutput != wantOpened {
		return fmt.Errorf("opened output %d, want %d", op.OpenedOutput, wantOpened)
	}
	if op.BiasPath.Index != uint64(wantOpened/PackInt32) || len(op.BiasPath.Siblings) != BiasDepth {
		return fmt.Errorf("bias path at %d of depth %d", op.BiasPath.Index, len(op.BiasPath.Siblings))
	}
	biasC := bindLen(op.BiasPath.Root(op.BiasElement), uint64(out))
	if len(op.WeightRow) != int(h.In) {
		return fmt.Errorf("weight row of %d values, want %d", len(op.WeightRow), h.In)
	}
	rowVC, err := VC(op.WeightRow)
	if err != nil {
		return err
	}
	if op.WeightRowPath.Index != uint64(wantOpened) || len(op.WeightRowPath.Siblings) != WeightRowsDepth {
		return fmt.Errorf("weight row path at %d", op.WeightRowPath.Index)
	}
	wr := bindLen(op.WeightRowPath.Root(rowVC), uint64(out))
	c := LayerCommitment(h, &biasC, &wr)
	if op.LayerPath.Index != uint64(op.Layer-1) || len(op.LayerPath.Siblings) != ModelDepth {
		return fmt.Errorf("layer path at %d", op.LayerPath.Index)
	}
	if m := bindLen(op.LayerPath.Root(c), uint64(op.Layers)); !m.Equal(&op.ModelRoot) {
		return fmt.Errorf("layer does not open against the model root")
	}
	if len(op.Input) != int(h.In) {
		return fmt.Errorf("input of %d values, want %d", len(op.Input), h.In)
	}
	inVC, err := VCPacked(op.InputPacked, h.In)
	if err != nil {
		return err
	}
	if p := Pack8(op.Input); !equalElems(p, op.InputPacked) {
		return fmt.Errorf("input values differ from the opened packed elements")
	}
	if op.Layer == 1 {
		if op.InputPath.Index != uint64(op.Row) || len(op.InputPath.Siblings) != InputDepth {
			return fmt.Errorf("input path at %d", op.InputPath.Index)
		}
		if r := bindLen(op.InputPath.Root(inVC), uint64(op.Rows)); !r.Equal(&op.InputRoot) {
			return fmt.Errorf("input row does not open against the input root")
		}
	} else {
		if op.InputPath.Index != uint64(op.Row*op.Layers+op.Layer-2) || len(op.InputPath.Siblings) != TraceDepth {
			return fmt.Errorf("input leaf path at %d", op.InputPath.Index)
		}
		if r := bindLen(op.InputPath.Root(inVC), uint64(op.Rows*op.Layers)); !r.Equal(&op.TraceRoot) {
			return fmt.Errorf("input leaf does not open against the trace root")
		}
	}
	leaf := bindLen(op.ClaimedTreeRoot, uint64(op.ClaimedN))
	if op.ClaimedLeafPath.Index != uint64(op.Row*op.Layers+op.Layer-1) || len(op.ClaimedLeafPath.Siblings) != TraceDepth {
		return fmt.Errorf("claimed leaf path at %d", op.ClaimedLeafPath.Index)
	}
	if r := bindLen(op.ClaimedLeafPath.Root(leaf), uint64(op.Rows*op.Layers)); !r.Equal(&op.TraceRoot) {
		return fmt.Errorf("claimed leaf does not open against the trace root")
	}
	if op.HasElement {
		if op.ClaimedElementPath.Index != uint64(op.Output/PackInt8) || len(op.ClaimedElementPath.Siblings) != vtDepth(PackedLen(int(op.ClaimedN))) {
			return fmt.Errorf("claimed element path at %d of depth %d", op.ClaimedElementPath.Index, len(op.ClaimedElementPath.Siblings))
		}
		if r := op.ClaimedElementPath.Root(op.ClaimedElement); !r.Equal(&op.ClaimedTreeRoot) {
			return fmt.Errorf("claimed element does not open against the leaf")
		}
	}
	return nil
}

func equalElems(a, b []Element) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(&b[i]) {
			return false
		}
	}
	return true
}
