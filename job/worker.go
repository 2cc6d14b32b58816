package job

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"sync"
)

// The worker protocol of docs/job-format.md: the external executor writes
// one request to a worker process's stdin, the worker answers on stdout.
// A worker serves requests until EOF on stdin.

var (
	magicRequest  = [4]byte{'G', 'R', 'W', 'Q'}
	magicResponse = [4]byte{'G', 'R', 'W', 'R'}
)

const (
	statusOK    = 0
	statusError = 1
	// statusNoModel: the request named a model the worker has not cached.
	statusNoModel = 2
	// maxWorkerMessage bounds a worker's error message.
	maxWorkerMessage = 4096
)

// WorkerModel is a model encoded once for the worker protocol, with the
// key a worker caches it under: the SHA-256 of its encoding. A provider
// prepares each model once and then sends only the key.
type WorkerModel struct {
	Model *Model
	Key   [32]byte
	enc   []byte
}

// NewWorkerModel validates and encodes a model for workers.
func NewWorkerModel(m *Model) (*WorkerModel, error) {
	enc, err := EncodeModel(m)
	if err != nil {
		return nil, err
	}
	return &WorkerModel{Model: m, Key: sha256.Sum256(enc), enc: enc}, nil
}

// encodeRequest builds a request: magic, version, the model key, a flag
// (1: the model follows as a u64 length and its encoding; 0: the worker
// has it cached), then the input as a u64 length and its encoding.
func encodeRequest(wm *WorkerModel, withModel bool, ib []byte) []byte {
	n := 5 + 32 + 1 + 8 + len(ib)
	if withModel {
		n += 8 + len(wm.enc)
	}
	b := make([]byte, 0, n)
	b = append(b, magicRequest[:]...)
	b = append(b, FormatVersion)
	b = append(b, wm.Key[:]...)
	if withModel {
		b = append(b, 1)
		b = binary.LittleEndian.AppendUint64(b, uint64(len(wm.enc)))
		b = append(b, wm.enc...)
	} else {
		b = append(b, 0)
	}
	b = binary.LittleEndian.AppendUint64(b, uint64(len(ib)))
	return append(b, ib...)
}

// EncodeWorkerRequest encodes a request that carries its model.
func EncodeWorkerRequest(m *Model, in *Input) ([]byte, error) {
	wm, err := NewWorkerModel(m)
	if err != nil {
		return nil, err
	}
	ib, err := EncodeInput(in)
	if err != nil {
		return nil, err
	}
	return encodeRequest(wm, true, ib), nil
}

// WorkerRequest is one request as a worker reads it.
type WorkerRequest struct {
	Key [32]byte
	// Model is nil when the request names a model the worker should have
	// cached under Key.
	Model *Model
	Input *Input
}

// ReadWorkerRequest reads one request; it returns io.EOF when the stream
// ends cleanly before a request. A carried model must hash to its key.
func ReadWorkerRequest(r io.Reader) (*WorkerRequest, error) {
	var hdr [5 + 32 + 1]byte
	if _, err := io.ReadFull(r, hdr[:5]); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("%w: request header: %w", ErrFormat, err)
	}
	if !bytes.Equal(hdr[:4], magicRequest[:]) || hdr[4] != FormatVersion {
		return nil, fmt.Errorf("%w: not a version-%d worker request", ErrFormat, FormatVersion)
	}
	if _, err := io.ReadFull(r, hdr[5:]); err != nil {
		return nil, fmt.Errorf("%w: request header: %w", ErrFormat, err)
	}
	req := &WorkerRequest{Key: [32]byte(hdr[5:37])}
	switch hdr[37] {
	case 0:
	case 1:
		mb, err := readBlob(r, MaxModelBytes, "model")
		if err != nil {
			return nil, err
		}
		if sha256.Sum256(mb) != req.Key {
			return nil, fmt.Errorf("%w: model does not hash to its key", ErrFormat)
		}
		if req.Model, err = DecodeModel(mb); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: model flag %d", ErrFormat, hdr[37])
	}
	ib, err := readBlob(r, MaxInputBytes, "input")
	if err != nil {
		return nil, err
	}
	if req.Input, err = DecodeInput(ib); err != nil {
		return nil, err
	}
	if req.Model != nil {
		if err := checkInputFor(req.Model, req.Input); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFormat, err)
		}
	}
	return req, nil
}

