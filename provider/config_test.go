package provider

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/zoo"
	"github.com/gpuroll/gpuroll/l1"
)

func validConfig(t *testing.T) Config {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return Config{DataDir: t.TempDir(), SequencerURL: "http://127.0.0.1:8645", L1RPC: "http://127.0.0.1:8545",
		Deployment: &l1.Addresses{Token: common.Address{1}, Rollup: common.Address{2}, Bonds: common.Address{3}, Disputes: common.Address{4}},
		Key:        k, Price: uint256.NewInt(1)}
}

// TestConfigCheck: every missing or bad field is reported at once, and
// defaults are filled in.
func TestConfigCheck(t *testing.T) {
	var c Config
	err := c.Check()
	for _, want := range []error{ErrNoDataDir, ErrNoSequencer, ErrNoL1RPC, ErrNoDeployment, ErrNoKey, ErrNoPrice} {
		if !errors.Is(err, want) {
			t.Errorf("empty config: %v lacks %v", err, want)
		}
	}
	c = validConfig(t)
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
	if c.Executor != ExecReference || c.JobsPerGPU != 1 || c.CPUSlots != 1 || c.StatusAddr != DefaultStatusAddr ||
		c.PollInterval != DefaultPollInterval || c.Limits.MaxWidth != job.MaxWidth || c.Health.MaxTemperatureC != 87 || c.MaxL2Fee.IsZero() {
		t.Fatalf("defaults: %+v", c)
	}
	for _, tc := range []struct {
		mut  func(*Config)
		want string
	}{
		{func(c *Config) { c.SequencerURL = "ftp://x" }, "scheme must be one of"},
		{func(c *Config) { c.SequencerURL = "http://" }, "has no host"},
		{func(c *Config) { c.StoreURL = "ws://x" }, "store URL"},
		{func(c *Config) { c.Endpoint = "caf\u00e9" }, "only printable ASCII"},
		{func(c *Config) { c.Endpoint = strings.Repeat("a", 257) }, "at most 256"},
		{func(c *Config) { c.Executor = ExecExternal }, "needs a worker command"},
		{func(c *Config) { c.Executor = "cuda" }, `executor "cuda"`},
		{func(c *Config) { c.JobsPerGPU = 100 }, "jobs per GPU 100"},
		{func(c *Config) { c.Bond = big.NewInt(-1) }, "bond -1"},
		{func(c *Config) { c.Bond, c.MaxBond = big.NewInt(10), big.NewInt(5) }, "max bond 5 is below the bond 10"},
		{func(c *Config) { c.StatusAddr = "nowhere" }, "status address"},
		{func(c *Config) { c.PollInterval = time.Millisecond }, "poll interval 1ms"},
		{func(c *Config) { c.Health.MaxTemperatureC = 3 }, "temperature limit"},
		{func(c *Config) { c.MaxL2Fee = new(uint256.Int) }, "max fee is 0"},
	} {
		c := validConfig(t)
		tc.mut(&c)
		if err := c.Check(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("error %v, want %q", err, tc.want)
		}
	}
	c = validConfig(t)
	c.SequencerURL = "wss://seq.example/"
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
	h, w, s := c.endpoints()
	if h != "https://seq.example" || w != "wss://seq.example" || s != h {
		t.Fatalf("endpoints %s %s %s", h, w, s)
	}
}

func TestTokens(t *testing.T) {
	for in, want := range map[string]string{"1": "1000000000000000000", "1.5": "1500000000000000000", "0.000000000000000001": "1",
		"1500wei": "1500", "0": "0"} {
		v, err := ParseTokens(in)
		if err != nil || v.String() != want {
			t.Errorf("ParseTokens(%q) = %v, %v; want %s", in, v, err, want)
		}
		if formatTokens(v) != strings.TrimSuffix(in, "wei") && !strings.HasSuffix(in, "wei") {
			t.Errorf("formatTokens(%v) = %s, want %s", v, formatTokens(v), in)
		}
	}
	for _, bad := range []string{"", "-1", "1.0000000000000000001", "abc", "1e18", "-5wei", ".5"} {
		if v, err := ParseTokens(bad); err == nil {
			t.Errorf("ParseTokens(%q) = %v, want an error", bad, v)
		}
	}
	if FormatTokens("1500") != "0.0000000000000015" {
		t.Errorf("FormatTokens(1500) = %s", FormatTokens("1500"))
	}
}

