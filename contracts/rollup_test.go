package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/bindings"
	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/state/l1iface"
)

func TestDeploymentParamsAndGenesisMessages(t *testing.T) {
	e := newEnv(t, nil)
	p := e.params()
	if p.DisputeWindow.Uint64() != 600 || p.RevealPeriod.Uint64() != 120 || p.MaxInclusionDelay.Uint64() != 300 ||
		p.SlashMultiplier.Uint64() != 10 || p.ChallengerShareBps.Uint64() != 500 || p.MaxMACsPerReceipt.Uint64() != 1<<36 ||
		p.Sequencer != e.addr(admin) || p.Guardian != e.addr(admin) || p.MinSlash.Cmp(ether(1)) != 0 {
		t.Fatalf("params on L1: %+v", p)
	}
	// Every initial parameter reaches L2 as a ParamsChanged message, in id order.
	q := e.queue()
	if len(q) != l1.NumParams {
		t.Fatalf("%d genesis messages, want %d", len(q), l1.NumParams)
	}
	for i, m := range q {
		pl, _ := m.Decode()
		pc, ok := pl.(*l1iface.ParamsChanged)
		if !ok || pc.ParamID != uint8(i+1) {
			t.Fatalf("message %d: %#v", i, pl)
		}
		got := call(e, e.d.Rollup, rollupABI.PackParam(uint8(i+1)), rollupABI.UnpackParam)
		if got.Cmp(pc.Value.ToBig()) != 0 {
			t.Fatalf("param %d: message %v, on L1 %v", i+1, pc.Value, got)
		}
	}
	if _, err := e.c.Client.CallContract(e.ctx, callMsg(e.d.Rollup, rollupABI.PackParam(13)), nil); l1.RevertName(err) != "UnknownParam" {
		t.Fatalf("param(13): %v", err)
	}
	// Wiring happens once, by the deployer only.
	e.reverts(admin, e.d.Rollup, rollupABI.PackSetModules(e.addr(1), e.addr(2)), "AlreadyWired")
	e.reverts(attacker, e.d.Rollup, rollupABI.PackSetModules(e.addr(1), e.addr(2)), "NotWirer")
}

func TestDeployRejectsShortTimelock(t *testing.T) {
	e := newEnv(t, nil)
	cfg := e.d.Config
	cfg.TimelockDelay = cfg.Params.ExitWindow() // must exceed it
	if err := cfg.Validate(); err == nil {
		t.Fatal("config with a short timelock validates")
	}
	// The contract refuses it too, whatever the Go side checks.
	tl := e.c.DeployBin(t, admin, bindings.TimelockMetaData.Bin,
		timelockABI.PackConstructor(new(big.Int).SetUint64(cfg.TimelockDelay), []common.Address{e.addr(admin)}, []common.Address{e.addr(admin)}, common.Address{}))
	params, _ := cfg.Params.Array()
	code := append(common.FromHex(bindings.RollupMetaData.Bin), rollupABI.PackConstructor(e.d.Token, tl, params, l1.GenesisHeader(common.Hash{}))...)
	_, err := e.c.Sender(admin).Send(e.ctx, l1.TxCandidate{Data: code})
	if l1.RevertName(err) != "TimelockTooShort" {
		t.Fatalf("Rollup with a short timelock: %v (%s)", err, l1.RevertName(err))
	}
	// Bad parameters are refused by the constructor.
	bad := cfg.Params
	bad.ChallengerShareBps = 10_001
	params, _ = bad.Array()
	code = append(common.FromHex(bindings.RollupMetaData.Bin), rollupABI.PackConstructor(e.d.Token, e.d.Timelock, params, l1.GenesisHeader(common.Hash{}))...)
	if _, err := e.c.Sender(admin).Send(e.ctx, l1.TxCandidate{Data: code}); l1.RevertName(err) != "InvalidParam" {
		t.Fatalf("Rollup with share > 100%%: %v", err)
	}
	g := l1.GenesisHeader(common.Hash{})
	g.Index = 1
	params, _ = cfg.Params.Array()
	code = append(common.FromHex(bindings.RollupMetaData.Bin), rollupABI.PackConstructor(e.d.Token, e.d.Timelock, params, g)...)
	if _, err := e.c.Sender(admin).Send(e.ctx, l1.TxCandidate{Data: code}); l1.RevertName(err) != "BadGenesis" {
		t.Fatalf("Rollup with genesis index 1: %v", err)
	}
}

