package search_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jikenbo/jikenbo/internal/ingest"
	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/postgres"
	"github.com/jikenbo/jikenbo/internal/store/storetest"
)

// pgSchemaURL creates an empty schema for one test (pg_trgm installed in
// public, outside it, so that dropping the schema keeps the extension) and
// returns a URL whose connections use it.
func pgSchemaURL(t *testing.T) string {
	t.Helper()
	return storetest.PostgresSchema(t, "SELECT pg_advisory_lock(7071)",
		"CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", "SELECT pg_advisory_unlock(7071)")
}

func openPostgresAt(t *testing.T, dsn string) (store.Store, *search.Index) {
	t.Helper()
	ctx := context.Background()
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ix, err := search.New(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	return st, ix
}

// backends opens an empty store and its index on every database the
// tests can reach: SQLite always, PostgreSQL when JIKENBO_TEST_POSTGRES
// is set.
var backends = []struct {
	name string
	open func(t *testing.T) (store.Store, *search.Index)
}{
	{"sqlite", func(t *testing.T) (store.Store, *search.Index) { return open(t) }},
	{"postgres", func(t *testing.T) (store.Store, *search.Index) { return openPostgresAt(t, pgSchemaURL(t)) }},
}

// ingestNotices runs the fictional notices of testdata/notices through
// the ingest pipeline (with the linker) and rebuilds the index.
func ingestNotices(t *testing.T, st store.Store, ix *search.Index) {
	t.Helper()
	ctx := context.Background()
	files, err := filepath.Glob("testdata/notices/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	p := ingest.New(st, ingest.Options{Linker: link.NewLinker(st, link.LinkerOptions{AutoMerge: true})})
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		stats, err := p.IngestBytes(ctx, raw, "fixture:"+filepath.Base(f), filepath.Base(f), "text/plain")
		if err != nil || stats.Refused > 0 {
			t.Fatalf("ingest %s: %v %v", f, err, stats.Errors)
		}
	}
	if err := ix.ReindexAll(ctx); err != nil {
		t.Fatal(err)
	}
}

// orgKeys names the fixtures' organizations by a part of their names.
var orgKeys = []string{"みなみ川", "北浜", "さくら台", "東浦"}

func keysOf(t *testing.T, hits []search.Hit) []string {
	t.Helper()
	var out []string
	for _, h := range hits {
		k := "?" + h.Organization
		for _, o := range orgKeys {
			if strings.Contains(h.Organization, o) {
				k = o
			}
		}
		out = append(out, k)
	}
	return out
}

// TestIngestedSearch runs the same searches over ingested notices on each
// database: substring search inside longer runs, 1- and 2-rune words,
// width folding, exclusions, filters and facet counts.
func TestIngestedSearch(t *testing.T) {
	const a, b, c, d = "みなみ川", "北浜", "さくら台", "東浦"
	tests := []struct {
		q    string
		want []string // newest first
	}{
		{"不正アクセス被害", []string{a}},     // inside 第三者による不正アクセス被害を受け
		{"による不正アク", []string{a}},      // across word boundaries
		{"業務データ", []string{b}},        // inside 市の業務データが暗号化
		{"市", []string{b}},            // one rune
		{"町", []string{d}},            // one rune
		{"紛失", []string{c}},           // two runes
		{"謝罪", []string{d}},           // two runes
		{"ＮＴＴ", []string{b}},          // width folding
		{"ntt", []string{b}},          // case folding
		{"ｎｔｔほくと", []string{b}},       // width and case in a long word
		{"vpn装置", []string{a}},        // ＶＰＮ装置 in the text
		{"メールアドレス", []string{d, a}},   //
		{"メールアドレス -誤送信", []string{a}}, // exclusion of a long word
		{"メールアドレス -町", []string{a}},   // exclusion of a one-rune word
		{"個人情報保護委員会 -usb", []string{a}},
		{`"送信先をBCCにすべき"`, []string{d}}, // phrase
		{"year:2024", []string{d, a}},
		{"メール year:2024", []string{d, a}},
		{"year:2023 year:2025", []string{c, b}},
		{"org:浦", []string{d}},
		{"-org:浦 year:2024", []string{a}},
		{"個人情報 -year:2025", []string{a, b}}, // 市民の個人情報 in b
		{"存在しない語句", nil},
		{"", []string{c, d, a, b}},
	}
	wantFacets := map[string]map[string]int{
		"":          {"year:2023": 1, "year:2024": 2, "year:2025": 1, "month:2024-05": 1},
		"個人情報保護委員会": {"year:2024": 1, "year:2025": 1},
		"メールアドレス":   {"year:2024": 2, "month:2024-08": 1, "month:2024-05": 1},
	}
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			st, ix := be.open(t)
			ingestNotices(t, st, ix)
			ctx := context.Background()
			for _, tt := range tests {
				t.Run(tt.q, func(t *testing.T) {
					res, err := ix.Search(ctx, search.Request{Query: search.Parse(tt.q), Facets: true})
					if err != nil {
						t.Fatal(err)
					}
					if got := keysOf(t, res.Hits); !slices.Equal(got, tt.want) || res.Total != len(tt.want) || res.TotalApprox {
						t.Errorf("Search(%q) = %q (total %d), want %q", tt.q, got, res.Total, tt.want)
					}
					want, ok := wantFacets[tt.q]
					if !ok {
						return
					}
					got := map[string]int{}
					for _, f := range res.Facets {
						for _, v := range f.Values {
							got[f.Name+":"+v.Value] = v.Count
						}
					}
					for k, n := range want {
						if got[k] != n {
							t.Errorf("facet %s = %d, want %d (all %v)", k, got[k], n, got)
						}
					}
				})
			}
			res, err := ix.Search(ctx, search.Request{Query: search.Parse("ＮＴＴ"), Sort: search.SortRelevance})
			if err != nil || len(res.Hits) != 1 {
				t.Fatalf("relevance: %v %+v", err, res)
			}
			marked := ""
			for _, f := range res.Hits[0].Snippet {
				if f.Mark {
					marked += f.Text
				}
			}
			if marked != "ＮＴＴ" {
				t.Errorf("snippet marks %q, want the original ＮＴＴ", marked)
			}
			s, err := ix.Stats(ctx)
			if err != nil || s.Incidents != 4 || s.IncidentsPerYear["2024"] != 2 {
				t.Errorf("stats = %+v, %v", s, err)
			}
		})
	}
}

