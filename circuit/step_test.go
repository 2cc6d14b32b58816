package circuit

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/test"

	"github.com/gpuroll/gpuroll/job"
)

var testChallenger = [20]byte{0xc4, 0x11, 0xe0, 0x9e, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0x42}

// tjob is a job with a provider's stored trace (honest until a test tampers
// with it) and the honest execution.
type tjob struct {
	m      *job.Model
	in     *job.Input
	st     *job.StoredTrace
	honest *job.Trace
}

// randomJob makes a job with the given widths (widths[0] is the input);
// seeded so failures reproduce.
func randomJob(t testing.TB, seed uint64, rows int, widths []int, shifts []uint8, relus []bool) *tjob {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	m := &job.Model{}
	for l := 1; l < len(widths); l++ {
		in, out := widths[l-1], widths[l]
		d := job.Dense{Header: job.LayerHeader{In: uint32(in), Out: uint32(out), Shift: shifts[l-1], ReLU: relus[l-1]}}
		d.W = make([]int8, in*out)
		for i := range d.W {
			d.W[i] = int8(rng.IntN(256) - 128)
		}
		d.Bias = make([]int32, out)
		for o := range d.Bias {
			d.Bias[o] = int32(rng.IntN(1<<20) - 1<<19)
		}
		m.Layers = append(m.Layers, d)
	}
	x := &job.Input{Rows: rows, Width: widths[0], X: make([]int8, rows*widths[0])}
	for i := range x.X {
		x.X[i] = int8(rng.IntN(256) - 128)
	}
	tr, err := (&job.Reference{}).Execute(context.Background(), m, x)
	if err != nil {
		t.Fatal(err)
	}
	return &tjob{m: m, in: x, st: tr.Stored(), honest: tr}
}

func (j *tjob) trees(t testing.TB) *job.JobTrees {
	t.Helper()
	trees, err := job.NewJobTrees(context.Background(), j.m, j.in, j.st)
	if err != nil {
		t.Fatal(err)
	}
	return trees
}

func (j *tjob) open(t testing.TB, s job.Step) *job.StepOpening {
	t.Helper()
	op, err := j.trees(t).Open(s)
	if err != nil {
		t.Fatalf("open %v: %v", s, err)
	}
	return op
}

func isSolved(cls Class, a *StepCircuit) error {
	return test.IsSolved(NewStepCircuit(cls), a, ecc.BN254.ScalarField())
}

// solve runs the step's witness through gnark's test engine.
func (j *tjob) solve(t testing.TB, s job.Step) error {
	t.Helper()
	a, cls, _, err := AssignOpening(j.open(t, s), testChallenger)
	if err != nil {
		t.Fatalf("assign %v: %v", s, err)
	}
	return test.IsSolved(NewStepCircuit(cls), a, ecc.BN254.ScalarField())
}

func (j *tjob) firstFraud(t testing.TB) (job.Step, bool) {
	t.Helper()
	s, found, err := job.FirstFraud(j.honest, j.st)
	if err != nil {
		t.Fatal(err)
	}
	return s, found
}

// setValue changes value pos of stored leaf (r, l), keeping it canonical.
func (j *tjob) setValue(r, l, pos int, v int8) {
	lf := j.st.Leaf(r, l)
	b := lf.Elems[pos/31].Bytes()
	b[31-pos%31] = uint8(v)
	lf.Elems[pos/31].SetBytes(b[:])
}

func TestHonestStepsHaveNoSolution(t *testing.T) {
	j := randomJob(t, 1, 2, []int{40, 33, 5}, []uint8{9, 0}, []bool{true, false})
	trees := j.trees(t)
	for r := 0; r < j.in.Rows; r++ {
		for l := 1; l <= len(j.m.Layers); l++ {
			out := int(j.m.Layers[l-1].Header.Out)
			for o := 0; o < 31*((out+30)/31); o++ {
				s := job.Step{Row: r, Layer: l, Output: o}
				op, err := trees.Open(s)
				if err != nil {
					t.Fatal(err)
				}
				a, cls, _, err := AssignOpening(op, testChallenger)
				if err != nil {
					t.Fatal(err)
				}
				if err := test.IsSolved(NewStepCircuit(cls), a, ecc.BN254.ScalarField()); err == nil {
					t.Fatalf("honest step (%d, %d, %d) is provable", r, l, o)
				}
			}
		}
	}
}

