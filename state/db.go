package state

import (
	"fmt"
	"log/slog"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/sstable"
	"github.com/cockroachdb/pebble/v2/vfs"
)

// pebbleLogger routes pebble's messages to slog at debug level (its
// informational chatter is not the operator's concern) and errors at
// error level.
type pebbleLogger struct{ log *slog.Logger }

func (l pebbleLogger) Infof(format string, args ...any) {
	l.log.Debug(fmt.Sprintf(format, args...), "component", "pebble")
}
func (l pebbleLogger) Errorf(format string, args ...any) {
	l.log.Error(fmt.Sprintf(format, args...), "component", "pebble")
}
func (l pebbleLogger) Fatalf(format string, args ...any) {
	// pebble calls Fatalf on unrecoverable corruption and expects no return.
	l.log.Error(fmt.Sprintf(format, args...), "component", "pebble")
	panic(fmt.Sprintf("pebble: "+format, args...))
}

// DBCacheBytes is pebble's block cache size for a State database.
const DBCacheBytes = 512 << 20

// OpenDB opens (or creates) the pebble database of a State in dir; an
// empty dir means in memory (tests, benchmarks).
func OpenDB(dir string, log *slog.Logger) (*pebble.DB, error) {
	if log == nil {
		log = slog.Default()
	}
	// The state tree reads nodes by hash (random keys): a block cache that
	// holds the tree's upper levels matters more than anything else here.
	opts := &pebble.Options{Logger: pebbleLogger{log}, CacheSize: DBCacheBytes, MemTableSize: 64 << 20}
	// Tree nodes are hashes: incompressible. Compressing them only costs
	// CPU in every flush and compaction.
	for i := range opts.Levels {
		opts.Levels[i].Compression = func() *sstable.CompressionProfile { return sstable.NoCompression }
	}
	if dir == "" {
		opts.FS = vfs.NewMem()
	}
	db, err := pebble.Open(dir, opts)
	if err != nil {
		return nil, fmt.Errorf("open state database %q: %w", dir, err)
	}
	return db, nil
}
