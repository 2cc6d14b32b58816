package store

import (
	"encoding/binary"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/client"
)

// Meta describes a stored blob.
type Meta struct {
	Kind string
	Root common.Hash
	Size int64
	// Hash is the keccak256 of the bytes (what the uploader signed).
	Hash common.Hash
	// Uploader is the account of the first upload, charged with the
	// blob's bytes while it is unreferenced.
	Uploader common.Address
	Uploaded time.Time
	// Since starts the unreferenced TTL: the upload, the last re-upload
	// or the last Unreference that left the blob unreferenced.
	Since time.Time

	// What the bytes declare: a model's layer count and input and output
	// widths; an input's rows and width (InWidth); a trace's rows and
	// layers.
	Rows, Layers      uint32
	InWidth, OutWidth uint32

	// Reference state (filled from the reference index): Refs included
	// txs refer to the blob, the highest of their batches is Batch, and
	// FinalAt is when that batch became final on L1 (zero while it is not).
	Refs    int
	Batch   uint64
	FinalAt time.Time
}

// Referenced reports whether an included tx refers to the blob.
func (m Meta) Referenced() bool { return m.Refs > 0 }

// Key returns the blob's key.
func (m Meta) Key() Key { return Key{Kind: m.Kind, Root: m.Root} }

// Pebble keys. One byte of table, then fixed-width fields:
//
//	'm' kind root            → meta record
//	'h' kind keccak          → root (dedupe of identical uploads)
//	'r' ref kind root        → batch (references by ref, for Unreference)
//	'R' kind root ref        → batch (references by blob)
//	'f' batch (big-endian)   → unix nanoseconds when it became final
//	'v'                      → schema version
const (
	tblMeta    = 'm'
	tblHash    = 'h'
	tblRef     = 'r'
	tblBlobRef = 'R'
	tblFinal   = 'f'
	tblVersion = 'v'

	schemaVersion = 1
	metaVersion   = 1
)

func kindByte(kind string) byte {
	switch kind {
	case client.KindModel:
		return 1
	case client.KindInput:
		return 2
	case client.KindTrace:
		return 3
	}
	return 0
}

func kindName(b byte) (string, bool) {
	switch b {
	case 1:
		return client.KindModel, true
	case 2:
		return client.KindInput, true
	case 3:
		return client.KindTrace, true
	}
	return "", false
}

func metaKey(k Key) []byte {
	b := make([]byte, 0, 34)
	b = append(b, tblMeta, kindByte(k.Kind))
	return append(b, k.Root[:]...)
}

func hashKey(kind string, h common.Hash) []byte {
	b := make([]byte, 0, 34)
	b = append(b, tblHash, kindByte(kind))
	return append(b, h[:]...)
}

func refKey(ref common.Hash, k Key) []byte {
	b := make([]byte, 0, 66)
	b = append(b, tblRef)
	b = append(b, ref[:]...)
	b = append(b, kindByte(k.Kind))
	return append(b, k.Root[:]...)
}

func blobRefKey(k Key, ref common.Hash) []byte {
	b := make([]byte, 0, 66)
	b = append(b, tblBlobRef, kindByte(k.Kind))
	b = append(b, k.Root[:]...)
	return append(b, ref[:]...)
}

func finalKey(batch uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{tblFinal}, batch)
}

func u64(v uint64) []byte { return binary.LittleEndian.AppendUint64(nil, v) }

func parseU64(b []byte) (uint64, error) {
	if len(b) != 8 {
		return 0, fmt.Errorf("value of %d bytes, want 8", len(b))
	}
	return binary.LittleEndian.Uint64(b), nil
}

// metaRecordBytes: version(1) kind(1) root(32) size(8) hash(32)
// uploader(20) uploaded(8) since(8) rows, layers, in, out (4 each).
const metaRecordBytes = 1 + 1 + 32 + 8 + 32 + 20 + 8 + 8 + 16

func encodeMeta(m *Meta) []byte {
	b := make([]byte, 0, metaRecordBytes)
	b = append(b, metaVersion, kindByte(m.Kind))
	b = append(b, m.Root[:]...)
	b = binary.LittleEndian.AppendUint64(b, uint64(m.Size))
	b = append(b, m.Hash[:]...)
	b = append(b, m.Uploader[:]...)
	b = binary.LittleEndian.AppendUint64(b, uint64(m.Uploaded.UnixNano()))
	b = binary.LittleEndian.AppendUint64(b, uint64(m.Since.UnixNano()))
	for _, v := range []uint32{m.Rows, m.Layers, m.InWidth, m.OutWidth} {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

func decodeMeta(b []byte) (Meta, error) {
	var m Meta
	if len(b) != metaRecordBytes {
		return m, fmt.Errorf("meta record of %d bytes, want %d", len(b), metaRecordBytes)
	}
	if b[0] != metaVersion {
		return m, fmt.Errorf("meta record version %d, want %d", b[0], metaVersion)
	}
	kind, ok := kindName(b[1])
	if !ok {
		return m, fmt.Errorf("meta record: kind byte %d", b[1])
	}
	m.Kind = kind
	p := b[2:]
	m.Root = common.BytesToHash(p[:32])
	m.Size = int64(binary.LittleEndian.Uint64(p[32:]))
	m.Hash = common.BytesToHash(p[40:72])
	m.Uploader = common.BytesToAddress(p[72:92])
	m.Uploaded = time.Unix(0, int64(binary.LittleEndian.Uint64(p[92:])))
	m.Since = time.Unix(0, int64(binary.LittleEndian.Uint64(p[100:])))
	m.Rows = binary.LittleEndian.Uint32(p[108:])
	m.Layers = binary.LittleEndian.Uint32(p[112:])
	m.InWidth = binary.LittleEndian.Uint32(p[116:])
	m.OutWidth = binary.LittleEndian.Uint32(p[120:])
	if m.Size <= 0 {
		return m, fmt.Errorf("meta record: size %d", m.Size)
	}
	return m, nil
}
