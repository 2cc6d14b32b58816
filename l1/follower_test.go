package l1_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
)

// consumer applies follower events the way the sequencer or a challenger
// would: a rollback drops everything after the ancestor.
type consumer struct {
	t       *testing.T
	blocks  []l1.FollowEvent
	rolled  int
	maxSeen uint64
}

func (c *consumer) apply(evs []l1.FollowEvent) {
	for _, e := range evs {
		if e.Rollback {
			c.rolled++
			keep := c.blocks[:0]
			for _, b := range c.blocks {
				if b.Block.Number <= e.RollbackTo.Number {
					keep = append(keep, b)
				}
			}
			c.blocks = keep
			continue
		}
		if n := len(c.blocks); n > 0 && c.blocks[n-1].Block.Number >= e.Block.Number {
			c.t.Fatalf("block %d delivered after %d", e.Block.Number, c.blocks[n-1].Block.Number)
		}
		c.blocks = append(c.blocks, e)
	}
}

func (c *consumer) logs() []types.Log {
	var out []types.Log
	for _, b := range c.blocks {
		out = append(out, b.Logs...)
	}
	return out
}

// canonical is what the chain says now up to block `to`.
func canonical(t *testing.T, c *l1test.Chain, addr common.Address, topic common.Hash, from, to uint64) []types.Log {
	logs, err := c.Client.FilterLogs(t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{addr}, Topics: [][]common.Hash{{topic}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

func sameLogs(a, b []types.Log) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].TxHash != b[i].TxHash || a[i].Index != b[i].Index || a[i].BlockHash != b[i].BlockHash {
			return false
		}
	}
	return true
}

