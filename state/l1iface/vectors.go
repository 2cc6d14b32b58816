package l1iface

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Vectors is the shape of docs/vectors/l1-interface.json. Every integer is
// a decimal string (uint256 values do not fit JSON numbers); every byte
// string is 0x-prefixed lower-case hex. See docs/l1-interface.md, "Test
// vectors".
type Vectors struct {
	Comment          string            `json:"comment"`
	BatchHeaders     []HeaderVector    `json:"batchHeaders"`
	ReceiptIDs       []ReceiptIDVector `json:"receiptIds"`
	ReceiptLeaves    []LeafVector      `json:"receiptLeaves"`
	ReceiptsTree     TreeVector        `json:"receiptsTree"`
	WithdrawalLeaves []LeafVector      `json:"withdrawalLeaves"`
	WithdrawalsTree  TreeVector        `json:"withdrawalsTree"`
	Trees            []TreeVector      `json:"trees"`
	ReceiptAuths     []AuthVector      `json:"receiptAuths"`
	Messages         []MessageVector   `json:"messages"`
	Constants        map[string]string `json:"constants"`
}

// HeaderVector is a batch header, its abi.encode and its hash.
type HeaderVector struct {
	Fields     map[string]string `json:"fields"`
	ABIEncoded string            `json:"abiEncoded"`
	HeaderHash string            `json:"headerHash"`
}

// ReceiptIDVector is the preimage fields of a receipt id and the id.
type ReceiptIDVector struct {
	Fields    map[string]string `json:"fields"`
	ReceiptID string            `json:"receiptId"`
}

// LeafVector is a receipt or withdrawal leaf: its position i, its fields,
// abi.encode(i, fields…) and the double-hashed leaf.
type LeafVector struct {
	I          string            `json:"i"`
	Fields     map[string]string `json:"fields"`
	ABIEncoded string            `json:"abiEncoded"`
	Leaf       string            `json:"leaf"`
}

// AuthVector is a provider's signed authorization of receipt leaf
// receiptLeaves[leaf] (the reveal's last argument): the domain (chainId,
// rollup, its separator), the auth's fields, the EIP-712 digest of the
// PostReceipt tx, the signature and its signer (the leaf's provider).
type AuthVector struct {
	Leaf            string            `json:"leaf"`
	ChainID         string            `json:"chainId"`
	Rollup          string            `json:"rollup"`
	DomainSeparator string            `json:"domainSeparator"`
	Fields          map[string]string `json:"fields"`
	Digest          string            `json:"digest"`
	Signature       string            `json:"signature"`
	Signer          string            `json:"signer"`
}

// TreeVector is a keccak tree: its leaves (already hashed), root, and the
// proof of every leaf (proofs[i] proves leaves[i]).
type TreeVector struct {
	Leaves []string   `json:"leaves"`
	Root   string     `json:"root"`
	Proofs [][]string `json:"proofs"`
}

// MessageVector is one L1 message: its queue position, kind, timestamp,
// decoded fields, abi-encoded payload, msgHash and the rolling hash before
// (rolling[index]) and after (rolling[index+1]) it. The messages of the
// file form one queue from index 0.
type MessageVector struct {
	Index         string            `json:"index"`
	Kind          string            `json:"kind"`
	KindName      string            `json:"kindName"`
	Timestamp     string            `json:"timestamp"`
	Fields        map[string]string `json:"fields"`
	Payload       string            `json:"payload"`
	MsgHash       string            `json:"msgHash"`
	RollingBefore string            `json:"rollingBefore"`
	RollingAfter  string            `json:"rollingAfter"`
}

// label derives a deterministic, distinct-looking hash for vector inputs.
func label(s string) common.Hash { return keccak([]byte("gpuroll vector " + s)) }

// labelFr is a label below 2^253 < p, so it is a canonical BN254 field
// element, as state, model, input and trace roots always are.
func labelFr(s string) common.Hash {
	h := label(s)
	h[0] &= 0x1f
	return h
}

