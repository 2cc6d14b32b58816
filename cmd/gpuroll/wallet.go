package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/job"
	"github.com/gpuroll/gpuroll/wallet"
)

const walletEnv = "GPUROLL_WALLET"

func walletFlags() []cli.Flag {
	e := func(n string) []string { return []string{walletEnv + "_" + n} }
	return []cli.Flag{
		&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8645", EnvVars: e("RPC"), Usage: "the sequencer's JSON-RPC URL"},
		&cli.StringFlag{Name: "l1-rpc", EnvVars: e("L1_RPC"), Usage: "Ethereum node URL (deposits, L1 balances, withdrawal claims)"},
		&cli.StringFlag{Name: "keystore", EnvVars: e("KEYSTORE"), Usage: "keystore file of your key (gpuroll wallet new)"},
		&cli.StringFlag{Name: "password-file", EnvVars: e("PASSWORD_FILE"), Usage: "file whose first line is the keystore password (or set GPUROLL_WALLET_PASSWORD; else you are asked)"},
		&cli.StringFlag{Name: "datadir", Value: defaultDir("wallet"), EnvVars: e("DATADIR"), Usage: "where the wallet keeps its pending L1 txs"},
		&cli.DurationFlag{Name: "timeout", Value: 30 * time.Minute, EnvVars: e("TIMEOUT"), Usage: "give up waiting after this long"},
	}
}

// defaultDir is ~/.gpuroll/<name> (the working tree stays clean).
func defaultDir(name string) string {
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(".gpuroll", name)
	}
	return filepath.Join(home, ".gpuroll", name)
}

