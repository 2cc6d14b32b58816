package state

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// TestReceiptLeafIsTheJobs (review R1): the receipt leaf that Disputes
// derives the public inputs from carries the job's model root (computed by
// Describe from the SubmitJob layers), input root, rows and layer count, and
// the PostReceipt's trace root; the id and leaf hashing are those of
// docs/l1-interface.md. A receipt for a rejected job, a second receipt for a
// job and a non-canonical trace root are refused.
func TestReceiptLeafIsTheJobs(t *testing.T) {
	h := newHarness(t)
	buyer, prov := 0, 1
	h.mustMsg(&l1iface.Deposit{To: h.addrs[buyer], Amount: eth(10)})
	h.mustMsg(&l1iface.Deposit{To: h.addrs[prov], Amount: eth(1)})
	h.mustMsg(&l1iface.BondChanged{Provider: h.addrs[prov], Bond: eth(10)})
	h.mustTx(prov, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1)})
	lease := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 1000}).LeaseID

	// A second shape: three layers, 7 rows, a 4096-wide (class 3) layer.
	var c [4]common.Hash
	for i := range c {
		c[i] = crypto.Keccak256Hash([]byte{0xa5, byte(i)})
		c[i][0] &= 0x1f
	}
	wide := &SubmitJob{LeaseID: lease, Rows: 7, InputRoot: c[0], Layers: []LayerSpec{
		{Header: job.LayerHeader{In: 3, Out: 4096, Shift: 31}, BiasCommitment: c[1], WeightRowsRoot: c[2]},
		{Header: job.LayerHeader{In: 4096, Out: 2, ReLU: true}, BiasCommitment: c[3], WeightRowsRoot: c[1]},
		{Header: job.LayerHeader{In: 2, Out: 16384, Shift: 5}, BiasCommitment: c[2], WeightRowsRoot: c[3]},
	}}
	specs := []*SubmitJob{smallJob(lease, 1), wide}
	jobIDs := make([]common.Hash, len(specs))
	for i, sj := range specs {
		jobIDs[i] = h.mustTx(buyer, sj).JobID
	}
	rejected := h.mustTx(buyer, smallJob(lease, 2)).JobID
	h.mustTx(prov, &RejectJob{JobID: rejected, Reason: 1})
	_, err := h.tx(prov, &PostReceipt{JobID: rejected, TraceRoot: common.Hash{3}})
	wantCode(t, err, CodeJobNotPending)

	// A trace root outside the field is refused (Disputes could not prove
	// against it).
	p := common.HexToHash("0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001")
	_, err = h.tx(prov, &PostReceipt{JobID: jobIDs[0], TraceRoot: p})
	wantCode(t, err, CodeBadField)

	traceRoots := []common.Hash{{0x01, 0xaa}, {0x02, 0xbb}}
	ids := make([]common.Hash, len(specs))
	for i := range specs {
		ids[i] = h.mustTx(prov, &PostReceipt{JobID: jobIDs[i], TraceRoot: traceRoots[i], GPUMillis: 99}).ReceiptID
	}
	// A second receipt for the same job, with another trace root.
	_, err = h.tx(prov, &PostReceipt{JobID: jobIDs[0], TraceRoot: common.Hash{0x03}})
	wantCode(t, err, CodeJobNotPending)

	params, err := h.s.Params()
	if err != nil {
		t.Fatal(err)
	}
	sd := h.seal()
	if len(sd.Receipts) != len(specs) {
		t.Fatalf("%d receipts sealed, want %d", len(sd.Receipts), len(specs))
	}
	hashes := make([]common.Hash, len(sd.Receipts))
	for i, sj := range specs {
		shape, err := job.Describe(sj.Layers, sj.Rows, l1iface.StepClassBounds())
		if err != nil {
			t.Fatal(err)
		}
		j, err := h.s.Job(jobIDs[i])
		if err != nil || j == nil {
			t.Fatal("job", err)
		}
		slash, err := SlashAmount(j.Price, params)
		if err != nil {
			t.Fatal(err)
		}
		want := l1iface.ReceiptLeaf{
			ReceiptID: l1iface.ReceiptID(jobIDs[i], h.addrs[prov], common.Hash(shape.ModelRoot), sj.InputRoot, sj.Rows, uint32(len(sj.Layers)), traceRoots[i]),
			Provider:  h.addrs[prov], Buyer: h.addrs[buyer],
			ModelRoot: common.Hash(shape.ModelRoot), InputRoot: sj.InputRoot,
			Rows: sj.Rows, Layers: uint32(len(sj.Layers)), TraceRoot: traceRoots[i], SlashAmount: slash,
		}
		got := sd.Receipts[i]
		if got.ReceiptID != ids[i] || got.ReceiptID != want.ReceiptID || got.Provider != want.Provider || got.Buyer != want.Buyer ||
			got.ModelRoot != want.ModelRoot || got.InputRoot != want.InputRoot || got.Rows != want.Rows ||
			got.Layers != want.Layers || got.TraceRoot != want.TraceRoot || !got.SlashAmount.Eq(want.SlashAmount) {
			t.Fatalf("receipt leaf %d:\n got %+v\nwant %+v", i, got, want)
		}
		// The id by its definition: keccak(abi.encode(jobId, provider,
		// modelRoot, inputRoot, uint32 rows, uint32 layers, traceRoot)).
		w := func(v uint64) []byte { return common.LeftPadBytes(new(uint256.Int).SetUint64(v).Bytes(), 32) }
		id := crypto.Keccak256Hash(jobIDs[i][:], common.LeftPadBytes(h.addrs[prov][:], 32), shape.ModelRoot[:], sj.InputRoot[:],
			w(uint64(sj.Rows)), w(uint64(len(sj.Layers))), traceRoots[i][:])
		if id != got.ReceiptID {
			t.Fatalf("receipt id %s, by definition %s", got.ReceiptID, id)
		}
		// The leaf: keccak(keccak(abi.encode(uint256 i, fields…))).
		enc := append(w(uint64(i)), id[:]...)
		enc = append(enc, common.LeftPadBytes(h.addrs[prov][:], 32)...)
		enc = append(enc, common.LeftPadBytes(h.addrs[buyer][:], 32)...)
		enc = append(enc, shape.ModelRoot[:]...)
		enc = append(enc, sj.InputRoot[:]...)
		enc = append(enc, w(uint64(sj.Rows))...)
		enc = append(enc, w(uint64(len(sj.Layers)))...)
		enc = append(enc, traceRoots[i][:]...)
		s32 := slash.Bytes32()
		enc = append(enc, s32[:]...)
		inner := crypto.Keccak256(enc)
		hashes[i] = crypto.Keccak256Hash(inner)
		if got.Hash(uint64(i)) != hashes[i] {
			t.Fatalf("leaf %d hash %s, by definition %s", i, got.Hash(uint64(i)), hashes[i])
		}
	}
	if sd.ReceiptsRoot != l1iface.MerkleRoot(hashes) {
		t.Fatal("receipts root is not the tree over the leaves")
	}
	for i := range hashes {
		proof, err := l1iface.NewMerkleTree(hashes).Proof(i)
		if err != nil || !l1iface.VerifyProof(proof, sd.ReceiptsRoot, hashes[i]) {
			t.Fatalf("leaf %d does not prove: %v", i, err)
		}
	}
}
