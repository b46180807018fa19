package model

import "time"

// Span is a half-open byte range [Start, End) in a document's decoded UTF-8
// text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Document is one ingested input: a file, a URL's body or a feed item. Raw is
// kept byte for byte in the archive; Text is Raw decoded to UTF-8 (and, for
// HTML and PDF, converted to plain text). Report spans index into Text.
type Document struct {
	ID          int64     `json:"id"`
	SHA256      string    `json:"sha256"`     // hex SHA-256 of Raw
	Source      string    `json:"source"`     // path or URL as given
	Name        string    `json:"name"`       // base name used in output
	MediaType   string    `json:"media_type"` // text/plain, text/html, application/pdf
	Encoding    string    `json:"encoding"`   // detected charset of Raw, e.g. "shift_jis"
	RetrievedAt time.Time `json:"retrieved_at"`
	Raw         []byte    `json:"-"`
	Text        string    `json:"-"`
}

// Segment is one report as cut by the segmenter, before extraction.
type Segment struct {
	Span       Span   `json:"span"`
	CasebookID string `json:"casebook_id,omitempty"` // a number the source printed (2024-521)
	Title      string `json:"title,omitempty"`       // the heading line the segmenter saw, if any
}

// Report is one notice about one incident: a contiguous span of a document,
// with the facts extracted from it.
type Report struct {
	ID         int64  `json:"id"`
	DocumentID int64  `json:"document_id"`
	Seq        int    `json:"seq"` // position in the document, from 0
	Span       Span   `json:"span"`
	Text       string `json:"-"`
	Facts      Facts  `json:"facts"`
	IncidentID int64  `json:"incident_id,omitempty"`
}

// Facts are what the extractor finds in one report. Every non-empty value
// has at least one Evidence entry naming the text it came from.
type Facts struct {
	IsIncident   bool       `json:"is_incident"`
	CasebookID   string     `json:"casebook_id,omitempty"`
	Organization string     `json:"organization,omitempty"`
	Sector       Sector     `json:"sector,omitempty"`
	Title        string     `json:"title,omitempty"`
	Published    string     `json:"published,omitempty"`  // ISO 8601 date
	Discovered   string     `json:"discovered,omitempty"` // ISO 8601 date
	Types        []string   `json:"types,omitempty"`      // IncidentType codes
	Affected     *int64     `json:"affected,omitempty"`
	CardAffected *int64     `json:"card_affected,omitempty"`
	DataTypes    []string   `json:"data_types,omitempty"` // DataType codes
	Leak         Leak       `json:"leak,omitempty"`
	Notified     []string   `json:"notified,omitempty"`   // Authority codes
	ReportSeq    string     `json:"report_seq,omitempty"` // "2", "3", … or "final"
	Vendors      []string   `json:"vendors,omitempty"`
	Anomalies    []string   `json:"anomalies,omitempty"`
	Evidence     []Evidence `json:"evidence,omitempty"`
}

// Evidence ties one extracted value to the bytes of the document it came from.
type Evidence struct {
	Field string `json:"field"` // Facts field name as in SCHEMA.md: "organization", "types", …
	Value string `json:"value"` // the value it supports, as a string ("ransomware", "2023-05-17", "566")
	Span  Span   `json:"span"`  // byte offsets in the document text
}

// Incident is one real-world event, with the reports linked to it.
type Incident struct {
	ID           int64     `json:"id"`
	Number       string    `json:"number"` // casebook number YYYY-NNN, never reused
	Organization string    `json:"organization"`
	CreatedAt    time.Time `json:"created_at"`
	FirstSeen    string    `json:"first_published,omitempty"`
	LastSeen     string    `json:"last_published,omitempty"`
	ReportCount  int       `json:"report_count"`
	Types        []string  `json:"types,omitempty"`
	Affected     *int64    `json:"affected,omitempty"`
}

// Leak says whether personal data left the organization's control.
type Leak string

// Leak values.
const (
	LeakConfirmed Leak = "confirmed"
	LeakPossible  Leak = "possible"
	LeakNone      Leak = "none"
	LeakUnknown   Leak = "unknown"
)

// Sector is the kind of organization an incident happened to.
type Sector string

// Sector values; the Japanese labels are what the UI shows.
const (
	SectorGovernment Sector = "government" // 自治体・官公庁
	SectorMedical    Sector = "medical"    // 医療
	SectorEducation  Sector = "education"  // 教育
	SectorFinance    Sector = "finance"    // 金融
	SectorRetail     Sector = "retail"     // 小売・EC
	SectorMfg        Sector = "manufacturing"
	SectorICT        Sector = "ict" // 情報通信
	SectorOther      Sector = "other"
)
