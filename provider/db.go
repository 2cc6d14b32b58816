package provider

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The provider's own records, in pebble (DataDir/provider):
//
//	"j" ‖ job id          → jobRecord (JSON): where the job stands
//	"w" ‖ L2 tx hash      → withdrawalRecord (JSON)
//	"m"                   → meta (JSON): the address and deployment this
//	                        data dir belongs to
//
// A record is written (synced) before the action it announces: a receipt
// tx is persisted, signed, before it is sent, so a restart finds it and
// follows it instead of signing a second one.

// Job states, in order.
const (
	StateQueued    = "queued"    // seen, waiting for a slot (also: to be re-run)
	StateExecuted  = "executed"  // trace computed and kept in DataDir/traces
	StateUploaded  = "uploaded"  // the store holds the trace
	StatePosting   = "posting"   // the PostReceipt tx is signed and persisted (TxHash); being sent or followed
	StateReceipted = "receipted" // the receipt is included (ReceiptID): payment locked until its batch is final
	StatePaid      = "paid"      // the receipt's batch is final: paid
	StateSlashed   = "slashed"   // a challenger proved it false
	// StateForfeited: the provider was convicted of another receipt while
	// this one was locked; its buyer was refunded (docs/economics.md).
	StateForfeited = "forfeited"
	StateRejecting = "rejecting" // the RejectJob tx is persisted (TxHash)
	StateRejected  = "rejected"  // the RejectJob is included
	StateGone      = "gone"      // no longer pending on L2 for another reason (rejected or receipted elsewhere, unknown)
)

// terminal reports whether a job needs nothing more from the provider.
func terminal(state string) bool {
	switch state {
	case StatePaid, StateSlashed, StateForfeited, StateRejected, StateGone:
		return true
	}
	return false
}

// Reject reasons (RejectJob.reason, provider-defined; docs/provider.md).
const (
	ReasonMalformed   uint8 = 1 // the model or input does not decode or validate (or the store serves bytes that are not them)
	ReasonDims        uint8 = 2 // the job's declared layers or rows do not match its model and input
	ReasonCapacity    uint8 = 3 // over this provider's limits, or waited too long for a healthy GPU
	ReasonUnavailable uint8 = 4 // the model or input could not be fetched from the store
	ReasonExecFailed  uint8 = 5 // the executor failed on it every time
	ReasonStopping    uint8 = 6 // the provider stopped (HandBackOnStop)
)

// ReasonText names a reject reason.
func ReasonText(r uint8) string {
	switch r {
	case ReasonMalformed:
		return "malformed data"
	case ReasonDims:
		return "dimensions do not match"
	case ReasonCapacity:
		return "over capacity"
	case ReasonUnavailable:
		return "data unavailable"
	case ReasonExecFailed:
		return "execution failed"
	case ReasonStopping:
		return "provider stopping"
	}
	return fmt.Sprintf("reason %d", r)
}

// jobRecord is where one assigned job stands.
type jobRecord struct {
	ID      common.Hash    `json:"id"`
	State   string         `json:"state"`
	SeenAt  time.Time      `json:"seenAt"`
	Lease   uint64         `json:"lease"`
	Buyer   common.Address `json:"buyer"`
	Price   string         `json:"price"` // wei, decimal
	Rows    uint64         `json:"rows"`
	Layers  int            `json:"layers"`
	MACs    uint64         `json:"macs"`
	Runs    int            `json:"runs,omitempty"` // executions started (a re-run after a crash counts)
	GPU     string         `json:"gpu,omitempty"`  // UUID, or "cpu"
	ExecMS  int64          `json:"execMs,omitempty"`
	Metered uint64         `json:"gpuMillis,omitempty"`
	// TraceRoot of the executed trace (StateExecuted on).
	TraceRoot common.Hash `json:"traceRoot,omitempty"`
	// The tx in flight (StatePosting, StateRejecting) and what it was.
	TxHash      common.Hash   `json:"txHash,omitempty"`
	TxRaw       hexutil.Bytes `json:"txRaw,omitempty"`
	SlashAmount string        `json:"slashAmount,omitempty"`
	ReceiptID   common.Hash   `json:"receiptId,omitempty"`
	IncludedAt  time.Time     `json:"includedAt,omitzero"`
	Reason      uint8         `json:"reason,omitempty"`
	Error       string        `json:"error,omitempty"`
	DoneAt      time.Time     `json:"doneAt,omitzero"`
	// Sent lists every L2 tx hash sent for this job (receipts re-signed
	// after a 508, rejections): the fees they paid are the job's cost.
	Sent []common.Hash `json:"sent,omitempty"`
}

// withdrawalRecord is one withdrawal of earnings to L1.
type withdrawalRecord struct {
	TxHash       common.Hash    `json:"txHash"`
	TxRaw        hexutil.Bytes  `json:"txRaw"`
	To           common.Address `json:"to"`
	Amount       string         `json:"amount"` // wei, decimal
	State        string         `json:"state"`  // sent, included, claimed, dropped
	WithdrawalID uint64         `json:"withdrawalId,omitempty"`
	Batch        uint64         `json:"batch,omitempty"`
	L1Tx         common.Hash    `json:"l1Tx,omitempty"`
	At           time.Time      `json:"at"`
}

