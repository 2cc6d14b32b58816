// Package ceremony is the multi-party Groth16 setup of the step circuits:
// gnark's backend/groth16/bn254/mpcsetup (the BGM17 two-phase MPC that
// Zcash Sapling, Semaphore and others ran) driven through files, so a
// coordinator and participants need nothing but this binary and a way to
// pass a directory around. One honest participant suffices: its secret
// contribution, sampled from the OS and never written anywhere, is a factor
// of every toxic value.
//
// The transcript is a directory (transcript.go): ceremony.json lists every
// state file with its sha256; every command reads one transcript and writes
// a new one, never changing the old. Phase 1 (powers of tau) is sized for
// the largest class and each class's phase 2 uses its prefix, so every
// class keeps the FFT domain of its own constraint count.
package ceremony

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/gpuroll/gpuroll/circuit"
)

// Circuit is one circuit the ceremony sets up: a step class and its
// compiled constraint system.
type Circuit struct {
	Class circuit.Class
	CCS   *cs.R1CS
}

// StepCircuits compiles the step circuits of every class.
func StepCircuits() ([]Circuit, error) {
	var out []Circuit
	for _, c := range circuit.Classes() {
		ccs, err := circuit.Compile(c)
		if err != nil {
			return nil, err
		}
		out = append(out, Circuit{Class: c, CCS: ccs})
	}
	return out, nil
}

func classInfo(c Circuit) (ClassInfo, error) {
	if cm, ok := c.CCS.CommitmentInfo.(constraint.Groth16Commitments); !ok || len(cm) != 0 {
		return ClassInfo{}, fmt.Errorf("class %d: circuits with commitments are not supported", c.Class.ID)
	}
	h, err := circuit.CircuitHash(c.CCS)
	if err != nil {
		return ClassInfo{}, err
	}
	n := c.CCS.GetNbConstraints()
	return ClassInfo{
		ID: c.Class.ID, MaxIn: c.Class.MaxIn, Constraints: n,
		Domain:      ecc.NextPowerOfTwo(uint64(n)),
		CircuitHash: hex.EncodeToString(h[:]),
	}, nil
}

// checkCircuits checks that the circuits are the transcript's, in order.
func (m *Manifest) checkCircuits(cs []Circuit) error {
	if len(cs) != len(m.Classes) {
		return fmt.Errorf("the transcript sets up %d circuits, %d given", len(m.Classes), len(cs))
	}
	for i, c := range cs {
		got, err := classInfo(c)
		if err != nil {
			return err
		}
		if got != m.Classes[i] {
			return fmt.Errorf("circuit %d: the transcript is for class %d (max input width %d, %d constraints, sha256 %s), this binary's circuit is class %d (%d, %d constraints, sha256 %s): a different gpuroll version?",
				i, m.Classes[i].ID, m.Classes[i].MaxIn, m.Classes[i].Constraints, m.Classes[i].CircuitHash, got.ID, got.MaxIn, got.Constraints, got.CircuitHash)
		}
	}
	return nil
}

// Init writes the empty transcript of a ceremony for the circuits: phase 1
// sized for the largest. Its first state is the deterministic one that
// verify recomputes, so nothing but the manifest is written.
func Init(out string, circuits []Circuit) (*Manifest, error) {
	if len(circuits) == 0 {
		return nil, errors.New("no circuits to set up")
	}
	m := &Manifest{Format: Format, Phase1: []Entry{}}
	seen := map[uint8]bool{}
	for _, c := range circuits {
		ci, err := classInfo(c)
		if err != nil {
			return nil, err
		}
		if seen[ci.ID] {
			return nil, fmt.Errorf("class %d given twice", ci.ID)
		}
		seen[ci.ID] = true
		m.Classes = append(m.Classes, ci)
		m.Phase1Domain = max(m.Phase1Domain, ci.Domain)
	}
	if m.Phase1Domain > MaxDomain {
		return nil, fmt.Errorf("the largest circuit needs domain %d, over the ceremony's bound %d", m.Phase1Domain, MaxDomain)
	}
	if err := write(nil, out, m); err != nil {
		return nil, err
	}
	return m, nil
}

