package challenger

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// Evidence is what a guardian needs to reject a batch whose header does
// not match the state derived from L1: which batch, what it claims, what
// replaying its body on the state L1 had before it gives, and where the
// two first part. Written as JSON to DataDir/evidence/.
type Evidence struct {
	Kind       string      `json:"kind"` // "state-mismatch"
	Batch      uint64      `json:"batch"`
	HeaderHash common.Hash `json:"headerHash"`
	L1Tx       common.Hash `json:"l1Tx"`
	L1Block    uint64      `json:"l1Block"`
	WindowEnd  uint64      `json:"windowEnd"`
	RevealEnd  uint64      `json:"revealEnd"`
	// Posted is the header on L1; Expected the values derivation computed
	// (absent when the body could not be replayed to the end).
	Posted   HeaderJSON    `json:"posted"`
	Expected *ExpectedJSON `json:"expected,omitempty"`
	// Differs names the header fields that differ.
	Differs []string `json:"differs"`
	// FirstDifferingBlock is the first block of the body whose claimed
	// state root differs from the replayed one, or that does not apply.
	FirstDifferingBlock *BlockDiff `json:"firstDifferingBlock,omitempty"`
	// FirstDifferingTx is the first item of that block that the STF
	// refuses (absent when every item applies and only the root differs:
	// blocks carry one root each, so a wrong root is pinned to its block).
	FirstDifferingTx *TxDiff `json:"firstDifferingTx,omitempty"`
	Reason           string  `json:"reason"`
	// The guardian action: the rejectBatch call to make (to the Rollup)
	// and, when this challenger holds the guardian key, the tx it sent.
	Rollup       common.Address `json:"rollup"`
	RejectCall   string         `json:"rejectCall"`
	RejectTx     common.Hash    `json:"rejectTx,omitzero"`
	DerivedBatch uint64         `json:"derivedBatch"` // the last batch that matched
	DerivedRoot  common.Hash    `json:"derivedRoot"`  // the state root after it
	CreatedAt    time.Time      `json:"createdAt"`
}

// HeaderJSON is a batch header.
type HeaderJSON struct {
	Index               uint64      `json:"index"`
	ParentHash          common.Hash `json:"parentHash"`
	PreStateRoot        common.Hash `json:"preStateRoot"`
	PostStateRoot       common.Hash `json:"postStateRoot"`
	ReceiptsRoot        common.Hash `json:"receiptsRoot"`
	WithdrawalsRoot     common.Hash `json:"withdrawalsRoot"`
	MessagesConsumed    uint64      `json:"messagesConsumed"`
	MessagesRollingHash common.Hash `json:"messagesRollingHash"`
	BodyHash            common.Hash `json:"bodyHash"`
}

func headerJSON(h *l1iface.BatchHeader) HeaderJSON {
	return HeaderJSON{Index: h.Index, ParentHash: h.ParentHash, PreStateRoot: h.PreStateRoot, PostStateRoot: h.PostStateRoot,
		ReceiptsRoot: h.ReceiptsRoot, WithdrawalsRoot: h.WithdrawalsRoot, MessagesConsumed: h.MessagesConsumed,
		MessagesRollingHash: h.MessagesRollingHash, BodyHash: h.BodyHash}
}

// ExpectedJSON are the header values derivation computed.
type ExpectedJSON struct {
	PreStateRoot        common.Hash `json:"preStateRoot"`
	PostStateRoot       common.Hash `json:"postStateRoot"`
	ReceiptsRoot        common.Hash `json:"receiptsRoot"`
	WithdrawalsRoot     common.Hash `json:"withdrawalsRoot"`
	MessagesConsumed    uint64      `json:"messagesConsumed"`
	MessagesRollingHash common.Hash `json:"messagesRollingHash"`
	Receipts            int         `json:"receipts"`
	Withdrawals         int         `json:"withdrawals"`
}

// BlockDiff is the first block that does not match.
type BlockDiff struct {
	Number       uint64       `json:"number"`
	Hash         common.Hash  `json:"hash"`
	ClaimedRoot  common.Hash  `json:"claimedRoot"`
	ComputedRoot *common.Hash `json:"computedRoot,omitempty"` // nil: it did not apply
}

// TxDiff is the first item of a block the STF refuses.
type TxDiff struct {
	Block  uint64      `json:"block"`
	Item   int         `json:"item"`
	Kind   string      `json:"kind"` // the tx type, "l1-message" or "seal"
	TxHash common.Hash `json:"txHash,omitzero"`
	Sender string      `json:"sender,omitempty"`
	Error  string      `json:"error"`
}

