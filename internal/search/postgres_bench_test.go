package search_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/gen"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/search/searchbench"
)

// TestPostgresLatency measures the PostgreSQL index on generated
// incidents (JIKENBO_SEARCH_PGBENCH=number of incidents, with
// JIKENBO_TEST_POSTGRES): latency of the searchbench queries and recall
// against a substring count over the same folded text. It is a
// measurement, not a check of speed; only recall must be 1.
func TestPostgresLatency(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("JIKENBO_SEARCH_PGBENCH"))
	if n <= 0 {
		t.Skip("JIKENBO_SEARCH_PGBENCH not set: PostgreSQL latency measurement skipped")
	}
	st, ix := openPostgresAt(t, pgSchemaURL(t))
	ctx := context.Background()
	g := gen.NewGenerator(1)
	var texts []string
	var docs []search.Doc
	reports := 0
	t0 := time.Now()
	for i := 1; i <= n; i++ {
		inc := g.Next()
		var rs []model.Report
		for _, nt := range inc.Notices {
			rs = append(rs, model.Report{Text: nt.Text, Facts: nt.Facts})
		}
		reports += len(rs)
		d := search.BuildDoc(&model.Incident{ID: int64(i), Number: fmt.Sprintf("%d-%d", inc.Year, i), Organization: inc.Organization}, rs)
		docs = append(docs, d)
		texts = append(texts, search.Fold(search.IndexedText(&d)))
		if len(docs) == 1000 || i == n {
			if err := ix.Put(ctx, docs); err != nil {
				t.Fatal(err)
			}
			docs = docs[:0]
		}
	}
	t.Logf("indexed %d incidents (%d reports) in %v", n, reports, time.Since(t0).Round(time.Millisecond))
	if os.Getenv("JIKENBO_SEARCH_PGBENCH_ANALYZE") != "" {
		if _, err := st.(interface{ DB() *sql.DB }).DB().ExecContext(ctx, "ANALYZE"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ix.Search(ctx, search.Request{Facets: true}); err != nil {
		t.Fatal(err)
	}
	for _, sort := range []string{search.SortDate, search.SortRelevance} {
		var all, withFacets []time.Duration
		for _, q := range searchbench.Queries {
			for run := 0; run <= 3; run++ {
				t0 := time.Now()
				if _, err := ix.Search(ctx, search.Request{Query: search.Parse(q), Sort: sort}); err != nil {
					t.Fatal(err)
				}
				if d := time.Since(t0); run > 0 {
					all = append(all, d)
					if run == 1 && d > 50*time.Millisecond {
						t.Logf("slow %s %q: %v", sort, q, d)
					}
				}
			}
			t0 := time.Now()
			if _, err := ix.Search(ctx, search.Request{Query: search.Parse(q), Sort: sort, Facets: true}); err != nil {
				t.Fatal(err)
			}
			withFacets = append(withFacets, time.Since(t0))
		}
		t.Logf("%s: p50 %v p90 %v p99 %v max %v; with facets p50 %v p99 %v", sort,
			pct(all, .5), pct(all, .9), pct(all, .99), pct(all, 1), pct(withFacets, .5), pct(withFacets, .99))
	}
	// Recall: exact totals against a substring count.
	oldMax := search.ExactCountMax
	search.ExactCountMax = 1 << 40
	defer func() { search.ExactCountMax = oldMax }()
	checked := 0
	for _, q := range searchbench.Queries {
		pq := search.Parse(q)
		if len(pq.Filters) > 0 || len(pq.Positive()) == 0 {
			continue
		}
		res, err := ix.Search(ctx, search.Request{Query: pq, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, text := range texts {
			if matchesAll(text, pq) {
				want++
			}
		}
		checked++
		if res.Total != want || res.TotalApprox {
			t.Errorf("%q: total %d (approx %v), substring count %d", q, res.Total, res.TotalApprox, want)
		}
	}
	t.Logf("recall checked on %d queries", checked)
}

// matchesAll is the reference: every positive term a substring of text
// and no negative one. Short terms are compared by their word runes, as
// the index does.
func matchesAll(text string, q search.Query) bool {
	for _, tm := range q.Terms {
		f := strings.TrimSpace(search.Fold(tm.Text))
		if f == "" {
			continue
		}
		if strings.Contains(text, f) == tm.Neg {
			return false
		}
	}
	return true
}

func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(int(float64(len(s)-1)*p+0.5), len(s)-1)].Round(10 * time.Microsecond)
}