// Contribution is what a participant publishes.
type Contribution struct {
	Phase int
	Index int
	Name  string
	// Hash is the sha256 of the new state file, which names the
	// participant and is what the next participant builds on.
	Hash string
}

// Contribute adds one contribution to the open phase: fresh randomness
// from the OS (crypto/rand inside gnark), the state it is applied to
// checked against its predecessor first. The secret lives only in this
// process's memory.
func Contribute(ctx context.Context, in, out, name string) (*Contribution, error) {
	if err := CheckName(name); err != nil {
		return nil, err
	}
	t, err := Open(in)
	if err != nil {
		return nil, err
	}
	m := t.M
	switch m.Stage() {
	case StagePhase1:
		k := len(m.Phase1)
		prev, err := t.phase1State(k)
		if err != nil {
			return nil, err
		}
		if k > 0 {
			pp, err := t.phase1State(k - 1)
			if err != nil {
				return nil, err
			}
			if err := pp.Verify(prev); err != nil {
				return nil, fmt.Errorf("phase-1 contribution %d (%s) does not verify: %w", k, m.Phase1[k-1].Name, err)
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		prev.Contribute()
		part, err := serialize(prev)
		if err != nil {
			return nil, err
		}
		h := stateHeader{Phase: 1, Index: uint32(k + 1), Name: name}
		data := encodeState(h, [][]byte{part})
		e := Entry{Index: k + 1, Name: name, File: fmt.Sprintf("phase1/%04d.bin", k+1), SHA256: sha256Hex(data)}
		m.Phase1 = append(append([]Entry(nil), m.Phase1...), e)
		if err := write(t, out, &m, newFile{e.File, data}); err != nil {
			return nil, err
		}
		return &Contribution{Phase: 1, Index: k + 1, Name: name, Hash: e.SHA256}, nil
	case StagePhase2:
		k := len(m.Phase2)
		prev, err := t.phase2State(k)
		if err != nil {
			return nil, err
		}
		if k > 0 {
			pp, err := t.phase2State(k - 1)
			if err != nil {
				return nil, err
			}
			for i := range prev {
				if err := pp[i].Verify(prev[i]); err != nil {
					return nil, fmt.Errorf("phase-2 contribution %d (%s), class %d, does not verify: %w", k, m.Phase2[k-1].Name, m.Classes[i].ID, err)
				}
			}
		}
		parts := make([][]byte, len(prev))
		for i, p := range prev {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			p.Contribute()
			if parts[i], err = serialize(p); err != nil {
				return nil, err
			}
		}
		h := stateHeader{Phase: 2, Index: uint32(k + 1), Name: name}
		data := encodeState(h, parts)
		e := Entry{Index: k + 1, Name: name, File: fmt.Sprintf("phase2/%04d.bin", k+1), SHA256: sha256Hex(data)}
		m.Phase2 = append(append([]Entry(nil), m.Phase2...), e)
		if err := write(t, out, &m, newFile{e.File, data}); err != nil {
			return nil, err
		}
		return &Contribution{Phase: 2, Index: k + 1, Name: name, Hash: e.SHA256}, nil
	}
	return nil, errors.New("the ceremony is sealed: no more contributions")
}

// phase1State is the phase-1 state after contribution k (0: the start).
func (t *Transcript) phase1State(k int) (*mpcsetup.Phase1, error) {
	if k == 0 {
		return mpcsetup.NewPhase1(t.M.Phase1Domain), nil
	}
	e := &t.M.Phase1[k-1]
	data, err := t.read(e)
	if err != nil {
		return nil, err
	}
	parts, err := decodeState(data, stateHeader{Phase: 1, Index: uint32(k), Name: e.Name}, []int{phase1Size(t.M.Phase1Domain, chalSize)})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.File, err)
	}
	p, err := decodePhase1(parts[0], t.M.Phase1Domain)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.File, err)
	}
	return p, nil
}

// phase2Shapes are the sizes the circuits fix, read from the start of
// phase 2 (whose own correctness verify checks by recomputing it).
func (m *Manifest) phase2Shape(i int, pkk int) phase2Shape {
	return phase2Shape{pkk: pkk, z: int(m.Classes[i].Domain) - 1}
}

