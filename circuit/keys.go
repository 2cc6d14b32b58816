package circuit

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/crypto"
)

// DevBeacon is the public seed of the deterministic development setup. A
// setup from a public seed is NOT secure: anyone can recompute the toxic
// waste and forge proofs. It exists so that the committed Solidity verifiers
// match keys regenerated anywhere (tests, CI, devnets).
const DevBeacon = "gpuroll insecure development setup v1"

// DevChainIDs are the only chains the development setup may be used on.
func DevChainIDs() []uint64 { return []uint64{1337, 31337} }

// CheckDevChain refuses the insecure setup on any chain but a dev chain.
func CheckDevChain(chainID uint64) error {
	for _, id := range DevChainIDs() {
		if chainID == id {
			return nil
		}
	}
	return fmt.Errorf("the deterministic setup is insecure (its toxic waste is public) and refused on chain %d; only dev chains %v may use it, production keys come from an MPC ceremony", chainID, DevChainIDs())
}

// Keys are the compiled circuit and Groth16 keys of one step class.
type Keys struct {
	Class Class
	CCS   *cs.R1CS
	PK    *groth16bn254.ProvingKey
	VK    *groth16bn254.VerifyingKey
	// VKHash is keccak256 of the raw verifying key; the generated adapter
	// carries it as VK_HASH so a node can tell whether its keys match the
	// deployed verifier.
	VKHash [32]byte
}

// Compile compiles the step circuit of a class.
func Compile(c Class) (*cs.R1CS, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewStepCircuit(c))
	if err != nil {
		return nil, fmt.Errorf("compile class %d: %w", c.ID, err)
	}
	r, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, fmt.Errorf("compile class %d: unexpected constraint system %T", c.ID, ccs)
	}
	return r, nil
}

// DevSetup is the single-party Groth16 setup with toxic waste derived from
// a public seed (devsetup.go): deterministic, so everyone derives the same
// keys, and insecure for the same reason.
func DevSetup(ctx context.Context, c Class, beacon []byte) (*Keys, error) {
	ccs, err := Compile(c)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pk, vk, err := seededSetup(ccs, beacon)
	if err != nil {
		return nil, fmt.Errorf("setup class %d: %w", c.ID, err)
	}
	k := &Keys{Class: c, CCS: ccs, PK: pk, VK: vk}
	if k.VKHash, err = vkHash(k.VK); err != nil {
		return nil, err
	}
	return k, nil
}

// NewKeys wraps keys made elsewhere (the MPC ceremony, circuit/ceremony)
// and computes their verifying-key hash.
func NewKeys(c Class, ccs *cs.R1CS, pk *groth16bn254.ProvingKey, vk *groth16bn254.VerifyingKey) (*Keys, error) {
	k := &Keys{Class: c, CCS: ccs, PK: pk, VK: vk}
	var err error
	if k.VKHash, err = vkHash(vk); err != nil {
		return nil, err
	}
	return k, nil
}

func vkHash(vk *groth16bn254.VerifyingKey) ([32]byte, error) {
	var b bytes.Buffer
	if _, err := vk.WriteRawTo(&b); err != nil {
		return [32]byte{}, fmt.Errorf("serialise verifying key: %w", err)
	}
	return crypto.Keccak256Hash(b.Bytes()), nil
}

func fileNames(c Class) (ccs, pk, vk string) {
	base := fmt.Sprintf("class%d", c.ID)
	return base + ".r1cs", base + ".pk", base + ".vk"
}

// manifest records the sha256 of each key file, so a truncated or swapped
// file is caught before the (unchecked, fast) proving-key read.
type manifest struct {
	Class  uint8             `json:"class"`
	VKHash string            `json:"vkHash"`
	Files  map[string]string `json:"sha256"`
}

