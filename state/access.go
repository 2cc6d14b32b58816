package state

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Typed reads and writes of state objects. Reads of a State see the open
// block's writes; a View reads one committed block. The exported ones are
// the read API of the sequencer's RPC and the challenger.

// reader is what the typed reads need: a State (open block first) or a
// View (a committed block).
type reader interface {
	get(k Key) ([]byte, bool, error)
}

func (s *State) globals() (*Globals, error) { return readGlobals(s) }

func readGlobals(s reader) (*Globals, error) {
	v, ok, err := s.get(globalsKey())
	if err != nil || !ok {
		if err == nil {
			err = errf(CodeState, "state has no globals")
		}
		return nil, err
	}
	return decodeGlobals(v)
}

func (s *State) setGlobals(g *Globals) { s.set(globalsKey(), g.encode()) }

// Globals returns the STF counters.
func (s *State) Globals() (*Globals, error) { return s.globals() }

// Params returns the protocol parameters.
func (s *State) Params() (*Params, error) { return readParams(s) }

func readParams(s reader) (*Params, error) {
	v, ok, err := s.get(paramsKey())
	if err != nil || !ok {
		if err == nil {
			err = errf(CodeState, "state has no params")
		}
		return nil, err
	}
	return decodeParams(v)
}

// Account returns an account; a missing one is the zero account.
func (s *State) Account(a common.Address) (*Account, error) { return readAccount(s, a) }

func readAccount(s reader, a common.Address) (*Account, error) {
	v, ok, err := s.get(accountKey(a))
	if err != nil {
		return nil, err
	}
	if !ok {
		return &Account{Balance: new(uint256.Int)}, nil
	}
	return decodeAccount(v)
}

func (s *State) setAccount(a common.Address, acc *Account) { s.set(accountKey(a), acc.encode()) }

// Provider returns a provider, or nil when not registered.
func (s *State) Provider(a common.Address) (*Provider, error) { return readProvider(s, a) }

func readProvider(s reader, a common.Address) (*Provider, error) {
	v, ok, err := s.get(providerKey(a))
	if err != nil || !ok {
		return nil, err
	}
	return decodeProvider(v)
}

func (s *State) setProvider(a common.Address, p *Provider) { s.set(providerKey(a), p.encode()) }

// Bond returns a provider's bond mirror and exposure (zero when unknown).
func (s *State) Bond(a common.Address) (*Bond, error) { return readBond(s, a) }

func readBond(s reader, a common.Address) (*Bond, error) {
	v, ok, err := s.get(bondKey(a))
	if err != nil {
		return nil, err
	}
	if !ok {
		return &Bond{Bond: new(uint256.Int), Exposure: new(uint256.Int)}, nil
	}
	return decodeBond(v)
}

func (s *State) setBond(a common.Address, b *Bond) { s.set(bondKey(a), b.encode()) }

// Lease returns a lease, or nil.
func (s *State) Lease(id uint64) (*Lease, error) { return readLease(s, id) }

func readLease(s reader, id uint64) (*Lease, error) {
	v, ok, err := s.get(leaseKey(id))
	if err != nil || !ok {
		return nil, err
	}
	return decodeLease(v)
}

func (s *State) setLease(id uint64, l *Lease) { s.set(leaseKey(id), l.encode()) }

// Job returns a job, or nil.
func (s *State) Job(id common.Hash) (*Job, error) { return readJob(s, id) }

func readJob(s reader, id common.Hash) (*Job, error) {
	v, ok, err := s.get(jobKey(id))
	if err != nil || !ok {
		return nil, err
	}
	return decodeJob(v)
}

func (s *State) setJob(id common.Hash, j *Job) { s.set(jobKey(id), j.encode()) }

// Receipt returns a receipt, or nil.
func (s *State) Receipt(id common.Hash) (*Receipt, error) { return readReceipt(s, id) }

func readReceipt(s reader, id common.Hash) (*Receipt, error) {
	v, ok, err := s.get(receiptKey(id))
	if err != nil || !ok {
		return nil, err
	}
	return decodeReceipt(v)
}

func (s *State) setReceipt(id common.Hash, r *Receipt) { s.set(receiptKey(id), r.encode()) }

// BatchInfo returns what the STF kept of sealed batch b, or nil.
func (s *State) BatchInfo(b uint64) (*BatchInfo, error) { return readBatchInfo(s, b) }

func readBatchInfo(s reader, b uint64) (*BatchInfo, error) {
	v, ok, err := s.get(batchKey(b))
	if err != nil || !ok {
		return nil, err
	}
	return decodeBatchInfo(v)
}

// BatchReceiptID returns the id of receipt i of batch b.
func (s *State) BatchReceiptID(b, i uint64) (common.Hash, bool, error) {
	return readBatchReceiptID(s, b, i)
}

func readBatchReceiptID(s reader, b, i uint64) (common.Hash, bool, error) {
	v, ok, err := s.get(batchReceiptKey(b, i))
	if err != nil || !ok {
		return common.Hash{}, false, err
	}
	if len(v) != 32 {
		return common.Hash{}, false, errf(CodeState, "corrupt batch receipt entry")
	}
	return common.BytesToHash(v), true, nil
}

// BatchWithdrawal returns withdrawal i of batch b, or nil.
func (s *State) BatchWithdrawal(b, i uint64) (*Withdrawal, error) {
	return readBatchWithdrawal(s, b, i)
}

func readBatchWithdrawal(s reader, b, i uint64) (*Withdrawal, error) {
	v, ok, err := s.get(batchWithdrawalKey(b, i))
	if err != nil || !ok {
		return nil, err
	}
	return decodeWithdrawal(v)
}
