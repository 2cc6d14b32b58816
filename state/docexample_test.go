package state

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// The worked example of docs/txs.md. If this test fails, the page is wrong.
const (
	docDomainSeparator = "0xb78502e5a7b695683eb12208b849d38a835d107ba33161c1e420ff9032cbd656"
	docTypeHash        = "0x844729cca3134643a07abfa2666229630ae08720d3fb9d4aa221283e9fd3ab6d"
	docStructHash      = "0xad23c0d901080e902344f579de3f0ba37fcb69455b9c7b579ce622f5f1f00485"
	docSigningHash     = "0x892f85372b7c65a8d1452b9ec3ba8c472984100c3c09b5a319bc3f09c11ab283"
	docEncoded         = "0x01000000000000000000000000000000000000000000000000000000000000000000038d7ea4c6800000000000000000000000000000000000000000aa0000000000000000000000000000000000000000000000000de0b6b3a7640000361956e88b956660b5667f3f421b6b4ba570d789dd28280a9077f06b5ce310113a1eabb6ca6bc9c8b07824eaefb4c2d9189540f061f8d8d9647fa5e7d2c9287300"
	docSender          = "0x09A8595999A97e12dC8E729DE5D0E2fe5ecD91A3"
)

func docExampleTx(t *testing.T) (*Domain, *Tx) {
	d := NewDomain(31337, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	tx := &Tx{Nonce: 0, MaxFee: uint256.NewInt(1_000_000_000_000_000),
		Body: &Transfer{To: common.HexToAddress("0x00000000000000000000000000000000000000aa"), Amount: uint256.NewInt(1_000_000_000_000_000_000)}}
	if err := d.Sign(tx, testKey(0)); err != nil {
		t.Fatal(err)
	}
	return d, tx
}

func TestDocExample(t *testing.T) {
	d, tx := docExampleTx(t)
	got := map[string]string{
		docDomainSeparator: d.Separator().Hex(),
		docTypeHash:        common.Hash(keccakStr(TypeString(tx.Body))).Hex(),
		docStructHash:      tx.StructHash().Hex(),
		docSigningHash:     d.SigningHash(tx).Hex(),
		docEncoded:         hexutil.Encode(tx.Encode()),
		docSender:          crypto.PubkeyToAddress(testKey(0).PublicKey).Hex(),
	}
	for want, have := range got {
		if want != have {
			t.Errorf("docs/txs.md example: have %s, page says %s", have, want)
		}
	}
}
