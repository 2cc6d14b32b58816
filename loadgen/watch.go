package loadgen

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/client"
)

// BlockSeen is one L2 block as the watcher saw it.
type BlockSeen struct {
	Number uint64
	At     time.Duration // when its notification arrived (since the recorder's base)
	Txs    int           // txs in the block
	Ours   int           // of which this run's
}

// watcher follows newBlocks over WebSocket and, for each block, reads its
// tx hashes (gpuroll_getBlockByNumber) and stamps this run's txs with the
// time the block's notification arrived. Notifications are timestamped by
// one goroutine and the blocks read by another, so a slow read does not
// delay the next timestamp.
type watcher struct {
	cli    *client.Client
	sub    ethereum.Subscription
	done   chan struct{}
	fail   atomic.Pointer[error]
	blocks []BlockSeen // written by the fetcher; read after wait
}

type notice struct {
	number   uint64
	at       int64
	rollback bool
}

func startWatcher(ctx context.Context, wsURL string, index map[common.Hash]int32, rec *recorder) (*watcher, error) {
	cli, err := client.Dial(ctx, wsURL)
	if err != nil {
		return nil, err
	}
	ch := make(chan *client.Block, 1024)
	sub, err := cli.SubscribeNewBlocks(ctx, ch)
	if err != nil {
		cli.Close()
		return nil, err
	}
	w := &watcher{cli: cli, sub: sub, done: make(chan struct{})}
	queue := make(chan notice, 1<<16)
	go func() {
		defer close(queue)
		for {
			select {
			case b := <-ch:
				n := notice{number: uint64(b.Number), at: rec.now(), rollback: b.Hash == (common.Hash{})}
				select {
				case queue <- n:
				default:
					w.setErr(errors.New("block queue full: the watcher cannot keep up"))
					return
				}
			case err := <-sub.Err():
				if err != nil {
					w.setErr(fmt.Errorf("newBlocks subscription: %w", err))
				}
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		defer close(w.done)
		var last uint64
		for n := range queue {
			if n.rollback {
				last = n.number
				continue
			}
			from := n.number
			if last != 0 && last < n.number {
				from = last + 1 // blocks whose notification was lost
			}
			for num := from; num <= n.number; num++ {
				if ctx.Err() != nil {
					return
				}
				if err := w.fetch(ctx, num, n.at, index, rec); err != nil {
					if ctx.Err() == nil {
						w.setErr(err)
					}
					return
				}
			}
			last = n.number
		}
	}()
	return w, nil
}

func (w *watcher) fetch(ctx context.Context, num uint64, at int64, index map[common.Hash]int32, rec *recorder) error {
	var b *client.Block
	var err error
	for try := 0; try < 3; try++ {
		if b, err = w.cli.BlockByNumber(ctx, &num, false); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		return fmt.Errorf("read block %d: %w", num, err)
	}
	ours := 0
	for _, h := range b.Txs {
		j, ok := index[h]
		if !ok {
			continue
		}
		ours++
		if rec.incl[j] == 0 {
			rec.incl[j] = at
			rec.included.Add(1)
		}
	}
	w.blocks = append(w.blocks, BlockSeen{Number: num, At: time.Duration(at), Txs: len(b.Txs), Ours: ours})
	return nil
}

func (w *watcher) setErr(err error) { w.fail.CompareAndSwap(nil, &err) }

func (w *watcher) err() error {
	if e := w.fail.Load(); e != nil {
		return *e
	}
	return nil
}

// wait stops the subscription and waits for the fetcher.
func (w *watcher) wait() {
	w.sub.Unsubscribe()
	<-w.done
	w.cli.Close()
}