// WriteDir writes the class's constraint system and keys into dir.
func (k *Keys) WriteDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("key dir: %w", err)
	}
	fc, fp, fv := fileNames(k.Class)
	m := manifest{Class: k.Class.ID, VKHash: hex.EncodeToString(k.VKHash[:]), Files: map[string]string{}}
	for name, w := range map[string]io.WriterTo{fc: k.CCS, fp: k.PK, fv: k.VK} {
		var b bytes.Buffer
		var err error
		if pk, ok := w.(*groth16bn254.ProvingKey); ok {
			_, err = pk.WriteRawTo(&b) // uncompressed: reading needs no point decompression
		} else {
			_, err = w.WriteTo(&b)
		}
		if err != nil {
			return fmt.Errorf("serialise %s: %w", name, err)
		}
		sum := sha256.Sum256(b.Bytes())
		m.Files[name] = hex.EncodeToString(sum[:])
		if err := writeFileAtomic(filepath.Join(dir, name), b.Bytes()); err != nil {
			return err
		}
	}
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, fmt.Sprintf("class%d.json", k.Class.ID)), mb)
}

func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// LoadKeys reads a class's keys from dir, checking every file against the
// manifest written with them.
func LoadKeys(dir string, c Class) (*Keys, error) {
	mb, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("class%d.json", c.ID)))
	if err != nil {
		return nil, fmt.Errorf("keys of class %d: %w (run `gpuroll setup`)", c.ID, err)
	}
	var m manifest
	if err := json.Unmarshal(mb, &m); err != nil {
		return nil, fmt.Errorf("keys of class %d: manifest: %w", c.ID, err)
	}
	if m.Class != c.ID {
		return nil, fmt.Errorf("keys of class %d: manifest is for class %d", c.ID, m.Class)
	}
	k := &Keys{Class: c, CCS: new(cs.R1CS), PK: new(groth16bn254.ProvingKey), VK: new(groth16bn254.VerifyingKey)}
	fc, fp, fv := fileNames(c)
	read := func(name string, fn func(io.Reader) error) error {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("keys of class %d: %w", c.ID, err)
		}
		sum := sha256.Sum256(data)
		if hex.EncodeToString(sum[:]) != m.Files[name] {
			return fmt.Errorf("keys of class %d: %s does not match its manifest (corrupt or from another setup)", c.ID, name)
		}
		if err := fn(bufio.NewReader(bytes.NewReader(data))); err != nil {
			return fmt.Errorf("keys of class %d: decode %s: %w", c.ID, name, err)
		}
		return nil
	}
	if err := read(fc, func(r io.Reader) error { _, err := k.CCS.ReadFrom(r); return err }); err != nil {
		return nil, err
	}
	// The file's hash is checked above, so the unchecked (no subgroup
	// checks) read is safe and several times faster.
	if err := read(fp, func(r io.Reader) error { _, err := k.PK.UnsafeReadFrom(r); return err }); err != nil {
		return nil, err
	}
	if err := read(fv, func(r io.Reader) error { _, err := k.VK.ReadFrom(r); return err }); err != nil {
		return nil, err
	}
	if k.VKHash, err = vkHash(k.VK); err != nil {
		return nil, err
	}
	if hex.EncodeToString(k.VKHash[:]) != m.VKHash {
		return nil, fmt.Errorf("keys of class %d: verifying key hash differs from the manifest", c.ID)
	}
	return k, nil
}

// KeyCache loads each class's keys once and shares them.
type KeyCache struct {
	dir string
	mu  sync.Mutex
	m   map[uint8]*Keys
}

// NewKeyCache reads keys from dir on first use.
func NewKeyCache(dir string) *KeyCache { return &KeyCache{dir: dir, m: map[uint8]*Keys{}} }

// Get returns the keys of a class.
func (kc *KeyCache) Get(c Class) (*Keys, error) {
	kc.mu.Lock()
	defer kc.mu.Unlock()
	if k, ok := kc.m[c.ID]; ok {
		return k, nil
	}
	k, err := LoadKeys(kc.dir, c)
	if err != nil {
		return nil, err
	}
	kc.m[c.ID] = k
	return k, nil
}

