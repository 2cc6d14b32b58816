package job_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/jobtest"
	"github.com/gpuroll/gpuroll/job/zoo"
)

// workerEnv makes the test binary act as a worker process (serving the
// worker protocol with the named kernel), so the external executor is
// tested without a build step; TestExternalBuiltWorker runs the real
// command too.
const workerEnv = "GPUROLL_JOB_TEST_WORKER"

func TestMain(m *testing.M) {
	if k := os.Getenv(workerEnv); k != "" {
		os.Exit(serveAsWorker(k))
	}
	os.Exit(m.Run())
}

func serveAsWorker(kernel string) int {
	switch kernel {
	case "exit":
		fmt.Fprintln(os.Stderr, "worker gives up")
		return 3
	case "garbage":
		fmt.Fprint(os.Stdout, "GRWR\x01\x00 not a trace")
		return 0
	case "bad-leaf":
		return badLeafWorker()
	}
	e := &job.Reference{}
	for _, k := range job.Kernels() {
		if k.Name == kernel {
			e.Kernel = &k
		}
	}
	if e.Kernel == nil {
		fmt.Fprintf(os.Stderr, "kernel %q not available\n", kernel)
		return 2
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := job.ServeWorker(context.Background(), os.Stdin, os.Stdout, e, log); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

func TestConformanceReference(t *testing.T) {
	for _, k := range job.Kernels() {
		t.Run(k.Name, func(t *testing.T) {
			jobtest.Run(t, &job.Reference{Kernel: &k}, jobtest.GoldenDir)
		})
	}
}

func TestConformanceExternal(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range job.Kernels() {
		t.Run(k.Name, func(t *testing.T) {
			e := &job.External{Command: []string{self}, Env: []string{workerEnv + "=" + k.Name}, CheckLeaves: -1}
			jobtest.Run(t, e, jobtest.GoldenDir)
		})
	}
}

// TestConformanceExternalPersistent: one worker process serves the whole
// suite.
func TestConformanceExternalPersistent(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	e := &job.External{Command: []string{self}, Env: []string{workerEnv + "=" + job.BestKernel().Name}, CheckLeaves: -1, Persistent: true}
	jobtest.Run(t, e, jobtest.GoldenDir)
	if err := e.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
}

// TestExternalPersistentRestarts: a persistent worker that fails is
// replaced on the next call.
func TestExternalPersistentRestarts(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	_, m, in, err := jobtest.LoadGolden(jobtest.GoldenDir, "tiny")
	if err != nil {
		t.Fatal(err)
	}
	e := &job.External{Command: []string{self}, Env: []string{workerEnv + "=bad-leaf"}, CheckLeaves: -1, Persistent: true}
	for range 2 {
		if _, err := e.Execute(context.Background(), m, in); err == nil {
			t.Fatal("lying persistent worker accepted")
		}
	}
	e.Env = []string{workerEnv + "=" + job.PureGoKernel().Name}
	for range 2 {
		if _, err := e.Execute(context.Background(), m, in); err != nil {
			t.Fatalf("fresh worker after a failure: %v", err)
		}
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Execute(ctx, m, in); err == nil {
		t.Fatal("cancelled call succeeded")
	}
	if _, err := e.Execute(context.Background(), m, in); err != nil {
		t.Fatalf("call after a cancelled one: %v", err)
	}
	_ = e.Close()
}

// TestExternalBuiltWorker builds job/cmd/gpuroll-worker and runs the
// conformance suite through it.
func TestExternalBuiltWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	bin := filepath.Join(t.TempDir(), "gpuroll-worker")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/gpuroll-worker")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build worker: %v\n%s", err, out)
	}
	jobtest.Run(t, &job.External{Command: []string{bin, "-kernel", "purego"}, CheckLeaves: 4}, jobtest.GoldenDir)
}

// badLeafWorker answers one request with correct activations but one
// wrong leaf.
func badLeafWorker() int {
	req, err := job.ReadWorkerRequest(os.Stdin)
	if err != nil || req.Model == nil {
		return 1
	}
	tr, err := (&job.Reference{}).Execute(context.Background(), req.Model, req.Input)
	if err != nil {
		return 1
	}
	tr.Leaves[len(tr.Leaves)-1].SetUint64(7)
	b, err := job.EncodeWorkerResponse(tr)
	if err != nil {
		return 1
	}
	_, _ = os.Stdout.Write(b)
	return 0
}

