package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/gpuroll/gpuroll/challenger"
	"github.com/gpuroll/gpuroll/job"
)

const chEnv = "GPUROLL_CHALLENGER"

func chEnvs(n string) []string { return []string{chEnv + "_" + n} }

func challengerFlags() []cli.Flag {
	e := chEnvs
	fs := []cli.Flag{
		&cli.StringFlag{Name: "datadir", Value: "gpuroll-challenger", EnvVars: e("DATADIR"), Usage: "data directory: derived L2 state, disputes, alarms, guardian evidence, L1 tx state, status.json, decisions.jsonl"},
		&cli.StringFlag{Name: "l1-rpc", EnvVars: e("L1_RPC"), Usage: "Ethereum node URL (http, https, ws or wss): L2 is derived from it alone"},
		&cli.StringFlag{Name: "deployment", EnvVars: e("DEPLOYMENT"), Usage: "the contracts' addresses: the JSON file `gpuroll deploy --out` writes"},
		&cli.StringFlag{Name: "store-url", EnvVars: e("STORE_URL"), Usage: "the job-data store's HTTP root (the sequencer's URL, e.g. http://127.0.0.1:8645): payloads only, each checked against its root"},
		&cli.StringFlag{Name: "key-dir", EnvVars: e("KEY_DIR"), Usage: "the challenger's key directory, holding the sampling secret (created there on the first start; default: the keystore file's directory)"},
		&cli.StringFlag{Name: "circuit-keys", Value: defaultDir("keys"), EnvVars: e("CIRCUIT_KEYS"), Usage: "the fraud-proof keys (`gpuroll setup --keys DIR`); checked against the verifiers Disputes uses at start"},
		&cli.StringFlag{Name: "guardian-key", EnvVars: e("GUARDIAN_KEY"), Usage: "keystore file of the guardian's key: a batch whose header does not match is then rejected on L1 by the challenger itself"},
		&cli.StringFlag{Name: "guardian-password-file", EnvVars: e("GUARDIAN_PASSWORD_FILE"), Usage: "file whose first line is the guardian keystore's password"},
		&cli.Float64Flag{Name: "sample-rate", Value: challenger.DefaultSampleRate, EnvVars: e("SAMPLE_RATE"), Usage: "fraction of receipts re-executed (0..1), chosen by keccak(secret ‖ receipt id)"},
		&cli.StringFlag{Name: "always-check-above", EnvVars: e("ALWAYS_CHECK_ABOVE"), Usage: "always check receipts whose price is above this many token wei (e.g. 1e18; empty: never)"},
		&cli.IntFlag{Name: "auditors", Value: 1, EnvVars: e("AUDITORS"), Usage: "independent auditors assumed for the detection probability P = 1 − (1 − rate)^auditors"},
		&cli.IntFlag{Name: "checkers", Value: 1, EnvVars: e("CHECKERS"), Usage: "re-executions in flight"},
		&cli.IntFlag{Name: "provers", Value: 1, EnvVars: e("PROVERS"), Usage: "fraud proofs in flight"},
		&cli.StringFlag{Name: "worker", EnvVars: e("WORKER"), Usage: "re-execute with an external worker process (e.g. the CUDA worker), its command line split on spaces (default: the reference executor)"},
		&cli.IntFlag{Name: "check-leaves", Value: 8, EnvVars: e("CHECK_LEAVES"), Usage: "trace leaves of each external result recomputed on the CPU (-1: all)"},
		&cli.StringFlag{Name: "metrics-addr", EnvVars: e("METRICS_ADDR"), Usage: "serve Prometheus metrics at http://ADDR/metrics and the status at /status (off when empty; e.g. 127.0.0.1:7302)"},
		&cli.Uint64Flag{Name: "l1-confirmations", Value: 1, EnvVars: e("L1_CONFIRMATIONS"), Usage: "L1 blocks (counting its own) before an L1 event is derived, and before an L1 tx counts as done"},
		&cli.DurationFlag{Name: "l1-poll-interval", Value: challenger.DefaultL1PollInterval, EnvVars: e("L1_POLL_INTERVAL"), Usage: "time between reads of L1"},
		&cli.DurationFlag{Name: "data-retry", Value: challenger.DefaultDataRetry, EnvVars: e("DATA_RETRY"), Usage: "time between fetches of job data the store did not serve (an alarm meanwhile)"},
		&cli.DurationFlag{Name: "commit-margin", EnvVars: e("COMMIT_MARGIN"), Usage: "do not commit a challenge with less than this left of its dispute window"},
		&cli.BoolFlag{Name: "early-reveal", Value: true, EnvVars: e("EARLY_REVEAL"), Usage: "send a reveal as soon as its commit is included (fixed gas limit; lands one L1 block sooner) rather than after the next block (estimated)"},
		&cli.Float64Flag{Name: "l1-max-fee-gwei", Value: 500, EnvVars: e("L1_MAX_FEE_GWEI"), Usage: "cap on the L1 maxFeePerGas"},
		&cli.Float64Flag{Name: "l1-max-tip-gwei", Value: 20, EnvVars: e("L1_MAX_TIP_GWEI"), Usage: "cap on the L1 priority fee"},
		&cli.DurationFlag{Name: "l1-resubmit", Value: 30 * time.Second, EnvVars: e("L1_RESUBMIT"), Usage: "bump the fees of an L1 tx not mined after this long"},
	}
	fs = append(fs, keyFlags(chEnv, "challenger")...)
	return append(fs, logFlags(chEnv)...)
}

