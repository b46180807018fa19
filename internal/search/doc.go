// Package search parses casebook queries and keeps the full-text and facet
// index of incidents (SQLite FTS5 trigram plus a bigram side index for one-
// and two-character queries) next to the casebook tables.
package search
