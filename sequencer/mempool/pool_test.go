package mempool

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

func TestNonceOrderAndGaps(t *testing.T) {
	e := newEnv(t, 1)
	p := e.open(Config{})
	t0, t2 := e.transfer(0, 0, defaultMaxFee), e.transfer(0, 2, defaultMaxFee)
	hs := mustAdd(t, p, t2, t0)
	if got := p.Status(hs[0]); got != StatusQueued {
		t.Fatalf("nonce 2 behind a gap: %v, want queued", got)
	}
	if got := p.Status(hs[1]); got != StatusPending {
		t.Fatalf("nonce 0: %v, want pending", got)
	}
	if got := hashesOf(p.Pending(0, 0)); !slices.Equal(got, []common.Hash{hs[1]}) {
		t.Fatalf("Pending with a gap = %v, want only nonce 0", got)
	}
	if s := p.Stats(); s.Txs != 2 || s.Pending != 1 || s.Queued != 1 || s.Senders != 1 || s.Bytes != int64(len(t0)+len(t2)) {
		t.Fatalf("stats %+v", s)
	}
	if n := p.PendingNonce(e.addrs[0], 0); n != 1 {
		t.Fatalf("PendingNonce with a gap = %d, want 1", n)
	}
	if n := p.PendingNonce(e.addrs[0], 2); n != 3 {
		t.Fatalf("PendingNonce from a newer account nonce = %d, want 3", n)
	}
	if n := p.PendingNonce(common.Address{7}, 5); n != 5 {
		t.Fatalf("PendingNonce of an unknown sender = %d, want 5", n)
	}
	h1 := mustAdd(t, p, e.transfer(0, 1, defaultMaxFee))[0]
	if n := p.PendingNonce(e.addrs[0], 0); n != 3 {
		t.Fatalf("PendingNonce = %d, want 3", n)
	}
	if got := hashesOf(p.Pending(0, 0)); !slices.Equal(got, []common.Hash{hs[1], h1, hs[0]}) {
		t.Fatalf("Pending after filling the gap = %v, want nonces 0, 1, 2", got)
	}
	if p.Status(hs[0]) != StatusPending || p.Len() != 3 {
		t.Fatalf("nonce 2 %v, len %d", p.Status(hs[0]), p.Len())
	}
	if v, ok := p.Get(h1); !ok || v.Sender != e.addrs[0] || v.Tx.Nonce != 1 || v.ID != h1 {
		t.Fatalf("Get = %+v, %v", v, ok)
	}
	if _, ok := p.Get(common.Hash{1}); ok || p.Status(common.Hash{1}) != StatusUnknown {
		t.Fatal("unknown hash found")
	}
}

func TestReplacement(t *testing.T) {
	e := newEnv(t, 1)
	d := newDrops()
	p := e.open(Config{OnDrop: d.hook})
	const fee = 1_000_000_000_000_000
	old := mustAdd(t, p, e.transfer(0, 0, fee))[0]
	for _, mf := range []uint64{fee + 1, fee + fee/10 - 1, fee / 2} {
		if c := addCode(p, e.transfer(0, 0, mf)); c != CodeReplaceUnderpriced {
			t.Fatalf("replacement with maxFee %d: code %d, want %d", mf, c, CodeReplaceUnderpriced)
		}
	}
	if _, ok := p.Get(old); !ok || p.Len() != 1 {
		t.Fatal("an underpriced replacement removed the original")
	}
	nu := mustAdd(t, p, e.transfer(0, 0, fee+fee/10))[0]
	if _, ok := p.Get(old); ok {
		t.Fatal("replaced tx still in the pool")
	}
	if c, ok := d.code(old); !ok || c != CodeReplaced {
		t.Fatalf("OnDrop of the replaced tx: %d, %v", c, ok)
	}
	if got := hashesOf(p.Pending(0, 0)); !slices.Equal(got, []common.Hash{nu}) || p.Len() != 1 {
		t.Fatalf("Pending = %v, want the replacement", got)
	}
	// A replacement keeps the executable run: nonce 1 behind it stays pending.
	n1 := mustAdd(t, p, e.transfer(0, 1, fee))[0]
	mustAdd(t, p, e.transfer(0, 0, 2*fee))
	if p.Status(n1) != StatusPending || p.Stats().Pending != 2 {
		t.Fatalf("after replacing nonce 0: nonce 1 %v, stats %+v", p.Status(n1), p.Stats())
	}
}

