package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jikenbo/jikenbo/internal/store"
)

// Dialect holds what differs between the SQL databases. Every query of
// this package uses $1-style placeholders, which both drivers accept.
type Dialect struct {
	// Name is used in error messages ("sqlite", "postgres").
	Name string
	// Migrations are the schema steps in order; step i brings the schema
	// from version i to version i+1. Each runs in its own transaction.
	Migrations []string
	// MigrationLock, when not empty, is executed first in every migration
	// transaction so that concurrent Opens migrate one at a time
	// (PostgreSQL: an advisory transaction lock). SQLite needs none: its
	// write transactions are exclusive.
	MigrationLock string
	// StringAgg is the aggregate concatenating strings with a separator:
	// "group_concat" (SQLite) or "string_agg" (PostgreSQL).
	StringAgg string
	// Time converts a time to a query argument for a timestamp column.
	Time func(time.Time) any
	// LinkLock takes the cross-process linking lock of the database
	// written through w (see store.Store.LockLinking), waiting until it is
	// free or ctx is done. Nil makes LockLinking fail.
	LinkLock func(ctx context.Context, w *sql.DB) (unlock func() error, err error)
	// BumpGeneration, when not empty, increments link_state's generation
	// and logs the change ($1 kind, $2 report, $3 incident, $4 other) in
	// link_log in one statement returning the new generation, to save a
	// round trip to a server; empty means two statements.
	BumpGeneration string
}

// Store implements store.Store over a writer and a reader pool, which may
// be the same pool.
type Store struct {
	w, r *sql.DB
	d    Dialect
}

var _ store.Store = (*Store)(nil)

// New returns a Store writing through w and reading through r (r may be w),
// after migrating the schema to the newest version. It fails with
// store.ErrSchemaTooNew when the database comes from a newer binary. On
// error the pools are left open; the caller closes them.
func New(ctx context.Context, w, r *sql.DB, d Dialect) (*Store, error) {
	s := &Store{w: w, r: r, d: d}
	if err := s.MigrateTo(ctx, len(d.Migrations)); err != nil {
		return nil, err
	}
	return s, nil
}

// Close closes both pools.
func (s *Store) Close() error {
	err := s.w.Close()
	if s.r != s.w {
		err = errors.Join(err, s.r.Close())
	}
	if err != nil {
		return fmt.Errorf("store: close %s: %w", s.d.Name, err)
	}
	return nil
}

// SchemaVersion returns the version recorded in schema_version.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.r.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: read schema version: %w", err)
	}
	return v, nil
}

// MigrateTo applies the migrations up to version target, each step in its
// own transaction recorded in schema_version. It exists separately from
// New so tests can build databases of older versions.
func (s *Store) MigrateTo(ctx context.Context, target int) error {
	if target > len(s.d.Migrations) {
		return fmt.Errorf("store: migrate %s to version %d: only %d migrations", s.d.Name, target, len(s.d.Migrations))
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := s.lockMigrations(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_version`).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`)
			return err
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: prepare %s schema_version: %w", s.d.Name, err)
	}
	for {
		done := false
		var step int
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			if err := s.lockMigrations(ctx, tx); err != nil {
				return err
			}
			if err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&step); err != nil {
				return err
			}
			if step > len(s.d.Migrations) {
				return fmt.Errorf("%w (database version %d, binary version %d)", store.ErrSchemaTooNew, step, len(s.d.Migrations))
			}
			if step >= target {
				done = true
				return nil
			}
			if _, err := tx.ExecContext(ctx, s.d.Migrations[step]); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = $1`, step+1)
			return err
		})
		if err != nil {
			if errors.Is(err, store.ErrSchemaTooNew) {
				return err
			}
			return fmt.Errorf("store: migrate %s schema to version %d: %w", s.d.Name, step+1, err)
		}
		if done {
			return nil
		}
	}
}

func (s *Store) lockMigrations(ctx context.Context, tx *sql.Tx) error {
	if s.d.MigrationLock == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, s.d.MigrationLock)
	return err
}

// inTx runs fn in a write transaction, committing when fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// limit renders the LIMIT/OFFSET clause of a listing.
func limit(opt store.ListOptions) string {
	if opt.Limit <= 0 && opt.Offset <= 0 {
		return ""
	}
	n := int64(opt.Limit)
	if n <= 0 {
		n = 1 << 62
	}
	return " LIMIT " + strconv.FormatInt(n, 10) + " OFFSET " + strconv.Itoa(max(opt.Offset, 0))
}

// placeholders returns "$from, $from+1, …" for n arguments.
func placeholders(from, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + strconv.Itoa(from+i))
	}
	return b.String()
}

// timeValue scans a timestamp stored as TIMESTAMPTZ (PostgreSQL) or as
// RFC 3339 text (SQLite).
type timeValue struct{ t *time.Time }

func (v timeValue) Scan(src any) error {
	switch x := src.(type) {
	case nil:
		*v.t = time.Time{}
	case time.Time:
		*v.t = x
	case string:
		return v.parse(x)
	case []byte:
		return v.parse(string(x))
	default:
		return fmt.Errorf("store: cannot scan %T into a time", src)
	}
	return nil
}

func (v timeValue) parse(s string) error {
	if s == "" {
		*v.t = time.Time{}
		return nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return fmt.Errorf("store: parse time %q: %w", s, err)
	}
	*v.t = t
	return nil
}

// SQLiteTime formats t for a SQLite TEXT timestamp column: UTC, fixed
// width, so that text order is time order.
func SQLiteTime(t time.Time) any {
	return t.UTC().Format("2006-01-02T15:04:05.000000000Z07:00")
}

func nullInt(p *int64) sql.NullInt64 {
	if p == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: *p, Valid: true}
}

func nullID(id int64) sql.NullInt64 {
	return sql.NullInt64{Int64: id, Valid: id != 0}
}

func intPtr(n sql.NullInt64) *int64 {
	if !n.Valid {
		return nil
	}
	v := n.Int64
	return &v
}
