package provider

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// GPUs through NVML (go-nvml): discovery, health and per-job metering.
// The provider never guesses: a query NVML answers with an error is
// reported as such, and where NVML itself is missing OpenGPUs says so
// (ErrNoNVML) and the provider offers its CPU executor as class cpu.

// ErrNoNVML: the NVIDIA management library is not there (no driver), or
// it does not initialize.
var ErrNoNVML = errors.New("NVML is not available")

// ErrNoGPUs: NVML works but reports no device.
var ErrNoGPUs = errors.New("NVML reports no GPU")

// GPUInfo is what discovery learns of a device.
type GPUInfo struct {
	Index        int    `json:"index"`
	UUID         string `json:"uuid"`
	Name         string `json:"name"`
	MemoryBytes  uint64 `json:"memoryBytes"`
	ComputeMajor int    `json:"computeMajor"`
	ComputeMinor int    `json:"computeMinor"`
	Driver       string `json:"driver"`
}

// ComputeCapability is "major.minor".
func (g GPUInfo) ComputeCapability() string {
	return fmt.Sprintf("%d.%d", g.ComputeMajor, g.ComputeMinor)
}

// GPUHealth is a device's last health check.
type GPUHealth struct {
	Healthy bool `json:"healthy"`
	// Reason says why the GPU is out of service (empty when healthy).
	Reason             string    `json:"reason,omitempty"`
	TemperatureC       uint32    `json:"temperatureC"`
	UtilizationPercent uint32    `json:"utilizationPercent"`
	ECCUncorrected     uint64    `json:"eccUncorrected"`
	ThrottleReasons    []string  `json:"throttleReasons,omitempty"`
	LastXID            uint64    `json:"lastXid,omitempty"`
	CheckedAt          time.Time `json:"checkedAt"`
}

// HealthLimits decide when a GPU is taken out of service.
type HealthLimits struct {
	// MaxTemperatureC: at or above it the GPU is unhealthy (default 87);
	// it is healthy again below MaxTemperatureC − 5.
	MaxTemperatureC uint32
	// MaxECCUncorrected: more volatile uncorrected ECC errors than this
	// (since the driver loaded) make the GPU unhealthy for good (default 0).
	MaxECCUncorrected uint64
}

func (h *HealthLimits) defaults() {
	if h.MaxTemperatureC == 0 {
		h.MaxTemperatureC = 87
	}
}

// tempHysteresis: a hot GPU returns to service this many degrees below
// the limit, so it does not flap around it.
const tempHysteresis = 5

// Throttle reasons that mean the hardware itself slowed the clocks (a
// thermal or power emergency, or an external slowdown signal): the GPU is
// out of service while any is set. Software power capping and idle
// clocks are normal operation.
const hwThrottleMask = nvml.ClocksThrottleReasonHwSlowdown | nvml.ClocksThrottleReasonHwThermalSlowdown | nvml.ClocksThrottleReasonHwPowerBrakeSlowdown

var throttleNames = []struct {
	bit  uint64
	name string
}{
	{nvml.ClocksEventReasonGpuIdle, "idle"},
	{nvml.ClocksEventReasonApplicationsClocksSetting, "applications clocks setting"},
	{nvml.ClocksEventReasonSwPowerCap, "sw power cap"},
	{nvml.ClocksThrottleReasonHwSlowdown, "hw slowdown"},
	{nvml.ClocksEventReasonSyncBoost, "sync boost"},
	{nvml.ClocksEventReasonSwThermalSlowdown, "sw thermal slowdown"},
	{nvml.ClocksThrottleReasonHwThermalSlowdown, "hw thermal slowdown"},
	{nvml.ClocksThrottleReasonHwPowerBrakeSlowdown, "hw power brake slowdown"},
	{nvml.ClocksEventReasonDisplayClockSetting, "display clock setting"},
}

func throttleList(mask uint64) []string {
	var out []string
	for _, t := range throttleNames {
		if mask&t.bit != 0 {
			out = append(out, t.name)
		}
	}
	return out
}

