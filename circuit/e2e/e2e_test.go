// Package e2e runs the fraud proof end to end: a real Groth16 proof of a
// false receipt, verified by the generated Solidity verifier through
// Disputes on go-ethereum's simulated backend.
package e2e

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

const (
	admin      = 0
	buyer      = 1
	provider   = 2
	challenger = 3
	attacker   = 4
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

type env struct {
	t      testing.TB
	ctx    context.Context
	c      *l1test.Chain
	d      *l1test.Deployment
	keys   *circuit.Keys
	vers   [3]common.Address
	parent l1iface.BatchHeader
	// jobs: the job id of every receipt made by receiptFor, so a reveal
	// can carry the provider's signature of it.
	jobs map[common.Hash]common.Hash
}

// verifierBin is the compiled adapter of a class, as make generate built it
// from contracts/src/verifiers into bindings/.
func verifierBin(t testing.TB, class uint8) string {
	t.Helper()
	bins := [3]string{bindings.StepVerifierClass1MetaData.Bin, bindings.StepVerifierClass2MetaData.Bin, bindings.StepVerifierClass3MetaData.Bin}
	if class < 1 || int(class) > len(bins) || bins[class-1] == "" {
		t.Fatalf("no compiled verifier for class %d (run make generate)", class)
	}
	return bins[class-1]
}

// class1Keys runs the dev setup of class 1 once per test binary and checks
// that it reproduces the committed verifier (the setup is deterministic).
func class1Keys(t *testing.T) *circuit.Keys {
	t.Helper()
	k, err := sharedClass1()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var sharedClass1 = sync.OnceValues(func() (*circuit.Keys, error) {
	c1, _ := circuit.ClassByID(1)
	k, err := circuit.DevSetup(context.Background(), c1, []byte(circuit.DevBeacon))
	if err != nil {
		return nil, err
	}
	var sol bytes.Buffer
	if err := k.ExportSolidity(&sol); err != nil {
		return nil, err
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "contracts", "src", "verifiers", circuit.VerifierFileName(c1)))
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(sol.Bytes(), committed) {
		return nil, errors.New("regenerated class 1 verifier differs from contracts/src/verifiers: run circuit/e2e/generate.sh and commit")
	}
	return k, nil
})

// newEnv deploys the generated verifiers of all classes and the contracts
// wired to them; the provider bonds 100 tokens.
func newEnv(t testing.TB, k *circuit.Keys) *env {
	t.Helper()
	ctx := context.Background()
	// Mainnet's current (Osaka) rules: the simulated default also activates
	// the draft Bogota fork, whose state-gas metering multiplies every
	// storage write and would make the gas figures meaningless for mainnet.
	c := l1test.NewChain(t, 5, l1test.Osaka)
	e := &env{t: t, ctx: ctx, c: c, keys: k, jobs: map[common.Hash]common.Hash{}}
	for i := range e.vers {
		e.vers[i] = c.DeployBin(t, admin, verifierBin(t, uint8(i+1)), nil)
	}
	e.d = c.DeployDev(t, func(cfg *l1.DeployConfig) { cfg.Verifiers = e.vers })
	e.parent = l1iface.BatchHeader{PostStateRoot: e.d.Config.GenesisStateRoot}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	tok := bindings.NewComputeToken()
	for i := 1; i < 5; i++ {
		e.ok(admin, e.d.Token, tok.PackMint(c.Addrs[i], ether(1_000_000)))
		e.ok(i, e.d.Token, tok.PackApprove(e.d.Rollup, max))
		e.ok(i, e.d.Token, tok.PackApprove(e.d.Bonds, max))
	}
	e.ok(provider, e.d.Bonds, bindings.NewBonds().PackBond(ether(100)))
	return e
}

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

func (e *env) call(to common.Address, data []byte) []byte {
	e.t.Helper()
	out, err := e.c.Client.CallContract(e.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		e.t.Fatalf("call: %v (%s)", err, l1.RevertName(err))
	}
	return out
}

func (e *env) balance(a common.Address) *big.Int {
	tok := bindings.NewComputeToken()
	v, err := tok.UnpackBalanceOf(e.call(e.d.Token, tok.PackBalanceOf(a)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) bonded(a common.Address) *big.Int {
	b := bindings.NewBonds()
	v, err := b.UnpackBonded(e.call(e.d.Bonds, b.PackBonded(a)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) batch(i uint64) bindings.RollupBatch {
	r := bindings.NewRollup()
	v, err := r.UnpackBatch(e.call(e.d.Rollup, r.PackBatch(i)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// posted is a submitted batch with its receipts tree.
type posted struct {
	hdr      l1iface.BatchHeader
	hash     common.Hash
	receipts []l1iface.ReceiptLeaf
	tree     *l1iface.MerkleTree
}

func (p *posted) leaf(i int) bindings.L1CodecReceiptLeaf {
	r := p.receipts[i]
	return bindings.L1CodecReceiptLeaf{
		I: big.NewInt(int64(i)), ReceiptId: r.ReceiptID, Provider: r.Provider, Buyer: r.Buyer,
		ModelRoot: r.ModelRoot, InputRoot: r.InputRoot, Rows: r.Rows, Layers: r.Layers,
		TraceRoot: r.TraceRoot, SlashAmount: r.SlashAmount.ToBig(),
	}
}

func (p *posted) proof(t testing.TB, i int) [][32]byte {
	t.Helper()
	pr, err := p.tree.Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	out := make([][32]byte, len(pr))
	for j := range pr {
		out[j] = pr[j]
	}
	return out
}

// submit posts the next batch with these receipts, consuming every message.
func (e *env) submit(receipts []l1iface.ReceiptLeaf) *posted {
	e.t.Helper()
	r := bindings.NewRollup()
	n, err := r.UnpackMessageCount(e.call(e.d.Rollup, r.PackMessageCount()))
	if err != nil {
		e.t.Fatal(err)
	}
	rolling, err := r.UnpackRollingHash(e.call(e.d.Rollup, r.PackRollingHash(n)))
	if err != nil {
		e.t.Fatal(err)
	}
	p := &posted{receipts: receipts}
	var leaves []common.Hash
	for i := range receipts {
		leaves = append(leaves, receipts[i].Hash(uint64(i)))
	}
	p.tree = l1iface.NewMerkleTree(leaves)
	body := []byte("batch body")
	var idx [8]byte
	binary.BigEndian.PutUint64(idx[:], e.parent.Index+1)
	p.hdr = l1iface.BatchHeader{
		Index: e.parent.Index + 1, ParentHash: e.parent.Hash(), PreStateRoot: e.parent.PostStateRoot,
		PostStateRoot: crypto.Keccak256Hash([]byte("state"), idx[:]), ReceiptsRoot: p.tree.Root(),
		WithdrawalsRoot: common.Hash{}, MessagesConsumed: n, MessagesRollingHash: rolling,
		BodyHash: crypto.Keccak256Hash(body),
	}
	h := p.hdr
	e.ok(admin, e.d.Rollup, r.PackSubmitBatch(bindings.L1CodecBatchHeader{
		Index: h.Index, ParentHash: h.ParentHash, PreStateRoot: h.PreStateRoot, PostStateRoot: h.PostStateRoot,
		ReceiptsRoot: h.ReceiptsRoot, WithdrawalsRoot: h.WithdrawalsRoot, MessagesConsumed: h.MessagesConsumed,
		MessagesRollingHash: h.MessagesRollingHash, BodyHash: h.BodyHash,
	}, body))
	p.hash = p.hdr.Hash()
	e.parent = p.hdr
	return p
}

// lastMessage decodes the last message of the L1 queue.
func (e *env) lastMessage() l1iface.Payload {
	e.t.Helper()
	r := bindings.NewRollup()
	logs, err := e.c.Client.FilterLogs(e.ctx, ethereum.FilterQuery{
		Addresses: []common.Address{e.d.Rollup},
		Topics:    [][]common.Hash{{r.GetABI().Events["MessageQueued"].ID}},
	})
	if err != nil || len(logs) == 0 {
		e.t.Fatalf("logs: %v (%d)", err, len(logs))
	}
	ev, err := r.UnpackMessageQueuedEvent(&logs[len(logs)-1])
	if err != nil {
		e.t.Fatal(err)
	}
	m := l1iface.Message{Index: ev.Index, Kind: l1iface.MessageKind(ev.Kind), Timestamp: ev.Timestamp, Payload: ev.Payload}
	p, err := m.Decode()
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

// tjob is a job with the provider's stored trace.
type tjob struct {
	m  *job.Model
	in *job.Input
	st *job.StoredTrace
}

// honestJob is a two-layer class-1 job with an honest trace.
func honestJob(t *testing.T, seed uint64) *tjob {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 11))
	widths := []int{48, 40, 6}
	m := &job.Model{}
	for l := 1; l < len(widths); l++ {
		d := job.Dense{Header: job.LayerHeader{In: uint32(widths[l-1]), Out: uint32(widths[l]), Shift: 8, ReLU: l == 1}}
		d.W = make([]int8, widths[l-1]*widths[l])
		for i := range d.W {
			d.W[i] = int8(rng.IntN(256) - 128)
		}
		d.Bias = make([]int32, widths[l])
		for o := range d.Bias {
			d.Bias[o] = int32(rng.IntN(4096) - 2048)
		}
		m.Layers = append(m.Layers, d)
	}
	in := &job.Input{Rows: 2, Width: widths[0], X: make([]int8, 2*widths[0])}
	for i := range in.X {
		in.X[i] = int8(rng.IntN(256) - 128)
	}
	tr, err := (&job.Reference{}).Execute(context.Background(), m, in)
	if err != nil {
		t.Fatal(err)
	}
	return &tjob{m: m, in: in, st: tr.Stored()}
}

// falseJob is honestJob whose provider lied about value 3 of the last
// layer on row 1.
func falseJob(t *testing.T, seed uint64) *tjob {
	j := honestJob(t, seed)
	lf := j.st.Leaf(1, 2)
	b := lf.Elems[0].Bytes()
	b[31-3]++
	lf.Elems[0].SetBytes(b[:])
	return j
}

func (e *env) receiptFor(j *tjob, seed byte, prov, buy common.Address) l1iface.ReceiptLeaf {
	t := e.t
	t.Helper()
	trees, err := job.NewJobTrees(context.Background(), j.m, j.in, j.st)
	if err != nil {
		t.Fatal(err)
	}
	r := l1iface.ReceiptLeaf{
		Provider: prov, Buyer: buy,
		ModelRoot: trees.ModelRoot.Bytes(), InputRoot: trees.InputRoot.Bytes(), TraceRoot: trees.TraceRoot.Bytes(),
		Rows: uint32(j.in.Rows), Layers: uint32(len(j.m.Layers)),
		SlashAmount: uint256.MustFromBig(ether(5)),
	}
	jobID := crypto.Keccak256Hash([]byte{seed})
	r.ReceiptID = l1iface.ReceiptID(jobID, prov, r.ModelRoot, r.InputRoot, r.Rows, r.Layers, r.TraceRoot)
	e.jobs[r.ReceiptID] = jobID
	return r
}

// auth is the signature of receipt i of p by the key of its provider (a
// provider without a chain key gets key 0's signature, which L1 refuses).
func (e *env) auth(p *posted, i int) bindings.L1CodecReceiptAuth {
	e.t.Helper()
	r := p.receipts[i]
	return e.c.ReceiptAuth(e.t, e.d.Rollup, &r, e.jobs[r.ReceiptID])
}

func TestFalseReceiptIsSlashed(t *testing.T) {
	e := newEnv(t, class1Keys(t))
	ctx := e.ctx
	ch := e.c.Addrs[challenger]

	// Start-up check: the local keys match the deployed verifier, and a
	// mismatch is reported.
	if err := circuit.CheckDeployed(ctx, e.c.Client, e.vers[0], e.keys); err != nil {
		t.Fatal(err)
	}
	if err := circuit.CheckDeployed(ctx, e.c.Client, e.vers[1], e.keys); err == nil {
		t.Fatal("class 2 verifier accepted for class 1 keys")
	}
	// Disputes' registry, checked class by class: class 2 has no local keys here.
	if err := circuit.CheckDisputes(ctx, e.c.Client, e.d.Disputes, circuit.NewKeyCacheWith(e.keys)); err == nil || !strings.Contains(err.Error(), "keys of class 2") {
		t.Fatalf("CheckDisputes without class 2 keys: %v", err)
	}
	bad := *e.keys
	bad.VKHash[0] ^= 1
	if err := circuit.CheckDisputes(ctx, e.c.Client, e.d.Disputes, circuit.NewKeyCacheWith(&bad)); err == nil || !strings.Contains(err.Error(), "do not match") {
		t.Fatalf("CheckDisputes with mismatched class 1 keys: %v", err)
	}
	if err := circuit.CheckDeployed(ctx, e.c.Client, e.vers[0], &bad); err == nil || !strings.Contains(err.Error(), "do not match") {
		t.Fatalf("mismatched keys: %v", err)
	}

	j := falseJob(t, 7)
	hj := honestJob(t, 8)
	leaf := e.receiptFor(j, 1, e.c.Addrs[provider], e.c.Addrs[buyer])
	honestLeaf := e.receiptFor(hj, 2, e.c.Addrs[provider], e.c.Addrs[buyer])
	p := e.submit([]l1iface.ReceiptLeaf{honestLeaf, leaf})

	prover := circuit.NewProver(circuit.NewKeyCacheWith(e.keys), nil, nil)
	// The prover refuses the honest receipt.
	if _, err := prover.ProveFraud(ctx, hj.m, hj.in, hj.st, ch); !errors.Is(err, circuit.ErrHonest) {
		t.Fatalf("the prover on an honest receipt: %v", err)
	}
	start := time.Now()
	chal, err := prover.ProveFraud(ctx, j.m, j.in, j.st, ch)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("prove: %v", time.Since(start))
	if chal.Step != (job.Step{Row: 1, Layer: 2, Output: 3}) || chal.Class.ID != 1 {
		t.Fatalf("challenge of step %+v class %d", chal.Step, chal.Class.ID)
	}

	// The verifier alone, through the adapter.
	vs := mustVerifierABI(t)
	input := chal.Public
	gasVerify, err := e.c.Client.EstimateGas(ctx, ethereum.CallMsg{From: ch, To: &e.vers[0], Data: vs.pack(t, chal.Proof, input)})
	if err != nil {
		t.Fatal(err)
	}
	if !vs.verify(t, e, e.vers[0], chal.Proof, input) {
		t.Fatal("the Solidity verifier rejects the proof")
	}
	tampered := append([]byte(nil), chal.Proof...)
	tampered[100] ^= 1
	if vs.verify(t, e, e.vers[0], tampered, input) {
		t.Fatal("tampered proof verifies")
	}
	for i := 0; i < 4; i++ {
		in2 := input
		in2[i] = new(big.Int).Add(input[i], big.NewInt(1))
		if vs.verify(t, e, e.vers[0], chal.Proof, in2) {
			t.Fatalf("proof verifies with public input %d changed", i)
		}
	}
	if vs.verify(t, e, e.vers[0], chal.Proof[:255], input) {
		t.Fatal("short proof verifies")
	}

	salt := crypto.Keccak256Hash([]byte("salt"))
	cd, err := chal.Calldata(p.hdr.Index, p.hash, p.leaf(1), p.proof(t, 1), e.auth(p, 1), ch, salt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chal.Calldata(p.hdr.Index, p.hash, p.leaf(1), p.proof(t, 1), e.auth(p, 1), e.c.Addrs[attacker], salt); err == nil {
		t.Fatal("calldata built for another challenger")
	}
	dis := bindings.NewDisputes()

	// An attacker copying the proof with its own commitment fails: the
	// public inputs bind msg.sender.
	atk, _ := circuit.CommitHash(leaf.ReceiptID, chal.Step, e.c.Addrs[attacker], salt)
	e.ok(attacker, e.d.Disputes, dis.PackCommitChallenge(p.hdr.Index, p.hash, atk))
	e.c.Warp(t, time.Second)
	e.reverts(attacker, e.d.Disputes, dis.PackRevealChallenge(p.hdr.Index, p.hash, p.leaf(1), p.proof(t, 1), chal.BindStep(), salt, chal.Proof, e.auth(p, 1)), "InvalidProof")

	// A different step (committed honestly) with this proof fails.
	other := *chal
	other.Step.Output = 2
	oh, _ := circuit.CommitHash(leaf.ReceiptID, other.Step, ch, salt)
	e.ok(challenger, e.d.Disputes, dis.PackCommitChallenge(p.hdr.Index, p.hash, oh))
	e.c.Warp(t, time.Second)
	e.reverts(challenger, e.d.Disputes, dis.PackRevealChallenge(p.hdr.Index, p.hash, p.leaf(1), p.proof(t, 1), other.BindStep(), salt, chal.Proof, e.auth(p, 1)), "InvalidProof")
	// The same proof against the honest receipt (other roots) fails.
	hh, _ := circuit.CommitHash(honestLeaf.ReceiptID, chal.Step, ch, salt)
	e.ok(challenger, e.d.Disputes, dis.PackCommitChallenge(p.hdr.Index, p.hash, hh))
	e.c.Warp(t, time.Second)
	e.reverts(challenger, e.d.Disputes, dis.PackRevealChallenge(p.hdr.Index, p.hash, p.leaf(0), p.proof(t, 0), chal.BindStep(), salt, chal.Proof, e.auth(p, 0)), "InvalidProof")

	// The real challenge.
	bondBefore := e.bonded(e.c.Addrs[provider])
	chBefore := e.balance(ch)
	e.ok(challenger, e.d.Disputes, cd.Commit)
	// A tampered proof reverts (the commitment stays usable).
	e.c.Warp(t, time.Second)
	e.reverts(challenger, e.d.Disputes, dis.PackRevealChallenge(p.hdr.Index, p.hash, p.leaf(1), p.proof(t, 1), chal.BindStep(), salt, tampered, e.auth(p, 1)), "InvalidProof")
	rc := e.ok(challenger, e.d.Disputes, cd.Reveal)
	t.Logf("gas: verifyStep %d (estimate of a call to the adapter), revealChallenge %d; proof %d bytes; reveal calldata %d bytes",
		gasVerify, rc.GasUsed, len(chal.Proof), len(cd.Reveal))

	slash := ether(5)
	share := new(big.Int).Div(new(big.Int).Mul(slash, new(big.Int).SetUint64(e.d.Config.Params.ChallengerShareBps)), big.NewInt(10_000))
	if got := new(big.Int).Sub(bondBefore, e.bonded(e.c.Addrs[provider])); got.Cmp(slash) != 0 {
		t.Fatalf("provider lost %s, want %s", got, slash)
	}
	if got := new(big.Int).Sub(e.balance(ch), chBefore); got.Cmp(share) != 0 {
		t.Fatalf("challenger got %s, want %s", got, share)
	}
	verdict, ok := e.lastMessage().(*l1iface.ReceiptSlashed)
	if !ok {
		t.Fatalf("last message is %T, want ReceiptSlashed", e.lastMessage())
	}
	if verdict.ReceiptID != leaf.ReceiptID || verdict.Buyer != e.c.Addrs[buyer] || verdict.Provider != e.c.Addrs[provider] ||
		verdict.Compensation.ToBig().Cmp(new(big.Int).Sub(slash, share)) != 0 || verdict.BatchIndex != p.hdr.Index {
		t.Fatalf("verdict %+v", verdict)
	}
	sl, err := dis.UnpackSlashed(e.call(e.d.Disputes, dis.PackSlashed(leaf.ReceiptID)))
	if err != nil || !sl {
		t.Fatalf("receipt not marked slashed: %v", err)
	}

	// A second challenge of the same receipt reverts.
	salt2 := crypto.Keccak256Hash([]byte("salt2"))
	cd2, _ := chal.Calldata(p.hdr.Index, p.hash, p.leaf(1), p.proof(t, 1), e.auth(p, 1), ch, salt2)
	e.ok(challenger, e.d.Disputes, cd2.Commit)
	e.c.Warp(t, time.Second)
	e.reverts(challenger, e.d.Disputes, cd2.Reveal, "AlreadySlashed")

	// After the window, no commitment; after the reveal period, no reveal.
	j3 := falseJob(t, 7) // the same job in another receipt of a later batch
	leaf3 := e.receiptFor(j3, 3, e.c.Addrs[provider], e.c.Addrs[buyer])
	p3 := e.submit([]l1iface.ReceiptLeaf{leaf3})
	cd3, err := chal.Calldata(p3.hdr.Index, p3.hash, p3.leaf(0), p3.proof(t, 0), e.auth(p3, 0), ch, salt)
	if err != nil {
		t.Fatal(err)
	}
	e.ok(challenger, e.d.Disputes, cd3.Commit)
	b := e.batch(p3.hdr.Index)
	e.c.Warp(t, time.Duration(b.WindowEnd-e.c.Now(t))*time.Second)
	late, _ := circuit.CommitHash(leaf3.ReceiptID, chal.Step, ch, salt2)
	e.reverts(challenger, e.d.Disputes, dis.PackCommitChallenge(p3.hdr.Index, p3.hash, late), "WindowClosed")
	e.c.Warp(t, time.Duration(b.RevealEnd-e.c.Now(t))*time.Second)
	e.reverts(challenger, e.d.Disputes, cd3.Reveal, "RevealPeriodOver")
}

// verifierABI calls an adapter's verifyStep.
type verifierABI struct{ a abi.ABI }

func mustVerifierABI(t testing.TB) verifierABI {
	t.Helper()
	a, err := bindings.StepVerifierClass1MetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	return verifierABI{a: *a}
}

func (v verifierABI) pack(t testing.TB, proof []byte, in [4]*big.Int) []byte {
	t.Helper()
	d, err := v.a.Pack("verifyStep", proof, in)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func (v verifierABI) verify(t testing.TB, e *env, at common.Address, proof []byte, in [4]*big.Int) bool {
	t.Helper()
	out, err := v.a.Unpack("verifyStep", e.call(at, v.pack(t, proof, in)))
	if err != nil {
		t.Fatal(err)
	}
	return out[0].(bool)
}

// Each way a leaf can be false, proven for real and slashed through Disputes.
func TestFraudShapesSlashed(t *testing.T) {
	k := class1Keys(t)
	shapes := []struct {
		name  string
		plant func(j *tjob)
		want  job.Step
	}{
		{"false value in the first layer", func(j *tjob) {
			lf := j.st.Leaf(0, 1)
			b := lf.Elems[1].Bytes()
			b[31-2] ^= 0x01
			lf.Elems[1].SetBytes(b[:])
		}, job.Step{Row: 0, Layer: 1, Output: 33}},
		{"non-canonical element", func(j *tjob) {
			e := &j.st.Leaf(1, 2).Elems[0]
			var big fr.Element
			big.SetString("452312848583266388373324160190187140051835877600158453279131187530910662656") // 2^248
			e.Add(e, &big)
		}, job.Step{Row: 1, Layer: 2, Output: 0}},
		{"wrong leaf length", func(j *tjob) { j.st.Leaf(1, 1).N = 39 }, job.Step{Row: 1, Layer: 1, Output: 0}},
		{"non-zero padding", func(j *tjob) {
			lf := j.st.Leaf(0, 2) // 6 values: positions 6..30 are padding
			b := lf.Elems[0].Bytes()
			b[31-30] = 0x80
			lf.Elems[0].SetBytes(b[:])
		}, job.Step{Row: 0, Layer: 2, Output: 30}},
	}
	for i, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			e := newEnv(t, k)
			ch := e.c.Addrs[challenger]
			j := honestJob(t, 8)
			sh.plant(j)
			leaf := e.receiptFor(j, byte(10+i), e.c.Addrs[provider], e.c.Addrs[buyer])
			p := e.submit([]l1iface.ReceiptLeaf{leaf})
			chal, err := circuit.NewProver(circuit.NewKeyCacheWith(k), nil, nil).ProveFraud(e.ctx, j.m, j.in, j.st, ch)
			if err != nil {
				t.Fatal(err)
			}
			if chal.Step != sh.want {
				t.Fatalf("proved step %v, want %v", chal.Step, sh.want)
			}
			cd, err := chal.Calldata(p.hdr.Index, p.hash, p.leaf(0), p.proof(t, 0), e.auth(p, 0), ch, common.Hash{byte(i)})
			if err != nil {
				t.Fatal(err)
			}
			before := e.bonded(e.c.Addrs[provider])
			e.ok(challenger, e.d.Disputes, cd.Commit)
			e.c.Warp(t, time.Second)
			e.ok(challenger, e.d.Disputes, cd.Reveal)
			if got := new(big.Int).Sub(before, e.bonded(e.c.Addrs[provider])); got.Cmp(ether(5)) != 0 {
				t.Fatalf("provider lost %s", got)
			}
			t.Logf("%s: %s", sh.name, chal.Reason)
		})
	}
}

// TestForgedReceiptCannotSlash is the operator-safety attack of issue 8 with
// a real proof: a batch poster puts in a receipt that the provider never
// posted (a job whose trace it falsified itself, so a real proof exists),
// and a friend commits and reveals at once. Without the provider's own
// signature over the leaf nothing is slashed; with it, the slash goes
// through as before.
func TestForgedReceiptCannotSlash(t *testing.T) {
	e := newEnv(t, class1Keys(t))
	ctx := e.ctx
	friend := e.c.Addrs[attacker]
	innocent := e.c.Addrs[provider]
	j := falseJob(t, 21)
	leaf := e.receiptFor(j, 40, innocent, friend)
	leaf.SlashAmount = uint256.MustFromBig(ether(100)) // the whole bond
	p := e.submit([]l1iface.ReceiptLeaf{leaf})

	prover := circuit.NewProver(circuit.NewKeyCacheWith(e.keys), nil, nil)
	chal, err := prover.ProveFraud(ctx, j.m, j.in, j.st, friend)
	if err != nil {
		t.Fatal(err)
	}
	salt := crypto.Keccak256Hash([]byte("friend"))
	dis := bindings.NewDisputes()
	reveal := func(auth bindings.L1CodecReceiptAuth) []byte {
		return dis.PackRevealChallenge(p.hdr.Index, p.hash, p.leaf(0), p.proof(t, 0), chal.BindStep(), salt, chal.Proof, auth)
	}
	h, _ := circuit.CommitHash(leaf.ReceiptID, chal.Step, friend, salt)
	e.ok(attacker, e.d.Disputes, dis.PackCommitChallenge(p.hdr.Index, p.hash, h))
	e.c.Warp(t, time.Second)

	domain := l1iface.DomainSeparator(e.c.ChainID.Uint64(), e.d.Rollup)
	signWith := func(key int, r l1iface.ReceiptLeaf) bindings.L1CodecReceiptAuth {
		a := &l1iface.ReceiptAuth{JobID: e.jobs[leaf.ReceiptID], MaxFee: uint256.NewInt(1), GPUMillis: 1}
		if err := l1iface.SignReceiptAuth(e.c.Keys[key], domain, &r, a); err != nil {
			t.Fatal(err)
		}
		return l1.ReceiptAuthBinding(a)
	}
	// Signed by the batch poster (the sequencer's key), by the friend.
	e.reverts(attacker, e.d.Disputes, reveal(signWith(admin, leaf)), "NotSignedByProvider")
	e.reverts(attacker, e.d.Disputes, reveal(signWith(attacker, leaf)), "NotSignedByProvider")
	// The provider's real signature of a receipt with other fields (its
	// honest slash amount) does not cover the forged one.
	honest := leaf
	honest.SlashAmount = uint256.MustFromBig(ether(5))
	e.reverts(attacker, e.d.Disputes, reveal(signWith(provider, honest)), "NotSignedByProvider")
	if got := e.bonded(innocent); got.Cmp(ether(100)) != 0 {
		t.Fatalf("innocent provider's bond %v after the forged reveals", got)
	}
	// Had the provider signed exactly this receipt, the same reveal slashes.
	e.ok(attacker, e.d.Disputes, reveal(signWith(provider, leaf)))
	if got := e.bonded(innocent); got.Sign() != 0 {
		t.Fatalf("bond %v after a slash of a signed false receipt", got)
	}
}
