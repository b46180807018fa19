package gen_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/gen"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/sqlite"
)

// TestGenerate fills a casebook and reads it back through the store and
// the index.
func TestGenerate(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "gen.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ix, err := search.New(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	res, err := gen.Generate(ctx, st, ix, gen.Options{Reports: 500, Seed: 1, BatchSize: 64})
	if err != nil {
		t.Fatal(err)
	}
	if res.Reports < 500 || res.Reports > 503 || res.Incidents < 200 {
		t.Fatalf("result %+v", res)
	}
	// A second run continues the numbering.
	res2, err := gen.Generate(ctx, st, ix, gen.Options{Reports: 50, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	incs, err := st.Incidents(ctx, store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(incs) != res.Incidents+res2.Incidents {
		t.Fatalf("store has %d incidents, generated %d", len(incs), res.Incidents+res2.Incidents)
	}
	reps, err := st.IncidentReports(ctx, incs[0].ID)
	if err != nil || len(reps) == 0 {
		t.Fatalf("reports of %s: %v", incs[0].Number, err)
	}
	for _, r := range reps {
		doc, err := st.Document(ctx, r.DocumentID)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range r.Facts.Evidence {
			quote := doc.Text[e.Span.Start:e.Span.End]
			if e.Field == "organization" && quote != r.Facts.Organization {
				t.Errorf("organization evidence %q, want %q", quote, r.Facts.Organization)
			}
		}
	}
	sr, err := ix.Search(ctx, search.Request{Query: search.Parse("不正アクセス"), Facets: true})
	if err != nil || sr.Total == 0 {
		t.Fatalf("search: %v %+v", err, sr)
	}
	marked := false
	for _, f := range sr.Hits[0].Snippet {
		marked = marked || f.Mark && strings.Contains(f.Text, "不正アクセス")
	}
	if !marked {
		t.Errorf("snippet %+v has no mark", sr.Hits[0].Snippet)
	}
	stats, err := ix.Stats(ctx)
	if err != nil || stats.Incidents != len(incs) || len(stats.Years) < 5 {
		t.Fatalf("stats %v %+v", err, stats)
	}
}

// BenchmarkNext measures generation without the database.
func BenchmarkNext(b *testing.B) {
	g := gen.NewGenerator(1)
	for b.Loop() {
		g.Next()
	}
}
