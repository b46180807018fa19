// Package sqlstore implements store.Store once, over database/sql, for the
// SQL dialects of SQLite and PostgreSQL.
package sqlstore
