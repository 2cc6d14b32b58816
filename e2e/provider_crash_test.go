package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/provider"
)

// provProcess is a `gpuroll provider` child process.
type provProcess struct {
	cmd  *exec.Cmd
	log  *os.File
	done chan struct{}
}

// TestProviderCrashRestart runs the provider as a child process (the
// gpuroll binary, built with go build) against the in-test market, and
// kills it with SIGKILL while a job executes, while a receipt is between
// execution and inclusion, and at a random moment, restarting it each
// time. Every job is receipted exactly once, with the honest trace: one
// PostReceipt per job is included, none is ever refused or dropped, each
// job's record signed one receipt tx, and a job cut short mid-run was run
// again. SIGTERM at the end exits 0, and `gpuroll provider status` reads
// the records of the stopped provider.
func TestProviderCrashRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("process-level crash test")
	}
	n := startProvNet(t, testnet.Options{})
	bin := buildBinary(t, "github.com/gpuroll/gpuroll/cmd/gpuroll")
	dir := t.TempDir()
	if keep := os.Getenv("GPUROLL_KEEP_LOGS"); keep != "" {
		var err error
		if dir, err = os.MkdirTemp(keep, "provider-crash-"); err != nil {
			t.Fatal(err)
		}
		t.Logf("data and logs in %s", dir)
	}
	depFile := filepath.Join(dir, "deployment.json")
	b, _ := json.Marshal(n.Deploy.Addresses)
	if err := os.WriteFile(depFile, b, 0o600); err != nil {
		t.Fatal(err)
	}
	ks := keystore.NewKeyStore(filepath.Join(dir, "keystore"), keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(n.Key(testnet.KeyProvider), "pw")
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	me := n.Addr(testnet.KeyProvider)
	dataDir := filepath.Join(dir, "data")
	statusURL := fmt.Sprintf("http://127.0.0.1:%d", l1test.FreePort(t))
	start := func(cycle int) *provProcess {
		t.Helper()
		logf, err := os.Create(filepath.Join(dir, fmt.Sprintf("provider-%02d.log", cycle)))
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "provider", "--datadir", dataDir, "--sequencer", n.Seq.RPCURL(), "--l1-rpc", n.L1URL,
			"--deployment", depFile, "--keystore", acc.URL.Path, "--password-file", pwFile, "--price", "1000000",
			"--bond", "50", "--fee-deposit", "5", "--no-nvml", "--status-addr", strings.TrimPrefix(statusURL, "http://"),
			"--poll-interval", "100ms", "--tx-poll-interval", "25ms", "--shutdown-grace", "20s", "--log-level", "debug")
		cmd.Stdout, cmd.Stderr = logf, logf
		cmd.Env = os.Environ()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		p := &provProcess{cmd: cmd, log: logf, done: make(chan struct{})}
		go func() { _ = cmd.Wait(); close(p.done) }()
		t.Cleanup(func() { // a failed test leaves no provider behind
			_ = cmd.Process.Kill()
			<-p.done
		})
		deadline := time.Now().Add(60 * time.Second)
		for {
			if st, err := provider.FetchStatus(context.Background(), statusURL); err == nil && st.Phase == "running" {
				return p
			}
			select {
			case <-p.done:
				t.Fatalf("provider exited at start (cycle %d): %s", cycle, tail(logf.Name(), 3000))
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("provider not running within 60 s (cycle %d): %s", cycle, tail(logf.Name(), 3000))
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	kill := func(p *provProcess) {
		_ = p.cmd.Process.Signal(syscall.SIGKILL)
		<-p.done
		p.log.Close()
	}
	// waitStatus polls the child's status every 5 ms until cond holds.
	waitStatus := func(what string, cond func(*provider.Status) bool) bool {
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			if st, err := provider.FetchStatus(context.Background(), statusURL); err == nil && cond(st) {
				return true
			}
			time.Sleep(5 * time.Millisecond)
		}
		t.Logf("never saw %s", what)
		return false
	}

	// Every status change of the provider's txs, from before its first start.
	txs := make(chan *client.TxStatus, 1024)
	sub, err := n.Client.SubscribeTxStatus(n.Ctx, me, txs)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	var dropped []string
	var dmu sync.Mutex
	go func() {
		for st := range txs {
			if st.Status == client.StatusDropped {
				dmu.Lock()
				dropped = append(dropped, fmt.Sprintf("%s %s: code %d %s", st.Type, st.Hash, st.Code, st.Message))
				dmu.Unlock()
			}
		}
	}()

	p := start(0)
	n.Deposit(testnet.KeyBuyer, testnet.Ether(100))
	lease := n.openLease(testnet.KeyBuyer, me, testnet.Eth(50))
	// Big jobs (1024 wide, 4096 rows: hashing the trace takes a while) and
	// small ones, interleaved.
	var jobs []*provJob
	for i := range 4 {
		big := newProvJob(t, []int{1024, 1024, 1024}, 4096, uint64(1000+i))
		small := newProvJob(t, []int{24, 16, 8}, 3, uint64(2000+i))
		jobs = append(jobs, big, small)
	}
	for _, j := range jobs {
		n.submit(testnet.KeyBuyer, lease, j)
	}
	big := func(id common.Hash) bool {
		for _, j := range jobs {
			if j.id == id {
				return j.input.Rows == 4096
			}
		}
		return false
	}
	rng := rand.New(rand.NewPCG(11, 11))
	midRun, midReceipt := 0, 0
	for cycle := 0; cycle < 4; cycle++ {
		if cycle > 0 {
			p = start(cycle)
		}
		switch cycle % 3 {
		case 0: // while a big job executes
			if waitStatus("a big job running", func(st *provider.Status) bool {
				for _, s := range st.Slots {
					if s.Busy && big(s.Job) {
						return true
					}
				}
				return false
			}) {
				time.Sleep(time.Duration(rng.IntN(150)) * time.Millisecond)
				midRun++
			}
		case 1: // between execution and the receipt's inclusion
			if waitStatus("a receipt between execution and inclusion", func(st *provider.Status) bool {
				for _, j := range st.Jobs {
					if j.State == provider.StateExecuted || j.State == provider.StateUploaded || j.State == provider.StatePosting {
						return true
					}
				}
				return false
			}) {
				midReceipt++
			}
		case 2:
			time.Sleep(time.Duration(200+rng.IntN(1200)) * time.Millisecond)
		}
		kill(p)
	}
	if midRun == 0 || midReceipt == 0 {
		t.Fatalf("kills mid-run %d, mid-receipt %d: the test did not hit the windows it is for", midRun, midReceipt)
	}
	// A last, clean run: everything is receipted.
	p = start(4)
	for _, j := range jobs {
		n.waitJob(j.id, client.JobReceipted, 120*time.Second)
	}
	st, err := provider.FetchStatus(n.Ctx, statusURL)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.done:
	case <-time.After(60 * time.Second):
		t.Fatal("the provider did not stop on SIGTERM")
	}
	if code := p.cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("provider exited %d on SIGTERM: %s", code, tail(p.log.Name(), 3000))
	}

	// Exactly once: the honest trace, one receipt tx per job, none refused.
	reran := 0
	for _, j := range jobs {
		var rec *provider.JobStatus
		for i := range st.Jobs {
			if st.Jobs[i].ID == j.id {
				rec = &st.Jobs[i]
			}
		}
		if rec == nil {
			t.Fatalf("job %s not in the provider's records", j.id)
		}
		r, err := n.Client.Receipt(n.Ctx, rec.ReceiptID)
		if err != nil || r.JobID != j.id || r.Provider != me {
			t.Fatalf("receipt %s of job %s: %+v %v", rec.ReceiptID, j.id, r, err)
		}
		n.checkResult(j, r.TraceRoot)
		if rec.Sent != 1 {
			t.Errorf("job %s: %d receipt txs signed, want 1 (%+v)", j.id, rec.Sent, rec)
		}
		if rec.Runs > 1 {
			reran++
		}
	}
	if reran == 0 {
		t.Error("no job was run again after a kill mid-run")
	}
	_, types := n.feesBySender()
	if types[me]["PostReceipt"] != len(jobs) {
		t.Errorf("%d PostReceipt txs of the provider included, want %d", types[me]["PostReceipt"], len(jobs))
	}
	time.Sleep(200 * time.Millisecond)
	dmu.Lock()
	if len(dropped) > 0 {
		t.Errorf("txs of the provider dropped: %v", dropped)
	}
	dmu.Unlock()
	// The stopped provider's records, through the command.
	out, err := exec.Command(bin, "provider", "status", "--datadir", dataDir).CombinedOutput()
	if err != nil {
		t.Fatalf("gpuroll provider status: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "records (the provider is not running)") || !strings.Contains(string(out), fmt.Sprintf("done %d, rejected 0", len(jobs))) {
		t.Fatalf("gpuroll provider status:\n%s", out)
	}
	t.Logf("%d jobs, kills mid-run %d, mid-receipt %d, %d jobs re-run", len(jobs), midRun, midReceipt, reran)
}

// tail returns the end of a log file.
func tail(path string, n int) string {
	b, _ := os.ReadFile(path)
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
