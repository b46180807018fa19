package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/jikenbo/jikenbo/internal/digest"
	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/model"
)

// IncidentRow is one incident of the CSV and JSON Lines exports. The
// columns are documented in docs/export.md.
type IncidentRow struct {
	Number       string   `json:"number"`
	Organization string   `json:"organization"`
	Sector       string   `json:"sector"`
	Types        []string `json:"types"`
	First        string   `json:"first_published"`
	Last         string   `json:"last_published"`
	Discovered   string   `json:"discovered"`
	LagDays      *int     `json:"lag_days"`
	Affected     *int64   `json:"affected"`
	CardAffected *int64   `json:"card_affected"`
	DataTypes    []string `json:"data_types"`
	Leak         string   `json:"leak"`
	Notified     []string `json:"notified"`
	Vendors      []string `json:"vendors"`
	ReportCount  int      `json:"report_count"`
	Title        string   `json:"title"`
	Summary      string   `json:"summary"`
	URL          string   `json:"url"`
	Sources      []string `json:"sources"`
}

// incidentColumns are the CSV header of incidents, in order.
var incidentColumns = []string{"number", "organization", "sector", "types", "first_published", "last_published",
	"discovered", "lag_days", "affected", "card_affected", "data_types", "leak", "notified", "vendors",
	"report_count", "title", "summary", "url", "sources"}

func (r *IncidentRow) record() []string {
	return []string{r.Number, cell(r.Organization), r.Sector, list(r.Types), r.First, r.Last, r.Discovered,
		intCell(r.LagDays), int64Cell(r.Affected), int64Cell(r.CardAffected), list(r.DataTypes), r.Leak,
		list(r.Notified), cell(list(r.Vendors)), strconv.Itoa(r.ReportCount), cell(r.Title), cell(r.Summary), r.URL,
		cell(strings.Join(r.Sources, " "))}
}

// ReportRow is one report of the CSV and JSON Lines exports.
type ReportRow struct {
	ReportID     int64    `json:"report_id"`
	Incident     string   `json:"incident"`
	DocumentID   int64    `json:"document_id"`
	SHA256       string   `json:"document_sha256"`
	Source       string   `json:"source"`
	Seq          int      `json:"seq"`
	SpanStart    int      `json:"span_start"`
	SpanEnd      int      `json:"span_end"`
	IsIncident   bool     `json:"is_incident"`
	CasebookID   string   `json:"casebook_id"`
	Organization string   `json:"organization"`
	Sector       string   `json:"sector"`
	Title        string   `json:"title"`
	Published    string   `json:"published"`
	Discovered   string   `json:"discovered"`
	Types        []string `json:"types"`
	Affected     *int64   `json:"affected"`
	CardAffected *int64   `json:"card_affected"`
	DataTypes    []string `json:"data_types"`
	Leak         string   `json:"leak"`
	Notified     []string `json:"notified"`
	ReportSeq    string   `json:"report_seq"`
	Vendors      []string `json:"vendors"`
	Anomalies    []string `json:"anomalies"`
}

var reportColumns = []string{"report_id", "incident", "document_id", "document_sha256", "source", "seq",
	"span_start", "span_end", "is_incident", "casebook_id", "organization", "sector", "title", "published",
	"discovered", "types", "affected", "card_affected", "data_types", "leak", "notified", "report_seq",
	"vendors", "anomalies"}

func (r *ReportRow) record() []string {
	return []string{strconv.FormatInt(r.ReportID, 10), r.Incident, strconv.FormatInt(r.DocumentID, 10), r.SHA256,
		cell(r.Source), strconv.Itoa(r.Seq), strconv.Itoa(r.SpanStart), strconv.Itoa(r.SpanEnd),
		strconv.FormatBool(r.IsIncident), cell(r.CasebookID), cell(r.Organization), r.Sector, cell(r.Title),
		r.Published, r.Discovered, list(r.Types), int64Cell(r.Affected), int64Cell(r.CardAffected),
		list(r.DataTypes), r.Leak, list(r.Notified), r.ReportSeq, cell(list(r.Vendors)), list(r.Anomalies)}
}

