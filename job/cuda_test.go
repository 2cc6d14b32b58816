package job

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCUDAConstantsCurrent: job/cuda/poseidon2_constants.h is what the
// generator writes now.
func TestCUDAConstantsCurrent(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("cuda", "poseidon2_constants.h"))
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != CUDAConstantsHeader() {
		t.Fatal("job/cuda/poseidon2_constants.h is stale: go run ./job/cmd/golden")
	}
}

// TestCUDAFieldOnHost compiles the CUDA worker's field arithmetic and
// Poseidon2 for the host with the system C++ compiler and compares it with
// H and VC. Skipped where no C++ compiler is installed.
func TestCUDAFieldOnHost(t *testing.T) {
	cxx, err := exec.LookPath("c++")
	if err != nil {
		if cxx, err = exec.LookPath("g++"); err != nil {
			t.Skip("no C++ compiler")
		}
	}
	bin := filepath.Join(t.TempDir(), "hosttest")
	if out, err := exec.Command(cxx, "-O1", "-o", bin, filepath.Join("cuda", "hosttest.cc")).CombinedOutput(); err != nil {
		t.Fatalf("compile: %v\n%s", err, out)
	}
	out, err := exec.Command(bin).Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Fields(string(out))
	var one, two Element
	one.SetUint64(1)
	two.SetUint64(2)
	v := make([]int8, 100)
	for i := range v {
		v[i] = int8(i*37 - 50)
	}
	want := []Hex{hexOf(H(&one, &two))}
	for _, n := range []int{100, 1, 31, 32} {
		c, err := VC(v[:n])
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, hexOf(c))
	}
	if len(got) != len(want) {
		t.Fatalf("host test printed %d values, want %d", len(got), len(want))
	}
	for i := range want {
		if Hex(got[i]) != want[i] {
			t.Errorf("value %d: C++ %s, Go %s", i, got[i], want[i])
		}
	}
}
