package l1

import (
	"strings"
	"testing"
)

// A state file with anything but whitespace after its JSON object is
// corrupt: a stray '}' or ']' once slipped past the trailing-data check
// (a fuzzing finding), and a truncated-then-appended file must not load.
func TestParseStoreRejectsTrailingData(t *testing.T) {
	const valid = `{"version":1,"chainId":"0x1","from":"0x0000000000000000000000000000000000000000","pending":[]}`
	for _, tail := range []string{"", "\n", " \t\r\n "} {
		if _, err := parseStore([]byte(valid + tail)); err != nil {
			t.Errorf("valid file with tail %q refused: %v", tail, err)
		}
	}
	for _, tail := range []string{"}", "]", " }", "]\n", "}}", "{}", "[]", "0", `"x"`, "x", "\x00"} {
		_, err := parseStore([]byte(valid + tail))
		if err == nil {
			t.Errorf("tail %q accepted", tail)
			continue
		}
		if !strings.Contains(err.Error(), "corrupt") {
			t.Errorf("tail %q: %v, want a corrupt-file error", tail, err)
		}
	}
}
