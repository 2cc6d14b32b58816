package mempool

import (
	"errors"
	"fmt"

	"github.com/gpuroll/gpuroll/state"
)

// Pool error codes. They extend state's stable codes (state/errors.go) in
// the 8xx range and, like them, are never renumbered. Where a state code
// fits, the pool returns it instead: 100–102 (malformed, too large,
// unknown type), 200 (bad signature), 201 (nonce below the account's),
// 202 (maxFee below the fee the current parameters imply), 300 (balance
// below that fee), 500 (a SubmitJob whose layers do not describe a job),
// 602 (the state view failed).
const (
	CodePoolFull           state.Code = 800 // the pool holds MaxTxs txs or MaxBytes bytes
	CodeSenderLimit        state.Code = 801 // the sender holds MaxPerSender txs
	CodeReplaceUnderpriced state.Code = 802 // same sender and nonce, maxFee not ≥ 10% higher
	CodeAlreadyKnown       state.Code = 803 // the tx is in the pool
	CodeNonceTooFar        state.Code = 804 // nonce ≥ account nonce + MaxPerSender
	CodeRefused            state.Code = 805 // Config.Admit refused the tx (its error carries no code)
	CodeClosed             state.Code = 806 // the pool is closed
	CodeJournal            state.Code = 807 // the journal write failed (not the tx's fault)
	CodeReplaced           state.Code = 808 // dropped: replaced by a tx of the same sender and nonce
)

// Error is a pool refusal or drop reason with a stable code: one of the
// pool codes above or a state code.
type Error struct {
	Code state.Code
	Msg  string
	Err  error // wrapped cause, may be nil
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s (code %d): %v", e.Msg, e.Code, e.Err)
	}
	return fmt.Sprintf("%s (code %d)", e.Msg, e.Code)
}

func (e *Error) Unwrap() error { return e.Err }

// Is matches any *Error or *state.Error with the same code, so
// errors.Is(err, &mempool.Error{Code: mempool.CodePoolFull}) and
// errors.Is(err, &state.Error{Code: state.CodeBadNonce}) both work.
func (e *Error) Is(target error) bool {
	switch t := target.(type) {
	case *Error:
		return t.Code == e.Code
	case *state.Error:
		return t.Code == e.Code
	}
	return false
}

func errf(code state.Code, format string, a ...any) *Error {
	return &Error{Code: code, Msg: fmt.Sprintf(format, a...)}
}

func wrapf(code state.Code, err error, format string, a ...any) *Error {
	return &Error{Code: code, Msg: fmt.Sprintf(format, a...), Err: err}
}

// CodeOf returns the code of the outermost *Error or *state.Error in err's
// chain (fmt.Errorf %w, errors.Join and Unwrap() []error included), or 0
// when err carries none.
func CodeOf(err error) state.Code {
	switch e := err.(type) {
	case nil:
		return 0
	case *Error:
		return e.Code
	case *state.Error:
		return e.Code
	case interface{ Unwrap() []error }:
		for _, inner := range e.Unwrap() {
			if c := CodeOf(inner); c != 0 {
				return c
			}
		}
		return 0
	}
	return CodeOf(errors.Unwrap(err))
}

// refusal wraps an admission hook's error: code 805, or the hook's own
// code when its error carries one.
func refusal(err error) *Error {
	code := CodeOf(err)
	if code == 0 {
		code = CodeRefused
	}
	return wrapf(code, err, "refused by the admission rule")
}
