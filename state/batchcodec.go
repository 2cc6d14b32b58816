package state

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
)

// Batch body limits (docs/batch-codec.md).
const (
	// MaxBatchBodyBytes bounds the compressed body: one L1 tx's calldata
	// (geth drops txs over 128 KB; this leaves room for the header and
	// the ABI envelope).
	MaxBatchBodyBytes = 120_000
	// MaxBatchRawBytes bounds the decompressed body. Decoding stops
	// reading at this many bytes: a decompression bomb is rejected after
	// inflating at most this much.
	MaxBatchRawBytes = 4 << 20
	// batchVersion is the first byte of the raw (decompressed) body.
	batchVersion = 1
)

// Compressor ids: the first byte of a body.
const (
	CompZlib   byte = 1
	CompBrotli byte = 2
	CompZstd   byte = 3
)

// BatchCompressor is the compressor every body uses: brotli gave the
// smallest bodies on every tx mix measured (docs/benchmarks.md: 3–5%
// below zlib, 1–2% below zstd), and L1 calldata is the rollup's main
// running cost. The others exist for that comparison and are refused by
// DecodeBatch.
const BatchCompressor = CompBrotli

// BrotliQuality is the encoder's quality: 5, not the maximum 11. Under
// load the sequencer seals a batch every block, and quality 11 cost
// ~0.7–1.3 s of CPU per full batch against ~8 ms at 5 for bodies only
// 0.3–0.8% smaller (docs/benchmarks.md, "Sequencer"). Decoding does not
// depend on the quality.
const BrotliQuality = 5

// Batch is the list of blocks in one batch body.
type Batch struct {
	Blocks []*Block
}

// EncodeRaw is version(1) ‖ block count(4) ‖ blocks.
func (bt *Batch) EncodeRaw() []byte {
	e := &enc{b: []byte{batchVersion}}
	e.u32(uint32(len(bt.Blocks)))
	for _, b := range bt.Blocks {
		b.appendTo(e)
	}
	return e.b
}

// Encode compresses the batch into a body: compressor id ‖ compressed raw.
// It fails when the body exceeds MaxBatchBodyBytes or the raw form
// exceeds MaxBatchRawBytes (then the batch must be split).
func (bt *Batch) Encode() ([]byte, error) { return bt.encodeWith(BatchCompressor) }

func (bt *Batch) encodeWith(comp byte) ([]byte, error) {
	raw := bt.EncodeRaw()
	if len(raw) > MaxBatchRawBytes {
		return nil, errf(CodeTooLarge, "raw batch of %d bytes exceeds %d", len(raw), MaxBatchRawBytes)
	}
	body, err := compress(comp, raw)
	if err != nil {
		return nil, err
	}
	if len(body) > MaxBatchBodyBytes {
		return nil, errf(CodeTooLarge, "batch body of %d bytes exceeds %d", len(body), MaxBatchBodyBytes)
	}
	return body, nil
}

func compress(comp byte, raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte(comp)
	var w io.WriteCloser
	var err error
	switch comp {
	case CompZlib:
		w, err = zlib.NewWriterLevel(&buf, zlib.BestCompression)
	case CompBrotli:
		w = brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: BrotliQuality, LGWin: 22})
	case CompZstd:
		w, err = zstd.NewWriter(&buf, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	default:
		return nil, fmt.Errorf("unknown compressor %d", comp)
	}
	if err != nil {
		return nil, fmt.Errorf("compressor %d: %w", comp, err)
	}
	if _, err := w.Write(raw); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	return buf.Bytes(), nil
}

