package devchain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestDevChainMinesServesAndPersists: blocks come on their own every
// period, a transfer over HTTP JSON-RPC lands, and a restart on the same
// data directory continues the chain (same genesis, same balance, higher
// head), where the simulated test backend would start over.
func TestDevChainMinesServesAndPersists(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	dir := t.TempDir()
	c := Config{DataDir: dir, Alloc: map[common.Address]*big.Int{from: new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)}}
	n, err := Start(c)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	ec, err := ethclient.DialContext(ctx, n.URL)
	if err != nil {
		t.Fatal(err)
	}
	if id, err := ec.ChainID(ctx); err != nil || id.Uint64() != ChainID {
		t.Fatalf("chain id %v %v", id, err)
	}
	to := crypto.PubkeyToAddress(must(crypto.GenerateKey()).PublicKey)
	head0, _ := ec.BlockNumber(ctx)
	tip := big.NewInt(1e9)
	h, _ := ec.HeaderByNumber(ctx, nil)
	fee := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(ChainID), Nonce: 0, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to, Value: big.NewInt(12345)}),
		types.LatestSignerForChainID(big.NewInt(ChainID)), key)
	if err != nil {
		t.Fatal(err)
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		if r, err := ec.TransactionReceipt(ctx, tx.Hash()); err == nil && r.Status == 1 {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("the transfer was not mined: no blocks on their own?")
		}
		time.Sleep(100 * time.Millisecond)
	}
	head1, _ := ec.BlockNumber(ctx)
	if head1 <= head0 {
		t.Fatalf("head %d after %d", head1, head0)
	}
	ec.Close()
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	n2, err := Start(c)
	if err != nil {
		t.Fatal(err)
	}
	defer n2.Close()
	ec2, err := ethclient.DialContext(ctx, n2.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec2.Close()
	if head, _ := ec2.BlockNumber(ctx); head < head1 {
		t.Fatalf("after a restart the head is %d, it was %d: the chain started over", head, head1)
	}
	if b, err := ec2.BalanceAt(ctx, to, nil); err != nil || b.Int64() != 12345 {
		t.Fatalf("balance after a restart %v %v", b, err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
