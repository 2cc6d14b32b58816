package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gpuroll/gpuroll/client"
)

// MaxUploadValidity is how far ahead an upload authorization's expiry may
// be: the store accepts expiries in (now, now + MaxUploadValidity].
const MaxUploadValidity = 15 * time.Minute

// Handler returns the store's HTTP API, routed on full paths: the
// sequencer mounts it with mux.Handle("/store/", st.Handler()).
//
//	PUT  /store/{kind}               upload (raw bytes, signed headers)
//	GET  /store/{kind}/{root}        the blob's bytes (HEAD: headers only)
//	GET  /store/result/{traceRoot}   the result rows of a stored trace, JSON
//
// Errors are JSON {"error": {"code", "message"}} (codes client.StoreCode…).
func (s *Store) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /store/{kind}", s.handlePut)
	mux.HandleFunc("GET /store/result/{root}", s.handleResult)
	mux.HandleFunc("GET /store/{kind}/{root}", s.handleGet)
	mux.HandleFunc("/store/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, fmt.Errorf("%w: no endpoint %s %s (PUT /store/{kind}, GET /store/{kind}/{root}, GET /store/result/{traceRoot})",
			ErrBadRequest, r.Method, r.URL.Path), http.StatusNotFound)
	})
	return mux
}

// uploadHeaders is what the headers of an upload declare.
type uploadHeaders struct {
	auth    client.UploadAuth
	account *common.Address
}

// header returns the single value of a header ("" when absent) or an
// error when it is repeated.
func header(h http.Header, name string) (string, error) {
	vs := h.Values(name)
	switch len(vs) {
	case 0:
		return "", nil
	case 1:
		return vs[0], nil
	}
	return "", fmt.Errorf("%w: %d %s headers", ErrBadRequest, len(vs), name)
}

// parseHex decodes "0x" followed by exactly 2n hex digits.
func parseHex(s string, n int) ([]byte, bool) {
	if len(s) != 2+2*n || (s[:2] != "0x" && s[:2] != "0X") {
		return nil, false
	}
	b, err := hexutil.Decode("0x" + s[2:])
	return b, err == nil && len(b) == n
}

// parseDecimal parses a canonical unsigned decimal (no sign, no leading
// zero, no spaces).
func parseDecimal(s string) (uint64, bool) {
	if s == "" || len(s) > 20 || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	v, err := strconv.ParseUint(s, 10, 64)
	return v, err == nil
}

// parseUpload parses the kind, Content-Length and headers of an upload:
// syntax only (no clock, no signature recovery).
func parseUpload(kind string, h http.Header, contentLength int64) (*uploadHeaders, error) {
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	if contentLength < 0 {
		return nil, fmt.Errorf("%w: Content-Length is required (the signed size)", ErrBadRequest)
	}
	if contentLength == 0 {
		return nil, fmt.Errorf("%w: empty body", ErrBadRequest)
	}
	u := &uploadHeaders{auth: client.UploadAuth{Kind: kind, Size: uint64(contentLength)}}
	sig, err := header(h, client.HeaderUploadSignature)
	if err != nil {
		return nil, err
	}
	if sig == "" {
		return nil, fmt.Errorf("%w: no %s header", ErrBadAuth, client.HeaderUploadSignature)
	}
	b, ok := parseHex(sig, 65)
	if !ok {
		return nil, fmt.Errorf("%w: %s must be 0x and 130 hex digits (r ‖ s ‖ v)", ErrBadAuth, client.HeaderUploadSignature)
	}
	copy(u.auth.Sig[:], b)
	exp, err := header(h, client.HeaderUploadExpiry)
	if err != nil {
		return nil, err
	}
	if u.auth.Expiry, ok = parseDecimal(exp); !ok {
		return nil, fmt.Errorf("%w: %s must be unix seconds in decimal, got %q", ErrBadRequest, client.HeaderUploadExpiry, truncate(exp))
	}
	hash, err := header(h, client.HeaderUploadHash)
	if err != nil {
		return nil, err
	}
	if b, ok = parseHex(hash, 32); !ok {
		return nil, fmt.Errorf("%w: %s must be the body's keccak256, 0x and 64 hex digits, got %q", ErrBadRequest, client.HeaderUploadHash, truncate(hash))
	}
	u.auth.ContentHash = common.BytesToHash(b)
	acct, err := header(h, client.HeaderUploadAccount)
	if err != nil {
		return nil, err
	}
	if acct != "" {
		if b, ok = parseHex(acct, 20); !ok {
			return nil, fmt.Errorf("%w: %s must be 0x and 40 hex digits, got %q", ErrBadRequest, client.HeaderUploadAccount, truncate(acct))
		}
		a := common.BytesToAddress(b)
		u.account = &a
	}
	return u, nil
}