func walletCommand() *cli.Command {
	return &cli.Command{
		Name:  "wallet",
		Usage: "buyer and provider wallet: keys, balances, deposits, leases, jobs, withdrawals",
		Description: "Talks to a sequencer (--rpc) and, for deposits and withdrawal claims, to L1 (--l1-rpc).\n" +
			"Amounts are in tokens (decimals allowed: 1.5 = 1.5 × 10^18 wei). Example session:\n" +
			"  gpuroll wallet new --dir keystore\n" +
			"  gpuroll wallet --keystore keystore/UTC--… --l1-rpc http://127.0.0.1:8545 deposit 100\n" +
			"  gpuroll wallet --keystore … providers\n" +
			"  gpuroll wallet --keystore … lease open --provider 0x… --deposit 10 --duration 1h\n" +
			"  gpuroll wallet --keystore … job submit --lease 0 model.bin input.bin",
		Flags: walletFlags(),
		Subcommands: []*cli.Command{
			{Name: "new", Usage: "create a key (a keystore file)", Flags: []cli.Flag{
				&cli.StringFlag{Name: "dir", Value: "keystore", Usage: "keystore directory"}}, Action: walletNew},
			{Name: "import", Usage: "import a hex private key from a file", ArgsUsage: "KEYFILE", Flags: []cli.Flag{
				&cli.StringFlag{Name: "dir", Value: "keystore", Usage: "keystore directory"}}, Action: walletImport},
			{Name: "balance", Usage: "L1 tokens, L2 balance, lease escrows, withdrawals", Action: walletDo(walletBalance)},
			{Name: "deposit", Usage: "move tokens from L1 into your L2 account", ArgsUsage: "AMOUNT", Action: walletDo(walletDeposit)},
			{Name: "providers", Usage: "the providers: price, class, GPUs, bond", Action: walletDo(walletProviders)},
			{Name: "lease", Usage: "open or close a lease", Subcommands: []*cli.Command{
				{Name: "open", Usage: "open a lease with a provider at its price", Flags: []cli.Flag{
					&cli.StringFlag{Name: "provider", Usage: "the provider's address"},
					&cli.StringFlag{Name: "deposit", Usage: "tokens to escrow for its jobs"},
					&cli.DurationFlag{Name: "duration", Value: time.Hour, Usage: "how long the lease stays open"},
				}, Action: walletDo(walletLeaseOpen)},
				{Name: "close", Usage: "close a lease (its free escrow comes back)", ArgsUsage: "LEASE_ID", Action: walletDo(walletLeaseClose)},
			}},
			{Name: "job", Usage: "submit a job and follow it; read its status or result", Subcommands: []*cli.Command{
				{Name: "submit", Usage: "upload MODEL and INPUT (docs/job-format.md), submit, follow to final, print the result", ArgsUsage: "MODEL INPUT",
					Flags: []cli.Flag{
						&cli.Uint64Flag{Name: "lease", Usage: "the lease to submit on"},
						&cli.BoolFlag{Name: "no-wait", Usage: "return once the job is submitted"},
						&cli.StringFlag{Name: "out", Usage: "write the result (JSON rows) to this file"},
					}, Action: walletDo(walletJobSubmit)},
				{Name: "status", Usage: "a job's status", ArgsUsage: "JOB_ID", Action: walletDo(walletJobStatus)},
				{Name: "result", Usage: "download and check a receipted job's result", ArgsUsage: "JOB_ID",
					Flags: []cli.Flag{&cli.StringFlag{Name: "out", Usage: "write the result (JSON rows) to this file"}}, Action: walletDo(walletJobResult)},
			}},
			{Name: "withdraw", Usage: "withdraw to L1: the L2 tx, then the claim once its batch is final", ArgsUsage: "AMOUNT",
				Flags: []cli.Flag{&cli.StringFlag{Name: "to", Usage: "L1 recipient (default: your address)"}}, Action: walletDo(walletWithdraw)},
			{Name: "claim", Usage: "claim a final withdrawal on L1", ArgsUsage: "WITHDRAWAL_ID", Action: walletDo(walletClaim)},
			{Name: "tx", Usage: "a tx's status", Subcommands: []*cli.Command{
				{Name: "status", ArgsUsage: "TX_HASH", Usage: "where a tx is: pending, included, batched, posted, final or dropped", Action: walletDo(walletTxStatus)},
			}},
			{Name: "model", Usage: "convert a plain JSON model (and input) into the job formats", ArgsUsage: "MODEL.json [INPUT.json]",
				Description: "MODEL.json: {\"layers\":[{\"shift\":7,\"relu\":true,\"weights\":[[1,-2],[3,4]],\"bias\":[0,5]}, …]}\n" +
					"INPUT.json: {\"rows\":[[1,2],[3,4]]}; writes MODEL.bin (and INPUT.bin) for `job submit`.",
				Flags: []cli.Flag{&cli.StringFlag{Name: "out-model", Usage: "model output file (default: MODEL with .bin)"},
					&cli.StringFlag{Name: "out-input", Usage: "input output file (default: INPUT with .bin)"}},
				Action: walletModel},
		},
	}
}

// walletPassword reads the password: file, environment, else a prompt.
func walletPassword(c *cli.Context) (string, error) {
	if f := c.String("password-file"); f != "" {
		return readPassword(f, walletEnv+"_PASSWORD")
	}
	if pw, ok := os.LookupEnv(walletEnv + "_PASSWORD"); ok {
		return pw, nil
	}
	if !term.IsTerminal(int(os.Stdin.Fd())) {
		return "", fmt.Errorf("no keystore password: give --password-file FILE or set %s_PASSWORD (stdin is not a terminal to ask on)", walletEnv)
	}
	fmt.Fprint(os.Stderr, "keystore password: ")
	b, err := term.ReadPassword(int(os.Stdin.Fd()))
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	return string(b), nil
}

func walletNew(c *cli.Context) error {
	pw, err := walletPassword(c)
	if err != nil {
		return err
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	path, err := writeKeystore(c.String("dir"), k, pw, false)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "address  %s\nkeystore %s\n", crypto.PubkeyToAddress(k.PublicKey), path)
	return nil
}

func walletImport(c *cli.Context) error {
	if c.NArg() != 1 {
		return errors.New("wallet import: give the file holding the hex private key")
	}
	k, err := loadKey(c.Args().First())
	if err != nil {
		return err
	}
	pw, err := walletPassword(c)
	if err != nil {
		return err
	}
	path, err := writeKeystore(c.String("dir"), k, pw, false)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "address  %s\nkeystore %s\n", crypto.PubkeyToAddress(k.PublicKey), path)
	return nil
}

