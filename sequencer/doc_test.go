package sequencer

import (
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestRPCDocCoversEveryMethod: docs/rpc.md has a section for every method
// and subscription the API serves, and none for a method it does not.
func TestRPCDocCoversEveryMethod(t *testing.T) {
	b, err := os.ReadFile("../docs/rpc.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	from, to := strings.Index(doc, "\n## Methods"), strings.Index(doc, "\n## Store")
	if from < 0 || to < from {
		t.Fatal("docs/rpc.md lacks its Methods or Store section")
	}
	var documented []string
	for _, m := range regexp.MustCompile(`(?m)^### (gpuroll_)?(\w+)\s*$`).FindAllStringSubmatch(doc[from:to], -1) {
		documented = append(documented, m[2])
	}
	var served []string
	at := reflect.TypeOf(&api{})
	for i := 0; i < at.NumMethod(); i++ {
		m := at.Method(i)
		name := strings.ToLower(m.Name[:1]) + m.Name[1:]
		served = append(served, name)
	}
	slices.Sort(documented)
	slices.Sort(served)
	for _, s := range served {
		if !slices.Contains(documented, s) {
			t.Errorf("docs/rpc.md does not document %s", s)
		}
	}
	for _, d := range documented {
		if !slices.Contains(served, d) {
			t.Errorf("docs/rpc.md documents %s, which the API does not serve", d)
		}
	}
}
