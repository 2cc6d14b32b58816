package sequencer

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/econ"
	"github.com/gpuroll/gpuroll/sequencer/mempool"
	"github.com/gpuroll/gpuroll/sequencer/store"
	"github.com/gpuroll/gpuroll/state"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// RPC error codes beside the STF's (100–603), the store's (700s) and the
// mempool's (800s): docs/rpc.md.
const (
	CodeInvalidParams = 900 // a parameter is missing, malformed or out of range
	CodeNotFound      = 901 // no such object
	CodeUnavailable   = 902 // the sequencer is shutting down
	CodeInternal      = 903 // the node failed (not the request's fault)
	CodeTooMany       = 904 // too many items in one call
)

// rpcError is an error with a stable code, as go-ethereum's rpc package
// reports it (the JSON-RPC error's code and message).
type rpcError struct {
	code int
	msg  string
}

func (e *rpcError) Error() string  { return e.msg }
func (e *rpcError) ErrorCode() int { return e.code }

func errParams(format string, a ...any) error {
	return &rpcError{code: CodeInvalidParams, msg: fmt.Sprintf(format, a...)}
}
func errNotFound(format string, a ...any) error {
	return &rpcError{code: CodeNotFound, msg: fmt.Sprintf(format, a...)}
}

// codedErr turns any internal error into an rpcError with its code.
func codedErr(err error) error {
	if err == nil {
		return nil
	}
	var re *rpcError
	if errors.As(err, &re) {
		return re
	}
	if c := mempool.CodeOf(err); c != 0 {
		return &rpcError{code: int(c), msg: err.Error()}
	}
	if c, _ := store.CodeOf(err); c != 0 {
		return &rpcError{code: c, msg: err.Error()}
	}
	return &rpcError{code: CodeInternal, msg: err.Error()}
}

// api is the gpuroll_ namespace.
type api struct{ s *Service }

func (a *api) observe(method string, start time.Time) {
	a.s.m.rpcSeconds.WithLabelValues(method).Observe(time.Since(start).Seconds())
}

func (a *api) view() *state.View { return a.s.chain.acquire() }

func u256p(v *uint256.Int) *hexutil.U256 {
	if v == nil {
		v = new(uint256.Int)
	}
	u := hexutil.U256(*v)
	return &u
}

func u64p(v uint64) *hexutil.Uint64 { h := hexutil.Uint64(v); return &h }

// ChainInfo returns the EIP-712 domain, the L1 contracts, the fees.
func (a *api) ChainInfo() (*client.ChainInfo, error) {
	defer a.observe("chainInfo", time.Now())
	v := a.view()
	defer v.Release()
	p, err := v.Params()
	if err != nil {
		return nil, codedErr(err)
	}
	d := a.s.cfg.Deployment
	ps := map[string]string{}
	for id := l1iface.ParamID(1); id <= l1iface.MaxParamID; id++ {
		ps[paramNames[id]] = p[id].Dec()
	}
	return &client.ChainInfo{
		Domain: client.DomainInfo{Name: state.DomainName, Version: state.DomainVersion, ChainID: hexutil.Uint64(a.s.chainID),
			VerifyingContract: d.Rollup, Separator: a.s.domain.Separator()},
		Contracts: client.Contracts{Token: d.Token, Timelock: d.Timelock, Rollup: d.Rollup, Bonds: d.Bonds, Disputes: d.Disputes,
			Verifiers: d.Verifiers[:], DeployBlock: hexutil.Uint64(d.DeployBlock), L1ChainID: hexutil.Uint64(a.s.chainID), Params: ps},
		BaseFee: u256p(p[l1iface.ParamBaseFee]), ByteFee: u256p(p[l1iface.ParamByteFee]),
		StorageByteFee: u256p(p[l1iface.ParamStorageByteFee]), BlockTime: a.s.cfg.BlockTime.String(),
		Deterrence: deterrence(p),
	}, nil
}

// deterrence is docs/economics.md's figure for the live parameters and the
// reference audit set-up (the sequencer does not know the auditors').
func deterrence(p *state.Params) *econ.Summary {
	s := econ.Summarize(econ.FromState(p, econ.ReferenceAudit()))
	return &s
}

