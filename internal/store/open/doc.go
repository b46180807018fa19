// Package open opens a casebook by its data source name, choosing the
// SQLite or PostgreSQL store.
package open
