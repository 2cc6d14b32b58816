package l1

import (
	"math/big"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// ReceiptLeafBinding is receipt leaf r at position i as the Disputes
// binding takes it.
func ReceiptLeafBinding(i uint64, r *l1iface.ReceiptLeaf) bindings.L1CodecReceiptLeaf {
	slash := new(big.Int)
	if r.SlashAmount != nil {
		slash = r.SlashAmount.ToBig()
	}
	return bindings.L1CodecReceiptLeaf{
		I: new(big.Int).SetUint64(i), ReceiptId: r.ReceiptID, Provider: r.Provider, Buyer: r.Buyer,
		ModelRoot: r.ModelRoot, InputRoot: r.InputRoot, Rows: r.Rows, Layers: r.Layers,
		TraceRoot: r.TraceRoot, SlashAmount: slash,
	}
}

// ReceiptAuthBinding is the provider's signed authorization of a receipt
// as Disputes.revealChallenge takes it.
func ReceiptAuthBinding(a *l1iface.ReceiptAuth) bindings.L1CodecReceiptAuth {
	maxFee := new(big.Int)
	if a.MaxFee != nil {
		maxFee = a.MaxFee.ToBig()
	}
	var r, s [32]byte
	copy(r[:], a.Sig[:32])
	copy(s[:], a.Sig[32:64])
	return bindings.L1CodecReceiptAuth{JobId: a.JobID, Nonce: a.Nonce, MaxFee: maxFee, GpuMillis: a.GPUMillis,
		V: a.Sig[64], R: r, S: s}
}