func readBlob(r io.Reader, limit uint64, what string) ([]byte, error) {
	var lb [8]byte
	if _, err := io.ReadFull(r, lb[:]); err != nil {
		return nil, fmt.Errorf("%w: %s length: %w", ErrFormat, what, err)
	}
	n := binary.LittleEndian.Uint64(lb[:])
	if n > limit {
		return nil, fmt.Errorf("%w: %s of %d bytes above %d", ErrTooLarge, what, n, limit)
	}
	b, err := ReadAllLimited(io.LimitReader(r, int64(n)), n)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if uint64(len(b)) != n {
		return nil, fmt.Errorf("%w: %s truncated at %d of %d bytes", ErrFormat, what, len(b), n)
	}
	return b, nil
}

// EncodeWorkerResponse encodes a successful response: rows (u32), layers
// (u16), each layer's width (u32), each layer's activations (rows × width
// int8, row-major), then the R·L leaves (32-byte big-endian) in trace order.
func EncodeWorkerResponse(t *Trace) ([]byte, error) {
	L := len(t.Widths)
	if len(t.Leaves) != t.Rows*L {
		return nil, fmt.Errorf("trace with %d leaves for %d×%d", len(t.Leaves), t.Rows, L)
	}
	size := 5 + 1 + 4 + 2 + 4*L + 32*len(t.Leaves)
	for _, a := range t.Acts {
		size += len(a)
	}
	b := make([]byte, 0, size)
	b = append(b, magicResponse[:]...)
	b = append(b, FormatVersion, statusOK)
	b = binary.LittleEndian.AppendUint32(b, uint32(t.Rows))
	b = binary.LittleEndian.AppendUint16(b, uint16(L))
	for _, w := range t.Widths {
		b = binary.LittleEndian.AppendUint32(b, uint32(w))
	}
	for _, a := range t.Acts {
		b = appendInt8s(b, a)
	}
	for i := range t.Leaves {
		e := t.Leaves[i].Bytes()
		b = append(b, e[:]...)
	}
	return b, nil
}

// EncodeWorkerError encodes a failure response with a message.
func EncodeWorkerError(msg string) []byte { return encodeStatus(statusError, msg) }

func encodeStatus(status byte, msg string) []byte {
	if len(msg) > maxWorkerMessage {
		msg = msg[:maxWorkerMessage]
	}
	b := append([]byte(nil), magicResponse[:]...)
	b = append(b, FormatVersion, status)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(msg)))
	return append(b, msg...)
}

// ErrWorker is a failure the worker reported.
var ErrWorker = errors.New("worker reported an error")

// ErrModelNotCached: the worker does not hold the model the request named.
var ErrModelNotCached = errors.New("worker has not cached the model")

// ReadWorkerResponse reads one response for a job of model m on rows
// rows, checking its shape exactly. The leaves are taken as the worker
// computed them; see External.CheckLeaves.
func ReadWorkerResponse(r io.Reader, m *Model, rows int) (*Trace, error) {
	var hdr [6]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("%w: response header: %w", ErrFormat, err)
	}
	if !bytes.Equal(hdr[:4], magicResponse[:]) || hdr[4] != FormatVersion {
		return nil, fmt.Errorf("%w: not a version-%d worker response", ErrFormat, FormatVersion)
	}
	switch hdr[5] {
	case statusOK:
	case statusError, statusNoModel:
		var lb [4]byte
		if _, err := io.ReadFull(r, lb[:]); err != nil {
			return nil, fmt.Errorf("%w: error length: %w", ErrFormat, err)
		}
		n := binary.LittleEndian.Uint32(lb[:])
		if n > maxWorkerMessage {
			return nil, fmt.Errorf("%w: error message of %d bytes", ErrFormat, n)
		}
		msg := make([]byte, n)
		if _, err := io.ReadFull(r, msg); err != nil {
			return nil, fmt.Errorf("%w: error message: %w", ErrFormat, err)
		}
		if hdr[5] == statusNoModel {
			return nil, fmt.Errorf("%w: %q", ErrModelNotCached, msg)
		}
		return nil, fmt.Errorf("%w: %q", ErrWorker, msg)
	default:
		return nil, fmt.Errorf("%w: response status %d", ErrFormat, hdr[5])
	}
	L := len(m.Layers)
	shape := make([]byte, 6+4*L)
	if _, err := io.ReadFull(r, shape); err != nil {
		return nil, fmt.Errorf("%w: response shape: %w", ErrFormat, err)
	}
	if gr, gl := binary.LittleEndian.Uint32(shape), binary.LittleEndian.Uint16(shape[4:]); int(gr) != rows || int(gl) != L {
		return nil, fmt.Errorf("%w: response is %d rows × %d layers, want %d × %d", ErrFormat, gr, gl, rows, L)
	}
	t := &Trace{Rows: rows, Widths: make([]int, L), Acts: make([][]int8, L)}
	for l := range L {
		w := binary.LittleEndian.Uint32(shape[6+4*l:])
		if w != m.Layers[l].Header.Out {
			return nil, fmt.Errorf("%w: layer %d width %d, want %d", ErrFormat, l+1, w, m.Layers[l].Header.Out)
		}
		t.Widths[l] = int(w)
	}
	for l := range L {
		buf := make([]byte, rows*t.Widths[l])
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, fmt.Errorf("%w: layer %d activations: %w", ErrFormat, l+1, err)
		}
		t.Acts[l] = int8s(buf)
	}
	leaves := make([]byte, 32*rows*L)
	if _, err := io.ReadFull(r, leaves); err != nil {
		return nil, fmt.Errorf("%w: leaves: %w", ErrFormat, err)
	}
	t.Leaves = make([]Element, rows*L)
	for i := range t.Leaves {
		e, err := FromBytes32([32]byte(leaves[32*i:]))
		if err != nil {
			return nil, fmt.Errorf("%w: leaf %d: %w", ErrFormat, i, err)
		}
		t.Leaves[i] = e
	}
	return t, nil
}