// walletDo opens the wallet (key, sequencer, L1) for a subcommand.
func walletDo(f func(ctx context.Context, c *cli.Context, w *wallet.Wallet) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		ks := c.String("keystore")
		if ks == "" {
			return fmt.Errorf("no key: give --keystore FILE (or %s_KEYSTORE); make one with `gpuroll wallet new`", walletEnv)
		}
		pw, err := walletPassword(c)
		if err != nil {
			return err
		}
		key, err := decryptKeystore(ks, pw)
		if err != nil {
			return err
		}
		ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
		defer cancel()
		if err := os.MkdirAll(c.String("datadir"), 0o700); err != nil {
			return err
		}
		w, err := wallet.Open(ctx, wallet.Config{RPC: c.String("rpc"), L1RPC: c.String("l1-rpc"), Key: key, DataDir: c.String("datadir")})
		if err != nil {
			return err
		}
		defer w.Close()
		return f(ctx, c, w)
	}
}

// parseTokens reads a token amount ("1.5") as wei.
func parseTokens(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok || r.Sign() <= 0 {
		return nil, fmt.Errorf("amount %q: want a positive number of tokens, e.g. 10 or 0.25", s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("amount %q has more than 18 decimals", s)
	}
	return r.Num(), nil
}

// tokens formats wei as tokens.
func tokens(v *big.Int) string {
	if v == nil {
		return "-"
	}
	u, overflow := uint256.FromBig(v)
	if overflow || v.Sign() < 0 {
		return v.String() + " wei"
	}
	return wallet.FormatTokens(u)
}

func arg(c *cli.Context, i int, name string) (string, error) {
	if c.NArg() <= i {
		return "", fmt.Errorf("missing %s (see --help)", name)
	}
	return c.Args().Get(i), nil
}

func progressTo(w io.Writer) func(string) {
	return func(s string) { fmt.Fprintf(w, "%s  %s\n", time.Now().Format("15:04:05"), s) }
}

func walletBalance(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	b, err := w.Balance(ctx)
	if err != nil {
		return err
	}
	out := c.App.Writer
	fmt.Fprintf(out, "address       %s\n", w.Addr)
	if b.L1Tokens != nil {
		fmt.Fprintf(out, "L1 tokens     %s\n", tokens(b.L1Tokens))
	}
	fmt.Fprintf(out, "L2 balance    %s\nlease escrow  %s\nL2 nonce      %d\n", tokens(b.L2.ToBig()), tokens(b.Escrow.ToBig()), b.Nonce)
	for _, x := range b.Withdrawal {
		id := uint64(x.WithdrawalID)
		var where string
		switch {
		case x.Claimed:
			where = "claimed on L1"
		case x.Final:
			where = fmt.Sprintf("final: claim with `gpuroll wallet claim %d`", id)
		default:
			where = fmt.Sprintf("claim with `gpuroll wallet claim %d` once the batch is final", id)
		}
		fmt.Fprintf(out, "withdrawal %d: %s tokens to %s (batch %d; %s)\n",
			id, tokens((*uint256.Int)(x.Amount).ToBig()), x.To, uint64(x.Batch), where)
	}
	return nil
}

func walletDeposit(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	s, err := arg(c, 0, "AMOUNT")
	if err != nil {
		return err
	}
	amt, err := parseTokens(s)
	if err != nil {
		return err
	}
	if err := w.Deposit(ctx, amt, progressTo(c.App.Writer)); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "deposited %s tokens\n", tokens(amt))
	return nil
}

