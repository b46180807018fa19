package web

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"

	"github.com/jikenbo/jikenbo/internal/store"
)

// createdDocument answers POST /api/v1/documents.
type createdDocument struct {
	ID        int64    `json:"id"`
	Created   bool     `json:"created"`
	URL       string   `json:"url"`
	Reports   int      `json:"reports"`
	Incidents []string `json:"incidents"`
}

// apiDocumentCreate ingests the request body as one document (the
// pipeline of jikenbo ingest), then reindexes the incidents it touched.
// ?name= names it; the Content-Type header is a decoding hint.
func (s *Server) apiDocumentCreate(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Ingest == nil {
		s.fail(w, r, http.StatusNotImplemented, "ingest is not configured")
		return
	}
	raw, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("document larger than %d bytes", tooBig.Limit))
		return
	}
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "cannot read body")
		return
	}
	if len(raw) == 0 {
		s.fail(w, r, http.StatusBadRequest, "empty document")
		return
	}
	name := path.Base(r.URL.Query().Get("name"))
	if name == "." || name == "/" {
		name = ""
	}
	id, created, err := s.cfg.Ingest(r.Context(), raw, r.Header.Get("Content-Type"), name)
	if err != nil {
		s.log.Warn("web: ingest refused", "err", err)
		s.fail(w, r, http.StatusUnprocessableEntity, "document refused: "+err.Error())
		return
	}
	reports, err := s.st.Reports(r.Context(), store.ListOptions{Document: id})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	out := createdDocument{ID: id, Created: created, URL: fmt.Sprintf("/documents/%d", id), Reports: len(reports), Incidents: []string{}}
	var ids []int64
	seen := map[int64]bool{}
	for _, rep := range reports {
		if rep.IncidentID != 0 && !seen[rep.IncidentID] {
			seen[rep.IncidentID] = true
			ids = append(ids, rep.IncidentID)
			if inc, err := s.st.Incident(r.Context(), rep.IncidentID); err == nil {
				out.Incidents = append(out.Incidents, inc.Number)
			}
		}
	}
	if err := s.ix.Reindex(r.Context(), ids...); err != nil {
		s.internal(w, r, err)
		return
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
		w.Header().Set("Location", out.URL)
	}
	s.json(w, status, out)
}
