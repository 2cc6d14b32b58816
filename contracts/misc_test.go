package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/bindings/testonly"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
)

// deployReverts sends a creation tx and expects the named constructor error.
func (e *env) deployReverts(bin string, args []byte, want string) {
	e.t.Helper()
	code := append(common.FromHex(bin), args...)
	_, err := e.c.Sender(admin).Send(e.ctx, l1.TxCandidate{Data: code})
	if got := l1.RevertName(err); got != want {
		e.t.Fatalf("constructor: got %q (%v), want %s", got, err, want)
	}
}

func TestConstructorsRejectZeroAddresses(t *testing.T) {
	e := newEnv(t, nil)
	params, _ := e.d.Config.Params.Array()
	g := l1.GenesisHeader(common.Hash{})
	e.deployReverts(bindings.RollupMetaData.Bin, rollupABI.PackConstructor(common.Address{}, e.d.Timelock, params, g), "ZeroAddress")
	e.deployReverts(bindings.BondsMetaData.Bin, bondsABI.PackConstructor(common.Address{}), "ZeroAddress")
	e.deployReverts(bindings.DisputesMetaData.Bin, disputesABI.PackConstructor(e.d.Rollup, e.d.Bonds,
		[3]common.Address{e.d.TestVerifiers[0], {}, e.d.TestVerifiers[2]}), "ZeroAddress")
	e.deployReverts(bindings.ComputeTokenMetaData.Bin, tokenABI.PackConstructor(common.Address{}, e.addr(admin)), "ZeroAddress")

	// A fresh Rollup refuses zero modules.
	r := e.c.DeployBin(t, admin, bindings.RollupMetaData.Bin, rollupABI.PackConstructor(e.d.Token, e.d.Timelock, params, g))
	e.reverts(admin, r, rollupABI.PackSetModules(common.Address{}, e.d.Disputes), "ZeroAddress")
}

func TestComputeTokenMintAndPermit(t *testing.T) {
	e := newEnv(t, nil)
	e.reverts(attacker, e.d.Token, tokenABI.PackMint(e.addr(attacker), ether(1)), "AccessControlUnauthorizedAccount")
	// ERC-2612 permit: the buyer signs, anyone submits, the spender may pull.
	owner, spender := e.addr(buyer), e.addr(other)
	nonce := call(e, e.d.Token, tokenABI.PackNonces(owner), tokenABI.UnpackNonces)
	ds := call(e, e.d.Token, tokenABI.PackDOMAINSEPARATOR(), tokenABI.UnpackDOMAINSEPARATOR)
	deadline := big.NewInt(int64(e.c.Now(t) + 3600))
	typeHash := crypto.Keccak256([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
	w := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	structHash := crypto.Keccak256(typeHash, w(owner[:]), w(spender[:]), w(ether(5).Bytes()), w(nonce.Bytes()), w(deadline.Bytes()))
	digest := crypto.Keccak256([]byte("\x19\x01"), ds[:], structHash)
	sig, err := crypto.Sign(digest, l1test.Key(buyer))
	if err != nil {
		t.Fatal(err)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	permit := tokenABI.PackPermit(owner, spender, ether(5), deadline, sig[64]+27, r, s)
	e.ok(attacker, e.d.Token, permit)
	if a := call(e, e.d.Token, tokenABI.PackAllowance(owner, spender), tokenABI.UnpackAllowance); a.Cmp(ether(5)) != 0 {
		t.Fatalf("allowance after permit %v", a)
	}
	e.reverts(attacker, e.d.Token, permit, "ERC2612InvalidSigner") // replay: the nonce moved on
}

func TestUnbondAmountTooLarge(t *testing.T) {
	e := newEnv(t, nil)
	huge := new(big.Int).Lsh(big.NewInt(1), 193)
	e.ok(admin, e.d.Token, tokenABI.PackMint(e.addr(provider), huge))
	e.ok(provider, e.d.Bonds, bondsABI.PackBond(huge))
	e.reverts(provider, e.d.Bonds, bondsABI.PackUnbond(huge), "AmountTooLarge")
}

// RevealTooEarly by name: commit and reveal in one transaction.
func TestRevealInTheCommitBlock(t *testing.T) {
	d := newDisputeEnv(t)
	re := testonly.NewReenterer()
	mal := d.c.DeployBin(t, attacker, testonly.ReentererMetaData.Bin, nil)
	step := bindingsStep(0, 1, 0, 1)
	salt := [32]byte{4}
	h := goCommitment(d.receipts[0].ReceiptID, step, mal, salt)
	commit := disputesABI.PackCommitChallenge(d.p.hdr.Index, d.p.hash, h)
	reveal := d.reveal(0, step, salt, testProof(goPublicInputs(d.receipts[0], step, mal)))
	d.reverts(attacker, mal, re.PackMulticall(d.d.Disputes, [][]byte{commit, reveal}), "RevealTooEarly")
	d.ok(attacker, mal, re.PackMulticall(d.d.Disputes, [][]byte{commit}))
	d.c.Sim.Commit()
	d.ok(attacker, mal, re.PackMulticall(d.d.Disputes, [][]byte{reveal}))
}
