package e2e

import (
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/provider"
	"github.com/gpuroll/gpuroll/state"
)

// TestProviderEndToEnd: two providers on one market, one with the CPU
// reference executor and one with the Go external worker
// (job/cmd/gpuroll-worker, persistent), each bond on L1 and deposit for
// fees by themselves (approving the contracts first), register, receive
// jobs of several shapes through the subscription, run them, upload the
// traces and post the receipts; the receipts are paid when their batches
// finalize, and the earnings are withdrawn to L1 and claimed. Every
// result the store serves is the test's own execution's; every token is
// accounted for, to the wei, on L1 and L2.
func TestProviderEndToEnd(t *testing.T) {
	n := startProvNet(t, testnet.Options{})
	worker := buildBinary(t, "github.com/gpuroll/gpuroll/job/cmd/gpuroll-worker")
	const buyer = testnet.KeyBuyer
	keys := []int{testnet.KeyProvider, testnet.KeyOther}
	// testnet pre-approves every key: take that back, so the providers
	// must approve Bonds and the Rollup themselves.
	tok := bindings.NewComputeToken()
	for _, k := range keys {
		n.L1Send(k, n.Deploy.Token, tok.PackApprove(n.Deploy.Bonds, new(big.Int)))
		n.L1Send(k, n.Deploy.Token, tok.PackApprove(n.Deploy.Rollup, new(big.Int)))
	}
	l1Before := map[int]*big.Int{}
	for _, k := range keys {
		l1Before[k] = n.l1Tokens(n.Addr(k))
	}
	withdrawMin := big.NewInt(1e12)
	var provs []*provider.Service
	for i, k := range keys {
		cfg := n.providerConfig(k)
		cfg.Price = testnet.Eth(1_000_000)
		cfg.WithdrawMin = withdrawMin
		if i == 1 {
			cfg.Executor, cfg.WorkerCommand, cfg.CheckLeaves = provider.ExecExternal, []string{worker, "-kernel", "best"}, -1
		}
		provs = append(provs, n.startProvider(cfg))
	}
	for _, p := range provs {
		n.waitProviderRegistered(p.Address())
		rec, err := n.Client.Provider(n.Ctx, p.Address())
		if err != nil {
			t.Fatal(err)
		}
		if uint64(rec.GPUClass) != uint64(provider.ClassCPU) || rec.GPUs != 1 || !rec.Active || rec.Endpoint == "" {
			t.Fatalf("offer on L2: %+v", rec)
		}
		if c, name := p.Class(); c != provider.ClassCPU || name != "cpu" {
			t.Fatalf("class %d %q without NVML", c, name)
		}
		bonded, _ := bindings.NewBonds().UnpackBonded(n.l1Call(n.Deploy.Bonds, bindings.NewBonds().PackBonded(p.Address())))
		if bonded.Cmp(testnet.Ether(20)) != 0 {
			t.Fatalf("bonded %v on L1, want 20 tokens", bonded)
		}
	}

	n.Deposit(buyer, testnet.Ether(100))
	shapes := []struct {
		widths []int
		rows   int
	}{{[]int{24, 16, 8}, 3}, {[]int{64, 64, 32, 10}, 8}, {[]int{256, 256, 16}, 16}}
	var jobs []*provJob
	leases := make([]uint64, len(provs))
	for i, p := range provs {
		leases[i] = n.openLease(buyer, p.Address(), testnet.Eth(10))
		for s, sh := range shapes {
			j := newProvJob(t, sh.widths, sh.rows, uint64(100*i+10*s+1))
			n.submit(buyer, leases[i], j)
			jobs = append(jobs, j)
		}
	}
	params, err := n.Client.ChainInfo(n.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	minSlash, _ := new(big.Int).SetString(params.Contracts.Params["minSlash"], 10)
	prices := new(big.Int)
	pricesOf := map[common.Address]*big.Int{}
	for i, j := range jobs {
		p := provs[i/len(shapes)]
		cj := n.waitJob(j.id, client.JobReceipted, 90*time.Second)
		r := n.receiptOf(p, j.id)
		n.checkResult(j, r.TraceRoot)
		price := (*uint256.Int)(cj.Price).ToBig()
		wantSlash := new(big.Int).Mul(price, big.NewInt(3))
		if wantSlash.Cmp(minSlash) < 0 {
			wantSlash = minSlash
		}
		if r.GPUMillis != 0 || (*uint256.Int)(r.SlashAmount).ToBig().Cmp(wantSlash) != 0 || (*uint256.Int)(r.Price).ToBig().Cmp(price) != 0 ||
			r.ModelRoot != cj.ModelRoot || r.InputRoot != cj.InputRoot || uint64(r.Rows) != uint64(j.input.Rows) || int(r.Layers) != len(j.widths)-1 {
			t.Fatalf("receipt of job %d: %+v (job %+v)", i, r, cj)
		}
		prices.Add(prices, price)
		if pricesOf[p.Address()] == nil {
			pricesOf[p.Address()] = new(big.Int)
		}
		pricesOf[p.Address()].Add(pricesOf[p.Address()], price)
	}

	// Paid, then withdrawn and claimed on L1, until nothing is left above
	// the fee reserve.
	keep := testnet.Ether(1)
	n.WaitFor("every receipt paid and the earnings claimed on L1", func() (bool, error) {
		for _, p := range provs {
			st := p.Status()
			if st.Done != len(shapes) || st.EarningsPending != "0" {
				return false, nil
			}
			for _, w := range st.Withdrawals {
				if w.State != provider.WithdrawalClaimed {
					return false, nil
				}
			}
			if len(st.Withdrawals) == 0 || new(big.Int).Sub(n.l2Balance(p.Address()), keep).Cmp(withdrawMin) >= 0 {
				return false, nil
			}
		}
		return true, nil
	})
	for i := range provs {
		n.Send(buyer, &state.CloseLease{LeaseID: leases[i]})
	}

	// Conservation, to the wei.
	fees, types := n.feesBySender()
	allFees := new(big.Int)
	for _, f := range fees {
		allFees.Add(allFees, f)
	}
	if got := n.l2Balance(n.Addr(testnet.KeySequencer)); got.Cmp(allFees) != 0 {
		t.Fatalf("the sequencer holds %v on L2, the fees paid sum to %v", got, allFees)
	}
	wantBuyer := new(big.Int).Sub(testnet.Ether(100), prices)
	wantBuyer.Sub(wantBuyer, fees[n.Addr(buyer)])
	if got := n.l2Balance(n.Addr(buyer)); got.Cmp(wantBuyer) != 0 {
		t.Fatalf("buyer holds %v on L2, want 100 tokens − prices %v − fees %v = %v", got, prices, fees[n.Addr(buyer)], wantBuyer)
	}
	held := new(big.Int).Add(n.l2Balance(n.Addr(testnet.KeySequencer)), n.l2Balance(n.Addr(buyer)))
	for i, p := range provs {
		a := p.Address()
		st := p.Status()
		withdrawn := new(big.Int)
		for _, w := range st.Withdrawals {
			v, _ := new(big.Int).SetString(w.Amount, 10)
			withdrawn.Add(withdrawn, v)
		}
		if len(st.Withdrawals) < 2 || st.Withdrawn != withdrawn.String() {
			t.Fatalf("provider %d: withdrawals %+v (withdrawn %s)", i, st.Withdrawals, st.Withdrawn)
		}
		if st.EarningsReleased != pricesOf[a].String() || st.Rejected != 0 || st.Failed != 0 {
			t.Fatalf("provider %d status: %+v", i, st)
		}
		// L2: the fee deposit + the prices − its fees − what it withdrew.
		want := new(big.Int).Add(testnet.Ether(5), pricesOf[a])
		want.Sub(want, fees[a])
		want.Sub(want, withdrawn)
		got := n.l2Balance(a)
		if got.Cmp(want) != 0 {
			t.Fatalf("provider %d holds %v on L2, want 5 + %v − fees %v − withdrawn %v = %v", i, got, pricesOf[a], fees[a], withdrawn, want)
		}
		held.Add(held, got)
		// L1: − the bond − the fee deposit + what it claimed.
		wantL1 := new(big.Int).Sub(l1Before[keys[i]], testnet.Ether(25))
		wantL1.Add(wantL1, withdrawn)
		if got := n.l1Tokens(a); got.Cmp(wantL1) != 0 {
			t.Fatalf("provider %d holds %v on L1, want %v", i, got, wantL1)
		}
		// One receipt per job, one registration, its withdrawals, nothing else.
		if ty := types[a]; ty["PostReceipt"] != len(shapes) || ty["RegisterProvider"] != 1 || ty["Withdraw"] != len(st.Withdrawals) || len(ty) != 3 {
			t.Fatalf("provider %d sent %v", i, ty)
		}
	}
	r := bindings.NewRollup()
	escrow, _ := r.UnpackAccountedEscrow(n.l1Call(n.Deploy.Rollup, r.PackAccountedEscrow()))
	if bal := n.l1Tokens(n.Deploy.Rollup); escrow.Cmp(bal) != 0 || held.Cmp(escrow) != 0 {
		t.Fatalf("L1 escrow: accounted %v, token balance %v; L2 holds %v", escrow, bal, held)
	}

	// The status endpoint and Prometheus say the same.
	resp, err := http.Get(provs[1].StatusURL() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, m := range []string{"gpuroll_provider_up 1", "gpuroll_provider_queue_length 0", "gpuroll_provider_jobs_running 0",
		`gpuroll_provider_jobs_total{outcome="paid"} 3`, `gpuroll_provider_jobs_total{outcome="receipted"} 3`,
		"gpuroll_provider_receipt_latency_seconds_count 3", "gpuroll_provider_bond_tokens 20", "gpuroll_provider_exposure_tokens 0",
		"gpuroll_provider_paused 0", `gpuroll_provider_info{class="cpu"`} {
		if !strings.Contains(string(body), m) {
			t.Errorf("metrics lack %q", m)
		}
	}
	st, err := provider.FetchStatus(n.Ctx, provs[1].StatusURL())
	if err != nil {
		t.Fatal(err)
	}
	if !st.Live || st.Address != provs[1].Address() || st.Done != 3 || len(st.Jobs) != 3 || st.Bond != testnet.Ether(20).String() ||
		st.Exposure != "0" || st.Queue != 0 || st.Running != 0 || len(st.Slots) != 1 || st.Slots[0].GPU != "cpu" {
		t.Fatalf("status endpoint: %+v", st)
	}
	for _, js := range st.Jobs {
		if js.State != provider.StatePaid || js.Runs != 1 || js.Sent != 1 || js.LatencyMS <= 0 || js.GPUMillis != 0 {
			t.Fatalf("job in status: %+v", js)
		}
	}
}
