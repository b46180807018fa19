package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/jikenbo/jikenbo/internal/digest"
	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/model"
)

// STIXID returns the deterministic STIX id of an object of type typ
// named name: a UUIDv5 under digest.Namespace, so that exporting the same
// casebook again gives the same ids and consumers update instead of
// duplicating.
func STIXID(typ, name string) string {
	return typ + "--" + uuid.NewSHA1(digest.Namespace, []byte("stix:"+typ+":"+name)).String()
}

// producer is the identity that creates every exported object.
var producer = STIXID("identity", "jikenbo")

// epoch is the created/modified time of objects whose content does not
// come from a dated report (the producer, organizations).
const epoch = "2019-01-01T00:00:00.000Z"

// stixTime renders an ISO date as a STIX timestamp with milliseconds, or
// fallback when the date is missing.
func stixTime(date string, fallback time.Time) string {
	if t, err := time.Parse("2006-01-02", date); err == nil {
		return t.UTC().Format("2006-01-02T15:04:05.000Z")
	}
	if fallback.IsZero() {
		return epoch
	}
	return fallback.UTC().Format("2006-01-02T15:04:05.000Z")
}

// ExternalReference is a STIX external reference.
type ExternalReference struct {
	SourceName  string            `json:"source_name"`
	Description string            `json:"description,omitempty"`
	URL         string            `json:"url,omitempty"`
	Hashes      map[string]string `json:"hashes,omitempty"`
	ExternalID  string            `json:"external_id,omitempty"`
}

// stixCommon are the properties every exported object has.
type stixCommon struct {
	Type         string `json:"type"`
	SpecVersion  string `json:"spec_version"`
	ID           string `json:"id"`
	CreatedByRef string `json:"created_by_ref,omitempty"`
	Created      string `json:"created"`
	Modified     string `json:"modified"`
}

type stixIdentity struct {
	stixCommon
	Name          string   `json:"name"`
	Description   string   `json:"description,omitempty"`
	IdentityClass string   `json:"identity_class"`
	Sectors       []string `json:"sectors,omitempty"`
}

type stixIncident struct {
	stixCommon
	Name               string              `json:"name"`
	Description        string              `json:"description,omitempty"`
	Labels             []string            `json:"labels,omitempty"`
	Lang               string              `json:"lang,omitempty"`
	ExternalReferences []ExternalReference `json:"external_references,omitempty"`
	Number             string              `json:"x_jikenbo_number"`
	Types              []string            `json:"x_jikenbo_types,omitempty"`
	Sector             string              `json:"x_jikenbo_sector,omitempty"`
	FirstPublished     string              `json:"x_jikenbo_first_published,omitempty"`
	Discovered         string              `json:"x_jikenbo_discovered,omitempty"`
	Affected           *int64              `json:"x_jikenbo_affected,omitempty"`
	CardAffected       *int64              `json:"x_jikenbo_card_affected,omitempty"`
	DataTypes          []string            `json:"x_jikenbo_data_types,omitempty"`
	Leak               string              `json:"x_jikenbo_leak,omitempty"`
	Notified           []string            `json:"x_jikenbo_notified,omitempty"`
}

type stixReport struct {
	stixCommon
	Name               string              `json:"name"`
	Description        string              `json:"description,omitempty"`
	Lang               string              `json:"lang,omitempty"`
	ReportTypes        []string            `json:"report_types"`
	Published          string              `json:"published"`
	ObjectRefs         []string            `json:"object_refs"`
	ExternalReferences []ExternalReference `json:"external_references"`
	ReportSeq          string              `json:"x_jikenbo_report_seq,omitempty"`
}

type stixRelationship struct {
	stixCommon
	RelationshipType string `json:"relationship_type"`
	SourceRef        string `json:"source_ref"`
	TargetRef        string `json:"target_ref"`
}

// stixWriter writes a bundle whose objects array grows one object at a
// time. It remembers the ids of the organizations written (16 bytes
// each) so each identity appears once.
type stixWriter struct {
	w     io.Writer
	enc   *json.Encoder
	n     int
	orgs  map[uuid.UUID]bool
	first bool
}

