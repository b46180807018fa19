package web

import (
	"fmt"
	"net/http"

	"github.com/jikenbo/jikenbo/internal/model"
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
	doc, reports, ok := s.documentReports(w, r, "no such document")
	if !ok {
		return
	}
	if reports == nil {
		reports = []model.Report{}
	}
	s.json(w, http.StatusOK, apiDocument{Document: doc, Size: len(doc.Raw), Text: doc.Text,
		RawURL: fmt.Sprintf("/documents/%d/raw", doc.ID), Reports: reports})
}
