// Package e2e holds the end-to-end suites: whole markets (a simulated L1,
// the real contracts, a sequencer) with providers and challengers running
// on them, in process or as child processes.
package e2e

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/zoo"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/provider"
	"github.com/gpuroll/gpuroll/state"
)

// provJob is a real job (a zoo.Random model and input) with what an honest
// execution gives, computed by the test on its own.
type provJob struct {
	model   *job.Model
	input   *job.Input
	specs   []job.LayerSpec
	inRoot  common.Hash
	mb, ib  []byte
	output  []int8 // the last layer's outputs, row-major
	trRoot  common.Hash
	widths  []int
	id      common.Hash // once submitted
	leaseID uint64
}

func newProvJob(t testing.TB, widths []int, rows int, seed uint64) *provJob {
	t.Helper()
	m, err := zoo.Random(widths, 40, seed)
	if err != nil {
		t.Fatal(err)
	}
	in := zoo.RandomInput(rows, widths[0], seed+1)
	j := &provJob{model: m, input: in, widths: widths}
	if j.specs, err = m.Specs(); err != nil {
		t.Fatal(err)
	}
	ir, err := job.InputRoot(in.X, in.Rows, in.Width)
	if err != nil {
		t.Fatal(err)
	}
	j.inRoot = ir.Bytes()
	if j.mb, err = job.EncodeModel(m); err != nil {
		t.Fatal(err)
	}
	if j.ib, err = job.EncodeInput(in); err != nil {
		t.Fatal(err)
	}
	tr, err := (&job.Reference{}).Execute(context.Background(), m, in)
	if err != nil {
		t.Fatal(err)
	}
	j.output = append([]int8(nil), tr.Output()...)
	root, err := tr.Root()
	if err != nil {
		t.Fatal(err)
	}
	j.trRoot = root.Bytes()
	return j
}

// provNet is a market for the provider's end-to-end tests.
type provNet struct {
	*testnet.Net
	t *testing.T
}

func startProvNet(t *testing.T, o testnet.Options) *provNet {
	t.Helper()
	return &provNet{Net: testnet.Start(t, o), t: t}
}

// submit uploads a job's data as the buyer and submits it on the lease
// (waiting for inclusion); it returns the job id.
func (n *provNet) submit(buyer int, lease uint64, j *provJob) common.Hash {
	n.t.Helper()
	n.Upload(buyer, client.KindModel, j.mb)
	n.Upload(buyer, client.KindInput, j.ib)
	st := n.Send(buyer, &state.SubmitJob{LeaseID: lease, Layers: j.specs, Rows: uint32(j.input.Rows), InputRoot: j.inRoot})
	if st.JobID == nil {
		n.t.Fatalf("SubmitJob status without a job id: %+v", st)
	}
	j.id, j.leaseID = *st.JobID, lease
	return j.id
}

// submitAll uploads the jobs' data and sends their SubmitJobs at once
// (consecutive nonces, one block if the sequencer takes them together),
// then waits for all; the jobs are assigned in this order.
func (n *provNet) submitAll(buyer int, lease uint64, jobs ...*provJob) {
	n.t.Helper()
	for _, j := range jobs {
		n.Upload(buyer, client.KindModel, j.mb)
		n.Upload(buyer, client.KindInput, j.ib)
	}
	acc, err := n.Client.Account(n.Ctx, n.Addr(buyer))
	if err != nil {
		n.t.Fatal(err)
	}
	hashes := make([]common.Hash, len(jobs))
	for i, j := range jobs {
		tx := &state.Tx{Nonce: uint64(acc.PendingNonce) + uint64(i), MaxFee: uint256.NewInt(1e17),
			Body: &state.SubmitJob{LeaseID: lease, Layers: j.specs, Rows: uint32(j.input.Rows), InputRoot: j.inRoot}}
		if err := n.Domain.Sign(tx, n.Key(buyer)); err != nil {
			n.t.Fatal(err)
		}
		if hashes[i], err = n.Client.SendTransaction(n.Ctx, tx); err != nil {
			n.t.Fatalf("SubmitJob %d: %v", i, err)
		}
	}
	ctx, cancel := context.WithTimeout(n.Ctx, time.Minute)
	defer cancel()
	for i, h := range hashes {
		st, err := n.Client.WaitTx(ctx, h, client.StatusIncluded, 20*time.Millisecond)
		if err != nil || st.JobID == nil {
			n.t.Fatalf("SubmitJob %d: %+v %v", i, st, err)
		}
		jobs[i].id, jobs[i].leaseID = *st.JobID, lease
	}
}

