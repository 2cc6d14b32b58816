// Package explorer is the web explorer of a gpuroll market (`gpuroll
// explorer`): server-rendered pages of what is happening (L1 and L2 heads,
// blocks, batches and their dispute windows, throughput), what is at stake
// (providers' bonds and exposure, escrow) and what is disputed (commits,
// slashes, the guardian's rejections), for the city, auditors, providers
// and buyers.
//
// Every value comes from the sequencer's JSON-RPC API (client/) or from
// L1 (the contracts' events and views); the explorer keeps only caches:
// the recent L2 blocks (the last hour, for the throughput chart and the
// recent lists), the L1 events it has read, and receipts that can no
// longer change. No endpoint changes anything. A sequencer or L1 that
// cannot be reached is shown as down, never as an empty market.
package explorer
