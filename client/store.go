package client

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state"
)

// Headers of the store's HTTP API (docs/rpc.md, "Store").
const (
	// HeaderUploadSignature is the 0x-hex r ‖ s ‖ v (65 bytes, v ∈ {0, 1})
	// of the uploader's StoreUpload signature.
	HeaderUploadSignature = "Gpuroll-Upload-Signature"
	// HeaderUploadExpiry is the signed expiry, decimal unix seconds.
	HeaderUploadExpiry = "Gpuroll-Upload-Expiry"
	// HeaderUploadHash is the signed keccak256 of the body, 0x-hex. The
	// store recovers the uploader from it before it reads the body, so an
	// upload it would refuse (account, quota, rate) costs no transfer.
	HeaderUploadHash = "Gpuroll-Upload-Hash"
	// HeaderUploadAccount (optional) is the uploader's address; when
	// present, a signature that recovers another address (a wrong key or
	// domain) is refused with StoreCodeBadAuth instead of being charged to
	// an unknown account.
	HeaderUploadAccount = "Gpuroll-Upload-Account"
	// HeaderRoot is the root of a served blob, 0x-hex.
	HeaderRoot = "X-Gpuroll-Root"
	// HeaderHash is the keccak256 of a served blob, 0x-hex.
	HeaderHash = "X-Gpuroll-Hash"
)

// Error codes of the store's HTTP API. They are stable: never renumbered,
// new ones appended.
const (
	StoreCodeMalformed       = 700 // the bytes do not decode as the kind (strict job/ decoders)
	StoreCodeTooLarge        = 701 // the size is above the store's limit for the kind
	StoreCodeQuota           = 702 // the account's unreferenced uploads would exceed its quota
	StoreCodeRateLimited     = 703 // too many uploads or bytes per minute (see Retry-After)
	StoreCodeNotFound        = 704 // no such blob
	StoreCodeBadAuth         = 705 // the signature is missing, malformed, not canonical, or not the claimed account's
	StoreCodeExpired         = 706 // the expiry is not in (now, now + 15 min]
	StoreCodeBadRequest      = 707 // unknown kind or endpoint, bad root, missing Content-Length, malformed header
	StoreCodeContentMismatch = 708 // the body's length or keccak256 differs from Content-Length or the signed hash
	StoreCodeAccountRefused  = 709 // the sequencer refuses uploads from this account (e.g. no L2 balance)
	StoreCodeUnavailable     = 710 // the store failed or is shutting down (not the request's fault)
	StoreCodeBadResult       = 711 // the trace's last layer does not unpack (a non-canonical element: a provably false receipt)
)

// StoreError is an error answer of the store: {"error": {"code", "message"}}
// with its HTTP status. Code is 0 when the answer was not the store's JSON.
type StoreError struct {
	Code       int
	Message    string
	HTTPStatus int
}

func (e *StoreError) Error() string {
	if e.Code == 0 {
		return fmt.Sprintf("store: HTTP %d: %s", e.HTTPStatus, e.Message)
	}
	return fmt.Sprintf("store: %s (code %d, HTTP %d)", e.Message, e.Code, e.HTTPStatus)
}

