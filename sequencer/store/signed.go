package store

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/gpuroll/gpuroll/client"
)

// PutSigned stores a blob under an uploader's signed authorization (the
// same checks as PUT /store/{kind}: kind, size limit, expiry window,
// signature under the deployment's domain, then the account, rate and
// quota before the body is read, and the body's keccak and size against
// the signed ones). The sequencer's JSON-RPC gpuroll_storeUpload uses it.
func (s *Store) PutSigned(ctx context.Context, auth *client.UploadAuth, r io.Reader, size int64) (Meta, error) {
	if err := checkKind(auth.Kind); err != nil {
		return Meta{}, err
	}
	if size <= 0 || uint64(size) != auth.Size {
		return Meta{}, fmt.Errorf("%w: body of %d bytes, signed size %d", ErrBadRequest, size, auth.Size)
	}
	if limit := s.MaxBytes(auth.Kind); size > limit {
		return Meta{}, fmt.Errorf("%w: %s blob of %d bytes, the store's limit is %d", ErrTooLarge, auth.Kind, size, limit)
	}
	if s.cfg.Domain == nil {
		return Meta{}, errors.New("uploads are disabled: the store has no L2 domain to check signatures")
	}
	if err := checkExpiry(auth.Expiry, s.now()); err != nil {
		return Meta{}, err
	}
	signer, err := auth.Signer(s.cfg.Domain)
	if err != nil {
		return Meta{}, fmt.Errorf("%w: %w", ErrBadAuth, err)
	}
	h := auth.ContentHash
	return s.upload(ctx, signer, auth.Kind, r, size, &h)
}
