package state

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/state/l1iface"
	"github.com/holiman/uint256"
)

// Tests that keep docs/txs.md's statements for wallet authors true: the
// refusal table, the constants it writes out, the raw typed-data JSON, the
// global lease counter and the SubmitJob width and size rules.

const txDocPath = "../docs/txs.md"

func readTxDoc(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(txDocPath)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// docRefusal is one row of docs/txs.md's "Refusals of a tx's bytes and
// signature" table.
type docRefusal struct {
	code Code
	by   string // "decoding" or "recovery"
}

// parseRefusalTable reads the table under the header
// "| refusal | code | checked by |".
func parseRefusalTable(t *testing.T, doc string) map[string]docRefusal {
	t.Helper()
	lines := strings.Split(doc, "\n")
	rows := map[string]docRefusal{}
	for i, l := range lines {
		if strings.TrimSpace(l) != "| refusal | code | checked by |" {
			continue
		}
		for _, r := range lines[i+2:] {
			if !strings.HasPrefix(r, "|") {
				break
			}
			cells := strings.Split(strings.Trim(strings.TrimSpace(r), "|"), "|")
			if len(cells) != 3 {
				t.Fatalf("refusal table row %q: want 3 cells", r)
			}
			code, err := strconv.Atoi(strings.TrimSpace(cells[1]))
			if err != nil {
				t.Fatalf("refusal table row %q: %v", r, err)
			}
			rows[strings.TrimSpace(cells[0])] = docRefusal{Code(code), strings.TrimSpace(cells[2])}
		}
		return rows
	}
	t.Fatal("docs/txs.md has no refusal table")
	return nil
}

// withSig returns enc with its signature replaced by r ‖ s ‖ v.
func withSig(enc []byte, r, s *big.Int, v byte) []byte {
	out := append([]byte{}, enc...)
	sig := out[len(out)-SigLen:]
	copy(sig[:32], math.PaddedBigBytes(r, 32))
	copy(sig[32:64], math.PaddedBigBytes(s, 32))
	sig[64] = v
	return out
}

func sigRS(enc []byte) (r, s *big.Int, v byte) {
	sig := enc[len(enc)-SigLen:]
	return new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64]), sig[64]
}

