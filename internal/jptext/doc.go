// Package jptext provides fast Japanese text primitives for the extractor: width and variant folding, number parsing, count and date finding.
package jptext