func TestDeposit(t *testing.T) {
	e := newEnv(t, nil)
	before := e.balance(e.addr(buyer))
	r := e.ok(buyer, e.d.Rollup, rollupABI.PackDeposit(e.addr(other), ether(5)))
	if len(r.Logs) == 0 {
		t.Fatal("deposit emitted nothing")
	}
	pl := e.lastMessage()
	d, ok := pl.(*l1iface.Deposit)
	if !ok || d.From != e.addr(buyer) || d.To != e.addr(other) || d.Amount.ToBig().Cmp(ether(5)) != 0 {
		t.Fatalf("deposit message %#v", pl)
	}
	if got := new(big.Int).Sub(before, e.balance(e.addr(buyer))); got.Cmp(ether(5)) != 0 {
		t.Fatalf("buyer paid %v", got)
	}
	if got := e.balance(e.d.Rollup); got.Cmp(ether(5)) != 0 {
		t.Fatalf("escrow %v", got)
	}
	e.reverts(buyer, e.d.Rollup, rollupABI.PackDeposit(common.Address{}, ether(1)), "ZeroAddress")
	e.reverts(buyer, e.d.Rollup, rollupABI.PackDeposit(e.addr(other), big.NewInt(0)), "ZeroAmount")
	// More than the sender holds: the token's own error.
	e.reverts(buyer, e.d.Rollup, rollupABI.PackDeposit(e.addr(other), ether(2_000_000)), "ERC20InsufficientBalance")
}

func TestSubmitBatchChecks(t *testing.T) {
	e := newEnv(t, nil)
	body := []byte("compressed blocks")
	good := e.header(nil, nil, -1, body)

	e.reverts(attacker, e.d.Rollup, rollupABI.PackSubmitBatch(toBindHeader(good.hdr), body), "NotSequencer")
	e.reverts(admin, e.d.Rollup, rollupABI.PackSubmitBatch(toBindHeader(good.hdr), []byte("other body")), "BodyHashMismatch")

	mut := func(f func(*l1iface.BatchHeader)) bindings.L1CodecBatchHeader {
		h := good.hdr
		f(&h)
		return toBindHeader(h)
	}
	e.reverts(admin, e.d.Rollup, rollupABI.PackSubmitBatch(mut(func(h *l1iface.BatchHeader) { h.Index = 2 }), body), "WrongBatchIndex")
	e.reverts(admin, e.d.Rollup, rollupABI.PackSubmitBatch(mut(func(h *l1iface.BatchHeader) { h.ParentHash[0] ^= 1 }), body), "WrongParentHash")
	e.reverts(admin, e.d.Rollup, rollupABI.PackSubmitBatch(mut(func(h *l1iface.BatchHeader) { h.PreStateRoot[0] ^= 1 }), body), "WrongPreStateRoot")
	e.reverts(admin, e.d.Rollup, rollupABI.PackSubmitBatch(mut(func(h *l1iface.BatchHeader) { h.MessagesConsumed = 100 }), body), "BadMessagesConsumed")
	e.reverts(admin, e.d.Rollup, rollupABI.PackSubmitBatch(mut(func(h *l1iface.BatchHeader) { h.MessagesRollingHash[0] ^= 1 }), body), "WrongRollingHash")

	r := e.submitPosted(good, body)
	ev, err := rollupABI.UnpackBatchSubmittedEvent(r.Logs[0])
	if err != nil || ev.Index != 1 || common.Hash(ev.HeaderHash) != good.hash {
		t.Fatalf("BatchSubmitted %+v %v", ev, err)
	}
	b := e.batch(1)
	if b.WindowEnd != b.SubmittedAt+600 || b.RevealEnd != b.WindowEnd+120 {
		t.Fatalf("deadlines %+v", b)
	}
	// A batch may consume nothing new, but never go back.
	p2 := e.header(nil, nil, 5, body)
	e.reverts(admin, e.d.Rollup, rollupABI.PackSubmitBatch(toBindHeader(p2.hdr), body), "BadMessagesConsumed")
}

