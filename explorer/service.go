package explorer

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gpuroll/gpuroll/client"
	"github.com/gpuroll/gpuroll/state"
)

// Config of an explorer. Zero values take the defaults noted.
type Config struct {
	// RPC is the sequencer's HTTP JSON-RPC URL (http:// or https://); its
	// WebSocket (the same host and port) gives the live updates, and its
	// /store/ the downloads.
	RPC string
	// L1RPC is the L1 node's JSON-RPC URL (the contracts' events and views).
	L1RPC string
	// Addr to listen on (default 127.0.0.1:8745; port 0 picks one).
	Addr string
	// Poll: how often the sequencer and L1 are read when no notification
	// comes (default 1 s).
	Poll time.Duration
	// Window of recent L2 blocks kept for the throughput chart and the
	// recent lists (default 1 h), at most MaxBlocks blocks (default 20,000).
	Window    time.Duration
	MaxBlocks int
	// RequestTimeout bounds the reads behind one page (default 10 s).
	RequestTimeout time.Duration
	// MetricsAddr serves Prometheus metrics at /metrics; empty: off.
	MetricsAddr string
	Logger      *slog.Logger
}

func (c *Config) validate() error {
	if c.RPC == "" {
		return errors.New("explorer: the sequencer's URL (--rpc) is required")
	}
	for name, u := range map[string]string{"--rpc": c.RPC, "--l1-rpc": c.L1RPC} {
		if name == "--l1-rpc" && u == "" {
			return errors.New("explorer: the L1 node's URL (--l1-rpc) is required")
		}
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return fmt.Errorf("explorer: %s %q: want an http:// or https:// URL", name, u)
		}
	}
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8745"
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("explorer: --addr %q: %w", c.Addr, err)
	}
	if c.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			return fmt.Errorf("explorer: --metrics-addr %q: %w", c.MetricsAddr, err)
		}
	}
	if c.Poll == 0 {
		c.Poll = time.Second
	}
	if c.Window == 0 {
		c.Window = time.Hour
	}
	if c.MaxBlocks == 0 {
		c.MaxBlocks = 20_000
	}
	if c.RequestTimeout == 0 {
		c.RequestTimeout = 10 * time.Second
	}
	if c.Poll < 50*time.Millisecond || c.Window < time.Minute || c.MaxBlocks < 16 || c.RequestTimeout < time.Second {
		return fmt.Errorf("explorer: poll %s (≥ 50ms), window %s (≥ 1m), max blocks %d (≥ 16), request timeout %s (≥ 1s)", c.Poll, c.Window, c.MaxBlocks, c.RequestTimeout)
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return nil
}

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// l1View is where pages read L1 from (the watcher, or a fixed state in
// the render benchmark).
type l1View interface{ Snapshot() *L1State }

// seqState is the sequencer's last answer to syncStatus, or why it failed.
type seqState struct {
	Status *client.SyncStatus
	Err    error
	At     time.Time
}

// Service is a running explorer.
type Service struct {
	cfg    Config
	log    *slog.Logger
	seq    Sequencer
	cli    *client.Client // nil in the render benchmark
	l1     atomic.Pointer[l1Box]
	recent *recentBlocks
	pages  map[string]*template.Template
	static http.Handler
	hub    *hub
	rc     *receiptCache
	stats  *statsCache
	// store fetches the downloads; a large trace may take minutes, so
	// only the answer's headers are bounded.
	store *http.Client
	m     *metrics
	// metricsURL is where the metrics are served ("" when off).
	metricsURL string

	info atomic.Pointer[client.ChainInfo]
	dom  atomic.Pointer[state.Domain]
	last atomic.Pointer[seqState]

	ln     net.Listener
	srv    *http.Server
	runCtx context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	kick   chan struct{}
	l1Once sync.Once
}

// New connects to the sequencer and L1 (neither needs to be up yet: the
// pages show what is down) and prepares the pages.
func New(ctx context.Context, cfg Config) (*Service, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	c, err := client.Dial(ctx, cfg.RPC)
	if err != nil {
		return nil, fmt.Errorf("explorer: %w", err)
	}
	s, err := newService(cfg, &rpcSequencer{c}, nil)
	if err != nil {
		c.Close()
		return nil, err
	}
	s.cli = c
	return s, nil
}

