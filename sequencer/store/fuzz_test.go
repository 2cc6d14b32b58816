package store

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gpuroll/gpuroll/client"
)

// FuzzParseUploadHeaders fuzzes the header parsing of PUT /store/{kind}
// (seeds in testdata/fuzz/FuzzParseUploadHeaders). An empty string means
// the header is absent. Accepted headers must be canonical: formatting
// the parsed values again gives the same strings (up to hex case) and
// parses to the same values; refusals must carry an auth or bad-request
// code, never an internal one.
func FuzzParseUploadHeaders(f *testing.F) {
	f.Add("model", "0x"+strings.Repeat("ab", 64)+"01", "1800000000", "0x"+strings.Repeat("cd", 32), "", int64(253))
	f.Fuzz(func(t *testing.T, kind, sig, expiry, hash, account string, length int64) {
		h := http.Header{}
		for name, v := range map[string]string{
			client.HeaderUploadSignature: sig, client.HeaderUploadExpiry: expiry,
			client.HeaderUploadHash: hash, client.HeaderUploadAccount: account,
		} {
			if v != "" {
				h.Set(name, v)
			}
		}
		u, err := parseUpload(kind, h, length)
		if err != nil {
			if code, _ := CodeOf(err); code != client.StoreCodeBadAuth && code != client.StoreCodeBadRequest {
				t.Fatalf("refusal with code %d: %v", code, err)
			}
			if u != nil {
				t.Fatal("refusal with a result")
			}
			return
		}
		a := u.auth
		if a.Kind != kind || length <= 0 || a.Size != uint64(length) {
			t.Fatalf("accepted kind %q size %d from %q, %d", a.Kind, a.Size, kind, length)
		}
		canon := map[string]string{
			client.HeaderUploadSignature: hexutil.Encode(a.Sig[:]),
			client.HeaderUploadExpiry:    strconv.FormatUint(a.Expiry, 10),
			client.HeaderUploadHash:      a.ContentHash.Hex(),
		}
		if u.account != nil {
			canon[client.HeaderUploadAccount] = u.account.Hex()
		} else if account != "" {
			t.Fatalf("account %q ignored", account)
		}
		h2 := http.Header{}
		for name, v := range canon {
			if !strings.EqualFold(v, h.Get(name)) {
				t.Fatalf("%s %q accepted, canonical %q", name, h.Get(name), v)
			}
			h2.Set(name, v)
		}
		u2, err := parseUpload(kind, h2, length)
		if err != nil || u2.auth != u.auth || (u.account == nil) != (u2.account == nil) || (u.account != nil && *u.account != *u2.account) {
			t.Fatalf("canonical headers parse differently: %v", err)
		}
		// A repeated header is refused.
		h2.Add(client.HeaderUploadHash, canon[client.HeaderUploadHash])
		if _, err := parseUpload(kind, h2, length); err == nil {
			t.Fatal("a repeated header was accepted")
		}
	})
}

func TestParseUpload(t *testing.T) {
	sig := "0x" + strings.Repeat("1b", 64) + "00"
	hash := "0x" + strings.Repeat("5f", 32)
	cases := []struct {
		name, kind, sig, expiry, hash, account string
		length                                 int64
		ok                                     bool
	}{
		{"valid", "model", sig, "1800000000", hash, "", 253, true},
		{"upper-case hex", "input", "0X" + strings.ToUpper(sig[2:]), "1", strings.ToUpper(hash), "0x" + strings.Repeat("0A", 20), 37, true},
		{"largest expiry", "trace", sig, "18446744073709551615", hash, "", 1, true},
		{"expiry overflow", "trace", sig, "18446744073709551616", hash, "", 1, false},
		{"expiry leading zero", "trace", sig, "0123", hash, "", 1, false},
		{"expiry zero", "trace", sig, "0", hash, "", 1, true},
		{"no 0x", "model", sig[2:] + "00", "1", hash, "", 1, false},
		{"account of 19 bytes", "model", sig, "1", hash, "0x" + strings.Repeat("0a", 19), 1, false},
		{"negative length", "model", sig, "1", hash, "", -1, false},
	}
	for _, c := range cases {
		h := http.Header{}
		h.Set(client.HeaderUploadSignature, c.sig)
		h.Set(client.HeaderUploadExpiry, c.expiry)
		h.Set(client.HeaderUploadHash, c.hash)
		if c.account != "" {
			h.Set(client.HeaderUploadAccount, c.account)
		}
		_, err := parseUpload(c.kind, h, c.length)
		if (err == nil) != c.ok {
			t.Errorf("%s: %v, want ok %v", c.name, err, c.ok)
		}
	}
}
