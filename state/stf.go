package state

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// Result is what applying a user tx produced.
type Result struct {
	Fee          *uint256.Int
	LeaseID      uint64      // OpenLease
	JobID        common.Hash // SubmitJob (the tx's signing hash)
	ReceiptID    common.Hash // PostReceipt
	WithdrawalID uint64      // Withdraw
}

func add(a, b *uint256.Int, what string) (*uint256.Int, error) {
	r, of := new(uint256.Int).AddOverflow(a, b)
	if of {
		return nil, errf(CodeOverflow, "%s overflows uint256", what)
	}
	return r, nil
}

func sub(a, b *uint256.Int, code Code, what string) (*uint256.Int, error) {
	r, uf := new(uint256.Int).SubOverflow(a, b)
	if uf {
		return nil, errf(code, "%s: %s < %s", what, a.Dec(), b.Dec())
	}
	return r, nil
}

func mul(a, b *uint256.Int, what string) (*uint256.Int, error) {
	r, of := new(uint256.Int).MulOverflow(a, b)
	if of {
		return nil, errf(CodeOverflow, "%s overflows uint256", what)
	}
	return r, nil
}

// JobPrice is ⌈MACs × pricePerGPUHour / ReferenceMACsPerGPUHour⌉.
func JobPrice(macs uint64, pricePerGPUHour *uint256.Int) (*uint256.Int, error) {
	x, err := mul(uint256.NewInt(macs), pricePerGPUHour, "job price")
	if err != nil {
		return nil, err
	}
	q, r := new(uint256.Int).DivMod(x, uint256.NewInt(l1iface.ReferenceMACsPerGPUHour), new(uint256.Int))
	if !r.IsZero() {
		q.AddUint64(q, 1) // q < 2^256 / 3.6e15: cannot overflow
	}
	return q, nil
}

// SlashAmount is max(minSlash, price × slashMultiplier).
func SlashAmount(price *uint256.Int, p *Params) (*uint256.Int, error) {
	s, err := mul(price, p[l1iface.ParamSlashMultiplier], "slash amount")
	if err != nil {
		return nil, err
	}
	if s.Lt(p[l1iface.ParamMinSlash]) {
		s.Set(p[l1iface.ParamMinSlash])
	}
	return s, nil
}

func sequencerOf(p *Params) common.Address {
	b := p[l1iface.ParamSequencer].Bytes20()
	return common.Address(b)
}

func canonical(h common.Hash) bool {
	_, err := job.FromBytes32(h)
	return err == nil
}

// credit adds amt to a's balance.
func (s *State) credit(a common.Address, amt *uint256.Int) error {
	acc, err := s.Account(a)
	if err != nil {
		return err
	}
	if acc.Balance, err = add(acc.Balance, amt, "balance"); err != nil {
		return err
	}
	s.setAccount(a, acc)
	return nil
}

// debit takes amt from a's balance.
func (s *State) debit(a common.Address, amt *uint256.Int, what string) error {
	acc, err := s.Account(a)
	if err != nil {
		return err
	}
	if acc.Balance, err = sub(acc.Balance, amt, CodeInsufficientFunds, what); err != nil {
		return err
	}
	s.setAccount(a, acc)
	return nil
}

func (s *State) requireBlock() error {
	if !s.inBlock {
		return errf(CodeBadBatch, "no open block")
	}
	if s.sealed {
		return errf(CodeBadBatch, "the block already sealed its batch: the seal is a block's last item")
	}
	return nil
}

// Apply applies a verified user tx to the open block. On error the state
// is unchanged and the tx must not be included.
func (s *State) Apply(v *Verified) (*Result, error) {
	if err := s.requireBlock(); err != nil {
		return nil, err
	}
	snap := s.snapshot()
	res, err := s.apply(v)
	if err != nil {
		s.revert(snap)
		return nil, err
	}
	return res, nil
}

