package explorer

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"math/big"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

// The render benchmark: the overview and a provider's page of a market
// with 10,000 receipts. The sequencer is a fake source (fakeSeq) holding
// the API's own objects (client.Job, client.Receipt, client.Batch, …) in
// memory, so the figure is the explorer's work (its caches, the stats,
// the templates), not the JSON-RPC transport; the recent-blocks cache
// holds an hour of 250 ms blocks.

type fakeSeq struct {
	sync      client.SyncStatus
	providers []client.Provider
	jobs      map[common.Address][]client.Job
	jobByID   map[common.Hash]*client.Job
	receipts  map[common.Hash]*client.Receipt
	batches   map[uint64]*client.Batch
}

func (f *fakeSeq) SyncStatus(context.Context) (*client.SyncStatus, error) {
	s := f.sync
	return &s, nil
}
func (f *fakeSeq) ChainInfo(context.Context) (*client.ChainInfo, error) {
	return &client.ChainInfo{BlockTime: "250ms"}, nil
}
func (f *fakeSeq) Blocks(_ context.Context, nums []uint64) ([]*client.Block, error) {
	return make([]*client.Block, len(nums)), nil
}
func (f *fakeSeq) Batches(_ context.Context, idx []uint64) ([]*client.Batch, error) {
	out := make([]*client.Batch, len(idx))
	for i, n := range idx {
		if b := f.batches[n]; b != nil {
			c := *b
			out[i] = &c
		}
	}
	return out, nil
}
func (f *fakeSeq) Providers(context.Context) ([]client.Provider, error) {
	return slices.Clone(f.providers), nil
}
func (f *fakeSeq) Provider(_ context.Context, a common.Address) (*client.Provider, error) {
	for _, p := range f.providers {
		if p.Address == a {
			return &p, nil
		}
	}
	return nil, nil
}
func (f *fakeSeq) Jobs(_ context.Context, a common.Address, _ string) ([]client.Job, error) {
	return slices.Clone(f.jobs[a]), nil // the API returns a fresh list each call
}
func (f *fakeSeq) JobsByID(_ context.Context, ids []common.Hash) ([]*client.Job, error) {
	out := make([]*client.Job, len(ids))
	for i, id := range ids {
		out[i] = f.jobByID[id]
	}
	return out, nil
}
func (f *fakeSeq) Receipts(_ context.Context, ids []common.Hash) ([]*client.Receipt, error) {
	out := make([]*client.Receipt, len(ids))
	for i, id := range ids {
		if r := f.receipts[id]; r != nil {
			c := *r
			out[i] = &c
		}
	}
	return out, nil
}
func (f *fakeSeq) TxStatus(_ context.Context, h common.Hash) (*client.TxStatus, error) {
	return &client.TxStatus{Hash: h, Status: client.StatusUnknown}, nil
}
func (f *fakeSeq) Account(_ context.Context, a common.Address) (*client.Account, error) {
	return &client.Account{Address: a, Balance: u256(1e18)}, nil
}
func (f *fakeSeq) Leases(context.Context, common.Address) ([]client.Lease, error) { return nil, nil }
func (f *fakeSeq) AccountTxs(context.Context, common.Address, int, uint64) ([]client.TxStatus, error) {
	return nil, nil
}
func (f *fakeSeq) Withdrawals(context.Context, common.Address) ([]client.Withdrawal, error) {
	return nil, nil
}

type fixedL1 struct{ st L1State }

func (f *fixedL1) Snapshot() *L1State { s := f.st; return &s }

func u256(v uint64) *hexutil.U256 { x := hexutil.U256(*uint256.NewInt(v)); return &x }

func tokens(n uint64) *hexutil.U256 {
	x := hexutil.U256(*new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(1e18)))
	return &x
}

func hashOf(parts ...uint64) common.Hash {
	var b []byte
	for _, p := range parts {
		b = binary.BigEndian.AppendUint64(b, p)
	}
	return sha256.Sum256(b)
}

