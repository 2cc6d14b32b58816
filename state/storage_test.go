package state

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/state/smt"
	"github.com/holiman/uint256"
)

// fillerAddr is the i-th filler account of the storage tests.
func fillerAddr(i int) common.Address {
	var a common.Address
	binary.BigEndian.PutUint64(a[:], uint64(i))
	a[19] = 0xf2
	return a
}

func openTestState(t testing.TB, db *pebble.DB, accounts int) *State {
	t.Helper()
	seq := common.Address{0x5e}
	g := &Genesis{Params: DefaultParams(seq, seq), Time: 1000, Accounts: map[common.Address]*uint256.Int{}}
	for i := 0; i < accounts; i++ {
		g.Accounts[fillerAddr(i)] = eth(1)
	}
	s, err := Open(context.Background(), db, testDomain(), g, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// randomBlock commits one block that rewrites n random accounts among
// accounts (and, every fifth block, creates one), sealing a batch when
// seal is set.
func randomBlock(t testing.TB, s *State, r *rand.Rand, accounts, n int, seal, async bool) common.Hash {
	t.Helper()
	return randomBlockOf(t, s, r, fillerAddr, accounts, n, seal, async)
}

// randomBlockOf is randomBlock over the accounts addr(0 … accounts−1).
func randomBlockOf(t testing.TB, s *State, r *rand.Rand, addr func(int) common.Address, accounts, n int, seal, async bool) common.Hash {
	t.Helper()
	head, _ := s.Head()
	g, err := s.Globals()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.BeginBlock(head+1, g.BlockTime+1); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		s.setAccount(addr(r.IntN(accounts)), &Account{Balance: uint256.NewInt(r.Uint64()), Nonce: r.Uint64N(9)})
	}
	if head%5 == 0 {
		s.setAccount(fillerAddr(1_000_000+int(head)), &Account{Balance: uint256.NewInt(1)})
	}
	if seal {
		if _, err := s.Seal(); err != nil {
			t.Fatal(err)
		}
	}
	commit := s.Commit
	if async {
		commit = s.CommitAsync
	}
	root, err := commit(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// countPrefix counts the records under a one-byte prefix and their bytes.
func countPrefix(t testing.TB, db *pebble.DB, pfx byte) (n, bytes int) {
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte{pfx}, UpperBound: []byte{pfx + 1}})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for ok := it.First(); ok; ok = it.Next() {
		n++
		bytes += len(it.Key()) + len(it.Value())
	}
	return n, bytes
}

// verifyFromScratch rebuilds the tree from every committed value and
// checks its root is the head's, and that proofs of a few keys verify.
func verifyFromScratch(t testing.TB, s *State) {
	t.Helper()
	head, root := s.Head()
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{pfxValue}, UpperBound: []byte{pfxValue + 1}})
	if err != nil {
		t.Fatal(err)
	}
	vals := map[Key][]byte{}
	for ok := it.First(); ok; ok = it.Next() {
		vals[Key(it.Key()[1:])] = append([]byte(nil), it.Value()...)
	}
	it.Close()
	keys := keysOf(vals)
	lv, err := leafValues(keys, vals)
	if err != nil {
		t.Fatal(err)
	}
	kvs := make([]smt.KV, len(keys))
	for i, k := range keys {
		kvs[i] = smt.KV{Key: k, Val: lv[i]}
	}
	d, err := smt.NewPathTree(s.db, []byte{'z'}).Prepare(context.Background(), kvs)
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(d.Root) != root {
		t.Fatalf("block %d: the committed values give root %x, the head's is %x", head, d.Root[:4], root[:4])
	}
	for i := 0; i < 5 && i < len(keys); i++ {
		p, err := s.Prove(keys[i])
		if err != nil {
			t.Fatal(err)
		}
		if !p.Verify(smt.Hash(root), keys[i], &lv[i]) {
			t.Fatalf("block %d: proof of a key does not verify", head)
		}
	}
}