// phase2State is the phase-2 state (one per class) after contribution k
// (0: the start written when phase 1 was sealed).
func (t *Transcript) phase2State(k int) ([]*mpcsetup.Phase2, error) {
	if k == 0 || t.shapes == nil {
		init, err := t.phase2Init()
		if err != nil {
			return nil, err
		}
		t.shapes = make([]phase2Shape, len(init))
		for i, p := range init {
			t.shapes[i] = shapeOf(p)
		}
		if k == 0 {
			return init, nil
		}
	}
	e := &t.M.Phase2[k-1]
	lens := make([]int, len(t.shapes))
	for i, s := range t.shapes {
		lens[i] = phase2Size(s, chalSize)
	}
	data, err := t.read(e)
	if err != nil {
		return nil, err
	}
	parts, err := decodeState(data, stateHeader{Phase: 2, Index: uint32(k), Name: e.Name}, lens)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.File, err)
	}
	out := make([]*mpcsetup.Phase2, len(parts))
	for i := range parts {
		if out[i], err = decodePhase2(parts[i], t.shapes[i], chalSize); err != nil {
			return nil, fmt.Errorf("%s: class %d: %w", e.File, t.M.Classes[i].ID, err)
		}
	}
	return out, nil
}

const initName = "start"

func (t *Transcript) phase2Init() ([]*mpcsetup.Phase2, error) {
	e := t.M.Phase2Init
	data, err := t.read(e)
	if err != nil {
		return nil, err
	}
	// The start's sizes follow from the circuits; read them from the
	// part headers, bounded by the manifest's domains.
	lens, err := initLens(data, &t.M)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.File, err)
	}
	parts, err := decodeState(data, stateHeader{Phase: 2, Index: 0, Name: initName}, lens)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.File, err)
	}
	out := make([]*mpcsetup.Phase2, len(parts))
	for i := range parts {
		pkk := (lens[i] - phase2Size(phase2Shape{z: int(t.M.Classes[i].Domain) - 1}, 0)) / g1Size
		if out[i], err = decodePhase2(parts[i], t.M.phase2Shape(i, pkk), 0); err != nil {
			return nil, fmt.Errorf("%s: class %d: %w", e.File, t.M.Classes[i].ID, err)
		}
	}
	return out, nil
}

// initLens reads the part lengths of the phase-2 start and checks each
// against its class: at most 8 private wires per constraint and 2^24 in
// all (the step circuits have about one), so no length in a forged file
// makes the decoder allocate more than the circuits could need.
func initLens(data []byte, m *Manifest) ([]int, error) {
	off := len(stateMagic) + 1 + 4 + 2 + len(initName) + 1
	lens := make([]int, len(m.Classes))
	for i, c := range m.Classes {
		if off+8 > len(data) {
			return nil, errors.New("truncated")
		}
		n := uint64(0)
		for _, b := range data[off : off+8] {
			n = n<<8 | uint64(b)
		}
		base := phase2Size(phase2Shape{z: int(c.Domain) - 1}, 0)
		if n < uint64(base) || (n-uint64(base))%g1Size != 0 || (n-uint64(base))/g1Size > uint64(min(8*c.Constraints+1024, 1<<24)) {
			return nil, fmt.Errorf("class %d: phase-2 start of %d bytes does not fit domain %d", c.ID, n, c.Domain)
		}
		lens[i] = int(n)
		off += 8 + int(n)
	}
	return lens, nil
}

// prefix is the SRS of a smaller domain: the first powers of tau. A class
// keeps its own FFT domain (and proving cost) instead of the largest's.
func prefix(s *mpcsetup.SrsCommons, n uint64) *mpcsetup.SrsCommons {
	var p mpcsetup.SrsCommons
	p.G1.Tau = s.G1.Tau[:2*n-1]
	p.G1.AlphaTau = s.G1.AlphaTau[:n]
	p.G1.BetaTau = s.G1.BetaTau[:n]
	p.G2.Tau = s.G2.Tau[:n]
	p.G2.Beta = s.G2.Beta
	return &p
}

