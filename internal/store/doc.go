// Package store keeps the casebook: archived originals, reports with their
// facts, incidents and the analysts' overrides, in SQLite or PostgreSQL.
//
// This package holds only the contract (Store, its option and record
// types, and the errors). The implementations live in subpackages so that
// each database driver is linked only through them:
//
//   - store/open: open.Open(ctx, dsn) picks the implementation by dsn
//     (postgres:// or postgresql:// URL, otherwise a SQLite path or file: URI);
//   - store/sqlite and store/postgres: one Open each; both are thin
//     wrappers that configure a driver and hand it to
//   - store/internal/sqlstore: the single implementation of every method,
//     written once in SQL both databases accept, with ordered migrations
//     recorded in a schema_version table;
//   - store/storetest: the shared test suite both implementations pass.
package store
