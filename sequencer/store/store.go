package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state"
)

// Defaults of Config, sized for a city: a few thousand jobs a day.
const (
	DefaultMaxModelBytes    = 256 << 20
	DefaultMaxInputBytes    = 64 << 20
	DefaultMaxTraceBytes    = 1 << 30
	DefaultQuotaBytes       = 2 << 30
	DefaultUploadsPerMinute = 60
	DefaultBytesPerMinute   = 1 << 30
	DefaultDecodeBudget     = 2 << 30
	DefaultTTL              = time.Hour
	DefaultRetention        = 7 * 24 * time.Hour
	DefaultGCInterval       = time.Minute
)

// Config configures a Store. Zero fields take the defaults above; a
// negative quota or rate means unlimited.
type Config struct {
	// Dir holds the metadata (Dir/meta, pebble), the staging area of
	// uploads (Dir/staging) and, with the default backend, the blobs
	// (Dir/blobs).
	Dir string
	// Backend holds the blob bytes; nil means NewDisk(Dir/blobs).
	Backend Backend
	// Domain is the deployment's L2 domain, under which uploads are
	// signed (client.UploadAuth); the HTTP handler needs it.
	Domain *state.Domain
	// AccountCheck, when set, may refuse an uploader (e.g. an account
	// with no L2 balance); its error is wrapped in ErrAccountRefused.
	AccountCheck func(common.Address) error

	// Per-kind size limits, at most job's (job.MaxModelBytes, …).
	MaxModelBytes, MaxInputBytes, MaxTraceBytes int64
	// QuotaBytes bounds the bytes of an account's unreferenced uploads.
	QuotaBytes int64
	// UploadsPerMinute and BytesPerMinute bound each account's uploads.
	UploadsPerMinute int
	BytesPerMinute   int64
	// DecodeBudget bounds the bytes being decoded at once (uploads and
	// reads of decoded blobs): it bounds the memory they take.
	DecodeBudget int64

	// TTL is how long an unreferenced blob is kept.
	TTL time.Duration
	// Retention is how long a referenced blob is kept after the last
	// batch that refers to it is final on L1.
	Retention time.Duration
	// GCInterval is the period of the collector started by Start.
	GCInterval time.Duration

	// Now is the clock (tests); nil means time.Now.
	Now func() time.Time
	// Log receives the store's log; nil means slog.Default().
	Log *slog.Logger
	// Metrics receives events; nil means none.
	Metrics Metrics
}

// Metrics receives the store's events; the sequencer implements it with
// its Prometheus collectors (Stats gives the gauges). Calls must not block.
type Metrics interface {
	// Uploaded: an upload succeeded; duplicate when the bytes were
	// stored already.
	Uploaded(kind string, size int64, duplicate bool, took time.Duration)
	// Refused: an upload failed with an API error code.
	Refused(kind string, code int)
	// Served: a blob was read in full.
	Served(kind string, size int64)
	// Collected: the collector deleted a blob.
	Collected(kind string, size int64, referenced bool)
}

type nopMetrics struct{}

func (nopMetrics) Uploaded(string, int64, bool, time.Duration) {}
func (nopMetrics) Refused(string, int)                         {}
func (nopMetrics) Served(string, int64)                        {}
func (nopMetrics) Collected(string, int64, bool)               {}

// entry is the in-memory index of one blob. Pebble is the durable truth;
// the index is rebuilt from it at Open.
type entry struct {
	meta    Meta                   // persisted fields only
	refs    map[common.Hash]uint64 // ref → batch
	touched time.Time              // last admission check (memory only)
}

type hashIdx struct {
	kind string
	hash common.Hash
}

type finalMark struct {
	batch uint64
	at    time.Time
}