// benchMarket: 4 providers, the first with n receipts (80% paid, 1%
// slashed, the rest locked), the others with 100 each; 200 batches; an
// hour of recent blocks with a tx in every second one.
func benchMarket(tb testing.TB, n int) (*Service, common.Address) {
	now := uint64(time.Now().Unix())
	f := &fakeSeq{jobs: map[common.Address][]client.Job{}, jobByID: map[common.Hash]*client.Job{}, receipts: map[common.Hash]*client.Receipt{},
		batches: map[uint64]*client.Batch{}}
	f.sync = client.SyncStatus{L2Head: 14400, L2HeadTime: hexutil.Uint64(now), L1Head: 3600, L1Followed: 3600, OpenBatch: 200, LastPostedBatch: 199, LastFinalBatch: 190}
	for i := uint64(1); i <= 200; i++ {
		sub, we, re := now-uint64(200-i)*18, now-uint64(200-i)*18+600, now-uint64(200-i)*18+720
		hh, tx := hashOf(i, 1), hashOf(i, 2)
		st := client.BatchPosted
		if i <= 190 {
			st = client.BatchFinal
		}
		if i == 200 {
			st = client.BatchOpen
		}
		f.batches[i] = &client.Batch{Index: hexutil.Uint64(i), Status: st, FirstBlock: hexutil.Uint64(i * 72), LastBlock: hexutil.Uint64(i*72 + 71),
			HeaderHash: &hh, L1Tx: &tx, SubmittedAt: (*hexutil.Uint64)(&sub), WindowEnd: (*hexutil.Uint64)(&we), RevealEnd: (*hexutil.Uint64)(&re), Receipts: 50}
	}
	var main common.Address
	for p := 0; p < 4; p++ {
		addr := common.BytesToAddress(hashOf(uint64(p), 9).Bytes())
		if p == 0 {
			main = addr
		}
		f.providers = append(f.providers, client.Provider{Address: addr, PricePerGPUHour: u256(1e18), GPUs: 8, GPUClass: 2, Active: true,
			Endpoint: "https://gpu.example", Bond: tokens(1000), Exposure: tokens(30)})
		count := 100
		if p == 0 {
			count = n
		}
		for i := 0; i < count; i++ {
			id, rid := hashOf(uint64(p), uint64(i), 1), hashOf(uint64(p), uint64(i), 2)
			blk := hexutil.Uint64(uint64(i%14400) + 1)
			j := client.Job{ID: id, LeaseID: hexutil.Uint64(p), Buyer: common.Address{byte(i)}, Provider: addr, ModelRoot: hashOf(3), InputRoot: hashOf(uint64(i), 4),
				Rows: 4, Layers: []client.Layer{{In: 64, Out: 48, Shift: 8, ReLU: true}, {In: 48, Out: 10, Shift: 8}}, MACs: 4 * (64*48 + 48*10),
				Price: u256(uint64(1e15 + i)), Status: client.JobReceipted, SlashAmount: u256(1e18), Block: &blk, ReceiptID: &rid}
			f.jobs[addr] = append(f.jobs[addr], j)
			f.jobByID[id] = &f.jobs[addr][len(f.jobs[addr])-1]
			st := client.ReceiptLocked
			switch {
			case i%100 == 0:
				st = client.ReceiptSlashed
			case i%10 < 8:
				st = client.ReceiptPaid
			}
			f.receipts[rid] = &client.Receipt{ID: rid, JobID: id, Provider: addr, Buyer: j.Buyer, ModelRoot: j.ModelRoot, InputRoot: j.InputRoot, Rows: 4, Layers: 2,
				TraceRoot: hashOf(uint64(i), 5), Price: j.Price, SlashAmount: u256(1e18), GPUMillis: 12, Batch: hexutil.Uint64(1 + i%199), Status: st,
				Signature: make([]byte, 65)}
		}
	}
	l1 := &fixedL1{st: L1State{Updated: time.Now(), Head: 3600, HeadTime: now, Escrow: big.NewInt(1e18), Bonded: bigOf(tokens(4000)), Slashed: bigOf(tokens(100))}}
	for i := 0; i < 100; i++ {
		l1.st.Slashes = append(l1.st.Slashes, Slash{Receipt: hashOf(0, uint64(i*100), 2), Batch: uint64(1 + i), Challenger: common.Address{7}, Provider: main,
			Taken: big.NewInt(1e18), Share: big.NewInt(5e16), Compensated: big.NewInt(95e16), Step: &Step{Row: 1, Layer: 2, Output: 3, Class: 1}, L1Tx: hashOf(uint64(i), 8), L1Block: uint64(i * 30), Time: now})
	}
	s, err := newService(Config{RPC: "http://127.0.0.1:1", L1RPC: "http://127.0.0.1:1", Addr: "127.0.0.1:0"}, f, l1)
	if err != nil {
		tb.Fatal(err)
	}
	s.last.Store(&seqState{Status: &f.sync, At: time.Now()})
	s.info.Store(&client.ChainInfo{BlockTime: "250ms"})
	// An hour of 250 ms blocks, a transfer in every second one and a job
	// in every tenth.
	var blocks []*recentBlock
	for i := uint64(0); i < 14400; i++ {
		b := &recentBlock{Number: i + 1, Time: now - 3600 + i/4, Batch: 1 + i/72}
		if i%2 == 0 {
			b.Txs = append(b.Txs, recentTx{Hash: hashOf(i, 6), Type: state.TxTransfer.String(), Block: i + 1, Time: b.Time})
		}
		if i%10 == 0 {
			id := f.jobs[main][i%uint64(n)].ID
			b.Txs = append(b.Txs, recentTx{Hash: hashOf(i, 7), Type: state.TxSubmitJob.String(), Block: i + 1, Time: b.Time, JobID: &id})
		}
		blocks = append(blocks, b)
	}
	s.recent.blocks = blocks
	return s, main
}

