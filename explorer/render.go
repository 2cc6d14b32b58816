package explorer

import (
	"bytes"
	"fmt"
	"html/template"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
)

// pageNames are the templates of templates/, each rendered inside layout.
var pageNames = []string{"overview", "providers", "provider", "jobs", "job", "receipt", "disputes", "account", "tx", "batch", "block", "search", "error"}

func parsePages() (map[string]*template.Template, error) {
	out := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("explorer: template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

var funcs = template.FuncMap{
	"tokens":   fmtTokens,
	"short":    shortHex,
	"ago":      ago,
	"secs":     fmtSecs,
	"utc":      func(unix uint64) string { return time.Unix(int64(unix), 0).UTC().Format("2006-01-02 15:04:05") },
	"u64":      func(v hexutil.Uint64) uint64 { return uint64(v) },
	"derefU":   func(v *hexutil.Uint64) uint64 { return uint64(*v) },
	"hexh":     func(h common.Hash) string { return h.Hex() },
	"hexa":     func(a common.Address) string { return a.Hex() },
	"ms":       func(v uint64) string { return (time.Duration(v) * time.Millisecond).String() },
	"add":      func(a, b int) int { return a + b },
	"chart":    chartSVG,
	"pct100":   func(v float64) string { return fmt.Sprintf("%.1f", min(100, max(0, v*100))) },
	"lower":    strings.ToLower,
	"pctOf":    pctOf,
	"commaInt": commaInt,
	"deref":    func(h *common.Hash) common.Hash { return *h },
	"derefA":   func(a *common.Address) common.Address { return *a },
}

// fmtTokens writes a wei amount as tokens with up to 4 decimals
// ("1,234.5", "0.0001", "< 0.0001").
func fmtTokens(v any) string {
	var b *big.Int
	switch x := v.(type) {
	case *big.Int:
		b = x
	case *hexutil.U256:
		if x != nil {
			b = (*uint256.Int)(x).ToBig()
		}
	case *uint256.Int:
		if x != nil {
			b = x.ToBig()
		}
	case hexutil.U256:
		b = (*uint256.Int)(&x).ToBig()
	}
	if b == nil {
		return "–"
	}
	if b.Sign() == 0 {
		return "0"
	}
	unit := big.NewInt(1e18)
	q, r := new(big.Int).QuoRem(b, unit, new(big.Int))
	frac := new(big.Int).Div(r, big.NewInt(1e14)).Int64() // 4 decimals
	s := commaInt(q.String())
	if frac != 0 {
		s += strings.TrimRight(fmt.Sprintf(".%04d", frac), "0")
	} else if q.Sign() == 0 {
		return "< 0.0001"
	}
	return s
}

func commaInt(v any) string {
	s := fmt.Sprint(v)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

// shortHex shortens a hash or address for a table cell (0x1234…abcd); the
// full value goes in the link and its title.
func shortHex(v any) string {
	var s string
	switch x := v.(type) {
	case common.Hash:
		s = x.Hex()
	case *common.Hash:
		if x == nil {
			return "–"
		}
		s = x.Hex()
	case common.Address:
		s = x.Hex()
	case string:
		s = x
	default:
		s = fmt.Sprint(v)
	}
	if len(s) <= 14 {
		return s
	}
	return s[:8] + "…" + s[len(s)-4:]
}

func fmtSecs(d int64) string {
	if d < 0 {
		d = -d
	}
	return (time.Duration(d) * time.Second).String()
}

func ago(unix uint64) string {
	if unix == 0 {
		return "–"
	}
	d := time.Since(time.Unix(int64(unix), 0)).Round(time.Second)
	if d < 0 {
		return "in " + (-d).String()
	}
	return d.String() + " ago"
}

func pctOf(a, b uint64) string {
	if b == 0 {
		return "0%"
	}
	return fmt.Sprintf("%.1f%%", float64(a)*100/float64(b))
}

// chartSVG draws the throughput as grouped bars per minute (txs, jobs),
// server-side, with a title per bar for screen readers and hover.
func chartSVG(tp throughput) template.HTML {
	const w, h, padL, padB, padT = 720, 180, 36, 22, 8
	peak := 1
	for i := range tp.Txs {
		peak = max(peak, tp.Txs[i], tp.Jobs[i])
	}
	n := max(tp.Minutes, 1)
	slot := float64(w-padL) / float64(n)
	bw := slot * 0.4
	plotH := float64(h - padB - padT)
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-labelledby="chart-title" preserveAspectRatio="none">`, w, h)
	fmt.Fprintf(&b, `<title id="chart-title">Txs and jobs per minute over the last %d minutes (peak %d)</title>`, n, peak)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" class="axis"/>`, padL, h-padB, w, h-padB)
	fmt.Fprintf(&b, `<text x="%d" y="%d" class="tick" text-anchor="end">%d</text>`, padL-4, padT+8, peak)
	fmt.Fprintf(&b, `<text x="%d" y="%d" class="tick" text-anchor="end">0</text>`, padL-4, h-padB)
	start := tp.End - uint64(n*60)
	if tp.Covered > start {
		// The minutes before the oldest block read are unknown, not idle.
		frac := min(1, float64(tp.Covered-start)/float64(n*60))
		fmt.Fprintf(&b, `<rect class="unknown-span" x="%d" y="%d" width="%.1f" height="%.1f"><title>no blocks read before %s UTC</title></rect>`,
			padL, padT, frac*float64(w-padL), plotH, time.Unix(int64(tp.Covered), 0).UTC().Format("15:04:05"))
	}
	for i := 0; i < n; i++ {
		x := float64(padL) + float64(i)*slot
		minute := time.Unix(int64(start+uint64(i)*60), 0).UTC().Format("15:04")
		known := start+uint64(i+1)*60 > tp.Covered
		for k, v := range []int{tp.Txs[i], tp.Jobs[i]} {
			cls, what := "bar-tx", "txs"
			if k == 1 {
				cls, what = "bar-job", "jobs"
			}
			bh := plotH * float64(v) / float64(peak)
			if !known {
				cls += " unknown"
			}
			fmt.Fprintf(&b, `<rect class="%s" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s UTC: %d %s</title></rect>`,
				cls, x+float64(k)*bw, float64(h-padB)-bh, bw, bh, minute, v, what)
		}
		if i%10 == 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="tick">%s</text>`, x, h-6, minute)
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