func labelAddr(s string) common.Address { return common.BytesToAddress(label(s).Bytes()) }

func dec(v uint64) string { return strconv.FormatUint(v, 10) }

func decU(v *uint256.Int) string { return v.Dec() }

func hx(b []byte) string { return hexutil.Encode(b) }

func treeVector(leaves []common.Hash) TreeVector {
	t := NewMerkleTree(leaves)
	tv := TreeVector{Leaves: []string{}, Root: t.Root().Hex(), Proofs: [][]string{}}
	for i, l := range leaves {
		tv.Leaves = append(tv.Leaves, l.Hex())
		p, err := t.Proof(i)
		if err != nil {
			panic(err) // i < len(leaves) by construction
		}
		ps := []string{}
		for _, h := range p {
			ps = append(ps, h.Hex())
		}
		tv.Proofs = append(tv.Proofs, ps)
	}
	return tv
}

func headerFields(h *BatchHeader) map[string]string {
	return map[string]string{
		"index": dec(h.Index), "parentHash": h.ParentHash.Hex(), "preStateRoot": h.PreStateRoot.Hex(),
		"postStateRoot": h.PostStateRoot.Hex(), "receiptsRoot": h.ReceiptsRoot.Hex(),
		"withdrawalsRoot": h.WithdrawalsRoot.Hex(), "messagesConsumed": dec(h.MessagesConsumed),
		"messagesRollingHash": h.MessagesRollingHash.Hex(), "bodyHash": h.BodyHash.Hex(),
	}
}

// payloadFields lists a payload's fields by their names in docs/l1-interface.md.
func payloadFields(p Payload) map[string]string {
	switch p := p.(type) {
	case *Deposit:
		return map[string]string{"from": p.From.Hex(), "to": p.To.Hex(), "amount": decU(p.Amount)}
	case *BondChanged:
		return map[string]string{"provider": p.Provider.Hex(), "bond": decU(p.Bond)}
	case *ReceiptSlashed:
		return map[string]string{"receiptId": p.ReceiptID.Hex(), "batchIndex": dec(p.BatchIndex),
			"batchHeaderHash": p.BatchHeaderHash.Hex(), "provider": p.Provider.Hex(), "buyer": p.Buyer.Hex(),
			"slashAmount": decU(p.SlashAmount), "compensation": decU(p.Compensation)}
	case *BatchFinalized:
		return map[string]string{"batchIndex": dec(p.BatchIndex), "headerHash": p.HeaderHash.Hex()}
	case *ParamsChanged:
		return map[string]string{"paramId": dec(uint64(p.ParamID)), "value": decU(p.Value)}
	case *ForcedTx:
		return map[string]string{"tx": hx(p.Tx)}
	}
	return nil
}