// renderTimes renders path iters times and reports p50 and p99.
func renderTimes(b *testing.B, h http.Handler, path string) {
	var times []time.Duration
	var size int
	for b.Loop() {
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		times = append(times, time.Since(start))
		if rec.Code != http.StatusOK {
			b.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body.String())
		}
		size = rec.Body.Len()
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[min(len(times)-1, len(times)*99/100)].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(size), "html-bytes")
}

// BenchmarkRender: each page with the providers' stats cached (a page
// within 3 s of another) and recomputed for every request ("cold": every
// provider's jobs read again and the locked receipts with them).
func BenchmarkRender(b *testing.B) {
	s, main := benchMarket(b, 10_000)
	h := s.Handler()
	for _, cold := range []bool{false, true} {
		s.stats.ttl = 3 * time.Second
		if cold {
			s.stats.ttl = 0
		}
		name := map[bool]string{false: "cached", true: "cold"}[cold]
		b.Run("overview/"+name, func(b *testing.B) { renderTimes(b, h, "/") })
		b.Run("provider-10k/"+name, func(b *testing.B) { renderTimes(b, h, "/provider/"+main.Hex()) })
		b.Run("provider-10k-page100/"+name, func(b *testing.B) { renderTimes(b, h, "/provider/"+main.Hex()+"?page=100") })
		b.Run("jobs/"+name, func(b *testing.B) { renderTimes(b, h, "/jobs") })
	}
}

// TestFirstLoadBytes measures what a browser transfers to show the
// overview the first time: the page, its stylesheet, its script and its
// icon (the explorer sends them uncompressed; gzip is what a reverse
// proxy would make of them). It checks the page stays small.
func TestFirstLoadBytes(t *testing.T) {
	s, _ := benchMarket(t, 10_000)
	h := s.Handler()
	var raw, gz int
	for _, p := range []string{"/", "/static/style.css", "/static/live.js", "/static/favicon.svg"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d", p, rec.Code)
		}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(rec.Body.Bytes())
		zw.Close()
		raw += rec.Body.Len()
		gz += buf.Len()
		t.Logf("%-22s %7d bytes (gzip %6d)", p, rec.Body.Len(), buf.Len())
	}
	t.Logf("first load of the overview: %d bytes (gzip %d), 4 requests, no third-party asset", raw, gz)
	if raw > 200_000 {
		t.Errorf("the overview's first load is %d bytes: more than 200 kB", raw)
	}
}
