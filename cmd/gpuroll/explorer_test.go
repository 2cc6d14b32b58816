package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// TestExplorerCommand: the command names its missing flags, refuses a URL
// that is not http(s), has an environment variable for every flag, and
// serves until its context ends, then stops cleanly (with nothing behind
// its URLs: the pages say so).
func TestExplorerCommand(t *testing.T) {
	for _, f := range explorerFlags() {
		ev, ok := f.(interface{ GetEnvVars() []string })
		if !ok || len(ev.GetEnvVars()) == 0 || !strings.HasPrefix(ev.GetEnvVars()[0], "GPUROLL_EXPLORER_") {
			t.Errorf("flag %v has no GPUROLL_EXPLORER_* variable", f.Names())
		}
	}
	run := func(ctx context.Context, args ...string) error {
		app := newApp()
		app.Writer, app.ErrWriter = &bytes.Buffer{}, &bytes.Buffer{}
		return app.RunContext(ctx, append([]string{"gpuroll", "explorer"}, args...))
	}
	if err := run(context.Background()); err == nil || !strings.Contains(err.Error(), "missing --rpc, --l1-rpc") {
		t.Errorf("no flags: %v", err)
	}
	if err := run(context.Background(), "--rpc", "ws://127.0.0.1:1", "--l1-rpc", "http://127.0.0.1:1"); err == nil || !strings.Contains(err.Error(), "want an http:// or https:// URL") {
		t.Errorf("a ws:// --rpc: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := run(ctx, "--rpc", "http://127.0.0.1:1", "--l1-rpc", "http://127.0.0.1:1", "--addr", "127.0.0.1:0", "--log-level", "error"); err != nil {
		t.Errorf("serving until the context ends: %v", err)
	}
}
