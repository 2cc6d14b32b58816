package explorer

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/gpuroll/gpuroll/client"
)

// Sequencer is what the explorer reads from the sequencer's API. The
// explorer uses *rpcSequencer (client/ and JSON-RPC batches); the render
// benchmark a source made of the same client/ objects.
type Sequencer interface {
	SyncStatus(ctx context.Context) (*client.SyncStatus, error)
	ChainInfo(ctx context.Context) (*client.ChainInfo, error)
	// Blocks returns the blocks with their raw encoding, nil where a
	// number is above the head.
	Blocks(ctx context.Context, nums []uint64) ([]*client.Block, error)
	// Batches returns the batches, nil where an index is unknown.
	Batches(ctx context.Context, idx []uint64) ([]*client.Batch, error)
	Providers(ctx context.Context) ([]client.Provider, error)
	// Provider is nil for an address that is not a registered provider.
	Provider(ctx context.Context, a common.Address) (*client.Provider, error)
	Jobs(ctx context.Context, a common.Address, status string) ([]client.Job, error)
	// JobsByID and Receipts return nil where an id is unknown.
	JobsByID(ctx context.Context, ids []common.Hash) ([]*client.Job, error)
	Receipts(ctx context.Context, ids []common.Hash) ([]*client.Receipt, error)
	TxStatus(ctx context.Context, h common.Hash) (*client.TxStatus, error)
	Account(ctx context.Context, a common.Address) (*client.Account, error)
	Leases(ctx context.Context, a common.Address) ([]client.Lease, error)
	AccountTxs(ctx context.Context, a common.Address, limit int, before uint64) ([]client.TxStatus, error)
	Withdrawals(ctx context.Context, a common.Address) ([]client.Withdrawal, error)
}

// rpcSequencer reads the sequencer through client/; lists of objects go
// as JSON-RPC batches of at most batchSize calls.
type rpcSequencer struct {
	*client.Client
}

const batchSize = 500

func (s *rpcSequencer) Provider(ctx context.Context, a common.Address) (*client.Provider, error) {
	p, err := s.Client.Provider(ctx, a)
	if client.CodeOf(err) == 901 {
		return nil, nil
	}
	return p, err
}

func (s *rpcSequencer) Blocks(ctx context.Context, nums []uint64) ([]*client.Block, error) {
	return batchGet[client.Block](ctx, s.RPC(), "getBlockByNumber", len(nums), func(i int) []any { return []any{hexutil.Uint64(nums[i]), true} })
}

func (s *rpcSequencer) Batches(ctx context.Context, idx []uint64) ([]*client.Batch, error) {
	return batchGet[client.Batch](ctx, s.RPC(), "getBatch", len(idx), func(i int) []any { return []any{hexutil.Uint64(idx[i])} })
}

func (s *rpcSequencer) JobsByID(ctx context.Context, ids []common.Hash) ([]*client.Job, error) {
	return batchGet[client.Job](ctx, s.RPC(), "getJob", len(ids), func(i int) []any { return []any{ids[i]} })
}

func (s *rpcSequencer) Receipts(ctx context.Context, ids []common.Hash) ([]*client.Receipt, error) {
	return batchGet[client.Receipt](ctx, s.RPC(), "getReceipt", len(ids), func(i int) []any { return []any{ids[i]} })
}

// batchGet calls method n times in JSON-RPC batches; an element the
// sequencer answers with "not found" (901) is nil, any other error fails
// the whole call.
func batchGet[T any](ctx context.Context, c *rpc.Client, method string, n int, args func(int) []any) ([]*T, error) {
	out := make([]*T, n)
	for start := 0; start < n; start += batchSize {
		end := min(n, start+batchSize)
		elems := make([]rpc.BatchElem, end-start)
		for i := range elems {
			out[start+i] = new(T)
			elems[i] = rpc.BatchElem{Method: client.Namespace + "_" + method, Args: args(start + i), Result: out[start+i]}
		}
		if err := c.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("%s: %w", method, err)
		}
		for i, e := range elems {
			if e.Error == nil {
				continue
			}
			if re, ok := e.Error.(rpc.Error); ok && re.ErrorCode() == 901 {
				out[start+i] = nil
				continue
			}
			return nil, fmt.Errorf("%s: %w", method, e.Error)
		}
	}
	return out, nil
}
