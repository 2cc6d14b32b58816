//go:build !amd64

package job

// BestKernel returns the fastest kernel for this CPU: the portable one
// outside amd64.
func BestKernel() Kernel { return PureGoKernel() }

// Kernels lists every kernel this CPU can run, for the conformance suite.
func Kernels() []Kernel { return []Kernel{PureGoKernel()} }
