// Package export writes a casebook's incidents and reports as CSV, JSON
// Lines, a STIX 2.1 bundle or VERIS 1.3 records, streaming in constant
// memory.
package export
