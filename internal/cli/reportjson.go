package cli

import (
	"encoding/json"
	"strconv"

	"github.com/jikenbo/jikenbo/internal/model"
)

// reportJSON is one report in the exact shape of SCHEMA.md's
// "jikenbo extract --json" output. Field order follows the schema.
type reportJSON struct {
	Doc          string           `json:"doc"`
	Span         model.Span       `json:"span"`
	Incident     *string          `json:"incident"`
	CasebookID   *string          `json:"casebook_id"`
	IsIncident   bool             `json:"is_incident"`
	Organization *string          `json:"organization"`
	Title        *string          `json:"title"`
	Published    *string          `json:"published"`
	Discovered   *string          `json:"discovered"`
	Types        []string         `json:"types"`
	Affected     *int64           `json:"affected"`
	CardAffected *int64           `json:"card_affected"`
	DataTypes    []string         `json:"data_types"`
	Leak         *string          `json:"leak"`
	Notified     []string         `json:"notified"`
	ReportSeq    json.RawMessage  `json:"report_seq"`
	Vendors      []string         `json:"vendors"`
	Anomalies    []string         `json:"anomalies,omitempty"`
	Evidence     []model.Evidence `json:"evidence,omitempty"`
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// toReportJSON shapes one report; incident is "" for none.
func toReportJSON(doc string, r model.Report, incident string, evidence bool) reportJSON {
	f := r.Facts
	out := reportJSON{
		Doc:          doc,
		Span:         r.Span,
		Incident:     strPtr(incident),
		CasebookID:   strPtr(f.CasebookID),
		IsIncident:   f.IsIncident,
		Organization: strPtr(f.Organization),
		Title:        strPtr(f.Title),
		Published:    strPtr(f.Published),
		Discovered:   strPtr(f.Discovered),
		Types:        nonNil(f.Types),
		Affected:     f.Affected,
		CardAffected: f.CardAffected,
		DataTypes:    nonNil(f.DataTypes),
		Leak:         strPtr(string(f.Leak)),
		Notified:     nonNil(f.Notified),
		ReportSeq:    reportSeqJSON(f.ReportSeq),
		Vendors:      nonNil(f.Vendors),
		Anomalies:    f.Anomalies,
	}
	if evidence {
		out.Evidence = f.Evidence
	}
	return out
}

// reportSeqJSON renders "2" as the number 2, "final" as a string and ""
// as null, as SCHEMA.md specifies.
func reportSeqJSON(s string) json.RawMessage {
	if s == "" {
		return json.RawMessage("null")
	}
	if n, err := strconv.Atoi(s); err == nil {
		return json.RawMessage(strconv.Itoa(n))
	}
	b, _ := json.Marshal(s)
	return b
}
