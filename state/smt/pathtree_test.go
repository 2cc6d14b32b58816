package smt

import (
	"bytes"
	"context"
	"math/rand/v2"
	"testing"

	"github.com/cockroachdb/pebble/v2"
)

// storedNodes is every node record the path tree has on disk (not the
// meta record), key → value.
func storedNodes(t testing.TB, db *pebble.DB, prefix []byte) map[string]string {
	lo := append(append([]byte(nil), prefix...), 0)
	hi := append(append([]byte(nil), prefix...), MaxDepth+1)
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	out := map[string]string{}
	for ok := it.First(); ok; ok = it.Next() {
		out[string(it.Key())] = string(it.Value())
	}
	return out
}

func applyPath(t testing.TB, tr *PathTree, kvs []KV) *Diff {
	d, err := tr.Prepare(context.Background(), kvs)
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.Apply(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestPathTreeMatchesHashTree runs random updates (inserts, overwrites,
// deletes, hints right and wrong, keys sharing long prefixes) through the
// content-addressed Tree (the old layout) and the PathTree side by side:
// the roots are equal after every round, and so is every proof, of
// present and absent keys. Flushes happen at random points (also with a
// flush in flight while the next round reads), diffs are reverted at
// random, and a reopened tree reads the same. At the end the stored nodes
// are exactly those of the final key set built from scratch: nothing
// stale accumulates.
func TestPathTreeMatchesHashTree(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 11))
	db := memDB(t)
	ref := New(memDB(t), nil, Hash{})
	pt := NewPathTree(db, []byte{'p'})
	pt.capacity = 64 // exercise eviction of the deep cache
	model := map[Hash]Hash{}
	var keys []Hash
	tag := uint64(0)
	for round := 0; round < 80; round++ {
		var kvs []KV
		seen := map[Hash]bool{}
		n := 1 + r.IntN(40)
		if round%37 == 0 {
			n = 300
		}
		for i := 0; i < n; i++ {
			var k Hash
			switch {
			case len(keys) > 0 && r.IntN(2) == 0:
				k = keys[r.IntN(len(keys))]
			case len(keys) > 0 && r.IntN(3) == 0:
				k = keys[r.IntN(len(keys))]
				k[31-r.IntN(3)] ^= byte(1 + r.IntN(255))
				keys = append(keys, k)
			default:
				k = rndKey(r)
				keys = append(keys, k)
			}
			if seen[k] {
				continue
			}
			seen[k] = true
			var hint Hash
			if old, ok := model[k]; ok {
				switch r.IntN(3) {
				case 0:
					hint = LeafHash(k, old)
				case 1:
					hint = rndKey(r)
				}
			}
			if r.IntN(3) == 0 {
				kvs = append(kvs, KV{Key: k, Delete: true, OldLeaf: hint})
			} else {
				kvs = append(kvs, KV{Key: k, Val: rndKey(r), OldLeaf: hint})
			}
		}
		// Sometimes prepare, apply and revert first: the tree must be as
		// before.
		if r.IntN(5) == 0 {
			before := pt.Root()
			d := applyPath(t, pt, kvs)
			if err := pt.Revert(d); err != nil {
				t.Fatal(err)
			}
			if pt.Root() != before {
				t.Fatal("revert did not restore the root")
			}
		}
		want := commit(t, ref.db, ref, kvs)
		d := applyPath(t, pt, kvs)
		if d.Root != want || pt.Root() != want {
			t.Fatalf("round %d: path root %x, hash root %x", round, d.Root[:6], want[:6])
		}
		for _, kv := range kvs {
			if kv.Delete {
				delete(model, kv.Key)
			} else {
				model[kv.Key] = kv.Val
			}
		}
		if round%10 == 0 && want != naiveRoot(model) {
			t.Fatal("reference tree disagrees with the definition")
		}
		if r.IntN(4) == 0 {
			tag++
			if err := pt.Flush(tag); err != nil {
				t.Fatal(err)
			}
			if r.IntN(2) == 0 {
				if err := pt.WaitFlush(); err != nil {
					t.Fatal(err)
				}
			}
		}
		probe := keys
		if len(probe) > 30 {
			probe = nil
			for i := 0; i < 30; i++ {
				probe = append(probe, keys[r.IntN(len(keys))])
			}
		}
		for _, k := range probe {
			a, err := ref.Prove(k)
			if err != nil {
				t.Fatal(err)
			}
			b, err := pt.Prove(k)
			if err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
			if a.Found != b.Found || a.LeafKey != b.LeafKey || a.LeafVal != b.LeafVal || len(a.Siblings) != len(b.Siblings) {
				t.Fatalf("round %d: proofs differ", round)
			}
			for i := range a.Siblings {
				if a.Siblings[i] != b.Siblings[i] {
					t.Fatalf("round %d: sibling %d differs", round, i)
				}
			}
			v, in := model[k]
			var vp *Hash
			if in {
				vp = &v
			}
			if !b.Verify(want, k, vp) {
				t.Fatalf("round %d: path proof does not verify", round)
			}
		}
	}
	tag++
	if err := pt.Flush(tag); err != nil {
		t.Fatal(err)
	}
	if err := pt.WaitFlush(); err != nil {
		t.Fatal(err)
	}
	// Reopened from disk: same root, tag and reads.
	re, gotTag, err := OpenPathTree(db, []byte{'p'})
	if err != nil || gotTag != tag || re.Root() != pt.Root() {
		t.Fatalf("reopen: tag %d root %x, %v", gotTag, re.Root(), err)
	}
	if err := re.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	for k, v := range model {
		if got, ok, err := re.Get(k); err != nil || !ok || got != v {
			t.Fatalf("reopened tree lost a key: %v", err)
		}
	}
	// No garbage: the same key set built at once stores the same records.
	fresh := memDB(t)
	ft := NewPathTree(fresh, []byte{'p'})
	var all []KV
	for k, v := range model {
		all = append(all, KV{Key: k, Val: v})
	}
	applyPath(t, ft, all)
	if err := ft.Flush(tag); err != nil {
		t.Fatal(err)
	}
	if err := ft.WaitFlush(); err != nil {
		t.Fatal(err)
	}
	got, wantNodes := storedNodes(t, db, []byte{'p'}), storedNodes(t, fresh, []byte{'p'})
	if len(got) != len(wantNodes) {
		t.Fatalf("%d node records stored, a fresh build of the same keys stores %d", len(got), len(wantNodes))
	}
	for k, v := range wantNodes {
		if got[k] != v {
			t.Fatalf("record %x differs from a fresh build", []byte(k))
		}
	}
	if len(model) == 0 || len(got) < len(model) {
		t.Fatalf("%d keys, %d records", len(model), len(got))
	}
}

// TestPathTreeRevertAfterFlushRefused: a diff already written by Flush
// cannot be reverted (the state syncs before it flushes, so it never
// asks); an unknown diff cannot be applied twice.
func TestPathTreeRevertAfterFlushRefused(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	pt := NewPathTree(memDB(t), []byte{'p'})
	d := applyPath(t, pt, []KV{{Key: rndKey(r), Val: rndKey(r)}, {Key: rndKey(r), Val: rndKey(r)}})
	if err := pt.Apply(d); err == nil {
		t.Fatal("a diff applied twice")
	}
	if err := pt.Flush(1); err != nil {
		t.Fatal(err)
	}
	if err := pt.WaitFlush(); err != nil {
		t.Fatal(err)
	}
	if err := pt.Revert(d); err == nil {
		t.Fatal("reverted a flushed diff")
	}
	if _, _, err := OpenPathTree(memDB(t), []byte{'p'}); err != ErrNoPathTree {
		t.Fatalf("empty database: %v", err)
	}
}

func TestPathKeys(t *testing.T) {
	var k Hash
	for i := range k {
		k[i] = 0xff
	}
	k[0] = 0x1f
	for d := 0; d <= MaxDepth; d++ {
		p := pathOf(k, d)
		if p.depth() != d {
			t.Fatal("depth")
		}
		if d < MaxDepth {
			if c := p.child(Bit(k, d)); c != pathOf(k, d+1) {
				t.Fatalf("child of depth %d is not the next position on the path", d)
			}
		}
	}
	pt := NewPathTree(nil, []byte{'p'})
	if a, b := pt.dbKey(pathOf(k, 4)), pt.dbKey(pathOf(k, 5)); bytes.Equal(a, b) || len(a) != 3 {
		t.Fatalf("db keys %x %x", a, b)
	}
}