func TestFollowerConfirmationsAndReorg(t *testing.T) {
	c := l1test.NewChain(t, 3)
	d := c.DeployDev(t, nil)
	r, tok := bindings.NewRollup(), bindings.NewComputeToken()
	topic := r.GetABI().Events["MessageQueued"].ID
	send := func(i int, to common.Address, data []byte) {
		t.Helper()
		if _, err := c.Sender(i).Send(t.Context(), l1.TxCandidate{To: &to, Data: data}); err != nil {
			t.Fatal(err)
		}
	}
	send(0, d.Token, tok.PackMint(c.Addrs[1], big.NewInt(1e18)))
	send(1, d.Token, tok.PackApprove(d.Rollup, big.NewInt(1e18)))

	f := l1.NewFollower(c.Client, l1.FollowerConfig{
		Addresses: []common.Address{d.Rollup}, Topics: [][]common.Hash{{topic}},
		From: d.DeployBlock, Confirmations: 2, MaxRange: 3,
	})
	cons := &consumer{t: t}
	poll := func() {
		t.Helper()
		for i := 0; i < 50; i++ {
			evs, err := f.Poll(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			cons.apply(evs)
			head, _ := f.Head()
			now, _ := c.Client.BlockNumber(t.Context())
			if head.Number+2 > now {
				return
			}
		}
		t.Fatal("follower does not catch up")
	}
	poll()
	// The 12 genesis parameter messages are confirmed by now.
	if got := len(cons.logs()); got != 12 {
		t.Fatalf("%d messages after deployment, want 12", got)
	}
	// A deposit in the head block is not confirmed yet (depth 2).
	send(1, d.Rollup, r.PackDeposit(c.Addrs[1], big.NewInt(5)))
	poll()
	if got := len(cons.logs()); got != 12 {
		t.Fatalf("unconfirmed deposit delivered: %d messages", got)
	}
	c.Sim.Commit()
	poll()
	if got := len(cons.logs()); got != 13 {
		t.Fatalf("%d messages after confirmation, want 13", got)
	}
	depBlock := cons.blocks[len(cons.blocks)-1].Block

	// Reorg: rewind to the deposit's parent and build a longer branch.
	parent, err := c.Client.HeaderByNumber(t.Context(), new(big.Int).SetUint64(depBlock.Number-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		c.Sim.Commit()
	}
	send(1, d.Rollup, r.PackDeposit(c.Addrs[1], big.NewInt(6)))
	c.Sim.Commit()
	c.Sim.Commit()
	poll()
	if cons.rolled == 0 {
		t.Fatal("no rollback after a reorg of a delivered block")
	}
	head, _ := f.Head()
	want := canonical(t, c, d.Rollup, topic, d.DeployBlock, head.Number)
	if !sameLogs(cons.logs(), want) {
		t.Fatalf("after the reorg the consumer holds %d logs, the chain %d (or different blocks)", len(cons.logs()), len(want))
	}
	for _, l := range cons.logs() {
		if l.BlockHash == depBlock.Hash {
			t.Fatal("a log of the orphaned block survived the rollback")
		}
	}
}

func TestFollowerShallowReorgInvisible(t *testing.T) {
	c := l1test.NewChain(t, 2)
	d := c.DeployDev(t, nil)
	topic := bindings.NewRollup().GetABI().Events["MessageQueued"].ID
	f := l1.NewFollower(c.Client, l1.FollowerConfig{
		Addresses: []common.Address{d.Rollup}, Topics: [][]common.Hash{{topic}}, From: d.DeployBlock, Confirmations: 3,
	})
	c.Sim.Commit()
	c.Sim.Commit()
	evs, err := f.Poll(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	// Replace the head block only: it was never delivered at depth 3.
	head, _ := c.Client.HeaderByNumber(t.Context(), nil)
	if err := c.Sim.Fork(head.ParentHash); err != nil {
		t.Fatal(err)
	}
	c.Sim.Commit()
	c.Sim.Commit()
	more, err := f.Poll(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range append(evs, more...) {
		if e.Rollback {
			t.Fatal("rollback for a reorg shallower than the confirmation depth")
		}
	}
	// A restarted follower that remembers a block no longer canonical rolls back.
	g := l1.NewFollower(c.Client, l1.FollowerConfig{Addresses: []common.Address{d.Rollup}, From: d.DeployBlock})
	g.Resume(l1.BlockRef{Number: head.Number.Uint64(), Hash: head.Hash()})
	if _, err := g.Poll(t.Context()); err == nil {
		t.Fatal("a follower whose only remembered block was orphaned should fail: reorg too deep")
	}
}

func TestFollowerRun(t *testing.T) {
	c := l1test.NewChain(t, 2)
	d := c.DeployDev(t, nil)
	f := l1.NewFollower(c.Client, l1.FollowerConfig{
		Addresses: []common.Address{d.Rollup}, From: d.DeployBlock, PollInterval: 5 * time.Millisecond, MaxRange: 2,
	})
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	got := make(chan l1.FollowEvent, 100)
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx, func(e l1.FollowEvent) error { got <- e; return nil }) }()
	n := 0
	deadline := time.After(10 * time.Second)
	for n < 12 {
		select {
		case e := <-got:
			for _, l := range e.Logs {
				if l.Topics[0] == bindings.NewRollup().GetABI().Events["MessageQueued"].ID {
					n++
				}
			}
		case <-deadline:
			t.Fatalf("Run delivered %d of 12 messages", n)
		}
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v", err)
	}
	// A handler error stops Run with that error.
	g := l1.NewFollower(c.Client, l1.FollowerConfig{Addresses: []common.Address{d.Rollup}, From: d.DeployBlock, PollInterval: time.Millisecond})
	stop := errors.New("stop")
	if err := g.Run(t.Context(), func(l1.FollowEvent) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("Run with a failing handler: %v", err)
	}
}

// pickyNode refuses log queries over more than 2 blocks, as real nodes
// refuse ranges with too many results.
type pickyNode struct {
	l1.Client
	refused int
}

func (p *pickyNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > 2 {
		p.refused++
		return nil, errors.New("query returned more than 10000 results")
	}
	return p.Client.FilterLogs(ctx, q)
}

func TestFollowerShrinksRefusedRanges(t *testing.T) {
	c := l1test.NewChain(t, 2)
	d := c.DeployDev(t, nil)
	node := &pickyNode{Client: c.Client}
	f := l1.NewFollower(node, l1.FollowerConfig{Addresses: []common.Address{d.Rollup}, From: 0, MaxRange: 64})
	n := 0
	for i := 0; i < 200; i++ {
		evs, _ := f.Poll(t.Context())
		for _, e := range evs {
			n += len(e.Logs)
		}
		head, ok := f.Head()
		now, _ := c.Client.BlockNumber(t.Context())
		if ok && head.Number == now {
			break
		}
	}
	want := canonical(t, c, d.Rollup, l1.MessageQueuedTopic(), 0, mustHead(t, c))
	if node.refused == 0 || n < len(want) {
		t.Fatalf("refused %d queries, delivered %d logs (≥ %d MessageQueued expected)", node.refused, n, len(want))
	}
}

func mustHead(t *testing.T, c *l1test.Chain) uint64 {
	n, err := c.Client.BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// reorgingNode runs a test's hook once, right after the armed call has
// returned from the node: the chain is reorged between two of the
// follower's reads.
type reorgingNode struct {
	l1.Client
	mu        sync.Mutex
	afterHead func() // after the next BlockNumber
	afterLogs func() // after the next FilterLogs
}

func (r *reorgingNode) take(hook *func()) func() {
	r.mu.Lock()
	defer r.mu.Unlock()
	h := *hook
	*hook = nil
	return h
}

func (r *reorgingNode) BlockNumber(ctx context.Context) (uint64, error) {
	n, err := r.Client.BlockNumber(ctx)
	if h := r.take(&r.afterHead); h != nil {
		h()
	}
	return n, err
}

func (r *reorgingNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := r.Client.FilterLogs(ctx, q)
	if h := r.take(&r.afterLogs); h != nil {
		h()
	}
	return logs, err
}

// replaceFrom orphans block n and everything above it: the chain
// continues from block n-1 with what build seals.
func replaceFrom(t *testing.T, c *l1test.Chain, n uint64, build func()) {
	t.Helper()
	parent, err := c.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n-1))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		// The pool settles asynchronously after a new head: retry briefly.
		if err = c.Sim.Fork(parent.Hash()); err == nil {
			break
		}
		if i == 200 {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	build()
}

// catchUp polls until the follower has delivered the chain's head.
func catchUp(t *testing.T, c *l1test.Chain, f *l1.Follower, cons *consumer) {
	t.Helper()
	for i := 0; i < 50; i++ {
		evs, err := f.Poll(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		cons.apply(evs)
		if head, ok := f.Head(); ok && head.Number >= mustHead(t, c) {
			return
		}
	}
	t.Fatal("follower does not catch up")
}

// followMints follows the token's Transfer events (a mint is one).
func followMints(t *testing.T) (*l1test.Chain, *l1test.Deployment, func(l1.Client) *l1.Follower, common.Hash) {
	c := l1test.NewChain(t, 2)
	d := c.DeployDev(t, nil)
	topic := bindings.NewComputeToken().GetABI().Events["Transfer"].ID
	newF := func(node l1.Client) *l1.Follower {
		return l1.NewFollower(node, l1.FollowerConfig{
			Addresses: []common.Address{d.Token}, Topics: [][]common.Hash{{topic}}, From: d.DeployBlock,
		})
	}
	return c, d, newF, topic
}

func mint(t *testing.T, c *l1test.Chain, d *l1test.Deployment) {
	c.MustSend(t, 0, d.Token, bindings.NewComputeToken().PackMint(c.Addrs[1], big.NewInt(1)))
}

// A reorg between the logs query and the read of the range's last header
// must not make the follower deliver the new last block without its logs.
func TestFollowerReorgBetweenLogsAndHeader(t *testing.T) {
	c, d, newF, topic := followMints(t)
	node := &reorgingNode{Client: c.Client}
	f := newF(node)
	cons := &consumer{t: t}
	catchUp(t, c, f, cons)
	c.Sim.Commit() // block n, empty: the next range is n..n
	n := mustHead(t, c)
	node.afterLogs = func() { replaceFrom(t, c, n, func() { mint(t, c, d) }) }
	catchUp(t, c, f, cons)
	if node.afterLogs != nil {
		t.Fatal("the reorg hook never ran")
	}
	want := canonical(t, c, d.Token, topic, d.DeployBlock, mustHead(t, c))
	if !sameLogs(cons.logs(), want) {
		t.Fatalf("consumer holds %d Transfer logs, the chain %d (or other blocks): the mint in the new block %d was skipped",
			len(cons.logs()), len(want), n)
	}
}

// A reorg after the follower's reorg check but before it reads the next
// range replaces the last delivered block: the range no longer continues
// what the consumer holds and must not be delivered as if it did.
func TestFollowerReorgBeforeRangeRead(t *testing.T) {
	c, d, newF, topic := followMints(t)
	node := &reorgingNode{Client: c.Client}
	f := newF(node)
	cons := &consumer{t: t}
	catchUp(t, c, f, cons)
	for i := 0; i < 3; i++ { // remember the blocks below the one to orphan
		c.Sim.Commit()
		catchUp(t, c, f, cons)
	}
	last, _ := f.Head()
	c.Sim.Commit() // not yet read
	node.afterHead = func() {
		replaceFrom(t, c, last.Number, func() { mint(t, c, d); c.Sim.Commit() })
	}
	catchUp(t, c, f, cons)
	if node.afterHead != nil {
		t.Fatal("the reorg hook never ran")
	}
	if cons.rolled == 0 {
		t.Fatalf("delivered block %d was orphaned and no rollback came", last.Number)
	}
	want := canonical(t, c, d.Token, topic, d.DeployBlock, mustHead(t, c))
	if !sameLogs(cons.logs(), want) {
		t.Fatalf("consumer holds %d Transfer logs, the chain %d (or other blocks)", len(cons.logs()), len(want))
	}
}

// A follower resumed from the history its predecessor saved (through
// JSON, as a service stores it) survives a reorg 3 blocks deep: it rolls
// back to the newest saved block still canonical and delivers the new
// branch, where one resumed from its last block alone would be stuck.
func TestFollowerResumesFromHistory(t *testing.T) {
	c, d, newF, topic := followMints(t)
	f := newF(c.Client)
	cons := &consumer{t: t}
	catchUp(t, c, f, cons)
	for i := 0; i < 6; i++ {
		c.Sim.Commit()
		catchUp(t, c, f, cons)
	}
	saved, err := json.Marshal(f.History())
	if err != nil {
		t.Fatal(err)
	}
	var refs []l1.BlockRef
	if err := json.Unmarshal(saved, &refs); err != nil {
		t.Fatal(err)
	}
	if len(refs) < 7 || refs[len(refs)-1] != mustRef(t, c, mustHead(t, c)) {
		t.Fatalf("history %s does not end at the head with the blocks polled one by one", saved)
	}
	head := mustHead(t, c)
	ancestor := mustRef(t, c, head-3)

	g := newF(c.Client)
	if err := g.ResumeFrom(refs); err != nil {
		t.Fatal(err)
	}
	replaceFrom(t, c, head-2, func() {
		mint(t, c, d)
		for i := 0; i < 3; i++ {
			c.Sim.Commit()
		}
	})
	evs, err := g.Poll(t.Context())
	if err != nil {
		t.Fatalf("resumed follower after a 3-block reorg: %v", err)
	}
	if len(evs) == 0 || !evs[0].Rollback || evs[0].RollbackTo != ancestor {
		t.Fatalf("first event %+v, want a rollback to block %d %s", evs, ancestor.Number, ancestor.Hash)
	}
	cons.apply(evs)
	catchUp(t, c, g, cons)
	want := canonical(t, c, d.Token, topic, d.DeployBlock, mustHead(t, c))
	if !sameLogs(cons.logs(), want) {
		t.Fatalf("consumer holds %d Transfer logs, the chain %d (or other blocks)", len(cons.logs()), len(want))
	}
	// The history follows the rollback: nothing of the orphaned branch.
	for _, r := range g.History() {
		if r.Number > ancestor.Number && r.Hash != mustRef(t, c, r.Number).Hash {
			t.Fatalf("history keeps orphaned block %d", r.Number)
		}
	}
}

func TestFollowerResumeFromChecksHistory(t *testing.T) {
	f := l1.NewFollower(nil, l1.FollowerConfig{History: 2})
	if err := f.ResumeFrom(nil); err == nil {
		t.Fatal("resumed from an empty history")
	}
	if err := f.ResumeFrom([]l1.BlockRef{{Number: 5}, {Number: 5}}); err == nil {
		t.Fatal("resumed from a history out of order")
	}
	refs := []l1.BlockRef{{Number: 3}, {Number: 5}, {Number: 9}}
	if err := f.ResumeFrom(refs); err != nil {
		t.Fatal(err)
	}
	refs[2].Number = 100 // the follower keeps its own copy
	if got := f.History(); len(got) != 2 || got[0].Number != 5 || got[1].Number != 9 {
		t.Fatalf("history %+v, want the newest 2 of the 3 refs", got)
	}
	if h, _ := f.Head(); h.Number != 9 {
		t.Fatalf("resume point %d, want 9", h.Number)
	}
	if got := f.HistoryThrough(8); len(got) != 1 || got[0].Number != 5 {
		t.Fatalf("history through 8: %+v", got)
	}
}

// HistoryThrough, saved from inside a Run handler, names exactly the
// blocks the handler has applied: resuming from it re-delivers the rest.
func TestFollowerHistoryThroughInRun(t *testing.T) {
	c, d, newF, _ := followMints(t)
	for i := 0; i < 3; i++ {
		mint(t, c, d)
	}
	f := newF(c.Client)
	var seen []uint64
	var saved []l1.BlockRef
	stop := errors.New("crash")
	err := f.Run(t.Context(), func(e l1.FollowEvent) error {
		seen = append(seen, e.Block.Number)
		if len(seen) == 2 {
			saved = f.HistoryThrough(e.Block.Number)
			return stop // the service dies before applying the third mint
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatal(err)
	}
	g := newF(c.Client)
	if err := g.ResumeFrom(saved); err != nil {
		t.Fatal(err)
	}
	evs, err := g.Poll(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].Rollback || evs[0].Block.Number <= seen[1] {
		t.Fatalf("after resuming at block %d: %+v, want the third mint's block again", seen[1], evs)
	}
}

func mustRef(t *testing.T, c *l1test.Chain, n uint64) l1.BlockRef {
	t.Helper()
	h, err := c.Client.HeaderByNumber(t.Context(), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	return l1.BlockRef{Number: n, Hash: h.Hash()}
}

// A Poll that finds a reorg, then a deeper one while reading, delivers a
// single rollback to the deeper ancestor: a handler that saves
// HistoryThrough at the first rollback would otherwise save blocks of the
// new branch it has not applied.
func TestFollowerOneRollbackPerPoll(t *testing.T) {
	c, d, newF, topic := followMints(t)
	node := &reorgingNode{Client: c.Client}
	f := newF(node)
	cons := &consumer{t: t}
	catchUp(t, c, f, cons)
	for i := 0; i < 4; i++ {
		c.Sim.Commit()
		catchUp(t, c, f, cons)
	}
	head := mustHead(t, c)
	deep := mustRef(t, c, head-3)
	replaceFrom(t, c, head, func() { c.Sim.Commit() }) // found by the reorg check
	node.afterHead = func() {                          // found by the read that follows
		replaceFrom(t, c, head-2, func() { mint(t, c, d); c.Sim.Commit(); c.Sim.Commit(); c.Sim.Commit() })
	}
	evs, err := f.Poll(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var rollbacks []l1.BlockRef
	for _, e := range evs {
		if e.Rollback {
			rollbacks = append(rollbacks, e.RollbackTo)
		}
	}
	if len(rollbacks) != 1 || rollbacks[0] != deep {
		t.Fatalf("rollbacks %+v, want one to block %d", rollbacks, deep.Number)
	}
	cons.apply(evs)
	catchUp(t, c, f, cons)
	if want := canonical(t, c, d.Token, topic, d.DeployBlock, mustHead(t, c)); !sameLogs(cons.logs(), want) {
		t.Fatalf("consumer holds %d Transfer logs, the chain %d (or other blocks)", len(cons.logs()), len(want))
	}
}

// After reading many blocks in one range (a first start, a catch-up) the
// follower remembers the range's last blocks, not only its last one and
// those with logs: a reorg of the tip rolls back to its parent.
func TestFollowerHistoryDenseAfterLongRange(t *testing.T) {
	c, d, newF, topic := followMints(t)
	for i := 0; i < 10; i++ {
		c.Sim.Commit()
	}
	f := newF(c.Client)
	cons := &consumer{t: t}
	catchUp(t, c, f, cons)
	head := mustHead(t, c)
	if h := f.History(); len(h) < 10 {
		t.Fatalf("after one range of %d blocks the follower remembers %d", head-d.DeployBlock+1, len(h))
	}
	parent := mustRef(t, c, head-2)
	replaceFrom(t, c, head-1, func() { mint(t, c, d); c.Sim.Commit() })
	evs, err := f.Poll(t.Context())
	if err != nil {
		t.Fatalf("reorg of the last 2 blocks after one long range: %v", err)
	}
	if len(evs) == 0 || !evs[0].Rollback || evs[0].RollbackTo != parent {
		t.Fatalf("events %+v, want a rollback to block %d first", evs, parent.Number)
	}
	cons.apply(evs)
	catchUp(t, c, f, cons)
	if want := canonical(t, c, d.Token, topic, d.DeployBlock, mustHead(t, c)); !sameLogs(cons.logs(), want) {
		t.Fatalf("consumer holds %d Transfer logs, the chain %d (or other blocks)", len(cons.logs()), len(want))
	}
}
