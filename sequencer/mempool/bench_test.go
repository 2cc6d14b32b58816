package mempool

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/state"
	"github.com/holiman/uint256"
)

// BenchmarkAdd measures Add throughput: batches of 100 signed Transfers,
// each batch from 100 different senders (of b.N/50, 50 nonces each),
// from `callers` goroutines at once, including decoding, signature
// recovery, the state reads and (journal=on) the group-committed journal
// on the test's temp dir. One op is one tx; run with a fixed count, e.g.
//
//	go test -run '^$' -bench BenchmarkAdd -benchtime 20000x ./sequencer/mempool
func BenchmarkAdd(b *testing.B) {
	for _, journal := range []bool{true, false} {
		for _, callers := range []int{1, 8} {
			name := fmt.Sprintf("journal=%v/callers=%d", map[bool]string{true: "on", false: "off"}[journal], callers)
			b.Run(name, func(b *testing.B) { benchAdd(b, journal, callers) })
		}
	}
}

func benchAdd(b *testing.B, journal bool, callers int) {
	const perSender, batch = 50, 100
	senders := (b.N + perSender - 1) / perSender
	e := newEnv(b, senders)
	raws := signTransfers(b, e, senders, b.N)
	cfg := Config{MaxTxs: max(b.N, DefaultMaxTxs), MaxBytes: 1 << 30}
	if journal {
		cfg.JournalPath = journalIn(b)
	}
	p := e.open(cfg)
	var next atomic.Int64
	var wg sync.WaitGroup
	// An RPC reader during the flood: how long Status (read lock) takes.
	stop := make(chan struct{})
	var lat []time.Duration
	readerDone := make(chan struct{})
	go func() {
		defer close(readerDone)
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Microsecond):
			}
			t0 := time.Now()
			p.Status(common.Hash{1})
			lat = append(lat, time.Since(t0))
		}
	}()
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for range callers {
		wg.Go(func() {
			for {
				i := int(next.Add(batch)) - batch
				if i >= len(raws) {
					return
				}
				for _, r := range p.Add(raws[i:min(i+batch, len(raws))]) {
					if r.Err != nil {
						b.Error(r.Err)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	close(stop)
	<-readerDone
	if len(lat) > 0 {
		slices.Sort(lat)
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "read-p99-µs")
		b.ReportMetric(float64(lat[len(lat)-1].Microseconds()), "read-max-µs")
	}
	s := p.Stats()
	if s.Txs != b.N {
		b.Fatalf("%d txs pooled, want %d", s.Txs, b.N)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "txs/s")
	if journal && s.JournalSyncs > 0 {
		b.ReportMetric(float64(s.JournalRecords)/float64(s.JournalSyncs), "txs/fsync")
	}
}

// signTransfers signs n transfers, nonce-major (every sender's nonce 0,
// then every sender's nonce 1, …) so a batch holds many senders.
func signTransfers(b *testing.B, e *env, senders, n int) [][]byte {
	raws := make([][]byte, n)
	var wg sync.WaitGroup
	workers := 4
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				s, nonce := i%senders, uint64(i/senders)
				tx := &state.Tx{Nonce: nonce, MaxFee: uint256.NewInt(defaultMaxFee),
					Body: &state.Transfer{To: common.Address{0xaa, byte(s), byte(s >> 8)}, Amount: uint256.NewInt(1)}}
				if err := e.domain.Sign(tx, e.keys[s]); err != nil {
					b.Error(err)
					return
				}
				raws[i] = tx.Encode()
			}
		})
	}
	wg.Wait()
	return raws
}

// BenchmarkPending measures one Pending call (the builder's, under the
// read lock) on a pool of synthetic executable txs (signatures play no
// part in it):
//
//	go test -run '^$' -bench BenchmarkPending ./sequencer/mempool
func BenchmarkPending(b *testing.B) {
	for _, c := range []struct{ senders, per, maxTxs int }{
		{1000, 10, 1000},
		{1000, 10, 0},
		{50_000, 1, 1000},
		{100_000, 1, 5000},
	} {
		b.Run(fmt.Sprintf("txs=%d/senders=%d/max=%d", c.senders*c.per, c.senders, c.maxTxs), func(b *testing.B) {
			p := syntheticPool(b, c.senders, c.per)
			want := c.senders * c.per
			if c.maxTxs > 0 {
				want = c.maxTxs
			}
			for b.Loop() {
				if got := len(p.Pending(c.maxTxs, 0)); got != want {
					b.Fatalf("%d txs, want %d", got, want)
				}
			}
		})
	}
}

