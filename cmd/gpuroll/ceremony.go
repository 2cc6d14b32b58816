package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/urfave/cli/v2"

	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/circuit/ceremony"
)

// ceremonyCommand runs the multi-party Groth16 setup of the step circuits
// (circuit/ceremony, docs/ceremony.md): the production keys, secure if one
// participant was honest.
func ceremonyCommand() *cli.Command {
	return &cli.Command{
		Name:  "ceremony",
		Usage: "multi-party Groth16 setup of the fraud-proof circuits (production keys; docs/ceremony.md)",
		Description: "A transcript is a directory. Every command reads one and writes a NEW one (never overwriting):\n" +
			"  init OUT                      start: phase 1 (powers of tau) sized for the largest step class\n" +
			"  contribute --name N IN OUT    add a contribution from OS randomness; prints the hash to publish\n" +
			"  seal --beacon HEX IN OUT      close the open phase with a public beacon (phase 1, then phase 2)\n" +
			"  verify IN                     re-check every contribution, the seals and the keys; prints who contributed what\n" +
			"  export --keys D --verifiers D IN   keys for circuit.LoadKeys and the Solidity verifiers (+ compiled .bin)\n" +
			"Flags go before the paths.\n" +
			"Order: init, contribute × n, seal (phase 1), contribute × n, seal (phase 2), verify, export, gpuroll deploy --verifiers.",
		Subcommands: []*cli.Command{
			{
				Name:      "init",
				Usage:     "create the ceremony transcript OUT for the step circuits of this gpuroll version",
				ArgsUsage: "OUT",
				Flags: []cli.Flag{
					&cli.UintSliceFlag{Name: "class", EnvVars: []string{"GPUROLL_CEREMONY_CLASS"}, Usage: "step classes to set up (default: all; a subset is for rehearsals and measurements: deploy needs all)"},
				},
				Action: func(c *cli.Context) error {
					out, err := ceremonyArgs(c, 1)
					if err != nil {
						return err
					}
					var ids []uint8
					for _, id := range c.UintSlice("class") {
						if id > 255 {
							return fmt.Errorf("unknown step class %d", id)
						}
						ids = append(ids, uint8(id))
					}
					if len(ids) == 0 {
						for _, cl := range circuit.Classes() {
							ids = append(ids, cl.ID)
						}
					}
					circuits, err := stepCircuits(ids)
					if err != nil {
						return err
					}
					m, err := ceremony.Init(out[0], circuits)
					if err != nil {
						return err
					}
					for _, ci := range m.Classes {
						slog.Info("class", "class", ci.ID, "maxInputWidth", ci.MaxIn, "constraints", ci.Constraints, "domain", ci.Domain, "circuitSha256", ci.CircuitHash)
					}
					fmt.Fprintf(c.App.Writer, "ceremony %s created: phase 1 domain %d; next: gpuroll ceremony contribute --name NAME %s NEXT\n", out[0], m.Phase1Domain, out[0])
					return nil
				},
			},
			{
				Name:      "contribute",
				Usage:     "add your contribution to transcript IN, writing transcript OUT; publish the printed hash",
				ArgsUsage: "IN OUT",
				Description: "Samples fresh secrets from the operating system's randomness (crypto/rand), applies them and\n" +
					"forgets them: nothing secret is written to disk. Checks the contribution it builds on first.\n" +
					"Publish the printed hash (and your name) where the ceremony's participants announced they would.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "name", EnvVars: []string{"GPUROLL_CEREMONY_NAME"}, Usage: "your name or organisation as it should appear in the transcript (printable, ≤ 128 bytes)"},
				},
				Action: func(c *cli.Context) error {
					args, err := ceremonyArgs(c, 2)
					if err != nil {
						return err
					}
					if err := requireFlags(c, "name"); err != nil {
						return err
					}
					start := time.Now()
					res, err := ceremony.Contribute(c.Context, args[0], args[1], c.String("name"))
					if err != nil {
						return err
					}
					slog.Info("contributed", "phase", res.Phase, "index", res.Index, "took", time.Since(start).Round(time.Millisecond))
					fmt.Fprintf(c.App.Writer, "phase %d contribution %d by %q written to %s\ncontribution hash (sha256, publish it): %s\n", res.Phase, res.Index, res.Name, args[1], res.Hash)
					return nil
				},
			},
			{
				Name:      "seal",
				Usage:     "close the open phase of transcript IN with the public beacon, writing transcript OUT",
				ArgsUsage: "IN OUT",
				Description: "Verifies the open phase's contributions, then applies the beacon as a last contribution anyone can\n" +
					"recompute. Use a value nobody knows before the last contribution: the hash of an L1 block at a height\n" +
					"announced in advance. Sealing phase 1 starts phase 2; sealing phase 2 makes the keys.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "beacon", EnvVars: []string{"GPUROLL_CEREMONY_BEACON"}, Usage: "the beacon in hex (16..1024 bytes, e.g. a block hash)"},
				},
				Action: func(c *cli.Context) error {
					args, err := ceremonyArgs(c, 2)
					if err != nil {
						return err
					}
					if err := requireFlags(c, "beacon"); err != nil {
						return err
					}
					beacon, err := ceremony.ParseBeacon(c.String("beacon"))
					if err != nil {
						return err
					}
					circuits, err := transcriptCircuits(args[0])
					if err != nil {
						return err
					}
					start := time.Now()
					m, err := ceremony.Seal(c.Context, args[0], args[1], beacon, circuits)
					if err != nil {
						return err
					}
					slog.Info("sealed", "stage", m.Stage().String(), "took", time.Since(start).Round(time.Millisecond))
					fmt.Fprintf(c.App.Writer, "sealed with beacon %x: %s is now at %s\n", beacon, args[1], m.Stage())
					return nil
				},
			},
			{
				Name:      "verify",
				Usage:     "re-check transcript IN end to end and print who contributed what",
				ArgsUsage: "IN",
				Description: "Checks every contribution in order (proofs of knowledge bound to the previous state, consistency of\n" +
					"every updated point), recomputes both seals with their beacons, the start of phase 2 from this binary's\n" +
					"circuits and the final keys. Give the beacons as announced to check the transcript used them.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "phase1-beacon", EnvVars: []string{"GPUROLL_CEREMONY_PHASE1_BEACON"}, Usage: "the announced phase-1 beacon (hex); empty: the transcript's, reported"},
					&cli.StringFlag{Name: "phase2-beacon", EnvVars: []string{"GPUROLL_CEREMONY_PHASE2_BEACON"}, Usage: "the announced phase-2 beacon (hex); empty: the transcript's, reported"},
				},
				Action: func(c *cli.Context) error {
					args, err := ceremonyArgs(c, 1)
					if err != nil {
						return err
					}
					var want ceremony.Beacons
					for _, b := range []struct {
						flag string
						dst  *[]byte
					}{{"phase1-beacon", &want.Phase1}, {"phase2-beacon", &want.Phase2}} {
						if v := c.String(b.flag); v != "" {
							if *b.dst, err = ceremony.ParseBeacon(v); err != nil {
								return fmt.Errorf("--%s: %w", b.flag, err)
							}
						}
					}
					circuits, err := transcriptCircuits(args[0])
					if err != nil {
						return err
					}
					start := time.Now()
					rep, err := ceremony.Verify(c.Context, args[0], circuits, want, func(f string, a ...any) {
						fmt.Fprintf(c.App.Writer, f+"\n", a...)
					})
					if err != nil {
						return fmt.Errorf("transcript %s is NOT valid: %w", args[0], err)
					}
					fmt.Fprintf(c.App.Writer, "transcript %s is valid (%s): %d phase-1 and %d phase-2 contributions, checked in %s\n",
						args[0], rep.Stage, len(rep.Phase1), len(rep.Phase2), time.Since(start).Round(time.Second))
					return nil
				},
			},
			{
				Name:      "export",
				Usage:     "write the sealed keys (circuit.LoadKeys format) and the Solidity verifiers of transcript IN",
				ArgsUsage: "IN",
				Description: "Writes classN.{r1cs,pk,vk,json} to --keys and StepVerifierClassN.sol (exactly as `gpuroll setup`\n" +
					"writes them) to --verifiers, then compiles each verifier with the pinned solc (node and `npm ci` in\n" +
					"--contracts) into StepVerifierClassN.bin, which `gpuroll deploy --verifiers DIR` deploys.\n" +
					"Existing keys or verifiers are never replaced.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "keys", EnvVars: []string{"GPUROLL_CEREMONY_KEYS"}, Usage: "directory for the proving and verifying keys (challengers' --keys)"},
					&cli.StringFlag{Name: "verifiers", EnvVars: []string{"GPUROLL_CEREMONY_VERIFIERS"}, Usage: "directory for the Solidity verifiers and their bytecode"},
					&cli.StringFlag{Name: "contracts", EnvVars: []string{"GPUROLL_CEREMONY_CONTRACTS"}, Value: "contracts", Usage: "the repository's contracts/ directory (with node_modules from `npm ci`), for solc"},
				},
				Action: func(c *cli.Context) error {
					args, err := ceremonyArgs(c, 1)
					if err != nil {
						return err
					}
					if err := requireFlags(c, "keys", "verifiers"); err != nil {
						return err
					}
					// Check the compiler before writing anything.
					if _, err := exec.LookPath("node"); err != nil {
						return fmt.Errorf("export: node not found (needed for solc): %w", err)
					}
					if _, err := os.Stat(filepath.Join(c.String("contracts"), "node_modules", "solc")); err != nil {
						return fmt.Errorf("export: solc not installed: run `npm ci` in %s (or give --contracts): %w", c.String("contracts"), err)
					}
					logger.Disable() // gnark's solidity export logs at debug level
					keys, err := ceremony.Export(args[0], c.String("keys"), c.String("verifiers"))
					if err != nil {
						return err
					}
					var classes []circuit.Class
					for _, k := range keys {
						classes = append(classes, k.Class)
					}
					ver, err := ceremony.CompileVerifiers(c.Context, c.String("contracts"), c.String("verifiers"), classes)
					if err != nil {
						return err
					}
					for _, k := range keys {
						fmt.Fprintf(c.App.Writer, "class %d: keys in %s, verifier %s (+ .bin, solc %s), VK_HASH 0x%x\n",
							k.Class.ID, c.String("keys"), filepath.Join(c.String("verifiers"), circuit.VerifierFileName(k.Class)), ver, k.VKHash)
					}
					return nil
				},
			},
		},
	}
}

