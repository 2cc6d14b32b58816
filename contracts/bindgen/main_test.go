package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The committed bindings are what the generator makes of the committed
// artifacts, byte for byte, and a second run gives the same bytes. (The
// artifacts themselves are checked against the Solidity sources by
// `make generate-check`, which needs Node.js.)
func TestBindingsMatchArtifacts(t *testing.T) {
	for _, c := range []struct{ dir, pkg, committed string }{
		{"../artifacts/src", "bindings", "../../bindings/bindings.go"},
		{"../artifacts/test", "testonly", "../../bindings/testonly/testonly.go"},
	} {
		want, err := os.ReadFile(c.committed)
		if err != nil {
			t.Fatal(err)
		}
		var outs [][]byte
		for i := 0; i < 2; i++ {
			out := filepath.Join(t.TempDir(), "b.go")
			if err := run(c.dir, c.pkg, out); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			outs = append(outs, b)
		}
		if !bytes.Equal(outs[0], outs[1]) {
			t.Fatalf("%s: two runs differ", c.dir)
		}
		if !bytes.Equal(outs[0], want) {
			t.Fatalf("%s differs from the bindings generated from %s: run make generate", c.committed, c.dir)
		}
	}
}

func TestRunRejectsBadInput(t *testing.T) {
	if err := run("", "p", "x.go"); err == nil {
		t.Fatal("empty artifacts dir accepted")
	}
	if err := run(t.TempDir(), "p", filepath.Join(t.TempDir(), "x.go")); err == nil {
		t.Fatal("directory without artifacts accepted")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "A.abi"), []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "A.bin"), []byte("00"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(dir, "p", filepath.Join(t.TempDir(), "x.go")); err == nil {
		t.Fatal("broken ABI accepted")
	}
}