// TestPostgresMatchesSQLite indexes the same incidents in both databases
// and checks that every query finds the same incidents, in the same order
// for date and affected sorts, with the same totals and facet counts.
func TestPostgresMatchesSQLite(t *testing.T) {
	pst, pix := openPostgresAt(t, pgSchemaURL(t))
	sst, six := open(t)
	fill(t, sst, six, notices)
	fill(t, pst, pix, notices)
	ctx := context.Background()
	queries := []string{
		"不正アクセス", "第三者", "市", "紛失", "ntt", "ＮＴＴ", "vpn機器", "メールアドレス", "アド", "メール -誤送信",
		`"別の宛先"`, "type:ransomware", "type:ランサムウェア", "sector:自治体", "org:市 year:2024", "year:2024 -type:loss_theft",
		"leak:confirmed data:email", "size:10000+", "type:ransomware type:misdelivery", "存在しない語句", "不正アクセス year:2024",
		"month:2024-07", "year:2023 year:2025", "メール year:2025", "不正アクセス 市", "紛失 -市民", "市 -ＵＳＢ", "市 -役所 -アドレス",
		"メール 件 -誤", "メール 件", "", "ｶﾞ", "ﾒｰﾙｱﾄﾞﾚｽ", "a.", "-市", "vendor:なし", "-sector:自治体", "<script>",
	}
	for _, q := range queries {
		for _, sort := range []string{search.SortDate, search.SortAffected, search.SortRelevance} {
			t.Run(q+"/"+sort, func(t *testing.T) {
				req := search.Request{Query: search.Parse(q), Sort: sort, Facets: true}
				want, err := six.Search(ctx, req)
				if err != nil {
					t.Fatal(err)
				}
				got, err := pix.Search(ctx, req)
				if err != nil {
					t.Fatal(err)
				}
				g, w := orgs(got.Hits), orgs(want.Hits)
				if sort == search.SortRelevance {
					slices.Sort(g)
					slices.Sort(w)
				}
				if !slices.Equal(g, w) || got.Total != want.Total || got.Sort != want.Sort {
					t.Errorf("postgres %q (total %d, %s), sqlite %q (total %d, %s)", g, got.Total, got.Sort, w, want.Total, want.Sort)
				}
				if gf, wf := facetMap(got.Facets), facetMap(want.Facets); !mapsEqual(gf, wf) {
					t.Errorf("facets: postgres %v, sqlite %v", gf, wf)
				}
			})
		}
	}
	for _, id := range []int64{1, 3} {
		w, err1 := six.Related(ctx, id, 10)
		g, err2 := pix.Related(ctx, id, 10)
		if err1 != nil || err2 != nil || !slices.Equal(orgs(g), orgs(w)) {
			t.Errorf("Related(%d): postgres %q %v, sqlite %q %v", id, orgs(g), err2, orgs(w), err1)
		}
	}
}

func orgs(hs []search.Hit) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.Organization+" "+h.First)
	}
	return out
}

func facetMap(fs []search.Facet) map[string]int {
	m := map[string]int{}
	for _, f := range fs {
		for _, v := range f.Values {
			m[f.Name+":"+v.Value] = v.Count
		}
	}
	return m
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestPostgresSharedByProcesses opens the index twice on one database at
// once (as two serve processes do): both create their tables without
// racing, and a write through one is seen by the other's cached counts.
func TestPostgresSharedByProcesses(t *testing.T) {
	dsn := pgSchemaURL(t)
	ctx := context.Background()
	// The store migrates first, then two indexes start together.
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var wg sync.WaitGroup
	ixs := make([]*search.Index, 2)
	stores := make([]store.Store, 2)
	errs := make([]error, 2)
	for i := range ixs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if stores[i], errs[i] = postgres.Open(ctx, dsn); errs[i] == nil {
				ixs[i], errs[i] = search.New(ctx, stores[i])
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("index %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	if n, err := ixs[1].Count(ctx); err != nil || n != 0 {
		t.Fatalf("count before = %d, %v", n, err)
	}
	fill(t, stores[0], ixs[0], notices)
	if n, err := ixs[1].Count(ctx); err != nil || n != len(notices) {
		t.Errorf("the other index counts %d (%v), want %d", n, err, len(notices))
	}
	res, err := ixs[1].Search(ctx, search.Request{Query: search.Parse("ＮＴＴ")})
	if err != nil || res.Total != 1 {
		t.Errorf("the other index finds %+v, %v", res, err)
	}
}
