package e2e

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/devnet"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/wallet"
)

// The market suites: the whole market of `gpuroll devnet` (sequencer, an
// honest and a dishonest provider, a challenger holding the guardian key)
// on an L1, driven by a buyer through the wallet, as a user would:
//
//   - honest path: deposit → lease → job → receipt → batch → final →
//     provider paid → the provider withdraws its earnings on L1; the
//     buyer's result downloaded, checked against the trace and equal to a
//     local execution;
//   - fraud path: the dishonest provider's first job carries a false
//     receipt → the challenger proves it (a real Groth16 proof) → the bond
//     is slashed on L1 → the buyer is refunded and compensated on L2 → the
//     challenger is rewarded on L1; the honest provider is unaffected;
//   - money: every L2 balance, lease escrow and locked payment against
//     the L1 escrow's deposits + compensations − withdrawals, and the
//     escrow's token balance, to the wei.
//
// TestMarketEmbeddedL1 runs them on the devnet's embedded L1 (go-ethereum
// in dev mode); TestMarketGeth on a `geth --dev` process.

func TestMarketEmbeddedL1(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole market")
	}
	marketSuite(t, "")
}

// marketSuite runs both paths on one devnet; l1rpc "" is the embedded L1.
func marketSuite(t *testing.T, l1rpc string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	if err := chKeys(t).WriteDir(filepath.Join(dir, "circuit")); err != nil {
		t.Fatal(err)
	}
	out := &syncBuf{}
	d, err := devnet.New(ctx, devnet.Config{
		DataDir: dir, L1RPC: l1rpc, L1Port: l1test.FreePort(t), RPCAddr: "127.0.0.1:0",
		Providers: 1, Dishonest: true, Buyers: 1, NoWorkload: true,
		DisputeWindow: 20 * time.Second, RevealPeriod: 10 * time.Second,
		Out: out, Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); err != nil {
		_ = d.Stop(context.Background())
		t.Fatal(err)
	}
	defer func() {
		if err := d.Stop(context.Background()); err != nil {
			t.Errorf("devnet stop: %v", err)
		}
		if t.Failed() {
			t.Logf("devnet output:\n%s", out.String())
		}
	}()
	m := newMarket(ctx, t, d)
	defer m.close()

	honest, dishonest, buyer, auditor := m.key("provider-0"), m.key("provider-dishonest"), m.key("buyer-0"), m.key(devnet.RoleAuditor)
	for _, p := range []common.Address{honest, dishonest} {
		m.waitFor("provider registered", func() bool {
			pr, err := m.seq.Provider(ctx, p)
			return err == nil && pr.Active
		})
	}
	bondBefore := map[common.Address]*big.Int{honest: m.bonded(honest), dishonest: m.bonded(dishonest)}
	auditorBefore, honestL1Before := m.l1Tokens(auditor), m.l1Tokens(honest)

	// The buyer: deposit, a lease with each provider, three jobs.
	bw := m.wallet(buyer)
	if err := bw.Deposit(ctx, ether(1000), func(string) {}); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	leaseH, err := bw.OpenLease(ctx, honest, uint256.MustFromBig(ether(100)), 3600)
	if err != nil {
		t.Fatal(err)
	}
	leaseD, err := bw.OpenLease(ctx, dishonest, uint256.MustFromBig(ether(100)), 3600)
	if err != nil {
		t.Fatal(err)
	}
	type sub struct {
		name  string
		lease uint64
		j     *wallet.Job
		id    common.Hash
		r     *client.Receipt
		stage string
	}
	subs := []*sub{{name: "honest", lease: leaseH}, {name: "dishonest's first (false)", lease: leaseD}, {name: "dishonest's second (true)", lease: leaseD}}
	for i, s := range subs {
		if s.j, err = devnet.Job(uint64(1000 + i)); err != nil {
			t.Fatal(err)
		}
		if s.id, err = bw.SubmitJob(ctx, s.lease, s.j); err != nil {
			t.Fatalf("submit the %s job: %v", s.name, err)
		}
		// One at a time to the dishonest provider, so that its first job
		// is the one it falsifies.
		if s.lease == leaseD {
			m.waitFor("the dishonest provider's receipt of "+s.name, func() bool {
				j, err := m.seq.Job(ctx, s.id)
				return err == nil && j.ReceiptID != nil
			})
		}
	}
	var wg sync.WaitGroup
	errs := make([]error, len(subs))
	for i, s := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.r, errs[i] = bw.FollowJob(ctx, s.id, func(stage, _ string) { s.stage = stage })
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatalf("following the jobs: %v", err)
	}
	// The dishonest provider's second receipt was locked when the verdict
	// on its first was consumed: forfeited, its price back to the buyer
	// (docs/economics.md).
	for i, want := range []string{wallet.StageFinal, wallet.StageSlashed, wallet.StageForfeited} {
		if subs[i].stage != want || subs[i].r == nil {
			t.Fatalf("the %s job ended %q, want %q", subs[i].name, subs[i].stage, want)
		}
	}

	// The honest result: downloaded, checked against the trace, and what a
	// local execution gives.
	got, err := bw.Result(ctx, subs[0].r)
	if err != nil {
		t.Fatalf("result: %v", err)
	}
	tr, err := (&job.Reference{}).Execute(ctx, subs[0].j.Model, subs[0].j.Input)
	if err != nil {
		t.Fatal(err)
	}
	for row := range got {
		if want := tr.Act(row, tr.Layers()); !slices.Equal(got[row], want) {
			t.Fatalf("result row %d is %v, a local execution gives %v", row, got[row], want)
		}
	}

	// The slash, as L1 recorded it: one, of the false receipt, by the
	// auditor; the bond and the auditor's tokens moved by exactly it.
	slashes := m.slashEvents()
	if len(slashes) != 1 {
		t.Fatalf("%d ReceiptSlashed events, want 1", len(slashes))
	}
	ev := slashes[0]
	if common.Hash(ev.ReceiptId) != subs[1].r.ID || ev.Provider != dishonest || ev.Challenger != auditor {
		t.Fatalf("slash of receipt %x by %s on %s; want receipt %s by the auditor on the dishonest provider", ev.ReceiptId, ev.Challenger, ev.Provider, subs[1].r.ID)
	}
	// The conviction suspends the dishonest provider until its bond is
	// back where it was (docs/economics.md); its top-up (within
	// --max-bond) may have bonded that back already: count it.
	// (Re-read until both reads see the same L1 state.)
	m.waitFor("the dishonest bond = before − taken + bonded back", func() bool {
		want := new(big.Int).Add(new(big.Int).Sub(bondBefore[dishonest], ev.Taken), m.bondedAfter(dishonest, ev.Raw.BlockNumber))
		return m.bonded(dishonest).Cmp(want) == 0
	})
	if want := new(big.Int).Add(auditorBefore, ev.ChallengerShare); m.l1Tokens(auditor).Cmp(want) != 0 || ev.ChallengerShare.Sign() <= 0 {
		t.Fatalf("auditor holds %v on L1, want %v + its share %v", m.l1Tokens(auditor), auditorBefore, ev.ChallengerShare)
	}
	if new(big.Int).Add(ev.ChallengerShare, ev.Compensation).Cmp(ev.Taken) != 0 {
		t.Fatalf("taken %v ≠ share %v + compensation %v", ev.Taken, ev.ChallengerShare, ev.Compensation)
	}
	// The honest provider: bond untouched, receipts paid.
	if m.bonded(honest).Cmp(bondBefore[honest]) != 0 {
		t.Fatalf("the honest provider's bond moved: %v → %v", bondBefore[honest], m.bonded(honest))
	}

	// The buyer on L2: the deposit, less fees and the price of the one
	// paid job, plus the compensation (the false job's price is back in
	// its lease, the forfeited one's in its balance), once L2 has consumed
	// the compensation message.
	price := func(s *sub) *big.Int { return (*uint256.Int)(s.r.Price).ToBig() }
	m.waitFor("the buyer compensated on L2", func() bool {
		fees := m.fees()
		want := new(big.Int).Sub(ether(1000), fees[buyer])
		want.Sub(want, price(subs[0]))
		want.Add(want, ev.Compensation)
		return m.l2Held(buyer).Cmp(want) == 0
	})

	// The honest provider withdraws its earnings to L1 (its service is
	// idle: nothing else sends with its key now).
	earned := price(subs[0])
	hw := m.wallet(honest)
	if err := hw.Withdraw(ctx, honest, uint256.MustFromBig(earned), func(string) {}); err != nil {
		t.Fatalf("the honest provider's withdrawal: %v", err)
	}
	if want := new(big.Int).Add(honestL1Before, earned); m.l1Tokens(honest).Cmp(want) != 0 {
		t.Fatalf("the honest provider holds %v on L1 after withdrawing its earnings %v, want %v", m.l1Tokens(honest), earned, want)
	}

	// Conservation, to the wei, on both layers.
	m.waitFor("conservation", func() bool { return m.conserved(false) })
	m.conserved(true)
}