func TestReplacesRule(t *testing.T) {
	u := uint256.NewInt
	max := new(uint256.Int).SetAllOne()
	for _, c := range []struct {
		nu, old *uint256.Int
		want    bool
	}{
		{u(110), u(100), true},
		{u(109), u(100), false},
		{u(12), u(11), false}, // 11 × 1.1 = 12.1
		{u(13), u(11), true},
		{u(1), u(0), true},
		{u(0), u(0), false}, // a replacement must pay more
		{u(2), u(1), true},
		{u(1), u(1), false},
		{max, max, false},
		{max, new(uint256.Int).Sub(max, u(1)), false},
	} {
		if got := replaces(c.nu, c.old); got != c.want {
			t.Errorf("replaces(%s, %s) = %v, want %v", c.nu.Dec(), c.old.Dec(), got, c.want)
		}
	}
}

func TestFeeAndBalance(t *testing.T) {
	e := newEnv(t, 2)
	params, err := e.view.Params()
	if err != nil {
		t.Fatal(err)
	}
	p := e.open(Config{})
	size := len(e.transfer(0, 0, 1))
	fee, ok := Fee(params, size, 0)
	if !ok {
		t.Fatal("fee overflow")
	}
	want := new(uint256.Int).Add(params[l1iface.ParamBaseFee], new(uint256.Int).Mul(params[l1iface.ParamByteFee], uint256.NewInt(uint64(size))))
	if !fee.Eq(want) {
		t.Fatalf("Fee = %s, want %s", fee.Dec(), want.Dec())
	}
	if c := addCode(p, e.transfer(0, 0, fee.Uint64()-1)); c != state.CodeFeeTooHigh {
		t.Fatalf("maxFee one below the fee: code %d, want %d", c, state.CodeFeeTooHigh)
	}
	mustAdd(t, p, e.transfer(0, 0, fee.Uint64()))

	// A sender without funds.
	if c := addCode(p, e.transfer(e.addKey(), 0, defaultMaxFee)); c != state.CodeInsufficientFunds {
		t.Fatalf("unfunded sender: code %d, want %d", c, state.CodeInsufficientFunds)
	}

	// The STF agrees: a block with the accepted tx applies and charges fee.
	senders, hashes, refused := e.applyBlock(p.Pending(0, 0))
	if len(refused) != 0 || len(hashes) != 1 {
		t.Fatalf("block refused %v", refused)
	}
	p.Included(senders, hashes)
	if p.Len() != 0 {
		t.Fatal("included tx still pooled")
	}
}

// TestBalanceCoversFeeExactly funds a sender with exactly one transfer's
// fee plus the amount, through a block, and checks the boundary.
func TestBalanceCoversFeeExactly(t *testing.T) {
	e := newEnv(t, 1)
	k := e.addKey()
	p := e.open(Config{})
	params, _ := e.view.Params()
	size := len(e.transfer(k, 0, defaultMaxFee))
	fee, _ := Fee(params, size, 0)
	// Fund key 1 with fee − 1 wei, then with one more wei.
	fundTx := e.sign(0, 0, defaultMaxFee, &state.Transfer{To: e.addrs[k], Amount: new(uint256.Int).SubUint64(fee, 1)})
	mustAdd(t, p, fundTx.Encode())
	e.build(p, 0)
	if c := addCode(p, e.transfer(k, 0, defaultMaxFee)); c != state.CodeInsufficientFunds {
		t.Fatalf("balance one below the fee: code %d, want %d", c, state.CodeInsufficientFunds)
	}
	mustAdd(t, p, e.sign(0, 1, defaultMaxFee, &state.Transfer{To: e.addrs[k], Amount: uint256.NewInt(1)}).Encode())
	e.build(p, 0)
	mustAdd(t, p, e.transfer(k, 0, defaultMaxFee))
}

func TestSubmitJobStorageFee(t *testing.T) {
	e := newEnv(t, 1)
	p := e.open(Config{})
	params, _ := e.view.Params()
	sj := &state.SubmitJob{LeaseID: 0, Rows: 8, Layers: []state.LayerSpec{{Header: job.LayerHeader{In: 16, Out: 8}}}}
	shape, err := job.Describe(sj.Layers, sj.Rows, l1iface.StepClassBounds())
	if err != nil {
		t.Fatal(err)
	}
	storage := shape.ModelBytes + shape.InputBytes + shape.TraceBytes
	size := len(e.sign(0, 0, 1, sj).Encode())
	byteOnly, _ := Fee(params, size, 0)
	full, _ := Fee(params, size, storage)
	if !full.Gt(byteOnly) {
		t.Fatalf("storage adds nothing: %s vs %s", full.Dec(), byteOnly.Dec())
	}
	if c := addCode(p, e.sign(0, 0, full.Uint64()-1, sj).Encode()); c != state.CodeFeeTooHigh {
		t.Fatalf("maxFee without the storage fee: code %d, want %d", c, state.CodeFeeTooHigh)
	}
	mustAdd(t, p, e.sign(0, 0, full.Uint64(), sj).Encode())
	// Layers that do not describe a job: the STF's code 500.
	bad := &state.SubmitJob{Rows: 8, Layers: []state.LayerSpec{{Header: job.LayerHeader{In: 16, Out: 8}}, {Header: job.LayerHeader{In: 9, Out: 8}}}}
	if c := addCode(p, e.sign(0, 1, defaultMaxFee, bad).Encode()); c != state.CodeBadJob {
		t.Fatalf("widths that do not chain: code %d, want %d", c, state.CodeBadJob)
	}
}