func (s *State) apply(v *Verified) (*Result, error) {
	tx := v.Tx
	acc, err := s.Account(v.Sender)
	if err != nil {
		return nil, err
	}
	if tx.Nonce != acc.Nonce {
		return nil, errf(CodeBadNonce, "nonce %d, account %s expects %d", tx.Nonce, v.Sender, acc.Nonce)
	}
	if tx.MaxFee == nil {
		return nil, errf(CodeMalformed, "tx without maxFee")
	}
	p, err := s.Params()
	if err != nil {
		return nil, err
	}
	g, err := s.globals()
	if err != nil {
		return nil, err
	}
	res := &Result{}
	var storageBytes uint64
	switch b := tx.Body.(type) {
	case *Transfer:
		err = s.transfer(v.Sender, b)
	case *RegisterProvider:
		err = s.registerProvider(v.Sender, b)
	case *UpdateProvider:
		err = s.updateProvider(v.Sender, b)
	case *OpenLease:
		res.LeaseID, err = s.openLease(v.Sender, b, g)
	case *CloseLease:
		err = s.closeLease(v.Sender, b, g)
	case *SubmitJob:
		res.JobID = v.Hash
		storageBytes, err = s.submitJob(v, b, p, g)
	case *RejectJob:
		err = s.rejectJob(v.Sender, b)
	case *PostReceipt:
		res.ReceiptID, err = s.postReceipt(v, b, p, g)
	case *Withdraw:
		res.WithdrawalID, err = s.withdraw(v.Sender, b, g)
	default:
		err = errf(CodeUnknownType, "unknown tx body %T", tx.Body)
	}
	if err != nil {
		return nil, err
	}
	// The fee: base + per encoded byte (+ storage for a SubmitJob).
	fee, err := mul(p[l1iface.ParamByteFee], uint256.NewInt(uint64(v.Size)), "byte fee")
	if err != nil {
		return nil, err
	}
	if fee, err = add(fee, p[l1iface.ParamBaseFee], "fee"); err != nil {
		return nil, err
	}
	if storageBytes > 0 {
		sf, err := mul(p[l1iface.ParamStorageByteFee], uint256.NewInt(storageBytes), "storage fee")
		if err != nil {
			return nil, err
		}
		if fee, err = add(fee, sf, "fee"); err != nil {
			return nil, err
		}
	}
	if fee.Gt(tx.MaxFee) {
		return nil, errf(CodeFeeTooHigh, "fee %s exceeds maxFee %s", fee.Dec(), tx.MaxFee.Dec())
	}
	if err := s.debit(v.Sender, fee, "balance for the fee"); err != nil {
		return nil, err
	}
	if err := s.credit(sequencerOf(p), fee); err != nil {
		return nil, err
	}
	// Re-read: the body may have changed the sender's account.
	if acc, err = s.Account(v.Sender); err != nil {
		return nil, err
	}
	acc.Nonce++
	s.setAccount(v.Sender, acc)
	res.Fee = fee
	return res, nil
}

func (s *State) transfer(from common.Address, b *Transfer) error {
	if b.Amount.IsZero() {
		return errf(CodeZeroAmount, "transfer of 0")
	}
	if err := s.debit(from, b.Amount, "balance for the transfer"); err != nil {
		return err
	}
	return s.credit(b.To, b.Amount)
}

func validateOffer(gpus uint32, price *uint256.Int) error {
	if gpus == 0 {
		return errf(CodeBadField, "a provider needs at least one GPU")
	}
	if price.IsZero() {
		return errf(CodeBadField, "price per GPU-hour is 0")
	}
	return nil
}

func (s *State) registerProvider(from common.Address, b *RegisterProvider) error {
	old, err := s.Provider(from)
	if err != nil {
		return err
	}
	if old != nil {
		return errf(CodeProviderExists, "%s is already a provider", from)
	}
	if err := validateOffer(b.GPUs, b.PricePerGPUHour); err != nil {
		return err
	}
	s.setProvider(from, &Provider{PricePerGPUHour: b.PricePerGPUHour, GPUs: b.GPUs, GPUClass: b.GPUClass, Active: true, Endpoint: b.Endpoint})
	return nil
}

func (s *State) updateProvider(from common.Address, b *UpdateProvider) error {
	old, err := s.Provider(from)
	if err != nil {
		return err
	}
	if old == nil {
		return errf(CodeUnknownProvider, "%s is not a provider", from)
	}
	if err := validateOffer(b.GPUs, b.PricePerGPUHour); err != nil {
		return err
	}
	s.setProvider(from, &Provider{PricePerGPUHour: b.PricePerGPUHour, GPUs: b.GPUs, GPUClass: b.GPUClass, Active: b.Active, Endpoint: b.Endpoint})
	return nil
}

