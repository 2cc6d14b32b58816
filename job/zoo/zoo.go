// Package zoo generates small models for devnet and tests, in code:
// nothing is downloaded. Blobs is a real quantized MLP, trained in float on
// synthetic Gaussian-blob data and quantized to int8 Dense layers with
// power-of-two requantization; Random builds valid models of any shape
// with shifts chosen to keep activations in range (for sizing and
// benchmarks). Training is in float64: Go may fuse multiply-adds on some
// architectures (arm64), so the trained weights, and so the model root, may
// differ between architectures; the files written by job/cmd/zoo are what
// a devnet shares. The int8 execution of any given model is exact
// everywhere.
package zoo

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/gpuroll/gpuroll/job"
)

// Dataset is labelled synthetic data, already quantized to int8 inputs.
type Dataset struct {
	Input  *job.Input
	Labels []int
}

// BlobsConfig shapes the Blobs model and its data.
type BlobsConfig struct {
	Dim, Hidden, Classes int
	Train, Test          int
	Epochs               int
	Noise                float64
	Seed                 uint64
}

// DefaultBlobs is the devnet model: 64 inputs, 128 hidden, 10 classes.
func DefaultBlobs() BlobsConfig {
	return BlobsConfig{Dim: 64, Hidden: 128, Classes: 10, Train: 2000, Test: 500, Epochs: 15, Noise: 0.7, Seed: 1}
}

// blobs draws n points around the class centres, features clipped to
// [−1, 1].
func blobs(rng *rand.Rand, centres [][]float64, n int, noise float64) ([][]float64, []int) {
	xs := make([][]float64, n)
	ys := make([]int, n)
	for i := range n {
		c := rng.IntN(len(centres))
		x := make([]float64, len(centres[c]))
		for j := range x {
			x[j] = math.Max(-1, math.Min(1, centres[c][j]+noise*rng.NormFloat64()))
		}
		xs[i], ys[i] = x, c
	}
	return xs, ys
}

type mlp struct {
	w1, w2 [][]float64 // [hidden][dim], [classes][hidden]
	b1, b2 []float64
}

func (m *mlp) forward(x []float64) (h, logits []float64) {
	h = make([]float64, len(m.w1))
	for o := range m.w1 {
		s := m.b1[o]
		for i, w := range m.w1[o] {
			s += w * x[i]
		}
		h[o] = math.Max(0, s)
	}
	logits = make([]float64, len(m.w2))
	for o := range m.w2 {
		s := m.b2[o]
		for i, w := range m.w2[o] {
			s += w * h[i]
		}
		logits[o] = s
	}
	return h, logits
}

func randMatrix(rng *rand.Rand, rows, cols int) [][]float64 {
	m := make([][]float64, rows)
	scale := math.Sqrt(2 / float64(cols))
	for r := range m {
		m[r] = make([]float64, cols)
		for c := range m[r] {
			m[r][c] = rng.NormFloat64() * scale
		}
	}
	return m
}

// train runs plain SGD on softmax cross-entropy.
func train(rng *rand.Rand, cfg BlobsConfig, xs [][]float64, ys []int) *mlp {
	m := &mlp{w1: randMatrix(rng, cfg.Hidden, cfg.Dim), w2: randMatrix(rng, cfg.Classes, cfg.Hidden),
		b1: make([]float64, cfg.Hidden), b2: make([]float64, cfg.Classes)}
	lr := 0.02
	for range cfg.Epochs {
		for _, i := range rng.Perm(len(xs)) {
			x, y := xs[i], ys[i]
			h, logits := m.forward(x)
			maxL := math.Inf(-1)
			for _, v := range logits {
				maxL = math.Max(maxL, v)
			}
			var sum float64
			p := make([]float64, len(logits))
			for k, v := range logits {
				p[k] = math.Exp(v - maxL)
				sum += p[k]
			}
			dh := make([]float64, len(h))
			for k := range p {
				g := p[k] / sum
				if k == y {
					g--
				}
				for j := range h {
					dh[j] += g * m.w2[k][j]
					m.w2[k][j] -= lr * g * h[j]
				}
				m.b2[k] -= lr * g
			}
			for j := range h {
				if h[j] <= 0 {
					continue
				}
				for i := range x {
					m.w1[j][i] -= lr * dh[j] * x[i]
				}
				m.b1[j] -= lr * dh[j]
			}
		}
	}
	return m
}

// quantizeLayer turns float weights into an int8 Dense layer. inScale is
// the int8 units per unit of the input; outScale the wanted int8 units per
// unit of the output. The shift is the power of two nearest to
// wScale·inScale/outScale; it returns the output scale actually obtained.
func quantizeLayer(w [][]float64, b []float64, inScale, outScale float64, relu bool) (job.Dense, float64, error) {
	var maxW float64
	for _, row := range w {
		for _, v := range row {
			maxW = math.Max(maxW, math.Abs(v))
		}
	}
	if maxW == 0 {
		return job.Dense{}, 0, fmt.Errorf("all-zero weights")
	}
	wScale := 127 / maxW
	shift := int(math.Round(math.Log2(wScale * inScale / outScale)))
	shift = max(0, min(job.MaxShift, shift))
	in, out := len(w[0]), len(w)
	d := job.Dense{Header: job.LayerHeader{In: uint32(in), Out: uint32(out), Shift: uint8(shift), ReLU: relu},
		W: make([]int8, in*out), Bias: make([]int32, out)}
	for o := range w {
		for i, v := range w[o] {
			d.W[o*in+i] = int8(math.Round(v * wScale))
		}
		d.Bias[o] = int32(math.Round(b[o] * wScale * inScale))
	}
	if err := d.Validate(); err != nil {
		return job.Dense{}, 0, err
	}
	return d, wScale * inScale / math.Ldexp(1, shift), nil
}

