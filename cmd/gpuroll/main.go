// Command gpuroll is the one binary of the gpuroll settlement layer: the
// sequencer, provider, challenger, wallet, deployment and key setup.
package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
)

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "gpuroll:", err)
		os.Exit(1)
	}
}

func newApp() *cli.App {
	return &cli.App{
		Name:  "gpuroll",
		Usage: "settlement layer for a city-run market in GPU compute",
		Description: "gpuroll batches compute leases and job receipts into L2 state committed to Ethereum.\n" +
			"Providers post receipts optimistically; challengers prove false ones with gnark fraud proofs.",
		Commands: []*cli.Command{
			notBuilt("devnet", "run the whole market on an embedded L1"),
			deployCommand(),
			sequencerCommand(),
			loadgenCommand(),
			notBuilt("provider", "run a GPU provider: execute jobs, post receipts"),
			notBuilt("challenger", "run an auditor: re-execute sampled jobs, prove fraud"),
			walletCommand(),
			setupCommand(),
		},
	}
}

// notBuilt is a command that is part of the design but not built yet: it
// says so and fails, never a fake success. Packages replace these one by one.
func notBuilt(name, usage string) *cli.Command {
	return &cli.Command{
		Name:  name,
		Usage: usage + " (not built yet)",
		Action: func(*cli.Context) error {
			return cli.Exit(fmt.Sprintf("gpuroll %s is not built yet", name), 2)
		},
	}
}
