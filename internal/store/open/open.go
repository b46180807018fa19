package open

import (
	"context"
	"strings"

	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/postgres"
	"github.com/jikenbo/jikenbo/internal/store/sqlite"
)

// Open opens the casebook named by dsn: a postgres:// or postgresql:// URL
// opens PostgreSQL; anything else is a SQLite file path or "file:" URI,
// created when missing. Either way the schema is migrated to this binary's
// version, and a database migrated by a newer jikenbo is refused with
// store.ErrSchemaTooNew.
func Open(ctx context.Context, dsn string) (store.Store, error) {
	if IsPostgres(dsn) {
		return postgres.Open(ctx, dsn)
	}
	return sqlite.Open(ctx, dsn)
}

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	l := strings.ToLower(dsn)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}
