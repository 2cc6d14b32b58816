package sequencer

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// buildGpuroll builds the gpuroll binary for process-level tests.
func buildGpuroll(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gpuroll")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/gpuroll/gpuroll/cmd/gpuroll")
	cmd.Env = append(os.Environ(), "CGO_CFLAGS=-O2 -g -Wno-deprecated-declarations")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build gpuroll: %v\n%s", err, out)
	}
	return bin
}

// seqProcess is a `gpuroll sequencer` child process.
type seqProcess struct {
	cmd  *exec.Cmd
	url  string
	log  *os.File
	done chan struct{}
}

// TestSequencerCrashSafety runs the sequencer as a child process on a
// simulated L1 served by this test process over loopback HTTP, under a
// load of wallets sending transfers, and kills it with SIGKILL at random
// moments (some while a batch tx is in flight), restarting it each time.
// At the end: no acknowledged tx is lost (each is included, never
// dropped), the L2 chain continued, the batches on L1 are contiguous and
// each posted once, and replaying every batch body from L1 on a fresh
// state reproduces every header's post-state root.
func TestSequencerCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("process-level crash test")
	}
	cycles := 20
	bin := buildGpuroll(t)
	port := l1test.FreePort(t)
	c := l1test.NewChain(t, 10, l1test.Osaka, l1test.HTTPOn(port))
	var genesis state.Params
	d := c.DeployDev(t, func(cfg *l1.DeployConfig) {
		testParams(&cfg.Params)
		cfg.Params.Guardian = c.Addrs[kGuardian]
		vals, _ := cfg.Params.Array()
		var err error
		if genesis, err = state.ParamsFromValues(vals); err != nil {
			t.Fatal(err)
		}
		if cfg.GenesisStateRoot, err = state.GenesisRoot(context.Background(), &state.Genesis{Params: genesis}); err != nil {
			t.Fatal(err)
		}
	})
	c.Mine(t, 50*time.Millisecond)
	l1url := fmt.Sprintf("http://127.0.0.1:%d", port)
	dir := t.TempDir()
	if keep := os.Getenv("GPUROLL_KEEP_LOGS"); keep != "" {
		// Keep the data dir and the logs for a post-mortem.
		var err error
		if dir, err = os.MkdirTemp(keep, "crash-"); err != nil {
			t.Fatal(err)
		}
		t.Logf("data and logs in %s", dir)
	}
	depFile := filepath.Join(dir, "deployment.json")
	b, _ := json.Marshal(d.Addresses)
	if err := os.WriteFile(depFile, b, 0o600); err != nil {
		t.Fatal(err)
	}
	ksDir := filepath.Join(dir, "keystore")
	ks := keystore.NewKeyStore(ksDir, keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(c.Keys[kSeq], "pw")
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// The wallets deposit on L1 before the first start.
	wallets := []int{1, 2, 3, 4, 6, 7, 8, 9}
	tok, rollup := bindings.NewComputeToken(), bindings.NewRollup()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, w := range wallets {
		c.MustSend(t, kSeq, d.Token, tok.PackMint(c.Addrs[w], ether(1000)))
		c.MustSend(t, w, d.Token, tok.PackApprove(d.Rollup, max))
		c.MustSend(t, w, d.Rollup, rollup.PackDeposit(c.Addrs[w], ether(100)))
	}
	dataDir := filepath.Join(dir, "data")
	rpcPort := l1test.FreePort(t)
	start := func(cycle int) *seqProcess {
		logf, err := os.Create(filepath.Join(dir, fmt.Sprintf("seq-%02d.log", cycle)))
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "sequencer", "--datadir", dataDir, "--l1-rpc", l1url, "--deployment", depFile,
			"--keystore", acc.URL.Path, "--password-file", pwFile, "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", rpcPort),
			"--block-time", "100ms", "--batch-interval", "300ms", "--l1-poll-interval", "100ms", "--l1-resubmit", "2s",
			"--log-level", "debug")
		cmd.Stdout, cmd.Stderr = logf, logf
		cmd.Env = os.Environ()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		p := &seqProcess{cmd: cmd, url: fmt.Sprintf("http://127.0.0.1:%d", rpcPort), log: logf, done: make(chan struct{})}
		go func() { _ = cmd.Wait(); close(p.done) }()
		deadline := time.Now().Add(30 * time.Second)
		for {
			if resp, err := http.Get(p.url + "/healthz"); err == nil {
				resp.Body.Close()
				return p
			}
			select {
			case <-p.done:
				t.Fatalf("sequencer exited at start (cycle %d): %s", cycle, tail(logf.Name(), 3000))
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("sequencer did not serve within 30 s (cycle %d)", cycle)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	kill := func(p *seqProcess) {
		_ = p.cmd.Process.Signal(syscall.SIGKILL)
		<-p.done
		p.log.Close()
	}

	// The load: each wallet sends transfers with consecutive nonces; a tx
	// is acknowledged when sendRawTransaction answered with its hash.
	dom := state.NewDomain(c.ChainID.Uint64(), d.Rollup)
	ld := &load{acked: map[common.Hash]int{}, next: map[int]uint64{}}
	var cur *seqProcess
	var curMu sync.Mutex
	stopLoad := make(chan struct{})
	var wg sync.WaitGroup
	for _, w := range wallets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ld.run(t, w, c, dom, func() string {
				curMu.Lock()
				defer curMu.Unlock()
				if cur == nil {
					return ""
				}
				return cur.url
			}, stopLoad)
		}()
	}
	rng := rand.New(rand.NewPCG(7, 7))
	txmState := filepath.Join(dataDir, "txmgr.json")
	inFlightKills := 0
	for cycle := 0; cycle < cycles; cycle++ {
		p := start(cycle)
		curMu.Lock()
		cur = p
		curMu.Unlock()
		if cycle%3 == 2 && waitForPendingL1Tx(txmState, 5*time.Second) {
			inFlightKills++ // a submitBatch or finalize is in flight
		} else {
			time.Sleep(time.Duration(200+rng.IntN(1300)) * time.Millisecond)
		}
		kill(p)
	}
	if inFlightKills == 0 {
		t.Fatal("no kill landed while an L1 tx was in flight")
	}
	// A last, clean run: let every acknowledged tx be included and posted.
	p := start(cycles)
	curMu.Lock()
	cur = p
	curMu.Unlock()
	time.Sleep(500 * time.Millisecond)
	close(stopLoad)
	wg.Wait()
	cli, err := client.Dial(context.Background(), p.url)
	if err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	ld.mu.Lock()
	acked := ld.acked
	ld.mu.Unlock()
	if len(acked) < 100 {
		t.Fatalf("only %d txs acknowledged over %d cycles: the load did not run", len(acked), cycles)
	}
	for h := range acked {
		st, err := cli.WaitTx(ctx, h, client.StatusPosted, 100*time.Millisecond)
		if err != nil {
			t.Fatalf("acknowledged tx %s: %v (status %+v); logs in %s", h, err, st, dir)
		}
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.done:
	case <-time.After(60 * time.Second):
		t.Fatal("the sequencer did not stop on SIGTERM")
	}
	if code := p.cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("sequencer exited %d on SIGTERM", code)
	}
	checkL1Batches(t, c, d, genesis, dom)
	t.Logf("%d cycles, %d txs acknowledged, %d kills with an L1 tx in flight", cycles, len(acked), inFlightKills)
}

