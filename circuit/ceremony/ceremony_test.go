package ceremony

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
)

// smallCircuit has the step circuits' public shape (four inputs, so the
// generated IStepVerifier adapter takes its proofs) and a size set by
// rounds: P0 = x^(2^rounds)·y chain, P1 = x·y, P2 = x + y, P3 = y².
type smallCircuit struct {
	P      [4]frontend.Variable `gnark:",public"`
	X, Y   frontend.Variable
	rounds int
}

func (c *smallCircuit) Define(api frontend.API) error {
	acc := c.X
	for i := 0; i < c.rounds; i++ {
		acc = api.Add(api.Mul(acc, acc), c.Y)
	}
	api.AssertIsEqual(c.P[0], acc)
	api.AssertIsEqual(c.P[1], api.Mul(c.X, c.Y))
	api.AssertIsEqual(c.P[2], api.Add(c.X, c.Y))
	api.AssertIsEqual(c.P[3], api.Mul(c.Y, c.Y))
	return nil
}

func (c *smallCircuit) assign(x, y int64) (*smallCircuit, [4]*big.Int) {
	q := ecc.BN254.ScalarField()
	X, Y := big.NewInt(x), big.NewInt(y)
	acc := new(big.Int).Set(X)
	for i := 0; i < c.rounds; i++ {
		acc.Mul(acc, acc).Add(acc, Y).Mod(acc, q)
	}
	pub := [4]*big.Int{acc, new(big.Int).Mul(X, Y), new(big.Int).Add(X, Y), new(big.Int).Mul(Y, Y)}
	return &smallCircuit{P: [4]frontend.Variable{pub[0], pub[1], pub[2], pub[3]}, X: X, Y: Y, rounds: c.rounds}, pub
}

// smallCircuits are three "classes" of different domains (16, 512, 64), so
// the classes below the largest use a prefix of the powers of tau.
func smallCircuits(t testing.TB) []Circuit {
	t.Helper()
	logger.Disable()
	var out []Circuit
	for i, rounds := range []int{6, 300, 40} {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &smallCircuit{rounds: rounds})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Circuit{Class: circuit.Class{ID: uint8(i + 1), MaxIn: rounds}, CCS: ccs.(*cs.R1CS)})
	}
	return out
}

func rounds(c Circuit) int { return c.Class.MaxIn }

var (
	beacon1 = bytes.Repeat([]byte{0xb1}, 32)
	beacon2 = bytes.Repeat([]byte{0xb2}, 32)
)

// ceremonyRun is a whole three-party ceremony's transcripts.
type ceremonyRun struct {
	dir       string
	circuits  []Circuit
	p1        []string // transcripts after each phase-1 contribution
	sealed1   string
	p2        []string
	final     string
	published []*Contribution
}

