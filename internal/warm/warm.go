//go:build warm

package warm

import (
	_ "github.com/NVIDIA/go-nvml/pkg/nvml"
	_ "github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	_ "github.com/andybalholm/brotli"
	_ "github.com/cockroachdb/pebble/v2"
	_ "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	_ "github.com/consensys/gnark/backend/groth16"
	_ "github.com/consensys/gnark/frontend/cs/r1cs"
	_ "github.com/consensys/gnark/std/permutation/poseidon2"
	_ "github.com/consensys/gnark/std/rangecheck"
	_ "github.com/consensys/gnark/test"
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/ethereum/go-ethereum/rpc"
	_ "github.com/ethereum/go-ethereum/signer/core/apitypes"
	_ "github.com/holiman/uint256"
	_ "github.com/klauspost/compress/zstd"
	_ "pgregory.net/rapid"
)
