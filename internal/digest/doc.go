// Package digest writes weekly and monthly digests of a casebook with
// extractive summaries, as Markdown, HTML and Atom feeds.
package digest