func runCeremony(t *testing.T, parties []string) *ceremonyRun {
	t.Helper()
	ctx := context.Background()
	r := &ceremonyRun{dir: t.TempDir(), circuits: smallCircuits(t)}
	at := func(name string) string { return filepath.Join(r.dir, name) }
	m, err := Init(at("0-init"), r.circuits)
	if err != nil {
		t.Fatal(err)
	}
	if m.Phase1Domain != 512 {
		t.Fatalf("phase-1 domain %d, want 512 (the largest class)", m.Phase1Domain)
	}
	prev := at("0-init")
	for i, p := range parties {
		out := at("1-" + p)
		c, err := Contribute(ctx, prev, out, p)
		if err != nil {
			t.Fatalf("phase 1, %s: %v", p, err)
		}
		if c.Phase != 1 || c.Index != i+1 || len(c.Hash) != 64 {
			t.Fatalf("phase 1, %s: %+v", p, c)
		}
		r.published = append(r.published, c)
		r.p1 = append(r.p1, out)
		prev = out
	}
	r.sealed1 = at("1-sealed")
	if _, err := Seal(ctx, prev, r.sealed1, beacon1, r.circuits); err != nil {
		t.Fatal(err)
	}
	prev = r.sealed1
	for i, p := range parties {
		out := at("2-" + p)
		c, err := Contribute(ctx, prev, out, p)
		if err != nil {
			t.Fatalf("phase 2, %s: %v", p, err)
		}
		if c.Phase != 2 || c.Index != i+1 {
			t.Fatalf("phase 2, %s: %+v", p, c)
		}
		r.published = append(r.published, c)
		r.p2 = append(r.p2, out)
		prev = out
	}
	r.final = at("2-sealed")
	if _, err := Seal(ctx, prev, r.final, beacon2, r.circuits); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestThreePartyCeremony runs a ceremony with three participants and two
// beacons on small circuits, verifies the transcript, and proves with the
// exported keys natively and through the exported Solidity verifiers
// deployed as `gpuroll deploy --verifiers` deploys them, behind Disputes,
// whose start-up check (circuit.CheckDisputes) accepts the keys.
func TestThreePartyCeremony(t *testing.T) {
	ctx := context.Background()
	parties := []string{"alice (city of Example)", "bob (auditor)", "carol (university)"}
	r := runCeremony(t, parties)

	var said []string
	rep, err := Verify(ctx, r.final, r.circuits, Beacons{Phase1: beacon1, Phase2: beacon2}, func(f string, a ...any) {
		said = append(said, strings.TrimSpace(sprintf(f, a...)))
	})
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	if rep.Stage != StageSealed || len(rep.Phase1) != 3 || len(rep.Phase2) != 3 || len(rep.VKHashes) != 3 {
		t.Fatalf("report: %+v", rep)
	}
	// Who contributed what: each published hash is in the report, by name.
	all := strings.Join(said, "\n")
	for _, c := range r.published {
		if !strings.Contains(all, c.Hash) || !strings.Contains(all, c.Name) {
			t.Fatalf("verify did not report %s's phase-%d contribution %s:\n%s", c.Name, c.Phase, c.Hash, all)
		}
	}
	// Every intermediate transcript is left as it was, and verifies too.
	if _, err := Verify(ctx, r.p1[1], r.circuits, Beacons{}, nil); err != nil {
		t.Fatalf("verify an open phase 1: %v", err)
	}
	if _, err := Verify(ctx, r.p2[0], r.circuits, Beacons{Phase1: beacon1}, nil); err != nil {
		t.Fatalf("verify an open phase 2: %v", err)
	}

	keysDir, solDir := filepath.Join(r.dir, "keys"), filepath.Join(r.dir, "verifiers")
	keys, err := Export(r.final, keysDir, solDir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Export(r.final, keysDir, solDir); err == nil || !strings.Contains(err.Error(), "not replaced") {
		t.Fatalf("a second export over the first: %v", err)
	}
	var classes []circuit.Class
	for _, k := range keys {
		classes = append(classes, k.Class)
	}
	if _, err := CompileVerifiers(ctx, contractsDir(t), solDir, classes); err != nil {
		t.Fatal(err)
	}

	chain := l1test.NewChain(t, 2, l1test.Osaka)
	var bins [l1.NumStepClasses]string
	for i, c := range classes {
		b, err := ReadVerifierBin(solDir, c)
		if err != nil {
			t.Fatal(err)
		}
		bins[i] = hexutil.Encode(b)
	}
	vers, err := l1.DeployStepVerifiers(ctx, chain.Sender(0), bins)
	if err != nil {
		t.Fatal(err)
	}
	abi, err := bindings.StepVerifierClass1MetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	verifyOnChain := func(at int, proof []byte, pub [4]*big.Int) bool {
		t.Helper()
		data, err := abi.Pack("verifyStep", proof, pub)
		if err != nil {
			t.Fatal(err)
		}
		out, err := chain.Client.CallContract(ctx, callMsg(vers[at], data), nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := abi.Unpack("verifyStep", out)
		if err != nil {
			t.Fatal(err)
		}
		return res[0].(bool)
	}

	for i, c := range r.circuits {
		// The exported keys are what circuit.LoadKeys reads.
		k, err := circuit.LoadKeys(keysDir, c.Class)
		if err != nil {
			t.Fatal(err)
		}
		if got := sprintf("0x%x", k.VKHash); got != rep.VKHashes[c.Class.ID] {
			t.Fatalf("class %d: exported vk hash %s, verify reported %s", c.Class.ID, got, rep.VKHashes[c.Class.ID])
		}
		// Each class keeps its own domain, not phase 1's.
		if want := ecc.NextPowerOfTwo(uint64(c.CCS.GetNbConstraints())); k.PK.Domain.Cardinality != want {
			t.Fatalf("class %d: proving domain %d, want %d", c.Class.ID, k.PK.Domain.Cardinality, want)
		}
		assignment, pub := (&smallCircuit{rounds: rounds(c)}).assign(int64(3+i), 5)
		proof := prove(t, k, assignment)
		if err := k.Verify(proof, pub); err != nil {
			t.Fatalf("class %d: native verify: %v", c.Class.ID, err)
		}
		if !verifyOnChain(i, proof, pub) {
			t.Fatalf("class %d: the exported Solidity verifier rejects a valid proof", c.Class.ID)
		}
		bad := pub
		bad[1] = new(big.Int).Add(pub[1], big.NewInt(1))
		if k.Verify(proof, bad) == nil || verifyOnChain(i, proof, bad) {
			t.Fatalf("class %d: a proof verifies for other public inputs", c.Class.ID)
		}
		// A proof of another class's keys is refused.
		if i > 0 && verifyOnChain(i-1, proof, pub) {
			t.Fatalf("class %d's proof verifies with class %d's verifier", c.Class.ID, c.Class.ID-1)
		}
	}

	// Disputes with the ceremony's verifiers: the challengers' start-up
	// check passes with the exported keys and fails with other keys.
	d := chain.DeployDev(t, func(cfg *l1.DeployConfig) { cfg.Verifiers = vers })
	var loaded []*circuit.Keys
	for _, c := range classes {
		k, err := circuit.LoadKeys(keysDir, c)
		if err != nil {
			t.Fatal(err)
		}
		loaded = append(loaded, k)
	}
	if err := circuit.CheckDisputes(ctx, chain.Client, d.Disputes, circuit.NewKeyCacheWith(loaded...)); err != nil {
		t.Fatalf("CheckDisputes with the ceremony's keys: %v", err)
	}
	other := *loaded[1]
	other.VKHash[0] ^= 1
	if err := circuit.CheckDisputes(ctx, chain.Client, d.Disputes, circuit.NewKeyCacheWith(loaded[0], &other, loaded[2])); err == nil {
		t.Fatal("CheckDisputes accepts keys that are not the deployed verifier's")
	}
}

func prove(t *testing.T, k *circuit.Keys, a *smallCircuit) []byte {
	t.Helper()
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	p, err := groth16.Prove(k.CCS, k.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		t.Fatal(err)
	}
	return p.(*groth16bn254.Proof).MarshalSolidity()
}

func contractsDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "contracts")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "solc")); err != nil {
		if os.Getenv("GPUROLL_REQUIRE_SOLC") != "" {
			t.Fatalf("solc not installed (cd contracts && npm ci): %v", err)
		}
		t.Skip("solc not installed: cd contracts && npm ci")
	}
	return dir
}

