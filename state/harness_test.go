package state

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"testing"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// harness is a State on an in-memory pebble with named actors, an L1
// message queue and running totals for the conservation law.
// tb is what the harness needs of testing.T and rapid.T.
type tb interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}

type harness struct {
	t      tb
	db     *pebble.DB
	s      *State
	d      *Domain
	keys   []*ecdsa.PrivateKey
	addrs  []common.Address
	seqKey *ecdsa.PrivateKey
	seq    common.Address
	block  uint64
	time   uint64
	nextL1 uint64
	// Money that entered (deposits, compensations) and left (withdrawals).
	deposits, compensations, withdrawals *uint256.Int
	receipts                             []common.Hash
	jobs                                 []common.Hash
	// extra are non-actor accounts that received money.
	extra map[common.Address]bool
	// The blocks as a sequencer would publish them, for re-derivation.
	cur    *Block
	blocks []*Block
	msgs   []*l1iface.Message
	parent common.Hash
	// ok counts applied txs and messages by kind (coverage of random runs).
	ok map[string]int
	// async commits with CommitAsync instead of Commit.
	async bool
}

const nActors = 5

func newHarness(t testing.TB) *harness { return newHarnessTB(t, t) }

// newHarnessTB reports failures to t and closes the database through c.
func newHarnessTB(c testing.TB, t tb) *harness {
	db, err := OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	var h *harness
	c.Cleanup(func() {
		if h != nil && h.s != nil {
			_ = h.s.Sync()
		}
		db.Close()
	})
	h = &harness{t: t, db: db, d: testDomain(), time: 1000,
		ok: map[string]int{}, extra: map[common.Address]bool{}, deposits: new(uint256.Int), compensations: new(uint256.Int), withdrawals: new(uint256.Int)}
	for i := 0; i < nActors; i++ {
		h.keys = append(h.keys, testKey(i))
		h.addrs = append(h.addrs, crypto.PubkeyToAddress(testKey(i).PublicKey))
	}
	h.seqKey = testKey(100)
	h.seq = crypto.PubkeyToAddress(h.seqKey.PublicKey)
	g := &Genesis{Params: DefaultParams(h.seq, h.seq), Time: h.time}
	h.s, err = Open(context.Background(), db, h.d, g, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	h.begin()
	return h
}

func (h *harness) begin() {
	h.block++
	h.time += 2
	if err := h.s.BeginBlock(h.block, h.time); err != nil {
		h.t.Fatal(err)
	}
	h.cur = &Block{Number: h.block, Timestamp: h.time}
}

// commit ends the block and begins the next.
func (h *harness) commit() common.Hash {
	commit := h.s.Commit
	if h.async {
		commit = h.s.CommitAsync
	}
	root, err := commit(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	h.cur.StateRoot, h.cur.ParentHash = root, h.parent
	h.parent = h.cur.Hash()
	h.blocks = append(h.blocks, h.cur)
	h.begin()
	return root
}

func (h *harness) nonce(i int) uint64 {
	acc, err := h.s.Account(h.addrs[i])
	if err != nil {
		h.t.Fatal(err)
	}
	return acc.Nonce
}

// tx signs and applies a body from actor i with its next nonce.
func (h *harness) tx(i int, b Body) (*Result, error) {
	if pr, ok := b.(*PostReceipt); ok && pr.Buyer == (common.Address{}) {
		h.completeReceipt(pr)
	}
	tx := &Tx{Nonce: h.nonce(i), MaxFee: uint256.NewInt(1e17), Body: b}
	if err := h.d.Sign(tx, h.keys[i]); err != nil {
		h.t.Fatal(err)
	}
	// Through the wire form, as the sequencer receives it.
	dec, err := DecodeTx(tx.Encode())
	if err != nil {
		h.t.Fatal(err)
	}
	v, err := h.d.Verify(dec)
	if err != nil {
		h.t.Fatal(err)
	}
	res, err := h.s.Apply(v)
	if err == nil {
		h.cur.Items = append(h.cur.Items, TxItem(dec))
		h.ok[b.typeName()]++
	} else {
		h.ok[fmt.Sprintf("%s!%d", b.typeName(), CodeOf(err))]++
	}
	if err == nil && b.Type() == TxSubmitJob {
		h.jobs = append(h.jobs, res.JobID)
	}
	if err == nil && b.Type() == TxPostReceipt {
		h.receipts = append(h.receipts, res.ReceiptID)
	}
	if t, ok := b.(*Transfer); ok && err == nil {
		h.extra[t.To] = true
	}
	if err == nil && b.Type() == TxWithdraw {
		h.withdrawals.Add(h.withdrawals, b.(*Withdraw).Amount)
	}
	return res, err
}

func (h *harness) mustTx(i int, b Body) *Result {
	h.t.Helper()
	res, err := h.tx(i, b)
	if err != nil {
		h.t.Fatalf("%s from actor %d: %v", b.typeName(), i, err)
	}
	return res
}

func (h *harness) msg(p l1iface.Payload) error {
	m := l1iface.NewMessage(h.nextL1, h.time, p)
	err := h.s.ApplyL1Message(m)
	if err == nil {
		h.msgs = append(h.msgs[:m.Index], m)
		h.cur.Items = append(h.cur.Items, L1Item(m.Index))
		h.ok[p.Kind().String()]++
		h.nextL1++
		switch p := p.(type) {
		case *l1iface.Deposit:
			h.deposits.Add(h.deposits, p.Amount)
		case *l1iface.ReceiptSlashed:
			h.compensations.Add(h.compensations, p.Compensation)
		}
	}
	return err
}

func (h *harness) mustMsg(p l1iface.Payload) {
	h.t.Helper()
	if err := h.msg(p); err != nil {
		h.t.Fatalf("L1 %s: %v", p.Kind(), err)
	}
}

// seal seals the batch, commits the block and records a header hash.
func (h *harness) seal() *Sealed {
	sd, err := h.s.Seal()
	if err != nil {
		h.t.Fatal(err)
	}
	h.cur.Items = append(h.cur.Items, SealItem())
	root := h.commit()
	hdr := sd.Header(common.Hash{}, common.Hash{}, root, common.Hash{})
	if err := h.s.SetBatchHeader(sd.Index, hdr.Hash()); err != nil {
		h.t.Fatal(err)
	}
	return sd
}

func (h *harness) headerHash(b uint64) common.Hash {
	hh, ok, err := h.s.batchHeader(b)
	if err != nil || !ok {
		h.t.Fatalf("no header for batch %d: %v", b, err)
	}
	return hh
}

// checkConservation asserts balances + escrows + locked payments =
// deposits + compensations − withdrawals, to the wei.
func (h *harness) checkConservation() {
	h.t.Helper()
	held := new(uint256.Int)
	set := map[common.Address]bool{h.seq: true}
	for _, a := range h.addrs {
		set[a] = true
	}
	for a := range h.extra {
		set[a] = true
	}
	for a := range set {
		acc, err := h.s.Account(a)
		if err != nil {
			h.t.Fatal(err)
		}
		held.Add(held, acc.Balance)
	}
	g, err := h.s.Globals()
	if err != nil {
		h.t.Fatal(err)
	}
	for id := uint64(0); id < g.NextLeaseID; id++ {
		l, err := h.s.Lease(id)
		if err != nil || l == nil {
			h.t.Fatalf("lease %d: %v", id, err)
		}
		if l.Reserved.Gt(l.Escrow) {
			h.t.Fatalf("lease %d reserves %s of escrow %s", id, l.Reserved.Dec(), l.Escrow.Dec())
		}
		held.Add(held, l.Escrow)
	}
	exposure := map[common.Address]*uint256.Int{}
	for _, id := range h.receipts {
		r, err := h.s.Receipt(id)
		if err != nil {
			h.t.Fatal(err)
		}
		if r != nil && r.Status == ReceiptLocked {
			held.Add(held, r.Price)
			if exposure[r.Provider] == nil {
				exposure[r.Provider] = new(uint256.Int)
			}
			exposure[r.Provider].Add(exposure[r.Provider], r.SlashAmount)
		}
	}
	want := new(uint256.Int).Add(h.deposits, h.compensations)
	want.Sub(want, h.withdrawals)
	if !held.Eq(want) {
		h.t.Fatalf("conservation broken: held %s, deposits+compensations-withdrawals %s", held.Dec(), want.Dec())
	}
	// The exposure mirror equals the sum of the locked receipts' slashes.
	for _, a := range h.addrs {
		b, err := h.s.Bond(a)
		if err != nil {
			h.t.Fatal(err)
		}
		e := exposure[a]
		if e == nil {
			e = new(uint256.Int)
		}
		if !b.Exposure.Eq(e) {
			h.t.Fatalf("provider %d exposure %s, locked receipts' slashes %s", a, b.Exposure.Dec(), e.Dec())
		}
	}
}

// smallJob is a valid 2-layer job on lease id.
func smallJob(lease uint64, seed byte) *SubmitJob {
	var c [4]common.Hash
	for i := range c {
		c[i] = crypto.Keccak256Hash([]byte{seed, byte(i)})
		c[i][0] &= 0x1f
	}
	return &SubmitJob{LeaseID: lease, Rows: 4, InputRoot: c[0], Layers: []LayerSpec{
		{Header: job.LayerHeader{In: 16, Out: 8, Shift: 4, ReLU: true}, BiasCommitment: c[1], WeightRowsRoot: c[2]},
		{Header: job.LayerHeader{In: 8, Out: 4, Shift: 2}, BiasCommitment: c[3], WeightRowsRoot: c[1]},
	}}
}

func eth(n uint64) *uint256.Int { return new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(1e18)) }

// actor returns the index of an actor's address.
func (h *harness) actor(a common.Address) int {
	for i, x := range h.addrs {
		if x == a {
			return i
		}
	}
	h.t.Fatalf("%s is not an actor", a)
	return -1
}

// rolledBack trims the published blocks after a State.Rollback and opens
// the next block.
func (h *harness) rolledBack() {
	head, _ := h.s.Head()
	for len(h.blocks) > 0 && h.blocks[len(h.blocks)-1].Number > head {
		h.blocks = h.blocks[:len(h.blocks)-1]
	}
	h.parent = common.Hash{}
	if len(h.blocks) > 0 {
		h.parent = h.blocks[len(h.blocks)-1].Hash()
	}
	h.msgs = h.msgs[:h.nextL1]
	h.block = head
	h.begin()
}

// rederive replays the published blocks on a fresh state with the same
// genesis, every sealed batch through the batch codec, and checks that
// it reaches the same head and root: the STF is deterministic and the
// codec loses nothing.
func (h *harness) rederive(c testing.TB) {
	h.t.Helper()
	db, err := OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		h.t.Fatal(err)
	}
	defer db.Close()
	f, err := Open(context.Background(), db, h.d, &Genesis{Params: DefaultParams(h.seq, h.seq), Time: 1000}, slog.New(slog.DiscardHandler))
	if err != nil {
		h.t.Fatal(err)
	}
	src := func(_ context.Context, i uint64) (*l1iface.Message, error) {
		if i >= uint64(len(h.msgs)) {
			return nil, fmt.Errorf("no message %d", i)
		}
		return h.msgs[i], nil
	}
	var pending []*Block
	apply := func(bs []*Block) {
		for _, b := range bs {
			if _, err := f.ApplyBlock(context.Background(), b, src); err != nil {
				h.t.Fatalf("re-deriving block %d: %v", b.Number, err)
			}
		}
	}
	for _, b := range h.blocks {
		pending = append(pending, b)
		if n := len(b.Items); n > 0 && b.Items[n-1].Kind() == ItemSeal {
			body, err := (&Batch{Blocks: pending}).Encode()
			if err != nil {
				h.t.Fatal(err)
			}
			bt, err := DecodeBatch(body)
			if err != nil {
				h.t.Fatalf("decode batch: %v", err)
			}
			apply(bt.Blocks)
			pending = nil
		}
	}
	apply(pending)
	head, root := h.s.Head()
	fh, froot := f.Head()
	if fh != head || froot != root {
		h.t.Fatalf("re-derivation reached block %d root %x, the sequencer block %d root %x", fh, froot[:4], head, root[:4])
	}
}

