package mempool

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"

	"github.com/gpuroll/gpuroll/state"
)

// The journal file: an 8-byte header, then records
//
//	len(4, big-endian, 1…state.MaxTxBytes) ‖ crc32c(len ‖ payload)(4) ‖ payload
//
// where payload is one tx's canonical encoding. Records are only ever
// appended (group commit: one write and one fsync per group of concurrent
// appends) until a compaction rewrites the file with the live txs. A
// record that is short or fails its checksum ends the journal: Open
// truncates the file there (a torn tail after a crash).
const (
	journalMagic = "GPRLMPJ\x01" // 7 bytes of magic and a version byte
	headerLen    = int64(len(journalMagic))
	recordHead   = 8 // len(4) ‖ crc(4)
)

var (
	errShortRecord = errors.New("journal record truncated")
	errBadRecord   = errors.New("journal record corrupt")
)

func crc32c() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) }

func recordCRC(head []byte, payload []byte) uint32 {
	t := crc32c()
	return crc32.Update(crc32.Update(0, t, head), t, payload)
}

// appendRecord appends payload's record to dst.
func appendRecord(dst, payload []byte) []byte {
	var h [recordHead]byte
	binary.BigEndian.PutUint32(h[:4], uint32(len(payload)))
	binary.BigEndian.PutUint32(h[4:], recordCRC(h[:4], payload))
	return append(append(dst, h[:]...), payload...)
}

// recordSize is the size of payload's record in the journal.
func recordSize(payloadLen int) int64 { return int64(recordHead + payloadLen) }

// decodeRecord decodes the record at the start of b: its payload (aliasing
// b) and length. errShortRecord: b ends inside the record; errBadRecord:
// a length out of range or a checksum mismatch.
func decodeRecord(b []byte) (payload []byte, n int, err error) {
	if len(b) < recordHead {
		return nil, 0, errShortRecord
	}
	l := binary.BigEndian.Uint32(b[:4])
	if l == 0 || l > state.MaxTxBytes {
		return nil, 0, fmt.Errorf("%w: length %d", errBadRecord, l)
	}
	n = recordHead + int(l)
	if len(b) < n {
		return nil, 0, errShortRecord
	}
	if binary.BigEndian.Uint32(b[4:8]) != recordCRC(b[:4], b[recordHead:n]) {
		return nil, 0, fmt.Errorf("%w: checksum mismatch", errBadRecord)
	}
	return b[recordHead:n], n, nil
}

// readRecords reads a journal's records from r (after the header) up to
// the first short or corrupt one. It returns the payloads (copies), the
// bytes they span and the error that stopped it (nil at a clean end).
func readRecords(r io.Reader) (payloads [][]byte, valid int64, stop error) {
	br := bufio.NewReaderSize(r, 1<<20)
	buf := make([]byte, recordHead+state.MaxTxBytes)
	for {
		if _, err := io.ReadFull(br, buf[:recordHead]); err != nil {
			if err == io.EOF {
				return payloads, valid, nil
			}
			if err == io.ErrUnexpectedEOF {
				return payloads, valid, errShortRecord
			}
			return payloads, valid, err
		}
		l := binary.BigEndian.Uint32(buf[:4])
		if l == 0 || l > state.MaxTxBytes {
			return payloads, valid, fmt.Errorf("%w: length %d", errBadRecord, l)
		}
		if _, err := io.ReadFull(br, buf[recordHead:recordHead+int(l)]); err != nil {
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				return payloads, valid, errShortRecord
			}
			return payloads, valid, err
		}
		payload, n, err := decodeRecord(buf[:recordHead+int(l)])
		if err != nil {
			return payloads, valid, err
		}
		payloads = append(payloads, bytes.Clone(payload))
		valid += int64(n)
	}
}

// group is the records appended while the previous write was in flight:
// one write and one fsync for all of them. The records are framed by the
// appenders before they take the pool's lock; the flusher copies them
// into one buffer.
type group struct {
	recs  [][]byte
	bytes int
	n     int
	done  chan struct{}
	err   error // set before done is closed
}

func newGroup() *group { return &group{done: make(chan struct{})} }

func (g *group) finish(err error) {
	g.err = err
	close(g.done)
}

// journal is the pool's append-only file. Appends come from the pool
// (under its lock, so the file's order is the pool's order); one flusher
// goroutine writes, syncs and compacts.
type journal struct {
	path     string
	log      *slog.Logger
	minBytes int64
	// live returns the record bytes of the pool's txs.
	live func() int64
	// snapshot returns the payloads of the pool's txs in arrival order,
	// calling swap while the pool cannot change (so the records swap
	// takes are exactly those appended before the snapshot).
	snapshot func(swap func()) [][]byte

	// Owned by the flusher (and by openJournal before it starts).
	f    *os.File
	size int64
	wbuf []byte // reused write buffer

	mu     sync.Mutex
	cur    *group
	broken error // a write or sync failed in a way a retry cannot fix

	kick    chan struct{}
	barrier chan chan struct{}
	quit    chan struct{}
	done    chan struct{}
	closeMu sync.Mutex
	closed  bool
	err     error // the close error

	writes, syncs, records, compactions atomic.Uint64
	fileBytes                           atomic.Int64
}

