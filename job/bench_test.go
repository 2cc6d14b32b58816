package job

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkH: one Poseidon2 compression on one core.
func BenchmarkH(b *testing.B) {
	var x, y Element
	x.SetUint64(1)
	y.SetUint64(2)
	for b.Loop() {
		x = H(&x, &y)
	}
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
					for b.Loop() {
						if _, err := e.Activations(context.Background(), p, in); err != nil {
							b.Fatal(err)
						}
					}
					macs := float64(rows*n*n) * float64(b.N)
					b.ReportMetric(macs/b.Elapsed().Seconds()/1e9, "GMAC/s")
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
			for b.Loop() {
				if err := tr.ComputeLeaves(context.Background()); err != nil {
					b.Fatal(err)
				}
				if _, err := tr.Root(); err != nil {
					b.Fatal(err)
				}
			}
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
