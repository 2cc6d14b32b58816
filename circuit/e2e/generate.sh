#!/usr/bin/env bash
# Regenerates the step verifiers after a circuit change:
#   1. gpuroll setup (deterministic dev keys) exports contracts/src/verifiers/*.sol
#   2. contracts/generate.sh (make generate) compiles them with the other
#      contracts into contracts/artifacts and bindings/
# Needs `npm ci` in contracts/. The keys go to a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
keys="$(mktemp -d)"
trap 'rm -rf "$keys"' EXIT
"${GO:-go}" run ./cmd/gpuroll setup --chain-id 1337 --keys "$keys" --verifiers contracts/src/verifiers
contracts/generate.sh
