// Package contracts holds gpuroll's Solidity sources (src/), test-only
// contracts (test/) and the compile pipeline (generate.sh). Its Go tests run
// every contract on go-ethereum's simulated backend; see docs/contracts.md.
package contracts
