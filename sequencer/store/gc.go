package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
)

// Ref is one reference to a blob: the tx ID (a job id or a receipt id)
// that names the blob (Kind, Root) was included in batch Batch.
type Ref struct {
	Kind  string
	Root  common.Hash
	ID    common.Hash
	Batch uint64
}

// Reference records that the tx ref, included in batch, refers to the
// blob (kind, root). A referenced blob no longer counts against its
// uploader's quota and is kept until every batch that refers to it has
// been final for Config.Retention. Referencing again with another batch
// (re-inclusion after a rollback) moves the reference. The blob must be
// stored (ErrNotFound otherwise: admission guarantees it).
func (s *Store) Reference(kind string, root, ref common.Hash, batch uint64) error {
	return s.ReferenceAll([]Ref{{Kind: kind, Root: root, ID: ref, Batch: batch}})
}

// ReferenceAll records many references in one durable write (a block's
// worth); all or none: if one blob is not stored, nothing is recorded.
func (s *Store) ReferenceAll(refs []Ref) error {
	_, end, err := s.begin(context.Background())
	if err != nil {
		return err
	}
	defer end()
	s.metaMu.Lock()
	defer s.metaMu.Unlock()
	s.mu.RLock()
	for _, r := range refs {
		if err := checkKind(r.Kind); err != nil {
			s.mu.RUnlock()
			return err
		}
		if s.blobs[Key{r.Kind, r.Root}] == nil {
			s.mu.RUnlock()
			return fmt.Errorf("%w: %s/%s, referred to by %s in batch %d", ErrNotFound, r.Kind, r.Root, r.ID, r.Batch)
		}
	}
	s.mu.RUnlock()
	b := s.db.NewBatch()
	for _, r := range refs {
		k := Key{r.Kind, r.Root}
		b.Set(refKey(r.ID, k), u64(r.Batch), nil)
		b.Set(blobRefKey(k, r.ID), u64(r.Batch), nil)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("record references: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range refs {
		k := Key{r.Kind, r.Root}
		e := s.blobs[k]
		if len(e.refs) == 0 {
			s.charge(e.meta.Uploader, -e.meta.Size)
		}
		if _, had := e.refs[r.ID]; !had {
			s.refIdx[r.ID] = append(s.refIdx[r.ID], k)
		}
		e.refs[r.ID] = r.Batch
	}
	return nil
}

// charge adds n bytes to account's unreferenced usage. Called with mu
// held.
func (s *Store) charge(account common.Address, n int64) {
	if s.usage[account] += n; s.usage[account] <= 0 {
		delete(s.usage, account)
	}
}

// Unreference drops every reference of the tx ref (its batch was rolled
// back). A blob left without references is unreferenced again: it counts
// against its uploader's quota and its TTL starts now. An unknown ref is
// a no-op.
func (s *Store) Unreference(ref common.Hash) error {
	_, end, err := s.begin(context.Background())
	if err != nil {
		return err
	}
	defer end()
	s.metaMu.Lock()
	defer s.metaMu.Unlock()
	now := s.now()
	s.mu.RLock()
	keys := slices.Clone(s.refIdx[ref])
	b := s.db.NewBatch()
	var freed []*entry
	for _, k := range keys {
		b.Delete(refKey(ref, k), nil)
		b.Delete(blobRefKey(k, ref), nil)
		if e := s.blobs[k]; e != nil && len(e.refs) == 1 {
			m := e.meta
			m.Since = now
			b.Set(metaKey(k), encodeMeta(&m), nil)
			freed = append(freed, e)
		}
	}
	s.mu.RUnlock()
	if len(keys) == 0 {
		return nil
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("drop references of %s: %w", ref, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range keys {
		if e := s.blobs[k]; e != nil {
			delete(e.refs, ref)
		}
	}
	for _, e := range freed {
		e.meta.Since = now
		s.charge(e.meta.Uploader, e.meta.Size)
	}
	delete(s.refIdx, ref)
	return nil
}

// Finalized records that every batch up to batch is final on L1 since
// at. Marks at or below the highest one recorded are ignored (batches
// finalize in order).
func (s *Store) Finalized(batch uint64, at time.Time) error {
	_, end, err := s.begin(context.Background())
	if err != nil {
		return err
	}
	defer end()
	s.metaMu.Lock()
	defer s.metaMu.Unlock()
	s.mu.RLock()
	n := len(s.finals)
	var last finalMark
	if n > 0 {
		last = s.finals[n-1]
	}
	s.mu.RUnlock()
	if n > 0 && batch <= last.batch {
		return nil
	}
	if n > 0 && at.Before(last.at) {
		at = last.at // keep the marks ascending in time too
	}
	if err := s.db.Set(finalKey(batch), u64(uint64(at.UnixNano())), pebble.Sync); err != nil {
		return fmt.Errorf("record final batch %d: %w", batch, err)
	}
	s.mu.Lock()
	s.finals = append(s.finals, finalMark{batch: batch, at: at})
	s.mu.Unlock()
	return nil
}

// touch marks blobs as just checked by an admission rule: their TTL
// covers the gap between admission and inclusion (memory only).
func (s *Store) touch(keys ...Key) {
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range keys {
		if e := s.blobs[k]; e != nil {
			e.touched = now
		}
	}
}

// expired reports whether e can be collected at now. Called with mu held.
func (s *Store) expired(e *entry, now time.Time) bool {
	if len(e.refs) == 0 {
		since := e.meta.Since
		if e.touched.After(since) {
			since = e.touched
		}
		return now.Sub(since) >= s.cfg.TTL
	}
	var batch uint64
	for _, b := range e.refs {
		batch = max(batch, b)
	}
	final, ok := s.finalTime(batch)
	return ok && now.Sub(final) >= s.cfg.Retention
}

// Collected is what one Collect pass deleted.
type Collected struct {
	Blobs int
	Bytes int64
}

// Collect deletes the blobs that are due at now: unreferenced ones whose
// TTL has passed (since the upload, the last re-upload, Unreference or
// admission check), and referenced ones whose batches have all been final
// for the retention period (their references go with them).
func (s *Store) Collect(now time.Time) (Collected, error) {
	var res Collected
	_, end, err := s.begin(context.Background())
	if err != nil {
		return res, err
	}
	defer end()
	var due []Key
	s.mu.RLock()
	for k, e := range s.blobs {
		if s.expired(e, now) {
			due = append(due, k)
		}
	}
	s.mu.RUnlock()
	var errs []error
	for _, k := range due {
		if s.closing.Err() != nil {
			errs = append(errs, ErrClosed)
			break
		}
		size, referenced, ok, err := s.remove(k, now)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ok {
			res.Blobs++
			res.Bytes += size
			s.metrics.Collected(k.Kind, size, referenced)
		}
	}
	s.limiter.prune(now)
	return res, errors.Join(errs...)
}

// remove deletes one blob if it is still due.
func (s *Store) remove(k Key, now time.Time) (size int64, referenced, ok bool, err error) {
	st := s.stripe(k)
	st.Lock()
	defer st.Unlock()
	s.metaMu.Lock()
	s.mu.RLock()
	e := s.blobs[k]
	if e == nil || !s.expired(e, now) {
		s.mu.RUnlock()
		s.metaMu.Unlock()
		return 0, false, false, nil
	}
	refs := make([]common.Hash, 0, len(e.refs))
	for r := range e.refs {
		refs = append(refs, r)
	}
	s.mu.RUnlock()
	b := s.db.NewBatch()
	b.Delete(metaKey(k), nil)
	b.Delete(hashKey(k.Kind, e.meta.Hash), nil)
	for _, r := range refs {
		b.Delete(refKey(r, k), nil)
		b.Delete(blobRefKey(k, r), nil)
	}
	if err := b.Commit(pebble.Sync); err != nil {
		s.metaMu.Unlock()
		return 0, false, false, fmt.Errorf("collect %s: %w", k, err)
	}
	s.mu.Lock()
	s.unindex(k, e, refs)
	if len(refs) == 0 {
		s.charge(e.meta.Uploader, -e.meta.Size)
	}
	s.mu.Unlock()
	s.metaMu.Unlock()
	// Under the key's stripe: a new upload of the same bytes waits.
	if err := s.backend.Delete(context.Background(), k); err != nil {
		// The record is gone: Open removes the file as an orphan.
		return 0, false, false, fmt.Errorf("collect %s: %w", k, err)
	}
	return e.meta.Size, len(refs) > 0, true, nil
}

// unindex removes a blob and its references from the index (not its
// uploader's usage). Called with mu held.
func (s *Store) unindex(k Key, e *entry, refs []common.Hash) {
	delete(s.blobs, k)
	delete(s.hashes, hashIdx{k.Kind, e.meta.Hash})
	for _, r := range refs {
		ks := slices.DeleteFunc(s.refIdx[r], func(x Key) bool { return x == k })
		if len(ks) == 0 {
			delete(s.refIdx, r)
		} else {
			s.refIdx[r] = ks
		}
	}
}

// Start runs Collect every Config.GCInterval until ctx is done or Stop
// (or Close) is called. A second Start while one runs is a no-op.
func (s *Store) Start(ctx context.Context) {
	s.gcMu.Lock()
	defer s.gcMu.Unlock()
	if s.gcStop != nil {
		return
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	s.gcStop, s.gcDone = cancel, done
	go func() {
		defer close(done)
		t := time.NewTicker(s.cfg.GCInterval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			res, err := s.Collect(s.now())
			if err != nil && !errors.Is(err, ErrClosed) {
				s.log.Error("store: collect", "err", err)
			}
			if res.Blobs > 0 {
				s.log.Info("store: collected", "blobs", res.Blobs, "bytes", res.Bytes)
			}
		}
	}()
}

// Stop stops the collector started by Start and waits for it.
func (s *Store) Stop() {
	s.gcMu.Lock()
	defer s.gcMu.Unlock()
	if s.gcStop == nil {
		return
	}
	s.gcStop()
	<-s.gcDone
	s.gcStop, s.gcDone = nil, nil
}
