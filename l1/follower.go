package l1

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// BlockRef names a block.
type BlockRef struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// FollowEvent is one step of the follower's output, in chain order.
// Either Rollback is set (undo everything after block RollbackTo.Number:
// a reorg replaced those blocks) or Block carries the logs of one newly
// confirmed block.
type FollowEvent struct {
	Rollback   bool
	RollbackTo BlockRef
	Block      BlockRef
	Logs       []types.Log
}

// FollowerConfig configures a Follower.
type FollowerConfig struct {
	Addresses []common.Address
	Topics    [][]common.Hash
	// From: the first block to read (for example the deployment block).
	From uint64
	// Confirmations: a block is delivered once it has this many blocks on
	// top, counting itself (default 1: the head itself). Reorgs shallower
	// than this are never seen by the consumer.
	Confirmations uint64
	// MaxRange bounds one eth_getLogs query (default 1000 blocks).
	MaxRange uint64
	// History is how many delivered blocks are remembered to find the
	// common ancestor of a reorg (default 256).
	History int
	// PollInterval for Run (default 2 s).
	PollInterval time.Duration
	Logger       *slog.Logger
}

// Follower reads contract logs block by block, up to the confirmed head,
// and detects reorgs of blocks it already delivered: it then emits a
// Rollback to the last block still canonical and reads again from there.
type Follower struct {
	client Client
	cfg    FollowerConfig
	log    *slog.Logger
	// delivered: the blocks processed (with or without logs), newest last,
	// at most History of them; the last is the resume point.
	delivered []BlockRef
	next      uint64
	// span is the current eth_getLogs range: halved when a node refuses
	// a query (too many results, timeouts), grown back on success.
	span uint64
}

// ErrReorgTooDeep: a reorg went below everything the follower remembers.
var ErrReorgTooDeep = errors.New("reorg deeper than the follower's history")

// NewFollower returns a follower starting at cfg.From.
func NewFollower(client Client, cfg FollowerConfig) *Follower {
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 1
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 1000
	}
	if cfg.History <= 0 {
		cfg.History = 256
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Follower{client: client, cfg: cfg, log: cfg.Logger.With("component", "follower"), next: cfg.From, span: cfg.MaxRange}
}

// Resume makes the follower continue after a block the consumer already
// processed; a reorg of it is detected but, with only that one block
// remembered, any reorg of it is too deep. Prefer ResumeFrom.
func (f *Follower) Resume(last BlockRef) {
	f.delivered = []BlockRef{last}
	f.next = last.Number + 1
}

// ResumeFrom makes the follower continue after the newest of refs, a
// History saved before a restart: with all of them remembered, a reorg
// after the restart rolls back to the newest that is still canonical
// instead of failing with ErrReorgTooDeep. refs must be in increasing
// block order; only the newest FollowerConfig.History are kept.
func (f *Follower) ResumeFrom(refs []BlockRef) error {
	if len(refs) == 0 {
		return errors.New("follower: resume from an empty history")
	}
	for i := 1; i < len(refs); i++ {
		if refs[i].Number <= refs[i-1].Number {
			return fmt.Errorf("follower: resume history out of order: block %d after %d", refs[i].Number, refs[i-1].Number)
		}
	}
	if len(refs) > f.cfg.History {
		refs = refs[len(refs)-f.cfg.History:]
	}
	f.delivered = slices.Clone(refs)
	f.next = refs[len(refs)-1].Number + 1
	return nil
}

// History returns the delivered blocks the follower remembers, oldest
// first, for a service to persist (a []BlockRef is its JSON form) and
// hand to ResumeFrom after a restart. It covers everything Poll has
// returned so far; inside a Run handler use HistoryThrough, as the
// follower has already read past the event being handled.
func (f *Follower) History() []BlockRef { return slices.Clone(f.delivered) }

// HistoryThrough is History without the blocks above n. For an event
// handled inside Run, n = Block.Number (RollbackTo.Number for a rollback)
// gives exactly what the consumer has applied, so a restart neither skips
// nor repeats a block.
func (f *Follower) HistoryThrough(n uint64) []BlockRef {
	i := len(f.delivered)
	for i > 0 && f.delivered[i-1].Number > n {
		i--
	}
	return slices.Clone(f.delivered[:i])
}

// Head is the last block processed (zero before the first).
func (f *Follower) Head() (BlockRef, bool) {
	if len(f.delivered) == 0 {
		return BlockRef{}, false
	}
	return f.delivered[len(f.delivered)-1], true
}

// errChainMoved: the chain changed while one range was being read; what
// was read is discarded and the range read again.
var errChainMoved = errors.New("L1 changed while reading (reorg in progress)")

// readAttempts bounds how often one Poll reads again after errChainMoved.
const readAttempts = 3

