package zoo

import (
	"context"
	"testing"

	"github.com/gpuroll/gpuroll/job"
)

// TestBlobsQuantizedAccuracy: the int8 model, run by the reference
// executor, classifies held-out data about as well as the float model.
func TestBlobsQuantizedAccuracy(t *testing.T) {
	cfg := DefaultBlobs()
	m, ds, floatAcc, err := Blobs(cfg)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := (&job.Reference{}).Execute(context.Background(), m, ds.Input)
	if err != nil {
		t.Fatal(err)
	}
	acc := Accuracy(tr.Output(), cfg.Classes, ds.Labels)
	t.Logf("float accuracy %.3f, int8 accuracy %.3f, shifts %d/%d", floatAcc, acc, m.Layers[0].Header.Shift, m.Layers[1].Header.Shift)
	if floatAcc < 0.85 {
		t.Fatalf("float model accuracy %.3f: training failed", floatAcc)
	}
	if acc < floatAcc-0.05 {
		t.Fatalf("int8 accuracy %.3f far below float %.3f", acc, floatAcc)
	}
}

func TestZooModelsValid(t *testing.T) {
	entries, err := Zoo()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if err := job.CheckJob(e.Model, e.Input); err != nil {
			t.Fatalf("%s: %v", e.Name, err)
		}
		if e.Model.InputWidth() > 1024 {
			continue // committing the 4096 layer takes seconds; sized only
		}
		tr, err := (&job.Reference{}).Execute(context.Background(), e.Model, e.Input)
		if err != nil {
			t.Fatalf("%s: %v", e.Name, err)
		}
		// Activations are neither all saturated nor all zero.
		out := tr.Acts[0]
		var sat, zero int
		for _, v := range out {
			switch v {
			case 127, -128:
				sat++
			case 0:
				zero++
			}
		}
		if sat > len(out)/2 || zero == len(out) {
			t.Errorf("%s: layer 1 has %d saturated and %d zero values of %d", e.Name, sat, zero, len(out))
		}
	}
}