func incidentRow(ctx context.Context, c *filter.Case, docs *docCache, base string) (*IncidentRow, error) {
	row := &IncidentRow{
		Number: c.Incident.Number, Organization: c.Organization, Sector: string(c.Sector), Types: nonNil(c.Types),
		First: c.First, Last: c.Last, Discovered: c.Discovered, Affected: c.Affected, CardAffected: c.CardAffected,
		DataTypes: nonNil(c.DataTypes), Leak: string(c.Leak), Notified: nonNil(c.Notified), Vendors: nonNil(c.Vendors),
		ReportCount: len(c.Reports), Title: c.Title, Summary: strings.Join(digest.Summarize(c, 3), ""),
		Sources: []string{},
	}
	if lag := c.Lag(); lag >= 0 {
		row.LagDays = &lag
	}
	if base != "" {
		row.URL = digest.IncidentURL(base, c.Incident.Number)
	}
	seen := map[int64]bool{}
	for _, r := range c.Reports {
		if seen[r.DocumentID] {
			continue
		}
		seen[r.DocumentID] = true
		d, err := docs.get(ctx, r.DocumentID)
		if err != nil {
			return nil, err
		}
		row.Sources = append(row.Sources, sourceURL(base, d))
	}
	return row, nil
}

// sourceURL is the document's web address, its archived copy, or its
// source as given.
func sourceURL(base string, d *docInfo) string {
	return digest.SourceURL(base, &model.Document{ID: d.ID, Source: d.Source})
}

func reportRow(ctx context.Context, r *model.Report, docs *docCache, incs *incidentCache) (*ReportRow, error) {
	d, err := docs.get(ctx, r.DocumentID)
	if err != nil {
		return nil, err
	}
	num, err := incs.number(ctx, r.IncidentID)
	if err != nil {
		return nil, err
	}
	f := &r.Facts
	return &ReportRow{
		ReportID: r.ID, Incident: num, DocumentID: r.DocumentID, SHA256: d.SHA256, Source: d.Source, Seq: r.Seq,
		SpanStart: r.Span.Start, SpanEnd: r.Span.End, IsIncident: f.IsIncident, CasebookID: f.CasebookID,
		Organization: f.Organization, Sector: string(f.Sector), Title: f.Title, Published: f.Published,
		Discovered: f.Discovered, Types: nonNil(f.Types), Affected: f.Affected, CardAffected: f.CardAffected,
		DataTypes: nonNil(f.DataTypes), Leak: string(f.Leak), Notified: nonNil(f.Notified), ReportSeq: f.ReportSeq,
		Vendors: nonNil(f.Vendors), Anomalies: nonNil(f.Anomalies),
	}, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// list joins codes with ";" for one CSV cell.
func list(s []string) string { return strings.Join(s, ";") }

// cell defuses text a spreadsheet would run as a formula (=, +, -, @ at
// the start) by prefixing an apostrophe, and flattens line breaks.
func cell(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	if s != "" && strings.ContainsRune("=+-@\t", rune(s[0])) {
		return "'" + s
	}
	return s
}

func intCell(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

func int64Cell(n *int64) string {
	if n == nil {
		return ""
	}
	return strconv.FormatInt(*n, 10)
}

// rowWriter writes rows one at a time.
type rowWriter interface {
	incident(*IncidentRow) error
	report(*ReportRow) error
	flush() error
}

type csvWriter struct{ w *csv.Writer }

func newCSVWriter(w io.Writer, what What, bom bool) (*csvWriter, error) {
	if bom {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
	}
	cw := &csvWriter{w: csv.NewWriter(w)}
	cols := incidentColumns
	if what == Reports {
		cols = reportColumns
	}
	return cw, cw.w.Write(cols)
}

func (c *csvWriter) incident(r *IncidentRow) error { return c.w.Write(r.record()) }
func (c *csvWriter) report(r *ReportRow) error     { return c.w.Write(r.record()) }
func (c *csvWriter) flush() error                  { c.w.Flush(); return c.w.Error() }

type jsonlWriter struct{ enc *json.Encoder }

func newJSONLWriter(w io.Writer) *jsonlWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{enc: enc}
}

func (j *jsonlWriter) value(v any) error             { return j.enc.Encode(v) }
func (j *jsonlWriter) incident(r *IncidentRow) error { return j.enc.Encode(r) }
func (j *jsonlWriter) report(r *ReportRow) error     { return j.enc.Encode(r) }
func (j *jsonlWriter) flush() error                  { return nil }
