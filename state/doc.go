// Package state is the L2 ledger of gpuroll: everything the sequencer and
// every challenger run to agree on the L2 state.
//
//   - Transactions (tx.go, eip712.go): nine user tx types with one
//     canonical binary encoding (DecodeTx is strict) and EIP-712 signing
//     under a Domain {name "gpuroll", version "1", L1 chain id, Rollup}.
//     Domain.Verify / VerifyAll recover senders. docs/txs.md.
//   - The state transition function (stf.go) on a State (state.go):
//     BeginBlock, then Apply(verified tx) / ApplyL1Message(msg) / Seal()
//     in block order, then Commit (returns the state root) or Discard.
//     CommitAsync returns the root at once and writes in the background
//     (Sync waits until the block is durable); docs/state.md.
//     Every failure is an *Error with a stable Code; a failing tx or
//     message changes nothing. Rollback(batch) returns to a batch's end.
//     Read accessors (Account, Provider, Bond, Lease, Job, Receipt,
//     Params, Globals, BatchInfo, Prove) serve the RPC and challengers.
//   - The state tree (package state/smt): a compact sparse Merkle tree
//     over Poseidon2 on pebble; docs/state.md fixes keys, leaves and
//     storage.
//   - Blocks and batches (block.go, batchcodec.go): Block, Batch,
//     Batch.Encode / DecodeBatch (brotli, strict, ≤ 120 KB), and
//     State.ApplyBlock for derivation. docs/batch-codec.md.
//   - The L1 interface (package state/l1iface): batch header, receipt and
//     withdrawal leaves, keccak trees, the L1 message queue;
//     docs/l1-interface.md and its vectors.
//
// A State is not safe for concurrent use: the sequencer serialises access
// to it (reads included, as they see the open block).
package state
