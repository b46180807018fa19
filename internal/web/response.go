package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
)

// page is what every view gets: its title and its own data.
type page struct {
	Title string
	Query string // the search box's content
	Data  any
}

// html renders view with data; a render error answers 500 before anything
// is written.
func (s *Server) html(w http.ResponseWriter, r *http.Request, status int, view string, p page) {
	t, ok := s.views[view]
	if !ok {
		s.log.Error("web: no view", "view", view)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		s.log.Error("web: render", "view", view, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// json writes v as JSON.
func (s *Server) json(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		s.log.Error("web: encode json", "err", err)
		http.Error(w, `{"error":"internal error"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// apiError is the body of every API error.
type apiError struct {
	Error string `json:"error"`
}

// fail answers an error: JSON under /api/, else the error page.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		s.json(w, status, apiError{msg})
		return
	}
	s.html(w, r, status, "error", page{Title: http.StatusText(status), Data: struct {
		Status  int
		Message string
	}{status, msg}})
}

// internal logs err and answers 500.
func (s *Server) internal(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("web: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	s.fail(w, r, http.StatusInternalServerError, "内部エラーが発生しました")
}
