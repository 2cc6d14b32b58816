package l1_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/l1/l1test"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

// TestSequencerFlow runs the L1 side of a sequencer and a buyer with the
// package's own parts only: every write through a TxManager, blocks mined
// in the background, the queue read back through a Follower into a
// MessageChain, a batch built from it, finalized, and withdrawn from.
func TestSequencerFlow(t *testing.T) {
	c := l1test.NewChain(t, 3)
	d := c.DeployDev(t, func(cfg *l1.DeployConfig) {
		// Blocks come every 20 ms but each moves the clock ≥ 1 s.
		cfg.Params.DisputeWindow, cfg.Params.RevealPeriod, cfg.Params.MaxInclusionDelay = 5, 5, 30*24*3600
		cfg.TimelockDelay = 0 // the minimum the exit window allows
	})
	mine(t, c, 20*time.Millisecond)
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	seq, err := l1.NewTxManager(ctx, c.Client, fastConfig(t, 0, filepath.Join(t.TempDir(), "seq.json")))
	if err != nil {
		t.Fatal(err)
	}
	defer seq.Close()
	buyer, err := l1.NewTxManager(ctx, c.Client, fastConfig(t, 1, filepath.Join(t.TempDir(), "buyer.json")))
	if err != nil {
		t.Fatal(err)
	}
	defer buyer.Close()
	r, tok := bindings.NewRollup(), bindings.NewComputeToken()
	send := func(m *l1.TxManager, to common.Address, data []byte) {
		t.Helper()
		rc, err := m.Send(ctx, l1.TxCandidate{To: &to, Data: data})
		if err != nil || rc.Status != 1 {
			t.Fatalf("tx: %v (%s) %+v", err, l1.RevertName(err), rc)
		}
	}
	send(seq, d.Token, tok.PackMint(buyer.From(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))))
	send(buyer, d.Token, tok.PackApprove(d.Rollup, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))))
	send(buyer, d.Rollup, r.PackDeposit(buyer.From(), big.NewInt(5e18)))

	f := l1.NewFollower(c.Client, l1.FollowerConfig{
		Addresses: []common.Address{d.Rollup}, Topics: [][]common.Hash{{l1.MessageQueuedTopic()}},
		From: d.DeployBlock, Confirmations: 2,
	})
	chain := l1.NewMessageChain()
	waitMessages := func(n uint64) {
		t.Helper()
		for chain.Len() < n {
			evs, err := f.Poll(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range evs {
				if err := chain.Apply(d.Rollup, e); err != nil {
					t.Fatal(err)
				}
			}
			if ctx.Err() != nil {
				t.Fatalf("queue has %d messages, waiting for %d", chain.Len(), n)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	waitMessages(13) // 12 genesis parameters + the deposit
	last, _ := chain.Message(12)
	if p, err := last.Message.Decode(); err != nil || p.(*l1iface.Deposit).Amount.Uint64() != 5e18 {
		t.Fatalf("deposit message %#v %v", p, err)
	}

	// The sequencer posts batch 1: every message consumed, one withdrawal.
	w := l1iface.WithdrawalLeaf{WithdrawalID: 0, From: buyer.From(), To: buyer.From(), Amount: uint256.NewInt(2e18)}
	wt := l1iface.NewMerkleTree([]common.Hash{w.Hash(0)})
	rolling, _ := chain.Rolling(13)
	body := []byte("blocks")
	genesis := l1iface.BatchHeader{}
	h := l1iface.BatchHeader{Index: 1, ParentHash: genesis.Hash(), PostStateRoot: crypto.Keccak256Hash([]byte("s1")),
		WithdrawalsRoot: wt.Root(), MessagesConsumed: 13, MessagesRollingHash: rolling, BodyHash: crypto.Keccak256Hash(body)}
	send(seq, d.Rollup, r.PackSubmitBatch(bindings.L1CodecBatchHeader{
		Index: h.Index, ParentHash: h.ParentHash, PreStateRoot: h.PreStateRoot, PostStateRoot: h.PostStateRoot,
		ReceiptsRoot: h.ReceiptsRoot, WithdrawalsRoot: h.WithdrawalsRoot, MessagesConsumed: h.MessagesConsumed,
		MessagesRollingHash: h.MessagesRollingHash, BodyHash: h.BodyHash}, body))

	// Finalize once the window and reveal period have passed on L1's clock.
	for {
		head, err := c.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Rollup, Data: r.PackBatch(1)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := r.UnpackBatch(out)
		if common.Hash(b.HeaderHash) != h.Hash() {
			t.Fatalf("batch 1 on L1 %x, Go %x", b.HeaderHash, h.Hash())
		}
		if head.Time >= b.RevealEnd {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	send(seq, d.Rollup, r.PackFinalize(1, h.Hash()))
	waitMessages(14)
	fin, _ := chain.Message(13)
	if p, _ := fin.Message.Decode(); p.(*l1iface.BatchFinalized).HeaderHash != h.Hash() {
		t.Fatalf("finalization message %#v", p)
	}
	proof, _ := wt.Proof(0)
	send(buyer, d.Rollup, r.PackWithdraw(1, bindings.L1CodecWithdrawalLeaf{I: big.NewInt(0), WithdrawalId: 0, From: w.From, To: w.To, Amount: w.Amount.ToBig()}, toBytes32(proof)))
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Token, Data: tok.PackBalanceOf(buyer.From())}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal, _ := tok.UnpackBalanceOf(out); bal.Cmp(big.NewInt(7e18)) != 0 {
		t.Fatalf("buyer holds %v after deposit 5 and withdrawal 2 of 10", bal)
	}
	// The Go chain's rolling hash agrees with L1's at every length.
	for n := uint64(0); n <= chain.Len(); n++ {
		out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &d.Rollup, Data: r.PackRollingHash(n)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		onL1, _ := r.UnpackRollingHash(out)
		if goHash, _ := chain.Rolling(n); common.Hash(onL1) != goHash {
			t.Fatalf("rolling(%d): L1 %x, Go %x", n, onL1, goHash)
		}
	}
}

func toBytes32(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i := range p {
		out[i] = p[i]
	}
	return out
}

func TestMessageChainRejectsForgedLogs(t *testing.T) {
	chain := l1.NewMessageChain()
	m := l1iface.NewMessage(0, 100, &l1iface.BatchFinalized{BatchIndex: 1})
	good := l1iface.NextRollingHash(common.Hash{}, m.Hash())
	if err := chain.Append(l1.QueuedMessage{Message: *m, RollingHash: common.Hash{1}}); err == nil {
		t.Fatal("wrong rolling hash accepted")
	}
	m2 := *m
	m2.Index = 1
	if err := chain.Append(l1.QueuedMessage{Message: m2, RollingHash: good}); err == nil {
		t.Fatal("out-of-order message accepted")
	}
	if err := chain.Append(l1.QueuedMessage{Message: *m, RollingHash: good, Block: l1.BlockRef{Number: 5}}); err != nil {
		t.Fatal(err)
	}
	chain.RollbackTo(4)
	if chain.Len() != 0 {
		t.Fatal("rollback kept a message of a later block")
	}
}
