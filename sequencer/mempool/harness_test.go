package mempool

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/state"
	"github.com/holiman/uint256"
)

// lockedView is the committed state behind a mutex the test's block
// builder also takes for a whole block, so the pool never reads an open
// block (what the sequencer must provide, StateView's doc).
type lockedView struct {
	mu sync.Mutex
	s  *state.State
}

func (v *lockedView) Account(a common.Address) (*state.Account, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.s.Account(a)
}

func (v *lockedView) Params() (*state.Params, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.s.Params()
}

// env is a real state on an in-memory pebble with funded keys.
type env struct {
	t      testing.TB
	domain *state.Domain
	view   *lockedView
	keys   []*ecdsa.PrivateKey
	addrs  []common.Address
	seq    common.Address
	block  uint64
	time   uint64
}

// fund is every test key's genesis balance (1000 tokens).
var fund = new(uint256.Int).Mul(uint256.NewInt(1000), uint256.NewInt(1e18))

const defaultMaxFee = 1e15 // covers a transfer's fee (~2.6e12) many times

func newEnv(t testing.TB, nKeys int) *env {
	t.Helper()
	log := slog.New(slog.DiscardHandler)
	db, err := state.OpenDB("", log)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, domain: state.NewDomain(1337, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")), time: 1000}
	seqKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	e.seq = crypto.PubkeyToAddress(seqKey.PublicKey)
	g := &state.Genesis{Params: state.DefaultParams(e.seq, e.seq), Accounts: map[common.Address]*uint256.Int{}, Time: e.time}
	for range nKeys {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		a := crypto.PubkeyToAddress(k.PublicKey)
		e.keys, e.addrs = append(e.keys, k), append(e.addrs, a)
		g.Accounts[a] = new(uint256.Int).Set(fund)
	}
	s, err := state.Open(context.Background(), db, e.domain, g, log)
	if err != nil {
		t.Fatal(err)
	}
	e.view = &lockedView{s: s}
	t.Cleanup(func() {
		_ = s.Sync()
		db.Close()
	})
	return e
}

// addKey adds a key without funds and returns its index.
func (e *env) addKey() int {
	e.t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		e.t.Fatal(err)
	}
	e.keys, e.addrs = append(e.keys, k), append(e.addrs, crypto.PubkeyToAddress(k.PublicKey))
	return len(e.keys) - 1
}

// sign signs a tx of key i.
func (e *env) sign(i int, nonce uint64, maxFee uint64, body state.Body) *state.Tx {
	e.t.Helper()
	tx := &state.Tx{Nonce: nonce, MaxFee: uint256.NewInt(maxFee), Body: body}
	if err := e.domain.Sign(tx, e.keys[i]); err != nil {
		e.t.Fatal(err)
	}
	return tx
}

// transfer is an encoded Transfer of 1 wei from key i, distinct per (i,
// nonce, maxFee): signing hashes do not cover the sender, so identical
// messages of two keys would share one (TestSigningHashCollision).
func (e *env) transfer(i int, nonce uint64, maxFee uint64) []byte {
	return e.transferTx(i, nonce, maxFee).Encode()
}

func (e *env) transferTx(i int, nonce uint64, maxFee uint64) *state.Tx {
	return e.sign(i, nonce, maxFee, &state.Transfer{To: common.Address{0xaa, byte(i), byte(i >> 8)}, Amount: uint256.NewInt(1)})
}

func (e *env) hash(raw []byte) common.Hash {
	e.t.Helper()
	tx, err := state.DecodeTx(raw)
	if err != nil {
		e.t.Fatal(err)
	}
	return tx.ID()
}

// block applies vs as the next block (under the view's lock, as the
// sequencer's builder would) and returns what Included takes and the
// txs the STF refused.
func (e *env) applyBlock(vs []*state.Verified) (map[common.Address]uint64, []common.Hash, map[common.Hash]error) {
	e.t.Helper()
	e.view.mu.Lock()
	defer e.view.mu.Unlock()
	e.block++
	e.time += 2
	s := e.view.s
	if err := s.BeginBlock(e.block, e.time); err != nil {
		e.t.Fatal(err)
	}
	senders := map[common.Address]uint64{}
	var hashes []common.Hash
	refused := map[common.Hash]error{}
	for _, v := range vs {
		if _, err := s.Apply(v); err != nil {
			refused[v.ID] = err
			continue
		}
		hashes = append(hashes, v.ID)
		senders[v.Sender] = v.Tx.Nonce + 1
	}
	if _, err := s.Commit(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	return senders, hashes, refused
}

// build is one round of the builder: Pending, apply, Included, Drop.
func (e *env) build(p *Pool, maxTxs int) []common.Hash {
	e.t.Helper()
	senders, hashes, refused := e.applyBlock(p.Pending(maxTxs, 0))
	p.Included(senders, hashes)
	for h, err := range refused {
		p.Drop(h, err)
	}
	return hashes
}

func (e *env) nonce(i int) uint64 {
	e.t.Helper()
	a, err := e.view.Account(e.addrs[i])
	if err != nil {
		e.t.Fatal(err)
	}
	return a.Nonce
}

func (e *env) open(cfg Config) *Pool {
	e.t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	p, err := Open(cfg, e.domain, e.view)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { p.Close() })
	return p
}

func journalIn(t testing.TB) string { return filepath.Join(t.TempDir(), "mempool.journal") }

// mustAdd adds raws and fails unless all are accepted.
func mustAdd(t testing.TB, p *Pool, raws ...[]byte) []common.Hash {
	t.Helper()
	var hs []common.Hash
	for i, r := range p.Add(raws) {
		if r.Err != nil {
			t.Fatalf("tx %d refused: %v", i, r.Err)
		}
		hs = append(hs, r.Hash)
	}
	return hs
}

// addCode adds one tx and returns its error's code (0 when accepted).
func addCode(p *Pool, raw []byte) state.Code {
	return CodeOf(p.Add([][]byte{raw})[0].Err)
}

// drops records OnDrop calls.
type drops struct {
	mu sync.Mutex
	m  map[common.Hash]error
}

func newDrops() *drops { return &drops{m: map[common.Hash]error{}} }

func (d *drops) hook(h common.Hash, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.m[h] = err
}

func (d *drops) code(h common.Hash) (state.Code, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	err, ok := d.m[h]
	return CodeOf(err), ok
}

func (d *drops) len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.m)
}

func hashesOf(vs []*state.Verified) []common.Hash {
	out := make([]common.Hash, len(vs))
	for i, v := range vs {
		out[i] = v.ID
	}
	return out
}
