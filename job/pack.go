package job

import (
	"encoding/binary"
	"fmt"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

const (
	// PackInt8 is the number of int8 values in one field element.
	PackInt8 = 31
	// PackInt32 is the number of int32 bias values in one field element.
	PackInt32 = 7
	// MaxWidth bounds every layer's input and output width.
	MaxWidth = 16384
	// MaxShift bounds a layer's requantization shift.
	MaxShift = 31
	// MaxLayers bounds a model's layer count (FT_8).
	MaxLayers = 256
	// MaxRows bounds a job's input row count (FT_16).
	MaxRows = 65536
	// MaxTraceLeaves bounds rows × layers (FT_24).
	MaxTraceLeaves = 1 << 24
)

// Tree depths fixed by docs/hashing.md.
const (
	BiasDepth       = 12
	WeightRowsDepth = 14
	ModelDepth      = 8
	InputDepth      = 16
	TraceDepth      = 24
)

// PackedLen returns ⌈n/31⌉, the number of field elements of a packed int8
// vector of n values.
func PackedLen(n int) int { return (n + PackInt8 - 1) / PackInt8 }

// BiasPackedLen returns ⌈n/7⌉.
func BiasPackedLen(n int) int { return (n + PackInt32 - 1) / PackInt32 }

// leElement reads a 32-byte little-endian buffer whose top byte is zero, so
// it is always canonical.
func leElement(buf *[32]byte) Element {
	e, err := fr.LittleEndian.Element(buf)
	if err != nil {
		// Unreachable: callers leave byte 31 zero, so the value is < 2^248 < p.
		panic(fmt.Sprintf("job: non-canonical packed element: %v", err))
	}
	return e
}

// Pack8Into packs v 31 values per element (little-endian bytes inside the
// element, two's-complement bytes, zero padding) into dst, which must hold
// PackedLen(len(v)) elements.
func Pack8Into(dst []Element, v []int8) {
	for i := range dst {
		var buf [32]byte
		lo := i * PackInt8
		hi := min(lo+PackInt8, len(v))
		for j := lo; j < hi; j++ {
			buf[j-lo] = byte(v[j])
		}
		dst[i] = leElement(&buf)
	}
}

// Pack8 packs an int8 vector into field elements (docs/hashing.md).
func Pack8(v []int8) []Element {
	dst := make([]Element, PackedLen(len(v)))
	Pack8Into(dst, v)
	return dst
}

// Unpack8 returns the 31 int8 values inside e, or ok = false when e is not
// canonical (≥ 256^31): such an element is a false leaf element.
func Unpack8(e *Element) (vals [PackInt8]int8, ok bool) {
	var buf [32]byte
	fr.LittleEndian.PutElement(&buf, *e)
	if buf[31] != 0 {
		return vals, false
	}
	for j := range PackInt8 {
		vals[j] = int8(buf[j])
	}
	return vals, true
}

// Pack32 packs int32 bias values 7 per element, each as its 32-bit two's
// complement, little-endian, zero beyond the end.
func Pack32(b []int32) []Element {
	dst := make([]Element, BiasPackedLen(len(b)))
	for i := range dst {
		var buf [32]byte
		lo := i * PackInt32
		hi := min(lo+PackInt32, len(b))
		for j := lo; j < hi; j++ {
			binary.LittleEndian.PutUint32(buf[4*(j-lo):], uint32(b[j]))
		}
		dst[i] = leElement(&buf)
	}
	return dst
}

// LayerHeader is a Dense layer's dimensions and requantization.
type LayerHeader struct {
	In, Out uint32
	Shift   uint8
	ReLU    bool
}

// Validate checks the header's limits.
func (h LayerHeader) Validate() error {
	if h.In < 1 || h.In > MaxWidth {
		return fmt.Errorf("input width %d outside [1, %d]", h.In, MaxWidth)
	}
	if h.Out < 1 || h.Out > MaxWidth {
		return fmt.Errorf("output width %d outside [1, %d]", h.Out, MaxWidth)
	}
	if h.Shift > MaxShift {
		return fmt.Errorf("shift %d above %d", h.Shift, MaxShift)
	}
	return nil
}

// Element returns hdr = in + out·2^32 + shift·2^64 + relu·2^72.
func (h LayerHeader) Element() Element {
	var buf [32]byte
	binary.LittleEndian.PutUint32(buf[0:], h.In)
	binary.LittleEndian.PutUint32(buf[4:], h.Out)
	buf[8] = h.Shift
	if h.ReLU {
		buf[9] = 1
	}
	return leElement(&buf)
}

// vtDepth returns ⌈log2 m⌉ (0 for m ≤ 1), the depth of a variable-depth
// tree over m elements.
func vtDepth(m int) int {
	if m <= 1 {
		return 0
	}
	return bits.Len(uint(m - 1))
}

// maxPacked is PackedLen(MaxWidth).
const maxPacked = (MaxWidth + PackInt8 - 1) / PackInt8