const challengerDescription = `The challenger is an auditor: it derives L2 from L1 alone, re-executes a secret random sample of
receipts and, when one is false, proves it with a Groth16 fraud proof and slashes the provider on L1
(docs/challenger.md has the details).

It needs: an Ethereum node (--l1-rpc), the deployment file, the job-data store (--store-url, the
sequencer's URL: only payloads come from there, each checked against its root), a key (--keystore,
with ETH for gas: the commit and reveal of a challenge cost ~0.4M gas), and the fraud-proof keys
(gpuroll setup). The sampling secret is created in --key-dir on the first start: keep it secret,
and keep it — every decision can be re-checked from it (gpuroll challenger explain).

A batch whose header does not match the derived state raises an alarm and writes evidence for the
guardian to --datadir/evidence/; with --guardian-key the challenger rejects it on L1 itself.

Every flag has a GPUROLL_CHALLENGER_* environment variable.

Example:
  GPUROLL_CHALLENGER_PASSWORD=... gpuroll challenger --l1-rpc http://127.0.0.1:8545 \
      --deployment deployment.json --store-url http://127.0.0.1:8645 \
      --keystore keystore/UTC--... --circuit-keys keys --sample-rate 0.05
  gpuroll challenger status            (exits non-zero while an alarm is active)
  gpuroll challenger explain 0xRECEIPT (why this receipt was, or was not, checked)`

func challengerCommand() *cli.Command {
	return &cli.Command{
		Name:        "challenger",
		Usage:       "run an auditor: derive L2 from L1, re-execute sampled jobs, prove fraud, slash",
		Description: challengerDescription,
		Flags:       challengerFlags(),
		Action:      runChallenger,
		Subcommands: []*cli.Command{
			{
				Name:  "status",
				Usage: "print the challenger's status; exit 1 while an alarm is active",
				Description: "Reads --datadir/status.json (written by the running challenger, and kept when it stops), or\n" +
					"--url's /status (the running challenger's --metrics-addr). Exits 1 while any alarm is active\n" +
					"(a batch that does not match L1's derived state, job data the store does not serve, a false\n" +
					"receipt that cannot be proven or was missed), 2 when the status cannot be read.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "datadir", Value: "gpuroll-challenger", EnvVars: chEnvs("DATADIR"), Usage: "the challenger's data directory"},
					&cli.StringFlag{Name: "url", Usage: "a running challenger's metrics address, e.g. http://127.0.0.1:7302 (instead of --datadir)"},
					&cli.BoolFlag{Name: "json", Usage: "print the status as JSON"},
				},
				Action: challengerStatus,
			},
			{
				Name:      "explain",
				Usage:     "recompute the sampling decision about a receipt from the secret (an audit)",
				ArgsUsage: "RECEIPT",
				Description: "Finds every decision about RECEIPT in --datadir/decisions.jsonl and recomputes it from the secret\n" +
					"in --key-dir with the rate, price rule and price it was made with; exits 1 if a logged decision\n" +
					"differs. A receipt not in the log is decided afresh with --price, --sample-rate and --always-check-above.",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "datadir", Value: "gpuroll-challenger", EnvVars: chEnvs("DATADIR"), Usage: "the challenger's data directory"},
					&cli.StringFlag{Name: "key-dir", EnvVars: chEnvs("KEY_DIR"), Usage: "the key directory holding the sampling secret"},
					&cli.StringFlag{Name: "keystore", EnvVars: chEnvs("KEYSTORE"), Usage: "the challenger's keystore file (its directory is the default --key-dir)"},
					&cli.StringFlag{Name: "price", Usage: "the receipt's price in token wei (for a receipt not in the log)"},
					&cli.Float64Flag{Name: "sample-rate", Value: challenger.DefaultSampleRate, EnvVars: chEnvs("SAMPLE_RATE"), Usage: "the sample rate (for a receipt not in the log)"},
					&cli.StringFlag{Name: "always-check-above", EnvVars: chEnvs("ALWAYS_CHECK_ABOVE"), Usage: "the price rule (for a receipt not in the log)"},
				},
				Action: challengerExplain,
			},
		},
	}
}

