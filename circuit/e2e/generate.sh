#!/usr/bin/env bash
# Regenerates the step verifiers and their compiled test artifacts:
#   1. gpuroll setup (deterministic dev keys) exports contracts/src/verifiers/*.sol
#   2. circuit/e2e/compile.js compiles them into circuit/e2e/testdata
# Needs `npm ci` in contracts/. The keys go to a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
keys="$(mktemp -d)"
trap 'rm -rf "$keys"' EXIT
"${GO:-go}" run ./cmd/gpuroll setup --chain-id 1337 --keys "$keys" --verifiers contracts/src/verifiers
node circuit/e2e/compile.js
