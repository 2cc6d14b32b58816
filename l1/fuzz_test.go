package l1

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// FuzzParseStore: any bytes in the state file give a store or an error,
// never a panic; what parses re-encodes to something that parses again.
func FuzzParseStore(f *testing.F) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("fuzz")))
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	to := common.HexToAddress("0x1")
	tx, _ := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: 3, Gas: 21000, To: &to, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2)})
	raw, _ := tx.MarshalBinary()
	f.Add([]byte(`{"version":1,"chainId":"0x539","from":"` + crypto.PubkeyToAddress(key.PublicKey).Hex() +
		`","pending":[{"nonce":3,"versions":["0x` + common.Bytes2Hex(raw) + `"]}]}`))
	f.Add([]byte(`{"version":1,"chainId":"0x1","from":"0x0000000000000000000000000000000000000000","pending":[]}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte(`{"version":1,"chainId":"0x1","pending":[{"nonce":0,"versions":[]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := parseStore(b)
		if err != nil {
			return
		}
		if s.ChainID == nil || s.Version != storeVersion {
			t.Fatalf("accepted %+v", s)
		}
		// An accepted file is exactly one JSON value (json.Valid is an
		// independent judge: trailing '}' or ']' once slipped through).
		if !json.Valid(b) {
			t.Fatalf("accepted %q, which is not one JSON value", b)
		}
		again, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		if _, err := parseStore(again); err != nil {
			t.Fatalf("re-encoded %s does not parse: %v", again, err)
		}
	})
}

// FuzzRevertNameOf: arbitrary revert data never panics the decoder.
func FuzzRevertNameOf(f *testing.F) {
	f.Add([]byte{})
	f.Add(common.FromHex("0x08c379a0"))
	f.Add(common.FromHex("0x08c379a000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000004626f6f6d00000000000000000000000000000000000000000000000000000000"))
	f.Add(common.FromHex("0xd92e233d"))
	f.Fuzz(func(t *testing.T, b []byte) {
		name := RevertNameOf(b, nil)
		if len(b) >= 4 && name == "" {
			t.Fatalf("no name for %x", b)
		}
	})
}
