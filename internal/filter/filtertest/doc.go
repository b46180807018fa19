// Package filtertest builds a small fixed casebook of fictional notices in
// a real SQLite store, for the tests of the packages that read casebooks.
package filtertest
