// Package devchain runs an embedded Ethereum dev chain in the process: a
// real go-ethereum node (EVM, tx pool, JSON-RPC over loopback HTTP and
// WebSocket) whose blocks a simulated beacon seals every period on the
// wall clock, as `geth --dev` does. With a data directory the chain is
// kept on disk and a restart continues it (the test backend of
// ethclient/simulated forks back to genesis at every start; this does
// not). `gpuroll devnet` runs on it by default.
package devchain

import (
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID of the dev chain (go-ethereum's dev chain id): gpuroll's dev
// setup is allowed on it.
const ChainID = 1337

// Config of a dev chain.
type Config struct {
	// DataDir keeps the chain on disk (empty: in memory, gone at Close).
	DataDir string
	// Port for HTTP and WebSocket on 127.0.0.1 (0: a free port).
	Port int
	// Period between blocks in seconds (default 1).
	Period uint64
	// Alloc funds accounts with ether at genesis. It must be the same at
	// every start of one data directory (the genesis is checked).
	Alloc map[common.Address]*big.Int
	// GasLimit per block (default 60M).
	GasLimit uint64
}

// Node is a running dev chain.
type Node struct {
	stack  *node.Node
	beacon *catalyst.SimulatedBeacon
	// URL and WSURL are its JSON-RPC endpoints on loopback.
	URL, WSURL string
}

// Start starts the chain.
func Start(cfg Config) (*Node, error) {
	if cfg.Period == 0 {
		cfg.Period = 1
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = 60_000_000
	}
	port := cfg.Port
	if port == 0 {
		p, err := freePort()
		if err != nil {
			return nil, err
		}
		port = p
	}
	nodeConf := node.DefaultConfig
	nodeConf.Name = "gpuroll-devchain"
	nodeConf.DataDir = cfg.DataDir
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.HTTPHost, nodeConf.HTTPPort, nodeConf.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
	nodeConf.WSHost, nodeConf.WSPort, nodeConf.WSModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
	nodeConf.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	nodeConf.IPCPath = ""

	// Mainnet's current rules (Osaka): the dev default also activates the
	// draft Bogota fork, whose state-gas metering changes every figure.
	chainCfg := *params.AllDevChainProtocolChanges
	chainCfg.BogotaTime = nil
	alloc := core.SystemContractAllocs()
	maps.Copy(alloc, func() types.GenesisAlloc {
		out := types.GenesisAlloc{}
		for a, v := range cfg.Alloc {
			out[a] = types.Account{Balance: v}
		}
		return out
	}())
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: &chainCfg, GasLimit: cfg.GasLimit, Alloc: alloc}
	ethConf.Miner.GasCeil = cfg.GasLimit
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("devchain: node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: eth: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: start: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(cfg.Period, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: beacon: %w", err)
	}
	if err := beacon.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: beacon: %w", err)
	}
	return &Node{stack: stack, beacon: beacon, URL: stack.HTTPEndpoint(), WSURL: stack.WSEndpoint()}, nil
}

// Close stops block production and the node (its data stays on disk).
func (n *Node) Close() error {
	var err error
	if n.beacon != nil {
		err = n.beacon.Stop()
		n.beacon = nil
	}
	if n.stack != nil {
		err = errors.Join(err, n.stack.Close())
		n.stack = nil
	}
	return err
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("devchain: find a free port: %w", err)
	}
	defer l.Close()
	_, p, _ := net.SplitHostPort(l.Addr().String())
	return strconv.Atoi(p)
}