func TestInclusionDelayForcesMessages(t *testing.T) {
	e := newEnv(t, nil)
	e.submit(nil, nil) // consumes the genesis parameter messages
	e.ok(buyer, e.d.Rollup, rollupABI.PackDeposit(e.addr(buyer), ether(1)))
	n := e.messageCount()
	body := []byte("b")
	// Inside maxInclusionDelay the sequencer may leave the deposit for later.
	early := e.header(nil, nil, int64(n-1), body)
	e.submitPosted(early, body)
	e.warp(301)
	late := e.header(nil, nil, int64(n-1), body)
	e.reverts(admin, e.d.Rollup, rollupABI.PackSubmitBatch(toBindHeader(late.hdr), body), "MessageOverdue")
	e.submit(nil, nil)
}

func TestFinalizeAndWithdraw(t *testing.T) {
	e := newEnv(t, nil)
	e.ok(buyer, e.d.Rollup, rollupABI.PackDeposit(e.addr(buyer), ether(10)))
	ws := []l1iface.WithdrawalLeaf{
		{WithdrawalID: 7, From: e.addr(buyer), To: e.addr(other), Amount: u256(ether(3))},
		{WithdrawalID: 8, From: e.addr(buyer), To: e.addr(buyer), Amount: u256(ether(2))},
		{WithdrawalID: 9, From: e.addr(buyer), To: e.addr(buyer), Amount: u256(ether(1))},
	}
	p := e.submit(nil, ws)
	w0 := toBindWithdrawal(0, ws[0])
	e.reverts(other, e.d.Rollup, rollupABI.PackWithdraw(1, w0, p.withdrawalProof(t, 0)), "BatchNotFinal")
	e.reverts(other, e.d.Rollup, rollupABI.PackFinalize(1, p.hash), "DisputePeriodOpen")
	e.reverts(other, e.d.Rollup, rollupABI.PackFinalize(2, p.hash), "NotNextToFinalize")
	e.reverts(other, e.d.Rollup, rollupABI.PackFinalize(1, crypto.Keccak256Hash([]byte("x"))), "UnknownBatch")
	e.warp(600 + 119)
	e.reverts(other, e.d.Rollup, rollupABI.PackFinalize(1, p.hash), "DisputePeriodOpen")
	e.finalize(p)
	if pl, ok := e.lastMessage().(*l1iface.BatchFinalized); !ok || pl.BatchIndex != 1 || pl.HeaderHash != p.hash {
		t.Fatalf("finalize message %#v", pl)
	}
	if fm := call(e, e.d.Rollup, rollupABI.PackFinalizedMessages(), rollupABI.UnpackFinalizedMessages); fm != p.hdr.MessagesConsumed {
		t.Fatalf("finalizedMessages %d", fm)
	}
	e.reverts(other, e.d.Rollup, rollupABI.PackFinalize(1, p.hash), "NotNextToFinalize")

	// A wrong proof, a changed amount, a leaf at another position: refused.
	e.reverts(other, e.d.Rollup, rollupABI.PackWithdraw(1, w0, p.withdrawalProof(t, 1)), "InvalidProof")
	bad := w0
	bad.Amount = ether(4)
	e.reverts(other, e.d.Rollup, rollupABI.PackWithdraw(1, bad, p.withdrawalProof(t, 0)), "InvalidProof")
	bad = w0
	bad.I = big.NewInt(1)
	e.reverts(other, e.d.Rollup, rollupABI.PackWithdraw(1, bad, p.withdrawalProof(t, 0)), "InvalidProof")
	e.reverts(other, e.d.Rollup, rollupABI.PackWithdraw(0, w0, p.withdrawalProof(t, 0)), "InvalidProof")

	before := e.balance(e.addr(other))
	e.ok(attacker, e.d.Rollup, rollupABI.PackWithdraw(1, w0, p.withdrawalProof(t, 0))) // anyone may relay; `to` is paid
	if got := new(big.Int).Sub(e.balance(e.addr(other)), before); got.Cmp(ether(3)) != 0 {
		t.Fatalf("withdrawal paid %v", got)
	}
	e.reverts(other, e.d.Rollup, rollupABI.PackWithdraw(1, w0, p.withdrawalProof(t, 0)), "WithdrawalClaimed")
	e.ok(buyer, e.d.Rollup, rollupABI.PackWithdraw(1, toBindWithdrawal(1, ws[1]), p.withdrawalProof(t, 1)))
	e.ok(buyer, e.d.Rollup, rollupABI.PackWithdraw(1, toBindWithdrawal(2, ws[2]), p.withdrawalProof(t, 2)))
	if got := e.balance(e.d.Rollup); got.Cmp(ether(4)) != 0 {
		t.Fatalf("escrow after withdrawals %v", got)
	}
	zero := l1iface.WithdrawalLeaf{WithdrawalID: 10, From: e.addr(buyer), To: e.addr(buyer), Amount: u256(big.NewInt(0))}
	e.reverts(buyer, e.d.Rollup, rollupABI.PackWithdraw(1, toBindWithdrawal(0, zero), nil), "ZeroAmount")
}

