package contracts_test

import (
	"encoding/json"
	"math/big"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gpuroll/gpuroll/bindings/testonly"
	"github.com/gpuroll/gpuroll/l1/l1test"
)

// The vectors of docs/l1-interface.md, written by state/ (Go): the
// Solidity library that the real contracts use must give the same bytes.
type vectorFile struct {
	BatchHeaders []struct {
		Fields     map[string]string `json:"fields"`
		HeaderHash common.Hash       `json:"headerHash"`
	} `json:"batchHeaders"`
	ReceiptIDs []struct {
		Fields    map[string]string `json:"fields"`
		ReceiptID common.Hash       `json:"receiptId"`
	} `json:"receiptIds"`
	ReceiptLeaves []struct {
		I      string            `json:"i"`
		Fields map[string]string `json:"fields"`
		Leaf   common.Hash       `json:"leaf"`
	} `json:"receiptLeaves"`
	WithdrawalLeaves []struct {
		I      string            `json:"i"`
		Fields map[string]string `json:"fields"`
		Leaf   common.Hash       `json:"leaf"`
	} `json:"withdrawalLeaves"`
	ReceiptsTree    vectorTree   `json:"receiptsTree"`
	WithdrawalsTree vectorTree   `json:"withdrawalsTree"`
	Trees           []vectorTree `json:"trees"`
	ReceiptAuths    []struct {
		Leaf            string            `json:"leaf"`
		ChainID         string            `json:"chainId"`
		Rollup          common.Address    `json:"rollup"`
		DomainSeparator common.Hash       `json:"domainSeparator"`
		Fields          map[string]string `json:"fields"`
		Digest          common.Hash       `json:"digest"`
	} `json:"receiptAuths"`
	Messages []struct {
		Index         string        `json:"index"`
		Kind          string        `json:"kind"`
		Timestamp     string        `json:"timestamp"`
		Payload       hexutil.Bytes `json:"payload"`
		MsgHash       common.Hash   `json:"msgHash"`
		RollingBefore common.Hash   `json:"rollingBefore"`
		RollingAfter  common.Hash   `json:"rollingAfter"`
	} `json:"messages"`
}

type vectorTree struct {
	Leaves []common.Hash   `json:"leaves"`
	Root   common.Hash     `json:"root"`
	Proofs [][]common.Hash `json:"proofs"`
}

func mustU64(t *testing.T, s string) uint64 {
	t.Helper()
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("vector number %q: %v", s, err)
	}
	return v
}

func mustBig(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("vector number %q", s)
	}
	return v
}

