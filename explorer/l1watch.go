package explorer

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
)

// L1Client is what the explorer asks of an L1 node (ethclient.Client has it).
type L1Client interface {
	l1.Client
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// Commit is a Disputes.ChallengeCommitted event.
type Commit struct {
	Batch      uint64
	HeaderHash common.Hash
	Challenger common.Address
	Commitment common.Hash
	L1Tx       common.Hash
	L1Block    uint64
	Time       uint64 // the L1 block's timestamp
}

// Step is the step a reveal proved false (Disputes.Step).
type Step struct {
	Row, Layer, Output uint32
	Class              uint8
}

// Slash is a Disputes.ReceiptSlashed event with the step its reveal proved.
type Slash struct {
	Receipt     common.Hash
	Batch       uint64
	Challenger  common.Address
	Provider    common.Address
	Taken       *big.Int
	Share       *big.Int // the challenger's reward
	Compensated *big.Int // to the buyer
	Step        *Step    // from the reveal's calldata (nil when it could not be read)
	L1Tx        common.Hash
	L1Block     uint64
	Time        uint64
}

// Rejection is a Rollup.BatchesRejected event: the guardian rejected
// batches From..To (the header of From).
type Rejection struct {
	From, To   uint64
	HeaderHash common.Hash
	L1Tx       common.Hash
	L1Block    uint64
	Time       uint64
}

// L1State is what the explorer knows of L1 at one moment.
type L1State struct {
	// Err is set while L1 cannot be read (the rest is the last good read).
	Err      error
	Updated  time.Time
	Head     uint64
	HeadTime uint64 // unix seconds of the head block
	// Followed is the last block whose events are read.
	Followed uint64
	// Escrow: Rollup.accountedEscrow (deposits + compensations −
	// withdrawals); Bonded: the Bonds contract's token balance; Slashed:
	// the sum of ReceiptSlashed.taken.
	Escrow, Bonded, Slashed *big.Int
	Commits                 []Commit
	Slashes                 []Slash
	Rejections              []Rejection
	Rollup, Disputes        common.Address
}

// l1Watcher follows the Rollup's and Disputes' events with l1.Follower
// (reorgs roll its lists back) and reads the totals every poll.
type l1Watcher struct {
	c    L1Client
	dep  watchAddrs
	log  *slog.Logger
	f    *l1.Follower
	poll time.Duration

	mu    sync.RWMutex
	st    L1State
	times map[uint64]uint64 // block → timestamp, for the events' times
	// onSlash is told of every new slash (the live updates).
	onSlash func(Slash)
}

type watchAddrs struct {
	Rollup, Disputes, Bonds, Token common.Address
	DeployBlock                    uint64
}

var (
	abiRollup   = bindings.NewRollup()
	abiDisputes = bindings.NewDisputes()
	abiToken    = bindings.NewComputeToken()
)

func newL1Watcher(c L1Client, a watchAddrs, poll time.Duration, log *slog.Logger) *l1Watcher {
	topics := []common.Hash{
		abiDisputes.GetABI().Events["ChallengeCommitted"].ID,
		abiDisputes.GetABI().Events["ReceiptSlashed"].ID,
		abiRollup.GetABI().Events["BatchesRejected"].ID,
	}
	f := l1.NewFollower(c, l1.FollowerConfig{Addresses: []common.Address{a.Rollup, a.Disputes}, Topics: [][]common.Hash{topics},
		From: a.DeployBlock, MaxRange: 2000, PollInterval: poll, Logger: log})
	w := &l1Watcher{c: c, dep: a, log: log, f: f, poll: poll, times: map[uint64]uint64{}}
	w.st.Rollup, w.st.Disputes = a.Rollup, a.Disputes
	w.st.Err = fmt.Errorf("L1 not read yet")
	return w
}

// Snapshot returns a copy of the current state (the lists are shared
// read-only: they are only ever replaced, never changed in place).
func (w *l1Watcher) Snapshot() *L1State {
	w.mu.RLock()
	defer w.mu.RUnlock()
	st := w.st
	return &st
}

func (w *l1Watcher) run(ctx context.Context) {
	t := time.NewTicker(w.poll)
	defer t.Stop()
	for {
		w.step(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (w *l1Watcher) fail(err error) {
	w.mu.Lock()
	w.st.Err = err
	w.mu.Unlock()
}

// step reads the head, the new events (every block up to the head, a
// few polls at most on a long history) and the totals.
func (w *l1Watcher) step(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	h, err := w.c.HeaderByNumber(ctx, nil)
	if err != nil {
		w.fail(fmt.Errorf("L1 head: %w", err))
		return
	}
	for range 20 {
		evs, err := w.f.Poll(ctx)
		if err != nil {
			w.fail(fmt.Errorf("L1 events: %w", err))
			return
		}
		for _, ev := range evs {
			w.apply(ctx, ev)
		}
		if ref, ok := w.f.Head(); !ok || ref.Number >= h.Number.Uint64() || len(evs) == 0 {
			break
		}
	}
	escrow, err1 := w.callBig(ctx, w.dep.Rollup, abiRollup.PackAccountedEscrow(), abiRollup.UnpackAccountedEscrow)
	bonded, err2 := w.callBig(ctx, w.dep.Token, abiToken.PackBalanceOf(w.dep.Bonds), abiToken.UnpackBalanceOf)
	if err1 != nil || err2 != nil {
		w.fail(fmt.Errorf("L1 totals: %v %v", err1, err2))
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.st.Err, w.st.Updated = nil, time.Now()
	w.st.Head, w.st.HeadTime = h.Number.Uint64(), h.Time
	if ref, ok := w.f.Head(); ok {
		w.st.Followed = ref.Number
	}
	w.st.Escrow, w.st.Bonded = escrow, bonded
}

func (w *l1Watcher) callBig(ctx context.Context, to common.Address, data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
	out, err := w.c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	return unpack(out)
}

// apply adds one block's events, or undoes the blocks a reorg replaced.
func (w *l1Watcher) apply(ctx context.Context, ev l1.FollowEvent) {
	if ev.Rollback {
		n := ev.RollbackTo.Number
		w.mu.Lock()
		defer w.mu.Unlock()
		w.st.Commits = slices.DeleteFunc(slices.Clone(w.st.Commits), func(c Commit) bool { return c.L1Block > n })
		w.st.Slashes = slices.DeleteFunc(slices.Clone(w.st.Slashes), func(s Slash) bool { return s.L1Block > n })
		w.st.Rejections = slices.DeleteFunc(slices.Clone(w.st.Rejections), func(r Rejection) bool { return r.L1Block > n })
		w.st.Slashed = sumTaken(w.st.Slashes)
		return
	}
	ts := w.blockTime(ctx, ev.Block.Number)
	var commits []Commit
	var slashes []Slash
	var rejections []Rejection
	for i := range ev.Logs {
		lg := &ev.Logs[i]
		if len(lg.Topics) == 0 {
			continue
		}
		switch {
		case lg.Address == w.dep.Disputes && lg.Topics[0] == abiDisputes.GetABI().Events["ChallengeCommitted"].ID:
			e, err := abiDisputes.UnpackChallengeCommittedEvent(lg)
			if err != nil {
				w.log.Warn("explorer: ChallengeCommitted", "err", err)
				continue
			}
			commits = append(commits, Commit{Batch: e.BatchIndex, HeaderHash: e.HeaderHash, Challenger: e.Challenger, Commitment: e.Commitment,
				L1Tx: lg.TxHash, L1Block: lg.BlockNumber, Time: ts})
		case lg.Address == w.dep.Disputes && lg.Topics[0] == abiDisputes.GetABI().Events["ReceiptSlashed"].ID:
			e, err := abiDisputes.UnpackReceiptSlashedEvent(lg)
			if err != nil {
				w.log.Warn("explorer: ReceiptSlashed", "err", err)
				continue
			}
			s := Slash{Receipt: e.ReceiptId, Batch: e.BatchIndex, Challenger: e.Challenger, Provider: e.Provider, Taken: e.Taken,
				Share: e.ChallengerShare, Compensated: e.Compensation, L1Tx: lg.TxHash, L1Block: lg.BlockNumber, Time: ts}
			s.Step = w.revealStep(ctx, lg.TxHash)
			slashes = append(slashes, s)
		case lg.Address == w.dep.Rollup && lg.Topics[0] == abiRollup.GetABI().Events["BatchesRejected"].ID:
			e, err := abiRollup.UnpackBatchesRejectedEvent(lg)
			if err != nil {
				w.log.Warn("explorer: BatchesRejected", "err", err)
				continue
			}
			// The event's toIndex is the next index the Rollup expected:
			// the batches From..toIndex−1 were rejected.
			to := e.FromIndex
			if e.ToIndex > e.FromIndex {
				to = e.ToIndex - 1
			}
			rejections = append(rejections, Rejection{From: e.FromIndex, To: to, HeaderHash: e.HeaderHash, L1Tx: lg.TxHash, L1Block: lg.BlockNumber, Time: ts})
		}
	}
	w.mu.Lock()
	w.st.Commits = append(slices.Clone(w.st.Commits), commits...)
	w.st.Slashes = append(slices.Clone(w.st.Slashes), slashes...)
	w.st.Rejections = append(slices.Clone(w.st.Rejections), rejections...)
	w.st.Slashed = sumTaken(w.st.Slashes)
	on := w.onSlash
	w.mu.Unlock()
	if on != nil {
		for _, s := range slashes {
			on(s)
		}
	}
}

func sumTaken(ss []Slash) *big.Int {
	t := new(big.Int)
	for _, s := range ss {
		t.Add(t, s.Taken)
	}
	return t
}

func (w *l1Watcher) blockTime(ctx context.Context, n uint64) uint64 {
	h, err := w.c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0
	}
	return h.Time
}

// revealStep reads the step proven from the revealChallenge tx's calldata.
func (w *l1Watcher) revealStep(ctx context.Context, h common.Hash) *Step {
	tx, _, err := w.c.TransactionByHash(ctx, h)
	if err != nil || len(tx.Data()) < 4 {
		return nil
	}
	m, ok := abiDisputes.GetABI().Methods["revealChallenge"]
	if !ok || string(tx.Data()[:4]) != string(m.ID) {
		return nil
	}
	args, err := m.Inputs.Unpack(tx.Data()[4:])
	if err != nil || len(args) < 5 {
		return nil
	}
	st, ok := abi.ConvertType(args[4], new(bindings.DisputesStep)).(*bindings.DisputesStep)
	if !ok {
		return nil
	}
	return &Step{Row: st.Row, Layer: st.Layer, Output: st.Output, Class: st.ClassId}
}
