package smt

import (
	"context"
	"math/rand/v2"
	"sync/atomic"
	"testing"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
)

func memDB(t testing.TB) *pebble.DB {
	db, err := pebble.Open("", &pebble.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func rndKey(r *rand.Rand) Hash {
	var h Hash
	for i := range h {
		h[i] = byte(r.Uint32())
	}
	h[0] &= 0x1f
	return h
}

func commit(t testing.TB, db *pebble.DB, tr *Tree, kvs []KV) Hash {
	b := db.NewBatch()
	root, err := tr.Update(context.Background(), b, kvs)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		t.Fatal(err)
	}
	return root
}

// naiveRoot computes the root from the definition: recursive over the key
// set, no storage, no incremental updates.
func naiveRoot(m map[Hash]Hash) Hash {
	var keys []Hash
	for k := range m {
		keys = append(keys, k)
	}
	var rec func(d int, ks []Hash) (Hash, bool)
	rec = func(d int, ks []Hash) (Hash, bool) {
		switch len(ks) {
		case 0:
			return Hash{}, false
		case 1:
			return LeafHash(ks[0], m[ks[0]]), true
		}
		var l, r []Hash
		for _, k := range ks {
			if Bit(k, d) == 0 {
				l = append(l, k)
			} else {
				r = append(r, k)
			}
		}
		lh, ll := rec(d+1, l)
		rh, rl := rec(d+1, r)
		if len(r) == 0 && ll {
			return lh, true
		}
		if len(l) == 0 && rl {
			return rh, true
		}
		return InternalHash(lh, rh), false
	}
	h, _ := rec(0, keys)
	return h
}

func TestTreeAgainstModel(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	db := memDB(t)
	tr := New(db, []byte("t/"), Hash{})
	model := map[Hash]Hash{}
	var keys []Hash
	var roots []Hash
	var models []map[Hash]Hash
	for round := 0; round < 40; round++ {
		var kvs []KV
		seen := map[Hash]bool{}
		for i := 0; i < 1+r.IntN(30); i++ {
			var k Hash
			if len(keys) > 0 && r.IntN(2) == 0 {
				k = keys[r.IntN(len(keys))]
			} else {
				k = rndKey(r)
				// Keys sharing a long prefix exercise deep splits.
				if r.IntN(4) == 0 && len(keys) > 0 {
					k = keys[r.IntN(len(keys))]
					k[31] ^= byte(1 + r.IntN(255))
				}
				keys = append(keys, k)
			}
			if seen[k] {
				continue
			}
			seen[k] = true
			// The old-leaf hint: right, wrong or absent.
			var hint Hash
			if old, ok := model[k]; ok {
				switch r.IntN(3) {
				case 0:
					hint = LeafHash(k, old)
				case 1:
					hint = rndKey(r)
				}
			}
			if r.IntN(4) == 0 {
				kvs = append(kvs, KV{Key: k, Delete: true, OldLeaf: hint})
				delete(model, k)
			} else {
				v := rndKey(r)
				kvs = append(kvs, KV{Key: k, Val: v, OldLeaf: hint})
				model[k] = v
			}
		}
		root := commit(t, db, tr, kvs)
		if want := naiveRoot(model); root != want {
			t.Fatalf("round %d: root %x, definition %x", round, root[:6], want[:6])
		}
		snap := map[Hash]Hash{}
		for k, v := range model {
			snap[k] = v
		}
		roots, models = append(roots, root), append(models, snap)
		for _, k := range keys {
			p, err := tr.Prove(k)
			if err != nil {
				t.Fatal(err)
			}
			if v, ok := model[k]; ok {
				if !p.Verify(root, k, &v) {
					t.Fatalf("inclusion proof fails")
				}
				w := v
				w[31] ^= 1
				if p.Verify(root, k, &w) || p.Verify(root, k, nil) {
					t.Fatalf("proof verifies a wrong value or an exclusion")
				}
			} else {
				if !p.Verify(root, k, nil) {
					t.Fatalf("exclusion proof fails")
				}
				v := rndKey(r)
				if p.Verify(root, k, &v) {
					t.Fatalf("exclusion proof verifies an inclusion")
				}
			}
			if len(p.Siblings) > 0 {
				p.Siblings[0][31] ^= 1
				_, in := model[k]
				var vp *Hash
				if in {
					v := model[k]
					vp = &v
				}
				if p.Verify(root, k, vp) {
					t.Fatalf("tampered proof verifies")
				}
			}
		}
	}
	// Every committed root stays readable: roll back and read.
	for i := range roots {
		if err := tr.SetRoot(roots[i]); err != nil {
			t.Fatal(err)
		}
		for k, v := range models[i] {
			got, ok, err := tr.Get(k)
			if err != nil || !ok || got != v {
				t.Fatalf("root %d: key lost after rollback", i)
			}
		}
	}
	if err := tr.SetRoot(rndKey(r)); err == nil {
		t.Fatal("SetRoot accepted an unknown root")
	}
	// A fresh view warms its cache from storage and reads the same.
	fresh := New(db, []byte("t/"), roots[len(roots)-1])
	if err := fresh.Warm(context.Background(), 8); err != nil {
		t.Fatal(err)
	}
	for k, v := range models[len(models)-1] {
		if got, ok, err := fresh.Get(k); err != nil || !ok || got != v {
			t.Fatal("warmed tree reads differently")
		}
	}
}

func TestTreeErrors(t *testing.T) {
	db := memDB(t)
	tr := New(db, nil, Hash{})
	bad := Hash{0xff}
	if _, err := tr.Update(context.Background(), db.NewBatch(), []KV{{Key: bad}}); err != ErrKeyRange {
		t.Fatalf("key ≥ 2^253: %v", err)
	}
	k := Hash{1}
	if _, err := tr.Update(context.Background(), db.NewBatch(), []KV{{Key: k}, {Key: k}}); err == nil {
		t.Fatal("duplicate key accepted")
	}
	// Deleting everything leaves the empty root.
	commit(t, db, tr, []KV{{Key: k, Val: Hash{2}}, {Key: Hash{3}, Val: Hash{4}}})
	if root := commit(t, db, tr, []KV{{Key: k, Delete: true}, {Key: Hash{3}, Delete: true}}); root != (Hash{}) {
		t.Fatal("empty tree root is not 0")
	}
	p, err := tr.Prove(k)
	if err != nil || !p.Verify(Hash{}, k, nil) {
		t.Fatal("exclusion in the empty tree")
	}
}

func BenchmarkTreeUpdate(b *testing.B) {
	db := memDB(b)
	tr := New(db, nil, Hash{})
	r := rand.New(rand.NewPCG(9, 9))
	var keys []Hash
	const base = 100_000
	kvs := make([]KV, 0, base)
	for i := 0; i < base; i++ {
		k := rndKey(r)
		keys = append(keys, k)
		kvs = append(kvs, KV{Key: k, Val: rndKey(r)})
	}
	commit(b, db, tr, kvs)
	const perCommit = 2000
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		kvs = kvs[:0]
		seen := map[Hash]bool{}
		for len(kvs) < perCommit {
			k := keys[r.IntN(len(keys))]
			if !seen[k] {
				seen[k] = true
				kvs = append(kvs, KV{Key: k, Val: rndKey(r)})
			}
		}
		commit(b, db, tr, kvs)
	}
	b.ReportMetric(float64(b.N*perCommit)/b.Elapsed().Seconds(), "leaves/s")
}

