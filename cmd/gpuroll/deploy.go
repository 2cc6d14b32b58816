package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state"
)

// deployCommand deploys the L1 contracts through the transaction manager
// and prints the addresses as JSON.
func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy the L1 contracts to an Ethereum node and print their addresses as JSON",
		Description: "Deploys Timelock, ComputeToken (unless --token), Rollup, Bonds and Disputes, wires them and checks\n" +
			"the wiring. The step-class verifiers (IStepVerifier, classes 1..3) are given with --verifier (deployed addresses),\n" +
			"or with --verifiers DIR (a ceremony's, from `gpuroll ceremony export`: deployed first, on any chain), or on a\n" +
			"dev chain the committed verifiers of the insecure dev setup are deployed first.\n" +
			"Parameters default to the dev values of docs/l1-interface.md with the deployer as sequencer and guardian.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "l1-rpc", Usage: "Ethereum JSON-RPC URL"},
			&cli.StringFlag{Name: "key-file", Usage: "dev chains: a file with the deployer's hex private key (or set GPUROLL_L1_KEY); elsewhere use --keystore"},
			&cli.StringSliceFlag{Name: "verifier", Usage: "IStepVerifier address of step class 1, 2, 3 (give three, in order); none: deploy the committed dev-setup verifiers (dev chains 1337/31337 only)"},
			&cli.StringFlag{Name: "verifiers", EnvVars: []string{"GPUROLL_DEPLOY_VERIFIERS"}, Usage: "deploy the step verifiers in this directory first (StepVerifierClassN.sol and .bin, written by `gpuroll ceremony export`); any chain"},
			&cli.StringFlag{Name: "params", Usage: "JSON file with the protocol parameters (l1.Params); default: dev values"},
			&cli.StringFlag{Name: "sequencer", Usage: "sequencer address (overrides the parameters)"},
			&cli.StringFlag{Name: "guardian", Usage: "guardian address (overrides the parameters)"},
			&cli.StringFlag{Name: "token", Usage: "use this existing ERC-20 instead of deploying a ComputeToken"},
			&cli.StringFlag{Name: "minter", Usage: "ComputeToken minter (default: the deployer)"},
			&cli.Uint64Flag{Name: "timelock-delay", Usage: "timelock delay in seconds; must exceed the exit window (max inclusion delay + dispute window + reveal period + 1 h), so users can leave before an announced change; 0: that minimum + 1 s"},
			&cli.StringFlag{Name: "genesis-state-root", Usage: "L2 genesis state root (batch 0); default: the root of the L2 genesis with the deployed parameters, no funded accounts, time 0"},
			&cli.Uint64Flag{Name: "confirmations", Value: 1, Usage: "blocks each deployment tx must have"},
			&cli.StringFlag{Name: "tx-state", Usage: "transaction manager state file (default ~/.gpuroll/deploy/txmgr-<address>.json)"},
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Minute, Usage: "give up after this long"},
			&cli.StringFlag{Name: "out", Usage: "also write the addresses JSON to this file"},
		}, keyFlags("GPUROLL_DEPLOY", "deployer")...),
		Action: runDeploy,
	}
}

