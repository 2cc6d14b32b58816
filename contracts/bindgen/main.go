// Command bindgen turns the artifacts written by contracts/compile.js into Go
// bindings with go-ethereum's abigen (v2 bindings, the go-ethereum version of
// go.mod). It is the library form of `abigen --v2`, fed the contracts in
// sorted order so that the output is byte-for-byte reproducible, and all
// contracts of a group go into one file so shared structs are emitted once.
//
//	go run ./contracts/bindgen -artifacts contracts/artifacts/src -pkg bindings -out bindings/bindings.go
package main

import (
	"errors"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

func main() {
	dir := flag.String("artifacts", "", "directory with <Name>.abi and <Name>.bin files")
	pkg := flag.String("pkg", "", "Go package name")
	out := flag.String("out", "", "output Go file")
	flag.Parse()
	if err := run(*dir, *pkg, *out); err != nil {
		fmt.Fprintln(os.Stderr, "bindgen:", err)
		os.Exit(1)
	}
}

func run(dir, pkg, out string) error {
	if dir == "" || pkg == "" || out == "" {
		return errors.New("-artifacts, -pkg and -out are required")
	}
	abiFiles, err := filepath.Glob(filepath.Join(dir, "*.abi"))
	if err != nil {
		return fmt.Errorf("list artifacts: %w", err)
	}
	if len(abiFiles) == 0 {
		return fmt.Errorf("no .abi files in %s", dir)
	}
	sort.Strings(abiFiles)
	var types, abis, bins []string
	for _, f := range abiFiles {
		name := strings.TrimSuffix(filepath.Base(f), ".abi")
		a, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read abi of %s: %w", name, err)
		}
		b, err := os.ReadFile(strings.TrimSuffix(f, ".abi") + ".bin")
		if err != nil {
			return fmt.Errorf("read bytecode of %s: %w", name, err)
		}
		bin := strings.TrimSpace(string(b))
		if bin != "" {
			bin = "0x" + bin
		}
		types = append(types, name)
		abis = append(abis, string(a))
		bins = append(bins, bin)
	}
	code, err := abigen.BindV2(types, abis, bins, pkg, map[string]string{}, map[string]string{})
	if err != nil {
		return fmt.Errorf("bind %s: %w", dir, err)
	}
	src, err := format.Source([]byte(code))
	if err != nil {
		return fmt.Errorf("format bindings: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("create output dir: %w", err)
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}