// StoreErrorBody is the JSON of an error answer.
type StoreErrorBody struct {
	Error struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// StoreUploadResult is the JSON answer to an upload.
type StoreUploadResult struct {
	Kind string      `json:"kind"`
	Root common.Hash `json:"root"`
	Size uint64      `json:"size"`
	Hash common.Hash `json:"hash"`
}

// StoreResult is the JSON answer of GET /store/result/{traceRoot}: the
// values of the last layer's leaves, one array per input row (each leaf's
// first n' values, n' its claimed length).
type StoreResult struct {
	TraceRoot common.Hash `json:"traceRoot"`
	Rows      [][]int8    `json:"rows"`
}

// ErrBadBlob is returned by Download when the store serves bytes that are
// not the requested blob (they do not decode, or hash to another root): a
// faulty or malicious store.
var ErrBadBlob = errors.New("store served bytes that are not the requested blob")

// ErrUnknownKind is returned for a kind other than KindModel, KindInput
// and KindTrace.
var ErrUnknownKind = errors.New("unknown blob kind")

// Blob is a decoded blob: exactly one of Model, Input, Trace is set.
type Blob struct {
	Kind  string
	Root  common.Hash
	Model *job.Model
	Input *job.Input
	Trace *job.StoredTrace
}

// MaxBlobBytes is job/'s size limit of a kind (the store's own limits are
// lower), or 0 for an unknown kind.
func MaxBlobBytes(kind string) int64 {
	switch kind {
	case KindModel:
		return job.MaxModelBytes
	case KindInput:
		return job.MaxInputBytes
	case KindTrace:
		return job.MaxTraceBytes
	}
	return 0
}

// DecodeBlob decodes data strictly as a blob of kind and computes its
// root (model root, input root or trace root, docs/hashing.md): the one
// definition of a blob's address, shared by the store and its clients.
// Decoding errors wrap job.ErrFormat (or job.ErrTooLarge).
func DecodeBlob(ctx context.Context, kind string, data []byte) (*Blob, error) {
	b := &Blob{Kind: kind}
	var root job.Element
	switch kind {
	case KindModel:
		m, err := job.DecodeModel(data)
		if err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if _, root, err = m.Commitments(); err != nil {
			return nil, fmt.Errorf("%w: %w", job.ErrFormat, err)
		}
		b.Model = m
	case KindInput:
		in, err := job.DecodeInput(data)
		if err != nil {
			return nil, err
		}
		if root, err = job.InputRoot(in.X, in.Rows, in.Width); err != nil {
			return nil, fmt.Errorf("%w: %w", job.ErrFormat, err)
		}
		b.Input = in
	case KindTrace:
		t, err := job.DecodeTrace(data)
		if err != nil {
			return nil, err
		}
		if root, err = t.Root(ctx); err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("%w: %w", job.ErrFormat, err)
		}
		b.Trace = t
	default:
		return nil, fmt.Errorf("%w %q", ErrUnknownKind, kind)
	}
	b.Root = root.Bytes()
	return b, nil
}

// StoreClient talks to the sequencer's job-data store over HTTP.
type StoreClient struct {
	base   string
	http   *http.Client
	domain *state.Domain
}

// NewStoreClient returns a client of the store served at baseURL (the
// sequencer's HTTP root: requests go to baseURL + "/store/…"). domain is
// the deployment's L2 domain, under which uploads are signed; hc nil
// means http.DefaultClient.
func NewStoreClient(baseURL string, domain *state.Domain, hc *http.Client) *StoreClient {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &StoreClient{base: strings.TrimRight(baseURL, "/"), http: hc, domain: domain}
}

// UploadValidity is how long an upload authorization signed by Upload
// stays valid (the store accepts at most 15 minutes).
const UploadValidity = 10 * time.Minute

// expectContinueMin is the body size from which Upload asks for
// 100-continue, so that a refused upload is not transferred.
const expectContinueMin = 1 << 20

// Upload stores data as a blob of kind, signed by key, and returns its
// root as the store computed it. Re-uploading stored bytes is a no-op
// that returns the same root. The store's answer is checked to be about
// these bytes (kind, size, keccak256); the root itself is the store's
// claim (DecodeBlob computes it locally).
func (c *StoreClient) Upload(ctx context.Context, key *ecdsa.PrivateKey, kind string, data []byte) (common.Hash, error) {
	if MaxBlobBytes(kind) == 0 {
		return common.Hash{}, fmt.Errorf("upload: %w %q", ErrUnknownKind, kind)
	}
	if c.domain == nil {
		return common.Hash{}, errors.New("upload: the store client has no L2 domain")
	}
	expiry := uint64(time.Now().Add(UploadValidity).Unix())
	auth, err := SignUpload(c.domain, key, kind, data, expiry)
	if err != nil {
		return common.Hash{}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.base+"/store/"+url.PathEscape(kind), bytes.NewReader(data))
	if err != nil {
		return common.Hash{}, fmt.Errorf("upload: %w", err)
	}
	req.ContentLength = int64(len(data))
	req.Header.Set("Content-Type", "application/octet-stream")
	req.Header.Set(HeaderUploadSignature, hexutil.Encode(auth.Sig[:]))
	req.Header.Set(HeaderUploadExpiry, strconv.FormatUint(auth.Expiry, 10))
	req.Header.Set(HeaderUploadHash, auth.ContentHash.Hex())
	req.Header.Set(HeaderUploadAccount, crypto.PubkeyToAddress(key.PublicKey).Hex())
	if len(data) >= expectContinueMin {
		req.Header.Set("Expect", "100-continue")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return common.Hash{}, fmt.Errorf("upload %s: %w", kind, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return common.Hash{}, decodeStoreError(resp)
	}
	var res StoreUploadResult
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&res); err != nil {
		return common.Hash{}, fmt.Errorf("upload %s: answer: %w", kind, err)
	}
	if res.Kind != kind || res.Size != uint64(len(data)) || res.Hash != auth.ContentHash {
		return common.Hash{}, fmt.Errorf("upload %s: the store answered for other bytes (%s of %d bytes, hash %s; sent %d bytes, hash %s)",
			kind, res.Kind, res.Size, res.Hash, len(data), auth.ContentHash)
	}
	return res.Root, nil
}