func TestLeafHashes(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	var ks, vs []Hash
	for i := 0; i < 37; i++ {
		ks, vs = append(ks, rndKey(r)), append(vs, rndKey(r))
	}
	hs, err := LeafHashes(ks, vs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ks {
		if hs[i] != LeafHash(ks[i], vs[i]) {
			t.Fatalf("batched leaf hash %d differs", i)
		}
	}
	if _, err := LeafHashes(ks, vs[:1]); err == nil {
		t.Fatal("length mismatch accepted")
	}
}

// TestOnMissing: a node neither cached nor stored is read again after
// OnMissing, which here commits the batch that holds it (as a background
// write landing would); without OnMissing the read fails.
func TestOnMissing(t *testing.T) {
	db := memDB(t)
	r := rand.New(rand.NewPCG(3, 4))
	kvs := make([]KV, 50)
	for i := range kvs {
		kvs[i] = KV{Key: rndKey(r), Val: rndKey(r)}
	}
	b := db.NewBatch()
	root, err := New(db, []byte{'n'}, Hash{}).Update(context.Background(), b, kvs)
	if err != nil {
		t.Fatal(err)
	}
	// A fresh tree has an empty cache: its nodes are not stored yet.
	if _, err := New(db, []byte{'n'}, root).Prove(kvs[0].Key); err == nil {
		t.Fatal("read a node that is not stored")
	}
	tr := New(db, []byte{'n'}, root)
	var calls atomic.Int32
	tr.OnMissing = func() {
		if calls.Add(1) == 1 {
			if err := b.Commit(pebble.Sync); err != nil {
				t.Error(err)
			}
		}
	}
	p, err := tr.Prove(kvs[0].Key)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Verify(root, kvs[0].Key, &kvs[0].Val) || calls.Load() != 1 {
		t.Fatalf("proof after OnMissing: calls %d", calls.Load())
	}
}
