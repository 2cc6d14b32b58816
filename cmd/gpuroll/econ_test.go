package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gpuroll econ: the defaults meet the target; a parameters file with the
// old multiplier and share, no threshold and no forfeiture misses it;
// bad input is one clear error.
func TestEconCommand(t *testing.T) {
	run := func(args ...string) (string, error) {
		app := newApp()
		var out bytes.Buffer
		app.Writer = &out
		err := app.Run(append([]string{"gpuroll", "econ"}, args...))
		return out.String(), err
	}
	out, err := run("--mc", "2000", "--simulate", "--horizon", "1h")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"least ratio 10.50: meets the target of 10", "7 days", "simulation", "profit vs honest -"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	old := filepath.Join(t.TempDir(), "old.json")
	params := `{"disputeWindow":600,"revealPeriod":120,"maxInclusionDelay":300,"minSlash":1000000000000000000,
		"slashMultiplier":3,"challengerShareBps":1000,"baseFee":1,"byteFee":1,"storageByteFee":1,"maxMACsPerReceipt":68719476736,
		"sequencer":"0x0000000000000000000000000000000000000001","guardian":"0x0000000000000000000000000000000000000001"}`
	if err := os.WriteFile(old, []byte(params), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err = run("--params", old, "--no-forfeiture", "--always-check-above", "0", "--mc", "0", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Report struct {
			Min  float64 `json:"minRatio"`
			Rows []struct {
				MinRatio float64 `json:"minRatio"`
			} `json:"rows"`
		} `json:"report"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	// P × (1 + 3 × 0.9) = 0.1426 × 3.7 at cost 1.
	if got.Report.Min > 0.53 || got.Report.Min < 0.52 || len(got.Report.Rows) != 9 {
		t.Fatalf("old defaults: least ratio %v over %d rows, want 0.528 over 9", got.Report.Min, len(got.Report.Rows))
	}

	for _, bad := range [][]string{
		{"--always-check-above", "-1"},
		{"--cost", "0"},
		{"--sample-rate", "2"},
		{"--params", old, "--url", "http://127.0.0.1:1"},
		{"--params", filepath.Join(t.TempDir(), "missing.json")},
	} {
		if _, err := run(bad...); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}
