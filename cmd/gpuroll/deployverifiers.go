package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/circuit/ceremony"
	"github.com/gpuroll/gpuroll/l1"
)

// verifierDir is a directory of step verifiers as `gpuroll ceremony export`
// writes it: per class the source (whose adapter names the key's VK_HASH)
// and the compiled creation code.
type verifierDir struct {
	dir    string
	bins   [l1.NumStepClasses][]byte
	vkHash [l1.NumStepClasses][32]byte
}

func readVerifierDir(dir string) (*verifierDir, error) {
	v := &verifierDir{dir: dir}
	classes := circuit.Classes()
	if len(classes) != l1.NumStepClasses {
		return nil, fmt.Errorf("deploy: %d step classes, the contracts take %d", len(classes), l1.NumStepClasses)
	}
	for i, c := range classes {
		sol, err := os.ReadFile(filepath.Join(dir, circuit.VerifierFileName(c)))
		if err != nil {
			return nil, fmt.Errorf("deploy: --verifiers: %w", err)
		}
		if v.vkHash[i], err = ceremony.VerifierVKHash(sol); err != nil {
			return nil, fmt.Errorf("deploy: --verifiers: %s: %w", circuit.VerifierFileName(c), err)
		}
		if !bytes.Contains(sol, []byte(fmt.Sprintf("uint8 public constant CLASS_ID = %d;", c.ID))) {
			return nil, fmt.Errorf("deploy: --verifiers: %s is not the verifier of class %d", circuit.VerifierFileName(c), c.ID)
		}
		if v.bins[i], err = ceremony.ReadVerifierBin(dir, c); err != nil {
			return nil, fmt.Errorf("deploy: --verifiers: %w", err)
		}
	}
	return v, nil
}

// deploy deploys the verifiers, refusing the insecure dev verifiers on a
// chain that is not a dev chain, and checks each deployed adapter's
// CLASS_ID and VK_HASH against the sources (a .bin from other sources, or
// files swapped between classes, fail here, before Disputes is deployed).
func (v *verifierDir) deploy(ctx context.Context, s l1.Sender, caller ethereum.ContractCaller, chainID uint64) ([l1.NumStepClasses]common.Address, error) {
	dev := [l1.NumStepClasses]string{bindings.StepVerifierClass1MetaData.Bin, bindings.StepVerifierClass2MetaData.Bin, bindings.StepVerifierClass3MetaData.Bin}
	var bins [l1.NumStepClasses]string
	for i, b := range v.bins {
		bins[i] = hexutil.Encode(b)
		if bins[i] == dev[i] && !slices.Contains(circuit.DevChainIDs(), chainID) {
			return [l1.NumStepClasses]common.Address{}, fmt.Errorf("deploy: %s holds the verifier of class %d of the INSECURE dev setup (anyone can forge its proofs), refused on chain %d: export the ceremony's verifiers", v.dir, i+1, chainID)
		}
	}
	slog.Info("deploying the step verifiers", "dir", v.dir, "chainId", chainID)
	addrs, err := l1.DeployStepVerifiers(ctx, s, bins)
	if err != nil {
		return addrs, err
	}
	for i, addr := range addrs {
		if err := checkVerifier(ctx, caller, addr, uint8(i+1), v.vkHash[i]); err != nil {
			return addrs, fmt.Errorf("deploy: %w", err)
		}
		slog.Info("step verifier deployed", "class", i+1, "address", addr, "vkHash", fmt.Sprintf("0x%x", v.vkHash[i]))
	}
	return addrs, nil
}

// checkVerifier reads a deployed adapter's CLASS_ID and VK_HASH.
func checkVerifier(ctx context.Context, caller ethereum.ContractCaller, addr common.Address, class uint8, vkHash [32]byte) error {
	word := func(sig string) ([]byte, error) {
		out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: crypto.Keccak256([]byte(sig))[:4]}, nil)
		if err != nil {
			return nil, fmt.Errorf("verifier of class %d at %s: %s: %w", class, addr, sig, err)
		}
		if len(out) != 32 {
			return nil, fmt.Errorf("verifier of class %d at %s: %s returned %d bytes", class, addr, sig, len(out))
		}
		return out, nil
	}
	id, err := word("CLASS_ID()")
	if err != nil {
		return err
	}
	if common.BytesToHash(id) != common.BigToHash(new(big.Int).SetUint64(uint64(class))) {
		return fmt.Errorf("the bytecode deployed as class %d's verifier at %s reports CLASS_ID %x", class, addr, id)
	}
	h, err := word("VK_HASH()")
	if err != nil {
		return err
	}
	if common.BytesToHash(h) != common.Hash(vkHash) {
		return fmt.Errorf("the bytecode deployed as class %d's verifier at %s has VK_HASH %x, its source says %x: the .bin was not compiled from that .sol", class, addr, h, vkHash)
	}
	return nil
}
