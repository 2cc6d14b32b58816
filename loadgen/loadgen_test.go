package loadgen

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

func TestWalletKeyDeterministic(t *testing.T) {
	a, b := WalletKey("s", 7), WalletKey("s", 7)
	if !a.Equal(b) {
		t.Fatal("same seed and index, different keys")
	}
	if WalletKey("s", 8).Equal(a) || WalletKey("t", 7).Equal(a) {
		t.Fatal("another index or seed gave the same key")
	}
}

func TestCheckLoopback(t *testing.T) {
	for _, u := range []string{"http://127.0.0.1:8645", "ws://localhost:8645", "http://[::1]:1", "https://127.0.0.2"} {
		if err := CheckLoopback(u, false); err != nil {
			t.Errorf("%s: %v", u, err)
		}
	}
	for _, u := range []string{"http://10.0.0.1:8645", "ws://8.8.8.8", "ftp://127.0.0.1", "127.0.0.1:8645"} {
		if err := CheckLoopback(u, false); err == nil {
			t.Errorf("%s accepted", u)
		}
	}
	if err := CheckLoopback("http://10.0.0.1:8645", true); err != nil {
		t.Errorf("allowed remote refused: %v", err)
	}
}

func TestQuantile(t *testing.T) {
	var ds []int64
	for i := 1; i <= 100; i++ {
		ds = append(ds, int64(101-i))
	}
	l := latency(ds)
	if l.P50 != 50 || l.P99 != 99 || l.Max != 100 || l.N != 100 {
		t.Fatalf("%+v", l)
	}
	if l := latency([]int64{5}); l.P50 != 5 || l.P99 != 5 {
		t.Fatalf("%+v", l)
	}
}

// TestPlanFunding: every wallet is reached, no account sends more than
// fanout txs in one round, and every node receives what it passes on plus
// its top-up and fees.
func TestPlanFunding(t *testing.T) {
	need, maxFee := uint256.NewInt(1000), uint256.NewInt(7)
	funder := &wallet{bal: uint256.NewInt(1e18)}
	var ws []*wallet
	for i := 0; i < 300; i++ {
		ws = append(ws, &wallet{bal: uint256.NewInt(uint64(i % 3 * 600))}) // 0, 600, 1200
	}
	root, rounds := planFunding(funder, ws, need, maxFee, 5)
	reached := 0
	var check func(n *fundNode)
	check = func(n *fundNode) {
		perRound := map[int]int{}
		want := new(uint256.Int).Set(n.topUp)
		for _, c := range n.children {
			if c.round <= n.round {
				t.Fatalf("child funded in round %d by a node funded in round %d", c.round, n.round)
			}
			perRound[c.round]++
			want.Add(want, c.total)
			want.Add(want, maxFee)
			reached++
			check(c)
		}
		for r, k := range perRound {
			if k > 5 {
				t.Fatalf("%d transfers in round %d from one account", k, r)
			}
		}
		if !want.Eq(n.total) {
			t.Fatalf("total %s, want %s", n.total, want)
		}
	}
	check(root)
	if reached != 200 { // the wallets holding 1200 need nothing
		t.Fatalf("reached %d wallets, want 200", reached)
	}
	// 1 → 6 → 36 → 216 accounts: 200 wallets need 3 rounds.
	if rounds != 3 {
		t.Fatalf("%d rounds", rounds)
	}
}

// TestSenderAgainstFakeServer: batches go out as JSON-RPC, answers are
// counted by code, the hash is checked.
func TestSenderAgainstFakeServer(t *testing.T) {
	dom := state.NewDomain(1337, common.Address{1})
	key := WalletKey("x", 0)
	var txs []signed
	for i := 0; i < 25; i++ {
		s, err := signTransfer(dom, key, uint64(i), uint256.NewInt(100), common.Address{2}, uint256.NewInt(1))
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, s)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req struct {
			ID     int        `json:"id"`
			Method string     `json:"method"`
			Params [][]string `json:"params"`
		}
		if err := json.Unmarshal(body, &req); err != nil || req.Method != "gpuroll_sendRawTransactions" {
			http.Error(w, "bad request", 400)
			return
		}
		var out []client.SendResult
		for _, h := range req.Params[0] {
			raw, _ := hex.DecodeString(strings.TrimPrefix(h, "0x"))
			res := client.SendResult{Hash: crypto.Keccak256Hash(raw)}
			if raw[8]%5 == 4 { // every fifth nonce
				res.Code, res.Message = 804, "too far"
			}
			out = append(out, res)
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": out})
	}))
	defer srv.Close()
	rec := newRecorder(len(txs))
	cfg := &Config{Batch: 10, Conns: 2, Duration: time.Minute}
	s := &sender{cfg: cfg, url: srv.URL, txs: txs, rec: rec}
	if err := s.run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if rec.accepted.Load() != 20 || rec.refused[804] != 5 || rec.batches != 3 {
		t.Fatalf("accepted %d, refused %v, batches %d", rec.accepted.Load(), rec.refused, rec.batches)
	}
	res := &Result{Refused: map[int]int{}}
	res.compute(rec, txs, &watcher{}, 0)
	var b bytes.Buffer
	res.WriteTable(&b)
	if res.Accepted != 20 || res.NotIncluded != 20 || !strings.Contains(b.String(), "804: 5") {
		t.Fatalf("%+v\n%s", res, b.String())
	}
}
