package e2e

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/gpuroll/gpuroll/challenger"
	"github.com/gpuroll/gpuroll/circuit"
	"github.com/gpuroll/gpuroll/job"
)

// TestChallengerAllClasses: false steps in layers of every step class
// (input widths 40, 600 and 2000: classes 1, 2 and 3), each proven with
// its class's keys and slashed through the verifier Disputes registered
// for it. The dev setup of classes 2 and 3 takes minutes on two cores:
// only with GPUROLL_CIRCUIT_FULL=1.
func TestChallengerAllClasses(t *testing.T) {
	if os.Getenv("GPUROLL_CIRCUIT_FULL") == "" {
		t.Skip("set GPUROLL_CIRCUIT_FULL=1 to set up and prove classes 2 and 3")
	}
	keys := []*circuit.Keys{chKeys(t)}
	for _, id := range []uint8{2, 3} {
		c, _ := circuit.ClassByID(id)
		start := time.Now()
		k, err := circuit.DevSetup(context.Background(), c, []byte(circuit.DevBeacon))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("class %d dev setup: %v", id, time.Since(start).Round(time.Second))
		keys = append(keys, k)
	}
	m := newChMarket(t, chOptions{window: 3600})
	cfg := m.challengerConfig(t, chAuditor)
	cfg.Keys = circuit.NewKeyCacheWith(keys...)
	ch := startCh(t, cfg)
	widths := []int{2000, 600, 40, 6}
	want := map[int]uint8{1: 3, 2: 2, 3: 1} // layer → the class of its input width
	var posted []*chPosted
	for l := 1; l <= 3; l++ {
		j := newChJob(t, widths, 2, uint64(6000+l))
		falseValue(j.st, 1, l, 2)
		posted = append(posted, m.post(j))
	}
	chWait(t, "the three slashes", 10*time.Minute, func() (bool, error) {
		for _, p := range posted {
			d, err := ch.Dispute(p.receipt)
			if err != nil || d == nil || d.Status != challenger.StLanded {
				return false, err
			}
		}
		return true, nil
	})
	for i, p := range posted {
		d, _ := ch.Dispute(p.receipt)
		l := i + 1
		if d.Step == nil || *d.Step != (job.Step{Row: 1, Layer: l, Output: 2}) || d.Class != want[l] {
			t.Fatalf("layer %d: step %v class %d, want class %d", l, d.Step, d.Class, want[l])
		}
		t.Logf("layer %d (input width %d): class %d proof, slashed", l, widths[l-1], d.Class)
	}
}
