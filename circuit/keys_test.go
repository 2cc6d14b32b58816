package circuit

import (
	"bytes"
	"context"
	"testing"
	"time"
)

func TestDevSetupProveVerifyClass1(t *testing.T) {
	ctx := context.Background()
	c, _ := ClassByID(1)
	t0 := time.Now()
	k, err := DevSetup(ctx, c, []byte(DevBeacon))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("setup %v, %d constraints", time.Since(t0), k.CCS.GetNbConstraints())
	j := randomJob(t, 2, 3, []int{40, 33, 5}, []uint8{9, 2}, []bool{true, false})
	honest, _ := Execute(j)
	setValue(&j.Trace[1][1], 3, honest[1][1][3]+1)
	s, err := FirstFraud(j, honest)
	if err != nil {
		t.Fatal(err)
	}
	com, err := Commit(NewHasher(), j)
	if err != nil {
		t.Fatal(err)
	}
	a, _, pub, err := Assign(com, j, s, testChallenger)
	if err != nil {
		t.Fatal(err)
	}
	t0 = time.Now()
	proof, err := k.Prove(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("prove %v, %d bytes", time.Since(t0), len(proof))
	if err := k.Verify(proof, pub); err != nil {
		t.Fatal(err)
	}
	pub[3].SetBit(pub[3], 0, pub[3].Bit(0)^1) // another challenger
	if err := k.Verify(proof, pub); err == nil {
		t.Fatal("proof verifies for another challenger")
	}
	var sol bytes.Buffer
	if err := k.ExportSolidity(&sol); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := k.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	t0 = time.Now()
	k2, err := LoadKeys(dir, c)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("load %v", time.Since(t0))
	if k2.VKHash != k.VKHash {
		t.Fatal("vk hash changed through the files")
	}
}