func walletProviders(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	ps, err := w.Seq.Providers(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "%-42s %-14s %-5s %-4s %-7s %-12s %s\n", "PROVIDER", "PRICE/GPU-h", "CLASS", "GPUS", "ACTIVE", "BOND", "ENDPOINT")
	for _, p := range ps {
		fmt.Fprintf(c.App.Writer, "%-42s %-14s %-5d %-4d %-7v %-12s %s\n", p.Address, tokens((*uint256.Int)(p.PricePerGPUHour).ToBig()),
			uint64(p.GPUClass), uint64(p.GPUs), p.Active, tokens((*uint256.Int)(p.Bond).ToBig()), p.Endpoint)
	}
	if len(ps) == 0 {
		fmt.Fprintln(c.App.Writer, "(no provider registered yet)")
	}
	return nil
}

func walletLeaseOpen(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	if err := requireFlags(c, "provider", "deposit"); err != nil {
		return err
	}
	if !common.IsHexAddress(c.String("provider")) {
		return fmt.Errorf("--provider %q is not an address", c.String("provider"))
	}
	dep, err := parseTokens(c.String("deposit"))
	if err != nil {
		return err
	}
	d, _ := uint256.FromBig(dep)
	secs := uint64(c.Duration("duration") / time.Second)
	if secs == 0 {
		return errors.New("--duration must be at least a second")
	}
	id, err := w.OpenLease(ctx, common.HexToAddress(c.String("provider")), d, secs)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "lease %d open with %s, %s tokens in escrow\n", id, c.String("provider"), tokens(dep))
	return nil
}

func walletLeaseClose(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	s, err := arg(c, 0, "LEASE_ID")
	if err != nil {
		return err
	}
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("lease id %q: %w", s, err)
	}
	if err := w.CloseLease(ctx, id); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "lease %d closed\n", id)
	return nil
}

func walletJobSubmit(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	if err := requireFlags(c, "lease"); err != nil {
		return err
	}
	mp, err := arg(c, 0, "MODEL")
	if err != nil {
		return err
	}
	ip, err := arg(c, 1, "INPUT")
	if err != nil {
		return err
	}
	mb, err := os.ReadFile(mp)
	if err != nil {
		return err
	}
	ib, err := os.ReadFile(ip)
	if err != nil {
		return err
	}
	j, err := wallet.LoadJob(mb, ib)
	if err != nil {
		return err
	}
	out := c.App.Writer
	p := progressTo(out)
	p(fmt.Sprintf("uploading the model (%d B) and input (%d B), submitting on lease %d…", len(mb), len(ib), c.Uint64("lease")))
	id, err := w.SubmitJob(ctx, c.Uint64("lease"), j)
	if err != nil {
		return err
	}
	p(fmt.Sprintf("job %s submitted", id))
	if c.Bool("no-wait") {
		return nil
	}
	r, err := w.FollowJob(ctx, id, func(stage, detail string) { p(stage + ": " + detail) })
	if err != nil {
		return err
	}
	return printResult(ctx, c, w, r)
}

func printResult(ctx context.Context, c *cli.Context, w *wallet.Wallet, r *client.Receipt) error {
	res, err := w.Result(ctx, r)
	if err != nil {
		return err
	}
	rows := make([][]int, len(res))
	for i, row := range res {
		rows[i] = make([]int, len(row))
		for k, v := range row {
			rows[i][k] = int(v)
		}
	}
	b, _ := json.Marshal(map[string]any{"rows": rows})
	if f := c.String("out"); f != "" {
		if err := os.WriteFile(f, b, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "result (%d rows, checked against the receipt's trace) written to %s\n", len(rows), f)
		return nil
	}
	fmt.Fprintf(c.App.Writer, "result (%d rows, checked against the receipt's trace):\n%s\n", len(rows), b)
	return nil
}

func jobID(c *cli.Context) (common.Hash, error) {
	s, err := arg(c, 0, "JOB_ID")
	if err != nil {
		return common.Hash{}, err
	}
	b, err := hexBytes(s, 32)
	if err != nil {
		return common.Hash{}, fmt.Errorf("job id: %w", err)
	}
	return common.BytesToHash(b), nil
}

func hexBytes(s string, n int) ([]byte, error) {
	s = strings.TrimPrefix(s, "0x")
	if len(s) != 2*n {
		return nil, fmt.Errorf("want 0x and %d hex digits", 2*n)
	}
	return common.FromHex(s), nil
}

