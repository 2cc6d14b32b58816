package l1iface

import "github.com/holiman/uint256"

// ParamID identifies a protocol parameter (docs/l1-interface.md,
// "Protocol parameters"); a ParamsChanged message carries one.
type ParamID uint8

// Parameter ids.
const (
	ParamDisputeWindow      ParamID = 1
	ParamRevealPeriod       ParamID = 2
	ParamMaxInclusionDelay  ParamID = 3
	ParamMinSlash           ParamID = 4
	ParamSlashMultiplier    ParamID = 5
	ParamChallengerShareBps ParamID = 6
	ParamBaseFee            ParamID = 7
	ParamByteFee            ParamID = 8
	ParamStorageByteFee     ParamID = 9
	ParamMaxMACsPerReceipt  ParamID = 10
	ParamSequencer          ParamID = 11
	ParamGuardian           ParamID = 12

	// MaxParamID is the largest defined id.
	MaxParamID = ParamGuardian
)

// ReferenceMACsPerGPUHour is the protocol constant of the token's peg: the
// work of one reference GPU-hour (1 TMAC/s for an hour).
const ReferenceMACsPerGPUHour uint64 = 3_600_000_000_000_000

// StepClassBounds are the maximum layer input widths of step classes 1, 2,
// 3 (fixed at deployment).
func StepClassBounds() []uint32 { return []uint32{256, 1024, 4096} }

// DevDefault returns the dev default of a parameter (sequencer and guardian
// are the deployer, which is not known here: they return zero).
func DevDefault(id ParamID) *uint256.Int {
	switch id {
	case ParamDisputeWindow:
		return uint256.NewInt(600)
	case ParamRevealPeriod:
		return uint256.NewInt(120)
	case ParamMaxInclusionDelay:
		return uint256.NewInt(300)
	case ParamMinSlash:
		return uint256.NewInt(1_000_000_000_000_000_000)
	case ParamSlashMultiplier:
		return uint256.NewInt(10) // docs/economics.md: ≥ 9.5 for a ratio of 10 when always checked
	case ParamChallengerShareBps:
		return uint256.NewInt(500) // a provider that front-runs wins the share back: keep it small
	case ParamBaseFee:
		return uint256.NewInt(1_000_000_000_000)
	case ParamByteFee:
		return uint256.NewInt(10_000_000_000)
	case ParamStorageByteFee:
		return uint256.NewInt(100_000_000)
	case ParamMaxMACsPerReceipt:
		return uint256.NewInt(1 << 36)
	}
	return new(uint256.Int)
}
