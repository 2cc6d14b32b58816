package main

import (
	"strings"
	"testing"
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