// Store is the sequencer's job-data store: content-addressed blobs
// (models, inputs, traces) on a Backend, metadata and references in
// pebble. It is safe for concurrent use.
type Store struct {
	cfg      Config
	db       *pebble.DB
	backend  Backend
	staging  string
	log      *slog.Logger
	metrics  Metrics
	limiter  *limiter
	decoding *budget

	// stripes serialize the write and the deletion of one key's bytes.
	stripes [64]sync.Mutex
	// metaMu serializes metadata writes: pebble, then the index.
	metaMu sync.Mutex

	mu       sync.RWMutex // the index below
	blobs    map[Key]*entry
	hashes   map[hashIdx]common.Hash
	refIdx   map[common.Hash][]Key
	usage    map[common.Address]int64 // unreferenced bytes by uploader
	reserved map[common.Address]int64 // bytes of uploads in flight
	finals   []finalMark              // ascending in batch and time

	lifeMu  sync.RWMutex
	closed  bool
	ops     sync.WaitGroup
	closing context.Context
	close   context.CancelFunc

	gcMu   sync.Mutex
	gcStop context.CancelFunc
	gcDone chan struct{}
}

func (c *Config) defaults() error {
	if c.Dir == "" {
		return errors.New("store: Config.Dir is empty")
	}
	def := func(v *int64, d int64, limit uint64, name string) error {
		if *v == 0 {
			*v = d
		}
		if *v < 0 || uint64(*v) > limit {
			return fmt.Errorf("store: %s %d outside 1..%d (job's limit)", name, *v, limit)
		}
		return nil
	}
	if err := def(&c.MaxModelBytes, DefaultMaxModelBytes, job.MaxModelBytes, "MaxModelBytes"); err != nil {
		return err
	}
	if err := def(&c.MaxInputBytes, DefaultMaxInputBytes, job.MaxInputBytes, "MaxInputBytes"); err != nil {
		return err
	}
	if err := def(&c.MaxTraceBytes, DefaultMaxTraceBytes, job.MaxTraceBytes, "MaxTraceBytes"); err != nil {
		return err
	}
	if c.QuotaBytes == 0 {
		c.QuotaBytes = DefaultQuotaBytes
	}
	if c.UploadsPerMinute == 0 {
		c.UploadsPerMinute = DefaultUploadsPerMinute
	}
	if c.BytesPerMinute == 0 {
		c.BytesPerMinute = DefaultBytesPerMinute
	}
	if c.DecodeBudget <= 0 {
		c.DecodeBudget = DefaultDecodeBudget
	}
	if c.TTL <= 0 {
		c.TTL = DefaultTTL
	}
	if c.Retention <= 0 {
		c.Retention = DefaultRetention
	}
	if c.GCInterval <= 0 {
		c.GCInterval = DefaultGCInterval
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	if c.Metrics == nil {
		c.Metrics = nopMetrics{}
	}
	return nil
}

// pebbleLogger routes pebble's chatter to debug and its errors to error.
type pebbleLogger struct{ log *slog.Logger }

func (l pebbleLogger) Infof(format string, args ...any) {
	l.log.Debug(fmt.Sprintf(format, args...), "component", "pebble")
}
func (l pebbleLogger) Errorf(format string, args ...any) {
	l.log.Error(fmt.Sprintf(format, args...), "component", "pebble")
}
func (l pebbleLogger) Fatalf(format string, args ...any) {
	l.log.Error(fmt.Sprintf(format, args...), "component", "pebble")
	panic(fmt.Sprintf("pebble: "+format, args...))
}

// Open opens (or creates) the store in cfg.Dir and reconciles its
// metadata with the backend: temporary files of an interrupted write are
// removed, a blob file without metadata (a crash between the two writes
// of an upload, which never succeeded) is deleted, and metadata whose
// file is gone is dropped with an error in the log.
func Open(cfg Config) (*Store, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	backend := cfg.Backend
	if backend == nil {
		d, err := NewDisk(filepath.Join(cfg.Dir, "blobs"))
		if err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		backend = d
	}
	staging := filepath.Join(cfg.Dir, "staging")
	if err := os.RemoveAll(staging); err != nil {
		return nil, fmt.Errorf("store: clear staging: %w", err)
	}
	if err := os.MkdirAll(staging, 0o755); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	db, err := pebble.Open(filepath.Join(cfg.Dir, "meta"), &pebble.Options{Logger: pebbleLogger{cfg.Log}, CacheSize: 8 << 20})
	if err != nil {
		return nil, fmt.Errorf("store: open metadata: %w", err)
	}
	s := &Store{
		cfg: cfg, db: db, backend: backend, staging: staging, log: cfg.Log, metrics: cfg.Metrics,
		limiter:  newLimiter(cfg.UploadsPerMinute, cfg.BytesPerMinute),
		decoding: newBudget(cfg.DecodeBudget),
		blobs:    map[Key]*entry{}, hashes: map[hashIdx]common.Hash{}, refIdx: map[common.Hash][]Key{},
		usage: map[common.Address]int64{}, reserved: map[common.Address]int64{},
	}
	s.closing, s.close = context.WithCancel(context.Background())
	if err := s.load(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	return s, nil
}

// Close stops the collector, waits for the operations in progress
// (uploads being read are cancelled) and closes the metadata.
func (s *Store) Close() error {
	s.lifeMu.Lock()
	if s.closed {
		s.lifeMu.Unlock()
		return nil
	}
	s.closed = true
	s.lifeMu.Unlock()
	s.Stop()
	s.close()
	s.ops.Wait()
	return s.db.Close()
}

// begin registers an operation; its context is cancelled by Close.
func (s *Store) begin(ctx context.Context) (context.Context, func(), error) {
	s.lifeMu.RLock()
	defer s.lifeMu.RUnlock()
	if s.closed {
		return nil, nil, ErrClosed
	}
	s.ops.Add(1)
	ctx, cancel := context.WithCancelCause(ctx)
	stop := context.AfterFunc(s.closing, func() { cancel(ErrClosed) })
	return ctx, func() { stop(); cancel(nil); s.ops.Done() }, nil
}

// now is the clock without its monotonic reading, so that times read
// back from pebble equal the ones recorded.
func (s *Store) now() time.Time { return s.cfg.Now().Round(0) }

// MaxBytes returns the store's size limit of kind (0 for an unknown kind).
func (s *Store) MaxBytes(kind string) int64 {
	switch kind {
	case client.KindModel:
		return s.cfg.MaxModelBytes
	case client.KindInput:
		return s.cfg.MaxInputBytes
	case client.KindTrace:
		return s.cfg.MaxTraceBytes
	}
	return 0
}

func (s *Store) stripe(k Key) *sync.Mutex {
	return &s.stripes[(int(k.Root[31])^int(kindByte(k.Kind)))%len(s.stripes)]
}

// finalTime returns when batch became final (the first Finalized mark at
// or above it). Called with mu held.
func (s *Store) finalTime(batch uint64) (time.Time, bool) {
	i := sort.Search(len(s.finals), func(i int) bool { return s.finals[i].batch >= batch })
	if i == len(s.finals) {
		return time.Time{}, false
	}
	return s.finals[i].at, true
}

// fill returns e's Meta with its reference state. Called with mu held.
func (s *Store) fill(e *entry) Meta {
	m := e.meta
	m.Refs = len(e.refs)
	for _, b := range e.refs {
		m.Batch = max(m.Batch, b)
	}
	if m.Refs > 0 {
		if t, ok := s.finalTime(m.Batch); ok {
			m.FinalAt = t
		}
	}
	return m
}

// Put stores a blob of kind uploaded by uploader: exactly size bytes read
// from r. It checks the size limit (before reading), the AccountCheck
// hook, the account's rate and quota, streams the bytes to a staging
// file, decodes them strictly, computes the root and stores them under
// (kind, root). Uploading stored bytes again is a no-op returning the
// stored Meta (the bytes stay charged to their first uploader only; an
// unreferenced blob's TTL restarts).
func (s *Store) Put(ctx context.Context, uploader common.Address, kind string, r io.Reader, size int64) (Meta, error) {
	return s.upload(ctx, uploader, kind, r, size, nil)
}

// upload is Put, with the keccak256 the uploader signed when known (the
// HTTP path): the bytes must hash to it, and a known hash skips the
// quota (the upload is a duplicate).
func (s *Store) upload(ctx context.Context, uploader common.Address, kind string, r io.Reader, size int64, want *common.Hash) (Meta, error) {
	ctx, end, err := s.begin(ctx)
	if err != nil {
		return Meta{}, err
	}
	defer end()
	start := s.now()
	release, err := s.admit(uploader, kind, size, want)
	if err == nil {
		defer release()
		var m Meta
		var dup bool
		if m, dup, err = s.ingest(ctx, uploader, kind, r, size, want); err == nil {
			s.metrics.Uploaded(kind, size, dup, s.now().Sub(start))
			return m, nil
		}
	}
	code, _ := CodeOf(err)
	s.metrics.Refused(kind, code)
	return Meta{}, err
}

// admit applies the checks that need no byte of the upload and reserves
// its size against the account's quota.
func (s *Store) admit(uploader common.Address, kind string, size int64, want *common.Hash) (func(), error) {
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	if size <= 0 {
		return nil, fmt.Errorf("%w: size %d: a %s has at least one byte", ErrBadRequest, size, kind)
	}
	if limit := s.MaxBytes(kind); size > limit {
		return nil, fmt.Errorf("%w: %s blob of %d bytes, the store's limit is %d", ErrTooLarge, kind, size, limit)
	}
	if s.cfg.AccountCheck != nil {
		if err := s.cfg.AccountCheck(uploader); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrAccountRefused, uploader, err)
		}
	}
	if err := s.limiter.allow(uploader, size, s.now()); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if want != nil {
		if _, dup := s.hashes[hashIdx{kind, *want}]; dup {
			return func() {}, nil
		}
	}
	if q := s.cfg.QuotaBytes; q > 0 {
		used, inflight := s.usage[uploader], s.reserved[uploader]
		if used+inflight+size > q {
			return nil, fmt.Errorf("%w: account %s holds %d bytes of unreferenced uploads (%d more in flight); %d more would exceed its quota of %d (uploads count until a tx refers to them or they expire)",
				ErrQuota, uploader, used, inflight, size, q)
		}
	}
	s.reserved[uploader] += size
	return func() {
		s.mu.Lock()
		if s.reserved[uploader] -= size; s.reserved[uploader] == 0 {
			delete(s.reserved, uploader)
		}
		s.mu.Unlock()
	}, nil
}