func runDeploy(c *cli.Context) error {
	if err := requireFlags(c, "l1-rpc"); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	var key *ecdsa.PrivateKey
	var err error
	if c.String("keystore") != "" {
		key, err = loadKeystore(c, "GPUROLL_DEPLOY")
	} else {
		key, err = loadKey(c.String("key-file"))
	}
	if err != nil {
		return err
	}
	me := crypto.PubkeyToAddress(key.PublicKey)

	vs := c.StringSlice("verifier")
	verDir := c.String("verifiers")
	if verDir != "" && len(vs) > 0 {
		return errors.New("deploy: give either --verifier (addresses) or --verifiers (a directory), not both")
	}
	var ceremonyVers *verifierDir
	if verDir != "" {
		if ceremonyVers, err = readVerifierDir(verDir); err != nil {
			return err
		}
	}
	// Without --verifier or --verifiers the committed dev verifiers are
	// deployed first (dev chains only, checked once the chain id is known).
	devVerifiers := len(vs) == 0 && ceremonyVers == nil
	if len(vs) > 0 && len(vs) != l1.NumStepClasses {
		return fmt.Errorf("deploy: give --verifier exactly %d times (classes 1..%d), got %d", l1.NumStepClasses, l1.NumStepClasses, len(vs))
	}
	cfg := l1.DeployConfig{Admin: me, TimelockDelay: c.Uint64("timelock-delay"), Params: l1.DevParams(me, me)}
	for i, v := range vs {
		if cfg.Verifiers[i], err = parseAddress("verifier", v); err != nil {
			return err
		}
	}
	if p := c.String("params"); p != "" {
		raw, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("deploy: params: %w", err)
		}
		dec := json.NewDecoder(strings.NewReader(string(raw)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&cfg.Params); err != nil {
			return fmt.Errorf("deploy: params %s: %w", p, err)
		}
	}
	for _, o := range []struct {
		flag string
		dst  *common.Address
	}{{"sequencer", &cfg.Params.Sequencer}, {"guardian", &cfg.Params.Guardian}, {"token", &cfg.Token}, {"minter", &cfg.Minter}} {
		if v := c.String(o.flag); v != "" {
			if *o.dst, err = parseAddress(o.flag, v); err != nil {
				return err
			}
		}
	}
	if v := c.String("genesis-state-root"); v != "" {
		root, err := hexutil.Decode(v)
		if err != nil || len(root) != 32 {
			return fmt.Errorf("deploy: --genesis-state-root must be 32 bytes of hex")
		}
		cfg.GenesisStateRoot = common.BytesToHash(root)
	} else if cfg.GenesisStateRoot, err = genesisRoot(ctx, cfg.Params); err != nil {
		return err
	}
	// Validate everything before the first transaction; the dev verifiers'
	// addresses are not known yet, so stand-ins pass that one check.
	pre := cfg
	if devVerifiers || ceremonyVers != nil {
		for i := range pre.Verifiers {
			pre.Verifiers[i] = common.Address{0xde, 0x7}
		}
	}
	if err := pre.Validate(); err != nil {
		return err
	}

	client, err := ethclient.DialContext(ctx, c.String("l1-rpc"))
	if err != nil {
		return fmt.Errorf("deploy: dial %s: %w", c.String("l1-rpc"), err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("deploy: chain id: %w", err)
	}
	statePath := c.String("tx-state")
	if statePath == "" {
		statePath = filepath.Join(defaultDir("deploy"), fmt.Sprintf("txmgr-%s.json", strings.ToLower(me.Hex())))
	}
	mgr, err := l1.NewTxManager(ctx, client, l1.TxManagerConfig{
		Key: key, StatePath: statePath, Confirmations: c.Uint64("confirmations"), Logger: slog.Default(),
	})
	if err != nil {
		return err
	}
	defer mgr.Close()
	if devVerifiers {
		if !slices.Contains(circuit.DevChainIDs(), chainID.Uint64()) {
			return fmt.Errorf("deploy: chain %s is not a dev chain (%v): the committed verifiers come from the insecure dev setup; deploy verifiers from real keys and pass --verifier three times", chainID, circuit.DevChainIDs())
		}
		slog.Warn("deploying the committed step verifiers of the INSECURE dev setup (anyone can forge their proofs): dev chains only", "chainId", chainID)
		if cfg.Verifiers, err = l1.DeployDevVerifiers(ctx, mgr); err != nil {
			return err
		}
	}
	if ceremonyVers != nil {
		if cfg.Verifiers, err = ceremonyVers.deploy(ctx, mgr, client, chainID.Uint64()); err != nil {
			return err
		}
	}
	slog.Info("deploying gpuroll L1 contracts", "chainId", chainID, "deployer", me)
	addrs, err := l1.Deploy(ctx, mgr, cfg)
	if err != nil {
		return err
	}
	addrs.ChainID = (*hexutil.Big)(chainID)
	sys, err := l1.Bind(client, addrs)
	if err != nil {
		return err
	}
	if err := sys.CheckWiring(ctx); err != nil {
		return err
	}
	out, err := json.MarshalIndent(addrs, "", "  ")
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	if p := c.String("out"); p != "" {
		if err := os.WriteFile(p, append(out, '\n'), 0o644); err != nil {
			return fmt.Errorf("deploy: write %s: %w", p, err)
		}
	}
	_, err = fmt.Fprintln(c.App.Writer, string(out))
	return err
}

func parseAddress(what, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("deploy: --%s %q is not an address", what, s)
	}
	return common.HexToAddress(s), nil
}

// loadKey reads a hex private key from a file, or from GPUROLL_L1_KEY;
// never from a flag, where it would show in the process list.
func loadKey(path string) (*ecdsa.PrivateKey, error) {
	var s string
	switch {
	case path != "":
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("deploy: key file: %w", err)
		}
		s = string(b)
	case os.Getenv("GPUROLL_L1_KEY") != "":
		s = os.Getenv("GPUROLL_L1_KEY")
	default:
		return nil, errors.New("deploy: no key: give --keystore (with --password-file or GPUROLL_DEPLOY_PASSWORD), or on a dev chain --key-file or GPUROLL_L1_KEY")
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil {
		return nil, fmt.Errorf("deploy: key: %w", err)
	}
	return k, nil
}

// genesisRoot is the state root of the L2 genesis that a sequencer builds
// for these parameters: no funded accounts (every L2 token is backed by the
// Rollup escrow), time 0. The Rollup's batch 0 must carry it, or batch 1's
// preStateRoot check fails.
func genesisRoot(ctx context.Context, p l1.Params) (common.Hash, error) {
	arr, err := p.Array()
	if err != nil {
		return common.Hash{}, fmt.Errorf("deploy: genesis: %w", err)
	}
	sp, err := state.ParamsFromValues(arr)
	if err != nil {
		return common.Hash{}, fmt.Errorf("deploy: genesis: %w", err)
	}
	root, err := state.GenesisRoot(ctx, &state.Genesis{Params: sp})
	if err != nil {
		return common.Hash{}, fmt.Errorf("deploy: %w", err)
	}
	return root, nil
}
