package postgres

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// driverName is the database/sql driver registered by this file: a small
// adapter from database/sql to a pgx connection. pgx's own adapter
// (pgx/v5/stdlib) imports pgxpool, whose dependency puddle is not in
// go.sum; once it is, this file can be replaced by `sql.Open("pgx", url)`.
const driverName = "jikenbo-pgx"

func init() { sql.Register(driverName, pgDriver{}) }

type pgDriver struct{}

func (pgDriver) Open(name string) (driver.Conn, error) {
	cfg, err := pgx.ParseConfig(name)
	if err != nil {
		return nil, err
	}
	c, err := pgx.ConnectConfig(context.Background(), cfg)
	if err != nil {
		return nil, err
	}
	return &pgConn{c: c}, nil
}

// OpenConnector lets database/sql connect with the caller's context.
func (d pgDriver) OpenConnector(name string) (driver.Connector, error) {
	cfg, err := pgx.ParseConfig(name)
	if err != nil {
		return nil, err
	}
	return connector{d: d, cfg: cfg}, nil
}

type connector struct {
	d   pgDriver
	cfg *pgx.ConnConfig
}

func (c connector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := pgx.ConnectConfig(ctx, c.cfg.Copy())
	if err != nil {
		return nil, err
	}
	return &pgConn{c: conn}, nil
}

func (c connector) Driver() driver.Driver { return c.d }

type pgConn struct{ c *pgx.Conn }

var (
	_ driver.ExecerContext     = (*pgConn)(nil)
	_ driver.QueryerContext    = (*pgConn)(nil)
	_ driver.ConnBeginTx       = (*pgConn)(nil)
	_ driver.Pinger            = (*pgConn)(nil)
	_ driver.SessionResetter   = (*pgConn)(nil)
	_ driver.Validator         = (*pgConn)(nil)
	_ driver.NamedValueChecker = (*pgConn)(nil)
)

func (c *pgConn) Prepare(string) (driver.Stmt, error) {
	return nil, errors.New("store: postgres driver: prepared statements are not supported")
}

func (c *pgConn) Close() error { return c.c.Close(context.Background()) }

func (c *pgConn) Begin() (driver.Tx, error) {
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

func (c *pgConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if c.c.IsClosed() {
		return nil, driver.ErrBadConn
	}
	var o pgx.TxOptions
	if opts.ReadOnly {
		o.AccessMode = pgx.ReadOnly
	}
	switch sql.IsolationLevel(opts.Isolation) {
	case sql.LevelDefault:
	case sql.LevelReadCommitted:
		o.IsoLevel = pgx.ReadCommitted
	case sql.LevelRepeatableRead, sql.LevelSnapshot:
		o.IsoLevel = pgx.RepeatableRead
	case sql.LevelSerializable:
		o.IsoLevel = pgx.Serializable
	default:
		return nil, errors.New("store: postgres driver: unsupported isolation level")
	}
	tx, err := c.c.BeginTx(ctx, o)
	if err != nil {
		return nil, badConn(err)
	}
	return pgTx{tx}, nil
}

// CheckNamedValue passes every argument to pgx unchanged (pgx knows
// driver.Valuer and more Go types than database/sql's default converter).
func (c *pgConn) CheckNamedValue(*driver.NamedValue) error { return nil }

func args(named []driver.NamedValue) []any {
	out := make([]any, len(named))
	for i, nv := range named {
		out[i] = nv.Value
	}
	return out
}

func (c *pgConn) ExecContext(ctx context.Context, query string, named []driver.NamedValue) (driver.Result, error) {
	if c.c.IsClosed() {
		return nil, driver.ErrBadConn
	}
	tag, err := c.c.Exec(ctx, query, args(named)...)
	if err != nil {
		return nil, badConn(err)
	}
	return driver.RowsAffected(tag.RowsAffected()), nil
}

func (c *pgConn) QueryContext(ctx context.Context, query string, named []driver.NamedValue) (driver.Rows, error) {
	if c.c.IsClosed() {
		return nil, driver.ErrBadConn
	}
	rows, err := c.c.Query(ctx, query, args(named)...)
	if err != nil {
		return nil, badConn(err)
	}
	// Read the first row now: the columns are known only after it.
	more := rows.Next()
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, err
	}
	return &pgRows{c: c.c, rows: rows, pending: true, more: more}, nil
}

func (c *pgConn) Ping(ctx context.Context) error {
	if c.c.IsClosed() {
		return driver.ErrBadConn
	}
	if err := c.c.Ping(ctx); err != nil {
		c.c.Close(ctx)
		return driver.ErrBadConn
	}
	return nil
}

func (c *pgConn) ResetSession(context.Context) error {
	if c.c.IsClosed() {
		return driver.ErrBadConn
	}
	return nil
}

func (c *pgConn) IsValid() bool { return !c.c.IsClosed() }

// badConn tells database/sql to retry on another connection when the
// statement certainly did not reach the server.
func badConn(err error) error {
	if pgconn.SafeToRetry(err) {
		return driver.ErrBadConn
	}
	return err
}

type pgTx struct{ tx pgx.Tx }

func (t pgTx) Commit() error   { return t.tx.Commit(context.Background()) }
func (t pgTx) Rollback() error { return t.tx.Rollback(context.Background()) }

type pgRows struct {
	c       *pgx.Conn
	rows    pgx.Rows
	pending bool // the first row was read by QueryContext
	more    bool
}

func (r *pgRows) Columns() []string {
	fds := r.rows.FieldDescriptions()
	out := make([]string, len(fds))
	for i, fd := range fds {
		out[i] = fd.Name
	}
	return out
}

func (r *pgRows) Close() error {
	r.rows.Close()
	return r.rows.Err()
}

func (r *pgRows) Next(dest []driver.Value) error {
	more := r.more
	if r.pending {
		r.pending = false
	} else {
		more = r.rows.Next()
	}
	if !more {
		if err := r.rows.Err(); err != nil {
			return err
		}
		return io.EOF
	}
	m := r.c.TypeMap()
	fds := r.rows.FieldDescriptions()
	for i, raw := range r.rows.RawValues() {
		if raw == nil {
			dest[i] = nil
			continue
		}
		fd := fds[i]
		if t, ok := m.TypeForOID(fd.DataTypeOID); ok {
			v, err := t.Codec.DecodeDatabaseSQLValue(m, fd.DataTypeOID, fd.Format, raw)
			if err != nil {
				return err
			}
			if b, ok := v.([]byte); ok {
				v = append([]byte(nil), b...) // raw is reused by the next row
			}
			dest[i] = v
			continue
		}
		dest[i] = string(raw)
	}
	return nil
}
