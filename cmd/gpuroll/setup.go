package main

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/urfave/cli/v2"

	"github.com/gpuroll/gpuroll/circuit"
)

// setupCommand makes the fraud-proof keys with the deterministic, insecure
// development setup and exports the Solidity verifiers.
func setupCommand() *cli.Command {
	return &cli.Command{
		Name:  "setup",
		Usage: "generate fraud-proof keys and Solidity verifiers (INSECURE deterministic dev setup, dev chains only)",
		Description: "Runs a single-party Groth16 setup per step class with toxic waste derived from a public seed.\n" +
			"Anyone can recompute that waste and forge proofs, so it is refused on every chain but 1337 and 31337.\n" +
			"It writes classN.{r1cs,pk,vk,json} to --keys and StepVerifierClassN.sol to --verifiers.",
		Flags: []cli.Flag{
			&cli.Uint64Flag{Name: "chain-id", Usage: "L1 chain id the keys are for (1337 or 31337)"},
			&cli.StringFlag{Name: "keys", Usage: "directory for the proving and verifying keys", Value: defaultDir("keys")},
			&cli.StringFlag{Name: "verifiers", Usage: "directory for the Solidity verifiers (empty: do not export)", Value: filepath.Join("contracts", "src", "verifiers")},
			&cli.UintSliceFlag{Name: "class", Usage: "step classes to set up (default: all)"},
		},
		Action: func(cctx *cli.Context) error {
			if err := requireFlags(cctx, "chain-id"); err != nil {
				return err
			}
			if err := circuit.CheckDevChain(cctx.Uint64("chain-id")); err != nil {
				return err
			}
			classes := circuit.Classes()
			if ids := cctx.UintSlice("class"); len(ids) > 0 {
				classes = classes[:0]
				for _, id := range ids {
					if id > 255 {
						return fmt.Errorf("unknown step class %d", id)
					}
					c, err := circuit.ClassByID(uint8(id))
					if err != nil {
						return err
					}
					classes = append(classes, c)
				}
			}
			// gnark logs its compile steps to stdout; the command reports through slog.
			logger.Disable()
			slog.Warn("INSECURE development setup: the toxic waste is derived from a public seed; never use these keys on a real chain")
			for _, c := range classes {
				start := time.Now()
				k, err := circuit.DevSetup(cctx.Context, c, []byte(circuit.DevBeacon))
				if err != nil {
					return err
				}
				if err := k.WriteDir(cctx.String("keys")); err != nil {
					return err
				}
				if dir := cctx.String("verifiers"); dir != "" {
					var b bytes.Buffer
					if err := k.ExportSolidity(&b); err != nil {
						return err
					}
					if err := os.MkdirAll(dir, 0o755); err != nil {
						return fmt.Errorf("verifier dir: %w", err)
					}
					path := filepath.Join(dir, circuit.VerifierFileName(c))
					if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
						return fmt.Errorf("write verifier: %w", err)
					}
				}
				slog.Info("step class set up", "class", c.ID, "maxInputWidth", c.MaxIn,
					"constraints", k.CCS.GetNbConstraints(), "vkHash", fmt.Sprintf("0x%x", k.VKHash), "took", time.Since(start).Round(time.Millisecond))
			}
			return nil
		},
	}
}