func TestFalseValueIsProvable(t *testing.T) {
	for _, tc := range []struct {
		name  string
		l, o  int
		delta int8
	}{
		{"first layer", 1, 17, 1},
		{"first layer first value", 1, 0, -1},
		{"last layer", 2, 4, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j := randomJob(t, 2, 3, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, false})
			j.setValue(1, tc.l, tc.o, j.honest.Act(1, tc.l)[tc.o]+tc.delta)
			s, found := j.firstFraud(t)
			if want := (job.Step{Row: 1, Layer: tc.l, Output: tc.o}); !found || s != want {
				t.Fatalf("FirstFraud = %v %v, want %v", s, found, want)
			}
			if err := j.solve(t, s); err != nil {
				t.Fatalf("false value not provable: %v", err)
			}
			// Another position of the same leaf is honest: no proof there.
			if err := j.solve(t, job.Step{Row: 1, Layer: tc.l, Output: (tc.o + 1) % 5}); err == nil {
				t.Fatal("an honest position of a false leaf is provable")
			}
		})
	}
}

func TestNonZeroPaddingIsProvable(t *testing.T) {
	j := randomJob(t, 3, 1, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, true})
	j.setValue(0, 2, 20, -7) // positions 5..30 of layer 2 are padding
	s, found := j.firstFraud(t)
	if !found || s != (job.Step{Row: 0, Layer: 2, Output: 20}) {
		t.Fatalf("FirstFraud = %v %v", s, found)
	}
	if err := j.solve(t, s); err != nil {
		t.Fatalf("non-zero padding not provable: %v", err)
	}
	if err := j.solve(t, job.Step{Row: 0, Layer: 2, Output: 21}); err == nil {
		t.Fatal("zero padding is provable")
	}
}

func TestNonCanonicalElementIsProvable(t *testing.T) {
	j := randomJob(t, 4, 2, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, true})
	// Add 2^248 to element 1 of leaf (0, 1): every byte still reads honest.
	e := &j.st.Leaf(0, 1).Elems[1]
	var big248 fr.Element
	big248.SetBigInt(new(big.Int).Lsh(big.NewInt(1), 248))
	e.Add(e, &big248)
	s, found := j.firstFraud(t)
	if !found || s != (job.Step{Row: 0, Layer: 1, Output: 31}) {
		t.Fatalf("FirstFraud = %v %v", s, found)
	}
	if err := j.solve(t, s); err != nil {
		t.Fatalf("non-canonical element not provable: %v", err)
	}
	// Any position of that element is provable: its form alone is false.
	if err := j.solve(t, job.Step{Row: 0, Layer: 1, Output: 32}); err != nil {
		t.Fatalf("non-canonical element at another position: %v", err)
	}
}

func TestWrongLengthIsProvable(t *testing.T) {
	j := randomJob(t, 5, 2, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, true})
	// Claim 32 values instead of 33: same element count, values unchanged.
	j.st.Leaf(1, 1).N = 32
	s, found := j.firstFraud(t)
	if !found || s != (job.Step{Row: 1, Layer: 1, Output: 0}) {
		t.Fatalf("FirstFraud = %v %v", s, found)
	}
	if err := j.solve(t, s); err != nil {
		t.Fatalf("wrong length not provable: %v", err)
	}
	// A longer claim with an extra (zero) element.
	lf := j.st.Leaf(1, 1)
	lf.N = 70
	lf.Elems = append(lf.Elems, fr.Element{})
	if err := j.solve(t, job.Step{Row: 1, Layer: 1, Output: 40}); err != nil {
		t.Fatalf("longer claim not provable: %v", err)
	}
	// A shorter claim whose leaf lacks the element of the step.
	lf.N = 20
	lf.Elems = lf.Elems[:1]
	if err := j.solve(t, job.Step{Row: 1, Layer: 1, Output: 32}); err != nil {
		t.Fatalf("short claim not provable at a missing element: %v", err)
	}
}

func TestHonestReceiptHasNoFraud(t *testing.T) {
	j := randomJob(t, 6, 2, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, true})
	if s, found := j.firstFraud(t); found {
		t.Fatalf("FirstFraud on an honest trace: %v", s)
	}
}

