package challenger

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// Audit: every sampling decision is appended to DataDir/decisions.jsonl
// with the rate, price rule and price it was made with. Explain recomputes
// each logged decision about a receipt from the secret alone and reports
// whether the log tells the truth.

// Explained is a logged decision and its recomputation.
type Explained struct {
	Batch      uint64      `json:"batch"`
	HeaderHash common.Hash `json:"headerHash"`
	Logged     Decision    `json:"logged"`
	Recomputed Decision    `json:"recomputed"`
	Match      bool        `json:"match"`
}

// Explain finds the receipt's decisions in the data dir's log and
// recomputes them with the secret in keyDir.
func Explain(dataDir, keyDir string, receipt common.Hash) ([]Explained, error) {
	secret, err := LoadSecret(keyDir)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dataDir, DecisionsFile))
	if err != nil {
		return nil, fmt.Errorf("decision log: %w", err)
	}
	defer f.Close()
	var out []Explained
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		var e struct {
			Batch      uint64      `json:"batch"`
			HeaderHash common.Hash `json:"headerHash"`
			Decision
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			continue // a torn last line after a crash
		}
		if e.Receipt != receipt {
			continue
		}
		out = append(out, Explained{Batch: e.Batch, HeaderHash: e.HeaderHash, Logged: e.Decision,
			Recomputed: Recompute(secret, e.Decision), Match: false})
		last := &out[len(out)-1]
		last.Match = last.Recomputed == last.Logged
	}
	return out, sc.Err()
}

// Recompute makes a logged decision again from the secret, with the rate,
// price rule and price the log names.
func Recompute(secret Secret, d Decision) Decision {
	price, _ := new(big.Int).SetString(d.Price, 10)
	var above *big.Int
	if d.AlwaysCheckAbove != "" {
		above, _ = new(big.Int).SetString(d.AlwaysCheckAbove, 10)
	}
	return NewSampler(secret, d.Rate, above).Decide(d.Receipt, price)
}