// fatalXIDs are the XID errors after which a GPU cannot be trusted with
// work until it is reset (NVIDIA's XID catalogue: double-bit and
// uncontained ECC errors, row-remapping failure, fallen off the bus,
// NVLink and GSP failures). Other XIDs (13, 31, 43, 45: an application's
// fault) are logged only.
var fatalXIDs = map[uint64]string{
	48:  "double-bit ECC error",
	62:  "internal micro-controller halt",
	63:  "ECC page retirement or row remapping recording event",
	64:  "ECC page retirement or row remapping failure",
	74:  "NVLink error",
	79:  "GPU has fallen off the bus",
	92:  "high single-bit ECC error rate",
	94:  "contained ECC error",
	95:  "uncontained ECC error",
	119: "GSP RPC timeout",
	120: "GSP error",
	140: "unrecovered ECC error",
}

// GPUs is the set of devices NVML reported at start-up.
type GPUs struct {
	lib    nvml.Interface
	driver string
	limits HealthLimits
	log    *slog.Logger
	devs   []*gpuDev
}

type gpuDev struct {
	info GPUInfo
	dev  nvml.Device

	mu     sync.Mutex
	health GPUHealth
	// sticky: a reason that lasts until the provider restarts (a fatal
	// XID, uncorrected ECC errors, a lost GPU); hot/throttled recover.
	sticky string
	hot    bool
}

// OpenGPUs initializes NVML (lib nil: the system's libnvidia-ml, loaded at
// run time) and discovers every device. It returns an error wrapping
// ErrNoNVML when the library is missing or does not initialize, and
// ErrNoGPUs when it reports no device.
func OpenGPUs(lib nvml.Interface, limits HealthLimits, log *slog.Logger) (*GPUs, error) {
	if lib == nil {
		lib = nvml.New()
	}
	if log == nil {
		log = slog.Default()
	}
	limits.defaults()
	if ret := lib.Init(); ret != nvml.SUCCESS {
		if ret == nvml.ERROR_LIBRARY_NOT_FOUND {
			return nil, fmt.Errorf("%w: libnvidia-ml.so.1 was not found (no NVIDIA driver is installed here)", ErrNoNVML)
		}
		return nil, fmt.Errorf("%w: nvmlInit: %s", ErrNoNVML, ret.Error())
	}
	g := &GPUs{lib: lib, limits: limits, log: log}
	ok := false
	defer func() {
		if !ok {
			lib.Shutdown()
		}
	}()
	drv, ret := lib.SystemGetDriverVersion()
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML: driver version: %s", ret.Error())
	}
	g.driver = drv
	n, ret := lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML: device count: %s", ret.Error())
	}
	if n == 0 {
		return nil, fmt.Errorf("%w (driver %s)", ErrNoGPUs, drv)
	}
	seen := map[string]bool{}
	for i := range n {
		d, err := g.discover(i)
		if err != nil {
			return nil, err
		}
		if seen[d.info.UUID] {
			return nil, fmt.Errorf("NVML: GPU %d repeats UUID %s", i, d.info.UUID)
		}
		seen[d.info.UUID] = true
		g.devs = append(g.devs, d)
	}
	ok = true
	return g, nil
}

func (g *GPUs) discover(i int) (*gpuDev, error) {
	dev, ret := g.lib.DeviceGetHandleByIndex(i)
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML: GPU %d: handle: %s", i, ret.Error())
	}
	info := GPUInfo{Index: i, Driver: g.driver}
	if info.UUID, ret = dev.GetUUID(); ret != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML: GPU %d: UUID: %s", i, ret.Error())
	}
	if !validUUID(info.UUID) {
		return nil, fmt.Errorf("NVML: GPU %d: UUID %q is not of the form GPU-…", i, info.UUID)
	}
	if info.Name, ret = dev.GetName(); ret != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML: GPU %d: name: %s", i, ret.Error())
	}
	mem, ret := dev.GetMemoryInfo()
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML: GPU %d: memory: %s", i, ret.Error())
	}
	info.MemoryBytes = mem.Total
	if info.ComputeMajor, info.ComputeMinor, ret = dev.GetCudaComputeCapability(); ret != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML: GPU %d: compute capability: %s", i, ret.Error())
	}
	if info.ComputeMajor < 1 || info.ComputeMajor > 99 || info.ComputeMinor < 0 || info.ComputeMinor > 99 {
		return nil, fmt.Errorf("NVML: GPU %d: compute capability %d.%d out of range", i, info.ComputeMajor, info.ComputeMinor)
	}
	return &gpuDev{info: info, dev: dev, health: GPUHealth{Healthy: true}}, nil
}