// parseWeiAmount reads a token amount in wei: decimal digits or a decimal with
// an exponent (1e18, 2.5e18); it must be a whole number.
func parseWeiAmount(s string) (*big.Int, error) {
	if s == "" {
		return nil, nil
	}
	if v, ok := new(big.Int).SetString(s, 10); ok {
		return v, nil
	}
	f, _, err := big.ParseFloat(s, 10, 256, big.ToNearestEven)
	if err != nil {
		return nil, fmt.Errorf("%q is not an amount of wei", s)
	}
	v, acc := f.Int(nil)
	if acc != big.Exact {
		return nil, fmt.Errorf("%q is not a whole number of wei", s)
	}
	return v, nil
}

func keyDirOf(c *cli.Context) string {
	if d := c.String("key-dir"); d != "" {
		return d
	}
	if ks := c.String("keystore"); ks != "" {
		return filepath.Dir(ks)
	}
	return ""
}

func runChallenger(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("unknown argument %q (subcommands: status, explain)", c.Args().First())
	}
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	warnUnknownEnv(log, chEnv, challengerFlags())
	key, err := loadKeystore(c, chEnv)
	if err != nil {
		return err
	}
	dep, err := loadDeployment(c.String("deployment"))
	if err != nil {
		return err
	}
	above, err := parseWeiAmount(c.String("always-check-above"))
	if err != nil {
		return fmt.Errorf("--always-check-above: %w", err)
	}
	cfg := challenger.Config{
		DataDir: c.String("datadir"), L1RPC: c.String("l1-rpc"), Deployment: dep, StoreURL: c.String("store-url"),
		Key: key, KeyDir: keyDirOf(c), CircuitKeys: c.String("circuit-keys"),
		SampleRate: c.Float64("sample-rate"), AlwaysCheckAbove: above, Auditors: c.Int("auditors"),
		Checkers: c.Int("checkers"), Provers: c.Int("provers"),
		L1Confirmations: c.Uint64("l1-confirmations"), L1PollInterval: c.Duration("l1-poll-interval"),
		DataRetry: c.Duration("data-retry"), CommitMargin: c.Duration("commit-margin"), NoEarlyReveal: !c.Bool("early-reveal"),
		MetricsAddr: c.String("metrics-addr"), Logger: log,
	}
	if gk := c.String("guardian-key"); gk != "" {
		pf := c.String("guardian-password-file")
		if pf == "" {
			return errors.New("--guardian-key needs --guardian-password-file (or GPUROLL_CHALLENGER_GUARDIAN_PASSWORD_FILE)")
		}
		pw, err := readPassword(pf, "")
		if err != nil {
			return err
		}
		if cfg.GuardianKey, err = decryptKeystore(gk, pw); err != nil {
			return fmt.Errorf("guardian key: %w", err)
		}
	}
	if w := c.String("worker"); w != "" {
		ext := &job.External{Command: strings.Fields(w), CheckLeaves: c.Int("check-leaves"), Persistent: true, Log: log.With("component", "worker")}
		defer ext.Close()
		cfg.Executor = ext
	}
	cfg.TxMgr.MaxFeeCap, cfg.TxMgr.MaxTipCap = gwei(c.Float64("l1-max-fee-gwei")), gwei(c.Float64("l1-max-tip-gwei"))
	cfg.TxMgr.ResubmitInterval = c.Duration("l1-resubmit")
	svc, err := challenger.New(c.Context, cfg)
	if err != nil {
		return err
	}
	return runLifecycle(c.Context, log, "challenger", svc)
}

