package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/internal/sqlstore"

	moderncsqlite "modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// BusyTimeout is how long a connection waits for another writer (another
// jikenbo process on the same file) before failing with SQLITE_BUSY.
const BusyTimeout = 10 * time.Second

// Open opens the SQLite casebook at dsn, a file path or a "file:" URI,
// creating the file and migrating its schema as needed. It fails with
// store.ErrSchemaTooNew when a newer jikenbo migrated the file.
//
// Every connection runs in WAL mode with synchronous=FULL (a committed
// transaction survives a crash of the process or of the machine),
// foreign_keys on and a busy timeout. Writes go through a single
// connection whose transactions begin IMMEDIATE, so writers queue instead
// of deadlocking; reads use a separate read-only pool and never block on
// the writer. In-memory databases are not supported.
//
// The linking lock (LockLinking) is a flock on a file beside the database,
// named by appending LockSuffix to its path: it excludes every process and
// Store on the file, and the system drops it when its holder exits.
func Open(ctx context.Context, dsn string) (store.Store, error) {
	return open(ctx, dsn, migrations)
}

func open(ctx context.Context, dsn string, steps []string) (*sqlstore.Store, error) {
	base, err := uri(dsn)
	if err != nil {
		return nil, err
	}
	common := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)",
		BusyTimeout.Milliseconds())
	w, err := sql.Open("sqlite", join(base, common+"&_txlock=immediate"))
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: %w", dsn, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	r, err := sql.Open("sqlite", join(base, common+"&_pragma=query_only(1)"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open sqlite %s: %w", dsn, err)
	}
	r.SetMaxOpenConns(8)
	r.SetMaxIdleConns(2)
	if err := ping(ctx, w); err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("store: open sqlite %s: %w", dsn, err)
	}
	var file string
	err = w.QueryRowContext(ctx, `SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&file)
	if err == nil && file == "" {
		err = errors.New("no file")
	}
	if err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("store: open sqlite %s: locate the database file: %w", dsn, err)
	}
	s, err := sqlstore.New(ctx, w, r, sqlstore.Dialect{
		Name:       "sqlite " + dsn,
		Migrations: steps,
		StringAgg:  "group_concat",
		Time:       sqlstore.SQLiteTime,
		LinkLock:   fileLock(file),
	})
	if err != nil {
		w.Close()
		r.Close()
		return nil, err
	}
	return s, nil
}

// uri turns a path into a "file:" URI; a "file:" URI is kept.
func uri(dsn string) (string, error) {
	if dsn == "" || dsn == ":memory:" || strings.Contains(dsn, "mode=memory") {
		return "", fmt.Errorf("store: open sqlite %q: a database file path is required", dsn)
	}
	if strings.HasPrefix(dsn, "file:") {
		return dsn, nil
	}
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + r.Replace(dsn), nil
}

func join(uri, params string) string {
	if strings.Contains(uri, "?") {
		return uri + "&" + params
	}
	return uri + "?" + params
}

// ping opens the first writer connection, retrying for up to BusyTimeout
// while the file is busy: switching a new file to WAL takes an exclusive
// lock without waiting for it, so two processes creating the same casebook
// at once would otherwise fail with SQLITE_BUSY.
func ping(ctx context.Context, w *sql.DB) error {
	deadline := time.Now().Add(BusyTimeout)
	for {
		err := w.PingContext(ctx)
		var e *moderncsqlite.Error
		if err == nil || !errors.As(err, &e) || e.Code()&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}