// ParseBeacon decodes a beacon given in hex (an L1 block hash, a drand
// round's randomness): at least 16 bytes.
func ParseBeacon(s string) ([]byte, error) {
	b, err := hex.DecodeString(trim0x(s))
	if err != nil {
		return nil, fmt.Errorf("beacon: not hex: %w", err)
	}
	if len(b) < 16 || len(b) > 1024 {
		return nil, fmt.Errorf("beacon is %d bytes, want 16..1024 (e.g. a 32-byte block hash)", len(b))
	}
	return b, nil
}

func trim0x(s string) string {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return s[2:]
	}
	return s
}

// Seal closes the open phase with the public beacon. Sealing phase 1
// verifies its contributions, derives the powers of tau and starts phase 2
// for every class; sealing phase 2 verifies its contributions and derives
// the final keys (keys/, circuit.LoadKeys format). The beacon is a last
// contribution anyone can recompute: announced in advance (a future L1
// block's hash), it keeps the last participant from choosing the result.
func Seal(ctx context.Context, in, out string, beacon []byte, circuits []Circuit) (*Manifest, error) {
	t, err := Open(in)
	if err != nil {
		return nil, err
	}
	m := t.M
	if err := m.checkCircuits(circuits); err != nil {
		return nil, err
	}
	switch m.Stage() {
	case StagePhase1:
		if len(m.Phase1) == 0 {
			return nil, errors.New("seal: phase 1 has no contributions (a beacon alone is no secret)")
		}
		last, err := t.verifyPhase1(ctx, nil)
		if err != nil {
			return nil, err
		}
		srs := last.Seal(beacon)
		srsB, err := serialize(&srs)
		if err != nil {
			return nil, err
		}
		initB, _, err := startPhase2(ctx, &m, &srs, circuits)
		if err != nil {
			return nil, err
		}
		m.Phase1Beacon = hex.EncodeToString(beacon)
		m.SRS = &Entry{File: "srs.bin", SHA256: sha256Hex(srsB)}
		m.Phase2Init = &Entry{Name: initName, File: "phase2/0000.bin", SHA256: sha256Hex(initB)}
		if err := write(t, out, &m, newFile{m.SRS.File, srsB}, newFile{m.Phase2Init.File, initB}); err != nil {
			return nil, err
		}
		return &m, nil
	case StagePhase2:
		if len(m.Phase2) == 0 {
			return nil, errors.New("seal: phase 2 has no contributions (a beacon alone is no secret)")
		}
		srs, err := t.srs()
		if err != nil {
			return nil, err
		}
		keys, err := t.sealPhase2(ctx, srs, beacon, circuits, nil)
		if err != nil {
			return nil, err
		}
		m.Phase2Beacon = hex.EncodeToString(beacon)
		var files []newFile
		for _, k := range keys {
			fs, err := keyFiles(k)
			if err != nil {
				return nil, err
			}
			for _, f := range fs {
				m.Keys = append(m.Keys, Entry{Index: int(k.Class.ID), File: f.name, SHA256: sha256Hex(f.data)})
			}
			files = append(files, fs...)
		}
		if err := write(t, out, &m, files...); err != nil {
			return nil, err
		}
		return &m, nil
	}
	return nil, errors.New("seal: the ceremony is already sealed")
}

// startPhase2 is the deterministic start of phase 2, one part per class.
// It also returns each class's evaluations, which the seal of phase 2
// needs (computing them is the expensive part of the start).
func startPhase2(ctx context.Context, m *Manifest, srs *mpcsetup.SrsCommons, circuits []Circuit) ([]byte, []mpcsetup.Phase2Evaluations, error) {
	parts := make([][]byte, len(circuits))
	evals := make([]mpcsetup.Phase2Evaluations, len(circuits))
	for i, c := range circuits {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		var p mpcsetup.Phase2
		evals[i] = p.Initialize(c.CCS, prefix(srs, m.Classes[i].Domain))
		var err error
		if parts[i], err = serialize(&p); err != nil {
			return nil, nil, err
		}
	}
	return encodeState(stateHeader{Phase: 2, Index: 0, Name: initName}, parts), evals, nil
}

func (t *Transcript) srs() (*mpcsetup.SrsCommons, error) {
	data, err := t.read(t.M.SRS)
	if err != nil {
		return nil, err
	}
	return decodeSRS(data, t.M.Phase1Domain)
}

