package challenger

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// Commit and reveal. Each runs in a goroutine of its own (the coordinator
// never waits on L1) and reports an outcome. Both first look at L1, so
// that one started after a crash finds what its predecessor achieved: a
// commitment already on L1 is not sent again, a receipt already slashed
// (by us or another challenger) ends the dispute, and a tx of ours still
// pending in the tx manager's state file is waited for, not duplicated.

var disputesABI = bindings.NewDisputes()

func (s *Service) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
	defer cancel()
	return s.l1c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

func (s *Service) slashedOnL1(ctx context.Context, id common.Hash) (bool, error) {
	out, err := s.call(ctx, s.cfg.Deployment.Disputes, disputesABI.PackSlashed(id))
	if err != nil {
		return false, err
	}
	return disputesABI.UnpackSlashed(out)
}

// winner finds who slashed a receipt and the share paid (ReceiptSlashed).
func (s *Service) winner(ctx context.Context, id common.Hash) (common.Address, *big.Int, uint64, common.Hash, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.L1Timeout)
	defer cancel()
	ev := disputesABI.GetABI().Events["ReceiptSlashed"]
	logs, err := s.l1c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.cfg.Deployment.DeployBlock),
		Addresses: []common.Address{s.cfg.Deployment.Disputes},
		Topics:    [][]common.Hash{{ev.ID}, {id}},
	})
	if err != nil {
		return common.Address{}, nil, 0, common.Hash{}, err
	}
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		e, err := disputesABI.UnpackReceiptSlashedEvent(&logs[i])
		if err == nil && common.Hash(e.ReceiptId) == id {
			return e.Challenger, e.ChallengerShare, logs[i].BlockNumber, logs[i].TxHash, nil
		}
	}
	return common.Address{}, nil, 0, common.Hash{}, errors.New("slashed on L1 but no ReceiptSlashed log found")
}

func (d *Dispute) challenge() (*circuit.Challenge, error) {
	if d.Step == nil || len(d.Proof) == 0 {
		return nil, errors.New("no proof")
	}
	cls, err := circuit.ClassByID(d.Class)
	if err != nil {
		return nil, err
	}
	ch := &circuit.Challenge{Step: *d.Step, Class: cls, Proof: d.Proof, Reason: d.Reason}
	for i, p := range d.Public {
		if p == nil {
			return nil, errors.New("proof without public inputs")
		}
		ch.Public[i] = new(big.Int).Set(p.ToInt())
	}
	return ch, nil
}

// calldata builds commitChallenge and revealChallenge for the dispute's
// current batch.
func (s *Service) calldata(d *Dispute) (*circuit.Calldata, common.Hash, error) {
	ch, err := d.challenge()
	if err != nil {
		return nil, common.Hash{}, err
	}
	var dr derivedRec
	ok, err := s.db.getJSON(derivedKey(d.Batch, d.HeaderHash), &dr)
	if err != nil {
		return nil, common.Hash{}, err
	}
	if !ok || int(d.Position) >= len(dr.Leaves) {
		return nil, common.Hash{}, fmt.Errorf("batch %d %s: no derived receipts tree", d.Batch, d.HeaderHash.TerminalString())
	}
	proof, err := l1iface.NewMerkleTree(dr.Leaves).Proof(int(d.Position))
	if err != nil {
		return nil, common.Hash{}, err
	}
	incl := make([][32]byte, len(proof))
	for i := range proof {
		incl[i] = proof[i]
	}
	cd, err := ch.Calldata(d.Batch, d.HeaderHash, d.leafBinding(), incl, l1.ReceiptAuthBinding(d.Auth.auth()), s.from, d.Salt)
	if err != nil {
		return nil, common.Hash{}, err
	}
	h, err := circuit.CommitHash(d.Receipt, ch.Step, s.from, d.Salt)
	if err != nil {
		return nil, common.Hash{}, err
	}
	return cd, commitmentKey(d.Batch, d.HeaderHash, s.from, h), nil
}

