package provider

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
	"github.com/ethereum/go-ethereum/common"
)

func testLogger() *slog.Logger {
	if os.Getenv("GPUROLL_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// gpuState is what the test makes a mock GPU report (go-nvml's dgxh100
// server answers discovery; health and metering queries are answered
// from here).
type gpuState struct {
	mu          sync.Mutex
	temp        uint32
	util        uint32
	utilRet     nvml.Return
	ecc         uint64
	eccRet      nvml.Return
	throttle    uint64
	lost        bool
	energy      uint64 // mJ, advanced by the test
	utilQueries int
}

func (g *gpuState) set(f func(*gpuState)) {
	g.mu.Lock()
	defer g.mu.Unlock()
	f(g)
}

// mockServer is a DGX H100 (8 GPUs) from go-nvml's mock package with the
// health and metering queries wired to gpuStates, and an event set the
// test can post XID events to.
type mockServer struct {
	srv    *server.Server
	states []*gpuState
	events chan nvml.EventData
}

func newMockServer(t testing.TB) *mockServer {
	t.Helper()
	srv := dgxh100.New()
	ms := &mockServer{srv: srv, events: make(chan nvml.EventData, 16)}
	for _, d := range srv.Devices {
		dev := d.(*server.Device)
		st := &gpuState{temp: 40, util: 0}
		ms.states = append(ms.states, st)
		lost := func() bool { st.mu.Lock(); defer st.mu.Unlock(); return st.lost }
		dev.GetTemperatureFunc = func(s nvml.TemperatureSensors) (uint32, nvml.Return) {
			if s != nvml.TEMPERATURE_GPU {
				return 0, nvml.ERROR_INVALID_ARGUMENT
			}
			st.mu.Lock()
			defer st.mu.Unlock()
			if st.lost {
				return 0, nvml.ERROR_GPU_IS_LOST
			}
			return st.temp, nvml.SUCCESS
		}
		dev.GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) {
			st.mu.Lock()
			defer st.mu.Unlock()
			st.utilQueries++
			if st.lost {
				return nvml.Utilization{}, nvml.ERROR_GPU_IS_LOST
			}
			if st.utilRet != nvml.SUCCESS {
				return nvml.Utilization{}, st.utilRet
			}
			return nvml.Utilization{Gpu: st.util, Memory: st.util / 2}, nvml.SUCCESS
		}
		dev.GetTotalEccErrorsFunc = func(et nvml.MemoryErrorType, ct nvml.EccCounterType) (uint64, nvml.Return) {
			st.mu.Lock()
			defer st.mu.Unlock()
			if et != nvml.MEMORY_ERROR_TYPE_UNCORRECTED || ct != nvml.VOLATILE_ECC {
				return 0, nvml.ERROR_INVALID_ARGUMENT
			}
			if st.eccRet != nvml.SUCCESS {
				return 0, st.eccRet
			}
			return st.ecc, nvml.SUCCESS
		}
		dev.GetCurrentClocksEventReasonsFunc = func() (uint64, nvml.Return) {
			if lost() {
				return 0, nvml.ERROR_GPU_IS_LOST
			}
			st.mu.Lock()
			defer st.mu.Unlock()
			return st.throttle, nvml.SUCCESS
		}
		dev.GetTotalEnergyConsumptionFunc = func() (uint64, nvml.Return) {
			st.mu.Lock()
			defer st.mu.Unlock()
			return st.energy, nvml.SUCCESS
		}
		dev.GetSupportedEventTypesFunc = func() (uint64, nvml.Return) {
			return nvml.EventTypeXidCriticalError | nvml.EventTypeDoubleBitEccError | nvml.EventTypeSingleBitEccError, nvml.SUCCESS
		}
		dev.RegisterEventsFunc = func(types uint64, _ nvml.EventSet) nvml.Return {
			if types&^(nvml.EventTypeXidCriticalError|nvml.EventTypeDoubleBitEccError) != 0 {
				return nvml.ERROR_INVALID_ARGUMENT
			}
			return nvml.SUCCESS
		}
	}
	srv.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) {
		return &mock.EventSet{
			WaitFunc: func(timeoutMs uint32) (nvml.EventData, nvml.Return) {
				select {
				case ev := <-ms.events:
					return ev, nvml.SUCCESS
				case <-time.After(time.Duration(timeoutMs) * time.Millisecond):
					return nvml.EventData{}, nvml.ERROR_TIMEOUT
				}
			},
			FreeFunc: func() nvml.Return { return nvml.SUCCESS },
		}, nvml.SUCCESS
	}
	return ms
}

func (ms *mockServer) uuid(i int) string { return ms.srv.Devices[i].(*server.Device).UUID }

