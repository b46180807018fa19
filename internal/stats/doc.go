// Package stats computes the yearly tables of a casebook: incidents and
// people by leak-survey category, by sector and by VERIS action, and the
// disclosure lag.
package stats
