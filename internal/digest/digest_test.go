package digest_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"github.com/jikenbo/jikenbo/internal/golden"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/jikenbo/jikenbo/internal/digest"
	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/filter/filtertest"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

const base = "https://jikenbo.example"

var week = filter.Filter{From: "2024-05-20", To: "2024-05-26"}

// TestWeek checks the digest of the week of 2024-05-20: three incidents
// in three type groups, each with a summary and its sources.
func TestWeek(t *testing.T) {
	st := filtertest.Casebook(t)
	d, err := digest.Build(context.Background(), st, week, filter.PeriodWeek, digest.Options{BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "週間ダイジェスト 2024年5月20日〜26日" {
		t.Errorf("title %q", d.Title)
	}
	var groups []string
	for _, g := range d.Groups {
		groups = append(groups, g.Type)
		for _, e := range g.Entries {
			if n := len(e.Summary); n < 2 || n > 3 {
				t.Errorf("%s: %d summary sentences, want 2 or 3: %q", e.Number, n, e.Summary)
			}
			if len(e.Sources) == 0 {
				t.Errorf("%s: no sources", e.Number)
			}
		}
	}
	if got := strings.Join(groups, ","); got != "web_skimming,ransomware,misdelivery" {
		t.Errorf("groups %s, want web_skimming,ransomware,misdelivery (taxonomy order)", got)
	}
	var md, html bytes.Buffer
	if err := digest.WriteMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	if err := digest.WriteHTML(&html, d); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "week_2024-05-20.md.golden", md.Bytes())
	golden.Check(t, "week_2024-05-20.html.golden", html.Bytes())
	// Both sources of みずなら are linked, the second report included.
	if !strings.Contains(md.String(), "20240610.pdf") {
		t.Error("the second report of 2024-001 is not linked")
	}
}

// TestSummaryCarriesFacts checks the summary of みずなら says what
// happened, what leaked and what was done, without the apology or the
// contact line.
func TestSummaryCarriesFacts(t *testing.T) {
	st := filtertest.Casebook(t)
	cases, err := filter.Collect(context.Background(), st, filter.Filter{Orgs: []string{"みずなら"}})
	if err != nil || len(cases) != 1 {
		t.Fatal(cases, err)
	}
	sum := strings.Join(digest.Summarize(cases[0], 3), "\n")
	for _, want := range []string{"不正アクセス", "2,431件", "停止"} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
	for _, bad := range []string{"お詫び", "0120", "お問い合わせ"} {
		if strings.Contains(sum, bad) {
			t.Errorf("summary carries %q:\n%s", bad, sum)
		}
	}
}

// TestEscaping checks text from notices cannot inject markup.
func TestEscaping(t *testing.T) {
	d := &digest.Digest{Kind: filter.PeriodWeek, From: "2024-05-20", To: "2024-05-26", Title: "t", Count: 1,
		Groups: []digest.Group{{Type: "other", Label: "その他", Entries: []digest.Entry{{
			Number: "2024-001", Organization: `<script>alert(1)</script>`, Headline: "[x](javascript:alert(1)) **b**",
			Summary: []string{"<img src=x onerror=alert(1)>"},
			Sources: []digest.Source{{Title: "a]b", URL: "javascript:alert(1)"}},
		}}}}}
	var md, html bytes.Buffer
	if err := digest.WriteMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	if err := digest.WriteHTML(&html, d); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(html.String(), "<script>") || strings.Contains(html.String(), "<img") ||
		strings.Contains(html.String(), `href="javascript:`) {
		t.Errorf("HTML not escaped:\n%s", html.String())
	}
	for _, bad := range []string{" <script>", "[x](javascript", " **b**", "> <img", "](<javascript"} {
		if strings.Contains(md.String(), bad) {
			t.Errorf("Markdown carries %q unescaped:\n%s", bad, md.String())
		}
	}
	for _, want := range []string{`\<script\>`, `\[x\]`, `\*\*b\*\*`} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("Markdown lacks the escaped %s:\n%s", want, md.String())
		}
	}
}

// atomFeed is what TestFeeds reads back to check RFC 4287's required
// elements.
type atomFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Author  struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		ID        string `xml:"id"`
		Title     string `xml:"title"`
		Updated   string `xml:"updated"`
		Published string `xml:"published"`
		Summary   string `xml:"summary"`
		Links     []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

// checkAtom checks the elements RFC 4287 requires of a feed and its
// entries: id (an IRI), title, updated (RFC 3339), an author, and an
// alternate link for entries without content.
func checkAtom(t *testing.T, body []byte) atomFeed {
	t.Helper()
	var f atomFeed
	if err := xml.Unmarshal(body, &f); err != nil {
		t.Fatalf("feed is not Atom XML: %v\n%s", err, body)
	}
	iri := func(s string) bool { return strings.HasPrefix(s, "urn:uuid:") || strings.HasPrefix(s, "tag:") }
	stamp := func(s string) bool { _, err := time.Parse(time.RFC3339, s); return err == nil }
	if !iri(f.ID) || f.Title == "" || !stamp(f.Updated) || f.Author.Name == "" {
		t.Errorf("feed head incomplete: id %q title %q updated %q author %q", f.ID, f.Title, f.Updated, f.Author.Name)
	}
	hasSelf := false
	for _, l := range f.Links {
		hasSelf = hasSelf || l.Rel == "self"
	}
	if !hasSelf {
		t.Error("feed has no rel=self link")
	}
	ids := map[string]bool{}
	for _, e := range f.Entries {
		if !iri(e.ID) || ids[e.ID] || e.Title == "" || !stamp(e.Updated) || e.Summary == "" {
			t.Errorf("entry incomplete or repeated: %+v", e)
		}
		ids[e.ID] = true
		if e.Published != "" && (!stamp(e.Published) || e.Published > e.Updated) {
			t.Errorf("entry %s: published %s after updated %s", e.ID, e.Published, e.Updated)
		}
		alt := false
		for _, l := range e.Links {
			alt = alt || (l.Rel == "alternate" && strings.HasPrefix(l.Href, "https://"))
		}
		if !alt {
			t.Errorf("entry %s has no absolute alternate link", e.ID)
		}
	}
	return f
}

