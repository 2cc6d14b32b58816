package client_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/zoo"
	"github.com/gpuroll/gpuroll/state"
)

var domain = state.NewDomain(31337, common.HexToAddress("0x00000000000000000000000000000000000000a1"))

// blobs is a small real job's encodings and roots.
type blobs struct {
	bytes map[string][]byte
	roots map[string]common.Hash
	out   []int8
}

var (
	blobsOnce sync.Once
	blobsA    *blobs
	blobsB    *blobs
)

func makeBlobs(t *testing.T, seed uint64) *blobs {
	m, err := zoo.Random([]int{7, 9, 4}, 30, seed)
	if err != nil {
		t.Fatal(err)
	}
	in := zoo.RandomInput(2, 7, seed+1)
	tr, err := (&job.Reference{Kernel: new(job.PureGoKernel()), Workers: 1}).Execute(context.Background(), m, in)
	if err != nil {
		t.Fatal(err)
	}
	b := &blobs{bytes: map[string][]byte{}, roots: map[string]common.Hash{}, out: tr.Output()}
	b.bytes[client.KindModel], _ = job.EncodeModel(m)
	b.bytes[client.KindInput], _ = job.EncodeInput(in)
	b.bytes[client.KindTrace], _ = job.EncodeTrace(tr.Stored())
	_, mr, _ := m.Commitments()
	ir, _ := job.InputRoot(in.X, in.Rows, in.Width)
	trr, _ := tr.Root()
	b.roots[client.KindModel], b.roots[client.KindInput], b.roots[client.KindTrace] = mr.Bytes(), ir.Bytes(), trr.Bytes()
	return b
}

func testBlobs(t *testing.T) (a, b *blobs) {
	blobsOnce.Do(func() { blobsA, blobsB = makeBlobs(t, 3), makeBlobs(t, 9) })
	return blobsA, blobsB
}

var kinds = []string{client.KindModel, client.KindInput, client.KindTrace}

func TestDecodeBlob(t *testing.T) {
	a, _ := testBlobs(t)
	ctx := context.Background()
	for _, kind := range kinds {
		b, err := client.DecodeBlob(ctx, kind, a.bytes[kind])
		if err != nil || b.Root != a.roots[kind] || b.Kind != kind {
			t.Fatalf("%s: %v, root %s want %s", kind, err, b.Root, a.roots[kind])
		}
		if (b.Model != nil) != (kind == client.KindModel) || (b.Input != nil) != (kind == client.KindInput) || (b.Trace != nil) != (kind == client.KindTrace) {
			t.Fatalf("%s: decoded %+v", kind, b)
		}
		if _, err := client.DecodeBlob(ctx, kind, a.bytes[kind][1:]); !errors.Is(err, job.ErrFormat) {
			t.Fatalf("%s: malformed: %v", kind, err)
		}
		if client.MaxBlobBytes(kind) == 0 {
			t.Fatalf("no limit for %s", kind)
		}
	}
	if _, err := client.DecodeBlob(ctx, "weights", a.bytes[client.KindModel]); !errors.Is(err, client.ErrUnknownKind) {
		t.Fatalf("unknown kind: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := client.DecodeBlob(cctx, client.KindTrace, a.bytes[client.KindTrace]); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}

// A fake store checks uploads as the store does (signature, expiry,
// headers) and answers with the configured function.
func TestStoreClientUpload(t *testing.T) {
	a, _ := testBlobs(t)
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	var answer func(w http.ResponseWriter, body []byte)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		kind, ok := strings.CutPrefix(r.URL.Path, "/store/")
		body, _ := io.ReadAll(r.Body)
		if !ok || r.Method != http.MethodPut || r.ContentLength != int64(len(body)) {
			t.Errorf("request %s %s (length %d, body %d)", r.Method, r.URL.Path, r.ContentLength, len(body))
		}
		sig := hexutil.MustDecode(r.Header.Get(client.HeaderUploadSignature))
		exp, err := strconv.ParseUint(r.Header.Get(client.HeaderUploadExpiry), 10, 64)
		if err != nil || len(sig) != 65 {
			t.Errorf("headers %v", r.Header)
		}
		auth := client.UploadAuth{Kind: kind, ContentHash: crypto.Keccak256Hash(body), Size: uint64(len(body)), Expiry: exp}
		copy(auth.Sig[:], sig)
		if signer, err := auth.Signer(domain); err != nil || signer != addr {
			t.Errorf("signature recovers %s, %v; want %s", signer, err, addr)
		}
		now := uint64(time.Now().Unix())
		if exp <= now || exp > now+15*60 {
			t.Errorf("expiry %d, now %d", exp, now)
		}
		if r.Header.Get(client.HeaderUploadHash) != auth.ContentHash.Hex() || r.Header.Get(client.HeaderUploadAccount) != addr.Hex() {
			t.Errorf("hash or account header: %v", r.Header)
		}
		answer(w, body)
	}))
	defer srv.Close()
	sc := client.NewStoreClient(srv.URL, domain, srv.Client())
	ctx := context.Background()
	mb := a.bytes[client.KindModel]

	answer = func(w http.ResponseWriter, body []byte) {
		json.NewEncoder(w).Encode(client.StoreUploadResult{Kind: "model", Root: a.roots[client.KindModel], Size: uint64(len(body)), Hash: crypto.Keccak256Hash(body)})
	}
	if root, err := sc.Upload(ctx, key, client.KindModel, mb); err != nil || root != a.roots[client.KindModel] {
		t.Fatalf("upload: %s %v", root, err)
	}
	answer = func(w http.ResponseWriter, body []byte) {
		json.NewEncoder(w).Encode(client.StoreUploadResult{Kind: "model", Root: a.roots[client.KindModel], Size: uint64(len(body)), Hash: common.Hash{1}})
	}
	if _, err := sc.Upload(ctx, key, client.KindModel, mb); err == nil || !strings.Contains(err.Error(), "other bytes") {
		t.Fatalf("an answer about other bytes: %v", err)
	}
	answer = func(w http.ResponseWriter, body []byte) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(429)
		w.Write([]byte(`{"error":{"code":703,"message":"upload rate limited: slow down"}}`))
	}
	var se *client.StoreError
	if _, err := sc.Upload(ctx, key, client.KindModel, mb); !errors.As(err, &se) || se.Code != client.StoreCodeRateLimited || se.HTTPStatus != 429 || se.Message != "upload rate limited: slow down" {
		t.Fatalf("error answer: %v", err)
	}
	answer = func(w http.ResponseWriter, body []byte) { http.Error(w, "bad gateway", 502) }
	if _, err := sc.Upload(ctx, key, client.KindModel, mb); !errors.As(err, &se) || se.Code != 0 || se.HTTPStatus != 502 || se.Message != "bad gateway" {
		t.Fatalf("non-JSON error answer: %v", err)
	}
	if _, err := sc.Upload(ctx, key, "weights", mb); !errors.Is(err, client.ErrUnknownKind) {
		t.Fatalf("unknown kind: %v", err)
	}
	if _, err := client.NewStoreClient(srv.URL, nil, nil).Upload(ctx, key, client.KindModel, mb); err == nil {
		t.Fatal("upload without a domain")
	}
}