// TestTxRefusalTable builds, for every row of docs/txs.md's refusal table,
// inputs that the row describes and checks that decoding (or recovery)
// refuses each with the row's code; the table and the test's rows must be
// the same set, so the page cannot drift from the code.
func TestTxRefusalTable(t *testing.T) {
	d := testDomain()
	key := testKey(0)
	tr := signed(t, d, key, 0, &Transfer{To: common.HexToAddress("0xaa"), Amount: uint256.NewInt(5)}).Encode()
	up := signed(t, d, key, 1, &UpdateProvider{GPUs: 1, PricePerGPUHour: uint256.NewInt(1), Endpoint: "x", Active: true}).Encode()
	layer := LayerSpec{Header: job.LayerHeader{In: 4, Out: 4, Shift: 1, ReLU: true}}
	sj := signed(t, d, key, 2, &SubmitJob{LeaseID: 7, Layers: []LayerSpec{layer}, Rows: 1}).Encode()
	valid := [][]byte{tr, up, sj}
	pad := func(b []byte, n int) []byte { return append(append([]byte{}, b...), make([]byte, n-len(b))...) }
	endpoint := func(s string) []byte {
		return signed(t, d, key, 3, &RegisterProvider{GPUs: 1, PricePerGPUHour: uint256.NewInt(1), Endpoint: s}).Encode()
	}
	layers := func(n int) []byte {
		ls := make([]LayerSpec, n)
		for i := range ls {
			ls[i] = layer
		}
		return signed(t, d, key, 4, &SubmitJob{LeaseID: 7, Layers: ls, Rows: 1}).Encode()
	}
	n := new(big.Int).Set(secp256k1N)
	halfN := new(big.Int).Rsh(n, 1)
	r0, s0, v0 := sigRS(tr)

	// Each case returns the inputs of its row; the boundary checks below
	// make sure each row's limit is exactly where the page puts it.
	cases := map[string]func() [][]byte{
		"the tx is longer than 32768 bytes (32 KiB), whatever it holds": func() [][]byte {
			typ42 := make([]byte, 40000)
			typ42[0] = 42
			return [][]byte{make([]byte, MaxTxBytes+1), pad(tr, MaxTxBytes+1), typ42}
		},
		"no bytes at all": func() [][]byte { return [][]byte{nil, {}} },
		"the type byte is not 1–9 (0 included)": func() [][]byte {
			var out [][]byte
			for _, ty := range []byte{0, 10, 42, 255} {
				b := append([]byte{}, tr...)
				b[0] = ty
				out = append(out, b, []byte{ty})
			}
			return out
		},
		"the input ends inside a field or inside the signature": func() [][]byte {
			var out [][]byte
			for _, b := range valid {
				for cut := 1; cut < len(b); cut++ {
					out = append(out, b[:cut])
				}
			}
			return out
		},
		"bytes follow the signature": func() [][]byte {
			var out [][]byte
			for _, b := range valid {
				out = append(out, append(append([]byte{}, b...), 0), append(append([]byte{}, b...), b...))
			}
			return out
		},
		"a bool byte (`active`, `relu`) is neither 0 nor 1": func() [][]byte {
			var out [][]byte
			for _, v := range []byte{2, 255} {
				a := append([]byte{}, up...)
				a[len(a)-SigLen-1] = v // active, before the signature
				r := append([]byte{}, sj...)
				r[1+8+32+8+2+4+4+1] = v // relu of layer 1
				out = append(out, a, r)
			}
			return out
		},
		"a string (`endpoint`) is longer than 256 bytes": func() [][]byte {
			return [][]byte{endpoint(strings.Repeat("a", MaxEndpointLen+1)), endpoint(strings.Repeat("a", 1000))}
		},
		"a string byte is outside 0x20–0x7e (not printable ASCII)": func() [][]byte {
			return [][]byte{endpoint("a\nb"), endpoint("\x1f"), endpoint("\x7f"), endpoint("\x80"), endpoint("é")}
		},
		"a SubmitJob's layer count is 0 or above 256": func() [][]byte {
			return [][]byte{layers(0), layers(job.MaxLayers + 1)}
		},
		"`v` is neither 0 nor 1 (27 and 28 included)": func() [][]byte {
			return [][]byte{withSig(tr, r0, s0, 2), withSig(tr, r0, s0, 27), withSig(tr, r0, s0, 28), withSig(tr, r0, s0, 255)}
		},
		"`r` is 0 or at least n": func() [][]byte {
			max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
			return [][]byte{withSig(tr, big.NewInt(0), s0, v0), withSig(tr, n, s0, v0), withSig(tr, max, s0, v0)}
		},
		"`s` is 0 or above n/2 (high s)": func() [][]byte {
			twin := withSig(tr, r0, new(big.Int).Sub(n, s0), v0^1) // same signer, other bytes
			return [][]byte{withSig(tr, r0, big.NewInt(0), v0), withSig(tr, r0, new(big.Int).Add(halfN, big.NewInt(1)), v0), withSig(tr, r0, n, v0), twin}
		},
		"no public key recovers from a canonical signature (`r` is not the x of a curve point)": func() [][]byte {
			var out [][]byte
			for r := int64(1); r < 64 && len(out) < 3; r++ {
				b := withSig(tr, big.NewInt(r), big.NewInt(1), 0)
				tx, err := DecodeTx(b)
				if err != nil {
					t.Fatalf("canonical signature r=%d refused by decoding: %v", r, err)
				}
				if _, err := crypto.SigToPub(d.SigningHash(tx).Bytes(), tx.Sig[:]); err != nil {
					out = append(out, b)
				}
			}
			if len(out) == 0 {
				t.Fatal("no r in 1..63 off the curve")
			}
			return out
		},
	}

	rows := parseRefusalTable(t, readTxDoc(t))
	for name := range cases {
		if _, ok := rows[name]; !ok {
			t.Errorf("test case %q is not a row of docs/txs.md's refusal table", name)
		}
	}
	for name, row := range rows {
		mk, ok := cases[name]
		if !ok {
			t.Errorf("docs/txs.md refusal row %q has no test case", name)
			continue
		}
		for i, in := range mk() {
			var got Code
			switch row.by {
			case "decoding":
				_, err := DecodeTx(in)
				got = CodeOf(err)
			case "recovery":
				tx, err := DecodeTx(in)
				if err != nil {
					t.Fatalf("%q input %d: decoding refused it: %v", name, i, err)
				}
				_, err = d.Verify(tx)
				got = CodeOf(err)
			default:
				t.Fatalf("%q: checked by %q, want decoding or recovery", name, row.by)
			}
			if got != row.code {
				t.Errorf("%q input %d (%d bytes): code %d, docs/txs.md says %d", name, i, len(in), got, row.code)
			}
		}
	}

	// Boundaries: what is just inside each limit is not refused for it.
	for name, in := range map[string][]byte{
		"a 256-byte endpoint":             endpoint(strings.Repeat("~", MaxEndpointLen)),
		"an empty endpoint":               endpoint(""),
		"endpoint bytes 0x20 and 0x7e":    endpoint(" ~"),
		"256 layers":                      layers(job.MaxLayers),
		"s = n/2":                         withSig(tr, r0, halfN, v0),
		"r = n - 1, v = 1":                withSig(tr, new(big.Int).Sub(n, big.NewInt(1)), s0, 1),
		"every valid tx (Transfer)":       tr,
		"every valid tx (UpdateProvider)": up,
		"every valid tx (SubmitJob)":      sj,
	} {
		if _, err := DecodeTx(in); err != nil {
			t.Errorf("%s refused: %v", name, err)
		}
	}
	if _, err := DecodeTx(pad(tr, MaxTxBytes)); CodeOf(err) != CodeMalformed {
		t.Errorf("a 32768-byte tx with trailing zeros: %v, want 100 (trailing bytes, not too large)", err)
	}

	// The order of checks the page states: length, type, fields in order,
	// signature form, trailing bytes.
	highS := withSig(tr, r0, new(big.Int).Sub(n, s0), v0^1)
	badBool := append([]byte{}, up...)
	badBool[len(badBool)-SigLen-1] = 2
	badBoolHighS := withSig(badBool, r0, new(big.Int).Add(halfN, big.NewInt(1)), 0)
	for name, c := range map[string]struct {
		in   []byte
		want Code
	}{
		"type 42, 40000 bytes":        {append([]byte{42}, make([]byte, 39999)...), CodeTooLarge},
		"type 42, truncated":          {[]byte{42, 0, 0}, CodeUnknownType},
		"high s and a trailing byte":  {append(append([]byte{}, highS...), 0), CodeBadSignature},
		"bad bool and high s":         {badBoolHighS, CodeMalformed},
		"v = 27 and a trailing byte":  {append(withSig(tr, r0, s0, 27), 0), CodeBadSignature},
		"truncated inside the string": {endpoint(strings.Repeat("a", 300))[:60], CodeMalformed},
	} {
		if _, err := DecodeTx(c.in); CodeOf(err) != c.want {
			t.Errorf("%s: %v, want code %d", name, err, c.want)
		}
	}

	// A canonical signature over other values recovers another address:
	// not refused here.
	other := append([]byte{}, tr...)
	other[len(other)-SigLen-1] ^= 1 // the amount's last byte
	tx, err := DecodeTx(other)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := d.Verify(tx); err == nil && v.Sender == crypto.PubkeyToAddress(key.PublicKey) {
		t.Error("a changed amount recovers the signer")
	} else if err != nil && !errors.Is(err, &Error{Code: CodeBadSignature}) {
		t.Errorf("recovery: %v", err)
	}
}

