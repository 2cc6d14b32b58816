package state

import (
	"bufio"
	"context"
	"encoding/binary"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// This file uses only API that the state of before the path-keyed tree
// (issue 14) also has, so the same benchmark can be compiled against
// that commit and the two layouts measured in one run
// (docs/benchmarks.md, "State storage").

// dirBytes is the size of the files under dir.
func dirBytes(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// rssBytes is the process's resident set size (Linux), 0 if unknown.
func rssBytes() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// benchBlocks is the number of blocks of BenchmarkStateDisk
// (GPUROLL_BENCH_BLOCKS, default 1,000).
func benchBlocks() int {
	if v, err := strconv.Atoi(os.Getenv("GPUROLL_BENCH_BLOCKS")); err == nil && v > 0 {
		return v
	}
	return 1000
}

// BenchmarkStateDisk applies benchBlocks() blocks of 1,000 transfers to
// the benchmark world (random senders among the 2,000 signing accounts,
// random recipients among all), sealing a batch every 10 blocks; every
// 100 blocks the batch sealed 100 or more blocks before becomes final
// (State.Prune, where the layout has it: a challenge window of 100
// blocks). Signatures are not made or recovered here (the txs go in as
// Verified with their sender): this measures storage, not ECDSA. It
// reports the database directory's bytes after the world was built and
// after the blocks, the growth per block over the second half of the
// blocks, the tx rate, and the RSS; with GPUROLL_BENCH_COMPACT=1, also the
// bytes after a full manual compaction (the live data).
func BenchmarkStateDisk(b *testing.B) {
	w := buildWorld(b)
	ctx := context.Background()
	if err := w.s.Sync(); err != nil {
		b.Fatal(err)
	}
	type pruner interface{ Prune(uint64) error }
	p, canPrune := any(w.s).(pruner)
	r := rand.New(rand.NewPCG(3, 4))
	n := benchBlocks()
	before := dirBytes(w.dir)
	fmt.Printf("disk: layout-prunes=%v world=%d accounts dir=%d bytes rss=%d\n", canPrune, w.fillers, before, rssBytes())
	type seal struct{ batch, block uint64 }
	var seals []seal
	var half int64
	b.ResetTimer()
	start := time.Now()
	for i := 1; i <= n; i++ {
		w.block++
		w.time += 2
		if err := w.s.BeginBlock(w.block, w.time); err != nil {
			b.Fatal(err)
		}
		for j := 0; j < 1000; j++ {
			k := r.IntN(len(w.keys))
			var to common.Address
			binary.BigEndian.PutUint64(to[:], uint64(r.IntN(w.fillers)))
			to[19] = 0xf1
			tx := &Tx{Nonce: w.nonces[k], MaxFee: uint256.NewInt(1e16), Body: &Transfer{To: to, Amount: uint256.NewInt(1e12)}}
			w.nonces[k]++
			if _, err := w.s.Apply(&Verified{Tx: tx, Sender: w.addrs[k]}); err != nil {
				b.Fatal(err)
			}
		}
		if i%10 == 0 {
			sd, err := w.s.Seal()
			if err != nil {
				b.Fatal(err)
			}
			seals = append(seals, seal{sd.Index, w.block})
		}
		if _, err := w.s.CommitAsync(ctx); err != nil {
			b.Fatal(err)
		}
		if i%100 == 0 {
			if canPrune {
				var final uint64
				for _, s := range seals {
					if s.block+100 <= w.block {
						final = s.batch
					}
				}
				if final > 0 {
					if err := p.Prune(final); err != nil {
						b.Fatal(err)
					}
				}
			}
			if err := w.s.Sync(); err != nil {
				b.Fatal(err)
			}
			d := dirBytes(w.dir)
			if i == n/2 {
				half = d
			}
			fmt.Printf("disk: block +%d dir=%d bytes (+%d) rss=%d elapsed=%s\n", i, d, d-before, rssBytes(), time.Since(start).Round(time.Second))
		}
	}
	if err := w.s.Sync(); err != nil {
		b.Fatal(err)
	}
	el := time.Since(start)
	b.StopTimer()
	after := dirBytes(w.dir)
	b.ReportMetric(float64(after), "dir-bytes")
	b.ReportMetric(float64(after-before)/float64(n), "bytes/block")
	if half > 0 {
		b.ReportMetric(float64(after-half)/float64(n-n/2), "bytes/block-2nd-half")
	}
	b.ReportMetric(float64(n*1000)/el.Seconds(), "tx/s")
	runtime.GC()
	b.ReportMetric(float64(rssBytes()), "rss-bytes")
	if os.Getenv("GPUROLL_BENCH_COMPACT") == "1" {
		if err := w.s.db.Compact(ctx, []byte{0}, []byte{0xff, 0xff}, true); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(dirBytes(w.dir)), "dir-bytes-compacted")
	}
}

// BenchmarkStateOpen stops the benchmark world cleanly (Flush, or Sync
// where the layout has no Flush) and reopens its database as a node
// starting after a clean stop does (OpenDB, Open, Warm), once per
// iteration, and reports the time of each step and the RSS after it. The
// world stays usable for later benchmarks (it is the last one opened).
func BenchmarkStateOpen(b *testing.B) {
	w := buildWorld(b)
	ctx := context.Background()
	var open, warm time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// A clean stop: Flush where the layout has it (the tree's live
		// layer to disk), else Sync.
		stop := w.s.Sync
		if f, ok := any(w.s).(interface{ Flush() error }); ok {
			stop = f.Flush
		}
		if err := stop(); err != nil {
			b.Fatal(err)
		}
		if err := w.db.Close(); err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		db, err := OpenDB(w.dir, nil)
		if err != nil {
			b.Fatal(err)
		}
		s, err := Open(ctx, db, w.d, nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if err := s.Warm(ctx); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		open += t1.Sub(t0)
		warm += t2.Sub(t1)
		w.db, w.s = db, s
		runtime.GC()
		b.ReportMetric(float64(rssBytes()), "rss-bytes")
	}
	b.ReportMetric(open.Seconds()/float64(b.N), "open-s")
	b.ReportMetric(warm.Seconds()/float64(b.N), "warm-s")
}