// writeError marks a failure to write the staging file (not the
// uploader's fault).
type writeError struct{ err error }

func (e *writeError) Error() string { return e.err.Error() }
func (e *writeError) Unwrap() error { return e.err }

type fileWriter struct{ f *os.File }

func (w fileWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil {
		err = &writeError{err}
	}
	return n, err
}

// ingest streams, verifies, decodes and commits an admitted upload.
func (s *Store) ingest(ctx context.Context, uploader common.Address, kind string, r io.Reader, size int64, want *common.Hash) (Meta, bool, error) {
	f, err := os.CreateTemp(s.staging, kind+"-*")
	if err != nil {
		return Meta{}, false, fmt.Errorf("upload %s: staging file: %w", kind, err)
	}
	tmp := f.Name()
	defer func() {
		f.Close()
		os.Remove(tmp) // gone already when the backend adopted it
	}()
	h := crypto.NewKeccakState()
	// Read one byte more than declared to tell a longer body.
	n, err := io.Copy(io.MultiWriter(fileWriter{f}, h), io.LimitReader(ctxReader{ctx, r}, size+1))
	if err != nil {
		var we *writeError
		switch {
		case ctx.Err() != nil:
			return Meta{}, false, fmt.Errorf("upload %s: after %d of %d bytes: %w", kind, n, size, context.Cause(ctx))
		case errors.As(err, &we):
			return Meta{}, false, fmt.Errorf("upload %s: staging file: %w", kind, err)
		}
		return Meta{}, false, fmt.Errorf("%w: reading the %s after %d of %d bytes: %w", ErrContentMismatch, kind, n, size, err)
	}
	if n != size {
		what := fmt.Sprintf("%d bytes", n)
		if n > size {
			what = "more bytes"
		}
		return Meta{}, false, fmt.Errorf("%w: the %s body has %s, %d declared", ErrContentMismatch, kind, what, size)
	}
	var hash common.Hash
	h.Read(hash[:])
	if want != nil && hash != *want {
		return Meta{}, false, fmt.Errorf("%w: the %s body hashes to %s, the signed hash is %s", ErrContentMismatch, kind, hash, *want)
	}
	if m, ok := s.existing(ctx, kind, hash); ok {
		return m, true, nil
	}

	held, err := s.decoding.acquire(ctx, size)
	if err != nil {
		return Meta{}, false, fmt.Errorf("upload %s: waiting to decode: %w", kind, context.Cause(ctx))
	}
	data := make([]byte, size)
	_, err = f.ReadAt(data, 0)
	var blob *client.Blob
	if err == nil {
		blob, err = client.DecodeBlob(ctx, kind, data)
		if err != nil && ctx.Err() == nil {
			err = fmt.Errorf("%w: %w", ErrMalformed, err)
		}
	}
	data = nil
	s.decoding.release(held)
	if err != nil {
		if ctx.Err() != nil {
			err = context.Cause(ctx)
		}
		return Meta{}, false, fmt.Errorf("upload %s: %w", kind, err)
	}
	if err := f.Close(); err != nil {
		return Meta{}, false, fmt.Errorf("upload %s: staging file: %w", kind, err)
	}
	now := s.now()
	m := Meta{Kind: kind, Root: blob.Root, Size: size, Hash: hash, Uploader: uploader, Uploaded: now, Since: now}
	switch {
	case blob.Model != nil:
		m.Layers = uint32(len(blob.Model.Layers))
		m.InWidth, m.OutWidth = uint32(blob.Model.InputWidth()), uint32(blob.Model.OutputWidth())
	case blob.Input != nil:
		m.Rows, m.InWidth = uint32(blob.Input.Rows), uint32(blob.Input.Width)
	case blob.Trace != nil:
		m.Rows, m.Layers = uint32(blob.Trace.Rows), uint32(blob.Trace.Layers)
	}
	return s.commit(ctx, m, tmp)
}

