package job

import (
	"fmt"
	"math"
)

// Dense is one int8 Dense layer: y = clamp_int8(relu?(round(W·x + b, shift))).
type Dense struct {
	Header LayerHeader
	// W holds Out rows of In weights, row-major: W[o*In+i].
	W []int8
	// Bias holds Out values.
	Bias []int32
}

// Model is an ordered list of layers.
type Model struct {
	Layers []Dense
}

// Row returns weight row o.
func (d *Dense) Row(o int) []int8 {
	in := int(d.Header.In)
	return d.W[o*in : (o+1)*in]
}

// Validate checks the layer's header, its slice lengths and the int32 bound
// of docs/hashing.md: for every row o,
// 128·Σ|W[o][i]| + |bias[o]| + (shift > 0 ? 2^(shift−1) : 0) ≤ 2^31 − 1.
func (d *Dense) Validate() error {
	if err := d.Header.Validate(); err != nil {
		return err
	}
	in, out := int(d.Header.In), int(d.Header.Out)
	if len(d.W) != in*out {
		return fmt.Errorf("%d weights, want %d×%d", len(d.W), out, in)
	}
	if len(d.Bias) != out {
		return fmt.Errorf("%d bias values, want %d", len(d.Bias), out)
	}
	var round int64
	if d.Header.Shift > 0 {
		round = 1 << (d.Header.Shift - 1)
	}
	for o := range out {
		var s int64
		for _, w := range d.Row(o) {
			s += abs64(int64(w))
		}
		// s ≤ 16384·128, so 128·s + |bias| + round < 2^63: no overflow.
		if bound := 128*s + abs64(int64(d.Bias[o])) + round; bound > math.MaxInt32 {
			return fmt.Errorf("row %d can accumulate up to %d, above 2^31−1", o, bound)
		}
	}
	return nil
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// Validate checks every layer, the chaining of widths and the layer count.
func (m *Model) Validate() error {
	if len(m.Layers) < 1 || len(m.Layers) > MaxLayers {
		return fmt.Errorf("%w: %d layers, want 1..%d", ErrLayerCount, len(m.Layers), MaxLayers)
	}
	for i := range m.Layers {
		if err := m.Layers[i].Validate(); err != nil {
			return fmt.Errorf("layer %d: %w", i+1, err)
		}
		if i > 0 && m.Layers[i].Header.In != m.Layers[i-1].Header.Out {
			return fmt.Errorf("%w: layer %d input width %d, layer %d output width %d", ErrWidthChain, i+1, m.Layers[i].Header.In, i, m.Layers[i-1].Header.Out)
		}
	}
	return nil
}

// InputWidth is the first layer's input width.
func (m *Model) InputWidth() int { return int(m.Layers[0].Header.In) }

// OutputWidth is the last layer's output width.
func (m *Model) OutputWidth() int { return int(m.Layers[len(m.Layers)-1].Header.Out) }

// LayerCommitments are the parts of one layer's commitment.
type LayerCommitments struct {
	Bias       Element
	RowVCs     []Element // VC of each weight row
	WeightRows Element
	Layer      Element // C = H(H(hdr, bias), weightRows)
}

// Commit computes the layer's commitments (hashing rows on all cores).
func (d *Dense) Commit() (LayerCommitments, error) {
	if err := d.Validate(); err != nil {
		return LayerCommitments{}, err
	}
	var c LayerCommitments
	var err error
	if c.Bias, err = BiasCommitment(d.Bias); err != nil {
		return LayerCommitments{}, err
	}
	if c.RowVCs, err = RowVCs(d.W, int(d.Header.Out), int(d.Header.In)); err != nil {
		return LayerCommitments{}, err
	}
	if c.WeightRows, err = WeightRowsRootFromVCs(c.RowVCs); err != nil {
		return LayerCommitments{}, err
	}
	c.Layer = LayerCommitment(d.Header, &c.Bias, &c.WeightRows)
	return c, nil
}

// Spec returns the layer's SubmitJob entry.
func (c *LayerCommitments) Spec(h LayerHeader) LayerSpec {
	return LayerSpec{Header: h, BiasCommitment: c.Bias.Bytes(), WeightRowsRoot: c.WeightRows.Bytes()}
}

// Commitments computes every layer's commitments and the model root.
func (m *Model) Commitments() ([]LayerCommitments, Element, error) {
	if err := m.Validate(); err != nil {
		return nil, Element{}, err
	}
	lcs := make([]LayerCommitments, len(m.Layers))
	cs := make([]Element, len(m.Layers))
	for i := range m.Layers {
		c, err := m.Layers[i].Commit()
		if err != nil {
			return nil, Element{}, fmt.Errorf("layer %d: %w", i+1, err)
		}
		lcs[i], cs[i] = c, c.Layer
	}
	root, err := ModelRootFromLayers(cs)
	if err != nil {
		return nil, Element{}, err
	}
	return lcs, root, nil
}

// Specs returns the SubmitJob layer entries of the model.
func (m *Model) Specs() ([]LayerSpec, error) {
	lcs, _, err := m.Commitments()
	if err != nil {
		return nil, err
	}
	specs := make([]LayerSpec, len(lcs))
	for i := range lcs {
		specs[i] = lcs[i].Spec(m.Layers[i].Header)
	}
	return specs, nil
}
