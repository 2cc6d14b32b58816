package mempool

import (
	"bytes"
	"container/heap"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// StateView is what the pool reads of the state: the sequencer's last
// committed state. The pool calls it without holding its own lock, from
// Add (any number of goroutines at once), Reinject and Open, so it must
// be safe for concurrent use; it must return committed values (never an
// open block's), and Included must be called only after the view shows
// the block. *state.State is not safe for concurrent use: wrap it (a
// mutex shared with the block builder, or a reader of the committed
// pebble values).
type StateView interface {
	// Account returns an account (the zero account when absent).
	Account(common.Address) (*state.Account, error)
	// Params returns the protocol parameters (the fee parameters).
	Params() (*state.Params, error)
}

// Status is where a tx is in the pool.
type Status int

const (
	StatusUnknown Status = iota // not in the pool
	StatusPending               // executable: nonces contiguous from the account's
	StatusQueued                // waiting for a lower nonce
)

func (s Status) String() string {
	switch s {
	case StatusPending:
		return "pending"
	case StatusQueued:
		return "queued"
	}
	return "unknown"
}

// AddResult is the outcome of one tx of an Add.
type AddResult struct {
	Hash common.Hash // the tx hash (keccak of the encoding, state.Tx.ID); zero when the bytes do not decode
	Err  error       // nil: accepted (journaled); else CodeOf(Err) says why not
}

// Stats are the pool's counters for metrics.
type Stats struct {
	Txs, Pending, Queued, Senders int
	Bytes                         int64 // encoded bytes of the pool's txs
	// The journal (zero without one): its size, the records written, the
	// writes and fsyncs that wrote them (records/syncs is the group
	// commit's batching) and the compactions.
	JournalBytes                                                    int64
	JournalRecords, JournalWrites, JournalSyncs, JournalCompactions uint64
}

// minTxSize is the smallest encoded tx (a CloseLease).
const minTxSize = 1 + 8 + 32 + 8 + state.SigLen

// Arrival sequence numbers: Add counts up from seqStart, Reinject down
// from it, so reinjected txs (already in a block once) come first.
const seqStart = 1 << 63

type entry struct {
	v   *state.Verified
	raw []byte
	seq uint64
}

// account is one sender's txs. [nonce, next) is the executable run.
type account struct {
	nonce uint64
	next  uint64
	txs   map[uint64]*entry
	// In heads under headSeq (the arrival number of txs[nonce]) while
	// the run is not empty.
	indexed bool
	headSeq uint64
}

func (a *account) executable() int { return int(a.next - a.nonce) }

func (a *account) maxNonce() uint64 {
	var m uint64
	for n := range a.txs {
		m = max(m, n)
	}
	return m
}

// Pool is the sequencer's transaction pool. All methods are safe for
// concurrent use.
type Pool struct {
	cfg    Config
	domain *state.Domain
	view   StateView
	log    *slog.Logger
	j      *journal // nil without a journal

	mu       sync.RWMutex
	all      map[common.Hash]*entry
	accounts map[common.Address]*account
	heads    headIndex // accounts with executable txs, by their head's arrival
	bytes    int64
	pending  int
	seq      uint64 // last arrival number given by Add
	rseq     uint64 // last arrival number given by Reinject
	gen      uint64 // bumped when Included or Reinject change account nonces
	closed   bool
	// Recently included txs, for Reinject.
	recent     map[common.Hash]*state.Verified
	recentRing []common.Hash
	recentPos  int

	liveRecords atomic.Int64 // journal record bytes of the pool's txs
	// cpu bounds signature recoveries in flight across all calls to
	// Config.Workers: concurrent Adds share the cores instead of each
	// starting a goroutine per core, so the RPC's other goroutines are
	// not queued behind a pile of runnable recoveries.
	cpu chan struct{}
}

// Open opens the pool: it validates cfg, opens the journal (truncating a
// torn tail) and replays it through the admission path (txs whose nonce
// is now below the account's are dropped silently, others refused now are
// logged and reported to OnDrop), compacting it when due.
func Open(cfg Config, domain *state.Domain, view StateView) (*Pool, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if domain == nil {
		return nil, errors.New("mempool: nil domain")
	}
	if view == nil {
		return nil, errors.New("mempool: nil state view")
	}
	p := &Pool{cfg: cfg, domain: domain, view: view, log: cfg.Logger,
		all: map[common.Hash]*entry{}, accounts: map[common.Address]*account{},
		seq: seqStart, rseq: seqStart, recent: map[common.Hash]*state.Verified{}, cpu: make(chan struct{}, cfg.Workers)}
	if cfg.JournalPath == "" {
		return p, nil
	}
	j, payloads, err := openJournal(cfg.JournalPath, p.log)
	if err != nil {
		return nil, err
	}
	j.minBytes, j.live, j.snapshot = cfg.CompactMinBytes, p.liveRecords.Load, p.snapshot
	p.j = j
	const chunk = 4096
	var replayed, dropped int
	for len(payloads) > 0 {
		n := min(chunk, len(payloads))
		for _, r := range p.add(payloads[:n], modeReplay) {
			if r.Err == nil {
				replayed++
			} else {
				dropped++
			}
		}
		payloads = payloads[n:]
	}
	p.log.Info("mempool journal replayed", "path", cfg.JournalPath, "txs", replayed, "dropped", dropped,
		"journal_bytes", j.size)
	j.maybeCompact()
	j.start()
	return p, nil
}

// Close flushes and closes the journal. Add fails with CodeClosed after.
func (p *Pool) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	p.mu.Unlock()
	if p.j != nil {
		return p.j.close()
	}
	return nil
}

