// Package mempool is the sequencer's transaction pool: what sits between
// its JSON-RPC server (Add, Get, Status) and its block builder (Pending,
// Included, Drop, Reinject).
//
// # Admission
//
// Add takes a batch of encoded txs. Without the pool's lock it decodes
// them (state.DecodeTx: codes 100–102, 200), skips those already pooled
// (803) before any signature work, recovers the senders on all cores
// (state.Domain.Verify; the *state.Verified is kept, so the builder never
// recovers again; at most Config.Workers recoveries run at once across
// all callers, so a flood does not bury the RPC's other goroutines under
// runnable work), frames the journal records, reads the fee parameters and the senders' accounts
// from the StateView, checks that maxFee covers the fee the parameters
// imply for the tx's size (plus storage for a SubmitJob, as stf.go
// charges it: 202; see Fee) and that the balance covers that fee now
// (300), and calls Config.Admit (805, or the hook's own code). Only then
// does it take the lock, for the bookkeeping: a nonce below the account's
// (201), the replacement rule (same sender and nonce: maxFee at least 10%
// higher replaces, else 802), the per-sender limit (801), a nonce
// MaxPerSender or more ahead of the account's (804), the total limits in
// txs and bytes (800). Accepted txs are appended to the journal's current
// group under the lock (so the file's order is the pool's order), and Add
// waits, without the lock, until the group is written and fsynced: a
// single flusher goroutine writes everything appended while the previous
// fsync ran in one write and one fsync (group commit; Stats reports
// records per sync). If a block lands while an Add reads the state, it
// reads again (up to three times).
//
// # Order
//
// Each sender's txs are kept by nonce; [account nonce, first gap) is
// executable ("pending"), the rest "queued". Pending interleaves senders
// round by round — every sender's first executable tx, then every
// sender's second, … — ordered within a round by the arrival of that tx,
// so a sender with many txs cannot push out one with a single tx, and no
// sender's txs are ever out of nonce order. Reinjected txs (from
// rolled-back blocks) count as arrived before everything else.
//
// # Journal
//
// The journal (Config.JournalPath) is an append-only file: an 8-byte
// header, then records len(4) ‖ crc32c(4) ‖ tx bytes. A short or corrupt
// record ends it: Open truncates the file there (a torn tail after a
// crash) and replays the rest through the admission path (txs whose nonce
// is now below the account's are dropped silently). Included, dropped,
// replaced and stale txs stay in the file until it holds more than twice
// the live txs' records (and more than Config.CompactMinBytes); the
// flusher then rewrites it with the live txs in arrival order (temp file,
// fsync, rename, fsync of the directory). A dropped tx not yet compacted
// away comes back on a restart and is refused again by the builder.
//
// # Errors
//
// Every refusal carries a stable code, read with CodeOf: a state code
// (state/errors.go) where one fits, else a pool code (8xx, errors.go).
// Errors the pool makes are *Error; decoding and signature errors are
// state's *state.Error, unchanged.
package mempool
