package cli

import (
	"fmt"

	"github.com/jikenbo/jikenbo/internal/link"
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