// keyFiles are the files circuit.Keys.WriteDir writes, as transcript files.
func keyFiles(k *circuit.Keys) ([]newFile, error) {
	dir, err := os.MkdirTemp("", "gpuroll-ceremony-keys-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := k.WriteDir(dir); err != nil {
		return nil, err
	}
	var out []newFile
	for _, ext := range []string{"json", "r1cs", "pk", "vk"} {
		name := fmt.Sprintf("class%d.%s", k.Class.ID, ext)
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		out = append(out, newFile{"keys/" + name, b})
	}
	return out, nil
}

// Progress receives verify's findings as they are made.
type Progress func(format string, args ...any)

// verifyPhase1 checks every phase-1 contribution in order and returns the
// last state.
func (t *Transcript) verifyPhase1(ctx context.Context, say Progress) (*mpcsetup.Phase1, error) {
	prev, err := t.phase1State(0)
	if err != nil {
		return nil, err
	}
	for k := 1; k <= len(t.M.Phase1); k++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		e := t.M.Phase1[k-1]
		next, err := t.phase1State(k)
		if err != nil {
			return nil, fmt.Errorf("phase-1 contribution %d (%s): %w", k, e.Name, err)
		}
		if err := prev.Verify(next); err != nil {
			return nil, fmt.Errorf("phase-1 contribution %d (%s) does not verify against contribution %d: %w", k, e.Name, k-1, err)
		}
		if say != nil {
			say("phase 1 contribution %d by %q: valid, sha256 %s", k, e.Name, e.SHA256)
		}
		prev = next
	}
	return prev, nil
}

// sealPhase2 recomputes the start of phase 2 from the SRS (checking the
// stored start), verifies every contribution in order and seals each class
// with the beacon, one class at a time (memory).
func (t *Transcript) sealPhase2(ctx context.Context, srs *mpcsetup.SrsCommons, beacon []byte, circuits []Circuit, say Progress) ([]*circuit.Keys, error) {
	m := &t.M
	initB, evals, err := startPhase2(ctx, m, srs, circuits)
	if err != nil {
		return nil, err
	}
	if got := sha256Hex(initB); got != m.Phase2Init.SHA256 {
		return nil, fmt.Errorf("the start of phase 2 recomputed from the SRS has sha256 %s, the transcript's %s: it was not derived from this phase 1", got, m.Phase2Init.SHA256)
	}
	if say != nil {
		say("phase 2 start: recomputed from the SRS and the circuits, matches %s", m.Phase2Init.SHA256)
	}
	states, err := t.phase2State(0)
	if err != nil {
		return nil, err
	}
	for k := 1; k <= len(m.Phase2); k++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		e := m.Phase2[k-1]
		next, err := t.phase2State(k)
		if err != nil {
			return nil, fmt.Errorf("phase-2 contribution %d (%s): %w", k, e.Name, err)
		}
		for i := range next {
			if err := states[i].Verify(next[i]); err != nil {
				return nil, fmt.Errorf("phase-2 contribution %d (%s), class %d, does not verify against contribution %d: %w", k, e.Name, m.Classes[i].ID, k-1, err)
			}
		}
		if say != nil {
			say("phase 2 contribution %d by %q: valid for every class, sha256 %s", k, e.Name, e.SHA256)
		}
		states = next
	}
	keys := make([]*circuit.Keys, len(circuits))
	for i, c := range circuits {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pk, vk := states[i].Seal(prefix(srs, m.Classes[i].Domain), &evals[i], beacon)
		bpk, ok1 := pk.(*groth16bn254.ProvingKey)
		bvk, ok2 := vk.(*groth16bn254.VerifyingKey)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("class %d: unexpected key types %T, %T", c.Class.ID, pk, vk)
		}
		if keys[i], err = circuit.NewKeys(c.Class, c.CCS, bpk, bvk); err != nil {
			return nil, err
		}
	}
	return keys, nil
}

// Beacons are the beacons an auditor expects, from their announcement
// (nil: take the transcript's word, and say so).
type Beacons struct{ Phase1, Phase2 []byte }

// Report is verify's result.
type Report struct {
	Stage        Stage
	Phase1       []Entry
	Phase2       []Entry
	Phase1Beacon string
	Phase2Beacon string
	// VKHashes are the sealed keys' verifying-key hashes, by class id: what
	// the deployed adapters' VK_HASH must equal.
	VKHashes map[uint8]string
}

