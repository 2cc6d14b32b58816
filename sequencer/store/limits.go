package store

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// RateLimitError is an ErrRateLimited with the wait before the account's
// next upload of the same size can pass.
type RateLimitError struct {
	Account    common.Address
	RetryAfter time.Duration
	Reason     string
}

func (e *RateLimitError) Error() string {
	return fmt.Sprintf("%v: account %s: %s; retry after %s", ErrRateLimited, e.Account, e.Reason, e.RetryAfter.Round(time.Second))
}

func (e *RateLimitError) Unwrap() error { return ErrRateLimited }

// bucket is one account's token buckets: uploads and bytes, each holding
// at most one minute's allowance and refilling continuously.
type bucket struct {
	uploads, bytes float64
	last           time.Time
}

// limiter enforces uploads per minute and bytes per minute per account.
// An upload needs its size in byte tokens, except one larger than a
// minute's allowance, which needs a full bucket and leaves a debt: a
// blob above the per-minute rate can still be uploaded, then the account
// waits.
type limiter struct {
	perMin      float64 // uploads per minute; ≤ 0: unlimited
	bytesPerMin float64 // bytes per minute; ≤ 0: unlimited

	mu      sync.Mutex
	buckets map[common.Address]*bucket
}

func newLimiter(uploadsPerMin int, bytesPerMin int64) *limiter {
	return &limiter{perMin: float64(uploadsPerMin), bytesPerMin: float64(bytesPerMin), buckets: map[common.Address]*bucket{}}
}

func (l *limiter) refill(b *bucket, now time.Time) {
	if dt := now.Sub(b.last); dt > 0 {
		m := dt.Minutes()
		b.uploads = math.Min(l.perMin, b.uploads+m*l.perMin)
		b.bytes = math.Min(l.bytesPerMin, b.bytes+m*l.bytesPerMin)
		b.last = now
	}
}

// allow takes one upload of size bytes from acct's buckets, or returns a
// *RateLimitError and takes nothing.
func (l *limiter) allow(acct common.Address, size int64, now time.Time) error {
	if l.perMin <= 0 && l.bytesPerMin <= 0 {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[acct]
	if b == nil {
		b = &bucket{uploads: l.perMin, bytes: l.bytesPerMin, last: now}
		l.buckets[acct] = b
	}
	l.refill(b, now)
	var wait time.Duration
	var reason string
	if l.perMin > 0 && b.uploads < 1 {
		wait = time.Duration((1 - b.uploads) / l.perMin * float64(time.Minute))
		reason = fmt.Sprintf("more than %.0f uploads per minute", l.perMin)
	}
	if l.bytesPerMin > 0 {
		need := math.Min(float64(size), l.bytesPerMin)
		if b.bytes < need {
			if w := time.Duration((need - b.bytes) / l.bytesPerMin * float64(time.Minute)); w > wait {
				wait = w
				reason = fmt.Sprintf("more than %.0f bytes per minute", l.bytesPerMin)
			}
		}
	}
	if reason != "" {
		return &RateLimitError{Account: acct, RetryAfter: max(wait, time.Second), Reason: reason}
	}
	if l.perMin > 0 {
		b.uploads--
	}
	if l.bytesPerMin > 0 {
		b.bytes -= float64(size)
	}
	return nil
}

// prune forgets accounts whose buckets are full again.
func (l *limiter) prune(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for a, b := range l.buckets {
		l.refill(b, now)
		if (l.perMin <= 0 || b.uploads >= l.perMin) && (l.bytesPerMin <= 0 || b.bytes >= l.bytesPerMin) {
			delete(l.buckets, a)
		}
	}
}

// budget is a weighted semaphore over bytes: it bounds the memory of
// concurrent decodes (a decoded blob takes about its encoded size).
type budget struct {
	mu   sync.Mutex
	max  int64
	free int64
	wake chan struct{}
}

func newBudget(n int64) *budget { return &budget{max: n, free: n, wake: make(chan struct{})} }

// acquire takes n bytes (at most the whole budget) and returns what to
// release.
func (b *budget) acquire(ctx context.Context, n int64) (int64, error) {
	n = min(n, b.max)
	for {
		b.mu.Lock()
		if b.free >= n {
			b.free -= n
			b.mu.Unlock()
			return n, nil
		}
		wake := b.wake
		b.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	b.free += n
	close(b.wake)
	b.wake = make(chan struct{})
	b.mu.Unlock()
}
