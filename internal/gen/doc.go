// Package gen generates synthetic casebooks of fictional Japanese incident
// notices, with their facts and evidence, for load tests and benchmarks.
package gen
