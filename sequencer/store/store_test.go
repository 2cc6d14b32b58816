package store

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
)

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestPutGetRoundTrip(t *testing.T) {
	a, _, _ := fixtures(t)
	c := newClock()
	met := &recMetrics{}
	cfg := testConfig(t.TempDir(), c)
	cfg.Metrics = met
	s := openStore(t, cfg)
	ctx := context.Background()
	for _, kind := range kinds {
		b := a.bytes[kind]
		m := mustPut(t, s, alice, kind, b)
		want := Meta{Kind: kind, Root: a.roots[kind], Size: int64(len(b)), Hash: crypto.Keccak256Hash(b), Uploader: alice, Uploaded: c.Now(), Since: c.Now()}
		switch kind {
		case client.KindModel:
			want.Layers, want.InWidth, want.OutWidth = 2, 8, 5
		case client.KindInput:
			want.Rows, want.InWidth = 3, 8
		case client.KindTrace:
			want.Rows, want.Layers = 3, 2
		}
		if !reflect.DeepEqual(m, want) {
			t.Fatalf("%s: meta\n%+v, want\n%+v", kind, m, want)
		}
		rc, gm, err := s.Get(ctx, kind, m.Root)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(rc)
		rc.Close()
		if err != nil || !bytes.Equal(got, b) || !reflect.DeepEqual(gm, want) {
			t.Fatalf("%s: get: %v, equal %v, meta %+v", kind, err, bytes.Equal(got, b), gm)
		}
	}
	m, err := s.Model(ctx, a.roots[client.KindModel])
	if err != nil || !reflect.DeepEqual(m, a.model) {
		t.Fatalf("Model: %v", err)
	}
	in, err := s.Input(ctx, a.roots[client.KindInput])
	if err != nil || !reflect.DeepEqual(in, a.input) {
		t.Fatalf("Input: %v", err)
	}
	tr, err := s.Trace(ctx, a.roots[client.KindTrace])
	if err != nil || !reflect.DeepEqual(tr, a.stored) {
		t.Fatalf("Trace: %v", err)
	}
	for _, kind := range kinds {
		if err := s.Verify(ctx, kind, a.roots[kind]); err != nil {
			t.Fatalf("Verify %s: %v", kind, err)
		}
	}
	if _, _, err := s.Get(ctx, client.KindModel, a.roots[client.KindInput]); !errors.Is(err, ErrNotFound) {
		t.Fatalf("get of an input root as a model: %v", err)
	}
	if _, err := s.Stat("weights", a.roots[client.KindModel]); !errors.Is(err, ErrBadRequest) {
		t.Fatalf("stat of an unknown kind: %v", err)
	}
	st := s.Stats()
	for _, kind := range kinds {
		if ks := st.Kinds[kind]; ks.Blobs != 1 || ks.Bytes != int64(len(a.bytes[kind])) || ks.ReferencedBlobs != 0 {
			t.Fatalf("stats %s: %+v", kind, ks)
		}
	}
	total := int64(len(a.bytes[client.KindModel]) + len(a.bytes[client.KindInput]) + len(a.bytes[client.KindTrace]))
	if u := s.Usage(alice); u != total || st.Accounts != 1 {
		t.Fatalf("usage %d (want %d), accounts %d", u, total, st.Accounts)
	}
	if len(met.uploads) != 3 || met.served != 6 {
		t.Fatalf("metrics: uploads %v, served %d", met.uploads, met.served)
	}
	if files := dirFiles(t, filepath.Join(cfg.Dir, "staging")); len(files) != 0 {
		t.Fatalf("staging files left: %v", files)
	}
}

func TestPutIdempotent(t *testing.T) {
	a, _, _ := fixtures(t)
	met := &recMetrics{}
	cfg := testConfig(t.TempDir(), newClock())
	cfg.Metrics = met
	s := openStore(t, cfg)
	b := a.bytes[client.KindModel]
	m1 := mustPut(t, s, alice, client.KindModel, b)
	m2 := mustPut(t, s, alice, client.KindModel, b)
	m3 := mustPut(t, s, bob, client.KindModel, b)
	if !reflect.DeepEqual(m1, m2) || !reflect.DeepEqual(m1, m3) || m3.Uploader != alice {
		t.Fatalf("re-uploads changed the meta: %+v / %+v / %+v", m1, m2, m3)
	}
	if s.Usage(alice) != int64(len(b)) || s.Usage(bob) != 0 {
		t.Fatalf("usage alice %d bob %d, want %d and 0", s.Usage(alice), s.Usage(bob), len(b))
	}
	if st := s.Stats().Kinds[client.KindModel]; st.Blobs != 1 {
		t.Fatalf("%d models stored", st.Blobs)
	}
	if want := []string{"model", "model dup", "model dup"}; !reflect.DeepEqual(met.uploads, want) {
		t.Fatalf("uploads %v, want %v", met.uploads, want)
	}
}