func ceremonyArgs(c *cli.Context, n int) ([]string, error) {
	args := c.Args().Slice()
	for _, a := range args {
		if a == "" {
			return nil, errors.New("empty path")
		}
		if strings.HasPrefix(a, "-") {
			return nil, fmt.Errorf("gpuroll ceremony %s: flag %s after the paths: give flags first (gpuroll ceremony %s [flags] %s)", c.Command.Name, a, c.Command.Name, c.Command.ArgsUsage)
		}
	}
	if len(args) != n {
		return nil, fmt.Errorf("gpuroll ceremony %s takes %s, got %d arguments", c.Command.Name, c.Command.ArgsUsage, len(args))
	}
	return args, nil
}

// stepCircuits compiles the step circuits of the classes, with gnark's own
// log off.
func stepCircuits(ids []uint8) ([]ceremony.Circuit, error) {
	logger.Disable()
	start := time.Now()
	var cs []ceremony.Circuit
	for _, id := range ids {
		cl, err := circuit.ClassByID(id)
		if err != nil {
			return nil, err
		}
		ccs, err := circuit.Compile(cl)
		if err != nil {
			return nil, err
		}
		cs = append(cs, ceremony.Circuit{Class: cl, CCS: ccs})
	}
	slog.Info("step circuits compiled", "classes", len(cs), "took", time.Since(start).Round(time.Millisecond))
	return cs, nil
}

// transcriptCircuits compiles the step circuits of the classes a
// transcript sets up (the ceremony checks they are the same circuits).
func transcriptCircuits(dir string) ([]ceremony.Circuit, error) {
	t, err := ceremony.Open(dir)
	if err != nil {
		return nil, err
	}
	var ids []uint8
	for _, c := range t.M.Classes {
		ids = append(ids, c.ID)
	}
	return stepCircuits(ids)
}