// existing returns the stored blob of kind whose bytes hash to hash,
// restarting its TTL, when its file is present.
func (s *Store) existing(ctx context.Context, kind string, hash common.Hash) (Meta, bool) {
	s.mu.RLock()
	root, ok := s.hashes[hashIdx{kind, hash}]
	var e *entry
	if ok {
		e = s.blobs[Key{kind, root}]
	}
	s.mu.RUnlock()
	if e == nil {
		return Meta{}, false
	}
	if n, err := s.backend.Stat(ctx, e.meta.Key()); err != nil || n != e.meta.Size {
		return Meta{}, false // the file is gone: store the bytes again
	}
	return s.refresh(e.meta.Key())
}

// refresh restarts the TTL of an unreferenced blob and returns its Meta,
// or false when it was deleted meanwhile.
func (s *Store) refresh(k Key) (Meta, bool) {
	s.metaMu.Lock()
	defer s.metaMu.Unlock()
	return s.refreshLocked(k)
}

// refreshLocked is refresh with metaMu held.
func (s *Store) refreshLocked(k Key) (Meta, bool) {
	s.mu.RLock()
	e := s.blobs[k]
	s.mu.RUnlock()
	if e == nil {
		return Meta{}, false
	}
	if len(e.refs) == 0 {
		m := e.meta
		m.Since = s.now()
		// Not fsynced: losing a TTL extension in a machine crash is harmless.
		if err := s.db.Set(metaKey(k), encodeMeta(&m), pebble.NoSync); err != nil {
			s.log.Warn("store: restart TTL", "blob", k, "err", err)
		} else {
			s.mu.Lock()
			e.meta.Since = m.Since
			s.mu.Unlock()
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.fill(e), true
}

// commit moves a verified staging file to the backend and records it.
func (s *Store) commit(ctx context.Context, m Meta, tmp string) (Meta, bool, error) {
	k := m.Key()
	st := s.stripe(k)
	st.Lock()
	defer st.Unlock()
	// Under the stripe the blob cannot be collected meanwhile.
	s.mu.RLock()
	e := s.blobs[k]
	s.mu.RUnlock()
	if e != nil {
		return s.commitExisting(ctx, e, m, tmp)
	}
	if err := s.putFile(ctx, k, tmp, m.Size); err != nil {
		return Meta{}, false, fmt.Errorf("upload %s: store bytes: %w", k, err)
	}
	s.metaMu.Lock()
	defer s.metaMu.Unlock()
	b := s.db.NewBatch()
	b.Set(metaKey(k), encodeMeta(&m), nil)
	b.Set(hashKey(m.Kind, m.Hash), m.Root[:], nil)
	if err := b.Commit(pebble.Sync); err != nil {
		if derr := s.backend.Delete(context.WithoutCancel(ctx), k); derr != nil {
			s.log.Warn("store: remove unrecorded blob", "blob", k, "err", derr)
		}
		return Meta{}, false, fmt.Errorf("upload %s: record: %w", k, err)
	}
	s.mu.Lock()
	s.blobs[k] = &entry{meta: m, refs: map[common.Hash]uint64{}}
	s.hashes[hashIdx{m.Kind, m.Hash}] = m.Root
	s.charge(m.Uploader, m.Size)
	s.mu.Unlock()
	return m, false, nil
}

func layout(m *Meta) string {
	return fmt.Sprintf("%d rows × %d layers", m.Rows, m.Layers)
}

// commitExisting commits an upload whose root is recorded already, with
// the key's stripe held: the same bytes (a concurrent upload won, or the
// file was lost and is restored), or other bytes with the same root. Only
// a trace can have those: its root binds the leaves and their count R·L,
// not R and L apart, so the same leaves laid out as other rows × layers
// hash to the same root. The new layout replaces the stored one unless a
// tx refers to it or an admission check passed on it within the TTL (a
// receipt admitted on that layout awaits inclusion); CheckTrace wants the
// job's exact layout, so that challengers decode the trace as the job.
func (s *Store) commitExisting(ctx context.Context, e *entry, m Meta, tmp string) (Meta, bool, error) {
	k := m.Key()
	s.metaMu.Lock()
	defer s.metaMu.Unlock()
	n, err := s.backend.Stat(ctx, k)
	present := err == nil && n == e.meta.Size
	if e.meta.Hash == m.Hash {
		if !present {
			s.log.Warn("store: a recorded blob's file was missing or damaged; restored from a new upload", "blob", k, "err", err)
			if err := s.putFile(ctx, k, tmp, m.Size); err != nil {
				return Meta{}, false, fmt.Errorf("upload %s: store bytes: %w", k, err)
			}
		}
		got, _ := s.refreshLocked(k)
		return got, present, nil
	}
	now := s.now()
	s.mu.RLock()
	old, refs, touched := e.meta, len(e.refs), e.touched
	s.mu.RUnlock()
	if refs > 0 || (!touched.IsZero() && now.Sub(touched) < s.cfg.TTL) {
		why := "an included tx refers to it"
		if refs == 0 {
			why = "a tx admitted on it awaits inclusion"
		}
		return Meta{}, false, fmt.Errorf("%w: %s is stored with the same root as %s and %s; this upload lays out the same leaves as %s",
			ErrMismatch, k, layout(&old), why, layout(&m))
	}
	if err := s.putFile(ctx, k, tmp, m.Size); err != nil {
		return Meta{}, false, fmt.Errorf("upload %s: store bytes: %w", k, err)
	}
	b := s.db.NewBatch()
	b.Delete(hashKey(old.Kind, old.Hash), nil)
	b.Set(metaKey(k), encodeMeta(&m), nil)
	b.Set(hashKey(m.Kind, m.Hash), m.Root[:], nil)
	if err := b.Commit(pebble.Sync); err != nil {
		// The file holds the new bytes, the record the old: Open drops
		// the record (size) or Get reports ErrCorrupt (same size) until a
		// new upload restores one of them.
		return Meta{}, false, fmt.Errorf("upload %s: record: %w", k, err)
	}
	s.mu.Lock()
	delete(s.hashes, hashIdx{old.Kind, old.Hash})
	s.hashes[hashIdx{m.Kind, m.Hash}] = m.Root
	s.charge(old.Uploader, -old.Size)
	s.charge(m.Uploader, m.Size)
	e.meta, e.touched = m, time.Time{}
	s.mu.Unlock()
	s.log.Info("store: replaced a trace's layout", "blob", k, "was", layout(&old), "now", layout(&m))
	return m, false, nil
}

func (s *Store) putFile(ctx context.Context, k Key, path string, size int64) error {
	if a, ok := s.backend.(FileAdopter); ok {
		return a.PutFile(ctx, k, path, size)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return s.backend.Put(ctx, k, f, size)
}

// Stat returns the Meta of a stored blob.
func (s *Store) Stat(kind string, root common.Hash) (Meta, error) {
	if err := checkKind(kind); err != nil {
		return Meta{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	e := s.blobs[Key{kind, root}]
	if e == nil {
		return Meta{}, fmt.Errorf("%w: no %s with root %s", ErrNotFound, kind, root)
	}
	return s.fill(e), nil
}

// Get opens a stored blob. The reader checks the bytes against their
// recorded size and keccak256 as they go: a corrupt file fails the read
// that would complete it with ErrCorrupt (withholding that last chunk).
func (s *Store) Get(ctx context.Context, kind string, root common.Hash) (io.ReadCloser, Meta, error) {
	s.lifeMu.RLock()
	closed := s.closed
	s.lifeMu.RUnlock()
	if closed {
		return nil, Meta{}, ErrClosed
	}
	m, err := s.Stat(kind, root)
	if err != nil {
		return nil, Meta{}, err
	}
	rc, n, err := s.backend.Open(ctx, m.Key())
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			return nil, Meta{}, fmt.Errorf("%w: the file of %s is missing", ErrNotFound, m.Key())
		}
		return nil, Meta{}, fmt.Errorf("open %s: %w", m.Key(), err)
	}
	if n != m.Size {
		rc.Close()
		return nil, Meta{}, fmt.Errorf("%w: %s has %d bytes, %d recorded", ErrCorrupt, m.Key(), n, m.Size)
	}
	return &verifyReader{rc: rc, key: m.Key(), want: m.Hash, size: m.Size, h: crypto.NewKeccakState()}, m, nil
}

// verifyReader checks a blob's bytes against its recorded size and hash.
type verifyReader struct {
	rc   io.ReadCloser
	key  Key
	want common.Hash
	size int64
	n    int64
	h    crypto.KeccakState
	err  error
}

func (v *verifyReader) Read(p []byte) (int, error) {
	if v.err != nil {
		return 0, v.err
	}
	n, err := v.rc.Read(p)
	if int64(n) > v.size-v.n {
		v.err = fmt.Errorf("%w: %s is longer than its %d recorded bytes", ErrCorrupt, v.key, v.size)
		return 0, v.err
	}
	if n == 0 {
		if err == io.EOF && v.n < v.size {
			v.err = fmt.Errorf("%w: %s ends after %d of %d bytes", ErrCorrupt, v.key, v.n, v.size)
			return 0, v.err
		}
		return 0, err
	}
	v.h.Write(p[:n])
	v.n += int64(n)
	if v.n == v.size {
		var got common.Hash
		v.h.Read(got[:])
		if got != v.want {
			v.err = fmt.Errorf("%w: %s hashes to %s, %s recorded", ErrCorrupt, v.key, got, v.want)
			return 0, v.err
		}
	}
	if err == io.EOF && v.n < v.size {
		v.err = fmt.Errorf("%w: %s ends after %d of %d bytes", ErrCorrupt, v.key, v.n, v.size)
		return n, v.err
	}
	return n, err
}

func (v *verifyReader) Close() error { return v.rc.Close() }

// read reads a stored blob in full (verified), within the decode budget,
// and passes it to fn.
func (s *Store) read(ctx context.Context, kind string, root common.Hash, fn func([]byte) error) error {
	ctx, end, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer end()
	m, err := s.Stat(kind, root)
	if err != nil {
		return err
	}
	held, err := s.decoding.acquire(ctx, m.Size)
	if err != nil {
		return fmt.Errorf("read %s: waiting to decode: %w", m.Key(), err)
	}
	defer s.decoding.release(held)
	rc, m, err := s.Get(ctx, kind, root)
	if err != nil {
		return err
	}
	defer rc.Close()
	data := make([]byte, m.Size)
	if _, err := io.ReadFull(rc, data); err != nil {
		return fmt.Errorf("read %s: %w", m.Key(), err)
	}
	s.metrics.Served(kind, m.Size)
	return fn(data)
}

// Model returns the stored model with root.
func (s *Store) Model(ctx context.Context, root common.Hash) (*job.Model, error) {
	var m *job.Model
	err := s.read(ctx, client.KindModel, root, func(b []byte) (err error) {
		m, err = job.DecodeModel(b)
		return err
	})
	return m, err
}

// Input returns the stored input with root.
func (s *Store) Input(ctx context.Context, root common.Hash) (*job.Input, error) {
	var in *job.Input
	err := s.read(ctx, client.KindInput, root, func(b []byte) (err error) {
		in, err = job.DecodeInput(b)
		return err
	})
	return in, err
}

// Trace returns the stored trace with root.
func (s *Store) Trace(ctx context.Context, root common.Hash) (*job.StoredTrace, error) {
	var t *job.StoredTrace
	err := s.read(ctx, client.KindTrace, root, func(b []byte) (err error) {
		t, err = job.DecodeTrace(b)
		return err
	})
	return t, err
}

// Verify re-reads a stored blob, decodes it and recomputes its root: a
// scrub against silent corruption (ErrCorrupt when it fails).
func (s *Store) Verify(ctx context.Context, kind string, root common.Hash) error {
	return s.read(ctx, kind, root, func(b []byte) error {
		blob, err := client.DecodeBlob(ctx, kind, b)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("%w: %s/%s no longer decodes: %w", ErrCorrupt, kind, root, err)
		}
		if blob.Root != root {
			return fmt.Errorf("%w: %s/%s hashes to %s", ErrCorrupt, kind, root, blob.Root)
		}
		return nil
	})
}

// KindStats counts the blobs of one kind.
type KindStats struct {
	Blobs, Bytes                     int64
	ReferencedBlobs, ReferencedBytes int64
}

// Stats is a snapshot of the store for metrics.
type Stats struct {
	Kinds map[string]KindStats
	// Accounts is the number of accounts charged with unreferenced bytes.
	Accounts int
	// Refs is the number of referring txs (job and receipt ids).
	Refs int
	// FinalizedBatch is the highest batch reported final (valid when
	// Finalized).
	FinalizedBatch uint64
	Finalized      bool
}

// Stats returns the store's counts.
func (s *Store) Stats() Stats {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st := Stats{Kinds: map[string]KindStats{}, Refs: len(s.refIdx)}
	for _, k := range kinds {
		st.Kinds[k] = KindStats{}
	}
	for _, e := range s.blobs {
		ks := st.Kinds[e.meta.Kind]
		ks.Blobs++
		ks.Bytes += e.meta.Size
		if len(e.refs) > 0 {
			ks.ReferencedBlobs++
			ks.ReferencedBytes += e.meta.Size
		}
		st.Kinds[e.meta.Kind] = ks
	}
	for _, n := range s.usage {
		if n > 0 {
			st.Accounts++
		}
	}
	if len(s.finals) > 0 {
		st.FinalizedBatch, st.Finalized = s.finals[len(s.finals)-1].batch, true
	}
	return st
}

// Usage returns the bytes of account's unreferenced uploads, as its quota
// counts them.
func (s *Store) Usage(account common.Address) int64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.usage[account]
}
