package e2e

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/zoo"
	"github.com/gpuroll/gpuroll/provider"
	"github.com/gpuroll/gpuroll/state"
)

// benchModel is one model with many inputs, for throughput runs.
type benchModel struct {
	name   string
	widths []int
	rows   int
	specs  []job.LayerSpec
	mb     []byte
	inputs [][]byte
	roots  []common.Hash
}

func newBenchModel(t testing.TB, name string, widths []int, rows, jobs int) *benchModel {
	t.Helper()
	m, err := zoo.Random(widths, 40, 7)
	if err != nil {
		t.Fatal(err)
	}
	b := &benchModel{name: name, widths: widths, rows: rows}
	if b.specs, err = m.Specs(); err != nil {
		t.Fatal(err)
	}
	if b.mb, err = job.EncodeModel(m); err != nil {
		t.Fatal(err)
	}
	for i := range jobs {
		in := zoo.RandomInput(rows, widths[0], uint64(100+i))
		ib, err := job.EncodeInput(in)
		if err != nil {
			t.Fatal(err)
		}
		r, err := job.InputRoot(in.X, in.Rows, in.Width)
		if err != nil {
			t.Fatal(err)
		}
		b.inputs, b.roots = append(b.inputs, ib), append(b.roots, r.Bytes())
	}
	return b
}

// benchRun is what one model's run measured.
type benchRun struct {
	name                 string
	macs                 uint64
	lone                 time.Duration // one job alone: assigned → receipt included
	jobs                 int
	elapsed              time.Duration // the burst: SubmitJobs sent → last receipt included
	p50, p95, max, exec  time.Duration
	gpuMillis, execTotal int64
}

func (r benchRun) String() string {
	return fmt.Sprintf("%s (%d MACs/job): alone %v; burst of %d: %.1f jobs/s, latency p50 %v p95 %v max %v, exec mean %v",
		r.name, r.macs, r.lone.Round(time.Millisecond), r.jobs, float64(r.jobs)/r.elapsed.Seconds(),
		r.p50.Round(time.Millisecond), r.p95.Round(time.Millisecond), r.max.Round(time.Millisecond), r.exec.Round(time.Microsecond))
}

