package ingest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/fetch"
	"github.com/jikenbo/jikenbo/internal/ingest"
	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/sqlite"
)

func openStore(t *testing.T) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func newLinker(st store.Store) ingest.Options {
	return ingest.Options{Linker: link.NewLinker(st, link.LinkerOptions{})}
}

// TestResumeLinksPendingReports checks that reports stored by a run that
// never linked them are linked by the next run.
func TestResumeLinksPendingReports(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	if _, err := ingest.New(st, ingest.Options{}).Run(ctx, []string{"testdata/notice_a.txt", "testdata/notice_b.txt"}, nil); err != nil {
		t.Fatal(err)
	}
	pending, err := st.Reports(ctx, store.ListOptions{Unlinked: true})
	if err != nil || len(pending) != 2 {
		t.Fatalf("pending = %d, %v; want 2", len(pending), err)
	}
	stats, err := ingest.New(st, newLinker(st)).Run(ctx, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stats.New != 0 {
		t.Errorf("resume archived %d documents", stats.New)
	}
	if pending, _ := st.Reports(ctx, store.ListOptions{Unlinked: true}); len(pending) != 0 {
		t.Errorf("%d reports still unlinked", len(pending))
	}
	incs, _ := st.Incidents(ctx, store.ListOptions{})
	if len(incs) != 2 {
		t.Errorf("%d incidents, want 2", len(incs))
	}
}

// TestStdinAndFeedFile checks standard input and a local RSS file, whose
// items become documents of their own.
func TestStdinAndFeedFile(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	b, _ := os.ReadFile("testdata/notice_b.txt")
	stats, err := ingest.New(st, ingest.Options{}).Run(ctx, []string{"-", "testdata/feed.rss"}, strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	if stats.New != 3 || stats.Refused != 0 {
		t.Fatalf("stats %+v, want 3 new", stats)
	}
	docs, _ := st.Documents(ctx, store.ListOptions{})
	var sources []string
	for _, d := range docs {
		sources = append(sources, d.Source)
	}
	joined := strings.Join(sources, " ")
	for _, want := range []string{"stdin", "https://news.example.jp/2024/0611.html", "https://news.example.jp/2024/0612.html"} {
		if !strings.Contains(joined, want) {
			t.Errorf("sources %q lack %q", joined, want)
		}
	}
}

// TestURLGuardAndFetch checks that URLs on loopback are refused by default
// (and named in the error) and fetched when private addresses are allowed.
func TestURLGuardAndFetch(t *testing.T) {
	ctx := context.Background()
	body, _ := os.ReadFile("testdata/notice_a.txt")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(body)
	}))
	defer srv.Close()
	u := srv.URL + "/notice.txt"

	st := openStore(t)
	stats, err := ingest.New(st, ingest.Options{}).Run(ctx, []string{u}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Refused != 1 || len(stats.Errors) != 1 || !strings.Contains(stats.Errors[0].Error(), u) {
		t.Fatalf("loopback not refused with the URL named: %+v", stats)
	}
	f := fetch.New(fetch.Options{AllowPrivate: true})
	stats, err = ingest.New(st, ingest.Options{Fetcher: f}).Run(ctx, []string{u}, nil)
	if err != nil || stats.New != 1 {
		t.Fatalf("allowed fetch: %+v %v", stats, err)
	}
	docs, _ := st.Documents(ctx, store.ListOptions{})
	if len(docs) != 1 || docs[0].Source != u || docs[0].Name != "notice.txt" {
		t.Errorf("document %+v", docs)
	}
}
