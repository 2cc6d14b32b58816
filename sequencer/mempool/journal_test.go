package mempool

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gpuroll/gpuroll/state"
	"github.com/holiman/uint256"
)

// copyFile copies a live journal (what a crash leaves on disk: the pool
// is neither closed nor flushed beyond what Add waited for).
func copyFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "crashed.journal")
	if err := os.WriteFile(out, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return out
}

// journalPayloads reads a journal file's records.
func journalPayloads(t testing.TB, path string) [][]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte(journalMagic)) {
		t.Fatalf("journal header %x", b[:min(len(b), 8)])
	}
	var out [][]byte
	for rest := b[headerLen:]; len(rest) > 0; {
		payload, n, err := decodeRecord(rest)
		if err != nil {
			t.Fatalf("record %d: %v", len(out), err)
		}
		out = append(out, payload)
		rest = rest[n:]
	}
	return out
}

func poolHashes(p *Pool) []common.Hash {
	p.mu.RLock()
	defer p.mu.RUnlock()
	var out []common.Hash
	for h := range p.all {
		out = append(out, h)
	}
	slices.SortFunc(out, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	return out
}

func sortedHashes(hs []common.Hash) []common.Hash {
	out := slices.Clone(hs)
	slices.SortFunc(out, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	return out
}

// TestJournalCrash accepts txs (with a replacement and refusals), copies
// the journal without closing the pool and reopens the copy: exactly the
// accepted txs come back, in the same Pending order.
func TestJournalCrash(t *testing.T) {
	e := newEnv(t, 5)
	p := e.open(Config{JournalPath: journalIn(t)})
	var batch [][]byte
	for i := range 5 {
		for n := range uint64(4) {
			batch = append(batch, e.transfer(i, n, defaultMaxFee))
		}
	}
	mustAdd(t, p, batch[:7]...)
	mustAdd(t, p, batch[7:]...)
	mustAdd(t, p, e.transfer(2, 1, 2*defaultMaxFee))            // replaces one
	p.Add([][]byte{e.transfer(3, 1, defaultMaxFee), {0x01, 2}}) // refused: underpriced, malformed
	want := p.Pending(0, 0)
	if len(want) != 20 || p.Len() != 20 {
		t.Fatalf("%d pending of %d", len(want), p.Len())
	}
	q := e.open(Config{JournalPath: copyFile(t, p.cfg.JournalPath)})
	if !slices.Equal(poolHashes(q), poolHashes(p)) {
		t.Fatal("reopened pool differs")
	}
	checkInvariants(t, q)
	if got := hashesOf(q.Pending(0, 0)); !slices.Equal(got, hashesOf(want)) {
		t.Fatalf("Pending order after the crash differs:\n%v\n%v", got, hashesOf(want))
	}
	// The replay did not journal the txs again.
	if got := len(journalPayloads(t, q.cfg.JournalPath)); got != 21 {
		t.Fatalf("journal holds %d records, want 21 (20 + the replaced tx)", got)
	}
}

// TestJournalTornTail cuts the journal inside its last record, or
// corrupts the record: Open keeps the records before it and truncates the
// file there.
func TestJournalTornTail(t *testing.T) {
	e := newEnv(t, 1)
	p := e.open(Config{JournalPath: journalIn(t)})
	hs := mustAdd(t, p, e.transfer(0, 0, defaultMaxFee), e.transfer(0, 1, defaultMaxFee), e.transfer(0, 2, defaultMaxFee))
	full, err := os.ReadFile(p.cfg.JournalPath)
	if err != nil {
		t.Fatal(err)
	}
	last := recordSize(len(e.transfer(0, 0, 1)))
	good := int64(len(full)) - last // ends after the second record
	corrupt := slices.Clone(full)
	corrupt[len(corrupt)-1] ^= 0xff
	zeroed := append(slices.Clone(full[:good]), make([]byte, last)...)
	for _, c := range []struct {
		name string
		b    []byte
		keep int
		size int64
	}{
		{"cut in the header", full[:good+3], 2, good},
		{"cut in the payload", full[:len(full)-1], 2, good},
		{"checksum mismatch", corrupt, 2, good},
		{"zeroed tail", zeroed, 2, good},
		{"cut at a record boundary", full[:good], 2, good},
		{"torn file header", full[:5], 0, headerLen},
		{"intact", full, 3, int64(len(full))},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "j")
			if err := os.WriteFile(path, c.b, 0o600); err != nil {
				t.Fatal(err)
			}
			q := e.open(Config{JournalPath: path})
			if !slices.Equal(poolHashes(q), sortedHashes(hs[:c.keep])) {
				t.Fatalf("kept %d txs, want the first %d", q.Len(), c.keep)
			}
			if fi, err := os.Stat(path); err != nil || fi.Size() != c.size {
				t.Fatalf("file size %d, want %d (%v)", fi.Size(), c.size, err)
			}
			// It appends after the cut.
			mustAdd(t, q, e.transfer(0, uint64(c.keep), 3*defaultMaxFee))
			if got := len(journalPayloads(t, path)); got != c.keep+1 {
				t.Fatalf("%d records after an append, want %d", got, c.keep+1)
			}
		})
	}
}

