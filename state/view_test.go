package state

import (
	"sync"
	"testing"

	"github.com/gpuroll/gpuroll/state/l1iface"
)

// TestViewIsACommittedSnapshot: a view shows the block it was taken at,
// not the open block nor later ones, can be read from many goroutines
// while the state applies blocks, and closes with its last reference.
func TestViewIsACommittedSnapshot(t *testing.T) {
	h := newHarness(t)
	h.mustMsg(&l1iface.Deposit{To: h.addrs[0], Amount: eth(5)})
	h.commit()
	v, err := h.s.View()
	if err != nil {
		t.Fatal(err)
	}
	n, root := v.Head()
	if hn, hr := h.s.Head(); n != hn || root != hr {
		t.Fatalf("view at %d %x, head %d %x", n, root, hn, hr)
	}
	// The open block and later blocks do not show through.
	h.mustMsg(&l1iface.Deposit{To: h.addrs[0], Amount: eth(7)})
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		if !v.Retain() {
			t.Fatal("retain of a live view failed")
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer v.Release()
			for j := 0; j < 200; j++ {
				acc, err := v.Account(h.addrs[0])
				if err != nil || !acc.Balance.Eq(eth(5)) {
					t.Errorf("view balance %v %v, want 5 ether", acc, err)
					return
				}
			}
		}()
	}
	h.commit()
	h.mustMsg(&l1iface.Deposit{To: h.addrs[0], Amount: eth(1)})
	h.commit()
	wg.Wait()
	if acc, _ := h.s.Account(h.addrs[0]); !acc.Balance.Eq(eth(13)) {
		t.Fatalf("state balance %v", acc.Balance)
	}
	v.Release()
	if v.Retain() {
		t.Fatal("a released view could be retained")
	}
}
