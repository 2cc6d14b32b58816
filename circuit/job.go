package circuit

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Layer is one Dense layer: W[out][in] int8, bias[out] int32, shift, ReLU.
type Layer struct {
	Header Header
	W      [][]int8
	Bias   []int32
}

// Validate checks the layer's shape against its header.
func (ly *Layer) Validate() error {
	if err := ly.Header.Validate(); err != nil {
		return err
	}
	if len(ly.W) != int(ly.Header.Out) || len(ly.Bias) != int(ly.Header.Out) {
		return fmt.Errorf("layer has %d rows and %d biases, header says %d", len(ly.W), len(ly.Bias), ly.Header.Out)
	}
	for o, row := range ly.W {
		if len(row) != int(ly.Header.In) {
			return fmt.Errorf("row %d has %d weights, header says %d", o, len(row), ly.Header.In)
		}
	}
	return nil
}

// Job is what a challenger knows of a job: the model, the input rows, and
// the provider's trace leaves as stored (claimed length + elements).
type Job struct {
	Layers []Layer
	Inputs [][]int8
	// Trace[r][l−1] is the provider's stored leaf (r, l).
	Trace [][]StoredLeaf
}

// StoredLeaf is a provider's trace leaf as the sequencer stores it: the
// claimed length and ⌈n'/31⌉ arbitrary field elements.
type StoredLeaf struct {
	Len   uint64
	Elems []fr.Element
}

// Step is one output value: row r, layer l (1-based), output position o.
type Step struct {
	Row    uint32
	Layer  uint16
	Output uint16
}

// ErrHonest is returned when a receipt's trace matches the honest execution.
var ErrHonest = errors.New("the provider's trace is honest: there is no fraud to prove")

// Commitments are the native commitments of a job with the trees kept for
// openings.
type Commitments struct {
	h          *Hasher
	layers     []layerTrees
	model      *Tree
	input      *Tree
	inputTrees []*Tree
	trace      *Tree
	traceTrees [][]*Tree

	ModelRoot, InputRoot, TraceRoot fr.Element
}

type layerTrees struct {
	bias      *Tree
	biasC     fr.Element
	rows      []*Tree // VT per weight row
	weights   *Tree
	weightsRt fr.Element
	commit    fr.Element
}

// Commit computes every commitment of docs/hashing.md for the job,
// including the provider's trace as stored.
func Commit(h *Hasher, j *Job) (*Commitments, error) {
	nL, nR := len(j.Layers), len(j.Inputs)
	if nL < 1 || nL > 1<<modelDepth {
		return nil, fmt.Errorf("job has %d layers, want 1..%d", nL, 1<<modelDepth)
	}
	if nR < 1 || nR > 1<<inputDepth {
		return nil, fmt.Errorf("job has %d rows, want 1..%d", nR, 1<<inputDepth)
	}
	if uint64(nR)*uint64(nL) > 1<<traceDepth {
		return nil, fmt.Errorf("job has %d×%d trace leaves, more than 2^%d", nR, nL, traceDepth)
	}
	c := &Commitments{h: h, layers: make([]layerTrees, nL)}
	lc := make([]fr.Element, nL)
	for l := range j.Layers {
		ly := &j.Layers[l]
		if err := ly.Validate(); err != nil {
			return nil, fmt.Errorf("layer %d: %w", l+1, err)
		}
		if l > 0 && ly.Header.In != j.Layers[l-1].Header.Out {
			return nil, fmt.Errorf("layer %d: input width %d ≠ previous output %d", l+1, ly.Header.In, j.Layers[l-1].Header.Out)
		}
		t := &c.layers[l]
		var err error
		if t.bias, err = NewTree(h, biasDepth, Pack32(ly.Bias)); err != nil {
			return nil, fmt.Errorf("layer %d bias: %w", l+1, err)
		}
		t.biasC = h.CompressCount(t.bias.Root(), uint64(ly.Header.Out))
		rowVC := make([]fr.Element, len(ly.W))
		t.rows = make([]*Tree, len(ly.W))
		for o, row := range ly.W {
			if rowVC[o], t.rows[o], err = VC(h, row); err != nil {
				return nil, fmt.Errorf("layer %d row %d: %w", l+1, o, err)
			}
		}
		if t.weights, err = NewTree(h, weightsDepth, rowVC); err != nil {
			return nil, fmt.Errorf("layer %d weights: %w", l+1, err)
		}
		t.weightsRt = h.CompressCount(t.weights.Root(), uint64(ly.Header.Out))
		t.commit = h.Compress(h.Compress(ly.Header.Element(), t.biasC), t.weightsRt)
		lc[l] = t.commit
	}
	var err error
	if c.model, err = NewTree(h, modelDepth, lc); err != nil {
		return nil, err
	}
	c.ModelRoot = h.CompressCount(c.model.Root(), uint64(nL))

	inVC := make([]fr.Element, nR)
	c.inputTrees = make([]*Tree, nR)
	for r, x := range j.Inputs {
		if len(x) != int(j.Layers[0].Header.In) {
			return nil, fmt.Errorf("input row %d has %d values, layer 1 takes %d", r, len(x), j.Layers[0].Header.In)
		}
		if inVC[r], c.inputTrees[r], err = VC(h, x); err != nil {
			return nil, fmt.Errorf("input row %d: %w", r, err)
		}
	}
	if c.input, err = NewTree(h, inputDepth, inVC); err != nil {
		return nil, err
	}
	c.InputRoot = h.CompressCount(c.input.Root(), uint64(nR))

	if len(j.Trace) != nR {
		return nil, fmt.Errorf("trace has %d rows, job has %d", len(j.Trace), nR)
	}
	leaves := make([]fr.Element, 0, nR*nL)
	c.traceTrees = make([][]*Tree, nR)
	for r := range j.Trace {
		if len(j.Trace[r]) != nL {
			return nil, fmt.Errorf("trace row %d has %d leaves, job has %d layers", r, len(j.Trace[r]), nL)
		}
		c.traceTrees[r] = make([]*Tree, nL)
		for l, lf := range j.Trace[r] {
			if want := (lf.Len + 30) / 31; lf.Len < 1 || uint64(len(lf.Elems)) != want {
				return nil, fmt.Errorf("trace leaf (%d, %d): %d elements for length %d", r, l+1, len(lf.Elems), lf.Len)
			}
			v, t, err := LeafVC(h, lf.Len, lf.Elems)
			if err != nil {
				return nil, fmt.Errorf("trace leaf (%d, %d): %w", r, l+1, err)
			}
			c.traceTrees[r][l] = t
			leaves = append(leaves, v)
		}
	}
	if c.trace, err = NewTree(h, traceDepth, leaves); err != nil {
		return nil, err
	}
	c.TraceRoot = h.CompressCount(c.trace.Root(), uint64(nR*nL))
	return c, nil
}

