package web

import (
	"net/http"

	"github.com/jikenbo/jikenbo/internal/search"
)

// searchPage is a page of search results with facets.
type searchPage struct {
	Query      string         `json:"query"`
	Total      int            `json:"total"`
	Sort       string         `json:"sort"`
	Items      []search.Hit   `json:"items"`
	Facets     []search.Facet `json:"facets"`
	NextCursor string         `json:"next_cursor,omitempty"`
}

// apiSearch searches incidents: ?q= in the query syntax of the search
// box, ?sort=relevance|date|affected, cursor pagination.
func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	offset, limit, ok := s.paging(w, r)
	if !ok {
		return
	}
	sort := r.URL.Query().Get("sort")
	switch sort {
	case "", search.SortDate, search.SortAffected, search.SortRelevance:
	default:
		s.fail(w, r, http.StatusBadRequest, "sort must be relevance, date or affected")
		return
	}
	q := r.URL.Query().Get("q")
	res, err := s.ix.Search(r.Context(), search.Request{Query: search.Parse(q), Sort: sort, Limit: limit, Offset: offset, Facets: true})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	out := searchPage{Query: q, Total: res.Total, Sort: res.Sort, Items: res.Hits, Facets: res.Facets}
	if out.Facets == nil {
		out.Facets = []search.Facet{}
	}
	if offset+len(res.Hits) < res.Total {
		out.NextCursor = encodeCursor(offset + len(res.Hits))
	}
	s.json(w, http.StatusOK, out)
}