var paramNames = map[l1iface.ParamID]string{
	l1iface.ParamDisputeWindow: "disputeWindow", l1iface.ParamRevealPeriod: "revealPeriod",
	l1iface.ParamMaxInclusionDelay: "maxInclusionDelay", l1iface.ParamMinSlash: "minSlash",
	l1iface.ParamSlashMultiplier: "slashMultiplier", l1iface.ParamChallengerShareBps: "challengerShareBps",
	l1iface.ParamBaseFee: "baseFee", l1iface.ParamByteFee: "byteFee", l1iface.ParamStorageByteFee: "storageByteFee",
	l1iface.ParamMaxMACsPerReceipt: "maxMACsPerReceipt", l1iface.ParamSequencer: "sequencer", l1iface.ParamGuardian: "guardian",
}

// SyncStatus returns where the sequencer stands.
func (a *api) SyncStatus() (*client.SyncStatus, error) {
	defer a.observe("syncStatus", time.Now())
	v := a.view()
	defer v.Release()
	g, err := v.Globals()
	if err != nil {
		return nil, codedErr(err)
	}
	head, _ := v.Head()
	s := a.s
	return &client.SyncStatus{L2Head: hexutil.Uint64(head), L2HeadTime: hexutil.Uint64(g.BlockTime),
		L1Head: hexutil.Uint64(s.l1Head.Load()), L1Followed: hexutil.Uint64(s.l1Followed.Load()),
		MessagesSeen: hexutil.Uint64(s.msgsSeen.Load()), MessagesConsumed: hexutil.Uint64(g.MessagesConsumed),
		OpenBatch: hexutil.Uint64(g.BatchIndex), LastPostedBatch: hexutil.Uint64(s.lastPosted.Load()),
		LastFinalBatch: hexutil.Uint64(s.lastFinal.Load()), Mempool: hexutil.Uint64(s.pool.Len())}, nil
}

// SendRawTransaction admits one signed tx (docs/txs.md's encoding) and
// returns its hash once it is journaled.
func (a *api) SendRawTransaction(raw hexutil.Bytes) (common.Hash, error) {
	defer a.observe("sendRawTransaction", time.Now())
	if a.s.stopped.Load() {
		return common.Hash{}, &rpcError{code: CodeUnavailable, msg: "the sequencer is shutting down"}
	}
	res := a.s.pool.Add([][]byte{raw})
	a.count(res)
	if res[0].Err != nil {
		return res[0].Hash, codedErr(res[0].Err)
	}
	return res[0].Hash, nil
}

// SendRawTransactions admits many txs in one call (one signature pass on
// all cores, one journal write); each tx gets its own result.
func (a *api) SendRawTransactions(raws []hexutil.Bytes) ([]client.SendResult, error) {
	defer a.observe("sendRawTransactions", time.Now())
	if a.s.stopped.Load() {
		return nil, &rpcError{code: CodeUnavailable, msg: "the sequencer is shutting down"}
	}
	if len(raws) > a.s.cfg.MaxBatchItems {
		return nil, &rpcError{code: CodeTooMany, msg: fmt.Sprintf("%d txs in one call, at most %d", len(raws), a.s.cfg.MaxBatchItems)}
	}
	in := make([][]byte, len(raws))
	for i := range raws {
		in[i] = raws[i]
	}
	res := a.s.pool.Add(in)
	a.count(res)
	out := make([]client.SendResult, len(res))
	for i, r := range res {
		out[i] = client.SendResult{Hash: r.Hash}
		if r.Err != nil {
			out[i].Code, out[i].Message = int(mempool.CodeOf(r.Err)), r.Err.Error()
		}
	}
	return out, nil
}

func (a *api) count(res []mempool.AddResult) {
	for _, r := range res {
		if r.Err == nil {
			a.s.m.txsAccepted.Inc()
		} else {
			a.s.m.txsRefused.WithLabelValues(strconv.Itoa(int(mempool.CodeOf(r.Err)))).Inc()
		}
	}
}