// TestTxDocConstants checks the numbers docs/txs.md writes out for wallet
// authors: the BN254 modulus (decimal and hex) and what canonical means,
// the secp256k1 order, and the limits the refusal table and the width
// rules name.
func TestTxDocConstants(t *testing.T) {
	doc := readTxDoc(t)
	p := fr.Modulus()
	for _, s := range []string{
		"p = " + p.String(),
		"= 0x" + p.Text(16),
		"`0x" + secp256k1N.Text(16) + "`",
	} {
		if !strings.Contains(doc, s) {
			t.Errorf("docs/txs.md does not contain %q", s)
		}
	}
	if p.String() != "21888242871839275222246405745257275088548364400416034343698204186575808495617" {
		t.Fatal("BN254 scalar modulus changed")
	}
	// Canonical: big-endian value < p.
	pm1 := new(big.Int).Sub(p, big.NewInt(1))
	if !canonical(common.BigToHash(pm1)) || canonical(common.BigToHash(p)) || canonical(common.HexToHash("0x31")) == false ||
		canonical(common.HexToHash("0x31"+strings.Repeat("00", 31))) {
		t.Error("canonical is not 'big-endian value < p'")
	}
	if MaxTxBytes != 32768 || MaxEndpointLen != 256 || job.MaxLayers != 256 || job.MaxWidth != 16384 ||
		job.MaxShift != 31 || job.MaxRows != 65536 || job.MaxTraceLeaves != 1<<24 {
		t.Error("a limit docs/txs.md writes out changed")
	}
	if b := l1iface.StepClassBounds(); !reflect.DeepEqual(b, []uint32{256, 1024, 4096}) {
		t.Errorf("step class bounds %v, docs/txs.md says 256, 1024, 4096", b)
	}
	// The digest @metamask/eth-sig-util signs when types lack EIP712Domain:
	// the domain hashed as EIP712Domain() with no fields.
	_, tx := docExampleTx(t)
	emptySep := crypto.Keccak256Hash(crypto.Keccak256([]byte("EIP712Domain()")))
	sh := tx.StructHash()
	wrong := crypto.Keccak256Hash([]byte{0x19, 0x01}, emptySep[:], sh[:])
	if !strings.HasPrefix(wrong.Hex(), "0x507a77d2") || !strings.Contains(doc, "`0x507a77d2…`") {
		t.Errorf("the empty-domain digest is %s; docs/txs.md names 0x507a77d2…", wrong.Hex())
	}
}