func evidencePath(dir string, ev *Evidence) string {
	return filepath.Join(dir, "evidence", fmt.Sprintf("batch-%d-%s.json", ev.Batch, ev.HeaderHash.Hex()[2:10]))
}

// writeEvidence writes the evidence file atomically and returns its path.
func (s *Service) writeEvidence(ev *Evidence) (string, error) {
	path := evidencePath(s.cfg.DataDir, ev)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", err
	}
	b, err := json.MarshalIndent(ev, "", "  ")
	if err != nil {
		return "", err
	}
	return path, writeFileAtomic(path, append(b, '\n'))
}

// ReadEvidence reads an evidence file.
func ReadEvidence(path string) (*Evidence, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ev Evidence
	if err := json.Unmarshal(b, &ev); err != nil {
		return nil, fmt.Errorf("evidence %s: %w", path, err)
	}
	return &ev, nil
}

func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

var rollupABI = bindings.NewRollup()

// reject sends the guardian's rejectBatch for a mismatched batch, once:
// it checks that the key is the Rollup's guardian and that the batch is
// still pending (a batch already rejected or final needs nothing).
// It runs on the L1 loop and waits for the tx.
func (s *Service) reject(ctx context.Context, rec *batchRec, a *Alarm) {
	if s.gtxm == nil || a == nil || a.RejectTx != (common.Hash{}) {
		return
	}
	if last, ok := s.rejectTried[batchID{rec.Index, rec.HeaderHash}]; ok && time.Since(last) < 10*s.cfg.L1PollInterval {
		return
	}
	s.rejectTried[batchID{rec.Index, rec.HeaderHash}] = time.Now()
	g, err := s.call(ctx, s.cfg.Deployment.Rollup, rollupABI.PackParam(l1.ParamGuardian))
	if err != nil {
		s.log.Warn("read the guardian parameter", "err", err)
		return
	}
	gv, err := rollupABI.UnpackParam(g)
	if err != nil || common.BigToAddress(gv) != s.gfrom {
		s.log.Error("the guardian key is not the Rollup's guardian: not rejecting", "key", s.gfrom, "guardian", common.BigToAddress(gv))
		return
	}
	out, err := s.call(ctx, s.cfg.Deployment.Rollup, rollupABI.PackDisputeInfo(rec.Index, rec.HeaderHash))
	if err != nil {
		s.log.Warn("read the batch on L1", "batch", rec.Index, "err", err)
		return
	}
	info, err := rollupABI.UnpackDisputeInfo(out)
	if err != nil || !info.Pending {
		s.log.Warn("the mismatched batch is not pending on L1 (already rejected, or final): not rejecting", "batch", rec.Index, "err", err)
		return
	}
	to := s.cfg.Deployment.Rollup
	data := rollupABI.PackRejectBatch(rec.Index, rec.HeaderHash)
	for _, p := range s.gtxm.PendingTxs() {
		if len(p.Versions) > 0 && bytes.Equal(p.Versions[len(p.Versions)-1].Data(), data) {
			s.log.Info("the guardian's rejectBatch is still pending", "batch", rec.Index, "nonce", p.Nonce)
			return
		}
	}
	s.log.Warn("rejecting the batch as guardian", "batch", rec.Index, "headerHash", rec.HeaderHash)
	// Bounded: the L1 loop waits here. A tx not confirmed in time stays
	// with the tx manager (fee bumps) and is not sent twice (above).
	sctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	rc, err := s.gtxm.Send(sctx, l1.TxCandidate{To: &to, Data: data})
	if err != nil {
		s.log.Error("rejectBatch failed", "batch", rec.Index, "err", err, "revert", l1.RevertName(err))
		return
	}
	if rc.Status != 1 {
		s.log.Error("rejectBatch reverted", "batch", rec.Index, "tx", rc.TxHash)
		return
	}
	s.log.Warn("batch rejected by this challenger as guardian", "batch", rec.Index, "tx", rc.TxHash, "l1Block", rc.BlockNumber)
	// The evidence file first, then the alarm: a reader that sees the
	// alarm's RejectTx finds it in the evidence too (the other order let
	// one read the file in between).
	if a.Evidence != "" {
		if ev, err := ReadEvidence(a.Evidence); err == nil {
			ev.RejectTx = rc.TxHash
			if _, err := s.writeEvidence(ev); err != nil {
				s.log.Warn("update evidence", "err", err)
			}
		}
	}
	a.RejectTx = rc.TxHash
	s.raise(*a)
}