// decompress inflates body[1:] with compressor body[0], reading at most
// MaxBatchRawBytes+1 bytes of output.
func decompress(body []byte) ([]byte, error) {
	if len(body) < 1 {
		return nil, errf(CodeBadBatch, "empty batch body")
	}
	src := bytes.NewReader(body[1:])
	var r io.Reader
	switch body[0] {
	case CompZlib:
		zr, err := zlib.NewReader(src)
		if err != nil {
			return nil, wrapf(CodeBadBatch, err, "zlib header")
		}
		r = zr
	case CompBrotli:
		r = brotli.NewReader(src)
	case CompZstd:
		zr, err := zstd.NewReader(src, zstd.WithDecoderMaxMemory(MaxBatchRawBytes+1), zstd.WithDecoderConcurrency(1))
		if err != nil {
			return nil, wrapf(CodeBadBatch, err, "zstd")
		}
		defer zr.Close()
		r = zr
	default:
		return nil, errf(CodeBadBatch, "unknown compressor %d", body[0])
	}
	raw, err := io.ReadAll(io.LimitReader(r, MaxBatchRawBytes+1))
	if err != nil {
		return nil, wrapf(CodeBadBatch, err, "decompress batch")
	}
	if len(raw) > MaxBatchRawBytes {
		return nil, errf(CodeTooLarge, "batch inflates beyond %d bytes", MaxBatchRawBytes)
	}
	// brotli and zstd refuse input after the stream themselves; flate reads
	// byte by byte from a bytes.Reader, so leftovers are visible here.
	if src.Len() != 0 {
		return nil, errf(CodeBadBatch, "%d bytes after the compressed stream", src.Len())
	}
	return raw, nil
}

// DecodeBatch decodes a body strictly: the chosen compressor, at most
// MaxBatchBodyBytes compressed and MaxBatchRawBytes inflated (it stops
// inflating there), a known version, canonical blocks that chain (numbers
// consecutive, each ParentHash the previous block's Hash), no trailing
// bytes.
func DecodeBatch(body []byte) (*Batch, error) {
	if len(body) > MaxBatchBodyBytes {
		return nil, errf(CodeTooLarge, "batch body of %d bytes exceeds %d", len(body), MaxBatchBodyBytes)
	}
	if len(body) > 0 && body[0] != BatchCompressor {
		return nil, errf(CodeBadBatch, "batch compressor %d, want %d", body[0], BatchCompressor)
	}
	raw, err := decompress(body)
	if err != nil {
		return nil, err
	}
	return DecodeRaw(raw)
}

// DecodeRaw decodes a decompressed body.
func DecodeRaw(raw []byte) (*Batch, error) {
	d := &dec{b: raw}
	if v := d.u8(); d.err == nil && v != batchVersion {
		return nil, errf(CodeBadBatch, "batch version %d, want %d", v, batchVersion)
	}
	n := d.u32()
	if d.err != nil {
		return nil, wrapf(CodeBadBatch, d.err, "batch header")
	}
	// A block is at least 84 bytes: a count beyond that is a lie.
	if n == 0 || uint64(n)*84 > uint64(len(raw)) {
		return nil, errf(CodeBadBatch, "batch claims %d blocks in %d bytes", n, len(raw))
	}
	bt := &Batch{Blocks: make([]*Block, 0, n)}
	for i := uint32(0); i < n; i++ {
		b, err := decodeBlock(d)
		if err != nil {
			return nil, fmt.Errorf("batch block %d: %w", i, err)
		}
		if i > 0 {
			prev := bt.Blocks[i-1]
			if b.Number != prev.Number+1 || b.ParentHash != prev.Hash() {
				return nil, errf(CodeBadBatch, "batch block %d (number %d) does not follow block %d", i, b.Number, prev.Number)
			}
		}
		bt.Blocks = append(bt.Blocks, b)
	}
	if err := d.done(); err != nil {
		return nil, wrapf(CodeBadBatch, err, "batch")
	}
	last := bt.Blocks[n-1]
	if len(last.Items) == 0 || last.Items[len(last.Items)-1].Kind() != ItemSeal {
		return nil, errf(CodeBadBatch, "batch does not end with a seal")
	}
	for _, b := range bt.Blocks[:n-1] {
		for _, it := range b.Items {
			if it.Kind() == ItemSeal {
				return nil, errf(CodeBadBatch, "seal inside block %d, before the batch's end", b.Number)
			}
		}
	}
	return bt, nil
}
