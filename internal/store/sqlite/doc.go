// Package sqlite opens a jikenbo casebook kept in one SQLite file (WAL
// journal, pure-Go driver modernc.org/sqlite).
package sqlite