// GenerateVectors builds the vectors from fixed inputs. It is deterministic:
// the file in docs/vectors is its JSON, and the tests compare the two.
func GenerateVectors() *Vectors {
	v := &Vectors{
		Comment: "gpuroll L1/L2 interface vectors, written by `go test ./state/l1iface -run TestVectorsFile -update`; " +
			"shape described in docs/l1-interface.md, section Test vectors",
		Constants: map[string]string{
			"ReferenceMACsPerGPUHour": dec(ReferenceMACsPerGPUHour),
		},
	}

	// Batch headers: a genesis-like one and one with every field set.
	h0 := &BatchHeader{Index: 0, PostStateRoot: labelFr("genesis state root")}
	h1 := &BatchHeader{
		Index: 7, ParentHash: label("parent"), PreStateRoot: labelFr("pre"), PostStateRoot: labelFr("post"),
		ReceiptsRoot: label("receipts"), WithdrawalsRoot: label("withdrawals"), MessagesConsumed: 42,
		MessagesRollingHash: label("rolling"), BodyHash: keccak([]byte("body")),
	}
	h2 := &BatchHeader{Index: ^uint64(0), MessagesConsumed: ^uint64(0) - 1, ParentHash: common.HexToHash("0x" + "ff"), BodyHash: keccak(nil)}
	for _, h := range []*BatchHeader{h0, h1, h2} {
		v.BatchHeaders = append(v.BatchHeaders, HeaderVector{Fields: headerFields(h), ABIEncoded: hx(h.Encode()), HeaderHash: h.Hash().Hex()})
	}

	// Receipt ids and receipt leaves, 5 of them, with the tree over them.
	var rleaves []common.Hash
	for i := 0; i < 5; i++ {
		s := strconv.Itoa(i)
		jobID := label("job " + s)
		modelRoot, inputRoot, traceRoot := labelFr("model "+s), labelFr("input "+s), labelFr("trace "+s)
		rows, layers := uint32(1+i*3), uint32(2+i)
		// The provider is the address of a deterministic key, so the
		// receipt can carry a real signature.
		key, err := crypto.ToECDSA(labelFr("provider key " + s).Bytes())
		if err != nil {
			panic(err) // a fixed label below the curve order: unreachable
		}
		provider := crypto.PubkeyToAddress(key.PublicKey)
		id := ReceiptID(jobID, provider, modelRoot, inputRoot, rows, layers, traceRoot)
		v.ReceiptIDs = append(v.ReceiptIDs, ReceiptIDVector{
			Fields: map[string]string{"jobId": jobID.Hex(), "provider": provider.Hex(), "modelRoot": modelRoot.Hex(),
				"inputRoot": inputRoot.Hex(), "rows": dec(uint64(rows)), "layers": dec(uint64(layers)), "traceRoot": traceRoot.Hex()},
			ReceiptID: id.Hex(),
		})
		slash := new(uint256.Int).Mul(uint256.NewInt(uint64(i+1)), uint256.NewInt(1_000_000_000_000_000_000))
		r := &ReceiptLeaf{ReceiptID: id, Provider: provider, Buyer: labelAddr("buyer " + s), ModelRoot: modelRoot,
			InputRoot: inputRoot, Rows: rows, Layers: layers, TraceRoot: traceRoot, SlashAmount: slash}
		leaf := r.Hash(uint64(i))
		rleaves = append(rleaves, leaf)
		const chainID = 1337 // the simulated chain's, where contracts/ checks these
		rollup := labelAddr("rollup")
		sep := DomainSeparator(chainID, rollup)
		auth := &ReceiptAuth{JobID: jobID, Nonce: uint64(i * 5), MaxFee: uint256.NewInt(uint64(i+1) * 1e15), GPUMillis: uint64(1000 * i)}
		if err := SignReceiptAuth(key, sep, r, auth); err != nil {
			panic(err) // signing with a valid key cannot fail
		}
		v.ReceiptAuths = append(v.ReceiptAuths, AuthVector{
			Leaf: dec(uint64(i)), ChainID: dec(chainID), Rollup: rollup.Hex(), DomainSeparator: sep.Hex(),
			Fields: map[string]string{"jobId": jobID.Hex(), "nonce": dec(auth.Nonce), "maxFee": decU(auth.MaxFee),
				"gpuMillis": dec(auth.GPUMillis), "v": dec(uint64(auth.Sig[64])), "r": hx(auth.Sig[:32]), "s": hx(auth.Sig[32:64])},
			Digest: PostReceiptDigest(sep, r, auth).Hex(), Signature: hx(auth.Sig[:]), Signer: provider.Hex(),
		})
		v.ReceiptLeaves = append(v.ReceiptLeaves, LeafVector{
			I: dec(uint64(i)),
			Fields: map[string]string{"receiptId": id.Hex(), "provider": provider.Hex(), "buyer": r.Buyer.Hex(),
				"modelRoot": modelRoot.Hex(), "inputRoot": inputRoot.Hex(), "rows": dec(uint64(rows)),
				"layers": dec(uint64(layers)), "traceRoot": traceRoot.Hex(), "slashAmount": decU(slash)},
			ABIEncoded: hx(r.Encode(uint64(i))), Leaf: leaf.Hex(),
		})
	}
	v.ReceiptsTree = treeVector(rleaves)

	// Withdrawal leaves, 3 of them (a tree padded with one zero leaf).
	var wleaves []common.Hash
	for i := 0; i < 3; i++ {
		s := strconv.Itoa(i)
		amt := new(uint256.Int).Lsh(uint256.NewInt(uint64(3+i)), uint(60+i*60)) // up to 2^180 scale
		w := &WithdrawalLeaf{WithdrawalID: uint64(100 + i), From: labelAddr("from " + s), To: labelAddr("to " + s), Amount: amt}
		leaf := w.Hash(uint64(i))
		wleaves = append(wleaves, leaf)
		v.WithdrawalLeaves = append(v.WithdrawalLeaves, LeafVector{
			I: dec(uint64(i)),
			Fields: map[string]string{"withdrawalId": dec(w.WithdrawalID), "from": w.From.Hex(), "to": w.To.Hex(),
				"amount": decU(amt)},
			ABIEncoded: hx(w.Encode(uint64(i))), Leaf: leaf.Hex(),
		})
	}
	v.WithdrawalsTree = treeVector(wleaves)

	// Shape cases over arbitrary leaf hashes: 0, 1, 2, 4, 7, 8 leaves.
	for _, n := range []int{0, 1, 2, 4, 7, 8} {
		var leaves []common.Hash
		for i := 0; i < n; i++ {
			leaves = append(leaves, label(fmt.Sprintf("tree %d leaf %d", n, i)))
		}
		v.Trees = append(v.Trees, treeVector(leaves))
	}

	// One queue with one message of each kind, plus edge values.
	max := new(uint256.Int).SetAllOne()
	payloads := []Payload{
		&Deposit{From: labelAddr("depositor"), To: labelAddr("l2 recipient"), Amount: uint256.NewInt(5_000_000_000_000_000_000)},
		&BondChanged{Provider: labelAddr("provider 0"), Bond: uint256.NewInt(10_000_000_000_000_000_000)},
		&ReceiptSlashed{ReceiptID: common.HexToHash(v.ReceiptIDs[0].ReceiptID), BatchIndex: 7, BatchHeaderHash: h1.Hash(),
			Provider: labelAddr("provider 0"), Buyer: labelAddr("buyer 0"), SlashAmount: uint256.NewInt(3_000_000_000_000_000_000),
			Compensation: uint256.NewInt(2_700_000_000_000_000_000)},
		&BatchFinalized{BatchIndex: 7, HeaderHash: h1.Hash()},
		&ParamsChanged{ParamID: uint8(ParamMinSlash), Value: uint256.NewInt(2_000_000_000_000_000_000)},
		&ParamsChanged{ParamID: uint8(ParamSequencer), Value: new(uint256.Int).SetBytes(labelAddr("new sequencer").Bytes())},
		&Deposit{From: common.Address{}, To: labelAddr("l2 recipient"), Amount: max},
		&ForcedTx{Tx: []byte{9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33}},
	}
	rolling := common.Hash{}
	for i, p := range payloads {
		m := NewMessage(uint64(i), 1_700_000_000+uint64(i)*12, p)
		h := m.Hash()
		next := NextRollingHash(rolling, h)
		v.Messages = append(v.Messages, MessageVector{
			Index: dec(m.Index), Kind: dec(uint64(m.Kind)), KindName: m.Kind.String(), Timestamp: dec(m.Timestamp),
			Fields: payloadFields(p), Payload: hx(m.Payload), MsgHash: h.Hex(),
			RollingBefore: rolling.Hex(), RollingAfter: next.Hex(),
		})
		rolling = next
	}
	return v
}

// MarshalVectors is the canonical JSON of the vectors file (indented, with
// a final newline).
func MarshalVectors(v *Vectors) ([]byte, error) {
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal vectors: %w", err)
	}
	return append(out, '\n'), nil
}

// LoadVectors reads a vectors file.
func LoadVectors(path string) (*Vectors, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load vectors: %w", err)
	}
	var v Vectors
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("load vectors %s: %w", path, err)
	}
	return &v, nil
}
