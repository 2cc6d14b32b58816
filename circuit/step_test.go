package circuit

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/test"
)

var testChallenger = [20]byte{0xc4, 0x11, 0xe0, 0x9e, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0x42}

// randomJob makes a job with the given widths (widths[0] is the input) and
// an honest trace; seeded so failures reproduce.
func randomJob(t testing.TB, seed uint64, rows int, widths []int, shifts []uint8, relus []bool) *Job {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	j := &Job{}
	for l := 1; l < len(widths); l++ {
		in, out := widths[l-1], widths[l]
		ly := Layer{Header: Header{In: uint32(in), Out: uint32(out), Shift: shifts[l-1], ReLU: relus[l-1]}}
		ly.W = make([][]int8, out)
		ly.Bias = make([]int32, out)
		for o := range ly.W {
			ly.W[o] = make([]int8, in)
			for i := range ly.W[o] {
				ly.W[o][i] = int8(rng.IntN(256) - 128)
			}
			ly.Bias[o] = int32(rng.IntN(1<<20) - 1<<19)
		}
		j.Layers = append(j.Layers, ly)
	}
	for r := 0; r < rows; r++ {
		x := make([]int8, widths[0])
		for i := range x {
			x[i] = int8(rng.IntN(256) - 128)
		}
		j.Inputs = append(j.Inputs, x)
	}
	honest, err := Execute(j)
	if err != nil {
		t.Fatal(err)
	}
	j.Trace = HonestTrace(honest)
	return j
}

func solve(t testing.TB, j *Job, s Step) error {
	t.Helper()
	c, err := Commit(NewHasher(), j)
	if err != nil {
		t.Fatal(err)
	}
	a, cls, _, err := Assign(c, j, s, testChallenger)
	if err != nil {
		t.Fatalf("assign %+v: %v", s, err)
	}
	return test.IsSolved(NewStepCircuit(cls), a, ecc.BN254.ScalarField())
}

// setByte changes value k of element e of a stored leaf, keeping it canonical.
func setValue(lf *StoredLeaf, pos int, v int8) {
	b := lf.Elems[pos/31].Bytes()
	b[31-pos%31] = uint8(v)
	lf.Elems[pos/31].SetBytes(b[:])
}

func TestHonestStepsHaveNoSolution(t *testing.T) {
	j := randomJob(t, 1, 2, []int{40, 33, 5}, []uint8{9, 0}, []bool{true, false})
	for r := range j.Inputs {
		for l := 1; l <= len(j.Layers); l++ {
			out := int(j.Layers[l-1].Header.Out)
			for o := 0; o < 31*((out+30)/31); o++ {
				if err := solve(t, j, Step{Row: uint32(r), Layer: uint16(l), Output: uint16(o)}); err == nil {
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
			honest, _ := Execute(j)
			lf := &j.Trace[1][tc.l-1]
			setValue(lf, tc.o, honest[1][tc.l-1][tc.o]+tc.delta)
			s, err := FirstFraud(j, honest)
			if err != nil {
				t.Fatal(err)
			}
			if want := (Step{Row: 1, Layer: uint16(tc.l), Output: uint16(tc.o)}); s != want {
				t.Fatalf("FirstFraud = %+v, want %+v", s, want)
			}
			if err := solve(t, j, s); err != nil {
				t.Fatalf("false value not provable: %v", err)
			}
			// Another position of the same leaf is honest: no proof there.
			if err := solve(t, j, Step{Row: 1, Layer: uint16(tc.l), Output: uint16((tc.o + 1) % 5)}); err == nil {
				t.Fatal("an honest position of a false leaf is provable")
			}
		})
	}
}

func TestNonZeroPaddingIsProvable(t *testing.T) {
	j := randomJob(t, 3, 1, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, true})
	honest, _ := Execute(j)
	setValue(&j.Trace[0][1], 20, -7) // positions 5..30 of layer 2 are padding
	s, err := FirstFraud(j, honest)
	if err != nil || s != (Step{Row: 0, Layer: 2, Output: 20}) {
		t.Fatalf("FirstFraud = %+v, %v", s, err)
	}
	if err := solve(t, j, s); err != nil {
		t.Fatalf("non-zero padding not provable: %v", err)
	}
	if err := solve(t, j, Step{Row: 0, Layer: 2, Output: 21}); err == nil {
		t.Fatal("zero padding is provable")
	}
}

func TestNonCanonicalElementIsProvable(t *testing.T) {
	j := randomJob(t, 4, 2, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, true})
	honest, _ := Execute(j)
	// Add 2^248 to element 1 of leaf (0, 1): every byte still reads honest.
	e := &j.Trace[0][0].Elems[1]
	var big248 fr.Element
	big248.SetBigInt(new(big.Int).Lsh(big.NewInt(1), 248))
	e.Add(e, &big248)
	s, err := FirstFraud(j, honest)
	if err != nil || s != (Step{Row: 0, Layer: 1, Output: 31}) {
		t.Fatalf("FirstFraud = %+v, %v", s, err)
	}
	if err := solve(t, j, s); err != nil {
		t.Fatalf("non-canonical element not provable: %v", err)
	}
}

func TestWrongLengthIsProvable(t *testing.T) {
	j := randomJob(t, 5, 2, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, true})
	honest, _ := Execute(j)
	// Claim 32 values instead of 33: same element count, values unchanged.
	j.Trace[1][0].Len = 32
	s, err := FirstFraud(j, honest)
	if err != nil || s != (Step{Row: 1, Layer: 1, Output: 0}) {
		t.Fatalf("FirstFraud = %+v, %v", s, err)
	}
	if err := solve(t, j, s); err != nil {
		t.Fatalf("wrong length not provable: %v", err)
	}
	// And a longer claim with an extra element.
	j.Trace[1][0] = StoredLeaf{Len: 70, Elems: append(Pack8(honest[1][0]), fr.Element{})}
	if err := solve(t, j, Step{Row: 1, Layer: 1, Output: 40}); err != nil {
		t.Fatalf("longer claim not provable: %v", err)
	}
}

func TestHonestReceiptHasNoFraud(t *testing.T) {
	j := randomJob(t, 6, 2, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, true})
	honest, _ := Execute(j)
	if _, err := FirstFraud(j, honest); !errors.Is(err, ErrHonest) {
		t.Fatalf("FirstFraud on an honest trace: %v", err)
	}
}
