package digest

import (
	"bytes"
	"net/http"
	"sync"
	"time"
)

// CacheTTL is how long the digest and feed handlers reuse a response.
// Building a digest reads the casebook's incident summaries, which takes
// seconds on large casebooks; past weeks seldom change.
var CacheTTL = 2 * time.Minute

// maxCached bounds the responses kept.
const maxCached = 128

type cachedResponse struct {
	at     time.Time
	status int
	header http.Header
	body   []byte
}

// responseCache keeps successful responses for CacheTTL, keyed by host
// and path.
type responseCache struct {
	mu sync.Mutex
	m  map[string]*cachedResponse
}

// recorder captures a response while passing nothing through.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}
func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(b)
}

// wrap serves h through the cache.
func (c *responseCache) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if CacheTTL <= 0 || r.Method != http.MethodGet {
			h.ServeHTTP(w, r)
			return
		}
		key := r.Host + r.URL.Path
		c.mu.Lock()
		e := c.m[key]
		c.mu.Unlock()
		if e == nil || time.Since(e.at) > CacheTTL {
			rec := &recorder{header: http.Header{}}
			h.ServeHTTP(rec, r)
			e = &cachedResponse{at: time.Now(), status: rec.status, header: rec.header, body: rec.body.Bytes()}
			if e.status == http.StatusOK {
				c.mu.Lock()
				if c.m == nil || len(c.m) >= maxCached {
					c.m = map[string]*cachedResponse{}
				}
				c.m[key] = e
				c.mu.Unlock()
			}
		}
		for k, v := range e.header {
			w.Header()[k] = v
		}
		w.WriteHeader(e.status)
		w.Write(e.body)
	})
}