// TestTxDocTypedDataJSON feeds docs/txs.md's raw eth_signTypedData_v4 JSON
// to go-ethereum's apitypes: it must give the worked example's signing
// hash and equal the Transfer vector's typedData.
func TestTxDocTypedDataJSON(t *testing.T) {
	doc := readTxDoc(t)
	start := strings.Index(doc, "```json\n")
	if start < 0 {
		t.Fatal("docs/txs.md has no json block")
	}
	body := doc[start+len("```json\n"):]
	body = body[:strings.Index(body, "```")]
	var td apitypes.TypedData
	dec := json.NewDecoder(strings.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&td); err != nil {
		t.Fatalf("docs/txs.md's typed data JSON: %v", err)
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if hexutil.Encode(h) != docSigningHash {
		t.Errorf("docs/txs.md's typed data hashes to %x, the worked example's signing hash is %s", h, docSigningHash)
	}
	var fromDoc, fromFile any
	if err := json.Unmarshal([]byte(body), &fromDoc); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(loadTxVectors(t).Vectors[0].TypedData, &fromFile); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromDoc, fromFile) {
		t.Error("docs/txs.md's typed data JSON differs from the Transfer vector's typedData")
	}
	// And the generator writes the same JSON for the example.
	d, tx := docExampleTx(t)
	gen, err := TypedDataJSON(d, tx)
	if err != nil {
		t.Fatal(err)
	}
	var fromGen any
	if err := json.Unmarshal(gen, &fromGen); err != nil || !reflect.DeepEqual(fromGen, fromFile) {
		t.Errorf("TypedDataJSON of the example differs from the file (%v)", err)
	}
}

