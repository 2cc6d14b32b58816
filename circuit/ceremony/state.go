package ceremony

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unicode"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// A state file is one step of the transcript: the gnark mpcsetup objects
// after a contribution (phase 1: one Phase1; phase 2: one Phase2 per class,
// in the manifest's class order), behind a header that names the
// participant, so the published hash of the file binds the name too.
//
//	magic "gpuroll-ceremony-1\n" | phase u8 | index u32 | name (u16 length, bytes)
//	| parts u8 | per part: u64 length, gnark serialization
//
// Every length is checked against the size the previous state fixes before
// gnark's decoder runs: gnark's readers allocate whatever a length prefix
// in the file claims, so a forged prefix would be an out-of-memory crash
// instead of an error.
const stateMagic = "gpuroll-ceremony-1\n"

// MaxNameLen bounds a participant's name.
const MaxNameLen = 128

type stateHeader struct {
	Phase uint8
	Index uint32
	Name  string
}

// CheckName accepts a participant name: 1..MaxNameLen printable
// characters, no newline (it is printed in verify's report).
func CheckName(name string) error {
	if name == "" {
		return errors.New("participant name is empty")
	}
	if len(name) > MaxNameLen {
		return fmt.Errorf("participant name is %d bytes, at most %d", len(name), MaxNameLen)
	}
	for _, r := range name {
		if !unicode.IsPrint(r) {
			return fmt.Errorf("participant name %q has a non-printable character", name)
		}
	}
	return nil
}

func encodeState(h stateHeader, parts [][]byte) []byte {
	var b bytes.Buffer
	b.WriteString(stateMagic)
	b.WriteByte(h.Phase)
	_ = binary.Write(&b, binary.BigEndian, h.Index)
	_ = binary.Write(&b, binary.BigEndian, uint16(len(h.Name)))
	b.WriteString(h.Name)
	b.WriteByte(byte(len(parts)))
	for _, p := range parts {
		_ = binary.Write(&b, binary.BigEndian, uint64(len(p)))
		b.Write(p)
	}
	return b.Bytes()
}

// decodeState splits a state file, checking its header against what the
// transcript expects and each part's length against want.
func decodeState(data []byte, want stateHeader, partLens []int) ([][]byte, error) {
	r := bytes.NewReader(data)
	magic := make([]byte, len(stateMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != stateMagic {
		return nil, errors.New("not a gpuroll ceremony state file (bad magic)")
	}
	var h stateHeader
	var nameLen uint16
	if err := binary.Read(r, binary.BigEndian, &h.Phase); err != nil {
		return nil, fmt.Errorf("truncated header: %w", err)
	}
	if err := binary.Read(r, binary.BigEndian, &h.Index); err != nil {
		return nil, fmt.Errorf("truncated header: %w", err)
	}
	if err := binary.Read(r, binary.BigEndian, &nameLen); err != nil {
		return nil, fmt.Errorf("truncated header: %w", err)
	}
	if int(nameLen) > MaxNameLen || int(nameLen) > r.Len() {
		return nil, fmt.Errorf("participant name length %d out of range", nameLen)
	}
	name := make([]byte, nameLen)
	if _, err := io.ReadFull(r, name); err != nil {
		return nil, fmt.Errorf("truncated header: %w", err)
	}
	h.Name = string(name)
	if h != want {
		return nil, fmt.Errorf("header says phase %d, contribution %d by %q; the transcript expects phase %d, contribution %d by %q",
			h.Phase, h.Index, h.Name, want.Phase, want.Index, want.Name)
	}
	np, err := r.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("truncated header: %w", err)
	}
	if int(np) != len(partLens) {
		return nil, fmt.Errorf("%d parts, want %d", np, len(partLens))
	}
	parts := make([][]byte, np)
	for i := range parts {
		var n uint64
		if err := binary.Read(r, binary.BigEndian, &n); err != nil {
			return nil, fmt.Errorf("part %d: truncated: %w", i, err)
		}
		if n != uint64(partLens[i]) {
			return nil, fmt.Errorf("part %d is %d bytes, want %d (another circuit or phase-1 size?)", i, n, partLens[i])
		}
		if int(n) > r.Len() {
			return nil, fmt.Errorf("part %d: truncated (%d bytes left, %d announced)", i, r.Len(), n)
		}
		off := len(data) - r.Len()
		parts[i] = data[off : off+int(n)]
		if _, err := r.Seek(int64(n), io.SeekCurrent); err != nil {
			return nil, err
		}
	}
	if r.Len() != 0 {
		return nil, fmt.Errorf("%d trailing bytes", r.Len())
	}
	return parts, nil
}

const (
	g1Size    = curve.SizeOfG1AffineCompressed
	g2Size    = curve.SizeOfG2AffineCompressed
	proofSize = g1Size + g2Size // mpcsetup.UpdateProof
	chalSize  = sha256.Size
)

// phase1Size is the serialized size of a Phase1 of domain n whose
// challenge has chal bytes (marshal.go of gnark's mpcsetup: three update
// proofs, n as u64, [β]₂, [τ¹..τ²ⁿ⁻²]₁, [τ¹..τⁿ⁻¹]₂, [βτ⁰..]₁, [ατ⁰..]₁, then
// the challenge with a u8 length).
func phase1Size(n uint64, chal int) int {
	return 3*proofSize + 8 + g2Size + int(2*n-2)*g1Size + int(n-1)*g2Size + 2*int(n)*g1Size + 1 + chal
}

func decodePhase1(b []byte, n uint64) (*mpcsetup.Phase1, error) {
	if len(b) != phase1Size(n, chalSize) {
		return nil, fmt.Errorf("phase-1 state is %d bytes, want %d for domain %d", len(b), phase1Size(n, chalSize), n)
	}
	if got := binary.BigEndian.Uint64(b[3*proofSize:]); got != n {
		return nil, fmt.Errorf("phase-1 state is for domain %d, the ceremony's is %d", got, n)
	}
	if l := b[len(b)-1-chalSize]; l != chalSize {
		return nil, fmt.Errorf("phase-1 state: challenge of %d bytes, want %d", l, chalSize)
	}
	p := new(mpcsetup.Phase1)
	if _, err := p.ReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("decode phase-1 state: %w", err)
	}
	return p, nil
}

