package wallet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"

	"github.com/gpuroll/gpuroll/job"
)

// ModelJSON is a quantized MLP written out plainly, what `gpuroll wallet
// model` converts into the binary model format (docs/job-format.md): each
// layer computes y = clamp_int8(relu?((W·x + b) >> shift)), W an int8
// matrix given row by row (one row per output), b int32.
//
//	{"layers": [
//	  {"shift": 7, "relu": true,  "weights": [[1, -2, 3], [0, 4, -5]], "bias": [10, -3]},
//	  {"shift": 6, "relu": false, "weights": [[2, 1]], "bias": [0]}
//	]}
type ModelJSON struct {
	Layers []LayerJSON `json:"layers"`
}

// LayerJSON is one dense layer.
type LayerJSON struct {
	Shift   int     `json:"shift"`
	ReLU    bool    `json:"relu"`
	Weights [][]int `json:"weights"`
	Bias    []int   `json:"bias"`
}

// InputJSON is a job's input: rows of int8 values, all of the model's
// input width.
//
//	{"rows": [[1, 2, 3], [-4, 5, 6]]}
type InputJSON struct {
	Rows [][]int `json:"rows"`
}

func strictJSON(b []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return err
	}
	if d.More() {
		return fmt.Errorf("trailing data after the JSON value")
	}
	return nil
}

// ModelFromJSON builds a model from its plain description, checking every
// value's range, that each layer's rows are as wide as its input, that
// widths chain, and the int32 accumulation bound (job.Model.Validate).
func ModelFromJSON(b []byte) (*job.Model, error) {
	var mj ModelJSON
	if err := strictJSON(b, &mj); err != nil {
		return nil, fmt.Errorf("model JSON: %w", err)
	}
	if len(mj.Layers) == 0 || len(mj.Layers) > job.MaxLayers {
		return nil, fmt.Errorf("model JSON: %d layers, want 1..%d", len(mj.Layers), job.MaxLayers)
	}
	m := &job.Model{}
	for li, l := range mj.Layers {
		out := len(l.Weights)
		if out == 0 || out > job.MaxWidth {
			return nil, fmt.Errorf("layer %d: %d weight rows (outputs), want 1..%d", li+1, out, job.MaxWidth)
		}
		in := len(l.Weights[0])
		if in == 0 || in > job.MaxWidth {
			return nil, fmt.Errorf("layer %d: rows of %d weights (inputs), want 1..%d", li+1, in, job.MaxWidth)
		}
		if li > 0 && in != int(m.Layers[li-1].Header.Out) {
			return nil, fmt.Errorf("layer %d takes %d inputs but layer %d has %d outputs", li+1, in, li, m.Layers[li-1].Header.Out)
		}
		if l.Shift < 0 || l.Shift > job.MaxShift {
			return nil, fmt.Errorf("layer %d: shift %d, want 0..%d", li+1, l.Shift, job.MaxShift)
		}
		if len(l.Bias) != out {
			return nil, fmt.Errorf("layer %d: %d biases for %d outputs", li+1, len(l.Bias), out)
		}
		d := job.Dense{Header: job.LayerHeader{In: uint32(in), Out: uint32(out), Shift: uint8(l.Shift), ReLU: l.ReLU},
			W: make([]int8, 0, in*out), Bias: make([]int32, out)}
		for o, row := range l.Weights {
			if len(row) != in {
				return nil, fmt.Errorf("layer %d: weight row %d has %d values, row 0 has %d", li+1, o, len(row), in)
			}
			for i, v := range row {
				if v < math.MinInt8 || v > math.MaxInt8 {
					return nil, fmt.Errorf("layer %d: weight [%d][%d] = %d is not an int8", li+1, o, i, v)
				}
				d.W = append(d.W, int8(v))
			}
			if l.Bias[o] < math.MinInt32 || l.Bias[o] > math.MaxInt32 {
				return nil, fmt.Errorf("layer %d: bias %d = %d is not an int32", li+1, o, l.Bias[o])
			}
			d.Bias[o] = int32(l.Bias[o])
		}
		m.Layers = append(m.Layers, d)
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return m, nil
}

// InputFromJSON builds an input of the given width from its rows.
func InputFromJSON(b []byte, width int) (*job.Input, error) {
	var ij InputJSON
	if err := strictJSON(b, &ij); err != nil {
		return nil, fmt.Errorf("input JSON: %w", err)
	}
	if len(ij.Rows) == 0 || len(ij.Rows) > job.MaxRows {
		return nil, fmt.Errorf("input JSON: %d rows, want 1..%d", len(ij.Rows), job.MaxRows)
	}
	in := &job.Input{Rows: len(ij.Rows), Width: width, X: make([]int8, 0, len(ij.Rows)*width)}
	for r, row := range ij.Rows {
		if len(row) != width {
			return nil, fmt.Errorf("input row %d has %d values, the model takes %d", r, len(row), width)
		}
		for i, v := range row {
			if v < math.MinInt8 || v > math.MaxInt8 {
				return nil, fmt.Errorf("input [%d][%d] = %d is not an int8", r, i, v)
			}
			in.X = append(in.X, int8(v))
		}
	}
	return in, nil
}
