package link_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/postgres"
	"github.com/jikenbo/jikenbo/internal/store/sqlite"
	"github.com/jikenbo/jikenbo/internal/store/storetest"
)

// casebook makes a fresh database and returns how to open it; each call
// of the opener is an independent Store (its own connection pool), as
// another jikenbo process would have.
type casebook func(t *testing.T) func(t *testing.T) store.Store

func sqliteCasebook(t *testing.T) func(t *testing.T) store.Store {
	path := filepath.Join(t.TempDir(), "casebook.db")
	return func(t *testing.T) store.Store {
		st, err := sqlite.Open(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
}

func postgresCasebook(t *testing.T) func(t *testing.T) store.Store {
	dsn := storetest.PostgresSchema(t)
	return func(t *testing.T) store.Store {
		st, err := postgres.Open(t.Context(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
}

// casebooks are the databases the shared-casebook tests run on; PostgreSQL
// skips unless JIKENBO_TEST_POSTGRES is set.
var casebooks = []struct {
	name string
	db   casebook
}{
	{"sqlite", sqliteCasebook},
	{"postgres", postgresCasebook},
}

// storeItem archives it as its own document with one report, like
// storeFixture, returning errors instead of failing (for goroutines).
func storeItem(ctx context.Context, st store.Store, it link.Item) (model.Report, error) {
	body := it.Text + "\n\n(" + it.Doc + ")"
	doc := &model.Document{Source: it.Doc, Name: it.Doc, MediaType: "text/plain", Encoding: "utf-8",
		RetrievedAt: retrieved, Raw: []byte(body), Text: body}
	id, _, err := st.PutDocument(ctx, doc)
	if err != nil {
		return model.Report{}, err
	}
	reps := []model.Report{{Seq: 0, Span: model.Span{Start: 0, End: len(it.Text)}, Text: it.Text, Facts: it.Facts}}
	if err := st.SaveReports(ctx, id, reps); err != nil {
		return model.Report{}, err
	}
	reps[0].Text = it.Text
	return reps[0], nil
}

// linkAll stores and links items through one Linker per store, item i
// through stores[i%len(stores)], each Linker in its own goroutine, all
// started together, one report per Link call. It returns the report of
// each item and the Linkers.
func linkAll(t *testing.T, stores []store.Store, items []link.Item) ([]model.Report, []*link.Linker) {
	t.Helper()
	reports := make([]model.Report, len(items))
	start := make(chan struct{})
	errs := make(chan error, len(stores))
	var wg sync.WaitGroup
	var linkers []*link.Linker
	for g, st := range stores {
		l := link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
		linkers = append(linkers, l)
		wg.Go(func() {
			<-start
			for i := g; i < len(items); i += len(stores) {
				r, err := storeItem(t.Context(), st, items[i])
				if err == nil {
					var res []link.Result
					res, err = l.Link(t.Context(), []model.Report{r}, retrieved)
					if err == nil && (len(res) != 1 || res[0].IncidentID == 0) {
						err = fmt.Errorf("item %d: results %+v", i, res)
					}
				}
				if err != nil {
					errs <- fmt.Errorf("linker %d: %w", g, err)
					return
				}
				reports[i] = r
			}
		})
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	return reports, linkers
}

// checkCaughtUp brings l up to date (a Link call without reports) and
// compares what it holds with a Linker freshly loaded from st.
func checkCaughtUp(t *testing.T, l *link.Linker, st store.Store) {
	t.Helper()
	if _, err := l.Link(t.Context(), nil, retrieved); err != nil {
		t.Fatal(err)
	}
	fresh := link.NewLinker(st, link.LinkerOptions{})
	if err := fresh.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got, want := link.LinkerState(l), link.LinkerState(fresh); got != want {
		t.Fatalf("Linker kept up to date holds\n%s\nfreshly loaded\n%s", got, want)
	}
}

// incidentsOf returns the current incident of each report and the number
// of incidents of the casebook (merged ones not counted).
func incidentsOf(t *testing.T, st store.Store, reports []model.Report) ([]int, int) {
	t.Helper()
	got := make([]int, len(reports))
	for i, r := range reports {
		got[i] = int(incidentOf(t, st, r.ID))
		if got[i] == 0 {
			t.Fatalf("report %d (item %d) is linked to no incident", r.ID, i)
		}
	}
	incs, err := st.Incidents(t.Context(), store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return got, len(incs)
}

// TestLinkersShareCasebook links the fixtures and a synthetic corpus of
// originals, follow-ups and news items into one casebook from two Store
// instances, each with its own Linker, at the same time, with the reports
// of each incident spread over both: the incidents must be those one
// linker alone makes, every one once.
func TestLinkersShareCasebook(t *testing.T) {
	fs, fixtures := loadFixtures(t)
	synth, _ := synthCorpus(240, 11)
	items := append(append([]link.Item{}, fixtures...), synth...)
	ids := make([]string, len(items))
	gold := make([]int, len(fs))
	label := map[string]int{}
	for i := range items {
		ids[i] = items[i].Doc
		if i < len(fs) {
			if _, ok := label[fs[i].Incident]; !ok {
				label[fs[i].Incident] = len(label)
			}
			gold[i] = label[fs[i].Incident]
		}
	}
	for _, cb := range casebooks {
		t.Run(cb.name, func(t *testing.T) {
			open := cb.db(t)
			alone := open(t)
			reports, _ := linkAll(t, []store.Store{alone}, items)
			want, wantN := incidentsOf(t, alone, reports)
			if g, w := partition(ids[:len(fs)], want[:len(fs)]), partition(ids[:len(fs)], gold); g != w {
				t.Fatalf("one linker: fixture partition\n got  %s\n want %s", g, w)
			}
			for round := range 2 {
				open := cb.db(t)
				a, b := open(t), open(t)
				reports, linkers := linkAll(t, []store.Store{a, b}, items)
				got, gotN := incidentsOf(t, a, reports)
				if g, w := partition(ids, got), partition(ids, want); g != w {
					t.Fatalf("round %d: two linkers\n got  %s\n want %s", round, g, w)
				}
				if gotN != wantN {
					t.Fatalf("round %d: %d incidents, want %d", round, gotN, wantN)
				}
				for i, l := range linkers {
					// Other processes' links and merges are applied
					// change by change: one load, at the start.
					if n := link.Loads(l); n != 1 {
						t.Errorf("round %d: linker %d loaded its index %d times; want once", round, i, n)
					}
					checkCaughtUp(t, l, a)
				}
			}
		})
	}
}

// TestLinkerSeesOtherProcess checks that a Linker that already loaded its
// index honours an analyst's keep-out, merge and split made through another
// Store instance (another process) without being recreated: keep-outs and
// merges are applied in place, a split (a report moved out of its
// incident) reloads the index.
func TestLinkerSeesOtherProcess(t *testing.T) {
	fs, items := loadFixtures(t)
	byID := map[string]link.Item{}
	for i, f := range fs {
		byID[f.ID] = items[i]
	}
	for _, cb := range casebooks {
		t.Run(cb.name, func(t *testing.T) {
			ctx := t.Context()
			open := cb.db(t)
			st, analyst := open(t), open(t)
			l := link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
			linkOne := func(id string) link.Result {
				t.Helper()
				r := storeFixture(t, st, byID[id])
				res, err := l.Link(ctx, []model.Report{r}, retrieved)
				if err != nil || len(res) != 1 {
					t.Fatalf("link %s: %v %+v", id, err, res)
				}
				return res[0]
			}
			news := linkOne("minamoto-news")
			final := linkOne("minamoto-final")
			if news.IncidentID == final.IncidentID {
				t.Fatal("news and final report linked directly; the test needs them apart")
			}
			// The analyst keeps the news item out of the final report's
			// incident: the bridging report may no longer merge them.
			audit := store.Audit{At: time.Now(), Who: "analyst", Action: "keep-out", Why: "test"}
			if err := analyst.SetOverride(ctx, store.Override{ReportID: news.ReportID, IncidentID: final.IncidentID}, audit); err != nil {
				t.Fatal(err)
			}
			if bridge := linkOne("minamoto-2"); len(bridge.Merged) != 0 {
				t.Fatalf("bridging report merged %v despite the other process's keep-out: %+v", bridge.Merged, bridge)
			}
			checkCaughtUp(t, l, st)
			// The analyst merges the Kitahama mail incident into the
			// defacement's: a later report of the mail incident joins the
			// surviving incident.
			phish := linkOne("kitahama-notice")
			deface := linkOne("aozora-defacement")
			if phish.IncidentID == deface.IncidentID {
				t.Fatal("unrelated fixtures linked; the test needs them apart")
			}
			audit.Action = "merge"
			if err := analyst.MergeIncidents(ctx, deface.IncidentID, phish.IncidentID, audit); err != nil {
				t.Fatal(err)
			}
			if res := linkOne("kitahama-news"); res.IncidentID != deface.IncidentID {
				t.Errorf("follow-up of a merged incident went to %d, want the surviving %d: %+v", res.IncidentID, deface.IncidentID, res)
			}
			checkCaughtUp(t, l, st)
			if n := link.Loads(l); n != 1 {
				t.Errorf("index loaded %d times before the split; want once (changes applied in place)", n)
			}

			// The analyst splits the news item off into an incident of
			// its own and keeps it out of the old one, as 'link split'
			// does: the Linker reloads its index.
			inc, err := analyst.CreateIncident(ctx, 2025, "")
			if err != nil {
				t.Fatal(err)
			}
			if err := analyst.AssignReport(ctx, news.ReportID, inc.ID); err != nil {
				t.Fatal(err)
			}
			audit.Action = "split"
			if err := analyst.SetOverride(ctx, store.Override{ReportID: news.ReportID, IncidentID: inc.ID, Pin: true}, audit); err != nil {
				t.Fatal(err)
			}
			checkCaughtUp(t, l, st)
			if n := link.Loads(l); n != 2 {
				t.Errorf("index loaded %d times after the split; want twice", n)
			}
			// The analyst then moves it into another incident the Linker
			// knows: another reload.
			if err := analyst.AssignReport(ctx, news.ReportID, deface.IncidentID); err != nil {
				t.Fatal(err)
			}
			checkCaughtUp(t, l, st)
			if n := link.Loads(l); n != 3 {
				t.Errorf("index loaded %d times after the move; want three times", n)
			}
			// Unlinked, then linked again: its stored key comes back with
			// it (two more reloads).
			for _, inc := range []int64{0, final.IncidentID} {
				if err := analyst.AssignReport(ctx, news.ReportID, inc); err != nil {
					t.Fatal(err)
				}
				checkCaughtUp(t, l, st)
			}
			if n := link.Loads(l); n != 5 {
				t.Errorf("index loaded %d times after unlinking and linking again; want five times", n)
			}
		})
	}
}