func (s *State) openLease(from common.Address, b *OpenLease, g *Globals) (uint64, error) {
	pr, err := s.Provider(b.Provider)
	if err != nil {
		return 0, err
	}
	if pr == nil {
		return 0, errf(CodeUnknownProvider, "%s is not a provider", b.Provider)
	}
	if !pr.Active {
		return 0, errf(CodeProviderInactive, "provider %s takes no leases", b.Provider)
	}
	if err := s.requireNotSuspended(b.Provider); err != nil {
		return 0, err
	}
	if !pr.PricePerGPUHour.Eq(b.PricePerGPUHour) {
		return 0, errf(CodePriceMismatch, "lease price %s, provider's price %s", b.PricePerGPUHour.Dec(), pr.PricePerGPUHour.Dec())
	}
	if b.Deposit.IsZero() {
		return 0, errf(CodeZeroAmount, "lease deposit of 0")
	}
	if b.Duration == 0 {
		return 0, errf(CodeBadField, "lease duration 0")
	}
	expiry := g.BlockTime + b.Duration
	if expiry < g.BlockTime {
		return 0, errf(CodeOverflow, "lease expiry overflows")
	}
	if err := s.debit(from, b.Deposit, "balance for the lease deposit"); err != nil {
		return 0, err
	}
	id := g.NextLeaseID
	g.NextLeaseID++
	s.setGlobals(g)
	s.setLease(id, &Lease{Buyer: from, Provider: b.Provider, PricePerGPUHour: b.PricePerGPUHour,
		Escrow: new(uint256.Int).Set(b.Deposit), Reserved: new(uint256.Int), Expiry: expiry, Status: LeaseOpen})
	return id, nil
}

func (s *State) closeLease(from common.Address, b *CloseLease, g *Globals) error {
	l, err := s.Lease(b.LeaseID)
	if err != nil {
		return err
	}
	if l == nil {
		return errf(CodeUnknownLease, "no lease %d", b.LeaseID)
	}
	if l.Status != LeaseOpen {
		return errf(CodeLeaseClosed, "lease %d is closed", b.LeaseID)
	}
	// After expiry anyone may close it (the refund goes to the buyer), so
	// expired escrow does not wait on the buyer's attention.
	if from != l.Buyer && from != l.Provider && g.BlockTime < l.Expiry {
		return errf(CodeNotAuthorized, "%s is neither buyer nor provider of lease %d, which has not expired", from, b.LeaseID)
	}
	// The unreserved escrow goes back now; what pending jobs reserved stays
	// until each job is receipted (paid) or rejected (refunded).
	refund, err := sub(l.Escrow, l.Reserved, CodeState, "lease escrow below its reservations")
	if err != nil {
		return err
	}
	l.Escrow = new(uint256.Int).Set(l.Reserved)
	l.Status = LeaseClosed
	s.setLease(b.LeaseID, l)
	if refund.IsZero() {
		return nil
	}
	return s.credit(l.Buyer, refund)
}

// submitJob returns the job's storage bytes (model + input + trace).
func (s *State) submitJob(v *Verified, b *SubmitJob, p *Params, g *Globals) (uint64, error) {
	l, err := s.Lease(b.LeaseID)
	if err != nil {
		return 0, err
	}
	if l == nil {
		return 0, errf(CodeUnknownLease, "no lease %d", b.LeaseID)
	}
	if v.Sender != l.Buyer {
		return 0, errf(CodeNotAuthorized, "%s is not the buyer of lease %d", v.Sender, b.LeaseID)
	}
	if l.Status != LeaseOpen || g.BlockTime >= l.Expiry {
		return 0, errf(CodeLeaseClosed, "lease %d is closed or expired", b.LeaseID)
	}
	if err := s.requireNotSuspended(l.Provider); err != nil {
		return 0, err
	}
	if !canonical(b.InputRoot) {
		return 0, errf(CodeBadJob, "input root is not a canonical field element")
	}
	shape, err := job.Describe(b.Layers, b.Rows, l1iface.StepClassBounds())
	if err != nil {
		return 0, wrapf(CodeBadJob, err, "describe job")
	}
	// A maxMACsPerReceipt above 2^64 bounds nothing (MACs is a uint64).
	if maxMACs := p[l1iface.ParamMaxMACsPerReceipt]; maxMACs.IsUint64() && shape.MACs > maxMACs.Uint64() {
		return 0, errf(CodeJobTooLarge, "job of %d MACs exceeds maxMACsPerReceipt %s", shape.MACs, maxMACs.Dec())
	}
	price, err := JobPrice(shape.MACs, l.PricePerGPUHour)
	if err != nil {
		return 0, err
	}
	free, err := sub(l.Escrow, l.Reserved, CodeState, "lease escrow below its reservations")
	if err != nil {
		return 0, err
	}
	if free.Lt(price) {
		return 0, errf(CodeEscrowTooLow, "job price %s exceeds the free escrow %s of lease %d", price.Dec(), free.Dec(), b.LeaseID)
	}
	if old, err := s.Job(v.Hash); err != nil || old != nil {
		if err == nil {
			err = errf(CodeBadJob, "job %s exists", v.Hash)
		}
		return 0, err
	}
	if l.Reserved, err = add(l.Reserved, price, "reserved escrow"); err != nil {
		return 0, err
	}
	s.setLease(b.LeaseID, l)
	headers := make([]job.LayerHeader, len(b.Layers))
	for i := range b.Layers {
		headers[i] = b.Layers[i].Header
	}
	s.setJob(v.Hash, &Job{LeaseID: b.LeaseID, Buyer: l.Buyer, Provider: l.Provider, ModelRoot: shape.ModelRoot,
		InputRoot: b.InputRoot, Rows: b.Rows, Headers: headers, MACs: shape.MACs, Price: price, Status: JobPending})
	// Sizes are bounded by job's limits (< 2^33 each): the sum cannot overflow.
	return shape.ModelBytes + shape.InputBytes + shape.TraceBytes, nil
}

