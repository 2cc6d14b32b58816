package challenger

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/gpuroll/gpuroll/l1"
)

// metricsNamespace prefixes every metric of the service.
const metricsNamespace = "gpuroll_challenger"

// metrics are the challenger's Prometheus metrics, on a registry of its
// own (several challengers share one process in tests).
type metrics struct {
	reg *prometheus.Registry

	up               prometheus.Gauge
	l1Head           prometheus.Gauge
	l1Followed       prometheus.Gauge
	messages         prometheus.Gauge
	derivedBatch     prometheus.Gauge
	l2Head           prometheus.Gauge
	batchesDerived   prometheus.Counter
	txsDerived       prometheus.Counter
	deriveSeconds    prometheus.Histogram
	rollbacks        prometheus.Counter
	stateMismatch    prometheus.Gauge
	receiptsSeen     prometheus.Counter
	receiptsSampled  prometheus.Counter
	receiptsVerified prometheus.Counter
	receiptsFalse    prometheus.Counter
	dataUnavailable  *prometheus.CounterVec
	expired          *prometheus.CounterVec
	reexecSeconds    prometheus.Histogram
	proofsMade       prometheus.Counter
	proofSeconds     prometheus.Histogram
	committed        prometheus.Counter
	revealed         prometheus.Counter
	landed           prometheus.Counter
	lost             prometheus.Counter
	rewards          prometheus.Counter
	capacity         prometheus.Gauge
	demand           prometheus.Gauge
	maxRate          prometheus.Gauge
	overCapacity     prometheus.Gauge
	sampleRate       prometheus.Gauge
	detection        prometheus.Gauge
	minMultiplier    prometheus.Gauge
	multiplier       prometheus.Gauge
	multiplierSafe   prometheus.Gauge
	deterrence       prometheus.Gauge
	alarms           *prometheus.CounterVec
	alarmsActive     *prometheus.GaugeVec
	l1TxsSent        prometheus.Counter
	l1FeeBumps       prometheus.Counter
	l1FeeCapped      prometheus.Gauge
	l1GasUsed        prometheus.Counter
	l1FeesWei        prometheus.Counter
	l1Nonce          prometheus.Gauge
	l1ChainResets    prometheus.Counter
}

