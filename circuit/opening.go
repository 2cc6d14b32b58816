package circuit

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/gpuroll/gpuroll/job"
)

// Depths of docs/hashing.md's trees, as the circuit lays them out.
const (
	biasDepth    = 12
	weightsDepth = 14
	modelDepth   = 8
	inputDepth   = 16
	traceDepth   = 24
	// outVTDepth is the deepest VT of any vector ≤ MaxWidth: ⌈log2 ⌈16384/31⌉⌉.
	outVTDepth = 10
	// MaxWidth is the largest layer width of docs/hashing.md.
	MaxWidth = job.MaxWidth
)

// VTDepth is ⌈log2 m⌉ for m ≥ 1 elements.
func VTDepth(m int) int {
	d := 0
	for (1 << d) < m {
		d++
	}
	return d
}

func bi(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// fillPath copies a path's siblings into a fixed-size array, zero beyond
// its depth (those siblings sit above the selected root and are not
// constrained), and checks that its position is the one the circuit will
// compute from the step.
func fillPath(dst []frontend.Variable, p job.MerklePath, wantIndex uint64) error {
	if len(p.Siblings) > len(dst) {
		return fmt.Errorf("path of depth %d does not fit %d levels", len(p.Siblings), len(dst))
	}
	if p.Index != wantIndex {
		return fmt.Errorf("path opens index %d, the step needs %d", p.Index, wantIndex)
	}
	for i := range dst {
		if i < len(p.Siblings) {
			dst[i] = bi(p.Siblings[i])
		} else {
			dst[i] = 0
		}
	}
	return nil
}

func zeroPath(dst []frontend.Variable) {
	for i := range dst {
		dst[i] = 0
	}
}

// PublicInputs packs docs/fraud-proof.md's four public inputs.
func PublicInputs(modelRoot, inputRoot, traceRoot fr.Element, layers, rows int, s job.Step, challenger [20]byte) [4]*big.Int {
	p3 := new(big.Int).SetBytes(challenger[:])
	p3.Or(p3, new(big.Int).Lsh(big.NewInt(int64(s.Row)), 160))
	p3.Or(p3, new(big.Int).Lsh(big.NewInt(int64(s.Layer)-1), 184))
	p3.Or(p3, new(big.Int).Lsh(big.NewInt(int64(s.Output)), 192))
	p3.Or(p3, new(big.Int).Lsh(big.NewInt(int64(layers-1)), 208))
	p3.Or(p3, new(big.Int).Lsh(big.NewInt(int64(rows-1)), 216))
	return [4]*big.Int{bi(modelRoot), bi(inputRoot), bi(traceRoot), p3}
}

// AssignOpening builds the circuit's full witness from job/'s opening of a
// step. It does not decide whether the step is false: the witness of an
// honest step is built all the same and does not satisfy the circuit
// (tests rely on that; the prover checks op.Fraud first).
func AssignOpening(op *job.StepOpening, challenger [20]byte) (*StepCircuit, Class, [4]*big.Int, error) {
	var pub [4]*big.Int
	if op == nil {
		return nil, Class{}, pub, errors.New("nil opening")
	}
	nL, nR := op.Layers, op.Rows
	r, l, o := op.Row, op.Layer, op.Output
	if nL < 1 || nL > 1<<modelDepth || nR < 1 || nR > 1<<traceDepth || r < 0 || r >= nR || l < 1 || l > nL || o < 0 || o >= 1<<16 {
		return nil, Class{}, pub, fmt.Errorf("step %v outside the public-input ranges of a %d×%d job", op.Step, nR, nL)
	}
	hd := op.Header
	if err := hd.Validate(); err != nil {
		return nil, Class{}, pub, err
	}
	in, out := int(hd.In), int(hd.Out)
	if o >= 31*((out+30)/31) {
		return nil, Class{}, pub, fmt.Errorf("output position %d outside layer %d's %d values", o, l, out)
	}
	cls, err := ClassFor(in)
	if err != nil {
		return nil, Class{}, pub, fmt.Errorf("layer %d: %w", l, err)
	}
	a := NewStepCircuit(cls)
	pub = PublicInputs(op.ModelRoot, op.InputRoot, op.TraceRoot, nL, nR, op.Step, challenger)
	a.ModelRoot, a.InputRoot, a.TraceRoot, a.Packed = pub[0], pub[1], pub[2], pub[3]

	a.Header = bi(hd.Element())
	if err := fillPath(a.ModelPath[:], op.LayerPath, uint64(l-1)); err != nil {
		return nil, cls, pub, fmt.Errorf("layer path: %w", err)
	}
	a.BiasJ, a.BiasK = o/7, o%7
	a.OutJ, a.OutK = o/31, o%31

	// The layer commitment's two inner roots, recomputed from the paths.
	biasC := job.HUint64(ptr(op.BiasPath.Root(op.BiasElement)), uint64(out))
	wLeaf, err := job.VCPacked(op.WeightPacked, hd.In)
	if err != nil {
		return nil, cls, pub, fmt.Errorf("weight row: %w", err)
	}
	wRoot := job.HUint64(ptr(op.WeightRowPath.Root(wLeaf)), uint64(out))
	a.BiasCommitment, a.WeightRowsRoot = bi(biasC), bi(wRoot)

	// Bias and weight row o: opened at real positions only (the circuit
	// ignores them at padding positions, where the honest value is 0).
	isReal := o < out
	var w []int8
	var bias int32
	if isReal {
		if op.OpenedOutput != o || len(op.WeightRow) != in {
			return nil, cls, pub, fmt.Errorf("opening opens output %d (%d weights) for step output %d", op.OpenedOutput, len(op.WeightRow), o)
		}
		w = op.WeightRow
		words, err := unpack32(op.BiasElement)
		if err != nil {
			return nil, cls, pub, err
		}
		bias = words[o%7]
		a.BiasElem = bi(op.BiasElement)
		if err := fillPath(a.BiasPath[:], op.BiasPath, uint64(o/7)); err != nil {
			return nil, cls, pub, fmt.Errorf("bias path: %w", err)
		}
		if err := fillPath(a.WeightPath[:], op.WeightRowPath, uint64(o)); err != nil {
			return nil, cls, pub, fmt.Errorf("weight path: %w", err)
		}
	} else {
		w = make([]int8, in)
		a.BiasElem = 0
		zeroPath(a.BiasPath[:])
		zeroPath(a.WeightPath[:])
	}
	we := job.Pack8(w)
	k := len(a.WeightElems)
	for i := 0; i < k; i++ {
		a.WeightElems[i] = 0
		if i < len(we) {
			a.WeightElems[i] = bi(we[i])
		}
	}

	// The input vector and its opening.
	if len(op.Input) != in || len(op.InputPacked) != (in+30)/31 {
		return nil, cls, pub, fmt.Errorf("input of %d values in %d elements, layer takes %d", len(op.Input), len(op.InputPacked), in)
	}
	inIdx := uint64(r)
	if l > 1 {
		inIdx = uint64(r*nL + l - 2)
	}
	if err := fillPath(a.InputPath[:], op.InputPath, inIdx); err != nil {
		return nil, cls, pub, fmt.Errorf("input path: %w", err)
	}
	for i := 0; i < k; i++ {
		a.InputElems[i] = 0
		if i < len(op.InputPacked) {
			a.InputElems[i] = bi(op.InputPacked[i])
		}
	}
	for i := range a.Active {
		a.Active[i] = 0
		if i < in {
			a.Active[i] = 1
		}
	}

	// Requantization witness: floor division by 2^shift of acc + round.
	acc := int64(bias)
	for i := range w {
		acc += int64(w[i]) * int64(op.Input[i])
	}
	if hd.Shift > 0 {
		acc += int64(1) << (hd.Shift - 1)
	}
	q := acc >> hd.Shift
	a.Quot = q
	a.Rem = acc - q<<hd.Shift

	// The provider's leaf (r, l) and its element ⌊o/31⌋.
	a.OutRoot = bi(op.ClaimedTreeRoot)
	a.OutLen = uint64(op.ClaimedN)
	if err := fillPath(a.OutPath[:], op.ClaimedLeafPath, uint64(r*nL+l-1)); err != nil {
		return nil, cls, pub, fmt.Errorf("leaf path: %w", err)
	}
	if op.HasElement {
		a.OutElem = bi(op.ClaimedElement)
		if err := fillPath(a.OutVTPath[:], op.ClaimedElementPath, uint64(o/31)); err != nil {
			return nil, cls, pub, fmt.Errorf("element path: %w", err)
		}
	} else {
		// Only with a wrong length, which alone makes the leaf false.
		a.OutElem = 0
		zeroPath(a.OutVTPath[:])
	}
	return a, cls, pub, nil
}

func ptr(e fr.Element) *fr.Element { return &e }

// unpack32 reads the seven int32 words of a canonical bias element.
func unpack32(e fr.Element) ([7]int32, error) {
	var out [7]int32
	b := e.Bytes() // big-endian
	if b[0] != 0 || b[1] != 0 || b[2] != 0 || b[3] != 0 {
		return out, errors.New("bias element is not a pack32 element (≥ 2^224)")
	}
	for j := 0; j < 7; j++ {
		// word j (weight 2^(32j)) sits at bytes 28−4j … 31−4j.
		off := 28 - 4*j
		out[j] = int32(uint32(b[off])<<24 | uint32(b[off+1])<<16 | uint32(b[off+2])<<8 | uint32(b[off+3]))
	}
	return out, nil
}