// market reads a devnet's L1 and L2 for the suites.
type market struct {
	ctx context.Context
	t   *testing.T
	d   *devnet.Devnet
	seq *client.Client
	l1  *ethclient.Client
	ws  []*wallet.Wallet
}

func newMarket(ctx context.Context, t *testing.T, d *devnet.Devnet) *market {
	seq, err := client.Dial(ctx, d.SequencerURL())
	if err != nil {
		t.Fatal(err)
	}
	ec, err := ethclient.DialContext(ctx, d.L1URL())
	if err != nil {
		t.Fatal(err)
	}
	return &market{ctx: ctx, t: t, d: d, seq: seq, l1: ec}
}

func (m *market) close() {
	for _, w := range m.ws {
		w.Close()
	}
	m.seq.Close()
	m.l1.Close()
}

func (m *market) key(role string) common.Address {
	k, ok := m.d.Keys()[role]
	if !ok {
		m.t.Fatalf("no dev key %q", role)
	}
	return k.Addr
}

func (m *market) wallet(a common.Address) *wallet.Wallet {
	m.t.Helper()
	for _, k := range m.d.Keys() {
		if k.Addr == a {
			w, err := wallet.Open(m.ctx, wallet.Config{RPC: m.d.SequencerURL(), L1RPC: m.d.L1URL(), Key: k.Key, DataDir: m.t.TempDir(), Poll: 250 * time.Millisecond})
			if err != nil {
				m.t.Fatal(err)
			}
			m.ws = append(m.ws, w)
			return w
		}
	}
	m.t.Fatalf("no dev key of %s", a)
	return nil
}