// openLease opens a lease from buyer to provider at the provider's price.
func (n *provNet) openLease(buyer int, prov common.Address, deposit *uint256.Int) uint64 {
	n.t.Helper()
	p, err := n.Client.Provider(n.Ctx, prov)
	if err != nil {
		n.t.Fatal(err)
	}
	st := n.Send(buyer, &state.OpenLease{Provider: prov, PricePerGPUHour: (*uint256.Int)(p.PricePerGPUHour), Deposit: deposit, Duration: 3600})
	if st.LeaseID == nil {
		n.t.Fatalf("OpenLease without a lease id: %+v", st)
	}
	return uint64(*st.LeaseID)
}

// waitJob waits until the job has status want on L2.
func (n *provNet) waitJob(id common.Hash, want string, within time.Duration) *client.Job {
	n.t.Helper()
	deadline := time.Now().Add(within)
	for {
		j, err := n.Client.Job(n.Ctx, id)
		if err != nil {
			n.t.Fatal(err)
		}
		if j.Status == want {
			return j
		}
		if j.Status != client.JobPending {
			n.t.Fatalf("job %s is %s (reason %d), want %s", id, j.Status, uint64(j.RejectReason), want)
		}
		if time.Now().After(deadline) {
			n.t.Fatalf("job %s still %s after %v, want %s", id, j.Status, within, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitProviderRegistered waits until the provider's offer is on L2.
func (n *provNet) waitProviderRegistered(a common.Address) {
	n.t.Helper()
	n.WaitFor("the provider registered on L2", func() (bool, error) {
		_, err := n.Client.Provider(n.Ctx, a)
		return err == nil, nil
	})
}

// l1Tokens is an address's token balance on L1.
func (n *provNet) l1Tokens(a common.Address) *big.Int {
	n.t.Helper()
	tok := bindings.NewComputeToken()
	out, err := n.Chain.Client.CallContract(n.Ctx, ethereum.CallMsg{To: &n.Deploy.Token, Data: tok.PackBalanceOf(a)}, nil)
	if err != nil {
		n.t.Fatal(err)
	}
	v, err := tok.UnpackBalanceOf(out)
	if err != nil {
		n.t.Fatal(err)
	}
	return v
}

// l1Call calls a contract view.
func (n *provNet) l1Call(to common.Address, data []byte) []byte {
	n.t.Helper()
	out, err := n.Chain.Client.CallContract(n.Ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		n.t.Fatal(err)
	}
	return out
}

// l2Balance is an address's L2 balance.
func (n *provNet) l2Balance(a common.Address) *big.Int {
	n.t.Helper()
	acc, err := n.Client.Account(n.Ctx, a)
	if err != nil {
		n.t.Fatal(err)
	}
	return (*uint256.Int)(acc.Balance).ToBig()
}

// feesBySender scans every L2 block and sums the fees each sender paid
// (from the sequencer's tx statuses), counting txs by sender and type.
func (n *provNet) feesBySender() (map[common.Address]*big.Int, map[common.Address]map[string]int) {
	n.t.Helper()
	head, err := n.Client.BlockByNumber(n.Ctx, nil, false)
	if err != nil {
		n.t.Fatal(err)
	}
	fees := map[common.Address]*big.Int{}
	types := map[common.Address]map[string]int{}
	for b := uint64(0); b <= uint64(head.Number); b++ {
		blk, err := n.Client.BlockByNumber(n.Ctx, &b, false)
		if err != nil {
			n.t.Fatal(err)
		}
		for _, h := range blk.Txs {
			st, err := n.Client.TxStatus(n.Ctx, h)
			if err != nil {
				n.t.Fatal(err)
			}
			if st.Sender == nil || st.Fee == nil {
				n.t.Fatalf("included tx %s without sender or fee: %+v", h, st)
			}
			if fees[*st.Sender] == nil {
				fees[*st.Sender], types[*st.Sender] = new(big.Int), map[string]int{}
			}
			fees[*st.Sender].Add(fees[*st.Sender], (*uint256.Int)(st.Fee).ToBig())
			types[*st.Sender][st.Type]++
		}
	}
	return fees, types
}

// providerConfig is a provider on this market with test timings; the key
// must hold L1 tokens (testnet funds keys 1..9).
func (n *provNet) providerConfig(key int) provider.Config {
	return provider.Config{
		DataDir: n.t.TempDir(), SequencerURL: n.Seq.RPCURL(), L1RPC: n.L1URL, Deployment: n.Deploy.Addresses,
		Key: n.Key(key), Price: testnet.Eth(1000), Endpoint: fmt.Sprintf("https://provider-%d.example", key),
		NoNVML: true, StatusAddr: "127.0.0.1:0", Bond: testnet.Ether(20), FeeReserve: testnet.Ether(1), FeeDeposit: testnet.Ether(5),
		PollInterval: 100 * time.Millisecond, TxPollInterval: 25 * time.Millisecond, RPCTimeout: 10 * time.Second,
		FetchBackoff: 50 * time.Millisecond, ShutdownGrace: 10 * time.Second,
		TxMgr:  l1.TxManagerConfig{PollInterval: 50 * time.Millisecond, ResubmitInterval: 2 * time.Second},
		Logger: testnet.Logger().With("provider", key),
	}
}

// startProvider builds and starts a provider; it stops when the test ends.
func (n *provNet) startProvider(cfg provider.Config) *provider.Service {
	n.t.Helper()
	p, err := provider.New(n.Ctx, cfg)
	if err != nil {
		n.t.Fatalf("provider: %v", err)
	}
	n.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := p.Stop(ctx); err != nil {
			n.t.Errorf("stop provider: %v", err)
		}
	})
	if err := p.Start(n.Ctx); err != nil {
		n.t.Fatalf("start provider: %v", err)
	}
	return p
}

// checkResult: the store serves the job's result from the provider's
// trace, and it is what the test's own execution gives.
func (n *provNet) checkResult(j *provJob, traceRoot common.Hash) {
	n.t.Helper()
	if traceRoot != j.trRoot {
		n.t.Fatalf("job %s: receipt trace root %s, the honest trace's is %s", j.id, traceRoot, j.trRoot)
	}
	rows, err := n.Store.Result(n.Ctx, traceRoot)
	if err != nil {
		n.t.Fatal(err)
	}
	w := j.widths[len(j.widths)-1]
	if len(rows) != j.input.Rows {
		n.t.Fatalf("job %s: result of %d rows, want %d", j.id, len(rows), j.input.Rows)
	}
	for r, row := range rows {
		if !slices.Equal(row, j.output[r*w:(r+1)*w]) {
			n.t.Fatalf("job %s row %d: result %v, want %v", j.id, r, row, j.output[r*w:(r+1)*w])
		}
	}
}

// waitRecord waits until the provider's records have the job in state
// (the provider notices an inclusion a tx poll after the sequencer).
func (n *provNet) waitRecord(p *provider.Service, id common.Hash, state string) provider.JobStatus {
	n.t.Helper()
	var out provider.JobStatus
	n.WaitFor(fmt.Sprintf("job %s %s in the provider's records", id, state), func() (bool, error) {
		for _, js := range p.Status().Jobs {
			if js.ID == id && js.State == state {
				out = js
				return true, nil
			}
		}
		return false, nil
	})
	return out
}

// receiptOf finds the receipt of a receipted job through the provider's
// status (its records) and checks it against the sequencer's.
func (n *provNet) receiptOf(p *provider.Service, id common.Hash) *client.Receipt {
	n.t.Helper()
	for _, js := range p.Status().Jobs {
		if js.ID == id {
			r, err := n.Client.Receipt(n.Ctx, js.ReceiptID)
			if err != nil {
				n.t.Fatalf("receipt %s of job %s: %v", js.ReceiptID, id, err)
			}
			if r.JobID != id || r.Provider != p.Address() {
				n.t.Fatalf("receipt %s is of job %s by %s", js.ReceiptID, r.JobID, r.Provider)
			}
			return r
		}
	}
	n.t.Fatalf("the provider's records lack job %s", id)
	return nil
}

// buildBinary builds a command of this module (go build, cached by Go's
// build cache) into a temp dir of the test.
func buildBinary(t testing.TB, pkg string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), filepath.Base(pkg))
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "CGO_CFLAGS=-O2 -g -Wno-deprecated-declarations")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build %s: %v\n%s", pkg, err, b)
	}
	return out
}