// TestLeaseIDsAreGlobal: lease ids come from one chain-wide counter
// (Globals.NextLeaseID), in inclusion order, whoever the buyer; a refused
// OpenLease takes none.
func TestLeaseIDsAreGlobal(t *testing.T) {
	h := newHarness(t)
	prov, b1, b2 := 1, 0, 2
	for _, i := range []int{b1, prov, b2} {
		h.mustMsg(&l1iface.Deposit{From: h.addrs[i], To: h.addrs[i], Amount: eth(10)})
	}
	h.mustTx(prov, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1), Endpoint: "https://p"})
	open := func() *OpenLease {
		return &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 100}
	}
	var got []uint64
	got = append(got, h.mustTx(b1, open()).LeaseID, h.mustTx(b2, open()).LeaseID)
	_, err := h.tx(b2, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(2), Deposit: eth(1), Duration: 100})
	wantCode(t, err, CodePriceMismatch)
	got = append(got, h.mustTx(b1, open()).LeaseID)
	h.commit()
	got = append(got, h.mustTx(b2, open()).LeaseID)
	if !reflect.DeepEqual(got, []uint64{0, 1, 2, 3}) {
		t.Fatalf("lease ids %v, want 0 1 2 3 across buyers", got)
	}
	g, err := h.s.Globals()
	if err != nil || g.NextLeaseID != 4 {
		t.Fatalf("NextLeaseID %v (%v), want 4", g, err)
	}
	for id, buyer := range []int{b1, b2, b1, b2} {
		l, err := h.s.Lease(uint64(id))
		if err != nil || l == nil || l.Buyer != h.addrs[buyer] {
			t.Fatalf("lease %d: %+v (%v), want buyer %d", id, l, err, buyer)
		}
	}
}

