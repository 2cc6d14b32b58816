package challenger

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gpuroll/gpuroll/job"
)

// TestExternalWorker re-executes with an external worker process
// (job.External speaking the worker protocol; here job/cmd/gpuroll-worker,
// the protocol's reference, where a GPU worker would run): honest
// receipts of varied shapes are verified, a false one is found at its
// step.
func TestExternalWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker")
	}
	bin := filepath.Join(t.TempDir(), "gpuroll-worker")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/gpuroll/gpuroll/job/cmd/gpuroll-worker")
	cmd.Env = append(os.Environ(), "CGO_CFLAGS=-O2 -g -Wno-deprecated-declarations")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build the worker: %v\n%s", err, out)
	}
	n := newL2(t, nil)
	n.market(100)
	models := shapeModels(t)
	var items []item
	for i := 0; i < 32; i++ {
		items = append(items, n.submit(newJob(t, models[i%len(models)], 1+i%4, uint64(7000+i)), nil)...)
	}
	j := newJob(t, models[6], 3, 7777) // 64→32→16→8
	falseValue(j.st, 2, 3, 9)
	j.seal(t)
	var control common.Hash
	items = append(items, n.submit(j, &control)...)
	n.block(items, true)
	n.post(nil)

	cfg := n.challengerConfig(t)
	ext := &job.External{Command: []string{bin}, Persistent: true, CheckLeaves: 4, Log: testLogger()}
	t.Cleanup(func() { ext.Close() })
	cfg.Executor = ext
	s := startChallenger(t, cfg)
	waitFor(t, "every receipt checked by the worker", 2*time.Minute, func() bool {
		st := s.Status()
		return st.Receipts.Verified+st.Receipts.False == 33
	})
	st := s.Status()
	if st.Receipts.Verified != 32 || st.Receipts.False != 1 || st.Capacity.Reexecutions != 33 {
		t.Fatalf("receipts %+v, capacity %+v", st.Receipts, st.Capacity)
	}
	d, err := s.Dispute(control)
	if err != nil || d == nil || d.Step == nil || *d.Step != (job.Step{Row: 2, Layer: 3, Output: 9}) {
		t.Fatalf("control: %+v %v", d, err)
	}
}

// falseValue flips value o of leaf (r, l).
func falseValue(st *job.StoredTrace, r, l, o int) {
	lf := st.Leaf(r, l)
	e := &lf.Elems[o/job.PackInt8]
	b := e.Bytes()
	b[31-o%job.PackInt8] ^= 0x01
	e.SetBytes(b[:])
}
