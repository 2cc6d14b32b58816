package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/bindings/testonly"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state"
)

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestDeployCommand runs `gpuroll deploy` against a node over HTTP JSON-RPC
// (the simulated chain with its HTTP server on) and checks the printed
// addresses against the chain.
func TestDeployCommand(t *testing.T) {
	c, port, dir, keyFile := deployFixture(t)
	var vs []string
	for i := 0; i < l1.NumStepClasses; i++ {
		vs = append(vs, "--verifier", c.DeployBin(t, 1, testonly.TestStepVerifierMetaData.Bin, nil).Hex())
	}
	outFile := filepath.Join(dir, "addresses.json")
	app := newApp()
	var out bytes.Buffer
	app.Writer = &out
	args := append([]string{"gpuroll", "deploy", "--l1-rpc", fmt.Sprintf("http://127.0.0.1:%d", port), "--key-file", keyFile,
		"--tx-state", filepath.Join(dir, "txs.json"), "--out", outFile, "--timeout", "2m"}, vs...)
	if err := app.Run(args); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	var a l1.Addresses
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatalf("output is not the addresses JSON: %v\n%s", err, out.String())
	}
	if a.ChainID == nil || a.ChainID.ToInt().Cmp(c.ChainID) != 0 || a.Rollup == (common.Address{}) {
		t.Fatalf("addresses %+v", a)
	}
	sys, err := l1.Bind(c.Client, &a)
	if err != nil {
		t.Fatal(err)
	}
	if err := sys.CheckWiring(t.Context()); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(outFile); err != nil || !strings.Contains(string(b), strings.ToLower(a.Rollup.Hex()[2:])) {
		t.Fatalf("--out file: %v %s", err, b)
	}

	// Bad input fails with a clear error and sends nothing.
	for _, bad := range [][]string{
		{"gpuroll", "deploy", "--l1-rpc", "http://127.0.0.1:1", "--key-file", keyFile, "--verifier", vs[1]},
		append([]string{"gpuroll", "deploy", "--l1-rpc", "http://127.0.0.1:1", "--key-file", filepath.Join(dir, "nokey")}, vs...),
		append([]string{"gpuroll", "deploy", "--l1-rpc", "http://127.0.0.1:1", "--key-file", keyFile, "--timelock-delay", "10"}, vs...),
	} {
		app := newApp()
		app.Writer = &bytes.Buffer{}
		if err := app.Run(bad); err == nil {
			t.Fatalf("%v succeeded", bad)
		}
	}
}

// deployFixture starts a simulated chain serving HTTP JSON-RPC on loopback,
// mining every 20 ms until the test ends, and writes account 0's key file.
// chain, when given, adjusts the chain's config (another chain id).
func deployFixture(t *testing.T, chain ...func(*ethconfig.Config)) (c *l1test.Chain, port int, dir, keyFile string) {
	t.Helper()
	port = freePort(t)
	c = l1test.NewChain(t, 2, func(n *node.Config, e *ethconfig.Config) {
		n.HTTPHost, n.HTTPPort, n.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
		for _, f := range chain {
			f(e)
		}
	})
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				c.Sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop) })
	dir = t.TempDir()
	keyFile = filepath.Join(dir, "key")
	if err := os.WriteFile(keyFile, []byte(hexutil.Encode(crypto.FromECDSA(l1test.Key(0)))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return c, port, dir, keyFile
}

// TestDeployCommandDevVerifiers deploys without --verifier on a dev chain:
// the committed dev-setup verifiers are deployed and registered by class.
func TestDeployCommandDevVerifiers(t *testing.T) {
	c, port, dir, keyFile := deployFixture(t)
	if id := c.ChainID.Uint64(); id != 1337 && id != 31337 {
		t.Fatalf("simulated chain id %d is not a dev chain; the test needs one", id)
	}
	app := newApp()
	var out bytes.Buffer
	app.Writer = &out
	if err := app.Run([]string{"gpuroll", "deploy", "--l1-rpc", fmt.Sprintf("http://127.0.0.1:%d", port), "--key-file", keyFile,
		"--tx-state", filepath.Join(dir, "txs.json"), "--timeout", "2m"}); err != nil {
		t.Fatalf("deploy: %v", err)
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
	// Batch 0 carries the root of the L2 genesis for the deployed
	// parameters, so a sequencer built on them can post batch 1.
	r := bindings.NewRollup()
	res, err := c.Client.CallContract(t.Context(), ethereum.CallMsg{To: &a.Rollup, Data: r.PackBatch(0)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b0, err := r.UnpackBatch(res)
	if err != nil {
		t.Fatal(err)
	}
	me := crypto.PubkeyToAddress(l1test.Key(0).PublicKey)
	want, err := state.GenesisRoot(t.Context(), &state.Genesis{Params: state.DefaultParams(me, me)})
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(b0.PostStateRoot) != want || want == (common.Hash{}) {
		t.Fatalf("batch 0 post-state root %x, L2 genesis root %x", b0.PostStateRoot, want)
	}

	// Every generated verifier has the same CLASS_ID getter: class i+1 must
	// sit in slot i.
	abi := bindings.NewStepVerifierClass1()
	for i, v := range a.Verifiers {
		res, err := c.Client.CallContract(t.Context(), ethereum.CallMsg{To: &v, Data: abi.PackCLASSID()}, nil)
		if err != nil {
			t.Fatalf("verifier of class %d at %s: %v", i+1, v, err)
		}
		id, err := abi.UnpackCLASSID(res)
		if err != nil || int(id) != i+1 {
			t.Fatalf("verifier in slot %d reports class %d (%v)", i+1, id, err)
		}
	}
}
