package devnet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/zoo"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/wallet"
)

// workload is the buyers: each deposits, opens a lease with every
// provider and submits a real job (a small quantized MLP from the model
// zoo's generator, step class 1) every JobEvery, round robin over the
// providers, following each to its end.
type workload struct {
	d      *Devnet
	buyers []*Key
	provs  []*Key

	submitted, receipted, final, slashed, rejected, failed atomic.Int64
}

func newWorkload(d *Devnet, buyers, provs []*Key) *workload {
	return &workload{d: d, buyers: buyers, provs: provs}
}

// maxFollowing bounds the jobs a buyer follows at once.
const maxFollowing = 64

func (w *workload) run(ctx context.Context) {
	var wg sync.WaitGroup
	for i, b := range w.buyers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.buyer(ctx, i, b); err != nil && ctx.Err() == nil {
				w.d.say("buyer %d stopped: %v", i, err)
			}
		}()
	}
	wg.Wait()
}

func (w *workload) buyer(ctx context.Context, idx int, b *Key) error {
	dir := filepath.Join(w.d.cfg.DataDir, "wallet")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	wl, err := wallet.Open(ctx, wallet.Config{RPC: w.d.ws, L1RPC: w.d.l1URL, Key: b.Key, DataDir: dir, Poll: time.Second})
	if err != nil {
		return err
	}
	defer wl.Close()
	bal, err := wl.Balance(ctx)
	if err != nil {
		return err
	}
	if bal.L2.Lt(uint256.NewInt(1e18)) {
		if err := wl.Deposit(ctx, ether(100_000), func(string) {}); err != nil {
			return fmt.Errorf("deposit: %w", err)
		}
		w.d.say("%s deposited 100000 tokens on L2", b.Role)
	}
	leases := make([]uint64, len(w.provs))
	for i, p := range w.provs {
		// The provider registers on L2 by itself once it has bonded.
		if err := waitProvider(ctx, wl, p); err != nil {
			return err
		}
		if id, ok := openLease(ctx, wl, b, p); ok {
			leases[i] = id // a restart goes on with the lease it opened
			continue
		}
		id, err := wl.OpenLease(ctx, p.Addr, uint256.MustFromBig(ether(10_000)), 24*3600)
		if err != nil {
			return fmt.Errorf("open a lease with %s: %w", p.Role, err)
		}
		leases[i] = id
		w.d.say("%s opened lease %d with %s", b.Role, id, p.Role)
	}
	sem := make(chan struct{}, maxFollowing)
	t := time.NewTicker(w.d.cfg.JobEvery)
	defer t.Stop()
	var wg sync.WaitGroup
	defer wg.Wait()
	var lastLimited, lastSuspended time.Time
	for n := uint64(0); ; n++ {
		if n > 0 { // the first job at once
			select {
			case <-ctx.Done():
				return nil
			case <-t.C:
			}
		}
		select {
		case sem <- struct{}{}:
		default:
			continue // already following many: skip a beat
		}
		pi := int(n) % len(w.provs)
		j, err := Job(uint64(idx)<<32 | n)
		if err != nil {
			<-sem
			return err
		}
		id, err := wl.SubmitJob(ctx, leases[pi], j)
		if err != nil {
			<-sem
			if ctx.Err() != nil {
				return nil
			}
			var se *client.StoreError
			if errors.As(err, &se) && se.Code == client.StoreCodeRateLimited {
				// The store's per-account upload limit: not a failure;
				// slow down.
				if time.Since(lastLimited) > time.Minute {
					w.d.say("%s: %v: slowing down", b.Role, err)
				}
				lastLimited = time.Now()
				select {
				case <-ctx.Done():
				case <-time.After(2 * time.Second):
				}
				continue
			}
			if client.CodeOf(err) == int(state.CodeProviderSuspended) {
				// The provider was convicted and has not re-bonded yet
				// (docs/economics.md): not the buyer's failure; its
				// top-up reinstates it shortly.
				if time.Since(lastSuspended) > time.Minute {
					w.d.say("%s: %s is suspended after a conviction: skipping it until it re-bonds", b.Role, w.provs[pi].Role)
				}
				lastSuspended = time.Now()
				continue
			}
			w.failed.Add(1)
			w.d.say("%s: submit failed: %v", b.Role, err)
			continue
		}
		w.submitted.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			w.follow(ctx, wl, b, w.provs[pi], id.Hex()[:10], id)
		}()
	}
}

// openLease finds the buyer's open lease with the provider that has an
// hour left and room for jobs.
func openLease(ctx context.Context, wl *wallet.Wallet, b, p *Key) (uint64, bool) {
	ls, err := wl.Seq.Leases(ctx, b.Addr)
	if err != nil {
		return 0, false
	}
	soon := uint64(time.Now().Add(time.Hour).Unix())
	for _, l := range ls {
		if l.Provider != p.Addr || l.Status != client.LeaseOpen || uint64(l.Expiry) < soon || l.Escrow == nil || l.Reserved == nil {
			continue
		}
		free := new(uint256.Int).Sub((*uint256.Int)(l.Escrow), (*uint256.Int)(l.Reserved))
		if (*uint256.Int)(l.Reserved).Gt((*uint256.Int)(l.Escrow)) || free.Lt(uint256.MustFromBig(ether(100))) {
			continue
		}
		return uint64(l.ID), true
	}
	return 0, false
}

func waitProvider(ctx context.Context, wl *wallet.Wallet, p *Key) error {
	for {
		if pr, err := wl.Seq.Provider(ctx, p.Addr); err == nil && pr.Active {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func (w *workload) follow(ctx context.Context, wl *wallet.Wallet, b, p *Key, short string, id [32]byte) {
	r, err := wl.FollowJob(ctx, id, func(stage, detail string) {
		switch stage {
		case wallet.StageReceipted:
			w.receipted.Add(1)
			w.d.say("job %s receipted by %s", short, p.Role)
		case wallet.StageFinal:
			w.final.Add(1)
			w.d.say("job %s final: %s paid", short, p.Role)
		case wallet.StageSlashed:
			w.slashed.Add(1)
			w.d.say("job %s: %s's receipt SLASHED on L1: %s refunded and compensated", short, p.Role, b.Role)
		case wallet.StageForfeited:
			w.d.say("job %s: %s's receipt FORFEITED (another of its receipts was proven false): %s refunded", short, p.Role, b.Role)
		case wallet.StageRejected:
			w.rejected.Add(1)
			w.d.say("job %s rejected by %s (%s)", short, p.Role, detail)
		}
	})
	if err != nil {
		if ctx.Err() == nil && !errors.Is(err, wallet.ErrRejected) {
			w.failed.Add(1)
			w.d.say("job %s: %v", short, err)
		}
		return
	}
	if r.Status == "paid" {
		if _, err := wl.Result(ctx, r); err != nil && ctx.Err() == nil {
			w.d.say("job %s: the result does not check: %v", short, err)
		}
	}
}

// Job is the devnet buyers' job of a seed: a 3-layer MLP (64 → 48 → 24 →
// 10) on 4 rows, step class 1.
func Job(seed uint64) (*wallet.Job, error) {
	m, err := zoo.Random([]int{64, 48, 24, 10}, 40, seed)
	if err != nil {
		return nil, err
	}
	in := zoo.RandomInput(4, 64, seed+1)
	mb, err := job.EncodeModel(m)
	if err != nil {
		return nil, err
	}
	ib, err := job.EncodeInput(in)
	if err != nil {
		return nil, err
	}
	return wallet.LoadJob(mb, ib)
}
