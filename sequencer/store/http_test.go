package store

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

// httpStore serves a store on real time (the client signs expiries from
// time.Now) on 127.0.0.1.
func httpStore(t *testing.T, mod func(*Config)) (*Store, *httptest.Server) {
	t.Helper()
	cfg := Config{Dir: t.TempDir(), Domain: testDomain, Log: quietLog()}
	if mod != nil {
		mod(&cfg)
	}
	s := openStore(t, cfg)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return s, srv
}

func TestHTTPUploadDownload(t *testing.T) {
	a, _, _ := fixtures(t)
	key := newKey(t)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	var checked atomic.Int32
	s, srv := httpStore(t, func(c *Config) {
		c.AccountCheck = func(acct common.Address) error {
			checked.Add(1)
			if acct != addr {
				return errors.New("no L2 balance")
			}
			return nil
		}
	})
	if !strings.HasPrefix(srv.URL, "http://127.0.0.1:") {
		t.Fatalf("server on %s", srv.URL)
	}
	sc := client.NewStoreClient(srv.URL+"/", testDomain, srv.Client())
	ctx := context.Background()
	var total int64
	for _, kind := range kinds {
		root, err := sc.Upload(ctx, key, kind, a.bytes[kind])
		if err != nil || root != a.roots[kind] {
			t.Fatalf("upload %s: %s, %v (want %s)", kind, root, err, a.roots[kind])
		}
		total += int64(len(a.bytes[kind]))
		got, err := sc.Download(ctx, kind, root)
		if err != nil || !bytes.Equal(got, a.bytes[kind]) {
			t.Fatalf("download %s: %v", kind, err)
		}
	}
	if s.Usage(addr) != total || checked.Load() != 3 {
		t.Fatalf("usage %d (want %d), account checks %d", s.Usage(addr), total, checked.Load())
	}
	// Idempotent.
	if root, err := sc.Upload(ctx, key, client.KindModel, a.bytes[client.KindModel]); err != nil || root != a.roots[client.KindModel] {
		t.Fatalf("re-upload: %s %v", root, err)
	}
	if s.Usage(addr) != total {
		t.Fatalf("re-upload charged: %d", s.Usage(addr))
	}
	rows, err := sc.Result(ctx, a.roots[client.KindTrace])
	if err != nil {
		t.Fatal(err)
	}
	out := a.trace.Output()
	for r, row := range rows {
		if !reflect.DeepEqual(row, out[r*5:(r+1)*5]) {
			t.Fatalf("result row %d: %v", r, row)
		}
	}
	if len(rows) != 3 {
		t.Fatalf("%d result rows", len(rows))
	}

	// HEAD: the headers of GET, no body.
	req, _ := http.NewRequest(http.MethodHead, srv.URL+"/store/input/"+a.roots[client.KindInput].Hex(), nil)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.ContentLength != int64(len(a.bytes[client.KindInput])) || len(body) != 0 ||
		resp.Header.Get(client.HeaderRoot) != a.roots[client.KindInput].Hex() ||
		resp.Header.Get(client.HeaderHash) != crypto.Keccak256Hash(a.bytes[client.KindInput]).Hex() {
		t.Fatalf("HEAD: %d, length %d, body %d bytes, headers %v", resp.StatusCode, resp.ContentLength, len(body), resp.Header)
	}

	// Not found and bad requests, through the client and raw.
	var se *client.StoreError
	if _, err := sc.Download(ctx, client.KindModel, a.roots[client.KindInput]); !errors.As(err, &se) || se.Code != client.StoreCodeNotFound || se.HTTPStatus != 404 {
		t.Fatalf("download of a missing blob: %v", err)
	}
	if _, err := sc.Result(ctx, a.roots[client.KindModel]); !errors.As(err, &se) || se.Code != client.StoreCodeNotFound {
		t.Fatalf("result of a missing trace: %v", err)
	}
	if _, err := sc.Download(ctx, "weights", a.roots[client.KindModel]); !errors.Is(err, client.ErrUnknownKind) {
		t.Fatalf("download of an unknown kind: %v", err)
	}
	for _, c := range []struct {
		method, path string
		status, code int
	}{
		{"GET", "/store/weights/" + a.roots[client.KindModel].Hex(), 400, client.StoreCodeBadRequest},
		{"GET", "/store/model/0x1234", 400, client.StoreCodeBadRequest},
		{"GET", "/store/model/" + strings.Repeat("z", 66), 400, client.StoreCodeBadRequest},
		{"GET", "/store/result/nothex", 400, client.StoreCodeBadRequest},
		{"POST", "/store/model", 404, client.StoreCodeBadRequest},
		{"GET", "/store/model", 404, client.StoreCodeBadRequest},
		{"DELETE", "/store/model/" + a.roots[client.KindModel].Hex(), 404, client.StoreCodeBadRequest},
	} {
		req, _ := http.NewRequest(c.method, srv.URL+c.path, nil)
		status, code, _ := do(t, srv.Client(), req)
		if status != c.status || code != c.code {
			t.Errorf("%s %s: %d/%d, want %d/%d", c.method, c.path, status, code, c.status, c.code)
		}
	}
	if _, err := s.Stat(client.KindModel, a.roots[client.KindModel]); err != nil {
		t.Fatal("DELETE removed a blob")
	}
}

