package store

import (
	"context"
	"errors"
	"net/http"

	"github.com/gpuroll/gpuroll/client"
)

// Sentinel errors. Every error the store returns wraps one of them (or a
// context error), with a message that says what and why; CodeOf maps them
// to the stable codes of the HTTP API (client.StoreCode…).
var (
	// ErrMalformed: the bytes do not decode strictly as their kind; it
	// wraps job's decode error.
	ErrMalformed = errors.New("malformed blob")
	// ErrTooLarge: the declared size is above the store's limit for the
	// kind. Nothing is read.
	ErrTooLarge = errors.New("blob too large")
	// ErrQuota: the account's unreferenced uploads would exceed its quota.
	ErrQuota = errors.New("upload quota exceeded")
	// ErrRateLimited: the account uploads too much per minute; the error
	// is a *RateLimitError with the wait.
	ErrRateLimited = errors.New("upload rate limited")
	// ErrNotFound: no such blob is stored (or its file is gone).
	ErrNotFound = errors.New("blob not stored")
	// ErrBadAuth: the upload signature is missing, malformed, not
	// canonical, or does not recover the claimed account.
	ErrBadAuth = errors.New("bad upload authorization")
	// ErrExpired: the upload authorization's expiry is not in
	// (now, now + MaxUploadValidity].
	ErrExpired = errors.New("upload authorization expired or too far ahead")
	// ErrBadRequest: an unknown kind, a malformed root or header, a
	// missing Content-Length, a caller's bad argument.
	ErrBadRequest = errors.New("bad request")
	// ErrContentMismatch: the bytes read are not the declared size or do
	// not hash to the signed keccak256.
	ErrContentMismatch = errors.New("content does not match its declaration")
	// ErrAccountRefused: Config.AccountCheck refused the uploader.
	ErrAccountRefused = errors.New("account refused")
	// ErrBadResult: the trace's last-layer leaves do not unpack to int8
	// values (a non-canonical element: the receipt is provably false).
	ErrBadResult = errors.New("trace result does not unpack")
	// ErrMismatch: stored data does not fit what a tx declares (admission
	// checks).
	ErrMismatch = errors.New("stored data does not match the declaration")
	// ErrBadJob: the declared job is invalid by job.Describe's rules; it
	// wraps Describe's error.
	ErrBadJob = errors.New("invalid job declaration")
	// ErrCorrupt: stored bytes no longer hash to what was recorded at
	// upload (disk corruption, tampering). Served reads are aborted.
	ErrCorrupt = errors.New("stored blob is corrupt")
	// ErrClosed: the store is closed.
	ErrClosed = errors.New("store closed")
)

var codes = []struct {
	err    error
	code   int
	status int
}{
	{ErrMalformed, client.StoreCodeMalformed, http.StatusBadRequest},
	{ErrTooLarge, client.StoreCodeTooLarge, http.StatusRequestEntityTooLarge},
	{ErrQuota, client.StoreCodeQuota, http.StatusTooManyRequests},
	{ErrRateLimited, client.StoreCodeRateLimited, http.StatusTooManyRequests},
	{ErrNotFound, client.StoreCodeNotFound, http.StatusNotFound},
	{ErrBadAuth, client.StoreCodeBadAuth, http.StatusForbidden},
	{ErrExpired, client.StoreCodeExpired, http.StatusBadRequest},
	{ErrBadRequest, client.StoreCodeBadRequest, http.StatusBadRequest},
	{ErrContentMismatch, client.StoreCodeContentMismatch, http.StatusBadRequest},
	{ErrAccountRefused, client.StoreCodeAccountRefused, http.StatusForbidden},
	{ErrBadResult, client.StoreCodeBadResult, http.StatusUnprocessableEntity},
	{ErrMismatch, client.StoreCodeBadRequest, http.StatusBadRequest},
	{ErrBadJob, client.StoreCodeBadRequest, http.StatusBadRequest},
}

// CodeOf returns the API error code and HTTP status of err:
// client.StoreCodeUnavailable and 503 for ErrClosed, context errors and
// anything not the request's fault (storage failures, ErrCorrupt).
func CodeOf(err error) (code, httpStatus int) {
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return c.code, c.status
		}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrClosed) {
		return client.StoreCodeUnavailable, http.StatusServiceUnavailable
	}
	return client.StoreCodeUnavailable, http.StatusInternalServerError
}
