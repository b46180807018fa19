// Package postgres opens a jikenbo casebook kept in PostgreSQL through
// pgx, so several jikenbo processes can share one casebook.
package postgres