// tailRefs is how many blocks below the end of a range are remembered
// besides the blocks with logs: after one long range (a first start, a
// catch-up) the history is then dense where reorgs happen, and a reorg
// of the range's last block rolls back one block, not to the last block
// with logs (or, with none, fails as too deep).
const tailRefs = 16

// Poll reads what is new and returns the events in order: a rollback
// first if a reorg replaced delivered blocks, then one event per confirmed
// block that has logs. One call reads at most MaxRange blocks. A range
// the chain changed under while it was read is never delivered: it is
// discarded and, after a fresh reorg check, read again.
func (f *Follower) Poll(ctx context.Context) ([]FollowEvent, error) {
	var out []FollowEvent
	for attempt := 1; ; attempt++ {
		rb, err := f.checkReorg(ctx)
		if err != nil {
			return out, err
		}
		if rb != nil {
			// A second rollback in one Poll (found after a discarded read)
			// goes deeper than the first and undoes all it would: deliver
			// only the deeper one, so that HistoryThrough at a rollback never
			// names a block of the new branch the consumer has not applied.
			out = []FollowEvent{*rb}
		}
		evs, err := f.read(ctx)
		if errors.Is(err, errChainMoved) && attempt < readAttempts {
			f.log.Info("L1 changed during a read, reading again", "err", err)
			continue
		}
		return append(out, evs...), err
	}
}

// read reads the next range of confirmed blocks. The range's last header
// is read before the logs query and again after it: only if its hash is
// unchanged were the logs, and every header checked in between, read from
// one chain. Between the two reads each block with logs and the last
// delivered block are checked against the chain, so that a log of an
// orphaned block, or a range that does not continue the delivered blocks,
// is never delivered. The blocks with logs and the last tailRefs blocks
// of the range are remembered for finding the ancestor of a later reorg.
func (f *Follower) read(ctx context.Context) ([]FollowEvent, error) {
	to, ok, err := f.target(ctx)
	if err != nil || !ok {
		return nil, err
	}
	end, err := f.headerHash(ctx, to)
	if err != nil {
		return nil, err
	}
	logs, err := f.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(f.next), ToBlock: new(big.Int).SetUint64(to),
		Addresses: f.cfg.Addresses, Topics: f.cfg.Topics,
	})
	if err != nil {
		if f.span > 1 {
			f.span /= 2
		}
		return nil, fmt.Errorf("follower: logs %d..%d (next range %d blocks): %w", f.next, to, f.span, err)
	}
	if f.span < f.cfg.MaxRange {
		f.span = min(f.span*2, f.cfg.MaxRange)
	}
	events, err := groupByBlock(logs, f.next, to)
	if err != nil {
		return nil, err
	}
	if err := f.checkCanonical(ctx, events); err != nil {
		return nil, err
	}
	tail, err := f.tail(ctx, to)
	if err != nil {
		return nil, err
	}
	refs, err := mergeRefs(events, tail)
	if err != nil {
		return nil, err
	}
	again, err := f.headerHash(ctx, to)
	if err != nil {
		return nil, err
	}
	if again != end {
		return nil, fmt.Errorf("%w: block %d was %s before the logs query and %s after", errChainMoved, to, end, again)
	}
	for _, r := range refs {
		f.remember(r)
	}
	f.remember(BlockRef{Number: to, Hash: end})
	f.next = to + 1
	return events, nil
}

// target is the last block of the next range: the confirmed head, at
// most span blocks after next. ok is false when nothing new is confirmed.
func (f *Follower) target(ctx context.Context) (to uint64, ok bool, err error) {
	head, err := f.client.BlockNumber(ctx)
	if err != nil {
		return 0, false, fmt.Errorf("follower: head: %w", err)
	}
	if head+1 < f.cfg.Confirmations {
		return 0, false, nil
	}
	safe := head + 1 - f.cfg.Confirmations
	if f.next > safe {
		return 0, false, nil
	}
	to = safe
	if to-f.next+1 > f.span {
		to = f.next + f.span - 1
	}
	return to, true, nil
}

// headerHash is the hash of the canonical block n; a block that is gone
// (the chain got shorter) counts as the chain moving.
func (f *Follower) headerHash(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := f.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return common.Hash{}, fmt.Errorf("%w: block %d is gone", errChainMoved, n)
	}
	if err != nil {
		return common.Hash{}, fmt.Errorf("follower: header %d: %w", n, err)
	}
	return h.Hash(), nil
}

