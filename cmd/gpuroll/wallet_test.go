package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/job"
)

// TestWalletCommands runs `gpuroll wallet` subcommands against a real
// sequencer: deposit, balance, providers, tx status; and the model
// converter; and checks the errors a user sees for a bad amount and a
// missing key.
func TestWalletCommands(t *testing.T) {
	n := testnet.Start(t, testnet.Options{})
	dir := t.TempDir()
	ks := keystore.NewKeyStore(filepath.Join(dir, "ks"), keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(n.Key(testnet.KeyBuyer), "secret")
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, error) {
		app := newApp()
		var out bytes.Buffer
		app.Writer, app.ErrWriter = &out, &out
		base := []string{"gpuroll", "wallet", "--rpc", n.Seq.RPCURL(), "--l1-rpc", n.L1URL, "--keystore", acc.URL.Path,
			"--password-file", pw, "--datadir", filepath.Join(dir, "wallet")}
		err := app.Run(append(base, args...))
		return out.String(), err
	}
	if out, err := run("deposit", "2.5"); err != nil || !strings.Contains(out, "deposited 2.5 tokens") {
		t.Fatalf("deposit: %v\n%s", err, out)
	}
	out, err := run("balance")
	if err != nil || !strings.Contains(out, "L2 balance    2.5") || !strings.Contains(out, "L1 tokens") {
		t.Fatalf("balance: %v\n%s", err, out)
	}
	if out, err := run("providers"); err != nil || !strings.Contains(out, "no provider registered yet") {
		t.Fatalf("providers: %v\n%s", err, out)
	}
	if _, err := run("deposit", "0"); err == nil || !strings.Contains(err.Error(), "positive number of tokens") {
		t.Fatalf("a zero deposit: %v", err)
	}
	if _, err := run("tx", "status", "0x12"); err == nil {
		t.Fatal("a short tx hash was accepted")
	}
	app := newApp()
	app.Writer = &bytes.Buffer{}
	if err := app.Run([]string{"gpuroll", "wallet", "--rpc", n.Seq.RPCURL(), "balance"}); err == nil || !strings.Contains(err.Error(), "no key") {
		t.Fatalf("balance without a key: %v", err)
	}

	// The converter writes files that decode as the job formats.
	mj := filepath.Join(dir, "m.json")
	ij := filepath.Join(dir, "i.json")
	_ = os.WriteFile(mj, []byte(`{"layers":[{"shift":2,"relu":true,"weights":[[1,2],[3,-4],[5,6]],"bias":[1,2,3]}]}`), 0o644)
	_ = os.WriteFile(ij, []byte(`{"rows":[[1,-1],[2,2]]}`), 0o644)
	app = newApp()
	var o bytes.Buffer
	app.Writer = &o
	if err := app.Run([]string{"gpuroll", "wallet", "model", mj, ij}); err != nil {
		t.Fatalf("wallet model: %v\n%s", err, o.String())
	}
	mb, _ := os.ReadFile(filepath.Join(dir, "m.bin"))
	ib, _ := os.ReadFile(filepath.Join(dir, "i.bin"))
	if m, err := job.DecodeModel(mb); err != nil || m.OutputWidth() != 3 {
		t.Fatalf("converted model: %v", err)
	}
	if in, err := job.DecodeInput(ib); err != nil || in.Rows != 2 || in.Width != 2 {
		t.Fatalf("converted input: %v", err)
	}
}
