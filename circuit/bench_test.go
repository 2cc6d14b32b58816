package circuit

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/gpuroll/gpuroll/job"
)

// benchKeys loads a class's keys from $GPUROLL_KEYS (written by
// `gpuroll setup`) or runs the dev setup.
func benchKeys(b *testing.B, c Class) *Keys {
	b.Helper()
	if dir := os.Getenv("GPUROLL_KEYS"); dir != "" {
		start := time.Now()
		k, err := LoadKeys(dir, c)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("class %d keys loaded in %v", c.ID, time.Since(start))
		return k
	}
	k, err := DevSetup(context.Background(), c, []byte(DevBeacon))
	if err != nil {
		b.Fatal(err)
	}
	return k
}

func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkProve is the Groth16 prove of a false value in a layer of the
// class's full input width (witness solving included), wall and CPU time:
//
//	GPUROLL_KEYS=/tmp/keys go test ./circuit -run '^$' -bench Prove -benchtime 5x
func BenchmarkProve(b *testing.B) {
	for _, c := range Classes() {
		b.Run("class="+string('0'+c.ID), func(b *testing.B) {
			k := benchKeys(b, c)
			j := randomJob(b, 11, 1, []int{c.MaxIn, 8}, []uint8{12}, []bool{false})
			j.setValue(0, 1, 5, j.honest.Act(0, 1)[5]+1)
			a, _, _, err := AssignOpening(j.open(b, job.Step{Row: 0, Layer: 1, Output: 5}), testChallenger)
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			cpu0 := cpuTime(b)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := k.Prove(ctx, a); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric((cpuTime(b)-cpu0).Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(k.CCS.GetNbConstraints()), "constraints")
		})
	}
}
