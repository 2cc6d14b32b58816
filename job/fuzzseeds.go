package job

import (
	"context"
	"fmt"
	"strconv"
)

// FuzzSeeds returns seed inputs for the decoding fuzz targets, keyed by
// target name: valid encodings of the golden jobs plus truncated and
// mutated ones. cmd/golden writes them to testdata/fuzz/<target>/.
func FuzzSeeds(ctx context.Context) (map[string][][]byte, error) {
	seeds := map[string][][]byte{}
	add := func(target string, b []byte) {
		seeds[target] = append(seeds[target], b)
		if len(b) > 8 {
			seeds[target] = append(seeds[target], b[:len(b)/2])
			mut := append([]byte(nil), b...)
			mut[len(mut)/3] ^= 0x80
			seeds[target] = append(seeds[target], mut)
		}
	}
	for _, j := range GoldenJobs() {
		mb, err := EncodeModel(j.Model)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", j.Name, err)
		}
		add("FuzzDecodeModel", mb)
		ib, err := EncodeInput(j.Input)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", j.Name, err)
		}
		add("FuzzDecodeInput", ib)
		tr, err := (&Reference{Kernel: new(PureGoKernel()), Workers: 1}).Execute(ctx, j.Model, j.Input)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", j.Name, err)
		}
		tb, err := EncodeTrace(tr.Stored())
		if err != nil {
			return nil, fmt.Errorf("%s: %w", j.Name, err)
		}
		add("FuzzDecodeTrace", tb)
		specs, err := j.Model.Specs()
		if err != nil {
			return nil, err
		}
		ir, err := InputRoot(j.Input.X, j.Input.Rows, j.Input.Width)
		if err != nil {
			return nil, err
		}
		jb, err := EncodeJob(&Job{Layers: specs, Rows: uint32(j.Input.Rows), InputRoot: ir.Bytes()})
		if err != nil {
			return nil, err
		}
		add("FuzzDecodeJob", jb)
		req, err := EncodeWorkerRequest(j.Model, j.Input)
		if err != nil {
			return nil, err
		}
		add("FuzzWorkerRequest", req)
		resp, err := EncodeWorkerResponse(tr)
		if err != nil {
			return nil, err
		}
		add("FuzzWorkerResponse", resp)
	}
	// Worker requests as ServeWorker reads them: from a stream, where a
	// request carrying its model is followed by one naming it by key, and a
	// request by key alone. Appended after the per-job seeds above so that
	// their file names keep their contents.
	for _, j := range GoldenJobs() {
		wm, err := NewWorkerModel(j.Model)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", j.Name, err)
		}
		ib, err := EncodeInput(j.Input)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", j.Name, err)
		}
		keyOnly := encodeRequest(wm, false, ib)
		add("FuzzWorkerRequest", append(encodeRequest(wm, true, ib), keyOnly...))
		seeds["FuzzWorkerRequest"] = append(seeds["FuzzWorkerRequest"], keyOnly)
	}
	return seeds, nil
}

// FuzzSeedFile formats one seed in the go test fuzz corpus format.
func FuzzSeedFile(b []byte) []byte {
	return []byte("go test fuzz v1\n[]byte(" + strconv.Quote(string(b)) + ")\n")
}
