package state

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// txMix makes n signed txs of a realistic shape: senders drawn from a
// population of accounts with running nonces, amounts of a few
// significant digits, fresh 32-byte ids and roots where the protocol has
// them. kind selects "transfer", "receipt" or "mixed".
func txMix(t testing.TB, kind string, n int, seed uint64) []*Tx {
	r := rand.New(rand.NewPCG(seed, 7))
	d := testDomain()
	const population = 1000
	keys := make([]*ecdsa.PrivateKey, 50)
	for i := range keys {
		keys[i] = testKey(1000 + i)
	}
	nonces := make([]uint64, len(keys))
	var txs []*Tx
	for i := 0; i < n; i++ {
		k := r.IntN(len(keys))
		var b Body
		what := kind
		if kind == "mixed" {
			what = []string{"transfer", "transfer", "receipt", "receipt", "submit", "withdraw"}[r.IntN(6)]
		}
		switch what {
		case "transfer":
			to := crypto.PubkeyToAddress(testKey(2000 + r.IntN(population)).PublicKey)
			b = &Transfer{To: to, Amount: new(uint256.Int).Mul(uint256.NewInt(uint64(1+r.IntN(1000))), uint256.NewInt(1e15))}
		case "receipt":
			b = &PostReceipt{JobID: rndHash(r), Buyer: rndAddr(r), ModelRoot: fieldHash(r), InputRoot: fieldHash(r),
				Rows: uint32(1 + r.IntN(64)), Layers: uint32(1 + r.IntN(8)), TraceRoot: fieldHash(r),
				SlashAmount: uint256.NewInt(uint64(r.IntN(1e9)) * 1e9), GPUMillis: uint64(r.IntN(100000))}
		case "submit":
			b = smallJob(uint64(r.IntN(100)), byte(i))
		case "withdraw":
			b = &Withdraw{To: rndAddr(r), Amount: uint256.NewInt(uint64(1+r.IntN(100)) * 1e16)}
		}
		tx := &Tx{Nonce: nonces[k], MaxFee: uint256.NewInt(1e16), Body: b}
		nonces[k]++
		if err := d.Sign(tx, keys[k]); err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	return txs
}

// blocksOf packs txs into blocks of per txs, the last one sealed.
func blocksOf(txs []*Tx, per int) *Batch {
	bt := &Batch{}
	parent := common.Hash{1}
	for i := 0; i < len(txs); i += per {
		b := &Block{Number: uint64(10 + len(bt.Blocks)), ParentHash: parent, Timestamp: uint64(1700000000 + 2*len(bt.Blocks)), StateRoot: common.Hash{2}}
		for _, tx := range txs[i:min(i+per, len(txs))] {
			b.Items = append(b.Items, TxItem(tx))
		}
		bt.Blocks = append(bt.Blocks, b)
		parent = b.Hash()
	}
	last := bt.Blocks[len(bt.Blocks)-1]
	last.Items = append(last.Items, L1Item(5), SealItem())
	return bt
}

func TestBatchRoundTrip(t *testing.T) {
	bt := blocksOf(txMix(t, "mixed", 300, 1), 50)
	for _, comp := range []byte{CompZlib, CompBrotli, CompZstd} {
		body, err := bt.encodeWith(comp)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := decompress(body)
		if err != nil {
			t.Fatalf("compressor %d: %v", comp, err)
		}
		if !bytes.Equal(raw, bt.EncodeRaw()) {
			t.Fatalf("compressor %d: round trip differs", comp)
		}
		if _, err := decompress(append(append([]byte{}, body...), 1, 2, 3)); err == nil {
			t.Fatalf("compressor %d: bytes after the stream accepted", comp)
		}
	}
	body, err := bt.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeBatch(body)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.EncodeRaw(), bt.EncodeRaw()) {
		t.Fatal("decoded batch re-encodes differently")
	}
	// The other compressors are refused: one body format.
	other, _ := bt.encodeWith(CompZlib)
	if _, err := DecodeBatch(other); CodeOf(err) != CodeBadBatch {
		t.Fatalf("zlib body accepted: %v", err)
	}
}