// TestHandlers serves the fixture's digests and feeds and checks each
// route: the index lists weeks and months, pages render, feeds are Atom.
func TestHandlers(t *testing.T) {
	st := filtertest.Casebook(t)
	mux := http.NewServeMux()
	mux.Handle("GET /digests/", digest.Handler(st, base))
	mux.Handle("GET /feed.atom", digest.FeedHandler(st, base))
	get := func(path string, want int) []byte {
		t.Helper()
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != want {
			t.Fatalf("GET %s: %d, want %d\n%s", path, rec.Code, want, rec.Body.String())
		}
		return rec.Body.Bytes()
	}
	index := string(get("/digests/", 200))
	for _, want := range []string{"/digests/week/2024-05-20", "/digests/month/2024-05", "/digests/month/2023-11", "/digests/feed.atom"} {
		if !strings.Contains(index, want) {
			t.Errorf("index lacks %s", want)
		}
	}
	if !bytes.Contains(get("/digests/week/2024-05-22", 200), []byte("2024-002")) {
		t.Error("week page lacks 2024-002")
	}
	if !bytes.Contains(get("/digests/month/2024-05.md", 200), []byte("# 月間ダイジェスト 2024年5月")) {
		t.Error("month Markdown lacks its title")
	}
	get("/digests/week/yesterday", 404)
	incidents := get("/feed.atom", 200)
	f := checkAtom(t, incidents)
	if len(f.Entries) != 7 {
		t.Errorf("incident feed: %d entries, want 7", len(f.Entries))
	}
	golden.Check(t, "feed.atom.golden", incidents)
	digests := get("/digests/feed.atom", 200)
	f = checkAtom(t, digests)
	if len(f.Entries) != 5 {
		t.Errorf("digest feed: %d entries, want 5 weeks", len(f.Entries))
	}
	golden.Check(t, "digests.atom.golden", digests)
}

// ExampleTitle shows how digests of a week and a month are named.
func ExampleTitle() {
	fmt.Println(digest.Title(filter.PeriodWeek, "2024-12-30", "2025-01-05"))
	fmt.Println(digest.Title(filter.PeriodMonth, "2024-05-01", "2024-05-31"))
	// Output:
	// 週間ダイジェスト 2024年12月30日〜2025年1月5日
	// 月間ダイジェスト 2024年5月
}

// TestFeedsParse reads both feeds back with a feed reader (gofeed), as a
// subscriber would.
func TestFeedsParse(t *testing.T) {
	st := filtertest.Casebook(t)
	for _, tt := range []struct {
		h       http.Handler
		path    string
		entries int
	}{
		{digest.FeedHandler(st, base), "/feed.atom", 7},
		{digest.Handler(st, base), "/digests/feed.atom", 5},
	} {
		rec := httptest.NewRecorder()
		tt.h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/atom+xml") {
			t.Errorf("%s: content type %q", tt.path, ct)
		}
		feed, err := gofeed.NewParser().ParseString(rec.Body.String())
		if err != nil {
			t.Fatalf("%s: %v", tt.path, err)
		}
		if feed.FeedType != "atom" || len(feed.Items) != tt.entries {
			t.Errorf("%s: %s feed with %d items, want atom with %d", tt.path, feed.FeedType, len(feed.Items), tt.entries)
		}
		for _, it := range feed.Items {
			if it.UpdatedParsed == nil || it.Link == "" || it.Description == "" {
				t.Errorf("%s: item %q lacks a date, link or summary", tt.path, it.Title)
			}
		}
	}
}

// countingStore counts the incident listings a handler asks for.
type countingStore struct {
	store.Store
	n int
}

func (c *countingStore) Incidents(ctx context.Context, opt store.ListOptions) ([]model.Incident, error) {
	c.n++
	return c.Store.Incidents(ctx, opt)
}

// TestCache checks responses are reused for CacheTTL (the casebook is not
// read again) and rebuilt without it.
func TestCache(t *testing.T) {
	st := &countingStore{Store: filtertest.Casebook(t)}
	h := digest.Handler(st, base)
	get := func() string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/digests/week/2024-05-20", nil))
		return rec.Body.String()
	}
	first := get()
	reads := st.n
	if reads == 0 {
		t.Fatal("the handler did not read the casebook")
	}
	if get() != first || st.n != reads {
		t.Errorf("a fresh cached page was rebuilt (%d reads, then %d)", reads, st.n)
	}
	old := digest.CacheTTL
	digest.CacheTTL = 0
	defer func() { digest.CacheTTL = old }()
	if get() != first || st.n == reads {
		t.Error("without a TTL the page was not rebuilt")
	}
}
