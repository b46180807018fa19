package web

import (
	"net/http"

	"github.com/jikenbo/jikenbo/internal/search"
)

// apiIncidentList lists incidents, newest first.
func (s *Server) apiIncidentList(w http.ResponseWriter, r *http.Request) {
	offset, limit, ok := s.paging(w, r)
	if !ok {
		return
	}
	res, err := s.ix.Search(r.Context(), search.Request{Sort: search.SortDate, Limit: limit, Offset: offset})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	out := list[search.Hit]{Items: res.Hits}
	for i := range out.Items {
		out.Items[i].Snippet = nil
	}
	if offset+len(res.Hits) < res.Total {
		out.NextCursor = encodeCursor(offset + len(res.Hits))
	}
	s.json(w, http.StatusOK, out)
}