type mode int

const (
	modeAdd      mode = iota
	modeReplay        // from the journal: not journaled again; stale and known txs dropped silently
	modeReinject      // after a rollback: first in line, exempt from the pool's total limits
)

// cand is a tx on its way in.
type cand struct {
	raw     []byte
	rec     []byte // the journal record (framed outside the lock)
	tx      *state.Tx
	hash    common.Hash
	v       *state.Verified
	storage uint64         // a SubmitJob's storage bytes
	acct    *state.Account // the view's account of the sender
	err     error          // refused before the state checks
	serr    error          // refused by the state checks (recomputed on a retry)
	hooked  bool
	seq     uint64
	e       *entry // inserted
}

func (c *cand) failed() error {
	if c.err != nil {
		return c.err
	}
	return c.serr
}

// Add admits a batch of encoded txs and returns one result per tx, in
// order. Decoding and signature recovery run on all cores without the
// pool's lock, as do the state reads and the admission hook; the lock is
// held only for the bookkeeping. Accepted txs are journaled (one write
// and fsync for all concurrent Adds) before Add returns. The pool keeps
// copies: the caller may reuse raws.
func (p *Pool) Add(raws [][]byte) []AddResult {
	return p.add(raws, modeAdd)
}

func (p *Pool) add(raws [][]byte, m mode) []AddResult {
	cs := make([]*cand, len(raws))
	p.parallel(len(raws), func(i int) {
		c := &cand{raw: raws[i]}
		cs[i] = c
		if c.tx, c.err = state.DecodeTx(c.raw); c.err == nil {
			c.hash = crypto.Keccak256Hash(raws[i])
			if m == modeAdd {
				c.raw = bytes.Clone(c.raw) // the caller may reuse its buffer
			}
		}
	})
	// Known txs cost no signature recovery (the same message and
	// signature: the same sender).
	p.mu.RLock()
	closed := p.closed && m != modeReplay
	for _, c := range cs {
		if c.err == nil {
			if e := p.all[c.hash]; e != nil && e.v.Tx.Sig == c.tx.Sig {
				c.err = errf(CodeAlreadyKnown, "tx %s is already in the pool", c.hash)
			}
		}
	}
	p.mu.RUnlock()
	if closed {
		return closedResults(cs)
	}
	p.parallel(len(cs), func(i int) {
		if c := cs[i]; c.err == nil {
			p.cpu <- struct{}{}
			c.v, c.err = p.domain.Verify(c.tx)
			if c.err == nil {
				c.storage, c.err = storageBytes(c.tx)
			}
			<-p.cpu
			if c.err == nil && p.j != nil && m != modeReplay {
				c.rec = appendRecord(make([]byte, 0, recordHead+len(c.raw)), c.raw)
			}
		}
	})
	return p.admit(cs, m)
}

