package job_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/jobtest"
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
	m, in, err := job.ReadWorkerRequest(os.Stdin)
	if err != nil {
		return 1
	}
	tr, err := (&job.Reference{}).Execute(context.Background(), m, in)
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