// A forged witness cannot prove an honest step: every free witness value
// the challenger controls, changed, leaves the circuit unsatisfied.
func TestForgedWitnessFails(t *testing.T) {
	j := randomJob(t, 7, 2, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, true})
	s := job.Step{Row: 1, Layer: 2, Output: 3}
	a, cls, _, err := AssignOpening(j.open(t, s), testChallenger)
	if err != nil {
		t.Fatal(err)
	}
	field := ecc.BN254.ScalarField()
	if err := test.IsSolved(NewStepCircuit(cls), a, field); err == nil {
		t.Fatal("honest step provable")
	}
	forge := map[string]func(c *StepCircuit){
		"quotient+1":    func(c *StepCircuit) { c.Quot = new(big.Int).Add(toBig(c.Quot), big.NewInt(1)) },
		"remainder+pow": func(c *StepCircuit) { c.Rem = new(big.Int).Add(toBig(c.Rem), big.NewInt(4)) },
		"length":        func(c *StepCircuit) { c.OutLen = 6 },
		"element":       func(c *StepCircuit) { c.OutElem = new(big.Int).Add(toBig(c.OutElem), big.NewInt(1)) },
		"input value":   func(c *StepCircuit) { c.InputElems[0] = new(big.Int).Add(toBig(c.InputElems[0]), big.NewInt(1)) },
		"weight value":  func(c *StepCircuit) { c.WeightElems[0] = new(big.Int).Add(toBig(c.WeightElems[0]), big.NewInt(1)) },
		"bias word":     func(c *StepCircuit) { c.BiasK = (c.BiasK.(int) + 1) % 7 },
		"active":        func(c *StepCircuit) { c.Active[32] = 1 },
		"element index": func(c *StepCircuit) { c.OutK = c.OutK.(int) + 1 },
	}
	for name, f := range forge {
		b, _, _, _ := AssignOpening(j.open(t, s), testChallenger)
		f(b)
		if err := test.IsSolved(NewStepCircuit(cls), b, field); err == nil {
			t.Errorf("forged %s proves an honest step", name)
		}
	}
}

func toBig(v any) *big.Int {
	switch x := v.(type) {
	case *big.Int:
		return x
	case int:
		return big.NewInt(int64(x))
	case int64:
		return big.NewInt(x)
	case uint64:
		return new(big.Int).SetUint64(x)
	}
	panic("unexpected witness type")
}

// A 4096-wide layer (class 3): a false value is provable, the honest one
// next to it is not.
func TestWideLayerClass3(t *testing.T) {
	j := randomJob(t, 8, 1, []int{4096, 3}, []uint8{12}, []bool{false})
	j.setValue(0, 1, 2, j.honest.Act(0, 1)[2]^0x10)
	s, found := j.firstFraud(t)
	if !found || s != (job.Step{Row: 0, Layer: 1, Output: 2}) {
		t.Fatalf("FirstFraud = %v %v", s, found)
	}
	_, cls, _, _ := AssignOpening(j.open(t, s), testChallenger)
	if cls.ID != 3 {
		t.Fatalf("4096-wide layer in class %d", cls.ID)
	}
	if err := j.solve(t, s); err != nil {
		t.Fatalf("false value of a 4096-wide layer not provable: %v", err)
	}
	if err := j.solve(t, job.Step{Row: 0, Layer: 1, Output: 1}); err == nil {
		t.Fatal("honest value of a 4096-wide layer provable")
	}
}

// A layer of class 2 (> 256, ≤ 1024) as the second layer, input from the trace.
func TestClass2SecondLayer(t *testing.T) {
	j := randomJob(t, 9, 2, []int{16, 1000, 40}, []uint8{4, 10}, []bool{true, false})
	j.setValue(1, 2, 39, j.honest.Act(1, 2)[39]+1)
	s, found := j.firstFraud(t)
	if !found || s != (job.Step{Row: 1, Layer: 2, Output: 39}) {
		t.Fatalf("FirstFraud = %v %v", s, found)
	}
	if err := j.solve(t, s); err != nil {
		t.Fatalf("class 2 step not provable: %v", err)
	}
	if err := j.solve(t, job.Step{Row: 1, Layer: 2, Output: 38}); err == nil {
		t.Fatal("honest class 2 step provable")
	}
}
