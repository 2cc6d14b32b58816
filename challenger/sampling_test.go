package challenger

import (
	"errors"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestSecretFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys")
	s1, created, err := LoadOrCreateSecret(dir)
	if err != nil || !created {
		t.Fatalf("create: %v %v", created, err)
	}
	fi, err := os.Stat(filepath.Join(dir, SecretFile))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("secret file mode %v", fi.Mode().Perm())
	}
	s2, created, err := LoadOrCreateSecret(dir)
	if err != nil || created || s2 != s1 {
		t.Fatalf("reload: %v %v equal=%v", created, err, s1 == s2)
	}
	if s3, err := LoadSecret(dir); err != nil || s3 != s1 {
		t.Fatalf("LoadSecret: %v", err)
	}
	if _, err := LoadSecret(t.TempDir()); err == nil {
		t.Fatal("LoadSecret created or found a secret in an empty dir")
	}
	if err := os.WriteFile(filepath.Join(dir, SecretFile), []byte("0x1234\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadOrCreateSecret(dir); err == nil {
		t.Fatal("a malformed secret was accepted (it must never be silently replaced)")
	}
}

func TestThreshold(t *testing.T) {
	if Threshold(0).Sign() != 0 || Threshold(-1).Sign() != 0 || Threshold(math.NaN()).Sign() != 0 {
		t.Fatal("rate ≤ 0 samples something")
	}
	if Threshold(1).Cmp(two256) != 0 || Threshold(2).Cmp(two256) != 0 {
		t.Fatal("rate 1 does not sample everything")
	}
	half := new(big.Int).Lsh(big.NewInt(1), 255)
	if Threshold(0.5).Cmp(half) != 0 {
		t.Fatalf("threshold(0.5) = %x", Threshold(0.5))
	}
	// rate 2^-10 exactly.
	if Threshold(1.0/1024).Cmp(new(big.Int).Lsh(big.NewInt(1), 246)) != 0 {
		t.Fatal("threshold(2^-10)")
	}
}

// TestSamplingDecisions: the draw is keccak(secret ‖ receipt id); the
// fraction sampled matches the rate; the price rule forces a check; a
// decision is recomputed exactly from the secret (what an audit does);
// another secret samples other receipts.
func TestSamplingDecisions(t *testing.T) {
	var secret, other Secret
	secret[0], other[0] = 1, 2
	id := crypto.Keccak256Hash([]byte("receipt"))
	if secret.Draw(id) != crypto.Keccak256Hash(secret[:], id[:]) {
		t.Fatal("draw is not keccak(secret ‖ id)")
	}
	for _, rate := range []float64{0.01, 0.05, 0.3} {
		s := NewSampler(secret, rate, nil)
		o := NewSampler(other, rate, nil)
		const n = 40_000
		got, both := 0, 0
		for i := 0; i < n; i++ {
			id := crypto.Keccak256Hash(big.NewInt(int64(i)).Bytes())
			d := s.Decide(id, big.NewInt(5))
			if d.Sampled {
				got++
				if o.Decide(id, big.NewInt(5)).Sampled {
					both++
				}
			}
			if d.ByPrice || d.Sampled != d.ByRate {
				t.Fatalf("decision %+v without a price rule", d)
			}
		}
		// Binomial: 5 standard deviations.
		mean, sd := rate*n, math.Sqrt(rate*(1-rate)*n)
		if math.Abs(float64(got)-mean) > 5*sd {
			t.Fatalf("rate %v: sampled %d of %d, expected %.0f ± %.0f", rate, got, n, mean, sd)
		}
		// Independent secrets: overlap ≈ rate² n.
		if m2 := rate * rate * n; math.Abs(float64(both)-m2) > 5*math.Sqrt(m2)+5 {
			t.Fatalf("rate %v: %d sampled by both secrets, expected ≈ %.0f", rate, both, m2)
		}
	}
	// The price rule.
	s := NewSampler(secret, 0, big.NewInt(1000))
	if d := s.Decide(id, big.NewInt(1000)); d.Sampled {
		t.Fatalf("price equal to the threshold sampled: %+v", d)
	}
	d := s.Decide(id, big.NewInt(1001))
	if !d.Sampled || !d.ByPrice || d.ByRate {
		t.Fatalf("price above the threshold: %+v", d)
	}
	// Recompute is exact, and detects a log that lies.
	for _, rate := range []float64{0, 0.123456789, 1} {
		d := NewSampler(secret, rate, big.NewInt(7)).Decide(id, big.NewInt(3))
		if Recompute(secret, d) != d {
			t.Fatalf("recomputed decision differs: %+v", d)
		}
		lie := d
		lie.Sampled = !lie.Sampled
		if Recompute(secret, lie) == lie {
			t.Fatal("a flipped decision recomputes to itself")
		}
		if Recompute(other, d).Draw == d.Draw {
			t.Fatal("another secret gives the same draw")
		}
	}
}

func TestEconomics(t *testing.T) {
	cases := []struct {
		p    float64
		k    int
		want float64
	}{{0, 3, 0}, {1, 1, 1}, {0.05, 1, 0.05}, {0.05, 10, 1 - math.Pow(0.95, 10)}, {0.01, 100, 1 - math.Pow(0.99, 100)}}
	for _, c := range cases {
		if got := DetectionProbability(c.p, c.k); math.Abs(got-c.want) > 1e-12 {
			t.Fatalf("P(%v, %d) = %v, want %v", c.p, c.k, got, c.want)
		}
	}
	// share 10%, P = 5%: 1 / (0.9 × 0.05) = 22.2…
	if got := MinSafeSlashMultiplier(0.05, 1000); math.Abs(got-1/(0.9*0.05)) > 1e-9 {
		t.Fatalf("min multiplier %v", got)
	}
	if !math.IsInf(MinSafeSlashMultiplier(0, 1000), 1) || !math.IsInf(MinSafeSlashMultiplier(0.5, 10_000), 1) {
		t.Fatal("no detection or a 100% share must need an infinite multiplier")
	}
}

func TestConfigCheck(t *testing.T) {
	var c Config
	err := c.Check()
	for _, want := range []error{ErrNoDataDir, ErrNoL1RPC, ErrNoDeployment, ErrNoStore, ErrNoKey, ErrNoKeyDir, ErrNoCircuit} {
		if !errors.Is(err, want) {
			t.Fatalf("empty config: %v does not report %v", err, want)
		}
	}
	c = Config{SampleRate: 1.5, StoreURL: "ftp://x", Auditors: -1}
	err = c.Check()
	for _, s := range []string{"sample rate", "store URL", "auditors"} {
		if err == nil || !strings.Contains(err.Error(), s) {
			t.Fatalf("%v does not mention %q", err, s)
		}
	}
}