func TestBatchStrict(t *testing.T) {
	bt := blocksOf(txMix(t, "transfer", 20, 2), 10)
	raw := bt.EncodeRaw()
	mustFail := func(name string, raw []byte) {
		t.Helper()
		if _, err := DecodeRaw(raw); err == nil {
			t.Fatalf("%s: accepted", name)
		}
	}
	mustFail("trailing byte", append(append([]byte{}, raw...), 0))
	mustFail("truncated", raw[:len(raw)-1])
	bad := append([]byte{}, raw...)
	bad[0] = 2
	mustFail("version", bad)
	// Blocks that do not chain.
	b2 := blocksOf(txMix(t, "transfer", 20, 2), 10)
	b2.Blocks[1].ParentHash = common.Hash{9}
	mustFail("parent hash", b2.EncodeRaw())
	b3 := blocksOf(txMix(t, "transfer", 20, 2), 10)
	b3.Blocks[0].Items = append(b3.Blocks[0].Items, SealItem())
	b3.Blocks[1].ParentHash = b3.Blocks[0].Hash()
	mustFail("seal before the end", b3.EncodeRaw())
	b4 := blocksOf(txMix(t, "transfer", 20, 2), 10)
	b4.Blocks[1].Items = b4.Blocks[1].Items[:len(b4.Blocks[1].Items)-1]
	mustFail("no seal", b4.EncodeRaw())
	b5 := blocksOf(txMix(t, "transfer", 4, 2), 10)
	items := b5.Blocks[0].Items
	b5.Blocks[0].Items = append(append([]Item{}, items[:len(items)-1]...), SealItem(), L1Item(3))
	mustFail("seal not last in its block", b5.EncodeRaw())
	// A block count that the bytes cannot hold.
	lie := append([]byte{}, raw...)
	lie[1], lie[2] = 0xff, 0xff
	mustFail("block count", lie)
	if _, err := DecodeBatch(make([]byte, MaxBatchBodyBytes+1)); CodeOf(err) != CodeTooLarge {
		t.Fatalf("oversized body: %v", err)
	}
	if _, err := DecodeBatch(nil); err == nil {
		t.Fatal("empty body accepted")
	}
	// A body that does not fit one L1 tx is refused at encoding.
	big := blocksOf(txMix(t, "receipt", 1200, 3), 100)
	if _, err := big.Encode(); CodeOf(err) != CodeTooLarge {
		t.Fatalf("a %d-tx batch: %v", 1200, err)
	}
}

// TestDecompressionBomb: 4× the raw limit of zeros compresses to a small
// body; the decoder must stop at MaxBatchRawBytes instead of inflating it.
func TestDecompressionBomb(t *testing.T) {
	zeros := make([]byte, 4*MaxBatchRawBytes)
	for _, comp := range []byte{CompZlib, CompBrotli, CompZstd} {
		body, err := compress(comp, zeros)
		if err != nil {
			t.Fatal(err)
		}
		if len(body) > MaxBatchBodyBytes {
			t.Fatalf("compressor %d: bomb body %d bytes, too big to be a bomb", comp, len(body))
		}
		// zstd refuses earlier, on the frame's declared window.
		if _, err := decompress(body); CodeOf(err) != CodeTooLarge && !(comp == CompZstd && CodeOf(err) == CodeBadBatch) {
			t.Fatalf("compressor %d: bomb gave %v", comp, err)
		}
	}
}