func (s *State) pendingJob(from common.Address, id common.Hash) (*Job, *Lease, error) {
	j, err := s.Job(id)
	if err != nil {
		return nil, nil, err
	}
	if j == nil {
		return nil, nil, errf(CodeUnknownJob, "no job %s", id)
	}
	if from != j.Provider {
		return nil, nil, errf(CodeNotAuthorized, "%s is not the provider of job %s", from, id)
	}
	if j.Status != JobPending {
		return nil, nil, errf(CodeJobNotPending, "job %s is not pending", id)
	}
	l, err := s.Lease(j.LeaseID)
	if err != nil {
		return nil, nil, err
	}
	if l == nil {
		return nil, nil, errf(CodeState, "job %s has no lease %d", id, j.LeaseID)
	}
	return j, l, nil
}

func (s *State) rejectJob(from common.Address, b *RejectJob) error {
	j, l, err := s.pendingJob(from, b.JobID)
	if err != nil {
		return err
	}
	if l.Reserved, err = sub(l.Reserved, j.Price, CodeState, "lease reservation below a job's price"); err != nil {
		return err
	}
	if l.Status == LeaseClosed {
		// The lease refunded its free escrow at close; this job's share
		// goes back now.
		if l.Escrow, err = sub(l.Escrow, j.Price, CodeState, "lease escrow below a job's price"); err != nil {
			return err
		}
		if err := s.credit(l.Buyer, j.Price); err != nil {
			return err
		}
	}
	s.setLease(j.LeaseID, l)
	j.Status, j.RejectReason = JobRejected, b.Reason
	s.setJob(b.JobID, j)
	return nil
}