func challengerStatus(c *cli.Context) error {
	var st *challenger.Status
	if u := c.String("url"); u != "" {
		hc := &http.Client{Timeout: 10 * time.Second}
		resp, err := hc.Get(strings.TrimRight(u, "/") + "/status")
		if err != nil {
			return cli.Exit(fmt.Sprintf("status: %v", err), 2)
		}
		defer resp.Body.Close()
		st = new(challenger.Status)
		if err := json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(st); err != nil {
			return cli.Exit(fmt.Sprintf("status from %s: %v", u, err), 2)
		}
	} else {
		var err error
		if st, err = challenger.ReadStatus(c.String("datadir")); err != nil {
			return cli.Exit(fmt.Sprintf("status: %v (is --datadir the challenger's?)", err), 2)
		}
	}
	w := c.App.Writer
	if c.Bool("json") {
		b, _ := json.MarshalIndent(st, "", "  ")
		fmt.Fprintln(w, string(b))
	} else {
		printChallengerStatus(w, st)
	}
	if st.Active > 0 {
		return cli.Exit(fmt.Sprintf("%d active alarm(s)", st.Active), 1)
	}
	return nil
}

func printChallengerStatus(out io.Writer, st *challenger.Status) {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	run := "stopped"
	if st.Running {
		run = fmt.Sprintf("running (pid %d)", st.PID)
	}
	if st.Running && time.Since(st.UpdatedAt) > 30*time.Second {
		run = fmt.Sprintf("NOT UPDATED for %v (pid %d was running: killed?)", time.Since(st.UpdatedAt).Round(time.Second), st.PID)
	}
	fmt.Fprintf(w, "challenger\t%s, %s, updated %s\n", st.Challenger, run, st.UpdatedAt.Format(time.RFC3339))
	fmt.Fprintf(w, "L1\thead %d, followed %d, %d queue messages\n", st.L1.Head, st.L1.Followed, st.L1.Messages)
	d := st.Derivation
	fmt.Fprintf(w, "derivation\tbatch %d (L2 block %d, root %s); %d batches, %d blocks, %d txs derived\n", d.Batch, d.L2Block, d.StateRoot.TerminalString(), d.Batches, d.Blocks, d.Txs)
	if d.StalledAt != nil {
		fmt.Fprintf(w, "\tSTALLED at batch %d (%s): it does not match; waiting for the guardian's rejection\n", *d.StalledAt, d.StalledHeader.TerminalString())
	}
	r := st.Receipts
	fmt.Fprintf(w, "receipts\t%d seen, %d sampled, %d verified honest, %d false, %d expired unchecked or unslashed\n", r.Seen, r.Sampled, r.Verified, r.False, r.Expired)
	p := st.Proofs
	fmt.Fprintf(w, "proofs\t%d made, %d committed, %d revealed, %d landed (slashed), %d already slashed by another challenger\n", p.Made, p.Committed, p.Revealed, p.Landed, p.AlreadySlashed)
	fmt.Fprintf(w, "rewards\t%s token wei\n", st.RewardsWei)
	cp := st.Capacity
	fmt.Fprintf(w, "capacity\t%.4g MAC/s re-execution (%d checkers, %d runs), network %.4g MAC/s, demand %.4g MAC/s, max sample rate %.4g\n",
		cp.MACsPerSecond, cp.Checkers, cp.Reexecutions, cp.NetworkMACsPerSecond, cp.DemandMACsPerSecond, cp.MaxSampleRate)
	if cp.Note != "" {
		fmt.Fprintf(w, "\t%s\n", cp.Note)
	}
	s := st.Sampling
	minMult := fmt.Sprintf("%.4g", s.MinSafeSlashMultiplier)
	if s.MinSafeSlashMultiplier < 0 {
		minMult = "∞"
	}
	safe := "safe"
	if !s.Safe {
		safe = "UNSAFE"
	}
	fmt.Fprintf(w, "sampling\trate %.4g, %d auditor(s): detection probability %.4g; min safe slash multiplier %s (share %d bps), L2's is %d: %s\n",
		s.Rate, s.Auditors, s.DetectionProbability, minMult, s.ChallengerShareBps, s.SlashMultiplier, safe)
	if s.AlwaysCheckAbove != "" {
		fmt.Fprintf(w, "\talways checked above %s wei\n", s.AlwaysCheckAbove)
	}
	if d := s.Deterrence; d != nil {
		verdict := "meets"
		if !d.Meets {
			verdict = "MISSES"
		}
		fmt.Fprintf(w, "deterrence	least ratio %s over receipt prices (target %g: %s; docs/economics.md); to meet it: always-check-above ≤ %.4g token, slash multiplier ≥ %.3g\n",
			fmtRatio(d.MinRatio), d.Target, verdict, d.RecommendedAlwaysCheckAbove, d.MinSlashMultiplier)
	}
	fmt.Fprintf(w, "alarms\t%d active\n", st.Active)
	for _, a := range st.Alarms {
		if !a.Active {
			continue
		}
		fmt.Fprintf(w, "\tALARM %s since %s: %s\n", a.Kind, a.Since.Format(time.RFC3339), a.Message)
		if a.Evidence != "" {
			fmt.Fprintf(w, "\t  evidence %s\n", a.Evidence)
		}
		if a.RejectTx != (common.Hash{}) {
			fmt.Fprintf(w, "\t  rejected by this challenger as guardian in tx %s\n", a.RejectTx)
		}
	}
	for _, ds := range st.Disputes {
		step := ""
		if ds.Step != nil {
			step = " step " + ds.Step.String()
		}
		extra := ""
		if ds.Reward != "" {
			extra = " reward " + ds.Reward + " wei"
		}
		if ds.Error != "" {
			extra += " (" + ds.Error + ")"
		}
		fmt.Fprintf(w, "dispute\t%s batch %d: %s%s%s\n", ds.Receipt.TerminalString(), ds.Batch, ds.Status, step, extra)
	}
	w.Flush()
}

