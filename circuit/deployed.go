package circuit

import (
	"context"
	"fmt"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings"
)

// CheckDeployed compares the keys with the verifier deployed at addr (the
// adapter's VK_HASH and CLASS_ID constants). Challengers call it at
// start-up: proofs from keys that do not match the deployed verifier would
// all revert, after the challenger has committed and paid gas.
func CheckDeployed(ctx context.Context, caller ethereum.ContractCaller, addr common.Address, k *Keys) error {
	word := func(sig string) ([]byte, error) {
		out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: crypto.Keccak256([]byte(sig))[:4]}, nil)
		if err != nil {
			return nil, fmt.Errorf("step verifier of class %d at %s: %s: %w", k.Class.ID, addr, sig, err)
		}
		if len(out) != 32 {
			return nil, fmt.Errorf("step verifier of class %d at %s: %s returned %d bytes (not a gpuroll step verifier?)", k.Class.ID, addr, sig, len(out))
		}
		return out, nil
	}
	cid, err := word("CLASS_ID()")
	if err != nil {
		return err
	}
	if got := new(big.Int).SetBytes(cid); got.Cmp(big.NewInt(int64(k.Class.ID))) != 0 {
		return fmt.Errorf("step verifier at %s is for class %s, the keys are for class %d", addr, got, k.Class.ID)
	}
	h, err := word("VK_HASH()")
	if err != nil {
		return err
	}
	if common.BytesToHash(h) != common.Hash(k.VKHash) {
		return fmt.Errorf("step verifier of class %d at %s has verifying key hash %x, the local keys have %x: the keys do not match the deployed verifier (rerun `gpuroll setup` or fetch the ceremony's keys)", k.Class.ID, addr, h, k.VKHash)
	}
	return nil
}

// CheckDisputes checks, for every class, that the verifier Disputes has
// registered matches the local keys: the start-up check of a challenger.
func CheckDisputes(ctx context.Context, caller ethereum.ContractCaller, disputes common.Address, keys *KeyCache) error {
	d := bindings.NewDisputes()
	for _, c := range Classes() {
		out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &disputes, Data: d.PackVerifier(c.ID)}, nil)
		if err != nil {
			return fmt.Errorf("Disputes.verifier(%d) at %s: %w", c.ID, disputes, err)
		}
		addr, err := d.UnpackVerifier(out)
		if err != nil {
			return fmt.Errorf("Disputes.verifier(%d) at %s: %w", c.ID, disputes, err)
		}
		k, err := keys.Get(c)
		if err != nil {
			return err
		}
		if err := CheckDeployed(ctx, caller, addr, k); err != nil {
			return err
		}
	}
	return nil
}
