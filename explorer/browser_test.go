package explorer_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/holiman/uint256"

	"github.com/gpuroll/gpuroll/devnet"
	"github.com/gpuroll/gpuroll/state"
)

// chromiumPath finds Debian's chromium (or GPUROLL_CHROMIUM); "" when
// there is none.
func chromiumPath() string {
	if p := os.Getenv("GPUROLL_CHROMIUM"); p != "" {
		return p
	}
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// browserTest drives headless Chromium over the explorer of a running
// market: the overview with a live update arriving, a phone-width layout
// without sideways scrolling, a search from the keyboard, then a slashed
// job followed to its receipt and its dispute. A screenshot of each page
// goes to the test's artifact directory (go test -artifacts keeps them);
// any JavaScript error or console error fails the test.
func browserTest(t *testing.T, base string, m *explorerMarket) {
	path := chromiumPath()
	if path == "" {
		if os.Getenv("GPUROLL_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("no chromium on PATH (apt-get install chromium, or set GPUROLL_CHROMIUM) and GPUROLL_REQUIRE_CHROMIUM=1")
		}
		t.Skip("no chromium on PATH: the browser test needs Debian's chromium (apt-get install chromium) or GPUROLL_CHROMIUM")
	}
	out := t.ArtifactDir()
	actx, cancelA := chromedp.NewExecAllocator(m.ctx, append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Flag("disable-dev-shm-usage", true), chromedp.WindowSize(1200, 900))...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelT()

	// Every console message, read from the start; errors and uncaught
	// exceptions fail the test at its end.
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, log.Enable, cdp.Empty{})
		return err
	})); err != nil {
		t.Fatalf("start chromium (%s): %v", path, err)
	}
	var mu sync.Mutex
	var jsErrors []string
	msgs := chromedp.Console(ctx)
	consoleDone := make(chan struct{})
	go func() {
		defer close(consoleDone)
		for msg, err := range msgs {
			if err != nil {
				return
			}
			if msg.IsException() || msg.Type == "error" {
				mu.Lock()
				jsErrors = append(jsErrors, fmt.Sprintf("%s: %s (%s:%d)", msg.Type, msg.Text, msg.URL, msg.Line))
				mu.Unlock()
			}
		}
	}()
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			png, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(out, name+".png"), png, 0o644)
		})
	}
	// Each step has 45 s; a step that fails leaves a screenshot of where
	// the browser was.
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 45*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, steps...); err != nil {
			_ = chromedp.Do(ctx, shot("failed"))
			t.Fatalf("%s: %v (the page then: failed.png in %s)", what, err, out)
		}
	}
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(v)
	}
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}

	// The overview, and a live block arriving over the event stream.
	do("the overview", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#ov-l2head")), shot("overview"))
	do("the live stream open", chromedp.WaitVisible(chromedp.CSS(`body[data-live="open"]`)))
	first := text("#ov-l2head")
	// A tx makes a block (an idle sequencer makes none).
	if _, err := m.w.Send(m.ctx, &state.Transfer{To: m.d.Keys()[devnet.RoleUser].Addr, Amount: uint256.NewInt(1e15)}); err != nil {
		t.Fatalf("a transfer for a new block: %v", err)
	}
	do("a live update", chromedp.WaitVisible(chromedp.CSS(`body[data-live-block]`)))
	live := eval(`document.body.dataset.liveBlock`)
	if now := text("#ov-l2head"); now != "#"+live || now == first {
		t.Errorf("live update: the head went from %s to %s, the event said block %s", first, now, live)
	}
	// A batch posted or finalized meanwhile (every few seconds) updates
	// its row in place.
	do("a live batch", chromedp.WaitVisible(chromedp.CSS(`body[data-live-batch]`)))
	var idx uint64
	var bstatus string
	if _, err := fmt.Sscanf(eval(`document.body.dataset.liveBatch`), "%d %s", &idx, &bstatus); err != nil {
		t.Fatalf("live batch %q: %v", eval(`document.body.dataset.liveBatch`), err)
	}
	if row := text(fmt.Sprintf(`tr[data-batch="%d"]`, idx)); !strings.Contains(row, bstatus) {
		t.Errorf("live batch %d %s: its row reads %q", idx, bstatus, row)
	}
	for _, id := range []string{"#ov-posted", "#ov-final", "#ov-l2head"} {
		if v := strings.TrimPrefix(text(id), "#"); strings.Trim(v, "0123456789") != "" || v == "" {
			t.Errorf("after the live updates %s reads %q, want a decimal number", id, v)
		}
	}
	do("the live rows", shot("overview-live"))

	// Phone width: nothing scrolls sideways but the tables' own boxes.
	do("phone width", chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#ov-l2head")), shot("overview-phone"))
	if eval(`String(document.documentElement.scrollWidth > window.innerWidth + 1)`) != "false" {
		t.Error("at 390 px the overview scrolls sideways")
	}
	do("desktop width", chromedp.EmulateViewport(1200, 900))

	// The keyboard: the first Tab reaches the skip link; the search box
	// takes a query and Enter sends it.
	do("keyboard", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#q")), chromedp.KeyEvent(kb.Tab))
	focused := eval(`document.activeElement.className`)
	do("search from the keyboard", chromedp.Focus(chromedp.CSS("#q")), chromedp.SendKeys(chromedp.CSS("#q"), m.buyer.Hex()+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS("#a-balance")), shot("account"))
	if loc := eval(`location.pathname`); focused != "skip" || loc != "/account/"+m.buyer.Hex() {
		t.Errorf("keyboard: first Tab focused %q (want the skip link); search landed on %s", focused, loc)
	}

	// A job followed to its receipt and its dispute, by clicking.
	do("the jobs page", chromedp.Navigate(base+"/jobs"), chromedp.WaitVisible(chromedp.CSS("#jobs")), shot("jobs"))
	do("the slashed job", chromedp.Click(chromedp.CSS(`a[href="/job/`+m.falseJ.ID.Hex()+`"]`)), chromedp.WaitVisible(chromedp.CSS("#j-id")), shot("job"))
	status := text("#j-status")
	do("its receipt", chromedp.Click(chromedp.CSS("#j-receipt")), chromedp.WaitVisible(chromedp.CSS("#r-id")), shot("receipt"))
	rstatus := text("#r-status")
	do("its dispute", chromedp.Click(chromedp.CSS("#r-dispute-link")), chromedp.WaitVisible(chromedp.CSS(`#slash-`+m.falseR.ID.Hex())), shot("disputes"))
	if url := eval(`location.pathname + location.hash`); status != "slashed" || !strings.HasPrefix(rstatus, "slashed") || url != "/disputes#slash-"+m.falseR.ID.Hex() {
		t.Errorf("followed the job: status %q, receipt %q, dispute at %s", status, rstatus, url)
	}
	do("a provider", chromedp.Navigate(base+"/provider/"+m.cheat.Hex()), chromedp.WaitVisible(chromedp.CSS("#p-receipts")), shot("provider"),
		chromedp.Sleep(500*time.Millisecond)) // the last console messages
	cancel()
	<-consoleDone

	mu.Lock()
	defer mu.Unlock()
	if len(jsErrors) > 0 {
		t.Errorf("JavaScript errors in the browser:\n%s", strings.Join(jsErrors, "\n"))
	}
	t.Logf("screenshots in %s", out)
}
