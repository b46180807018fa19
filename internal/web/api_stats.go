package web

import "net/http"

// apiStats returns the statistics of the casebook.
func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.ix.Stats(r.Context())
	if err != nil {
		s.internal(w, r, err)
		return
	}
	s.json(w, http.StatusOK, st)
}
