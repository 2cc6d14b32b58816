package job

import (
	"errors"
	"fmt"
	"math/bits"
)

// Storage limits of docs/job-format.md. A job whose declared layers imply
// larger files is rejected by Describe, so the STF never prices storage the
// store would refuse.
const (
	MaxModelBytes = 1 << 31
	MaxInputBytes = 1<<30 + inputHeaderBytes
	MaxTraceBytes = 1 << 32
)

// Sentinel errors of Describe, for callers (the STF) that map them to
// stable error codes with errors.Is.
var (
	ErrLayerCount   = errors.New("layer count out of range")
	ErrRowCount     = errors.New("row count out of range")
	ErrHeader       = errors.New("invalid layer header")
	ErrWidthChain   = errors.New("layer widths do not chain")
	ErrNonCanonical = errors.New("commitment is not a canonical field element")
	ErrStepClass    = errors.New("layer wider than every step class")
	ErrClassBounds  = errors.New("invalid step class bounds")
	ErrTooLarge     = errors.New("job exceeds a size limit")
)

// LayerSpec is what a SubmitJob carries for one layer: its header and two
// commitments, each a canonical big-endian BN254 field element.
type LayerSpec struct {
	Header                         LayerHeader
	BiasCommitment, WeightRowsRoot [32]byte
}

// JobShape is what the STF derives from a SubmitJob's layers.
type JobShape struct {
	ModelRoot [32]byte
	// MACs = rows × Σ in·out.
	MACs uint64
	// StepClasses[l] is the step class (1-based index into classBounds) of
	// layer l+1: the smallest class whose bound is ≥ its input width.
	StepClasses []uint8
	// ModelBytes, InputBytes and TraceBytes are the sizes of the model,
	// input and (honest) trace files of docs/job-format.md.
	ModelBytes, InputBytes, TraceBytes uint64
	// InputWidth is layer 1's input width, OutputWidth the last layer's
	// output width.
	InputWidth, OutputWidth uint32
}