func newSTIXWriter(w io.Writer, f filter.Filter) (*stixWriter, error) {
	sw := &stixWriter{w: w, orgs: map[uuid.UUID]bool{}, first: true}
	sw.enc = json.NewEncoder(w)
	sw.enc.SetEscapeHTML(false)
	bundle := STIXID("bundle", "export:"+f.String())
	if _, err := fmt.Fprintf(w, "{\"type\":\"bundle\",\"id\":%q,\"objects\":[\n", bundle); err != nil {
		return nil, err
	}
	err := sw.write(stixIdentity{
		stixCommon:    stixCommon{Type: "identity", SpecVersion: "2.1", ID: producer, Created: epoch, Modified: epoch},
		Name:          "jikenbo",
		Description:   "日本の情報セキュリティ事件の公表情報から作成した事件簿 (a casebook of Japanese security-incident disclosures)",
		IdentityClass: "system",
	})
	return sw, err
}

func (sw *stixWriter) write(v any) error {
	if !sw.first {
		if _, err := io.WriteString(sw.w, ","); err != nil {
			return err
		}
	}
	sw.first = false
	sw.n++
	return sw.enc.Encode(v)
}

func (sw *stixWriter) close() error {
	_, err := io.WriteString(sw.w, "]}\n")
	return err
}

// stixSectors maps our sectors to the STIX industry-sector-ov.
func stixSectors(s model.Sector, org string) []string {
	switch s {
	case model.SectorGovernment:
		return []string{governmentSector(org)}
	case model.SectorMedical:
		return []string{"healthcare"}
	case model.SectorEducation:
		return []string{"education"}
	case model.SectorFinance:
		return []string{"financial-services"}
	case model.SectorRetail:
		return []string{"retail"}
	case model.SectorMfg:
		return []string{"manufacturing"}
	case model.SectorICT:
		return []string{"technology"}
	}
	return nil
}

// governmentLevel reads the level of a public body from the end of its
// name: national (省, 庁), regional (都道府県) or local (市区町村).
func governmentLevel(org string) string {
	o := strings.TrimSpace(org)
	for _, suf := range []string{"教育委員会", "委員会", "議会", "事務局"} {
		o = strings.TrimSpace(strings.TrimSuffix(o, suf))
	}
	switch {
	case strings.HasSuffix(o, "省") || strings.HasSuffix(o, "庁") || strings.HasPrefix(o, "内閣"):
		return "national"
	case strings.HasSuffix(o, "県") || strings.HasSuffix(o, "都") || strings.HasSuffix(o, "道") ||
		strings.HasSuffix(o, "府") || strings.HasSuffix(o, "県警") || strings.HasSuffix(o, "警察"):
		return "regional"
	case strings.HasSuffix(o, "市") || strings.HasSuffix(o, "区") || strings.HasSuffix(o, "町") ||
		strings.HasSuffix(o, "村") || strings.HasSuffix(o, "広域連合") || strings.HasSuffix(o, "組合"):
		return "local"
	}
	return ""
}

func governmentSector(org string) string {
	switch governmentLevel(org) {
	case "national":
		return "government-national"
	case "regional":
		return "government-regional"
	case "local":
		return "government-local"
	}
	return "government"
}

