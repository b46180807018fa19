package web

import (
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
)

// Cursors are opaque to clients: base64url of "o" and the offset of the
// next item.
func encodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o" + strconv.Itoa(offset)))
}

func decodeCursor(c string) (int, bool) {
	if c == "" {
		return 0, true
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(b), "o") {
		return 0, false
	}
	n, err := strconv.Atoi(string(b[1:]))
	if err != nil || n < 0 || n > 1<<30 {
		return 0, false
	}
	return n, true
}

// paging reads ?cursor= and ?limit= (default 20, at most 100); it answers
// 400 and returns ok=false when they are malformed.
func (s *Server) paging(w http.ResponseWriter, r *http.Request) (offset, limit int, ok bool) {
	offset, ok = decodeCursor(r.URL.Query().Get("cursor"))
	if !ok {
		s.fail(w, r, http.StatusBadRequest, "malformed cursor")
		return 0, 0, false
	}
	limit = 20
	if l := r.URL.Query().Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 100 {
			s.fail(w, r, http.StatusBadRequest, "limit must be between 1 and 100")
			return 0, 0, false
		}
		limit = n
	}
	return offset, limit, true
}

// list is a page of a listing.
type list[T any] struct {
	Items      []T    `json:"items"`
	NextCursor string `json:"next_cursor,omitempty"`
}