func quantizeInputs(xs [][]float64, scale float64) *job.Input {
	in := &job.Input{Rows: len(xs), Width: len(xs[0])}
	for _, x := range xs {
		for _, v := range x {
			in.X = append(in.X, int8(math.Max(-128, math.Min(127, math.Round(v*scale)))))
		}
	}
	return in
}

// Blobs trains the MLP and returns its int8 model, the int8 test set and
// the float model's test accuracy (for comparison with the int8 one).
func Blobs(cfg BlobsConfig) (*job.Model, *Dataset, float64, error) {
	if cfg.Dim < 1 || cfg.Hidden < 1 || cfg.Classes < 2 || cfg.Train < 1 || cfg.Test < 1 {
		return nil, nil, 0, fmt.Errorf("blobs config %+v", cfg)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0xb10b))
	centres := make([][]float64, cfg.Classes)
	for c := range centres {
		centres[c] = make([]float64, cfg.Dim)
		for j := range centres[c] {
			centres[c][j] = rng.Float64()*1.2 - 0.6
		}
	}
	trX, trY := blobs(rng, centres, cfg.Train, cfg.Noise)
	teX, teY := blobs(rng, centres, cfg.Test, cfg.Noise)
	m := train(rng, cfg, trX, trY)

	// Calibrate the hidden and logit ranges on the training data.
	var maxH, maxL float64
	for _, x := range trX {
		h, l := m.forward(x)
		for _, v := range h {
			maxH = math.Max(maxH, v)
		}
		for _, v := range l {
			maxL = math.Max(maxL, math.Abs(v))
		}
	}
	const inScale = 127.0
	l1, hScale, err := quantizeLayer(m.w1, m.b1, inScale, 127/maxH, true)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("layer 1: %w", err)
	}
	l2, _, err := quantizeLayer(m.w2, m.b2, hScale, 127/maxL, false)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("layer 2: %w", err)
	}
	var correct int
	for i, x := range teX {
		_, l := m.forward(x)
		if argmax(l) == teY[i] {
			correct++
		}
	}
	model := &job.Model{Layers: []job.Dense{l1, l2}}
	return model, &Dataset{Input: quantizeInputs(teX, inScale), Labels: teY}, float64(correct) / float64(len(teX)), nil
}

func argmax[T int8 | float64](v []T) int {
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	return best
}

// Accuracy is the share of rows whose int8 logits' argmax is the label.
func Accuracy(logits []int8, classes int, labels []int) float64 {
	var correct int
	for r, y := range labels {
		if argmax(logits[r*classes:(r+1)*classes]) == y {
			correct++
		}
	}
	return float64(correct) / float64(len(labels))
}

// Random builds a valid model with the given widths: weights uniform in
// [−maxAbs, maxAbs], small biases, ReLU on hidden layers, and each shift
// chosen so that an input of typical magnitude keeps its magnitude.
func Random(widths []int, maxAbs int, seed uint64) (*job.Model, error) {
	if len(widths) < 2 || maxAbs < 1 || maxAbs > 127 {
		return nil, fmt.Errorf("random model: widths %v, maxAbs %d", widths, maxAbs)
	}
	rng := rand.New(rand.NewPCG(seed, 0x7a4d))
	m := &job.Model{}
	for l := 1; l < len(widths); l++ {
		in, out := widths[l-1], widths[l]
		// std(Σ w·x) ≈ sqrt(in)·(maxAbs/√3)·64 for activations of std ~64.
		std := math.Sqrt(float64(in)) * float64(maxAbs) / math.Sqrt(3) * 64
		shift := max(0, min(job.MaxShift, int(math.Round(math.Log2(std/64)))))
		d := job.Dense{Header: job.LayerHeader{In: uint32(in), Out: uint32(out), Shift: uint8(shift), ReLU: l < len(widths)-1},
			W: make([]int8, in*out), Bias: make([]int32, out)}
		for i := range d.W {
			d.W[i] = int8(rng.IntN(2*maxAbs+1) - maxAbs)
		}
		for i := range d.Bias {
			d.Bias[i] = int32(rng.IntN(1<<uint(shift)+1)) - 1<<uint(max(shift-1, 0))
		}
		if err := d.Validate(); err != nil {
			return nil, fmt.Errorf("layer %d: %w", l, err)
		}
		m.Layers = append(m.Layers, d)
	}
	return m, nil
}

// RandomInput draws rows of uniform int8 values.
func RandomInput(rows, width int, seed uint64) *job.Input {
	rng := rand.New(rand.NewPCG(seed, 0x1a9))
	in := &job.Input{Rows: rows, Width: width, X: make([]int8, rows*width)}
	for i := range in.X {
		in.X[i] = int8(rng.IntN(256) - 128)
	}
	return in
}

// Entry is a named model of the zoo with an input.
type Entry struct {
	Name  string
	Model *job.Model
	Input *job.Input
}

// Zoo returns the devnet models: the trained blobs MLP with its test set,
// and random MLPs at the sizes of the step classes.
func Zoo() ([]Entry, error) {
	bm, ds, _, err := Blobs(DefaultBlobs())
	if err != nil {
		return nil, fmt.Errorf("blobs: %w", err)
	}
	entries := []Entry{{Name: "blobs-mlp", Model: bm, Input: ds.Input}}
	for _, s := range []struct {
		name   string
		widths []int
	}{
		{"mlp-256", []int{256, 256, 256, 10}},
		{"mlp-1024", []int{1024, 1024, 10}},
		{"dense-4096", []int{4096, 4096}},
	} {
		m, err := Random(s.widths, 127, 42)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
		entries = append(entries, Entry{Name: s.name, Model: m, Input: RandomInput(8, s.widths[0], 43)})
	}
	return entries, nil
}
