package e2e

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/challenger"
)

// TestChallengersRace: two independent challengers (their own keys,
// secrets and data) audit the same market at rate 1, and the provider
// posts two false receipts. Both challengers find and prove each; for each
// receipt exactly one slash lands on L1 (Disputes slashes a receipt once).
// The one that lands it is paid its share; the other ends the dispute as a
// success ("already slashed"): no alarm, no error, no token moved to it,
// and it spends nothing more on that receipt.
func TestChallengersRace(t *testing.T) {
	if testing.Short() {
		t.Skip("real proofs")
	}
	m := newChMarket(t, chOptions{})
	a := startCh(t, m.challengerConfig(t, chAuditor))
	b := startCh(t, m.challengerConfig(t, chRival))
	chs := map[common.Address]*challenger.Service{a.Address(): a, b.Address(): b}
	before := map[common.Address]*big.Int{a.Address(): m.tokens(a.Address()), b.Address(): m.tokens(b.Address())}

	var posted []*chPosted
	for i := 0; i < 2; i++ {
		j := newChJob(t, []int{40, 31, 7}, 3, uint64(2000+i))
		falseValue(j.st, 2, 2, 3)
		posted = append(posted, m.post(j))
	}
	done := func(s *challenger.Service, id common.Hash) bool {
		d, err := s.Dispute(id)
		return err == nil && d != nil && (d.Status == challenger.StLanded || d.Status == challenger.StLost)
	}
	chWait(t, "both challengers done with both receipts", 4*time.Minute, func() (bool, error) {
		for _, p := range posted {
			if !done(a, p.receipt) || !done(b, p.receipt) {
				return false, nil
			}
		}
		return true, nil
	})
	r := bindings.NewRollup()
	shareBps, err := r.UnpackParam(m.call(m.Deploy.Rollup, r.PackParam(6)))
	if err != nil {
		t.Fatal(err)
	}
	slashes := m.slashes()
	if len(slashes) != len(posted) {
		t.Fatalf("%d slashes on L1 for %d receipts", len(slashes), len(posted))
	}
	earned := map[common.Address]*big.Int{a.Address(): new(big.Int), b.Address(): new(big.Int)}
	for _, p := range posted {
		m.waitPosted(p)
		var winner common.Address
		n := 0
		for _, s := range slashes {
			if common.Hash(s.ReceiptId) == p.receipt {
				winner, n = s.Challenger, n+1
			}
		}
		if n != 1 {
			t.Fatalf("receipt %s slashed %d times", p.receipt, n)
		}
		w, ok := chs[winner]
		if !ok {
			t.Fatalf("receipt %s slashed by %s, not one of the challengers", p.receipt, winner)
		}
		share := new(big.Int).Div(new(big.Int).Mul(u256big(p.rc.SlashAmount), shareBps), big.NewInt(10_000))
		earned[winner].Add(earned[winner], share)
		for addr, s := range chs {
			d, err := s.Dispute(p.receipt)
			if err != nil {
				t.Fatal(err)
			}
			if d.Proofs != 1 || d.Error != "" || d.Alarm != "" {
				t.Fatalf("challenger %s on %s: proofs %d, error %q, alarm %q", addr, p.receipt, d.Proofs, d.Error, d.Alarm)
			}
			if s == w {
				if d.Status != challenger.StLanded || u256bigH(d.Reward).Cmp(share) != 0 {
					t.Fatalf("the winner %s: %s, reward %v (share %s)", addr, d.Status, d.Reward, share)
				}
				continue
			}
			if d.Status != challenger.StLost || d.SlashedBy != winner {
				t.Fatalf("the other challenger %s: %s, slashed by %s (winner %s)", addr, d.Status, d.SlashedBy, winner)
			}
			t.Logf("receipt %s: %s landed it; %s reported %q: %s", p.receipt.TerminalString(), winner, addr, d.Status, strings.Join(d.History, "; "))
		}
	}
	for addr, s := range chs {
		if got := new(big.Int).Sub(m.tokens(addr), before[addr]); got.Cmp(earned[addr]) != 0 {
			t.Fatalf("challenger %s received %s, earned %s", addr, got, earned[addr])
		}
		st := s.Status()
		if st.Active != 0 || st.Proofs.Landed+st.Proofs.AlreadySlashed != uint64(len(posted)) {
			t.Fatalf("challenger %s: alarms %+v, proofs %+v", addr, st.Alarms, st.Proofs)
		}
	}
}
