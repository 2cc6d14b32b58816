package circuit

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// generatorProof is a well-formed (not valid) proof: A = C = g1, B = g2.
func generatorProof() []byte {
	_, _, g1, g2 := curve.Generators()
	a := g1.RawBytes()
	b := g2.RawBytes()
	return append(append(append([]byte(nil), a[:]...), b[:]...), a[:]...)
}

func TestDecodeProof(t *testing.T) {
	p, err := DecodeProof(generatorProof())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.MarshalSolidity(), generatorProof()) {
		t.Fatal("decode/encode round trip differs")
	}
	for _, bad := range [][]byte{nil, make([]byte, 255), make([]byte, 257), append([]byte{0xff}, generatorProof()[1:]...)} {
		if _, err := DecodeProof(bad); err == nil {
			t.Fatalf("accepted %d bytes starting %x", len(bad), bad[:min(len(bad), 1)])
		}
	}
	// A point off the curve.
	off := generatorProof()
	off[63] ^= 1
	if _, err := DecodeProof(off); err == nil {
		t.Fatal("accepted A off the curve")
	}
}

// compressedACrasher is the fuzzing finding (also in the seed corpus as
// testdata/fuzz/FuzzDecodeProof/compressed-a-commitment-count): A
// compressed (32 bytes, flag 0b10), B and C uncompressed and valid, then
// 0xffffffff at bytes 224-227. gnark's reader took those four bytes as a
// commitment count and allocated 64 bytes per unit: a fatal out-of-memory.
func compressedACrasher() []byte {
	_, _, g1, g2 := curve.Generators()
	b := make([]byte, 0, ProofSize)
	ac, br, cr := g1.Bytes(), g2.RawBytes(), g1.RawBytes()
	b = append(append(append(b, ac[:]...), br[:]...), cr[:]...)
	b = append(b, 0xff, 0xff, 0xff, 0xff)
	return append(b, make([]byte, ProofSize-len(b))...)
}

func TestDecodeProofRefusesCompressedAndFlags(t *testing.T) {
	crash := compressedACrasher()
	if len(crash) != ProofSize || crash[0]>>6 != 0b10 || !bytes.Equal(crash[224:228], []byte{0xff, 0xff, 0xff, 0xff}) {
		t.Fatalf("crasher is not what it should be: %x", crash)
	}
	if _, err := DecodeProof(crash); err == nil {
		t.Fatal("accepted a compressed A")
	}
	// Every flag value on every point's first byte, over a valid proof.
	for _, off := range []int{0, 64, 192} {
		for flag := byte(1); flag < 4; flag++ {
			b := generatorProof()
			b[off] |= flag << 6
			if _, err := DecodeProof(b); err == nil {
				t.Fatalf("accepted flags %02b on the point at byte %d", flag, off)
			}
		}
	}
	// Compressed infinity (gnark's Bytes() of the zero point) for A.
	var inf curve.G1Affine
	b := generatorProof()
	ib := inf.Bytes()
	copy(b, ib[:])
	if _, err := DecodeProof(b); err == nil {
		t.Fatal("accepted a compressed infinity A")
	}
	// A coordinate equal to the modulus (zero, not canonical) in each word.
	mod := fp.Modulus().FillBytes(make([]byte, 32))
	for w := 0; w < 8; w++ {
		b := make([]byte, ProofSize) // all infinity: valid
		if _, err := DecodeProof(b); err != nil {
			t.Fatalf("all-zero (infinity) proof: %v", err)
		}
		copy(b[32*w:], mod)
		if _, err := DecodeProof(b); err == nil {
			t.Fatalf("accepted the modulus in word %d", w)
		}
	}
	// B on the twist but outside its subgroup (the twist's cofactor is
	// large, so the first x with a square right-hand side does).
	b = generatorProof()
	var twist, bTwist, three, rhs curve.E2
	twist.A0.SetUint64(9)
	twist.A1.SetOne()
	three.A0.SetUint64(3)
	bTwist.Inverse(&twist).Mul(&bTwist, &three) // y² = x³ + 3/(9+u)
	var q curve.G2Affine
	for i := uint64(1); ; i++ {
		q.X.A0.SetUint64(i)
		rhs.Square(&q.X).Mul(&rhs, &q.X).Add(&rhs, &bTwist)
		if rhs.Legendre() == 1 {
			q.Y.Sqrt(&rhs)
			break
		}
	}
	if !q.IsOnCurve() || q.IsInSubGroup() {
		t.Fatal("test point is not on the twist outside the subgroup")
	}
	qb := q.RawBytes()
	copy(b[64:], qb[:])
	if _, err := DecodeProof(b); err == nil {
		t.Fatal("accepted B outside the G2 subgroup")
	}
}