// benchProvider measures one provider: for each model, one job alone,
// then a burst sent at once (consecutive nonces), from the first
// SubmitJob sent to the last receipt included.
func benchProvider(t *testing.T, n *provNet, p *provider.Service, models []*benchModel) []benchRun {
	const buyer = testnet.KeyBuyer
	var out []benchRun
	for _, bm := range models {
		lease := n.openLease(buyer, p.Address(), testnet.Eth(100))
		n.Upload(buyer, client.KindModel, bm.mb)
		for _, ib := range bm.inputs {
			n.Upload(buyer, client.KindInput, ib)
		}
		send := func(idx []int) []common.Hash {
			acc, err := n.Client.Account(n.Ctx, n.Addr(buyer))
			if err != nil {
				t.Fatal(err)
			}
			var hs []common.Hash
			for k, i := range idx {
				tx := &state.Tx{Nonce: uint64(acc.PendingNonce) + uint64(k), MaxFee: uint256.NewInt(1e17),
					Body: &state.SubmitJob{LeaseID: lease, Layers: bm.specs, Rows: uint32(bm.rows), InputRoot: bm.roots[i]}}
				if err := n.Domain.Sign(tx, n.Key(buyer)); err != nil {
					t.Fatal(err)
				}
				h, err := n.Client.SendTransaction(n.Ctx, tx)
				if err != nil {
					t.Fatal(err)
				}
				hs = append(hs, h)
			}
			var ids []common.Hash
			ctx, cancel := context.WithTimeout(n.Ctx, 5*time.Minute)
			defer cancel()
			for _, h := range hs {
				st, err := n.Client.WaitTx(ctx, h, client.StatusIncluded, 20*time.Millisecond)
				if err != nil || st.JobID == nil {
					t.Fatalf("SubmitJob: %+v %v", st, err)
				}
				ids = append(ids, *st.JobID)
			}
			return ids
		}
		wait := func(ids []common.Hash) time.Time {
			for _, id := range ids {
				n.waitJob(id, client.JobReceipted, 10*time.Minute)
			}
			return time.Now()
		}
		latency := func(ids []common.Hash) (lat, exec []time.Duration, gpuMS int64) {
			// The provider notices the inclusion a tx poll after the test.
			var st *provider.Status
			n.WaitFor("the provider's records of the receipts", func() (bool, error) {
				st = p.Status()
				seen := 0
				for _, js := range st.Jobs {
					if slices.Contains(ids, js.ID) && js.LatencyMS > 0 {
						seen++
					}
				}
				return seen == len(ids), nil
			})
			for _, id := range ids {
				for _, js := range st.Jobs {
					if js.ID == id {
						lat = append(lat, time.Duration(js.LatencyMS)*time.Millisecond)
						exec = append(exec, time.Duration(js.ExecMS)*time.Millisecond)
						gpuMS += int64(js.GPUMillis)
					}
				}
			}
			if len(lat) != len(ids) {
				t.Fatalf("%d of %d jobs in the provider's status (it lists the latest %d)", len(lat), len(ids), 50)
			}
			slices.Sort(lat)
			return lat, exec, gpuMS
		}
		r := benchRun{name: bm.name}
		for i, w := range bm.widths[1:] {
			r.macs += uint64(bm.rows) * uint64(bm.widths[i]) * uint64(w)
		}
		lone := send([]int{0})
		wait(lone)
		l, _, _ := latency(lone)
		r.lone = l[0]
		rest := make([]int, len(bm.inputs)-1)
		for i := range rest {
			rest[i] = i + 1
		}
		t0 := time.Now()
		ids := send(rest)
		t1 := wait(ids)
		lat, exec, gpuMS := latency(ids)
		r.jobs, r.elapsed = len(ids), t1.Sub(t0)
		r.p50, r.p95, r.max = lat[len(lat)/2], lat[len(lat)*95/100], lat[len(lat)-1]
		var sum time.Duration
		for _, e := range exec {
			sum += e
		}
		r.exec, r.gpuMillis, r.execTotal = sum/time.Duration(len(exec)), gpuMS, sum.Milliseconds()
		t.Log(r)
		out = append(out, r)
	}
	return out
}

// TestBenchProvider measures jobs per second and receipt latency (job
// assigned → receipt included) of one provider on the CPU reference
// executor, for a small model and a 4096-wide one, on the in-process
// market (100 ms L2 blocks). Behind GPUROLL_BENCH_PROVIDER (figures in
// docs/benchmarks.md, "Provider"); never part of make test.
func TestBenchProvider(t *testing.T) {
	if os.Getenv("GPUROLL_BENCH_PROVIDER") == "" {
		t.Skip("set GPUROLL_BENCH_PROVIDER=1 to measure the provider (docs/benchmarks.md)")
	}
	n := startProvNet(t, testnet.Options{})
	cfg := n.providerConfig(testnet.KeyProvider)
	cfg.Bond = testnet.Ether(500)
	cfg.Price = testnet.Eth(1)
	p := n.startProvider(cfg)
	n.waitProviderRegistered(p.Address())
	n.Deposit(testnet.KeyBuyer, testnet.Ether(10_000))
	models := []*benchModel{
		newBenchModel(t, "small 64→128→10, 16 rows", []int{64, 128, 10}, 16, 41),
		newBenchModel(t, "4096-wide 4096→4096→4096, 16 rows", []int{4096, 4096, 4096}, 16, 9),
		newBenchModel(t, "4096-wide 4096→4096→4096, 256 rows", []int{4096, 4096, 4096}, 256, 9),
	}
	for _, r := range benchProvider(t, n, p, models) {
		fmt.Printf("BENCH provider cpu %s\n", r)
	}
}
