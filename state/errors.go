package state

import (
	"errors"
	"fmt"
)

// Code is a stable error code: the RPC returns it, clients match on it.
// Codes are never renumbered; new ones are appended.
type Code uint16

// Error codes. Ranges: 1xx encoding, 2xx signature/nonce/fee, 3xx
// accounts and money, 4xx providers and leases, 5xx jobs and receipts,
// 6xx L1 messages and batches.
const (
	CodeMalformed         Code = 100 // the tx bytes do not decode
	CodeTooLarge          Code = 101 // a size limit is exceeded
	CodeUnknownType       Code = 102 // unknown tx type
	CodeBadSignature      Code = 200 // the signature is invalid or not canonical
	CodeBadNonce          Code = 201 // the nonce is not the account's next nonce
	CodeFeeTooHigh        Code = 202 // the fee exceeds the tx's maxFee
	CodeInsufficientFunds Code = 300 // the balance does not cover the fee and amount
	CodeOverflow          Code = 301 // an amount would overflow uint256
	CodeZeroAmount        Code = 302 // an amount that must be positive is zero
	CodeBadRecipient      Code = 303 // the recipient is the zero address
	CodeProviderExists    Code = 400 // RegisterProvider of a registered provider
	CodeUnknownProvider   Code = 401 // the provider is not registered
	CodeProviderInactive  Code = 402 // the provider does not take leases
	CodePriceMismatch     Code = 403 // the lease price is not the provider's price
	CodeUnknownLease      Code = 404 // no such lease
	CodeLeaseClosed       Code = 405 // the lease is closed or expired
	CodeNotAuthorized     Code = 406 // the sender may not do this
	CodeBadField          Code = 407 // a field is out of its range
	CodeLeaseBusy         Code = 408 // the lease cannot be closed yet
	CodeProviderSuspended Code = 409 // the provider was convicted and has not re-bonded (docs/economics.md)
	CodeBadJob            Code = 500 // the job's layers do not describe a valid job
	CodeJobTooLarge       Code = 501 // MACs above maxMACsPerReceipt
	CodeUnknownJob        Code = 502 // no such job
	CodeJobNotPending     Code = 503 // the job already has a receipt or was rejected
	CodeEscrowTooLow      Code = 504 // the lease escrow does not cover the job
	CodeBondTooLow        Code = 505 // the bond does not cover the slash exposure
	CodeReceiptSlashed    Code = 506 // the receipt id was slashed
	CodeReceiptMismatch   Code = 507 // a PostReceipt field differs from its job
	CodeSlashMismatch     Code = 508 // a PostReceipt's slash amount is not the one the job's price implies
	CodeBadMessage        Code = 600 // an L1 message is malformed or out of order
	CodeBadBatch          Code = 601 // a batch or block does not decode or apply
	CodeState             Code = 602 // storage failure (not the tx's fault)
	CodeNotForceable      Code = 603 // this tx type cannot be forced through L1 (SubmitJob, PostReceipt)
)

// Error is an STF failure with a stable code.
type Error struct {
	Code Code
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

// Is matches any *Error with the same code, so errors.Is(err,
// &Error{Code: CodeBadNonce}) works.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

func errf(code Code, format string, a ...any) *Error {
	return &Error{Code: code, Msg: fmt.Sprintf(format, a...)}
}

func wrapf(code Code, err error, format string, a ...any) *Error {
	return &Error{Code: code, Msg: fmt.Sprintf(format, a...), Err: err}
}

// CodeOf returns the code of err, or 0 when err carries none.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}