// GetTransactionStatus says where a tx is: in the mempool, in a block, in
// a batch, on L1, final, or dropped with its reason.
func (a *api) GetTransactionStatus(h common.Hash) (*client.TxStatus, error) {
	defer a.observe("getTransactionStatus", time.Now())
	return a.s.txStatus(h)
}

func (s *Service) txStatus(h common.Hash) (*client.TxStatus, error) {
	if v, ok := s.pool.Get(h); ok {
		st := &client.TxStatus{Hash: h, Status: client.StatusPending}
		describeTx(st, v.Tx, v.Sender)
		return st, nil
	}
	loc, ok, err := s.db.txLoc(h)
	if err != nil {
		return nil, codedErr(err)
	}
	if ok {
		rec, found, err := s.db.block(loc.Block)
		if err != nil {
			return nil, codedErr(err)
		}
		if found && int(loc.Item) < len(rec.Block.Items) && rec.Block.Items[loc.Item].Tx != nil &&
			rec.Block.Items[loc.Item].Tx.ID() == h {
			tx := rec.Block.Items[loc.Item].Tx
			vt, err := s.domain.Verify(tx)
			if err != nil {
				return nil, codedErr(err)
			}
			res := &state.Result{Fee: new(uint256.Int).SetBytes32(loc.Fee[:]), LeaseID: loc.LeaseID, WithdrawalID: loc.WithdrawalID, JobID: vt.Hash}
			if pr, ok := tx.Body.(*state.PostReceipt); ok {
				res.ReceiptID = l1iface.ReceiptID(pr.JobID, vt.Sender, pr.ModelRoot, pr.InputRoot, pr.Rows, pr.Layers, pr.TraceRoot)
			}
			st := includedStatus(includedTx{v: vt, item: loc.Item, res: res}, loc.Block, rec.Batch)
			if b, ok, err := s.db.batch(rec.Batch); err == nil && ok {
				switch b.Status {
				case "sealed":
					st.Status = client.StatusBatched
				case "posted":
					st.Status, st.L1Tx = client.StatusPosted, b.L1Tx
				case "final":
					st.Status, st.L1Tx = client.StatusFinal, b.L1Tx
				}
			}
			return st, nil
		}
	}
	if d, ok, err := s.db.dropped(h); err != nil {
		return nil, codedErr(err)
	} else if ok {
		return &client.TxStatus{Hash: h, Status: client.StatusDropped, Code: d.Code, Message: d.Message}, nil
	}
	return &client.TxStatus{Hash: h, Status: client.StatusUnknown}, nil
}

func describeTx(st *client.TxStatus, tx *state.Tx, sender common.Address) {
	st.Sender, st.Nonce, st.Type = &sender, u64p(tx.Nonce), tx.Body.Type().String()
}

func includedStatus(t includedTx, block, batch uint64) *client.TxStatus {
	st := &client.TxStatus{Hash: t.v.ID, Status: client.StatusIncluded, Block: u64p(block), Index: u64p(uint64(t.item)), Batch: u64p(batch)}
	describeTx(st, t.v.Tx, t.v.Sender)
	if t.res != nil {
		st.Fee = u256p(t.res.Fee)
		switch t.v.Tx.Body.(type) {
		case *state.OpenLease:
			st.LeaseID = u64p(t.res.LeaseID)
		case *state.SubmitJob:
			id := t.res.JobID
			st.JobID = &id
		case *state.PostReceipt:
			id := t.res.ReceiptID
			st.ReceiptID = &id
		case *state.Withdraw:
			st.WithdrawalID = u64p(t.res.WithdrawalID)
		}
	}
	return st
}

// maxAccountTxs bounds one getAccountTxs answer.
const maxAccountTxs = 1000

