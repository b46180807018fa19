package web

import (
	"io/fs"
	"net/http"

	"github.com/jikenbo/jikenbo/internal/digest"
)

// route is one pattern of the server's mux.
type route struct {
	pattern string // Go 1.22 pattern: "METHOD /path/{wildcard}"
	handler http.Handler
}

// routes declares every route of the server.
func (s *Server) routes() []route {
	static, _ := fs.Sub(staticFS, "static")
	hf := func(f http.HandlerFunc) http.Handler { return f }
	return []route{
		{"GET /{$}", hf(s.home)},
		{"GET /incidents/{number}", hf(s.incidentShow)},
		{"GET /documents/{id}", hf(s.documentShow)},
		{"GET /documents/{id}/raw", hf(s.documentRaw)},
		{"GET /stats", hf(s.statsShow)},
		{"GET /stats/charts/{name}", hf(s.statsChart)},
		{"GET /digests/", digest.Handler(s.st, s.cfg.BaseURL)},
		{"GET /feed.atom", digest.FeedHandler(s.st, s.cfg.BaseURL)},
		{"GET /static/", http.StripPrefix("/static/", staticFiles(http.FileServerFS(static)))},
		{"GET /", hf(s.notFound)},

		{"GET /api/v1/incidents", hf(s.apiIncidentList)},
		{"GET /api/v1/incidents/{number}", hf(s.apiIncidentShow)},
		{"GET /api/v1/documents", hf(s.apiDocumentList)},
		{"GET /api/v1/documents/{id}", hf(s.apiDocumentShow)},
		{"POST /api/v1/documents", s.requireToken(s.apiDocumentCreate)},
		{"GET /api/v1/search", hf(s.apiSearch)},
		{"GET /api/v1/stats", hf(s.apiStats)},
		{"GET /api/v1/openapi.json", hf(s.apiOpenAPI)},
	}
}

// staticFiles lets browsers cache the embedded assets for a day.
func staticFiles(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		h.ServeHTTP(w, r)
	})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, http.StatusNotFound, "ページが見つかりません")
}

// Routes lists the patterns the server registers ("GET /api/v1/search").
func Routes() []string {
	var out []string
	for _, r := range (&Server{}).routes() {
		out = append(out, r.pattern)
	}
	return out
}
