package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
)

// scan calls fn for every key of table t.
func (s *Store) scan(t byte, fn func(k, v []byte) error) error {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{t}, UpperBound: []byte{t + 1}})
	if err != nil {
		return err
	}
	for it.First(); it.Valid(); it.Next() {
		if err := fn(it.Key(), it.Value()); err != nil {
			it.Close()
			return err
		}
	}
	if err := it.Error(); err != nil {
		it.Close()
		return err
	}
	return it.Close()
}

// load rebuilds the index from pebble and reconciles it with the backend.
func (s *Store) load(ctx context.Context) error {
	v, closer, err := s.db.Get([]byte{tblVersion})
	switch {
	case errors.Is(err, pebble.ErrNotFound):
		if err := s.db.Set([]byte{tblVersion}, []byte{schemaVersion}, pebble.Sync); err != nil {
			return err
		}
	case err != nil:
		return err
	default:
		ok := len(v) == 1 && v[0] == schemaVersion
		closer.Close()
		if !ok {
			return fmt.Errorf("metadata schema %x, want %d", v, schemaVersion)
		}
	}

	if err := s.scan(tblFinal, func(k, v []byte) error {
		at, err := parseU64(v)
		if err != nil || len(k) != 9 {
			return fmt.Errorf("final mark %x: bad record", k)
		}
		s.finals = append(s.finals, finalMark{batch: binary.BigEndian.Uint64(k[1:]), at: time.Unix(0, int64(at))})
		return nil
	}); err != nil {
		return fmt.Errorf("load final marks: %w", err)
	}
	if err := s.scan(tblMeta, func(k, v []byte) error {
		m, err := decodeMeta(v)
		if err != nil {
			return fmt.Errorf("record %x: %w", k, err)
		}
		if string(metaKey(m.Key())) != string(k) {
			return fmt.Errorf("record %x holds %s", k, m.Key())
		}
		s.blobs[m.Key()] = &entry{meta: m, refs: map[common.Hash]uint64{}}
		return nil
	}); err != nil {
		return fmt.Errorf("load blob records: %w", err)
	}

	// Stale index records (their blob record is gone) are deleted.
	stale := s.db.NewBatch()
	defer stale.Close()
	if err := s.scan(tblHash, func(k, v []byte) error {
		if len(k) != 34 || len(v) != 32 {
			return fmt.Errorf("hash record %x: bad record", k)
		}
		kind, ok := kindName(k[1])
		if !ok {
			return fmt.Errorf("hash record %x: bad kind", k)
		}
		root := common.BytesToHash(v)
		if e := s.blobs[Key{kind, root}]; e != nil && e.meta.Hash == common.BytesToHash(k[2:]) {
			s.hashes[hashIdx{kind, e.meta.Hash}] = root
		} else {
			stale.Delete(k, nil)
		}
		return nil
	}); err != nil {
		return fmt.Errorf("load hash index: %w", err)
	}
	if err := s.scan(tblBlobRef, func(k, v []byte) error {
		if len(k) != 66 {
			return fmt.Errorf("reference %x: bad record", k)
		}
		kind, ok := kindName(k[1])
		batch, err := parseU64(v)
		if !ok || err != nil {
			return fmt.Errorf("reference %x: bad record", k)
		}
		key, ref := Key{kind, common.BytesToHash(k[2:34])}, common.BytesToHash(k[34:])
		if e := s.blobs[key]; e != nil {
			e.refs[ref] = batch
		} else {
			stale.Delete(k, nil)
		}
		return nil
	}); err != nil {
		return fmt.Errorf("load references: %w", err)
	}
	if err := s.scan(tblRef, func(k, v []byte) error {
		if len(k) != 66 {
			return fmt.Errorf("reference %x: bad record", k)
		}
		kind, ok := kindName(k[33])
		if !ok {
			return fmt.Errorf("reference %x: bad kind", k)
		}
		ref, key := common.BytesToHash(k[1:33]), Key{kind, common.BytesToHash(k[34:])}
		if e := s.blobs[key]; e != nil {
			if _, ok := e.refs[ref]; ok {
				s.refIdx[ref] = append(s.refIdx[ref], key)
				return nil
			}
		}
		stale.Delete(k, nil)
		return nil
	}); err != nil {
		return fmt.Errorf("load references: %w", err)
	}
	// A blob-side reference without its ref-side twin (never written
	// apart, but be strict): rewrite the twin.
	for k, e := range s.blobs {
		for ref, batch := range e.refs {
			if !containsKey(s.refIdx[ref], k) {
				stale.Set(refKey(ref, k), u64(batch), nil)
				s.refIdx[ref] = append(s.refIdx[ref], k)
			}
		}
	}

	// Reconcile with the backend.
	if c, ok := s.backend.(TempCleaner); ok {
		n, err := c.RemoveTemp(ctx)
		if err != nil {
			return fmt.Errorf("remove temporary files: %w", err)
		}
		if n > 0 {
			s.log.Info("store: removed temporary files of interrupted writes", "files", n)
		}
	}
	seen := map[Key]int64{}
	var orphans []Key
	if err := s.backend.List(ctx, func(k Key, size int64) error {
		if s.blobs[k] == nil {
			orphans = append(orphans, k)
		} else {
			seen[k] = size
		}
		return nil
	}); err != nil {
		return fmt.Errorf("list blobs: %w", err)
	}
	for _, k := range orphans {
		// An upload that crashed between its file and its record: it
		// never succeeded, so its uploader retries.
		if err := s.backend.Delete(ctx, k); err != nil {
			return fmt.Errorf("remove orphan blob: %w", err)
		}
		s.log.Info("store: removed a blob file without a record", "blob", k)
	}
	for k, e := range s.blobs {
		size, ok := seen[k]
		if ok && size == e.meta.Size {
			continue
		}
		refs := make([]common.Hash, 0, len(e.refs))
		for r := range e.refs {
			refs = append(refs, r)
		}
		s.log.Error("store: a recorded blob's file is missing or has the wrong size; dropping its record (a new upload restores it)",
			"blob", k, "size", size, "recorded", e.meta.Size, "refs", refs)
		stale.Delete(metaKey(k), nil)
		stale.Delete(hashKey(k.Kind, e.meta.Hash), nil)
		for _, r := range refs {
			stale.Delete(refKey(r, k), nil)
			stale.Delete(blobRefKey(k, r), nil)
		}
		if ok {
			if err := s.backend.Delete(ctx, k); err != nil {
				return fmt.Errorf("remove damaged blob: %w", err)
			}
		}
		s.unindex(k, e, refs)
	}
	if !stale.Empty() {
		if err := stale.Commit(pebble.Sync); err != nil {
			return fmt.Errorf("clean metadata: %w", err)
		}
	}
	for _, e := range s.blobs {
		if len(e.refs) == 0 {
			s.charge(e.meta.Uploader, e.meta.Size)
		}
	}
	return nil
}

func containsKey(ks []Key, k Key) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}