// GetAccountTxs lists the txs an account sent that are included in L2
// blocks, newest first: at most limit (default 100, at most 1000), and
// only those in blocks below before when it is given (the next page).
// Txs still in the mempool are not listed (getTransactionStatus finds
// them).
func (a *api) GetAccountTxs(addr common.Address, limit *hexutil.Uint64, before *hexutil.Uint64) ([]*client.TxStatus, error) {
	defer a.observe("getAccountTxs", time.Now())
	n := uint64(100)
	if limit != nil {
		n = uint64(*limit)
	}
	if n == 0 || n > maxAccountTxs {
		return nil, errParams("limit %d: want 1..%d", n, maxAccountTxs)
	}
	out := []*client.TxStatus{}
	err := a.s.db.scanReverse(key(pfxSenderTx, addr[:]), func(k, v []byte) error {
		if len(k) != 1+20+8+4 || len(v) != 32 {
			return nil
		}
		block, item := binary.BigEndian.Uint64(k[21:29]), binary.BigEndian.Uint32(k[29:33])
		if before != nil && block >= uint64(*before) {
			return nil
		}
		st, err := a.s.txStatus(common.BytesToHash(v))
		if err != nil {
			return err
		}
		// A hint left by a rolled-back block: the tx is elsewhere now (or
		// pending again), and its new place has its own entry.
		if st.Block == nil || uint64(*st.Block) != block || st.Index == nil || uint64(*st.Index) != uint64(item) {
			return nil
		}
		out = append(out, st)
		if uint64(len(out)) >= n {
			return errStopScan
		}
		return nil
	})
	return out, codedErr(err)
}

// GetAccount returns an account; PendingNonce counts its mempool txs.
func (a *api) GetAccount(addr common.Address) (*client.Account, error) {
	defer a.observe("getAccount", time.Now())
	v := a.view()
	defer v.Release()
	acc, err := v.Account(addr)
	if err != nil {
		return nil, codedErr(err)
	}
	return &client.Account{Address: addr, Balance: u256p(acc.Balance), Nonce: hexutil.Uint64(acc.Nonce),
		PendingNonce: hexutil.Uint64(a.s.pool.PendingNonce(addr, acc.Nonce))}, nil
}

func providerJSON(addr common.Address, p *state.Provider, b *state.Bond) *client.Provider {
	out := &client.Provider{Address: addr, PricePerGPUHour: u256p(p.PricePerGPUHour), GPUs: hexutil.Uint64(p.GPUs),
		GPUClass: hexutil.Uint64(p.GPUClass), Active: p.Active, Endpoint: p.Endpoint, Bond: u256p(b.Bond), Exposure: u256p(b.Exposure)}
	if b.Suspended {
		out.Suspended, out.ReinstateBond = true, u256p(b.ReinstateBond)
	}
	return out
}

// GetProviders lists the registered providers.
func (a *api) GetProviders() ([]*client.Provider, error) {
	defer a.observe("getProviders", time.Now())
	v := a.view()
	defer v.Release()
	out := []*client.Provider{}
	err := a.s.db.scan([]byte{pfxProvider}, func(k, _ []byte) error {
		addr := common.BytesToAddress(k[1:])
		p, err := v.Provider(addr)
		if err != nil || p == nil {
			return err
		}
		b, err := v.Bond(addr)
		if err != nil {
			return err
		}
		out = append(out, providerJSON(addr, p, b))
		return nil
	})
	return out, codedErr(err)
}

// GetProvider returns one provider.
func (a *api) GetProvider(addr common.Address) (*client.Provider, error) {
	defer a.observe("getProvider", time.Now())
	v := a.view()
	defer v.Release()
	p, err := v.Provider(addr)
	if err != nil {
		return nil, codedErr(err)
	}
	if p == nil {
		return nil, errNotFound("%s is not a registered provider", addr)
	}
	b, err := v.Bond(addr)
	if err != nil {
		return nil, codedErr(err)
	}
	return providerJSON(addr, p, b), nil
}

func leaseJSON(id uint64, l *state.Lease) *client.Lease {
	st := client.LeaseOpen
	if l.Status != state.LeaseOpen {
		st = client.LeaseClosed
	}
	return &client.Lease{ID: hexutil.Uint64(id), Buyer: l.Buyer, Provider: l.Provider, PricePerGPUHour: u256p(l.PricePerGPUHour),
		Escrow: u256p(l.Escrow), Reserved: u256p(l.Reserved), Expiry: hexutil.Uint64(l.Expiry), Status: st}
}

