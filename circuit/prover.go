package circuit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings"
)

// Challenge is a fraud proof of one step, ready for Disputes.
type Challenge struct {
	Step  Step
	Class Class
	// Proof is gnark's MarshalSolidity encoding (256 bytes).
	Proof []byte
	// Public are the four public inputs Disputes will derive; kept so the
	// challenger can check them against the contract before sending.
	Public [4]*big.Int
}

// Prover proves fraud for challengers.
type Prover struct {
	keys *KeyCache
	h    *Hasher
	log  *slog.Logger
}

// NewProver proves with the keys of the cache.
func NewProver(keys *KeyCache, log *slog.Logger) *Prover {
	if log == nil {
		log = slog.Default()
	}
	return &Prover{keys: keys, h: NewHasher(), log: log}
}

// ProveFraud re-executes the job, finds the first false value of the
// provider's trace and proves it for the challenger. It returns ErrHonest
// for an honest trace: an honest receipt is never proven false.
func (p *Prover) ProveFraud(ctx context.Context, j *Job, challenger common.Address) (*Challenge, error) {
	honest, err := Execute(j)
	if err != nil {
		return nil, fmt.Errorf("re-execute: %w", err)
	}
	s, err := FirstFraud(j, honest)
	if err != nil {
		return nil, err
	}
	return p.ProveStep(ctx, j, s, challenger)
}

// ProveStep proves one step. The witness is checked natively before the
// (expensive) proof, and the proof is verified natively after it, so a
// challenger never commits to a challenge that would revert.
func (p *Prover) ProveStep(ctx context.Context, j *Job, s Step, challenger common.Address) (*Challenge, error) {
	c, err := Commit(p.h, j)
	if err != nil {
		return nil, fmt.Errorf("commit job: %w", err)
	}
	a, cls, pub, err := Assign(c, j, s, challenger)
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
		// gnark's solver rejects an unsatisfied statement: an honest step.
		return nil, fmt.Errorf("step %+v: %w (%v)", s, ErrHonest, err)
	}
	if err := k.Verify(proof, pub); err != nil {
		return nil, fmt.Errorf("step %+v: own proof does not verify: %w", s, err)
	}
	p.log.Info("fraud proven", "row", s.Row, "layer", s.Layer, "output", s.Output, "class", cls.ID, "took", time.Since(start).Round(time.Millisecond))
	return &Challenge{Step: s, Class: cls, Proof: proof, Public: pub}, nil
}

// BindStep is the step as Disputes takes it.
func (ch *Challenge) BindStep() bindings.DisputesStep {
	return bindings.DisputesStep{Row: ch.Step.Row, Layer: uint32(ch.Step.Layer), Output: uint32(ch.Step.Output), ClassId: ch.Class.ID}
}

// CommitHash is Disputes.commitment: keccak256(abi.encode(receiptId, r, l, o, challenger, salt)).
func CommitHash(receiptID common.Hash, s Step, challenger common.Address, salt common.Hash) (common.Hash, error) {
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
// a batch, with its inclusion proof in the batch's receipts root.
func (ch *Challenge) Calldata(batchIndex uint64, headerHash common.Hash, leaf bindings.L1CodecReceiptLeaf, inclusion [][32]byte, challenger common.Address, salt common.Hash) (*Calldata, error) {
	if ch.Public[3] == nil || new(big.Int).And(ch.Public[3], new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 160), big.NewInt(1))).Cmp(new(big.Int).SetBytes(challenger[:])) != 0 {
		return nil, errors.New("calldata: the proof was made for another challenger address")
	}
	for i, root := range [][32]byte{leaf.ModelRoot, leaf.InputRoot, leaf.TraceRoot} {
		if new(big.Int).SetBytes(root[:]).Cmp(ch.Public[i]) != 0 {
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
		Reveal: d.PackRevealChallenge(batchIndex, headerHash, leaf, inclusion, ch.BindStep(), salt, ch.Proof),
	}, nil
}
