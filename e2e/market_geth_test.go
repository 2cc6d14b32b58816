package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gpuroll/gpuroll/l1/l1test"
)

// TestMarketGeth runs the market suites against a real `geth --dev`
// process on a free loopback port: the honest and fraud paths, the slash
// with a real proof, conservation to the wei. `make test` builds geth
// (bin/geth, the pinned go-ethereum) and names it in GPUROLL_GETH, and
// sets GPUROLL_REQUIRE_GETH so that a missing geth fails instead of
// skipping.
func TestMarketGeth(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole market on geth")
	}
	geth := gethBinary(t)
	url := startGeth(t, geth)
	marketSuite(t, url)
}

// gethBinary finds geth: GPUROLL_GETH, else on PATH.
func gethBinary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("GPUROLL_GETH"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("GPUROLL_GETH=%s: %v", p, err)
		}
		return p
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p
	}
	if os.Getenv("GPUROLL_REQUIRE_GETH") != "" {
		t.Fatal("no geth: set GPUROLL_GETH or put geth on PATH (make test builds bin/geth)")
	}
	t.Skip("no geth (GPUROLL_GETH or PATH); `make test` builds it")
	return ""
}

// startGeth starts `geth --dev` (a block a second, the dev account
// unlocked and funded) on free loopback ports, waits until it answers,
// and stops it (SIGTERM, then SIGKILL) when the test ends.
func startGeth(t *testing.T, geth string) string {
	t.Helper()
	port, auth := l1test.FreePort(t), l1test.FreePort(t)
	dir := t.TempDir()
	cmd := exec.Command(geth, "--dev", "--dev.period", "1", "--dev.gaslimit", "30000000", "--datadir", filepath.Join(dir, "geth"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(auth), "--ipcdisable",
		"--nodiscover", "--maxpeers", "0", "--port", "0", "--verbosity", "2")
	logf, err := os.Create(filepath.Join(dir, "geth.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("start geth: %v", err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
		logf.Close()
		if t.Failed() {
			if b, err := os.ReadFile(logf.Name()); err == nil {
				t.Logf("geth log:\n%s", b)
			}
		}
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case <-exited:
			b, _ := os.ReadFile(logf.Name())
			t.Fatalf("geth exited at start:\n%s", b)
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		ec, err := ethclient.DialContext(ctx, url)
		if err == nil {
			_, err = ec.BlockNumber(ctx)
			ec.Close()
		}
		cancel()
		if err == nil {
			return url
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth did not answer on %s within 60 s: %v", url, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
