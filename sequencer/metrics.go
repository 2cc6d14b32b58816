package sequencer

import (
	"context"
	"errors"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/gpuroll/gpuroll/l1"
	"github.com/gpuroll/gpuroll/sequencer/store"
)

// metricsNamespace prefixes every metric of the service.
const metricsNamespace = "gpuroll_sequencer"

// metrics are the sequencer's Prometheus metrics, on a registry of its
// own (several services share one process in tests and in the devnet).
type metrics struct {
	reg *prometheus.Registry

	up             prometheus.Gauge
	mempoolTxs     prometheus.Gauge
	mempoolBytes   prometheus.Gauge
	l2Head         prometheus.Gauge
	openBatch      prometheus.Gauge
	postedBatch    prometheus.Gauge
	finalBatch     prometheus.Gauge
	l1Head         prometheus.Gauge
	l1Followed     prometheus.Gauge
	l1Lag          prometheus.Gauge
	messagesSeen   prometheus.Gauge
	txsAccepted    prometheus.Counter
	txsRefused     *prometheus.CounterVec
	txsIncluded    prometheus.Counter
	txsDropped     *prometheus.CounterVec
	blockSeconds   prometheus.Histogram
	batchBytes     prometheus.Histogram
	batchTxs       prometheus.Histogram
	batchesPosted  prometheus.Counter
	rollbacks      prometheus.Counter
	storeBytes     *prometheus.GaugeVec
	rpcSeconds     *prometheus.HistogramVec
	l1GasUsed      prometheus.Counter
	l1FeesWei      prometheus.Counter
	l1TxsSent      prometheus.Counter
	l1FeeBumps     prometheus.Counter
	l1FeeCapped    prometheus.Gauge
	l1ChainResets  prometheus.Counter
	l1Nonce        prometheus.Gauge
	postErrors     prometheus.Counter
	overdueRebuild prometheus.Counter
	storeUploads   *prometheus.CounterVec
	storeRefused   *prometheus.CounterVec
	storeServed    *prometheus.CounterVec
	storeCollected *prometheus.CounterVec
}