// newService builds the pages over a sequencer source and an L1 view (nil:
// the watcher, started once the chain's contracts are known).
func newService(cfg Config, seq Sequencer, l1 l1View) (*Service, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, log: cfg.Logger.With("service", "explorer"), seq: seq,
		recent: &recentBlocks{window: cfg.Window, max: cfg.MaxBlocks}, pages: pages,
		static: http.StripPrefix("/static/", staticHandler(http.FileServerFS(sub))), hub: newHub(256),
		rc: newReceiptCache(200_000), stats: &statsCache{ttl: 3 * time.Second}, kick: make(chan struct{}, 1),
		m: newMetrics(), store: &http.Client{Transport: &http.Transport{ResponseHeaderTimeout: cfg.RequestTimeout, IdleConnTimeout: time.Minute}}}
	s.last.Store(&seqState{Err: errors.New("not read yet")})
	if l1 == nil {
		l1 = pendingL1{}
	}
	s.l1.Store(&l1Box{l1})
	return s, nil
}

// l1Box holds the current L1 view (swapped once the watcher starts).
type l1Box struct{ v l1View }

// L1 is what the explorer knows of L1 now.
func (s *Service) L1() *L1State { return s.l1.Load().v.Snapshot() }

// pendingL1 stands for the watcher until the contracts are known.
type pendingL1 struct{}

func (pendingL1) Snapshot() *L1State {
	return &L1State{Err: errors.New("L1 not read yet: the contracts come from the sequencer's chainInfo")}
}

// Start listens and starts following the sequencer and L1.
func (s *Service) Start(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("explorer: listen %s: %w", s.cfg.Addr, err)
	}
	s.ln = ln
	s.srv = &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 5 * time.Second, IdleTimeout: 60 * time.Second,
		ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelDebug)}
	runCtx, cancel := context.WithCancel(context.Background())
	s.runCtx, s.cancel = runCtx, cancel
	if s.cfg.MetricsAddr != "" {
		addr, err := s.serveMetrics(runCtx, s.cfg.MetricsAddr)
		if err != nil {
			cancel()
			_ = ln.Close()
			return err
		}
		s.metricsURL = "http://" + addr
	}
	s.wg.Add(3)
	go func() {
		defer s.wg.Done()
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("explorer: serve", "err", err)
		}
	}()
	go func() { defer s.wg.Done(); s.follow(runCtx) }()
	go func() { defer s.wg.Done(); s.subscribe(runCtx) }()
	s.log.Info("explorer listening", "url", s.URL())
	return nil
}

// MetricsURL is where /metrics is served ("" when off).
func (s *Service) MetricsURL() string { return s.metricsURL }

// URL is the explorer's address (http://host:port/).
func (s *Service) URL() string {
	if s.ln == nil {
		return ""
	}
	return "http://" + s.ln.Addr().String() + "/"
}

// Stop closes the live streams, the listener and the loops.
func (s *Service) Stop(ctx context.Context) error {
	if s.cancel != nil {
		s.cancel()
	}
	s.hub.close()
	var err error
	if s.srv != nil {
		err = s.srv.Shutdown(ctx)
	}
	s.wg.Wait()
	if s.cli != nil {
		s.cli.Close()
	}
	return err
}

// follow reads the sequencer every Poll (at once on a new-block
// notification): its status, the chain's contracts once, the new blocks.
func (s *Service) follow(ctx context.Context) {
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	var prev *client.SyncStatus
	for {
		st := s.readSequencer(ctx)
		if st != nil {
			if prev != nil {
				s.publishBatches(ctx, prev, st)
			}
			prev = st
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.kick:
		}
	}
}

// publishBatches sends a batch event for each batch posted or finalized
// since the previous read (at most 16 of each), with what the overview's
// row shows.
func (s *Service) publishBatches(ctx context.Context, prev, st *client.SyncStatus) {
	var idx []uint64
	for _, r := range [][2]hexutil.Uint64{{prev.LastPostedBatch, st.LastPostedBatch}, {prev.LastFinalBatch, st.LastFinalBatch}} {
		for i := max(r[0]+1, r[1]-min(r[1], 15)); i <= r[1] && i > r[0]; i++ {
			idx = append(idx, uint64(i))
		}
	}
	if len(idx) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
	defer cancel()
	bs, err := s.seq.Batches(ctx, idx)
	if err != nil {
		return
	}
	l1 := s.L1()
	for _, b := range bs {
		if b == nil {
			continue
		}
		// Plain numbers: the page shows them as they come.
		ev := map[string]any{"index": uint64(b.Index), "status": b.Status, "firstBlock": uint64(b.FirstBlock), "lastBlock": uint64(b.LastBlock),
			"receipts": uint64(b.Receipts), "window": barOf(b, s.l1Now(l1)).Label, "lastPosted": uint64(st.LastPostedBatch), "lastFinal": uint64(st.LastFinalBatch)}
		if b.L1Tx != nil {
			ev["l1Tx"] = b.L1Tx.Hex()
		}
		s.hub.publish("batch", ev)
	}
}

