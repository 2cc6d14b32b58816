package state

import (
	"context"
	"log/slog"
	"testing"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// TestCommitAsync applies the same blocks to two states, one committing
// with Commit, one with CommitAsync: every root must match, the values of
// a block whose write is still in flight must read back at once, and
// after Sync a reopened database resumes at the same head and root.
// Run it with -race: each block is applied while the previous block's
// write lands in the background.
func TestCommitAsync(t *testing.T) {
	ctx := context.Background()
	txs := txMix(t, "transfer", 600, 9)
	g := &Genesis{Params: DefaultParams(common.Address{9}, common.Address{9}), Time: 1000,
		Accounts: map[common.Address]*uint256.Int{}}
	for i := 0; i < 50; i++ {
		g.Accounts[crypto.PubkeyToAddress(testKey(1000+i).PublicKey)] = eth(1000)
	}
	open := func() (*pebble.DB, *State) {
		db, err := OpenDB("", slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		s, err := Open(ctx, db, testDomain(), g, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		return db, s
	}
	dbS, sS := open()
	defer dbS.Close()
	dbA, sA := open()
	defer dbA.Close()
	d := testDomain()
	for n, i := uint64(1), 0; i < len(txs); n, i = n+1, i+60 {
		verified, err := d.VerifyAll(txs[i : i+60])
		if err != nil {
			t.Fatal(err)
		}
		var roots [2]common.Hash
		for j, s := range []*State{sS, sA} {
			if err := s.BeginBlock(n, 1000+2*n); err != nil {
				t.Fatal(err)
			}
			for _, v := range verified {
				if _, err := s.Apply(v); err != nil {
					t.Fatal(err)
				}
			}
			if n%3 == 0 {
				if _, err := s.Seal(); err != nil {
					t.Fatal(err)
				}
			}
			commit := s.Commit
			if s == sA {
				commit = s.CommitAsync
			}
			if roots[j], err = commit(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if roots[0] != roots[1] {
			t.Fatalf("block %d: root %x with Commit, %x with CommitAsync", n, roots[0][:4], roots[1][:4])
		}
		// Read back while the write may still be in flight.
		for _, v := range verified {
			for _, a := range []common.Address{v.Sender, v.Tx.Body.(*Transfer).To} {
				want, err := sS.Account(a)
				if err != nil {
					t.Fatal(err)
				}
				got, err := sA.Account(a)
				if err != nil {
					t.Fatal(err)
				}
				if string(got.encode()) != string(want.encode()) {
					t.Fatalf("block %d: account %s reads %x, want %x", n, a, got.encode(), want.encode())
				}
			}
		}
		if n%4 == 0 {
			// Syncing methods see the block in flight as written.
			if _, err := sA.Prove(accountKey(verified[0].Sender)); err != nil {
				t.Fatal(err)
			}
			if sb, err := sA.SealBlock(n / 3); err != nil || sb != 3*(n/3) {
				t.Fatalf("seal of batch %d: block %d, %v", n/3, sb, err)
			}
		}
	}
	head, root := sA.Head()
	if err := sA.Sync(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(ctx, dbA, testDomain(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if h2, r2 := s2.Head(); h2 != head || r2 != root {
		t.Fatalf("reopened at block %d root %x, want %d %x", h2, r2[:4], head, root[:4])
	}
	// A rollback right after an asynchronous commit waits for it.
	if err := sA.BeginBlock(head+1, 5000); err != nil {
		t.Fatal(err)
	}
	if _, err := sA.CommitAsync(ctx); err != nil {
		t.Fatal(err)
	}
	if err := sA.Rollback(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if h, r := sA.Head(); h != 3 || r != mustRootAt(t, sS, 3) {
		t.Fatalf("after rollback: block %d", h)
	}
}

func mustRootAt(t *testing.T, s *State, n uint64) common.Hash {
	r, err := s.RootAt(n)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
