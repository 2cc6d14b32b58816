package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestHelpListsCommands(t *testing.T) {
	app := newApp()
	var out bytes.Buffer
	app.Writer = &out
	if err := app.Run([]string{"gpuroll", "--help"}); err != nil {
		t.Fatalf("help: %v", err)
	}
	for _, c := range []string{"devnet", "deploy", "sequencer", "provider", "challenger", "wallet", "setup"} {
		if !strings.Contains(out.String(), c) {
			t.Errorf("help does not list %q:\n%s", c, out.String())
		}
	}
}
