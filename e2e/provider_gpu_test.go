package e2e

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/internal/testnet"
	"github.com/gpuroll/gpuroll/provider"
)

// TestProviderGPU runs a provider on the machine's real GPUs: NVML
// discovery and health, one external worker per GPU (the CUDA worker,
// GPUROLL_PROVIDER_GPU_WORKER="bin/gpuroll-cuda-worker", `make
// cuda-worker`), jobs metered on the GPU to paid receipts whose results
// are the CPU reference's. With GPUROLL_BENCH_PROVIDER set it also
// measures the throughput runs of TestBenchProvider on the GPU. Skipped
// where no worker is named (every machine without a GPU).
func TestProviderGPU(t *testing.T) {
	worker := os.Getenv("GPUROLL_PROVIDER_GPU_WORKER")
	if worker == "" {
		t.Skip("set GPUROLL_PROVIDER_GPU_WORKER to the GPU worker's command (a machine with a GPU)")
	}
	n := startProvNet(t, testnet.Options{})
	cfg := n.providerConfig(testnet.KeyProvider)
	cfg.NoNVML = false
	cfg.Executor, cfg.WorkerCommand, cfg.CheckLeaves = provider.ExecExternal, strings.Fields(worker), 16
	cfg.MeterInterval = 5 * time.Millisecond
	cfg.Bond, cfg.Price = testnet.Ether(500), testnet.Eth(1)
	p := n.startProvider(cfg)
	n.waitProviderRegistered(p.Address())
	st := p.Status()
	if len(st.GPUs) == 0 {
		t.Fatalf("no GPU found: %s", st.NVML)
	}
	for _, g := range st.GPUs {
		t.Logf("GPU %d %s %s sm %s, %d MiB, driver %s: %+v", g.Index, g.UUID, g.Name, g.ComputeCapability(), g.MemoryBytes>>20, g.Driver, g.Health)
		if !g.Health.Healthy {
			t.Fatalf("GPU %d unhealthy: %s", g.Index, g.Health.Reason)
		}
	}
	rec, err := n.Client.Provider(n.Ctx, p.Address())
	if err != nil {
		t.Fatal(err)
	}
	if uint64(rec.GPUs) != uint64(len(st.GPUs)) || uint64(rec.GPUClass) != uint64(st.GPUs[0].ComputeMajor) || st.ClassStr != fmt.Sprintf("sm%d", st.GPUs[0].ComputeMajor) {
		t.Fatalf("offer on L2 %+v for GPUs %+v (class %s)", rec, st.GPUs, st.ClassStr)
	}
	const buyer = testnet.KeyBuyer
	n.Deposit(buyer, testnet.Ether(10_000))
	lease := n.openLease(buyer, p.Address(), testnet.Eth(100))
	jobs := []*provJob{
		newProvJob(t, []int{24, 16, 8}, 3, 1),
		newProvJob(t, []int{256, 256, 16}, 16, 2),
		newProvJob(t, []int{4096, 4096, 4096}, 1024, 3),
		newProvJob(t, []int{4096, 4096, 4096}, 2048, 4), // maxMACsPerReceipt (2^36) allows no more
	}
	n.submitAll(buyer, lease, jobs...)
	uuids := map[string]bool{}
	for _, g := range st.GPUs {
		uuids[g.UUID] = true
	}
	for _, j := range jobs {
		n.waitJob(j.id, client.JobReceipted, 5*time.Minute)
		r := n.receiptOf(p, j.id)
		n.checkResult(j, r.TraceRoot)
		for _, js := range p.Status().Jobs {
			if js.ID == j.id {
				t.Logf("job %v rows %d: exec %d ms, metered %d GPU-ms (receipt %d)", j.widths, j.input.Rows, js.ExecMS, js.GPUMillis, uint64(r.GPUMillis))
				if !uuids[js.GPU] || uint64(r.GPUMillis) != js.GPUMillis || js.GPUMillis > uint64(js.ExecMS)+10 {
					t.Fatalf("job on %q metered %d GPU-ms for %d ms of execution (receipt %d)", js.GPU, js.GPUMillis, js.ExecMS, uint64(r.GPUMillis))
				}
				if js.ExecMS >= 500 && js.GPUMillis == 0 {
					t.Errorf("a job kept the GPU %d ms and NVML metered no busy time", js.ExecMS)
				}
			}
		}
	}
	if os.Getenv("GPUROLL_BENCH_PROVIDER") != "" {
		models := []*benchModel{
			newBenchModel(t, "small 64→128→10, 16 rows", []int{64, 128, 10}, 16, 41),
			newBenchModel(t, "4096-wide 4096→4096→4096, 16 rows", []int{4096, 4096, 4096}, 16, 9),
			newBenchModel(t, "4096-wide 4096→4096→4096, 256 rows", []int{4096, 4096, 4096}, 256, 9),
		}
		for _, r := range benchProvider(t, n, p, models) {
			fmt.Printf("BENCH provider gpu %s, metered %d GPU-ms of %d ms executing\n", r, r.gpuMillis, r.execTotal)
		}
	}
}

// mockGPUs is go-nvml's DGX H100 mock cut to n GPUs, with the health and
// metering queries answered from settable values.
type mockGPUs struct {
	srv  *server.Server
	mu   sync.Mutex
	temp []uint32
	util uint32
}