func closedResults(cs []*cand) []AddResult {
	out := make([]AddResult, len(cs))
	for i, c := range cs {
		out[i] = AddResult{Hash: c.hash, Err: c.err}
		if c.err == nil {
			out[i].Err = errf(CodeClosed, "the pool is closed")
		}
	}
	return out
}

// storageBytes is a SubmitJob's model + input + trace bytes (the storage
// fee's base, stf.go); 0 for other types.
func storageBytes(tx *state.Tx) (uint64, error) {
	b, ok := tx.Body.(*state.SubmitJob)
	if !ok {
		return 0, nil
	}
	shape, err := job.Describe(b.Layers, b.Rows, l1iface.StepClassBounds())
	if err != nil {
		return 0, wrapf(state.CodeBadJob, err, "describe job")
	}
	return shape.ModelBytes + shape.InputBytes + shape.TraceBytes, nil
}

// Fee is the fee the parameters imply for a tx of size encoded bytes and
// storage bytes (a SubmitJob's model + input + trace; 0 for other types):
// baseFee + byteFee × size + storageByteFee × storage, as the STF charges
// it. ok is false when it overflows uint256 (no maxFee covers it).
func Fee(params *state.Params, size int, storage uint64) (fee *uint256.Int, ok bool) {
	fee, of := new(uint256.Int).MulOverflow(params[l1iface.ParamByteFee], uint256.NewInt(uint64(size)))
	if of {
		return nil, false
	}
	if _, of = fee.AddOverflow(fee, params[l1iface.ParamBaseFee]); of {
		return nil, false
	}
	if storage > 0 {
		sf, of := new(uint256.Int).MulOverflow(params[l1iface.ParamStorageByteFee], uint256.NewInt(storage))
		if of {
			return nil, false
		}
		if _, of = fee.AddOverflow(fee, sf); of {
			return nil, false
		}
	}
	return fee, true
}

// admit runs the state checks and the hook without the lock, then the
// bookkeeping under it, then waits for the journal.
func (p *Pool) admit(cs []*cand, m mode) []AddResult {
	var (
		drops []drop
		g     *group
	)
	for attempt := 0; ; attempt++ {
		p.mu.RLock()
		gen := p.gen
		p.mu.RUnlock()
		p.stateChecks(cs)
		p.runHook(cs)
		p.mu.Lock()
		if p.gen != gen && attempt < 3 {
			// A block landed meanwhile: the accounts read may be stale.
			p.mu.Unlock()
			continue
		}
		drops, g = p.insert(cs, m)
		p.mu.Unlock()
		break
	}
	p.report(drops)
	if g != nil {
		<-g.done
		if g.err != nil {
			p.mu.Lock()
			for _, c := range cs {
				if c.e == nil {
					continue
				}
				if p.all[c.hash] == c.e {
					p.remove(p.accounts[c.v.Sender], c.e)
				}
				c.serr = wrapf(CodeJournal, g.err, "journal tx")
			}
			p.publish()
			p.mu.Unlock()
		}
	}
	out := make([]AddResult, len(cs))
	for i, c := range cs {
		out[i] = AddResult{Hash: c.hash, Err: c.failed()}
		if m == modeReplay && c.failed() != nil {
			code := CodeOf(c.failed())
			if code != state.CodeBadNonce && code != CodeAlreadyKnown {
				p.log.Info("mempool: journaled tx refused on replay", "hash", c.hash, "err", c.failed())
				p.report([]drop{{c.hash, c.failed()}})
			}
		}
	}
	return out
}

