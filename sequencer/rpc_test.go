package sequencer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/sequencer/mempool"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// wantCode fails unless err carries the sequencer's code.
func wantCode(t *testing.T, what string, err error, code int) {
	t.Helper()
	if got := client.CodeOf(err); got != code {
		t.Fatalf("%s: %v (code %d), want code %d", what, err, got, code)
	}
}

// TestRPC drives every method through client/ over HTTP and WebSocket,
// success and error paths, the subscriptions over WebSocket, and the
// HTTP limits.
func TestRPC(t *testing.T) {
	n := newTestNet(t)
	ctx := n.ctx

	// Subscriptions first, so they see the market being built.
	blocks := make(chan *client.Block, 1024)
	sb, err := n.cli.SubscribeNewBlocks(ctx, blocks)
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Unsubscribe()
	statuses := make(chan *client.TxStatus, 1024)
	ss, err := n.cli.SubscribeTxStatus(ctx, n.addr(kBuyer), statuses)
	if err != nil {
		t.Fatal(err)
	}
	defer ss.Unsubscribe()
	jobs := make(chan *client.Job, 16)
	sj, err := n.cli.SubscribeJobs(ctx, n.addr(kProvider), jobs)
	if err != nil {
		t.Fatal(err)
	}
	defer sj.Unsubscribe()

	lease := n.market()
	j := newSmallJob(t, 3)
	jobID := n.submitJob(lease, j)
	rid := n.postReceipt(jobID, j)
	wd := n.send(kBuyer, &state.Withdraw{To: n.addr(kBuyer), Amount: eth(1)})

	select {
	case b := <-blocks:
		if b.Number == 0 {
			t.Fatalf("newBlocks delivered %+v", b)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no newBlocks notification")
	}
	deadline := time.After(10 * time.Second)
	for seen := false; !seen; {
		select {
		case st := <-statuses:
			seen = st.Hash == wd.Hash && st.Status == client.StatusIncluded && st.WithdrawalID != nil
			if st.Sender == nil || *st.Sender != n.addr(kBuyer) {
				t.Fatalf("txStatus for another sender: %+v", st)
			}
		case <-deadline:
			t.Fatal("no txStatus notification of the withdrawal")
		}
	}
	select {
	case got := <-jobs:
		if got.ID != jobID || got.Provider != n.addr(kProvider) || len(got.Layers) != 2 {
			t.Fatalf("jobsAssigned delivered %+v", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no jobsAssigned notification")
	}

	httpc, err := client.Dial(ctx, n.seq.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer httpc.Close()
	for name, c := range map[string]*client.Client{"http": httpc, "ws": n.cli} {
		t.Run(name, func(t *testing.T) { checkMethods(t, n, c, lease, jobID, rid) })
	}

	// Subscriptions need WebSocket.
	if _, err := httpc.SubscribeNewBlocks(ctx, make(chan *client.Block)); err == nil {
		t.Fatal("a subscription over HTTP succeeded")
	}
	// A JSON-RPC batch over the limit is refused as a whole.
	var batch []rpc.BatchElem
	for i := 0; i <= DefaultMaxBatchItems; i++ {
		batch = append(batch, rpc.BatchElem{Method: "gpuroll_syncStatus", Result: new(client.SyncStatus)})
	}
	err = httpc.RPC().BatchCallContext(ctx, batch)
	if err == nil && batch[len(batch)-1].Error == nil {
		t.Fatal("a batch over the limit was served")
	}
	// A body over the limit gets 413 and the process stays up.
	big := bytes.Repeat([]byte("a"), int(DefaultMaxRequestBytes)+1)
	resp, err := http.Post(n.seq.RPCURL(), "application/json", bytes.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized request: HTTP %d", resp.StatusCode)
	}
	// Garbage and a wrong JSON type get JSON-RPC errors, not a crash.
	resp, err = http.Post(n.seq.RPCURL(), "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"gpuroll_getAccount","params":[12]}`))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Error *struct{ Code int } `json:"error"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if out.Error == nil {
		t.Fatal("a wrong parameter type got no error")
	}
	resp, err = http.Get(strings.TrimSuffix(n.seq.RPCURL(), "/") + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	resp.Body.Close()
	if _, err := httpc.SyncStatus(ctx); err != nil {
		t.Fatalf("the sequencer is not serving after bad input: %v", err)
	}
}

func checkMethods(t *testing.T, n *testNet, c *client.Client, lease uint64, jobID, rid common.Hash) {
	ctx := n.ctx
	ci, err := c.ChainInfo(ctx)
	if err != nil || ci.Contracts.Rollup != n.d.Rollup || ci.BaseFee == nil || ci.Domain.Name != "gpuroll" {
		t.Fatalf("chainInfo %+v %v", ci, err)
	}
	// The deterrence of docs/economics.md for the live (default)
	// parameters and the reference audit: the target is met.
	if d := ci.Deterrence; d == nil || !d.Meets || d.MinRatio < 10 || d.Auditors != 3 || len(d.Buckets) == 0 {
		t.Fatalf("chainInfo deterrence %+v", ci.Deterrence)
	}
	if d, err := c.Domain(ctx); err != nil || d.Separator() != n.dom.Separator() {
		t.Fatalf("domain %v", err)
	}
	st, err := c.SyncStatus(ctx)
	if err != nil || st.L2Head == 0 || st.MessagesSeen == 0 {
		t.Fatalf("syncStatus %+v %v", st, err)
	}

	// Sending: accepted, and each refusal with its code.
	n.deposit(kOther, ether(1))
	n.waitBalance(kOther, eth(1))
	good := n.sign(kOther, &state.Transfer{To: n.addr(kBuyer), Amount: uint256.NewInt(1)})
	h, err := c.SendTransaction(ctx, good)
	if err != nil || h != good.ID() {
		t.Fatalf("send: %s %v, want hash %s", h, err, good.ID())
	}
	_, err = c.SendTransaction(ctx, good)
	wantCode(t, "the same tx again", err, int(mempool.CodeAlreadyKnown))
	_, err = c.SendRawTransaction(ctx, []byte{1, 2, 3})
	wantCode(t, "malformed", err, int(state.CodeMalformed))
	_, err = c.SendRawTransaction(ctx, append([]byte{99}, good.Encode()[1:]...))
	wantCode(t, "unknown type", err, int(state.CodeUnknownType))
	bad := *good
	bad.Sig[64] = 7
	_, err = c.SendTransaction(ctx, &bad)
	wantCode(t, "bad signature", err, int(state.CodeBadSignature))
	stale := &state.Tx{Nonce: 0, MaxFee: uint256.NewInt(1e16), Body: &state.Transfer{To: n.addr(kOther), Amount: uint256.NewInt(1)}}
	if err := n.dom.Sign(stale, n.keys[kBuyer]); err != nil {
		t.Fatal(err)
	}
	_, err = c.SendTransaction(ctx, stale)
	wantCode(t, "nonce below the account's", err, int(state.CodeBadNonce))
	res, err := c.SendRawTransactions(ctx, [][]byte{good.Encode(), {1}})
	if err != nil || len(res) != 2 || res[0].Code != int(mempool.CodeAlreadyKnown) || res[1].Code != int(state.CodeMalformed) {
		t.Fatalf("sendRawTransactions %+v %v", res, err)
	}
	many := make([][]byte, DefaultMaxBatchItems+1)
	for i := range many {
		many[i] = []byte{0}
	}
	_, err = c.SendRawTransactions(ctx, many)
	wantCode(t, "too many txs in one call", err, CodeTooMany)
	if st, err := c.WaitTx(ctx, h, client.StatusIncluded, 50*time.Millisecond); err != nil || st.Type != "Transfer" || st.Fee == nil {
		t.Fatalf("status of the sent tx %+v %v", st, err)
	}
	if st, err := c.TxStatus(ctx, common.Hash{1}); err != nil || st.Status != client.StatusUnknown {
		t.Fatalf("status of an unknown tx %+v %v", st, err)
	}

	// Accounts, providers, leases.
	if a, err := c.Account(ctx, common.Address{0xee}); err != nil || (*uint256.Int)(a.Balance).Sign() != 0 || a.Nonce != 0 {
		t.Fatalf("unknown account %+v %v", a, err)
	}
	ps, err := c.Providers(ctx)
	if err != nil || len(ps) != 1 || ps[0].Address != n.addr(kProvider) || (*uint256.Int)(ps[0].Bond).Cmp(eth(50)) != 0 {
		t.Fatalf("providers %+v %v", ps, err)
	}
	_, err = c.Provider(ctx, common.Address{0xee})
	wantCode(t, "unknown provider", err, CodeNotFound)
	if l, err := c.Lease(ctx, lease); err != nil || l.Buyer != n.addr(kBuyer) || l.Status != client.LeaseOpen {
		t.Fatalf("lease %+v %v", l, err)
	}
	_, err = c.Lease(ctx, 999)
	wantCode(t, "unknown lease", err, CodeNotFound)
	if ls, err := c.Leases(ctx, n.addr(kProvider)); err != nil || len(ls) != 1 || uint64(ls[0].ID) != lease {
		t.Fatalf("leases of the provider %+v %v", ls, err)
	}

	// Jobs and receipts.
	jb, err := c.Job(ctx, jobID)
	if err != nil || jb.Status != client.JobReceipted || jb.SlashAmount == nil || jb.Block == nil {
		t.Fatalf("job %+v %v", jb, err)
	}
	_, err = c.Job(ctx, common.Hash{1})
	wantCode(t, "unknown job", err, CodeNotFound)
	if js, err := c.Jobs(ctx, n.addr(kProvider), client.JobReceipted); err != nil || len(js) != 1 || js[0].ID != jobID {
		t.Fatalf("receipted jobs of the provider %+v %v", js, err)
	}
	if js, err := c.Jobs(ctx, n.addr(kProvider), client.JobPending); err != nil || len(js) != 0 {
		t.Fatalf("pending jobs of the provider %+v %v", js, err)
	}
	_, err = c.Jobs(ctx, n.addr(kProvider), "bogus")
	wantCode(t, "bad job status", err, CodeInvalidParams)
	r, err := c.Receipt(ctx, rid)
	if err != nil || r.JobID != jobID || len(r.Signature) != 65 {
		t.Fatalf("receipt %+v %v", r, err)
	}
	// The receipt carries the provider's signed authorization: it recovers
	// the provider as Disputes will on L1.
	leaf := &l1iface.ReceiptLeaf{ReceiptID: r.ID, Provider: r.Provider, Buyer: r.Buyer, ModelRoot: r.ModelRoot, InputRoot: r.InputRoot,
		Rows: uint32(r.Rows), Layers: uint32(r.Layers), TraceRoot: r.TraceRoot, SlashAmount: (*uint256.Int)(r.SlashAmount)}
	auth := &l1iface.ReceiptAuth{JobID: r.JobID, Nonce: uint64(r.Nonce), MaxFee: (*uint256.Int)(r.MaxFee), GPUMillis: uint64(r.GPUMillis)}
	copy(auth.Sig[:], r.Signature)
	if who, ok := l1iface.SignerOf(n.dom.Separator(), leaf, auth); !ok || who != n.addr(kProvider) {
		t.Fatalf("receipt signature recovers %s (%v)", who, ok)
	}
	_, err = c.Receipt(ctx, common.Hash{1})
	wantCode(t, "unknown receipt", err, CodeNotFound)

	// Blocks and batches.
	latest, err := c.BlockByNumber(ctx, nil, false)
	if err != nil || latest.Number == 0 {
		t.Fatalf("latest block %+v %v", latest, err)
	}
	one := uint64(1)
	b1, err := c.BlockByNumber(ctx, &one, true)
	if err != nil || len(b1.Raw) == 0 || len(b1.L1Messages) == 0 {
		t.Fatalf("block 1 %+v %v", b1, err)
	}
	if dec, err := state.DecodeBlock(b1.Raw); err != nil || dec.Hash() != b1.Hash {
		t.Fatalf("block 1's raw encoding: %v", err)
	}
	far := uint64(latest.Number) + 1000
	_, err = c.BlockByNumber(ctx, &far, false)
	wantCode(t, "block above the head", err, CodeNotFound)
	b, err := c.Batch(ctx, 1)
	if err != nil || b.HeaderHash == nil || b.Status == "" {
		t.Fatalf("batch 1 %+v %v", b, err)
	}
	_, err = c.Batch(ctx, 9999)
	wantCode(t, "unknown batch", err, CodeNotFound)
	ws, err := c.Withdrawals(ctx, n.addr(kBuyer))
	if err != nil || len(ws) != 1 || (*uint256.Int)(ws[0].Amount).Cmp(eth(1)) != 0 {
		t.Fatalf("withdrawals %+v %v", ws, err)
	}
	_, err = c.ForcedResult(ctx, 0)
	wantCode(t, "a message that is not a forced tx", err, CodeNotFound)

	// The store through JSON-RPC: a small blob up and down.
	data, err := job.EncodeInput(j3Input())
	if err != nil {
		t.Fatal(err)
	}
	ua, err := client.SignUpload(n.dom, n.keys[kBuyer], client.KindInput, data, uint64(time.Now().Add(5*time.Minute).Unix()))
	if err != nil {
		t.Fatal(err)
	}
	var up client.StoreUploadResult
	if err := c.RPC().CallContext(ctx, &up, "gpuroll_storeUpload", client.KindInput, hexutil.Bytes(data), hexutil.Bytes(ua.Sig[:]), hexutil.Uint64(ua.Expiry)); err != nil {
		t.Fatalf("storeUpload: %v", err)
	}
	var down hexutil.Bytes
	if err := c.RPC().CallContext(ctx, &down, "gpuroll_storeDownload", client.KindInput, up.Root); err != nil || !bytes.Equal(down, data) {
		t.Fatalf("storeDownload: %v", err)
	}
	err = c.RPC().CallContext(ctx, &up, "gpuroll_storeUpload", client.KindInput, hexutil.Bytes(data), hexutil.Bytes(ua.Sig[:64]), hexutil.Uint64(ua.Expiry))
	var re rpc.Error
	if !errors.As(err, &re) || re.ErrorCode() != CodeInvalidParams {
		t.Fatalf("storeUpload with a short signature: %v", err)
	}
}

func j3Input() *job.Input {
	return &job.Input{Rows: 1, Width: 3, X: []int8{1, -2, 3}}
}

var _ = context.Background