// ServeWorker answers worker requests from r on w with exec until r ends:
// the body of a worker process (job/cmd/gpuroll-worker). A request that
// fails to decode or execute is answered with an error response; a broken
// stream ends the loop with an error.
func ServeWorker(ctx context.Context, r io.Reader, w io.Writer, exec Executor, log *slog.Logger) error {
	br := bufio.NewReaderSize(r, 1<<20)
	bw := bufio.NewWriterSize(w, 1<<20)
	cache := newWorkerCache(exec)
	for {
		req, err := ReadWorkerRequest(br)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// After a malformed request the stream position is unknown:
			// answer, then stop.
			log.Warn("bad worker request", "err", err)
			if werr := writeFlush(bw, EncodeWorkerError(err.Error())); werr != nil {
				return werr
			}
			return fmt.Errorf("worker request: %w", err)
		}
		var resp []byte
		t, err := cache.run(ctx, req)
		if err == nil {
			resp, err = EncodeWorkerResponse(t)
		}
		switch {
		case errors.Is(err, ErrModelNotCached):
			resp = encodeStatus(statusNoModel, err.Error())
		case err != nil:
			log.Warn("execution failed", "err", err)
			resp = EncodeWorkerError(err.Error())
		}
		if err := writeFlush(bw, resp); err != nil {
			return err
		}
	}
}

// workerCacheSize is how many models a worker keeps.
const workerCacheSize = 4

// workerCache holds a worker's recent models by key, prepared when the
// executor can prepare (the reference executor lays weights out once).
type workerCache struct {
	exec    Executor
	entries []workerCacheEntry // most recent last
}

type workerCacheEntry struct {
	key      [32]byte
	model    *Model
	prepared *Prepared
}

func newWorkerCache(exec Executor) *workerCache { return &workerCache{exec: exec} }

func (c *workerCache) run(ctx context.Context, req *WorkerRequest) (*Trace, error) {
	var ent *workerCacheEntry
	for i := range c.entries {
		if c.entries[i].key == req.Key {
			e := c.entries[i]
			c.entries = append(append(c.entries[:i:i], c.entries[i+1:]...), e)
			ent = &c.entries[len(c.entries)-1]
			break
		}
	}
	if ent == nil {
		if req.Model == nil {
			return nil, fmt.Errorf("%w: %x", ErrModelNotCached, req.Key[:8])
		}
		e := workerCacheEntry{key: req.Key, model: req.Model}
		if ref, ok := c.exec.(*Reference); ok {
			p, err := ref.Prepare(req.Model)
			if err != nil {
				return nil, err
			}
			e.prepared = p
		}
		if len(c.entries) == workerCacheSize {
			c.entries = c.entries[1:]
		}
		c.entries = append(c.entries, e)
		ent = &c.entries[len(c.entries)-1]
	}
	if err := checkInputFor(ent.model, req.Input); err != nil {
		return nil, err
	}
	if ent.prepared != nil {
		return c.exec.(*Reference).Run(ctx, ent.prepared, req.Input)
	}
	return c.exec.Execute(ctx, ent.model, req.Input)
}

func writeFlush(bw *bufio.Writer, b []byte) error {
	if _, err := bw.Write(b); err != nil {
		return fmt.Errorf("write response: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write response: %w", err)
	}
	return nil
}

