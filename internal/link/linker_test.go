package link_test

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/sqlite"
)

func openStore(t *testing.T) (store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "casebook.db")
	st, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

var retrieved = time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)

// storeFixture archives one fixture as its own document with one report
// and returns the stored report (ID set, Text filled).
func storeFixture(t testing.TB, st store.Store, it link.Item) model.Report {
	t.Helper()
	ctx := t.Context()
	// The document ends with its name so that repeated texts stay distinct
	// documents; the report spans the text only.
	body := it.Text + "\n\n(" + it.Doc + ")"
	doc := &model.Document{Source: it.Doc, Name: it.Doc, MediaType: "text/plain", Encoding: "utf-8",
		RetrievedAt: retrieved, Raw: []byte(body), Text: body}
	id, _, err := st.PutDocument(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	reps := []model.Report{{Seq: 0, Span: model.Span{Start: 0, End: len(it.Text)}, Text: it.Text, Facts: it.Facts}}
	if err := st.SaveReports(ctx, id, reps); err != nil {
		t.Fatal(err)
	}
	reps[0].Text = it.Text
	return reps[0]
}

func incidentOf(t *testing.T, st store.Store, reportID int64) int64 {
	t.Helper()
	r, err := st.Report(t.Context(), reportID)
	if err != nil {
		t.Fatal(err)
	}
	return r.IncidentID
}

// TestLinkerFixtures links every fixture through a SQLite store, one
// report per call, and checks the partition and the casebook numbers.
func TestLinkerFixtures(t *testing.T) {
	fs, items := loadFixtures(t)
	st, _ := openStore(t)
	l := link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
	ids := make([]string, len(fs))
	want := make([]int, len(fs))
	label := map[string]int{}
	var reports []model.Report
	for i, f := range fs {
		ids[i] = f.ID
		if _, ok := label[f.Incident]; !ok {
			label[f.Incident] = len(label)
		}
		want[i] = label[f.Incident]
		r := storeFixture(t, st, items[i])
		res, err := l.Link(t.Context(), []model.Report{r}, retrieved)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 1 || res[0].IncidentID == 0 || res[0].Reason == "" {
			t.Fatalf("%s: result %+v", f.ID, res)
		}
		reports = append(reports, r)
	}
	got := make([]int, len(reports))
	for i, r := range reports {
		got[i] = int(incidentOf(t, st, r.ID))
	}
	if g, w := partition(ids, got), partition(ids, want); g != w {
		t.Fatalf("partition\n got  %s\n want %s", g, w)
	}
	vendorInc := incidentOf(t, st, reports[slices.Index(ids, "nishiura-vendor")].ID)
	if orgs, _ := l.Organizations(vendorInc); len(orgs) != 4 {
		t.Errorf("vendor incident organizations %q, want the vendor and three towns", orgs)
	}
	incs, err := st.Incidents(t.Context(), store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(incs) != len(label) {
		t.Errorf("%d incidents, want %d", len(incs), len(label))
	}
	for _, inc := range incs {
		if inc.Number[:5] != "2025-" {
			t.Errorf("incident %s of %q: want a 2025 number (published dates are 2025)", inc.Number, inc.Organization)
		}
	}
}

// TestLinkerRestartAndOverrides checks that a new Linker rebuilds its index
// from stored keys alone, that pins and keep-outs are honoured, and that a
// report bridging two incidents merges them (keeping the older).
func TestLinkerRestartAndOverrides(t *testing.T) {
	fs, items := loadFixtures(t)
	byID := map[string]link.Item{}
	for i, f := range fs {
		byID[f.ID] = items[i]
	}
	ctx := t.Context()
	st, _ := openStore(t)
	linkOne := func(l *link.Linker, r model.Report) link.Result {
		t.Helper()
		res, err := l.Link(ctx, []model.Report{r}, retrieved)
		if err != nil || len(res) != 1 {
			t.Fatalf("link %d: %v %+v", r.ID, err, res)
		}
		return res[0]
	}

	first := link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
	news := linkOne(first, storeFixture(t, st, byID["minamoto-news"]))
	final := linkOne(first, storeFixture(t, st, byID["minamoto-final"]))
	kita := linkOne(first, storeFixture(t, st, byID["kitahama-notice"]))
	if news.IncidentID == final.IncidentID || !news.New || !final.New {
		t.Fatalf("news and final report should open two incidents: %+v %+v", news, final)
	}

	// A fresh process: the index comes back from the link keys alone.
	second := link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
	bridge := linkOne(second, storeFixture(t, st, byID["minamoto-2"]))
	if bridge.New || !slices.Equal(bridge.Merged, []int64{final.IncidentID}) || bridge.IncidentID != news.IncidentID {
		t.Fatalf("second report: %+v, want it in %d with %d merged into it", bridge, news.IncidentID, final.IncidentID)
	}
	if got := incidentOf(t, st, final.ReportID); got != news.IncidentID {
		t.Errorf("final report is in incident %d after the merge, want %d", got, news.IncidentID)
	}
	if _, canonical, err := st.ResolveIncident(ctx, final.Number); err != nil || canonical {
		t.Errorf("merged number %s: canonical=%v err=%v, want an alias", final.Number, canonical, err)
	}

	// An analyst keeps the first notice out of the ransomware incident and
	// pins the defacement notice to the university's incident.
	r1 := storeFixture(t, st, byID["minamoto-1"])
	aoz := storeFixture(t, st, byID["aozora-defacement"])
	audit := store.Audit{At: time.Now(), Who: "analyst", Action: "split", Why: "test"}
	if err := st.SetOverride(ctx, store.Override{ReportID: r1.ID, IncidentID: news.IncidentID}, audit); err != nil {
		t.Fatal(err)
	}
	if err := st.SetOverride(ctx, store.Override{ReportID: aoz.ID, IncidentID: kita.IncidentID, Pin: true}, audit); err != nil {
		t.Fatal(err)
	}
	third := link.NewLinker(st, link.LinkerOptions{AutoMerge: true})
	if res := linkOne(third, r1); res.IncidentID == news.IncidentID || !res.New {
		t.Errorf("kept-out report joined incident %d: %+v", news.IncidentID, res)
	}
	if res := linkOne(third, aoz); res.IncidentID != kita.IncidentID || !res.Pinned {
		t.Errorf("pinned report went to %d, want %d: %+v", res.IncidentID, kita.IncidentID, res)
	}
	// Reports that are no incidents are not linked.
	if res, err := third.Link(ctx, []model.Report{{ID: 999}}, retrieved); err != nil || len(res) != 0 {
		t.Errorf("non-incident: %+v %v", res, err)
	}
}

// TestLinkerRelink checks that Relink refreshes keys after a reextract
// without moving linked reports, and links reports that became incidents.
func TestLinkerRelink(t *testing.T) {
	fs, items := loadFixtures(t)
	byID := map[string]link.Item{}
	for i, f := range fs {
		byID[f.ID] = items[i]
	}
	ctx := t.Context()
	st, _ := openStore(t)
	l := link.NewLinker(st, link.LinkerOptions{})
	notice := storeFixture(t, st, byID["kitahama-notice"])
	res, err := l.Link(ctx, []model.Report{notice}, retrieved)
	if err != nil || len(res) != 1 {
		t.Fatalf("link: %v %+v", err, res)
	}
	inc := res[0].IncidentID
	// The news item was first extracted as no incident.
	newsItem := byID["kitahama-news"]
	newsItem.Facts.IsIncident = false
	news := storeFixture(t, st, newsItem)
	if res, err := l.Link(ctx, []model.Report{news}, retrieved); err != nil || len(res) != 0 {
		t.Fatalf("non-incident linked: %v %+v", err, res)
	}

	// Reextract: the notice gains a vendor, the news item becomes an incident.
	notice.Facts.Vendors = []string{"株式会社ホシノメール"}
	news.Facts.IsIncident = true
	if err := st.UpdateFacts(ctx, []model.Report{notice, news}); err != nil {
		t.Fatal(err)
	}
	res, err = link.NewLinker(st, link.LinkerOptions{}).Relink(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || res[0].ReportID != news.ID || res[0].IncidentID != inc {
		t.Fatalf("relink results %+v, want the news item in incident %d", res, inc)
	}
	var vendors []string
	err = st.LinkKeys(ctx, func(lk store.LinkKey) error {
		if lk.ReportID == notice.ID {
			k, err := link.KeyFromLinkKey(lk)
			vendors = k.Vendors
			return err
		}
		return nil
	})
	if err != nil || !slices.Equal(vendors, []string{"ホシノメール"}) {
		t.Errorf("notice key vendors %q (err %v), want the reextracted vendor", vendors, err)
	}
	if got := incidentOf(t, st, notice.ID); got != inc {
		t.Errorf("notice moved to incident %d", got)
	}
}
