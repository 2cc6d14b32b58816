package explorer

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the explorer's Prometheus metrics, on a registry of its own
// (the devnet runs it beside the other services in one process).
type metrics struct {
	reg         *prometheus.Registry
	pageSeconds *prometheus.HistogramVec
	pageErrors  *prometheus.CounterVec
	seqUp       prometheus.Gauge
	l1Up        prometheus.Gauge
	streams     prometheus.Gauge
	blocks      prometheus.Gauge
}

func newMetrics() *metrics {
	const ns = "gpuroll_explorer"
	m := &metrics{reg: prometheus.NewRegistry(),
		pageSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "page_seconds", Help: "Time to read and render a page, by page.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 10}}, []string{"page"}),
		pageErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "page_errors_total", Help: "Pages answered with an error, by HTTP status."}, []string{"code"}),
		seqUp:      prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "sequencer_up", Help: "1 when the sequencer's last syncStatus answered."}),
		l1Up:       prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "l1_up", Help: "1 when L1's last read succeeded."}),
		streams:    prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "live_streams", Help: "Open live-update streams (server-sent events)."}),
		blocks:     prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "recent_blocks", Help: "L2 blocks in the recent-blocks cache."}),
	}
	m.reg.MustRegister(m.pageSeconds, m.pageErrors, m.seqUp, m.l1Up, m.streams, m.blocks)
	return m
}

// observe times a page and counts its errors.
func (m *metrics) observe(page string, start time.Time, err error) {
	m.pageSeconds.WithLabelValues(page).Observe(time.Since(start).Seconds())
	if err != nil {
		code := http.StatusInternalServerError
		var he *httpError
		if errors.As(err, &he) {
			code = he.code
		}
		m.pageErrors.WithLabelValues(strconv.Itoa(code)).Inc()
	}
}

// serveMetrics serves /metrics on addr until ctx ends; it returns the
// bound address.
func (s *Service) serveMetrics(ctx context.Context, addr string) (string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", fmt.Errorf("explorer: metrics on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.m.reg, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	s.wg.Add(2)
	go func() { defer s.wg.Done(); _ = srv.Serve(ln) }()
	go func() {
		defer s.wg.Done()
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	return ln.Addr().String(), nil
}
