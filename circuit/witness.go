package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
)

func bi(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// fillPath copies a path into a fixed-size array, zero beyond its depth
// (those siblings sit above the selected root and are not constrained).
func fillPath(dst []frontend.Variable, p []fr.Element) error {
	if len(p) > len(dst) {
		return fmt.Errorf("path of depth %d does not fit %d levels", len(p), len(dst))
	}
	for i := range dst {
		if i < len(p) {
			dst[i] = bi(p[i])
		} else {
			dst[i] = 0
		}
	}
	return nil
}

// unpackStored reads the int8 values of stored packed elements, failing on
// a non-canonical element (such an input cannot be opened by the circuit).
func unpackStored(elems []fr.Element, n int) ([]int8, error) {
	v := make([]int8, n)
	for e := range elems {
		if !canonical(&elems[e]) {
			return nil, fmt.Errorf("element %d is not canonical", e)
		}
		b := elems[e].Bytes()
		for k := 0; k < 31; k++ {
			i := 31*e + k
			if i < n {
				v[i] = int8(b[31-k])
			} else if b[31-k] != 0 {
				return nil, fmt.Errorf("element %d has a non-zero padding byte %d", e, k)
			}
		}
	}
	return v, nil
}

// Assign builds the full witness of the step circuit for step s of a job
// whose commitments are c, proven by challenger. It does not decide whether
// the step is false: a witness for an honest step is built all the same and
// simply does not satisfy the circuit (tests use that).
func Assign(c *Commitments, j *Job, s Step, challenger [20]byte) (*StepCircuit, Class, [4]*big.Int, error) {
	var pub [4]*big.Int
	nL, nR := len(j.Layers), len(j.Inputs)
	r, l, o := int(s.Row), int(s.Layer), int(s.Output)
	if r >= nR || l < 1 || l > nL {
		return nil, Class{}, pub, fmt.Errorf("step (%d, %d, %d) outside the job's %d rows × %d layers", r, l, o, nR, nL)
	}
	ly := &j.Layers[l-1]
	hd := ly.Header
	out := int(hd.Out)
	if o >= 31*((out+30)/31) {
		return nil, Class{}, pub, fmt.Errorf("output position %d outside layer %d's %d values", o, l, out)
	}
	cls, err := ClassFor(int(hd.In))
	if err != nil {
		return nil, Class{}, pub, fmt.Errorf("layer %d: %w", l, err)
	}
	a := NewStepCircuit(cls)
	pub = PublicInputs(c, nL, nR, s, challenger)
	a.ModelRoot, a.InputRoot, a.TraceRoot, a.Packed = pub[0], pub[1], pub[2], pub[3]

	lt := &c.layers[l-1]
	a.Header = bi(hd.Element())
	a.BiasCommitment = bi(lt.biasC)
	a.WeightRowsRoot = bi(lt.weightsRt)
	if err := fillPath(a.ModelPath[:], c.model.Path(uint64(l-1))); err != nil {
		return nil, cls, pub, err
	}
	a.BiasJ, a.BiasK = o/7, o%7
	a.OutJ, a.OutK = o/31, o%31

	k := len(a.WeightElems)
	var w []int8
	var bias int32
	isReal := o < out
	if isReal {
		w = ly.W[o]
		bias = ly.Bias[o]
		a.BiasElem = bi(Pack32(ly.Bias)[o/7])
		if err := fillPath(a.BiasPath[:], lt.bias.Path(uint64(o/7))); err != nil {
			return nil, cls, pub, err
		}
		if err := fillPath(a.WeightPath[:], lt.weights.Path(uint64(o))); err != nil {
			return nil, cls, pub, err
		}
	} else {
		// Padding position: the honest value is 0 and nothing of row o is opened.
		w = make([]int8, hd.In)
		a.BiasElem = 0
		_ = fillPath(a.BiasPath[:], nil)
		_ = fillPath(a.WeightPath[:], nil)
	}
	we := Pack8(w)
	for i := 0; i < k; i++ {
		if i < len(we) {
			a.WeightElems[i] = bi(we[i])
		} else {
			a.WeightElems[i] = 0
		}
	}

	// The input vector and its opening.
	var x []int8
	var xe []fr.Element
	if l == 1 {
		x = j.Inputs[r]
		xe = Pack8(x)
		if err := fillPath(a.InputPath[:], c.input.Path(uint64(r))); err != nil {
			return nil, cls, pub, err
		}
	} else {
		prev := j.Trace[r][l-2]
		if prev.Len != uint64(hd.In) {
			return nil, cls, pub, fmt.Errorf("input leaf (%d, %d) has length %d, layer %d takes %d: prove that leaf first", r, l-1, prev.Len, l, hd.In)
		}
		if x, err = unpackStored(prev.Elems, int(hd.In)); err != nil {
			return nil, cls, pub, fmt.Errorf("input leaf (%d, %d): %w: prove that leaf first", r, l-1, err)
		}
		xe = prev.Elems
		if err := fillPath(a.InputPath[:], c.trace.Path(uint64(r*nL+l-2))); err != nil {
			return nil, cls, pub, err
		}
	}
	for i := 0; i < k; i++ {
		if i < len(xe) {
			a.InputElems[i] = bi(xe[i])
		} else {
			a.InputElems[i] = 0
		}
	}
	for i := range a.Active {
		if i < int(hd.In) {
			a.Active[i] = 1
		} else {
			a.Active[i] = 0
		}
	}

	// Requantization witness: floor division by 2^shift.
	acc := dot(w, x, bias)
	if hd.Shift > 0 {
		acc += int64(1) << (hd.Shift - 1)
	}
	q := acc >> hd.Shift
	a.Quot = q
	a.Rem = acc - q<<hd.Shift

	// The provider's leaf (r, l) and its element ⌊o/31⌋.
	lf := j.Trace[r][l-1]
	lt2 := c.traceTrees[r][l-1]
	a.OutRoot = bi(lt2.Root())
	a.OutLen = new(big.Int).SetUint64(lf.Len)
	if err := fillPath(a.OutPath[:], c.trace.Path(uint64(r*nL+l-1))); err != nil {
		return nil, cls, pub, err
	}
	if jx := o / 31; jx < len(lf.Elems) {
		a.OutElem = bi(lf.Elems[jx])
		if err := fillPath(a.OutVTPath[:], lt2.Path(uint64(jx))); err != nil {
			return nil, cls, pub, err
		}
	} else {
		// Only reachable with a wrong length, which alone makes the leaf false.
		a.OutElem = 0
		_ = fillPath(a.OutVTPath[:], nil)
	}
	return a, cls, pub, nil
}
