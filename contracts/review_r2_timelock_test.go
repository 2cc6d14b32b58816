package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/l1"
)

// TestTimelockDelayStaysAboveDisputeLife: the Timelock may lower its own
// delay (updateDelay, itself timelocked); Rollup checks the delay only when
// setParam runs, so a batch [updateDelay(back up), setParam] scheduled with
// the lowered delay passes the check and changes a parameter without notice.
func TestTimelockDelayStaysAboveDisputeLife(t *testing.T) {
	e := newEnv(t, nil)
	tl := e.d.Timelock
	delay := new(big.Int).SetUint64(e.d.Config.TimelockDelay)
	lower := timelockABI.PackUpdateDelay(big.NewInt(0))
	e.ok(admin, tl, timelockABI.PackSchedule(tl, big.NewInt(0), lower, [32]byte{}, [32]byte{1}, delay))
	e.warp(e.d.Config.TimelockDelay)
	_, err := e.tx(admin, tl, timelockABI.PackExecute(tl, big.NewInt(0), lower, [32]byte{}, [32]byte{1}))
	if err == nil {
		t.Log("the Timelock lowered its delay to 0")
	} else if _, inner := e.c.Client.CallContract(e.ctx, callFrom(tl, tl, lower), nil); l1.RevertName(inner) != "DelayDecrease" {
		t.Fatalf("lowering the delay: %v, inner %v (%s)", err, inner, l1.RevertName(inner))
	}
	// Either way, a change scheduled with a delay below the dispute life
	// must not pass.
	targets := []common.Address{tl, e.d.Rollup}
	payloads := [][]byte{timelockABI.PackUpdateDelay(delay), rollupABI.PackSetParam(l1.ParamGuardian, new(big.Int).SetBytes(e.addr(attacker).Bytes()))}
	vals := []*big.Int{big.NewInt(0), big.NewInt(0)}
	if _, err2 := e.tx(admin, tl, timelockABI.PackScheduleBatch(targets, vals, payloads, [32]byte{}, [32]byte{2}, big.NewInt(0))); err2 == nil {
		if _, err3 := e.tx(admin, tl, timelockABI.PackExecuteBatch(targets, vals, payloads, [32]byte{}, [32]byte{2})); err3 == nil {
			t.Fatalf("guardian changed in the block it was scheduled (lowering the delay: %v); params %+v", err, e.params())
		}
	}
	// Raising the delay still works (through the timelock, as ever).
	raised := new(big.Int).Add(delay, big.NewInt(100))
	raise := timelockABI.PackUpdateDelay(raised)
	e.ok(admin, tl, timelockABI.PackSchedule(tl, big.NewInt(0), raise, [32]byte{}, [32]byte{3}, delay))
	e.warp(e.d.Config.TimelockDelay)
	e.ok(admin, tl, timelockABI.PackExecute(tl, big.NewInt(0), raise, [32]byte{}, [32]byte{3}))
	if d := call(e, tl, timelockABI.PackGetMinDelay(), timelockABI.UnpackGetMinDelay); d.Cmp(raised) != 0 {
		t.Fatalf("delay %v after raising to %v", d, raised)
	}
}
