package ceremony

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
)

// MaxDomain bounds the phase-1 domain a transcript may name.
const MaxDomain = 1 << 20

// ManifestFile is the transcript's index, in the transcript directory.
const ManifestFile = "ceremony.json"

// Format names the transcript format and the protocol behind it.
const Format = "gpuroll groth16 ceremony v1 (gnark v0.16.0 backend/groth16/bn254/mpcsetup, BN254)"

// Manifest is a transcript's index: the circuits, every contribution in
// order with the sha256 of its file, the beacons and the sealed keys. The
// files themselves are the evidence; verify recomputes everything that is
// not a participant's random choice.
type Manifest struct {
	Format string `json:"format"`
	// Phase1Domain is N of the powers of tau: the next power of two above
	// the largest circuit's constraint count.
	Phase1Domain uint64      `json:"phase1Domain"`
	Classes      []ClassInfo `json:"classes"`
	Phase1       []Entry     `json:"phase1"`
	// Phase1Beacon is the hex beacon that sealed phase 1 ("" while open).
	Phase1Beacon string `json:"phase1Beacon,omitempty"`
	// SRS is phase 1's sealed output, Phase2Init the deterministic start of
	// phase 2 (one part per class): both recomputed by verify.
	SRS        *Entry  `json:"srs,omitempty"`
	Phase2Init *Entry  `json:"phase2Init,omitempty"`
	Phase2     []Entry `json:"phase2,omitempty"`
	// Phase2Beacon is the hex beacon that sealed phase 2 ("" while open).
	Phase2Beacon string `json:"phase2Beacon,omitempty"`
	// Keys are the sealed keys' class manifests (circuit.LoadKeys format,
	// in keys/), one per class.
	Keys []Entry `json:"keys,omitempty"`
}

// ClassInfo pins one circuit of the ceremony.
type ClassInfo struct {
	ID          uint8  `json:"id"`
	MaxIn       int    `json:"maxInputWidth"`
	Constraints int    `json:"constraints"`
	Domain      uint64 `json:"domain"`
	CircuitHash string `json:"circuitSha256"` // circuit.CircuitHash of the compiled R1CS
}

// Entry is one file of the transcript.
type Entry struct {
	Index  int    `json:"index,omitempty"`
	Name   string `json:"name,omitempty"`
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

// Stage is where a ceremony stands.
type Stage int

const (
	StagePhase1 Stage = iota + 1 // accepting phase-1 contributions
	StagePhase2                  // phase 1 sealed, accepting phase-2 contributions
	StageSealed                  // keys final
)

func (s Stage) String() string {
	switch s {
	case StagePhase1:
		return "phase 1 (powers of tau) open"
	case StagePhase2:
		return "phase 2 (per class) open"
	case StageSealed:
		return "sealed"
	}
	return "unknown"
}

// Stage reports the ceremony's stage.
func (m *Manifest) Stage() Stage {
	switch {
	case m.Phase1Beacon == "":
		return StagePhase1
	case m.Phase2Beacon == "":
		return StagePhase2
	}
	return StageSealed
}

// fileName is the only shape of a file name the transcript may list:
// a sub-directory of ours and a plain name, so a forged manifest cannot
// make a command read or link a file outside the transcript.
var fileName = regexp.MustCompile(`^(phase1|phase2|keys)/[A-Za-z0-9._-]{1,80}$|^srs\.bin$`)

func (m *Manifest) entries() []*Entry {
	var es []*Entry
	for i := range m.Phase1 {
		es = append(es, &m.Phase1[i])
	}
	if m.SRS != nil {
		es = append(es, m.SRS)
	}
	if m.Phase2Init != nil {
		es = append(es, m.Phase2Init)
	}
	for i := range m.Phase2 {
		es = append(es, &m.Phase2[i])
	}
	for i := range m.Keys {
		es = append(es, &m.Keys[i])
	}
	return es
}

// validate checks the manifest's own consistency (not the files).
func (m *Manifest) validate() error {
	if m.Format != Format {
		return fmt.Errorf("transcript format %q, this gpuroll reads %q", m.Format, Format)
	}
	// The bound keeps a forged manifest from making a participant's
	// machine allocate without limit (a phase-1 state of 2^20 is ~0.4 GB in
	// memory; class 3 needs 2^18).
	if m.Phase1Domain < 2 || m.Phase1Domain&(m.Phase1Domain-1) != 0 || m.Phase1Domain > MaxDomain {
		return fmt.Errorf("phase-1 domain %d is not a power of two in [2, %d]", m.Phase1Domain, MaxDomain)
	}
	if len(m.Classes) == 0 || len(m.Classes) > 16 {
		return fmt.Errorf("%d classes", len(m.Classes))
	}
	var largest uint64
	for _, c := range m.Classes {
		if c.Constraints < 1 || c.Domain != ecc.NextPowerOfTwo(uint64(c.Constraints)) {
			return fmt.Errorf("class %d: domain %d is not the one of %d constraints", c.ID, c.Domain, c.Constraints)
		}
		largest = max(largest, c.Domain)
	}
	if m.Phase1Domain != largest {
		return fmt.Errorf("phase-1 domain %d, the largest class needs %d", m.Phase1Domain, largest)
	}
	seen := map[string]bool{}
	for _, e := range m.entries() {
		if !fileName.MatchString(e.File) {
			return fmt.Errorf("transcript lists file %q: not a transcript file name", e.File)
		}
		if seen[e.File] {
			return fmt.Errorf("transcript lists file %q twice", e.File)
		}
		seen[e.File] = true
		if b, err := hex.DecodeString(e.SHA256); err != nil || len(b) != sha256.Size {
			return fmt.Errorf("transcript file %s: bad sha256 %q", e.File, e.SHA256)
		}
	}
	for i, e := range m.Phase1 {
		if e.Index != i+1 {
			return fmt.Errorf("phase-1 contribution %d has index %d", i+1, e.Index)
		}
	}
	for i, e := range m.Phase2 {
		if e.Index != i+1 {
			return fmt.Errorf("phase-2 contribution %d has index %d", i+1, e.Index)
		}
	}
	switch m.Stage() {
	case StagePhase1:
		if m.SRS != nil || m.Phase2Init != nil || len(m.Phase2) > 0 || m.Phase2Beacon != "" || len(m.Keys) > 0 {
			return errors.New("phase 1 is open but the transcript has phase-2 files")
		}
	case StagePhase2:
		if m.SRS == nil || m.Phase2Init == nil || len(m.Keys) > 0 {
			return errors.New("phase 1 is sealed but the SRS or the phase-2 start is missing, or keys are present")
		}
	case StageSealed:
		if m.SRS == nil || m.Phase2Init == nil || len(m.Keys) != 4*len(m.Classes) {
			return errors.New("sealed transcript without its SRS, phase-2 start or keys")
		}
	}
	return nil
}

// Transcript is a ceremony directory: ceremony.json and the files it lists.
type Transcript struct {
	Dir string
	M   Manifest
	// shapes are the phase-2 sizes per class, read from the start.
	shapes []phase2Shape
}

// Open reads a transcript's manifest (the files are checked as they are read).
func Open(dir string) (*Transcript, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return nil, fmt.Errorf("transcript %s: %w", dir, err)
	}
	t := &Transcript{Dir: dir}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t.M); err != nil {
		return nil, fmt.Errorf("transcript %s: %s: %w", dir, ManifestFile, err)
	}
	if err := t.M.validate(); err != nil {
		return nil, fmt.Errorf("transcript %s: %w", dir, err)
	}
	return t, nil
}