// TestSubmitJobWidthRule checks docs/txs.md's "SubmitJob: widths and
// sizes": widths chain, the input is layer 1's inWidth, the result the
// last outWidth, the limits (500 each through the STF), and the fee's
// storage bytes by the page's formulas.
func TestSubmitJobWidthRule(t *testing.T) {
	bounds := l1iface.StepClassBounds()
	el := txVectorElement("width rule")
	l := func(in, out uint32) LayerSpec {
		return LayerSpec{Header: job.LayerHeader{In: in, Out: out, Shift: 8}, BiasCommitment: el, WeightRowsRoot: el}
	}
	many := func(n int) []LayerSpec {
		ls := make([]LayerSpec, n)
		for i := range ls {
			ls[i] = l(8, 8)
		}
		return ls
	}
	shape, err := job.Describe([]LayerSpec{l(24, 16), l(16, 8)}, 3, bounds)
	if err != nil || shape.InputWidth != 24 || shape.OutputWidth != 8 {
		t.Fatalf("24→16→8: %+v, %v", shape, err)
	}
	for name, c := range map[string]struct {
		layers []LayerSpec
		rows   uint32
		want   error // nil: accepted
	}{
		"widths do not chain":     {[]LayerSpec{l(24, 16), l(15, 8)}, 3, job.ErrWidthChain},
		"inWidth 4096":            {[]LayerSpec{l(4096, 8)}, 1, nil},
		"inWidth 4097":            {[]LayerSpec{l(4097, 8)}, 1, job.ErrStepClass},
		"inner outWidth 4097":     {[]LayerSpec{l(8, 4097), l(4097, 8)}, 1, job.ErrStepClass},
		"last outWidth 16384":     {[]LayerSpec{l(8, 4096), l(4096, 16384)}, 1, nil},
		"last outWidth 16385":     {[]LayerSpec{l(8, 16385)}, 1, job.ErrHeader},
		"width 0":                 {[]LayerSpec{l(0, 8)}, 1, job.ErrHeader},
		"shift 32":                {[]LayerSpec{{Header: job.LayerHeader{In: 8, Out: 8, Shift: 32}, BiasCommitment: el, WeightRowsRoot: el}}, 1, job.ErrHeader},
		"rows 0":                  {[]LayerSpec{l(8, 8)}, 0, job.ErrRowCount},
		"rows 65536":              {[]LayerSpec{l(8, 8)}, 65536, nil},
		"rows 65537":              {[]LayerSpec{l(8, 8)}, 65537, job.ErrRowCount},
		"256 layers × 65536 rows": {many(256), 65536, nil},
		"257 layers":              {many(257), 1, job.ErrLayerCount},
	} {
		_, err := job.Describe(c.layers, c.rows, bounds)
		if (c.want == nil) != (err == nil) || (c.want != nil && !errors.Is(err, c.want)) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}

	// Through the STF: each refusal is 500, and a job's fee charges the
	// storage bytes of the page's formulas.
	h := newHarness(t)
	buyer, prov := 0, 1
	for _, i := range []int{buyer, prov} {
		h.mustMsg(&l1iface.Deposit{From: h.addrs[i], To: h.addrs[i], Amount: eth(10)})
	}
	h.mustTx(prov, &RegisterProvider{GPUs: 1, PricePerGPUHour: eth(1), Endpoint: "https://p"})
	lease := h.mustTx(buyer, &OpenLease{Provider: h.addrs[prov], PricePerGPUHour: eth(1), Deposit: eth(1), Duration: 100}).LeaseID
	p := new(big.Int).Set(fr.Modulus())
	nonCanon := common.BigToHash(p)
	bad := l(24, 16)
	bad.BiasCommitment = nonCanon
	for name, sj := range map[string]*SubmitJob{
		"widths do not chain":         {LeaseID: lease, Layers: []LayerSpec{l(24, 16), l(15, 8)}, Rows: 3, InputRoot: el},
		"inWidth 4097":                {LeaseID: lease, Layers: []LayerSpec{l(4097, 8)}, Rows: 1, InputRoot: el},
		"input root p":                {LeaseID: lease, Layers: []LayerSpec{l(24, 16)}, Rows: 3, InputRoot: nonCanon},
		"bias commitment p":           {LeaseID: lease, Layers: []LayerSpec{bad}, Rows: 3, InputRoot: el},
		"weight-rows root above 0x30": {LeaseID: lease, Layers: []LayerSpec{{Header: job.LayerHeader{In: 4, Out: 4}, BiasCommitment: el, WeightRowsRoot: common.HexToHash("0x31" + strings.Repeat("00", 31))}}, Rows: 3, InputRoot: el},
	} {
		_, err := h.tx(buyer, sj)
		if CodeOf(err) != CodeBadJob {
			t.Errorf("SubmitJob with %s: %v, want code 500", name, err)
		}
	}
	sj := &SubmitJob{LeaseID: lease, Layers: []LayerSpec{l(24, 16), l(16, 8)}, Rows: 3, InputRoot: el}
	res := h.mustTx(buyer, sj)
	size := uint64(len((&Tx{Nonce: 0, MaxFee: new(uint256.Int), Body: sj}).Encode()))
	storage := uint64(7+(11+24*16+4*16)+(11+16*8+4*8)) + (13 + 3*24) + (11 + 3*((4+32*1)+(4+32*1)))
	if storage != 949 {
		t.Fatalf("storage bytes %d, docs/txs.md's example says 949", storage)
	}
	want := new(uint256.Int).SetUint64(1_000_000_000_000 + 10_000_000_000*size + 100_000_000*storage)
	if !res.Fee.Eq(want) {
		t.Errorf("SubmitJob fee %s, baseFee + byteFee × %d + storageByteFee × %d = %s", res.Fee.Dec(), size, storage, want.Dec())
	}
}
