package job

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"
)

func parseHex(t *testing.T, h Hex) Element {
	t.Helper()
	n, ok := new(big.Int).SetString(string(h), 0)
	if !ok || len(h) != 66 {
		t.Fatalf("bad golden element %q", h)
	}
	var b [32]byte
	n.FillBytes(b[:])
	e, err := FromBytes32(b)
	if err != nil {
		t.Fatalf("golden element %q: %v", h, err)
	}
	return e
}

func readGolden(t *testing.T, name string, v any) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "golden", name))
	if err != nil {
		t.Fatalf("%v (regenerate with: go run ./job/cmd/golden)", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b
}

func TestGoldenHash(t *testing.T) {
	var g GoldenHash
	readGolden(t, "hash.json", &g)
	if len(g.H) == 0 || len(g.Pack8) == 0 || len(g.Pack32) == 0 || len(g.Headers) == 0 || len(g.ZeroRoots) != maxDepth+1 || len(g.VC) == 0 {
		t.Fatal("hash.json incomplete")
	}
	for i, v := range g.H {
		a, b := parseHex(t, v.A), parseHex(t, v.B)
		if got := hexOf(H(&a, &b)); got != v.Out {
			t.Errorf("h[%d]: %s, golden %s", i, got, v.Out)
		}
	}
	for i, v := range g.Pack8 {
		if got := hexAll(Pack8(v.Values)); !equalHex(got, v.Elements) {
			t.Errorf("pack8[%d] differs", i)
		}
	}
	for i, v := range g.Pack32 {
		if got := hexAll(Pack32(v.Values)); !equalHex(got, v.Elements) {
			t.Errorf("pack32[%d] differs", i)
		}
	}
	for i, v := range g.Headers {
		h := LayerHeader{In: v.In, Out: v.Out, Shift: v.Shift, ReLU: v.ReLU}
		if got := hexOf(h.Element()); got != v.Element {
			t.Errorf("header[%d]: %s, golden %s", i, got, v.Element)
		}
	}
	for k, z := range g.ZeroRoots {
		if got := hexOf(ZeroRoot(k)); got != z {
			t.Errorf("zero root %d differs", k)
		}
	}
	for i, v := range g.VC {
		got, err := goldenVector(v.Values)
		if err != nil {
			t.Fatal(err)
		}
		if !equalHex(got.Packed, v.Packed) || got.VTRoot != v.VTRoot || got.VC != v.VC {
			t.Errorf("vc[%d] (n=%d) differs", i, len(v.Values))
		}
	}
}

func equalHex(a, b []Hex) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// jobFromGolden rebuilds the model and input from a golden file's values.
func jobFromGolden(g *GoldenModel) (*Model, *Input) {
	m := &Model{}
	for _, gl := range g.Layers {
		d := Dense{Header: LayerHeader{In: gl.In, Out: gl.Out, Shift: gl.Shift, ReLU: gl.ReLU}, Bias: gl.Bias}
		for _, row := range gl.WeightRows {
			d.W = append(d.W, row.Values...)
		}
		m.Layers = append(m.Layers, d)
	}
	in := &Input{Rows: g.Rows, Width: len(g.Inputs[0].Values)}
	for _, row := range g.Inputs {
		in.X = append(in.X, row.Values...)
	}
	return m, in
}

func goldenJobNames() []string { return []string{"tiny", "mixed", "single", "edges"} }

// TestGoldenJobs recomputes every field of every golden job from its
// weights and inputs, with every kernel, and compares byte for byte.
func TestGoldenJobs(t *testing.T) {
	for _, name := range goldenJobNames() {
		var g GoldenModel
		file := readGolden(t, name+".json", &g)
		m, in := jobFromGolden(&g)
		for _, k := range Kernels() {
			got, err := BuildGoldenModel(context.Background(), g.Name, m, in, k)
			if err != nil {
				t.Fatalf("%s/%s: %v", name, k.Name, err)
			}
			if err := AddGoldenOpenings(got, m, in); err != nil {
				t.Fatalf("%s openings: %v", name, err)
			}
			b, err := MarshalGolden(got)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, file) {
				t.Fatalf("%s with kernel %s differs from testdata/golden/%s.json", name, k.Name, name)
			}
		}
	}
}

// TestGoldenJobsMatchGenerator: the generator's jobs are the ones on disk
// (so `go run ./job/cmd/golden` reproduces them).
func TestGoldenJobsMatchGenerator(t *testing.T) {
	jobs := GoldenJobs()
	if len(jobs) != len(goldenJobNames()) {
		t.Fatalf("%d generated jobs, %d golden files", len(jobs), len(goldenJobNames()))
	}
	for i, j := range jobs {
		var g GoldenModel
		readGolden(t, goldenJobNames()[i]+".json", &g)
		m, in := jobFromGolden(&g)
		if j.Name != g.Name || len(m.Layers) != len(j.Model.Layers) || !bytes.Equal(int8Bytes(in.X), int8Bytes(j.Input.X)) {
			t.Fatalf("generated job %s differs from its golden file", j.Name)
		}
		for l := range m.Layers {
			if !bytes.Equal(int8Bytes(m.Layers[l].W), int8Bytes(j.Model.Layers[l].W)) {
				t.Fatalf("generated job %s layer %d weights differ", j.Name, l+1)
			}
		}
	}
}

func int8Bytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}

// TestDescribeGolden: the STF's function gives the golden model roots from
// the golden headers and commitments alone.
func TestDescribeGolden(t *testing.T) {
	for _, name := range goldenJobNames() {
		var g GoldenModel
		readGolden(t, name+".json", &g)
		specs := make([]LayerSpec, len(g.Layers))
		for i, gl := range g.Layers {
			b, w := parseHex(t, gl.BiasCommitment), parseHex(t, gl.WeightRowsRoot)
			specs[i] = LayerSpec{Header: LayerHeader{In: gl.In, Out: gl.Out, Shift: gl.Shift, ReLU: gl.ReLU}, BiasCommitment: b.Bytes(), WeightRowsRoot: w.Bytes()}
		}
		shape, err := Describe(specs, uint32(g.Rows), []uint32{MaxWidth})
		if err != nil {
			t.Fatal(err)
		}
		root := parseHex(t, g.ModelRoot)
		if shape.ModelRoot != root.Bytes() {
			t.Fatalf("%s: Describe's model root differs from the golden one", name)
		}
	}
}