func (s *State) postReceipt(v *Verified, b *PostReceipt, p *Params, g *Globals) (common.Hash, error) {
	j, l, err := s.pendingJob(v.Sender, b.JobID)
	if err != nil {
		return common.Hash{}, err
	}
	if !canonical(b.TraceRoot) {
		return common.Hash{}, errf(CodeBadField, "trace root is not a canonical field element")
	}
	layers := uint32(len(j.Headers))
	// The provider signs every field of its leaf; each must be the job's,
	// so the signature L1 checks is over exactly the receipt L2 holds.
	switch {
	case b.Buyer != j.Buyer:
		return common.Hash{}, errf(CodeReceiptMismatch, "receipt buyer %s, job %s has buyer %s", b.Buyer, b.JobID, j.Buyer)
	case b.ModelRoot != j.ModelRoot:
		return common.Hash{}, errf(CodeReceiptMismatch, "receipt model root %s, job has %s", b.ModelRoot, j.ModelRoot)
	case b.InputRoot != j.InputRoot:
		return common.Hash{}, errf(CodeReceiptMismatch, "receipt input root %s, job has %s", b.InputRoot, j.InputRoot)
	case b.Rows != j.Rows || b.Layers != layers:
		return common.Hash{}, errf(CodeReceiptMismatch, "receipt of %d rows × %d layers, job has %d × %d", b.Rows, b.Layers, j.Rows, layers)
	}
	id := l1iface.ReceiptID(b.JobID, j.Provider, j.ModelRoot, j.InputRoot, j.Rows, layers, b.TraceRoot)
	// Only verdicts consumed on this chain count (see SlashedInState); the
	// sequencer additionally refuses ids in EverSlashed at admission.
	slashed, err := s.SlashedInState(id)
	if err != nil {
		return common.Hash{}, err
	}
	if slashed {
		return common.Hash{}, errf(CodeReceiptSlashed, "receipt %s was slashed", id)
	}
	slash, err := SlashAmount(j.Price, p)
	if err != nil {
		return common.Hash{}, err
	}
	if b.SlashAmount == nil || !b.SlashAmount.Eq(slash) {
		return common.Hash{}, errf(CodeSlashMismatch, "receipt slash amount %s, the job's price %s implies %s", b.SlashAmount.Dec(), j.Price.Dec(), slash.Dec())
	}
	bond, err := s.Bond(j.Provider)
	if err != nil {
		return common.Hash{}, err
	}
	if bond.Suspended {
		return common.Hash{}, suspendedErr(j.Provider, bond)
	}
	exposure, err := add(bond.Exposure, slash, "slash exposure")
	if err != nil {
		return common.Hash{}, err
	}
	if bond.Bond.Lt(exposure) {
		return common.Hash{}, errf(CodeBondTooLow, "bond %s does not cover slash exposure %s", bond.Bond.Dec(), exposure.Dec())
	}
	bond.Exposure = exposure
	seq := bond.LockedTail
	bond.LockedTail++
	s.setBond(j.Provider, bond)
	s.set(providerReceiptKey(j.Provider, seq), id[:])
	if l.Escrow, err = sub(l.Escrow, j.Price, CodeState, "lease escrow below a job's price"); err != nil {
		return common.Hash{}, err
	}
	if l.Reserved, err = sub(l.Reserved, j.Price, CodeState, "lease reservation below a job's price"); err != nil {
		return common.Hash{}, err
	}
	s.setLease(j.LeaseID, l)
	j.Status = JobReceipted
	s.setJob(b.JobID, j)
	s.setReceipt(id, &Receipt{JobID: b.JobID, Provider: j.Provider, Buyer: j.Buyer, ModelRoot: j.ModelRoot,
		InputRoot: j.InputRoot, Rows: j.Rows, Layers: layers, TraceRoot: b.TraceRoot, Price: j.Price,
		SlashAmount: slash, GPUMillis: b.GPUMillis, BatchIndex: g.BatchIndex, Status: ReceiptLocked,
		Nonce: v.Tx.Nonce, MaxFee: new(uint256.Int).Set(v.Tx.MaxFee), Sig: v.Tx.Sig, ProviderSeq: seq})
	s.set(batchReceiptKey(g.BatchIndex, g.BatchReceipts), id[:])
	g.BatchReceipts++
	s.setGlobals(g)
	return id, nil
}

func (s *State) withdraw(from common.Address, b *Withdraw, g *Globals) (uint64, error) {
	if b.Amount.IsZero() {
		return 0, errf(CodeZeroAmount, "withdrawal of 0")
	}
	if b.To == (common.Address{}) {
		return 0, errf(CodeBadRecipient, "withdrawal to the zero address")
	}
	if err := s.debit(from, b.Amount, "balance for the withdrawal"); err != nil {
		return 0, err
	}
	w := &Withdrawal{ID: g.NextWithdrawalID, From: from, To: b.To, Amount: b.Amount}
	s.set(batchWithdrawalKey(g.BatchIndex, g.BatchWithdrawals), w.encode())
	g.NextWithdrawalID++
	g.BatchWithdrawals++
	s.setGlobals(g)
	return w.ID, nil
}

// ApplyL1Message applies the next message of the L1 queue (index =
// messages consumed so far). An error means the message cannot apply
// (derivation must stop and alarm); the state is then unchanged.
func (s *State) ApplyL1Message(m *l1iface.Message) error {
	if err := s.requireBlock(); err != nil {
		return err
	}
	snap := s.snapshot()
	if err := s.applyMessage(m); err != nil {
		s.revert(snap)
		return err
	}
	return nil
}

