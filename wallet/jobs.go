package wallet

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state"
)

// OpenLease opens a lease with provider at its current price.
func (w *Wallet) OpenLease(ctx context.Context, provider common.Address, deposit *uint256.Int, seconds uint64) (uint64, error) {
	p, err := w.Seq.Provider(ctx, provider)
	if err != nil {
		return 0, err
	}
	if !p.Active {
		return 0, fmt.Errorf("provider %s takes no new leases", provider)
	}
	// Say it in tokens before the sequencer says it in wei (the lease's
	// deposit comes from the L2 balance; the fee on top is checked there).
	if acc, err := w.Seq.Account(ctx, w.Addr); err == nil && (*uint256.Int)(acc.Balance).Lt(deposit) {
		return 0, fmt.Errorf("insufficient L2 balance for a %s-token lease deposit: you have %s tokens on L2 (move more with `gpuroll wallet deposit`)",
			FormatTokens(deposit), FormatTokens((*uint256.Int)(acc.Balance)))
	}
	st, err := w.Send(ctx, &state.OpenLease{Provider: provider, PricePerGPUHour: (*uint256.Int)(p.PricePerGPUHour), Deposit: deposit, Duration: seconds})
	if err != nil {
		return 0, err
	}
	if st.LeaseID == nil {
		return 0, errors.New("the sequencer reported no lease id")
	}
	return uint64(*st.LeaseID), nil
}

// CloseLease closes a lease (its unreserved escrow comes back).
func (w *Wallet) CloseLease(ctx context.Context, id uint64) error {
	_, err := w.Send(ctx, &state.CloseLease{LeaseID: id})
	return err
}

// Job is a job ready to submit: the decoded data and its encodings.
type Job struct {
	Model       *job.Model
	Input       *job.Input
	ModelBytes  []byte
	InputBytes  []byte
	Specs       []job.LayerSpec
	InputRoot   common.Hash
	OutputWidth int
}

// LoadJob decodes model and input bytes (docs/job-format.md) strictly and
// checks that they fit together.
func LoadJob(modelBytes, inputBytes []byte) (*Job, error) {
	m, err := job.DecodeModel(modelBytes)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	in, err := job.DecodeInput(inputBytes)
	if err != nil {
		return nil, fmt.Errorf("input: %w", err)
	}
	if in.Width != m.InputWidth() {
		return nil, fmt.Errorf("the input rows are %d wide, the model's first layer takes %d", in.Width, m.InputWidth())
	}
	specs, err := m.Specs()
	if err != nil {
		return nil, err
	}
	ir, err := job.InputRoot(in.X, in.Rows, in.Width)
	if err != nil {
		return nil, err
	}
	return &Job{Model: m, Input: in, ModelBytes: modelBytes, InputBytes: inputBytes, Specs: specs,
		InputRoot: ir.Bytes(), OutputWidth: m.OutputWidth()}, nil
}

// SubmitJob uploads the job's data and submits it on the lease; it
// returns the job id.
func (w *Wallet) SubmitJob(ctx context.Context, lease uint64, j *Job) (common.Hash, error) {
	if _, err := w.Store.Upload(ctx, w.cfg.Key, client.KindModel, j.ModelBytes); err != nil {
		return common.Hash{}, fmt.Errorf("upload the model: %w", err)
	}
	if _, err := w.Store.Upload(ctx, w.cfg.Key, client.KindInput, j.InputBytes); err != nil {
		return common.Hash{}, fmt.Errorf("upload the input: %w", err)
	}
	st, err := w.Send(ctx, &state.SubmitJob{LeaseID: lease, Layers: j.Specs, Rows: uint32(j.Input.Rows), InputRoot: j.InputRoot})
	if err != nil {
		return common.Hash{}, err
	}
	if st.JobID == nil {
		return common.Hash{}, errors.New("the sequencer reported no job id")
	}
	return *st.JobID, nil
}

// Stages a job goes through, as FollowJob reports them.
const (
	StageAssigned  = "assigned"  // included: the provider sees it
	StageReceipted = "receipted" // the provider posted its receipt (executed)
	StageFinal     = "final"     // the receipt's batch is final: the result stands
	StageRejected  = "rejected"  // the provider refused it (escrow refunded)
	StageSlashed   = "slashed"   // the receipt was proven false (refund and compensation)
	// StageForfeited: another receipt of the provider was proven false
	// while this one was locked; the price is refunded (docs/economics.md).
	StageForfeited = "forfeited"
)

// ErrRejected: the provider refused the job.
var ErrRejected = errors.New("the provider rejected the job")