func walletJobStatus(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	id, err := jobID(c)
	if err != nil {
		return err
	}
	j, err := w.Seq.Job(ctx, id)
	if err != nil {
		return err
	}
	b, _ := json.MarshalIndent(j, "", "  ")
	fmt.Fprintln(c.App.Writer, string(b))
	if j.ReceiptID != nil {
		r, err := w.Seq.Receipt(ctx, *j.ReceiptID)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "receipt %s: %s (batch %d)\n", r.ID, r.Status, uint64(r.Batch))
	}
	return nil
}

func walletJobResult(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	id, err := jobID(c)
	if err != nil {
		return err
	}
	j, err := w.Seq.Job(ctx, id)
	if err != nil {
		return err
	}
	if j.ReceiptID == nil {
		return fmt.Errorf("job %s is %s: no result yet", id, j.Status)
	}
	r, err := w.Seq.Receipt(ctx, *j.ReceiptID)
	if err != nil {
		return err
	}
	return printResult(ctx, c, w, r)
}

func walletWithdraw(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	s, err := arg(c, 0, "AMOUNT")
	if err != nil {
		return err
	}
	amt, err := parseTokens(s)
	if err != nil {
		return err
	}
	to := w.Addr
	if t := c.String("to"); t != "" {
		if !common.IsHexAddress(t) {
			return fmt.Errorf("--to %q is not an address", t)
		}
		to = common.HexToAddress(t)
	}
	a, _ := uint256.FromBig(amt)
	if err := w.Withdraw(ctx, to, a, progressTo(c.App.Writer)); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "withdrew %s tokens to %s on L1\n", tokens(amt), to)
	return nil
}

func walletClaim(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	s, err := arg(c, 0, "WITHDRAWAL_ID")
	if err != nil {
		return err
	}
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("withdrawal id %q: %w", s, err)
	}
	return w.Claim(ctx, id, progressTo(c.App.Writer))
}

func walletTxStatus(ctx context.Context, c *cli.Context, w *wallet.Wallet) error {
	s, err := arg(c, 0, "TX_HASH")
	if err != nil {
		return err
	}
	b, err := hexBytes(s, 32)
	if err != nil {
		return fmt.Errorf("tx hash: %w", err)
	}
	st, err := w.Seq.TxStatus(ctx, common.BytesToHash(b))
	if err != nil {
		return err
	}
	out, _ := json.MarshalIndent(st, "", "  ")
	fmt.Fprintln(c.App.Writer, string(out))
	return nil
}

func walletModel(c *cli.Context) error {
	mp, err := arg(c, 0, "MODEL.json")
	if err != nil {
		return err
	}
	mj, err := os.ReadFile(mp)
	if err != nil {
		return err
	}
	m, err := wallet.ModelFromJSON(mj)
	if err != nil {
		return err
	}
	mb, err := job.EncodeModel(m)
	if err != nil {
		return err
	}
	mout := c.String("out-model")
	if mout == "" {
		mout = strings.TrimSuffix(mp, filepath.Ext(mp)) + ".bin"
	}
	if err := os.WriteFile(mout, mb, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "model: %d layers, input width %d, output width %d → %s (%d B)\n", len(m.Layers), m.InputWidth(), m.OutputWidth(), mout, len(mb))
	if c.NArg() > 1 {
		ip := c.Args().Get(1)
		ij, err := os.ReadFile(ip)
		if err != nil {
			return err
		}
		in, err := wallet.InputFromJSON(ij, m.InputWidth())
		if err != nil {
			return err
		}
		ib, err := job.EncodeInput(in)
		if err != nil {
			return err
		}
		iout := c.String("out-input")
		if iout == "" {
			iout = strings.TrimSuffix(ip, filepath.Ext(ip)) + ".bin"
		}
		if err := os.WriteFile(iout, ib, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "input: %d rows → %s (%d B)\n", in.Rows, iout, len(ib))
	}
	return nil
}
