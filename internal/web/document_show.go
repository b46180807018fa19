package web

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

type documentData struct {
	Document *model.Document
	Size     int
	Parts    []docPart
	Reports  []docReport
	Highlit  bool
}

// docPart is a run of the document text: plain, highlighted (the
// evidence asked for with ?hl=) or the start of a report.
type docPart struct {
	Text   string
	Mark   bool
	Report *docReport // set on the part that opens a report
	End    bool       // set on the empty part that closes a report
}

type docReport struct {
	Seq      int
	Anchor   string
	Title    string
	Incident string // casebook number, if linked
	URL      string
}

// parseSpan reads "START-END" byte offsets and fits them to rune
// boundaries of text; ok is false when they do not describe a span in it.
func parseSpan(s, text string) (model.Span, bool) {
	a, b, found := strings.Cut(s, "-")
	if !found {
		return model.Span{}, false
	}
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || start < 0 || end > len(text) || start >= end {
		return model.Span{}, false
	}
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return model.Span{Start: start, End: end}, true
}

// documentShow shows the archived text with report boundaries and the
// evidence span of ?hl=START-END highlighted.
func (s *Server) documentShow(w http.ResponseWriter, r *http.Request) {
	doc, reports, ok := s.documentReports(w, r, "文書が見つかりません")
	if !ok {
		return
	}
	d := documentData{Document: doc, Size: len(doc.Raw)}
	numbers := map[int64]string{}
	for _, rep := range reports {
		dr := docReport{Seq: rep.Seq + 1, Anchor: "r" + strconv.Itoa(rep.Seq), Title: rep.Facts.Title}
		if rep.IncidentID != 0 {
			n, ok := numbers[rep.IncidentID]
			if !ok {
				if inc, err := s.st.Incident(r.Context(), rep.IncidentID); err == nil {
					n = inc.Number
				}
				numbers[rep.IncidentID] = n
			}
			dr.Incident, dr.URL = n, incidentURL(n)
		}
		d.Reports = append(d.Reports, dr)
	}
	hl, ok := parseSpan(r.URL.Query().Get("hl"), doc.Text)
	d.Highlit = ok
	if !ok {
		hl = model.Span{Start: -1, End: -1}
	}
	d.Parts = splitDocument(doc.Text, reports, d.Reports, hl)
	s.html(w, r, http.StatusOK, "document", page{Title: doc.Name + " - 事件簿", Data: d})
}

// splitDocument cuts text at report boundaries and at the highlight.
func splitDocument(text string, reports []model.Report, views []docReport, hl model.Span) []docPart {
	type cut struct {
		at    int
		open  int // index of a report opening here, or -1
		close bool
	}
	var cuts []cut
	for i, rep := range reports {
		if rep.Span.Start < 0 || rep.Span.End > len(text) || rep.Span.Start > rep.Span.End {
			continue
		}
		cuts = append(cuts, cut{at: rep.Span.Start, open: i}, cut{at: rep.Span.End, open: -1, close: true})
	}
	slices.SortStableFunc(cuts, func(a, b cut) int {
		if a.at != b.at {
			return a.at - b.at
		}
		// A report closing sorts before the next one opening.
		if a.close != b.close {
			if a.close {
				return -1
			}
			return 1
		}
		return 0
	})
	var parts []docPart
	emit := func(a, b int) {
		for a < b {
			// Split [a, b) at the highlight.
			switch {
			case hl.Start >= 0 && a < hl.Start && hl.Start < b:
				parts = append(parts, docPart{Text: text[a:hl.Start]})
				a = hl.Start
			case hl.Start >= 0 && a >= hl.Start && a < hl.End:
				e := min(b, hl.End)
				parts = append(parts, docPart{Text: text[a:e], Mark: true})
				a = e
			default:
				parts = append(parts, docPart{Text: text[a:b]})
				a = b
			}
		}
	}
	pos := 0
	for _, c := range cuts {
		emit(pos, c.at)
		pos = max(pos, c.at)
		if c.close {
			parts = append(parts, docPart{End: true})
		} else {
			v := views[c.open]
			parts = append(parts, docPart{Report: &v})
		}
	}
	emit(pos, len(text))
	// Only the first highlighted part carries the #ev anchor; mark it.
	return parts
}
