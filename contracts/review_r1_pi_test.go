package contracts_test

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// TestCircuitPublicInputsMatchDisputes (review R1): the prover's packing of
// the public inputs (circuit.PublicInputs, what a proof is made for) equals
// the derivation that TestPublicInputsProperty checks Disputes.publicInputs
// against, for every valid step of every receipt shape, fields at their
// maxima included.
func TestCircuitPublicInputsMatchDisputes(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		edge32 := func(name string, lo, hi uint32) uint32 {
			if rapid.Bool().Draw(rt, name+" edge") {
				return rapid.SampledFrom([]uint32{lo, hi}).Draw(rt, name)
			}
			return rapid.Uint32Range(lo, hi).Draw(rt, name)
		}
		root := func(name string) (fr.Element, common.Hash) {
			var e fr.Element
			e.SetBytes(rapid.SliceOfN(rapid.Byte(), 32, 32).Draw(rt, name))
			b := e.Bytes()
			return e, common.Hash(b)
		}
		m, mh := root("model")
		in, ih := root("input")
		tr, th := root("trace")
		leaf := l1iface.ReceiptLeaf{ModelRoot: mh, InputRoot: ih, TraceRoot: th,
			Rows: edge32("rows", 1, 1<<24), Layers: edge32("layers", 1, 256)}
		step := bindings.DisputesStep{Row: edge32("r", 0, leaf.Rows-1), Layer: edge32("l", 1, leaf.Layers),
			Output: edge32("o", 0, 1<<16-1), ClassId: 1}
		ch := common.BytesToAddress(rapid.SliceOfN(rapid.Byte(), 20, 20).Draw(rt, "challenger"))
		got := circuit.PublicInputs(m, in, tr, int(leaf.Layers), int(leaf.Rows),
			job.Step{Row: int(step.Row), Layer: int(step.Layer), Output: int(step.Output)}, ch)
		want := goPublicInputs(leaf, step, ch)
		for i := range want {
			if got[i].Cmp(want[i]) != 0 {
				rt.Fatalf("public input %d: circuit %x, Disputes %x", i, got[i], want[i])
			}
		}
	})
}
