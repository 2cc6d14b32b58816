package sequencer

import (
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

// flakyL1 is an HTTP proxy in front of the L1 node that can go down (every
// request answered 502, as a load balancer with no healthy node does).
type flakyL1 struct {
	down  atomic.Bool
	proxy *httputil.ReverseProxy
}

func (f *flakyL1) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if f.down.Load() {
		http.Error(w, "L1 unavailable", http.StatusBadGateway)
		return
	}
	f.proxy.ServeHTTP(w, r)
}

// TestL1Outage: while L1 is unreachable the sequencer keeps accepting txs
// and building L2 blocks (and seals batches), backs off its L1 work, and
// when L1 returns it posts every sealed batch, in order, once.
func TestL1Outage(t *testing.T) {
	f := &flakyL1{}
	var proxyURL string
	n := newTestNet(t, withConfig(func(c *Config) {
		target, err := url.Parse(c.L1RPC)
		if err != nil {
			t.Fatal(err)
		}
		f.proxy = httputil.NewSingleHostReverseProxy(target)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		srv := &http.Server{Handler: f}
		go func() { _ = srv.Serve(ln) }()
		t.Cleanup(func() { _ = srv.Close() })
		proxyURL = "http://" + ln.Addr().String()
		c.L1RPC = proxyURL
		c.L1Timeout = 2 * time.Second
	}))
	n.deposit(kBuyer, ether(10))
	n.waitBalance(kBuyer, eth(10))
	first := n.send(kBuyer, &state.Transfer{To: n.addr(kOther), Amount: eth(1)})
	n.waitFor("the first transfer on L1", func() (bool, error) {
		st, err := n.cli.TxStatus(n.ctx, first.Hash)
		return err == nil && st.Status == client.StatusPosted, err
	})
	before, err := n.cli.SyncStatus(n.ctx)
	if err != nil {
		t.Fatal(err)
	}

	f.down.Store(true)
	var during []*client.TxStatus
	for i := 0; i < 5; i++ {
		during = append(during, n.send(kBuyer, &state.Transfer{To: n.addr(kOther), Amount: eth(1)}))
	}
	time.Sleep(2 * time.Second) // several poster rounds fail meanwhile
	mid, err := n.cli.SyncStatus(n.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if mid.L2Head <= before.L2Head {
		t.Fatalf("no L2 block during the outage: head %d, before %d", mid.L2Head, before.L2Head)
	}
	if mid.LastPostedBatch != before.LastPostedBatch {
		t.Fatalf("a batch was posted while L1 was down: %d, before %d", mid.LastPostedBatch, before.LastPostedBatch)
	}

	f.down.Store(false)
	for _, st := range during {
		n.waitFor("a transfer from the outage posted", func() (bool, error) {
			s, err := n.cli.TxStatus(n.ctx, st.Hash)
			return err == nil && (s.Status == client.StatusPosted || s.Status == client.StatusFinal), err
		})
	}
	after, err := n.cli.SyncStatus(n.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := uint64(1); i <= uint64(after.LastPostedBatch); i++ {
		b, err := n.cli.Batch(n.ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		if onL1 := n.l1Batch(i); b.HeaderHash == nil || *b.HeaderHash != onL1.HeaderHash {
			t.Fatalf("batch %d: API %v, L1 %x", i, b.HeaderHash, onL1.HeaderHash)
		}
	}
	_ = proxyURL
}
