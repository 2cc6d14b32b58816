package circuit

import (
	"bytes"
	"testing"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
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

// FuzzDecodeProof: untrusted proof bytes never panic, and whatever decodes
// re-encodes to the same bytes (one encoding per proof).
func FuzzDecodeProof(f *testing.F) {
	f.Add(generatorProof())
	f.Add(make([]byte, 256))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeProof(b)
		if err != nil {
			return
		}
		if !bytes.Equal(p.MarshalSolidity(), b) {
			t.Fatalf("non-canonical proof encoding accepted: %x", b)
		}
	})
}
