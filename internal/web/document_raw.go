package web

import (
	"errors"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// documentRaw sends the archived original bytes as an attachment, with
// its media type and the charset it was decoded from.
func (s *Server) documentRaw(w http.ResponseWriter, r *http.Request) {
	doc, ok := s.document(w, r, "文書が見つかりません")
	if !ok {
		return
	}
	ct := doc.MediaType
	if ct == "" {
		ct = "application/octet-stream"
	}
	if strings.HasPrefix(ct, "text/") && doc.Encoding != "" && !strings.Contains(ct, "charset") {
		ct = mime.FormatMediaType(ct, map[string]string{"charset": doc.Encoding})
	}
	name := doc.Name
	if name == "" {
		name = "document-" + strconv.FormatInt(doc.ID, 10)
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	h.Set("Content-Length", strconv.Itoa(len(doc.Raw)))
	h.Set("X-Content-SHA256", doc.SHA256)
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(doc.Raw)
	}
}

// document loads the document named by the {id} path value, answering
// 404 with notFound (or 500) itself when it cannot.
func (s *Server) document(w http.ResponseWriter, r *http.Request, notFound string) (*model.Document, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, http.StatusNotFound, notFound)
		return nil, false
	}
	doc, err := s.st.Document(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, notFound)
		return nil, false
	}
	if err != nil {
		s.internal(w, r, err)
		return nil, false
	}
	return doc, true
}

// documentReports is document with the document's reports, in order.
func (s *Server) documentReports(w http.ResponseWriter, r *http.Request, notFound string) (*model.Document, []model.Report, bool) {
	doc, ok := s.document(w, r, notFound)
	if !ok {
		return nil, nil, false
	}
	reports, err := s.st.Reports(r.Context(), store.ListOptions{Document: doc.ID})
	if err != nil {
		s.internal(w, r, err)
		return nil, nil, false
	}
	return doc, reports, true
}
