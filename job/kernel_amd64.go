//go:build amd64

package job

import "golang.org/x/sys/cpu"

// tileVNNI computes a 4×4 tile with AVX-512 VNNI (VPDPBUSD: uint8×int8
// into int32, exact, no saturation). x holds x+128.
//
//go:noescape
func tileVNNI(acc *[tileRows * tileOuts]int32, x, w *byte, stride int)

// pass2x4AVX2 computes two rows of a tile with AVX2 only (VPMOVSXBW +
// VPMADDWD), for CPUs without AVX-512; x holds x itself (signed).
//
//go:noescape
func pass2x4AVX2(acc *[8]int32, x0, x1, w *byte, stride int)

// AVX2Kernel is the AVX2 kernel; ok is false when the CPU lacks AVX2.
func AVX2Kernel() (k Kernel, ok bool) {
	if !cpu.X86.HasAVX2 {
		return Kernel{}, false
	}
	return Kernel{Name: "avx2", Tile: func(acc *[tileRows * tileOuts]int32, x, w []byte, stride int) {
		_ = x[tileRows*stride-1]
		_ = w[tileOuts*stride-1]
		pass2x4AVX2((*[8]int32)(acc[0:8]), &x[0], &x[stride], &w[0], stride)
		pass2x4AVX2((*[8]int32)(acc[8:16]), &x[2*stride], &x[3*stride], &w[0], stride)
	}}, true
}

// vnniPeak runs n iterations of 16 independent VPDPBUSD: a benchmark of
// the SIMD peak the VNNI kernel runs against.
//
//go:noescape
func vnniPeak(n int)

func hasVNNI() bool {
	return cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VL && cpu.X86.HasAVX512VNNI
}

// VNNIKernel is the AVX-512 VNNI kernel; ok is false when the CPU lacks it.
func VNNIKernel() (k Kernel, ok bool) {
	if !hasVNNI() {
		return Kernel{}, false
	}
	return Kernel{Name: "avx512vnni", Unsigned: true, Tile: func(acc *[tileRows * tileOuts]int32, x, w []byte, stride int) {
		// The bounds the assembly reads, checked once here.
		_ = x[tileRows*stride-1]
		_ = w[tileOuts*stride-1]
		tileVNNI(acc, &x[0], &w[0], stride)
	}}, true
}

// BestKernel returns the fastest kernel for this CPU.
func BestKernel() Kernel {
	if k, ok := VNNIKernel(); ok {
		return k
	}
	if k, ok := AVX2Kernel(); ok {
		return k
	}
	return PureGoKernel()
}

// Kernels lists every kernel this CPU can run, for the conformance suite.
func Kernels() []Kernel {
	ks := []Kernel{PureGoKernel()}
	if k, ok := AVX2Kernel(); ok {
		ks = append(ks, k)
	}
	if k, ok := VNNIKernel(); ok {
		ks = append(ks, k)
	}
	return ks
}