func (s *Service) readSequencer(ctx context.Context) *client.SyncStatus {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
	defer cancel()
	st, err := s.seq.SyncStatus(ctx)
	was := s.last.Load()
	s.last.Store(&seqState{Status: st, Err: err, At: time.Now()})
	s.m.seqUp.Set(map[bool]float64{true: 1, false: 0}[err == nil])
	s.m.l1Up.Set(map[bool]float64{true: 1, false: 0}[s.L1().Err == nil])
	s.m.blocks.Set(float64(len(s.recent.snapshot())))
	if (err == nil) != (was.Err == nil) {
		s.hub.publish("sequencer", map[string]any{"up": err == nil})
	}
	if err != nil {
		return nil
	}
	if s.info.Load() == nil {
		ci, err := s.seq.ChainInfo(ctx)
		if err != nil {
			return st
		}
		d := state.NewDomain(uint64(ci.Domain.ChainID), ci.Domain.VerifyingContract)
		if d.Separator() != ci.Domain.Separator {
			s.log.Error("explorer: the sequencer's domain separator does not match its fields", "separator", ci.Domain.Separator)
			return st
		}
		s.info.Store(ci)
		s.dom.Store(d)
		s.startL1(ci)
	}
	if err := s.readBlocks(ctx, st); err != nil {
		s.log.Warn("explorer: reading blocks", "err", err)
	}
	return st
}

// startL1 starts the L1 watcher on the contracts the sequencer serves.
func (s *Service) startL1(ci *client.ChainInfo) {
	if _, ok := s.l1.Load().v.(pendingL1); !ok || s.runCtx == nil {
		return
	}
	s.l1Once.Do(func() {
		ec, err := ethclient.Dial(s.cfg.L1RPC)
		if err != nil {
			s.log.Error("explorer: L1", "err", err)
			return
		}
		w := newL1Watcher(ec, watchAddrs{Rollup: ci.Contracts.Rollup, Disputes: ci.Contracts.Disputes, Bonds: ci.Contracts.Bonds,
			Token: ci.Contracts.Token, DeployBlock: uint64(ci.Contracts.DeployBlock)}, s.cfg.Poll, s.log)
		w.onSlash = func(sl Slash) {
			s.hub.publish("slash", map[string]any{"receipt": sl.Receipt, "provider": sl.Provider, "batch": sl.Batch,
				"taken": fmtTokens(sl.Taken), "l1Tx": sl.L1Tx})
		}
		s.l1.Store(&l1Box{w})
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer ec.Close()
			w.run(s.runCtx)
		}()
	})
}

// readBlocks reads the blocks above the kept head (the last window's
// worth on the first read), at most maxPerRead per call.
func (s *Service) readBlocks(ctx context.Context, st *client.SyncStatus) error {
	d := s.dom.Load()
	if d == nil {
		return nil
	}
	head := uint64(st.L2Head)
	s.recent.truncate(head)
	from := uint64(1)
	if h := s.recent.head(); h != nil {
		from = h.Number + 1
	} else {
		bt, err := time.ParseDuration(s.info.Load().BlockTime)
		if err != nil || bt <= 0 {
			bt = time.Second
		}
		back := min(uint64(s.cfg.MaxBlocks), uint64(s.cfg.Window/bt)+1)
		if head > back {
			from = head - back + 1
		}
	}
	live := s.recent.head() != nil
	const maxPerRead = 2000
	for from <= head {
		to := min(head, from+maxPerRead-1)
		nums := make([]uint64, 0, to-from+1)
		for n := from; n <= to; n++ {
			nums = append(nums, n)
		}
		bs, err := s.seq.Blocks(ctx, nums)
		if err != nil {
			return err
		}
		var rbs []*recentBlock
		for _, b := range bs {
			if b == nil {
				break
			}
			rb, err := decodeBlock(d, b)
			if err != nil {
				return err
			}
			rbs = append(rbs, rb)
		}
		added := s.recent.add(rbs)
		if live {
			for _, b := range added {
				s.hub.publish("block", map[string]any{"number": b.Number, "time": b.Time, "txs": len(b.Txs), "batch": b.Batch, "hash": b.Hash, "sealed": b.Sealed})
			}
		}
		if len(added) < len(rbs) || len(rbs) < len(nums) {
			return nil // a rollback, or the head moved back: the next read goes on
		}
		from = to + 1
	}
	return nil
}