// Concurrent uploads of the same bytes store one blob, charged once.
func TestPutConcurrentSameBytes(t *testing.T) {
	a, _, _ := fixtures(t)
	cfg := testConfig(t.TempDir(), newClock())
	s := openStore(t, cfg)
	b := a.bytes[client.KindTrace]
	var wg sync.WaitGroup
	roots := make([]common.Hash, 8)
	errs := make([]error, 8)
	for i := range roots {
		wg.Go(func() {
			m, err := s.Put(context.Background(), alice, client.KindTrace, bytesReader(b), int64(len(b)))
			roots[i], errs[i] = m.Root, err
		})
	}
	wg.Wait()
	for i := range roots {
		if errs[i] != nil || roots[i] != a.roots[client.KindTrace] {
			t.Fatalf("upload %d: %v, root %s", i, errs[i], roots[i])
		}
	}
	if s.Usage(alice) != int64(len(b)) || s.Stats().Kinds[client.KindTrace].Blobs != 1 {
		t.Fatalf("usage %d, %d traces", s.Usage(alice), s.Stats().Kinds[client.KindTrace].Blobs)
	}
	if files := dirFiles(t, filepath.Join(cfg.Dir, "blobs")); len(files) != 1 {
		t.Fatalf("blob files %v", files)
	}
}

func TestPutMalformed(t *testing.T) {
	a, _, _ := fixtures(t)
	met := &recMetrics{}
	cfg := testConfig(t.TempDir(), newClock())
	cfg.Metrics = met
	s := openStore(t, cfg)
	// A model over the int32 bound: decodes structurally, fails validation.
	bad := append([]byte(nil), a.bytes[client.KindModel]...)
	biasOff := 7 + 11 + 8*12 // layer 1: header, W; then its bias
	copy(bad[biasOff:], []byte{0xff, 0xff, 0xff, 0x7f})
	if _, err := job.DecodeModel(bad); err == nil {
		t.Fatal("the over-bound model decodes")
	}
	cases := map[string][]byte{}
	for _, kind := range kinds {
		b := a.bytes[kind]
		cases[kind+"/truncated"] = b[:len(b)-1]
		cases[kind+"/trailing"] = append(append([]byte(nil), b...), 0)
		magic := append([]byte(nil), b...)
		magic[0] ^= 0x20
		cases[kind+"/magic"] = magic
	}
	cases["model/int32 bound"] = bad
	cases["input/a model"] = a.bytes[client.KindModel]
	cases["trace/an input"] = a.bytes[client.KindInput]
	// A trace element ≥ p is not a field element at all.
	ncan := append([]byte(nil), a.bytes[client.KindTrace]...)
	for i := 11 + 4; i < 11+4+32; i++ {
		ncan[i] = 0xff
	}
	cases["trace/element above p"] = ncan
	for name, b := range cases {
		kind := filepath.Dir(name)
		_, err := s.Put(context.Background(), alice, kind, bytesReader(b), int64(len(b)))
		if !errors.Is(err, ErrMalformed) || !errors.Is(err, job.ErrFormat) {
			t.Errorf("%s: %v, want ErrMalformed wrapping job.ErrFormat", name, err)
		}
		if code, status := CodeOf(err); code != client.StoreCodeMalformed || status != 400 {
			t.Errorf("%s: code %d status %d", name, code, status)
		}
	}
	for _, kind := range kinds {
		if n := s.Stats().Kinds[kind].Blobs; n != 0 {
			t.Fatalf("%d %s stored", n, kind)
		}
	}
	if s.Usage(alice) != 0 || len(met.refused) != len(cases) {
		t.Fatalf("usage %d, refused %v", s.Usage(alice), met.refused)
	}
	if files := dirFiles(t, cfg.Dir+"/staging"); len(files) != 0 {
		t.Fatalf("staging files left: %v", files)
	}
	if files := dirFiles(t, cfg.Dir+"/blobs"); len(files) != 0 {
		t.Fatalf("blob files left: %v", files)
	}
}

// failReader fails the test on any read.
type failReader struct{ t *testing.T }