// TestGPUDiscovery: discovery through NVML finds the DGX H100's eight GPUs
// with their UUID, name, memory, compute capability and the driver.
func TestGPUDiscovery(t *testing.T) {
	ms := newMockServer(t)
	g, err := OpenGPUs(ms.srv, HealthLimits{}, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	infos := g.Info()
	if len(infos) != 8 || g.Len() != 8 {
		t.Fatalf("%d GPUs, want 8", len(infos))
	}
	for i, in := range infos {
		if in.Index != i || in.UUID != ms.uuid(i) || in.Name != "NVIDIA H100 80GB HBM3" || in.MemoryBytes != 80*1024*1024*1024 ||
			in.ComputeCapability() != "9.0" || in.Driver != "550.54.15" {
			t.Errorf("GPU %d: %+v", i, in)
		}
	}
	if g.Driver() != "550.54.15" {
		t.Errorf("driver %q", g.Driver())
	}
	// Every GPU starts healthy and stays so on a quiet check.
	if tr := g.Check(); len(tr) != 0 {
		t.Fatalf("transitions on a healthy machine: %+v", tr)
	}
	for i, h := range g.Health() {
		if !h.Healthy || h.TemperatureC != 40 || h.CheckedAt.IsZero() {
			t.Errorf("GPU %d health %+v", i, h)
		}
	}
}

// TestGPUDiscoveryRefusesBadAnswers: NVML's answers are input from
// outside: a malformed UUID, a duplicate one or an absurd compute
// capability fail discovery with the GPU named.
func TestGPUDiscoveryRefusesBadAnswers(t *testing.T) {
	for _, tc := range []struct {
		name string
		mut  func(*server.Server)
		want string
	}{
		{"bad uuid", func(s *server.Server) { s.Devices[3].(*server.Device).UUID = "GPU-0'; rm -rf" }, "GPU 3: UUID"},
		{"duplicate uuid", func(s *server.Server) {
			s.Devices[5].(*server.Device).UUID = s.Devices[1].(*server.Device).UUID
		}, "GPU 5 repeats UUID"},
		{"compute capability", func(s *server.Server) { s.Devices[0].(*server.Device).Config.CudaMajor = 0 }, "compute capability 0.0"},
		{"no devices", func(s *server.Server) { s.Devices = nil }, ErrNoGPUs.Error()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := newMockServer(t)
			tc.mut(ms.srv)
			_, err := OpenGPUs(ms.srv, HealthLimits{}, testLogger())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestNoNVML: without the library the provider is told so plainly
// (ErrNoNVML), never handed a pretend GPU; on this machine the real
// go-nvml (no driver installed) says the same.
func TestNoNVML(t *testing.T) {
	lib := &mock.Interface{InitFunc: func() nvml.Return { return nvml.ERROR_LIBRARY_NOT_FOUND }}
	_, err := OpenGPUs(lib, HealthLimits{}, testLogger())
	if !errors.Is(err, ErrNoNVML) || !strings.Contains(err.Error(), "libnvidia-ml.so.1 was not found") {
		t.Fatalf("error %v", err)
	}
	lib = &mock.Interface{InitFunc: func() nvml.Return { return nvml.ERROR_DRIVER_NOT_LOADED }}
	if _, err := OpenGPUs(lib, HealthLimits{}, testLogger()); !errors.Is(err, ErrNoNVML) || !strings.Contains(err.Error(), "nvmlInit") {
		t.Fatalf("error %v", err)
	}
	g, err := OpenGPUs(nil, HealthLimits{}, testLogger())
	if err == nil {
		defer g.Close()
		t.Skipf("this machine has NVML and %d GPUs", g.Len())
	}
	if !errors.Is(err, ErrNoNVML) && !errors.Is(err, ErrNoGPUs) {
		t.Fatalf("the real NVML on a machine without GPUs: %v", err)
	}
	t.Logf("real NVML here: %v", err)
}

// TestGPUHealthTransitions: temperature (with hysteresis), hardware
// throttling, uncorrected ECC errors, a lost GPU and XID events each take
// a GPU out of service with the reason; the transient ones recover, the
// sticky ones do not.
func TestGPUHealthTransitions(t *testing.T) {
	ms := newMockServer(t)
	g, err := OpenGPUs(ms.srv, HealthLimits{MaxTemperatureC: 85}, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	expect := func(what string, want map[int]bool, reason map[int]string) {
		t.Helper()
		tr := g.Check()
		got := map[int]bool{}
		for _, x := range tr {
			got[x.Index] = x.Healthy
			if x.UUID != ms.uuid(x.Index) {
				t.Errorf("%s: transition of GPU %d names %s", what, x.Index, x.UUID)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("%s: transitions %+v, want %v", what, tr, want)
		}
		for i, h := range want {
			if got[i] != h {
				t.Fatalf("%s: GPU %d healthy=%v, want %v (%+v)", what, i, got[i], h, tr)
			}
		}
		hs := g.Health()
		for i, r := range reason {
			if !strings.Contains(hs[i].Reason, r) {
				t.Fatalf("%s: GPU %d reason %q, want it to say %q", what, i, hs[i].Reason, r)
			}
			if g.Healthy(i) != (r == "") {
				t.Fatalf("%s: GPU %d Healthy() = %v with reason %q", what, i, g.Healthy(i), hs[i].Reason)
			}
		}
	}
	// Temperature: out at 85 °C, still out at 81, back at 79.
	ms.states[1].set(func(s *gpuState) { s.temp = 85 })
	expect("hot", map[int]bool{1: false}, map[int]string{1: "temperature 85 °C"})
	ms.states[1].set(func(s *gpuState) { s.temp = 81 })
	expect("cooling", nil, map[int]string{1: "temperature 81 °C"})
	ms.states[1].set(func(s *gpuState) { s.temp = 79 })
	expect("cool", map[int]bool{1: true}, map[int]string{1: ""})

	// Hardware thermal slowdown takes it out; a software power cap does not.
	ms.states[2].set(func(s *gpuState) { s.throttle = nvml.ClocksEventReasonSwPowerCap })
	expect("sw power cap", nil, map[int]string{2: ""})
	ms.states[2].set(func(s *gpuState) {
		s.throttle = nvml.ClocksThrottleReasonHwThermalSlowdown | nvml.ClocksEventReasonSwPowerCap
	})
	expect("hw slowdown", map[int]bool{2: false}, map[int]string{2: "clocks slowed by the hardware: hw thermal slowdown"})
	if h := g.Health()[2]; len(h.ThrottleReasons) != 2 {
		t.Fatalf("throttle reasons %v", h.ThrottleReasons)
	}
	ms.states[2].set(func(s *gpuState) { s.throttle = 0 })
	expect("slowdown over", map[int]bool{2: true}, nil)

	// Uncorrected ECC errors: out for good (until the provider restarts).
	ms.states[3].set(func(s *gpuState) { s.ecc = 2 })
	expect("ecc", map[int]bool{3: false}, map[int]string{3: "2 uncorrected ECC errors"})
	ms.states[3].set(func(s *gpuState) { s.ecc = 0 }) // a counter reset does not clear it
	expect("ecc sticky", nil, map[int]string{3: "uncorrected ECC"})
	// A device without ECC reporting is not unhealthy for it.
	ms.states[4].set(func(s *gpuState) { s.eccRet = nvml.ERROR_NOT_SUPPORTED })
	expect("no ecc", nil, map[int]string{4: ""})
	// An unexpected NVML failure is a reason too.
	ms.states[4].set(func(s *gpuState) { s.eccRet = nvml.ERROR_UNKNOWN })
	expect("nvml error", map[int]bool{4: false}, map[int]string{4: "NVML ECC errors"})
	ms.states[4].set(func(s *gpuState) { s.eccRet = nvml.SUCCESS })
	expect("nvml ok", map[int]bool{4: true}, nil)

	// A lost GPU.
	ms.states[5].set(func(s *gpuState) { s.lost = true })
	expect("lost", map[int]bool{5: false}, map[int]string{5: "the GPU is lost"})
	ms.states[5].set(func(s *gpuState) { s.lost = false })
	expect("lost sticky", nil, map[int]string{5: "the GPU is lost"})

	// XID events: 13 (an application's fault) is logged only; 79 (fallen
	// off the bus) takes GPU 6 out; a double-bit ECC event takes GPU 7 out.
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.WatchEvents(ctx) }()
	ms.events <- nvml.EventData{Device: ms.srv.Devices[6], EventType: nvml.EventTypeXidCriticalError, EventData: 13}
	waitFor(t, "XID 13 seen", func() bool { return g.Health()[6].LastXID == 13 })
	expect("xid 13", nil, map[int]string{6: ""})
	ms.events <- nvml.EventData{Device: ms.srv.Devices[6], EventType: nvml.EventTypeXidCriticalError, EventData: 79}
	ms.events <- nvml.EventData{Device: ms.srv.Devices[7], EventType: nvml.EventTypeDoubleBitEccError}
	waitFor(t, "XID 79 seen", func() bool { return g.Health()[6].LastXID == 79 })
	waitFor(t, "events drained", func() bool { return len(ms.events) == 0 })
	time.Sleep(50 * time.Millisecond) // the last event is handled after it left the channel
	expect("xid 79 and dbe", map[int]bool{6: false, 7: false}, map[int]string{6: "XID 79 (GPU has fallen off the bus)", 7: "double-bit ECC"})
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	// The others never moved.
	for _, i := range []int{0, 1, 2, 4} {
		if !g.Healthy(i) {
			t.Errorf("GPU %d unhealthy: %s", i, g.Health()[i].Reason)
		}
	}
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestMeter: while a job runs, utilization is sampled and turned into
// GPU-milliseconds (busy time, not wall time), with the energy counter's
// delta; a device that does not report utilization is metered at wall
// time.
func TestMeter(t *testing.T) {
	ms := newMockServer(t)
	g, err := OpenGPUs(ms.srv, HealthLimits{}, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	ms.states[0].set(func(s *gpuState) { s.util, s.energy = 50, 1_000_000 })
	m := g.StartMeter(0, 5*time.Millisecond)
	time.Sleep(200 * time.Millisecond)
	ms.states[0].set(func(s *gpuState) { s.energy = 1_070_000 })
	got := m.Stop()
	wall := got.Wall.Milliseconds()
	if got.Samples < 10 || got.MeanUtilization != 50 {
		t.Fatalf("metering %+v", got)
	}
	// Half the wall time, within one sampling interval's rounding.
	if d := int64(got.GPUMillis) - wall/2; d < -6 || d > 6 {
		t.Fatalf("metered %d ms of a %d ms job at 50%%", got.GPUMillis, wall)
	}
	if got.EnergyMilliJoules != 70_000 {
		t.Fatalf("energy %d mJ", got.EnergyMilliJoules)
	}
	// Idle GPU: zero busy time.
	ms.states[1].set(func(s *gpuState) { s.util = 0 })
	if got := g.StartMeter(1, 5*time.Millisecond); true {
		time.Sleep(30 * time.Millisecond)
		if r := got.Stop(); r.GPUMillis != 0 || r.Samples == 0 {
			t.Fatalf("idle GPU metered %+v", r)
		}
	}
	// No utilization reporting: wall time.
	ms.states[2].set(func(s *gpuState) { s.utilRet = nvml.ERROR_NOT_SUPPORTED })
	m = g.StartMeter(2, 5*time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	r := m.Stop()
	if r.GPUMillis < 40 || r.GPUMillis != uint64(r.Wall.Milliseconds()) {
		t.Fatalf("metering without utilization %+v", r)
	}
}

// TestUnhealthyGPUTakenOutOfService: the provider's health check moves
// an unhealthy GPU's slots out of the scheduler: queued jobs go to the
// healthy GPUs only, in arrival order; with no healthy GPU nothing is
// dispatched (and the offer goes inactive); a recovered GPU takes jobs
// again.
func TestUnhealthyGPUTakenOutOfService(t *testing.T) {
	ms := newMockServer(t)
	ms.srv.Devices = ms.srv.Devices[:2]
	g, err := OpenGPUs(ms.srv, HealthLimits{MaxTemperatureC: 85}, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	slots := []*slot{{id: 0, gpu: 0, name: g.Info()[0].UUID}, {id: 1, gpu: 1, name: g.Info()[1].UUID}}
	s := &Service{gpus: g, slots: slots, sched: newScheduler(slots), m: newMetrics(Version, "sm9"), log: testLogger()}
	ids := make([]common.Hash, 5)
	for i := range ids {
		ids[i] = common.Hash{byte(i + 1)}
		if !s.sched.push(ids[i], time.Now()) {
			t.Fatal("push refused")
		}
	}
	if s.sched.push(ids[0], time.Now()) {
		t.Fatal("a queued job was queued twice")
	}
	ms.states[0].set(func(x *gpuState) { x.temp = 90 })
	s.healthCheck()
	if !s.offerDirty.Load() {
		t.Fatal("a health change did not mark the offer for an update")
	}
	if n, active := s.offer(); n != 1 || !active {
		t.Fatalf("offer %d GPUs active=%v, want 1 healthy", n, active)
	}
	id, sl, ok := s.sched.next()
	if !ok || id != ids[0] || sl.gpu != 1 {
		t.Fatalf("dispatched %x to GPU %d (ok %v), want the first job on GPU 1", id, sl.gpu, ok)
	}
	if _, _, ok := s.sched.next(); ok {
		t.Fatal("a second job was dispatched while the only healthy GPU is busy")
	}
	q, running, healthy := s.sched.counts()
	if q != 4 || running != 1 || healthy != 1 {
		t.Fatalf("queue %d running %d healthy %d", q, running, healthy)
	}
	st := s.sched.snapshot()
	if st[0].Healthy || !st[1].Busy || st[1].Job != ids[0] {
		t.Fatalf("slots %+v", st)
	}
	// GPU 1 fails too: nothing runs, the offer goes inactive.
	ms.states[1].set(func(x *gpuState) { x.lost = true })
	s.healthCheck()
	s.sched.release(sl, ids[0])
	if _, _, ok := s.sched.next(); ok {
		t.Fatal("a job was dispatched with no healthy GPU")
	}
	if n, active := s.offer(); active || n != 2 {
		t.Fatalf("offer with no healthy GPU: %d active=%v", n, active)
	}
	// GPU 0 cools down: it takes the next job, in arrival order.
	ms.states[0].set(func(x *gpuState) { x.temp = 70 })
	s.healthCheck()
	id, sl, ok = s.sched.next()
	if !ok || id != ids[1] || sl.gpu != 0 {
		t.Fatalf("after recovery dispatched %x to %v (ok %v)", id, sl, ok)
	}
	// A job waiting longer than the queue timeout is expired (rejected by
	// the provider as over capacity).
	if exp := s.sched.expire(time.Now().Add(time.Hour), time.Minute); len(exp) != 3 || exp[0] != ids[2] {
		t.Fatalf("expired %x", exp)
	}
}

// BenchmarkMeterSample is the CPU cost of one metering sample (an NVML
// utilization query and the bookkeeping) against go-nvml's mock, which
// also records every call: an upper bound of the provider's own share.
func BenchmarkMeterSample(b *testing.B) {
	ms := newMockServer(b)
	g, err := OpenGPUs(ms.srv, HealthLimits{}, testLogger())
	if err != nil {
		b.Fatal(err)
	}
	defer g.Close()
	ms.states[0].set(func(s *gpuState) { s.util = 70 })
	m := &Meter{d: g.devs[0], utilOK: true, last: time.Now()}
	now := time.Now()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		now = now.Add(100 * time.Millisecond)
		m.sample(now)
	}
	b.StopTimer()
	if m.samples != b.N {
		b.Fatalf("%d samples for %d iterations", m.samples, b.N)
	}
}

// BenchmarkHealthCheck is the CPU cost of one health check of a DGX H100
// (eight GPUs, four NVML queries each) against the mock.
func BenchmarkHealthCheck(b *testing.B) {
	ms := newMockServer(b)
	g, err := OpenGPUs(ms.srv, HealthLimits{}, testLogger())
	if err != nil {
		b.Fatal(err)
	}
	defer g.Close()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g.Check()
	}
}

// TestRealNVML runs discovery, a health check and a meter against the
// machine's own NVML where there is one (a GPU machine): the queries the
// mock answers must also be answered by a real driver (or reported as
// not supported), and an idle, cool GPU must come out healthy.
func TestRealNVML(t *testing.T) {
	g, err := OpenGPUs(nil, HealthLimits{}, testLogger())
	if errors.Is(err, ErrNoNVML) || errors.Is(err, ErrNoGPUs) {
		t.Skipf("no NVML here: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	g.Check()
	for i, in := range g.Info() {
		h := g.Health()[i]
		t.Logf("GPU %d: %s %s, %d MiB, sm %s, driver %s; health %+v", i, in.UUID, in.Name, in.MemoryBytes>>20, in.ComputeCapability(), in.Driver, h)
		if !validUUID(in.UUID) || in.MemoryBytes == 0 || in.ComputeMajor < 3 || h.CheckedAt.IsZero() {
			t.Errorf("GPU %d: %+v %+v", i, in, h)
		}
		if !h.Healthy && h.TemperatureC < 80 {
			t.Errorf("GPU %d is unhealthy at %d °C: %s", i, h.TemperatureC, h.Reason)
		}
	}
	m := g.StartMeter(0, 10*time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	r := m.Stop()
	t.Logf("meter on an idle GPU: %+v", r)
	if r.Samples == 0 || r.GPUMillis > uint64(r.Wall.Milliseconds()) {
		t.Fatalf("meter %+v", r)
	}
}

// BenchmarkMeterSampleRealNVML is one metering sample against the real
// NVML (skipped without one).
func BenchmarkMeterSampleRealNVML(b *testing.B) {
	g, err := OpenGPUs(nil, HealthLimits{}, testLogger())
	if err != nil {
		b.Skipf("no NVML here: %v", err)
	}
	defer g.Close()
	m := &Meter{d: g.devs[0], utilOK: true, last: time.Now()}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.sample(time.Now())
	}
}