// Verify re-checks a transcript end to end: every contribution in order
// (its proof of knowledge, bound to the previous state's hash, and the
// consistency of the updated points), the seal of phase 1 with its beacon,
// the start of phase 2 recomputed from the circuits, and the keys
// recomputed from the last phase-2 state and the second beacon. It needs
// the same circuits (the same gpuroll version).
func Verify(ctx context.Context, in string, circuits []Circuit, want Beacons, say Progress) (*Report, error) {
	if say == nil {
		say = func(string, ...any) {}
	}
	t, err := Open(in)
	if err != nil {
		return nil, err
	}
	m := &t.M
	if err := m.checkCircuits(circuits); err != nil {
		return nil, err
	}
	r := &Report{Stage: m.Stage(), Phase1: m.Phase1, Phase2: m.Phase2, Phase1Beacon: m.Phase1Beacon, Phase2Beacon: m.Phase2Beacon}
	for _, c := range m.Classes {
		say("class %d: max input width %d, %d constraints, domain %d, circuit sha256 %s", c.ID, c.MaxIn, c.Constraints, c.Domain, c.CircuitHash)
	}
	last, err := t.verifyPhase1(ctx, say)
	if err != nil {
		return nil, err
	}
	if m.Stage() == StagePhase1 {
		say("phase 1 is open: %d contributions verified", len(m.Phase1))
		return r, nil
	}
	beacon1, err := checkBeacon("phase 1", m.Phase1Beacon, want.Phase1, say)
	if err != nil {
		return nil, err
	}
	if len(m.Phase1) == 0 {
		return nil, errors.New("phase 1 was sealed without contributions")
	}
	srs := last.Seal(beacon1)
	srsB, err := serialize(&srs)
	if err != nil {
		return nil, err
	}
	if got := sha256Hex(srsB); got != m.SRS.SHA256 {
		return nil, fmt.Errorf("phase 1 sealed with beacon %s gives an SRS with sha256 %s, the transcript's has %s: wrong beacon or a forged SRS", m.Phase1Beacon, got, m.SRS.SHA256)
	}
	say("phase 1 sealed with beacon %s: SRS recomputed, matches %s", m.Phase1Beacon, m.SRS.SHA256)
	if m.Stage() == StagePhase2 {
		// Check the stored start and the contributions so far, no seal.
		initB, _, err := startPhase2(ctx, m, &srs, circuits)
		if err != nil {
			return nil, err
		}
		if got := sha256Hex(initB); got != m.Phase2Init.SHA256 {
			return nil, fmt.Errorf("the start of phase 2 recomputed from the SRS has sha256 %s, the transcript's %s", got, m.Phase2Init.SHA256)
		}
		say("phase 2 start: recomputed, matches %s", m.Phase2Init.SHA256)
		states, err := t.phase2State(0)
		if err != nil {
			return nil, err
		}
		for k := 1; k <= len(m.Phase2); k++ {
			e := m.Phase2[k-1]
			next, err := t.phase2State(k)
			if err != nil {
				return nil, fmt.Errorf("phase-2 contribution %d (%s): %w", k, e.Name, err)
			}
			for i := range next {
				if err := states[i].Verify(next[i]); err != nil {
					return nil, fmt.Errorf("phase-2 contribution %d (%s), class %d, does not verify against contribution %d: %w", k, e.Name, m.Classes[i].ID, k-1, err)
				}
			}
			say("phase 2 contribution %d by %q: valid for every class, sha256 %s", k, e.Name, e.SHA256)
			states = next
		}
		say("phase 2 is open: %d contributions verified", len(m.Phase2))
		return r, nil
	}
	beacon2, err := checkBeacon("phase 2", m.Phase2Beacon, want.Phase2, say)
	if err != nil {
		return nil, err
	}
	if len(m.Phase2) == 0 {
		return nil, errors.New("phase 2 was sealed without contributions")
	}
	keys, err := t.sealPhase2(ctx, &srs, beacon2, circuits, say)
	if err != nil {
		return nil, err
	}
	r.VKHashes = map[uint8]string{}
	for _, k := range keys {
		fs, err := keyFiles(k)
		if err != nil {
			return nil, err
		}
		for _, f := range fs {
			var stored *Entry
			for i := range m.Keys {
				if m.Keys[i].File == f.name {
					stored = &m.Keys[i]
				}
			}
			if stored == nil {
				return nil, fmt.Errorf("the transcript has no %s", f.name)
			}
			if got := sha256Hex(f.data); got != stored.SHA256 {
				return nil, fmt.Errorf("%s recomputed from the last phase-2 state and beacon %s has sha256 %s, the transcript's %s: wrong beacon or forged keys", f.name, m.Phase2Beacon, got, stored.SHA256)
			}
			// And the stored file is that one.
			if _, err := t.read(stored); err != nil {
				return nil, err
			}
		}
		r.VKHashes[k.Class.ID] = fmt.Sprintf("0x%x", k.VKHash)
		say("class %d keys recomputed with beacon %s: match the transcript; verifying key hash (the adapter's VK_HASH) 0x%x", k.Class.ID, m.Phase2Beacon, k.VKHash)
	}
	return r, nil
}