func (f failReader) Read([]byte) (int, error) {
	f.t.Error("read from a body that should not be read")
	return 0, io.EOF
}

// endless yields zero bytes forever, counting them.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	clear(p)
	e.n += int64(len(p))
	return len(p), nil
}

func TestPutSizeBounds(t *testing.T) {
	a, _, _ := fixtures(t)
	cfg := testConfig(t.TempDir(), newClock())
	cfg.MaxModelBytes = int64(len(a.bytes[client.KindModel]))
	s := openStore(t, cfg)
	ctx := context.Background()
	if _, err := s.Put(ctx, alice, client.KindModel, failReader{t}, cfg.MaxModelBytes+1); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversize: %v", err)
	}
	if code, status := CodeOf(ErrTooLarge); code != client.StoreCodeTooLarge || status != 413 {
		t.Fatalf("too large: %d %d", code, status)
	}
	if _, err := s.Put(ctx, alice, client.KindModel, failReader{t}, 0); !errors.Is(err, ErrBadRequest) {
		t.Fatalf("empty: %v", err)
	}
	// A body longer than declared: reading stops one byte past the size.
	e := &endless{}
	if _, err := s.Put(ctx, alice, client.KindModel, e, 100); !errors.Is(err, ErrContentMismatch) {
		t.Fatalf("longer body: %v", err)
	}
	if e.n > 101 {
		t.Fatalf("read %d bytes of an endless body declared as 100", e.n)
	}
	b := a.bytes[client.KindModel]
	if _, err := s.Put(ctx, alice, client.KindModel, bytesReader(b[:len(b)-5]), int64(len(b))); !errors.Is(err, ErrContentMismatch) {
		t.Fatalf("shorter body: %v", err)
	}
	if _, err := s.Put(ctx, alice, client.KindModel, bytesReader(b), int64(len(b))-1); !errors.Is(err, ErrContentMismatch) {
		t.Fatalf("body one byte longer: %v", err)
	}
	// The configured limit itself is allowed.
	mustPut(t, s, alice, client.KindModel, b)
	if _, err := Open(Config{Dir: t.TempDir(), MaxTraceBytes: job.MaxTraceBytes + 1}); err == nil {
		t.Fatal("a trace limit above job's was accepted")
	}
}

func TestQuota(t *testing.T) {
	a, _, _ := fixtures(t)
	cfg := testConfig(t.TempDir(), newClock())
	mb, ib := a.bytes[client.KindModel], a.bytes[client.KindInput]
	cfg.QuotaBytes = int64(len(mb) + len(ib) - 1)
	s := openStore(t, cfg)
	ctx := context.Background()
	m := mustPut(t, s, alice, client.KindModel, mb)
	_, err := s.Put(ctx, alice, client.KindInput, failReader{t}, int64(len(ib)))
	if !errors.Is(err, ErrQuota) {
		t.Fatalf("over quota: %v", err)
	}
	if code, status := CodeOf(err); code != client.StoreCodeQuota || status != 429 {
		t.Fatalf("quota: code %d status %d", code, status)
	}
	// Another account has its own quota.
	mustPut(t, s, bob, client.KindInput, ib)
	// Re-uploading stored bytes (the signed hash is known) is not charged.
	h := crypto.Keccak256Hash(mb)
	if _, err := s.upload(ctx, alice, client.KindModel, bytesReader(mb), int64(len(mb)), &h); err != nil {
		t.Fatalf("duplicate upload at quota: %v", err)
	}
	// Once a tx refers to the model, alice's quota is free again.
	job1 := common.HexToHash("0x01")
	if err := s.Reference(client.KindModel, m.Root, job1, 1); err != nil {
		t.Fatal(err)
	}
	if s.Usage(alice) != 0 {
		t.Fatalf("usage %d after the reference", s.Usage(alice))
	}
	cm := func() []byte { _, _, c := fixtures(t); return c.bytes[client.KindInput] }()
	mustPut(t, s, alice, client.KindInput, cm)
	// A rollback charges the model again.
	if err := s.Unreference(job1); err != nil {
		t.Fatal(err)
	}
	if want := int64(len(mb) + len(cm)); s.Usage(alice) != want {
		t.Fatalf("usage %d after the rollback, want %d", s.Usage(alice), want)
	}
	if _, err := s.Put(ctx, alice, client.KindInput, failReader{t}, int64(len(ib))); !errors.Is(err, ErrQuota) {
		t.Fatalf("over quota after the rollback: %v", err)
	}
}

