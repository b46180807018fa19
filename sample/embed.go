// Package sample bundles the demo corpus: fictional Japanese incident
// notices in every layout, encoding and format jikenbo reads.
package sample

import "embed"

// FS holds the sample corpus; see README.md beside this file.
//
//go:embed *
var FS embed.FS
