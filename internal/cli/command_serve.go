package cli

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sync"

	"github.com/jikenbo/jikenbo/internal/ingest"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/web"
)

func init() {
	register(command{
		name:    "serve",
		summary: "serve the casebook: Japanese web pages and the JSON API",
		run:     runServe,
	})
}

const serveHelp = `
Serves the casebook at http://ADDR/: search with facets, incident pages with
the evidence of every fact, archived documents, statistics, and the JSON API
under /api/v1/ (described at /api/v1/openapi.json). Reads are open unless
--private; writes (POST /api/v1/documents) need the bearer token of --token
(or env JIKENBO_TOKEN). The search index is built on first start and when
--reindex is given. SIGINT or SIGTERM shuts down gracefully.`

func runServe(env *Env, args []string) error {
	fs := newFlagSet(env, "serve", "[--addr HOST:PORT] [--db DB] [--token T] [--private]", serveHelp)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	token := fs.String("token", os.Getenv("JIKENBO_TOKEN"), "bearer token for writes (env JIKENBO_TOKEN)")
	private := fs.Bool("private", false, "require the token for reads too")
	reindex := fs.Bool("reindex", false, "rebuild the search index before serving")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("serve takes no arguments")
	}
	if *private && *token == "" {
		return usagef("--private needs --token")
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	ix, err := openIndex(env, st, *reindex)
	if err != nil {
		return err
	}
	srv, err := web.New(st, ix, web.Config{
		Addr:    *addr,
		Token:   *token,
		Private: *private,
		Ingest:  ingestFunc(env, st),
		Logger:  slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if err != nil {
		return err
	}
	go func() {
		if err := ix.Warm(env.Ctx); err != nil && env.Ctx.Err() == nil {
			fmt.Fprintf(env.Stderr, "jikenbo serve: warming the search caches: %v\n", err)
		}
	}()
	return srv.Serve(env.Ctx, nil, func(a string) {
		fmt.Fprintf(env.Stdout, "jikenbo: serving %s at http://%s/\n", redact(*db), a)
		if *token == "" {
			fmt.Fprintln(env.Stdout, "jikenbo: no --token: the API refuses writes")
		}
	})
}

// openIndex opens the search index of st, building it when it is empty
// while the casebook has incidents, or when rebuild is set.
func openIndex(env *Env, st store.Store, rebuild bool) (*search.Index, error) {
	ix, err := search.New(env.Ctx, st)
	if err != nil {
		return nil, err
	}
	if !rebuild {
		n, err := ix.Count(env.Ctx)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			return ix, nil
		}
		incs, err := st.Incidents(env.Ctx, store.ListOptions{Limit: 1})
		if err != nil {
			return nil, err
		}
		if len(incs) == 0 {
			return ix, nil
		}
	}
	fmt.Fprintln(env.Stderr, "jikenbo: building the search index…")
	if err := ix.ReindexAll(env.Ctx); err != nil {
		return nil, err
	}
	return ix, nil
}

// ingestFunc runs the ingest pipeline (with the linker) on one posted
// document. Calls are serialized: the linker keeps its index in memory and
// is not safe for concurrent use (other processes are kept apart by the
// store's linking lock).
func ingestFunc(env *Env, st store.Store) web.IngestFunc {
	var mu sync.Mutex
	p := ingest.New(st, ingest.Options{Linker: newLinker(st)})
	return func(ctx context.Context, raw []byte, contentType, name string) (int64, bool, error) {
		mu.Lock()
		defer mu.Unlock()
		source := "upload:" + name
		if name == "" {
			source = "upload"
		}
		stats, err := p.IngestBytes(ctx, raw, source, name, contentType)
		if err != nil {
			return 0, false, err
		}
		if len(stats.Errors) > 0 {
			return 0, false, stats.Errors[0]
		}
		if len(stats.Documents) == 0 {
			return 0, false, fmt.Errorf("ingest: document not archived")
		}
		return stats.Documents[0], stats.New > 0, nil
	}
}
