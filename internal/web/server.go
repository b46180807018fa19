package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store"
)

// IngestFunc archives and processes one document (the pipeline the CLI
// runs) and returns its id and whether it was new.
type IngestFunc func(ctx context.Context, raw []byte, contentType, name string) (docID int64, created bool, err error)

// Config configures a Server. The zero value serves reads openly and
// refuses writes.
type Config struct {
	// Addr is the listen address; default 127.0.0.1:8080.
	Addr string
	// Token is the bearer token writes need; empty disables writes.
	Token string
	// Private makes reads need the token too (Bearer, or HTTP Basic with
	// the token as password so a browser can log in).
	Private bool
	// Ingest handles POST /api/v1/documents; nil answers 501.
	Ingest IngestFunc
	// MaxUpload bounds a POSTed document; default 20 MiB.
	MaxUpload int64
	// Logger receives request errors; nil means slog.Default().
	Logger *slog.Logger
	// BaseURL is the public URL links in feeds and digests start with;
	// empty means the host of each request.
	BaseURL string
}

// Server is the web casebook.
type Server struct {
	st    store.Store
	ix    *search.Index
	cfg   Config
	views map[string]*template.Template
	mux   *http.ServeMux
	log   *slog.Logger
}

// New builds a server over st and its search index. It fails when a
// template is missing or does not parse.
func New(st store.Store, ix *search.Index, cfg Config) (*Server, error) {
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:8080"
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = 20 << 20
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	views, err := parseViews()
	if err != nil {
		return nil, err
	}
	s := &Server{st: st, ix: ix, cfg: cfg, views: views, log: cfg.Logger}
	s.mux = http.NewServeMux()
	for _, rt := range s.routes() {
		s.mux.Handle(rt.pattern, rt.handler)
	}
	return s, nil
}

// Handler returns the server's handler with its middleware.
func (s *Server) Handler() http.Handler {
	return s.secure(s.mux)
}

// Serve listens on cfg.Addr (or uses ln when not nil) until ctx is done,
// then shuts down gracefully, letting requests in flight finish for up to
// ten seconds. ready, when not nil, is called with the listening address.
func (s *Server) Serve(ctx context.Context, ln net.Listener, ready func(addr string)) error {
	if ln == nil {
		var err error
		if ln, err = net.Listen("tcp", s.cfg.Addr); err != nil {
			return fmt.Errorf("web: listen: %w", err)
		}
	}
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("web: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("web: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("web: serve: %w", err)
	}
	return nil
}
