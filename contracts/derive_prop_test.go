package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/bindings/testonly"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

var bn254 = bindingsFieldModulus()

func bindingsFieldModulus() *big.Int {
	p, _ := new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)
	return p
}

// Disputes.publicInputs agrees with docs/fraud-proof.md (computed in Go)
// on random receipts and steps, and refuses exactly the steps and roots
// that the document rules out.
func TestPublicInputsProperty(t *testing.T) {
	e := newEnv(t, nil)
	rapid.Check(t, func(rt *rapid.T) {
		root := func(name string) common.Hash {
			b := rapid.SliceOfN(rapid.Byte(), 32, 32).Draw(rt, name)
			if rapid.Bool().Draw(rt, name+" small") {
				b[0] &= 0x1f
			}
			return common.BytesToHash(b)
		}
		leaf := l1iface.ReceiptLeaf{
			ModelRoot: root("model"), InputRoot: root("input"), TraceRoot: root("trace"),
			Rows:        rapid.Uint32Range(0, 1<<24+2).Draw(rt, "rows"),
			Layers:      rapid.Uint32Range(0, 258).Draw(rt, "layers"),
			SlashAmount: u256(big.NewInt(1)),
		}
		step := bindings.DisputesStep{
			Row: rapid.Uint32Range(0, 1<<24+2).Draw(rt, "r"), Layer: rapid.Uint32Range(0, 258).Draw(rt, "l"),
			Output: rapid.Uint32Range(0, 1<<16+2).Draw(rt, "o"), ClassId: 1,
		}
		ch := common.BytesToAddress(rapid.SliceOfN(rapid.Byte(), 20, 20).Draw(rt, "challenger"))
		stepOK := leaf.Rows >= 1 && leaf.Rows <= 1<<24 && leaf.Layers >= 1 && leaf.Layers <= 256 &&
			step.Row < leaf.Rows && step.Layer >= 1 && step.Layer <= leaf.Layers && step.Output < 1<<16
		rootsOK := leaf.ModelRoot.Big().Cmp(bn254) < 0 && leaf.InputRoot.Big().Cmp(bn254) < 0 && leaf.TraceRoot.Big().Cmp(bn254) < 0
		out, err := e.c.Client.CallContract(e.ctx, callMsg(e.d.Disputes, disputesABI.PackPublicInputs(toBindReceipt(0, leaf), step, ch)), nil)
		switch {
		case !stepOK:
			if l1.RevertName(err) != "BadStep" {
				rt.Fatalf("step %+v of %d×%d: %v", step, leaf.Rows, leaf.Layers, err)
			}
		case !rootsOK:
			if l1.RevertName(err) != "RootNotInField" {
				rt.Fatalf("roots outside the field: %v", err)
			}
		default:
			if err != nil {
				rt.Fatalf("valid step refused: %v (%s)", err, l1.RevertName(err))
			}
			got, err := disputesABI.UnpackPublicInputs(out)
			if err != nil {
				rt.Fatal(err)
			}
			want := goPublicInputs(leaf, step, ch)
			for i := range want {
				if got[i].Cmp(want[i]) != 0 {
					rt.Fatalf("input %d: contract %x, Go %x", i, got[i], want[i])
				}
			}
			if want[3].BitLen() > 240 {
				rt.Fatalf("pi[3] has %d bits", want[3].BitLen())
			}
		}
	})
}

// Random trees built by state/'s Go code verify in OpenZeppelin's
// MerkleProof through the harness, and a proof never verifies another leaf.
func TestMerkleTreesProperty(t *testing.T) {
	c := l1test.NewChain(t, 1)
	e := &env{t: t, ctx: t.Context(), c: c}
	h := c.DeployBin(t, 0, testonly.L1CodecHarnessMetaData.Bin, nil)
	hx := testonly.NewL1CodecHarness()
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(1, 40).Draw(rt, "leaves")
		var leaves []common.Hash
		for i := 0; i < n; i++ {
			w := l1iface.WithdrawalLeaf{WithdrawalID: rapid.Uint64().Draw(rt, "id"), Amount: u256(big.NewInt(rapid.Int64Min(1).Draw(rt, "amount")))}
			leaves = append(leaves, w.Hash(uint64(i)))
		}
		tr := l1iface.NewMerkleTree(leaves)
		i := rapid.IntRange(0, n-1).Draw(rt, "i")
		p, err := tr.Proof(i)
		if err != nil {
			rt.Fatal(err)
		}
		if !call(e, h, hx.PackVerify(proofBytes(p), tr.Root(), leaves[i]), hx.UnpackVerify) {
			rt.Fatalf("leaf %d of %d: Go proof rejected by MerkleProof", i, n)
		}
		j := rapid.IntRange(0, n-1).Draw(rt, "j")
		if leaves[j] != leaves[i] && call(e, h, hx.PackVerify(proofBytes(p), tr.Root(), leaves[j]), hx.UnpackVerify) {
			rt.Fatalf("proof of leaf %d verifies leaf %d", i, j)
		}
	})
}