// tail returns the end of a log file.
func tail(path string, n int) string {
	b, _ := os.ReadFile(path)
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// waitForPendingL1Tx polls the tx manager's state file until it lists a
// pending tx (true) or the timeout passes.
func waitForPendingL1Tx(path string, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(path); err == nil {
			var f struct {
				Pending []json.RawMessage `json:"pending"`
			}
			if json.Unmarshal(b, &f) == nil && len(f.Pending) > 0 {
				return true
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	return false
}

// load is the wallets' transfers and which were acknowledged.
type load struct {
	mu    sync.Mutex
	acked map[common.Hash]int
	next  map[int]uint64
}

func (ld *load) run(t *testing.T, w int, c *l1test.Chain, dom *state.Domain, url func() string, stop chan struct{}) {
	nonce := uint64(0)
	to := c.Addrs[(w+1)%len(c.Addrs)]
	var pending *state.Tx
	for {
		select {
		case <-stop:
			return
		default:
		}
		if pending == nil {
			pending = &state.Tx{Nonce: nonce, MaxFee: uint256.NewInt(1e16), Body: &state.Transfer{To: to, Amount: uint256.NewInt(1)}}
			if err := dom.Sign(pending, c.Keys[w]); err != nil {
				t.Error(err)
				return
			}
		}
		u := url()
		if u == "" {
			time.Sleep(20 * time.Millisecond)
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		cli, err := client.Dial(ctx, u)
		if err == nil {
			var h common.Hash
			h, err = cli.SendTransaction(ctx, pending)
			cli.Close()
			code := client.CodeOf(err)
			switch {
			case err == nil:
				ld.mu.Lock()
				ld.acked[h] = w
				ld.mu.Unlock()
				nonce, pending = nonce+1, nil
			case code == 803:
				// Journaled before a kill, its answer lost: it is in.
				nonce, pending = nonce+1, nil
			case code == int(state.CodeBadNonce):
				// Included before a kill, its answer lost.
				nonce, pending = nonce+1, nil
			}
		}
		cancel()
		time.Sleep(5 * time.Millisecond)
	}
}

// checkL1Batches: every BatchSubmitted on L1 is for the next index (no
// index twice, none skipped), and replaying the batch bodies from their
// L1 txs on a fresh state reproduces each header's post-state root.
func checkL1Batches(t *testing.T, c *l1test.Chain, d *l1test.Deployment, genesis state.Params, dom *state.Domain) {
	t.Helper()
	ctx := context.Background()
	r := bindings.NewRollup()
	logs, err := c.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.Rollup}})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []*l1iface.Message
	type sub struct {
		index uint64
		tx    common.Hash
		hash  common.Hash
	}
	var subs []sub
	for i := range logs {
		lg := &logs[i]
		switch lg.Topics[0] {
		case l1.MessageQueuedTopic():
			q, err := l1.ParseMessageQueued(d.Rollup, lg)
			if err != nil {
				t.Fatal(err)
			}
			m := q.Message
			msgs = append(msgs, &m)
		case r.GetABI().Events["BatchSubmitted"].ID:
			e, err := r.UnpackBatchSubmittedEvent(lg)
			if err != nil {
				t.Fatal(err)
			}
			if e.Index > 0 {
				subs = append(subs, sub{e.Index, lg.TxHash, e.HeaderHash})
			}
		}
	}
	if len(subs) == 0 {
		t.Fatal("no batch on L1")
	}
	db, err := state.OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := state.Open(ctx, db, dom, &state.Genesis{Params: genesis}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	src := func(_ context.Context, i uint64) (*l1iface.Message, error) {
		if i >= uint64(len(msgs)) {
			return nil, fmt.Errorf("no message %d", i)
		}
		return msgs[i], nil
	}
	method := r.GetABI().Methods["submitBatch"]
	for i, s := range subs {
		if s.index != uint64(i+1) {
			t.Fatalf("L1 batch submission %d has index %d: an index posted twice or skipped", i, s.index)
		}
		tx, _, err := c.Client.TransactionByHash(ctx, s.tx)
		if err != nil {
			t.Fatal(err)
		}
		args, err := method.Inputs.Unpack(tx.Data()[4:])
		if err != nil {
			t.Fatal(err)
		}
		body := args[1].([]byte)
		bt, err := state.DecodeBatch(body)
		if err != nil {
			t.Fatalf("batch %d body: %v", s.index, err)
		}
		var sealed []*state.Sealed
		for _, blk := range bt.Blocks {
			sd, err := st.ApplyBlock(ctx, blk, src)
			if err != nil {
				t.Fatalf("replaying batch %d from L1: %v", s.index, err)
			}
			sealed = append(sealed, sd...)
		}
		_, root := st.Head()
		onL1, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Rollup, Data: r.PackBatch(s.index)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := r.UnpackBatch(onL1)
		if len(sealed) != 1 || root != common.Hash(b.PostStateRoot) || common.Hash(b.HeaderHash) != s.hash {
			t.Fatalf("batch %d replayed from L1 to root %s, header says %s", s.index, root, common.Hash(b.PostStateRoot))
		}
	}
}

var _ = strings.TrimSpace
var _ = crypto.Keccak256Hash
