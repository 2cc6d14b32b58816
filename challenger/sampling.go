package challenger

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Sampling (DESIGN.md, "Sampling and economics"): a receipt is checked
// when keccak(secret ‖ receipt id) < rate × 2^256, or when its price is
// above AlwaysCheckAbove. The secret never leaves the key directory, so a
// provider cannot tell which of its receipts are checked; an auditor who
// is shown the secret can recompute every decision (Explain).
//
// The draw uses the content-derived receipt id (docs/l1-interface.md), not
// the leaf hash: a receipt replayed into a replacement batch after a
// rejection gets the same decision.

// Secret is the challenger's sampling secret.
type Secret [32]byte

// LoadOrCreateSecret reads the secret from dir/SecretFile (64 hex digits)
// or, when the file does not exist, creates it from crypto/rand with mode
// 0600 (never overwriting one created concurrently).
func LoadOrCreateSecret(dir string) (Secret, bool, error) {
	var s Secret
	path := filepath.Join(dir, SecretFile)
	b, err := os.ReadFile(path)
	if err == nil {
		s, err = ParseSecret(string(b))
		if err != nil {
			return s, false, fmt.Errorf("sampling secret %s: %w", path, err)
		}
		return s, false, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return s, false, fmt.Errorf("sampling secret: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return s, false, fmt.Errorf("sampling secret: key dir: %w", err)
	}
	if _, err := rand.Read(s[:]); err != nil {
		return s, false, fmt.Errorf("sampling secret: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return LoadOrCreateSecret(dir) // created by someone else meanwhile
	}
	if err != nil {
		return s, false, fmt.Errorf("sampling secret: %w", err)
	}
	if _, err := f.WriteString(hex.EncodeToString(s[:]) + "\n"); err != nil {
		f.Close()
		return s, false, fmt.Errorf("sampling secret: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return s, false, fmt.Errorf("sampling secret: %w", err)
	}
	return s, true, f.Close()
}

// LoadSecret reads an existing secret (for explain: never creates one).
func LoadSecret(dir string) (Secret, error) {
	b, err := os.ReadFile(filepath.Join(dir, SecretFile))
	if err != nil {
		return Secret{}, fmt.Errorf("sampling secret: %w", err)
	}
	return ParseSecret(string(b))
}

// ParseSecret reads 64 hex digits (an optional 0x and surrounding space).
func ParseSecret(s string) (Secret, error) {
	var out Secret
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(out) {
		return out, errors.New("want 64 hex digits")
	}
	copy(out[:], b)
	return out, nil
}

// Draw is keccak(secret ‖ receipt id).
func (s Secret) Draw(receiptID common.Hash) common.Hash {
	return crypto.Keccak256Hash(s[:], receiptID[:])
}

// Salt is the commitment salt of a challenge: derived from the secret, so
// that a challenger that crashed after committing reveals with the same
// salt without having persisted it first.
func (s Secret) Salt(receiptID, headerHash common.Hash) common.Hash {
	return crypto.Keccak256Hash(s[:], []byte("gpuroll challenge salt"), receiptID[:], headerHash[:])
}

var two256 = new(big.Int).Lsh(big.NewInt(1), 256)

// Threshold is ⌊rate × 2^256⌋ (2^256 for rate 1: every draw is below it).
func Threshold(rate float64) *big.Int {
	if rate <= 0 || math.IsNaN(rate) {
		return new(big.Int)
	}
	if rate >= 1 {
		return new(big.Int).Set(two256)
	}
	f := new(big.Float).SetPrec(512).SetFloat64(rate)
	f.Mul(f, new(big.Float).SetPrec(512).SetInt(two256))
	t, _ := f.Int(nil)
	return t
}

// Sampler decides which receipts are checked.
type Sampler struct {
	Secret           Secret
	Rate             float64
	AlwaysCheckAbove *big.Int // nil: never
	threshold        *big.Int
}

// NewSampler returns a sampler for the rate and price threshold.
func NewSampler(s Secret, rate float64, alwaysAbove *big.Int) *Sampler {
	return &Sampler{Secret: s, Rate: rate, AlwaysCheckAbove: alwaysAbove, threshold: Threshold(rate)}
}

// Decision is one sampling decision with everything needed to recompute it.
type Decision struct {
	Receipt          common.Hash `json:"receipt"`
	Draw             common.Hash `json:"draw"`
	Rate             float64     `json:"rate"`
	Threshold        string      `json:"threshold"` // 0x hex of ⌊rate × 2^256⌋
	Price            string      `json:"price"`     // token wei, decimal
	AlwaysCheckAbove string      `json:"alwaysCheckAbove,omitempty"`
	ByRate           bool        `json:"byRate"`
	ByPrice          bool        `json:"byPrice"`
	Sampled          bool        `json:"sampled"`
}

// Decide samples a receipt of the given price (token wei; nil: 0).
func (s *Sampler) Decide(receiptID common.Hash, price *big.Int) Decision {
	if price == nil {
		price = new(big.Int)
	}
	draw := s.Secret.Draw(receiptID)
	d := Decision{Receipt: receiptID, Draw: draw, Rate: s.Rate, Threshold: "0x" + s.threshold.Text(16), Price: price.String()}
	d.ByRate = new(big.Int).SetBytes(draw[:]).Cmp(s.threshold) < 0
	if s.AlwaysCheckAbove != nil {
		d.AlwaysCheckAbove = s.AlwaysCheckAbove.String()
		d.ByPrice = price.Cmp(s.AlwaysCheckAbove) > 0
	}
	d.Sampled = d.ByRate || d.ByPrice
	return d
}

// Explain is a human-readable account of a decision.
func (d Decision) Explain() string {
	var b strings.Builder
	fmt.Fprintf(&b, "receipt            %s\n", d.Receipt)
	fmt.Fprintf(&b, "draw               %s  (keccak256(secret ‖ receipt id))\n", d.Draw)
	fmt.Fprintf(&b, "threshold          %s  (⌊%v × 2^256⌋)\n", d.Threshold, d.Rate)
	fmt.Fprintf(&b, "below threshold    %v\n", d.ByRate)
	fmt.Fprintf(&b, "price              %s wei\n", d.Price)
	if d.AlwaysCheckAbove != "" {
		fmt.Fprintf(&b, "always-check-above %s wei: price above it %v\n", d.AlwaysCheckAbove, d.ByPrice)
	}
	fmt.Fprintf(&b, "sampled            %v\n", d.Sampled)
	return b.String()
}

// DetectionProbability is P = 1 − (1 − rate)^auditors: the chance that at
// least one of that many independent auditors at this rate checks a
// given receipt.
func DetectionProbability(rate float64, auditors int) float64 {
	if rate <= 0 || auditors < 1 {
		return 0
	}
	if rate >= 1 {
		return 1
	}
	return -math.Expm1(float64(auditors) * math.Log1p(-rate))
}

// MinSafeSlashMultiplier is the least slash multiplier for which cheating
// does not pay: a provider that posts a false receipt of price x saves at
// most x of compute, and loses slash × (1 − share) × P in expectation
// (it can front-run challenges of its own receipts and win back the
// challenger's share). slash = price × multiplier, so the multiplier must
// exceed 1 / ((1 − share) × P). +Inf when P = 0 or the share is 100%.
func MinSafeSlashMultiplier(p float64, shareBps uint64) float64 {
	keep := 1 - float64(shareBps)/10_000
	if p <= 0 || keep <= 0 {
		return math.Inf(1)
	}
	return 1 / (keep * p)
}