func newMetrics(version string) *metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	g := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: name, Help: help})
	}
	c := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: name, Help: help})
	}
	h := func(name, help string, start float64) prometheus.Histogram {
		return prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: name, Help: help,
			Buckets: prometheus.ExponentialBuckets(start, 2, 16)})
	}
	m := &metrics{reg: reg}
	info := prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "info", Help: "build information"}, []string{"version"})
	m.up = g("up", "1 while the service runs")
	m.l1Head = g("l1_head", "the newest L1 block seen")
	m.l1Followed = g("l1_followed", "the newest confirmed L1 block processed")
	m.messages = g("l1_messages_seen", "L1 queue messages followed")
	m.derivedBatch = g("derived_batch", "the last batch derived from L1 and matched")
	m.l2Head = g("l2_head", "the last L2 block derived")
	m.batchesDerived = c("batches_derived_total", "batches replayed from L1 that matched their headers")
	m.txsDerived = c("txs_derived_total", "L2 txs replayed from L1 batch bodies")
	m.deriveSeconds = h("derive_seconds", "time to replay one batch", 0.001)
	m.rollbacks = c("rollbacks_total", "derivation rollbacks (guardian rejections, L1 reorgs)")
	m.stateMismatch = g("state_mismatch", "1 while a posted batch does not match the derived state (the guardian must reject it)")
	m.receiptsSeen = c("receipts_seen_total", "receipts in derived batches")
	m.receiptsSampled = c("receipts_sampled_total", "receipts the secret sample (or the price rule) selected")
	m.receiptsVerified = c("receipts_verified_total", "sampled receipts re-executed and found honest")
	m.receiptsFalse = c("receipts_false_total", "sampled receipts re-executed and found false")
	m.dataUnavailable = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "data_unavailable_total",
		Help: "failed fetches of a sampled receipt's job data, by alarm kind"}, []string{"kind"})
	m.expired = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "expired_total",
		Help: "sampled receipts whose dispute window closed first, by the stage they were in"}, []string{"stage"})
	m.reexecSeconds = h("reexec_seconds", "time to re-execute one sampled job", 0.0001)
	m.proofsMade = c("proofs_made_total", "fraud proofs made")
	m.proofSeconds = h("proof_seconds", "time to prove one false step", 0.05)
	m.committed = c("challenges_committed_total", "commitChallenge txs landed")
	m.revealed = c("challenges_revealed_total", "revealChallenge txs landed")
	m.landed = c("slashes_landed_total", "providers slashed by this challenger's reveal")
	m.lost = c("slashes_lost_total", "false receipts already slashed by another challenger (a success)")
	m.rewards = c("rewards_wei_total", "the challenger's share of the slashes it landed, token wei (paid by Bonds at the slash)")
	m.capacity = g("reexec_capacity_macs_per_second", "measured re-execution capacity (all checkers)")
	m.demand = g("reexec_demand_macs_per_second", "MAC/s the sample rate asks for, from the network's MAC rate seen on L1")
	m.maxRate = g("max_sample_rate", "the sample rate the measured capacity sustains")
	m.overCapacity = g("sample_rate_over_capacity", "1 while the sample rate asks for more than the measured capacity")
	m.sampleRate = g("sample_rate", "the configured sample rate")
	m.detection = g("detection_probability", "P = 1 − (1 − rate)^auditors for the configured number of auditors")
	m.minMultiplier = g("min_safe_slash_multiplier", "1 / ((1 − share) × P): the least slash multiplier that makes cheating unprofitable")
	m.multiplier = g("slash_multiplier", "the slash multiplier parameter on L2")
	m.multiplierSafe = g("slash_multiplier_safe", "1 when the slash multiplier is at least the minimum safe one")
	m.deterrence = g("deterrence_ratio", "least expected loss ÷ gain of a cheater over receipt prices (docs/economics.md); -1 unbounded")
	m.alarms = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "alarms_total",
		Help: "alarms raised, by kind"}, []string{"kind"})
	m.alarmsActive = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: metricsNamespace, Name: "alarms_active",
		Help: "active alarms, by kind"}, []string{"kind"})
	m.l1TxsSent = c("l1_txs_sent_total", "L1 txs broadcast")
	m.l1FeeBumps = c("l1_fee_bumps_total", "L1 fee bumps")
	m.l1FeeCapped = g("l1_fee_capped", "1 while a pending L1 tx is stuck at the fee caps")
	m.l1GasUsed = c("l1_gas_used_total", "gas of confirmed L1 txs")
	m.l1FeesWei = c("l1_fees_wei_total", "wei paid for confirmed L1 txs")
	m.l1Nonce = g("l1_nonce", "the next L1 nonce of the challenger's key")
	m.l1ChainResets = c("l1_chain_resets_total", "L1 chain resets detected under pending txs")
	reg.MustRegister(info, m.up, m.l1Head, m.l1Followed, m.messages, m.derivedBatch, m.l2Head, m.batchesDerived, m.txsDerived,
		m.deriveSeconds, m.rollbacks, m.stateMismatch, m.receiptsSeen, m.receiptsSampled, m.receiptsVerified, m.receiptsFalse,
		m.dataUnavailable, m.expired, m.reexecSeconds, m.proofsMade, m.proofSeconds, m.committed, m.revealed, m.landed, m.lost,
		m.rewards, m.capacity, m.demand, m.maxRate, m.overCapacity, m.sampleRate, m.detection, m.minMultiplier, m.multiplier,
		m.multiplierSafe, m.deterrence, m.alarms, m.alarmsActive, m.l1TxsSent, m.l1FeeBumps, m.l1FeeCapped, m.l1GasUsed, m.l1FeesWei,
		m.l1Nonce, m.l1ChainResets)
	info.WithLabelValues(version).Set(1)
	return m
}

// The l1.TxMetrics hooks of the challenger's tx managers.
var _ l1.TxMetrics = (*metrics)(nil)

func (m *metrics) RecordNonce(n uint64)        { m.l1Nonce.Set(float64(n)) }
func (m *metrics) RecordTxSent()               { m.l1TxsSent.Inc() }
func (m *metrics) RecordFeeBump()              { m.l1FeeBumps.Inc() }
func (m *metrics) RecordChainReset()           { m.l1ChainResets.Inc() }
func (m *metrics) RecordFeeCapped(capped bool) { m.l1FeeCapped.Set(b2f(capped)) }
func (m *metrics) RecordTxConfirmed(gasUsed uint64, fee *big.Int) {
	m.l1GasUsed.Add(float64(gasUsed))
	if fee != nil {
		f, _ := new(big.Float).SetInt(fee).Float64()
		m.l1FeesWei.Add(f)
	}
}

// serve serves /metrics and /status on addr; it returns the bound address.
func (s *Service) serve(addr string) (string, func(context.Context) error, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(s.m.reg, promhttp.HandlerOpts{Registry: s.m.reg}))
	mux.HandleFunc("/status", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		b, _ := json.MarshalIndent(s.Status(), "", "  ")
		w.Write(append(b, '\n'))
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Warn("metrics server", "err", err)
		}
	}()
	return ln.Addr().String(), srv.Shutdown, nil
}