// GetLease returns a lease.
func (a *api) GetLease(id hexutil.Uint64) (*client.Lease, error) {
	defer a.observe("getLease", time.Now())
	v := a.view()
	defer v.Release()
	l, err := v.Lease(uint64(id))
	if err != nil {
		return nil, codedErr(err)
	}
	if l == nil {
		return nil, errNotFound("no lease %d", uint64(id))
	}
	return leaseJSON(uint64(id), l), nil
}

// GetLeases lists the leases of an account, as buyer or provider.
func (a *api) GetLeases(addr common.Address) ([]*client.Lease, error) {
	defer a.observe("getLeases", time.Now())
	v := a.view()
	defer v.Release()
	out := []*client.Lease{}
	err := a.s.db.scan(key(pfxLease, addr[:]), func(k, _ []byte) error {
		id := binary.BigEndian.Uint64(k[21:])
		l, err := v.Lease(id)
		if err != nil || l == nil || (l.Buyer != addr && l.Provider != addr) {
			return err
		}
		out = append(out, leaseJSON(id, l))
		return nil
	})
	return out, codedErr(err)
}

func jobStatus(s uint8) string {
	switch s {
	case state.JobRejected:
		return client.JobRejected
	case state.JobReceipted:
		return client.JobReceipted
	}
	return client.JobPending
}

func jobJSON(id common.Hash, j *state.Job, p *state.Params) *client.Job {
	out := &client.Job{ID: id, LeaseID: hexutil.Uint64(j.LeaseID), Buyer: j.Buyer, Provider: j.Provider, ModelRoot: j.ModelRoot,
		InputRoot: j.InputRoot, Rows: hexutil.Uint64(j.Rows), MACs: hexutil.Uint64(j.MACs), Price: u256p(j.Price),
		Status: jobStatus(j.Status), RejectReason: hexutil.Uint64(j.RejectReason)}
	for _, h := range j.Headers {
		out.Layers = append(out.Layers, client.Layer{In: hexutil.Uint64(h.In), Out: hexutil.Uint64(h.Out), Shift: hexutil.Uint64(h.Shift), ReLU: h.ReLU})
	}
	if p != nil {
		if slash, err := state.SlashAmount(j.Price, p); err == nil {
			out.SlashAmount = u256p(slash)
		}
	}
	return out
}

// GetJob returns a job.
func (a *api) GetJob(id common.Hash) (*client.Job, error) {
	defer a.observe("getJob", time.Now())
	v := a.view()
	defer v.Release()
	j, err := v.Job(id)
	if err != nil {
		return nil, codedErr(err)
	}
	if j == nil {
		return nil, errNotFound("no job %s", id)
	}
	p, err := v.Params()
	if err != nil {
		return nil, codedErr(err)
	}
	out := jobJSON(id, j, p)
	a.jobRefs(v, out, j)
	return out, nil
}

// jobRefs fills a job's receipt id and the block of its SubmitJob from
// the indexes (hints, checked against the view).
func (a *api) jobRefs(v *state.View, out *client.Job, j *state.Job) {
	id := out.ID
	if j.Status == state.JobReceipted {
		if rid, ok, err := a.s.db.get(key(pfxJobRcpt, id[:])); err == nil && ok {
			if r, err := v.Receipt(common.BytesToHash(rid)); err == nil && r != nil && r.JobID == id {
				h := common.BytesToHash(rid)
				out.ReceiptID = &h
			}
		}
	}
	if txh, ok, err := a.s.db.get(key(pfxJobTx, id[:])); err == nil && ok {
		if loc, ok, err := a.s.db.txLoc(common.BytesToHash(txh)); err == nil && ok {
			out.Block = u64p(loc.Block)
		}
	}
}