// validUUID: NVML's "GPU-" followed by hex digits and dashes (it goes into
// CUDA_VISIBLE_DEVICES and into logs).
func validUUID(s string) bool {
	if !strings.HasPrefix(s, "GPU-") || len(s) < 5 || len(s) > 96 {
		return false
	}
	for _, c := range s[4:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '-') {
			return false
		}
	}
	return true
}

// Close shuts NVML down.
func (g *GPUs) Close() {
	if g != nil {
		g.lib.Shutdown()
	}
}

// Driver is the NVIDIA driver's version.
func (g *GPUs) Driver() string { return g.driver }

// Len is the number of devices.
func (g *GPUs) Len() int { return len(g.devs) }

// Info returns what discovery learnt of every device.
func (g *GPUs) Info() []GPUInfo {
	out := make([]GPUInfo, len(g.devs))
	for i, d := range g.devs {
		out[i] = d.info
	}
	return out
}

// Health returns every device's last health check.
func (g *GPUs) Health() []GPUHealth {
	out := make([]GPUHealth, len(g.devs))
	for i, d := range g.devs {
		d.mu.Lock()
		out[i] = d.health
		d.mu.Unlock()
	}
	return out
}

// Healthy reports whether device i was healthy at its last check.
func (g *GPUs) Healthy(i int) bool {
	d := g.devs[i]
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.health.Healthy
}

// Transition is a device changing between healthy and unhealthy.
type Transition struct {
	Index   int
	UUID    string
	Healthy bool
	Reason  string
}

// Check queries every device's temperature, utilization, uncorrected
// ECC errors and clock throttle reasons, applies the limits and returns
// the devices whose health changed (each also logged, with the reason).
func (g *GPUs) Check() []Transition {
	var out []Transition
	for i, d := range g.devs {
		if t, changed := g.check(d); changed {
			t.Index = i
			out = append(out, t)
		}
	}
	return out
}

func (g *GPUs) check(d *gpuDev) (Transition, bool) {
	h := GPUHealth{CheckedAt: time.Now()}
	var problems []string
	lost := false
	query := func(what string, ret nvml.Return) bool {
		switch ret {
		case nvml.SUCCESS:
			return true
		case nvml.ERROR_NOT_SUPPORTED, nvml.ERROR_FUNCTION_NOT_FOUND:
			return false // this device does not report it: not a fault
		case nvml.ERROR_GPU_IS_LOST:
			lost = true
		default:
			problems = append(problems, fmt.Sprintf("NVML %s: %s", what, ret.Error()))
		}
		return false
	}
	temp, ret := d.dev.GetTemperature(nvml.TEMPERATURE_GPU)
	if query("temperature", ret) {
		h.TemperatureC = temp
	}
	util, ret := d.dev.GetUtilizationRates()
	if query("utilization", ret) {
		h.UtilizationPercent = min(util.Gpu, 100)
	}
	ecc, ret := d.dev.GetTotalEccErrors(nvml.MEMORY_ERROR_TYPE_UNCORRECTED, nvml.VOLATILE_ECC)
	eccOK := query("ECC errors", ret)
	if eccOK {
		h.ECCUncorrected = ecc
	}
	thr, ret := d.dev.GetCurrentClocksEventReasons()
	if ret == nvml.ERROR_FUNCTION_NOT_FOUND {
		thr, ret = d.dev.GetCurrentClocksThrottleReasons() // drivers before r535
	}
	thrOK := query("throttle reasons", ret)
	if thrOK {
		h.ThrottleReasons = throttleList(thr)
	}

	d.mu.Lock()
	defer d.mu.Unlock()
	h.LastXID = d.health.LastXID
	if lost && d.sticky == "" {
		d.sticky = "the GPU is lost (NVML: GPU is lost; it may have fallen off the bus): reset it or reboot"
	}
	if eccOK && ecc > g.limits.MaxECCUncorrected && d.sticky == "" {
		d.sticky = fmt.Sprintf("%d uncorrected ECC errors since the driver loaded (limit %d): reset the GPU", ecc, g.limits.MaxECCUncorrected)
	}
	if d.hot {
		d.hot = h.TemperatureC+tempHysteresis >= g.limits.MaxTemperatureC
	} else {
		d.hot = h.TemperatureC >= g.limits.MaxTemperatureC
	}
	var reasons []string
	if d.sticky != "" {
		reasons = append(reasons, d.sticky)
	}
	if d.hot {
		reasons = append(reasons, fmt.Sprintf("temperature %d °C (out of service at ≥ %d °C until below %d °C)", h.TemperatureC, g.limits.MaxTemperatureC, g.limits.MaxTemperatureC-tempHysteresis))
	}
	if thrOK && thr&hwThrottleMask != 0 {
		reasons = append(reasons, "clocks slowed by the hardware: "+strings.Join(throttleList(thr&hwThrottleMask), ", "))
	}
	reasons = append(reasons, problems...)
	h.Healthy = len(reasons) == 0
	h.Reason = strings.Join(reasons, "; ")
	was := d.health.Healthy
	d.health = h
	if was == h.Healthy {
		return Transition{}, false
	}
	if h.Healthy {
		g.log.Info("GPU healthy again: back in service", "gpu", d.info.Index, "uuid", d.info.UUID)
	} else {
		g.log.Warn("GPU unhealthy: taken out of service", "gpu", d.info.Index, "uuid", d.info.UUID, "reason", h.Reason)
	}
	return Transition{UUID: d.info.UUID, Healthy: h.Healthy, Reason: h.Reason}, true
}

