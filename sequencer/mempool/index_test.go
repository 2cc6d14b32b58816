package mempool

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestHeadIndex checks the treap against a sorted slice under random
// inserts and deletes.
func TestHeadIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var h headIndex
	var model []uint64
	for i := range 5000 {
		if len(model) > 0 && rng.IntN(3) == 0 {
			k := rng.IntN(len(model))
			h.delete(model[k])
			model = slices.Delete(model, k, k+1)
		} else {
			seq := rng.Uint64() % 100_000
			if _, found := slices.BinarySearch(model, seq); found {
				continue
			}
			h.insert(seq, &account{headSeq: seq})
			k, _ := slices.BinarySearch(model, seq)
			model = slices.Insert(model, k, seq)
		}
		h.delete(1 << 40) // absent: no effect
		if i%97 != 0 {
			continue
		}
		var got []uint64
		h.ascend(func(seq uint64, a *account) bool {
			if a.headSeq != seq {
				t.Fatalf("key %d holds account %d", seq, a.headSeq)
			}
			got = append(got, seq)
			return true
		})
		if !slices.Equal(got, model) || h.n != len(model) {
			t.Fatalf("step %d: index %v (n %d), want %v", i, got, h.n, model)
		}
	}
	// ascend stops when told.
	var got []uint64
	h.ascend(func(seq uint64, _ *account) bool { got = append(got, seq); return len(got) < 3 })
	if !slices.Equal(got, model[:3]) {
		t.Fatalf("early stop: %v", got)
	}
}

// checkInvariants checks the pool's bookkeeping against its txs.
func checkInvariants(t testing.TB, p *Pool) {
	t.Helper()
	p.mu.RLock()
	defer p.mu.RUnlock()
	var txs, pending, execs int
	var bytes int64
	for sender, a := range p.accounts {
		if len(a.txs) == 0 {
			t.Fatalf("account %s without txs", sender)
		}
		next := a.nonce
		for a.txs[next] != nil {
			next++
		}
		if a.next != next {
			t.Fatalf("account %s: next %d, want %d", sender, a.next, next)
		}
		for n, e := range a.txs {
			if n < a.nonce || e.v.Tx.Nonce != n || e.v.Sender != sender || p.all[e.v.ID] != e {
				t.Fatalf("account %s: stray tx nonce %d (account nonce %d)", sender, n, a.nonce)
			}
			bytes += int64(len(e.raw))
		}
		txs += len(a.txs)
		pending += a.executable()
		if exec := a.executable() > 0; exec != a.indexed || (exec && a.headSeq != a.txs[a.nonce].seq) {
			t.Fatalf("account %s: indexed %v at %d, executable %d", sender, a.indexed, a.headSeq, a.executable())
		}
		if a.indexed {
			execs++
		}
	}
	if txs != len(p.all) || pending != p.pending || bytes != p.bytes || execs != p.heads.n {
		t.Fatalf("counts: txs %d/%d, pending %d/%d, bytes %d/%d, heads %d/%d", txs, len(p.all), pending, p.pending, bytes, p.bytes, execs, p.heads.n)
	}
	if live := bytes + int64(recordHead*txs); p.liveRecords.Load() != live {
		t.Fatalf("live record bytes %d, want %d", p.liveRecords.Load(), live)
	}
	var last uint64
	seen := 0
	p.heads.ascend(func(seq uint64, a *account) bool {
		if seen > 0 && seq <= last || a.headSeq != seq || !a.indexed {
			t.Fatalf("heads out of order or stale at %d", seq)
		}
		last = seq
		seen++
		return true
	})
}
