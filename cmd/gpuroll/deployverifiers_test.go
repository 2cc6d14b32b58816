package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/eth/ethconfig"

	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/circuit/ceremony"
	"github.com/gpuroll/gpuroll/l1"
)

// TestDeployCommandVerifiersDir: `gpuroll deploy --verifiers DIR` on a
// chain that is not a dev chain (id 11155111) deploys the verifiers of the
// directory, registers them by class and checks each adapter's constants
// against its source; the insecure dev verifiers in such a directory are
// refused there, and bytecode that is not its source's is caught.
//
// The "ceremony" verifiers are the committed sources with another VK_HASH
// (a stand-in for a ceremony's keys, whose setup is too slow for this
// test; circuit/ceremony's TestThreePartyCeremony runs a real ceremony's
// verifiers on chain), compiled the way `ceremony export` compiles them.
func TestDeployCommandVerifiersDir(t *testing.T) {
	contracts := filepath.Join("..", "..", "contracts")
	if _, err := os.Stat(filepath.Join(contracts, "node_modules", "solc")); err != nil {
		if os.Getenv("GPUROLL_REQUIRE_SOLC") != "" {
			t.Fatalf("solc not installed (cd contracts && npm ci): %v", err)
		}
		t.Skip("solc not installed: cd contracts && npm ci")
	}
	c, port, dir, keyFile := deployFixture(t, func(e *ethconfig.Config) {
		cfg := *e.Genesis.Config
		cfg.ChainID = big.NewInt(11155111)
		e.Genesis.Config = &cfg
		e.NetworkId = 11155111
	})
	if c.ChainID.Uint64() != 11155111 {
		t.Fatalf("chain id %d", c.ChainID)
	}

	write := func(name string, vk func(class int) string) string {
		d := filepath.Join(dir, name)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for i, cl := range circuit.Classes() {
			sol, err := os.ReadFile(filepath.Join(contracts, "src", "verifiers", circuit.VerifierFileName(cl)))
			if err != nil {
				t.Fatal(err)
			}
			if vk != nil {
				h, err := ceremony.VerifierVKHash(sol)
				if err != nil {
					t.Fatal(err)
				}
				sol = bytes.Replace(sol, []byte(fmt.Sprintf("%x", h)), []byte(vk(i+1)), 1)
			}
			if err := os.WriteFile(filepath.Join(d, circuit.VerifierFileName(cl)), sol, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	copyBins := func(from, to string, order ...int) {
		for i, j := range order {
			b, err := os.ReadFile(filepath.Join(from, fmt.Sprintf("StepVerifierClass%d.bin", j)))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(to, fmt.Sprintf("StepVerifierClass%d.bin", i+1)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	vkOf := func(class int) string { return strings.Repeat(fmt.Sprintf("%02x", 0xc0+class), 32) }
	good := write("ceremony", vkOf)
	if _, err := ceremony.CompileVerifiers(context.Background(), contracts, good, circuit.Classes()); err != nil {
		t.Fatal(err)
	}
	rpc := fmt.Sprintf("http://127.0.0.1:%d", port)
	run := func(verifiers string) (*bytes.Buffer, error) {
		app := newApp()
		var out bytes.Buffer
		app.Writer = &out
		return &out, app.Run([]string{"gpuroll", "deploy", "--l1-rpc", rpc, "--key-file", keyFile,
			"--tx-state", filepath.Join(dir, "txs-"+filepath.Base(verifiers)+".json"), "--timeout", "2m", "--verifiers", verifiers})
	}
	out, err := run(good)
	if err != nil {
		t.Fatalf("deploy --verifiers: %v", err)
	}
	var a l1.Addresses
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatalf("output is not the addresses JSON: %v\n%s", err, out.String())
	}
	sys, err := l1.Bind(c.Client, &a)
	if err != nil {
		t.Fatal(err)
	}
	if err := sys.CheckWiring(t.Context()); err != nil {
		t.Fatal(err)
	}
	for i, v := range a.Verifiers {
		var want [32]byte
		copy(want[:], bytes.Repeat([]byte{byte(0xc0 + i + 1)}, 32))
		if err := checkVerifier(t.Context(), c.Client, v, uint8(i+1), want); err != nil {
			t.Fatalf("slot %d: %v", i+1, err)
		}
	}

	// The committed dev verifiers: refused on this chain, nothing deployed.
	dev := write("dev", nil)
	copyBins(filepath.Join(contracts, "artifacts", "src"), dev, 1, 2, 3)
	if _, err := run(dev); err == nil || !strings.Contains(err.Error(), "INSECURE dev setup") {
		t.Fatalf("dev verifiers on chain 11155111: %v", err)
	}
	// A .bin that is not its .sol's (class 1's and 2's bytecode swapped).
	swapped := write("swapped", vkOf)
	copyBins(good, swapped, 2, 1, 3)
	if _, err := run(swapped); err == nil || !strings.Contains(err.Error(), "reports CLASS_ID") {
		t.Fatalf("swapped bytecode: %v", err)
	}
	// --verifier and --verifiers together.
	app := newApp()
	app.Writer = &bytes.Buffer{}
	if err := app.Run([]string{"gpuroll", "deploy", "--l1-rpc", rpc, "--key-file", keyFile, "--verifiers", good,
		"--verifier", a.Verifiers[0].Hex(), "--verifier", a.Verifiers[1].Hex(), "--verifier", a.Verifiers[2].Hex()}); err == nil {
		t.Fatal("--verifier with --verifiers accepted")
	}
}