// Download fetches the blob of kind with root and verifies it: the
// X-Gpuroll-Root header, the length, and that the bytes decode strictly
// and hash to root. Bytes that fail the last check are an error wrapping
// ErrBadBlob. A trace root binds the leaves and their count R·L, not R
// and L apart: check a trace's Rows and Layers against its job.
func (c *StoreClient) Download(ctx context.Context, kind string, root common.Hash) ([]byte, error) {
	limit := MaxBlobBytes(kind)
	if limit == 0 {
		return nil, fmt.Errorf("download: %w %q", ErrUnknownKind, kind)
	}
	resp, err := c.get(ctx, "/store/"+url.PathEscape(kind)+"/"+root.Hex())
	if err != nil {
		return nil, fmt.Errorf("download %s %s: %w", kind, root, err)
	}
	defer resp.Body.Close()
	if got := resp.Header.Get(HeaderRoot); !strings.EqualFold(got, root.Hex()) {
		return nil, fmt.Errorf("download %s %s: %w: %s header %q", kind, root, ErrBadBlob, HeaderRoot, got)
	}
	n := resp.ContentLength
	if n < 0 {
		return nil, fmt.Errorf("download %s %s: no Content-Length", kind, root)
	}
	if n > limit {
		return nil, fmt.Errorf("download %s %s: %d bytes above the %d-byte limit of a %s", kind, root, n, limit, kind)
	}
	data := make([]byte, n)
	if _, err := io.ReadFull(resp.Body, data); err != nil {
		return nil, fmt.Errorf("download %s %s: body ended early (want %d bytes): %w", kind, root, n, err)
	}
	if m, _ := resp.Body.Read(make([]byte, 1)); m != 0 {
		return nil, fmt.Errorf("download %s %s: body longer than its Content-Length %d", kind, root, n)
	}
	b, err := DecodeBlob(ctx, kind, data)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("download %s %s: %w: %w", kind, root, ErrBadBlob, err)
	}
	if b.Root != root {
		return nil, fmt.Errorf("download %s %s: %w: the bytes hash to %s", kind, root, ErrBadBlob, b.Root)
	}
	return data, nil
}

// Result fetches a job's result: the values of the last layer's leaves of
// the stored trace with traceRoot, one slice per row. It is the store's
// reading of the trace; a wallet checks it against the leaves (Download
// the trace for them).
func (c *StoreClient) Result(ctx context.Context, traceRoot common.Hash) ([][]int8, error) {
	resp, err := c.get(ctx, "/store/result/"+traceRoot.Hex())
	if err != nil {
		return nil, fmt.Errorf("result %s: %w", traceRoot, err)
	}
	defer resp.Body.Close()
	var res StoreResult
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return nil, fmt.Errorf("result %s: answer: %w", traceRoot, err)
	}
	if res.TraceRoot != traceRoot {
		return nil, fmt.Errorf("result %s: the store answered for trace %s", traceRoot, res.TraceRoot)
	}
	return res.Rows, nil
}

// get sends a GET and returns a 2xx response, or the store's error.
func (c *StoreClient) get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		defer resp.Body.Close()
		return nil, decodeStoreError(resp)
	}
	return resp, nil
}

// decodeStoreError reads an error answer into a *StoreError.
func decodeStoreError(resp *http.Response) error {
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	var eb StoreErrorBody
	if err := json.Unmarshal(body, &eb); err == nil && eb.Error.Code != 0 {
		return &StoreError{Code: eb.Error.Code, Message: eb.Error.Message, HTTPStatus: resp.StatusCode}
	}
	msg := strings.TrimSpace(string(body))
	if msg == "" {
		msg = http.StatusText(resp.StatusCode)
	}
	return &StoreError{Message: msg, HTTPStatus: resp.StatusCode}
}