// Withdrawal states.
const (
	WithdrawalSent     = "sent"
	WithdrawalIncluded = "included"
	WithdrawalClaimed  = "claimed"
	WithdrawalDropped  = "dropped"
)

// meta binds a data dir to one provider and deployment.
type meta struct {
	Address common.Address `json:"address"`
	Rollup  common.Address `json:"rollup"`
	ChainID uint64         `json:"chainId"`
}

type db struct {
	p *pebble.DB
}

// pebbleLogger routes pebble's chatter to debug, its errors to error.
type pebbleLogger struct{ log *slog.Logger }

func (l pebbleLogger) Infof(format string, args ...any) {
	l.log.Debug(fmt.Sprintf(format, args...), "component", "pebble")
}
func (l pebbleLogger) Errorf(format string, args ...any) {
	l.log.Error(fmt.Sprintf(format, args...), "component", "pebble")
}
func (l pebbleLogger) Fatalf(format string, args ...any) {
	l.log.Error(fmt.Sprintf(format, args...), "component", "pebble")
	panic(fmt.Sprintf("pebble: "+format, args...))
}

// openDB opens the records in dir; readOnly for `gpuroll provider status`
// while the provider is down.
func openDB(dir string, readOnly bool, log *slog.Logger) (*db, error) {
	opts := &pebble.Options{Logger: pebbleLogger{log}, ReadOnly: readOnly, CacheSize: 8 << 20}
	p, err := pebble.Open(dir, opts)
	if err != nil {
		return nil, fmt.Errorf("open the provider's records %s: %w", dir, err)
	}
	return &db{p: p}, nil
}

func (d *db) close() error { return d.p.Close() }

func jobKey(id common.Hash) []byte       { return append([]byte("j"), id[:]...) }
func withdrawalKey(h common.Hash) []byte { return append([]byte("w"), h[:]...) }
func (d *db) put(k []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if err := d.p.Set(k, b, pebble.Sync); err != nil {
		return fmt.Errorf("write record: %w", err)
	}
	return nil
}

func (d *db) get(k []byte, v any) (bool, error) {
	b, c, err := d.p.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer c.Close()
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("record %x: %w", k, err)
	}
	return true, nil
}

func (d *db) putJob(r *jobRecord) error { return d.put(jobKey(r.ID), r) }

func (d *db) putWithdrawal(w *withdrawalRecord) error { return d.put(withdrawalKey(w.TxHash), w) }

func (d *db) getMeta() (*meta, bool, error) {
	var m meta
	ok, err := d.get([]byte("m"), &m)
	return &m, ok, err
}

func (d *db) putMeta(m *meta) error { return d.put([]byte("m"), m) }

// scan decodes every record with prefix pfx into a fresh T.
func scan[T any](d *db, pfx string) ([]*T, error) {
	it, err := d.p.NewIter(&pebble.IterOptions{LowerBound: []byte(pfx), UpperBound: []byte{pfx[0] + 1}})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []*T
	for it.First(); it.Valid(); it.Next() {
		v := new(T)
		if err := json.Unmarshal(it.Value(), v); err != nil {
			return nil, fmt.Errorf("record %x: %w", it.Key(), err)
		}
		out = append(out, v)
	}
	return out, it.Error()
}

func (d *db) jobs() ([]*jobRecord, error) {
	js, err := scan[jobRecord](d, "j")
	sort.Slice(js, func(i, k int) bool { return js[i].SeenAt.Before(js[k].SeenAt) })
	return js, err
}

func (d *db) withdrawals() ([]*withdrawalRecord, error) {
	ws, err := scan[withdrawalRecord](d, "w")
	sort.Slice(ws, func(i, k int) bool { return ws[i].At.Before(ws[k].At) })
	return ws, err
}

// traceStore keeps executed traces on disk until their receipt is
// included, so that a restart uploads them instead of running the job
// again.
type traceStore struct{ dir string }

func (t traceStore) path(root common.Hash) string { return filepath.Join(t.dir, root.Hex()+".trace") }

// put writes the trace atomically (temp file, fsync, rename).
func (t traceStore) put(root common.Hash, b []byte) error {
	if err := os.MkdirAll(t.dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(t.dir, "tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), t.path(root))
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("keep trace %s: %w", root, err)
	}
	return nil
}

func (t traceStore) get(root common.Hash) ([]byte, error) { return os.ReadFile(t.path(root)) }

func (t traceStore) remove(root common.Hash) { _ = os.Remove(t.path(root)) }

// cleanTemp removes temp files a crash left behind.
func (t traceStore) cleanTemp() {
	ms, _ := filepath.Glob(filepath.Join(t.dir, "tmp-*"))
	for _, m := range ms {
		_ = os.Remove(m)
	}
}