// Prove proves a full assignment and returns the proof as the Solidity
// verifier takes it (gnark's MarshalSolidity: A, B, C, 256 bytes).
func (k *Keys) Prove(ctx context.Context, assignment *StepCircuit) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("witness: %w", err)
	}
	p, err := groth16.Prove(k.CCS, k.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("prove class %d step: %w", k.Class.ID, err)
	}
	bp, ok := p.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("unexpected proof type %T", p)
	}
	return bp.MarshalSolidity(), nil
}

// Verify checks a Solidity-encoded proof against the public inputs natively.
func (k *Keys) Verify(proof []byte, pub [4]*big.Int) error {
	p, err := DecodeProof(proof)
	if err != nil {
		return err
	}
	a := &StepCircuit{ModelRoot: pub[0], InputRoot: pub[1], TraceRoot: pub[2], Packed: pub[3]}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return fmt.Errorf("public witness: %w", err)
	}
	if err := groth16.Verify(p, k.VK, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	return nil
}

// ExportSolidity writes the class's verifier: gnark's generated Groth16
// verifier, renamed per class so all classes compile together, and the
// IStepVerifier adapter with the key's hash.
func (k *Keys) ExportSolidity(w io.Writer) error {
	var b bytes.Buffer
	if err := k.VK.ExportSolidity(&b, solidity.WithPragmaVersion("0.8.37")); err != nil {
		return fmt.Errorf("export verifier of class %d: %w", k.Class.ID, err)
	}
	src := b.String()
	const decl = "contract Verifier {"
	if strings.Count(src, decl) != 1 {
		return errors.New("export verifier: gnark's template changed (contract declaration not found)")
	}
	name := fmt.Sprintf("Class%dGroth16Verifier", k.Class.ID)
	src = strings.Replace(src, decl, "contract "+name+" {", 1)
	ch, err := CircuitHash(k.CCS)
	if err != nil {
		return err
	}
	src = "// Code generated by gpuroll setup (circuit.Keys.ExportSolidity) from gnark v0.16.0. DO NOT EDIT.\n" +
		fmt.Sprintf("// %s%x (%d constraints)\n", circuitHashPrefix, ch, k.CCS.GetNbConstraints()) + src
	src += fmt.Sprintf(adapterTemplate, k.Class.ID, k.Class.ID, name, k.Class.ID, k.Class.MaxIn, hex.EncodeToString(k.VKHash[:]))
	_, err = io.WriteString(w, src)
	return err
}

// circuitHashPrefix starts the line of a generated verifier that names the
// circuit it was set up for.
const circuitHashPrefix = "circuit: sha256 of the compiled R1CS 0x"

// CircuitHash is the sha256 of the compiled constraint system. A generated
// verifier records it, so a circuit change that was not followed by a new
// setup is caught by compiling alone (seconds), without a setup (minutes).
func CircuitHash(ccs *cs.R1CS) ([32]byte, error) {
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		return [32]byte{}, fmt.Errorf("serialise constraint system: %w", err)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out, nil
}

// VerifierCircuitHash reads the circuit hash a generated verifier records.
func VerifierCircuitHash(sol []byte) ([32]byte, error) {
	var out [32]byte
	i := bytes.Index(sol, []byte(circuitHashPrefix))
	if i < 0 {
		return out, errors.New("generated verifier names no circuit hash")
	}
	hx := sol[i+len(circuitHashPrefix):]
	if len(hx) < 64 {
		return out, errors.New("generated verifier: truncated circuit hash")
	}
	if _, err := hex.Decode(out[:], hx[:64]); err != nil {
		return out, fmt.Errorf("generated verifier: circuit hash: %w", err)
	}
	return out, nil
}

