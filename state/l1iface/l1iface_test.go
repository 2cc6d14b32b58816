package l1iface

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
)

var update = flag.Bool("update", false, "rewrite docs/vectors/l1-interface.json")

const vectorsPath = "../../docs/vectors/l1-interface.json"

// TestVectorsFile keeps the committed vectors equal to the generator's
// output; -update rewrites the file.
func TestVectorsFile(t *testing.T) {
	want, err := MarshalVectors(GenerateVectors())
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.MkdirAll(filepath.Dir(vectorsPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(vectorsPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatalf("read %s (run with -update to create it): %v", vectorsPath, err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from the generator: run go test ./state/l1iface -run TestVectorsFile -update and review the diff", vectorsPath)
	}
}

// word is a 32-byte big-endian ABI word, built by hand (independent of the
// abi package) for cross-checks.
func word(b []byte) []byte {
	w := make([]byte, 32)
	copy(w[32-len(b):], b)
	return w
}

func u64w(v uint64) []byte { var b [8]byte; binary.BigEndian.PutUint64(b[:], v); return word(b[:]) }

func mustHash(t *testing.T, s string) common.Hash {
	t.Helper()
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != 32 {
		t.Fatalf("bad hash %q: %v", s, err)
	}
	return common.BytesToHash(b)
}

func mustAddr(t *testing.T, s string) common.Address {
	t.Helper()
	if !common.IsHexAddress(s) {
		t.Fatalf("bad address %q", s)
	}
	return common.HexToAddress(s)
}

func mustU64(t *testing.T, s string) uint64 {
	t.Helper()
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func mustU256(t *testing.T, s string) *uint256.Int {
	t.Helper()
	v, err := uint256.FromDecimal(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestVectorsRecompute reads the committed file the way the Solidity tests
// do — from the fields — and recomputes every output, with hand-built ABI
// words instead of the abi package.
func TestVectorsRecompute(t *testing.T) {
	v, err := LoadVectors(vectorsPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, hv := range v.BatchHeaders {
		f := hv.Fields
		var enc []byte
		enc = append(enc, u64w(mustU64(t, f["index"]))...)
		for _, k := range []string{"parentHash", "preStateRoot", "postStateRoot", "receiptsRoot", "withdrawalsRoot"} {
			enc = append(enc, mustHash(t, f[k]).Bytes()...)
		}
		enc = append(enc, u64w(mustU64(t, f["messagesConsumed"]))...)
		enc = append(enc, mustHash(t, f["messagesRollingHash"]).Bytes()...)
		enc = append(enc, mustHash(t, f["bodyHash"]).Bytes()...)
		if hexutil.Encode(enc) != hv.ABIEncoded {
			t.Errorf("header %s: abi encoding differs", f["index"])
		}
		if keccak(enc).Hex() != hv.HeaderHash {
			t.Errorf("header %s: hash differs", f["index"])
		}
	}
	for _, rv := range v.ReceiptIDs {
		f := rv.Fields
		var enc []byte
		enc = append(enc, mustHash(t, f["jobId"]).Bytes()...)
		enc = append(enc, word(mustAddr(t, f["provider"]).Bytes())...)
		enc = append(enc, mustHash(t, f["modelRoot"]).Bytes()...)
		enc = append(enc, mustHash(t, f["inputRoot"]).Bytes()...)
		enc = append(enc, u64w(mustU64(t, f["rows"]))...)
		enc = append(enc, u64w(mustU64(t, f["layers"]))...)
		enc = append(enc, mustHash(t, f["traceRoot"]).Bytes()...)
		if keccak(enc).Hex() != rv.ReceiptID {
			t.Errorf("receipt id differs")
		}
	}
	check := func(name string, lv LeafVector, enc []byte) {
		if hexutil.Encode(enc) != lv.ABIEncoded {
			t.Errorf("%s leaf %s: abi encoding differs", name, lv.I)
		}
		in := keccak(enc)
		if keccak(in[:]).Hex() != lv.Leaf {
			t.Errorf("%s leaf %s: hash differs", name, lv.I)
		}
	}
	for _, lv := range v.ReceiptLeaves {
		f := lv.Fields
		enc := u64w(mustU64(t, lv.I))
		enc = append(enc, mustHash(t, f["receiptId"]).Bytes()...)
		enc = append(enc, word(mustAddr(t, f["provider"]).Bytes())...)
		enc = append(enc, word(mustAddr(t, f["buyer"]).Bytes())...)
		enc = append(enc, mustHash(t, f["modelRoot"]).Bytes()...)
		enc = append(enc, mustHash(t, f["inputRoot"]).Bytes()...)
		enc = append(enc, u64w(mustU64(t, f["rows"]))...)
		enc = append(enc, u64w(mustU64(t, f["layers"]))...)
		enc = append(enc, mustHash(t, f["traceRoot"]).Bytes()...)
		s := mustU256(t, f["slashAmount"]).Bytes32()
		enc = append(enc, s[:]...)
		check("receipt", lv, enc)
	}
	for _, lv := range v.WithdrawalLeaves {
		f := lv.Fields
		enc := u64w(mustU64(t, lv.I))
		enc = append(enc, u64w(mustU64(t, f["withdrawalId"]))...)
		enc = append(enc, word(mustAddr(t, f["from"]).Bytes())...)
		enc = append(enc, word(mustAddr(t, f["to"]).Bytes())...)
		a := mustU256(t, f["amount"]).Bytes32()
		enc = append(enc, a[:]...)
		check("withdrawal", lv, enc)
	}
	trees := append([]TreeVector{v.ReceiptsTree, v.WithdrawalsTree}, v.Trees...)
	for ti, tv := range trees {
		var leaves []common.Hash
		for _, l := range tv.Leaves {
			leaves = append(leaves, mustHash(t, l))
		}
		root := mustHash(t, tv.Root)
		if len(leaves) == 0 && root != (common.Hash{}) {
			t.Errorf("tree %d: empty root must be zero", ti)
		}
		if got := recomputeRoot(leaves); got != root {
			t.Errorf("tree %d: root differs", ti)
		}
		for i, l := range leaves {
			var proof []common.Hash
			for _, p := range tv.Proofs[i] {
				proof = append(proof, mustHash(t, p))
			}
			if !VerifyProof(proof, root, l) {
				t.Errorf("tree %d: proof %d does not verify", ti, i)
			}
		}
	}
	if len(v.ReceiptsTree.Leaves) != 5 {
		t.Errorf("receipts tree has %d leaves, want 5", len(v.ReceiptsTree.Leaves))
	}
	rolling := common.Hash{}
	kinds := map[uint64]bool{}
	for _, mv := range v.Messages {
		if mv.RollingBefore != rolling.Hex() {
			t.Fatalf("message %s: rollingBefore does not chain", mv.Index)
		}
		kind := mustU64(t, mv.Kind)
		kinds[kind] = true
		payload, err := hexutil.Decode(mv.Payload)
		if err != nil {
			t.Fatal(err)
		}
		pre := []byte{byte(kind)}
		pre = binary.BigEndian.AppendUint64(pre, mustU64(t, mv.Index))
		pre = binary.BigEndian.AppendUint64(pre, mustU64(t, mv.Timestamp))
		h := keccak(pre, payload)
		if h.Hex() != mv.MsgHash {
			t.Errorf("message %s: msgHash differs", mv.Index)
		}
		rolling = keccak(rolling[:], h[:])
		if rolling.Hex() != mv.RollingAfter {
			t.Errorf("message %s: rolling hash differs", mv.Index)
		}
		p, err := DecodePayload(MessageKind(kind), payload)
		if err != nil {
			t.Fatalf("message %s: %v", mv.Index, err)
		}
		got := payloadFields(p)
		for k, want := range mv.Fields {
			if got[k] != want {
				t.Errorf("message %s field %s: decoded %s, file %s", mv.Index, k, got[k], want)
			}
		}
		if len(got) != len(mv.Fields) {
			t.Errorf("message %s: %d fields decoded, file has %d", mv.Index, len(got), len(mv.Fields))
		}
	}
	for k := uint64(1); k <= 5; k++ {
		if !kinds[k] {
			t.Errorf("no message of kind %d in the vectors", k)
		}
	}
}

// recomputeRoot is a second, recursive implementation of the tree root.
func recomputeRoot(leaves []common.Hash) common.Hash {
	if len(leaves) == 0 {
		return common.Hash{}
	}
	size := 1
	for size < len(leaves) {
		size *= 2
	}
	padded := make([]common.Hash, size)
	copy(padded, leaves)
	var rec func([]common.Hash) common.Hash
	rec = func(l []common.Hash) common.Hash {
		if len(l) == 1 {
			return l[0]
		}
		a, b := rec(l[:len(l)/2]), rec(l[len(l)/2:])
		if new(big.Int).SetBytes(a[:]).Cmp(new(big.Int).SetBytes(b[:])) < 0 {
			return keccak(a[:], b[:])
		}
		return keccak(b[:], a[:])
	}
	return rec(padded)
}

func TestMerkleTree(t *testing.T) {
	for n := 0; n <= 17; n++ {
		var leaves []common.Hash
		for i := 0; i < n; i++ {
			leaves = append(leaves, keccak([]byte{byte(n), byte(i)}))
		}
		tr := NewMerkleTree(leaves)
		if tr.Root() != recomputeRoot(leaves) {
			t.Fatalf("n=%d: root differs from the recursive implementation", n)
		}
		if n == 1 && tr.Root() != leaves[0] {
			t.Fatalf("one leaf: root must be the leaf")
		}
		for i := range leaves {
			p, err := tr.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !VerifyProof(p, tr.Root(), leaves[i]) {
				t.Fatalf("n=%d: proof %d fails", n, i)
			}
			// A proof of leaf i must not prove a different leaf.
			other := keccak(leaves[i][:])
			if VerifyProof(p, tr.Root(), other) {
				t.Fatalf("n=%d: proof %d verifies a wrong leaf", n, i)
			}
			if len(p) > 0 {
				bad := append([]common.Hash(nil), p...)
				bad[0][0] ^= 1
				if VerifyProof(bad, tr.Root(), leaves[i]) {
					t.Fatalf("n=%d: tampered proof %d verifies", n, i)
				}
			}
		}
		if _, err := tr.Proof(n); err == nil {
			t.Fatalf("n=%d: proof past the end accepted", n)
		}
		if _, err := tr.Proof(-1); err == nil {
			t.Fatalf("negative index accepted")
		}
	}
	if VerifyProof(nil, common.Hash{}, common.Hash{}) {
		t.Fatal("the zero root must prove nothing")
	}
}

func TestHashPairCommutes(t *testing.T) {
	a, b := keccak([]byte("a")), keccak([]byte("b"))
	if HashPair(a, b) != HashPair(b, a) {
		t.Fatal("HashPair is not commutative")
	}
	lo, hi := a, b
	if bytes.Compare(a[:], b[:]) > 0 {
		lo, hi = b, a
	}
	if HashPair(a, b) != keccak(lo[:], hi[:]) {
		t.Fatal("HashPair does not put the smaller first")
	}
}

func TestPayloadRoundTrip(t *testing.T) {
	v := GenerateVectors()
	for _, mv := range v.Messages {
		payload := hexutil.MustDecode(mv.Payload)
		kind := MessageKind(mustU64(t, mv.Kind))
		p, err := DecodePayload(kind, payload)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(p.Encode(), payload) || p.Kind() != kind {
			t.Fatalf("%s: round trip differs", kind)
		}
		m := &Message{Index: mustU64(t, mv.Index), Kind: kind, Payload: payload}
		if _, err := m.Decode(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestPayloadStrict(t *testing.T) {
	dep := (&Deposit{From: common.Address{1}, To: common.Address{2}, Amount: uint256.NewInt(5)}).Encode()
	par := (&ParamsChanged{ParamID: 4, Value: uint256.NewInt(5)}).Encode()
	fin := (&BatchFinalized{BatchIndex: 3, HeaderHash: common.Hash{9}}).Encode()
	mut := func(b []byte, i int, x byte) []byte { c := append([]byte(nil), b...); c[i] = x; return c }
	cases := []struct {
		name    string
		kind    MessageKind
		payload []byte
	}{
		{"unknown kind", 6, dep},
		{"kind zero", 0, dep},
		{"trailing byte", KindDeposit, append(append([]byte(nil), dep...), 0)},
		{"short", KindDeposit, dep[:95]},
		{"empty", KindBatchFinalized, nil},
		{"address high byte", KindDeposit, mut(dep, 0, 1)},
		{"uint8 over 255", KindParamsChanged, mut(par, 30, 1)},
		{"uint64 over 2^64", KindBatchFinalized, mut(fin, 23, 1)},
		{"wrong kind for length", KindReceiptSlashed, dep},
	}
	for _, c := range cases {
		if _, err := DecodePayload(c.kind, c.payload); !errors.Is(err, ErrBadPayload) {
			t.Errorf("%s: got %v, want ErrBadPayload", c.name, err)
		}
	}
}

func TestMessageHashLayout(t *testing.T) {
	m := &Message{Index: 0x0102030405060708, Kind: KindDeposit, Timestamp: 0x1112131415161718, Payload: []byte{0xaa}}
	want := keccak(hexutil.MustDecode("0x01" + "0102030405060708" + "1112131415161718" + "aa"))
	if m.Hash() != want {
		t.Fatal("msgHash is not abi.encodePacked(uint8, uint64, uint64, payload)")
	}
	if NextRollingHash(common.Hash{1}, common.Hash{2}) != keccak(common.Hash{1}.Bytes(), common.Hash{2}.Bytes()) {
		t.Fatal("rolling hash layout")
	}
}

func FuzzDecodePayload(f *testing.F) {
	for _, mv := range GenerateVectors().Messages {
		k, _ := strconv.Atoi(mv.Kind)
		f.Add(uint8(k), hexutil.MustDecode(mv.Payload))
	}
	f.Fuzz(func(t *testing.T, kind uint8, payload []byte) {
		p, err := DecodePayload(MessageKind(kind), payload)
		if err != nil {
			return
		}
		if !bytes.Equal(p.Encode(), payload) {
			t.Fatal("accepted a payload that does not re-encode to itself")
		}
	})
}

// TestReceiptAuthVectors: every signed receipt of the vectors recovers its
// leaf's provider, and any change to a signed field does not.
func TestReceiptAuthVectors(t *testing.T) {
	v := GenerateVectors()
	for i, av := range v.ReceiptAuths {
		lv := v.ReceiptLeaves[i]
		f := lv.Fields
		rows, _ := strconv.ParseUint(f["rows"], 10, 32)
		layers, _ := strconv.ParseUint(f["layers"], 10, 32)
		slash, _ := uint256.FromDecimal(f["slashAmount"])
		leaf := &ReceiptLeaf{ReceiptID: common.HexToHash(f["receiptId"]), Provider: common.HexToAddress(f["provider"]),
			Buyer: common.HexToAddress(f["buyer"]), ModelRoot: common.HexToHash(f["modelRoot"]), InputRoot: common.HexToHash(f["inputRoot"]),
			Rows: uint32(rows), Layers: uint32(layers), TraceRoot: common.HexToHash(f["traceRoot"]), SlashAmount: slash}
		nonce, _ := strconv.ParseUint(av.Fields["nonce"], 10, 64)
		ms, _ := strconv.ParseUint(av.Fields["gpuMillis"], 10, 64)
		maxFee, _ := uint256.FromDecimal(av.Fields["maxFee"])
		a := &ReceiptAuth{JobID: common.HexToHash(av.Fields["jobId"]), Nonce: nonce, MaxFee: maxFee, GPUMillis: ms}
		copy(a.Sig[:], common.FromHex(av.Signature))
		sep := common.HexToHash(av.DomainSeparator)
		if who, ok := SignerOf(sep, leaf, a); !ok || who != common.HexToAddress(av.Signer) || who != leaf.Provider {
			t.Fatalf("auth %d recovers %s (%v), want %s", i, who, ok, av.Signer)
		}
		changed := *leaf
		changed.SlashAmount = new(uint256.Int).AddUint64(slash, 1)
		if who, ok := SignerOf(sep, &changed, a); ok && who == leaf.Provider {
			t.Fatalf("auth %d also signs another slash amount", i)
		}
		other := *a
		other.Nonce++
		if who, ok := SignerOf(sep, leaf, &other); ok && who == leaf.Provider {
			t.Fatalf("auth %d also signs another nonce", i)
		}
	}
}