func truncate(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// checkExpiry applies the validity window to an authorization.
func checkExpiry(expiry uint64, now time.Time) error {
	n := uint64(max(now.Unix(), 0))
	if expiry <= n {
		return fmt.Errorf("%w: the authorization expired at %d (now %d)", ErrExpired, expiry, n)
	}
	if expiry > n+uint64(MaxUploadValidity/time.Second) {
		return fmt.Errorf("%w: expiry %d is more than %s ahead of now (%d)", ErrExpired, expiry, MaxUploadValidity, n)
	}
	return nil
}

func (s *Store) handlePut(w http.ResponseWriter, r *http.Request) {
	kind := r.PathValue("kind")
	fail := func(err error) {
		code, _ := CodeOf(err)
		s.metrics.Refused(kind, code)
		s.writeError(w, err, 0)
	}
	u, err := parseUpload(kind, r.Header, r.ContentLength)
	if err != nil {
		fail(err)
		return
	}
	if limit := s.MaxBytes(kind); r.ContentLength > limit {
		fail(fmt.Errorf("%w: %s blob of %d bytes, the store's limit is %d", ErrTooLarge, kind, r.ContentLength, limit))
		return
	}
	if s.cfg.Domain == nil {
		s.writeError(w, errors.New("uploads are disabled: the store has no L2 domain to check signatures"), http.StatusServiceUnavailable)
		return
	}
	if err := checkExpiry(u.auth.Expiry, s.now()); err != nil {
		fail(err)
		return
	}
	signer, err := u.auth.Signer(s.cfg.Domain)
	if err != nil {
		fail(fmt.Errorf("%w: %w", ErrBadAuth, err))
		return
	}
	if u.account != nil && *u.account != signer {
		fail(fmt.Errorf("%w: the signature recovers %s, not the claimed %s (wrong key, or a domain of another chain id or rollup)", ErrBadAuth, signer, *u.account))
		return
	}
	// upload refuses on the account, rate and quota before it reads the
	// body (a client that sent Expect: 100-continue sends nothing).
	m, err := s.upload(r.Context(), signer, kind, r.Body, r.ContentLength, &u.auth.ContentHash)
	if err != nil {
		s.writeError(w, err, 0)
		return
	}
	writeJSON(w, http.StatusOK, client.StoreUploadResult{Kind: m.Kind, Root: m.Root, Size: uint64(m.Size), Hash: m.Hash})
}

func parseRootPath(s string) (common.Hash, error) {
	b, ok := parseHex(s, 32)
	if !ok {
		return common.Hash{}, fmt.Errorf("%w: root %q is not 0x and 64 hex digits", ErrBadRequest, truncate(s))
	}
	return common.BytesToHash(b), nil
}

func (s *Store) handleGet(w http.ResponseWriter, r *http.Request) {
	kind := r.PathValue("kind")
	if err := checkKind(kind); err != nil {
		s.writeError(w, err, 0)
		return
	}
	root, err := parseRootPath(r.PathValue("root"))
	if err != nil {
		s.writeError(w, err, 0)
		return
	}
	rc, m, err := s.Get(r.Context(), kind, root)
	if err != nil {
		s.writeError(w, err, 0)
		return
	}
	defer rc.Close()
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("Content-Length", strconv.FormatInt(m.Size, 10))
	h.Set(client.HeaderRoot, m.Root.Hex())
	h.Set(client.HeaderHash, m.Hash.Hex())
	h.Set("ETag", `"`+m.Root.Hex()+`"`)
	// A root's bytes never change (they may be deleted).
	h.Set("Cache-Control", "public, max-age=86400, immutable")
	if r.Method == http.MethodHead {
		return
	}
	if _, err := io.Copy(w, rc); err != nil {
		if errors.Is(err, ErrCorrupt) {
			s.log.Error("store: serving a corrupt blob; aborted", "blob", m.Key(), "err", err)
		}
		// Headers are sent: abort the response so the client sees a
		// truncated body, never a complete wrong one.
		panic(http.ErrAbortHandler)
	}
	s.metrics.Served(kind, m.Size)
}

func (s *Store) handleResult(w http.ResponseWriter, r *http.Request) {
	root, err := parseRootPath(r.PathValue("root"))
	if err != nil {
		s.writeError(w, err, 0)
		return
	}
	rows, err := s.Result(r.Context(), root)
	if err != nil {
		s.writeError(w, err, 0)
		return
	}
	writeJSON(w, http.StatusOK, client.StoreResult{TraceRoot: root, Rows: rows})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// writeError answers err as JSON; status 0 means CodeOf's.
func (s *Store) writeError(w http.ResponseWriter, err error, status int) {
	code, st := CodeOf(err)
	if status == 0 {
		status = st
	}
	msg := err.Error()
	if status == http.StatusInternalServerError {
		// Storage failures name local paths: log them, answer plainly.
		s.log.Error("store: request failed", "err", err)
		msg = "internal storage error (logged by the sequencer)"
	}
	var rl *RateLimitError
	if errors.As(err, &rl) {
		w.Header().Set("Retry-After", strconv.FormatInt(int64((rl.RetryAfter+time.Second-1)/time.Second), 10))
	}
	var body client.StoreErrorBody
	body.Error.Code, body.Error.Message = code, msg
	writeJSON(w, status, body)
}