func (s *State) applyMessage(m *l1iface.Message) error {
	g, err := s.globals()
	if err != nil {
		return err
	}
	if m.Index != g.MessagesConsumed {
		return errf(CodeBadMessage, "L1 message %d, next is %d", m.Index, g.MessagesConsumed)
	}
	payload, err := m.Decode()
	if err != nil {
		return wrapf(CodeBadMessage, err, "L1 message %d", m.Index)
	}
	g.RollingHash = l1iface.NextRollingHash(g.RollingHash, m.Hash())
	g.MessagesConsumed++
	s.setGlobals(g)
	switch p := payload.(type) {
	case *l1iface.Deposit:
		return s.credit(p.To, p.Amount)
	case *l1iface.BondChanged:
		b, err := s.Bond(p.Provider)
		if err != nil {
			return err
		}
		b.Bond = p.Bond
		// A suspended provider is reinstated once it has bonded back to
		// the level the conviction set (docs/economics.md).
		if b.Suspended && b.ReinstateBond != nil && !p.Bond.Lt(b.ReinstateBond) {
			b.Suspended, b.ReinstateBond = false, new(uint256.Int)
		}
		s.setBond(p.Provider, b)
		return nil
	case *l1iface.ReceiptSlashed:
		return s.receiptSlashed(p)
	case *l1iface.BatchFinalized:
		return s.batchFinalized(p, g)
	case *l1iface.ForcedTx:
		return s.applyForced(m.Index, p)
	case *l1iface.ParamsChanged:
		if p.ParamID < 1 || l1iface.ParamID(p.ParamID) > l1iface.MaxParamID {
			return errf(CodeBadMessage, "unknown parameter id %d", p.ParamID)
		}
		params, err := s.Params()
		if err != nil {
			return err
		}
		params[p.ParamID] = p.Value
		s.set(paramsKey(), params.encode())
		return nil
	}
	return errf(CodeBadMessage, "L1 message %d of kind %s has no handler", m.Index, m.Kind)
}

func (s *State) receiptSlashed(p *l1iface.ReceiptSlashed) error {
	s.markPersistentSlashed(p.ReceiptID)
	s.set(slashedKey(p.ReceiptID), []byte{1})
	r, err := s.Receipt(p.ReceiptID)
	if err != nil {
		return err
	}
	if r != nil && r.Status == ReceiptLocked {
		// Refund the locked price to the buyer, drop the provider's exposure.
		if err := s.settleLocked(r, r.Buyer, false); err != nil {
			return err
		}
	}
	if r != nil {
		r.Status = ReceiptSlashed
		s.setReceipt(p.ReceiptID, r)
	}
	// Forfeiture and suspension (docs/economics.md): every other payment
	// the provider has locked goes back to its buyer, and it takes no
	// leases, jobs or receipts until it re-bonds.
	convicted := p.Provider
	if r != nil {
		convicted = r.Provider // the same for a real verdict: the id binds the provider
	}
	if err := s.forfeit(convicted, p); err != nil {
		return err
	}
	// The compensation was paid into the Rollup's escrow on L1 by the slash.
	if p.Compensation.IsZero() {
		return nil
	}
	return s.credit(p.Buyer, p.Compensation)
}

func (s *State) batchFinalized(p *l1iface.BatchFinalized, g *Globals) error {
	if p.BatchIndex >= g.BatchIndex {
		return errf(CodeBadMessage, "batch %d finalized but not sealed on L2", p.BatchIndex)
	}
	if h, ok, err := s.batchHeader(p.BatchIndex); err != nil {
		return err
	} else if ok && h != p.HeaderHash {
		return errf(CodeBadMessage, "batch %d finalized with header %s, L2 sealed %s", p.BatchIndex, p.HeaderHash, h)
	}
	info, err := s.BatchInfo(p.BatchIndex)
	if err != nil {
		return err
	}
	if info == nil {
		return errf(CodeState, "sealed batch %d has no record", p.BatchIndex)
	}
	for i := uint64(0); i < info.Receipts; i++ {
		id, ok, err := s.BatchReceiptID(p.BatchIndex, i)
		if err != nil {
			return err
		}
		if !ok {
			return errf(CodeState, "batch %d lacks receipt %d", p.BatchIndex, i)
		}
		r, err := s.Receipt(id)
		if err != nil {
			return err
		}
		if r == nil || r.Status != ReceiptLocked {
			continue // slashed (refunded) or already paid
		}
		if err := s.settleLocked(r, r.Provider, true); err != nil {
			return err
		}
		r.Status = ReceiptPaid
		s.setReceipt(id, r)
	}
	return nil
}

