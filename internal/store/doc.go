// Package store keeps the casebook: archived originals, reports with their
// facts, incidents and the analysts' overrides, in SQLite or PostgreSQL.
package store
