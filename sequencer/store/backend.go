package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/client"
)

// Key addresses a blob: its kind and root.
type Key struct {
	Kind string
	Root common.Hash
}

func (k Key) String() string { return k.Kind + "/" + k.Root.Hex() }

// Backend holds blob bytes by key. The store keeps the metadata (pebble)
// and calls the backend only for bytes, so an S3-compatible object store
// can replace the disk. Blobs are immutable: a key's bytes never change
// (content addressing), so a Put over an existing key may replace it with
// the same bytes. Missing keys are errors wrapping ErrNotFound.
type Backend interface {
	// Put stores exactly size bytes read from r under key, atomically (a
	// reader sees no blob or the whole blob) and durably when it returns.
	// Fewer bytes than size is an error and stores nothing.
	Put(ctx context.Context, key Key, r io.Reader, size int64) error
	// Open opens the blob for reading and returns its size.
	Open(ctx context.Context, key Key) (io.ReadCloser, int64, error)
	// Stat returns the blob's size.
	Stat(ctx context.Context, key Key) (int64, error)
	// Delete removes the blob; a missing key is not an error.
	Delete(ctx context.Context, key Key) error
	// List calls fn for every stored blob, in no particular order.
	List(ctx context.Context, fn func(key Key, size int64) error) error
}

// FileAdopter is implemented by backends that can take a finished local
// file, as the store's staging directory holds it, without copying it
// (Disk: a rename). path is consumed (moved or removed) on success.
type FileAdopter interface {
	PutFile(ctx context.Context, key Key, path string, size int64) error
}

// TempCleaner is implemented by backends that leave temporary files
// behind after a crash; the store calls it at Open, when it is the only
// writer.
type TempCleaner interface {
	RemoveTemp(ctx context.Context) (removed int, err error)
}

// Disk is the Backend on a local directory: <dir>/<kind>/<first byte of
// the root, 2 hex digits>/0x<root>. Writes go to a temporary file in the
// same directory, are fsynced, renamed into place, and the directory is
// fsynced, so a crash leaves either the whole blob or a temporary file
// (removed by RemoveTemp).
type Disk struct {
	dir string
}

var (
	_ Backend     = (*Disk)(nil)
	_ FileAdopter = (*Disk)(nil)
	_ TempCleaner = (*Disk)(nil)
)

// diskTempPrefix starts every temporary file name of a Disk.
const diskTempPrefix = ".tmp-"

var kinds = []string{client.KindModel, client.KindInput, client.KindTrace}

// NewDisk returns the disk backend rooted at dir, creating it.
func NewDisk(dir string) (*Disk, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("blob directory: %w", err)
	}
	return &Disk{dir: dir}, nil
}

// Dir returns the backend's directory.
func (d *Disk) Dir() string { return d.dir }

// Path returns the file of key.
func (d *Disk) Path(key Key) string {
	return filepath.Join(d.dir, key.Kind, fmt.Sprintf("%02x", key.Root[0]), key.Root.Hex())
}

func checkKind(kind string) error {
	for _, k := range kinds {
		if k == kind {
			return nil
		}
	}
	return fmt.Errorf("%w: %w %q (want %s)", ErrBadRequest, client.ErrUnknownKind, kind, strings.Join(kinds, ", "))
}

func notFound(key Key, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s", ErrNotFound, key)
	}
	return err
}