func TestExternalRejectsBadWorkers(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	_, m, in, err := jobtest.LoadGolden(jobtest.GoldenDir, "tiny")
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"exit", "garbage", "bad-leaf"} {
		e := &job.External{Command: []string{self}, Env: []string{workerEnv + "=" + mode}, CheckLeaves: -1}
		if _, err := e.Execute(context.Background(), m, in); err == nil {
			t.Errorf("worker %q accepted", mode)
		} else {
			t.Logf("%s: %v", mode, err)
		}
	}
	e := &job.External{Command: []string{filepath.Join(t.TempDir(), "missing")}}
	if _, err := e.Execute(context.Background(), m, in); err == nil {
		t.Error("missing worker binary accepted")
	}
}

// conformanceWorkerEnv names any worker command (space-separated argv) to
// put through the conformance suite, e.g. the CUDA worker on a GPU
// machine: GPUROLL_CONFORMANCE_WORKER=./gpuroll-cuda-worker.
const conformanceWorkerEnv = "GPUROLL_CONFORMANCE_WORKER"

func TestConformanceExternalCommand(t *testing.T) {
	argv := strings.Fields(os.Getenv(conformanceWorkerEnv))
	if len(argv) == 0 {
		t.Skip(conformanceWorkerEnv + " not set")
	}
	jobtest.Run(t, &job.External{Command: argv, CheckLeaves: -1}, jobtest.GoldenDir)
}

// BenchmarkExternalCommand runs models through the persistent worker named
// in GPUROLL_CONFORMANCE_WORKER, end to end (transfer of the input, GEMM,
// leaves, transfer of the trace; the model is prepared once and sent
// once), and checks the result against the reference executor once.
// The worker's own phase timings appear in its stderr (logged at debug).
func BenchmarkExternalCommand(b *testing.B) {
	argv := strings.Fields(os.Getenv(conformanceWorkerEnv))
	if len(argv) == 0 {
		b.Skip(conformanceWorkerEnv + " not set")
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	for _, widths := range [][]int{{1024, 1024}, {4096, 4096}, {4096, 4096, 4096, 4096, 4096}} {
		n := widths[0]
		m, err := zoo.Random(widths, 127, 7)
		if err != nil {
			b.Fatal(err)
		}
		var macs int
		for l := 1; l < len(widths); l++ {
			macs += widths[l-1] * widths[l]
		}
		for _, rows := range []int{1, 64, 1024} {
			in := zoo.RandomInput(rows, n, 8)
			b.Run(fmt.Sprintf("%dx%d/layers%d/batch%d", n, n, len(widths)-1, rows), func(b *testing.B) {
				e := &job.External{Command: argv, CheckLeaves: 0, Log: log, Persistent: true}
				defer e.Close()
				want, err := (&job.Reference{}).Execute(context.Background(), m, in)
				if err != nil {
					b.Fatal(err)
				}
				wm, err := e.Prepare(m)
				if err != nil {
					b.Fatal(err)
				}
				// The first call carries the model to the worker; the loop
				// measures the steady state, where only its key travels.
				got, err := e.ExecutePrepared(context.Background(), wm, in)
				if err != nil {
					b.Fatal(err)
				}
				for i := range want.Leaves {
					if !got.Leaves[i].Equal(&want.Leaves[i]) {
						b.Fatalf("leaf %d differs from the reference executor", i)
					}
				}
				for b.Loop() {
					if _, err := e.ExecutePrepared(context.Background(), wm, in); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(rows*macs)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GMAC/s-end-to-end")
			})
		}
	}
}

// TestExternalPersistentResendsEvicted: a persistent worker that evicted a
// model gets it again.
func TestExternalPersistentResendsEvicted(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	e := &job.External{Command: []string{self}, Env: []string{workerEnv + "=" + job.PureGoKernel().Name}, CheckLeaves: -1, Persistent: true}
	defer e.Close()
	var wms []*job.WorkerModel
	for i := range 6 {
		m, err := zoo.Random([]int{8, 5}, 20, uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		wm, err := e.Prepare(m)
		if err != nil {
			t.Fatal(err)
		}
		wms = append(wms, wm)
	}
	in := zoo.RandomInput(3, 8, 1)
	for round := range 2 {
		for i, wm := range wms {
			got, err := e.ExecutePrepared(context.Background(), wm, in)
			if err != nil {
				t.Fatalf("round %d model %d: %v", round, i, err)
			}
			want, _ := (&job.Reference{}).Execute(context.Background(), wm.Model, in)
			if !got.Leaves[len(got.Leaves)-1].Equal(&want.Leaves[len(want.Leaves)-1]) {
				t.Fatalf("round %d model %d: wrong trace", round, i)
			}
		}
	}
}