// stateChecks reads the parameters and the senders' accounts and checks
// each tx's maxFee and the sender's balance against the fee they imply.
func (p *Pool) stateChecks(cs []*cand) {
	var params *state.Params
	accts := map[common.Address]*state.Account{}
	var viewErr error
	for _, c := range cs {
		c.serr = nil
		if c.err != nil {
			continue
		}
		if params == nil && viewErr == nil {
			if params, viewErr = p.view.Params(); viewErr == nil && params == nil {
				viewErr = errors.New("nil params")
			}
		}
		if viewErr != nil {
			c.serr = wrapf(state.CodeState, viewErr, "read params")
			continue
		}
		a, ok := accts[c.v.Sender]
		if !ok {
			var err error
			if a, err = p.view.Account(c.v.Sender); err == nil && a == nil {
				err = errors.New("nil account")
			}
			if err != nil {
				c.serr = wrapf(state.CodeState, err, "read account %s", c.v.Sender)
				continue
			}
			accts[c.v.Sender] = a
		}
		c.acct = a
		tx := c.tx
		if tx.Nonce < a.Nonce {
			c.serr = errf(state.CodeBadNonce, "nonce %d below account %s nonce %d", tx.Nonce, c.v.Sender, a.Nonce)
			continue
		}
		fee, ok := Fee(params, c.v.Size, c.storage)
		if !ok {
			c.serr = errf(state.CodeFeeTooHigh, "fee overflows")
			continue
		}
		if fee.Gt(tx.MaxFee) {
			c.serr = errf(state.CodeFeeTooHigh, "fee %s exceeds maxFee %s", fee.Dec(), tx.MaxFee.Dec())
			continue
		}
		if a.Balance == nil || a.Balance.Lt(fee) {
			c.serr = errf(state.CodeInsufficientFunds, "balance of %s does not cover the fee %s", c.v.Sender, fee.Dec())
			continue
		}
	}
}

// runHook calls Config.Admit for the txs that passed so far.
func (p *Pool) runHook(cs []*cand) {
	if p.cfg.Admit == nil {
		return
	}
	p.parallel(len(cs), func(i int) {
		c := cs[i]
		if c.hooked || c.failed() != nil {
			return
		}
		c.hooked = true
		if err := p.cfg.Admit(c.v); err != nil {
			c.err = refusal(err)
		}
	})
}

type drop struct {
	hash common.Hash
	err  error
}

// insert is the bookkeeping under the lock: limits, replacement, the
// journal append.
func (p *Pool) insert(cs []*cand, m mode) ([]drop, *group) {
	var (
		drops []drop
		recs  [][]byte
	)
	var jerr error
	if p.j != nil && m != modeReplay {
		jerr = p.j.failed()
	}
	if m == modeReinject {
		n := uint64(len(cs))
		p.rseq -= n
		for i, c := range cs {
			c.seq = p.rseq + uint64(i)
		}
	}
	for _, c := range cs {
		if c.failed() != nil {
			continue
		}
		if p.closed && m != modeReplay {
			c.serr = errf(CodeClosed, "the pool is closed")
			continue
		}
		if jerr != nil {
			c.serr = wrapf(CodeJournal, jerr, "journal unavailable")
			continue
		}
		if err := p.insertOne(c, m, &drops); err != nil {
			c.serr = err
			continue
		}
		if p.j != nil && m != modeReplay {
			recs = append(recs, c.rec)
		}
	}
	p.publish()
	var g *group
	if len(recs) > 0 {
		g = p.j.append(recs)
	}
	return drops, g
}

func (p *Pool) insertOne(c *cand, m mode, drops *[]drop) error {
	if old := p.all[c.hash]; old != nil {
		return known(c.hash, old, c.v.Sender)
	}
	v, nonce, size := c.v, c.tx.Nonce, int64(len(c.raw))
	a := p.accounts[v.Sender]
	base := c.acct.Nonce
	if a != nil {
		base = max(base, a.nonce)
	}
	if nonce < base {
		return errf(state.CodeBadNonce, "nonce %d below account %s nonce %d", nonce, v.Sender, base)
	}
	// The limits guard the admission of new txs. A tx the pool already
	// acknowledged (replayed from the journal after a restart, or
	// reinjected after a rollback) is never refused or evicted for them:
	// the acknowledgement promised it would not be lost. The pool may then
	// exceed its limits until the builder drains it.
	capped := m == modeAdd
	if a != nil {
		if old := a.txs[nonce]; old != nil {
			if !replaces(c.tx.MaxFee, old.v.Tx.MaxFee) {
				return errf(CodeReplaceUnderpriced, "replacing tx %s needs maxFee ≥ %s +10%%, got %s",
					old.v.ID, old.v.Tx.MaxFee.Dec(), c.tx.MaxFee.Dec())
			}
			if capped && p.bytes-int64(len(old.raw))+size > p.cfg.MaxBytes {
				return errf(CodePoolFull, "pool full: %d bytes", p.bytes)
			}
			p.remove(a, old)
			*drops = append(*drops, drop{old.v.ID, errf(CodeReplaced, "replaced by tx %s", c.hash)})
			p.put(v.Sender, base, c, m)
			return nil
		}
		if capped && len(a.txs) >= p.cfg.MaxPerSender {
			return errf(CodeSenderLimit, "sender %s has %d txs in the pool (limit %d)", v.Sender, len(a.txs), p.cfg.MaxPerSender)
		}
	}
	if capped && nonce-base >= uint64(p.cfg.MaxPerSender) {
		return errf(CodeNonceTooFar, "nonce %d is %d ahead of account %s nonce %d (limit %d)",
			nonce, nonce-base, v.Sender, base, p.cfg.MaxPerSender)
	}
	if capped && (len(p.all) >= p.cfg.MaxTxs || p.bytes+size > p.cfg.MaxBytes) {
		return errf(CodePoolFull, "pool full: %d txs, %d bytes", len(p.all), p.bytes)
	}
	p.put(v.Sender, base, c, m)
	return nil
}