// completeReceipt fills a PostReceipt's leaf fields from its job, as a
// provider does (NewPostReceipt), so tests name only the job and trace. A
// zero buyer marks a body to complete (no buyer can be the zero address);
// a receipt of an unknown job is left as it is, for the STF to refuse.
func (h *harness) completeReceipt(pr *PostReceipt) {
	j, err := h.s.Job(pr.JobID)
	if err != nil {
		h.t.Fatal(err)
	}
	if j == nil {
		return
	}
	p, err := h.s.Params()
	if err != nil {
		h.t.Fatal(err)
	}
	full, err := NewPostReceipt(pr.JobID, j, pr.TraceRoot, pr.GPUMillis, p)
	if err != nil {
		h.t.Fatal(err)
	}
	*pr = *full
}

// forced signs body b as actor i's tx with nonce offset dn (0: the right
// nonce) and queues it as a ForcedTx L1 message, as Rollup.forceInclude
// would; it returns what the STF recorded. A Transfer or Withdraw that
// applied is counted like a sequenced one.
func (h *harness) forced(i int, b Body, dn uint64) *ForcedResult {
	h.t.Helper()
	tx := &Tx{Nonce: h.nonce(i) + dn, MaxFee: uint256.NewInt(1e17), Body: b}
	if err := h.d.Sign(tx, h.keys[i]); err != nil {
		h.t.Fatal(err)
	}
	return h.forcedRaw(tx.Encode(), b)
}

// forcedRaw queues raw bytes as a forced tx (b, if not nil, is what they
// encode, for the running totals).
func (h *harness) forcedRaw(raw []byte, b Body) *ForcedResult {
	h.t.Helper()
	index := h.nextL1
	h.mustMsg(&l1iface.ForcedTx{Tx: raw})
	res, err := h.s.ForcedResult(index)
	if err != nil || res == nil {
		h.t.Fatalf("no forced result for message %d: %v", index, err)
	}
	if res.TxHash != crypto.Keccak256Hash(raw) {
		h.t.Fatalf("forced result names tx %s", res.TxHash)
	}
	if res.Status == ForcedApplied {
		h.ok["forced "+b.typeName()]++
		switch x := b.(type) {
		case *Withdraw:
			h.withdrawals.Add(h.withdrawals, x.Amount)
		case *Transfer:
			h.extra[x.To] = true
		}
	} else {
		h.ok[fmt.Sprintf("forced!%d", res.Code)]++
	}
	return res
}