func TestStaleNonce(t *testing.T) {
	e := newEnv(t, 1)
	p := e.open(Config{})
	// Advance the account outside the pool (a forced tx through L1).
	v, err := e.domain.Verify(e.transferTx(0, 0, defaultMaxFee))
	if err != nil {
		t.Fatal(err)
	}
	e.applyBlock([]*state.Verified{v})
	if c := addCode(p, e.transfer(0, 0, 2*defaultMaxFee)); c != state.CodeBadNonce {
		t.Fatalf("nonce below the account's: code %d, want %d", c, state.CodeBadNonce)
	}
	mustAdd(t, p, e.transfer(0, 1, defaultMaxFee))
}

func TestLimits(t *testing.T) {
	e := newEnv(t, 4)
	t.Run("sender", func(t *testing.T) {
		p := e.open(Config{MaxPerSender: 4})
		for n := range uint64(4) {
			mustAdd(t, p, e.transfer(0, n, defaultMaxFee))
		}
		if c := addCode(p, e.transfer(0, 4, defaultMaxFee)); c != CodeSenderLimit {
			t.Fatalf("5th tx of a sender: code %d, want %d", c, CodeSenderLimit)
		}
		// Replacing within the limit is fine.
		mustAdd(t, p, e.transfer(0, 3, 2*defaultMaxFee))
		// Too far ahead: the gap alone exceeds the per-sender window.
		if c := addCode(p, e.transfer(1, 4, defaultMaxFee)); c != CodeNonceTooFar {
			t.Fatalf("nonce 4 with limit 4: code %d, want %d", c, CodeNonceTooFar)
		}
		mustAdd(t, p, e.transfer(1, 3, defaultMaxFee))
	})
	t.Run("total", func(t *testing.T) {
		p := e.open(Config{MaxTxs: 5, MaxPerSender: 3})
		for i := range 2 {
			for n := range uint64(2) {
				mustAdd(t, p, e.transfer(i, n, defaultMaxFee))
			}
		}
		mustAdd(t, p, e.transfer(2, 0, defaultMaxFee))
		if c := addCode(p, e.transfer(3, 0, defaultMaxFee)); c != CodePoolFull {
			t.Fatalf("6th tx in a pool of 5: code %d, want %d", c, CodePoolFull)
		}
		// A replacement does not grow the pool: allowed when full.
		mustAdd(t, p, e.transfer(2, 0, 2*defaultMaxFee))
	})
	t.Run("bytes", func(t *testing.T) {
		size := int64(len(e.transfer(0, 0, 1)))
		p := e.open(Config{MaxBytes: state.MaxTxBytes})
		n := state.MaxTxBytes / size
		for i := range n {
			mustAdd(t, p, e.transfer(int(i)%4, uint64(i/4), defaultMaxFee))
		}
		if c := addCode(p, e.transfer(int(n)%4, uint64(n/4), defaultMaxFee)); c != CodePoolFull {
			t.Fatalf("tx past the byte cap: code %d, want %d", c, CodePoolFull)
		}
		if p.Stats().Bytes != n*size {
			t.Fatalf("bytes %d, want %d", p.Stats().Bytes, n*size)
		}
	})
}

