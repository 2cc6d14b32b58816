// Command gpuroll-worker is a worker for job.External written in Go: it
// reads job requests on stdin and answers with activations and leaves on
// stdout (docs/job-format.md, "Worker protocol"), running the reference
// executor. It is the protocol's reference and the worker the tests use;
// a GPU worker speaks the same protocol.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/gpuroll/gpuroll/job"
)

func main() {
	kernel := flag.String("kernel", "best", "GEMM kernel: best, purego or avx512vnni")
	workers := flag.Int("workers", 0, "goroutines (0: every core)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *kernel, *workers, log); err != nil {
		log.Error("gpuroll-worker", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, kernel string, workers int, log *slog.Logger) error {
	e := &job.Reference{Workers: workers, Log: log}
	switch kernel {
	case "best":
	case "purego":
		k := job.PureGoKernel()
		e.Kernel = &k
	default:
		var found bool
		for _, k := range job.Kernels() {
			if k.Name == kernel {
				e.Kernel, found = &k, true
			}
		}
		if !found {
			return fmt.Errorf("kernel %q not available on this CPU", kernel)
		}
	}
	return job.ServeWorker(ctx, os.Stdin, os.Stdout, e, log)
}