// External runs jobs in a worker process (docs/job-format.md, "Worker
// protocol"), for example a CUDA or PyTorch int8 GEMM that also hashes
// the leaves on the GPU. By default one process serves one Execute call;
// with Persistent, one process serves every call (a GPU worker spends
// hundreds of milliseconds starting), and Close ends it.
type External struct {
	// Command is the worker's argv.
	Command []string
	// Env is added to the worker's environment.
	Env []string
	// CheckLeaves recomputes this many leaves, chosen at random, and fails
	// when one differs: a cheap guard against a broken worker. Negative:
	// all of them.
	CheckLeaves int
	// Persistent keeps the worker process between calls.
	Persistent bool
	// Log receives the worker's stderr and progress (default slog.Default()).
	Log *slog.Logger

	mu   sync.Mutex // serializes calls on the persistent process
	proc *workerProc
}

// workerProc is a running persistent worker.
type workerProc struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout *bufio.Reader
	stderr *syncBuffer
	// sent holds the keys of models this process has received.
	sent map[[32]byte]bool
}

// syncBuffer keeps the first 64 KiB written to it, safely for the
// goroutine that copies a process's stderr.
type syncBuffer struct {
	mu sync.Mutex
	b  []byte
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if room := 64<<10 - len(s.b); room > 0 {
		s.b = append(s.b, p[:min(len(p), room)]...)
	}
	return len(p), nil
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return string(s.b)
}

// take returns what was written and empties the buffer.
func (s *syncBuffer) take() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := string(s.b)
	s.b = s.b[:0]
	return out
}

var _ Executor = (*External)(nil)

// Execute sends the job to a worker process and reads its trace. It
// validates and encodes the model on every call; a provider running many
// jobs on one model calls Prepare once and ExecutePrepared.
func (e *External) Execute(ctx context.Context, m *Model, in *Input) (*Trace, error) {
	wm, err := e.Prepare(m)
	if err != nil {
		return nil, err
	}
	return e.ExecutePrepared(ctx, wm, in)
}

// Prepare validates and encodes a model once for ExecutePrepared.
func (e *External) Prepare(m *Model) (*WorkerModel, error) {
	wm, err := NewWorkerModel(m)
	if err != nil {
		return nil, fmt.Errorf("prepare model: %w", err)
	}
	return wm, nil
}

// ExecutePrepared runs a job on a prepared model. A persistent worker
// receives each model once and afterwards only its key.
func (e *External) ExecutePrepared(ctx context.Context, wm *WorkerModel, in *Input) (*Trace, error) {
	if err := checkInputFor(wm.Model, in); err != nil {
		return nil, err
	}
	ib, err := EncodeInput(in)
	if err != nil {
		return nil, err
	}
	if e.Persistent {
		return e.executePersistent(ctx, wm, ib, in.Rows)
	}
	if len(e.Command) == 0 {
		return nil, fmt.Errorf("external executor without a command")
	}
	log := e.logger()
	m := wm.Model
	req := encodeRequest(wm, true, ib)
	cmd := exec.CommandContext(ctx, e.Command[0], e.Command[1:]...)
	cmd.Env = append(os.Environ(), e.Env...)
	cmd.Stdin = bytes.NewReader(req)
	var stderr strings.Builder
	cmd.Stderr = &limitedWriter{w: &stderr, n: 64 << 10}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("worker stdout: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start worker %q: %w", e.Command[0], err)
	}
	t, readErr := ReadWorkerResponse(bufio.NewReaderSize(stdout, 1<<20), m, in.Rows)
	if readErr == nil {
		// The worker must stop after the stream ends: nothing may follow.
		var extra [1]byte
		if n, _ := stdout.Read(extra[:]); n > 0 {
			readErr = fmt.Errorf("%w: trailing bytes after the response", ErrFormat)
		}
	}
	if readErr != nil {
		_ = cmd.Process.Kill()
	}
	waitErr := cmd.Wait()
	if s := stderr.String(); s != "" {
		log.Debug("worker stderr", "cmd", e.Command[0], "stderr", s)
	}
	if readErr != nil {
		return nil, fmt.Errorf("worker %q: %w (stderr: %.500s)", e.Command[0], readErr, stderr.String())
	}
	if waitErr != nil {
		return nil, fmt.Errorf("worker %q exited: %w (stderr: %.500s)", e.Command[0], waitErr, stderr.String())
	}
	if err := e.checkLeaves(t); err != nil {
		return nil, fmt.Errorf("worker %q: %w", e.Command[0], err)
	}
	return t, nil
}