// Sealed is the result of sealing a batch: what its L1 header needs from
// the STF, and its leaves for proofs.
type Sealed struct {
	Index            uint64
	ReceiptsRoot     common.Hash
	WithdrawalsRoot  common.Hash
	MessagesConsumed uint64
	RollingHash      common.Hash
	Receipts         []l1iface.ReceiptLeaf
	Withdrawals      []l1iface.WithdrawalLeaf
}

// Header assembles the batch's L1 header.
func (sd *Sealed) Header(parentHash, preStateRoot, postStateRoot, bodyHash common.Hash) *l1iface.BatchHeader {
	return &l1iface.BatchHeader{Index: sd.Index, ParentHash: parentHash, PreStateRoot: preStateRoot,
		PostStateRoot: postStateRoot, ReceiptsRoot: sd.ReceiptsRoot, WithdrawalsRoot: sd.WithdrawalsRoot,
		MessagesConsumed: sd.MessagesConsumed, MessagesRollingHash: sd.RollingHash, BodyHash: bodyHash}
}

// Seal ends the open batch: it builds the receipts and withdrawals roots,
// records the batch and opens the next one. A seal must be the last thing
// in its block.
func (s *State) Seal() (*Sealed, error) {
	if err := s.requireBlock(); err != nil {
		return nil, err
	}
	snap := s.snapshot()
	sd, err := s.seal()
	if err != nil {
		s.revert(snap)
		return nil, err
	}
	s.sealed = true
	return sd, nil
}

func (s *State) seal() (*Sealed, error) {
	g, err := s.globals()
	if err != nil {
		return nil, err
	}
	sd := &Sealed{Index: g.BatchIndex, MessagesConsumed: g.MessagesConsumed, RollingHash: g.RollingHash}
	rl := make([]common.Hash, 0, g.BatchReceipts)
	for i := uint64(0); i < g.BatchReceipts; i++ {
		id, ok, err := s.BatchReceiptID(g.BatchIndex, i)
		if err != nil {
			return nil, err
		}
		r, err := s.Receipt(id)
		if err != nil {
			return nil, err
		}
		if !ok || r == nil {
			return nil, errf(CodeState, "batch %d lacks receipt %d", g.BatchIndex, i)
		}
		leaf := l1iface.ReceiptLeaf{ReceiptID: id, Provider: r.Provider, Buyer: r.Buyer, ModelRoot: r.ModelRoot,
			InputRoot: r.InputRoot, Rows: r.Rows, Layers: r.Layers, TraceRoot: r.TraceRoot, SlashAmount: r.SlashAmount}
		sd.Receipts = append(sd.Receipts, leaf)
		rl = append(rl, leaf.Hash(i))
	}
	wl := make([]common.Hash, 0, g.BatchWithdrawals)
	for i := uint64(0); i < g.BatchWithdrawals; i++ {
		w, err := s.BatchWithdrawal(g.BatchIndex, i)
		if err != nil {
			return nil, err
		}
		if w == nil {
			return nil, errf(CodeState, "batch %d lacks withdrawal %d", g.BatchIndex, i)
		}
		leaf := l1iface.WithdrawalLeaf{WithdrawalID: w.ID, From: w.From, To: w.To, Amount: w.Amount}
		sd.Withdrawals = append(sd.Withdrawals, leaf)
		wl = append(wl, leaf.Hash(i))
	}
	sd.ReceiptsRoot = l1iface.MerkleRoot(rl)
	sd.WithdrawalsRoot = l1iface.MerkleRoot(wl)
	s.set(batchKey(g.BatchIndex), (&BatchInfo{Receipts: g.BatchReceipts, Withdrawals: g.BatchWithdrawals,
		ReceiptsRoot: sd.ReceiptsRoot, WithdrawalsRoot: sd.WithdrawalsRoot, MessagesConsumed: g.MessagesConsumed,
		RollingHash: g.RollingHash}).encode())
	g.BatchIndex++
	g.BatchReceipts, g.BatchWithdrawals = 0, 0
	s.setGlobals(g)
	return sd, nil
}

