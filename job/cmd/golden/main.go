// Command golden writes the golden vectors of docs/hashing.md into
// job/testdata/golden (or -out): hash.json with the primitives and one
// <job>.json per golden job, and the fuzz seed corpora into
// job/testdata/fuzz. Run from the repository root:
//
//	go run ./job/cmd/golden
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/gpuroll/gpuroll/job"
)

func main() {
	out := flag.String("out", "job/testdata/golden", "output directory")
	flag.Parse()
	if err := run(context.Background(), *out); err != nil {
		slog.Error("golden", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	h, err := job.BuildGoldenHash()
	if err != nil {
		return fmt.Errorf("hash vectors: %w", err)
	}
	if err := write(filepath.Join(dir, "hash.json"), h); err != nil {
		return err
	}
	for _, j := range job.GoldenJobs() {
		// The portable kernel defines the golden values; the conformance
		// suite checks every other kernel against them.
		g, err := job.BuildGoldenModel(ctx, j.Name, j.Model, j.Input, job.PureGoKernel())
		if err != nil {
			return fmt.Errorf("job %s: %w", j.Name, err)
		}
		if err := job.AddGoldenOpenings(g, j.Model, j.Input); err != nil {
			return fmt.Errorf("job %s openings: %w", j.Name, err)
		}
		if err := write(filepath.Join(dir, j.Name+".json"), g); err != nil {
			return err
		}
	}
	cudaDir := filepath.Join(filepath.Dir(filepath.Dir(dir)), "cuda")
	if err := os.WriteFile(filepath.Join(cudaDir, "poseidon2_constants.h"), []byte(job.CUDAConstantsHeader()), 0o644); err != nil {
		return fmt.Errorf("cuda constants: %w", err)
	}
	seeds, err := job.FuzzSeeds(ctx)
	if err != nil {
		return fmt.Errorf("fuzz seeds: %w", err)
	}
	fuzzDir := filepath.Join(filepath.Dir(dir), "fuzz")
	for target, list := range seeds {
		d := filepath.Join(fuzzDir, target)
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
		for i, b := range list {
			p := filepath.Join(d, fmt.Sprintf("seed-%02d", i))
			if err := os.WriteFile(p, job.FuzzSeedFile(b), 0o644); err != nil {
				return fmt.Errorf("write %s: %w", p, err)
			}
		}
		slog.Info("wrote fuzz seeds", "target", target, "n", len(list))
	}
	return nil
}

func write(path string, v any) error {
	b, err := job.MarshalGolden(v)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	slog.Info("wrote", "path", path, "bytes", len(b))
	return nil
}
