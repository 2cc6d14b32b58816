package job

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math/rand/v2"
	"testing"
)

func testJob(t testing.TB) (*Model, *Input) {
	rng := rand.New(rand.NewPCG(11, 12))
	return randModel(rng, []int{40, 64, 5}, 100), randInput(rng, 3, 40)
}

func TestModelRoundTrip(t *testing.T) {
	m, _ := testJob(t)
	b, err := EncodeModel(m)
	if err != nil {
		t.Fatal(err)
	}
	specs, _ := m.Specs()
	shape, err := Describe(specs, 1, []uint32{MaxWidth})
	if err != nil {
		t.Fatal(err)
	}
	if uint64(len(b)) != shape.ModelBytes {
		t.Fatalf("encoded model %d bytes, Describe says %d", len(b), shape.ModelBytes)
	}
	m2, err := DecodeModel(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := EncodeModel(m2)
	if !bytes.Equal(b, b2) {
		t.Fatal("model does not round-trip")
	}
	// Strictness: each of these must fail.
	bad := map[string][]byte{
		"trailing":  append(append([]byte(nil), b...), 0),
		"truncated": b[:len(b)-1],
		"magic":     append([]byte("XRMD"), b[4:]...),
		"version":   append(append([]byte(nil), b[:4]...), append([]byte{2}, b[5:]...)...),
		"empty":     nil,
	}
	relu := append([]byte(nil), b...)
	relu[7+10] = 2 // layer 1 relu byte
	bad["relu"] = relu
	kind := append([]byte(nil), b...)
	kind[7] = 2
	bad["kind"] = kind
	chain := append([]byte(nil), b...)
	chain[7+5] = 63 // layer 1 out: 64 → 63 breaks lengths and chaining
	bad["chain"] = chain
	for name, v := range bad {
		if _, err := DecodeModel(v); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: %v, want ErrFormat", name, err)
		}
	}
	// A model over the int32 bound fails at load time.
	raw, err := EncodeModel(&Model{Layers: []Dense{{Header: LayerHeader{In: 1, Out: 1}, W: []int8{0}, Bias: []int32{0}}}})
	if err != nil {
		t.Fatal(err)
	}
	raw[len(raw)-4], raw[len(raw)-3], raw[len(raw)-2], raw[len(raw)-1] = 0xff, 0xff, 0xff, 0x7f // bias 2^31−1
	raw[len(raw)-5] = 1                                                                         // W = 1
	if _, err := DecodeModel(raw); !errors.Is(err, ErrFormat) {
		t.Fatalf("model over the int32 bound: %v", err)
	}
}

func TestInputTraceJobRoundTrip(t *testing.T) {
	m, in := testJob(t)
	b, err := EncodeInput(in)
	if err != nil {
		t.Fatal(err)
	}
	in2, err := DecodeInput(b)
	if err != nil || !bytes.Equal(int8Bytes(in2.X), int8Bytes(in.X)) || in2.Rows != in.Rows {
		t.Fatalf("input round trip: %v", err)
	}
	if _, err := DecodeInput(b[:len(b)-1]); err == nil {
		t.Fatal("truncated input accepted")
	}
	tr, err := (&Reference{}).Execute(context.Background(), m, in)
	if err != nil {
		t.Fatal(err)
	}
	st := tr.Stored()
	tb, err := EncodeTrace(st)
	if err != nil {
		t.Fatal(err)
	}
	specs, _ := m.Specs()
	shape, _ := Describe(specs, uint32(in.Rows), []uint32{MaxWidth})
	if uint64(len(tb)) != shape.TraceBytes || uint64(len(b)) != shape.InputBytes {
		t.Fatalf("trace %d bytes (Describe %d), input %d (Describe %d)", len(tb), shape.TraceBytes, len(b), shape.InputBytes)
	}
	st2, err := DecodeTrace(tb)
	if err != nil {
		t.Fatal(err)
	}
	r1, _ := tr.Root()
	r2, err := st2.Root(context.Background())
	if err != nil || !r1.Equal(&r2) {
		t.Fatalf("decoded trace root differs: %v", err)
	}
	// An element ≥ p is malformed.
	nc := append([]byte(nil), tb...)
	for i := 11 + 4; i < 11+4+32; i++ {
		nc[i] = 0xff
	}
	if _, err := DecodeTrace(nc); !errors.Is(err, ErrFormat) {
		t.Fatalf("element ≥ p: %v", err)
	}
	ir, _ := InputRoot(in.X, in.Rows, in.Width)
	j := &Job{Layers: specs, Rows: uint32(in.Rows), InputRoot: ir.Bytes()}
	jb, err := EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	j2, shape2, err := DecodeJob(jb)
	if err != nil {
		t.Fatal(err)
	}
	if shape2.ModelRoot != shape.ModelRoot || j2.InputRoot != j.InputRoot {
		t.Fatal("job round trip differs")
	}
	if _, _, err := DecodeJob(append(jb, 0)); err == nil {
		t.Fatal("job with a trailing byte accepted")
	}
}