func newMetrics(version string) *metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := func(name, help string) prometheus.GaugeOpts {
		return prometheus.GaugeOpts{Namespace: metricsNamespace, Name: name, Help: help}
	}
	c := func(name, help string) prometheus.CounterOpts {
		return prometheus.CounterOpts{Namespace: metricsNamespace, Name: name, Help: help}
	}
	m := &metrics{reg: reg}
	m.up = prometheus.NewGauge(f("up", "1 while the service runs"))
	info := prometheus.NewGaugeVec(f("info", "build information"), []string{"version"})
	m.mempoolTxs = prometheus.NewGauge(f("mempool_txs", "txs in the mempool"))
	m.mempoolBytes = prometheus.NewGauge(f("mempool_bytes", "encoded bytes of the txs in the mempool"))
	m.l2Head = prometheus.NewGauge(f("l2_head", "the last committed L2 block"))
	m.openBatch = prometheus.NewGauge(f("open_batch", "the index of the open (unsealed) batch"))
	m.postedBatch = prometheus.NewGauge(f("posted_batch", "the last batch on L1"))
	m.finalBatch = prometheus.NewGauge(f("final_batch", "the last finalized batch on L1"))
	m.l1Head = prometheus.NewGauge(f("l1_head", "the newest L1 block seen"))
	m.l1Followed = prometheus.NewGauge(f("l1_followed", "the newest confirmed L1 block processed"))
	m.l1Lag = prometheus.NewGauge(f("l1_lag_blocks", "L1 head minus the newest L1 block processed"))
	m.messagesSeen = prometheus.NewGauge(f("l1_messages_seen", "L1 queue messages followed"))
	m.txsAccepted = prometheus.NewCounter(c("txs_accepted_total", "txs accepted into the mempool (journaled)"))
	m.txsRefused = prometheus.NewCounterVec(c("txs_refused_total", "txs refused at admission, by code"), []string{"code"})
	m.txsIncluded = prometheus.NewCounter(c("txs_included_total", "txs included in committed blocks"))
	m.txsDropped = prometheus.NewCounterVec(c("txs_dropped_total", "accepted txs dropped later, by code"), []string{"code"})
	m.blockSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "block_build_seconds",
		Help: "time to build and commit one block", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)})
	m.batchBytes = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "batch_body_bytes",
		Help: "compressed body bytes of sealed batches", Buckets: prometheus.ExponentialBuckets(256, 2, 10)})
	m.batchTxs = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "batch_items",
		Help: "blocks' items (txs and L1 messages) in sealed batches", Buckets: prometheus.ExponentialBuckets(1, 2, 16)})
	m.batchesPosted = prometheus.NewCounter(c("batches_posted_total", "batches this sequencer posted to L1"))
	m.rollbacks = prometheus.NewCounter(c("rollbacks_total", "L2 rollbacks (guardian rejections, overdue rebuilds, deep L1 reorgs)"))
	m.storeBytes = prometheus.NewGaugeVec(f("store_bytes", "bytes in the job-data store by kind"), []string{"kind"})
	m.rpcSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "rpc_seconds",
		Help: "JSON-RPC latency by method", Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16)}, []string{"method"})
	m.l1GasUsed = prometheus.NewCounter(c("l1_gas_used_total", "gas of confirmed L1 txs"))
	m.l1FeesWei = prometheus.NewCounter(c("l1_fees_wei_total", "wei paid for confirmed L1 txs"))
	m.l1TxsSent = prometheus.NewCounter(c("l1_txs_sent_total", "L1 tx versions broadcast"))
	m.l1FeeBumps = prometheus.NewCounter(c("l1_fee_bumps_total", "L1 fee bumps"))
	m.l1FeeCapped = prometheus.NewGauge(f("l1_fee_capped", "1 while a pending L1 tx is stuck at the fee caps"))
	m.l1ChainResets = prometheus.NewCounter(c("l1_chain_resets_total", "L1 chain resets detected under pending txs"))
	m.l1Nonce = prometheus.NewGauge(f("l1_nonce", "the next L1 nonce of the sequencer's key"))
	m.postErrors = prometheus.NewCounter(c("post_errors_total", "failed attempts to post or finalize a batch"))
	m.overdueRebuild = prometheus.NewCounter(c("overdue_rebuilds_total", "sealed batches rebuilt because they would have left an L1 message overdue"))
	m.storeUploads = prometheus.NewCounterVec(c("store_uploads_total", "uploads stored, by kind"), []string{"kind"})
	m.storeRefused = prometheus.NewCounterVec(c("store_refused_total", "uploads refused, by kind and code"), []string{"kind", "code"})
	m.storeServed = prometheus.NewCounterVec(c("store_served_bytes_total", "bytes of blobs served, by kind"), []string{"kind"})
	m.storeCollected = prometheus.NewCounterVec(c("store_collected_bytes_total", "bytes of blobs collected, by kind"), []string{"kind"})
	reg.MustRegister(m.storeUploads, m.storeRefused, m.storeServed, m.storeCollected)
	reg.MustRegister(m.up, info, m.mempoolTxs, m.mempoolBytes, m.l2Head, m.openBatch, m.postedBatch, m.finalBatch,
		m.l1Head, m.l1Followed, m.l1Lag, m.messagesSeen, m.txsAccepted, m.txsRefused, m.txsIncluded, m.txsDropped,
		m.blockSeconds, m.batchBytes, m.batchTxs, m.batchesPosted, m.rollbacks, m.storeBytes, m.rpcSeconds,
		m.l1GasUsed, m.l1FeesWei, m.l1TxsSent, m.l1FeeBumps, m.l1FeeCapped, m.l1ChainResets, m.l1Nonce,
		m.postErrors, m.overdueRebuild)
	info.WithLabelValues(version).Set(1)
	return m
}

// The l1.TxMetrics hooks of the sequencer's tx manager.
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

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// serveMetrics serves /metrics on addr until ctx ends; it returns the
// bound address (addr may name port 0).
func serveMetrics(ctx context.Context, reg *prometheus.Registry, addr string) (string, func(context.Context) error, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			_ = err // the listener is ours; Serve fails only when it closes
		}
	}()
	return ln.Addr().String(), srv.Shutdown, nil
}

// The store.Metrics hooks.
var _ store.Metrics = (*metrics)(nil)

func (m *metrics) Uploaded(kind string, _ int64, _ bool, _ time.Duration) {
	m.storeUploads.WithLabelValues(kind).Inc()
}
func (m *metrics) Refused(kind string, code int) {
	m.storeRefused.WithLabelValues(kind, strconv.Itoa(code)).Inc()
}
func (m *metrics) Served(kind string, size int64) {
	m.storeServed.WithLabelValues(kind).Add(float64(size))
}
func (m *metrics) Collected(kind string, size int64, _ bool) {
	m.storeCollected.WithLabelValues(kind).Add(float64(size))
}

// recordStore sets the store's byte gauges.
func (m *metrics) recordStore(st store.Stats) {
	for kind, k := range st.Kinds {
		m.storeBytes.WithLabelValues(kind).Set(float64(k.Bytes))
	}
}
