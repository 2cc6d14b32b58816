# gpuroll build. `make test` is the one test command (README, .ci/run).
GO        ?= go
PKGS      ?= ./...
# go-nvml's cgo prints deprecation warnings; keep -O2 -g (setting CGO_CFLAGS replaces the default).
export CGO_CFLAGS ?= -O2 -g -Wno-deprecated-declarations
TEST_TIMEOUT ?= 25m

.PHONY: all build test test-short bench lint generate generate-check clean

all: build

build:
	$(GO) build -o bin/gpuroll ./cmd/gpuroll

# The market suites run against a real geth --dev (e2e TestMarketGeth):
# bin/geth is the pinned go-ethereum's, built once (~4 min on 2 cores,
# then from Go's build cache).
GETH_VERSION := v1.17.10
GETH         := $(CURDIR)/bin/geth

$(GETH):
	@echo "building geth $(GETH_VERSION) for the geth suite (once; a few minutes)…"
	GOBIN=$(CURDIR)/bin $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION)

# The explorer's browser test (explorer/browser_test.go) drives Debian's
# chromium; GPUROLL_REQUIRE_CHROMIUM turns a missing one into a failure.
# The key-ceremony tests compile verifiers with contracts/' solc (npm ci);
# GPUROLL_REQUIRE_SOLC turns a missing one into a failure.
# The pinned solc (contracts/package-lock.json), installed once where missing.
contracts/node_modules: contracts/package-lock.json
	cd contracts && npm ci --no-audit --no-fund

test: $(GETH) contracts/node_modules
	$(GO) vet $(PKGS)
	GPUROLL_GETH=$(GETH) GPUROLL_REQUIRE_GETH=1 GPUROLL_REQUIRE_CHROMIUM=1 GPUROLL_REQUIRE_SOLC=1 $(GO) test -timeout $(TEST_TIMEOUT) -count=1 $(PKGS)

test-short:
	$(GO) test -short -count=1 $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem -timeout 60m $(PKGS)

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^bindings/')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

# generate rebuilds every committed generated artifact: contracts/generate.sh
# compiles every .sol under contracts/src and contracts/test with the solc
# pinned in contracts/package-lock.json (run `npm ci` in contracts/ first)
# and writes the abigen bindings into bindings/.
generate:
	contracts/generate.sh

# generate-check fails when the committed artifacts differ from a fresh
# generate, including generated files that are not committed at all.
generate-check: generate
	@git diff --exit-code -- contracts bindings circuit || (echo "generated artifacts drifted: run make generate and commit" && exit 1)
	@new=$$(git status --porcelain --untracked-files=all -- contracts/artifacts bindings); \
	  if [ -n "$$new" ]; then echo "generated files not committed:"; echo "$$new"; exit 1; fi

clean:
	rm -rf bin

# cuda-worker builds the CUDA worker (job/cuda/worker.cu) into bin/ where
# nvcc exists; CUDA_ARCH picks the GPU architecture (sm_90: H100, H200).
# The provider runs it with --executor external --worker bin/gpuroll-cuda-worker.
CUDA_ARCH ?= sm_90
.PHONY: cuda-worker
cuda-worker:
	@command -v nvcc >/dev/null 2>&1 || { echo "cuda-worker: nvcc not found (install the CUDA toolkit; the worker runs only where a GPU is)"; exit 1; }
	@mkdir -p bin
	nvcc -O3 -std=c++17 -arch=$(CUDA_ARCH) -o bin/gpuroll-cuda-worker job/cuda/worker.cu