// syntheticPool fills a pool with senders × per executable txs without
// signatures (Pending never looks at them), in interleaved arrival order.
func syntheticPool(b *testing.B, senders, per int) *Pool {
	cfg, err := Config{MaxTxs: senders*per + 1, MaxBytes: 1 << 30}.withDefaults()
	if err != nil {
		b.Fatal(err)
	}
	p := &Pool{cfg: cfg, all: map[common.Hash]*entry{}, accounts: map[common.Address]*account{},
		seq: seqStart, rseq: seqStart}
	addrs := make([]common.Address, senders)
	for i := range addrs {
		addrs[i] = common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint("sender", i))))
	}
	raw := make([]byte, 158)
	for n := range uint64(per) {
		for i, a := range addrs {
			tx := &state.Tx{Nonce: n, MaxFee: uint256.NewInt(defaultMaxFee), Body: &state.CloseLease{LeaseID: uint64(i)}}
			h := crypto.Keccak256Hash(a[:], []byte{byte(n)})
			c := &cand{raw: raw, tx: tx, hash: h, v: &state.Verified{Tx: tx, Sender: a, Hash: h, ID: h, Size: len(raw)}}
			p.put(a, 0, c, modeAdd)
		}
	}
	if p.pending != senders*per {
		b.Fatalf("%d pending", p.pending)
	}
	return p
}

// BenchmarkVerifyAll is the floor under BenchmarkAdd: decoding and
// recovering the same batches of 100 with state's VerifyAll (all cores),
// nothing else.
func BenchmarkVerifyAll(b *testing.B) {
	const perSender, batch = 50, 100
	senders := (b.N + perSender - 1) / perSender
	e := newEnv(b, senders)
	raws := signTransfers(b, e, senders, b.N)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < len(raws); i += batch {
		txs := make([]*state.Tx, 0, batch)
		for _, r := range raws[i:min(i+batch, len(raws))] {
			tx, err := state.DecodeTx(r)
			if err != nil {
				b.Fatal(err)
			}
			txs = append(txs, tx)
		}
		if _, err := e.domain.VerifyAll(txs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "txs/s")
}

// BenchmarkLockedInsert is the write lock's hold time in Add for a batch
// of 100 verified txs from 100 senders (the bookkeeping and the journal
// append; the txs are removed again, untimed, between ops).
func BenchmarkLockedInsert(b *testing.B) {
	for _, journal := range []bool{true, false} {
		b.Run(fmt.Sprintf("journal=%v", map[bool]string{true: "on", false: "off"}[journal]), func(b *testing.B) { benchLockedInsert(b, journal) })
	}
}

func benchLockedInsert(b *testing.B, journal bool) {
	const batch = 100
	e := newEnv(b, batch)
	raws := signTransfers(b, e, batch, batch)
	cfg := Config{}
	if journal {
		cfg.JournalPath = journalIn(b)
	}
	p := e.open(cfg)
	cs := make([]*cand, batch)
	for i, r := range raws {
		tx, err := state.DecodeTx(r)
		if err != nil {
			b.Fatal(err)
		}
		v, err := e.domain.Verify(tx)
		if err != nil {
			b.Fatal(err)
		}
		cs[i] = &cand{raw: r, rec: appendRecord(nil, r), tx: tx, hash: v.ID, v: v, acct: &state.Account{Balance: fund}}
	}
	for b.Loop() {
		p.mu.Lock()
		_, g := p.insert(cs, modeAdd)
		p.mu.Unlock()
		b.StopTimer()
		if g != nil {
			<-g.done
		}
		for _, c := range cs {
			if c.failed() != nil {
				b.Fatal(c.failed())
			}
			p.Drop(c.hash, nil)
		}
		b.StartTimer()
	}
}