func TestMalformedAndBadSignatures(t *testing.T) {
	e := newEnv(t, 1)
	p := e.open(Config{})
	good := e.transfer(0, 0, defaultMaxFee)
	unknown := slices.Clone(good)
	unknown[0] = 0x63
	highS := slices.Clone(good)
	copy(highS[len(highS)-33:len(highS)-1], common.FromHex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a1")) // > n/2
	badV := slices.Clone(good)
	badV[len(badV)-1] = 27
	for _, c := range []struct {
		name string
		raw  []byte
		code state.Code
	}{
		{"empty", nil, state.CodeMalformed},
		{"truncated", good[:len(good)-1], state.CodeMalformed},
		{"trailing byte", append(slices.Clone(good), 0), state.CodeMalformed},
		{"too large", make([]byte, state.MaxTxBytes+1), state.CodeTooLarge},
		{"unknown type", unknown, state.CodeUnknownType},
		{"high s", highS, state.CodeBadSignature},
		{"v = 27", badV, state.CodeBadSignature},
		{"r not on the curve", noRecovery(t, e, good), state.CodeBadSignature},
	} {
		res := p.Add([][]byte{c.raw})[0]
		if got := CodeOf(res.Err); got != c.code {
			t.Errorf("%s: code %d (%v), want %d", c.name, got, res.Err, c.code)
		}
	}
	// A signature over other contents recovers to a stranger without funds.
	tampered := slices.Clone(good)
	tampered[len(tampered)-66] ^= 2 // the amount
	if c := addCode(p, tampered); c != state.CodeInsufficientFunds {
		t.Errorf("tampered amount: code %d, want %d", c, state.CodeInsufficientFunds)
	}
	if p.Len() != 0 {
		t.Fatalf("%d txs pooled", p.Len())
	}
	mustAdd(t, p, good)
}

// noRecovery returns raw with an r for which no public key recovers.
func noRecovery(t *testing.T, e *env, raw []byte) []byte {
	t.Helper()
	out := slices.Clone(raw)
	r := out[len(out)-65 : len(out)-33]
	for x := uint64(1); x < 1000; x++ {
		clear(r)
		uint256.NewInt(x).WriteToSlice(r)
		tx, err := state.DecodeTx(out)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.domain.Verify(tx); err != nil {
			return out
		}
	}
	t.Fatal("every r recovered")
	return nil
}

// TestAddCopiesRaw: the caller may reuse its buffers after Add.
func TestAddCopiesRaw(t *testing.T) {
	e := newEnv(t, 1)
	p := e.open(Config{JournalPath: journalIn(t)})
	raw := e.transfer(0, 0, defaultMaxFee)
	orig := slices.Clone(raw)
	h := mustAdd(t, p, raw)[0]
	clear(raw)
	q := e.open(Config{JournalPath: copyFile(t, p.cfg.JournalPath)})
	if v, ok := q.Get(h); !ok || !slices.Equal(v.Tx.Encode(), orig) {
		t.Fatal("the journal kept the caller's buffer")
	}
	p.mu.RLock()
	kept := p.all[h].raw
	p.mu.RUnlock()
	if !slices.Equal(kept, orig) {
		t.Fatal("the pool kept the caller's buffer")
	}
}

func TestAlreadyKnown(t *testing.T) {
	e := newEnv(t, 1)
	p := e.open(Config{})
	raw := e.transfer(0, 0, defaultMaxFee)
	res := p.Add([][]byte{raw, raw})
	if res[0].Err != nil || CodeOf(res[1].Err) != CodeAlreadyKnown || res[0].Hash != res[1].Hash {
		t.Fatalf("duplicate in one batch: %v, %v", res[0].Err, res[1].Err)
	}
	if c := addCode(p, raw); c != CodeAlreadyKnown {
		t.Fatalf("resubmitted: code %d, want %d", c, CodeAlreadyKnown)
	}
}

func TestPendingFairness(t *testing.T) {
	e := newEnv(t, 4)
	p := e.open(Config{})
	var a, b, c []common.Hash
	for n := range uint64(3) {
		a = append(a, mustAdd(t, p, e.transfer(0, n, defaultMaxFee))...)
	}
	for n := range uint64(2) {
		b = append(b, mustAdd(t, p, e.transfer(1, n, defaultMaxFee))...)
	}
	c = mustAdd(t, p, e.transfer(2, 0, defaultMaxFee))
	want := []common.Hash{a[0], b[0], c[0], a[1], b[1], a[2]}
	if got := hashesOf(p.Pending(0, 0)); !slices.Equal(got, want) {
		t.Fatalf("Pending = %v\nwant %v (round-robin in arrival order)", got, want)
	}
	if got := hashesOf(p.Pending(4, 0)); !slices.Equal(got, want[:4]) {
		t.Fatalf("Pending(4) = %v, want %v", got, want[:4])
	}
	// Round order follows each tx's own arrival: b's second tx arrives
	// before a's second.
	q := e.open(Config{})
	a0 := mustAdd(t, q, e.transfer(0, 0, defaultMaxFee))[0]
	b0 := mustAdd(t, q, e.transfer(1, 0, defaultMaxFee))[0]
	b1 := mustAdd(t, q, e.transfer(1, 1, defaultMaxFee))[0]
	a1 := mustAdd(t, q, e.transfer(0, 1, defaultMaxFee))[0]
	if got := hashesOf(q.Pending(0, 0)); !slices.Equal(got, []common.Hash{a0, b0, b1, a1}) {
		t.Fatalf("round 2 order = %v, want b1 before a1", got)
	}

	// maxBytes: a big head tx that does not fit ends its sender's share,
	// the others still fill the block.
	r := e.open(Config{})
	big := e.sign(3, 0, defaultMaxFee, &state.RegisterProvider{GPUs: 1, PricePerGPUHour: uint256.NewInt(1), Endpoint: strings.Repeat("x", 200)}).Encode()
	bigH := mustAdd(t, r, big)[0]
	r1 := mustAdd(t, r, e.transfer(3, 1, defaultMaxFee))[0]
	small := mustAdd(t, r, e.transfer(0, 0, defaultMaxFee), e.transfer(1, 0, defaultMaxFee))
	tsize := len(e.transfer(0, 0, 1))
	got := hashesOf(r.Pending(0, 2*tsize+10))
	if !slices.Equal(got, small) {
		t.Fatalf("Pending(maxBytes) = %v, want the two small txs %v", got, small)
	}
	all := hashesOf(r.Pending(0, 0))
	if !slices.Equal(all, []common.Hash{bigH, small[0], small[1], r1}) {
		t.Fatalf("unbounded Pending = %v", all)
	}
}

// TestPendingProperty adds random txs (gaps, replacements, several
// senders) and checks Pending against a model: every sender's executable
// run, in nonce order, rounds in arrival order.
func TestPendingProperty(t *testing.T) {
	const senders = 4
	e := newEnv(t, senders)
	rng := rand.New(rand.NewPCG(1, 2))
	// Pre-sign a few versions of each (sender, nonce).
	raws := map[[2]int][][]byte{}
	for i := range senders {
		for n := range 8 {
			for v := range 3 {
				raws[[2]int{i, n}] = append(raws[[2]int{i, n}], e.transfer(i, uint64(n), defaultMaxFee*uint64(1+v)))
			}
		}
	}
	for round := range 30 {
		p := e.open(Config{})
		type tx struct {
			hash common.Hash
			seq  int
		}
		model := map[int]map[int]tx{}
		for k := range 25 {
			i, n, v := rng.IntN(senders), rng.IntN(8), rng.IntN(3)
			res := p.Add([][]byte{raws[[2]int{i, n}][v]})[0]
			if model[i] == nil {
				model[i] = map[int]tx{}
			}
			old, had := model[i][n]
			switch {
			case res.Err == nil:
				if had && old.hash == res.Hash {
					t.Fatalf("round %d: re-added a pooled tx", round)
				}
				model[i][n] = tx{res.Hash, k}
			case CodeOf(res.Err) == CodeAlreadyKnown:
				if !had || old.hash != res.Hash {
					t.Fatalf("round %d: known but not in the model", round)
				}
			case CodeOf(res.Err) == CodeReplaceUnderpriced:
				if !had {
					t.Fatalf("round %d: underpriced without an original", round)
				}
			default:
				t.Fatalf("round %d: %v", round, res.Err)
			}
			checkInvariants(t, p)
		}
		// The model's Pending.
		type item struct {
			hash       common.Hash
			round, seq int
		}
		var want []item
		for i := range senders {
			for n := 0; ; n++ {
				x, ok := model[i][n]
				if !ok {
					break
				}
				want = append(want, item{x.hash, n, x.seq})
			}
		}
		slices.SortFunc(want, func(a, b item) int {
			if a.round != b.round {
				return a.round - b.round
			}
			return a.seq - b.seq
		})
		var wantH []common.Hash
		for _, w := range want {
			wantH = append(wantH, w.hash)
		}
		if got := hashesOf(p.Pending(0, 0)); !slices.Equal(got, wantH) {
			t.Fatalf("round %d: Pending = %v\nwant %v", round, got, wantH)
		}
		if s := p.Stats(); s.Pending != len(wantH) {
			t.Fatalf("round %d: stats pending %d, want %d", round, s.Pending, len(wantH))
		}
	}
}

func TestIncludedAndStale(t *testing.T) {
	e := newEnv(t, 2)
	d := newDrops()
	p := e.open(Config{OnDrop: d.hook})
	a := mustAdd(t, p, e.transfer(0, 0, defaultMaxFee), e.transfer(0, 1, defaultMaxFee), e.transfer(0, 2, defaultMaxFee))
	b := mustAdd(t, p, e.transfer(1, 0, defaultMaxFee), e.transfer(1, 1, defaultMaxFee))
	included := e.build(p, 3)
	if !slices.Equal(included, []common.Hash{a[0], b[0], a[1]}) {
		t.Fatalf("block = %v", included)
	}
	for _, h := range included {
		if _, ok := p.Get(h); ok {
			t.Fatalf("included %s still pooled", h)
		}
	}
	if d.len() != 0 {
		t.Fatalf("included txs reported as dropped: %v", d.m)
	}
	if p.Len() != 2 || p.Status(a[2]) != StatusPending || p.Status(b[1]) != StatusPending {
		t.Fatalf("left: %d, %v, %v", p.Len(), p.Status(a[2]), p.Status(b[1]))
	}
	// Another tx of sender 1 with nonce 1 lands (forced through L1): the
	// pooled nonce 1 is stale.
	other, err := e.domain.Verify(e.transferTx(1, 1, 3*defaultMaxFee))
	if err != nil {
		t.Fatal(err)
	}
	senders, hashes, _ := e.applyBlock([]*state.Verified{other})
	p.Included(senders, hashes)
	if _, ok := p.Get(b[1]); ok {
		t.Fatal("stale tx kept")
	}
	if c, ok := d.code(b[1]); !ok || c != state.CodeBadNonce {
		t.Fatalf("stale tx's drop code %d, %v", c, ok)
	}
	if s := p.Stats(); s.Txs != 1 || s.Senders != 1 || s.Pending != 1 {
		t.Fatalf("stats %+v", s)
	}
	checkInvariants(t, p)
}

func TestDrop(t *testing.T) {
	e := newEnv(t, 1)
	d := newDrops()
	p := e.open(Config{OnDrop: d.hook})
	hs := mustAdd(t, p, e.transfer(0, 0, defaultMaxFee), e.transfer(0, 1, defaultMaxFee), e.transfer(0, 2, defaultMaxFee))
	stf := &state.Error{Code: state.CodeInsufficientFunds, Msg: "low"}
	p.Drop(hs[0], stf)
	if c, ok := d.code(hs[0]); !ok || c != state.CodeInsufficientFunds {
		t.Fatalf("OnDrop code %d, %v", c, ok)
	}
	if p.Status(hs[1]) != StatusQueued || p.Status(hs[2]) != StatusQueued || len(p.Pending(0, 0)) != 0 {
		t.Fatal("later txs still executable after a drop")
	}
	p.Drop(hs[0], stf) // unknown now: nothing happens
	// Dropping in the middle leaves the head executable.
	nu := mustAdd(t, p, e.transfer(0, 0, 2*defaultMaxFee))[0]
	if got := hashesOf(p.Pending(0, 0)); !slices.Equal(got, []common.Hash{nu, hs[1], hs[2]}) {
		t.Fatalf("after filling the gap: %v", got)
	}
	p.Drop(hs[1], nil)
	if got := hashesOf(p.Pending(0, 0)); !slices.Equal(got, []common.Hash{nu}) || p.Status(hs[2]) != StatusQueued {
		t.Fatalf("after dropping nonce 1: %v", got)
	}
	checkInvariants(t, p)
}

func TestAdmitHook(t *testing.T) {
	e := newEnv(t, 2)
	blocked := common.Address{0xbb}
	var calls atomic.Int32
	hookErr := errors.New("no transfers to 0xbb")
	p := e.open(Config{JournalPath: journalIn(t), Admit: func(v *state.Verified) error {
		calls.Add(1)
		if tr, ok := v.Tx.Body.(*state.Transfer); ok && tr.To == blocked {
			if tr.Amount.Uint64() == 2 {
				return fmt.Errorf("slashed before: %w", &state.Error{Code: state.CodeReceiptSlashed, Msg: "ever slashed"})
			}
			return hookErr
		}
		return nil
	}})
	refused := e.sign(0, 0, defaultMaxFee, &state.Transfer{To: blocked, Amount: uint256.NewInt(1)}).Encode()
	res := p.Add([][]byte{refused})[0]
	if CodeOf(res.Err) != CodeRefused || !errors.Is(res.Err, hookErr) || !errors.Is(res.Err, &Error{Code: CodeRefused}) {
		t.Fatalf("hook refusal: %v", res.Err)
	}
	coded := e.sign(0, 0, defaultMaxFee, &state.Transfer{To: blocked, Amount: uint256.NewInt(2)}).Encode()
	if c := addCode(p, coded); c != state.CodeReceiptSlashed {
		t.Fatalf("hook refusal with a code: %d, want %d", c, state.CodeReceiptSlashed)
	}
	// The hook sees only txs that passed the cheaper checks.
	before := calls.Load()
	addCode(p, e.transfer(0, 0, 1))     // fee
	addCode(p, []byte{1, 2, 3})         // malformed
	addCode(p, e.transfer(0, 99, 1e15)) // too far: checked under the lock, after the hook
	if calls.Load() != before+1 {
		t.Fatalf("hook calls %d, want %d", calls.Load()-before, 1)
	}
	ok := mustAdd(t, p, e.transfer(1, 0, defaultMaxFee))[0]
	// Refused txs are not journaled.
	q := e.open(Config{JournalPath: copyFile(t, p.cfg.JournalPath)})
	if q.Len() != 1 {
		t.Fatalf("replayed %d txs, want only the admitted one", q.Len())
	}
	if _, found := q.Get(ok); !found {
		t.Fatal("admitted tx not replayed")
	}
}

func TestReinject(t *testing.T) {
	e := newEnv(t, 2)
	d := newDrops()
	p := e.open(Config{JournalPath: journalIn(t), OnDrop: d.hook})
	a := mustAdd(t, p, e.transfer(0, 0, defaultMaxFee), e.transfer(0, 1, defaultMaxFee))
	included := e.build(p, 0)
	if len(included) != 2 || p.Len() != 0 {
		t.Fatalf("block %d txs, pool %d", len(included), p.Len())
	}
	queued := mustAdd(t, p, e.transfer(0, 2, defaultMaxFee), e.transfer(1, 0, defaultMaxFee))
	// Roll the block back; its txs come back first.
	e.view.mu.Lock()
	if err := e.view.s.Rollback(t.Context(), 0); err != nil {
		t.Fatal(err)
	}
	e.view.mu.Unlock()
	e.block = 0
	if e.nonce(0) != 0 {
		t.Fatal("rollback kept the nonce")
	}
	var txs []*state.Tx
	for _, h := range a {
		v := p.recent[h]
		if v == nil {
			t.Fatal("included tx not remembered")
		}
		// A copy, as the builder would decode it from the block.
		tx, err := state.DecodeTx(v.Tx.Encode())
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	for i, err := range p.Reinject(txs) {
		if err != nil {
			t.Fatalf("reinject %d: %v", i, err)
		}
	}
	// Reinjected txs were not recovered again: the remembered *Verified.
	if v, _ := p.Get(a[0]); v != p.recent[a[0]] {
		t.Fatal("reinjected tx verified again")
	}
	want := []common.Hash{a[0], queued[1], a[1], queued[0]}
	if got := hashesOf(p.Pending(0, 0)); !slices.Equal(got, want) {
		t.Fatalf("after reinject: %v, want %v", got, want)
	}
	checkInvariants(t, p)
	if errs := p.Reinject(txs[:1]); CodeOf(errs[0]) != CodeAlreadyKnown {
		t.Fatalf("reinjecting a pooled tx: %v", errs[0])
	}
	// They are journaled.
	q := e.open(Config{JournalPath: copyFile(t, p.cfg.JournalPath)})
	if got := hashesOf(q.Pending(0, 0)); !slices.Equal(got, want) {
		t.Fatalf("replayed after reinject: %v, want %v", got, want)
	}
	if d.len() != 0 {
		t.Fatalf("drops %v", d.m)
	}
}

// TestReinjectKeepsFullSender: a reinjected tx (acknowledged before, undone
// by a rollback) goes in even when its sender is at its limit, and evicts
// nothing: every acknowledged tx stays (the pool exceeds the limit until
// the builder drains it). New txs of that sender are still refused.
func TestReinjectKeepsFullSender(t *testing.T) {
	e := newEnv(t, 1)
	d := newDrops()
	p := e.open(Config{MaxPerSender: 3, OnDrop: d.hook})
	first := mustAdd(t, p, e.transfer(0, 0, defaultMaxFee))
	e.build(p, 0)
	rest := mustAdd(t, p, e.transfer(0, 1, defaultMaxFee), e.transfer(0, 2, defaultMaxFee), e.transfer(0, 3, defaultMaxFee))
	e.view.mu.Lock()
	if err := e.view.s.Rollback(t.Context(), 0); err != nil {
		t.Fatal(err)
	}
	e.view.mu.Unlock()
	e.block = 0
	if errs := p.Reinject([]*state.Tx{p.recent[first[0]].Tx}); errs[0] != nil {
		t.Fatal(errs[0])
	}
	for _, h := range rest {
		if c, ok := d.code(h); ok {
			t.Fatalf("acknowledged tx %s dropped with code %d", h, c)
		}
	}
	want := []common.Hash{first[0], rest[0], rest[1], rest[2]}
	if got := hashesOf(p.Pending(0, 0)); !slices.Equal(got, want) {
		t.Fatalf("Pending %v, want %v", got, want)
	}
	if res := p.Add([][]byte{e.transfer(0, 4, defaultMaxFee)}); CodeOf(res[0].Err) != CodeSenderLimit {
		t.Fatalf("a new tx of the full sender: %v", res[0].Err)
	}
	checkInvariants(t, p)
}

func TestConfigValidation(t *testing.T) {
	e := newEnv(t, 0)
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{MaxPerSender: -1}, "MaxPerSender"},
		{Config{MaxTxs: -5}, "MaxTxs"},
		{Config{MaxBytes: -1}, "MaxBytes"},
		{Config{Workers: -1}, "Workers"},
		{Config{MaxPerSender: 10, MaxTxs: 5}, "exceeds MaxTxs"},
		{Config{MaxBytes: 1000}, "cannot hold one tx"},
		{Config{JournalPath: t.TempDir()}, "journal"}, // a directory
	} {
		_, err := Open(c.cfg, e.domain, e.view)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v, want an error about %q", c.cfg, err, c.want)
		}
	}
	if _, err := Open(Config{}, nil, e.view); err == nil {
		t.Error("nil domain accepted")
	}
	if _, err := Open(Config{}, e.domain, nil); err == nil {
		t.Error("nil view accepted")
	}
	cfg, err := Config{}.withDefaults()
	if err != nil || cfg.MaxPerSender != 64 || cfg.MaxTxs != 100_000 || cfg.MaxBytes != DefaultMaxBytes || cfg.Workers < 1 || cfg.Logger == nil {
		t.Fatalf("defaults %+v, %v", cfg, err)
	}
}