func (e *External) logger() *slog.Logger {
	if e.Log != nil {
		return e.Log
	}
	return slog.Default()
}

func (e *External) start() (*workerProc, error) {
	if len(e.Command) == 0 {
		return nil, fmt.Errorf("external executor without a command")
	}
	cmd := exec.Command(e.Command[0], e.Command[1:]...)
	cmd.Env = append(os.Environ(), e.Env...)
	p := &workerProc{cmd: cmd, stderr: &syncBuffer{}, sent: map[[32]byte]bool{}}
	cmd.Stderr = p.stderr
	var err error
	if p.stdin, err = cmd.StdinPipe(); err != nil {
		return nil, fmt.Errorf("worker stdin: %w", err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("worker stdout: %w", err)
	}
	p.stdout = bufio.NewReaderSize(out, 1<<20)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start worker %q: %w", e.Command[0], err)
	}
	e.logger().Info("worker started", "cmd", e.Command[0], "pid", cmd.Process.Pid)
	return p, nil
}

// stop ends a persistent worker: stdin closed, then killed if it lingers.
func (p *workerProc) stop(kill bool) error {
	_ = p.stdin.Close()
	if kill {
		_ = p.cmd.Process.Kill()
	}
	return p.cmd.Wait()
}

func (e *External) executePersistent(ctx context.Context, wm *WorkerModel, ib []byte, rows int) (*Trace, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.proc == nil {
		var err error
		if e.proc, err = e.start(); err != nil {
			return nil, err
		}
	}
	p := e.proc
	// A cancelled call kills the process: its stream position is lost.
	stopKill := context.AfterFunc(ctx, func() { _ = p.cmd.Process.Kill() })
	exchange := func(withModel bool) (*Trace, error) {
		if _, err := p.stdin.Write(encodeRequest(wm, withModel, ib)); err != nil {
			return nil, fmt.Errorf("write request: %w", err)
		}
		return ReadWorkerResponse(p.stdout, wm.Model, rows)
	}
	t, err := exchange(!p.sent[wm.Key])
	if errors.Is(err, ErrModelNotCached) {
		// The worker evicted it: send it again.
		t, err = exchange(true)
	}
	if err == nil {
		p.sent[wm.Key] = true
	}
	stopKill()
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		// Whatever went wrong, the process cannot be trusted with the next
		// job: end it, and start a fresh one next time.
		e.proc = nil
		_ = p.stop(true)
		return nil, fmt.Errorf("worker %q: %w (stderr: %.500s)", e.Command[0], err, p.stderr.String())
	}
	if err := e.checkLeaves(t); err != nil {
		e.proc = nil
		_ = p.stop(true)
		return nil, fmt.Errorf("worker %q: %w", e.Command[0], err)
	}
	if msg := p.stderr.take(); msg != "" {
		e.logger().Debug("worker stderr", "cmd", e.Command[0], "stderr", msg)
	}
	return t, nil
}

// Close ends a persistent worker (it sees EOF on stdin and exits).
func (e *External) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.proc == nil {
		return nil
	}
	p := e.proc
	e.proc = nil
	if err := p.stop(false); err != nil {
		return fmt.Errorf("worker %q: %w (stderr: %.500s)", e.Command[0], err, p.stderr.String())
	}
	return nil
}

func (e *External) checkLeaves(t *Trace) error {
	n := len(t.Leaves)
	idx := make([]int, 0, n)
	if e.CheckLeaves < 0 || e.CheckLeaves >= n {
		for i := range n {
			idx = append(idx, i)
		}
	} else {
		for range e.CheckLeaves {
			idx = append(idx, rand.IntN(n))
		}
	}
	L := len(t.Widths)
	var mu sync.Mutex
	var bad error
	parallelFor(len(idx), func(k int) {
		i := idx[k]
		want, err := VC(t.Act(i/L, i%L+1))
		if err == nil && !want.Equal(&t.Leaves[i]) {
			err = fmt.Errorf("leaf %d (row %d, layer %d) does not commit to its activations", i, i/L, i%L+1)
		}
		if err != nil {
			mu.Lock()
			bad = err
			mu.Unlock()
		}
	})
	return bad
}

// limitedWriter keeps the first n bytes.
type limitedWriter struct {
	w io.Writer
	n int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.n > 0 {
		k := min(len(p), l.n)
		_, _ = l.w.Write(p[:k])
		l.n -= k
	}
	return len(p), nil
}