// subscribe turns the sequencer's newBlocks notifications into reads
// (the WebSocket on the RPC's host and port); without it the poll goes on.
func (s *Service) subscribe(ctx context.Context) {
	ws := strings.Replace(strings.Replace(s.cfg.RPC, "https://", "wss://", 1), "http://", "ws://", 1)
	for ctx.Err() == nil {
		s.subscribeOnce(ctx, ws)
		select {
		case <-ctx.Done():
			return
		case <-time.After(2 * time.Second):
		}
	}
}

func (s *Service) subscribeOnce(ctx context.Context, ws string) {
	dctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	c, err := client.Dial(dctx, ws)
	cancel()
	if err != nil {
		return
	}
	defer c.Close()
	ch := make(chan *client.Block, 64)
	sub, err := c.SubscribeNewBlocks(ctx, ch)
	if err != nil {
		return
	}
	defer sub.Unsubscribe()
	for {
		select {
		case <-ctx.Done():
			return
		case <-sub.Err():
			return
		case <-ch:
			select {
			case s.kick <- struct{}{}:
			default:
			}
		}
	}
}

// hub fans live events out to the browsers' EventSource streams.
type hub struct {
	mu      sync.Mutex
	clients map[chan []byte]struct{}
	max     int
	done    chan struct{}
	closed  bool
}

func newHub(max int) *hub {
	return &hub{clients: map[chan []byte]struct{}{}, max: max, done: make(chan struct{})}
}

func (h *hub) join() (chan []byte, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || len(h.clients) >= h.max {
		return nil, false
	}
	ch := make(chan []byte, 64)
	h.clients[ch] = struct{}{}
	return ch, true
}

func (h *hub) leave(ch chan []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.clients, ch)
}

// publish sends an event to every stream; a stream too slow to take it
// loses it (the page still shows everything on its next load).
func (h *hub) publish(event string, data any) {
	b, err := json.Marshal(data)
	if err != nil {
		return
	}
	msg := []byte("event: " + event + "\ndata: " + string(b) + "\n\n")
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.clients {
		select {
		case ch <- msg:
		default:
		}
	}
}

func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		close(h.done)
	}
}

// serveEvents is the server-sent-events stream of live updates: block,
// batch, slash and sequencer (up or down) events.
func (s *Service) serveEvents(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch, ok := s.hub.join()
	if !ok {
		http.Error(w, "too many live streams; reload later", http.StatusServiceUnavailable)
		return
	}
	s.m.streams.Inc()
	defer s.m.streams.Dec()
	defer s.hub.leave(ch)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Accel-Buffering", "no")
	fmt.Fprint(w, "retry: 2000\n\n")
	fl.Flush()
	beat := time.NewTicker(15 * time.Second)
	defer beat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.hub.done:
			return
		case <-beat.C:
			fmt.Fprint(w, ": keep-alive\n\n")
		case msg := <-ch:
			if _, err := w.Write(msg); err != nil {
				return
			}
		}
		fl.Flush()
	}
}

// receiptCache keeps receipts that can no longer change (paid, slashed
// or forfeited), at most max of them.
type receiptCache struct {
	mu  sync.Mutex
	m   map[common.Hash]*client.Receipt
	max int
}

func newReceiptCache(max int) *receiptCache {
	return &receiptCache{m: map[common.Hash]*client.Receipt{}, max: max}
}

// get returns the receipts of ids (nil where unknown), reading those not
// cached from the sequencer.
func (c *receiptCache) get(ctx context.Context, seq Sequencer, ids []common.Hash) ([]*client.Receipt, error) {
	out := make([]*client.Receipt, len(ids))
	var miss []common.Hash
	var at []int
	c.mu.Lock()
	for i, id := range ids {
		if r, ok := c.m[id]; ok {
			out[i] = r
		} else {
			miss, at = append(miss, id), append(at, i)
		}
	}
	c.mu.Unlock()
	if len(miss) == 0 {
		return out, nil
	}
	got, err := seq.Receipts(ctx, miss)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for j, r := range got {
		out[at[j]] = r
		if r != nil && (r.Status == client.ReceiptPaid || r.Status == client.ReceiptSlashed || r.Status == client.ReceiptForfeited) {
			if len(c.m) >= c.max {
				for k := range c.m { // drop one at random
					delete(c.m, k)
					break
				}
			}
			c.m[r.ID] = r
		}
	}
	return out, nil
}

// staticHandler marks the embedded assets cacheable for an hour; a name
// that is no valid file name (the file server answers those with a 500)
// is not found.
func staticHandler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if name := strings.TrimPrefix(r.URL.Path, "/"); name != "" && !fs.ValidPath(name) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}
