package ceremony

import (
	"bytes"
	"testing"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// FuzzDecodeState feeds arbitrary bytes to the state-file readers of a
// phase-1 domain of 8 and a phase-2 shape of (5 private wires, 7 Z points):
// an error or a state, never a panic or an allocation the file's size does
// not justify. The seeds (testdata/fuzz/FuzzDecodeState) are a valid
// phase-1 and a valid phase-2 state file.
func FuzzDecodeState(f *testing.F) {
	const n = 8
	shape := phase2Shape{pkk: 5, z: 7}
	p1 := mpcsetup.NewPhase1(n)
	p1.Contribute()
	b1, err := serialize(p1)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(encodeState(stateHeader{Phase: 1, Index: 1, Name: "a"}, [][]byte{b1}))
	f.Add(bytes.Repeat([]byte{0xff}, 64))
	f.Fuzz(func(t *testing.T, data []byte) {
		if parts, err := decodeState(data, stateHeader{Phase: 1, Index: 1, Name: "a"}, []int{phase1Size(n, chalSize)}); err == nil {
			p, err := decodePhase1(parts[0], n)
			if err == nil {
				// A decoded state re-encodes to the same bytes.
				b, err := serialize(p)
				if err != nil || !bytes.Equal(b, parts[0]) {
					t.Fatalf("phase-1 state does not round-trip: %v", err)
				}
			}
		}
		if parts, err := decodeState(data, stateHeader{Phase: 2, Index: 1, Name: "a"}, []int{phase2Size(shape, chalSize)}); err == nil {
			_, _ = decodePhase2(parts[0], shape, chalSize)
		}
		_, _ = decodeSRS(data, n)
		_, _ = decodePhase2(data, shape, chalSize)
		_, _ = decodePhase1(data, n)
	})
}