// TestPruneFlatAndRollback: blocks seal a batch every 5 blocks, a batch
// becomes final every 20 blocks and the tree flushes every 4. Undo logs
// and roots are kept exactly for the blocks above the pruned point
// (min of the last final seal block and the tree's tag on disk); the
// records of the state grow only with the state (new accounts), not per
// block; a rollback to a non-final batch works, to a final one is refused
// with a clear error; and the stored tree has no stale node.
func TestPruneFlatAndRollback(t *testing.T) {
	ctx := context.Background()
	db, err := OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const accounts = 3000
	s := openTestState(t, db, accounts)
	s.store.flushBlocks = 4
	r := rand.New(rand.NewPCG(14, 1))
	roots := map[uint64]common.Hash{}
	var sizes []int
	for b := 1; b <= 240; b++ {
		roots[uint64(b)] = randomBlock(t, s, r, accounts, 40, b%5 == 0, b%3 == 0)
		if b%20 == 0 {
			g, err := s.Globals()
			if err != nil {
				t.Fatal(err)
			}
			// The last sealed batch but two is final.
			if err := s.Prune(g.BatchIndex - 3); err != nil {
				t.Fatal(err)
			}
		}
		if b%60 == 0 {
			if err := s.Sync(); err != nil {
				t.Fatal(err)
			}
			nu, _ := countPrefix(t, db, pfxUndo)
			head, _ := s.Head()
			if want := int(head - s.PrunedTo()); nu != want {
				t.Fatalf("block %d: %d undo logs, want %d (pruned to %d)", b, nu, want, s.PrunedTo())
			}
			if s.PrunedTo() == 0 || head-s.PrunedTo() > 20+2*4+5 {
				t.Fatalf("block %d: pruned only to %d", b, s.PrunedTo())
			}
			// Everything but values of new accounts: flat.
			total := 0
			for _, pfx := range []byte{pfxUndo, pfxRoot, pfxSeal, pfxPath} {
				_, n := countPrefix(t, db, pfx)
				total += n
			}
			sizes = append(sizes, total)
		}
	}
	// 12 new accounts per 60 blocks add ~12 leaves and ~12 internal
	// nodes (< 3 kB); 60 blocks of unpruned undo logs alone would add
	// 60 × 40 × 80 bytes = 192 kB.
	for i := 1; i < len(sizes); i++ {
		if d := sizes[i] - sizes[i-1]; d > 8000 || d < -60000 {
			t.Fatalf("stored history and tree changed by %d bytes in 60 blocks (%v)", d, sizes)
		}
	}
	// Rollback to the last sealed batch but one (not final): values, root
	// and tree as they were.
	g, err := s.Globals()
	if err != nil {
		t.Fatal(err)
	}
	target := g.BatchIndex - 2
	seal, err := s.SealBlock(target)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Rollback(ctx, target); err != nil {
		t.Fatal(err)
	}
	if h, root := s.Head(); h != seal || root != roots[seal] {
		t.Fatalf("after rollback: block %d root %x, want %d %x", h, root, seal, roots[seal])
	}
	verifyFromScratch(t, s)
	// A final batch: refused, with the reason.
	err = s.Rollback(ctx, 1)
	if err == nil || !strings.Contains(err.Error(), "is final") {
		t.Fatalf("rollback below the final batch: %v", err)
	}
	// It goes on from there, and reopens at the same head.
	for b := 0; b < 7; b++ {
		randomBlock(t, s, r, accounts, 40, b%5 == 4, false)
	}
	head, root := s.Head()
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(ctx, db, testDomain(), nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if h, r := s2.Head(); h != head || r != root {
		t.Fatal("reopened at another head")
	}
	// No stale tree node: a fresh state of the same values stores the
	// same number of tree records.
	if err := s2.tree.Flush(head); err != nil {
		t.Fatal(err)
	}
	if err := s2.Sync(); err != nil {
		t.Fatal(err)
	}
	verifyFromScratch(t, s2)
	if got, want := treeRecords(t, db), freshTreeRecords(t, s2); got != want {
		t.Fatalf("%d tree records stored, a fresh build of the same values stores %d", got, want)
	}
}

// treeRecords counts the stored tree nodes (not the meta record).
func treeRecords(t testing.TB, db *pebble.DB) int {
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte{pfxPath, 0}, UpperBound: []byte{pfxPath, smt.MaxDepth + 1}})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		n++
	}
	return n
}

