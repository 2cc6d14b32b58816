//go:build !amd64

package job

func vcPackedFast(elems [][]Element, ns []uint32, out []Element) bool { return false }
