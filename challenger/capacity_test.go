package challenger

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
)

func gaugeValue(t *testing.T, g interface{ Write(*dto.Metric) error }) float64 {
	t.Helper()
	var m dto.Metric
	if err := g.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetGauge().GetValue()
}

// TestCapacityReport: the measured re-execution capacity (MACs per second
// of re-execution, times the checkers) against the MAC rate the sample
// rate asks for (the network's MACs seen in derived batches over their L1
// time span, times the rate): within capacity nothing is flagged; above
// it the status says so with the sustainable rate, and the metric is set.
func TestCapacityReport(t *testing.T) {
	s := &Service{cfg: Config{Checkers: 2, SampleRate: 0.5}, stats: newStats(), m: newMetrics("test"),
		log: slog.New(slog.DiscardHandler), alarms: map[string]*Alarm{}}
	if c := s.Status().Capacity; c.MACsPerSecond != 0 || c.Note == "" {
		t.Fatalf("before any re-execution: %+v", c)
	}
	s.capacity.observe(1e9, time.Second) // 1e9 MAC/s per checker
	s.capacity.observe(3e9, 3*time.Second)
	s.stats.batchDerived(&batchRec{Index: 1, L1Time: 1000}, cursor{}, [32]byte{}, 0, 0, nil, 0)
	s.stats.batchDerived(&batchRec{Index: 2, L1Time: 1010}, cursor{}, [32]byte{}, 0, 0, nil, 1e10) // 1e9 MAC/s on the network
	c := s.Status().Capacity
	if c.MACsPerSecond != 2e9 || c.NetworkMACsPerSecond != 1e9 || c.DemandMACsPerSecond != 0.5e9 || c.MaxSampleRate != 1 || c.OverCapacity {
		t.Fatalf("within capacity: %+v", c)
	}
	s.updateCapacity()
	if gaugeValue(t, s.m.overCapacity) != 0 || gaugeValue(t, s.m.capacity) != 2e9 {
		t.Fatal("gauges within capacity")
	}
	s.cfg.SampleRate = 1
	s.stats.batchDerived(&batchRec{Index: 3, L1Time: 1020}, cursor{}, [32]byte{}, 0, 0, nil, 8e10) // 4.5e9 MAC/s
	c = s.Status().Capacity
	if !c.OverCapacity || c.DemandMACsPerSecond != 4.5e9 || c.MaxSampleRate < 0.44 || c.MaxSampleRate > 0.45 || !strings.Contains(c.Note, "sustainable") {
		t.Fatalf("over capacity: %+v", c)
	}
	s.updateCapacity()
	if gaugeValue(t, s.m.overCapacity) != 1 || gaugeValue(t, s.m.maxRate) != c.MaxSampleRate {
		t.Fatal("gauges over capacity")
	}
}
