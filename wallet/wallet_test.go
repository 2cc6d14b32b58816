package wallet

import (
	"context"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state"
)

const modelJSON = `{"layers":[
 {"shift":4,"relu":true,"weights":[[1,-2,3,4],[5,6,-7,8],[9,-10,11,12]],"bias":[10,-20,30]},
 {"shift":3,"relu":false,"weights":[[2,-1,1],[-3,2,5]],"bias":[0,7]}]}`

const inputJSON = `{"rows":[[1,2,3,4],[-5,6,-7,8]]}`

// TestWalletBuyerFlow runs a buyer's whole path with the wallet against a
// real sequencer on the simulated L1: deposit on L1, balance, lease, a job
// built from the plain JSON model and input, the provider's receipt, the
// job followed to final, the result downloaded and equal to a local
// execution, then a withdrawal claimed on L1.
func TestWalletBuyerFlow(t *testing.T) {
	n := testnet.Start(t, testnet.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	w, err := Open(ctx, Config{RPC: n.Seq.WSURL(), L1RPC: n.L1URL, Key: n.Key(testnet.KeyBuyer), DataDir: t.TempDir(), Poll: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var steps []string
	progress := func(s string) { steps = append(steps, s) }
	if err := w.Deposit(ctx, testnet.Ether(50), progress); err != nil {
		t.Fatal(err)
	}
	b, err := w.Balance(ctx)
	if err != nil || b.L2.Cmp(testnet.Eth(50)) != 0 || b.L1Tokens == nil {
		t.Fatalf("balance after a deposit: %+v %v", b, err)
	}

	// A provider (by hand here: the provider daemon has its own tests).
	n.Deposit(testnet.KeyProvider, testnet.Ether(1))
	n.Bond(testnet.KeyProvider, testnet.Ether(10))
	n.Send(testnet.KeyProvider, &state.RegisterProvider{GPUs: 1, PricePerGPUHour: testnet.Eth(1), Endpoint: "https://gpu.example"})

	_, err = w.OpenLease(ctx, n.Addr(testnet.KeyOther), testnet.Eth(1), 3600)
	if err == nil || client.CodeOf(err) != int(state.CodeUnknownProvider) && !strings.Contains(err.Error(), "not a registered provider") {
		t.Fatalf("a lease with a non-provider: %v", err)
	}
	lease, err := w.OpenLease(ctx, n.Addr(testnet.KeyProvider), testnet.Eth(5), 3600)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ModelFromJSON([]byte(modelJSON))
	if err != nil {
		t.Fatal(err)
	}
	in, err := InputFromJSON([]byte(inputJSON), m.InputWidth())
	if err != nil {
		t.Fatal(err)
	}
	mb, _ := job.EncodeModel(m)
	ib, _ := job.EncodeInput(in)
	j, err := LoadJob(mb, ib)
	if err != nil {
		t.Fatal(err)
	}
	id, err := w.SubmitJob(ctx, lease, j)
	if err != nil {
		t.Fatal(err)
	}

	// The provider executes it and posts its receipt.
	tr, err := (&job.Reference{}).Execute(ctx, m, in)
	if err != nil {
		t.Fatal(err)
	}
	st := tr.Stored()
	tb, _ := job.EncodeTrace(st)
	root := n.Upload(testnet.KeyProvider, client.KindTrace, tb)
	cj, err := n.Client.Job(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	n.Send(testnet.KeyProvider, &state.PostReceipt{JobID: id, Buyer: cj.Buyer, ModelRoot: cj.ModelRoot, InputRoot: cj.InputRoot,
		Rows: uint32(cj.Rows), Layers: uint32(len(cj.Layers)), TraceRoot: root, SlashAmount: (*uint256.Int)(cj.SlashAmount)})

	var stages []string
	r, err := w.FollowJob(ctx, id, func(stage, _ string) { stages = append(stages, stage) })
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(stages, []string{StageReceipted, StageFinal}) && !slices.Equal(stages, []string{StageAssigned, StageReceipted, StageFinal}) {
		t.Fatalf("stages %v", stages)
	}
	res, err := w.Result(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	for row := range res {
		if want := tr.Act(row, tr.Layers()); !slices.Equal(res[row], want) {
			t.Fatalf("result row %d %v, executed %v", row, res[row], want)
		}
	}

	// Withdraw 2 tokens and claim them on L1.
	before := b.L1Tokens
	if err := w.Withdraw(ctx, w.Addr, testnet.Eth(2), progress); err != nil {
		t.Fatal(err)
	}
	b, err = w.Balance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(b.L1Tokens, before); got.Cmp(testnet.Ether(2)) != 0 {
		t.Fatalf("L1 tokens grew by %v after the claim, want 2 ether", got)
	}
	// The balance reports the withdrawal as final and claimed (from L1:
	// the sequencer does not see claims), and a second claim is refused.
	if len(b.Withdrawal) != 1 || !b.Withdrawal[0].Final || !b.Withdrawal[0].Claimed {
		t.Fatalf("withdrawals after the claim: %+v, want one final and claimed", b.Withdrawal)
	}
	if err := w.Claim(ctx, uint64(b.Withdrawal[0].WithdrawalID), progress); err == nil {
		t.Fatal("a second claim of the same withdrawal succeeded")
	}

	// A lease deposit above the L2 balance is refused in tokens, before
	// anything is sent.
	_, err = w.OpenLease(ctx, b0Provider(t, ctx, w), new(uint256.Int).Mul(uint256.NewInt(1e18), uint256.NewInt(1e12)), 3600)
	if err == nil || !strings.Contains(err.Error(), "insufficient L2 balance") {
		t.Fatalf("lease above the balance: %v, want an insufficient-balance error", err)
	}
}

func b0Provider(t *testing.T, ctx context.Context, w *Wallet) common.Address {
	t.Helper()
	ps, err := w.Seq.Providers(ctx)
	if err != nil || len(ps) == 0 {
		t.Fatalf("providers: %v (%d)", err, len(ps))
	}
	return ps[0].Address
}

func TestFormatTokens(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "1000000000000000000": "1", "889999990415700000000": "889.99999",
		"1500000000000000000000000": "1500000", "1": "0",
	} {
		v := uint256.MustFromDecimal(in)
		if got := FormatTokens(v); got != want {
			t.Errorf("FormatTokens(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestModelFromJSONRefuses(t *testing.T) {
	for name, bad := range map[string]string{
		"no layers":        `{"layers":[]}`,
		"weight too large": `{"layers":[{"shift":0,"relu":false,"weights":[[128]],"bias":[0]}]}`,
		"ragged rows":      `{"layers":[{"shift":0,"relu":false,"weights":[[1,2],[3]],"bias":[0,0]}]}`,
		"bias count":       `{"layers":[{"shift":0,"relu":false,"weights":[[1]],"bias":[0,1]}]}`,
		"shift":            `{"layers":[{"shift":32,"relu":false,"weights":[[1]],"bias":[0]}]}`,
		"widths chain":     `{"layers":[{"shift":0,"relu":false,"weights":[[1],[2]],"bias":[0,0]},{"shift":0,"relu":false,"weights":[[1,2,3]],"bias":[0]}]}`,
		"unknown field":    `{"layers":[{"shift":0,"relu":false,"weights":[[1]],"bias":[0],"extra":1}]}`,
		"int32 bound":      `{"layers":[{"shift":0,"relu":false,"weights":[[127]],"bias":[2147483647]}]}`,
		"trailing":         `{"layers":[{"shift":0,"relu":false,"weights":[[1]],"bias":[0]}]} {}`,
	} {
		if _, err := ModelFromJSON([]byte(bad)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	m, err := ModelFromJSON([]byte(modelJSON))
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]string{
		"width":  `{"rows":[[1,2,3]]}`,
		"int8":   `{"rows":[[1,2,3,200]]}`,
		"no row": `{"rows":[]}`,
	} {
		if _, err := InputFromJSON([]byte(bad), m.InputWidth()); err == nil {
			t.Errorf("input %s: accepted", name)
		}
	}
}
