// Package golden compares test output with golden files under testdata/,
// rewriting them when the tests run with -update.
package golden