// A store that serves wrong bytes is detected by Download.
func TestStoreClientDownloadVerifies(t *testing.T) {
	a, b := testBlobs(t)
	type serve struct {
		body   []byte
		root   string // X-Gpuroll-Root; "-" for none
		length int    // Content-Length; 0 for len(body)
	}
	var cur serve
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if cur.root != "-" {
			w.Header().Set(client.HeaderRoot, cur.root)
		}
		n := cur.length
		if n == 0 {
			n = len(cur.body)
		}
		w.Header().Set("Content-Length", strconv.Itoa(n))
		w.Write(cur.body)
	}))
	defer srv.Close()
	sc := client.NewStoreClient(srv.URL, domain, srv.Client())
	ctx := context.Background()
	for _, kind := range kinds {
		root := a.roots[kind]
		cur = serve{body: a.bytes[kind], root: root.Hex()}
		if got, err := sc.Download(ctx, kind, root); err != nil || !bytes.Equal(got, a.bytes[kind]) {
			t.Fatalf("%s: honest store: %v", kind, err)
		}
		cur = serve{body: a.bytes[kind], root: strings.ToUpper(root.Hex()[2:])}
		if _, err := sc.Download(ctx, kind, root); !errors.Is(err, client.ErrBadBlob) {
			t.Fatalf("%s: root header without 0x: %v", kind, err)
		}
		cases := map[string]serve{
			"another valid blob":    {body: b.bytes[kind], root: root.Hex()},
			"one byte changed":      {body: flip(a.bytes[kind]), root: root.Hex()},
			"garbage":               {body: []byte("not a blob"), root: root.Hex()},
			"another root header":   {body: a.bytes[kind], root: b.roots[kind].Hex()},
			"no root header":        {body: a.bytes[kind], root: "-"},
			"the blob of that root": {body: b.bytes[kind], root: b.roots[kind].Hex()},
		}
		for name, c := range cases {
			cur = c
			got, err := sc.Download(ctx, kind, root)
			if !errors.Is(err, client.ErrBadBlob) || got != nil {
				t.Errorf("%s: %s: %v", kind, name, err)
			}
		}
		cur = serve{body: a.bytes[kind][:10], root: root.Hex(), length: len(a.bytes[kind])}
		if _, err := sc.Download(ctx, kind, root); err == nil {
			t.Errorf("%s: truncated body accepted", kind)
		}
	}
}

func flip(b []byte) []byte {
	c := bytes.Clone(b)
	c[len(c)-1] ^= 1
	return c
}

func TestStoreClientResult(t *testing.T) {
	a, _ := testBlobs(t)
	root := a.roots[client.KindTrace]
	var answerRoot common.Hash
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/store/result/"+root.Hex() {
			w.WriteHeader(404)
			w.Write([]byte(`{"error":{"code":704,"message":"blob not stored"}}`))
			return
		}
		json.NewEncoder(w).Encode(client.StoreResult{TraceRoot: answerRoot, Rows: [][]int8{a.out[:4], a.out[4:]}})
	}))
	defer srv.Close()
	sc := client.NewStoreClient(srv.URL, domain, nil)
	ctx := context.Background()
	answerRoot = root
	rows, err := sc.Result(ctx, root)
	if err != nil || len(rows) != 2 || !bytes.Equal(i8b(rows[0]), i8b(a.out[:4])) || !bytes.Equal(i8b(rows[1]), i8b(a.out[4:])) {
		t.Fatalf("result %v %v", rows, err)
	}
	answerRoot = a.roots[client.KindModel]
	if _, err := sc.Result(ctx, root); err == nil {
		t.Fatal("an answer about another trace was accepted")
	}
	var se *client.StoreError
	if _, err := sc.Result(ctx, common.Hash{7}); !errors.As(err, &se) || se.Code != client.StoreCodeNotFound || se.HTTPStatus != 404 {
		t.Fatalf("missing: %v", err)
	}
}

func i8b(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}