// known is the refusal of a tx that is already pooled (its tx hash
// covers the signature, so it is the same sender's same tx).
func known(hash common.Hash, _ *entry, _ common.Address) *Error {
	return errf(CodeAlreadyKnown, "tx %s is already in the pool", hash)
}

// replaces reports whether maxFee nu replaces old: nu ≥ old × 1.1 and
// nu > old.
func replaces(nu, old *uint256.Int) bool {
	tenth, rem := new(uint256.Int).DivMod(old, uint256.NewInt(10), new(uint256.Int))
	if !rem.IsZero() {
		tenth.AddUint64(tenth, 1) // ⌈old/10⌉
	}
	if tenth.IsZero() {
		tenth.SetOne()
	}
	min, of := new(uint256.Int).AddOverflow(old, tenth)
	return !of && !nu.Lt(min)
}

// put inserts c (whose nonce is at or above the account's); base is the
// account nonce of a sender new to the pool.
func (p *Pool) put(sender common.Address, base uint64, c *cand, m mode) {
	a := p.accounts[sender]
	if a == nil {
		a = &account{nonce: base, next: base, txs: map[uint64]*entry{}}
		p.accounts[sender] = a
	}
	seq := c.seq
	if m != modeReinject {
		p.seq++
		seq = p.seq
	}
	e := &entry{v: c.v, raw: c.raw, seq: seq}
	c.e = e
	p.all[c.hash] = e
	p.bytes += int64(len(c.raw))
	a.txs[c.tx.Nonce] = e
	if c.tx.Nonce == a.next {
		before := a.executable()
		for a.txs[a.next] != nil {
			a.next++
		}
		p.pending += a.executable() - before
	}
	p.reindex(a)
}

// remove takes e out of a; a tx after it in the executable run becomes
// queued.
func (p *Pool) remove(a *account, e *entry) {
	n := e.v.Tx.Nonce
	delete(p.all, e.v.ID)
	delete(a.txs, n)
	p.bytes -= int64(len(e.raw))
	if n >= a.nonce && n < a.next {
		p.pending -= int(a.next - n)
		a.next = n
	}
	p.tidy(e.v.Sender, a)
}

// tidy keeps heads and accounts in step with a.
func (p *Pool) tidy(sender common.Address, a *account) {
	p.reindex(a)
	if len(a.txs) == 0 {
		delete(p.accounts, sender)
	}
}

// reindex files a under its head's arrival number in heads, or takes it
// out when it has no executable tx.
func (p *Pool) reindex(a *account) {
	exec := a.executable() > 0
	if a.indexed {
		if exec && a.txs[a.nonce].seq == a.headSeq {
			return
		}
		p.heads.delete(a.headSeq)
		a.indexed = false
	}
	if exec {
		a.headSeq = a.txs[a.nonce].seq
		p.heads.insert(a.headSeq, a)
		a.indexed = true
	}
}