func TestJournalNotOurs(t *testing.T) {
	e := newEnv(t, 0)
	path := filepath.Join(t.TempDir(), "j")
	if err := os.WriteFile(path, []byte("some other file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(Config{JournalPath: path}, e.domain, e.view); err == nil {
		t.Fatal("opened a file that is not a journal")
	}
	if b, _ := os.ReadFile(path); string(b) != "some other file\n" {
		t.Fatal("the foreign file was changed")
	}
}

// TestJournalReplayDropsStale: a block committed before the crash
// included some journaled txs; on replay they are dropped silently, a tx
// the state now refuses for another reason is reported.
func TestJournalReplayDropsStale(t *testing.T) {
	e := newEnv(t, 2)
	p := e.open(Config{JournalPath: journalIn(t)})
	a := mustAdd(t, p, e.transfer(0, 0, defaultMaxFee), e.transfer(0, 1, defaultMaxFee), e.transfer(0, 2, defaultMaxFee))
	// Sender 1's nonce 1 is funded when accepted; then a block moves its
	// balance away.
	b := mustAdd(t, p, e.transfer(1, 1, defaultMaxFee))
	v0, _ := p.Get(a[0])
	v1, _ := p.Get(a[1])
	drain, err := e.domain.Verify(e.sign(1, 0, defaultMaxFee, &state.Transfer{To: common.Address{1}, Amount: balanceLeft(t, e, 1)}))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, refused := e.applyBlock([]*state.Verified{v0, v1, drain}); len(refused) != 0 {
		t.Fatalf("block refused %v", refused)
	}
	// Crash before Included.
	d := newDrops()
	q := e.open(Config{JournalPath: copyFile(t, p.cfg.JournalPath), OnDrop: d.hook})
	if !slices.Equal(poolHashes(q), []common.Hash{a[2]}) {
		t.Fatalf("replayed %d txs, want only nonce 2 of sender 0", q.Len())
	}
	if q.Status(a[2]) != StatusPending {
		t.Fatal("nonce 2 not pending after replay")
	}
	if d.len() != 1 {
		t.Fatalf("drops %v, want only the unfunded tx", d.m)
	}
	if c, ok := d.code(b[0]); !ok || c != state.CodeInsufficientFunds {
		t.Fatalf("unfunded tx's drop: %d, %v", c, ok)
	}
}

// balanceLeft is what key i can transfer after one transfer's fee.
func balanceLeft(t testing.TB, e *env, i int) *uint256.Int {
	t.Helper()
	a, err := e.view.Account(e.addrs[i])
	if err != nil {
		t.Fatal(err)
	}
	params, _ := e.view.Params()
	fee, _ := Fee(params, len(e.transfer(i, 0, defaultMaxFee)), 0)
	return new(uint256.Int).Sub(a.Balance, fee)
}

// TestJournalCompaction: once the journal holds more than twice the live
// records, it is rewritten with exactly the live txs.
func TestJournalCompaction(t *testing.T) {
	e := newEnv(t, 4)
	p := e.open(Config{JournalPath: journalIn(t), CompactMinBytes: -1})
	var raws [][]byte
	for i := range 4 {
		for n := range uint64(5) {
			raws = append(raws, e.transfer(i, n, defaultMaxFee))
		}
	}
	mustAdd(t, p, raws...)
	replacement := mustAdd(t, p, e.transfer(3, 4, 2*defaultMaxFee))[0]
	p.j.sync()
	if s := p.Stats(); s.JournalCompactions != 0 {
		t.Fatalf("compacted with %d of %d records live", s.Txs, len(raws)+1)
	}
	// Include 3 txs of each sender (12 of 20 live: the journal holds 21
	// records for 8 live).
	e.build(p, 12)
	if p.Len() != 8 {
		t.Fatalf("%d left", p.Len())
	}
	p.j.sync()
	s := p.Stats()
	if s.JournalCompactions != 1 {
		t.Fatalf("compactions %d, want 1", s.JournalCompactions)
	}
	var got []common.Hash
	for _, raw := range journalPayloads(t, p.cfg.JournalPath) {
		got = append(got, e.hash(raw))
	}
	if !slices.Equal(sortedHashes(got), poolHashes(p)) {
		t.Fatalf("compacted journal holds %d txs, pool %d", len(got), p.Len())
	}
	if !slices.Contains(got, replacement) || slices.Contains(got, e.hash(raws[19])) {
		t.Fatal("compaction kept the replaced tx or lost its replacement")
	}
	if s.JournalBytes != headerLen+int64(len(got))*recordSize(len(raws[0])) {
		t.Fatalf("journal bytes %d", s.JournalBytes)
	}
	if _, err := os.Stat(p.cfg.JournalPath + ".tmp"); !os.IsNotExist(err) {
		t.Fatalf("temp file left: %v", err)
	}
	// Appends continue in the new file, and it replays (a temp file left
	// by a compaction cut short is removed).
	extra := mustAdd(t, p, e.transfer(0, 5, defaultMaxFee))[0]
	crashed := copyFile(t, p.cfg.JournalPath)
	if err := os.WriteFile(crashed+".tmp", []byte(journalMagic+"partial"), 0o600); err != nil {
		t.Fatal(err)
	}
	q := e.open(Config{JournalPath: crashed})
	if _, err := os.Stat(crashed + ".tmp"); !os.IsNotExist(err) {
		t.Fatalf("stale temp file kept: %v", err)
	}
	if !slices.Equal(poolHashes(q), poolHashes(p)) || q.Status(extra) != StatusPending {
		t.Fatal("the compacted journal does not replay to the pool")
	}
	checkInvariants(t, q)
	if got := hashesOf(q.Pending(0, 0)); !slices.Equal(got, hashesOf(p.Pending(0, 0))) {
		t.Fatal("compaction lost the arrival order")
	}
}

// TestJournalCompactionFloor: below CompactMinBytes no rewrite happens.
func TestJournalCompactionFloor(t *testing.T) {
	e := newEnv(t, 1)
	p := e.open(Config{JournalPath: journalIn(t)}) // 1 MiB floor
	mustAdd(t, p, e.transfer(0, 0, defaultMaxFee), e.transfer(0, 1, defaultMaxFee))
	e.build(p, 0)
	p.j.sync()
	if s := p.Stats(); s.JournalCompactions != 0 || s.Txs != 0 {
		t.Fatalf("stats %+v", s)
	}
}

// TestJournalWriteFailure: when the journal cannot be written, Add
// refuses with CodeJournal and keeps nothing it did not journal.
func TestJournalWriteFailure(t *testing.T) {
	e := newEnv(t, 1)
	p := e.open(Config{JournalPath: journalIn(t)})
	ok := mustAdd(t, p, e.transfer(0, 0, defaultMaxFee))[0]
	p.j.sync()
	p.j.f.Close() // every write and truncate now fails
	res := p.Add([][]byte{e.transfer(0, 1, defaultMaxFee)})[0]
	if CodeOf(res.Err) != CodeJournal {
		t.Fatalf("Add with a failing journal: %v", res.Err)
	}
	if _, found := p.Get(res.Hash); found || p.Len() != 1 {
		t.Fatal("an unjournaled tx stayed in the pool")
	}
	if c := addCode(p, e.transfer(0, 2, defaultMaxFee)); c != CodeJournal {
		t.Fatalf("Add after the journal broke: code %d", c)
	}
	if _, found := p.Get(ok); !found {
		t.Fatal("journaled tx lost")
	}
	if err := p.Close(); err == nil {
		t.Fatal("Close of a broken journal reported no error")
	}
}

// TestGroupCommit: concurrent single-tx Adds share fsyncs.
func TestGroupCommit(t *testing.T) {
	const workers, each = 16, 8
	e := newEnv(t, workers)
	p := e.open(Config{JournalPath: journalIn(t)})
	raws := make([][][]byte, workers)
	for w := range workers {
		for n := range uint64(each) {
			raws[w] = append(raws[w], e.transfer(w, n, defaultMaxFee))
		}
	}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for w := range workers {
		wg.Go(func() {
			<-start
			for _, r := range raws[w] {
				if res := p.Add([][]byte{r}); res[0].Err != nil {
					t.Error(res[0].Err)
				}
			}
		})
	}
	close(start)
	wg.Wait()
	s := p.Stats()
	if s.JournalRecords != workers*each {
		t.Fatalf("records %d", s.JournalRecords)
	}
	if s.JournalSyncs >= s.JournalRecords || s.JournalWrites != s.JournalSyncs {
		t.Fatalf("%d records took %d writes and %d fsyncs: no group commit", s.JournalRecords, s.JournalWrites, s.JournalSyncs)
	}
	t.Logf("%d records in %d fsyncs (%.1f per fsync)", s.JournalRecords, s.JournalSyncs, float64(s.JournalRecords)/float64(s.JournalSyncs))
}

// TestRecordFormat pins the on-disk record format: the worked example
// tx of docs/txs.md framed as len ‖ crc32c(len ‖ payload) ‖ payload, the
// checksum computed independently (the valid_tx seed of the fuzz corpus
// holds the same bytes).
func TestRecordFormat(t *testing.T) {
	tx := common.FromHex("01" + "0000000000000000" +
		"00000000000000000000000000000000000000000000000000038d7ea4c68000" +
		"00000000000000000000000000000000000000aa" +
		"0000000000000000000000000000000000000000000000000de0b6b3a7640000" +
		"361956e88b956660b5667f3f421b6b4ba570d789dd28280a9077f06b5ce31011" +
		"3a1eabb6ca6bc9c8b07824eaefb4c2d9189540f061f8d8d9647fa5e7d2c92873" + "00")
	rec := appendRecord(nil, tx)
	if want := common.FromHex("0000009e4e71fb77"); !bytes.Equal(rec[:8], want) {
		t.Fatalf("record head %x, want %x", rec[:8], want)
	}
	payload, n, err := decodeRecord(rec)
	if err != nil || n != len(rec) || !bytes.Equal(payload, tx) {
		t.Fatalf("decode: %v, %d", err, n)
	}
	if _, err := state.DecodeTx(payload); err != nil {
		t.Fatal(err)
	}
}