// Execute runs the job honestly: out[r][l−1] is layer l's output on row r.
func Execute(j *Job) ([][][]int8, error) {
	out := make([][][]int8, len(j.Inputs))
	for r, x := range j.Inputs {
		out[r] = make([][]int8, len(j.Layers))
		cur := x
		for l := range j.Layers {
			ly := &j.Layers[l]
			if len(cur) != int(ly.Header.In) {
				return nil, fmt.Errorf("row %d layer %d: input width %d, header %d", r, l+1, len(cur), ly.Header.In)
			}
			y := make([]int8, ly.Header.Out)
			for o := range y {
				y[o] = Requantize(dot(ly.W[o], cur, ly.Bias[o]), ly.Header.Shift, ly.Header.ReLU)
			}
			out[r][l] = y
			cur = y
		}
	}
	return out, nil
}

func dot(w, x []int8, b int32) int64 {
	acc := int64(b)
	for i := range w {
		acc += int64(w[i]) * int64(x[i])
	}
	return acc
}

// HonestTrace is the stored form of an honest execution.
func HonestTrace(outs [][][]int8) [][]StoredLeaf {
	tr := make([][]StoredLeaf, len(outs))
	for r := range outs {
		tr[r] = make([]StoredLeaf, len(outs[r]))
		for l, y := range outs[r] {
			tr[r][l] = StoredLeaf{Len: uint64(len(y)), Elems: Pack8(y)}
		}
	}
	return tr
}

// FirstFraud finds the first false value of the provider's trace, in
// (row, layer, output) order, so that the step's input leaf is honest.
func FirstFraud(j *Job, honest [][][]int8) (Step, error) {
	for r := range j.Trace {
		for l, lf := range j.Trace[r] {
			want := honest[r][l]
			if lf.Len != uint64(len(want)) {
				return Step{Row: uint32(r), Layer: uint16(l + 1), Output: 0}, nil
			}
			pk := Pack8(want)
			for e := range lf.Elems {
				if lf.Elems[e].Equal(&pk[e]) {
					continue
				}
				// The element differs: find the first position that does (a
				// non-canonical element is false at every position).
				got := elemBytes(&lf.Elems[e])
				wantB := elemBytes(&pk[e])
				for k := 0; k < 31; k++ {
					if got[31-k] != wantB[31-k] || !canonical(&lf.Elems[e]) {
						return Step{Row: uint32(r), Layer: uint16(l + 1), Output: uint16(31*e + k)}, nil
					}
				}
				return Step{Row: uint32(r), Layer: uint16(l + 1), Output: uint16(31 * e)}, nil
			}
		}
	}
	return Step{}, ErrHonest
}

func elemBytes(e *fr.Element) [32]byte { return e.Bytes() }

func canonical(e *fr.Element) bool {
	b := e.Bytes()
	return b[0] == 0
}

// PublicInputs packs docs/fraud-proof.md's four public inputs.
func PublicInputs(c *Commitments, nL, nR int, s Step, challenger [20]byte) [4]*big.Int {
	p3 := new(big.Int).SetBytes(challenger[:])
	p3.Or(p3, new(big.Int).Lsh(big.NewInt(int64(s.Row)), 160))
	p3.Or(p3, new(big.Int).Lsh(big.NewInt(int64(s.Layer)-1), 184))
	p3.Or(p3, new(big.Int).Lsh(big.NewInt(int64(s.Output)), 192))
	p3.Or(p3, new(big.Int).Lsh(big.NewInt(int64(nL-1)), 208))
	p3.Or(p3, new(big.Int).Lsh(big.NewInt(int64(nR-1)), 216))
	var out [4]*big.Int
	out[0] = c.ModelRoot.BigInt(new(big.Int))
	out[1] = c.InputRoot.BigInt(new(big.Int))
	out[2] = c.TraceRoot.BigInt(new(big.Int))
	out[3] = p3
	return out
}