// do sends req and decodes an error answer.
func do(t *testing.T, hc *http.Client, req *http.Request) (status, code int, header http.Header) {
	t.Helper()
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	return answer(t, resp.StatusCode, resp.Header, resp.Body)
}

func answer(t *testing.T, status int, h http.Header, body io.Reader) (int, int, http.Header) {
	t.Helper()
	if status/100 == 2 {
		return status, 0, h
	}
	var eb client.StoreErrorBody
	if err := json.NewDecoder(body).Decode(&eb); err != nil || eb.Error.Message == "" {
		t.Fatalf("HTTP %d: error body does not decode: %v", status, err)
	}
	t.Logf("HTTP %d: %d %s", status, eb.Error.Code, eb.Error.Message)
	if h.Get("Content-Type") != "application/json" {
		t.Fatalf("error Content-Type %q", h.Get("Content-Type"))
	}
	return status, eb.Error.Code, h
}

// upload is a hand-made upload request: auth signs body under domain;
// edit may change anything before it is sent.
type upload struct {
	kind   string
	body   []byte
	key    *ecdsa.PrivateKey
	domain *state.Domain
	expiry time.Duration // from now
	edit   func(h http.Header)
}

func (u upload) request(t *testing.T, url string) *http.Request {
	t.Helper()
	if u.domain == nil {
		u.domain = testDomain
	}
	if u.expiry == 0 {
		u.expiry = 5 * time.Minute
	}
	auth, err := client.SignUpload(u.domain, u.key, u.kind, u.body, uint64(time.Now().Add(u.expiry).Unix()))
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPut, url+"/store/"+u.kind, bytes.NewReader(u.body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set(client.HeaderUploadSignature, hexutil.Encode(auth.Sig[:]))
	req.Header.Set(client.HeaderUploadExpiry, strconv.FormatUint(auth.Expiry, 10))
	req.Header.Set(client.HeaderUploadHash, auth.ContentHash.Hex())
	req.Header.Set(client.HeaderUploadAccount, crypto.PubkeyToAddress(u.key.PublicKey).Hex())
	if u.edit != nil {
		u.edit(req.Header)
	}
	return req
}

// editSig rewrites the signature header.
func editSig(f func(sig []byte)) func(http.Header) {
	return func(h http.Header) {
		sig := hexutil.MustDecode(h.Get(client.HeaderUploadSignature))
		f(sig)
		h.Set(client.HeaderUploadSignature, hexutil.Encode(sig))
	}
}

func TestHTTPUploadRefusals(t *testing.T) {
	a, b, _ := fixtures(t)
	key, other := newKey(t), newKey(t)
	refused := newKey(t)
	refusedAddr := crypto.PubkeyToAddress(refused.PublicKey)
	s, srv := httpStore(t, func(c *Config) {
		c.MaxInputBytes = int64(len(a.bytes[client.KindInput]))
		c.AccountCheck = func(acct common.Address) error {
			if acct == refusedAddr {
				return errors.New("no L2 balance")
			}
			return nil
		}
	})
	mb := a.bytes[client.KindModel]
	flipped := append([]byte(nil), mb...)
	flipped[len(flipped)-1] ^= 1
	otherDomain := state.NewDomain(31337, common.HexToAddress("0x00000000000000000000000000000000000000a2"))
	n := crypto.S256().Params().N
	cases := []struct {
		name         string
		u            upload
		status, code int
	}{
		{"unknown kind", upload{kind: "weights", body: mb}, 400, client.StoreCodeBadRequest},
		{"no signature", upload{kind: "model", body: mb, edit: func(h http.Header) { h.Del(client.HeaderUploadSignature) }}, 403, client.StoreCodeBadAuth},
		{"signature not hex", upload{kind: "model", body: mb, edit: func(h http.Header) { h.Set(client.HeaderUploadSignature, "0x"+strings.Repeat("zz", 65)) }}, 403, client.StoreCodeBadAuth},
		{"signature of 64 bytes", upload{kind: "model", body: mb, edit: func(h http.Header) {
			h.Set(client.HeaderUploadSignature, h.Get(client.HeaderUploadSignature)[:130])
		}}, 403, client.StoreCodeBadAuth},
		{"v = 27", upload{kind: "model", body: mb, edit: editSig(func(sig []byte) { sig[64] += 27 })}, 403, client.StoreCodeBadAuth},
		{"high s", upload{kind: "model", body: mb, edit: editSig(func(sig []byte) {
			s := new(big.Int).SetBytes(sig[32:64])
			new(big.Int).Sub(n, s).FillBytes(sig[32:64])
			sig[64] ^= 1
		})}, 403, client.StoreCodeBadAuth},
		{"another key than the account", upload{kind: "model", body: mb, key: other, edit: func(h http.Header) {
			h.Set(client.HeaderUploadAccount, crypto.PubkeyToAddress(key.PublicKey).Hex())
		}}, 403, client.StoreCodeBadAuth},
		{"another domain", upload{kind: "model", body: mb, domain: otherDomain}, 403, client.StoreCodeBadAuth},
		{"signed for another kind", upload{kind: "model", body: mb, edit: func(h http.Header) {}}, 0, 0}, // placeholder replaced below
		{"expired", upload{kind: "model", body: mb, expiry: -time.Second}, 400, client.StoreCodeExpired},
		{"expiring now", upload{kind: "model", body: mb, expiry: -time.Nanosecond}, 400, client.StoreCodeExpired},
		{"expiry 16 minutes ahead", upload{kind: "model", body: mb, expiry: 16 * time.Minute}, 400, client.StoreCodeExpired},
		{"expiry with a sign", upload{kind: "model", body: mb, edit: func(h http.Header) { h.Set(client.HeaderUploadExpiry, "+"+h.Get(client.HeaderUploadExpiry)) }}, 400, client.StoreCodeBadRequest},
		{"no hash", upload{kind: "model", body: mb, edit: func(h http.Header) { h.Del(client.HeaderUploadHash) }}, 400, client.StoreCodeBadRequest},
		{"hash mismatch", upload{kind: "model", body: mb, edit: func(h http.Header) {}}, 0, 0}, // placeholder replaced below
		{"malformed model", upload{kind: "model", body: mb[:len(mb)-1]}, 400, client.StoreCodeMalformed},
		{"truncated input", upload{kind: "input", body: a.bytes[client.KindInput][:20]}, 400, client.StoreCodeMalformed},
		{"too large", upload{kind: "input", body: b.bytes[client.KindInput]}, 413, client.StoreCodeTooLarge},
		{"account refused", upload{kind: "model", body: mb, key: refused}, 403, client.StoreCodeAccountRefused},
	}
	for i := range cases {
		c := &cases[i]
		if c.u.key == nil {
			c.u.key = key
		}
		switch c.name {
		case "signed for another kind":
			// A model signature presented as an input upload.
			c.u = upload{kind: "input", body: a.bytes[client.KindInput], key: key, edit: func(h http.Header) {
				auth, _ := client.SignUpload(testDomain, key, "model", a.bytes[client.KindInput], uint64(time.Now().Add(time.Minute).Unix()))
				h.Set(client.HeaderUploadSignature, hexutil.Encode(auth.Sig[:]))
				h.Set(client.HeaderUploadExpiry, strconv.FormatUint(auth.Expiry, 10))
			}}
			c.status, c.code = 403, client.StoreCodeBadAuth
		case "hash mismatch":
			// Signed for mb; the body is mb with its last byte flipped.
			c.u.edit = nil
			c.status, c.code = 400, client.StoreCodeContentMismatch
		}
		req := c.u.request(t, srv.URL)
		if c.name == "hash mismatch" {
			req.Body = io.NopCloser(bytes.NewReader(flipped))
		}
		status, code, _ := do(t, srv.Client(), req)
		if status != c.status || code != c.code {
			t.Errorf("%s: %d/%d, want %d/%d", c.name, status, code, c.status, c.code)
		}
	}
	for _, kind := range kinds {
		if st := s.Stats().Kinds[kind]; st.Blobs != 0 {
			t.Fatalf("a refused upload stored a %s", kind)
		}
	}
	// The same upload, untouched, passes.
	status, _, _ := do(t, srv.Client(), upload{kind: "model", body: mb, key: key}.request(t, srv.URL))
	if status != 200 {
		t.Fatalf("valid upload: %d", status)
	}
}

// countReader counts the bytes read from it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Refusals that need no byte of the body read none; a body shorter than
// its Content-Length is a content mismatch.
func TestHTTPRefusalsReadNoBody(t *testing.T) {
	a, _, _ := fixtures(t)
	key, refused := newKey(t), newKey(t)
	mb := a.bytes[client.KindModel]
	s, _ := httpStore(t, func(c *Config) {
		c.MaxTraceBytes = 100
		c.QuotaBytes = int64(len(mb)) + 10
		c.UploadsPerMinute = 4
		ra := crypto.PubkeyToAddress(refused.PublicKey)
		c.AccountCheck = func(acct common.Address) error {
			if acct == ra {
				return errors.New("no L2 balance")
			}
			return nil
		}
	})
	h := s.Handler()
	serve := func(u upload, body io.Reader, length int64) (int, int, http.Header, int64) {
		req := u.request(t, "")
		cr := &countReader{r: body}
		req.Body = io.NopCloser(cr)
		req.ContentLength = length
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		status, code, hdr := answer(t, rec.Code, rec.Header(), rec.Body)
		return status, code, hdr, cr.n
	}
	tb := a.bytes[client.KindTrace]
	if st, code, _, n := serve(upload{kind: "trace", body: tb, key: key}, bytes.NewReader(tb), int64(len(tb))); st != 413 || code != client.StoreCodeTooLarge || n != 0 {
		t.Fatalf("too large: %d/%d, %d bytes read", st, code, n)
	}
	if st, code, _, n := serve(upload{kind: "model", body: mb, key: refused}, bytes.NewReader(mb), int64(len(mb))); st != 403 || code != client.StoreCodeAccountRefused || n != 0 {
		t.Fatalf("account refused: %d/%d, %d bytes read", st, code, n)
	}
	// Shorter body than its Content-Length.
	if st, code, _, _ := serve(upload{kind: "model", body: mb, key: key}, bytes.NewReader(mb[:len(mb)-3]), int64(len(mb))); st != 400 || code != client.StoreCodeContentMismatch {
		t.Fatalf("short body: %d/%d", st, code)
	}
	// No Content-Length.
	if st, code, _, n := serve(upload{kind: "model", body: mb, key: key}, bytes.NewReader(mb), -1); st != 400 || code != client.StoreCodeBadRequest || n != 0 {
		t.Fatalf("no Content-Length: %d/%d, %d bytes read", st, code, n)
	}
	if st, _, _, _ := serve(upload{kind: "model", body: mb, key: key}, bytes.NewReader(mb), int64(len(mb))); st != 200 {
		t.Fatalf("valid upload: %d", st)
	}
	// Quota: the model is charged; an input does not fit with it.
	ib := a.bytes[client.KindInput]
	if st, code, _, n := serve(upload{kind: "input", body: ib, key: key}, bytes.NewReader(ib), int64(len(ib))); st != 429 || code != client.StoreCodeQuota || n != 0 {
		t.Fatalf("quota: %d/%d, %d bytes read", st, code, n)
	}
	// A duplicate (its signed hash is stored) passes the quota.
	if st, _, _, _ := serve(upload{kind: "model", body: mb, key: key}, bytes.NewReader(mb), int64(len(mb))); st != 200 {
		t.Fatalf("duplicate at quota: %d", st)
	}
	// Rate: the fifth attempt of the minute is refused with Retry-After
	// (attempts that got past the size and signature count, refused or not).
	st, code, hdr, n := serve(upload{kind: "model", body: mb, key: key}, bytes.NewReader(mb), int64(len(mb)))
	if st != 429 || code != client.StoreCodeRateLimited || n != 0 {
		t.Fatalf("rate: %d/%d, %d bytes read", st, code, n)
	}
	if ra, err := strconv.Atoi(hdr.Get("Retry-After")); err != nil || ra < 1 || ra > 60 {
		t.Fatalf("Retry-After %q", hdr.Get("Retry-After"))
	}
}

// A store that serves other bytes than the requested blob is detected by
// the client.
func TestHTTPTamperedServe(t *testing.T) {
	a, b, _ := fixtures(t)
	key := newKey(t)
	s, srv := httpStore(t, nil)
	ctx := context.Background()
	sc := client.NewStoreClient(srv.URL, testDomain, srv.Client())
	for _, kind := range kinds {
		if _, err := sc.Upload(ctx, key, kind, a.bytes[kind]); err != nil {
			t.Fatal(err)
		}
	}
	// A lying front: another valid model under the requested root.
	mroot := a.roots[client.KindModel]
	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/store/model/"+mroot.Hex() {
			w.Header().Set(client.HeaderRoot, mroot.Hex())
			w.Header().Set("Content-Length", strconv.Itoa(len(b.bytes[client.KindModel])))
			w.Write(b.bytes[client.KindModel])
			return
		}
		s.Handler().ServeHTTP(w, r)
	}))
	defer liar.Close()
	lc := client.NewStoreClient(liar.URL, testDomain, liar.Client())
	if _, err := lc.Download(ctx, client.KindModel, mroot); !errors.Is(err, client.ErrBadBlob) {
		t.Fatalf("another model under the root: %v", err)
	}
	if _, err := lc.Download(ctx, client.KindInput, a.roots[client.KindInput]); err != nil {
		t.Fatalf("honest path through the front: %v", err)
	}
	// Bytes changed on the store's disk: the store aborts the response
	// before its last chunk, the client sees a truncated body.
	p := blobPath(s, client.KindTrace, a.roots[client.KindTrace])
	tb, _ := os.ReadFile(p)
	tb[len(tb)-1] ^= 1
	if err := os.WriteFile(p, tb, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := sc.Download(ctx, client.KindTrace, a.roots[client.KindTrace])
	if err == nil || got != nil {
		t.Fatal("a corrupt blob was downloaded")
	}
	if _, err := sc.Result(ctx, a.roots[client.KindTrace]); err == nil {
		t.Fatal("the result of a corrupt trace was served")
	}
}

func TestHTTPClosedStore(t *testing.T) {
	a, _, _ := fixtures(t)
	key := newKey(t)
	s, srv := httpStore(t, nil)
	sc := client.NewStoreClient(srv.URL, testDomain, srv.Client())
	ctx := context.Background()
	root, err := sc.Upload(ctx, key, client.KindInput, a.bytes[client.KindInput])
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	var se *client.StoreError
	if _, err := sc.Download(ctx, client.KindInput, root); !errors.As(err, &se) || se.Code != client.StoreCodeUnavailable || se.HTTPStatus != 503 {
		t.Fatalf("download from a closed store: %v", err)
	}
	if _, err := sc.Upload(ctx, key, client.KindModel, a.bytes[client.KindModel]); !errors.As(err, &se) || se.Code != client.StoreCodeUnavailable {
		t.Fatalf("upload to a closed store: %v", err)
	}
	if !strings.Contains(se.Error(), "710") {
		t.Fatalf("StoreError text %q", se.Error())
	}
}