// groupByBlock turns the logs of from..to into one event per block, in
// order. Logs of one height from two blocks mean the query straddled a
// reorg; logs out of the range or out of order are a node fault.
func groupByBlock(logs []types.Log, from, to uint64) ([]FollowEvent, error) {
	var events []FollowEvent
	for _, l := range logs {
		if l.Removed {
			continue
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("follower: node returned a log of block %d for the range %d..%d", l.BlockNumber, from, to)
		}
		n := len(events)
		if n > 0 && l.BlockNumber < events[n-1].Block.Number {
			return nil, fmt.Errorf("follower: node returned logs out of block order (%d after %d)", l.BlockNumber, events[n-1].Block.Number)
		}
		if n == 0 || events[n-1].Block.Number != l.BlockNumber {
			events = append(events, FollowEvent{Block: BlockRef{Number: l.BlockNumber, Hash: l.BlockHash}})
		}
		e := &events[len(events)-1]
		if l.BlockHash != e.Block.Hash {
			return nil, fmt.Errorf("%w: logs of block %d from two different blocks", errChainMoved, l.BlockNumber)
		}
		e.Logs = append(e.Logs, l)
	}
	return events, nil
}

// tail reads the blocks of the range below to, at most tailRefs of them.
func (f *Follower) tail(ctx context.Context, to uint64) ([]BlockRef, error) {
	lo := f.next
	if to-lo > tailRefs {
		lo = to - tailRefs
	}
	refs := make([]BlockRef, 0, to-lo)
	for n := lo; n < to; n++ {
		h, err := f.headerHash(ctx, n)
		if err != nil {
			return nil, err
		}
		refs = append(refs, BlockRef{Number: n, Hash: h})
	}
	return refs, nil
}

// mergeRefs is the blocks of events and tail in block order, once each;
// a block read with two hashes means the chain moved in between.
func mergeRefs(events []FollowEvent, tail []BlockRef) ([]BlockRef, error) {
	refs := slices.Clone(tail)
	for _, e := range events {
		refs = append(refs, e.Block)
	}
	slices.SortStableFunc(refs, func(a, b BlockRef) int { return cmp.Compare(a.Number, b.Number) })
	out := refs[:0]
	for _, r := range refs {
		if n := len(out); n > 0 && out[n-1].Number == r.Number {
			if out[n-1].Hash != r.Hash {
				return nil, fmt.Errorf("%w: block %d read as %s and %s", errChainMoved, r.Number, out[n-1].Hash, r.Hash)
			}
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// checkCanonical checks that the last delivered block and every block
// with logs are on the chain now, so that the range continues what the
// consumer holds and each log's block hash is the block delivered.
func (f *Follower) checkCanonical(ctx context.Context, events []FollowEvent) error {
	want := make([]BlockRef, 0, len(events)+1)
	if last, ok := f.Head(); ok {
		want = append(want, last)
	}
	for _, e := range events {
		want = append(want, e.Block)
	}
	for _, b := range want {
		h, err := f.headerHash(ctx, b.Number)
		if err != nil {
			return err
		}
		if h != b.Hash {
			return fmt.Errorf("%w: block %d is now %s, not %s", errChainMoved, b.Number, h, b.Hash)
		}
	}
	return nil
}

func (f *Follower) remember(b BlockRef) {
	if n := len(f.delivered); n > 0 && f.delivered[n-1].Number >= b.Number {
		return
	}
	f.delivered = append(f.delivered, b)
	if len(f.delivered) > f.cfg.History {
		f.delivered = f.delivered[len(f.delivered)-f.cfg.History:]
	}
}

// checkReorg compares the remembered blocks with the canonical chain,
// newest first; the first that still matches is the common ancestor.
func (f *Follower) checkReorg(ctx context.Context) (*FollowEvent, error) {
	n := len(f.delivered)
	if n == 0 {
		return nil, nil
	}
	for i := n - 1; i >= 0; i-- {
		b := f.delivered[i]
		h, err := f.client.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("follower: header %d: %w", b.Number, err)
		}
		if err == nil && h.Hash() == b.Hash {
			if i == n-1 {
				return nil, nil
			}
			f.log.Warn("L1 reorg", "rollbackTo", b.Number, "undone", f.delivered[n-1].Number-b.Number)
			f.delivered = f.delivered[:i+1]
			f.next = b.Number + 1
			return &FollowEvent{Rollback: true, RollbackTo: b}, nil
		}
	}
	return nil, fmt.Errorf("%w: none of %d remembered blocks is canonical", ErrReorgTooDeep, n)
}

// Run polls until ctx ends, handing every event to handle in order. A
// handler error stops Run; node errors are logged and retried.
func (f *Follower) Run(ctx context.Context, handle func(FollowEvent) error) error {
	for {
		evs, err := f.Poll(ctx)
		for _, e := range evs {
			if herr := handle(e); herr != nil {
				return herr
			}
		}
		if errors.Is(err, ErrReorgTooDeep) {
			return err
		}
		if err != nil && ctx.Err() == nil {
			f.log.Warn("follower poll", "err", err)
		}
		wait := f.cfg.PollInterval
		if err == nil && len(evs) > 0 {
			wait = 0 // more may be waiting beyond MaxRange
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}
