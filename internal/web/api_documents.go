package web

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strconv"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// apiDocumentList lists archived documents, newest first, without text.
func (s *Server) apiDocumentList(w http.ResponseWriter, r *http.Request) {
	offset, limit, ok := s.paging(w, r)
	if !ok {
		return
	}
	docs, err := s.st.Documents(r.Context(), store.ListOptions{Limit: limit + 1, Offset: offset})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	out := list[model.Document]{Items: docs}
	if len(docs) > limit {
		out.Items = docs[:limit]
		out.NextCursor = encodeCursor(offset + limit)
	}
	if out.Items == nil {
		out.Items = []model.Document{}
	}
	s.json(w, http.StatusOK, out)
}

// apiDocument is a document with its text and reports.
type apiDocument struct {
	*model.Document
	Size    int            `json:"size"`
	Text    string         `json:"text"`
	RawURL  string         `json:"raw_url"`
	Reports []model.Report `json:"reports"`
}

// apiDocumentShow returns a document with its decoded text and reports.
func (s *Server) apiDocumentShow(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, http.StatusNotFound, "no such document")
		return
	}
	doc, err := s.st.Document(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "no such document")
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	reports, err := s.st.Reports(r.Context(), store.ListOptions{Document: id})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	if reports == nil {
		reports = []model.Report{}
	}
	s.json(w, http.StatusOK, apiDocument{Document: doc, Size: len(doc.Raw), Text: doc.Text,
		RawURL: fmt.Sprintf("/documents/%d/raw", doc.ID), Reports: reports})
}

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
