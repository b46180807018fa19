package link_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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
	l := link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
	probe := linkerBenchCasebook(b, l, st)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		r := storeFixture(b, st, probeItem(probe, i))
		b.StartTimer()
		if _, err := l.Link(b.Context(), []model.Report{r}, retrieved); err != nil {
			b.Fatal(err)
		}
	}
}

// linkerBenchCasebook links linkerBenchBase synthetic reports into st
// through l and returns the items left for the measured calls.
func linkerBenchCasebook(b *testing.B, l *link.Linker, st store.Store) []link.Item {
	items, _ := synthCorpus(linkerBenchBase+20_000, 5)
	for i := range linkerBenchBase {
		if _, err := l.Link(b.Context(), []model.Report{storeFixture(b, st, items[i])}, retrieved); err != nil {
			b.Fatal(err)
		}
	}
	return items[linkerBenchBase:]
}

// probeItem returns the i-th measured item, in a document of its own.
func probeItem(probe []link.Item, i int) link.Item {
	it := probe[i%len(probe)]
	it.Doc = fmt.Sprintf("probe-%d", i)
	return it
}

// BenchmarkLinkerLinkOneSQLite runs benchLinker on a SQLite file.
func BenchmarkLinkerLinkOneSQLite(b *testing.B) {
	onSQLite(b, benchLinker)
}

// BenchmarkLinkerLinkOnePostgres runs benchLinker on PostgreSQL (skipped
// unless JIKENBO_TEST_POSTGRES is set).
func BenchmarkLinkerLinkOnePostgres(b *testing.B) {
	onPostgres(b, benchLinker)
}

// loadBenchSize is the number of linked reports BenchmarkLinkerLoad
// reloads; LINK_LOAD_N overrides it.
var loadBenchSize = func() int {
	if n, err := strconv.Atoi(os.Getenv("LINK_LOAD_N")); err == nil && n > 0 {
		return n
	}
	return 5000
}()

// BenchmarkLinkerLoad measures a full reload of a Linker's index from a
// SQLite casebook of loadBenchSize linked reports: what a Linker pays
// before linking when another process changed the casebook.
func BenchmarkLinkerLoad(b *testing.B) {
	st, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "casebook.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	items, _ := synthCorpus(loadBenchSize, 9)
	var text strings.Builder
	reps := make([]model.Report, len(items))
	for i, it := range items {
		start := text.Len()
		text.WriteString(it.Text)
		reps[i] = model.Report{Seq: i, Span: model.Span{Start: start, End: text.Len()}, Text: it.Text, Facts: it.Facts}
		text.WriteString("\n")
	}
	doc := &model.Document{Source: "bench", Name: "bench", RetrievedAt: retrieved, Raw: []byte(text.String()), Text: text.String()}
	id, _, err := st.PutDocument(b.Context(), doc)
	if err != nil {
		b.Fatal(err)
	}
	if err := st.SaveReports(b.Context(), id, reps); err != nil {
		b.Fatal(err)
	}
	l := link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
	if _, err := l.Link(b.Context(), reps, retrieved); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := l.Load(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
}

// benchOverhead measures a Link call without reports on a casebook no
// other process writes to: what staying consistent with other processes
// costs each Link call (the linking lock and one generation read).
func benchOverhead(b *testing.B, st store.Store) {
	items, _ := synthCorpus(50, 5)
	l := link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
	for _, it := range items {
		if _, err := l.Link(b.Context(), []model.Report{storeFixture(b, st, it)}, retrieved); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if _, err := l.Link(b.Context(), nil, retrieved); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLinkerOverheadSQLite runs benchOverhead on a SQLite file.
func BenchmarkLinkerOverheadSQLite(b *testing.B) {
	onSQLite(b, benchOverhead)
}

// BenchmarkLinkerOverheadPostgres runs benchOverhead on PostgreSQL
// (skipped unless JIKENBO_TEST_POSTGRES is set).
func BenchmarkLinkerOverheadPostgres(b *testing.B) {
	onPostgres(b, benchOverhead)
}

// BenchmarkLinkerCatchUp measures what a Linker pays when another process
// linked one report since its last call (a Link call without reports on a
// SQLite casebook of linkerBenchBase reports): reading and applying the
// logged changes, against BenchmarkLinkerLoad's full reload.
func BenchmarkLinkerCatchUp(b *testing.B) {
	path := filepath.Join(b.TempDir(), "casebook.db")
	var stores [2]store.Store
	for i := range stores {
		st, err := sqlite.Open(b.Context(), path)
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		stores[i] = st
	}
	me := link.NewLinker(stores[0], link.LinkerOptions{AutoMerge: true})
	other := link.NewLinker(stores[1], link.LinkerOptions{AutoMerge: true})
	probe := linkerBenchCasebook(b, me, stores[0])
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if _, err := other.Link(b.Context(), []model.Report{storeFixture(b, stores[1], probeItem(probe, i))}, retrieved); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := me.Link(b.Context(), nil, retrieved); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if n := link.Loads(me); n != 1 {
		b.Fatalf("the index was loaded %d times; want once", n)
	}
}

// onSQLite runs bench on a fresh SQLite casebook.
func onSQLite(b *testing.B, bench func(*testing.B, store.Store)) {
	st, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "casebook.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	bench(b, st)
}

// onPostgres runs bench on a fresh PostgreSQL schema (skipped unless
// JIKENBO_TEST_POSTGRES is set).
func onPostgres(b *testing.B, bench func(*testing.B, store.Store)) {
	st, err := postgres.Open(b.Context(), storetest.PostgresSchema(b))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	bench(b, st)
}
