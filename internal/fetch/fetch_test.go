package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/fetch"
)

func newServer(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestGetRefusesLoopbackByDefault(t *testing.T) {
	hit := false
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) { hit = true })
	for _, u := range []string{srv.URL + "/notice", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/x"} {
		t.Run(u, func(t *testing.T) {
			_, err := fetch.New(fetch.Options{}).Get(context.Background(), u)
			if !errors.Is(err, fetch.ErrBlockedAddress) {
				t.Fatalf("err = %v, want ErrBlockedAddress", err)
			}
			for _, want := range []string{u, "refusing to fetch from a private or loopback address (use --allow-private to permit)"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("err = %q, want it to contain %q", err, want)
				}
			}
		})
	}
	if hit {
		t.Error("the server was contacted")
	}
}

func TestGetAllowPrivate(t *testing.T) {
	var ua string
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		ua = r.UserAgent()
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/new", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=Shift_JIS")
		fmt.Fprint(w, "<p>hello</p>")
	})
	f := fetch.New(fetch.Options{AllowPrivate: true, UserAgent: "jikenbo-test/1"})
	before := time.Now().UTC()
	res, err := f.Get(context.Background(), srv.URL+"/old")
	if err != nil {
		t.Fatal(err)
	}
	if res.URL != srv.URL+"/new" || res.Status != 200 || res.ContentType != "text/html; charset=Shift_JIS" || string(res.Body) != "<p>hello</p>" {
		t.Errorf("unexpected response %+v", res)
	}
	if res.RetrievedAt.Before(before) || res.RetrievedAt.Location() != time.UTC {
		t.Errorf("RetrievedAt = %v", res.RetrievedAt)
	}
	if ua != "jikenbo-test/1" {
		t.Errorf("User-Agent = %q", ua)
	}
}

func TestGetErrors(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/missing":
			http.NotFound(w, r)
		case "/big":
			w.Write([]byte(strings.Repeat("x", 1000)))
		case "/big-chunked":
			for range 10 {
				w.Write([]byte(strings.Repeat("y", 100)))
				w.(http.Flusher).Flush()
			}
		case "/exact":
			w.Write([]byte(strings.Repeat("z", 100)))
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/slow":
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		}
	})
	f := fetch.New(fetch.Options{AllowPrivate: true, MaxBytes: 100, Timeout: 300 * time.Millisecond})
	tests := []struct {
		path   string
		target error
		msg    string
	}{
		{"/missing", nil, "HTTP status 404 Not Found"},
		{"/big", fetch.ErrTooLarge, "exceeds the limit of 100 bytes"},
		{"/big-chunked", fetch.ErrTooLarge, "exceeds the limit of 100 bytes"},
		{"/loop", nil, "stopped after 5 redirects"},
		{"/to-file", nil, `unsupported URL scheme "file"`},
		{"/slow", nil, "timed out"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			u := srv.URL + tt.path
			_, err := f.Get(context.Background(), u)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.target != nil && !errors.Is(err, tt.target) {
				t.Errorf("err = %v, want %v", err, tt.target)
			}
			if !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), u) {
				t.Errorf("err = %q, want it to name %s and contain %q", err, u, tt.msg)
			}
		})
	}
	t.Run("status error type", func(t *testing.T) {
		_, err := f.Get(context.Background(), srv.URL+"/missing")
		var se *fetch.StatusError
		if !errors.As(err, &se) || se.Status != 404 {
			t.Errorf("err = %#v, want *StatusError 404", err)
		}
	})
	t.Run("exactly MaxBytes is accepted", func(t *testing.T) {
		res, err := f.Get(context.Background(), srv.URL+"/exact")
		if err != nil || len(res.Body) != 100 {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestGetSchemes(t *testing.T) {
	f := fetch.New(fetch.Options{})
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/x", "gopher://example.com/", "javascript:alert(1)", "http:///nohost", "::bad"} {
		t.Run(u, func(t *testing.T) {
			if _, err := f.Get(context.Background(), u); err == nil || !strings.HasPrefix(err.Error(), "fetch: ") {
				t.Errorf("err = %v, want a fetch error", err)
			}
		})
	}
}

func TestGetCancelled(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := fetch.New(fetch.Options{AllowPrivate: true}).Get(ctx, srv.URL); err == nil {
		t.Fatal("no error on cancelled context")
	}
}
