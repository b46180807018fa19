// Package ingest drives documents through the pipeline: read or fetch the
// bytes, archive them, decode, segment, extract, store and link.
package ingest