const adapterTemplate = `
import {IStepVerifier} from "../IStepVerifier.sol";

/// @notice The IStepVerifier of step class %d (docs/fraud-proof.md): takes
/// gnark's MarshalSolidity proof bytes and returns false instead of reverting.
contract StepVerifierClass%d is %s, IStepVerifier {
    uint8 public constant CLASS_ID = %d;
    uint256 public constant MAX_INPUT_WIDTH = %d;
    /// keccak256 of the raw gnark verifying key: nodes compare it with their
    /// local keys at start-up.
    bytes32 public constant VK_HASH = 0x%s;

    function verifyStep(bytes calldata proof, uint256[4] calldata input) external view returns (bool) {
        if (proof.length != 256) return false;
        try this.verifyProof(proof, input) {
            return true;
        } catch {
            return false;
        }
    }
}
`

// VerifierFileName is the Solidity file of a class under contracts/src/verifiers.
func VerifierFileName(c Class) string { return fmt.Sprintf("StepVerifierClass%d.sol", c.ID) }

// NewKeyCacheWith is a cache holding keys already in memory (tests, or a
// node that just ran the setup); other classes are read from no directory.
func NewKeyCacheWith(keys ...*Keys) *KeyCache {
	kc := &KeyCache{m: map[uint8]*Keys{}}
	for _, k := range keys {
		kc.m[k.Class.ID] = k
	}
	return kc
}

// ProofSize is the length of a proof in the Solidity encoding: A (64), B
// (128), C (64), uncompressed, no commitments.
const ProofSize = 256

// DecodeProof reads the 256-byte Solidity encoding of a proof (A, B, C
// uncompressed, as gnark's MarshalSolidity writes it), checking that every
// coordinate is a canonical base-field element and every point is on its
// curve and in its subgroup.
//
// The bytes are parsed here, not by gnark's reader: that reader also takes
// compressed points, and a compressed A shifts everything after it, so that
// bytes 224-227 become a commitment count it allocates 64 bytes per unit of
// before reading anything (0xffffffff: a fatal out-of-memory that no recover
// catches). The one encoding accepted is the uncompressed one, so no flag bit
// (the two most significant bits of a point's first byte: compressed,
// infinity) may be set. The point at infinity is the all-zero point, as the
// raw encoding and the EVM precompiles have it.
func DecodeProof(proof []byte) (*groth16bn254.Proof, error) {
	if len(proof) != ProofSize {
		return nil, fmt.Errorf("proof is %d bytes, want %d", len(proof), ProofSize)
	}
	// A at 0, B at 64, C at 192: gnark-crypto marks compressed and infinity
	// points in the top two bits of the first byte of X.
	for _, at := range [...]struct {
		name string
		off  int
	}{{"A", 0}, {"B", 64}, {"C", 192}} {
		if proof[at.off]&0xc0 != 0 {
			return nil, fmt.Errorf("decode proof: %s has compression flags %#02x (only the uncompressed encoding is accepted)", at.name, proof[at.off]>>6)
		}
	}
	var c [8]fp.Element
	for i := range c {
		if err := c[i].SetBytesCanonical(proof[32*i : 32*i+32]); err != nil {
			return nil, fmt.Errorf("decode proof: word %d is not below the base field modulus: %w", i, err)
		}
	}
	p := new(groth16bn254.Proof)
	// A = (x, y); B = (x.A1, x.A0, y.A1, y.A0), imaginary part first, as
	// gnark's RawBytes and the EVM pairing precompile order them; C = (x, y).
	p.Ar.X, p.Ar.Y = c[0], c[1]
	p.Bs.X.A1, p.Bs.X.A0, p.Bs.Y.A1, p.Bs.Y.A0 = c[2], c[3], c[4], c[5]
	p.Krs.X, p.Krs.Y = c[6], c[7]
	// On G1 (cofactor 1) the subgroup check is the curve check; on G2 it
	// checks the curve first.
	if !p.Ar.IsInSubGroup() {
		return nil, errors.New("decode proof: A is not on the curve")
	}
	if !p.Bs.IsInSubGroup() {
		return nil, errors.New("decode proof: B is not on the twist or not in its subgroup")
	}
	if !p.Krs.IsInSubGroup() {
		return nil, errors.New("decode proof: C is not on the curve")
	}
	return p, nil
}
