package l1

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"syscall"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// txStore persists the manager's pending transactions in one JSON file,
// replaced atomically (write, fsync, rename, fsync dir) on every change, and
// holds an exclusive flock on a sibling lock file so that two managers never
// own the same key's nonces at once.
type txStore struct {
	path string
	lock *os.File
}

type storedTx struct {
	Nonce uint64 `json:"nonce"`
	// Versions are every signed version sent for this nonce, oldest first
	// (binary encoding): a receipt of any of them settles the nonce.
	Versions []hexutil.Bytes `json:"versions"`
}

type storeFile struct {
	Version int            `json:"version"`
	ChainID *hexutil.Big   `json:"chainId"`
	From    common.Address `json:"from"`
	Pending []storedTx     `json:"pending"`
}

const storeVersion = 1

func openTxStore(path string) (*txStore, error) {
	if path == "" {
		return nil, errors.New("tx store: path is empty")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("tx store: %w", err)
	}
	lf, err := os.OpenFile(path+".lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("tx store lock: %w", err)
	}
	if err := syscall.Flock(int(lf.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		lf.Close()
		return nil, fmt.Errorf("tx store %s is in use by another manager: %w", path, err)
	}
	return &txStore{path: path, lock: lf}, nil
}

func (s *txStore) load() (*storeFile, error) {
	b, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("tx store: %w", err)
	}
	f, err := parseStore(b)
	if err != nil {
		return nil, fmt.Errorf("tx store %s: %w", s.path, err)
	}
	return f, nil
}

// parseStore decodes a state file strictly: known fields only, the
// current version, and every stored tx a well-formed signed tx whose nonce
// is the entry's.
func parseStore(b []byte) (*storeFile, error) {
	var f storeFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("corrupt: %w", err)
	}
	if err := expectEOF(dec); err != nil {
		return nil, err
	}
	if f.Version != storeVersion {
		return nil, fmt.Errorf("version %d, want %d", f.Version, storeVersion)
	}
	if f.ChainID == nil {
		return nil, errors.New("no chain id")
	}
	seen := map[uint64]bool{}
	for _, st := range f.Pending {
		if seen[st.Nonce] {
			return nil, fmt.Errorf("nonce %d listed twice", st.Nonce)
		}
		seen[st.Nonce] = true
		if len(st.Versions) == 0 {
			return nil, fmt.Errorf("nonce %d has no tx", st.Nonce)
		}
		for _, raw := range st.Versions {
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(raw); err != nil {
				return nil, fmt.Errorf("nonce %d: %w", st.Nonce, err)
			}
			if tx.Nonce() != st.Nonce {
				return nil, fmt.Errorf("a version of nonce %d has nonce %d", st.Nonce, tx.Nonce())
			}
		}
	}
	return &f, nil
}

// expectEOF fails unless only whitespace follows the value dec decoded.
// dec.More is not enough: it reports false for a stray '}' or ']' (it
// takes them for the end of an enclosing value), so a file with them
// appended would pass. Token returns io.EOF only at the clean end.
func expectEOF(dec *json.Decoder) error {
	tok, err := dec.Token()
	switch {
	case err == io.EOF:
		return nil
	case err != nil:
		return fmt.Errorf("corrupt: after the JSON object: %w", err)
	default:
		return fmt.Errorf("corrupt: trailing data after the JSON object (%v)", tok)
	}
}

func (s *txStore) save(f *storeFile) error {
	sort.Slice(f.Pending, func(i, j int) bool { return f.Pending[i].Nonce < f.Pending[j].Nonce })
	b, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return fmt.Errorf("tx store: %w", err)
	}
	tmp := s.path + ".tmp"
	w, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("tx store: %w", err)
	}
	if _, err := w.Write(b); err != nil {
		w.Close()
		return fmt.Errorf("tx store: write: %w", err)
	}
	if err := w.Sync(); err != nil {
		w.Close()
		return fmt.Errorf("tx store: sync: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("tx store: %w", err)
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return fmt.Errorf("tx store: rename: %w", err)
	}
	if d, err := os.Open(filepath.Dir(s.path)); err == nil {
		_ = d.Sync() // best effort: the rename is durable once the directory is
		d.Close()
	}
	return nil
}

func (s *txStore) close() error {
	if s.lock == nil {
		return nil
	}
	err := s.lock.Close() // closing releases the flock
	s.lock = nil
	return err
}
