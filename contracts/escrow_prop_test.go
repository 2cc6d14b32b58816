package contracts_test

import (
	"flag"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/gpuroll/gpuroll/state/l1iface"
)

// escrowModel is the Go side's own account of what the Rollup must hold.
type escrowModel struct {
	e                      *env
	deposits, comps, withd *big.Int
	// reserved: withdrawals posted in live batches, not yet claimed; L2
	// never lets withdrawals exceed what it holds.
	pending   []*posted // live, not final, oldest first
	final     []*posted
	claimed   map[uint64]bool
	nextWID   uint64
	slashable *big.Int // provider's bond + tokens waiting for release
	seed      byte
}

func (m *escrowModel) held() *big.Int {
	x := new(big.Int).Add(m.deposits, m.comps)
	return x.Sub(x, m.withd)
}

func (m *escrowModel) reserved() *big.Int {
	r := new(big.Int)
	for _, ps := range [][]*posted{m.pending, m.final} {
		for _, p := range ps {
			for _, w := range p.withdrawals {
				if !m.claimed[w.WithdrawalID] {
					r.Add(r, w.Amount.ToBig())
				}
			}
		}
	}
	return r
}

func (m *escrowModel) check(t *rapid.T) {
	bal := m.e.balance(m.e.d.Rollup)
	if bal.Cmp(m.held()) != 0 {
		t.Fatalf("Rollup holds %v, deposits + compensations - withdrawals = %v", bal, m.held())
	}
	acc := call(m.e, m.e.d.Rollup, rollupABI.PackAccountedEscrow(), rollupABI.UnpackAccountedEscrow)
	if acc.Cmp(bal) != 0 {
		t.Fatalf("accountedEscrow %v, balance %v", acc, bal)
	}
}

