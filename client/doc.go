// Package client is the typed Go client of the sequencer's API (JSON-RPC
// 2.0 over HTTP and WebSocket in the gpuroll_ namespace, and the job-data
// store over HTTP), in the shape of go-ethereum's ethclient. The provider,
// the challenger, the wallet, the explorer and the tests talk to the
// sequencer through it; the API's types live here too, so the sequencer
// serves exactly what this package decodes (docs/rpc.md).
package client
