package l1

import (
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gpuroll/gpuroll/bindings"
)

// RevertData extracts the revert data a node returned with err (eth_call
// and eth_estimateGas errors carry it as JSON-RPC error data).
func RevertData(err error) ([]byte, bool) {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, derr := hexutil.Decode(s)
	if derr != nil || len(b) < 4 {
		return nil, false
	}
	return b, true
}

// RevertName names the custom error (or Error(string) reason) of a revert
// returned by the node, looking it up in every gpuroll contract's ABI, so
// that logs and tests say "MessageOverdue" instead of a selector.
func RevertName(err error) string {
	data, ok := RevertData(err)
	if !ok {
		return ""
	}
	return RevertNameOf(data, nil)
}

// RevertNameOf decodes revert data; extra ABIs are searched after gpuroll's.
func RevertNameOf(data []byte, extra []*abi.ABI) string {
	if len(data) < 4 {
		return ""
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return "Error(" + reason + ")"
	}
	abis := []*bind.MetaData{&bindings.RollupMetaData, &bindings.BondsMetaData, &bindings.DisputesMetaData,
		&bindings.ComputeTokenMetaData, &bindings.TimelockMetaData}
	var all []*abi.ABI
	for _, md := range abis {
		if a, err := md.ParseABI(); err == nil {
			all = append(all, a)
		}
	}
	all = append(all, extra...)
	for _, a := range all {
		for name, e := range a.Errors {
			if string(e.ID[:4]) == string(data[:4]) {
				return strings.TrimSpace(name)
			}
		}
	}
	return hexutil.Encode(data[:4])
}