// ctxReader fails reads once ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// Put implements Backend.
func (d *Disk) Put(ctx context.Context, key Key, r io.Reader, size int64) error {
	if err := checkKind(key.Kind); err != nil {
		return err
	}
	final := d.Path(key)
	if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	f, err := os.CreateTemp(filepath.Dir(final), diskTempPrefix+"*")
	if err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	n, err := io.CopyN(f, ctxReader{ctx, r}, size)
	if err != nil {
		return fmt.Errorf("put %s: %d of %d bytes: %w", key, n, size, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("put %s: fsync: %w", key, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	ok = true
	return syncDir(filepath.Dir(final))
}

// PutFile implements FileAdopter: it fsyncs path and renames it into
// place (copying when path is on another file system).
func (d *Disk) PutFile(ctx context.Context, key Key, path string, size int64) error {
	if err := checkKind(key.Kind); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	if st.Size() != size {
		return fmt.Errorf("put %s: file of %d bytes, want %d", key, st.Size(), size)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("put %s: fsync: %w", key, err)
	}
	final := d.Path(key)
	if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	if err := os.Rename(path, final); err != nil {
		if !errors.Is(err, syscall.EXDEV) {
			return fmt.Errorf("put %s: %w", key, err)
		}
		if err := d.Put(ctx, key, f, size); err != nil {
			return err
		}
		return os.Remove(path)
	}
	if err := syncDir(filepath.Dir(final)); err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	return nil
}

func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("fsync %s: %w", dir, err)
	}
	return nil
}

// Open implements Backend.
func (d *Disk) Open(_ context.Context, key Key) (io.ReadCloser, int64, error) {
	if err := checkKind(key.Kind); err != nil {
		return nil, 0, err
	}
	f, err := os.Open(d.Path(key))
	if err != nil {
		return nil, 0, notFound(key, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, st.Size(), nil
}

// Stat implements Backend.
func (d *Disk) Stat(_ context.Context, key Key) (int64, error) {
	if err := checkKind(key.Kind); err != nil {
		return 0, err
	}
	st, err := os.Stat(d.Path(key))
	if err != nil {
		return 0, notFound(key, err)
	}
	return st.Size(), nil
}

// Delete implements Backend.
func (d *Disk) Delete(_ context.Context, key Key) error {
	if err := checkKind(key.Kind); err != nil {
		return err
	}
	if err := os.Remove(d.Path(key)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("delete %s: %w", key, err)
	}
	return nil
}

// walk calls fn for every regular file two levels under each kind's
// directory.
func (d *Disk) walk(ctx context.Context, fn func(kind, name, path string, info fs.FileInfo) error) error {
	for _, kind := range kinds {
		prefixes, err := os.ReadDir(filepath.Join(d.dir, kind))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		for _, p := range prefixes {
			if !p.IsDir() {
				continue
			}
			pdir := filepath.Join(d.dir, kind, p.Name())
			files, err := os.ReadDir(pdir)
			if err != nil {
				return err
			}
			for _, f := range files {
				if err := ctx.Err(); err != nil {
					return err
				}
				info, err := f.Info()
				if errors.Is(err, fs.ErrNotExist) {
					continue
				}
				if err != nil {
					return err
				}
				if !info.Mode().IsRegular() {
					continue
				}
				if err := fn(kind, f.Name(), filepath.Join(pdir, f.Name()), info); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// List implements Backend. Files that are not blobs (temporary files,
// foreign names) are skipped.
func (d *Disk) List(ctx context.Context, fn func(key Key, size int64) error) error {
	return d.walk(ctx, func(kind, name, path string, info fs.FileInfo) error {
		root, ok := parseRootName(name)
		if !ok {
			return nil
		}
		key := Key{Kind: kind, Root: root}
		if d.Path(key) != path {
			return nil // a blob under the wrong prefix directory is not ours
		}
		return fn(key, info.Size())
	})
}

// RemoveTemp implements TempCleaner: it removes every temporary file.
func (d *Disk) RemoveTemp(ctx context.Context) (int, error) {
	n := 0
	err := d.walk(ctx, func(_, name, path string, _ fs.FileInfo) error {
		if !strings.HasPrefix(name, diskTempPrefix) {
			return nil
		}
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		n++
		return nil
	})
	return n, err
}

// parseRootName parses "0x" + 64 hex digits (lower case, as Key.Root.Hex
// writes it).
func parseRootName(s string) (common.Hash, bool) {
	if len(s) != 66 || s[:2] != "0x" {
		return common.Hash{}, false
	}
	for _, c := range s[2:] {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return common.Hash{}, false
		}
	}
	return common.HexToHash(s), true
}