// openJournal opens (or creates) the journal at path and returns the
// payloads of its valid records. A torn tail is truncated.
func openJournal(path string, log *slog.Logger) (*journal, [][]byte, error) {
	// A compaction cut short by a crash leaves its temp file: the journal
	// itself is intact (the rename did not happen).
	if err := os.Remove(path + ".tmp"); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("remove journal temp file: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, nil, fmt.Errorf("open journal: %w", err)
	}
	j := &journal{path: path, log: log, f: f, cur: newGroup(),
		kick: make(chan struct{}, 1), barrier: make(chan chan struct{}), quit: make(chan struct{}), done: make(chan struct{})}
	payloads, err := j.load()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	j.fileBytes.Store(j.size)
	return j, payloads, nil
}

func (j *journal) load() ([][]byte, error) {
	fi, err := j.f.Stat()
	if err != nil {
		return nil, fmt.Errorf("journal %s: %w", j.path, err)
	}
	head := make([]byte, headerLen)
	n, err := io.ReadFull(j.f, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, fmt.Errorf("journal %s: read header: %w", j.path, err)
	}
	if !bytes.HasPrefix([]byte(journalMagic), head[:n]) {
		return nil, fmt.Errorf("journal %s: not a mempool journal (bad header %x)", j.path, head[:n])
	}
	if int64(n) < headerLen {
		// New, or torn while being created: start it afresh.
		if err := j.f.Truncate(0); err != nil {
			return nil, fmt.Errorf("journal %s: %w", j.path, err)
		}
		if _, err := j.f.WriteAt([]byte(journalMagic), 0); err != nil {
			return nil, fmt.Errorf("journal %s: write header: %w", j.path, err)
		}
		if err := j.f.Sync(); err != nil {
			return nil, fmt.Errorf("journal %s: %w", j.path, err)
		}
		if err := syncDir(filepath.Dir(j.path)); err != nil {
			return nil, err
		}
		j.size = headerLen
		return nil, nil
	}
	payloads, valid, stop := readRecords(j.f)
	j.size = headerLen + valid
	if stop != nil {
		if !errors.Is(stop, errShortRecord) && !errors.Is(stop, errBadRecord) {
			return nil, fmt.Errorf("journal %s: %w", j.path, stop)
		}
		j.log.Warn("mempool journal: truncating a torn or corrupt tail", "path", j.path,
			"records", len(payloads), "offset", j.size, "discarded_bytes", fi.Size()-j.size, "reason", stop)
	}
	if fi.Size() != j.size {
		if err := j.f.Truncate(j.size); err != nil {
			return nil, fmt.Errorf("journal %s: truncate torn tail: %w", j.path, err)
		}
		if err := j.f.Sync(); err != nil {
			return nil, fmt.Errorf("journal %s: %w", j.path, err)
		}
	}
	return payloads, nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync journal dir: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync journal dir %s: %w", dir, err)
	}
	return nil
}

func (j *journal) start() { go j.run() }

// failed reports why appends cannot succeed (nil when they can).
func (j *journal) failed() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.broken
}

// append queues records (appendRecord's); the group's done channel closes
// once they are durable (or failed). The caller holds the pool's lock.
func (j *journal) append(recs [][]byte) *group {
	j.mu.Lock()
	g := j.cur
	if j.broken != nil {
		j.mu.Unlock()
		g := newGroup()
		g.finish(j.broken)
		return g
	}
	g.recs = append(g.recs, recs...)
	for _, r := range recs {
		g.bytes += len(r)
	}
	g.n += len(recs)
	j.mu.Unlock()
	j.poke()
	return g
}

// poke wakes the flusher (it writes the current group and checks whether
// to compact).
func (j *journal) poke() {
	select {
	case j.kick <- struct{}{}:
	default:
	}
}

// sync waits until everything appended before it is durable and a
// compaction due has run.
func (j *journal) sync() {
	ch := make(chan struct{})
	select {
	case j.barrier <- ch:
		<-ch
	case <-j.done:
	}
}

func (j *journal) run() {
	defer close(j.done)
	for {
		var barrier chan struct{}
		select {
		case <-j.kick:
		case barrier = <-j.barrier:
		case <-j.quit:
			j.flush()
			err := j.f.Sync()
			if cerr := j.f.Close(); err == nil {
				err = cerr
			}
			if b := j.failed(); b != nil {
				err = b
			}
			j.err = err
			return
		}
		j.flush()
		j.maybeCompact()
		if barrier != nil {
			close(barrier)
		}
	}
}

