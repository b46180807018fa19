package store

import (
	"context"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Store is the casebook: the archive of originals, the reports cut from
// them with their facts, and the incidents they are linked to. SQLite and
// PostgreSQL implement it; one shared test suite runs against both.
type Store interface {
	// Close releases the database.
	Close() error

	// PutDocument archives doc (Raw, SHA256, Source, MediaType, Encoding,
	// RetrievedAt, Text) in its own committed transaction. When a document
	// with the same SHA-256 exists it changes nothing and returns the
	// existing id with created=false.
	PutDocument(ctx context.Context, doc *model.Document) (id int64, created bool, err error)
	// Document returns the document with Raw and Text, or ErrNotFound.
	Document(ctx context.Context, id int64) (*model.Document, error)
	// DocumentBySHA finds a document by its full hex SHA-256 or a unique
	// prefix of at least 8 characters.
	DocumentBySHA(ctx context.Context, sha string) (*model.Document, error)
	// Documents lists documents without Raw and Text, newest first.
	Documents(ctx context.Context, opt ListOptions) ([]model.Document, error)
	// Unprocessed returns the ids of archived documents whose reports were
	// never stored (an ingest that crashed between archive and reports).
	Unprocessed(ctx context.Context) ([]int64, error)

	// SaveReports stores the reports of document docID and marks the
	// document processed, in one transaction. It fails with
	// ErrAlreadyProcessed when the document already has reports. Report IDs
	// are filled in.
	SaveReports(ctx context.Context, docID int64, reports []model.Report) error
	// UpdateFacts replaces the facts (and evidence) of existing reports,
	// leaving spans, ids and incident links as they are (reextract).
	UpdateFacts(ctx context.Context, reports []model.Report) error
	// Report returns one report with its Text and Facts.
	Report(ctx context.Context, id int64) (*model.Report, error)
	// Reports lists reports in (document, seq) order with Facts; Text is
	// filled only when opt.WithText is set.
	Reports(ctx context.Context, opt ListOptions) ([]model.Report, error)
	// EachReport streams every report in id order, with Text, without
	// holding them all in memory.
	EachReport(ctx context.Context, fn func(*model.Report) error) error

	// CreateIncident opens a new incident whose first report was published
	// in year, giving it the next free number of that year (YYYY-NNN).
	// Numbers are never reused, even after a merge.
	CreateIncident(ctx context.Context, year int, organization string) (*model.Incident, error)
	// AssignReport links a report to an incident.
	AssignReport(ctx context.Context, reportID, incidentID int64) error
	// MergeIncidents moves every report of drop into keep; drop's number
	// becomes an alias resolving to keep. The audit entry is stored with it.
	MergeIncidents(ctx context.Context, keep, drop int64, a Audit) error
	// ResolveIncident finds an incident by its number or an alias of it;
	// canonical is false when number was an alias.
	ResolveIncident(ctx context.Context, number string) (inc *model.Incident, canonical bool, err error)
	// Incident returns an incident by id.
	Incident(ctx context.Context, id int64) (*model.Incident, error)
	// Incidents lists incidents with their summary fields, newest first.
	Incidents(ctx context.Context, opt ListOptions) ([]model.Incident, error)
	// IncidentReports returns the reports of an incident in published order.
	IncidentReports(ctx context.Context, incidentID int64) ([]model.Report, error)

	// SetOverride records an analyst's decision about a report's incident
	// (pinned to incident, or kept apart from it); overrides survive
	// reextract and relinking.
	SetOverride(ctx context.Context, o Override, a Audit) error
	// Overrides returns every override.
	Overrides(ctx context.Context) ([]Override, error)
	// AuditLog returns the audit entries, oldest first.
	AuditLog(ctx context.Context) ([]Audit, error)

	// SaveLinkKeys stores the linker's features of reports (normalized
	// organization, MinHash signature) so an index can be rebuilt.
	SaveLinkKeys(ctx context.Context, keys []LinkKey) error
	// LinkKeys streams every stored link key.
	LinkKeys(ctx context.Context, fn func(LinkKey) error) error

	// LockLinking takes the casebook's linking lock, shared by every
	// process and every Store instance on the database, waiting until the
	// holder releases it or ctx is done (then it returns ctx's error). A
	// linker holds it while it decides and writes, so that two processes
	// never link against each other's stale view. The lock is released by
	// unlock, or by the end of the holder's process or connection: a crashed
	// holder never blocks the others. It is not reentrant: a second
	// LockLinking before unlock waits, even in the same goroutine.
	LockLinking(ctx context.Context) (unlock func() error, err error)
	// LinkGeneration returns the linking generation: a counter that every
	// committed call of CreateIncident, AssignReport, MergeIncidents,
	// SetOverride and SaveLinkKeys increments by exactly one, in its own
	// transaction, whatever the process (SaveReports too when it stores
	// reports already linked to an incident). A linker that counts its own
	// writes knows by it whether anyone else changed incidents, keys or
	// overrides since it last looked.
	LinkGeneration(ctx context.Context) (int64, error)
	// LinkChanges returns the changes that incremented the linking
	// generation after since, oldest first, one per increment (Generation
	// since+1, since+2, …). complete is false when the log no longer
	// reaches back to since (it keeps only the most recent changes, at
	// least the last 10,000): the caller must then read everything again
	// (LinkKeys, Overrides).
	LinkChanges(ctx context.Context, since int64) (changes []LinkChange, complete bool, err error)
}

// Kinds of LinkChange.
const (
	ChangeIncident = "incident" // CreateIncident: IncidentID
	ChangeAssign   = "assign"   // AssignReport: ReportID to IncidentID (its canonical incident; 0 unlinks)
	ChangeMerge    = "merge"    // MergeIncidents: OtherID (canonical) into IncidentID (canonical)
	ChangeOverride = "override" // SetOverride: ReportID, IncidentID
	ChangeNewKey   = "newkey"   // SaveLinkKeys of one report that had no key: ReportID, Key
	ChangeKeys     = "keys"     // any other SaveLinkKeys (several keys, or keys replaced)
	ChangeReports  = "reports"  // SaveReports of reports already linked
)

// LinkChange is one write that changed what a linker reads.
type LinkChange struct {
	Generation int64
	Kind       string
	ReportID   int64
	IncidentID int64
	OtherID    int64
	// Key is, for ChangeAssign and ChangeNewKey, the report's key as
	// stored now (its IncidentID the report's incident now), nil when the
	// report has no key.
	Key *LinkKey
}

// ListOptions selects and pages listings. Zero values mean no filter.
type ListOptions struct {
	Limit    int
	Offset   int
	Document int64 // only reports of this document
	Unlinked bool  // only incident reports not linked to an incident yet
	WithText bool
}

// Audit is one entry of the analysts' audit log.
type Audit struct {
	At     time.Time `json:"at"`
	Who    string    `json:"who"`
	Action string    `json:"action"` // "merge", "split", …
	Detail string    `json:"detail"`
	Why    string    `json:"why"`
}

// Override pins a report to an incident (Pin) or keeps it out of one.
type Override struct {
	ReportID   int64 `json:"report_id"`
	IncidentID int64 `json:"incident_id"`
	Pin        bool  `json:"pin"`
}

// LinkKey is what the linker remembers of one report.
type LinkKey struct {
	ReportID   int64
	IncidentID int64
	Org        string // normalized organization
	Published  string
	Signature  []byte // MinHash signature, little-endian uint32s
	Features   []byte // linker-defined extra features (JSON)
}