// setNonce moves sender's account nonce to n: txs below it leave the pool
// (reported as stale unless included), the executable run is recomputed.
func (p *Pool) setNonce(sender common.Address, n uint64, drops *[]drop) {
	a := p.accounts[sender]
	if a == nil {
		return
	}
	p.pending -= a.executable()
	for nonce, e := range a.txs {
		if nonce < n {
			delete(p.all, e.v.ID)
			delete(a.txs, nonce)
			p.bytes -= int64(len(e.raw))
			*drops = append(*drops, drop{e.v.ID, errf(state.CodeBadNonce, "nonce %d below account %s nonce %d", nonce, sender, n)})
		}
	}
	a.nonce, a.next = n, n
	for a.txs[a.next] != nil {
		a.next++
	}
	p.pending += a.executable()
	p.tidy(sender, a)
}

// publish updates what the journal reads without the lock.
func (p *Pool) publish() {
	p.liveRecords.Store(p.bytes + int64(recordHead*len(p.all)))
}

func (p *Pool) report(drops []drop) {
	if p.cfg.OnDrop == nil {
		return
	}
	for _, d := range drops {
		p.cfg.OnDrop(d.hash, d.err)
	}
}

// snapshot returns the live txs' encodings in arrival order (for the
// journal's compaction), calling swap while the pool cannot change.
func (p *Pool) snapshot(swap func()) [][]byte {
	p.mu.RLock()
	swap()
	es := make([]*entry, 0, len(p.all))
	for _, e := range p.all {
		es = append(es, e)
	}
	p.mu.RUnlock()
	slices.SortFunc(es, func(a, b *entry) int {
		switch {
		case a.seq < b.seq:
			return -1
		case a.seq > b.seq:
			return 1
		}
		return 0
	})
	out := make([][]byte, len(es))
	for i, e := range es {
		out[i] = e.raw
	}
	return out
}

// parallel runs fn(0…n-1) on up to Config.Workers goroutines.
func (p *Pool) parallel(n int, fn func(i int)) {
	w := min(p.cfg.Workers, n)
	if w <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range w {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		})
	}
	wg.Wait()
}

// Pending returns executable txs for a block: from each sender the txs
// with nonces contiguous from its account nonce, in nonce order, senders
// interleaved round by round (each sender's first tx, then each one's
// second, …), within a round by arrival. It stops at maxTxs txs; a tx
// that would pass maxBytes ends its sender's share (its later nonces
// cannot go first). maxTxs or maxBytes ≤ 0: no limit.
func (p *Pool) Pending(maxTxs, maxBytes int) []*state.Verified {
	p.mu.RLock()
	defer p.mu.RUnlock()
	n := p.pending
	if maxTxs > 0 {
		n = min(n, maxTxs)
	}
	out := make([]*state.Verified, 0, n)
	used, stop := 0, false
	// fits reports whether e fits; stop is set when nothing can.
	fits := func(e *entry) bool {
		if maxBytes <= 0 || used+e.v.Size <= maxBytes {
			return true
		}
		stop = maxBytes-used < minTxSize
		return false
	}
	// Round 0, every sender's head by arrival, walks the index and
	// stops when the block is full; the senders' later rounds wait in a
	// heap, needed only when every head made it in.
	var later cursors
	p.heads.ascend(func(_ uint64, a *account) bool {
		if len(out) >= n {
			return false
		}
		e := a.txs[a.nonce]
		if !fits(e) {
			return !stop // the sender's later txs cannot go first
		}
		out = append(out, e.v)
		used += e.v.Size
		if a.nonce+1 < a.next {
			later = append(later, cursor{a: a, nonce: a.nonce + 1, round: 1, seq: a.txs[a.nonce+1].seq})
		}
		return true
	})
	if stop || len(out) >= n {
		return out
	}
	heap.Init(&later)
	for later.Len() > 0 && len(out) < n {
		c := &later[0]
		e := c.a.txs[c.nonce]
		if !fits(e) {
			if stop {
				break
			}
			heap.Pop(&later)
			continue
		}
		out = append(out, e.v)
		used += e.v.Size
		c.nonce++
		if c.nonce < c.a.next {
			c.round++
			c.seq = c.a.txs[c.nonce].seq
			heap.Fix(&later, 0)
		} else {
			heap.Pop(&later)
		}
	}
	return out
}

