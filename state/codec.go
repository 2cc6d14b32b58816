package state

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// enc appends the canonical binary forms of docs/txs.md: fixed-width
// big-endian integers, 32-byte uint256, raw addresses and hashes, and
// length-prefixed (uint16) byte strings.
type enc struct{ b []byte }

func (e *enc) u8(v uint8)   { e.b = append(e.b, v) }
func (e *enc) u16(v uint16) { e.b = binary.BigEndian.AppendUint16(e.b, v) }
func (e *enc) u32(v uint32) { e.b = binary.BigEndian.AppendUint32(e.b, v) }
func (e *enc) u64(v uint64) { e.b = binary.BigEndian.AppendUint64(e.b, v) }
func (e *enc) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}
func (e *enc) u256(v *uint256.Int) {
	if v == nil {
		v = new(uint256.Int)
	}
	w := v.Bytes32()
	e.b = append(e.b, w[:]...)
}
func (e *enc) addr(a common.Address) { e.b = append(e.b, a[:]...) }
func (e *enc) hash(h common.Hash)    { e.b = append(e.b, h[:]...) }
func (e *enc) str(s string) {
	e.u16(uint16(len(s)))
	e.b = append(e.b, s...)
}

// dec reads what enc writes and fails on the first short read; the caller
// checks err once at the end (and that nothing is left).
type dec struct {
	b   []byte
	off int
	err error
}

func (d *dec) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || len(d.b)-d.off < n {
		d.err = fmt.Errorf("truncated at byte %d: need %d more, have %d", d.off, n, len(d.b)-d.off)
		return nil
	}
	s := d.b[d.off : d.off+n]
	d.off += n
	return s
}

func (d *dec) fail(format string, a ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("byte %d: %s", d.off, fmt.Sprintf(format, a...))
	}
}

func (d *dec) u8() uint8 {
	if s := d.take(1); s != nil {
		return s[0]
	}
	return 0
}
func (d *dec) u16() uint16 {
	if s := d.take(2); s != nil {
		return binary.BigEndian.Uint16(s)
	}
	return 0
}
func (d *dec) u32() uint32 {
	if s := d.take(4); s != nil {
		return binary.BigEndian.Uint32(s)
	}
	return 0
}
func (d *dec) u64() uint64 {
	if s := d.take(8); s != nil {
		return binary.BigEndian.Uint64(s)
	}
	return 0
}

// bool accepts only 0 and 1: any other byte is a non-canonical form.
func (d *dec) bool() bool {
	v := d.u8()
	if v > 1 {
		d.fail("bool byte %d, want 0 or 1", v)
	}
	return v == 1
}
func (d *dec) u256() *uint256.Int {
	s := d.take(32)
	if s == nil {
		return new(uint256.Int)
	}
	return new(uint256.Int).SetBytes32(s)
}
func (d *dec) addr() (a common.Address) {
	if s := d.take(20); s != nil {
		copy(a[:], s)
	}
	return a
}
func (d *dec) hash() (h common.Hash) {
	if s := d.take(32); s != nil {
		copy(h[:], s)
	}
	return h
}

// str reads a length-prefixed string of at most max bytes, each printable
// ASCII (0x20–0x7e): one byte sequence per value, no encoding ambiguity.
func (d *dec) str(max int) string {
	n := int(d.u16())
	if d.err != nil {
		return ""
	}
	if n > max {
		d.fail("string of %d bytes, limit %d", n, max)
		return ""
	}
	s := d.take(n)
	for _, c := range s {
		if c < 0x20 || c > 0x7e {
			d.fail("string byte 0x%02x is not printable ASCII", c)
			return ""
		}
	}
	return string(s)
}

// done fails unless every byte was read.
func (d *dec) done() error {
	if d.err == nil && d.off != len(d.b) {
		d.err = fmt.Errorf("%d trailing bytes", len(d.b)-d.off)
	}
	return d.err
}
