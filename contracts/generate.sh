#!/usr/bin/env bash
# make generate: compile every .sol under contracts/src and contracts/test
# (including whatever circuit/ drops into contracts/src/verifiers) with the
# solc pinned in package.json, then write Go bindings with go-ethereum's
# abigen (the version in go.mod). Needs `npm ci` in contracts/ first.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/solc ] || [ ! -d node_modules/@openzeppelin/contracts ]; then
  echo "contracts/generate.sh: node modules missing: run 'npm ci' in contracts/" >&2
  exit 1
fi
node compile.js
cd ..
GO="${GO:-go}"
"$GO" run ./contracts/bindgen -artifacts contracts/artifacts/src -pkg bindings -out bindings/bindings.go
"$GO" run ./contracts/bindgen -artifacts contracts/artifacts/test -pkg testonly -out bindings/testonly/testonly.go
