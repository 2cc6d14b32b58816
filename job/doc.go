// Package job implements gpuroll's verifiable jobs: integer tensor programs
// (int8 Dense layers with int32 accumulation), their Poseidon2 commitments
// exactly as docs/hashing.md specifies them, the binary formats of
// docs/job-format.md, the reference executor and the execution trace with
// the Merkle openings a step fraud proof needs.
//
// Everything that is hashed here is also hashed inside the step circuit, so
// every function that defines a commitment is tested against the golden
// vectors in testdata/golden, which the circuit tests read too.
package job