// TestCompileVerifiersMatchesGenerate: the compile behind `ceremony export`
// gives the committed dev verifiers' bytecode byte for byte, so a ceremony
// verifier deployed with `deploy --verifiers` is what `make generate` would
// build from its source.
func TestCompileVerifiersMatchesGenerate(t *testing.T) {
	contracts := contractsDir(t)
	dir := t.TempDir()
	for _, c := range circuit.Classes() {
		b, err := os.ReadFile(filepath.Join(contracts, "src", "verifiers", circuit.VerifierFileName(c)))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, circuit.VerifierFileName(c)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := CompileVerifiers(context.Background(), contracts, dir, circuit.Classes()); err != nil {
		t.Fatal(err)
	}
	want := []string{bindings.StepVerifierClass1MetaData.Bin, bindings.StepVerifierClass2MetaData.Bin, bindings.StepVerifierClass3MetaData.Bin}
	for i, c := range circuit.Classes() {
		got, err := ReadVerifierBin(dir, c)
		if err != nil {
			t.Fatal(err)
		}
		if hexutil.Encode(got) != want[i] {
			t.Fatalf("class %d: compiled bytecode differs from the committed artifact", c.ID)
		}
	}
}

// copyTranscript copies a transcript so a test can forge it.
func copyTranscript(t *testing.T, from string) string {
	t.Helper()
	tr, err := Open(from)
	if err != nil {
		t.Fatal(err)
	}
	to := filepath.Join(t.TempDir(), "forged")
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, e := range append(tr.M.entries(), &Entry{File: ManifestFile}) {
		b, err := os.ReadFile(filepath.Join(from, e.File))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(to, e.File)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return to
}

// forge rewrites a transcript's manifest.
func forge(t *testing.T, dir string, edit func(m *Manifest)) {
	t.Helper()
	tr, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	edit(&tr.M)
	b, err := json.MarshalIndent(tr.M, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ManifestFile), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// replaceFile writes a transcript file and records its new hash, so only
// the cryptographic checks stand between the forgery and acceptance.
func replaceFile(t *testing.T, dir string, e func(m *Manifest) *Entry, data []byte) {
	t.Helper()
	forge(t, dir, func(m *Manifest) {
		en := e(m)
		if err := os.WriteFile(filepath.Join(dir, en.File), data, 0o644); err != nil {
			t.Fatal(err)
		}
		en.SHA256 = sha256Hex(data)
	})
}

func mustFail(t *testing.T, what string, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: accepted", what)
	}
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("%s: error %q does not say %q", what, err, want)
	}
}

// reheader rewrites a state file's header (index, name), keeping its
// gnark state: a contribution moved to another place in the order.
func reheader(t *testing.T, data []byte, from, to stateHeader, lens []int) []byte {
	t.Helper()
	parts, err := decodeState(data, from, lens)
	if err != nil {
		t.Fatal(err)
	}
	return encodeState(to, parts)
}

// TestVerifyRefuses: a tampered contribution, contributions out of order
// and wrong beacons are each refused by verify, and a tampered input by
// contribute; no command overwrites an existing state.
func TestVerifyRefuses(t *testing.T) {
	ctx := context.Background()
	parties := []string{"alice", "bob", "carol"}
	r := runCeremony(t, parties)
	ok := Beacons{Phase1: beacon1, Phase2: beacon2}
	p1Len := []int{phase1Size(512, chalSize)}

	t.Run("tampered phase-1 contribution", func(t *testing.T) {
		dir := copyTranscript(t, r.final)
		data, err := os.ReadFile(filepath.Join(dir, "phase1", "0002.bin"))
		if err != nil {
			t.Fatal(err)
		}
		// Swap two valid points of [τⁱ]₁: every point still decodes and is
		// in the subgroup, only the powers are no longer powers.
		off := len(data) - p1Len[0] + 3*proofSize + 8 + g2Size
		a, b := off+5*g1Size, off+6*g1Size
		tmp := bytes.Clone(data[a : a+g1Size])
		copy(data[a:], data[b:b+g1Size])
		copy(data[b:], tmp)
		replaceFile(t, dir, func(m *Manifest) *Entry { return &m.Phase1[1] }, data)
		_, err = Verify(ctx, dir, r.circuits, ok, nil)
		mustFail(t, "tampered contribution", err, "phase-1 contribution 2 (bob) does not verify")
	})
	t.Run("tampered phase-2 contribution", func(t *testing.T) {
		dir := copyTranscript(t, r.final)
		data, err := os.ReadFile(filepath.Join(dir, "phase2", "0003.bin"))
		if err != nil {
			t.Fatal(err)
		}
		// Swap two valid Z points of the last class.
		end := len(data) - (g2Size + proofSize + 1 + chalSize)
		a, b := end-2*g1Size, end-3*g1Size
		tmp := bytes.Clone(data[a : a+g1Size])
		copy(data[a:], data[b:b+g1Size])
		copy(data[b:], tmp)
		replaceFile(t, dir, func(m *Manifest) *Entry { return &m.Phase2[2] }, data)
		_, err = Verify(ctx, dir, r.circuits, ok, nil)
		mustFail(t, "tampered contribution", err, "phase-2 contribution 3 (carol), class 3, does not verify")
	})
	t.Run("file replaced without the manifest", func(t *testing.T) {
		dir := copyTranscript(t, r.final)
		p := filepath.Join(dir, "phase1", "0001.bin")
		data, _ := os.ReadFile(p)
		data[len(data)/2] ^= 1
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Verify(ctx, dir, r.circuits, ok, nil)
		mustFail(t, "changed file", err, "corrupt or replaced")
	})
	t.Run("malformed contribution", func(t *testing.T) {
		dir := copyTranscript(t, r.p1[2])
		data, _ := os.ReadFile(filepath.Join(dir, "phase1", "0003.bin"))
		replaceFile(t, dir, func(m *Manifest) *Entry { return &m.Phase1[2] }, data[:len(data)-100])
		_, err := Verify(ctx, dir, r.circuits, Beacons{}, nil)
		mustFail(t, "truncated contribution", err, "phase-1 contribution 3 (carol)")
		// And contribute refuses to build on it.
		_, err = Contribute(ctx, dir, filepath.Join(t.TempDir(), "next"), "dave")
		mustFail(t, "contribute on a truncated state", err, "0003.bin")
	})
	t.Run("contribute checks its input", func(t *testing.T) {
		dir := copyTranscript(t, r.p2[2])
		data, _ := os.ReadFile(filepath.Join(dir, "phase2", "0003.bin"))
		end := len(data) - (g2Size + proofSize + 1 + chalSize)
		a, b := end-2*g1Size, end-3*g1Size
		tmp := bytes.Clone(data[a : a+g1Size])
		copy(data[a:], data[b:b+g1Size])
		copy(data[b:], tmp)
		replaceFile(t, dir, func(m *Manifest) *Entry { return &m.Phase2[2] }, data)
		_, err := Contribute(ctx, dir, filepath.Join(t.TempDir(), "next"), "dave")
		mustFail(t, "contribute on a tampered state", err, "phase-2 contribution 3 (carol), class 3, does not verify")
	})
	t.Run("out of order", func(t *testing.T) {
		// carol's contribution (made on bob's) listed second, bob's third,
		// headers rewritten to match: the chain of challenges breaks.
		dir := copyTranscript(t, r.p1[2])
		bob, _ := os.ReadFile(filepath.Join(dir, "phase1", "0002.bin"))
		carol, _ := os.ReadFile(filepath.Join(dir, "phase1", "0003.bin"))
		carol2 := reheader(t, carol, stateHeader{1, 3, "carol"}, stateHeader{1, 2, "carol"}, p1Len)
		bob3 := reheader(t, bob, stateHeader{1, 2, "bob"}, stateHeader{1, 3, "bob"}, p1Len)
		replaceFile(t, dir, func(m *Manifest) *Entry { m.Phase1[1].Name = "carol"; return &m.Phase1[1] }, carol2)
		replaceFile(t, dir, func(m *Manifest) *Entry { m.Phase1[2].Name = "bob"; return &m.Phase1[2] }, bob3)
		_, err := Verify(ctx, dir, r.circuits, Beacons{}, nil)
		mustFail(t, "out-of-order contributions", err, "phase-1 contribution 2 (carol) does not verify")
	})
	t.Run("contribution built on an older state", func(t *testing.T) {
		sideDir := filepath.Join(t.TempDir(), "side")
		if _, err := Contribute(ctx, r.p1[0], sideDir, "mallory"); err != nil {
			t.Fatal(err)
		}
		side, _ := os.ReadFile(filepath.Join(sideDir, "phase1", "0002.bin"))
		dir := copyTranscript(t, r.p1[2])
		replaceFile(t, dir, func(m *Manifest) *Entry { m.Phase1[2].Name = "mallory"; return &m.Phase1[2] },
			reheader(t, side, stateHeader{1, 2, "mallory"}, stateHeader{1, 3, "mallory"}, p1Len))
		_, err := Verify(ctx, dir, r.circuits, Beacons{}, nil)
		mustFail(t, "stale contribution", err, "phase-1 contribution 3 (mallory) does not verify")
	})
	t.Run("wrong beacon", func(t *testing.T) {
		wrong := bytes.Repeat([]byte{0xee}, 32)
		_, err := Verify(ctx, r.final, r.circuits, Beacons{Phase1: beacon1, Phase2: wrong}, nil)
		mustFail(t, "announced phase-2 beacon differs", err, "the announced beacon is")
		_, err = Verify(ctx, r.final, r.circuits, Beacons{Phase1: wrong, Phase2: beacon2}, nil)
		mustFail(t, "announced phase-1 beacon differs", err, "the announced beacon is")
		// A transcript that claims another beacon than the one it was sealed with.
		dir := copyTranscript(t, r.final)
		forge(t, dir, func(m *Manifest) { m.Phase2Beacon = hexString(wrong) })
		_, err = Verify(ctx, dir, r.circuits, Beacons{Phase1: beacon1, Phase2: wrong}, nil)
		mustFail(t, "keys sealed with another beacon", err, "wrong beacon or forged keys")
		dir = copyTranscript(t, r.final)
		forge(t, dir, func(m *Manifest) { m.Phase1Beacon = hexString(wrong) })
		_, err = Verify(ctx, dir, r.circuits, Beacons{Phase1: wrong, Phase2: beacon2}, nil)
		mustFail(t, "SRS sealed with another beacon", err, "wrong beacon or a forged SRS")
	})
	t.Run("forged manifest", func(t *testing.T) {
		for name, edit := range map[string]func(m *Manifest){
			"huge domain":       func(m *Manifest) { m.Phase1Domain = 1 << 22 },
			"domain of a class": func(m *Manifest) { m.Classes[0].Domain = 1 << 9 },
			"file outside":      func(m *Manifest) { m.Phase1[0].File = "../../etc/passwd" },
			"index":             func(m *Manifest) { m.Phase2[1].Index = 3 },
		} {
			dir := copyTranscript(t, r.final)
			forge(t, dir, edit)
			if _, err := Open(dir); err == nil {
				t.Errorf("%s: accepted", name)
			}
		}
	})
	t.Run("other circuits", func(t *testing.T) {
		cs := smallCircuits(t)
		cs[0], cs[1] = cs[1], cs[0]
		_, err := Verify(ctx, r.final, cs, ok, nil)
		mustFail(t, "other circuits", err, "a different gpuroll version")
	})
	t.Run("never overwrites", func(t *testing.T) {
		before, _ := os.ReadFile(filepath.Join(r.p1[1], ManifestFile))
		_, err := Contribute(ctx, r.p1[0], r.p1[1], "eve")
		mustFail(t, "contribute onto an existing state", err, "exists")
		after, _ := os.ReadFile(filepath.Join(r.p1[1], ManifestFile))
		if !bytes.Equal(before, after) {
			t.Fatal("the existing state changed")
		}
		_, err = Seal(ctx, r.p2[2], r.final, beacon2, r.circuits)
		mustFail(t, "seal onto an existing state", err, "exists")
		_, err = Contribute(ctx, r.final, filepath.Join(t.TempDir(), "x"), "eve")
		mustFail(t, "contribute after the seal", err, "sealed")
		_, err = Contribute(ctx, r.p1[0], filepath.Join(t.TempDir(), "x"), "bad\nname")
		mustFail(t, "a name with a newline", err, "non-printable")
	})
}

func sprintf(f string, a ...any) string { return fmt.Sprintf(f, a...) }

func hexString(b []byte) string { return hex.EncodeToString(b) }

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