// waitFor polls cond for up to two minutes.
func (m *market) waitFor(what string, cond func() bool) {
	m.t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !cond() {
		if time.Now().After(deadline) || m.ctx.Err() != nil {
			m.t.Fatalf("waited in vain for %s", what)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func (m *market) call(to common.Address, data []byte) []byte {
	m.t.Helper()
	out, err := m.l1.CallContract(m.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		m.t.Fatalf("L1 call: %v", err)
	}
	return out
}

func (m *market) l1Tokens(a common.Address) *big.Int {
	tok := bindings.NewComputeToken()
	v, err := tok.UnpackBalanceOf(m.call(m.d.Deployment().Token, tok.PackBalanceOf(a)))
	if err != nil {
		m.t.Fatal(err)
	}
	return v
}

func (m *market) bonded(a common.Address) *big.Int {
	b := bindings.NewBonds()
	v, err := b.UnpackBonded(m.call(m.d.Deployment().Bonds, b.PackBonded(a)))
	if err != nil {
		m.t.Fatal(err)
	}
	return v
}

func (m *market) slashEvents() []*bindings.DisputesReceiptSlashed {
	dis := bindings.NewDisputes()
	logs, err := m.l1.FilterLogs(m.ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{m.d.Deployment().Disputes}, Topics: [][]common.Hash{{dis.GetABI().Events["ReceiptSlashed"].ID}}})
	if err != nil {
		m.t.Fatal(err)
	}
	var out []*bindings.DisputesReceiptSlashed
	for i := range logs {
		ev, err := dis.UnpackReceiptSlashedEvent(&logs[i])
		if err != nil {
			m.t.Fatal(err)
		}
		out = append(out, ev)
	}
	return out
}

// bondedAfter sums what provider bonded on L1 (Bonded events) from block
// from on.
func (m *market) bondedAfter(provider common.Address, from uint64) *big.Int {
	bo := bindings.NewBonds()
	logs, err := m.l1.FilterLogs(m.ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{m.d.Deployment().Bonds},
		Topics:    [][]common.Hash{{bo.GetABI().Events["Bonded"].ID}, {common.BytesToHash(provider.Bytes())}}})
	if err != nil {
		m.t.Fatal(err)
	}
	sum := new(big.Int)
	for i := range logs {
		ev, err := bo.UnpackBondedEvent(&logs[i])
		if err != nil {
			m.t.Fatal(err)
		}
		sum.Add(sum, ev.Amount)
	}
	return sum
}

// fees sums the L2 fees each sender paid, block by block.
func (m *market) fees() map[common.Address]*big.Int {
	m.t.Helper()
	head, err := m.seq.BlockByNumber(m.ctx, nil, false)
	if err != nil {
		m.t.Fatal(err)
	}
	fees := map[common.Address]*big.Int{}
	for b := uint64(0); b <= uint64(head.Number); b++ {
		blk, err := m.seq.BlockByNumber(m.ctx, &b, false)
		if err != nil {
			m.t.Fatal(err)
		}
		for _, h := range blk.Txs {
			st, err := m.seq.TxStatus(m.ctx, h)
			if err != nil {
				m.t.Fatal(err)
			}
			if st.Sender == nil || st.Fee == nil {
				m.t.Fatalf("included tx %s without sender or fee: %+v", h, st)
			}
			if fees[*st.Sender] == nil {
				fees[*st.Sender] = new(big.Int)
			}
			fees[*st.Sender].Add(fees[*st.Sender], (*uint256.Int)(st.Fee).ToBig())
		}
	}
	return fees
}

// l2Held is an account's L2 balance plus the escrow of its leases as
// buyer (which includes what its locked jobs reserve).
func (m *market) l2Held(a common.Address) *big.Int {
	m.t.Helper()
	acc, err := m.seq.Account(m.ctx, a)
	if err != nil {
		m.t.Fatal(err)
	}
	held := (*uint256.Int)(acc.Balance).ToBig()
	ls, err := m.seq.Leases(m.ctx, a)
	if err != nil {
		m.t.Fatal(err)
	}
	for _, l := range ls {
		if l.Buyer == a {
			held.Add(held, (*uint256.Int)(l.Escrow).ToBig())
		}
	}
	return held
}

// conserved checks, for every dev key (the only L2 accounts there are):
//
//	Σ balances + Σ lease escrows + Σ prices of locked receipts
//	  = L1 deposits + compensations − L2 withdrawals
//
// and that the L1 escrow holds exactly deposits + compensations − claimed
// withdrawals. With fatal it fails the test naming the figures; otherwise
// it reports whether they hold (the L2 may not have consumed an L1
// message yet).
func (m *market) conserved(fatal bool) bool {
	m.t.Helper()
	held, withdrawn, locked := new(big.Int), new(big.Int), new(big.Int)
	for _, k := range m.d.Keys() {
		held.Add(held, m.l2Held(k.Addr))
		ws, err := m.seq.Withdrawals(m.ctx, k.Addr)
		if err != nil {
			m.t.Fatal(err)
		}
		for _, w := range ws {
			withdrawn.Add(withdrawn, (*uint256.Int)(w.Amount).ToBig())
		}
		js, err := m.seq.Jobs(m.ctx, k.Addr, "")
		if err != nil {
			m.t.Fatal(err)
		}
		for _, j := range js {
			if j.ReceiptID == nil || j.Buyer != k.Addr {
				continue
			}
			r, err := m.seq.Receipt(m.ctx, *j.ReceiptID)
			if err != nil {
				m.t.Fatal(err)
			}
			if r.Status == client.ReceiptLocked {
				locked.Add(locked, (*uint256.Int)(r.Price).ToBig())
			}
		}
	}
	r := bindings.NewRollup()
	rollup := m.d.Deployment().Rollup
	deposits, _ := r.UnpackTotalDeposits(m.call(rollup, r.PackTotalDeposits()))
	comps, _ := r.UnpackTotalCompensations(m.call(rollup, r.PackTotalCompensations()))
	claimed, _ := r.UnpackTotalWithdrawals(m.call(rollup, r.PackTotalWithdrawals()))
	escrow := m.l1Tokens(rollup)
	l2 := new(big.Int).Add(held, locked)
	want := new(big.Int).Add(deposits, comps)
	want.Sub(want, withdrawn)
	l1want := new(big.Int).Add(deposits, comps)
	l1want.Sub(l1want, claimed)
	ok := l2.Cmp(want) == 0 && escrow.Cmp(l1want) == 0
	if !ok && fatal {
		m.t.Fatalf("not conserved: L2 holds %v (+ %v locked) but deposits %v + compensations %v − withdrawals %v = %v; the L1 escrow holds %v, accounted %v",
			held, locked, deposits, comps, withdrawn, want, escrow, l1want)
	}
	return ok
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