// TestEscrowProperty: over random deposit / post / finalize / reject /
// withdraw / slash sequences, the Rollup's token balance always equals
// deposits + compensations − withdrawals. Each check deploys afresh; the
// number of checks defaults to 10 here (-rapid.checks overrides).
func TestEscrowProperty(t *testing.T) {
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "rapid.checks" })
	if !set {
		old := flag.Lookup("rapid.checks").Value.String()
		if err := flag.Set("rapid.checks", "10"); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = flag.Set("rapid.checks", old) })
	}
	rapid.Check(t, func(rt *rapid.T) {
		e := newEnv(t, nil)
		e.ok(provider, e.d.Bonds, bondsABI.PackBond(ether(200)))
		m := &escrowModel{e: e, deposits: new(big.Int), comps: new(big.Int), withd: new(big.Int),
			claimed: map[uint64]bool{}, slashable: ether(200)}
		amount := func(max *big.Int) *big.Int {
			if max.Sign() <= 0 {
				return new(big.Int)
			}
			// Whole tokens plus odd wei, so rounding in the share shows up.
			n := rapid.Int64Range(1, 1_000_000).Draw(rt, "amount")
			x := new(big.Int).Mul(big.NewInt(n), big.NewInt(1e14))
			x.Add(x, big.NewInt(rapid.Int64Range(0, 999).Draw(rt, "wei")))
			return x.Mod(x, max)
		}
		rt.Repeat(map[string]func(*rapid.T){
			"": m.check,
			"deposit": func(t *rapid.T) {
				who := rapid.IntRange(1, 5).Draw(t, "who")
				a := amount(ether(1000))
				if a.Sign() == 0 {
					t.Skip("zero deposit")
				}
				e.ok(who, e.d.Rollup, rollupABI.PackDeposit(e.addr(rapid.IntRange(1, 5).Draw(t, "to")), a))
				m.deposits.Add(m.deposits, a)
			},
			"post": func(t *rapid.T) {
				free := new(big.Int).Sub(m.held(), m.reserved())
				var ws []l1iface.WithdrawalLeaf
				for k := rapid.IntRange(0, 3).Draw(t, "withdrawals"); k > 0; k-- {
					a := amount(free)
					if a.Sign() == 0 {
						break
					}
					free.Sub(free, a)
					ws = append(ws, l1iface.WithdrawalLeaf{WithdrawalID: m.nextWID, From: e.addr(buyer),
						To: e.addr(rapid.IntRange(1, 5).Draw(t, "recipient")), Amount: u256(a)})
					m.nextWID++
				}
				var rs []l1iface.ReceiptLeaf
				for k := rapid.IntRange(0, 2).Draw(t, "receipts"); k > 0; k-- {
					m.seed++
					rs = append(rs, receiptLeaf(m.seed, e.addr(provider), e.addr(buyer), amount(ether(80))))
				}
				// After a rejection the same content would make the same
				// header, which the Rollup refuses for good (HeaderRejected):
				// a sequencer must post something else, so the model does.
				body := []byte("body of batch")
				p := e.header(rs, ws, -1, body)
				if call(e, e.d.Rollup, rollupABI.PackRejectedHeader(p.hash), rollupABI.UnpackRejectedHeader) {
					m.nextWID -= uint64(len(ws))
					m.seed -= byte(len(rs))
					t.Skip("the same header as a rejected batch")
				}
				e.submitPosted(p, body)
				m.pending = append(m.pending, p)
			},
			"finalize": func(t *rapid.T) {
				if len(m.pending) == 0 {
					t.Skip("nothing pending")
				}
				e.finalize(m.pending[0])
				m.final = append(m.final, m.pending[0])
				m.pending = m.pending[1:]
			},
			"reject": func(t *rapid.T) {
				if len(m.pending) == 0 {
					t.Skip("nothing pending")
				}
				i := rapid.IntRange(0, len(m.pending)-1).Draw(t, "batch")
				p := m.pending[i]
				e.ok(admin, e.d.Rollup, rollupABI.PackRejectBatch(p.hdr.Index, p.hash))
				m.pending = m.pending[:i]
				e.next = p.hdr.Index
			},
			"withdraw": func(t *rapid.T) {
				type cand struct {
					p *posted
					i int
				}
				var cs []cand
				for _, p := range m.final {
					for i, w := range p.withdrawals {
						if !m.claimed[w.WithdrawalID] {
							cs = append(cs, cand{p, i})
						}
					}
				}
				if len(cs) == 0 {
					t.Skip("nothing to withdraw")
				}
				c := cs[rapid.IntRange(0, len(cs)-1).Draw(t, "withdrawal")]
				w := c.p.withdrawals[c.i]
				e.ok(rapid.IntRange(1, 5).Draw(t, "relayer"), e.d.Rollup,
					rollupABI.PackWithdraw(c.p.hdr.Index, toBindWithdrawal(c.i, w), c.p.withdrawalProof(e.t, c.i)))
				m.claimed[w.WithdrawalID] = true
				m.withd.Add(m.withd, w.Amount.ToBig())
			},
			"slash": func(t *rapid.T) {
				now := e.c.Now(e.t)
				var open []*posted
				for _, p := range m.pending {
					if len(p.receipts) > 0 && now+2 < e.batch(p.hdr.Index).WindowEnd {
						open = append(open, p)
					}
				}
				if len(open) == 0 {
					t.Skip("no receipt to challenge")
				}
				p := open[rapid.IntRange(0, len(open)-1).Draw(t, "batch")]
				ri := rapid.IntRange(0, len(p.receipts)-1).Draw(t, "receipt")
				r := p.receipts[ri]
				if call(e, e.d.Disputes, disputesABI.PackSlashed(r.ReceiptID), disputesABI.UnpackSlashed) {
					t.Skip("already slashed")
				}
				d := &disputeEnv{env: e, p: p, receipts: p.receipts}
				step := bindingsStep(0, 1, 0, 1)
				salt := [32]byte{m.seed}
				d.commit(challenger, ri, step, salt)
				d.ok(challenger, e.d.Disputes, d.reveal(ri, step, salt, d.proofFor(ri, step, challenger)))
				taken := r.SlashAmount.ToBig()
				if taken.Cmp(m.slashable) > 0 {
					taken = new(big.Int).Set(m.slashable)
				}
				m.slashable.Sub(m.slashable, taken)
				share := new(big.Int).Div(new(big.Int).Mul(taken, new(big.Int).SetUint64(e.d.Config.Params.ChallengerShareBps)), big.NewInt(10_000))
				m.comps.Add(m.comps, new(big.Int).Sub(taken, share))
			},
		})
	})
}
