package job

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Format magics and version of docs/job-format.md.
const (
	FormatVersion  = 1
	layerKindDense = 1
)

var (
	magicModel = [4]byte{'G', 'R', 'M', 'D'}
	magicInput = [4]byte{'G', 'R', 'I', 'N'}
	magicTrace = [4]byte{'G', 'R', 'T', 'R'}
	magicJob   = [4]byte{'G', 'R', 'J', 'B'}
)

// ErrFormat wraps every decoding failure.
var ErrFormat = errors.New("malformed job data")

// decoder reads little-endian fields from a byte slice and remembers the
// first error.
type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: at byte %d: %s", ErrFormat, d.off, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) take(n uint64) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)-d.off) {
		d.fail("need %d bytes, %d left", n, len(d.b)-d.off)
		return nil
	}
	s := d.b[d.off : d.off+int(n)]
	d.off += int(n)
	return s
}

func (d *decoder) u8() uint8 {
	s := d.take(1)
	if s == nil {
		return 0
	}
	return s[0]
}

func (d *decoder) u16() uint16 {
	s := d.take(2)
	if s == nil {
		return 0
	}
	return binary.LittleEndian.Uint16(s)
}

func (d *decoder) u32() uint32 {
	s := d.take(4)
	if s == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(s)
}

func (d *decoder) element() Element {
	s := d.take(32)
	if s == nil {
		return Element{}
	}
	e, err := FromBytes32([32]byte(s))
	if err != nil {
		d.fail("field element: %v", err)
	}
	return e
}

func (d *decoder) header(magic [4]byte, what string) {
	m := d.take(4)
	if m != nil && !bytes.Equal(m, magic[:]) {
		d.fail("not a %s (magic %q)", what, m)
	}
	if v := d.u8(); d.err == nil && v != FormatVersion {
		d.fail("%s version %d, want %d", what, v, FormatVersion)
	}
}

func (d *decoder) end() error {
	if d.err == nil && d.off != len(d.b) {
		d.fail("%d trailing bytes", len(d.b)-d.off)
	}
	return d.err
}

func int8s(b []byte) []int8 {
	v := make([]int8, len(b))
	for i, x := range b {
		v[i] = int8(x)
	}
	return v
}

func appendInt8s(b []byte, v []int8) []byte {
	for _, x := range v {
		b = append(b, byte(x))
	}
	return b
}

// EncodeModel encodes a validated model (docs/job-format.md, "Model").
func EncodeModel(m *Model) ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("encode model: %w", err)
	}
	size := uint64(modelHeaderBytes)
	for i := range m.Layers {
		size += layerBytes(m.Layers[i].Header)
	}
	if size > MaxModelBytes {
		return nil, fmt.Errorf("encode model: %w: %d bytes", ErrTooLarge, size)
	}
	b := make([]byte, 0, size)
	b = append(b, magicModel[:]...)
	b = append(b, FormatVersion)
	b = binary.LittleEndian.AppendUint16(b, uint16(len(m.Layers)))
	for i := range m.Layers {
		d := &m.Layers[i]
		b = append(b, layerKindDense)
		b = binary.LittleEndian.AppendUint32(b, d.Header.In)
		b = binary.LittleEndian.AppendUint32(b, d.Header.Out)
		b = append(b, d.Header.Shift)
		if d.Header.ReLU {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		b = appendInt8s(b, d.W)
		for _, v := range d.Bias {
			b = binary.LittleEndian.AppendUint32(b, uint32(v))
		}
	}
	return b, nil
}

