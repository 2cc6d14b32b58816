package state

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"log/slog"
	"math/rand/v2"
	"os"
	"runtime/pprof"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// benchWorld is a State with many accounts, built once per test binary
// (it takes minutes at 1M accounts; benchmarks are not part of make test).
type benchWorld struct {
	dir     string
	db      interface{ Close() error }
	s       *State
	d       *Domain
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
	nonces  []uint64
	fillers int
	block   uint64
	time    uint64
}

var (
	worldOnce sync.Once
	world     *benchWorld
	worldErr  error
	worldDir  string // removed by TestMain, also when the build failed
)

// benchAccounts is the number of accounts in the tree (GPUROLL_BENCH_ACCOUNTS
// overrides the default 1M, e.g. for a quick run).
func benchAccounts() int {
	if v, err := strconv.Atoi(os.Getenv("GPUROLL_BENCH_ACCOUNTS")); err == nil && v > 0 {
		return v
	}
	return 1_000_000
}

func buildWorld(b *testing.B) *benchWorld {
	worldOnce.Do(func() {
		ctx := context.Background()
		n := benchAccounts()
		// GPUROLL_BENCH_DIR keeps the world between runs (building 1M
		// accounts takes minutes); otherwise a temporary directory.
		dir, reuse := os.Getenv("GPUROLL_BENCH_DIR"), true
		if dir == "" {
			var err error
			if dir, err = os.MkdirTemp("", "gpuroll-bench-state"); err != nil {
				worldErr = err
				return
			}
			worldDir, reuse = dir, false
		}
		db, err := OpenDB(dir, slog.New(slog.DiscardHandler))
		if err != nil {
			worldErr = err
			return
		}
		w := &benchWorld{dir: dir, db: db, d: testDomain(), time: 1000}
		seq := crypto.PubkeyToAddress(testKey(100).PublicKey)
		w.s, err = Open(ctx, db, w.d, &Genesis{Params: DefaultParams(seq, seq), Time: w.time}, slog.New(slog.DiscardHandler))
		if err != nil {
			worldErr = err
			return
		}
		// 2,000 signing accounts, the rest filler accounts with balances.
		for i := 0; i < 2000; i++ {
			k := testKey(10_000 + i)
			w.keys = append(w.keys, k)
			w.addrs = append(w.addrs, crypto.PubkeyToAddress(k.PublicKey))
		}
		w.nonces = make([]uint64, len(w.keys))
		if head, _ := w.s.Head(); reuse && head > 0 {
			g, err := w.s.Globals()
			if err != nil {
				worldErr = err
				return
			}
			for i, a := range w.addrs {
				acc, err := w.s.Account(a)
				if err != nil {
					worldErr = err
					return
				}
				w.nonces[i] = acc.Nonce
			}
			w.block, w.time, w.fillers = head, g.BlockTime, n
			if err := w.s.Warm(ctx); err != nil {
				worldErr = err
				return
			}
			world = w
			return
		}
		const chunk = 100_000
		for start := 0; start < n; start += chunk {
			w.block++
			w.time++
			if err := w.s.BeginBlock(w.block, w.time); err != nil {
				worldErr = err
				return
			}
			for i := start; i < min(start+chunk, n); i++ {
				var a common.Address
				if i < len(w.addrs) {
					a = w.addrs[i]
				} else {
					binary.BigEndian.PutUint64(a[:], uint64(i))
					a[19] = 0xf1
				}
				w.s.setAccount(a, &Account{Balance: eth(1000)})
			}
			if _, err := w.s.Commit(ctx); err != nil {
				worldErr = err
				return
			}
		}
		w.fillers = n
		world = w
	})
	if worldErr != nil {
		b.Fatal(worldErr)
	}
	return world
}