// watchedEvents are the NVML events the provider listens for.
const watchedEvents = nvml.EventTypeXidCriticalError | nvml.EventTypeDoubleBitEccError

// WatchEvents registers for XID critical errors and double-bit ECC events
// on every device that reports them and handles them until ctx ends:
// a fatal XID or a double-bit ECC error takes the GPU out of service
// until the provider restarts (call Check, or wait for the next one, to
// see the transition). It returns nil at once when no device supports
// these events; an error only when NVML refuses the event set.
func (g *GPUs) WatchEvents(ctx context.Context) error {
	set, ret := g.lib.EventSetCreate()
	if ret == nvml.ERROR_NOT_SUPPORTED || ret == nvml.ERROR_FUNCTION_NOT_FOUND {
		g.log.Info("NVML events are not supported here: XID errors are not watched")
		return nil
	}
	if ret != nvml.SUCCESS {
		return fmt.Errorf("NVML: event set: %s", ret.Error())
	}
	defer set.Free()
	registered := 0
	for _, d := range g.devs {
		types, ret := d.dev.GetSupportedEventTypes()
		if ret != nvml.SUCCESS || types&watchedEvents == 0 {
			g.log.Info("GPU does not report XID events", "gpu", d.info.Index, "nvml", ret.Error())
			continue
		}
		if ret := d.dev.RegisterEvents(types&watchedEvents, set); ret != nvml.SUCCESS {
			g.log.Warn("NVML: register XID events", "gpu", d.info.Index, "err", ret.Error())
			continue
		}
		registered++
	}
	if registered == 0 {
		return nil
	}
	for ctx.Err() == nil {
		ev, ret := set.Wait(200)
		switch ret {
		case nvml.SUCCESS:
			g.event(ev)
		case nvml.ERROR_TIMEOUT:
		default:
			// A failing wait would spin: pause before asking again.
			g.log.Warn("NVML: wait for events", "err", ret.Error())
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}
	return nil
}

func (g *GPUs) event(ev nvml.EventData) {
	if ev.Device == nil {
		return
	}
	uuid, ret := ev.Device.GetUUID()
	if ret != nvml.SUCCESS {
		g.log.Warn("NVML event from an unidentified device", "type", ev.EventType, "data", ev.EventData)
		return
	}
	for _, d := range g.devs {
		if d.info.UUID != uuid {
			continue
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		switch {
		case ev.EventType&nvml.EventTypeDoubleBitEccError != 0:
			if d.sticky == "" {
				d.sticky = "a double-bit ECC error was reported: reset the GPU"
			}
			g.log.Error("GPU double-bit ECC error", "gpu", d.info.Index, "uuid", uuid)
		case ev.EventType&nvml.EventTypeXidCriticalError != 0:
			xid := ev.EventData
			d.health.LastXID = xid
			if what, fatal := fatalXIDs[xid]; fatal {
				if d.sticky == "" {
					d.sticky = fmt.Sprintf("XID %d (%s): reset the GPU", xid, what)
				}
				g.log.Error("GPU XID error: out of service", "gpu", d.info.Index, "uuid", uuid, "xid", xid, "what", what)
			} else {
				g.log.Warn("GPU XID error (an application fault; the GPU stays in service)", "gpu", d.info.Index, "uuid", uuid, "xid", xid)
			}
		}
		return
	}
	g.log.Warn("NVML event from an unknown GPU", "uuid", uuid, "type", ev.EventType)
}

// Metering is what a Meter measured while a job ran on a GPU.
type Metering struct {
	Wall time.Duration
	// GPUMillis: the metered GPU time, Σ interval × utilization over the
	// samples (the wall time when the device does not report
	// utilization). Reported in the receipt, never billed.
	GPUMillis uint64
	// MeanUtilization over the samples, percent.
	MeanUtilization float64
	// EnergyMilliJoules: the device's energy counter over the job (0 when
	// it has none).
	EnergyMilliJoules uint64
	Samples           int
}

// Meter samples one device's utilization while a job runs.
type Meter struct {
	d        *gpuDev
	interval time.Duration
	start    time.Time
	last     time.Time
	energy0  uint64
	energyOK bool
	utilOK   bool
	busy     time.Duration // Σ dt × utilization
	utilSum  float64
	samples  int
	stop     chan struct{}
	done     chan struct{}
}

// StartMeter starts sampling device i every interval until Stop.
func (g *GPUs) StartMeter(i int, interval time.Duration) *Meter {
	if interval <= 0 {
		interval = 100 * time.Millisecond
	}
	m := &Meter{d: g.devs[i], interval: interval, stop: make(chan struct{}), done: make(chan struct{}), utilOK: true}
	m.start = time.Now()
	m.last = m.start
	if e, ret := m.d.dev.GetTotalEnergyConsumption(); ret == nvml.SUCCESS {
		m.energy0, m.energyOK = e, true
	}
	go m.run()
	return m
}

func (m *Meter) run() {
	defer close(m.done)
	t := time.NewTicker(m.interval)
	defer t.Stop()
	for {
		select {
		case <-m.stop:
			return
		case now := <-t.C:
			m.sample(now)
		}
	}
}

// sample reads the utilization and credits the time since the last sample
// at that rate (NVML's utilization is the busy fraction of its own recent
// sample period).
func (m *Meter) sample(now time.Time) {
	dt := now.Sub(m.last)
	m.last = now
	u, ret := m.d.dev.GetUtilizationRates()
	if ret != nvml.SUCCESS {
		m.utilOK = false
		return
	}
	pct := min(u.Gpu, 100)
	m.busy += dt * time.Duration(pct) / 100
	m.utilSum += float64(pct)
	m.samples++
}

// Stop takes a last sample and returns the metering.
func (m *Meter) Stop() Metering {
	close(m.stop)
	<-m.done
	now := time.Now()
	m.sample(now)
	out := Metering{Wall: now.Sub(m.start), Samples: m.samples}
	if m.utilOK && m.samples > 0 {
		out.GPUMillis = uint64(m.busy / time.Millisecond)
		out.MeanUtilization = m.utilSum / float64(m.samples)
	} else {
		out.GPUMillis = uint64(out.Wall / time.Millisecond)
	}
	if m.energyOK {
		if e, ret := m.d.dev.GetTotalEnergyConsumption(); ret == nvml.SUCCESS && e >= m.energy0 {
			out.EnergyMilliJoules = e - m.energy0
		}
	}
	return out
}
