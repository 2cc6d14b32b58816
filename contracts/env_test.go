package contracts_test

import (
	"context"
	"encoding/binary"
	"math/big"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// Key numbers of the roles in every test chain.
const (
	admin      = 0 // deployer, timelock proposer/executor, sequencer, guardian, minter
	buyer      = 1
	provider   = 2
	challenger = 3
	attacker   = 4
	other      = 5
)

var (
	rollupABI   = bindings.NewRollup()
	bondsABI    = bindings.NewBonds()
	disputesABI = bindings.NewDisputes()
	tokenABI    = bindings.NewComputeToken()
	timelockABI = bindings.NewTimelock()
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

type env struct {
	t   *testing.T
	ctx context.Context
	c   *l1test.Chain
	d   *l1test.Deployment

	headers map[uint64]l1iface.BatchHeader // live batches by index
	next    uint64
}

// newEnv deploys a dev system; every non-admin key gets 1e6 tokens and
// approves Rollup and Bonds.
func newEnv(t *testing.T, mutate func(*l1.DeployConfig), opts ...l1test.Option) *env {
	t.Helper()
	c := l1test.NewChain(t, 6, opts...)
	d := c.DeployDev(t, mutate)
	e := &env{t: t, ctx: context.Background(), c: c, d: d, headers: map[uint64]l1iface.BatchHeader{}}
	e.headers[0] = l1iface.BatchHeader{PostStateRoot: d.Config.GenesisStateRoot}
	e.next = 1
	g := e.headers[0]
	if got := e.batch(0).HeaderHash; common.Hash(got) != g.Hash() {
		t.Fatalf("genesis header hash %x, Go computes %x", got, g.Hash())
	}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for i := 1; i < 6; i++ {
		e.ok(admin, d.Token, tokenABI.PackMint(e.addr(i), ether(1_000_000)))
		e.ok(i, d.Token, tokenABI.PackApprove(d.Rollup, max))
		e.ok(i, d.Token, tokenABI.PackApprove(d.Bonds, max))
	}
	return e
}

func (e *env) addr(i int) common.Address { return e.c.Addrs[i] }

func (e *env) tx(i int, to common.Address, data []byte) (*types.Receipt, error) {
	return e.c.Sender(i).Send(e.ctx, l1.TxCandidate{To: &to, Data: data})
}

func (e *env) ok(i int, to common.Address, data []byte) *types.Receipt {
	e.t.Helper()
	return e.c.MustSend(e.t, i, to, data)
}

// reverts checks that the call reverts with the named custom error, and
// that nothing was sent.
func (e *env) reverts(i int, to common.Address, data []byte, want string) {
	e.t.Helper()
	e.c.MustRevert(e.t, i, to, data, want)
}

func call[T any](e *env, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	out, err := e.c.Client.CallContract(e.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		e.t.Fatalf("call: %v (%s)", err, l1.RevertName(err))
	}
	v, err := unpack(out)
	if err != nil {
		e.t.Fatalf("unpack: %v", err)
	}
	return v
}

func (e *env) balance(a common.Address) *big.Int {
	return call(e, e.d.Token, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf)
}

func (e *env) batch(i uint64) bindings.RollupBatch {
	return call(e, e.d.Rollup, rollupABI.PackBatch(i), rollupABI.UnpackBatch)
}

func (e *env) messageCount() uint64 {
	return call(e, e.d.Rollup, rollupABI.PackMessageCount(), rollupABI.UnpackMessageCount)
}

func (e *env) rolling(n uint64) common.Hash {
	return call(e, e.d.Rollup, rollupABI.PackRollingHash(n), func(b []byte) (common.Hash, error) {
		h, err := rollupABI.UnpackRollingHash(b)
		return common.Hash(h), err
	})
}

func (e *env) warp(seconds uint64) { e.c.Warp(e.t, time.Duration(seconds)*time.Second) }

func toBindHeader(h l1iface.BatchHeader) bindings.L1CodecBatchHeader {
	return bindings.L1CodecBatchHeader{
		Index: h.Index, ParentHash: h.ParentHash, PreStateRoot: h.PreStateRoot, PostStateRoot: h.PostStateRoot,
		ReceiptsRoot: h.ReceiptsRoot, WithdrawalsRoot: h.WithdrawalsRoot, MessagesConsumed: h.MessagesConsumed,
		MessagesRollingHash: h.MessagesRollingHash, BodyHash: h.BodyHash,
	}
}

func toBindReceipt(i int, r l1iface.ReceiptLeaf) bindings.L1CodecReceiptLeaf {
	return bindings.L1CodecReceiptLeaf{
		I: big.NewInt(int64(i)), ReceiptId: r.ReceiptID, Provider: r.Provider, Buyer: r.Buyer,
		ModelRoot: r.ModelRoot, InputRoot: r.InputRoot, Rows: r.Rows, Layers: r.Layers,
		TraceRoot: r.TraceRoot, SlashAmount: r.SlashAmount.ToBig(),
	}
}

func toBindWithdrawal(i int, w l1iface.WithdrawalLeaf) bindings.L1CodecWithdrawalLeaf {
	return bindings.L1CodecWithdrawalLeaf{
		I: big.NewInt(int64(i)), WithdrawalId: w.WithdrawalID, From: w.From, To: w.To, Amount: w.Amount.ToBig(),
	}
}

func proofBytes(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i := range p {
		out[i] = p[i]
	}
	return out
}

// posted is a batch the tests submitted, with its trees for proofs.
type posted struct {
	hdr         l1iface.BatchHeader
	hash        common.Hash
	receipts    []l1iface.ReceiptLeaf
	withdrawals []l1iface.WithdrawalLeaf
	rt, wt      *l1iface.MerkleTree
}

func (p *posted) receiptProof(t *testing.T, i int) [][32]byte {
	t.Helper()
	pr, err := p.rt.Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	return proofBytes(pr)
}

func (p *posted) withdrawalProof(t *testing.T, i int) [][32]byte {
	t.Helper()
	pr, err := p.wt.Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	return proofBytes(pr)
}

// header builds the next batch header over the given leaves, consuming
// `consumed` messages (all queued when consumed < 0).
func (e *env) header(receipts []l1iface.ReceiptLeaf, withdrawals []l1iface.WithdrawalLeaf, consumed int64, body []byte) *posted {
	p := &posted{receipts: receipts, withdrawals: withdrawals}
	var rl, wl []common.Hash
	for i := range receipts {
		rl = append(rl, receipts[i].Hash(uint64(i)))
	}
	for i := range withdrawals {
		wl = append(wl, withdrawals[i].Hash(uint64(i)))
	}
	p.rt, p.wt = l1iface.NewMerkleTree(rl), l1iface.NewMerkleTree(wl)
	n := uint64(consumed)
	if consumed < 0 {
		n = e.messageCount()
	}
	parent := e.headers[e.next-1]
	var idx [8]byte
	binary.BigEndian.PutUint64(idx[:], e.next)
	p.hdr = l1iface.BatchHeader{
		Index: e.next, ParentHash: parent.Hash(), PreStateRoot: parent.PostStateRoot,
		PostStateRoot: crypto.Keccak256Hash([]byte("state"), idx[:]), ReceiptsRoot: p.rt.Root(),
		WithdrawalsRoot: p.wt.Root(), MessagesConsumed: n, MessagesRollingHash: e.rolling(n),
		BodyHash: crypto.Keccak256Hash(body),
	}
	p.hash = p.hdr.Hash()
	return p
}

func (e *env) submitPosted(p *posted, body []byte) *types.Receipt {
	e.t.Helper()
	r := e.ok(admin, e.d.Rollup, rollupABI.PackSubmitBatch(toBindHeader(p.hdr), body))
	if got := e.batch(p.hdr.Index).HeaderHash; common.Hash(got) != p.hash {
		e.t.Fatalf("batch %d header hash on L1 %x, Go %x", p.hdr.Index, got, p.hash)
	}
	e.headers[p.hdr.Index] = p.hdr
	e.next = p.hdr.Index + 1
	return r
}

// submit posts the next batch consuming every queued message.
func (e *env) submit(receipts []l1iface.ReceiptLeaf, withdrawals []l1iface.WithdrawalLeaf) *posted {
	e.t.Helper()
	body := []byte("body of batch")
	p := e.header(receipts, withdrawals, -1, body)
	e.submitPosted(p, body)
	return p
}

func (e *env) params() bindings.RollupParams {
	return call(e, e.d.Rollup, rollupABI.PackParams(), rollupABI.UnpackParams)
}

// finalize warps past the batch's reveal end and finalizes it.
func (e *env) finalize(p *posted) *types.Receipt {
	e.t.Helper()
	b := e.batch(p.hdr.Index)
	if now := e.c.Now(e.t); now < b.RevealEnd {
		e.warp(b.RevealEnd - now)
	}
	return e.ok(other, e.d.Rollup, rollupABI.PackFinalize(p.hdr.Index, p.hash))
}

// queue reads every MessageQueued log and checks the queue against the Go
// implementation of docs/l1-interface.md: payloads decode strictly, the
// rolling hash chains, and Rollup.rollingHash agrees at every index.
func (e *env) queue() []l1iface.Message {
	e.t.Helper()
	logs, err := e.c.Client.FilterLogs(e.ctx, ethereum.FilterQuery{
		Addresses: []common.Address{e.d.Rollup},
		Topics:    [][]common.Hash{{rollupABI.GetABI().Events["MessageQueued"].ID}},
	})
	if err != nil {
		e.t.Fatalf("logs: %v", err)
	}
	var out []l1iface.Message
	rolling := common.Hash{}
	for i := range logs {
		ev, err := rollupABI.UnpackMessageQueuedEvent(&logs[i])
		if err != nil {
			e.t.Fatalf("unpack MessageQueued: %v", err)
		}
		if ev.Index != uint64(len(out)) {
			e.t.Fatalf("message %d has index %d", len(out), ev.Index)
		}
		m := l1iface.Message{Index: ev.Index, Kind: l1iface.MessageKind(ev.Kind), Timestamp: ev.Timestamp, Payload: ev.Payload}
		if _, err := m.Decode(); err != nil {
			e.t.Fatalf("message %d (kind %d) does not decode in Go: %v", ev.Index, ev.Kind, err)
		}
		rolling = l1iface.NextRollingHash(rolling, m.Hash())
		if rolling != ev.RollingHash {
			e.t.Fatalf("message %d: rolling hash %x, Go %x", ev.Index, ev.RollingHash, rolling)
		}
		if got := e.rolling(ev.Index + 1); got != rolling {
			e.t.Fatalf("rollingHash(%d) = %x, Go %x", ev.Index+1, got, rolling)
		}
		out = append(out, m)
	}
	if n := e.messageCount(); n != uint64(len(out)) {
		e.t.Fatalf("messageCount %d, logs %d", n, len(out))
	}
	return out
}

func (e *env) lastMessage() l1iface.Payload {
	e.t.Helper()
	q := e.queue()
	p, err := q[len(q)-1].Decode()
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

func u256(b *big.Int) *uint256.Int { v, _ := uint256.FromBig(b); return v }

// receiptLeaf is a receipt by provider for buyer with the given slash amount.
func receiptLeaf(seed byte, prov, buy common.Address, slash *big.Int) l1iface.ReceiptLeaf {
	h := func(tag string) common.Hash {
		x := crypto.Keccak256Hash([]byte(tag), []byte{seed})
		x[0] &= 0x0f // keep roots below the BN254 modulus
		return x
	}
	r := l1iface.ReceiptLeaf{
		Provider: prov, Buyer: buy, ModelRoot: h("model"), InputRoot: h("input"),
		Rows: 4, Layers: 3, TraceRoot: h("trace"), SlashAmount: u256(slash),
	}
	relabel(&r)
	return r
}

// testJobID is the job id of a test receipt: a function of its model root,
// so a reveal can sign any test leaf again.
func testJobID(r *l1iface.ReceiptLeaf) common.Hash {
	return crypto.Keccak256Hash([]byte("job"), r.ModelRoot[:])
}

// relabel sets the receipt id its fields derive (after a test changed one).
func relabel(r *l1iface.ReceiptLeaf) {
	r.ReceiptID = l1iface.ReceiptID(testJobID(r), r.Provider, r.ModelRoot, r.InputRoot, r.Rows, r.Layers, r.TraceRoot)
}

// auth is the provider's signature of receipt r for this deployment.
func (e *env) auth(r l1iface.ReceiptLeaf) bindings.L1CodecReceiptAuth {
	e.t.Helper()
	return e.c.ReceiptAuth(e.t, e.d.Rollup, &r, testJobID(&r))
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func callFrom(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}