func challengerExplain(c *cli.Context) error {
	if c.NArg() != 1 {
		return errors.New("explain: give the receipt id (0x…) after the flags: gpuroll challenger explain [--datadir D --key-dir K] RECEIPT")
	}
	arg := c.Args().First()
	if len(strings.TrimPrefix(arg, "0x")) != 64 {
		return fmt.Errorf("explain: %q is not a receipt id (32 bytes hex)", arg)
	}
	id := common.HexToHash(arg)
	dir := keyDirOf(c)
	if dir == "" {
		return errors.New("explain: give --key-dir (or --keystore): the sampling secret is needed")
	}
	w := c.App.Writer
	exps, err := challenger.Explain(c.String("datadir"), dir, id)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if len(exps) == 0 {
		if !c.IsSet("price") {
			return fmt.Errorf("explain: receipt %s is not in %s; give --price (and --sample-rate, --always-check-above) to decide it afresh",
				id, filepath.Join(c.String("datadir"), challenger.DecisionsFile))
		}
		secret, err := challenger.LoadSecret(dir)
		if err != nil {
			return err
		}
		price, err := parseWeiAmount(c.String("price"))
		if err != nil {
			return fmt.Errorf("--price: %w", err)
		}
		above, err := parseWeiAmount(c.String("always-check-above"))
		if err != nil {
			return fmt.Errorf("--always-check-above: %w", err)
		}
		d := challenger.NewSampler(secret, c.Float64("sample-rate"), above).Decide(id, price)
		fmt.Fprintln(w, "not in the decision log; decided afresh:")
		fmt.Fprint(w, d.Explain())
		return nil
	}
	bad := 0
	for _, e := range exps {
		fmt.Fprintf(w, "batch %d (%s), as logged:\n", e.Batch, e.HeaderHash.TerminalString())
		fmt.Fprint(w, e.Logged.Explain())
		if e.Match {
			fmt.Fprintln(w, "recomputed from the secret: identical")
		} else {
			bad++
			fmt.Fprintln(w, "recomputed from the secret: DIFFERENT")
			fmt.Fprint(w, e.Recomputed.Explain())
		}
	}
	if bad > 0 {
		return cli.Exit(fmt.Sprintf("%d logged decision(s) do not match the secret", bad), 1)
	}
	return nil
}