// settleLocked ends a locked receipt's lock: its price goes to `to` (the
// provider when its batch finalizes, the buyer when it is slashed or
// forfeited) and its slash amount leaves the provider's exposure. The
// caller sets the status. inOrder (a payment at finalization) moves the
// provider's LockedHead past the receipt: batches finalize in order and a
// provider's receipts are numbered in posting order, so every receipt of
// the provider before a paid one is settled.
func (s *State) settleLocked(r *Receipt, to common.Address, inOrder bool) error {
	if err := s.credit(to, r.Price); err != nil {
		return err
	}
	b, err := s.Bond(r.Provider)
	if err != nil {
		return err
	}
	if b.Exposure, err = sub(b.Exposure, r.SlashAmount, CodeState, "exposure below a receipt's slash amount"); err != nil {
		return err
	}
	if inOrder && b.LockedHead <= r.ProviderSeq {
		b.LockedHead = r.ProviderSeq + 1
	}
	s.setBond(r.Provider, b)
	return nil
}

// applyForced applies a tx forced through L1 (message kind ForcedTx). The
// message is consumed whatever happens to the tx: a tx that does not
// decode, whose signature does not recover, whose type needs the job-data
// store (SubmitJob, PostReceipt), or that the STF refuses (bad nonce, low
// balance, ...) is skipped with no other effect, and the outcome is
// recorded under the message index (ForcedResult), so every node derives
// the same state from L1 alone.
func (s *State) applyForced(index uint64, p *l1iface.ForcedTx) error {
	rec := &ForcedResult{Status: ForcedApplied, TxHash: crypto.Keccak256Hash(p.Tx)}
	code, err := s.tryForced(p.Tx)
	if err != nil {
		return fmt.Errorf("forced tx of L1 message %d: %w", index, err)
	}
	if code != 0 {
		rec.Status, rec.Code = ForcedSkipped, code
	}
	s.set(forcedKey(index), rec.encode())
	return nil
}

// tryForced applies the forced tx inside its own snapshot and returns 0, or
// the code of the tx's failure after undoing everything the tx did. A
// storage failure is the node's, not the tx's: it is returned as an error
// (derivation stops) and never recorded as the tx's outcome.
func (s *State) tryForced(raw []byte) (Code, error) {
	tx, err := DecodeTx(raw)
	if err != nil {
		return codeOr(err, CodeMalformed), nil
	}
	if t := tx.Body.Type(); t == TxSubmitJob || t == TxPostReceipt {
		return CodeNotForceable, nil
	}
	v, err := s.domain.Verify(tx)
	if err != nil {
		return codeOr(err, CodeBadSignature), nil
	}
	snap := s.snapshot()
	if _, err := s.apply(v); err != nil {
		s.revert(snap)
		if isStorageFailure(err) {
			return 0, err
		}
		return codeOr(err, CodeState), nil
	}
	return 0, nil
}

// isStorageFailure: a CodeState error that wraps a cause (a database read
// failed), as opposed to a deterministic refusal of the tx.
func isStorageFailure(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == CodeState && e.Err != nil
}

func codeOr(err error, fallback Code) Code {
	if c := CodeOf(err); c != 0 {
		return c
	}
	return fallback
}

// ForcedResult returns what became of the tx forced by L1 message index,
// or nil when that message was not a consumed forced tx.
func (s *State) ForcedResult(index uint64) (*ForcedResult, error) { return readForcedResult(s, index) }

func readForcedResult(s reader, index uint64) (*ForcedResult, error) {
	b, ok, err := s.get(forcedKey(index))
	if err != nil || !ok {
		return nil, err
	}
	return decodeForcedResult(b)
}

// NewPostReceipt builds the body of the PostReceipt tx for job j (id
// jobID) with the provider's trace root: the leaf fields from the job, the
// slash amount the parameters p imply for its price. A provider signs
// this; the STF refuses it when the job or the parameters changed since.
func NewPostReceipt(jobID common.Hash, j *Job, traceRoot common.Hash, gpuMillis uint64, p *Params) (*PostReceipt, error) {
	slash, err := SlashAmount(j.Price, p)
	if err != nil {
		return nil, err
	}
	return &PostReceipt{JobID: jobID, Buyer: j.Buyer, ModelRoot: j.ModelRoot, InputRoot: j.InputRoot, Rows: j.Rows,
		Layers: uint32(len(j.Headers)), TraceRoot: traceRoot, SlashAmount: slash, GPUMillis: gpuMillis}, nil
}