func TestCodeOf(t *testing.T) {
	se := &state.Error{Code: state.CodeBadNonce, Msg: "x"}
	pe := errf(CodePoolFull, "full")
	for _, c := range []struct {
		err  error
		want state.Code
	}{
		{nil, 0},
		{errors.New("plain"), 0},
		{se, state.CodeBadNonce},
		{pe, CodePoolFull},
		{fmt.Errorf("ctx: %w", pe), CodePoolFull},
		{fmt.Errorf("ctx: %w", se), state.CodeBadNonce},
		{wrapf(CodeJournal, se, "outer"), CodeJournal},
		{errors.Join(errors.New("a"), fmt.Errorf("b: %w", se)), state.CodeBadNonce},
		{refusal(errors.New("no")), CodeRefused},
		{refusal(fmt.Errorf("w: %w", se)), state.CodeBadNonce},
	} {
		if got := CodeOf(c.err); got != c.want {
			t.Errorf("CodeOf(%v) = %d, want %d", c.err, got, c.want)
		}
	}
	if !errors.Is(wrapf(state.CodeBadNonce, nil, "x"), &state.Error{Code: state.CodeBadNonce}) {
		t.Error("a pool error with a state code does not match the state error")
	}
	if errors.Is(pe, &Error{Code: CodeSenderLimit}) {
		t.Error("different codes match")
	}
}

