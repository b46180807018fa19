package sqlstore

import "database/sql"

// DB returns the pool that writes (for SQLite, the single writer
// connection), so packages that keep their own tables next to the
// casebook, such as the search index, can create and fill them.
func (s *Store) DB() *sql.DB { return s.w }

// ReadDB returns the pool used for reads; it may be the same as DB.
func (s *Store) ReadDB() *sql.DB { return s.r }