// GetJobs lists the jobs of a provider or a buyer, optionally by status
// ("pending", "rejected", "receipted"): the polling fallback of the
// jobsAssigned subscription.
func (a *api) GetJobs(addr common.Address, status *string) ([]*client.Job, error) {
	defer a.observe("getJobs", time.Now())
	want := ""
	if status != nil {
		want = *status
	}
	if want != "" && want != client.JobPending && want != client.JobRejected && want != client.JobReceipted {
		return nil, errParams("job status %q: want pending, rejected, receipted or empty", want)
	}
	v := a.view()
	defer v.Release()
	p, err := v.Params()
	if err != nil {
		return nil, codedErr(err)
	}
	out := []*client.Job{}
	err = a.s.db.scan(key(pfxJob, addr[:]), func(k, _ []byte) error {
		id := common.BytesToHash(k[21:])
		j, err := v.Job(id)
		if err != nil || j == nil || (j.Buyer != addr && j.Provider != addr) {
			return err
		}
		if js := jobJSON(id, j, p); want == "" || js.Status == want {
			a.jobRefs(v, js, j)
			out = append(out, js)
		}
		return nil
	})
	return out, codedErr(err)
}

func receiptStatus(s uint8) string {
	switch s {
	case state.ReceiptPaid:
		return client.ReceiptPaid
	case state.ReceiptSlashed:
		return client.ReceiptSlashed
	case state.ReceiptForfeited:
		return client.ReceiptForfeited
	}
	return client.ReceiptLocked
}

// GetReceipt returns a receipt with what a reveal on L1 needs.
func (a *api) GetReceipt(id common.Hash) (*client.Receipt, error) {
	defer a.observe("getReceipt", time.Now())
	v := a.view()
	defer v.Release()
	r, err := v.Receipt(id)
	if err != nil {
		return nil, codedErr(err)
	}
	if r == nil {
		return nil, errNotFound("no receipt %s", id)
	}
	return &client.Receipt{ID: id, JobID: r.JobID, Provider: r.Provider, Buyer: r.Buyer, ModelRoot: r.ModelRoot, InputRoot: r.InputRoot,
		Rows: hexutil.Uint64(r.Rows), Layers: hexutil.Uint64(r.Layers), TraceRoot: r.TraceRoot, Price: u256p(r.Price),
		SlashAmount: u256p(r.SlashAmount), GPUMillis: hexutil.Uint64(r.GPUMillis), Batch: hexutil.Uint64(r.BatchIndex),
		Status: receiptStatus(r.Status), Nonce: hexutil.Uint64(r.Nonce), MaxFee: u256p(r.MaxFee), Signature: r.Sig[:]}, nil
}

// blockNumberArg is "latest" or a hex quantity.
type blockNumberArg struct {
	latest bool
	n      uint64
}

func (b *blockNumberArg) UnmarshalJSON(in []byte) error {
	s := strings.Trim(string(in), `"`)
	if s == "latest" {
		b.latest = true
		return nil
	}
	var h hexutil.Uint64
	if err := h.UnmarshalJSON(in); err != nil {
		return fmt.Errorf(`block number: want "latest" or a 0x quantity: %w`, err)
	}
	b.n = uint64(h)
	return nil
}

func blockJSON(r *blockRecord, raw bool) *client.Block {
	b := r.Block
	out := &client.Block{Number: hexutil.Uint64(b.Number), Hash: b.Hash(), ParentHash: b.ParentHash, Timestamp: hexutil.Uint64(b.Timestamp),
		StateRoot: b.StateRoot, Batch: hexutil.Uint64(r.Batch), Txs: []common.Hash{}, L1Messages: []hexutil.Uint64{}}
	for _, it := range b.Items {
		switch it.Kind() {
		case state.ItemL1Message:
			out.L1Messages = append(out.L1Messages, hexutil.Uint64(it.L1Message))
		case state.ItemSeal:
			out.SealedBatch = u64p(r.Batch)
		}
	}
	if raw {
		out.Raw = b.Encode()
	}
	return out
}

// GetBlockByNumber returns an L2 block ("latest" or a number).
func (a *api) GetBlockByNumber(num blockNumberArg, raw *bool) (*client.Block, error) {
	defer a.observe("getBlockByNumber", time.Now())
	v := a.view()
	head, _ := v.Head()
	v.Release()
	n := num.n
	if num.latest {
		n = head
	}
	if n > head {
		return nil, errNotFound("block %d is above the head %d", n, head)
	}
	if n == 0 {
		return &client.Block{Number: 0, StateRoot: a.s.chain.genesisHeader().PostStateRoot, Txs: []common.Hash{}, L1Messages: []hexutil.Uint64{}, SealedBatch: u64p(0)}, nil
	}
	r, ok, err := a.s.db.block(n)
	if err != nil {
		return nil, codedErr(err)
	}
	if !ok {
		return nil, errNotFound("no block %d", n)
	}
	out := blockJSON(r, raw != nil && *raw)
	for _, it := range r.Block.Items {
		if it.Tx != nil {
			out.Txs = append(out.Txs, it.Tx.ID())
		}
	}
	return out, nil
}

