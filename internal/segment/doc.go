// Package segment cuts a decoded document into reports: contiguous byte
// spans, each one notice about one incident, covering the whole text.
package segment
