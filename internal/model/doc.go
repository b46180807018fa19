// Package model holds the domain types every stage of the jikenbo pipeline
// shares: documents, reports, incidents, their facts and the taxonomy codes
// of ../shared/SCHEMA.md.
package model