func TestClose(t *testing.T) {
	e := newEnv(t, 1)
	p := e.open(Config{JournalPath: journalIn(t)})
	h := mustAdd(t, p, e.transfer(0, 0, defaultMaxFee))[0]
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if c := addCode(p, e.transfer(0, 1, defaultMaxFee)); c != CodeClosed {
		t.Fatalf("Add after Close: code %d, want %d", c, CodeClosed)
	}
	if errs := p.Reinject([]*state.Tx{e.transferTx(0, 1, defaultMaxFee)}); CodeOf(errs[0]) != CodeClosed {
		t.Fatalf("Reinject after Close: %v", errs[0])
	}
	if _, ok := p.Get(h); !ok {
		t.Fatal("reads fail after Close")
	}
	q := e.open(Config{JournalPath: p.cfg.JournalPath})
	if _, ok := q.Get(h); !ok || q.Len() != 1 {
		t.Fatal("closed pool's tx not replayed")
	}
}

// TestSigningHashCollision: the signing hash does not cover the sender,
// so two keys signing the same message share it. The pool refuses the
// second while the first is pooled, and a block including one sender's
// tx never removes the other's by hash.
func TestSigningHashCollision(t *testing.T) {
	e := newEnv(t, 2)
	p := e.open(Config{})
	body := func() state.Body { return &state.Transfer{To: common.Address{0xcc}, Amount: uint256.NewInt(5)} }
	a := e.sign(0, 0, defaultMaxFee, body())
	b := e.sign(1, 0, defaultMaxFee, body())
	if e.domain.SigningHash(a) != e.domain.SigningHash(b) {
		t.Fatal("no collision to test")
	}
	// Two keys signing the same message share the signing hash, not the
	// tx hash: both are pooled, each under its own id.
	hs := mustAdd(t, p, b.Encode(), a.Encode())
	if hs[0] == hs[1] || hs[0] != b.ID() || hs[1] != a.ID() {
		t.Fatalf("tx hashes %v, want %s and %s", hs, b.ID(), a.ID())
	}
	va, err := e.domain.Verify(a)
	if err != nil {
		t.Fatal(err)
	}
	senders, hashes, refused := e.applyBlock([]*state.Verified{va})
	if len(refused) != 0 || hashes[0] != a.ID() {
		t.Fatal("block did not include key 0's tx")
	}
	p.Included(senders, hashes)
	if v, ok := p.Get(hs[0]); !ok || v.Sender != e.addrs[1] || p.Status(hs[0]) != StatusPending {
		t.Fatal("key 0's included tx removed key 1's pooled tx")
	}
	if _, ok := p.Get(hs[1]); ok {
		t.Fatal("the included tx is still pooled")
	}
}