// flush writes and syncs the current group.
func (j *journal) flush() {
	j.mu.Lock()
	g := j.cur
	if g.n == 0 {
		j.mu.Unlock()
		return
	}
	j.cur = newGroup()
	j.mu.Unlock()
	g.finish(j.write(g))
}

func (j *journal) setBroken(err error) {
	j.mu.Lock()
	if j.broken == nil {
		j.broken = err
	}
	j.mu.Unlock()
	j.log.Error("mempool journal failed: the pool refuses txs until restarted", "path", j.path, "err", err)
}

// write appends g's records at the end of the file and syncs. A failed
// write is cut off again so the file stays a valid journal; a failed
// sync breaks the journal (the kernel may have dropped the pages).
func (j *journal) write(g *group) error {
	if err := j.failed(); err != nil {
		return err
	}
	j.writes.Add(1)
	buf := j.wbuf[:0]
	if cap(buf) < g.bytes || cap(buf) > 4*g.bytes+(1<<20) {
		buf = make([]byte, 0, g.bytes)
	}
	for _, r := range g.recs {
		buf = append(buf, r...)
	}
	j.wbuf = buf
	if _, err := j.f.WriteAt(buf, j.size); err != nil {
		err = fmt.Errorf("write journal: %w", err)
		if terr := j.f.Truncate(j.size); terr != nil {
			j.setBroken(fmt.Errorf("%w; cutting it off failed too: %v", err, terr))
		}
		return err
	}
	if err := j.f.Sync(); err != nil {
		err = fmt.Errorf("sync journal: %w", err)
		j.setBroken(err)
		return err
	}
	j.syncs.Add(1)
	j.records.Add(uint64(g.n))
	j.size += int64(len(buf))
	j.fileBytes.Store(j.size)
	return nil
}

// maybeCompact rewrites the journal when its records exceed twice the
// live ones (and the floor).
func (j *journal) maybeCompact() {
	if j.failed() != nil {
		return
	}
	recs, live := j.size-headerLen, j.live()
	if recs <= 2*live || recs <= j.minBytes {
		return
	}
	if err := j.compact(); err != nil {
		j.log.Warn("mempool journal: compaction failed", "path", j.path, "err", err)
	}
}

// compact rewrites the journal with the pool's live txs: a temp file,
// fsync, rename over the journal, fsync of the directory. Records
// appended meanwhile go to the new file.
func (j *journal) compact() error {
	var g *group
	payloads := j.snapshot(func() {
		j.mu.Lock()
		g = j.cur
		j.cur = newGroup()
		j.mu.Unlock()
	})
	size, switched, err := j.rewrite(payloads)
	if switched {
		j.size = size
		j.fileBytes.Store(size)
		j.compactions.Add(1)
	}
	if switched || g.n == 0 {
		// g's records were live at the snapshot, so they are in the new
		// file (or were removed before it: nothing to keep).
		g.finish(err)
		return err
	}
	// The old journal is intact: write g to it as usual.
	g.finish(j.write(g))
	return err
}

// rewrite writes payloads to a temp file and renames it over the journal.
// switched: the journal is now the new file (err may still be set: the
// directory sync failed, and the journal is broken).
func (j *journal) rewrite(payloads [][]byte) (size int64, switched bool, err error) {
	tmp := j.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return 0, false, fmt.Errorf("compact journal: %w", err)
	}
	size, err = writeJournal(f, payloads)
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = os.Rename(tmp, j.path)
	}
	if err != nil {
		f.Close()
		os.Remove(tmp)
		return 0, false, fmt.Errorf("compact journal: %w", err)
	}
	old := j.f
	j.f = f
	old.Close()
	if err := syncDir(filepath.Dir(j.path)); err != nil {
		// The rename may not survive a crash, and the records taken by
		// the snapshot live only in the new file: stop accepting txs.
		j.setBroken(err)
		return size, true, err
	}
	return size, true, nil
}

func writeJournal(f *os.File, payloads [][]byte) (int64, error) {
	w := bufio.NewWriterSize(f, 1<<20)
	size := headerLen
	if _, err := w.WriteString(journalMagic); err != nil {
		return 0, err
	}
	var rec []byte
	for _, p := range payloads {
		rec = appendRecord(rec[:0], p)
		if _, err := w.Write(rec); err != nil {
			return 0, err
		}
		size += int64(len(rec))
	}
	return size, w.Flush()
}

// close flushes what is queued, syncs and closes the file.
func (j *journal) close() error {
	j.closeMu.Lock()
	defer j.closeMu.Unlock()
	if !j.closed {
		j.closed = true
		close(j.quit)
		<-j.done
	}
	return j.err
}