func checkBeacon(phase, recorded string, want []byte, say Progress) ([]byte, error) {
	b, err := hex.DecodeString(recorded)
	if err != nil {
		return nil, fmt.Errorf("%s beacon in the transcript: %w", phase, err)
	}
	if want == nil {
		say("%s beacon %s taken from the transcript: check it against its announcement (--phase1-beacon/--phase2-beacon)", phase, recorded)
		return b, nil
	}
	if !bytes.Equal(b, want) {
		return nil, fmt.Errorf("%s was sealed with beacon %s, the announced beacon is %x", phase, recorded, want)
	}
	return b, nil
}

// Export writes the sealed keys in the format circuit.LoadKeys reads into
// keysDir and the Solidity verifiers with their IStepVerifier adapters,
// exactly as `gpuroll setup` writes them, into verifiersDir (empty: none).
// It refuses to replace existing keys or verifiers.
func Export(in, keysDir, verifiersDir string) ([]*circuit.Keys, error) {
	t, err := Open(in)
	if err != nil {
		return nil, err
	}
	m := &t.M
	if m.Stage() != StageSealed {
		return nil, fmt.Errorf("export: the ceremony is not sealed (%s)", m.Stage())
	}
	for _, e := range m.Keys {
		if _, err := t.read(&e); err != nil {
			return nil, err
		}
	}
	var keys []*circuit.Keys
	for _, ci := range m.Classes {
		c := circuit.Class{ID: ci.ID, MaxIn: ci.MaxIn}
		k, err := circuit.LoadKeys(filepath.Join(t.Dir, "keys"), c)
		if err != nil {
			return nil, err
		}
		h, err := circuit.CircuitHash(k.CCS)
		if err != nil {
			return nil, err
		}
		if hex.EncodeToString(h[:]) != ci.CircuitHash {
			return nil, fmt.Errorf("export: class %d keys are for another circuit", ci.ID)
		}
		keys = append(keys, k)
	}
	for _, k := range keys {
		if _, err := os.Stat(filepath.Join(keysDir, fmt.Sprintf("class%d.json", k.Class.ID))); err == nil {
			return nil, fmt.Errorf("export: %s already holds keys of class %d: not replaced, name an empty directory", keysDir, k.Class.ID)
		}
		if verifiersDir != "" {
			if _, err := os.Stat(filepath.Join(verifiersDir, circuit.VerifierFileName(k.Class))); err == nil {
				return nil, fmt.Errorf("export: %s already holds %s: not replaced, name an empty directory", verifiersDir, circuit.VerifierFileName(k.Class))
			}
		}
	}
	for _, k := range keys {
		if err := k.WriteDir(keysDir); err != nil {
			return nil, err
		}
		if verifiersDir == "" {
			continue
		}
		var b bytes.Buffer
		if err := k.ExportSolidity(&b); err != nil {
			return nil, err
		}
		if err := os.MkdirAll(verifiersDir, 0o755); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		if err := os.WriteFile(filepath.Join(verifiersDir, circuit.VerifierFileName(k.Class)), b.Bytes(), 0o644); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
	}
	return keys, nil
}
