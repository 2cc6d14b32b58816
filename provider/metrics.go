package provider

import (
	"math/big"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metricsNamespace prefixes every metric of the service.
const metricsNamespace = "gpuroll_provider"

// metrics are the provider's Prometheus metrics, on a registry of its own
// (several services share one process in tests and in the devnet).
type metrics struct {
	reg *prometheus.Registry

	up             prometheus.Gauge
	gpus           prometheus.Gauge
	gpuHealthy     *prometheus.GaugeVec
	gpuUtil        *prometheus.GaugeVec
	gpuTemp        *prometheus.GaugeVec
	gpuECC         *prometheus.GaugeVec
	queue          prometheus.Gauge
	running        prometheus.Gauge
	jobs           *prometheus.CounterVec
	rejects        *prometheus.CounterVec
	receiptLatency prometheus.Histogram
	execSeconds    prometheus.Histogram
	gpuMillis      prometheus.Counter
	meterSamples   prometheus.Counter
	bond           prometheus.Gauge
	exposure       prometheus.Gauge
	paused         prometheus.Gauge
	l2Balance      prometheus.Gauge
	earnPending    prometheus.Gauge
	earnReleased   prometheus.Gauge
	withdrawn      prometheus.Gauge
	txsSent        *prometheus.CounterVec
	txsDropped     *prometheus.CounterVec
}

func newMetrics(version, class string) *metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := func(name, help string) prometheus.GaugeOpts {
		return prometheus.GaugeOpts{Namespace: metricsNamespace, Name: name, Help: help}
	}
	m := &metrics{reg: reg}
	info := prometheus.NewGaugeVec(f("info", "the provider's version and GPU class"), []string{"version", "class"})
	info.WithLabelValues(version, class).Set(1)
	m.up = prometheus.NewGauge(f("up", "1 while the provider runs"))
	m.gpus = prometheus.NewGauge(f("gpus", "GPUs NVML reported at start (0: none, class cpu)"))
	m.gpuHealthy = prometheus.NewGaugeVec(f("gpu_healthy", "1 when the GPU takes jobs, 0 when it is out of service"), []string{"gpu", "uuid"})
	m.gpuUtil = prometheus.NewGaugeVec(f("gpu_utilization_percent", "GPU utilization at the last health check"), []string{"gpu"})
	m.gpuTemp = prometheus.NewGaugeVec(f("gpu_temperature_celsius", "GPU temperature at the last health check"), []string{"gpu"})
	m.gpuECC = prometheus.NewGaugeVec(f("gpu_ecc_uncorrected", "volatile uncorrected ECC errors"), []string{"gpu"})
	m.queue = prometheus.NewGauge(f("queue_length", "assigned jobs waiting for a slot, in arrival order"))
	m.running = prometheus.NewGauge(f("jobs_running", "jobs executing now"))
	m.jobs = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "jobs_total",
		Help: "jobs by outcome: receipted, rejected, failed (gone for another reason), paid, slashed"}, []string{"outcome"})
	m.rejects = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "rejects_total",
		Help: "jobs rejected, by reason code"}, []string{"reason"})
	m.receiptLatency = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "receipt_latency_seconds",
		Help: "from the job's assignment seen to its receipt included", Buckets: prometheus.ExponentialBuckets(0.05, 2, 14)})
	m.execSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metricsNamespace, Name: "execute_seconds",
		Help: "execution time of a job (model and input fetched)", Buckets: prometheus.ExponentialBuckets(0.001, 2, 18)})
	m.gpuMillis = prometheus.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "gpu_milliseconds_total", Help: "metered GPU time reported in receipts"})
	m.meterSamples = prometheus.NewCounter(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "meter_samples_total", Help: "NVML utilization samples taken while jobs ran"})
	m.bond = prometheus.NewGauge(f("bond_tokens", "the L2 mirror of the provider's L1 bond"))
	m.exposure = prometheus.NewGauge(f("exposure_tokens", "slash amounts of unfinalized receipts"))
	m.paused = prometheus.NewGauge(f("paused", "1 while new work is paused because the bond does not cover the exposure"))
	m.l2Balance = prometheus.NewGauge(f("l2_balance_tokens", "the provider's L2 balance"))
	m.earnPending = prometheus.NewGauge(f("earnings_pending_tokens", "prices of receipts whose batch is not final yet"))
	m.earnReleased = prometheus.NewGauge(f("earnings_released_tokens", "prices of paid receipts"))
	m.withdrawn = prometheus.NewGauge(f("withdrawn_tokens", "earnings claimed on L1"))
	m.txsSent = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "l2_txs_sent_total", Help: "L2 txs sent, by type"}, []string{"type"})
	m.txsDropped = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metricsNamespace, Name: "l2_txs_dropped_total", Help: "L2 txs of the provider the sequencer dropped or refused, by code"}, []string{"code"})
	reg.MustRegister(info, m.up, m.gpus, m.gpuHealthy, m.gpuUtil, m.gpuTemp, m.gpuECC, m.queue, m.running, m.jobs, m.rejects,
		m.receiptLatency, m.execSeconds, m.gpuMillis, m.meterSamples, m.bond, m.exposure, m.paused, m.l2Balance,
		m.earnPending, m.earnReleased, m.withdrawn, m.txsSent, m.txsDropped)
	return m
}

func (m *metrics) dropped(code int) { m.txsDropped.WithLabelValues(strconv.Itoa(code)).Inc() }

// tokens converts wei to tokens (18 decimals) for a gauge.
func tokens(wei *big.Int) float64 {
	if wei == nil {
		return 0
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return f
}
