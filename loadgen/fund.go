package loadgen

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

// rpcChunk bounds the calls of one JSON-RPC batch (the sequencer's default
// limit is 1000).
const rpcChunk = 500

// readAccounts reads each wallet's balance and pending nonce (the nonce
// after its txs already in the mempool).
func readAccounts(ctx context.Context, cli *client.Client, ws []*wallet) error {
	for lo := 0; lo < len(ws); lo += rpcChunk {
		hi := min(lo+rpcChunk, len(ws))
		accs := make([]client.Account, hi-lo)
		elems := make([]rpc.BatchElem, hi-lo)
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: client.Namespace + "_getAccount", Args: []any{ws[lo+i].addr}, Result: &accs[i]}
		}
		if err := cli.RPC().BatchCallContext(ctx, elems); err != nil {
			return fmt.Errorf("loadgen: read accounts: %w", err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return fmt.Errorf("loadgen: read account %s: %w", ws[lo+i].addr, e.Error)
			}
			w := ws[lo+i]
			w.nonce = uint64(accs[i].PendingNonce)
			w.bal = new(uint256.Int)
			if accs[i].Balance != nil {
				w.bal = (*uint256.Int)(accs[i].Balance)
			}
		}
	}
	return nil
}

// fundNode is an account in the funding tree: it receives total from its
// parent in round, and sends its children their totals in later rounds.
type fundNode struct {
	w        *wallet
	round    int
	topUp    *uint256.Int
	total    *uint256.Int
	children []*fundNode
}

// planFunding arranges the wallets that hold less than need in a tree
// rooted at the funder: in each round every account funded so far funds
// up to fanout more, so R rounds reach (fanout+1)^R − 1 wallets while no
// sender ever has more than fanout txs waiting. Each node's total is its
// top-up plus what its subtree needs, fees (at maxFee) included. It
// returns the root and the number of rounds.
func planFunding(funder *wallet, ws []*wallet, need, maxFee *uint256.Int, fanout int) (*fundNode, int) {
	root := &fundNode{w: funder, topUp: new(uint256.Int)}
	var rest []*wallet
	for _, w := range ws {
		if w.bal == nil || w.bal.Lt(need) {
			rest = append(rest, w)
		}
	}
	funded := []*fundNode{root}
	rounds := 0
	for len(rest) > 0 {
		rounds++
		var added []*fundNode
		for _, p := range funded {
			for k := 0; k < fanout && len(rest) > 0; k++ {
				w := rest[0]
				rest = rest[1:]
				top := new(uint256.Int).Set(need)
				if w.bal != nil {
					top.Sub(top, w.bal)
				}
				c := &fundNode{w: w, round: rounds, topUp: top}
				p.children = append(p.children, c)
				added = append(added, c)
			}
		}
		funded = append(funded, added...)
	}
	var sum func(n *fundNode) *uint256.Int
	sum = func(n *fundNode) *uint256.Int {
		t := new(uint256.Int).Set(n.topUp)
		for _, c := range n.children {
			t.Add(t, sum(c))
			t.Add(t, maxFee)
		}
		n.total = t
		return t
	}
	sum(root)
	return root, rounds
}

// fund tops every wallet up to need through the funding tree, round by
// round, each round's Transfers included before the next is sent. It
// returns how many wallets it funded.
func fund(ctx context.Context, cli *client.Client, dom *state.Domain, f fees, funder *wallet, ws []*wallet, need *uint256.Int, fanout, batch int, log *slog.Logger) (int, error) {
	maxFee := f.maxFee(transferSize)
	root, rounds := planFunding(funder, ws, need, maxFee, fanout)
	if rounds == 0 {
		log.Info("loadgen: every wallet is funded already")
		return 0, nil
	}
	if funder.bal.Lt(root.total) {
		return 0, fmt.Errorf("loadgen: the funder %s holds %s on L2, the wallets need %s (deposit more, or fewer wallets or txs)",
			funder.addr, funder.bal.Dec(), root.total.Dec())
	}
	byRound := make([][]*fundNode, rounds+1) // parents in tree order
	// Breadth-first: the parents of round r's transfers, each once.
	queue := []*fundNode{root}
	for i := 0; i < len(queue); i++ {
		n := queue[i]
		seen := map[int]bool{}
		for _, c := range n.children {
			if !seen[c.round] {
				byRound[c.round] = append(byRound[c.round], n)
				seen[c.round] = true
			}
			queue = append(queue, c)
		}
	}
	count := len(queue) - 1
	for r := 1; r <= rounds; r++ {
		t := time.Now()
		var txs []signed
		for _, p := range byRound[r] {
			for _, c := range p.children {
				if c.round != r {
					continue
				}
				s, err := signTransfer(dom, p.w.key, p.w.nonce, maxFee, c.w.addr, c.total)
				if err != nil {
					return 0, err
				}
				p.w.nonce++
				txs = append(txs, s)
			}
		}
		if err := sendAll(ctx, cli, txs, batch); err != nil {
			return 0, fmt.Errorf("loadgen: funding round %d: %w", r, err)
		}
		if err := waitIncluded(ctx, cli, txs, 2*time.Minute); err != nil {
			return 0, fmt.Errorf("loadgen: funding round %d: %w", r, err)
		}
		log.Info("loadgen: funding round included", "round", r, "of", rounds, "transfers", len(txs), "took", time.Since(t).Round(time.Millisecond))
	}
	return count, nil
}

// sendAll sends txs in batches and fails on any refusal.
func sendAll(ctx context.Context, cli *client.Client, txs []signed, batch int) error {
	for lo := 0; lo < len(txs); lo += batch {
		hi := min(lo+batch, len(txs))
		raws := make([][]byte, hi-lo)
		for i := range raws {
			raws[i] = txs[lo+i].raw
		}
		res, err := cli.SendRawTransactions(ctx, raws)
		if err != nil {
			return err
		}
		for i, r := range res {
			if r.Code != 0 {
				return fmt.Errorf("tx %s refused: %s (code %d)", txs[lo+i].hash, r.Message, r.Code)
			}
		}
	}
	return nil
}

// included reports whether a status means the tx is in a block.
func included(s string) bool {
	switch s {
	case client.StatusIncluded, client.StatusBatched, client.StatusPosted, client.StatusFinal:
		return true
	}
	return false
}

// waitIncluded polls the txs' statuses until all are in blocks; a
// dropped tx or the timeout fails it.
func waitIncluded(ctx context.Context, cli *client.Client, txs []signed, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	left := make([]common.Hash, len(txs))
	for i := range txs {
		left[i] = txs[i].hash
	}
	for len(left) > 0 {
		var still []common.Hash
		for lo := 0; lo < len(left); lo += rpcChunk {
			hi := min(lo+rpcChunk, len(left))
			sts := make([]client.TxStatus, hi-lo)
			elems := make([]rpc.BatchElem, hi-lo)
			for i := range elems {
				elems[i] = rpc.BatchElem{Method: client.Namespace + "_getTransactionStatus", Args: []any{left[lo+i]}, Result: &sts[i]}
			}
			if err := cli.RPC().BatchCallContext(ctx, elems); err != nil {
				return err
			}
			for i, e := range elems {
				switch {
				case e.Error != nil:
					return e.Error
				case sts[i].Status == client.StatusDropped:
					return fmt.Errorf("tx %s dropped: %s (code %d)", left[lo+i], sts[i].Message, sts[i].Code)
				case !included(sts[i].Status):
					still = append(still, left[lo+i])
				}
			}
		}
		left = still
		if len(left) == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%d of %d txs not included after %v", len(left), len(txs), timeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return nil
}