// TestSchedulerFIFO: jobs leave the queue in arrival order, at most one
// per free slot, never twice.
func TestSchedulerFIFO(t *testing.T) {
	slots := []*slot{{id: 0, gpu: -1}, {id: 1, gpu: -1}}
	q := newScheduler(slots)
	var ids []common.Hash
	for i := range 5 {
		ids = append(ids, common.Hash{byte(i + 1)})
		q.push(ids[i], time.Now())
	}
	a, sa, _ := q.next()
	b, sb, _ := q.next()
	if a != ids[0] || b != ids[1] || sa == sb {
		t.Fatalf("dispatched %x on %d, %x on %d", a, sa.id, b, sb.id)
	}
	if _, _, ok := q.next(); ok {
		t.Fatal("a third job ran on two slots")
	}
	if q.push(ids[0], time.Now()) {
		t.Fatal("a running job was queued again")
	}
	q.release(sa, a)
	c, _, _ := q.next()
	if c != ids[2] {
		t.Fatalf("after a release %x, want the third job", c)
	}
	if d := q.drain(); len(d) != 2 || d[0] != ids[3] || d[1] != ids[4] {
		t.Fatalf("drained %x", d)
	}
	if n, r, h := q.counts(); n != 0 || r != 2 || h != 2 {
		t.Fatalf("counts %d %d %d", n, r, h)
	}
}

// TestModelCache: models are kept up to the byte bound, least recently
// used out first, and each is prepared once per executor kind.
func TestModelCache(t *testing.T) {
	c := newModelCache(350)
	ms := make([]*job.Model, 4)
	for i := range ms {
		var err error
		if ms[i], err = zoo.Random([]int{8, 4}, 10, uint64(i)); err != nil {
			t.Fatal(err)
		}
		c.add(common.Hash{byte(i)}, ms[i], 100)
		if i == 1 {
			c.get(common.Hash{0}) // 0 is now the most recent
		}
	}
	if c.get(common.Hash{1}) != nil || c.get(common.Hash{2}) == nil || c.get(common.Hash{0}) == nil || c.get(common.Hash{3}) == nil || c.size != 300 {
		t.Fatalf("cache keeps the wrong models (size %d)", c.size)
	}
	e := c.get(common.Hash{3})
	ref := &job.Reference{}
	p1, err := e.prepared(ref)
	if err != nil {
		t.Fatal(err)
	}
	if p2, _ := e.prepared(ref); p1 != p2 {
		t.Fatal("the model was prepared twice")
	}
}

// TestPrune: finished jobs leave memory after an hour with their totals
// kept; unfinished and recent ones stay.
func TestPrune(t *testing.T) {
	now := time.Now()
	old := now.Add(-2 * time.Hour)
	s := &Service{jobs: map[common.Hash]*jobRecord{}, busy: map[common.Hash]bool{}}
	add := func(b byte, state string, done time.Time, price string) {
		s.jobs[common.Hash{b}] = &jobRecord{ID: common.Hash{b}, State: state, DoneAt: done, Price: price}
	}
	add(1, StatePaid, old, "5")
	add(2, StatePaid, now, "7")
	add(3, StateRejected, old, "1")
	add(4, StateGone, old, "1")
	add(5, StateReceipted, time.Time{}, "9")
	add(6, StateSlashed, old, "2")
	s.pruneLocked(now)
	if len(s.jobs) != 2 || s.jobs[common.Hash{2}] == nil || s.jobs[common.Hash{5}] == nil {
		t.Fatalf("kept %v", s.jobs)
	}
	a := s.archived
	if a.done != 1 || a.rejected != 1 || a.failed != 2 || a.slashed != 1 || a.released.Int64() != 5 {
		t.Fatalf("archive %+v", a)
	}
	_, released, _ := s.earningsTotals()
	if released.Int64() != 12 {
		t.Fatalf("released %v, want 12", released)
	}
}

// TestAssignedOnce: the subscription and the poll report the same jobs
// concurrently; each is recorded and queued exactly once (a race here
// once lost jobs: both reports returned without queueing).
func TestAssignedOnce(t *testing.T) {
	d, err := openDB(t.TempDir(), false, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	defer d.close()
	me := common.Address{9}
	s := &Service{me: me, db: d, log: testLogger(), m: newMetrics(Version, "cpu"), sched: newScheduler(nil),
		jobs: map[common.Hash]*jobRecord{}, busy: map[common.Hash]bool{}, stopCtx: t.Context()}
	const n = 300
	done := make(chan struct{})
	for range 2 {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := range n {
				s.assigned(&client.Job{ID: common.Hash{byte(i), byte(i >> 8), 1}, Provider: me, Status: client.JobPending, Rows: 1})
			}
		}()
	}
	<-done
	<-done
	s.assigned(&client.Job{ID: common.Hash{7}, Provider: common.Address{8}, Status: client.JobPending}) // not ours
	s.assigned(&client.Job{ID: common.Hash{6}, Provider: me, Status: client.JobReceipted})              // not pending
	if q, _, _ := s.sched.counts(); q != n || len(s.jobs) != n {
		t.Fatalf("%d queued, %d recorded, want %d of each", q, len(s.jobs), n)
	}
	recs, err := d.jobs()
	if err != nil || len(recs) != n {
		t.Fatalf("%d records in pebble (%v)", len(recs), err)
	}
}
