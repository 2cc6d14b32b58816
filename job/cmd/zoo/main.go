// Command zoo writes the model zoo (job/zoo) as job files for devnet and
// tools: <name>.model and <name>.input in the formats of
// docs/job-format.md, and manifest.json with each job's commitments (model
// root, input root, per-layer header, bias commitment and weight-rows
// root), MAC count and storage sizes. Nothing is downloaded: the models
// are generated (the blobs MLP is trained) in code.
//
//	go run ./job/cmd/zoo -out /tmp/zoo
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/job/zoo"
)

type layerEntry struct {
	In             uint32 `json:"in"`
	Out            uint32 `json:"out"`
	Shift          uint8  `json:"shift"`
	ReLU           bool   `json:"relu"`
	BiasCommitment string `json:"biasCommitment"`
	WeightRowsRoot string `json:"weightRowsRoot"`
}

type manifestEntry struct {
	Name       string       `json:"name"`
	ModelFile  string       `json:"modelFile"`
	InputFile  string       `json:"inputFile"`
	Rows       int          `json:"rows"`
	ModelRoot  string       `json:"modelRoot"`
	InputRoot  string       `json:"inputRoot"`
	Layers     []layerEntry `json:"layers"`
	MACs       uint64       `json:"macs"`
	ModelBytes uint64       `json:"modelBytes"`
	InputBytes uint64       `json:"inputBytes"`
	TraceBytes uint64       `json:"traceBytes"`
}

func main() {
	out := flag.String("out", "zoo", "output directory")
	flag.Parse()
	if err := run(*out); err != nil {
		slog.Error("zoo", "err", err)
		os.Exit(1)
	}
}

func hex32(b [32]byte) string { return fmt.Sprintf("0x%x", b) }

func run(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	entries, err := zoo.Zoo()
	if err != nil {
		return err
	}
	var manifest []manifestEntry
	for _, e := range entries {
		mb, err := job.EncodeModel(e.Model)
		if err != nil {
			return fmt.Errorf("%s: %w", e.Name, err)
		}
		ib, err := job.EncodeInput(e.Input)
		if err != nil {
			return fmt.Errorf("%s: %w", e.Name, err)
		}
		specs, err := e.Model.Specs()
		if err != nil {
			return fmt.Errorf("%s: %w", e.Name, err)
		}
		// One step class as wide as MaxWidth: the sizes and the root do not
		// depend on the classes; the STF applies the registered ones.
		shape, err := job.Describe(specs, uint32(e.Input.Rows), []uint32{job.MaxWidth})
		if err != nil {
			return fmt.Errorf("%s: %w", e.Name, err)
		}
		ir, err := job.InputRoot(e.Input.X, e.Input.Rows, e.Input.Width)
		if err != nil {
			return fmt.Errorf("%s: %w", e.Name, err)
		}
		me := manifestEntry{
			Name: e.Name, ModelFile: e.Name + ".model", InputFile: e.Name + ".input", Rows: e.Input.Rows,
			ModelRoot: hex32(shape.ModelRoot), InputRoot: hex32(ir.Bytes()),
			MACs: shape.MACs, ModelBytes: shape.ModelBytes, InputBytes: shape.InputBytes, TraceBytes: shape.TraceBytes,
		}
		for _, s := range specs {
			me.Layers = append(me.Layers, layerEntry{In: s.Header.In, Out: s.Header.Out, Shift: s.Header.Shift, ReLU: s.Header.ReLU,
				BiasCommitment: hex32(s.BiasCommitment), WeightRowsRoot: hex32(s.WeightRowsRoot)})
		}
		if err := os.WriteFile(filepath.Join(dir, me.ModelFile), mb, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, me.InputFile), ib, 0o644); err != nil {
			return err
		}
		manifest = append(manifest, me)
		slog.Info("wrote", "model", e.Name, "layers", len(specs), "macs", shape.MACs)
	}
	b, err := json.MarshalIndent(manifest, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "manifest.json"), append(b, '\n'), 0o644)
}
