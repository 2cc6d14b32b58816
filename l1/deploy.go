package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/gpuroll/gpuroll/bindings"
)

// NumStepClasses is the number of fraud-proof step classes (docs/l1-interface.md):
// class 1 holds input widths ≤ 256, class 2 ≤ 1024, class 3 ≤ 4096.
const NumStepClasses = 3

// TxCandidate is a transaction to send, before nonce, fees and signature.
// To == nil creates a contract. GasLimit 0 means estimate.
type TxCandidate struct {
	To       *common.Address
	Data     []byte
	Value    *big.Int
	GasLimit uint64
}

// Sender sends a transaction and returns its receipt once it is included
// (TxManager waits for its confirmation depth). The receipt may have a
// failed status; callers check it.
type Sender interface {
	From() common.Address
	Send(ctx context.Context, c TxCandidate) (*types.Receipt, error)
}

// DeployConfig is everything a deployment needs.
type DeployConfig struct {
	// Admin proposes and executes timelocked parameter changes and
	// administers the token's roles.
	Admin common.Address
	// Minter may mint the compute token (the city). Zero: Admin.
	Minter common.Address
	// Token reuses an existing ERC-20; zero deploys a ComputeToken.
	Token common.Address
	// TimelockDelay in seconds; must exceed the exit window of Params
	// (Params.ExitWindow): zero means MinTimelockDelay(Params).
	TimelockDelay uint64
	Params        Params
	// GenesisStateRoot is the L2 state root of batch 0 (state/'s genesis).
	GenesisStateRoot common.Hash
	// Verifiers are the IStepVerifier addresses of step classes 1..3,
	// fixed at deployment.
	Verifiers [NumStepClasses]common.Address
}

// Addresses are the deployed contracts, printed by `gpuroll deploy`.
type Addresses struct {
	ChainID   *hexutil.Big                   `json:"chainId,omitempty"`
	Token     common.Address                 `json:"token"`
	Timelock  common.Address                 `json:"timelock"`
	Rollup    common.Address                 `json:"rollup"`
	Bonds     common.Address                 `json:"bonds"`
	Disputes  common.Address                 `json:"disputes"`
	Verifiers [NumStepClasses]common.Address `json:"verifiers"`
	// DeployBlock is the block of the Rollup's creation: followers start there.
	DeployBlock uint64 `json:"deployBlock"`
}

// GenesisHeader is batch 0 as Rollup's constructor stores it: index 0, no
// parent, no pre-state, the genesis state root, empty trees, nothing
// consumed, empty body hash (zero: batch 0 has no body on L1).
func GenesisHeader(stateRoot common.Hash) bindings.L1CodecBatchHeader {
	return bindings.L1CodecBatchHeader{PostStateRoot: stateRoot}
}

// Validate checks a config before anything is sent.
func (c *DeployConfig) Validate() error {
	if c.Admin == (common.Address{}) {
		return errors.New("deploy: admin address is zero")
	}
	if c.Params.Sequencer == (common.Address{}) || c.Params.Guardian == (common.Address{}) {
		return errors.New("deploy: sequencer and guardian must be set")
	}
	if _, err := c.Params.Array(); err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	if c.TimelockDelay == 0 {
		c.TimelockDelay = MinTimelockDelay(c.Params)
	}
	if exit := c.Params.ExitWindow(); c.TimelockDelay <= exit {
		return fmt.Errorf("deploy: timelock delay %d s must exceed the exit window %d s (max inclusion delay %d + dispute window %d + reveal period %d + exit margin %d): users must be able to force a withdrawal and claim it before an announced change executes",
			c.TimelockDelay, exit, c.Params.MaxInclusionDelay, c.Params.DisputeWindow, c.Params.RevealPeriod, ExitMargin)
	}
	for i, v := range c.Verifiers {
		if v == (common.Address{}) {
			return fmt.Errorf("deploy: verifier of step class %d is not set", i+1)
		}
	}
	return nil
}

// Deploy deploys Timelock, (ComputeToken), Rollup, Bonds and Disputes and
// wires them, sending every transaction through s.
func Deploy(ctx context.Context, s Sender, cfg DeployConfig) (*Addresses, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	minter := cfg.Minter
	if minter == (common.Address{}) {
		minter = cfg.Admin
	}
	out := &Addresses{Verifiers: cfg.Verifiers}
	var err error

	out.Token = cfg.Token
	if out.Token == (common.Address{}) {
		out.Token, _, err = create(ctx, s, "ComputeToken", bindings.ComputeTokenMetaData.Bin,
			bindings.NewComputeToken().PackConstructor(cfg.Admin, minter))
		if err != nil {
			return nil, err
		}
	}
	admins := []common.Address{cfg.Admin}
	out.Timelock, _, err = create(ctx, s, "Timelock", bindings.TimelockMetaData.Bin,
		bindings.NewTimelock().PackConstructor(new(big.Int).SetUint64(cfg.TimelockDelay), admins, admins, common.Address{}))
	if err != nil {
		return nil, err
	}
	params, _ := cfg.Params.Array() // validated above
	var rcpt *types.Receipt
	out.Rollup, rcpt, err = create(ctx, s, "Rollup", bindings.RollupMetaData.Bin,
		bindings.NewRollup().PackConstructor(out.Token, out.Timelock, params, GenesisHeader(cfg.GenesisStateRoot)))
	if err != nil {
		return nil, err
	}
	out.DeployBlock = rcpt.BlockNumber.Uint64()
	out.Bonds, _, err = create(ctx, s, "Bonds", bindings.BondsMetaData.Bin,
		bindings.NewBonds().PackConstructor(out.Rollup))
	if err != nil {
		return nil, err
	}
	out.Disputes, _, err = create(ctx, s, "Disputes", bindings.DisputesMetaData.Bin,
		bindings.NewDisputes().PackConstructor(out.Rollup, out.Bonds, cfg.Verifiers))
	if err != nil {
		return nil, err
	}
	if _, err := call(ctx, s, "Rollup.setModules", out.Rollup,
		bindings.NewRollup().PackSetModules(out.Bonds, out.Disputes)); err != nil {
		return nil, err
	}
	return out, nil
}

func create(ctx context.Context, s Sender, name, bin string, args []byte) (common.Address, *types.Receipt, error) {
	code, err := hexutil.Decode(bin)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy %s: bytecode: %w", name, err)
	}
	data := append(code, args...)
	rcpt, err := s.Send(ctx, TxCandidate{Data: data})
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy %s: %w", name, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, nil, fmt.Errorf("deploy %s: creation reverted in tx %s", name, rcpt.TxHash)
	}
	return rcpt.ContractAddress, rcpt, nil
}

func call(ctx context.Context, s Sender, name string, to common.Address, data []byte) (*types.Receipt, error) {
	rcpt, err := s.Send(ctx, TxCandidate{To: &to, Data: data})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("%s: reverted in tx %s", name, rcpt.TxHash)
	}
	return rcpt, nil
}
