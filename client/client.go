package client

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/gpuroll/gpuroll/state"
)

// Namespace is the JSON-RPC namespace of the sequencer's API.
const Namespace = "gpuroll"

// Client talks to a sequencer over JSON-RPC (HTTP or WebSocket; the
// subscriptions need WebSocket).
type Client struct {
	c *rpc.Client
}

// Dial connects to a sequencer at url (http://, https://, ws:// or wss://).
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial sequencer %s: %w", url, err)
	}
	return &Client{c: c}, nil
}

// NewClient wraps an rpc.Client.
func NewClient(c *rpc.Client) *Client { return &Client{c: c} }

// Close closes the connection.
func (c *Client) Close() { c.c.Close() }

// RPC is the underlying rpc.Client.
func (c *Client) RPC() *rpc.Client { return c.c }

// Error is an error the sequencer returned: a stable code (docs/rpc.md:
// the STF's codes 100–603, the store's 700s, the mempool's 800s, the
// RPC's 900s) and a message a wallet can show.
type Error struct {
	Code    int
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// Is matches any *Error with the same code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// CodeOf returns the sequencer's code of err, or 0.
func CodeOf(err error) int {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}

func wrap(method string, err error) error {
	if err == nil {
		return nil
	}
	var re rpc.Error
	if errors.As(err, &re) {
		return fmt.Errorf("%s: %w", method, &Error{Code: re.ErrorCode(), Message: re.Error()})
	}
	return fmt.Errorf("%s: %w", method, err)
}

func (c *Client) call(ctx context.Context, out any, method string, args ...any) error {
	return wrap(method, c.c.CallContext(ctx, out, Namespace+"_"+method, args...))
}

// ChainInfo returns the EIP-712 domain, the L1 contracts and the fees.
func (c *Client) ChainInfo(ctx context.Context) (*ChainInfo, error) {
	var out ChainInfo
	return &out, c.call(ctx, &out, "chainInfo")
}

// Domain returns the signing domain of the sequencer's deployment.
func (c *Client) Domain(ctx context.Context) (*state.Domain, error) {
	ci, err := c.ChainInfo(ctx)
	if err != nil {
		return nil, err
	}
	d := state.NewDomain(uint64(ci.Domain.ChainID), ci.Domain.VerifyingContract)
	if d.Separator() != ci.Domain.Separator {
		return nil, fmt.Errorf("chainInfo: domain separator %s does not match the domain's fields (%s)", ci.Domain.Separator, d.Separator())
	}
	return d, nil
}

// SyncStatus returns where the sequencer stands.
func (c *Client) SyncStatus(ctx context.Context) (*SyncStatus, error) {
	var out SyncStatus
	return &out, c.call(ctx, &out, "syncStatus")
}

// SendRawTransaction submits a signed tx in its binary encoding and
// returns its hash once the sequencer has journaled it.
func (c *Client) SendRawTransaction(ctx context.Context, raw []byte) (common.Hash, error) {
	var h common.Hash
	return h, c.call(ctx, &h, "sendRawTransaction", hexutil.Bytes(raw))
}

// SendTransaction submits a signed tx.
func (c *Client) SendTransaction(ctx context.Context, tx *state.Tx) (common.Hash, error) {
	return c.SendRawTransaction(ctx, tx.Encode())
}

// SendRawTransactions submits many txs in one call; each gets its own
// result (accepted or refused with a code).
func (c *Client) SendRawTransactions(ctx context.Context, raws [][]byte) ([]SendResult, error) {
	in := make([]hexutil.Bytes, len(raws))
	for i := range raws {
		in[i] = raws[i]
	}
	var out []SendResult
	return out, c.call(ctx, &out, "sendRawTransactions", in)
}

// TxStatus returns where a tx is.
func (c *Client) TxStatus(ctx context.Context, hash common.Hash) (*TxStatus, error) {
	var out TxStatus
	return &out, c.call(ctx, &out, "getTransactionStatus", hash)
}

// statusRank orders the statuses a tx moves through.
func statusRank(s string) int {
	switch s {
	case StatusPending:
		return 1
	case StatusIncluded:
		return 2
	case StatusBatched:
		return 3
	case StatusPosted:
		return 4
	case StatusFinal:
		return 5
	}
	return 0
}

// ErrDropped is wrapped by WaitTx when the tx was dropped.
var ErrDropped = errors.New("transaction dropped")

// WaitTx polls until the tx has reached at least status want (for example
// StatusIncluded), or was dropped (ErrDropped, and an *Error with its
// code: CodeOf reads it).
func (c *Client) WaitTx(ctx context.Context, hash common.Hash, want string, poll time.Duration) (*TxStatus, error) {
	if poll <= 0 {
		poll = 200 * time.Millisecond
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		st, err := c.TxStatus(ctx, hash)
		if err != nil {
			return nil, err
		}
		if st.Status == StatusDropped {
			// The code travels as an *Error, so CodeOf tells why; its
			// Error() appends the code, which the STF's messages carry
			// already.
			msg := strings.TrimSuffix(st.Message, fmt.Sprintf(" (code %d)", st.Code))
			return st, fmt.Errorf("tx %s: %w: %w", hash, ErrDropped, &Error{Code: st.Code, Message: msg})
		}
		if statusRank(st.Status) >= statusRank(want) {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return st, fmt.Errorf("wait for tx %s to be %s (now %s): %w", hash, want, st.Status, ctx.Err())
		case <-t.C:
		}
	}
}

// Account returns an L2 account (the zero account when unknown).
func (c *Client) Account(ctx context.Context, a common.Address) (*Account, error) {
	var out Account
	return &out, c.call(ctx, &out, "getAccount", a)
}

// Providers lists the registered providers.
func (c *Client) Providers(ctx context.Context) ([]Provider, error) {
	var out []Provider
	return out, c.call(ctx, &out, "getProviders")
}

// Provider returns a provider (an error with code 901 when unknown).
func (c *Client) Provider(ctx context.Context, a common.Address) (*Provider, error) {
	var out Provider
	return &out, c.call(ctx, &out, "getProvider", a)
}

// Lease returns a lease.
func (c *Client) Lease(ctx context.Context, id uint64) (*Lease, error) {
	var out Lease
	return &out, c.call(ctx, &out, "getLease", hexutil.Uint64(id))
}

// Leases lists the leases of an account (as buyer or provider).
func (c *Client) Leases(ctx context.Context, a common.Address) ([]Lease, error) {
	var out []Lease
	return out, c.call(ctx, &out, "getLeases", a)
}

// AccountTxs lists the included txs sent by an account, newest first: at
// most limit (0: the sequencer's default of 100; at most 1000), in blocks
// below before when before is not 0 (the next page).
func (c *Client) AccountTxs(ctx context.Context, a common.Address, limit int, before uint64) ([]TxStatus, error) {
	var lim, bef any
	if limit > 0 {
		lim = hexutil.Uint64(limit)
	}
	if before > 0 {
		bef = hexutil.Uint64(before)
	}
	var out []TxStatus
	return out, c.call(ctx, &out, "getAccountTxs", a, lim, bef)
}

// Job returns a job.
func (c *Client) Job(ctx context.Context, id common.Hash) (*Job, error) {
	var out Job
	return &out, c.call(ctx, &out, "getJob", id)
}

// Jobs lists the jobs assigned to a provider, or bought by an account,
// filtered by status ("" for all).
func (c *Client) Jobs(ctx context.Context, a common.Address, status string) ([]Job, error) {
	var out []Job
	return out, c.call(ctx, &out, "getJobs", a, status)
}

// Receipt returns a receipt.
func (c *Client) Receipt(ctx context.Context, id common.Hash) (*Receipt, error) {
	var out Receipt
	return &out, c.call(ctx, &out, "getReceipt", id)
}

// BlockByNumber returns an L2 block; latest when number is nil. raw asks
// for the block's canonical encoding too.
func (c *Client) BlockByNumber(ctx context.Context, number *uint64, raw bool) (*Block, error) {
	var arg any = "latest"
	if number != nil {
		arg = hexutil.Uint64(*number)
	}
	var out Block
	return &out, c.call(ctx, &out, "getBlockByNumber", arg, raw)
}

// Batch returns a batch and its life on L1.
func (c *Client) Batch(ctx context.Context, index uint64) (*Batch, error) {
	var out Batch
	return &out, c.call(ctx, &out, "getBatch", hexutil.Uint64(index))
}

// Withdrawals lists an account's withdrawals with their proofs (claimable
// on L1 once their batch is final).
func (c *Client) Withdrawals(ctx context.Context, from common.Address) ([]Withdrawal, error) {
	var out []Withdrawal
	return out, c.call(ctx, &out, "getWithdrawals", from)
}

// ForcedResult returns what became of the tx forced by L1 message index.
func (c *Client) ForcedResult(ctx context.Context, index uint64) (*ForcedResult, error) {
	var out ForcedResult
	return &out, c.call(ctx, &out, "getForcedResult", hexutil.Uint64(index))
}

// SubscribeNewBlocks delivers every new L2 block (and, after a rollback,
// the blocks that replace the rolled-back ones).
func (c *Client) SubscribeNewBlocks(ctx context.Context, ch chan<- *Block) (ethereum.Subscription, error) {
	sub, err := c.c.Subscribe(ctx, Namespace, ch, "newBlocks")
	return sub, wrap("subscribe newBlocks", err)
}

// SubscribeTxStatus delivers every status change of the txs sent by
// sender (included, batched, posted, final, dropped, and back to pending
// after a rollback).
func (c *Client) SubscribeTxStatus(ctx context.Context, sender common.Address, ch chan<- *TxStatus) (ethereum.Subscription, error) {
	sub, err := c.c.Subscribe(ctx, Namespace, ch, "txStatus", sender)
	return sub, wrap("subscribe txStatus", err)
}

// SubscribeJobs delivers the jobs assigned to provider as their SubmitJob
// is included (and again if a rollback re-includes them).
func (c *Client) SubscribeJobs(ctx context.Context, provider common.Address, ch chan<- *Job) (ethereum.Subscription, error) {
	sub, err := c.c.Subscribe(ctx, Namespace, ch, "jobsAssigned", provider)
	return sub, wrap("subscribe jobsAssigned", err)
}
