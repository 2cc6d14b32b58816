package job

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestOpeningsAndFirstFraud(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(21, 22))
	m := randModel(rng, []int{40, 64, 33}, 20)
	in := randInput(rng, 3, 40)
	honest, err := (&Reference{}).Execute(ctx, m, in)
	if err != nil {
		t.Fatal(err)
	}
	base := honest.Stored()
	if _, found, err := FirstFraud(honest, base); err != nil || found {
		t.Fatalf("honest trace reported false: %v", err)
	}
	jt, err := NewJobTrees(ctx, m, in, base)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := honest.Root(); !r.Equal(&jt.TraceRoot) {
		t.Fatal("JobTrees trace root differs from the executor's")
	}
	// Every step of an honest trace opens and verifies, without fraud.
	for r := range in.Rows {
		for l := 1; l <= len(m.Layers); l++ {
			for _, o := range []int{0, int(m.Layers[l-1].Header.Out) - 1, PackInt8*PackedLen(int(m.Layers[l-1].Header.Out)) - 1} {
				op, err := jt.Open(Step{r, l, o})
				if err != nil {
					t.Fatal(err)
				}
				if op.Fraud {
					t.Fatalf("honest step %v reported as fraud: %s", op.Step, op.Reason)
				}
				if err := op.Verify(); err != nil {
					t.Fatalf("step %v: %v", op.Step, err)
				}
			}
		}
	}
	// Each tampering is found at its step and proven there.
	for _, c := range tamperCases(m, in.Rows, honest) {
		if c.tamper == nil {
			continue
		}
		st := cloneStored(base)
		c.tamper(st)
		step, found, err := FirstFraud(honest, st)
		if err != nil || !found || step != c.step {
			t.Fatalf("%s: FirstFraud = %v %v %v, want %v", c.name, step, found, err, c.step)
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
			t.Fatalf("%s: opening says no fraud", c.name)
		}
		if err := op.Verify(); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
	}
	// A false later leaf cannot be opened on top of a false input leaf.
	st := cloneStored(base)
	setPackedValue(st.Leaf(0, 1), 0, honest.Act(0, 1)[0]^1)
	setPackedValue(st.Leaf(0, 2), 0, honest.Act(0, 2)[0]^1)
	jt2, _ := NewJobTrees(ctx, m, in, st)
	if _, err := jt2.Open(Step{0, 2, 0}); err != nil {
		t.Fatalf("value-only change of the input leaf must still open (canonical): %v", err)
	}
	nc := cloneStored(base)
	nc.Leaf(0, 1).Elems[0].SetInt64(-1)
	jt3, _ := NewJobTrees(ctx, m, in, nc)
	if _, err := jt3.Open(Step{0, 2, 0}); err == nil || !strings.Contains(err.Error(), "earlier step") {
		t.Fatalf("opening over a non-canonical input leaf: %v", err)
	}
}

// TestVerifyRejectsTampering: every part of an opening is bound.
func TestVerifyRejectsTampering(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(23, 24))
	m := randModel(rng, []int{31, 40, 7}, 20)
	in := randInput(rng, 2, 31)
	honest, _ := (&Reference{}).Execute(ctx, m, in)
	jt, err := NewJobTrees(ctx, m, in, honest.Stored())
	if err != nil {
		t.Fatal(err)
	}
	one := new(Element).SetOne()
	mutations := map[string]func(op *StepOpening){
		"bias element":    func(op *StepOpening) { op.BiasElement.Add(&op.BiasElement, one) },
		"bias sibling":    func(op *StepOpening) { op.BiasPath.Siblings[3].Add(&op.BiasPath.Siblings[3], one) },
		"weight value":    func(op *StepOpening) { op.WeightRow[0]++ },
		"weight path":     func(op *StepOpening) { op.WeightRowPath.Siblings[0].Add(&op.WeightRowPath.Siblings[0], one) },
		"header shift":    func(op *StepOpening) { op.Header.Shift++ },
		"header relu":     func(op *StepOpening) { op.Header.ReLU = !op.Header.ReLU },
		"layer path":      func(op *StepOpening) { op.LayerPath.Siblings[7].Add(&op.LayerPath.Siblings[7], one) },
		"input value":     func(op *StepOpening) { op.Input[3]++ },
		"input packed":    func(op *StepOpening) { op.InputPacked[0].Add(&op.InputPacked[0], one) },
		"input path":      func(op *StepOpening) { op.InputPath.Siblings[1].Add(&op.InputPath.Siblings[1], one) },
		"claimed n":       func(op *StepOpening) { op.ClaimedN++ },
		"claimed element": func(op *StepOpening) { op.ClaimedElement.Add(&op.ClaimedElement, one) },
		"claimed root":    func(op *StepOpening) { op.ClaimedTreeRoot.Add(&op.ClaimedTreeRoot, one) },
		"leaf path":       func(op *StepOpening) { op.ClaimedLeafPath.Siblings[23].Add(&op.ClaimedLeafPath.Siblings[23], one) },
		"row":             func(op *StepOpening) { op.Row ^= 1 },
		"model root":      func(op *StepOpening) { op.ModelRoot.Add(&op.ModelRoot, one) },
	}
	for _, s := range []Step{{1, 1, 3}, {1, 2, 2}} {
		for name, mut := range mutations {
			op, err := jt.Open(s)
			if err != nil {
				t.Fatal(err)
			}
			if err := op.Verify(); err != nil {
				t.Fatal(err)
			}
			mut(op)
			if err := op.Verify(); err == nil {
				t.Errorf("step %v: %s changed, opening still verifies", s, name)
			}
		}
	}
}

// TestLeafAndElementPaths: any leaf opens against the trace root and any
// packed element against its leaf.
func TestLeafAndElementPaths(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(25, 26))
	m := randModel(rng, []int{40, 100, 31}, 20)
	in := randInput(rng, 3, 40)
	honest, _ := (&Reference{}).Execute(ctx, m, in)
	jt, err := NewJobTrees(ctx, m, in, honest.Stored())
	if err != nil {
		t.Fatal(err)
	}
	L := len(m.Layers)
	for r := range in.Rows {
		for l := 1; l <= L; l++ {
			p, err := jt.LeafPath(r, l)
			if err != nil {
				t.Fatal(err)
			}
			leaf := honest.Leaves[r*L+l-1]
			if root := bindLen(p.Root(leaf), uint64(in.Rows*L)); !root.Equal(&jt.TraceRoot) {
				t.Fatalf("leaf (%d, %d) does not open", r, l)
			}
			for i := range PackedLen(int(m.Layers[l-1].Header.Out)) {
				e, ep, treeRoot, err := jt.ElementPath(r, l, i)
				if err != nil {
					t.Fatal(err)
				}
				if got := ep.Root(e); !got.Equal(&treeRoot) {
					t.Fatalf("element %d of leaf (%d, %d) does not open", i, r, l)
				}
				if got := bindLen(treeRoot, uint64(m.Layers[l-1].Header.Out)); !got.Equal(&leaf) {
					t.Fatalf("leaf (%d, %d) is not H(root, n)", r, l)
				}
			}
		}
	}
	if _, err := jt.LeafPath(in.Rows, 1); err == nil {
		t.Fatal("leaf outside the trace opened")
	}
	if _, _, _, err := jt.ElementPath(0, 1, 4); err == nil {
		t.Fatal("element outside the leaf opened")
	}
}