func TestL1InterfaceVectors(t *testing.T) {
	raw, err := os.ReadFile("../docs/vectors/l1-interface.json")
	if err != nil {
		t.Fatalf("vectors: %v", err)
	}
	var v vectorFile
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("vectors: %v", err)
	}
	if len(v.BatchHeaders) == 0 || len(v.ReceiptLeaves) == 0 || len(v.WithdrawalLeaves) == 0 || len(v.Messages) == 0 || len(v.Trees) == 0 {
		t.Fatal("vector file lacks a section")
	}
	c := l1test.NewChain(t, 1)
	e := &env{t: t, ctx: t.Context(), c: c}
	h := c.DeployBin(t, 0, testonly.L1CodecHarnessMetaData.Bin, nil)
	hx := testonly.NewL1CodecHarness()
	b32 := func(f map[string]string, k string) [32]byte { return common.HexToHash(f[k]) }

	for i, hv := range v.BatchHeaders {
		f := hv.Fields
		hdr := testonly.L1CodecBatchHeader{
			Index: mustU64(t, f["index"]), ParentHash: b32(f, "parentHash"), PreStateRoot: b32(f, "preStateRoot"),
			PostStateRoot: b32(f, "postStateRoot"), ReceiptsRoot: b32(f, "receiptsRoot"), WithdrawalsRoot: b32(f, "withdrawalsRoot"),
			MessagesConsumed: mustU64(t, f["messagesConsumed"]), MessagesRollingHash: b32(f, "messagesRollingHash"), BodyHash: b32(f, "bodyHash"),
		}
		if got := call(e, h, hx.PackHeaderHash(hdr), hx.UnpackHeaderHash); common.Hash(got) != hv.HeaderHash {
			t.Errorf("batch header %d: Solidity %x, vector %x", i, got, hv.HeaderHash)
		}
	}
	for i, rv := range v.ReceiptIDs {
		f := rv.Fields
		got := call(e, h, hx.PackReceiptId(b32(f, "jobId"), common.HexToAddress(f["provider"]), b32(f, "modelRoot"),
			b32(f, "inputRoot"), uint32(mustU64(t, f["rows"])), uint32(mustU64(t, f["layers"])), b32(f, "traceRoot")), hx.UnpackReceiptId)
		if common.Hash(got) != rv.ReceiptID {
			t.Errorf("receipt id %d: Solidity %x, vector %x", i, got, rv.ReceiptID)
		}
	}
	for i, rv := range v.ReceiptLeaves {
		f := rv.Fields
		leaf := testonly.L1CodecReceiptLeaf{
			I: mustBig(t, rv.I), ReceiptId: b32(f, "receiptId"), Provider: common.HexToAddress(f["provider"]),
			Buyer: common.HexToAddress(f["buyer"]), ModelRoot: b32(f, "modelRoot"), InputRoot: b32(f, "inputRoot"),
			Rows: uint32(mustU64(t, f["rows"])), Layers: uint32(mustU64(t, f["layers"])), TraceRoot: b32(f, "traceRoot"),
			SlashAmount: mustBig(t, f["slashAmount"]),
		}
		if got := call(e, h, hx.PackReceiptLeafHash(leaf), hx.UnpackReceiptLeafHash); common.Hash(got) != rv.Leaf {
			t.Errorf("receipt leaf %d: Solidity %x, vector %x", i, got, rv.Leaf)
		}
	}
	for i, wv := range v.WithdrawalLeaves {
		f := wv.Fields
		leaf := testonly.L1CodecWithdrawalLeaf{
			I: mustBig(t, wv.I), WithdrawalId: mustU64(t, f["withdrawalId"]), From: common.HexToAddress(f["from"]),
			To: common.HexToAddress(f["to"]), Amount: mustBig(t, f["amount"]),
		}
		if got := call(e, h, hx.PackWithdrawalLeafHash(leaf), hx.UnpackWithdrawalLeafHash); common.Hash(got) != wv.Leaf {
			t.Errorf("withdrawal leaf %d: Solidity %x, vector %x", i, got, wv.Leaf)
		}
	}
	if len(v.ReceiptAuths) != len(v.ReceiptLeaves) {
		t.Fatalf("%d receipt auths for %d leaves", len(v.ReceiptAuths), len(v.ReceiptLeaves))
	}
	for i, av := range v.ReceiptAuths {
		if mustU64(t, av.ChainID) != c.ChainID.Uint64() {
			t.Fatalf("auth %d: vectors for chain %s, simulated chain %v", i, av.ChainID, c.ChainID)
		}
		if got := call(e, h, hx.PackDomainSeparator(av.Rollup), hx.UnpackDomainSeparator); common.Hash(got) != av.DomainSeparator {
			t.Errorf("auth %d: domain separator Solidity %x, vector %x", i, got, av.DomainSeparator)
		}
		rv := v.ReceiptLeaves[mustU64(t, av.Leaf)]
		f, af := rv.Fields, av.Fields
		leaf := testonly.L1CodecReceiptLeaf{
			I: mustBig(t, rv.I), ReceiptId: b32(f, "receiptId"), Provider: common.HexToAddress(f["provider"]),
			Buyer: common.HexToAddress(f["buyer"]), ModelRoot: b32(f, "modelRoot"), InputRoot: b32(f, "inputRoot"),
			Rows: uint32(mustU64(t, f["rows"])), Layers: uint32(mustU64(t, f["layers"])), TraceRoot: b32(f, "traceRoot"),
			SlashAmount: mustBig(t, f["slashAmount"]),
		}
		auth := testonly.L1CodecReceiptAuth{JobId: b32(af, "jobId"), Nonce: mustU64(t, af["nonce"]), MaxFee: mustBig(t, af["maxFee"]),
			GpuMillis: mustU64(t, af["gpuMillis"]), V: uint8(mustU64(t, af["v"])), R: b32(af, "r"), S: b32(af, "s")}
		if got := call(e, h, hx.PackPostReceiptDigest(leaf, auth, av.Rollup), hx.UnpackPostReceiptDigest); common.Hash(got) != av.Digest {
			t.Errorf("auth %d: PostReceipt digest Solidity %x, vector %x", i, got, av.Digest)
		}
	}
	trees := append([]vectorTree{v.ReceiptsTree, v.WithdrawalsTree}, v.Trees...)
	for ti, tr := range trees {
		if len(tr.Leaves) != len(tr.Proofs) {
			t.Fatalf("tree %d: %d leaves, %d proofs", ti, len(tr.Leaves), len(tr.Proofs))
		}
		for i := range tr.Leaves {
			ok := call(e, h, hx.PackVerify(proofBytes(tr.Proofs[i]), tr.Root, tr.Leaves[i]), hx.UnpackVerify)
			if !ok {
				t.Errorf("tree %d leaf %d: OpenZeppelin MerkleProof rejects the vector proof", ti, i)
			}
			// The same proof must not prove a different leaf.
			bad := tr.Leaves[i]
			bad[31] ^= 1
			if call(e, h, hx.PackVerify(proofBytes(tr.Proofs[i]), tr.Root, bad), hx.UnpackVerify) {
				t.Errorf("tree %d leaf %d: a flipped leaf verifies", ti, i)
			}
		}
	}
	for i, mv := range v.Messages {
		got := call(e, h, hx.PackMsgHash(uint8(mustU64(t, mv.Kind)), mustU64(t, mv.Index), mustU64(t, mv.Timestamp), mv.Payload), hx.UnpackMsgHash)
		if common.Hash(got) != mv.MsgHash {
			t.Errorf("message %d: msgHash Solidity %x, vector %x", i, got, mv.MsgHash)
		}
		next := call(e, h, hx.PackNextRolling(mv.RollingBefore, mv.MsgHash), hx.UnpackNextRolling)
		if common.Hash(next) != mv.RollingAfter {
			t.Errorf("message %d: rolling Solidity %x, vector %x", i, next, mv.RollingAfter)
		}
	}
}