type cursor struct {
	a     *account
	nonce uint64
	round int
	seq   uint64
}

type cursors []cursor

func (h cursors) Len() int { return len(h) }
func (h cursors) Less(i, j int) bool {
	if h[i].round != h[j].round {
		return h[i].round < h[j].round
	}
	return h[i].seq < h[j].seq
}
func (h cursors) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *cursors) Push(x any)   { *h = append(*h, x.(cursor)) }
func (h *cursors) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// Included is called after a block is durably committed (and the view
// shows it): senders maps every sender of the block's txs to its new
// account nonce, hashes are the block's txs. The included txs leave the
// pool (without an OnDrop), as does every tx whose nonce is now below its
// sender's nonce (OnDrop, state.CodeBadNonce).
//
// Hashes are EIP-712 signing hashes, which do not cover the sender: two
// senders signing the same message share one. So txs leave by their
// sender's new nonce alone; hashes only tell the included txs (kept for
// Reinject, not reported) from the stale ones, and a pooled tx whose
// sender is not in senders stays whatever its hash (it is another
// sender's identical message).
func (p *Pool) Included(senders map[common.Address]uint64, hashes []common.Hash) {
	var drops []drop
	p.mu.Lock()
	for _, h := range hashes {
		e := p.all[h]
		if e == nil {
			continue
		}
		sender := e.v.Sender
		if n, ok := senders[sender]; ok && e.v.Tx.Nonce < n {
			p.remember(e.v)
			p.remove(p.accounts[sender], e)
		}
	}
	for sender, n := range senders {
		p.setNonce(sender, n, &drops)
	}
	p.gen++
	p.publish()
	p.mu.Unlock()
	if p.j != nil {
		p.j.poke()
	}
	p.report(drops)
}

// remember keeps an included tx for Reinject.
func (p *Pool) remember(v *state.Verified) {
	capacity := p.cfg.ReinjectCacheTxs
	if capacity == 0 {
		return
	}
	if len(p.recentRing) < capacity {
		p.recentRing = append(p.recentRing, v.ID)
	} else {
		delete(p.recent, p.recentRing[p.recentPos])
		p.recentRing[p.recentPos] = v.ID
		p.recentPos = (p.recentPos + 1) % capacity
	}
	p.recent[v.ID] = v
}

// Drop removes a tx the builder's STF refused; err (the STF's) goes to
// OnDrop. The sender's later txs stay, queued until the nonce is filled
// again.
func (p *Pool) Drop(hash common.Hash, err error) {
	p.mu.Lock()
	e := p.all[hash]
	if e == nil {
		p.mu.Unlock()
		return
	}
	p.remove(p.accounts[e.v.Sender], e)
	p.publish()
	p.mu.Unlock()
	if p.j != nil {
		p.j.poke()
	}
	p.report([]drop{{hash, err}})
}