// TestDecodeProofRoundTrip: the Solidity encoding of proofs with random
// points (and the point at infinity) decodes to the same points and
// re-encodes to the same bytes.
func TestDecodeProofRoundTrip(t *testing.T) {
	_, _, g1, g2 := curve.Generators()
	rng := rand.New(rand.NewPCG(1, 2))
	var zero1 curve.G1Affine
	var zero2 curve.G2Affine
	for i := 0; i < 20; i++ {
		var p groth16bn254.Proof
		s := func() *big.Int {
			var e fr.Element
			for j := range e {
				e[j] = rng.Uint64()
			}
			var k big.Int
			return e.BigInt(&k) // reduced: any scalar will do
		}
		p.Ar.ScalarMultiplication(&g1, s())
		p.Bs.ScalarMultiplication(&g2, s())
		p.Krs.ScalarMultiplication(&g1, s())
		switch i {
		case 0:
			p.Ar = zero1
		case 1:
			p.Bs = zero2
		case 2:
			p.Krs = zero1
		}
		enc := p.MarshalSolidity()
		if len(enc) != ProofSize {
			t.Fatalf("MarshalSolidity wrote %d bytes", len(enc))
		}
		q, err := DecodeProof(enc)
		if err != nil {
			t.Fatalf("proof %d: %v", i, err)
		}
		if !q.Ar.Equal(&p.Ar) || !q.Bs.Equal(&p.Bs) || !q.Krs.Equal(&p.Krs) || len(q.Commitments) != 0 {
			t.Fatalf("proof %d decodes to other points", i)
		}
		if !bytes.Equal(q.MarshalSolidity(), enc) {
			t.Fatalf("proof %d: re-encoding differs", i)
		}
	}
}

// FuzzDecodeProof: untrusted proof bytes never panic or exhaust memory,
// whatever decodes re-encodes to the same bytes (one encoding per proof),
// and on uncompressed input (no flag bits, which gnark's reader can take
// without reading a length from the proof) DecodeProof agrees with gnark's
// raw reader.
func FuzzDecodeProof(f *testing.F) {
	f.Add(generatorProof())
	f.Add(make([]byte, ProofSize))
	f.Add(compressedACrasher())
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeProof(b)
		if err == nil && !bytes.Equal(p.MarshalSolidity(), b) {
			t.Fatalf("non-canonical proof encoding accepted: %x", b)
		}
		if len(b) != ProofSize || (b[0]|b[64]|b[192])&0xc0 != 0 {
			if err == nil {
				t.Fatalf("accepted %d bytes or a flagged point: %x", len(b), b)
			}
			return
		}
		g, gerr := gnarkDecodeRaw(b)
		if (err == nil) != (gerr == nil) {
			t.Fatalf("DecodeProof: %v, gnark's reader: %v, on %x", err, gerr, b)
		}
		if err == nil && (!g.Ar.Equal(&p.Ar) || !g.Bs.Equal(&p.Bs) || !g.Krs.Equal(&p.Krs)) {
			t.Fatalf("DecodeProof and gnark's reader differ on %x", b)
		}
	})
}

// gnarkDecodeRaw reads 256 uncompressed proof bytes with gnark's own reader,
// the empty commitment list appended. Only for input without flag bits: a
// compressed point would make the reader take proof bytes as that list's
// length.
func gnarkDecodeRaw(b []byte) (*groth16bn254.Proof, error) {
	var empty groth16bn254.Proof
	var eb bytes.Buffer
	if _, err := empty.WriteRawTo(&eb); err != nil {
		return nil, err
	}
	p := new(groth16bn254.Proof)
	_, err := p.ReadFrom(bytes.NewReader(append(append([]byte(nil), b...), eb.Bytes()[ProofSize:]...)))
	return p, err
}
