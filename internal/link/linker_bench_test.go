package link_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/postgres"
	"github.com/jikenbo/jikenbo/internal/store/sqlite"
	"github.com/jikenbo/jikenbo/internal/store/storetest"
)

// linkerBenchBase is how many reports the casebook of the Linker
// benchmarks holds before the measured calls.
const linkerBenchBase = 300

// benchLinker measures one Linker.Link call of one new report on a
// casebook of linkerBenchBase linked reports, as an ingest of one process
// alone does it: the store round trips (incident, assignment, key) and the
// cost of staying consistent with other processes. Archiving the report
// is not measured.
func benchLinker(b *testing.B, st store.Store) {
	items, _ := synthCorpus(linkerBenchBase+20_000, 5)
	l := link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
	for i := range linkerBenchBase {
		r := storeFixture(b, st, items[i])
		if _, err := l.Link(b.Context(), []model.Report{r}, retrieved); err != nil {
			b.Fatal(err)
		}
	}
	probe := items[linkerBenchBase:]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		it := probe[i%len(probe)]
		it.Doc = fmt.Sprintf("probe-%d", i)
		r := storeFixture(b, st, it)
		b.StartTimer()
		if _, err := l.Link(b.Context(), []model.Report{r}, retrieved); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLinkerLinkOneSQLite runs benchLinker on a SQLite file.
func BenchmarkLinkerLinkOneSQLite(b *testing.B) {
	st, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "casebook.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	benchLinker(b, st)
}

// BenchmarkLinkerLinkOnePostgres runs benchLinker on PostgreSQL (skipped
// unless JIKENBO_TEST_POSTGRES is set).
func BenchmarkLinkerLinkOnePostgres(b *testing.B) {
	st, err := postgres.Open(b.Context(), storetest.PostgresSchema(b))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	benchLinker(b, st)
}
