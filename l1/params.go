// Package l1 talks to Ethereum for gpuroll: it deploys and wires the L1
// contracts (Deploy), owns the one transaction manager through which every
// L1 write goes (TxManager), and follows contract events with a
// confirmation depth and reorg handling (Follower).
package l1

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Params are the protocol parameters of docs/l1-interface.md, in id order.
// Rollup checks every value at deployment and on each timelocked change.
type Params struct {
	DisputeWindow      uint64         `json:"disputeWindow"`      // 1, seconds
	RevealPeriod       uint64         `json:"revealPeriod"`       // 2, seconds
	MaxInclusionDelay  uint64         `json:"maxInclusionDelay"`  // 3, seconds
	MinSlash           *big.Int       `json:"minSlash"`           // 4, token wei
	SlashMultiplier    uint64         `json:"slashMultiplier"`    // 5
	ChallengerShareBps uint64         `json:"challengerShareBps"` // 6
	BaseFee            *big.Int       `json:"baseFee"`            // 7
	ByteFee            *big.Int       `json:"byteFee"`            // 8
	StorageByteFee     *big.Int       `json:"storageByteFee"`     // 9
	MaxMACsPerReceipt  uint64         `json:"maxMACsPerReceipt"`  // 10
	Sequencer          common.Address `json:"sequencer"`          // 11
	Guardian           common.Address `json:"guardian"`           // 12
}

// Parameter ids (docs/l1-interface.md).
const (
	ParamDisputeWindow      uint8 = 1
	ParamRevealPeriod       uint8 = 2
	ParamMaxInclusionDelay  uint8 = 3
	ParamMinSlash           uint8 = 4
	ParamSlashMultiplier    uint8 = 5
	ParamChallengerShareBps uint8 = 6
	ParamBaseFee            uint8 = 7
	ParamByteFee            uint8 = 8
	ParamStorageByteFee     uint8 = 9
	ParamMaxMACsPerReceipt  uint8 = 10
	ParamSequencer          uint8 = 11
	ParamGuardian           uint8 = 12
	NumParams                     = 12
)

// ExitMargin is Rollup.EXIT_MARGIN: the time, in seconds, allowed beyond a
// forced withdrawal's worst-case path to finalize its batch and claim it.
const ExitMargin = 3600

// ExitWindow is Rollup.exitWindow(): the longest a user who forces a
// withdrawal through L1 now may wait until it can be claimed (inclusion
// delay + dispute window + reveal period + ExitMargin). The timelock's
// delay must exceed it.
func (p Params) ExitWindow() uint64 {
	return p.MaxInclusionDelay + p.DisputeWindow + p.RevealPeriod + ExitMargin
}

// MinTimelockDelay is the smallest timelock delay Rollup accepts with p.
func MinTimelockDelay(p Params) uint64 { return p.ExitWindow() + 1 }

// DevParams returns the dev defaults of docs/l1-interface.md with the given
// sequencer and guardian (the deployer on a dev chain).
func DevParams(sequencer, guardian common.Address) Params {
	return Params{
		DisputeWindow:      600,
		RevealPeriod:       120,
		MaxInclusionDelay:  300,
		MinSlash:           new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil),
		SlashMultiplier:    10,  // docs/economics.md
		ChallengerShareBps: 500, // docs/economics.md
		BaseFee:            big.NewInt(1_000_000_000_000),
		ByteFee:            big.NewInt(10_000_000_000),
		StorageByteFee:     big.NewInt(100_000_000),
		MaxMACsPerReceipt:  1 << 36,
		Sequencer:          sequencer,
		Guardian:           guardian,
	}
}

// Array returns the values in id order (id 1 first), as the Rollup
// constructor takes them. Nil amounts are an error, not zero.
func (p Params) Array() ([NumParams]*big.Int, error) {
	var out [NumParams]*big.Int
	for _, a := range []struct {
		name string
		v    *big.Int
	}{{"minSlash", p.MinSlash}, {"baseFee", p.BaseFee}, {"byteFee", p.ByteFee}, {"storageByteFee", p.StorageByteFee}} {
		if a.v == nil || a.v.Sign() < 0 {
			return out, fmt.Errorf("param %s: missing or negative", a.name)
		}
	}
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	out[0] = u(p.DisputeWindow)
	out[1] = u(p.RevealPeriod)
	out[2] = u(p.MaxInclusionDelay)
	out[3] = new(big.Int).Set(p.MinSlash)
	out[4] = u(p.SlashMultiplier)
	out[5] = u(p.ChallengerShareBps)
	out[6] = new(big.Int).Set(p.BaseFee)
	out[7] = new(big.Int).Set(p.ByteFee)
	out[8] = new(big.Int).Set(p.StorageByteFee)
	out[9] = u(p.MaxMACsPerReceipt)
	out[10] = new(big.Int).SetBytes(p.Sequencer.Bytes())
	out[11] = new(big.Int).SetBytes(p.Guardian.Bytes())
	return out, nil
}