// DecodeModel decodes and validates a model: strict (no trailing bytes,
// relu 0 or 1, known kind and version), within the limits, widths
// chaining, and every row within the int32 bound.
func DecodeModel(b []byte) (*Model, error) {
	if uint64(len(b)) > MaxModelBytes {
		return nil, fmt.Errorf("%w: model of %d bytes above %d", ErrTooLarge, len(b), uint64(MaxModelBytes))
	}
	d := &decoder{b: b}
	d.header(magicModel, "model")
	n := d.u16()
	if d.err == nil && (n < 1 || n > MaxLayers) {
		d.fail("%d layers, want 1..%d", n, MaxLayers)
	}
	m := &Model{}
	for l := 0; d.err == nil && l < int(n); l++ {
		if k := d.u8(); d.err == nil && k != layerKindDense {
			d.fail("layer %d: unknown kind %d", l+1, k)
		}
		var h LayerHeader
		h.In, h.Out, h.Shift = d.u32(), d.u32(), d.u8()
		switch r := d.u8(); {
		case d.err != nil:
		case r > 1:
			d.fail("layer %d: relu byte %d", l+1, r)
		default:
			h.ReLU = r == 1
		}
		if d.err != nil {
			break
		}
		if err := h.Validate(); err != nil {
			d.fail("layer %d: %v", l+1, err)
			break
		}
		w := d.take(uint64(h.In) * uint64(h.Out))
		bias := d.take(4 * uint64(h.Out))
		if d.err != nil {
			break
		}
		layer := Dense{Header: h, W: int8s(w), Bias: make([]int32, h.Out)}
		for i := range layer.Bias {
			layer.Bias[i] = int32(binary.LittleEndian.Uint32(bias[4*i:]))
		}
		m.Layers = append(m.Layers, layer)
	}
	if err := d.end(); err != nil {
		return nil, err
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return m, nil
}

// EncodeInput encodes a validated input (docs/job-format.md, "Input").
func EncodeInput(in *Input) ([]byte, error) {
	if err := in.Validate(); err != nil {
		return nil, fmt.Errorf("encode input: %w", err)
	}
	b := make([]byte, 0, inputHeaderBytes+len(in.X))
	b = append(b, magicInput[:]...)
	b = append(b, FormatVersion)
	b = binary.LittleEndian.AppendUint32(b, uint32(in.Rows))
	b = binary.LittleEndian.AppendUint32(b, uint32(in.Width))
	return appendInt8s(b, in.X), nil
}

// DecodeInput decodes an input strictly.
func DecodeInput(b []byte) (*Input, error) {
	if uint64(len(b)) > MaxInputBytes {
		return nil, fmt.Errorf("%w: input of %d bytes above %d", ErrTooLarge, len(b), uint64(MaxInputBytes))
	}
	d := &decoder{b: b}
	d.header(magicInput, "input")
	rows, width := d.u32(), d.u32()
	if d.err == nil && (rows < 1 || rows > MaxRows || width < 1 || width > MaxWidth) {
		d.fail("%d rows of width %d, want 1..%d rows of 1..%d", rows, width, MaxRows, MaxWidth)
	}
	x := d.take(uint64(rows) * uint64(width))
	if err := d.end(); err != nil {
		return nil, err
	}
	return &Input{Rows: int(rows), Width: int(width), X: int8s(x)}, nil
}

// EncodeTrace encodes a stored trace (docs/job-format.md, "Trace").
func EncodeTrace(s *StoredTrace) ([]byte, error) {
	if err := s.validateShape(); err != nil {
		return nil, fmt.Errorf("encode trace: %w", err)
	}
	size := uint64(traceHeaderBytes)
	for i := range s.Leaves {
		size += leafHeaderBytes + 32*uint64(len(s.Leaves[i].Elems))
	}
	if size > MaxTraceBytes {
		return nil, fmt.Errorf("encode trace: %w: %d bytes", ErrTooLarge, size)
	}
	b := make([]byte, 0, size)
	b = append(b, magicTrace[:]...)
	b = append(b, FormatVersion)
	b = binary.LittleEndian.AppendUint32(b, uint32(s.Rows))
	b = binary.LittleEndian.AppendUint16(b, uint16(s.Layers))
	for i := range s.Leaves {
		b = binary.LittleEndian.AppendUint32(b, s.Leaves[i].N)
		for j := range s.Leaves[i].Elems {
			e := s.Leaves[i].Elems[j].Bytes()
			b = append(b, e[:]...)
		}
	}
	return b, nil
}

func (s *StoredTrace) validateShape() error {
	if s.Rows < 1 || s.Rows > MaxRows || s.Layers < 1 || s.Layers > MaxLayers {
		return fmt.Errorf("trace of %d rows × %d layers outside 1..%d × 1..%d", s.Rows, s.Layers, MaxRows, MaxLayers)
	}
	if uint64(s.Rows)*uint64(s.Layers) > MaxTraceLeaves || len(s.Leaves) != s.Rows*s.Layers {
		return fmt.Errorf("%d leaves for %d rows × %d layers", len(s.Leaves), s.Rows, s.Layers)
	}
	for i := range s.Leaves {
		l := &s.Leaves[i]
		if l.N < 1 || l.N > MaxWidth || len(l.Elems) != PackedLen(int(l.N)) {
			return fmt.Errorf("leaf %d: length %d with %d elements", i, l.N, len(l.Elems))
		}
	}
	return nil
}

// DecodeTrace decodes a stored trace strictly: every leaf length in
// 1..MaxWidth, every element a canonical field element (< p; elements ≥
// 256^31 are kept: they are provable frauds, not malformed data).
func DecodeTrace(b []byte) (*StoredTrace, error) {
	if uint64(len(b)) > MaxTraceBytes {
		return nil, fmt.Errorf("%w: trace of %d bytes above %d", ErrTooLarge, len(b), uint64(MaxTraceBytes))
	}
	d := &decoder{b: b}
	d.header(magicTrace, "trace")
	rows, layers := d.u32(), d.u16()
	if d.err == nil && (rows < 1 || rows > MaxRows || layers < 1 || layers > MaxLayers || uint64(rows)*uint64(layers) > MaxTraceLeaves) {
		d.fail("%d rows × %d layers out of range", rows, layers)
	}
	s := &StoredTrace{Rows: int(rows), Layers: int(layers)}
	if d.err == nil {
		// Each leaf takes at least 36 bytes: bound the allocation by the data.
		n := int(rows) * int(layers)
		if n > (len(b)-d.off)/(leafHeaderBytes+32) {
			d.fail("%d leaves cannot fit in %d bytes", n, len(b)-d.off)
		} else {
			s.Leaves = make([]StoredLeaf, n)
		}
	}
	for i := 0; d.err == nil && i < len(s.Leaves); i++ {
		n := d.u32()
		if d.err == nil && (n < 1 || n > MaxWidth) {
			d.fail("leaf %d: length %d outside 1..%d", i, n, MaxWidth)
			break
		}
		m := PackedLen(int(n))
		if d.err == nil && m*32 > len(b)-d.off {
			d.fail("leaf %d: %d elements, %d bytes left", i, m, len(b)-d.off)
			break
		}
		leaf := StoredLeaf{N: n, Elems: make([]Element, m)}
		for j := range leaf.Elems {
			leaf.Elems[j] = d.element()
		}
		s.Leaves[i] = leaf
	}
	if err := d.end(); err != nil {
		return nil, err
	}
	return s, nil
}

// Job is what a SubmitJob names: the per-layer headers and commitments,
// the row count and the input root. The model root is derived (Describe).
type Job struct {
	Layers    []LayerSpec
	Rows      uint32
	InputRoot [32]byte
}

// jobLayerBytes: in(4) out(4) shift(1) relu(1) bias commitment(32)
// weight-rows root(32).
const jobLayerBytes = 74

// EncodeJob encodes a job description (docs/job-format.md, "Job").
func EncodeJob(j *Job) ([]byte, error) {
	if len(j.Layers) < 1 || len(j.Layers) > MaxLayers {
		return nil, fmt.Errorf("encode job: %w: %d layers", ErrLayerCount, len(j.Layers))
	}
	b := make([]byte, 0, 4+1+4+2+jobLayerBytes*len(j.Layers)+32)
	b = append(b, magicJob[:]...)
	b = append(b, FormatVersion)
	b = binary.LittleEndian.AppendUint32(b, j.Rows)
	b = binary.LittleEndian.AppendUint16(b, uint16(len(j.Layers)))
	for _, l := range j.Layers {
		b = binary.LittleEndian.AppendUint32(b, l.Header.In)
		b = binary.LittleEndian.AppendUint32(b, l.Header.Out)
		b = append(b, l.Header.Shift)
		if l.Header.ReLU {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		b = append(b, l.BiasCommitment[:]...)
		b = append(b, l.WeightRowsRoot[:]...)
	}
	b = append(b, j.InputRoot[:]...)
	return b, nil
}

// DecodeJob decodes a job strictly and checks it with Describe's rules
// (widths chain, limits, canonical commitments) for a single step class
// as wide as MaxWidth.
func DecodeJob(b []byte) (*Job, JobShape, error) {
	d := &decoder{b: b}
	d.header(magicJob, "job")
	j := &Job{Rows: d.u32()}
	n := d.u16()
	if d.err == nil && (n < 1 || n > MaxLayers) {
		d.fail("%d layers, want 1..%d", n, MaxLayers)
	}
	for i := 0; d.err == nil && i < int(n); i++ {
		var l LayerSpec
		l.Header.In, l.Header.Out, l.Header.Shift = d.u32(), d.u32(), d.u8()
		switch r := d.u8(); {
		case d.err != nil:
		case r > 1:
			d.fail("layer %d: relu byte %d", i+1, r)
		default:
			l.Header.ReLU = r == 1
		}
		copy(l.BiasCommitment[:], d.take(32))
		copy(l.WeightRowsRoot[:], d.take(32))
		j.Layers = append(j.Layers, l)
	}
	copy(j.InputRoot[:], d.take(32))
	if err := d.end(); err != nil {
		return nil, JobShape{}, err
	}
	if _, err := FromBytes32(j.InputRoot); err != nil {
		return nil, JobShape{}, fmt.Errorf("%w: input root: %w", ErrFormat, err)
	}
	shape, err := Describe(j.Layers, j.Rows, []uint32{MaxWidth})
	if err != nil {
		return nil, JobShape{}, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return j, shape, nil
}

// ReadAllLimited reads r up to limit bytes, failing beyond: the way to
// load any of these formats from a stream or file without trusting its
// size.
func ReadAllLimited(r io.Reader, limit uint64) ([]byte, error) {
	if limit >= math.MaxInt64 {
		limit = math.MaxInt64 - 1
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if uint64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return b, nil
}
