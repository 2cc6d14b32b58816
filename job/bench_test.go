package job

import (
	"context"
	"fmt"
	"math/rand/v2"
	"syscall"
	"testing"
	"time"
)

// cpuTime is this process's user + system CPU time. Benchmarks report it
// per op next to wall time because the machine they run on is shared:
// CPU time per op is what the work costs, whatever else runs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds cpu-ms/op (CPU time summed over all cores).
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkH: one Poseidon2 compression on one core.
func BenchmarkH(b *testing.B) {
	var x, y Element
	x.SetUint64(1)
	y.SetUint64(2)
	c0 := cpuTime()
	for b.Loop() {
		x = H(&x, &y)
	}
	b.ReportMetric(float64(cpuTime()-c0)/float64(b.N), "cpu-ns/op")
}

// BenchmarkHParallel: compressions per second on all cores.
func BenchmarkHParallel(b *testing.B) {
	b.RunParallel(func(pb *testing.PB) {
		var x, y Element
		x.SetUint64(1)
		y.SetUint64(2)
		for pb.Next() {
			x = H(&x, &y)
		}
	})
}

func benchLayer(n int) (*Model, *rand.Rand) {
	rng := rand.New(rand.NewPCG(uint64(n), 9))
	return randModel(rng, []int{n, n}, 3), rng
}

// BenchmarkExecute: GEMM only (no hashing), one n×n layer, per kernel and
// batch; reports GMAC/s.
func BenchmarkExecute(b *testing.B) {
	for _, n := range []int{1024, 4096} {
		m, rng := benchLayer(n)
		for _, k := range Kernels() {
			e := &Reference{Kernel: &k}
			p, err := e.Prepare(m)
			if err != nil {
				b.Fatal(err)
			}
			for _, rows := range []int{1, 64} {
				in := randInput(rng, rows, n)
				b.Run(fmt.Sprintf("%dx%d/batch%d/%s", n, n, rows, k.Name), func(b *testing.B) {
					c0 := cpuTime()
					for b.Loop() {
						if _, err := e.Activations(context.Background(), p, in); err != nil {
							b.Fatal(err)
						}
					}
					macs := float64(rows*n*n) * float64(b.N)
					b.ReportMetric(macs/b.Elapsed().Seconds()/1e9, "GMAC/s")
					reportCPU(b, c0)
				})
			}
		}
	}
}

// BenchmarkLeaves: trace commitment (every leaf's VC, then the trace root)
// of one n-wide layer at batch 64, on all cores.
func BenchmarkLeaves(b *testing.B) {
	for _, n := range []int{1024, 4096} {
		m, rng := benchLayer(n)
		in := randInput(rng, 64, n)
		e := &Reference{}
		p, _ := e.Prepare(m)
		tr, err := e.Activations(context.Background(), p, in)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("width%d/batch64", n), func(b *testing.B) {
			c0 := cpuTime()
			for b.Loop() {
				if err := tr.ComputeLeaves(context.Background()); err != nil {
					b.Fatal(err)
				}
				if _, err := tr.Root(); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, c0)
		})
	}
}

// BenchmarkWeightRowsRoot: committing a 1024×1024 layer's weights.
func BenchmarkWeightRowsRoot(b *testing.B) {
	m, _ := benchLayer(1024)
	for b.Loop() {
		if _, err := WeightRowsRoot(m.Layers[0].W, 1024, 1024); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMemoryRead streams a 256 MiB buffer on every core (four
// accumulators per goroutine): the memory-bandwidth ceiling that batch-1
// GEMM, which reads each weight once, runs against.
func BenchmarkMemoryRead(b *testing.B) {
	buf := make([]uint64, 32<<20)
	for i := range buf {
		buf[i] = uint64(i)
	}
	var sink [64]uint64
	for b.Loop() {
		parallelFor(Workers(), func(w int) {
			part := buf[w*len(buf)/Workers() : (w+1)*len(buf)/Workers()]
			var s0, s1, s2, s3 uint64
			for i := 0; i+3 < len(part); i += 4 {
				s0 += part[i]
				s1 += part[i+1]
				s2 += part[i+2]
				s3 += part[i+3]
			}
			sink[w%len(sink)] += s0 + s1 + s2 + s3
		})
	}
	b.ReportMetric(float64(len(buf)*8)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GB/s")
	_ = sink
}

// BenchmarkTraceRoot: the trace root over 2^16 leaves (FT_24).
func BenchmarkTraceRoot(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 5))
	leaves := make([]Element, 1<<16)
	for i := range leaves {
		leaves[i] = randElement(rng)
	}
	c0 := cpuTime()
	for b.Loop() {
		if _, err := TraceRootFromLeaves(leaves); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, c0)
}
