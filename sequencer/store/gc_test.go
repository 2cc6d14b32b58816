package store

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/client"
)

func collect(t *testing.T, s *Store, now time.Time) Collected {
	t.Helper()
	res, err := s.Collect(now)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func stored(s *Store, kind string, root common.Hash) bool {
	_, err := s.Stat(kind, root)
	return err == nil
}

func TestCollectUnreferencedTTL(t *testing.T) {
	a, _, _ := fixtures(t)
	c := newClock()
	met := &recMetrics{}
	cfg := testConfig(t.TempDir(), c)
	cfg.Metrics = met
	s := openStore(t, cfg)
	t0 := c.Now()
	m := mustPut(t, s, alice, client.KindInput, a.bytes[client.KindInput])
	p := blobPath(s, client.KindInput, m.Root)
	if res := collect(t, s, t0.Add(DefaultTTL-time.Second)); res.Blobs != 0 || !stored(s, client.KindInput, m.Root) {
		t.Fatalf("collected before the TTL: %+v", res)
	}
	res := collect(t, s, t0.Add(DefaultTTL))
	if res.Blobs != 1 || res.Bytes != m.Size || stored(s, client.KindInput, m.Root) {
		t.Fatalf("not collected at the TTL: %+v", res)
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Fatalf("file after collection: %v", err)
	}
	if s.Usage(alice) != 0 || met.collected != 1 {
		t.Fatalf("usage %d, collected %d", s.Usage(alice), met.collected)
	}
	// Gone for good: a new upload stores it afresh.
	c.Advance(2 * DefaultTTL)
	if m2 := mustPut(t, s, bob, client.KindInput, a.bytes[client.KindInput]); m2.Uploader != bob || !m2.Uploaded.Equal(c.Now()) {
		t.Fatalf("re-upload after collection: %+v", m2)
	}
}

// Re-uploads and admission checks restart an unreferenced blob's TTL.
func TestCollectTTLRestarts(t *testing.T) {
	a, _, _ := fixtures(t)
	c := newClock()
	s := openStore(t, testConfig(t.TempDir(), c))
	t0 := c.Now()
	mm := mustPut(t, s, alice, client.KindModel, a.bytes[client.KindModel])
	im := mustPut(t, s, alice, client.KindInput, a.bytes[client.KindInput])
	tm := mustPut(t, s, alice, client.KindTrace, a.bytes[client.KindTrace])
	t1 := c.Advance(40 * time.Minute)
	if err := s.CheckJob(context.Background(), a.specs, 3, im.Root); err != nil {
		t.Fatal(err)
	}
	t2 := c.Advance(10 * time.Minute)
	mustPut(t, s, bob, client.KindTrace, a.bytes[client.KindTrace])
	collect(t, s, t0.Add(DefaultTTL))
	if !stored(s, client.KindModel, mm.Root) || !stored(s, client.KindInput, im.Root) || !stored(s, client.KindTrace, tm.Root) {
		t.Fatal("a checked or re-uploaded blob was collected at its first TTL")
	}
	collect(t, s, t1.Add(DefaultTTL))
	if stored(s, client.KindModel, mm.Root) || stored(s, client.KindInput, im.Root) || !stored(s, client.KindTrace, tm.Root) {
		t.Fatal("the admission check's TTL was not applied")
	}
	collect(t, s, t2.Add(DefaultTTL))
	if stored(s, client.KindTrace, tm.Root) {
		t.Fatal("the re-upload's TTL was not applied")
	}
}

func TestCollectReferencedRetention(t *testing.T) {
	a, b, _ := fixtures(t)
	c := newClock()
	s := openStore(t, testConfig(t.TempDir(), c))
	t0 := c.Now()
	m := mustPut(t, s, alice, client.KindModel, a.bytes[client.KindModel])
	in := mustPut(t, s, alice, client.KindInput, b.bytes[client.KindInput])
	job1, job2 := common.HexToHash("0x01"), common.HexToHash("0x02")
	if err := s.ReferenceAll([]Ref{
		{Kind: client.KindModel, Root: m.Root, ID: job1, Batch: 3},
		{Kind: client.KindInput, Root: in.Root, ID: job1, Batch: 3},
	}); err != nil {
		t.Fatal(err)
	}
	// A second job on the same model, in a later batch.
	if err := s.Reference(client.KindModel, m.Root, job2, 5); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Stat(client.KindModel, m.Root); got.Refs != 2 || got.Batch != 5 || !got.FinalAt.IsZero() {
		t.Fatalf("reference state %+v", got)
	}
	far := t0.Add(100 * DefaultRetention)
	if res := collect(t, s, far); res.Blobs != 0 {
		t.Fatalf("collected referenced blobs of batches not final: %+v", res)
	}
	tf2 := t0.Add(time.Hour)
	if err := s.Finalized(2, tf2); err != nil {
		t.Fatal(err)
	}
	if res := collect(t, s, far); res.Blobs != 0 {
		t.Fatalf("collected after batch 2 only is final: %+v", res)
	}
	tf4 := t0.Add(2 * time.Hour)
	if err := s.Finalized(4, tf4); err != nil {
		t.Fatal(err)
	}
	if err := s.Finalized(3, t0.Add(10*time.Hour)); err != nil { // below the mark: ignored
		t.Fatal(err)
	}
	collect(t, s, tf4.Add(DefaultRetention-time.Second))
	if !stored(s, client.KindInput, in.Root) {
		t.Fatal("input collected before its retention")
	}
	collect(t, s, tf4.Add(DefaultRetention))
	if stored(s, client.KindInput, in.Root) {
		t.Fatal("input of a final batch kept past its retention")
	}
	if !stored(s, client.KindModel, m.Root) {
		t.Fatal("model collected while batch 5 refers to it and is not final")
	}
	if got, _ := s.Stat(client.KindModel, m.Root); got.Refs != 2 || !got.FinalAt.IsZero() {
		t.Fatalf("model reference state %+v", got)
	}
	tf5 := t0.Add(3 * time.Hour)
	if err := s.Finalized(6, tf5); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Stat(client.KindModel, m.Root); !got.FinalAt.Equal(tf5) {
		t.Fatalf("model FinalAt %v, want %v", got.FinalAt, tf5)
	}
	collect(t, s, tf5.Add(DefaultRetention-time.Second))
	if !stored(s, client.KindModel, m.Root) {
		t.Fatal("model collected before its retention")
	}
	collect(t, s, tf5.Add(DefaultRetention))
	if stored(s, client.KindModel, m.Root) {
		t.Fatal("model kept past its retention")
	}
	if st := s.Stats(); st.Refs != 0 || s.Usage(alice) != 0 {
		t.Fatalf("references or usage left: %+v, usage %d", st, s.Usage(alice))
	}
	// The references went with the blobs: a rollback of them is a no-op.
	if err := s.Unreference(job1); err != nil {
		t.Fatal(err)
	}
}

func TestUnreferenceRollback(t *testing.T) {
	a, _, _ := fixtures(t)
	c := newClock()
	s := openStore(t, testConfig(t.TempDir(), c))
	t0 := c.Now()
	m := mustPut(t, s, alice, client.KindTrace, a.bytes[client.KindTrace])
	rcpt := common.HexToHash("0xbeef")
	if err := s.Reference(client.KindTrace, m.Root, rcpt, 7); err != nil {
		t.Fatal(err)
	}
	if err := s.Reference(client.KindTrace, m.Root, rcpt, 7); err != nil { // idempotent
		t.Fatal(err)
	}
	if got, _ := s.Stat(client.KindTrace, m.Root); got.Refs != 1 || !got.Referenced() || s.Usage(alice) != 0 {
		t.Fatalf("after reference: %+v, usage %d", got, s.Usage(alice))
	}
	t1 := c.Advance(3 * DefaultTTL)
	if res := collect(t, s, t1); res.Blobs != 0 {
		t.Fatal("a referenced blob was collected by the TTL")
	}
	if err := s.Unreference(rcpt); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Stat(client.KindTrace, m.Root)
	if got.Referenced() || !got.Since.Equal(t1) || s.Usage(alice) != m.Size {
		t.Fatalf("after rollback: %+v, usage %d", got, s.Usage(alice))
	}
	if err := s.Unreference(rcpt); err != nil { // unknown now: no-op
		t.Fatal(err)
	}
	collect(t, s, t1.Add(DefaultTTL-time.Second))
	if !stored(s, client.KindTrace, m.Root) {
		t.Fatal("collected before the TTL that the rollback started")
	}
	// Re-included in a later batch before the TTL.
	if err := s.Reference(client.KindTrace, m.Root, rcpt, 9); err != nil {
		t.Fatal(err)
	}
	collect(t, s, t1.Add(2*DefaultTTL))
	if !stored(s, client.KindTrace, m.Root) {
		t.Fatal("a re-referenced blob was collected")
	}
	if err := s.Unreference(rcpt); err != nil {
		t.Fatal(err)
	}
	collect(t, s, t0.Add(100*DefaultTTL))
	if stored(s, client.KindTrace, m.Root) {
		t.Fatal("not collected after the final rollback")
	}
}

func TestReferenceMissing(t *testing.T) {
	a, _, _ := fixtures(t)
	s := openStore(t, testConfig(t.TempDir(), newClock()))
	m := mustPut(t, s, alice, client.KindModel, a.bytes[client.KindModel])
	id := common.HexToHash("0x01")
	if err := s.Reference(client.KindModel, a.roots[client.KindInput], id, 1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("reference to a missing blob: %v", err)
	}
	err := s.ReferenceAll([]Ref{
		{Kind: client.KindModel, Root: m.Root, ID: id, Batch: 1},
		{Kind: client.KindInput, Root: a.roots[client.KindInput], ID: id, Batch: 1},
	})
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("partly missing: %v", err)
	}
	if got, _ := s.Stat(client.KindModel, m.Root); got.Refs != 0 || s.Stats().Refs != 0 {
		t.Fatalf("a failed ReferenceAll recorded something: %+v", got)
	}
	if err := s.Reference("weights", m.Root, id, 1); !errors.Is(err, ErrBadRequest) {
		t.Fatalf("unknown kind: %v", err)
	}
}

// Start runs Collect periodically; Stop ends it.
func TestCollectorLoop(t *testing.T) {
	a, _, _ := fixtures(t)
	c := newClock()
	cfg := testConfig(t.TempDir(), c)
	cfg.GCInterval = 5 * time.Millisecond
	s := openStore(t, cfg)
	m := mustPut(t, s, alice, client.KindInput, a.bytes[client.KindInput])
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s.Start(ctx)
	s.Start(ctx) // no-op
	time.Sleep(30 * time.Millisecond)
	if !stored(s, client.KindInput, m.Root) {
		t.Fatal("collected before its TTL")
	}
	c.Advance(DefaultTTL)
	deadline := time.Now().Add(10 * time.Second)
	for stored(s, client.KindInput, m.Root) {
		if time.Now().After(deadline) {
			t.Fatal("the collector did not run")
		}
		time.Sleep(5 * time.Millisecond)
	}
	s.Stop()
	s.Stop()
	m = mustPut(t, s, alice, client.KindInput, a.bytes[client.KindInput])
	c.Advance(DefaultTTL)
	time.Sleep(30 * time.Millisecond)
	if !stored(s, client.KindInput, m.Root) {
		t.Fatal("collected after Stop")
	}
}