func (sw *stixWriter) incident(ctx context.Context, c *filter.Case, docs *docCache, base string) error {
	incID := STIXID("incident", c.Incident.Number)
	var orgID string
	if c.Organization != "" {
		key := "org:" + filter.Fold(c.Organization)
		u := uuid.NewSHA1(digest.Namespace, []byte("stix:identity:"+key))
		orgID = "identity--" + u.String()
		if !sw.orgs[u] {
			sw.orgs[u] = true
			err := sw.write(stixIdentity{
				stixCommon:    stixCommon{Type: "identity", SpecVersion: "2.1", ID: orgID, CreatedByRef: producer, Created: epoch, Modified: epoch},
				Name:          c.Organization,
				IdentityClass: "organization",
				Sectors:       stixSectors(c.Sector, c.Organization),
			})
			if err != nil {
				return err
			}
		}
	}
	created := stixTime(c.First, c.Incident.CreatedAt)
	modified := stixTime(c.Last, c.Incident.CreatedAt)
	if modified < created {
		modified = created
	}
	ref := ExternalReference{SourceName: "jikenbo", ExternalID: c.Incident.Number}
	if base != "" {
		ref.URL = digest.IncidentURL(base, c.Incident.Number)
	}
	name := c.Incident.Number + " " + digest.Headline(c)
	if c.Organization != "" && !strings.Contains(name, c.Organization) {
		name = c.Incident.Number + " " + c.Organization + ": " + digest.Headline(c)
	}
	inc := stixIncident{
		stixCommon:  stixCommon{Type: "incident", SpecVersion: "2.1", ID: incID, CreatedByRef: producer, Created: created, Modified: modified},
		Name:        name,
		Description: strings.Join(digest.Summarize(c, 3), ""),
		Labels:      c.Types, Lang: "ja",
		ExternalReferences: []ExternalReference{ref},
		Number:             c.Incident.Number, Types: c.Types, Sector: string(c.Sector), FirstPublished: c.First,
		Discovered: c.Discovered, Affected: c.Affected, CardAffected: c.CardAffected, DataTypes: c.DataTypes,
		Leak: string(c.Leak), Notified: c.Notified,
	}
	if err := sw.write(inc); err != nil {
		return err
	}
	if orgID != "" {
		err := sw.write(stixRelationship{
			stixCommon:       stixCommon{Type: "relationship", SpecVersion: "2.1", ID: STIXID("relationship", incID+" targets "+orgID), CreatedByRef: producer, Created: created, Modified: modified},
			RelationshipType: "targets", SourceRef: incID, TargetRef: orgID,
		})
		if err != nil {
			return err
		}
	}
	for i := range c.Reports {
		r := &c.Reports[i]
		d, err := docs.get(ctx, r.DocumentID)
		if err != nil {
			return err
		}
		rep := stixReportOf(r, d, c, incID, orgID, base)
		if err := sw.write(rep); err != nil {
			return err
		}
	}
	return nil
}

func stixReportOf(r *model.Report, d *docInfo, c *filter.Case, incID, orgID, base string) stixReport {
	id := STIXID("report", d.SHA256+":"+fmt.Sprint(r.Seq))
	published := stixTime(r.Facts.Published, c.Incident.CreatedAt)
	if r.Facts.Published == "" {
		published = stixTime(c.First, c.Incident.CreatedAt)
	}
	refs := []string{incID}
	if orgID != "" {
		refs = append(refs, orgID)
	}
	name := r.Facts.Title
	if name == "" {
		name = d.Name
	}
	if name == "" {
		name = c.Incident.Number
	}
	src := ExternalReference{SourceName: sourceName(d.Source), Hashes: map[string]string{"SHA-256": d.SHA256}}
	if digest.IsWebURL(d.Source) {
		src.URL = d.Source
	} else {
		src.Description = "archived document " + d.Name
		if base != "" {
			src.URL = sourceURL(base, d)
		}
	}
	return stixReport{
		stixCommon: stixCommon{Type: "report", SpecVersion: "2.1", ID: id, CreatedByRef: producer, Created: published, Modified: published},
		Name:       name, Lang: "ja", ReportTypes: []string{"threat-report"}, Published: published,
		ObjectRefs: refs, ExternalReferences: []ExternalReference{src}, ReportSeq: r.Facts.ReportSeq,
	}
}

// sourceName is the host of a web source, else "jikenbo-archive".
func sourceName(src string) string {
	if u, err := url.Parse(src); err == nil && digest.IsWebURL(src) {
		return u.Hostname()
	}
	return "jikenbo-archive"
}