// BenchmarkSTFTransfers applies 1,000-tx blocks of signed transfers
// (signature recovery on all cores, sequential application, state root
// committed per block) to a state of benchAccounts() accounts. The txs of
// all blocks are signed before the timer starts. commit=sync commits each
// block with Commit (durable before the next block starts); commit=async
// with CommitAsync, so block N's pebble write overlaps block N+1's
// signature recovery and application, and the timed loop ends with Sync;
// verify=ahead also recovers block N+1's signatures in another goroutine
// while block N is applied and committed (as a sequencer recovering txs
// at admission would).
func BenchmarkSTFTransfers(b *testing.B) {
	b.Run("commit=sync", func(b *testing.B) { benchSTFTransfers(b, false, false) })
	b.Run("commit=async", func(b *testing.B) { benchSTFTransfers(b, true, false) })
	b.Run("commit=async,verify=ahead", func(b *testing.B) { benchSTFTransfers(b, true, true) })
}

func benchSTFTransfers(b *testing.B, async, ahead bool) {
	w := buildWorld(b)
	r := rand.New(rand.NewPCG(1, 2))
	const perBlock = 1000
	ctx := context.Background()
	blocks := make([][]*Tx, b.N)
	for i := range blocks {
		txs := make([]*Tx, perBlock)
		for j := range txs {
			k := r.IntN(len(w.keys))
			var to common.Address
			binary.BigEndian.PutUint64(to[:], uint64(r.IntN(w.fillers)))
			to[19] = 0xf1
			tx := &Tx{Nonce: w.nonces[k], MaxFee: uint256.NewInt(1e16), Body: &Transfer{To: to, Amount: uint256.NewInt(1e12)}}
			w.nonces[k]++
			if err := w.d.Sign(tx, w.keys[k]); err != nil {
				b.Fatal(err)
			}
			txs[j] = tx
		}
		blocks[i] = txs
	}
	// GPUROLL_BENCH_PROFILE=file profiles the timed blocks only (not the
	// world's construction, warm-up or signing, which -cpuprofile would
	// include); with sub-benchmarks, the last one run.
	if path := os.Getenv("GPUROLL_BENCH_PROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	cpu0 := cpuTime()
	b.ResetTimer()
	type verifiedBlock struct {
		v   []*Verified
		err error
	}
	ch := make(chan verifiedBlock, 1)
	if ahead {
		go func() {
			for _, txs := range blocks {
				v, err := w.d.VerifyAll(txs)
				ch <- verifiedBlock{v, err}
			}
		}()
	}
	for _, txs := range blocks {
		w.block++
		w.time += 2
		var vb verifiedBlock
		if ahead {
			vb = <-ch
		} else {
			vb.v, vb.err = w.d.VerifyAll(txs)
		}
		verified, err := vb.v, vb.err
		if err != nil {
			b.Fatal(err)
		}
		if err := w.s.BeginBlock(w.block, w.time); err != nil {
			b.Fatal(err)
		}
		for _, v := range verified {
			if _, err := w.s.Apply(v); err != nil {
				b.Fatal(err)
			}
		}
		commit := w.s.Commit
		if async {
			commit = w.s.CommitAsync
		}
		if _, err := commit(ctx); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.s.Sync(); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(b.N*perBlock)/b.Elapsed().Seconds(), "tx/s")
	// CPU time of the process per tx: on a shared machine the wall-clock
	// rate understates what two dedicated cores would do; 2 s / this is
	// the rate two busy cores would reach.
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*perBlock), "cpu-µs/tx")
}

// BenchmarkStateProof reports the size of an account's inclusion proof in
// the benchmark world.
func BenchmarkStateProof(b *testing.B) {
	w := buildWorld(b)
	var size, count int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, err := w.s.Prove(accountKey(w.addrs[i%len(w.addrs)]))
		if err != nil {
			b.Fatal(err)
		}
		size += p.Size()
		count++
	}
	b.ReportMetric(float64(size)/float64(count), "proof-bytes")
}

// cpuTime is the process's user + system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestMain removes the benchmark world's database after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if world != nil {
		world.db.Close()
	}
	if worldDir != "" {
		os.RemoveAll(worldDir)
	}
	os.Exit(code)
}