func newMockGPUs(n int, util uint32) *mockGPUs {
	m := &mockGPUs{srv: dgxh100.New(), util: util, temp: make([]uint32, n)}
	m.srv.Devices = m.srv.Devices[:n]
	for i, d := range m.srv.Devices {
		dev := d.(*server.Device)
		m.temp[i] = 45
		dev.GetTemperatureFunc = func(nvml.TemperatureSensors) (uint32, nvml.Return) {
			m.mu.Lock()
			defer m.mu.Unlock()
			return m.temp[i], nvml.SUCCESS
		}
		dev.GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) {
			m.mu.Lock()
			defer m.mu.Unlock()
			return nvml.Utilization{Gpu: m.util}, nvml.SUCCESS
		}
		dev.GetTotalEccErrorsFunc = func(nvml.MemoryErrorType, nvml.EccCounterType) (uint64, nvml.Return) { return 0, nvml.SUCCESS }
		dev.GetCurrentClocksEventReasonsFunc = func() (uint64, nvml.Return) { return 0, nvml.SUCCESS }
		dev.GetTotalEnergyConsumptionFunc = func() (uint64, nvml.Return) { return 0, nvml.ERROR_NOT_SUPPORTED }
		dev.GetSupportedEventTypesFunc = func() (uint64, nvml.Return) { return 0, nvml.ERROR_NOT_SUPPORTED }
	}
	m.srv.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) { return nil, nvml.ERROR_NOT_SUPPORTED }
	return m
}

// TestProviderMockGPUs: a provider on go-nvml's mock (two H100s) runs one
// external worker per GPU (the Go worker stands in for the CUDA one),
// registers its class (sm9) and GPU count, meters each job on its GPU
// into the receipt's GPU-milliseconds (60% utilization: about 60% of the
// execution time), takes a GPU that overheats out of service and updates
// its offer on L2, and keeps running jobs on the other.
func TestProviderMockGPUs(t *testing.T) {
	n := startProvNet(t, testnet.Options{})
	worker := buildBinary(t, "github.com/gpuroll/gpuroll/job/cmd/gpuroll-worker")
	gpus := newMockGPUs(2, 60)
	cfg := n.providerConfig(testnet.KeyProvider)
	cfg.NoNVML, cfg.NVML = false, gpus.srv
	cfg.Executor, cfg.WorkerCommand = provider.ExecExternal, []string{worker, "-kernel", "best"}
	cfg.MeterInterval, cfg.HealthInterval = 5*time.Millisecond, 50*time.Millisecond
	cfg.Bond = testnet.Ether(100)
	p := n.startProvider(cfg)
	n.waitProviderRegistered(p.Address())
	rec, err := n.Client.Provider(n.Ctx, p.Address())
	if err != nil {
		t.Fatal(err)
	}
	if c, name := p.Class(); rec.GPUs != 2 || rec.GPUClass != 9 || c != 9 || name != "sm9" {
		t.Fatalf("offer %+v, class %d %s", rec, c, name)
	}
	const buyer = testnet.KeyBuyer
	n.Deposit(buyer, testnet.Ether(100))
	lease := n.openLease(buyer, p.Address(), testnet.Eth(50))
	run := func(seed uint64) []*provJob {
		jobs := []*provJob{newProvJob(t, []int{1024, 1024, 1024}, 2048, seed), newProvJob(t, []int{1024, 1024, 1024}, 2048, seed+1)}
		n.submitAll(buyer, lease, jobs...)
		for _, j := range jobs {
			n.waitJob(j.id, client.JobReceipted, 2*time.Minute)
			r := n.receiptOf(p, j.id)
			n.checkResult(j, r.TraceRoot)
		}
		return jobs
	}
	used := map[string]bool{}
	for _, j := range run(1) {
		for _, js := range p.Status().Jobs {
			if js.ID != j.id {
				continue
			}
			used[js.GPU] = true
			r := n.receiptOf(p, j.id)
			// 60% of the execution time, within the sampling's slack.
			lo, hi := js.ExecMS*4/10, js.ExecMS*8/10+6
			if uint64(r.GPUMillis) != js.GPUMillis || int64(js.GPUMillis) < lo || int64(js.GPUMillis) > hi {
				t.Fatalf("job ran %d ms at 60%%: metered %d GPU-ms (receipt %d), want %d..%d", js.ExecMS, js.GPUMillis, uint64(r.GPUMillis), lo, hi)
			}
		}
	}
	if len(used) != 2 {
		t.Fatalf("two jobs at once ran on %v, want both GPUs", used)
	}
	// GPU 0 overheats: out of service, the offer drops to one GPU.
	gpus.mu.Lock()
	gpus.temp[0] = 95
	gpus.mu.Unlock()
	hot := p.Status().GPUs[0].UUID
	n.WaitFor("the offer updated to one GPU", func() (bool, error) {
		rec, err := n.Client.Provider(n.Ctx, p.Address())
		return err == nil && rec.GPUs == 1, nil
	})
	st := p.Status()
	if st.GPUs[0].Health.Healthy || !strings.Contains(st.GPUs[0].Health.Reason, "temperature 95 °C") || st.Slots[0].Healthy || !st.Slots[1].Healthy {
		t.Fatalf("status with a hot GPU: %+v %+v", st.GPUs[0].Health, st.Slots)
	}
	for _, j := range run(10) {
		for _, js := range p.Status().Jobs {
			if js.ID == j.id && js.GPU == hot {
				t.Fatalf("job %s ran on the overheated GPU", j.id)
			}
		}
	}
}