var commitKeyArgs = func() abi.Arguments {
	u64t, _ := abi.NewType("uint64", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)
	ad, _ := abi.NewType("address", "", nil)
	return abi.Arguments{{Type: u64t}, {Type: b32}, {Type: ad}, {Type: b32}}
}()

// commitmentKey is Disputes.commitmentKey: keccak(abi.encode(batchIndex,
// headerHash, challenger, h)).
func commitmentKey(batch uint64, headerHash common.Hash, challenger common.Address, h common.Hash) common.Hash {
	enc, _ := commitKeyArgs.Pack(batch, [32]byte(headerHash), challenger, [32]byte(h))
	return crypto.Keccak256Hash(enc)
}

func (s *Service) commitBlock(ctx context.Context, k common.Hash) (uint64, error) {
	out, err := s.call(ctx, s.cfg.Deployment.Disputes, disputesABI.PackCommitBlock(k))
	if err != nil {
		return 0, err
	}
	v, err := disputesABI.UnpackCommitBlock(out)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// pendingWith reports whether the tx manager has a pending tx with data.
func (s *Service) pendingWith(data []byte) bool {
	for _, p := range s.txm.PendingTxs() {
		if len(p.Versions) > 0 && bytes.Equal(p.Versions[len(p.Versions)-1].Data(), data) {
			return true
		}
	}
	return false
}

// lostOrLanded looks at a receipt slashed on L1: by us (landed) or not.
func (s *Service) lostOrLanded(ctx context.Context, id common.Hash) evTx {
	w, share, blk, tx, err := s.winner(ctx, id)
	if err != nil {
		return evTx{outcome: outRetry, err: err}
	}
	if w == s.from {
		return evTx{outcome: outAlreadyIn, winner: w, reward: share, block: blk, tx: tx, at: now()}
	}
	return evTx{outcome: outLost, winner: w}
}

func (s *Service) commit(ctx context.Context, d *Dispute) evTx {
	sentAt := now()
	if sl, err := s.slashedOnL1(ctx, d.Receipt); err != nil {
		return evTx{outcome: outRetry, err: fmt.Errorf("read slashed: %w", err)}
	} else if sl {
		return s.lostOrLanded(ctx, d.Receipt)
	}
	cd, k, err := s.calldata(d)
	if err != nil {
		return evTx{outcome: outFailed, err: fmt.Errorf("build the challenge: %w", err)}
	}
	for {
		if cb, err := s.commitBlock(ctx, k); err != nil {
			return evTx{outcome: outRetry, err: fmt.Errorf("read the commitment: %w", err)}
		} else if cb != 0 {
			return evTx{outcome: outDone, block: cb, tx: d.CommitTx, at: now(), sentAt: sentAt}
		}
		if !s.pendingWith(cd.Commit) {
			break
		}
		// Our commit from before a restart is still pending: wait for it.
		select {
		case <-ctx.Done():
			return evTx{outcome: outRetry, err: ctx.Err()}
		case <-time.After(s.cfg.L1PollInterval):
		}
	}
	to := s.cfg.Deployment.Disputes
	sent, err := s.txm.Submit(ctx, l1.TxCandidate{To: &to, Data: cd.Commit})
	if err != nil {
		switch l1.RevertName(err) {
		case "AlreadyCommitted":
			if cb, err2 := s.commitBlock(ctx, k); err2 == nil && cb != 0 {
				return evTx{outcome: outDone, block: cb, at: now(), sentAt: sentAt}
			}
			return evTx{outcome: outRetry, err: err}
		case "WindowClosed":
			return evTx{outcome: outExpired, err: fmt.Errorf("commit: the dispute window of batch %d closed", d.Batch)}
		case "BatchNotPending":
			return evTx{outcome: outVoid, err: err}
		}
		return evTx{outcome: outRetry, err: fmt.Errorf("commit: %w (%s)", err, l1.RevertName(err))}
	}
	s.stats.txSent()
	rc, err := sent.Wait(ctx)
	if err != nil {
		return evTx{outcome: outRetry, err: fmt.Errorf("commit: %w", err)}
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return evTx{outcome: outRetry, err: fmt.Errorf("commit tx %s reverted in block %d", rc.TxHash, rc.BlockNumber)}
	}
	return evTx{outcome: outDone, block: rc.BlockNumber.Uint64(), tx: rc.TxHash, at: now(), sentAt: sentAt}
}

// RevealGasLimit is the gas limit of a reveal sent before the block after
// its commit exists (it cannot be estimated then): a revealChallenge with
// a real proof uses ~450k (docs/benchmarks.md), more with a deeper
// inclusion proof.
const RevealGasLimit = 1_000_000

func (s *Service) reveal(ctx context.Context, d *Dispute, early bool) evTx {
	sentAt := now()
	if sl, err := s.slashedOnL1(ctx, d.Receipt); err != nil {
		return evTx{outcome: outRetry, err: fmt.Errorf("read slashed: %w", err)}
	} else if sl {
		return s.lostOrLanded(ctx, d.Receipt)
	}
	cd, _, err := s.calldata(d)
	if err != nil {
		return evTx{outcome: outFailed, err: fmt.Errorf("build the challenge: %w", err)}
	}
	for s.pendingWith(cd.Reveal) {
		// Our reveal from before a restart is still pending.
		select {
		case <-ctx.Done():
			return evTx{outcome: outRetry, err: ctx.Err()}
		case <-time.After(s.cfg.L1PollInterval):
		}
		if sl, err := s.slashedOnL1(ctx, d.Receipt); err == nil && sl {
			return s.lostOrLanded(ctx, d.Receipt)
		}
	}
	to := s.cfg.Deployment.Disputes
	cand := l1.TxCandidate{To: &to, Data: cd.Reveal}
	if early {
		cand.GasLimit = RevealGasLimit
	}
	sent, err := s.txm.Submit(ctx, cand)
	if err != nil {
		if l1.RevertName(err) == "AlreadySlashed" {
			return s.lostOrLanded(ctx, d.Receipt)
		}
		return revealRefused(err)
	}
	s.stats.txSent()
	rc, err := sent.Wait(ctx)
	if err != nil {
		return evTx{outcome: outRetry, err: fmt.Errorf("reveal: %w", err)}
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		// Mined but reverted: another reveal in the same block, or the
		// period ended. L1 says which.
		if sl, err := s.slashedOnL1(ctx, d.Receipt); err == nil && sl {
			return s.lostOrLanded(ctx, d.Receipt)
		}
		return evTx{outcome: outRetry, err: fmt.Errorf("reveal tx %s reverted in block %d", rc.TxHash, rc.BlockNumber)}
	}
	ev := evTx{outcome: outDone, block: rc.BlockNumber.Uint64(), tx: rc.TxHash, at: now(), sentAt: sentAt}
	for _, lg := range rc.Logs {
		if lg.Address != s.cfg.Deployment.Disputes {
			continue
		}
		if e, err := disputesABI.UnpackReceiptSlashedEvent(lg); err == nil && common.Hash(e.ReceiptId) == d.Receipt {
			ev.reward, ev.winner = e.ChallengerShare, e.Challenger
		}
	}
	return ev
}

// revealRefused maps a reveal that reverts at estimation to an outcome.
func revealRefused(err error) evTx {
	name := l1.RevertName(err)
	switch name {
	case "AlreadySlashed":
		return evTx{outcome: outLost}
	case "RevealTooEarly":
		return evTx{outcome: outEarly, err: err}
	case "NoCommitment":
		return evTx{outcome: outNoCommit, err: err}
	case "RevealPeriodOver":
		return evTx{outcome: outExpired, err: errors.New("reveal: the reveal period ended")}
	case "BatchNotPending":
		return evTx{outcome: outVoid, err: err}
	case "InvalidProof", "ReceiptNotInBatch", "NotSignedByProvider", "ReceiptIdMismatch", "BadStep", "RootNotInField", "UnknownStepClass":
		return evTx{outcome: outFailed, err: fmt.Errorf("reveal refused by Disputes: %s", name)}
	}
	return evTx{outcome: outRetry, err: fmt.Errorf("reveal: %w (%s)", err, name)}
}
