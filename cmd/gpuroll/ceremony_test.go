package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCeremonyCommandInput: the ceremony commands refuse bad input with
// one clear line and never overwrite a transcript. (The ceremony itself is
// tested in circuit/ceremony; a whole run is docs/ceremony.md's.)
func TestCeremonyCommandInput(t *testing.T) {
	dir := t.TempDir()
	run := func(args ...string) (string, error) {
		app := newApp()
		var out bytes.Buffer
		app.Writer = &out
		err := app.Run(append([]string{"gpuroll", "ceremony"}, args...))
		return out.String(), err
	}
	t0 := filepath.Join(dir, "t0")
	out, err := run("init", "--class", "1", t0)
	if err != nil || !strings.Contains(out, "phase 1 domain 32768") {
		t.Fatalf("init: %v\n%s", err, out)
	}
	before, err := os.ReadFile(filepath.Join(t0, "ceremony.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"init", "--class", "1", t0}, "exists"},
		{[]string{"init", "--class", "9", filepath.Join(dir, "x")}, "unknown step class 9"},
		{[]string{"contribute", t0, filepath.Join(dir, "t1"), "--name", "alice"}, "give flags first"},
		{[]string{"contribute", t0, filepath.Join(dir, "t1")}, "missing --name"},
		{[]string{"contribute", "--name", "alice", t0}, "takes IN OUT"},
		{[]string{"contribute", "--name", "alice", t0, t0}, "exists"},
		{[]string{"seal", "--beacon", "0xzz", t0, filepath.Join(dir, "s")}, "not hex"},
		{[]string{"seal", "--beacon", "0x01", t0, filepath.Join(dir, "s")}, "want 16..1024"},
		{[]string{"seal", "--beacon", strings.Repeat("ab", 32), t0, filepath.Join(dir, "s")}, "no contributions"},
		{[]string{"verify", filepath.Join(dir, "missing")}, "no such file"},
		{[]string{"export", "--keys", filepath.Join(dir, "k"), "--verifiers", filepath.Join(dir, "v"), "--contracts", filepath.Join("..", "..", "contracts"), t0}, "not sealed"},
	} {
		_, err := run(tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want %q", tc.args, err, tc.want)
		}
	}
	after, err := os.ReadFile(filepath.Join(t0, "ceremony.json"))
	if err != nil || !bytes.Equal(before, after) {
		t.Fatalf("the transcript changed: %v", err)
	}
	// An open phase 1 without contributions verifies.
	if out, err := run("verify", t0); err != nil || !strings.Contains(out, "is valid") {
		t.Fatalf("verify: %v\n%s", err, out)
	}
}
