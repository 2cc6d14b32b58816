package devnet

import (
	"context"
	"math/big"
	"sync/atomic"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/client"
)

// summary prints what a person follows: a status line every few seconds,
// and a line for each event that matters (batches on L1 and final, slashes
// with their L1 tx). The buyers print their jobs' stages.
type summary struct {
	d *Devnet

	posted, final uint64
	slashes       atomic.Int64 // read by Status from other goroutines
	fromBlock     uint64
	primed        bool
}

func newSummary(d *Devnet) *summary { return &summary{d: d} }

// Status is the summary's latest counts (the devnet tests read them).
type Status struct {
	L1Head, L2Head                       uint64
	BatchesPosted, BatchesFinal          uint64
	Submitted, Receipted, Final, Slashed int64
	Rejected, Failed                     int64
	SlashesOnL1                          int
}

// Status reads the current counts.
func (d *Devnet) Status(ctx context.Context) (*Status, error) {
	c, err := client.Dial(ctx, d.seqURL)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	st, err := c.SyncStatus(ctx)
	if err != nil {
		return nil, err
	}
	w := d.work
	return &Status{L1Head: uint64(st.L1Head), L2Head: uint64(st.L2Head), BatchesPosted: uint64(st.LastPostedBatch),
		BatchesFinal: uint64(st.LastFinalBatch), Submitted: w.submitted.Load(), Receipted: w.receipted.Load(),
		Final: w.final.Load(), Slashed: w.slashed.Load(), Rejected: w.rejected.Load(), Failed: w.failed.Load(),
		SlashesOnL1: int(d.sum.slashes.Load())}, nil
}

func (s *summary) run(ctx context.Context) {
	ec, err := ethclient.DialContext(ctx, s.d.l1URL)
	if err != nil {
		s.d.say("summary: L1: %v", err)
		return
	}
	defer ec.Close()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		st, err := s.d.Status(ctx)
		if err != nil {
			continue
		}
		if st.BatchesPosted > s.posted {
			s.d.say("batch %d on L1 (dispute window open for %s)", st.BatchesPosted, s.d.cfg.DisputeWindow)
			s.posted = st.BatchesPosted
		}
		if st.BatchesFinal > s.final {
			s.d.say("batch %d final on L1: its receipts are paid", st.BatchesFinal)
			s.final = st.BatchesFinal
		}
		s.slashEvents(ctx, ec)
		if i%5 == 0 {
			s.d.say("L1 #%d  L2 #%d | batches posted %d, final %d | jobs submitted %d, receipted %d, final %d, slashed %d, rejected %d | slashes on L1 %d",
				st.L1Head, st.L2Head, st.BatchesPosted, st.BatchesFinal, st.Submitted, st.Receipted, st.Final, st.Slashed, st.Rejected, st.SlashesOnL1)
		}
	}
}

// slashEvents prints every Disputes.ReceiptSlashed since the last look.
func (s *summary) slashEvents(ctx context.Context, ec *ethclient.Client) {
	head, err := ec.BlockNumber(ctx)
	if err != nil || head < s.fromBlock {
		return
	}
	dis := bindings.NewDisputes()
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(s.fromBlock), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{s.d.dep.Disputes}, Topics: [][]common.Hash{{dis.GetABI().Events["ReceiptSlashed"].ID}}})
	if err != nil {
		return
	}
	s.fromBlock = head + 1
	history := !s.primed // a restart's first look: earlier runs' slashes
	s.primed = true
	defer func() {
		if n := s.slashes.Load(); history && n > 0 {
			s.d.say("%d receipts slashed on L1 before this start", n)
		}
	}()
	for i := range logs {
		ev, err := dis.UnpackReceiptSlashedEvent(&logs[i])
		if err != nil {
			continue
		}
		s.slashes.Add(1)
		if history {
			continue
		}
		s.d.say("SLASH on L1: receipt %s of %s (batch %d) proven false by %s; %s tokens taken, %s to the challenger, %s to the buyer (L1 tx %s)",
			common.Hash(ev.ReceiptId).Hex()[:10], s.d.roleOf(ev.Provider), ev.BatchIndex, s.d.roleOf(ev.Challenger),
			fmtTokens(ev.Taken), fmtTokens(ev.ChallengerShare), fmtTokens(ev.Compensation), logs[i].TxHash.Hex()[:10])
	}
}

func (d *Devnet) roleOf(a common.Address) string {
	for _, k := range d.keys {
		if k.Addr == a {
			return k.Role
		}
	}
	return a.Hex()
}

func fmtTokens(v *big.Int) string {
	r := new(big.Rat).SetFrac(v, big.NewInt(1e18))
	return r.FloatString(2)
}