// Describe checks a SubmitJob's layers and derives its model root, MAC
// count, step classes and storage sizes. classBounds[i] is the largest
// input width of step class i+1, strictly ascending, at most 255 classes.
// It checks that widths chain (layer i's In equals layer i−1's Out), every
// limit of docs/hashing.md and docs/job-format.md, and that the commitments
// are canonical field elements. It is the one function the STF and job/
// both use.
func Describe(layers []LayerSpec, rows uint32, classBounds []uint32) (JobShape, error) {
	if len(layers) < 1 || len(layers) > MaxLayers {
		return JobShape{}, fmt.Errorf("%w: %d layers, want 1..%d", ErrLayerCount, len(layers), MaxLayers)
	}
	if rows < 1 || rows > MaxRows {
		return JobShape{}, fmt.Errorf("%w: %d rows, want 1..%d", ErrRowCount, rows, MaxRows)
	}
	if uint64(rows)*uint64(len(layers)) > MaxTraceLeaves {
		return JobShape{}, fmt.Errorf("%w: %d rows × %d layers exceed %d trace leaves", ErrTooLarge, rows, len(layers), MaxTraceLeaves)
	}
	if len(classBounds) < 1 || len(classBounds) > 255 {
		return JobShape{}, fmt.Errorf("%w: %d classes, want 1..255", ErrClassBounds, len(classBounds))
	}
	for i := 1; i < len(classBounds); i++ {
		if classBounds[i] <= classBounds[i-1] {
			return JobShape{}, fmt.Errorf("%w: bound %d (%d) not above bound %d (%d)", ErrClassBounds, i, classBounds[i], i-1, classBounds[i-1])
		}
	}
	shape := JobShape{
		StepClasses: make([]uint8, len(layers)),
		InputWidth:  layers[0].Header.In,
		OutputWidth: layers[len(layers)-1].Header.Out,
	}
	cs := make([]Element, len(layers))
	var macsPerRow, modelBytes, leafBytes uint64
	for i, ls := range layers {
		h := ls.Header
		if err := h.Validate(); err != nil {
			return JobShape{}, fmt.Errorf("%w: layer %d: %w", ErrHeader, i+1, err)
		}
		if i > 0 && h.In != layers[i-1].Header.Out {
			return JobShape{}, fmt.Errorf("%w: layer %d input width %d, layer %d output width %d", ErrWidthChain, i+1, h.In, i, layers[i-1].Header.Out)
		}
		bias, err := FromBytes32(ls.BiasCommitment)
		if err != nil {
			return JobShape{}, fmt.Errorf("%w: layer %d bias commitment", ErrNonCanonical, i+1)
		}
		wr, err := FromBytes32(ls.WeightRowsRoot)
		if err != nil {
			return JobShape{}, fmt.Errorf("%w: layer %d weight-rows root", ErrNonCanonical, i+1)
		}
		cs[i] = LayerCommitment(h, &bias, &wr)
		class := 0
		for c, b := range classBounds {
			if h.In <= b {
				class = c + 1
				break
			}
		}
		if class == 0 {
			return JobShape{}, fmt.Errorf("%w: layer %d input width %d, widest class %d", ErrStepClass, i+1, h.In, classBounds[len(classBounds)-1])
		}
		shape.StepClasses[i] = uint8(class)
		// Widths are ≤ 2^14 and layers ≤ 2^8: no sum below can overflow.
		macsPerRow += uint64(h.In) * uint64(h.Out)
		modelBytes += layerBytes(h)
		leafBytes += traceLeafBytes(h.Out)
	}
	hi, macs := bits.Mul64(macsPerRow, uint64(rows))
	if hi != 0 {
		return JobShape{}, fmt.Errorf("%w: MAC count overflows", ErrTooLarge)
	}
	shape.MACs = macs
	shape.ModelBytes = modelHeaderBytes + modelBytes
	shape.InputBytes = inputHeaderBytes + uint64(rows)*uint64(shape.InputWidth)
	shape.TraceBytes = traceHeaderBytes + uint64(rows)*leafBytes
	if shape.ModelBytes > MaxModelBytes {
		return JobShape{}, fmt.Errorf("%w: model %d bytes, limit %d", ErrTooLarge, shape.ModelBytes, uint64(MaxModelBytes))
	}
	if shape.InputBytes > MaxInputBytes {
		return JobShape{}, fmt.Errorf("%w: input %d bytes, limit %d", ErrTooLarge, shape.InputBytes, uint64(MaxInputBytes))
	}
	if shape.TraceBytes > MaxTraceBytes {
		return JobShape{}, fmt.Errorf("%w: trace %d bytes, limit %d", ErrTooLarge, shape.TraceBytes, uint64(MaxTraceBytes))
	}
	root, err := ModelRootFromLayers(cs)
	if err != nil {
		return JobShape{}, err
	}
	shape.ModelRoot = root.Bytes()
	return shape, nil
}

// Sizes of the binary formats of docs/job-format.md.
const (
	// magic(4) version(1) layer count(2)
	modelHeaderBytes = 7
	// kind(1) in(4) out(4) shift(1) relu(1)
	layerHeaderBytes = 11
	// magic(4) version(1) rows(4) width(4)
	inputHeaderBytes = 13
	// magic(4) version(1) rows(4) layers(2)
	traceHeaderBytes = 11
	// element count n'(4) per leaf
	leafHeaderBytes = 4
)

// layerBytes is one Dense layer's encoded size: header, W, bias.
func layerBytes(h LayerHeader) uint64 {
	return layerHeaderBytes + uint64(h.In)*uint64(h.Out) + 4*uint64(h.Out)
}

// traceLeafBytes is one honest leaf's encoded size: its length and packed
// elements.
func traceLeafBytes(out uint32) uint64 {
	return leafHeaderBytes + 32*uint64(PackedLen(int(out)))
}
