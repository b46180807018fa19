package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store"
)

type incidentData struct {
	Incident *model.Incident
	Summary  search.Doc
	Lag      int
	Reports  []reportView
	Timeline []event
	Related  []search.Hit
}

type reportView struct {
	Report   model.Report
	Document *model.Document
	DocURL   string
	Facts    []factRow
}

type factRow struct {
	Label    string
	Value    string
	Evidence []evidenceLink
}

type evidenceLink struct {
	URL  string
	Text string
}

type event struct {
	Date  string
	Label string
	URL   string
}

// incidentURL is the page of an incident.
func incidentURL(number string) string { return "/incidents/" + url.PathEscape(number) }

// evidenceURL links to a document with the span highlighted.
func evidenceURL(docID int64, sp model.Span) string {
	return fmt.Sprintf("/documents/%d?hl=%d-%d#ev", docID, sp.Start, sp.End)
}

// incidentShow is the incident page; a merged number redirects to the
// incident it was merged into.
func (s *Server) incidentShow(w http.ResponseWriter, r *http.Request) {
	number := r.PathValue("number")
	inc, canonical, err := s.st.ResolveIncident(r.Context(), number)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "事件番号 "+number+" は見つかりません")
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	if !canonical || inc.Number != number {
		http.Redirect(w, r, incidentURL(inc.Number), http.StatusMovedPermanently)
		return
	}
	reports, err := s.st.IncidentReports(r.Context(), inc.ID)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	d := incidentData{Incident: inc, Summary: search.BuildDoc(inc, reports)}
	d.Lag = d.Summary.Lag()
	docs := map[int64]*model.Document{}
	seenDisc := map[string]bool{}
	for i, rep := range reports {
		doc := docs[rep.DocumentID]
		if doc == nil {
			if doc, err = s.st.Document(r.Context(), rep.DocumentID); err != nil {
				s.internal(w, r, err)
				return
			}
			doc.Raw = nil
			docs[rep.DocumentID] = doc
		}
		rv := reportView{Report: rep, Document: doc, DocURL: fmt.Sprintf("/documents/%d#r%d", doc.ID, rep.Seq), Facts: factRows(rep.Facts, doc)}
		d.Reports = append(d.Reports, rv)
		f := rep.Facts
		if f.Discovered != "" && !seenDisc[f.Discovered] {
			seenDisc[f.Discovered] = true
			d.Timeline = append(d.Timeline, event{Date: f.Discovered, Label: "発覚", URL: rv.DocURL})
		}
		label := "第" + strconv.Itoa(i+1) + "報 公表"
		if i == 0 {
			label = "初報 公表"
		}
		if f.ReportSeq == "final" {
			label = "最終報 公表"
		}
		if f.Published != "" {
			d.Timeline = append(d.Timeline, event{Date: f.Published, Label: label, URL: rv.DocURL})
		}
	}
	slices.SortStableFunc(d.Timeline, func(a, b event) int { return strings.Compare(a.Date, b.Date) })
	if d.Related, err = s.ix.Related(r.Context(), inc.ID, 10); err != nil {
		s.internal(w, r, err)
		return
	}
	title := inc.Number + " " + inc.Organization
	if d.Summary.Title != "" {
		title += " " + d.Summary.Title
	}
	s.html(w, r, http.StatusOK, "incident", page{Title: title + " - 事件簿", Data: d})
}

// factRows lays out the facts of a report, each with links to its
// evidence in the document.
func factRows(f model.Facts, doc *model.Document) []factRow {
	ev := map[string][]model.Evidence{}
	for _, e := range f.Evidence {
		ev[e.Field] = append(ev[e.Field], e)
	}
	labels := func(list []model.Code, codes []string) string {
		out := make([]string, len(codes))
		for i, c := range codes {
			out[i] = model.Label(list, c)
		}
		return strings.Join(out, "、")
	}
	var rows []factRow
	add := func(field, label, value string) {
		if value == "" {
			return
		}
		row := factRow{Label: label, Value: value}
		for _, e := range ev[field] {
			if e.Span.Start < 0 || e.Span.End > len(doc.Text) || e.Span.Start >= e.Span.End {
				continue
			}
			row.Evidence = append(row.Evidence, evidenceLink{URL: evidenceURL(doc.ID, e.Span), Text: clip(doc.Text[e.Span.Start:e.Span.End], 40)})
		}
		rows = append(rows, row)
	}
	add("casebook_id", "事件番号(原文)", f.CasebookID)
	add("organization", "組織", f.Organization)
	if f.Sector != "" {
		add("sector", "業種", model.Label(model.Sectors, string(f.Sector)))
	}
	add("title", "表題", f.Title)
	add("published", "公表日", jaDateOrEmpty(f.Published))
	add("discovered", "発覚日", jaDateOrEmpty(f.Discovered))
	add("types", "種別", labels(model.IncidentTypes, f.Types))
	if f.Affected != nil {
		add("affected", "影響人数", num(f.Affected)+"人")
	}
	if f.CardAffected != nil {
		add("card_affected", "カード件数", num(f.CardAffected)+"件")
	}
	add("data_types", "漏えいした情報", labels(model.DataTypes, f.DataTypes))
	if f.Leak != "" {
		add("leak", "漏えい状況", model.Label(search.LeakLabels, string(f.Leak)))
	}
	add("notified", "報告先", labels(model.Authorities, f.Notified))
	add("report_seq", "報の順番", f.ReportSeq)
	add("vendors", "委託先", strings.Join(f.Vendors, "、"))
	return rows
}

func jaDateOrEmpty(s string) string {
	if s == "" {
		return ""
	}
	return jaDate(s)
}

// clip shortens s to n runes on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
