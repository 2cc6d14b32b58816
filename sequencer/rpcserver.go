package sequencer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/gpuroll/gpuroll/client"
)

func crypto256(b []byte) common.Hash { return crypto.Keccak256Hash(b) }

// subscribe runs one rpc subscription fed by feed, filtered by keep.
func subscribe[T any](ctx context.Context, feed *event.Feed, keep func(T) bool) (*rpc.Subscription, error) {
	n, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, &rpcError{code: CodeInvalidParams, msg: "subscriptions need a WebSocket connection"}
	}
	sub := n.CreateSubscription()
	ch := make(chan T, 256)
	fs := feed.Subscribe(ch)
	go func() {
		defer fs.Unsubscribe()
		for {
			select {
			case v := <-ch:
				if keep(v) {
					_ = n.Notify(sub.ID, v)
				}
			case <-sub.Err():
				return
			case <-fs.Err():
				return
			}
		}
	}()
	return sub, nil
}

// rpcServer serves JSON-RPC over HTTP and WebSocket on one listener, the
// store under /store/, and /healthz.
type rpcServer struct {
	s    *Service
	rpc  *rpc.Server
	http *http.Server
	ln   net.Listener
	addr string
}

func newRPCServer(s *Service) (*rpcServer, error) {
	r := rpc.NewServer()
	r.SetBatchLimits(s.cfg.MaxBatchItems, int(s.cfg.MaxRequestBytes)*4)
	r.SetHTTPBodyLimit(int(s.cfg.MaxRequestBytes))
	r.SetWebsocketReadLimit(s.cfg.MaxRequestBytes)
	if err := r.RegisterName(client.Namespace, &api{s: s}); err != nil {
		return nil, fmt.Errorf("sequencer: register API: %w", err)
	}
	ln, err := net.Listen("tcp", s.cfg.RPCAddr)
	if err != nil {
		return nil, fmt.Errorf("sequencer: listen on %s: %w", s.cfg.RPCAddr, err)
	}
	ws := r.WebsocketHandler([]string{"*"})
	mux := http.NewServeMux()
	mux.Handle("/store/", s.store.Handler())
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		st := map[string]any{"version": Version, "ok": !s.stopped.Load()}
		_ = json.NewEncoder(w).Encode(st)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, req *http.Request) {
		if strings.EqualFold(req.Header.Get("Upgrade"), "websocket") {
			ws.ServeHTTP(w, req)
			return
		}
		r.ServeHTTP(w, req)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	return &rpcServer{s: s, rpc: r, http: srv, ln: ln, addr: ln.Addr().String()}, nil
}

func (r *rpcServer) start() {
	go func() {
		if err := r.http.Serve(r.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			r.s.log.Error("RPC server stopped", "err", err)
		}
	}()
}

func (r *rpcServer) stop(ctx context.Context) error {
	err := r.http.Shutdown(ctx)
	r.rpc.Stop()
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}
