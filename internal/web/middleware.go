package web

import (
	"crypto/subtle"
	"net/http"
	"strings"
)

// contentSecurityPolicy allows only the server's own stylesheet and
// images: no script runs, no inline style applies, nothing is framed.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure sets the security headers every response carries, bounds
// request bodies and recovers from handler panics.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
		}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("web: panic", "path", r.URL.Path, "panic", v)
				s.fail(w, r, http.StatusInternalServerError, "内部エラーが発生しました")
			}
		}()
		if s.cfg.Private && !s.authorized(r) {
			if !strings.HasPrefix(r.URL.Path, "/api/") {
				h.Set("WWW-Authenticate", `Basic realm="jikenbo", charset="UTF-8"`)
			} else {
				h.Set("WWW-Authenticate", `Bearer realm="jikenbo"`)
			}
			s.fail(w, r, http.StatusUnauthorized, "認証が必要です")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// authorized reports whether r carries the configured token, as a bearer
// token or as the password of HTTP Basic authentication. It compares in
// constant time; without a configured token nothing is authorized.
func (s *Server) authorized(r *http.Request) bool {
	if s.cfg.Token == "" {
		return false
	}
	var got string
	if a := r.Header.Get("Authorization"); len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
		got = strings.TrimSpace(a[7:])
	} else if _, pw, ok := r.BasicAuth(); ok {
		got = pw
	} else {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) == 1
}

// requireToken wraps a write handler: it answers 401 without the token.
func (s *Server) requireToken(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.authorized(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="jikenbo"`)
			s.fail(w, r, http.StatusUnauthorized, "a bearer token is required")
			return
		}
		next(w, r)
	}
}