func FuzzDecodeModel(f *testing.F) {
	m, _ := testJob(f)
	b, _ := EncodeModel(m)
	f.Add(b)
	f.Add([]byte("GRMD\x01\x01\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := DecodeModel(b)
		if err != nil {
			return
		}
		// Whatever decodes re-encodes to the same bytes.
		b2, err := EncodeModel(m)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("decoded model does not re-encode: %v", err)
		}
	})
}

func FuzzDecodeInput(f *testing.F) {
	_, in := testJob(f)
	b, _ := EncodeInput(in)
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		in, err := DecodeInput(b)
		if err != nil {
			return
		}
		b2, err := EncodeInput(in)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("decoded input does not re-encode: %v", err)
		}
	})
}

func FuzzDecodeTrace(f *testing.F) {
	m, in := testJob(f)
	tr, _ := (&Reference{Workers: 1}).Execute(context.Background(), m, in)
	b, _ := EncodeTrace(tr.Stored())
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := DecodeTrace(b)
		if err != nil {
			return
		}
		b2, err := EncodeTrace(st)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("decoded trace does not re-encode: %v", err)
		}
		if _, err := st.Root(context.Background()); err != nil {
			t.Fatalf("decoded trace does not hash: %v", err)
		}
	})
}

func FuzzDecodeJob(f *testing.F) {
	m, in := testJob(f)
	specs, _ := m.Specs()
	ir, _ := InputRoot(in.X, in.Rows, in.Width)
	b, _ := EncodeJob(&Job{Layers: specs, Rows: uint32(in.Rows), InputRoot: ir.Bytes()})
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		j, _, err := DecodeJob(b)
		if err != nil {
			return
		}
		b2, err := EncodeJob(j)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("decoded job does not re-encode: %v", err)
		}
	})
}

// FuzzWorkerRequest: ReadWorkerRequest reads one request from a stream
// (ServeWorker calls it in a loop), so bytes after a request are the next
// request, not part of this one. Whatever it accepts, it consumed exactly
// the canonical encoding of what it returns and nothing more.
func FuzzWorkerRequest(f *testing.F) {
	m, in := testJob(f)
	b, _ := EncodeWorkerRequest(m, in)
	f.Add(b)
	wm, _ := NewWorkerModel(m)
	ib, _ := EncodeInput(in)
	keyOnly := encodeRequest(wm, false, ib)
	f.Add(keyOnly)
	// The finding: a valid request followed by more bytes.
	f.Add(append(append([]byte(nil), b...), 0))
	f.Add(append(append([]byte(nil), b...), keyOnly...))
	f.Fuzz(func(t *testing.T, b []byte) {
		r := bytes.NewReader(b)
		req, err := ReadWorkerRequest(r)
		if err != nil {
			return
		}
		consumed := b[:len(b)-r.Len()]
		var b2 []byte
		if req.Model != nil {
			if b2, err = EncodeWorkerRequest(req.Model, req.Input); err != nil {
				t.Fatalf("decoded request does not re-encode: %v", err)
			}
		} else {
			ib, err := EncodeInput(req.Input)
			if err != nil {
				t.Fatalf("decoded input does not re-encode: %v", err)
			}
			b2 = encodeRequest(&WorkerModel{Key: req.Key}, false, ib)
		}
		if !bytes.Equal(consumed, b2) {
			t.Fatalf("consumed %d bytes, the request re-encodes to %d bytes that differ", len(consumed), len(b2))
		}
	})
}

func FuzzWorkerResponse(f *testing.F) {
	m, in := testJob(f)
	tr, _ := (&Reference{Workers: 1}).Execute(context.Background(), m, in)
	b, _ := EncodeWorkerResponse(tr)
	f.Add(b)
	f.Add(EncodeWorkerError("boom"))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := ReadWorkerResponse(bytes.NewReader(b), m, in.Rows)
		if err != nil {
			return
		}
		if err := got.Validate(m, in.Rows); err != nil {
			t.Fatalf("accepted response of the wrong shape: %v", err)
		}
	})
}

