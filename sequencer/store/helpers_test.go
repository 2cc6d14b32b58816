package store

import (
	"context"
	"crypto/ecdsa"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/zoo"
	"github.com/gpuroll/gpuroll/state"
)

// fixture is a real small job: a model, an input, the honest trace, their
// encodings and roots.
type fixture struct {
	model  *job.Model
	input  *job.Input
	trace  *job.Trace
	stored *job.StoredTrace
	specs  []job.LayerSpec
	bytes  map[string][]byte
	roots  map[string]common.Hash
	rows   uint32
	widths []uint32 // output widths
}

func (f *fixture) layers() uint32 { return uint32(len(f.model.Layers)) }

// newFixture builds and executes a model of the given widths on rows
// random input rows.
func newFixture(t testing.TB, widths []int, rows int, seed uint64) *fixture {
	t.Helper()
	m, err := zoo.Random(widths, 40, seed)
	if err != nil {
		t.Fatal(err)
	}
	in := zoo.RandomInput(rows, widths[0], seed+1)
	tr, err := (&job.Reference{Kernel: new(job.PureGoKernel()), Workers: 1}).Execute(context.Background(), m, in)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{model: m, input: in, trace: tr, stored: tr.Stored(), rows: uint32(rows), bytes: map[string][]byte{}, roots: map[string]common.Hash{}}
	if f.specs, err = m.Specs(); err != nil {
		t.Fatal(err)
	}
	for _, w := range tr.Widths {
		f.widths = append(f.widths, uint32(w))
	}
	if f.bytes[client.KindModel], err = job.EncodeModel(m); err != nil {
		t.Fatal(err)
	}
	if f.bytes[client.KindInput], err = job.EncodeInput(in); err != nil {
		t.Fatal(err)
	}
	if f.bytes[client.KindTrace], err = job.EncodeTrace(f.stored); err != nil {
		t.Fatal(err)
	}
	_, mr, err := m.Commitments()
	if err != nil {
		t.Fatal(err)
	}
	ir, err := job.InputRoot(in.X, in.Rows, in.Width)
	if err != nil {
		t.Fatal(err)
	}
	tr2, err := tr.Root()
	if err != nil {
		t.Fatal(err)
	}
	f.roots[client.KindModel], f.roots[client.KindInput], f.roots[client.KindTrace] = mr.Bytes(), ir.Bytes(), tr2.Bytes()
	return f
}

var (
	fixOnce          sync.Once
	fixA, fixB, fixC *fixture
)

// fixtures: A (8→12→5 on 3 rows), B (another 8→12→5 model on other
// rows), C (other dims: 6→7 on 3 rows).
func fixtures(t testing.TB) (a, b, c *fixture) {
	fixOnce.Do(func() {
		fixA = newFixture(t, []int{8, 12, 5}, 3, 1)
		fixB = newFixture(t, []int{8, 12, 5}, 4, 7)
		fixC = newFixture(t, []int{6, 7}, 3, 11)
	})
	return fixA, fixB, fixC
}

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Unix(1_800_000_000, 0)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
	return c.t
}

// recMetrics records events.
type recMetrics struct {
	mu        sync.Mutex
	uploads   []string // "kind" or "kind dup"
	refused   []int
	served    int
	collected int
}

func (m *recMetrics) Uploaded(kind string, _ int64, dup bool, _ time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if dup {
		kind += " dup"
	}
	m.uploads = append(m.uploads, kind)
}
func (m *recMetrics) Refused(_ string, code int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.refused = append(m.refused, code)
}
func (m *recMetrics) Served(string, int64) { m.mu.Lock(); m.served++; m.mu.Unlock() }
func (m *recMetrics) Collected(string, int64, bool) {
	m.mu.Lock()
	m.collected++
	m.mu.Unlock()
}

var testDomain = state.NewDomain(31337, common.HexToAddress("0x00000000000000000000000000000000000000a1"))

// testConfig is a store in dir on clock c with generous limits.
func testConfig(dir string, c *clock) Config {
	return Config{Dir: dir, Domain: testDomain, Now: c.Now, Log: quietLog()}
}

func openStore(t *testing.T, cfg Config) *Store {
	t.Helper()
	s, err := Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
)

func mustPut(t *testing.T, s *Store, who common.Address, kind string, b []byte) Meta {
	t.Helper()
	m, err := s.Put(context.Background(), who, kind, bytesReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("put %s: %v", kind, err)
	}
	return m
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// blobPath is the disk file of a blob in a store using the default backend.
func blobPath(s *Store, kind string, root common.Hash) string {
	return s.backend.(*Disk).Path(Key{kind, root})
}

// dirFiles lists the regular files under dir.
func dirFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return nil
	})
	slices.Sort(out)
	return out
}
