package state

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// The forfeiture rule (docs/economics.md). A sampled audit catches a false
// receipt with probability P only, so a slash of one receipt alone
// deters little when P is small. When a verdict is consumed, the convicted
// provider therefore also forfeits every payment it still has locked: each
// of its receipts not yet paid by a finalized batch is refunded to its
// buyer (status ReceiptForfeited), and the provider is suspended (no
// leases, jobs or receipts) until a BondChanged message gives it at least
// the bond it had before the slash (never less than minSlash). Everything
// here is a function of L1 data and L2 state, like the rest of the STF.

// requireNotSuspended refuses work for a suspended provider.
func (s *State) requireNotSuspended(provider common.Address) error {
	b, err := s.Bond(provider)
	if err != nil {
		return err
	}
	if b.Suspended {
		return suspendedErr(provider, b)
	}
	return nil
}

func suspendedErr(provider common.Address, b *Bond) *Error {
	need := b.ReinstateBond
	if need == nil {
		need = new(uint256.Int)
	}
	return errf(CodeProviderSuspended, "provider %s is suspended after a conviction until its bond reaches %s (it is %s)",
		provider, need.Dec(), b.Bond.Dec())
}

// forfeit applies the rule for the consumed verdict p against provider:
// it walks the provider's receipts from LockedHead (every receipt before
// it is settled) to LockedTail, refunds each one still locked, and
// suspends the provider. The walk is bounded by the receipts the provider
// posted since its last paid one, which its bond bounds: each locked
// receipt holds at least minSlash of exposure.
func (s *State) forfeit(provider common.Address, p *l1iface.ReceiptSlashed) error {
	b, err := s.Bond(provider)
	if err != nil {
		return err
	}
	tail := b.LockedTail
	for seq := b.LockedHead; seq < tail; seq++ {
		v, ok, err := s.get(providerReceiptKey(provider, seq))
		if err != nil {
			return err
		}
		if !ok || len(v) != common.HashLength {
			return errf(CodeState, "provider %s lacks its receipt %d", provider, seq)
		}
		id := common.BytesToHash(v)
		r, err := s.Receipt(id)
		if err != nil {
			return err
		}
		if r == nil {
			return errf(CodeState, "provider %s: receipt %d (%s) missing", provider, seq, id)
		}
		if r.Status != ReceiptLocked {
			continue // paid, slashed or forfeited already
		}
		if err := s.settleLocked(r, r.Buyer, false); err != nil {
			return err
		}
		r.Status = ReceiptForfeited
		s.setReceipt(id, r)
	}
	// settleLocked rewrote the bond record: read it again.
	if b, err = s.Bond(provider); err != nil {
		return err
	}
	b.LockedHead = tail
	params, err := s.Params()
	if err != nil {
		return err
	}
	// The bond before the slash: the mirror (the slash's BondChanged came
	// just before this verdict) plus the slash amount, saturating.
	need, overflow := new(uint256.Int).AddOverflow(b.Bond, p.SlashAmount)
	if overflow {
		need.SetAllOne()
	}
	if need.Lt(params[l1iface.ParamMinSlash]) {
		need.Set(params[l1iface.ParamMinSlash])
	}
	if b.Suspended && b.ReinstateBond != nil && b.ReinstateBond.Gt(need) {
		need.Set(b.ReinstateBond)
	}
	b.Suspended, b.ReinstateBond = true, need
	s.setBond(provider, b)
	return nil
}
