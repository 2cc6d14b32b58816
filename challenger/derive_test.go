package challenger

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// TestDerivationAlarms: batches whose headers or bodies lie in every way
// L1 cannot see, each posted with the sequencer's key on top of good
// batches: a post-state root, a receipts root, the messages consumed, a
// block with a tx the STF refuses, a body that does not decode. For each,
// the challenger raises the state-mismatch alarm with evidence that names
// what differs (and, when a block does not apply, the first refused item),
// stalls there, and — holding the guardian's key — rejects the batch on
// L1. It then rolls back, derives the honest batch posted in its place and
// goes on; every alarm ends resolved.
func TestDerivationAlarms(t *testing.T) {
	n := newL2(t, nil)
	n.market(100)
	cfg := n.challengerConfig(t)
	cfg.GuardianKey = n.c.Keys[kGuardian]
	s := startChallenger(t, cfg)
	r := bindings.NewRollup()
	models := shapeModels(t)
	seed := uint64(0)
	honestBlock := func(receipts int) {
		var items []item
		for i := 0; i < receipts; i++ {
			seed++
			items = append(items, n.submit(newJob(t, models[int(seed)%len(models)], 2, seed), nil)...)
		}
		items = append(items, item{tx: n.sign(kBuyer, &state.Transfer{To: n.c.Addrs[3], Amount: uint256.NewInt(seed)})})
		n.block(items, true)
	}
	derived := func(index uint64, hash common.Hash) {
		t.Helper()
		waitFor(t, "derivation of the honest batch", time.Minute, func() bool {
			st := s.Status()
			return st.Derivation.Batch == index && st.Derivation.HeaderHash == hash && st.Derivation.StalledAt == nil
		})
	}
	rollingAt := func(k uint64) common.Hash {
		out, err := n.c.Client.CallContract(n.ctx, callMsg(n.d.Rollup, r.PackRollingHash(k)), nil)
		if err != nil {
			t.Fatal(err)
		}
		h, err := r.UnpackRollingHash(out)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	lie := common.HexToHash("0x0bad")
	cases := []struct {
		name    string
		before  func()
		lie     func(h *l1iface.BatchHeader, blocks []*state.Block)
		body    []byte
		differs []string
		check   func(ev *Evidence)
	}{
		{name: "post-state root", lie: func(h *l1iface.BatchHeader, _ []*state.Block) { h.PostStateRoot = lie },
			differs: []string{"postStateRoot"}, check: func(ev *Evidence) {
				if ev.FirstDifferingBlock == nil || ev.FirstDifferingBlock.ClaimedRoot != lie || ev.FirstDifferingTx != nil ||
					ev.Expected == nil || *ev.FirstDifferingBlock.ComputedRoot != ev.Expected.PostStateRoot {
					t.Fatalf("evidence %+v %+v", ev.FirstDifferingBlock, ev.Expected)
				}
			}},
		{name: "receipts root", lie: func(h *l1iface.BatchHeader, _ []*state.Block) { h.ReceiptsRoot = lie },
			differs: []string{"receiptsRoot"}, check: func(ev *Evidence) {
				if ev.Expected == nil || ev.Expected.Receipts != 3 || ev.Posted.ReceiptsRoot != lie {
					t.Fatalf("evidence %+v", ev.Expected)
				}
			}},
		{name: "messages consumed",
			before: func() {
				n.c.MustSend(t, kBuyer, n.d.Rollup, r.PackDeposit(n.c.Addrs[kBuyer], ether(1)))
			},
			lie: func(h *l1iface.BatchHeader, _ []*state.Block) {
				h.MessagesConsumed--
				h.MessagesRollingHash = rollingAt(h.MessagesConsumed)
			},
			differs: []string{"messagesConsumed", "messagesRollingHash"}},
		{name: "a tx the STF refuses",
			lie: func(h *l1iface.BatchHeader, blocks []*state.Block) {
				// A transfer of more than the buyer has, signed with its
				// next nonce, slipped in before the seal.
				last := blocks[len(blocks)-1]
				tx := &state.Tx{Nonce: n.nonces[kBuyer], MaxFee: uint256.NewInt(1e16), Body: &state.Transfer{To: n.c.Addrs[3], Amount: eth(1_000_000_000)}}
				if err := n.dom.Sign(tx, n.c.Keys[kBuyer]); err != nil {
					t.Fatal(err)
				}
				at := len(last.Items) - 1
				last.Items = slices.Insert(last.Items, at, state.TxItem(tx))
			},
			differs: []string{"blocks"}, check: func(ev *Evidence) {
				tx := ev.FirstDifferingTx
				if tx == nil || tx.Kind != "Transfer" || tx.Sender != n.c.Addrs[kBuyer].Hex() || !strings.Contains(tx.Error, "balance") ||
					ev.FirstDifferingBlock == nil || ev.FirstDifferingBlock.Number != tx.Block || ev.Expected != nil {
					t.Fatalf("evidence %+v %+v", tx, ev.FirstDifferingBlock)
				}
			}},
		{name: "a body that does not decode", body: []byte("not a batch"), differs: []string{"body"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.before != nil {
				c.before()
			}
			good := n.last.Index
			honestBlock(3)
			var posted l1iface.BatchHeader
			var bad common.Hash
			if c.body != nil {
				posted, bad = n.postBody(c.body)
			} else {
				posted, bad = n.post(c.lie)
			}
			var a *Alarm
			waitFor(t, "the alarm", time.Minute, func() bool {
				for _, x := range s.Alarms() {
					if x.Kind == AlarmStateMismatch && x.HeaderHash == bad && x.RejectTx != (common.Hash{}) {
						a = &x
						return true
					}
				}
				return false
			})
			ev, err := ReadEvidence(a.Evidence)
			if err != nil {
				t.Fatal(err)
			}
			if ev.Batch != posted.Index || ev.HeaderHash != bad || ev.Posted != headerJSON(&posted) || ev.DerivedBatch != good || ev.RejectTx != a.RejectTx {
				t.Fatalf("evidence %+v", ev)
			}
			for _, d := range c.differs {
				if !slices.Contains(ev.Differs, d) {
					t.Fatalf("evidence differs %v, want %v: %s", ev.Differs, c.differs, ev.Reason)
				}
			}
			if c.check != nil {
				c.check(ev)
			}
			t.Logf("%s: %s", c.name, ev.Reason)
			// Rejected by the challenger as guardian: the builder posts an
			// honest batch at the same index.
			waitFor(t, "the rejection on L1", time.Minute, func() bool {
				out, err := n.c.Client.CallContract(n.ctx, callMsg(n.d.Rollup, r.PackRejectedHeader(bad)), nil)
				rej, _ := r.UnpackRejectedHeader(out)
				return err == nil && rej
			})
			n.rollback(good)
			n.nonces[kBuyer], n.nonces[kProvider] = n.nonceOf(kBuyer), n.nonceOf(kProvider)
			honestBlock(2)
			h, hash := n.post(nil)
			if h.Index != posted.Index {
				t.Fatalf("replacement at %d, rejected %d", h.Index, posted.Index)
			}
			derived(h.Index, hash)
			waitFor(t, "the alarm resolved", 10*time.Second, func() bool { return s.Status().Active == 0 })
		})
	}
	st := s.Status()
	_, root := n.st.Head()
	if st.Derivation.StateRoot != root || st.Derivation.Batch != n.last.Index {
		t.Fatalf("derived %+v, builder at %d root %s", st.Derivation, n.last.Index, root)
	}
}
