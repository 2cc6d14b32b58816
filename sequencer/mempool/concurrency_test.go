package mempool

import (
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/state"
)

// TestConcurrentAddAndBuild runs adders (batches, duplicates,
// replacements, retries when limits refuse), a block builder (Pending,
// apply, Included) and readers at once; run it with -race. At the end
// every sender's nonces were included exactly once each, every accepted
// tx was included or dropped (replaced or stale) with a reason, the pool
// is empty and its journal replays to nothing.
func TestConcurrentAddAndBuild(t *testing.T) {
	const adders, per, nonces = 6, 2, 24
	e := newEnv(t, adders*per)
	d := newDrops()
	p := e.open(Config{JournalPath: journalIn(t), OnDrop: d.hook, MaxPerSender: 12, MaxTxs: 60})
	// Two versions of each (sender, nonce): v[1] replaces v[0].
	raws := make([][][2][]byte, adders*per)
	for i := range raws {
		raws[i] = make([][2][]byte, nonces)
		for n := range uint64(nonces) {
			raws[i][n] = [2][]byte{e.transfer(i, n, defaultMaxFee), e.transfer(i, n, 2*defaultMaxFee)}
		}
	}
	var (
		mu       sync.Mutex
		accepted = map[common.Hash]bool{}
		included = map[common.Hash]bool{}
		done     atomic.Bool
		adding   sync.WaitGroup
		bg       sync.WaitGroup
		deadline = time.Now().Add(30 * time.Second)
	)
	for w := range adders {
		adding.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			next := [per]int{}
			for next[0] < nonces || next[1] < nonces {
				// A batch of 1–6 txs of the adder's two senders, each
				// sender's in nonce order, sometimes a duplicate or a
				// replacement of the last one.
				var batch [][]byte
				for range 1 + rng.IntN(6) {
					k := rng.IntN(per)
					if next[k] >= nonces {
						k = 1 - k
					}
					i := w*per + k
					batch = append(batch, raws[i][next[k]][0])
					if rng.IntN(4) == 0 {
						batch = append(batch, raws[i][next[k]][rng.IntN(2)])
					}
					next[k]++
					if next[0] >= nonces && next[1] >= nonces {
						break
					}
				}
				for len(batch) > 0 {
					var retry [][]byte
					for j, r := range p.Add(batch) {
						switch CodeOf(r.Err) {
						case 0:
							mu.Lock()
							accepted[r.Hash] = true
							mu.Unlock()
						case CodeAlreadyKnown, state.CodeBadNonce:
							// a duplicate, or a replacement of an included tx
						case CodePoolFull, CodeSenderLimit, CodeNonceTooFar:
							retry = append(retry, batch[j])
						default:
							t.Errorf("adder %d: %v", w, r.Err)
							return
						}
					}
					batch = retry
					if len(batch) > 0 {
						if time.Now().After(deadline) {
							t.Errorf("adder %d: still refused after 30 s: the pool does not drain", w)
							return
						}
						time.Sleep(200 * time.Microsecond)
					}
				}
			}
		})
	}
	bg.Go(func() { // readers
		for !done.Load() {
			s := p.Stats()
			if s.Pending+s.Queued != s.Txs {
				t.Errorf("stats %+v", s)
			}
			for _, v := range p.Pending(10, 0) {
				p.Status(v.ID)
				p.Get(v.ID)
			}
		}
	})
	var blocks int
	bg.Go(func() { // builder
		defer done.Store(true)
		addersDone := make(chan struct{})
		go func() { adding.Wait(); close(addersDone) }()
		for {
			select {
			case <-addersDone:
				if p.Len() == 0 {
					return
				}
			default:
			}
			vs := p.Pending(20, 0)
			if len(vs) == 0 {
				if time.Now().After(deadline) {
					t.Errorf("%d txs left, none executable", p.Len())
					return
				}
				time.Sleep(200 * time.Microsecond)
				continue
			}
			senders, hashes, refused := e.applyBlock(vs)
			for h, err := range refused {
				t.Errorf("STF refused %s: %v", h, err)
				p.Drop(h, err)
			}
			mu.Lock()
			for _, h := range hashes {
				if included[h] {
					t.Errorf("tx %s included twice", h)
				}
				included[h] = true
			}
			mu.Unlock()
			p.Included(senders, hashes)
			checkInvariants(t, p)
			if blocks++; blocks > 2000 {
				t.Error("the pool does not drain")
				return
			}
		}
	})
	adding.Wait()
	bg.Wait()
	if t.Failed() {
		return
	}
	for i := range raws {
		if n := e.nonce(i); n != nonces {
			t.Fatalf("sender %d nonce %d, want %d", i, n, nonces)
		}
	}
	if len(included) != len(raws)*nonces {
		t.Fatalf("%d txs included, want %d", len(included), len(raws)*nonces)
	}
	for h := range included {
		if !accepted[h] {
			t.Fatalf("included tx %s was never accepted", h)
		}
	}
	for h := range accepted {
		if included[h] {
			continue
		}
		c, ok := d.code(h)
		if !ok || (c != CodeReplaced && c != state.CodeBadNonce) {
			t.Fatalf("accepted tx %s neither included nor dropped (drop code %d, %v)", h, c, ok)
		}
	}
	if s := p.Stats(); s.Txs != 0 || s.Senders != 0 || s.Bytes != 0 || s.Pending != 0 {
		t.Fatalf("stats after draining %+v", s)
	}
	q := e.open(Config{JournalPath: copyFile(t, p.cfg.JournalPath)})
	if q.Len() != 0 {
		t.Fatalf("journal replays %d txs after every tx was included", q.Len())
	}
	t.Logf("%d blocks, %d accepted, %d included, stats %+v", blocks, len(accepted), len(included), p.Stats())
}