func TestRejectBatch(t *testing.T) {
	e := newEnv(t, nil)
	p1 := e.submit(nil, nil)
	e.finalize(p1)
	p2 := e.submit(nil, nil)
	p3 := e.submit(nil, nil)
	e.reverts(attacker, e.d.Rollup, rollupABI.PackRejectBatch(2, p2.hash), "NotGuardian")
	e.reverts(admin, e.d.Rollup, rollupABI.PackRejectBatch(1, p1.hash), "BatchFinal")
	e.reverts(admin, e.d.Rollup, rollupABI.PackRejectBatch(2, p3.hash), "UnknownBatch")
	e.reverts(admin, e.d.Rollup, rollupABI.PackRejectBatch(4, p3.hash), "UnknownBatch")
	e.ok(admin, e.d.Rollup, rollupABI.PackRejectBatch(2, p2.hash))
	if n := call(e, e.d.Rollup, rollupABI.PackNextBatchIndex(), rollupABI.UnpackNextBatchIndex); n != 2 {
		t.Fatalf("next batch index %d after rejecting 2 and 3", n)
	}
	for _, p := range []*posted{p2, p3} {
		if call(e, e.d.Rollup, rollupABI.PackIsPending(p.hdr.Index, p.hash), rollupABI.UnpackIsPending) {
			t.Fatalf("rejected batch %d still pending", p.hdr.Index)
		}
	}
	e.reverts(other, e.d.Rollup, rollupABI.PackFinalize(2, p2.hash), "UnknownBatch")
	// The sequencer reposts from index 2 on top of batch 1.
	e.next = 2
	body := []byte("replacement")
	r2 := e.header(nil, nil, -1, body)
	r2.hdr.PostStateRoot = crypto.Keccak256Hash([]byte("other state"))
	r2.hash = r2.hdr.Hash()
	e.submitPosted(r2, body)
	e.reverts(other, e.d.Rollup, rollupABI.PackFinalize(2, p2.hash), "UnknownBatch")
	e.finalize(r2)
}

