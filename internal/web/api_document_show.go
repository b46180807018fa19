package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

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
