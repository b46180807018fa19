package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"time"

	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/internal/sqlstore"
)

// migrationLock is the key of the advisory lock that serializes schema
// migrations of concurrent Opens ("jikenbo" in ASCII).
const migrationLock = 0x6a696b656e626f

// Open connects to the PostgreSQL casebook at url (postgres:// or
// postgresql://, any libpq parameter pgx accepts, e.g. search_path to use
// a schema) and migrates its schema. It fails with store.ErrSchemaTooNew
// when a newer jikenbo migrated the database. Several processes may open
// the same database: migrations take an advisory lock, incident numbers
// come from a per-year counter row updated in place, and linkers exclude
// each other with a session advisory lock (LockLinking) per schema.
func Open(ctx context.Context, url string) (store.Store, error) {
	return open(ctx, url, migrations)
}

func open(ctx context.Context, dsn string, steps []string) (*sqlstore.Store, error) {
	name := redact(dsn)
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open postgres %s: %w", name, err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open postgres %s: %w", name, err)
	}
	s, err := sqlstore.New(ctx, db, db, sqlstore.Dialect{
		Name:          "postgres " + name,
		Migrations:    steps,
		MigrationLock: fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", migrationLock),
		StringAgg:     "string_agg",
		Time:          func(t time.Time) any { return t },
		LinkLock:      linkLock,
		BumpGeneration: `WITH g AS (UPDATE link_state SET generation = generation + 1 WHERE id = 1 RETURNING generation)
INSERT INTO link_log (generation, kind, report_id, incident_id, other_id)
SELECT generation, $1::text, $2::bigint, $3::bigint, $4::bigint FROM g RETURNING generation`,
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// redact hides the password of a URL for error messages.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}