// read returns a listed file's bytes after checking its sha256.
func (t *Transcript) read(e *Entry) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(t.Dir, filepath.FromSlash(e.File)))
	if err != nil {
		return nil, fmt.Errorf("transcript: %w", err)
	}
	if got := sha256Hex(b); got != e.SHA256 {
		return nil, fmt.Errorf("transcript file %s has sha256 %s, the manifest says %s (corrupt or replaced)", e.File, got, e.SHA256)
	}
	return b, nil
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// newFile is a file a command adds to the transcript.
type newFile struct {
	name string
	data []byte
}

// write creates out as the transcript of from's files plus added, with
// manifest m. The previous transcript is never touched: out is built in a
// temporary directory next to it (from's files hard-linked where the file
// system allows, else copied) and renamed into place; an existing out is
// refused.
func write(from *Transcript, out string, m *Manifest, added ...newFile) error {
	if _, err := os.Lstat(out); err == nil {
		return fmt.Errorf("%s exists: the ceremony never overwrites a state, name a new directory", out)
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	parent := filepath.Dir(filepath.Clean(out))
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".tmp-")
	if err != nil {
		return fmt.Errorf("transcript %s: %w", out, err)
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	place := func(name string) (string, error) {
		p := filepath.Join(tmp, filepath.FromSlash(name))
		return p, os.MkdirAll(filepath.Dir(p), 0o755)
	}
	if from != nil {
		for _, e := range from.M.entries() {
			dst, err := place(e.File)
			if err != nil {
				return err
			}
			if err := linkOrCopy(filepath.Join(from.Dir, filepath.FromSlash(e.File)), dst); err != nil {
				return fmt.Errorf("transcript %s: %w", out, err)
			}
		}
	}
	for _, f := range added {
		dst, err := place(f.name)
		if err != nil {
			return err
		}
		if err := writeSynced(dst, f.data); err != nil {
			return err
		}
	}
	if err := m.validate(); err != nil {
		return fmt.Errorf("internal: new manifest invalid: %w", err)
	}
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := writeSynced(filepath.Join(tmp, ManifestFile), append(mb, '\n')); err != nil {
		return err
	}
	// Rename does not fail on an existing empty directory: look again
	// right before it (the window is a race between two local commands).
	if _, err := os.Lstat(out); err == nil {
		return fmt.Errorf("%s appeared while writing: not overwritten", out)
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("transcript %s: %w", out, err)
	}
	ok = true
	return nil
}

func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

func linkOrCopy(src, dst string) error {
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