// phase2Shape is what fixes the size of a Phase2 of a circuit without
// commitments: the number of private wires (PKK) and the domain (Z has
// n − 1 points).
type phase2Shape struct{ pkk, z int }

func shapeOf(p *mpcsetup.Phase2) phase2Shape {
	return phase2Shape{pkk: len(p.Parameters.G1.PKK), z: len(p.Parameters.G1.Z)}
}

// phase2Size: u16 commitments (0), [δ]₁, PKK (u32 length + points), Z
// (u32 length + points), [δ]₂, the δ update proof, the challenge (u8
// length).
func phase2Size(s phase2Shape, chal int) int {
	return 2 + g1Size + 4 + s.pkk*g1Size + 4 + s.z*g1Size + g2Size + proofSize + 1 + chal
}

func decodePhase2(b []byte, s phase2Shape, chal int) (*mpcsetup.Phase2, error) {
	if len(b) != phase2Size(s, chal) {
		return nil, fmt.Errorf("phase-2 state is %d bytes, want %d", len(b), phase2Size(s, chal))
	}
	if c := binary.BigEndian.Uint16(b); c != 0 {
		return nil, fmt.Errorf("phase-2 state has %d commitments, the step circuits have none", c)
	}
	off := 2 + g1Size
	if got := binary.BigEndian.Uint32(b[off:]); int(got) != s.pkk {
		return nil, fmt.Errorf("phase-2 state has %d private-wire points, want %d", got, s.pkk)
	}
	off += 4 + s.pkk*g1Size
	if got := binary.BigEndian.Uint32(b[off:]); int(got) != s.z {
		return nil, fmt.Errorf("phase-2 state has %d Z points, want %d", got, s.z)
	}
	if l := b[len(b)-1-chal]; int(l) != chal {
		return nil, fmt.Errorf("phase-2 state: challenge of %d bytes, want %d", l, chal)
	}
	p := new(mpcsetup.Phase2)
	if _, err := p.ReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("decode phase-2 state: %w", err)
	}
	return p, nil
}

// srsSize is the size of SrsCommons of domain n (no proofs, no challenge).
func srsSize(n uint64) int { return phase1Size(n, 0) - 3*proofSize - 1 }

func decodeSRS(b []byte, n uint64) (*mpcsetup.SrsCommons, error) {
	if len(b) != srsSize(n) {
		return nil, fmt.Errorf("SRS is %d bytes, want %d for domain %d", len(b), srsSize(n), n)
	}
	if got := binary.BigEndian.Uint64(b); got != n {
		return nil, fmt.Errorf("SRS is for domain %d, want %d", got, n)
	}
	s := new(mpcsetup.SrsCommons)
	if _, err := s.ReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("decode SRS: %w", err)
	}
	return s, nil
}

func serialize(w io.WriterTo) ([]byte, error) {
	var b bytes.Buffer
	if _, err := w.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
