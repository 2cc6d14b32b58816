// Package hashcost measures what justifies docs/hashing.md's choice of
// the Poseidon2 width-2 compression: its in-circuit constraint count
// against a width-3 permutation (the alternative for a 2-to-1 node), and
// checks that gnark's in-circuit Compress computes job.H.
package hashcost
