package postgres

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"time"
)

// linkLockClass is the first key of the linking advisory lock ("jklk" in
// ASCII); the second is a hash of the current schema, so that casebooks
// kept in different schemas of one database do not wait for each other.
const linkLockClass = 0x6a6b6c6b

// unlockTimeout bounds the pg_advisory_unlock of an unlock call, which
// runs whatever became of the caller's context.
const unlockTimeout = 10 * time.Second

// linkLock takes the linking lock: a session advisory lock held by a
// connection of its own, taken out of the pool until unlock. Waiting ends
// with ctx (the query is cancelled). The server releases the lock when the
// session ends, so a crashed or disconnected holder never blocks others.
func linkLock(ctx context.Context, db *sql.DB) (func() error, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	_, err = conn.ExecContext(ctx, `SELECT pg_advisory_lock($1::int4, hashtext(current_schema()))`, int32(linkLockClass))
	if err != nil {
		// The lock may or may not have been granted as the wait was
		// cancelled: end the session, which releases it either way.
		discard(conn)
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, ctxErr
		}
		return nil, err
	}
	return func() error {
		ctx, cancel := context.WithTimeout(context.Background(), unlockTimeout)
		defer cancel()
		var released bool
		err := conn.QueryRowContext(ctx, `SELECT pg_advisory_unlock($1::int4, hashtext(current_schema()))`, int32(linkLockClass)).Scan(&released)
		if err == nil && !released {
			err = errors.New("advisory lock was not held")
		}
		if err != nil {
			discard(conn)
			return fmt.Errorf("store: unlock linking: %w", err)
		}
		return conn.Close()
	}, nil
}

// discard closes conn's session instead of returning it to the pool.
func discard(conn *sql.Conn) {
	conn.Raw(func(any) error { return driver.ErrBadConn }) //nolint:errcheck // the error is the point
	conn.Close()                                           //nolint:errcheck // already closed by Raw
}
