//go:build amd64

package job

import "testing"

// BenchmarkVNNIPeak measures the int8 MAC peak of one core's VPDPBUSD
// (64 MACs per instruction, 16 independent per iteration), the limit
// quoted for the GEMM figures; CPU time per op makes it robust to other
// load on the machine.
func BenchmarkVNNIPeak(b *testing.B) {
	if !hasVNNI() {
		b.Skip("no AVX-512 VNNI")
	}
	const iters = 1 << 16
	c0 := cpuTime()
	for b.Loop() {
		vnniPeak(iters)
	}
	cpu := cpuTime() - c0
	macs := float64(iters) * 16 * 64 * float64(b.N)
	b.ReportMetric(macs/b.Elapsed().Seconds()/1e9, "GMAC/s")
	b.ReportMetric(macs/cpu.Seconds()/1e9, "GMAC/cpu-s")
}
