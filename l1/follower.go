package l1

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
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
// processed (for example after a restart); a reorg of it is detected.
func (f *Follower) Resume(last BlockRef) {
	f.delivered = []BlockRef{last}
	f.next = last.Number + 1
}

// Head is the last block processed (zero before the first).
func (f *Follower) Head() (BlockRef, bool) {
	if len(f.delivered) == 0 {
		return BlockRef{}, false
	}
	return f.delivered[len(f.delivered)-1], true
}

// Poll reads what is new and returns the events in order: a rollback
// first if a reorg replaced delivered blocks, then one event per confirmed
// block that has logs. One call reads at most MaxRange blocks.
func (f *Follower) Poll(ctx context.Context) ([]FollowEvent, error) {
	var out []FollowEvent
	rb, err := f.checkReorg(ctx)
	if err != nil {
		return nil, err
	}
	if rb != nil {
		out = append(out, *rb)
	}
	head, err := f.client.BlockNumber(ctx)
	if err != nil {
		return out, fmt.Errorf("follower: head: %w", err)
	}
	if head+1 < f.cfg.Confirmations {
		return out, nil
	}
	safe := head + 1 - f.cfg.Confirmations
	if f.next > safe {
		return out, nil
	}
	to := safe
	if to-f.next+1 > f.span {
		to = f.next + f.span - 1
	}
	logs, err := f.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(f.next), ToBlock: new(big.Int).SetUint64(to),
		Addresses: f.cfg.Addresses, Topics: f.cfg.Topics,
	})
	if err != nil {
		if f.span > 1 {
			f.span /= 2
		}
		return out, fmt.Errorf("follower: logs %d..%d (next range %d blocks): %w", f.next, to, f.span, err)
	}
	if f.span < f.cfg.MaxRange {
		f.span = min(f.span*2, f.cfg.MaxRange)
	}
	// Group by block and check every block against the canonical chain, so
	// that logs read across a concurrent reorg are never delivered.
	var events []FollowEvent
	for _, l := range logs {
		if l.Removed {
			continue
		}
		if n := len(events); n == 0 || events[n-1].Block.Number != l.BlockNumber {
			events = append(events, FollowEvent{Block: BlockRef{Number: l.BlockNumber, Hash: l.BlockHash}})
		}
		e := &events[len(events)-1]
		if l.BlockHash != e.Block.Hash {
			return out, fmt.Errorf("follower: logs of block %d from two different blocks (reorg in progress)", l.BlockNumber)
		}
		e.Logs = append(e.Logs, l)
	}
	for _, e := range events {
		h, err := f.client.HeaderByNumber(ctx, new(big.Int).SetUint64(e.Block.Number))
		if err != nil {
			return out, fmt.Errorf("follower: header %d: %w", e.Block.Number, err)
		}
		if h.Hash() != e.Block.Hash {
			return out, fmt.Errorf("follower: block %d changed while reading (reorg in progress)", e.Block.Number)
		}
	}
	end, err := f.client.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return out, fmt.Errorf("follower: header %d: %w", to, err)
	}
	for _, e := range events {
		f.remember(e.Block)
		out = append(out, e)
	}
	f.remember(BlockRef{Number: to, Hash: end.Hash()})
	f.next = to + 1
	return out, nil
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