// GetBatch returns a batch and its life on L1.
func (a *api) GetBatch(index hexutil.Uint64) (*client.Batch, error) {
	defer a.observe("getBatch", time.Now())
	i := uint64(index)
	r, ok, err := a.s.db.batch(i)
	if err != nil {
		return nil, codedErr(err)
	}
	if !ok {
		v := a.view()
		g, err := v.Globals()
		v.Release()
		if err != nil {
			return nil, codedErr(err)
		}
		if i == g.BatchIndex {
			c := a.s.chain
			return &client.Batch{Index: index, Status: client.BatchOpen, FirstBlock: hexutil.Uint64(c.batchStartSnapshot())}, nil
		}
		if i == 0 {
			gh := a.s.chain.genesisHeader()
			hh := gh.Hash()
			return &client.Batch{Index: 0, Status: client.BatchFinal, HeaderHash: &hh, PostStateRoot: &gh.PostStateRoot}, nil
		}
		return nil, errNotFound("no batch %d", i)
	}
	h := r.Header
	out := &client.Batch{Index: index, Status: r.Status, FirstBlock: hexutil.Uint64(r.FirstBlock), LastBlock: hexutil.Uint64(r.LastBlock),
		HeaderHash: &r.HeaderHash, ParentHash: &h.ParentHash, PreStateRoot: &h.PreStateRoot, PostStateRoot: &h.PostStateRoot,
		ReceiptsRoot: &h.ReceiptsRoot, WithdrawalsRoot: &h.WithdrawalsRoot, MessagesConsumed: hexutil.Uint64(h.MessagesConsumed),
		RollingHash: &h.MessagesRollingHash, BodyHash: &h.BodyHash, BodyBytes: hexutil.Uint64(r.BodyBytes),
		Receipts: hexutil.Uint64(r.Receipts), Withdrawals: hexutil.Uint64(r.Withdraws), L1Tx: r.L1Tx}
	opt := func(p *uint64) *hexutil.Uint64 {
		if p == nil {
			return nil
		}
		return u64p(*p)
	}
	out.L1Block, out.SubmittedAt, out.WindowEnd, out.RevealEnd, out.FinalizedAt = opt(r.L1Block), opt(r.Submitted), opt(r.WindowEnd), opt(r.RevealEnd), opt(r.Finalized)
	return out, nil
}

// GetWithdrawals lists an account's withdrawals with their Merkle proofs.
func (a *api) GetWithdrawals(from common.Address) ([]*client.Withdrawal, error) {
	defer a.observe("getWithdrawals", time.Now())
	v := a.view()
	defer v.Release()
	out := []*client.Withdrawal{}
	trees := map[uint64]*l1iface.MerkleTree{}
	err := a.s.db.scan(key(pfxWithdraw, from[:]), func(k, _ []byte) error {
		b, i := binary.BigEndian.Uint64(k[21:29]), binary.BigEndian.Uint64(k[29:37])
		w, err := v.BatchWithdrawal(b, i)
		if err != nil || w == nil || w.From != from {
			return err
		}
		t := trees[b]
		if t == nil {
			info, err := v.BatchInfo(b)
			if err != nil || info == nil {
				return err
			}
			leaves := make([]common.Hash, info.Withdrawals)
			for j := uint64(0); j < info.Withdrawals; j++ {
				wj, err := v.BatchWithdrawal(b, j)
				if err != nil || wj == nil {
					return fmt.Errorf("batch %d withdrawal %d: %v", b, j, err)
				}
				leaves[j] = (&l1iface.WithdrawalLeaf{WithdrawalID: wj.ID, From: wj.From, To: wj.To, Amount: wj.Amount}).Hash(j)
			}
			t = l1iface.NewMerkleTree(leaves)
			trees[b] = t
		}
		proof, err := t.Proof(int(i))
		if err != nil {
			return err
		}
		out = append(out, &client.Withdrawal{Batch: hexutil.Uint64(b), Index: hexutil.Uint64(i), WithdrawalID: hexutil.Uint64(w.ID),
			From: w.From, To: w.To, Amount: u256p(w.Amount), Proof: proof})
		return nil
	})
	return out, codedErr(err)
}