func TestRateLimit(t *testing.T) {
	a, _, _ := fixtures(t)
	c := newClock()
	cfg := testConfig(t.TempDir(), c)
	cfg.UploadsPerMinute = 2
	cfg.BytesPerMinute = -1
	s := openStore(t, cfg)
	ctx := context.Background()
	mb := a.bytes[client.KindModel]
	mustPut(t, s, alice, client.KindModel, mb)
	mustPut(t, s, alice, client.KindModel, mb)
	_, err := s.Put(ctx, alice, client.KindModel, failReader{t}, int64(len(mb)))
	var rl *RateLimitError
	if !errors.As(err, &rl) || !errors.Is(err, ErrRateLimited) || rl.RetryAfter < 29*time.Second || rl.RetryAfter > 31*time.Second {
		t.Fatalf("third upload in a minute: %v", err)
	}
	if code, status := CodeOf(err); code != client.StoreCodeRateLimited || status != 429 {
		t.Fatalf("rate: code %d status %d", code, status)
	}
	mustPut(t, s, bob, client.KindModel, mb) // per account
	c.Advance(30 * time.Second)
	mustPut(t, s, alice, client.KindModel, mb)
	if _, err := s.Put(ctx, alice, client.KindModel, failReader{t}, int64(len(mb))); !errors.Is(err, ErrRateLimited) {
		t.Fatalf("after one refill: %v", err)
	}

	// Bytes per minute: an upload needs its size in the bucket.
	c3 := newClock()
	cfg = testConfig(t.TempDir(), c3)
	cfg.UploadsPerMinute = -1
	cfg.BytesPerMinute = int64(len(mb)) * 3 / 2
	s = openStore(t, cfg)
	mustPut(t, s, alice, client.KindModel, mb)
	_, err = s.Put(ctx, alice, client.KindModel, failReader{t}, int64(len(mb)))
	if !errors.As(err, &rl) || rl.RetryAfter < 19*time.Second || rl.RetryAfter > 21*time.Second {
		t.Fatalf("half a blob's bytes left: %v", err)
	}
	c3.Advance(21 * time.Second)
	mustPut(t, s, alice, client.KindModel, mb)

	// An upload above the allowance passes on a full bucket and leaves a
	// debt.
	c2 := newClock()
	cfg = testConfig(t.TempDir(), c2)
	cfg.UploadsPerMinute = -1
	cfg.BytesPerMinute = int64(len(mb)) / 2
	s = openStore(t, cfg)
	mustPut(t, s, alice, client.KindModel, mb)
	if _, err := s.Put(ctx, alice, client.KindModel, failReader{t}, 10); !errors.Is(err, ErrRateLimited) {
		t.Fatalf("in debt: %v", err)
	}
	c2.Advance(2*time.Minute + time.Second)
	mustPut(t, s, alice, client.KindModel, mb)
}

