package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gpuroll/gpuroll/circuit"
)

func TestSetupRefusesNonDevChain(t *testing.T) {
	for _, id := range []string{"1", "11155111", "0"} {
		err := newApp().Run([]string{"gpuroll", "setup", "--chain-id", id, "--keys", t.TempDir(), "--verifiers", ""})
		if err == nil || !strings.Contains(err.Error(), "insecure") {
			t.Fatalf("chain %s: %v", id, err)
		}
	}
}

func TestSetupUnknownClass(t *testing.T) {
	err := newApp().Run([]string{"gpuroll", "setup", "--chain-id", "1337", "--class", "9", "--keys", t.TempDir(), "--verifiers", ""})
	if err == nil || !strings.Contains(err.Error(), "unknown step class") {
		t.Fatalf("class 9: %v", err)
	}
}

// gpuroll setup for class 1 writes loadable keys and exactly the committed
// verifier (the dev setup is deterministic).
func TestSetupClass1(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a class-1 Groth16 setup (seconds)")
	}
	keys, vers := t.TempDir(), t.TempDir()
	if err := newApp().Run([]string{"gpuroll", "setup", "--chain-id", "31337", "--class", "1", "--keys", keys, "--verifiers", vers}); err != nil {
		t.Fatal(err)
	}
	c, _ := circuit.ClassByID(1)
	if _, err := circuit.LoadKeys(keys, c); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(vers, circuit.VerifierFileName(c)))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "contracts", "src", "verifiers", circuit.VerifierFileName(c)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("gpuroll setup wrote a verifier that differs from the committed one")
	}
	if _, err := os.Stat(filepath.Join(vers, circuit.VerifierFileName(circuit.Classes()[1]))); err == nil {
		t.Fatal("--class 1 also set up class 2")
	}
}