// GetForcedResult returns what became of a tx forced through L1.
func (a *api) GetForcedResult(index hexutil.Uint64) (*client.ForcedResult, error) {
	defer a.observe("getForcedResult", time.Now())
	v := a.view()
	defer v.Release()
	r, err := v.ForcedResult(uint64(index))
	if err != nil {
		return nil, codedErr(err)
	}
	if r == nil {
		return nil, errNotFound("L1 message %d is not a consumed forced tx", uint64(index))
	}
	return &client.ForcedResult{MessageIndex: index, Applied: r.Status == state.ForcedApplied, Code: int(r.Code), TxHash: r.TxHash}, nil
}

// maxRPCBlob bounds a blob moved through JSON-RPC (hex doubles it); larger
// blobs go through the store's HTTP endpoints.
const maxRPCBlob = 2 << 20

// StoreUpload stores a small blob (≤ 2 MiB) signed by its uploader (the
// StoreUpload typed data of client.UploadDigest); larger blobs use
// PUT /store/{kind}.
func (a *api) StoreUpload(ctx context.Context, kind string, data hexutil.Bytes, sig hexutil.Bytes, expiry hexutil.Uint64) (*client.StoreUploadResult, error) {
	defer a.observe("storeUpload", time.Now())
	if len(data) > maxRPCBlob {
		return nil, errParams("blob of %d bytes: JSON-RPC uploads are limited to %d; use PUT /store/%s", len(data), maxRPCBlob, kind)
	}
	if len(sig) != 65 {
		return nil, errParams("signature of %d bytes, want 65", len(sig))
	}
	auth := &client.UploadAuth{Kind: kind, ContentHash: crypto256(data), Size: uint64(len(data)), Expiry: uint64(expiry)}
	copy(auth.Sig[:], sig)
	m, err := a.s.store.PutSigned(ctx, auth, bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, codedErr(err)
	}
	return &client.StoreUploadResult{Kind: m.Kind, Root: m.Root, Size: uint64(m.Size), Hash: m.Hash}, nil
}

// StoreDownload returns a small stored blob (≤ 2 MiB); larger ones are
// served by GET /store/{kind}/{root}.
func (a *api) StoreDownload(ctx context.Context, kind string, root common.Hash) (hexutil.Bytes, error) {
	defer a.observe("storeDownload", time.Now())
	rc, m, err := a.s.store.Get(ctx, kind, root)
	if err != nil {
		return nil, codedErr(err)
	}
	defer rc.Close()
	if m.Size > maxRPCBlob {
		return nil, errParams("blob of %d bytes: JSON-RPC downloads are limited to %d; use GET /store/%s/%s", m.Size, maxRPCBlob, kind, root)
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(rc); err != nil {
		return nil, codedErr(err)
	}
	return buf.Bytes(), nil
}

// NewBlocks: a subscription to every new L2 block.
func (a *api) NewBlocks(ctx context.Context) (*rpc.Subscription, error) {
	return subscribe(ctx, &a.s.blockFeed, func(*client.Block) bool { return true })
}

// TxStatus: a subscription to the status changes of a sender's txs.
func (a *api) TxStatus(ctx context.Context, sender common.Address) (*rpc.Subscription, error) {
	return subscribe(ctx, &a.s.txFeed, func(st *client.TxStatus) bool { return st.Sender != nil && *st.Sender == sender })
}

// JobsAssigned: a subscription to the jobs assigned to a provider.
func (a *api) JobsAssigned(ctx context.Context, provider common.Address) (*rpc.Subscription, error) {
	return subscribe(ctx, &a.s.jobFeed, func(j *client.Job) bool { return j.Provider == provider })
}
