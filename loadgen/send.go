package loadgen

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gpuroll/gpuroll/client"
)

// Codes the recorder gives a tx besides the sequencer's (0: accepted).
const (
	codeUnsent    = -1 // never sent (the run ended first)
	codeTransport = -2 // its batch got no JSON-RPC answer (connection, HTTP status, bad JSON)
	codeMismatch  = -3 // answered with another hash than the one signed
)

// recorder holds per-tx times (nanoseconds since base) and outcomes. A
// tx's send and ack are written by the worker that sent its batch, its
// inclusion by the watcher; they are read after both stopped.
type recorder struct {
	base     time.Time
	sent     []int64
	ack      []int64
	incl     []int64
	code     []int32
	accepted atomic.Int64
	included atomic.Int64

	mu        sync.Mutex
	refused   map[int]int
	examples  map[int]string
	batches   int
	failed    int // batches without an answer
	lastError string
}

func newRecorder(n int) *recorder {
	r := &recorder{base: time.Now(), sent: make([]int64, n), ack: make([]int64, n), incl: make([]int64, n), code: make([]int32, n),
		refused: map[int]int{}, examples: map[int]string{}}
	for i := range r.code {
		r.code[i] = codeUnsent
	}
	return r
}

func (r *recorder) now() int64 { return max(int64(time.Since(r.base)), 1) }

// sender sends the pre-signed txs.
type sender struct {
	cfg *Config
	url string
	txs []signed
	rec *recorder
}

// rpcAnswer is a JSON-RPC response to sendRawTransactions.
type rpcAnswer struct {
	Result []client.SendResult `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// maxConsecutiveFailures ends the run when that many batches in a row got
// no answer (the sequencer is gone).
const maxConsecutiveFailures = 20

func (s *sender) run(ctx context.Context) error {
	B, n := s.cfg.Batch, len(s.txs)
	nb := (n + B - 1) / B
	jobs := make(chan int)
	stop := make(chan struct{})
	var stopOnce sync.Once
	var failures atomic.Int64
	var wg sync.WaitGroup
	for k := 0; k < s.cfg.Conns; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// One transport per worker: exactly one kept-alive connection each.
			tr := &http.Transport{
				DialContext:         (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
				MaxConnsPerHost:     1,
				MaxIdleConnsPerHost: 1,
				DisableCompression:  true,
				IdleConnTimeout:     time.Minute,
			}
			defer tr.CloseIdleConnections()
			hc := &http.Client{Transport: tr, Timeout: time.Minute}
			var body, resp bytes.Buffer
			for b := range jobs {
				lo, hi := b*B, min((b+1)*B, n)
				if s.send(ctx, hc, b, lo, hi, &body, &resp) {
					failures.Store(0)
				} else if failures.Add(1) >= maxConsecutiveFailures {
					stopOnce.Do(func() { close(stop) })
				}
			}
		}()
	}
	start := time.Now()
	deadline := time.NewTimer(s.cfg.Duration)
	defer deadline.Stop()
	var err error
dispatch:
	for b := 0; b < nb; b++ {
		if s.cfg.Rate > 0 {
			due := start.Add(time.Duration(float64(b*B) / s.cfg.Rate * float64(time.Second)))
			if d := time.Until(due); d > 0 {
				t := time.NewTimer(d)
				select {
				case <-t.C:
				case <-deadline.C:
					t.Stop()
					break dispatch
				case <-ctx.Done():
					t.Stop()
					err = ctx.Err()
					break dispatch
				case <-stop:
					t.Stop()
					break dispatch
				}
			}
		}
		select {
		case jobs <- b:
		case <-deadline.C:
			break dispatch
		case <-ctx.Done():
			err = ctx.Err()
			break dispatch
		case <-stop:
			break dispatch
		}
	}
	close(jobs)
	wg.Wait()
	select {
	case <-stop:
		s.rec.mu.Lock()
		last := s.rec.lastError
		s.rec.mu.Unlock()
		return errors.Join(err, fmt.Errorf("loadgen: %d batches in a row got no answer; last: %s", maxConsecutiveFailures, last))
	default:
	}
	return err
}

// send sends txs [lo, hi) as batch b; false when no answer came.
func (s *sender) send(ctx context.Context, hc *http.Client, b, lo, hi int, body, resp *bytes.Buffer) bool {
	body.Reset()
	body.WriteString(`{"jsonrpc":"2.0","id":`)
	body.WriteString(strconv.Itoa(b))
	body.WriteString(`,"method":"gpuroll_sendRawTransactions","params":[[`)
	var hx []byte
	for j := lo; j < hi; j++ {
		if j > lo {
			body.WriteByte(',')
		}
		body.WriteString(`"0x`)
		raw := s.txs[j].raw
		if cap(hx) < 2*len(raw) {
			hx = make([]byte, 2*len(raw))
		}
		hx = hx[:2*len(raw)]
		hex.Encode(hx, raw)
		body.Write(hx)
		body.WriteByte('"')
	}
	body.WriteString(`]]}`)
	r := s.rec
	sent := r.now()
	for j := lo; j < hi; j++ {
		r.sent[j] = sent
	}
	fail := func(msg string) bool {
		ack := r.now()
		for j := lo; j < hi; j++ {
			r.ack[j], r.code[j] = ack, codeTransport
		}
		r.mu.Lock()
		r.batches++
		r.failed++
		r.lastError = msg
		r.mu.Unlock()
		return false
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url, bytes.NewReader(body.Bytes()))
	if err != nil {
		return fail(err.Error())
	}
	req.Header.Set("Content-Type", "application/json")
	hr, err := hc.Do(req)
	if err != nil {
		return fail(err.Error())
	}
	resp.Reset()
	_, err = resp.ReadFrom(hr.Body)
	hr.Body.Close()
	ack := r.now()
	if err != nil {
		return fail(err.Error())
	}
	if hr.StatusCode != http.StatusOK {
		return fail(fmt.Sprintf("HTTP %s: %s", hr.Status, bytes.TrimSpace(resp.Bytes())))
	}
	var a rpcAnswer
	if err := json.Unmarshal(resp.Bytes(), &a); err != nil {
		return fail("answer: " + err.Error())
	}
	var accepted int64
	r.mu.Lock()
	defer r.mu.Unlock()
	r.batches++
	if a.Error != nil {
		// The whole call was refused (too many items, shutting down, …).
		for j := lo; j < hi; j++ {
			r.ack[j], r.code[j] = ack, int32(a.Error.Code)
		}
		r.refused[a.Error.Code] += hi - lo
		r.examples[a.Error.Code] = a.Error.Message
		return true
	}
	if len(a.Result) != hi-lo {
		r.failed++
		r.lastError = fmt.Sprintf("%d results for %d txs", len(a.Result), hi-lo)
		for j := lo; j < hi; j++ {
			r.ack[j], r.code[j] = ack, codeTransport
		}
		return false
	}
	for i, res := range a.Result {
		j := lo + i
		r.ack[j] = ack
		switch {
		case res.Code != 0:
			r.code[j] = int32(res.Code)
			r.refused[res.Code]++
			r.examples[res.Code] = res.Message
		case res.Hash != s.txs[j].hash:
			r.code[j] = codeMismatch
			r.refused[codeMismatch]++
			r.examples[codeMismatch] = fmt.Sprintf("answered hash %s, signed %s", res.Hash, s.txs[j].hash)
		default:
			r.code[j] = 0
			accepted++
		}
	}
	r.accepted.Add(accepted)
	return true
}
