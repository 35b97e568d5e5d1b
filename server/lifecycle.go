package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// HTTPServer returns an http.Server for s with read, header, write and idle
// timeouts, so a client that sends its body one byte at a time, or never
// reads its answer, cannot hold a connection. baseCtx is the parent of every
// request's context.
func (s *Server) HTTPServer(baseCtx context.Context) *http.Server {
	l := s.cfg.Limits
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: l.ReadHeaderTimeout,
		ReadTimeout:       l.ReadTimeout,
		// Longer than the request deadline, so a request that hits it still
		// gets its TIMEOUT answer written.
		WriteTimeout:   l.Timeout + l.ReadTimeout + 5*time.Second,
		IdleTimeout:    l.IdleTimeout,
		MaxHeaderBytes: 64 << 10,
		BaseContext:    func(net.Listener) context.Context { return baseCtx },
	}
}

// Serve serves s on ln until ctx is done, then shuts down in order:
//
//  1. /readyz answers 503 at once, and the server keeps answering for
//     DrainDelay so load balancers stop sending before the listener closes;
//  2. the listener closes and in-flight requests have ShutdownGrace to
//     finish;
//  3. those still running are cancelled through their context, so each
//     answers with a "cancelled" error rather than being cut off, and get a
//     last second to do so before their connections close.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	base, cancelRequests := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelRequests()
	hs := s.HTTPServer(base)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}

	s.draining.Store(true)
	s.logger.Info("shutting down: draining", "delay", s.cfg.DrainDelay)
	s.drainWait(base)

	grace, cancelGrace := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.ShutdownGrace)
	defer cancelGrace()
	err := hs.Shutdown(grace)
	if errors.Is(err, context.DeadlineExceeded) {
		s.logger.Warn("shutting down: cancelling requests still running after the grace period", "grace", s.cfg.ShutdownGrace)
		cancelRequests()
		last, cancelLast := context.WithTimeout(context.WithoutCancel(ctx), s.lastCall)
		defer cancelLast()
		if err = hs.Shutdown(last); err != nil {
			hs.Close()
		}
		err = nil
	}
	cancelRequests() // ends websocket subscriptions, which Shutdown does not track
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	if err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// serveReady answers 200 when the store answers within ReadyTimeout, 503
// otherwise or once shutdown has begun. Only callers with a key learn what
// the store holds.
func (s *Server) serveReady(w http.ResponseWriter, r *http.Request) {
	if s.draining.Load() {
		writeError(w, http.StatusServiceUnavailable, EUNAVAILABLE, "shutting down")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Limits.ReadyTimeout)
	defer cancel()
	st, err := s.store.Stats(ctx)
	if err != nil {
		s.logger.WarnContext(r.Context(), "readyz: store unavailable", "err", err)
		writeError(w, http.StatusServiceUnavailable, EUNAVAILABLE, "store unavailable")
		return
	}
	p, kerr := s.keys.principal(requestKey(r))
	if kerr != nil || p.Role == RoleNone && s.cfg.Production {
		writeJSON(w, http.StatusOK, map[string]any{"status": "ready"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ready", "nodes": st.Nodes, "relationships": st.Relationships})
}
