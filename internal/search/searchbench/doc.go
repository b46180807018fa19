// Package searchbench measures the search index on a fixed query set
// against a full scan and against grep over the same text.
package searchbench