// FollowJob reports each stage the job reaches until it is final (or
// rejected, or its receipt slashed) and returns its receipt.
func (w *Wallet) FollowJob(ctx context.Context, id common.Hash, progress func(stage, detail string)) (*client.Receipt, error) {
	stage := ""
	set := func(s, detail string) {
		if s != stage {
			stage = s
			progress(s, detail)
		}
	}
	var out *client.Receipt
	err := w.poll(ctx, func() (bool, error) {
		j, err := w.Seq.Job(ctx, id)
		if err != nil {
			return false, err
		}
		switch j.Status {
		case client.JobPending:
			set(StageAssigned, fmt.Sprintf("provider %s, price %s wei", j.Provider, (*uint256.Int)(j.Price).Dec()))
			return false, nil
		case client.JobRejected:
			set(StageRejected, fmt.Sprintf("reason code %d", uint64(j.RejectReason)))
			return false, fmt.Errorf("%w (reason code %d): its escrow is back in the lease", ErrRejected, uint64(j.RejectReason))
		}
		r, err := w.receiptOf(ctx, id)
		if err != nil {
			return false, err
		}
		out = r
		switch r.Status {
		case client.ReceiptLocked:
			set(StageReceipted, fmt.Sprintf("receipt %s in batch %d", r.ID, uint64(r.Batch)))
			return false, nil
		case client.ReceiptSlashed:
			set(StageSlashed, "the receipt was proven false: the price is refunded and the slash compensates you")
			return true, nil
		case client.ReceiptForfeited:
			set(StageForfeited, "the provider was convicted of another receipt while this one was locked: the price is refunded")
			return true, nil
		}
		set(StageFinal, fmt.Sprintf("batch %d final on L1; provider paid", uint64(r.Batch)))
		return true, nil
	})
	return out, err
}

// receiptOf returns the receipt of a receipted job.
func (w *Wallet) receiptOf(ctx context.Context, jobID common.Hash) (*client.Receipt, error) {
	j, err := w.Seq.Job(ctx, jobID)
	if err != nil {
		return nil, err
	}
	if j.ReceiptID == nil {
		return nil, fmt.Errorf("job %s is %s: no receipt yet", jobID, j.Status)
	}
	return w.Seq.Receipt(ctx, *j.ReceiptID)
}

// Result downloads the provider's trace (its root checked), checks it has
// the receipt's shape and returns the last layer's outputs, row by row:
// the result is exactly what the receipt commits to.
func (w *Wallet) Result(ctx context.Context, r *client.Receipt) ([][]int8, error) {
	b, err := w.Store.Download(ctx, client.KindTrace, r.TraceRoot)
	if err != nil {
		return nil, fmt.Errorf("download the trace: %w", err)
	}
	st, err := job.DecodeTrace(b)
	if err != nil {
		return nil, fmt.Errorf("the stored trace: %w", err)
	}
	if uint64(st.Rows) != uint64(r.Rows) || uint64(st.Layers) != uint64(r.Layers) {
		return nil, fmt.Errorf("the trace has %d rows × %d layers, the receipt %d × %d", st.Rows, st.Layers, uint64(r.Rows), uint64(r.Layers))
	}
	out := make([][]int8, st.Rows)
	for row := 0; row < st.Rows; row++ {
		leaf := st.Leaf(row, st.Layers)
		vals, ok := leaf.Values()
		if !ok || int(leaf.N) > len(vals) {
			return nil, fmt.Errorf("row %d of the result is not a valid packed vector: the receipt is false (a challenger can prove it)", row)
		}
		out[row] = vals[:leaf.N]
	}
	return out, nil
}

// Withdraw burns amount on L2 for `to` on L1, waits for its batch to be
// final, and claims it on L1 (any key may claim; this wallet does).
func (w *Wallet) Withdraw(ctx context.Context, to common.Address, amount *uint256.Int, progress func(string)) error {
	if err := w.needL1(); err != nil {
		return err
	}
	st, err := w.Send(ctx, &state.Withdraw{To: to, Amount: amount})
	if err != nil {
		return err
	}
	if st.WithdrawalID == nil {
		return errors.New("the sequencer reported no withdrawal id")
	}
	id := uint64(*st.WithdrawalID)
	progress(fmt.Sprintf("withdrawal %d included in L2 block %d; waiting for its batch to be final on L1…", id, uint64(*st.Block)))
	if _, err := w.Seq.WaitTx(ctx, st.Hash, client.StatusFinal, w.cfg.Poll); err != nil {
		return err
	}
	return w.Claim(ctx, id, progress)
}

// Claim claims a final withdrawal of this account on L1.
func (w *Wallet) Claim(ctx context.Context, withdrawalID uint64, progress func(string)) error {
	ws, err := w.withdrawals(ctx)
	if err != nil {
		return err
	}
	for _, x := range ws {
		if uint64(x.WithdrawalID) != withdrawalID {
			continue
		}
		m, err := w.l1Sender(ctx)
		if err != nil {
			return err
		}
		proof := make([][32]byte, len(x.Proof))
		for i := range x.Proof {
			proof[i] = x.Proof[i]
		}
		leaf := bindings.L1CodecWithdrawalLeaf{I: new(big.Int).SetUint64(uint64(x.Index)), WithdrawalId: withdrawalID,
			From: x.From, To: x.To, Amount: (*uint256.Int)(x.Amount).ToBig()}
		progress(fmt.Sprintf("claiming withdrawal %d on L1…", withdrawalID))
		if err := sendOK(ctx, m, w.Info.Contracts.Rollup, bindings.NewRollup().PackWithdraw(uint64(x.Batch), leaf, proof)); err != nil {
			return fmt.Errorf("claim withdrawal %d: %w", withdrawalID, err)
		}
		return nil
	}
	return fmt.Errorf("no withdrawal %d from %s", withdrawalID, w.Addr)
}
