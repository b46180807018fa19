package web

import (
	"net/http"

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
