package web

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store"
)

// apiReport is a report with its text.
type apiReport struct {
	model.Report
	Text string `json:"text"`
}

// apiIncident is an incident with its reports and facts.
type apiIncident struct {
	*model.Incident
	Sector     string       `json:"sector,omitempty"`
	Leak       string       `json:"leak,omitempty"`
	DataTypes  []string     `json:"data_types,omitempty"`
	Notified   []string     `json:"notified,omitempty"`
	Discovered string       `json:"discovered,omitempty"`
	Lag        *int         `json:"disclosure_lag_days,omitempty"`
	URL        string       `json:"url"`
	Reports    []apiReport  `json:"reports"`
	Related    []search.Hit `json:"related"`
}

// apiIncidentShow returns an incident by casebook number; a merged
// number redirects to the surviving one.
func (s *Server) apiIncidentShow(w http.ResponseWriter, r *http.Request) {
	number := r.PathValue("number")
	inc, canonical, err := s.st.ResolveIncident(r.Context(), number)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "no incident "+number)
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	if !canonical || inc.Number != number {
		http.Redirect(w, r, "/api/v1/incidents/"+url.PathEscape(inc.Number), http.StatusMovedPermanently)
		return
	}
	reports, err := s.st.IncidentReports(r.Context(), inc.ID)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	sum := search.BuildDoc(inc, reports)
	out := apiIncident{Incident: inc, Sector: sum.Sector, Leak: sum.Leak, DataTypes: sum.DataTypes, Notified: sum.Notified,
		Discovered: sum.Discovered, URL: incidentURL(inc.Number), Reports: []apiReport{}}
	if l := sum.Lag(); l >= 0 {
		out.Lag = &l
	}
	for _, rep := range reports {
		out.Reports = append(out.Reports, apiReport{Report: rep, Text: rep.Text})
	}
	if out.Related, err = s.ix.Related(r.Context(), inc.ID, 10); err != nil {
		s.internal(w, r, err)
		return
	}
	if out.Related == nil {
		out.Related = []search.Hit{}
	}
	s.json(w, http.StatusOK, out)
}
