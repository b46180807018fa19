package store

import "errors"

// Errors returned by Store methods.
var (
	// ErrNotFound is returned when a document, report or incident does not exist.
	ErrNotFound = errors.New("store: not found")
	// ErrAlreadyProcessed is returned by SaveReports when the document already has reports.
	ErrAlreadyProcessed = errors.New("store: document already processed")
	// ErrSchemaTooNew is returned by Open when the database was migrated by a newer jikenbo.
	ErrSchemaTooNew = errors.New("store: database schema is newer than this binary; upgrade jikenbo")
	// ErrAmbiguous is returned when a SHA-256 prefix matches several documents.
	ErrAmbiguous = errors.New("store: ambiguous prefix")
)
