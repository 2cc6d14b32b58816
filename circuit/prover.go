package circuit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/job"
)

// ErrHonest is returned when a receipt's trace matches the honest
// execution, or a step of it is honest: an honest receipt is never proven false.
var ErrHonest = errors.New("the provider's trace is honest there: no fraud to prove")

// Challenge is a fraud proof of one step, ready for Disputes.
type Challenge struct {
	Step  job.Step
	Class Class
	// Proof is gnark's MarshalSolidity encoding (256 bytes).
	Proof []byte
	// Public are the four public inputs Disputes will derive; kept so the
	// challenger can check them against the receipt before sending.
	Public [4]*big.Int
	// Reason says how the provider's leaf is false.
	Reason string
}

// Prover proves fraud for challengers.
type Prover struct {
	keys *KeyCache
	exec job.Executor
	log  *slog.Logger
}

// NewProver proves with the keys of the cache, re-executing jobs with exec
// (nil: job/'s reference executor).
func NewProver(keys *KeyCache, exec job.Executor, log *slog.Logger) *Prover {
	if log == nil {
		log = slog.Default()
	}
	if exec == nil {
		exec = &job.Reference{Log: log}
	}
	return &Prover{keys: keys, exec: exec, log: log}
}

// ProveFraud re-executes the job, finds the first false value of the
// provider's stored trace (so that the step's input is honest) and proves
// it for the challenger. It returns ErrHonest for an honest trace.
func (p *Prover) ProveFraud(ctx context.Context, m *job.Model, in *job.Input, stored *job.StoredTrace, challenger common.Address) (*Challenge, error) {
	honest, err := p.exec.Execute(ctx, m, in)
	if err != nil {
		return nil, fmt.Errorf("re-execute: %w", err)
	}
	return p.ProveAgainst(ctx, m, in, stored, honest, challenger)
}

// ProveAgainst is ProveFraud with the honest execution already at hand
// (a challenger that re-executed on its own GPU executor).
func (p *Prover) ProveAgainst(ctx context.Context, m *job.Model, in *job.Input, stored *job.StoredTrace, honest *job.Trace, challenger common.Address) (*Challenge, error) {
	s, found, err := job.FirstFraud(honest, stored)
	if err != nil {
		return nil, fmt.Errorf("compare traces: %w", err)
	}
	if !found {
		return nil, ErrHonest
	}
	return p.ProveStep(ctx, m, in, stored, s, challenger)
}

// ProveStep proves one step. It refuses an honest step before proving,
// checks the opening natively, and verifies its own proof, so a challenger
// never commits to a challenge that would revert.
func (p *Prover) ProveStep(ctx context.Context, m *job.Model, in *job.Input, stored *job.StoredTrace, s job.Step, challenger common.Address) (*Challenge, error) {
	trees, err := job.NewJobTrees(ctx, m, in, stored)
	if err != nil {
		return nil, fmt.Errorf("job trees: %w", err)
	}
	op, err := trees.Open(s)
	if err != nil {
		return nil, fmt.Errorf("open step %v: %w", s, err)
	}
	if !op.Fraud {
		return nil, fmt.Errorf("step %v: %w", s, ErrHonest)
	}
	if err := op.Verify(); err != nil {
		return nil, fmt.Errorf("step %v: opening does not verify: %w", s, err)
	}
	a, cls, pub, err := AssignOpening(op, challenger)
	if err != nil {
		return nil, err
	}
	k, err := p.keys.Get(cls)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	proof, err := k.Prove(ctx, a)
	if err != nil {
		return nil, fmt.Errorf("step %v: %w", s, err)
	}
	if err := k.Verify(proof, pub); err != nil {
		return nil, fmt.Errorf("step %v: own proof does not verify: %w", s, err)
	}
	p.log.Info("fraud proven", "step", s.String(), "class", cls.ID, "reason", op.Reason, "took", time.Since(start).Round(time.Millisecond))
	return &Challenge{Step: s, Class: cls, Proof: proof, Public: pub, Reason: op.Reason}, nil
}

// BindStep is the step as Disputes takes it.
func (ch *Challenge) BindStep() bindings.DisputesStep {
	return bindings.DisputesStep{Row: uint32(ch.Step.Row), Layer: uint32(ch.Step.Layer), Output: uint32(ch.Step.Output), ClassId: ch.Class.ID}
}

// CommitHash is Disputes.commitment: keccak256(abi.encode(receiptId, r, l, o, challenger, salt)).
func CommitHash(receiptID common.Hash, s job.Step, challenger common.Address, salt common.Hash) (common.Hash, error) {
	u, _ := abi.NewType("uint256", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)
	ad, _ := abi.NewType("address", "", nil)
	args := abi.Arguments{{Type: b32}, {Type: u}, {Type: u}, {Type: u}, {Type: ad}, {Type: b32}}
	enc, err := args.Pack(receiptID, big.NewInt(int64(s.Row)), big.NewInt(int64(s.Layer)), big.NewInt(int64(s.Output)), challenger, salt)
	if err != nil {
		return common.Hash{}, fmt.Errorf("encode commitment: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// Calldata is the complete input of the two Disputes transactions.
type Calldata struct {
	Commit []byte
	Reveal []byte
}

// Calldata packs commitChallenge and revealChallenge for a receipt leaf of
// a batch, with its inclusion proof in the batch's receipts root and the
// provider's signed authorization of the receipt (its PostReceipt tx's
// remaining fields and signature: Disputes slashes only what the provider
// signed).
func (ch *Challenge) Calldata(batchIndex uint64, headerHash common.Hash, leaf bindings.L1CodecReceiptLeaf, inclusion [][32]byte, auth bindings.L1CodecReceiptAuth, challenger common.Address, salt common.Hash) (*Calldata, error) {
	// Recompute the public inputs as Disputes will, from the leaf, the step
	// and the sender: a mismatch would only burn gas on a reverting reveal.
	var roots [3]fr.Element
	for i, b := range [][32]byte{leaf.ModelRoot, leaf.InputRoot, leaf.TraceRoot} {
		if err := roots[i].SetBytesCanonical(b[:]); err != nil {
			return nil, fmt.Errorf("calldata: receipt root %d is not a field element: %w", i, err)
		}
	}
	if leaf.Rows == 0 || leaf.Layers == 0 {
		return nil, errors.New("calldata: receipt with no rows or layers")
	}
	want := PublicInputs(roots[0], roots[1], roots[2], int(leaf.Layers), int(leaf.Rows), ch.Step, challenger)
	for i := range want {
		if ch.Public[i] == nil || want[i].Cmp(ch.Public[i]) != 0 {
			if i == 3 {
				return nil, errors.New("calldata: the proof was made for another challenger, step or job shape")
			}
			return nil, fmt.Errorf("calldata: receipt root %d differs from the proven job's", i)
		}
	}
	h, err := CommitHash(leaf.ReceiptId, ch.Step, challenger, salt)
	if err != nil {
		return nil, err
	}
	d := bindings.NewDisputes()
	return &Calldata{
		Commit: d.PackCommitChallenge(batchIndex, headerHash, h),
		Reveal: d.PackRevealChallenge(batchIndex, headerHash, leaf, inclusion, ch.BindStep(), salt, ch.Proof, auth),
	}, nil
}
