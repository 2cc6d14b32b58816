package challenger

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// Status of a receipt in the challenger (Dispute.Status). Terminal ones
// never change again (a replacement batch carrying the same receipt id
// keeps them: the id is content-derived).
const (
	StNotSampled  = "not-sampled"      // terminal: the secret draw left it out
	StQueued      = "queued"           // sampled, waiting for a checker
	StChecking    = "checking"         // downloading and re-executing
	StHonest      = "honest"           // terminal: the re-execution matches the provider's trace
	StFalse       = "false"            // a step differs: waiting for a prover
	StProving     = "proving"          // the fraud proof is being made
	StProven      = "proven"           // proof persisted, waiting to commit
	StCommitting  = "committing"       // commitChallenge in flight
	StCommitted   = "committed"        // the commitment is on L1; reveal from the next block on
	StRevealing   = "revealing"        // revealChallenge in flight
	StLanded      = "landed"           // terminal: our reveal slashed the provider
	StLost        = "already-slashed"  // terminal, a success: another challenger slashed it first
	StUnavailable = "data-unavailable" // the store did not serve its data (an alarm), retried
	StVoid        = "void"             // its batch was rejected or reorged out; resumes if replayed
	StExpired     = "expired"          // terminal: the window closed first
	StFailed      = "failed"           // terminal: cannot be proven or revealed (an alarm)
)

// terminal reports whether a status never changes again.
func terminal(st string) bool {
	switch st {
	case StNotSampled, StHonest, StLanded, StLost, StExpired, StFailed:
		return true
	}
	return false
}

// Dispute is everything the challenger knows and decided about one
// receipt, persisted at every step (key r ‖ receipt id).
type Dispute struct {
	Receipt    common.Hash         `json:"receipt"`
	Batch      uint64              `json:"batch"`
	HeaderHash common.Hash         `json:"headerHash"`
	Position   uint64              `json:"position"`
	Leaf       l1iface.ReceiptLeaf `json:"leaf"`
	Auth       authJSON            `json:"auth"`
	Price      *hexutil.Big        `json:"price"`
	MACs       uint64              `json:"macs"`
	WindowEnd  uint64              `json:"windowEnd"`
	RevealEnd  uint64              `json:"revealEnd"`
	Decision   Decision            `json:"decision"`
	Status     string              `json:"status"`
	Step       *job.Step           `json:"step,omitempty"`
	Class      uint8               `json:"class,omitempty"`
	Proof      hexutil.Bytes       `json:"proof,omitempty"`
	Public     [4]*hexutil.Big     `json:"public,omitzero"`
	Reason     string              `json:"reason,omitempty"`
	Salt       common.Hash         `json:"salt,omitzero"`
	CommitTx   common.Hash         `json:"commitTx,omitzero"`
	CommitAt   uint64              `json:"commitBlock,omitempty"`
	RevealTx   common.Hash         `json:"revealTx,omitzero"`
	RevealAt   uint64              `json:"revealBlock,omitempty"`
	Reward     *hexutil.Big        `json:"reward,omitempty"`
	SlashedBy  common.Address      `json:"slashedBy,omitzero"`
	Error      string              `json:"error,omitempty"`
	Times      Timings             `json:"times"`
	Proofs     int                 `json:"proofs,omitempty"` // proofs made for it (by this process's lifetimes)
	Alarm      string              `json:"alarm,omitempty"`
	History    []string            `json:"history,omitempty"`
}

// Timings are wall-clock moments (unix ns) of a dispute's life, for the
// latency figures: when its batch was seen on L1 and derived, the check,
// the proof, the commit and the reveal.
type Timings struct {
	BatchSeen   int64 `json:"batchSeen,omitempty"`
	Derived     int64 `json:"derived,omitempty"`
	CheckStart  int64 `json:"checkStart,omitempty"`
	CheckEnd    int64 `json:"checkEnd,omitempty"`
	ProveStart  int64 `json:"proveStart,omitempty"`
	ProveEnd    int64 `json:"proveEnd,omitempty"`
	CommitSent  int64 `json:"commitSent,omitempty"`
	Committed   int64 `json:"committed,omitempty"`
	RevealSent  int64 `json:"revealSent,omitempty"`
	Revealed    int64 `json:"revealed,omitempty"`
	ExecNanos   int64 `json:"execNanos,omitempty"`
	FetchNanos  int64 `json:"fetchNanos,omitempty"`
	ProveNanos  int64 `json:"proveNanos,omitempty"`
	DeriveNanos int64 `json:"deriveNanos,omitempty"`
}

// authJSON is l1iface.ReceiptAuth with the signature as hex.
type authJSON struct {
	JobID     common.Hash   `json:"jobId"`
	Nonce     uint64        `json:"nonce"`
	MaxFee    *uint256.Int  `json:"maxFee"`
	GPUMillis uint64        `json:"gpuMillis"`
	Sig       hexutil.Bytes `json:"sig"`
}

func toAuthJSON(a *l1iface.ReceiptAuth) authJSON {
	return authJSON{JobID: a.JobID, Nonce: a.Nonce, MaxFee: a.MaxFee, GPUMillis: a.GPUMillis, Sig: append([]byte(nil), a.Sig[:]...)}
}

func (a authJSON) auth() *l1iface.ReceiptAuth {
	out := &l1iface.ReceiptAuth{JobID: a.JobID, Nonce: a.Nonce, MaxFee: a.MaxFee, GPUMillis: a.GPUMillis}
	copy(out.Sig[:], a.Sig)
	if out.MaxFee == nil {
		out.MaxFee = new(uint256.Int)
	}
	return out
}

func (d *Dispute) note(format string) {
	d.History = append(d.History, time.Now().UTC().Format("15:04:05.000")+" "+format)
	if len(d.History) > 32 {
		d.History = d.History[len(d.History)-32:]
	}
}

func (d *Dispute) clone() *Dispute {
	c := *d
	c.History = append([]string(nil), d.History...)
	return &c
}

func (d *Dispute) leafBinding() bindings.L1CodecReceiptLeaf {
	return l1.ReceiptLeafBinding(d.Position, &d.Leaf)
}

func bigOf(h *hexutil.Big) *big.Int {
	if h == nil {
		return new(big.Int)
	}
	return h.ToInt()
}

func now() int64 { return time.Now().UnixNano() }