func TestParamsOnlyThroughTimelock(t *testing.T) {
	e := newEnv(t, nil)
	e.reverts(admin, e.d.Rollup, rollupABI.PackSetParam(l1.ParamBaseFee, big.NewInt(5)), "NotTimelock")

	delay := e.d.Config.TimelockDelay
	schedule := func(data []byte, salt byte) (sched, exec []byte) {
		s := [32]byte{salt}
		return timelockABI.PackSchedule(e.d.Rollup, big.NewInt(0), data, [32]byte{}, s, new(big.Int).SetUint64(delay)),
			timelockABI.PackExecute(e.d.Rollup, big.NewInt(0), data, [32]byte{}, s)
	}
	data := rollupABI.PackSetParam(l1.ParamBaseFee, big.NewInt(5))
	sched, exec := schedule(data, 1)
	e.reverts(attacker, e.d.Timelock, sched, "AccessControlUnauthorizedAccount")
	e.ok(admin, e.d.Timelock, sched)
	e.reverts(admin, e.d.Timelock, exec, "TimelockUnexpectedOperationState")
	e.warp(delay)
	e.ok(admin, e.d.Timelock, exec)
	if pc, ok := e.lastMessage().(*l1iface.ParamsChanged); !ok || pc.ParamID != l1.ParamBaseFee || pc.Value.Uint64() != 5 {
		t.Fatalf("ParamsChanged %#v", pc)
	}
	if got := e.params().BaseFee; got.Uint64() != 5 {
		t.Fatalf("base fee %v", got)
	}
	// A change that would make the exit window (inclusion delay + window
	// + reveal + margin) reach the timelock delay is refused, as are
	// out-of-range values and unknown ids.
	dp := e.d.Config.Params
	exitBut := func(v uint64) *big.Int { return new(big.Int).SetUint64(delay - (dp.ExitWindow() - v)) }
	for i, c := range []struct {
		id   uint8
		v    *big.Int
		want string
	}{
		{l1.ParamDisputeWindow, exitBut(dp.DisputeWindow), "TimelockTooShort"},
		{l1.ParamRevealPeriod, exitBut(dp.RevealPeriod), "TimelockTooShort"},
		{l1.ParamMaxInclusionDelay, exitBut(dp.MaxInclusionDelay), "TimelockTooShort"},
		{l1.ParamChallengerShareBps, big.NewInt(10_001), "InvalidParam"},
		{l1.ParamChallengerShareBps, big.NewInt(5_001), "InvalidParam"},
		{l1.ParamChallengerShareBps, big.NewInt(0), "InvalidParam"},
		{l1.ParamMinSlash, big.NewInt(0), "InvalidParam"},
		{l1.ParamSlashMultiplier, big.NewInt(0), "InvalidParam"},
		{l1.ParamSequencer, big.NewInt(0), "InvalidParam"},
		{13, big.NewInt(1), "UnknownParam"},
	} {
		sched, exec := schedule(rollupABI.PackSetParam(c.id, c.v), byte(10+i))
		e.ok(admin, e.d.Timelock, sched)
		e.warp(delay + 1)
		_, err := e.tx(admin, e.d.Timelock, exec)
		if err == nil {
			t.Fatalf("param %d = %v accepted", c.id, c.v)
		}
		// The timelock wraps the revert; check the inner reason directly.
		_, inner := e.c.Client.CallContract(e.ctx, callFrom(e.d.Timelock, e.d.Rollup, rollupABI.PackSetParam(c.id, c.v)), nil)
		if got := l1.RevertName(inner); got != c.want {
			t.Fatalf("param %d = %v: %s, want %s", c.id, c.v, got, c.want)
		}
	}
	// The sequencer role moves with its parameter.
	sched, exec = schedule(rollupABI.PackSetParam(l1.ParamSequencer, new(big.Int).SetBytes(e.addr(other).Bytes())), 30)
	e.ok(admin, e.d.Timelock, sched)
	e.warp(delay + 1)
	e.ok(admin, e.d.Timelock, exec)
	body := []byte("x")
	p := e.header(nil, nil, -1, body)
	e.reverts(admin, e.d.Rollup, rollupABI.PackSubmitBatch(toBindHeader(p.hdr), body), "NotSequencer")
	e.ok(other, e.d.Rollup, rollupABI.PackSubmitBatch(toBindHeader(p.hdr), body))
	e.queue()
}

func TestRollupModuleEntryPointsAreGuarded(t *testing.T) {
	e := newEnv(t, nil)
	e.reverts(attacker, e.d.Rollup, rollupABI.PackQueueBondChange(e.addr(attacker), ether(1)), "NotBonds")
	e.reverts(attacker, e.d.Rollup, rollupABI.PackRecordSlash([32]byte{1}, 1, [32]byte{}, e.addr(provider), e.addr(attacker), ether(1), big.NewInt(0)), "NotDisputes")
	e.reverts(attacker, e.d.Bonds, bondsABI.PackSlash(e.addr(provider), ether(1), e.addr(attacker), big.NewInt(10_000)), "NotDisputes")
	if _, err := e.c.Client.CallContract(e.ctx, callMsg(e.d.Rollup, rollupABI.PackRollingHash(1000)), nil); l1.RevertName(err) != "MessageIndexOutOfRange" {
		t.Fatalf("rollingHash(1000): %v", err)
	}
	if _, err := e.c.Client.CallContract(e.ctx, callMsg(e.d.Rollup, rollupABI.PackBatch(5)), nil); l1.RevertName(err) != "UnknownBatch" {
		t.Fatalf("batch(5): %v", err)
	}
}