// freshTreeRecords builds the tree of s's committed values in a new
// database and counts its records.
func freshTreeRecords(t testing.TB, s *State) int {
	db, err := OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{pfxValue}, UpperBound: []byte{pfxValue + 1}})
	if err != nil {
		t.Fatal(err)
	}
	vals := map[Key][]byte{}
	for ok := it.First(); ok; ok = it.Next() {
		vals[Key(it.Key()[1:])] = append([]byte(nil), it.Value()...)
	}
	it.Close()
	f := &State{db: db, tree: smt.NewPathTree(db, []byte{pfxPath})}
	d, err := f.treeUpdate(context.Background(), vals)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.tree.Apply(d); err != nil {
		t.Fatal(err)
	}
	if err := f.tree.Flush(1); err != nil {
		t.Fatal(err)
	}
	if err := f.tree.WaitFlush(); err != nil {
		t.Fatal(err)
	}
	return treeRecords(t, db)
}

// TestTreeCatchUpAfterUnflushedClose: blocks whose tree layer never
// reached disk (the database closed without the flush, as a crash would
// leave it) are caught up at Open from their undo logs, and a rollback
// whose values batch did not land (the tree flushed before it) too.
func TestTreeCatchUpAfterUnflushedClose(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := OpenDB(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	s := openTestState(t, db, 500)
	s.store.flushBlocks = 1000
	r := rand.New(rand.NewPCG(2, 3))
	for b := 1; b <= 12; b++ {
		randomBlock(t, s, r, 500, 30, b%4 == 0, b%2 == 0)
	}
	head, root := s.Head()
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	if tag := s.tree.DiskTag(); tag != 0 {
		t.Fatalf("tree flushed at block %d", tag)
	}
	db.Close()
	db, err = OpenDB(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err = Open(ctx, db, testDomain(), nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if h, rt := s.Head(); h != head || rt != root {
		t.Fatalf("reopened at block %d, want %d", h, head)
	}
	verifyFromScratch(t, s)
	// The tree of a rollback lands, its values do not: Open catches the
	// tree up to the head again.
	target, err := s.SealBlock(1)
	if err != nil {
		t.Fatal(err)
	}
	restored := map[Key][]byte{}
	for n := head; n > target; n-- {
		if err := s.undoLog(n, func(k Key, had bool, old []byte) {
			if had {
				restored[k] = append([]byte(nil), old...)
			} else {
				restored[k] = nil
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.rollbackTree(ctx, target, mustRootAt(t, s, target), restored); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(ctx, db, testDomain(), nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if h, rt := s2.Head(); h != head || rt != root {
		t.Fatalf("reopened at block %d, want %d", h, head)
	}
	verifyFromScratch(t, s2)
	// After Flush (a clean stop) the tree on disk is at the head.
	randomBlock(t, s2, r, 500, 30, false, true)
	if err := s2.Flush(); err != nil {
		t.Fatal(err)
	}
	head, root = s2.Head()
	s3, err := Open(ctx, db, testDomain(), nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if h, rt := s3.Head(); h != head || rt != root || s3.tree.DiskTag() != head {
		t.Fatalf("after Flush: reopened at block %d with the tree at %d, want %d", h, s3.tree.DiskTag(), head)
	}
}

// oldLayoutCopy copies a state database into a new one in the layout of
// before the path-keyed tree: the same records, but the tree's nodes by
// hash under 'n' (smt.Tree, the old code) and no layout record.
func oldLayoutCopy(t testing.TB, src *pebble.DB, corrupt bool) *pebble.DB {
	dst, err := OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dst.Close() })
	it, err := src.NewIter(nil)
	if err != nil {
		t.Fatal(err)
	}
	b := dst.NewBatch()
	vals := map[Key][]byte{}
	for ok := it.First(); ok; ok = it.Next() {
		k := it.Key()
		if k[0] == pfxPath || string(k) == keyLayout || string(k) == keyPruned || string(k) == keyFinalSeal {
			continue
		}
		if k[0] == pfxValue && len(k) == 33 {
			vals[Key(k[1:])] = append([]byte(nil), it.Value()...)
		}
		if err := b.Set(k, it.Value(), nil); err != nil {
			t.Fatal(err)
		}
	}
	it.Close()
	keys := keysOf(vals)
	lv, err := leafValues(keys, vals)
	if err != nil {
		t.Fatal(err)
	}
	kvs := make([]smt.KV, len(keys))
	for i, k := range keys {
		kvs[i] = smt.KV{Key: k, Val: lv[i]}
	}
	if corrupt {
		// A value that its tree and root do not commit to.
		k := accountKey(fillerAddr(0))
		if err := b.Set(dbKey(pfxValue, k[:]), (&Account{Balance: uint256.NewInt(7)}).encode(), nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := smt.New(dst, []byte{pfxNode}, smt.Hash{}).Update(context.Background(), b, kvs); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestOldLayoutMigratedOrRefused: a database of the content-addressed
// layout is migrated at Open (same head and root, the old nodes gone,
// rollback and new blocks work); one whose values do not give its head's
// root is refused with ErrOldLayout; an unknown layout is refused.
func TestOldLayoutMigratedOrRefused(t *testing.T) {
	ctx := context.Background()
	db, err := OpenDB("", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := openTestState(t, db, 400)
	r := rand.New(rand.NewPCG(8, 8))
	for b := 1; b <= 15; b++ {
		randomBlock(t, s, r, 400, 20, b%5 == 0, false)
	}
	head, root := s.Head()
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	old := oldLayoutCopy(t, db, false)
	if n, _ := countPrefix(t, old, pfxNode); n == 0 {
		t.Fatal("no old nodes")
	}
	m, err := Open(ctx, old, testDomain(), nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if h, rt := m.Head(); h != head || rt != root {
		t.Fatal("migrated state at another head")
	}
	if n, _ := countPrefix(t, old, pfxNode); n != 0 {
		t.Fatalf("%d old nodes left after migration", n)
	}
	verifyFromScratch(t, m)
	if err := m.Rollback(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if h, rt := m.Head(); h != 5 || rt != mustRootAt(t, s, 5) {
		t.Fatal("rollback after migration")
	}
	randomBlock(t, m, r, 400, 20, false, false)
	if err := m.Sync(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, old, testDomain(), nil, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatalf("reopen after migration: %v", err)
	}

	bad := oldLayoutCopy(t, db, true)
	if _, err := Open(ctx, bad, testDomain(), nil, slog.New(slog.DiscardHandler)); !errors.Is(err, ErrOldLayout) {
		t.Fatalf("old layout whose tree does not match: %v", err)
	}
	if err := bad.Set([]byte(keyLayout), []byte("hash-v9"), pebble.Sync); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, bad, testDomain(), nil, slog.New(slog.DiscardHandler)); err == nil || !strings.Contains(err.Error(), "hash-v9") {
		t.Fatalf("unknown layout: %v", err)
	}
}

// crashChildEnv names the state directory a re-executed test binary
// commits blocks to (TestStateCrashChild).
const crashChildEnv = "GPUROLL_STATE_CRASH_CHILD"

// crashAccounts is the state size of TestStateSIGKILL: 100k accounts, or
// GPUROLL_STATE_CRASH_ACCOUNTS.
func crashAccounts() int {
	if v, err := strconv.Atoi(os.Getenv("GPUROLL_STATE_CRASH_ACCOUNTS")); err == nil && v > 0 {
		return v
	}
	return 100_000
}

// TestStateCrashChild is the child process of TestStateSIGKILL: it opens
// the state in the directory it is given and commits blocks until killed,
// printing "committed <block> <root>" after each block is durable. The
// tree flushes every 3 blocks, so kills land during flushes too.
func TestStateCrashChild(t *testing.T) {
	dir := os.Getenv(crashChildEnv)
	if dir == "" {
		t.Skip("child process of TestStateSIGKILL")
	}
	db, err := OpenDB(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), db, testDomain(), nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	s.store.flushBlocks = 3
	if v, err := strconv.Atoi(os.Getenv("GPUROLL_STATE_CRASH_FLUSH")); err == nil && v > 0 {
		s.store.flushBlocks = uint64(v)
	}
	addr := fillerAddr
	if os.Getenv("GPUROLL_STATE_CRASH_BENCHWORLD") == "1" {
		addr = func(i int) common.Address { // the benchmark world's fillers
			var a common.Address
			binary.BigEndian.PutUint64(a[:], uint64(i))
			a[19] = 0xf1
			return a
		}
	}
	head, _ := s.Head()
	r := rand.New(rand.NewPCG(head, 99))
	n := crashAccounts()
	for i := 0; i < 100_000; i++ {
		async := i%2 == 0
		randomBlockOf(t, s, r, addr, n, 2000, i%7 == 6, async)
		if async {
			continue // durable at the next block's commit
		}
		h, root := s.Head()
		fmt.Printf("committed %d %x\n", h, root)
	}
}

// TestStateSIGKILL builds a state of 100k accounts, then runs a child
// process (this test binary, TestStateCrashChild) that commits 2,000-key
// blocks to it, and kills it with SIGKILL at random moments, three times.
// After each kill the state opens at a block no older than the last one
// the child reported durable, with that block's root when it is the head,
// and the tree rebuilt from scratch from the committed values has the
// head's root.
func TestStateSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("process-level crash test")
	}
	ctx := context.Background()
	dir := t.TempDir()
	db, err := OpenDB(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	openTestState(t, db, crashAccounts())
	db.Close()
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	for cycle := 0; cycle < 3; cycle++ {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestStateCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		var last uint64
		var lastRoot string
		// Kill after 2–9 durable blocks, at a random moment after the last.
		want := 2 + r.IntN(8)
		deadline := time.After(3 * time.Minute)
	read:
		for got := 0; got < want; {
			select {
			case l, ok := <-lines:
				if !ok {
					t.Fatal("child exited")
				}
				var n uint64
				var root string
				if _, err := fmt.Sscanf(l, "committed %d %s", &n, &root); err == nil {
					last, lastRoot = n, root
					got++
				}
			case <-deadline:
				break read
			}
		}
		time.Sleep(time.Duration(r.IntN(400)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()
		for range lines {
		}
		if last == 0 {
			t.Fatal("the child committed no block")
		}
		db, err := OpenDB(dir, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		s, err := Open(ctx, db, testDomain(), nil, slog.New(slog.DiscardHandler))
		if err != nil {
			db.Close()
			t.Fatalf("cycle %d: open after SIGKILL: %v", cycle, err)
		}
		head, root := s.Head()
		if head < last {
			t.Fatalf("cycle %d: head %d after SIGKILL, block %d was committed", cycle, head, last)
		}
		if head == last && fmt.Sprintf("%x", root) != lastRoot {
			t.Fatalf("cycle %d: block %d's root changed", cycle, head)
		}
		if got := mustRootAt(t, s, last); fmt.Sprintf("%x", got) != lastRoot {
			t.Fatalf("cycle %d: block %d's recorded root changed", cycle, last)
		}
		verifyFromScratch(t, s)
		t.Logf("cycle %d: killed after block %d, reopened at %d (tree on disk at %d)", cycle, last, head, s.tree.DiskTag())
		if err := s.Sync(); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
}

// TestStateStartupFigure measures start-up after a SIGKILL on a built
// benchmark world (GPUROLL_BENCH_STARTUP_DIR, e.g. the GPUROLL_BENCH_DIR of
// BenchmarkSTFTransfers; GPUROLL_STATE_CRASH_ACCOUNTS its size): a child
// process commits 2,000-key blocks to it with the default flush policy,
// is killed after 40 durable blocks, and OpenDB + Open (which catches the
// tree up from the undo logs) and Warm are timed. docs/benchmarks.md.
func TestStateStartupFigure(t *testing.T) {
	dir := os.Getenv("GPUROLL_BENCH_STARTUP_DIR")
	if dir == "" {
		t.Skip("GPUROLL_BENCH_STARTUP_DIR names a benchmark world")
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestStateCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+dir, "GPUROLL_STATE_CRASH_FLUSH=64", "GPUROLL_STATE_CRASH_BENCHWORLD=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	got := 0
	for got < 40 && sc.Scan() {
		if strings.HasPrefix(sc.Text(), "committed ") {
			got++
		}
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	t0 := time.Now()
	db, err := OpenDB(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := Open(context.Background(), db, testDomain(), nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t1 := time.Now()
	if err := s.Warm(context.Background()); err != nil {
		t.Fatal(err)
	}
	t2 := time.Now()
	head, _ := s.Head()
	t.Logf("after SIGKILL at block %d (tree on disk at %d): open %s (with catch-up), warm %s, rss %d MB",
		head, s.tree.DiskTag(), t1.Sub(t0).Round(time.Millisecond), t2.Sub(t1).Round(time.Millisecond), rssBytes()>>20)
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
}