// TestWorkerModelCache: a worker runs a model named only by key once it
// has received it, answers "not cached" otherwise, and evicts the oldest
// of more than workerCacheSize models.
func TestWorkerModelCache(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	var models []*WorkerModel
	for range workerCacheSize + 1 {
		m := randModel(rng, []int{9, 7}, 20)
		wm, err := NewWorkerModel(m)
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, wm)
	}
	in := randInput(rng, 2, 9)
	ib, _ := EncodeInput(in)
	var stream []byte
	type want struct {
		wm     *WorkerModel
		cached bool
	}
	var wants []want
	send := func(wm *WorkerModel, withModel, cached bool) {
		stream = append(stream, encodeRequest(wm, withModel, ib)...)
		wants = append(wants, want{wm, cached})
	}
	send(models[0], false, false) // never sent
	send(models[0], true, true)
	send(models[0], false, true) // by key
	for _, wm := range models[1:] {
		send(wm, true, true) // evicts models[0] at the last one
	}
	send(models[0], false, false)
	send(models[len(models)-1], false, true)
	var out bytes.Buffer
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := ServeWorker(context.Background(), bytes.NewReader(stream), &out, &Reference{}, log); err != nil {
		t.Fatal(err)
	}
	r := bytes.NewReader(out.Bytes())
	for i, w := range wants {
		tr, err := ReadWorkerResponse(r, w.wm.Model, in.Rows)
		if !w.cached {
			if !errors.Is(err, ErrModelNotCached) {
				t.Fatalf("response %d: %v, want ErrModelNotCached", i, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("response %d: %v", i, err)
		}
		ref, _ := (&Reference{}).Execute(context.Background(), w.wm.Model, in)
		for k := range ref.Leaves {
			if !tr.Leaves[k].Equal(&ref.Leaves[k]) {
				t.Fatalf("response %d: leaf %d differs", i, k)
			}
		}
	}
	if r.Len() != 0 {
		t.Fatalf("%d bytes after the last response", r.Len())
	}
	// A carried model must hash to its key.
	bad := encodeRequest(models[0], true, ib)
	bad[5] ^= 1
	if _, err := ReadWorkerRequest(bytes.NewReader(bad)); !errors.Is(err, ErrFormat) {
		t.Fatalf("model under a wrong key: %v", err)
	}
}

// TestServeWorkerMalformed: a malformed request gets an error response and
// ends the worker with an error; a clean EOF ends it without one.
func TestServeWorkerMalformed(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	var out bytes.Buffer
	if err := ServeWorker(context.Background(), bytes.NewReader(nil), &out, &Reference{}, log); err != nil || out.Len() != 0 {
		t.Fatalf("empty stream: %v, %d bytes out", err, out.Len())
	}
	m, in := testJob(t)
	req, err := EncodeWorkerRequest(m, in)
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]byte{
		"magic":     append([]byte("XXXX"), req[4:]...),
		"truncated": req[:len(req)-1],
		"flag":      append(append(append([]byte(nil), req[:37]...), 7), req[38:]...),
	} {
		out.Reset()
		err := ServeWorker(context.Background(), bytes.NewReader(bad), &out, &Reference{}, log)
		if err == nil {
			t.Fatalf("%s: worker went on after a malformed request", name)
		}
		if _, rerr := ReadWorkerResponse(bytes.NewReader(out.Bytes()), m, in.Rows); !errors.Is(rerr, ErrWorker) {
			t.Fatalf("%s: response %v, want a worker error", name, rerr)
		}
	}
	// An input that does not fit a cached model is an error response, and
	// the worker goes on.
	wm, _ := NewWorkerModel(m)
	wrong, _ := EncodeInput(&Input{Rows: 1, Width: 3, X: make([]int8, 3)})
	good, _ := EncodeInput(in)
	stream := append(encodeRequest(wm, true, good), encodeRequest(wm, false, wrong)...)
	stream = append(stream, encodeRequest(wm, false, good)...)
	out.Reset()
	if err := ServeWorker(context.Background(), bytes.NewReader(stream), &out, &Reference{}, log); err != nil {
		t.Fatal(err)
	}
	r := bytes.NewReader(out.Bytes())
	if _, err := ReadWorkerResponse(r, m, in.Rows); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadWorkerResponse(r, m, in.Rows); !errors.Is(err, ErrWorker) {
		t.Fatalf("wrong input: %v", err)
	}
	if _, err := ReadWorkerResponse(r, m, in.Rows); err != nil {
		t.Fatalf("after a wrong input: %v", err)
	}
}
