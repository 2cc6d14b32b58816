//go:build !amd64

package job

func vcPackedFast(elems [][]Element, ns []uint32, out []Element) bool { return false }

func treeRootFast(leaves []Element, depth, workers int) (Element, bool) { return Element{}, false }

func hBatchFast(out, a, b []Element) bool { return false }
