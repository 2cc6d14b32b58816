package explorer

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
)

// provStats is a provider with what its jobs and receipts add up to.
type provStats struct {
	P        client.Provider
	Jobs     []client.Job // newest first
	Receipts map[common.Hash]*client.Receipt
	// Counts of its jobs by where they are, and of its receipts by status.
	Pending, Rejected, Receipted int
	Locked, Paid, Slashed        int
	Forfeited                    int // refunded to the buyer when the provider was convicted of another receipt
	PaidAmount                   *big.Int
	GPUMillis                    uint64
	// OldestPending: the block of its oldest job still waiting (0: none).
	OldestPending uint64
	Waiting       int
}

// statsCache keeps every provider's stats for ttl: the overview's
// totals, the providers' list and a provider's page read them.
type statsCache struct {
	mu  sync.Mutex
	ttl time.Duration
	at  time.Time
	all []*provStats
	// byBlock: every provider's jobs with their receipts, newest first.
	byBlock []jobRow
}

// jobs is every job of the last get, newest first (shared: read only).
func (c *statsCache) jobs() []jobRow {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.byBlock
}

func (c *statsCache) get(ctx context.Context, s *Service) ([]*provStats, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.all != nil && time.Since(c.at) < c.ttl {
		return c.all, nil
	}
	ps, err := s.seq.Providers(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*provStats, 0, len(ps))
	for _, p := range ps {
		st, err := s.providerStats(ctx, p)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	var rows []jobRow
	for _, p := range out {
		for i := range p.Jobs {
			j := &p.Jobs[i]
			var r *client.Receipt
			if j.ReceiptID != nil {
				r = p.Receipts[*j.ReceiptID]
			}
			rows = append(rows, jobRow{J: j, R: r, Stage: stageOf(j, r)})
		}
	}
	slices.SortStableFunc(rows, func(a, b jobRow) int { return -cmp.Compare(blockOf(*a.J), blockOf(*b.J)) })
	c.all, c.byBlock, c.at = out, rows, time.Now()
	return out, nil
}

func (c *statsCache) of(ctx context.Context, s *Service, a common.Address) (*provStats, error) {
	all, err := c.get(ctx, s)
	if err != nil {
		return nil, err
	}
	for _, p := range all {
		if p.P.Address == a {
			return p, nil
		}
	}
	return nil, nil
}

// providerStats reads a provider's jobs and their receipts.
func (s *Service) providerStats(ctx context.Context, p client.Provider) (*provStats, error) {
	jobs, err := s.seq.Jobs(ctx, p.Address, "")
	if err != nil {
		return nil, fmt.Errorf("jobs of %s: %w", p.Address, err)
	}
	// getJobs also lists the jobs the address bought: only those it runs.
	jobs = slices.DeleteFunc(jobs, func(j client.Job) bool { return j.Provider != p.Address })
	st := &provStats{P: p, Jobs: jobs, Receipts: map[common.Hash]*client.Receipt{}, PaidAmount: new(big.Int)}
	var ids []common.Hash
	for _, j := range jobs {
		if j.ReceiptID != nil {
			ids = append(ids, *j.ReceiptID)
		}
	}
	rs, err := s.rc.get(ctx, s.seq, ids)
	if err != nil {
		return nil, fmt.Errorf("receipts of %s: %w", p.Address, err)
	}
	for _, r := range rs {
		if r == nil {
			continue
		}
		st.Receipts[r.ID] = r
		st.GPUMillis += uint64(r.GPUMillis)
		switch r.Status {
		case client.ReceiptPaid:
			st.Paid++
			if r.Price != nil {
				st.PaidAmount.Add(st.PaidAmount, (*uint256.Int)(r.Price).ToBig())
			}
		case client.ReceiptSlashed:
			st.Slashed++
		case client.ReceiptForfeited:
			st.Forfeited++
		default:
			st.Locked++
		}
	}
	for _, j := range jobs {
		switch j.Status {
		case client.JobPending:
			st.Pending++
			if j.Block != nil && (st.OldestPending == 0 || uint64(*j.Block) < st.OldestPending) {
				st.OldestPending = uint64(*j.Block)
			}
		case client.JobRejected:
			st.Rejected++
		case client.JobReceipted:
			st.Receipted++
		}
	}
	slices.SortStableFunc(st.Jobs, func(a, b client.Job) int { return -cmp.Compare(blockOf(a), blockOf(b)) })
	return st, nil
}

func blockOf(j client.Job) uint64 {
	if j.Block == nil {
		return 0
	}
	return uint64(*j.Block)
}