// Reinject puts back the txs of rolled-back blocks, in block order, after
// the view shows the rollback. It first resets every known sender's nonce
// to the view's (a rollback lowers nonces); then each tx goes through the
// admission path like an Add (fee, balance, Admit, the journal) but ahead
// of every waiting tx, exempt from the pool's total limits, and evicting
// its sender's highest nonce when the sender is full. A tx included
// recently is not recovered again (its verified form is kept). It returns
// one error per tx (nil: back in the pool); refused txs are also reported
// to OnDrop.
func (p *Pool) Reinject(txs []*state.Tx) []error {
	cs := make([]*cand, len(txs))
	p.mu.RLock()
	closed := p.closed
	for i, tx := range txs {
		c := &cand{tx: tx}
		cs[i] = c
		if tx == nil || tx.Body == nil || tx.MaxFee == nil {
			c.err = errf(state.CodeMalformed, "incomplete tx")
			continue
		}
		c.raw = tx.Encode()
		if _, err := state.DecodeTx(c.raw); err != nil {
			c.err = err // not canonical: it would not decode from a block
			continue
		}
		c.hash = tx.ID()
		if v := p.recent[c.hash]; v != nil && v.Tx.Sig == tx.Sig {
			c.v = v
		}
		if e := p.all[c.hash]; e != nil && e.v.Tx.Sig == tx.Sig {
			c.err = errf(CodeAlreadyKnown, "tx %s is already in the pool", c.hash)
		}
	}
	p.mu.RUnlock()
	if closed {
		return resultErrs(closedResults(cs))
	}
	p.parallel(len(cs), func(i int) {
		c := cs[i]
		if c.err != nil {
			return
		}
		if c.v == nil {
			p.cpu <- struct{}{}
			c.v, c.err = p.domain.Verify(c.tx)
			<-p.cpu
		}
		if c.err == nil {
			c.storage, c.err = storageBytes(c.tx)
		}
		if c.err == nil && p.j != nil {
			c.rec = appendRecord(make([]byte, 0, recordHead+len(c.raw)), c.raw)
		}
	})
	// Reset the known senders' nonces to the view's.
	p.mu.RLock()
	addrs := make([]common.Address, 0, len(p.accounts)+len(cs))
	for a := range p.accounts {
		addrs = append(addrs, a)
	}
	p.mu.RUnlock()
	nonces := make(map[common.Address]uint64, len(addrs))
	for _, a := range addrs {
		if acc, err := p.view.Account(a); err == nil && acc != nil {
			nonces[a] = acc.Nonce
		} else {
			p.log.Warn("mempool: reinject: read account", "sender", a, "err", err)
		}
	}
	var drops []drop
	p.mu.Lock()
	for a, n := range nonces {
		p.setNonce(a, n, &drops)
	}
	p.gen++
	p.publish()
	p.mu.Unlock()
	p.report(drops)
	res := p.admit(cs, modeReinject)
	drops = drops[:0]
	for _, r := range res {
		if r.Err != nil && CodeOf(r.Err) != CodeAlreadyKnown {
			drops = append(drops, drop{r.Hash, r.Err})
		}
	}
	p.report(drops)
	return resultErrs(res)
}

func resultErrs(rs []AddResult) []error {
	out := make([]error, len(rs))
	for i, r := range rs {
		out[i] = r.Err
	}
	return out
}

// Get returns a pooled tx by hash.
func (p *Pool) Get(hash common.Hash) (*state.Verified, bool) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if e := p.all[hash]; e != nil {
		return e.v, true
	}
	return nil, false
}

// Status says whether a tx is pending (executable), queued or unknown.
func (p *Pool) Status(hash common.Hash) Status {
	p.mu.RLock()
	defer p.mu.RUnlock()
	e := p.all[hash]
	if e == nil {
		return StatusUnknown
	}
	a := p.accounts[e.v.Sender]
	if n := e.v.Tx.Nonce; n >= a.nonce && n < a.next {
		return StatusPending
	}
	return StatusQueued
}

// PendingNonce is the nonce sender's next tx should carry: past its
// pooled txs with nonces contiguous from accountNonce (the account's
// committed nonce, as the caller read it) or from the pool's own account
// nonce when that is ahead. Queued txs behind a gap do not count.
func (p *Pool) PendingNonce(sender common.Address, accountNonce uint64) uint64 {
	p.mu.RLock()
	defer p.mu.RUnlock()
	a := p.accounts[sender]
	if a == nil {
		return accountNonce
	}
	n := max(accountNonce, a.nonce)
	for a.txs[n] != nil {
		n++
	}
	return n
}

// Len is the number of txs in the pool.
func (p *Pool) Len() int {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return len(p.all)
}

// Stats returns the pool's counters.
func (p *Pool) Stats() Stats {
	p.mu.RLock()
	s := Stats{Txs: len(p.all), Pending: p.pending, Queued: len(p.all) - p.pending, Senders: len(p.accounts), Bytes: p.bytes}
	p.mu.RUnlock()
	if p.j != nil {
		s.JournalBytes = p.j.fileBytes.Load()
		s.JournalRecords = p.j.records.Load()
		s.JournalWrites = p.j.writes.Load()
		s.JournalSyncs = p.j.syncs.Load()
		s.JournalCompactions = p.j.compactions.Load()
	}
	return s
}

// String describes the pool for logs.
func (s Stats) String() string {
	return fmt.Sprintf("%d txs (%d pending, %d queued) from %d senders, %d bytes", s.Txs, s.Pending, s.Queued, s.Senders, s.Bytes)
}
