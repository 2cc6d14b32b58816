// Package job implements gpuroll's verifiable jobs: integer tensor programs
// (int8 Dense layers with int32 accumulation), their Poseidon2 commitments
// exactly as docs/hashing.md specifies them, the binary formats of
// docs/job-format.md, the executors and the execution trace with the
// Merkle openings a step fraud proof needs.
//
// Where to start:
//   - Commitments: H (the Poseidon2 width-2 compression), Pack8, Pack32,
//     VC, BiasCommitment, WeightRowsRoot, LayerCommitment,
//     ModelRootFromLayers, InputRoot, TraceRootFromLeaves; Model.Commitments
//     for a whole model. Many at once: VCPackedBatch (VCs) and HBatch
//     (compressions), sixteen lanes on AVX-512 IFMA where the CPU has it.
//   - The STF's entry point: Describe (model root, MAC count, step
//     classes, storage sizes from a SubmitJob's layers).
//   - Formats: EncodeModel/DecodeModel, EncodeInput/DecodeInput,
//     EncodeTrace/DecodeTrace, EncodeJob/DecodeJob (strict, limited).
//   - Execution: the Executor interface; Reference (pure-Go, AVX2 and
//     AVX-512 VNNI kernels, all cores) and External (a worker process
//     speaking the worker protocol: job/cmd/gpuroll-worker in Go,
//     job/cuda/worker.cu on a GPU). Every executor passes job/jobtest.
//   - Traces and fraud: Trace (activations and leaves), StoredTrace (what a
//     provider stores), FirstFraud, JobTrees (every tree of a job, for
//     LeafPath, ElementPath and Open) and StepOpening (the witness of one
//     step proof, with Verify).
//   - Golden vectors: BuildGoldenHash, BuildGoldenModel, AddGoldenOpenings;
//     written by `go run ./job/cmd/golden` into testdata/golden, which the
//     circuit's tests read too.
//
// Everything that is hashed here is also hashed inside the step circuit,
// so every function that defines a commitment is tested against the
// golden vectors.
package job
