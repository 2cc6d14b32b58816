// Command gpuroll is the one binary of the gpuroll settlement layer: the
// sequencer, provider, challenger, wallet, deployment and key setup.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
)

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "gpuroll:", err)
		os.Exit(1)
	}
}

// version is the binary's version (`gpuroll --version`).
const version = "0.1.0"

func newApp() *cli.App {
	app := &cli.App{
		Name:    "gpuroll",
		Version: version,
		Usage:   "settlement layer for a city-run market in GPU compute",
		Description: "gpuroll batches compute leases and job receipts into L2 state committed to Ethereum.\n" +
			"Providers post receipts optimistically; challengers prove false ones with gnark fraud proofs.",
		Commands: []*cli.Command{
			devnetCommand(),
			deployCommand(),
			sequencerCommand(),
			loadgenCommand(),
			providerCommand(),
			challengerCommand(),
			walletCommand(),
			setupCommand(),
			ceremonyCommand(),
			explorerCommand(),
			econCommand(),
		},
	}
	// A wrong or missing flag prints one line that says which, not the
	// whole usage: --help is one flag away.
	var short func(cmds []*cli.Command)
	short = func(cmds []*cli.Command) {
		for _, c := range cmds {
			c.OnUsageError = func(cc *cli.Context, err error, _ bool) error {
				return fmt.Errorf("%w (see gpuroll %s --help)", err, cc.Command.FullName())
			}
			short(c.Subcommands)
		}
	}
	short(app.Commands)
	app.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
		return fmt.Errorf("%w (see gpuroll --help)", err)
	}
	return app
}

// requireFlags fails with one line naming the missing flags (urfave's
// Required prints the whole usage first).
func requireFlags(c *cli.Context, names ...string) error {
	var missing []string
	for _, n := range names {
		if !c.IsSet(n) {
			missing = append(missing, "--"+n)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing %s (see gpuroll %s --help)", strings.Join(missing, ", "), c.Command.FullName())
	}
	return nil
}
