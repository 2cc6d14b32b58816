package e2e

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gpuroll/gpuroll/devnet"
	"github.com/gpuroll/gpuroll/l1/l1test"
)

// syncBuf is a bytes.Buffer safe for the devnet's goroutines.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestDevnet runs the devnet in this process on the embedded L1 with an
// honest and a dishonest provider, until an honest job is paid (its batch
// final on L1) and a false receipt is slashed on L1 with a real proof;
// then stops it and starts it again on the same directory, which goes on
// with the same chain and contracts.
func TestDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole market for about a minute")
	}
	dir := t.TempDir()
	// The class-1 keys of this test binary, so the devnet skips its setup.
	if err := chKeys(t).WriteDir(filepath.Join(dir, "circuit")); err != nil {
		t.Fatal(err)
	}
	out := &syncBuf{}
	cfg := devnet.Config{
		DataDir: dir, L1Port: l1test.FreePort(t), RPCAddr: "127.0.0.1:0",
		Providers: 1, Dishonest: true, Buyers: 1, JobEvery: time.Second,
		DisputeWindow: 20 * time.Second, RevealPeriod: 10 * time.Second,
		Out: out, Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	d, err := devnet.New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := d.Start(ctx); err != nil {
		_ = d.Stop(context.Background())
		t.Fatal(err)
	}
	var st *devnet.Status
	var firstPaid, firstSlash time.Duration
	for ctx.Err() == nil && (firstPaid == 0 || firstSlash == 0) {
		time.Sleep(500 * time.Millisecond)
		if st, err = d.Status(ctx); err != nil {
			continue
		}
		if firstPaid == 0 && st.Final > 0 {
			firstPaid = time.Since(start)
		}
		if firstSlash == 0 && st.SlashesOnL1 > 0 && st.Slashed > 0 {
			firstSlash = time.Since(start)
		}
	}
	if err := d.Stop(context.Background()); err != nil {
		t.Errorf("stop: %v", err)
	}
	t.Logf("devnet output:\n%s", out.String())
	if firstPaid == 0 || firstSlash == 0 {
		t.Fatalf("no paid job (%v) or no slash (%v) in time; last status %+v", firstPaid, firstSlash, st)
	}
	t.Logf("first paid job after %s, first slash after %s; %+v", firstPaid.Round(time.Second), firstSlash.Round(time.Second), *st)
	if st.Failed > 0 {
		t.Errorf("%d jobs failed", st.Failed)
	}
	for _, want := range []string{"contracts deployed", "final: provider-0 paid", "SLASH on L1", "provider-dishonest's receipt SLASHED"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the output has no %q", want)
		}
	}

	// The command on the same directory continues the same chain (no
	// deploy), the wallet reaches it as buyer-0 through the wallet.env it
	// printed, and SIGINT stops it with exit 0.
	bin := buildBinary(t, "github.com/gpuroll/gpuroll/cmd/gpuroll")
	args := []string{"devnet", "--datadir", dir, "--l1-port", fmt.Sprint(cfg.L1Port), "--rpc-addr", "127.0.0.1:" + fmt.Sprint(l1test.FreePort(t)), "--explorer-addr", "127.0.0.1:0",
		"--providers", "1", "--dishonest", "--buyers", "1", "--job-every", "1s", "--dispute-window", "20s", "--reveal-period", "10s"}
	cmd := exec.Command(bin, args...)
	stdout := &syncBuf{}
	cmd.Stdout, cmd.Stderr = stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			<-exited
		}
	}()
	waitFor := func(what string, d time.Duration) {
		t.Helper()
		deadline := time.Now().Add(d)
		for !strings.Contains(stdout.String(), what) {
			if time.Now().After(deadline) {
				t.Fatalf("gpuroll devnet printed no %q in %s:\n%s", what, d, stdout.String())
			}
			select {
			case err := <-exited:
				t.Fatalf("gpuroll devnet exited (%v) before printing %q:\n%s", err, what, stdout.String())
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	waitFor("gpuroll devnet is running", time.Minute)
	waitFor("explorer        http://127.0.0.1:", 5*time.Second)
	waitFor("receipted by provider-0", time.Minute)
	env, err := os.ReadFile(filepath.Join(dir, "wallet.env"))
	if err != nil {
		t.Fatal(err)
	}
	wcmd := exec.Command(bin, "wallet", "balance")
	wcmd.Env = os.Environ()
	for _, line := range strings.Split(strings.TrimSpace(string(env)), "\n") {
		wcmd.Env = append(wcmd.Env, strings.TrimPrefix(line, "export "))
	}
	wout, err := wcmd.CombinedOutput()
	if err != nil || !strings.Contains(string(wout), d.Keys()[devnet.RoleUser].Addr.Hex()) || !strings.Contains(string(wout), "L2 balance") {
		t.Errorf("gpuroll wallet balance with the devnet's wallet.env: %v\n%s", err, wout)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("gpuroll devnet after SIGINT: %v", err)
		}
	case <-time.After(90 * time.Second):
		t.Fatalf("gpuroll devnet did not stop within 90 s of SIGINT")
	}
	out2 := stdout.String()
	if strings.Contains(out2, "deploying") || strings.Contains(out2, "opened lease") || !strings.Contains(out2, "devnet stopped") {
		t.Errorf("the second start deployed again, opened new leases, or did not say it stopped:\n%s", out2)
	}
	if want := fmt.Sprintf("%d receipts slashed on L1 before this start", st.SlashesOnL1); st.SlashesOnL1 > 0 && !strings.Contains(out2, "receipts slashed on L1 before this start") {
		t.Errorf("the second start does not say %q", want)
	}
	t.Logf("gpuroll devnet on the same directory:\n%s", out2)

	// Another shape on the same directory is refused with what differs.
	refuse := exec.Command(bin, "devnet", "--datadir", dir, "--l1-port", fmt.Sprint(cfg.L1Port), "--providers", "3")
	if b, err := refuse.CombinedOutput(); err == nil || !strings.Contains(string(b), "start it the same way") {
		t.Errorf("a devnet of another shape on the same directory: %v\n%s", err, b)
	}
}