// TestDerivationMatchesSequencer builds blocks through the sequencer path
// (Apply + Commit), ships them through the batch codec, and re-derives them
// on a fresh state: every root and the sealed roots must match.
func TestDerivationMatchesSequencer(t *testing.T) {
	h := newHarness(t)
	var msgs []*l1iface.Message
	var blocks []*Block
	cur := &Block{Number: h.block, Timestamp: h.time}
	parent := common.Hash{}
	addMsg := func(p l1iface.Payload) {
		m := l1iface.NewMessage(h.nextL1, h.time, p)
		h.mustMsg(p)
		msgs = append(msgs, m)
		cur.Items = append(cur.Items, L1Item(m.Index))
	}
	addTx := func(i int, b Body) {
		tx := &Tx{Nonce: h.nonce(i), MaxFee: uint256.NewInt(1e17), Body: b}
		_ = h.d.Sign(tx, h.keys[i])
		v, _ := h.d.Verify(tx)
		if _, err := h.s.Apply(v); err != nil {
			t.Fatal(err)
		}
		cur.Items = append(cur.Items, TxItem(tx))
	}
	endBlock := func(seal bool) {
		if seal {
			if _, err := h.s.Seal(); err != nil {
				t.Fatal(err)
			}
			cur.Items = append(cur.Items, SealItem())
		}
		cur.ParentHash = parent
		cur.StateRoot = h.commit()
		parent = cur.Hash()
		blocks = append(blocks, cur)
		cur = &Block{Number: h.block, Timestamp: h.time}
	}
	addMsg(&l1iface.Deposit{To: h.addrs[0], Amount: eth(5)})
	addMsg(&l1iface.Deposit{To: h.addrs[1], Amount: eth(5)})
	addMsg(&l1iface.BondChanged{Provider: h.addrs[1], Bond: eth(5)})
	addTx(1, &RegisterProvider{GPUs: 2, PricePerGPUHour: eth(1)})
	endBlock(false)
	addTx(0, &OpenLease{Provider: h.addrs[1], PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 100})
	addTx(0, smallJob(0, 1))
	addTx(0, &Transfer{To: h.addrs[2], Amount: eth(1)})
	endBlock(false)
	jobs := h.jobs
	_ = jobs
	addTx(0, &Withdraw{To: h.addrs[0], Amount: eth(1)})
	endBlock(true)

	body, err := (&Batch{Blocks: blocks}).Encode()
	if err != nil {
		t.Fatal(err)
	}
	// A fresh follower with the same genesis.
	db, err := OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f, err := Open(context.Background(), db, h.d, &Genesis{Params: DefaultParams(h.seq, h.seq), Time: 1000}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	bt, err := DecodeBatch(body)
	if err != nil {
		t.Fatal(err)
	}
	src := func(_ context.Context, i uint64) (*l1iface.Message, error) { return msgs[i], nil }
	var sealed []*Sealed
	for _, b := range bt.Blocks {
		sd, err := f.ApplyBlock(context.Background(), b, src)
		if err != nil {
			t.Fatal(err)
		}
		sealed = append(sealed, sd...)
	}
	if _, root := f.Head(); root != blocks[len(blocks)-1].StateRoot {
		t.Fatal("derived root differs")
	}
	if len(sealed) != 1 || len(sealed[0].Withdrawals) != 1 {
		t.Fatal("derivation did not reproduce the seal")
	}
	// A block with a wrong state root is refused and leaves no trace.
	head, root := f.Head()
	wrong := &Block{Number: head + 1, Timestamp: 5000, StateRoot: common.Hash{3}}
	if _, err := f.ApplyBlock(context.Background(), wrong, src); CodeOf(err) != CodeBadBatch {
		t.Fatalf("wrong root: %v", err)
	}
	if h2, r2 := f.Head(); h2 != head || r2 != root {
		t.Fatal("a refused block moved the head")
	}
}

// BenchmarkBatchCompression reports compressed bytes per tx of each kind
// for each compressor (docs/benchmarks.md).
func BenchmarkBatchCompression(b *testing.B) {
	for _, kind := range []string{"transfer", "receipt", "mixed"} {
		bt := blocksOf(txMix(b, kind, 600, 11), 100)
		raw := len(bt.EncodeRaw())
		for _, c := range []struct {
			name string
			id   byte
		}{{"zlib", CompZlib}, {"brotli", CompBrotli}, {"zstd", CompZstd}} {
			b.Run(kind+"/"+c.name, func(b *testing.B) {
				var n int
				for i := 0; i < b.N; i++ {
					body, err := compress(c.id, bt.EncodeRaw())
					if err != nil {
						b.Fatal(err)
					}
					n = len(body)
				}
				b.ReportMetric(float64(n)/600, "bytes/tx")
				b.ReportMetric(float64(raw)/600, "raw-bytes/tx")
			})
		}
	}
}

// TestDecodeBlockRoundTrip: a block decodes from its encoding, and
// trailing bytes are refused.
func TestDecodeBlockRoundTrip(t *testing.T) {
	for _, b := range blocksOf(txMix(t, "mixed", 12, 5), 4).Blocks {
		enc := b.Encode()
		got, err := DecodeBlock(enc)
		if err != nil {
			t.Fatal(err)
		}
		if got.Hash() != b.Hash() {
			t.Fatal("decoded block differs")
		}
		if _, err := DecodeBlock(append(enc, 0)); err == nil {
			t.Fatal("trailing byte accepted")
		}
	}
}
