package mempool

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzDecodeRecord checks the journal's record decoder (seed corpus in
// testdata/fuzz/FuzzDecodeRecord: a real tx's record, two records, torn
// and corrupt ones). A decoded record re-encodes to exactly the bytes it
// consumed and each of its strict prefixes is torn; an error is one of
// the two kinds Open truncates at; the streaming reader Open uses agrees
// with decoding record by record.
func FuzzDecodeRecord(f *testing.F) {
	f.Add(appendRecord(nil, []byte{0x05}))
	f.Fuzz(func(t *testing.T, b []byte) {
		payload, n, err := decodeRecord(b)
		if err != nil {
			if !errors.Is(err, errShortRecord) && !errors.Is(err, errBadRecord) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			if payload != nil || n != 0 {
				t.Fatalf("error with payload %x, n %d", payload, n)
			}
		} else {
			if n != recordHead+len(payload) || n > len(b) || len(payload) == 0 {
				t.Fatalf("n %d, payload %d bytes, input %d", n, len(payload), len(b))
			}
			if !bytes.Equal(appendRecord(nil, payload), b[:n]) {
				t.Fatal("the record does not re-encode to its bytes")
			}
			if _, _, err := decodeRecord(b[:n-1]); !errors.Is(err, errShortRecord) {
				t.Fatalf("a strict prefix decodes: %v", err)
			}
		}

		var want [][]byte
		rest, valid := b, int64(0)
		var last error
		for len(rest) > 0 {
			p, n, err := decodeRecord(rest)
			if err != nil {
				last = err
				break
			}
			want = append(want, p)
			rest, valid = rest[n:], valid+int64(n)
		}
		got, gotValid, stop := readRecords(bytes.NewReader(b))
		if gotValid != valid || len(got) != len(want) {
			t.Fatalf("reader: %d records in %d bytes, decoder: %d in %d", len(got), gotValid, len(want), valid)
		}
		for i := range got {
			if !bytes.Equal(got[i], want[i]) {
				t.Fatalf("record %d differs", i)
			}
		}
		if (stop == nil) != (last == nil) || (last != nil && errors.Is(stop, errShortRecord) != errors.Is(last, errShortRecord)) {
			t.Fatalf("reader stopped with %v, decoder with %v", stop, last)
		}
	})
}
