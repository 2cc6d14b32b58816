package l1

import (
	"context"
	"fmt"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/bindings"
)

// System reads a deployment's wiring; components call CheckWiring at
// start-up so that a wrong address file fails loudly, not later.
type System struct {
	caller ethereum.ContractCaller
	Addrs  Addresses
}

// Bind returns a System for the given addresses.
func Bind(caller ethereum.ContractCaller, a *Addresses) (*System, error) {
	if a == nil || a.Rollup == (common.Address{}) || a.Bonds == (common.Address{}) || a.Disputes == (common.Address{}) {
		return nil, fmt.Errorf("l1: incomplete addresses %+v", a)
	}
	return &System{caller: caller, Addrs: *a}, nil
}

func viewCall[T any](ctx context.Context, s *System, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := s.caller.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}

// CheckWiring checks that Rollup, Bonds, Disputes and the token point at
// each other and that Disputes holds the expected verifiers.
func (s *System) CheckWiring(ctx context.Context) error {
	r, b, d := bindings.NewRollup(), bindings.NewBonds(), bindings.NewDisputes()
	check := func(what string, got common.Address, err error, want common.Address) error {
		if err != nil {
			return fmt.Errorf("l1 wiring: %s: %w", what, err)
		}
		if got != want {
			return fmt.Errorf("l1 wiring: %s is %s, want %s", what, got, want)
		}
		return nil
	}
	a := s.Addrs
	v, err := viewCall(ctx, s, a.Rollup, r.PackBonds(), r.UnpackBonds)
	if e := check("Rollup.bonds", v, err, a.Bonds); e != nil {
		return e
	}
	v, err = viewCall(ctx, s, a.Rollup, r.PackDisputes(), r.UnpackDisputes)
	if e := check("Rollup.disputes", v, err, a.Disputes); e != nil {
		return e
	}
	v, err = viewCall(ctx, s, a.Rollup, r.PackToken(), r.UnpackToken)
	if e := check("Rollup.token", v, err, a.Token); e != nil {
		return e
	}
	v, err = viewCall(ctx, s, a.Rollup, r.PackTimelock(), r.UnpackTimelock)
	if e := check("Rollup.timelock", v, err, a.Timelock); e != nil {
		return e
	}
	v, err = viewCall(ctx, s, a.Bonds, b.PackRollup(), b.UnpackRollup)
	if e := check("Bonds.rollup", v, err, a.Rollup); e != nil {
		return e
	}
	v, err = viewCall(ctx, s, a.Disputes, d.PackRollup(), d.UnpackRollup)
	if e := check("Disputes.rollup", v, err, a.Rollup); e != nil {
		return e
	}
	v, err = viewCall(ctx, s, a.Disputes, d.PackBonds(), d.UnpackBonds)
	if e := check("Disputes.bonds", v, err, a.Bonds); e != nil {
		return e
	}
	for i := 0; i < NumStepClasses; i++ {
		v, err = viewCall(ctx, s, a.Disputes, d.PackVerifier(uint8(i+1)), d.UnpackVerifier)
		if e := check(fmt.Sprintf("Disputes.verifier(%d)", i+1), v, err, a.Verifiers[i]); e != nil {
			return e
		}
	}
	return nil
}
