package store

import (
	"context"
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
)

func TestCheckJob(t *testing.T) {
	a, b, c := fixtures(t)
	s := openStore(t, testConfig(t.TempDir(), newClock()))
	ctx := context.Background()
	mustPut(t, s, alice, client.KindModel, a.bytes[client.KindModel])
	mustPut(t, s, alice, client.KindInput, a.bytes[client.KindInput])
	mustPut(t, s, alice, client.KindInput, b.bytes[client.KindInput]) // 4 rows of 8
	mustPut(t, s, alice, client.KindInput, c.bytes[client.KindInput]) // 3 rows of 6
	mustPut(t, s, alice, client.KindModel, c.bytes[client.KindModel]) // 6→7
	aIn, bIn, cIn := a.roots[client.KindInput], b.roots[client.KindInput], c.roots[client.KindInput]

	if err := s.CheckJob(ctx, a.specs, 3, aIn); err != nil {
		t.Fatalf("the real job: %v", err)
	}
	// The same model on another stored input of the right shape.
	if err := s.CheckJob(ctx, a.specs, 4, bIn); err != nil {
		t.Fatalf("model A on input B: %v", err)
	}
	if err := s.CheckJob(ctx, c.specs, 3, cIn); err != nil {
		t.Fatalf("job C: %v", err)
	}

	withLayer := func(l int, f func(*job.LayerSpec)) []job.LayerSpec {
		specs := slices.Clone(a.specs)
		f(&specs[l])
		return specs
	}
	cases := []struct {
		name   string
		layers []job.LayerSpec
		rows   uint32
		input  common.Hash
		want   error
	}{
		{"other model (not stored)", b.specs, 3, aIn, ErrNotFound},
		{"other shift", withLayer(1, func(l *job.LayerSpec) { l.Header.Shift++ }), 3, aIn, ErrNotFound},
		{"other relu", withLayer(0, func(l *job.LayerSpec) { l.Header.ReLU = !l.Header.ReLU }), 3, aIn, ErrNotFound},
		{"other bias commitment", withLayer(0, func(l *job.LayerSpec) { l.BiasCommitment = a.specs[1].BiasCommitment }), 3, aIn, ErrNotFound},
		{"other weight-rows root", withLayer(1, func(l *job.LayerSpec) { l.WeightRowsRoot = b.specs[1].WeightRowsRoot }), 3, aIn, ErrNotFound},
		{"one layer fewer", a.specs[:1], 3, aIn, ErrNotFound},
		{"widths do not chain", withLayer(1, func(l *job.LayerSpec) { l.Header.In = 9 }), 3, aIn, ErrBadJob},
		{"no layers", nil, 3, aIn, ErrBadJob},
		{"other row count", a.specs, 4, aIn, ErrMismatch},
		{"other row count on input B", a.specs, 3, bIn, ErrMismatch},
		{"input of another width", a.specs, 3, cIn, ErrMismatch},
		{"model C on input A", c.specs, 3, aIn, ErrMismatch},
		{"input not stored", a.specs, 3, common.HexToHash("0x1234"), ErrNotFound},
		{"model root as input", a.specs, 3, a.roots[client.KindModel], ErrNotFound},
	}
	for _, tc := range cases {
		err := s.CheckJob(ctx, tc.layers, tc.rows, tc.input)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	if err := s.CheckJob(ctx, withLayer(1, func(l *job.LayerSpec) { l.Header.In = 9 }), 3, aIn); !errors.Is(err, job.ErrWidthChain) {
		t.Errorf("Describe's error is not wrapped: %v", err)
	}
	// A file lost behind the store's back.
	if err := os.Remove(blobPath(s, client.KindInput, aIn)); err != nil {
		t.Fatal(err)
	}
	if err := s.CheckJob(ctx, a.specs, 3, aIn); !errors.Is(err, ErrNotFound) {
		t.Fatalf("input file missing: %v", err)
	}
	if err := os.Remove(blobPath(s, client.KindModel, a.roots[client.KindModel])); err != nil {
		t.Fatal(err)
	}
	if err := s.CheckJob(ctx, a.specs, 4, bIn); !errors.Is(err, ErrNotFound) {
		t.Fatalf("model file missing: %v", err)
	}
}

// pow256_31 is 256^31, the first non-canonical packed value.
func pow256_31() job.Element {
	var b256, pow job.Element
	b256.SetUint64(256)
	pow.SetOne()
	for range job.PackInt8 {
		pow.Mul(&pow, &b256)
	}
	return pow
}

// cloneTrace deep-copies a stored trace.
func cloneTrace(s *job.StoredTrace) *job.StoredTrace {
	c := &job.StoredTrace{Rows: s.Rows, Layers: s.Layers, Leaves: make([]job.StoredLeaf, len(s.Leaves))}
	for i, l := range s.Leaves {
		c.Leaves[i] = job.StoredLeaf{N: l.N, Elems: slices.Clone(l.Elems)}
	}
	return c
}

// encodeTrace encodes a stored trace and computes its root.
func encodeTrace(t *testing.T, st *job.StoredTrace) ([]byte, common.Hash) {
	t.Helper()
	b, err := job.EncodeTrace(st)
	if err != nil {
		t.Fatal(err)
	}
	r, err := st.Root(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return b, r.Bytes()
}

func TestCheckTrace(t *testing.T) {
	a, b, _ := fixtures(t)
	s := openStore(t, testConfig(t.TempDir(), newClock()))
	ctx := context.Background()
	root := a.roots[client.KindTrace]
	mustPut(t, s, alice, client.KindTrace, a.bytes[client.KindTrace])
	if err := s.CheckTrace(ctx, root, 3, 2, a.widths); err != nil {
		t.Fatalf("the honest trace: %v", err)
	}

	// A provider's trace that is false three provable ways: a leaf claims
	// another length, a packed element is ≥ 256^31, a value is wrong.
	lying := cloneTrace(a.stored)
	lying.Leaf(0, 1).N++ // 12 → 13: still one element
	pow := pow256_31()
	e := &lying.Leaf(1, 2).Elems[0]
	e.Add(e, &pow)
	e = &lying.Leaf(2, 2).Elems[0]
	var one job.Element
	one.SetOne()
	e.Add(e, &one)
	lb, lroot := encodeTrace(t, lying)
	if step, found, err := job.FirstFraud(a.trace, lying); err != nil || !found || step != (job.Step{Row: 0, Layer: 1, Output: 0}) {
		t.Fatalf("the lying trace is not provably false: %v %v %v", step, found, err)
	}
	mustPut(t, s, bob, client.KindTrace, lb)
	if err := s.CheckTrace(ctx, lroot, 3, 2, a.widths); err != nil {
		t.Fatalf("a provably false trace was refused: %v", err)
	}

	// A trace whose leaves hash to another root than the receipt's.
	other := cloneTrace(a.stored)
	e = &other.Leaf(0, 2).Elems[0]
	e.Add(e, &one)
	_, oroot := encodeTrace(t, other)
	cases := []struct {
		name              string
		root              common.Hash
		rows, layers      uint32
		widths            []uint32
		want              error
		wantCode, wantHTT int
	}{
		{"not stored", b.roots[client.KindTrace], 4, 2, a.widths, ErrNotFound, 704, 404},
		{"root of other leaves", oroot, 3, 2, a.widths, ErrNotFound, 704, 404},
		{"one row more", root, 4, 2, a.widths, ErrMismatch, 707, 400},
		{"one layer more", root, 3, 3, []uint32{12, 5, 5}, ErrMismatch, 707, 400},
		{"same leaf count, other shape", root, 2, 3, []uint32{12, 5, 5}, ErrMismatch, 707, 400},
		{"widths of another layer count", root, 3, 2, []uint32{12}, ErrBadJob, 707, 400},
		{"zero rows", root, 0, 2, a.widths, ErrBadJob, 707, 400},
	}
	for _, tc := range cases {
		err := s.CheckTrace(ctx, tc.root, tc.rows, tc.layers, tc.widths)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
		if code, status := CodeOf(err); code != tc.wantCode || status != tc.wantHTT {
			t.Errorf("%s: code %d status %d", tc.name, code, status)
		}
	}
	if err := os.Remove(blobPath(s, client.KindTrace, root)); err != nil {
		t.Fatal(err)
	}
	if err := s.CheckTrace(ctx, root, 3, 2, a.widths); !errors.Is(err, ErrNotFound) {
		t.Fatalf("trace file missing: %v", err)
	}
}

func TestResult(t *testing.T) {
	a, _, _ := fixtures(t)
	s := openStore(t, testConfig(t.TempDir(), newClock()))
	ctx := context.Background()
	mustPut(t, s, alice, client.KindTrace, a.bytes[client.KindTrace])
	rows, err := s.Result(ctx, a.roots[client.KindTrace])
	if err != nil {
		t.Fatal(err)
	}
	out, w := a.trace.Output(), int(a.widths[1])
	want := make([][]int8, a.rows)
	for r := range want {
		want[r] = out[r*w : (r+1)*w]
	}
	if !reflect.DeepEqual(rows, want) {
		t.Fatalf("result %v, want %v", rows, want)
	}

	// A last-layer leaf claiming 6 values of a 5-wide layer: its 6 values.
	long := cloneTrace(a.stored)
	long.Leaf(1, 2).N = 6
	lb, lroot := encodeTrace(t, long)
	mustPut(t, s, alice, client.KindTrace, lb)
	rows, err = s.Result(ctx, lroot)
	if err != nil || len(rows[1]) != 6 || !reflect.DeepEqual(rows[1][:5], want[1]) || rows[1][5] != 0 || !reflect.DeepEqual(rows[0], want[0]) {
		t.Fatalf("result of a long leaf: %v %v", rows, err)
	}

	// A non-canonical last-layer element has no int8 values.
	bad := cloneTrace(a.stored)
	pow := pow256_31()
	e := &bad.Leaf(2, 2).Elems[0]
	e.Add(e, &pow)
	bb, broot := encodeTrace(t, bad)
	mustPut(t, s, alice, client.KindTrace, bb)
	_, err = s.Result(ctx, broot)
	if !errors.Is(err, ErrBadResult) {
		t.Fatalf("non-canonical result: %v", err)
	}
	if code, status := CodeOf(err); code != client.StoreCodeBadResult || status != 422 {
		t.Fatalf("bad result: code %d status %d", code, status)
	}
	if _, err := s.Result(ctx, common.HexToHash("0x77")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("result of a missing trace: %v", err)
	}
}

// A trace root binds the leaves and their count R·L, not R and L: the
// same leaves laid out as 6 rows × 1 layer have the 3 × 2 trace's root.
// CheckTrace wants the job's layout, and an upload in another layout
// replaces the stored one while no tx was admitted on it or refers to it.
func TestTraceLayouts(t *testing.T) {
	a, _, _ := fixtures(t)
	c := newClock()
	s := openStore(t, testConfig(t.TempDir(), c))
	ctx := context.Background()
	root := a.roots[client.KindTrace]
	flat := &job.StoredTrace{Rows: 6, Layers: 1, Leaves: a.stored.Leaves}
	fb, froot := encodeTrace(t, flat)
	if froot != root {
		t.Fatalf("the 6×1 layout has root %s, the 3×2 one %s", froot, root)
	}
	// Someone stores the other layout first.
	if m := mustPut(t, s, bob, client.KindTrace, fb); m.Rows != 6 || m.Layers != 1 {
		t.Fatalf("meta %+v", m)
	}
	err := s.CheckTrace(ctx, root, 3, 2, a.widths)
	if !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), "layout") {
		t.Fatalf("a trace in another layout was admitted: %v", err)
	}
	// The provider uploads the job's layout: it replaces the other.
	m := mustPut(t, s, alice, client.KindTrace, a.bytes[client.KindTrace])
	if m.Rows != 3 || m.Layers != 2 || m.Uploader != alice || m.Size != int64(len(a.bytes[client.KindTrace])) {
		t.Fatalf("after the replacement: %+v", m)
	}
	if s.Usage(bob) != 0 || s.Usage(alice) != m.Size {
		t.Fatalf("usage bob %d alice %d", s.Usage(bob), s.Usage(alice))
	}
	if err := s.CheckTrace(ctx, root, 3, 2, a.widths); err != nil {
		t.Fatalf("the job's layout: %v", err)
	}
	if err := s.Verify(ctx, client.KindTrace, root); err != nil {
		t.Fatal(err)
	}
	// Admitted, then referenced: the layout is pinned.
	if _, err := s.Put(ctx, bob, client.KindTrace, bytesReader(fb), int64(len(fb))); !errors.Is(err, ErrMismatch) {
		t.Fatalf("replacing an admitted layout: %v", err)
	}
	rcpt := common.HexToHash("0x5")
	if err := s.Reference(client.KindTrace, root, rcpt, 1); err != nil {
		t.Fatal(err)
	}
	c.Advance(2 * DefaultTTL)
	if _, err := s.Put(ctx, bob, client.KindTrace, bytesReader(fb), int64(len(fb))); !errors.Is(err, ErrMismatch) {
		t.Fatalf("replacing a referenced layout: %v", err)
	}
	if tr, err := s.Trace(ctx, root); err != nil || tr.Rows != 3 || tr.Layers != 2 {
		t.Fatalf("served layout %d×%d, %v", tr.Rows, tr.Layers, err)
	}
	// Rolled back: replaceable again.
	if err := s.Unreference(rcpt); err != nil {
		t.Fatal(err)
	}
	if m := mustPut(t, s, bob, client.KindTrace, fb); m.Rows != 6 || m.Uploader != bob {
		t.Fatalf("after the rollback: %+v", m)
	}
	if s.Usage(alice) != 0 || s.Usage(bob) != int64(len(fb)) {
		t.Fatalf("usage alice %d bob %d", s.Usage(alice), s.Usage(bob))
	}
	// The record survives a restart with the replaced layout.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openStore(t, s.cfg)
	if m, err := s.Stat(client.KindTrace, root); err != nil || m.Rows != 6 || m.Hash != crypto.Keccak256Hash(fb) {
		t.Fatalf("after restart: %+v %v", m, err)
	}
	if err := s.Verify(ctx, client.KindTrace, root); err != nil {
		t.Fatal(err)
	}
}