// Open after Close finds the metadata and files intact; temporary files,
// orphan blob files and records without files are cleaned up.
func TestRestart(t *testing.T) {
	a, b, _ := fixtures(t)
	c := newClock()
	cfg := testConfig(t.TempDir(), c)
	s, err := Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	metas := map[string]Meta{}
	for _, kind := range kinds {
		metas[kind] = mustPut(t, s, alice, kind, a.bytes[kind])
	}
	gone := mustPut(t, s, bob, client.KindModel, b.bytes[client.KindModel])
	ref := common.HexToHash("0xabc")
	if err := s.Reference(client.KindModel, metas[client.KindModel].Root, ref, 4); err != nil {
		t.Fatal(err)
	}
	if err := s.Reference(client.KindModel, gone.Root, ref, 4); err != nil {
		t.Fatal(err)
	}
	if err := s.Finalized(4, c.Now()); err != nil {
		t.Fatal(err)
	}
	before := map[string]Meta{}
	for _, kind := range kinds {
		before[kind], _ = s.Stat(kind, a.roots[kind])
	}
	disk := s.backend.(*Disk)
	// Damage the reference index the ways Open repairs: a reference
	// recorded on the blob's side only, and one to a blob never stored.
	if err := s.db.Delete(refKey(ref, metas[client.KindModel].Key()), nil); err != nil {
		t.Fatal(err)
	}
	if err := s.db.Set(refKey(common.HexToHash("0xdead"), Key{client.KindInput, b.roots[client.KindInput]}), u64(3), nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(context.Background(), alice, client.KindModel, failReader{t}, 10); !errors.Is(err, ErrClosed) {
		t.Fatalf("put after close: %v", err)
	}
	// A crash left: a staging file, a backend temporary file, a blob file
	// without a record, and a record whose file is gone.
	os.WriteFile(filepath.Join(cfg.Dir, "staging", "model-123"), []byte("partial"), 0o644)
	tmp := filepath.Join(filepath.Dir(disk.Path(metas[client.KindInput].Key())), diskTempPrefix+"42")
	os.WriteFile(tmp, []byte("partial"), 0o644)
	orphan := Key{client.KindInput, b.roots[client.KindInput]}
	if err := disk.Put(context.Background(), orphan, bytesReader(b.bytes[client.KindInput]), int64(len(b.bytes[client.KindInput]))); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(disk.Path(gone.Key())); err != nil {
		t.Fatal(err)
	}

	s = openStore(t, cfg)
	for _, kind := range kinds {
		m, err := s.Stat(kind, a.roots[kind])
		if err != nil || !reflect.DeepEqual(m, before[kind]) {
			t.Fatalf("%s after restart: %v\n%+v, want\n%+v", kind, err, m, before[kind])
		}
		if err := s.Verify(context.Background(), kind, a.roots[kind]); err != nil {
			t.Fatalf("%s bytes after restart: %v", kind, err)
		}
	}
	if m := before[client.KindModel]; m.Refs != 1 || m.Batch != 4 || !m.FinalAt.Equal(c.Now()) {
		t.Fatalf("reference state not restored: %+v", m)
	}
	if _, err := s.Stat(client.KindModel, gone.Root); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a record without its file survived: %v", err)
	}
	if _, err := s.Stat(client.KindInput, orphan.Root); !errors.Is(err, ErrNotFound) {
		t.Fatalf("an orphan file was adopted: %v", err)
	}
	if _, err := os.Stat(disk.Path(orphan)); !os.IsNotExist(err) {
		t.Fatalf("orphan file: %v", err)
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Fatalf("temporary file: %v", err)
	}
	if files := dirFiles(t, filepath.Join(cfg.Dir, "staging")); len(files) != 0 {
		t.Fatalf("staging files: %v", files)
	}
	// Usage rebuilt: alice's input and trace are unreferenced, bob's model
	// was dropped.
	if want := int64(len(a.bytes[client.KindInput]) + len(a.bytes[client.KindTrace])); s.Usage(alice) != want || s.Usage(bob) != 0 {
		t.Fatalf("usage alice %d (want %d), bob %d", s.Usage(alice), want, s.Usage(bob))
	}
	if st := s.Stats(); st.Refs != 1 || !st.Finalized || st.FinalizedBatch != 4 {
		t.Fatalf("stats %+v", st)
	}
	// The dropped blob can be uploaded again.
	mustPut(t, s, bob, client.KindModel, b.bytes[client.KindModel])
	// The repaired index rolls the reference back.
	if err := s.Unreference(ref); err != nil {
		t.Fatal(err)
	}
	if m, _ := s.Stat(client.KindModel, a.roots[client.KindModel]); m.Referenced() || s.Stats().Refs != 0 {
		t.Fatalf("after the rollback: %+v, %d refs", m, s.Stats().Refs)
	}
}

// A blob whose file changed on disk is detected when read.
func TestCorruptFileDetected(t *testing.T) {
	a, _, _ := fixtures(t)
	s := openStore(t, testConfig(t.TempDir(), newClock()))
	ctx := context.Background()
	m := mustPut(t, s, alice, client.KindModel, a.bytes[client.KindModel])
	p := blobPath(s, client.KindModel, m.Root)
	b, _ := os.ReadFile(p)
	b[len(b)-1] ^= 1
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	rc, _, err := s.Get(ctx, client.KindModel, m.Root)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(rc)
	rc.Close()
	if !errors.Is(err, ErrCorrupt) || len(got) >= len(b) {
		t.Fatalf("read of a corrupt blob: %d bytes, %v", len(got), err)
	}
	if _, err := s.Model(ctx, m.Root); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Model of a corrupt blob: %v", err)
	}
	if err := s.Verify(ctx, client.KindModel, m.Root); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Verify: %v", err)
	}
	if err := os.WriteFile(p, b[:10], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Get(ctx, client.KindModel, m.Root); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Get of a truncated blob: %v", err)
	}
	// A new upload of the right bytes restores the file.
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, alice, client.KindModel, a.bytes[client.KindModel])
	if err := s.Verify(ctx, client.KindModel, m.Root); err != nil {
		t.Fatalf("after re-upload: %v", err)
	}
}
