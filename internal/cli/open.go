package cli

import (
	"errors"
	"fmt"

	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/open"
)

// openStore opens the casebook named by --db.
func openStore(env *Env, dsn string) (store.Store, error) {
	if dsn == "" {
		return nil, usagef("--db must name a SQLite file or a postgres:// URL")
	}
	st, err := open.Open(env.Ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open casebook %s: %w", redact(dsn), err)
	}
	return st, nil
}

// redact hides a password in a PostgreSQL URL.
func redact(dsn string) string {
	if !open.IsPostgres(dsn) {
		return dsn
	}
	return "(PostgreSQL URL)"
}

// newLinker returns the linker ingest uses: incremental, merging incidents
// a new report proves to be one.
func newLinker(st store.Store) *link.Linker {
	return link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
}

// refreshSearch brings the search index up to date for the incidents a
// command changed. A casebook whose index was never built is left alone
// (serve builds it whole), and so is one the index does not support.
func refreshSearch(env *Env, st store.Store, incidents []int64) {
	if len(incidents) == 0 {
		return
	}
	ix, err := search.New(env.Ctx, st)
	if errors.Is(err, search.ErrUnsupported) {
		return
	}
	if err == nil {
		var n int
		if n, err = ix.Count(env.Ctx); err == nil && n > 0 {
			err = ix.Reindex(env.Ctx, incidents...)
		}
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "jikenbo: the search index could not be updated (run 'jikenbo serve --reindex'): %v\n", err)
	}
}
