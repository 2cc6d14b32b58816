//go:build amd64

package job

import "golang.org/x/sys/cpu"

// tileVNNI computes a 4×4 tile with AVX-512 VNNI (VPDPBUSD: uint8×int8
// into int32, exact, no saturation). x holds x+128.
//
//go:noescape
func tileVNNI(acc *[tileRows * tileOuts]int32, x, w *byte, stride int)

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
	return PureGoKernel()
}

// Kernels lists every kernel this CPU can run, for the conformance suite.
func Kernels() []Kernel {
	ks := []Kernel{PureGoKernel()}
	if k, ok := VNNIKernel(); ok {
		ks = append(ks, k)
	}
	return ks
}
