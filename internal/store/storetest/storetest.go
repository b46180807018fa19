package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// Opener returns a fresh, empty store for one test and arranges (with
// t.Cleanup) for it to be closed, checked and removed.
type Opener func(t *testing.T) store.Store

// PairOpener returns two independent Store instances on one fresh
// database, as two jikenbo processes would have.
type PairOpener func(t *testing.T) (store.Store, store.Store)

// Run exercises every Store method against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"PutDocument", testPutDocument},
		{"DocumentBySHA", testDocumentBySHA},
		{"Documents", testDocuments},
		{"SaveReports", testSaveReports},
		{"SaveReportsRejected", testSaveReportsRejected},
		{"Reports", testReports},
		{"EachReport", testEachReport},
		{"UpdateFacts", testUpdateFacts},
		{"CreateIncident", testCreateIncident},
		{"AssignReport", testAssignReport},
		{"Incidents", testIncidents},
		{"MergeIncidents", testMergeIncidents},
		{"Overrides", testOverrides},
		{"LinkKeys", testLinkKeys},
		{"ConcurrentCreateIncident", testConcurrentCreate},
		{"LinkGeneration", testLinkGeneration},
		{"LinkLogPruning", testLinkLogPruning},
		{"LockLinking", testLockLinking},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.fn(t, open(t))
		})
	}
}

// RunShared checks that two Store instances on one database never hand
// out the same incident number, share one linking generation, exclude
// each other with the linking lock and never both save one document's
// reports.
func RunShared(t *testing.T, open PairOpener) {
	a, b := open(t)
	numbers := createConcurrently(t, []store.Store{a, b}, 2024, 4, 10)
	checkSequence(t, numbers, 2024, 40)
	if ga, gb := generation(t, a), generation(t, b); ga != 40 || gb != 40 {
		t.Errorf("linking generation after 40 incidents = %d and %d; want 40 in both", ga, gb)
	}
	checkExclusion(t, a, b)
	checkExclusion(t, b, a)
	checkConcurrentSaveReports(t, a, b)
}

// text is a fictional notice with two reports; the byte offsets of each
// are found with strings.Index so spans stay right when the text changes.
const text = "【お知らせ】株式会社みなと精機における不正アクセスについて\n" +
	"当社サーバーが第三者による不正アクセスを受けました。\n" +
	"【第2報】株式会社みなと精機 ランサムウェア被害の調査結果\n" +
	"調査の結果、顧客情報1,204件が閲覧された可能性があります。\n"

func spanOf(t *testing.T, s, from, to string) model.Span {
	t.Helper()
	i := strings.Index(s, from)
	j := strings.Index(s, to)
	if i < 0 || j < 0 {
		t.Fatalf("fixture: %q or %q not in text", from, to)
	}
	return model.Span{Start: i, End: j + len(to)}
}

func ctx(t *testing.T) context.Context { return t.Context() }

func newDoc(name, body string) *model.Document {
	return &model.Document{
		Source:      "https://example.jp/news/" + name,
		Name:        name,
		MediaType:   "text/plain",
		Encoding:    "utf-8",
		RetrievedAt: time.Date(2024, 5, 17, 9, 30, 15, 123456000, time.UTC),
		Raw:         []byte(body),
		Text:        body,
	}
}

func put(t *testing.T, s store.Store, d *model.Document) int64 {
	t.Helper()
	id, _, err := s.PutDocument(ctx(t), d)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func ptr(n int64) *int64 { return &n }

// twoReports returns the two reports of text.
func twoReports(t *testing.T) []model.Report {
	return []model.Report{
		{Seq: 0, Span: spanOf(t, text, "【お知らせ】", "受けました。\n"), Facts: model.Facts{
			IsIncident: true, Organization: "株式会社みなと精機", Published: "2024-05-10",
			Types: []string{"unauthorized_access"}, Leak: model.LeakUnknown,
			Evidence: []model.Evidence{{Field: "organization", Value: "株式会社みなと精機", Span: spanOf(t, text, "株式会社みなと精機", "株式会社みなと精機")}},
		}},
		{Seq: 1, Span: spanOf(t, text, "【第2報】", "あります。\n"), Facts: model.Facts{
			IsIncident: true, Organization: "株式会社みなと精機", Published: "2024-06-02",
			Types: []string{"ransomware", "unauthorized_access"}, Affected: ptr(1204), ReportSeq: "2",
		}},
	}
}

// seed stores text with its two reports and returns the document id and reports.
func seed(t *testing.T, s store.Store, name string) (int64, []model.Report) {
	t.Helper()
	id := put(t, s, newDoc(name, text+name))
	rs := twoReports(t)
	if err := s.SaveReports(ctx(t), id, rs); err != nil {
		t.Fatal(err)
	}
	return id, rs
}

func testPutDocument(t *testing.T, s store.Store) {
	d := newDoc("a.txt", text)
	d.Raw = []byte("\x82\xa8\x92m\x82\xe7\x82\xb9 raw bytes kept as they are \x00\xff")
	id, created, err := s.PutDocument(ctx(t), d)
	if err != nil || !created || id == 0 || d.ID != id {
		t.Fatalf("PutDocument = %d, %v, %v (doc id %d); want new id", id, created, err, d.ID)
	}
	if len(d.SHA256) != 64 {
		t.Errorf("SHA256 not computed: %q", d.SHA256)
	}
	again := newDoc("other-name.txt", "ignored")
	again.Raw = d.Raw
	id2, created, err := s.PutDocument(ctx(t), again)
	if err != nil || created || id2 != id {
		t.Fatalf("PutDocument of same bytes = %d, %v, %v; want %d, false", id2, created, err, id)
	}
	got, err := s.Document(ctx(t), id)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Raw) != string(d.Raw) || got.Text != text || got.SHA256 != d.SHA256 ||
		got.Source != d.Source || got.Name != "a.txt" || got.MediaType != "text/plain" || got.Encoding != "utf-8" {
		t.Errorf("Document = %+v; want %+v", got, d)
	}
	if !got.RetrievedAt.Equal(d.RetrievedAt) {
		t.Errorf("RetrievedAt = %v; want %v", got.RetrievedAt, d.RetrievedAt)
	}
	if _, err := s.Document(ctx(t), id+100); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(missing) error = %v; want ErrNotFound", err)
	}
	empty := newDoc("empty.txt", "")
	if _, created, err := s.PutDocument(ctx(t), empty); err != nil || !created {
		t.Fatalf("PutDocument(empty) = %v, %v", created, err)
	}
	if got, err := s.Document(ctx(t), empty.ID); err != nil || len(got.Raw) != 0 || got.Text != "" {
		t.Errorf("Document(empty) = %+v, %v", got, err)
	}
}

func testDocumentBySHA(t *testing.T, s store.Store) {
	a := newDoc("a.txt", "a")
	a.SHA256 = "abcdef01" + strings.Repeat("1", 56)
	b := newDoc("b.txt", "b")
	b.SHA256 = "abcdef01" + strings.Repeat("2", 56)
	put(t, s, a)
	put(t, s, b)
	tests := []struct {
		sha     string
		want    int64
		wantErr error
	}{
		{a.SHA256, a.ID, nil},
		{strings.ToUpper(b.SHA256), b.ID, nil},
		{"abcdef011", a.ID, nil},
		{"abcdef012", b.ID, nil},
		{"abcdef01", 0, store.ErrAmbiguous},
		{"abcdef0", 0, store.ErrNotFound}, // too short
		{"abcdef0%", 0, store.ErrNotFound},
		{"abcdef013", 0, store.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.sha, func(t *testing.T) {
			got, err := s.DocumentBySHA(ctx(t), tt.sha)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("error = %v; want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil || got.ID != tt.want || len(got.Raw) == 0 {
				t.Fatalf("DocumentBySHA = %+v, %v; want id %d with Raw", got, err, tt.want)
			}
		})
	}
}

func testDocuments(t *testing.T, s store.Store) {
	var ids []int64
	for i := range 5 {
		ids = append(ids, put(t, s, newDoc(fmt.Sprintf("d%d.txt", i), fmt.Sprintf("本文%d", i))))
	}
	all, err := s.Documents(ctx(t), store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 5 || all[0].ID != ids[4] || all[4].ID != ids[0] {
		t.Fatalf("Documents = %v; want 5, newest first", docIDs(all))
	}
	for _, d := range all {
		if d.Raw != nil || d.Text != "" || d.Name == "" || d.SHA256 == "" {
			t.Errorf("listed document %+v: want metadata without Raw and Text", d)
		}
	}
	page, err := s.Documents(ctx(t), store.ListOptions{Limit: 2, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := docIDs(page), []int64{ids[3], ids[2]}; !slices.Equal(got, want) {
		t.Errorf("page = %v; want %v", got, want)
	}
	tail, err := s.Documents(ctx(t), store.ListOptions{Offset: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := docIDs(tail), []int64{ids[1], ids[0]}; !slices.Equal(got, want) {
		t.Errorf("offset only = %v; want %v", got, want)
	}
	un, err := s.Unprocessed(ctx(t))
	if err != nil || !slices.Equal(un, ids) {
		t.Fatalf("Unprocessed = %v, %v; want %v", un, err, ids)
	}
	if err := s.SaveReports(ctx(t), ids[1], nil); err != nil {
		t.Fatal(err)
	}
	un, err = s.Unprocessed(ctx(t))
	if want := []int64{ids[0], ids[2], ids[3], ids[4]}; err != nil || !slices.Equal(un, want) {
		t.Fatalf("Unprocessed after saving = %v, %v; want %v", un, err, want)
	}
}

func docIDs(ds []model.Document) []int64 {
	var out []int64
	for _, d := range ds {
		out = append(out, d.ID)
	}
	return out
}

func reportIDs(rs []model.Report) []int64 {
	var out []int64
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func testSaveReports(t *testing.T, s store.Store) {
	docID := put(t, s, newDoc("n.txt", text))
	rs := twoReports(t)
	if err := s.SaveReports(ctx(t), docID, rs); err != nil {
		t.Fatal(err)
	}
	for i, r := range rs {
		if r.ID == 0 || r.DocumentID != docID {
			t.Fatalf("report %d: id %d document %d; want filled in", i, r.ID, r.DocumentID)
		}
		got, err := s.Report(ctx(t), r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if want := text[r.Span.Start:r.Span.End]; got.Text != want {
			t.Errorf("report %d Text = %q; want %q", i, got.Text, want)
		}
		if got.Seq != r.Seq || got.Span != r.Span || got.DocumentID != docID || got.IncidentID != 0 {
			t.Errorf("report %d = %+v; want %+v", i, got, r)
		}
		if !reflect.DeepEqual(got.Facts, r.Facts) {
			t.Errorf("report %d Facts = %+v; want %+v", i, got.Facts, r.Facts)
		}
	}
	if got, _ := s.Report(ctx(t), rs[1].ID); got == nil || got.Facts.Affected == nil || *got.Facts.Affected != 1204 {
		t.Errorf("Affected not kept: %+v", got)
	}
	err := s.SaveReports(ctx(t), docID, twoReports(t))
	if !errors.Is(err, store.ErrAlreadyProcessed) {
		t.Fatalf("second SaveReports error = %v; want ErrAlreadyProcessed", err)
	}
	if !strings.Contains(err.Error(), fmt.Sprint(docID)) {
		t.Errorf("error %q does not name the document", err)
	}
	if _, err := s.Report(ctx(t), rs[1].ID+100); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Report(missing) error = %v; want ErrNotFound", err)
	}
	all, err := s.Reports(ctx(t), store.ListOptions{})
	if err != nil || len(all) != 2 {
		t.Fatalf("Reports = %d, %v; want the 2 reports, no duplicates", len(all), err)
	}
}

func testSaveReportsRejected(t *testing.T, s store.Store) {
	if err := s.SaveReports(ctx(t), 999, twoReports(t)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SaveReports(missing document) error = %v; want ErrNotFound", err)
	}
	tests := []struct {
		name string
		edit func([]model.Report) []model.Report
	}{
		{"span beyond text", func(rs []model.Report) []model.Report { rs[1].Span.End = 1 << 20; return rs }},
		{"negative span", func(rs []model.Report) []model.Report { rs[1].Span.Start = -1; return rs }},
		{"reversed span", func(rs []model.Report) []model.Report { rs[1].Span.Start = rs[1].Span.End + 1; return rs }},
		{"duplicate seq", func(rs []model.Report) []model.Report { rs[1].Seq = 0; return rs }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docID := put(t, s, newDoc(tt.name, text+tt.name))
			rs := tt.edit(twoReports(t))
			if err := s.SaveReports(ctx(t), docID, rs); err == nil {
				t.Fatal("SaveReports succeeded; want an error")
			}
			got, err := s.Reports(ctx(t), store.ListOptions{Document: docID})
			if err != nil || len(got) != 0 {
				t.Fatalf("after failed save: %d reports, %v; want none (rolled back)", len(got), err)
			}
			un, err := s.Unprocessed(ctx(t))
			if err != nil || !slices.Contains(un, docID) {
				t.Fatalf("Unprocessed = %v, %v; want it to list %d", un, err, docID)
			}
			if err := s.SaveReports(ctx(t), docID, twoReports(t)); err != nil {
				t.Fatalf("retry: %v", err)
			}
		})
	}
}

func testReports(t *testing.T, s store.Store) {
	d1, _ := seed(t, s, "one")
	d2, _ := seed(t, s, "two")
	all, err := s.Reports(ctx(t), store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 4 || all[0].DocumentID != d1 || all[1].Seq != 1 || all[2].DocumentID != d2 {
		t.Fatalf("Reports order = %+v; want (document, seq)", all)
	}
	for _, r := range all {
		if r.Text != "" {
			t.Errorf("report %d has Text without WithText", r.ID)
		}
		if r.Facts.Organization == "" {
			t.Errorf("report %d has no Facts", r.ID)
		}
	}
	only, err := s.Reports(ctx(t), store.ListOptions{Document: d2, WithText: true})
	if err != nil || len(only) != 2 || only[0].DocumentID != d2 || !strings.HasPrefix(only[0].Text, "【お知らせ】") {
		t.Fatalf("Reports(document %d) = %+v, %v", d2, only, err)
	}
	page, err := s.Reports(ctx(t), store.ListOptions{Limit: 2, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := reportIDs(page), reportIDs(all[1:3]); !slices.Equal(got, want) {
		t.Errorf("page = %v; want %v", got, want)
	}
}

func testEachReport(t *testing.T, s store.Store) {
	// More reports than one read batch, over many documents.
	var want []int64
	for i := range 70 {
		docID := put(t, s, newDoc(fmt.Sprintf("d%03d", i), strings.Repeat("あいう", 3)+fmt.Sprint(i)))
		var rs []model.Report
		for j := range 5 {
			rs = append(rs, model.Report{Seq: j, Span: model.Span{Start: 3 * j, End: 3*j + 3}})
		}
		if err := s.SaveReports(ctx(t), docID, rs); err != nil {
			t.Fatal(err)
		}
		want = append(want, reportIDs(rs)...)
	}
	var got []int64
	err := s.EachReport(ctx(t), func(r *model.Report) error {
		got = append(got, r.ID)
		if w := []string{"あ", "い", "う"}[r.Seq%3]; r.Text != w {
			return fmt.Errorf("report %d seq %d Text = %q; want %q", r.ID, r.Seq, r.Text, w)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("EachReport visited %d reports; want %d in id order", len(got), len(want))
	}
	stop := errors.New("stop")
	n := 0
	err = s.EachReport(ctx(t), func(r *model.Report) error {
		n++
		if n == 3 {
			return stop
		}
		// Writing from the callback must not deadlock.
		return s.UpdateFacts(ctx(t), []model.Report{{ID: r.ID, Facts: model.Facts{Title: "x"}}})
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Fatalf("EachReport error = %v after %d calls; want stop after 3", err, n)
	}
}

func testUpdateFacts(t *testing.T, s store.Store) {
	_, rs := seed(t, s, "u")
	inc, err := s.CreateIncident(ctx(t), 2024, "株式会社みなと精機")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AssignReport(ctx(t), rs[0].ID, inc.ID); err != nil {
		t.Fatal(err)
	}
	upd := model.Report{ID: rs[0].ID, Seq: 9, Span: model.Span{Start: 0, End: 1}, Facts: model.Facts{
		IsIncident: true, Organization: "みなと精機株式会社", Published: "2024-05-11", Types: []string{"malware"}, Affected: ptr(7),
	}}
	if err := s.UpdateFacts(ctx(t), []model.Report{upd}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Report(ctx(t), rs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Facts.Organization != "みなと精機株式会社" || got.Facts.Published != "2024-05-11" || got.Facts.Evidence != nil {
		t.Errorf("Facts = %+v; want replaced", got.Facts)
	}
	if got.Span != rs[0].Span || got.Seq != 0 || got.IncidentID != inc.ID {
		t.Errorf("report = %+v; want span, seq and incident unchanged", got)
	}
	if sum, _ := s.Incident(ctx(t), inc.ID); sum == nil || sum.FirstSeen != "2024-05-11" || sum.Affected == nil || *sum.Affected != 7 {
		t.Errorf("incident summary = %+v; want indexed columns updated", sum)
	}
	bad := []model.Report{{ID: rs[1].ID, Facts: model.Facts{Title: "changed"}}, {ID: rs[1].ID + 100}}
	if err := s.UpdateFacts(ctx(t), bad); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("UpdateFacts(missing) error = %v; want ErrNotFound", err)
	}
	if got, _ := s.Report(ctx(t), rs[1].ID); got == nil || got.Facts.Title == "changed" {
		t.Errorf("failed UpdateFacts was not rolled back: %+v", got)
	}
}

func testCreateIncident(t *testing.T, s store.Store) {
	tests := []struct {
		year int
		want string
	}{
		{2024, "2024-001"}, {2024, "2024-002"}, {2023, "2023-001"}, {2024, "2024-003"},
	}
	for _, tt := range tests {
		inc, err := s.CreateIncident(ctx(t), tt.year, "株式会社かもめ物流")
		if err != nil {
			t.Fatal(err)
		}
		if inc.Number != tt.want || inc.ID == 0 || inc.Organization != "株式会社かもめ物流" || inc.CreatedAt.IsZero() {
			t.Errorf("CreateIncident(%d) = %+v; want number %s", tt.year, inc, tt.want)
		}
		got, err := s.Incident(ctx(t), inc.ID)
		if err != nil || got.Number != tt.want || !got.CreatedAt.Equal(inc.CreatedAt) || got.ReportCount != 0 {
			t.Errorf("Incident(%d) = %+v, %v; want %+v", inc.ID, got, err, inc)
		}
	}
	if _, err := s.Incident(ctx(t), 999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Incident(missing) error = %v; want ErrNotFound", err)
	}
	if _, err := s.CreateIncident(ctx(t), 0, ""); err == nil {
		t.Error("CreateIncident(year 0) succeeded")
	}
}

func testAssignReport(t *testing.T, s store.Store) {
	_, rs := seed(t, s, "a")
	inc, err := s.CreateIncident(ctx(t), 2024, "株式会社みなと精機")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AssignReport(ctx(t), rs[1].ID, inc.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Report(ctx(t), rs[1].ID); got == nil || got.IncidentID != inc.ID {
		t.Fatalf("report = %+v; want incident %d", got, inc.ID)
	}
	if err := s.AssignReport(ctx(t), rs[1].ID, 0); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Report(ctx(t), rs[1].ID); got == nil || got.IncidentID != 0 {
		t.Fatalf("report = %+v; want unlinked", got)
	}
	if err := s.AssignReport(ctx(t), rs[1].ID+100, inc.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("AssignReport(missing report) error = %v; want ErrNotFound", err)
	}
	if err := s.AssignReport(ctx(t), rs[1].ID, inc.ID+100); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("AssignReport(missing incident) error = %v; want ErrNotFound", err)
	}
}

func testIncidents(t *testing.T, s store.Store) {
	_, rs := seed(t, s, "i")
	third := put(t, s, newDoc("i3", "【第3報】最終報告"))
	r3 := []model.Report{{Seq: 0, Span: model.Span{Start: 0, End: len("【第3報】最終報告")}, Facts: model.Facts{
		IsIncident: true, Published: "2024-07-01", Types: []string{"ransomware"}, Affected: ptr(900), ReportSeq: "final",
	}}}
	if err := s.SaveReports(ctx(t), third, r3); err != nil {
		t.Fatal(err)
	}
	old, err := s.CreateIncident(ctx(t), 2023, "株式会社さくら電算")
	if err != nil {
		t.Fatal(err)
	}
	inc, err := s.CreateIncident(ctx(t), 2024, "株式会社みなと精機")
	if err != nil {
		t.Fatal(err)
	}
	empty, err := s.CreateIncident(ctx(t), 2024, "株式会社あおば食品")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{r3[0].ID, rs[1].ID, rs[0].ID} {
		if err := s.AssignReport(ctx(t), id, inc.ID); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.Incidents(ctx(t), store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := incNumbers(list), []string{empty.Number, inc.Number, old.Number}; !slices.Equal(got, want) {
		t.Fatalf("Incidents = %v; want %v", got, want)
	}
	got := list[1]
	if got.ReportCount != 3 || got.FirstSeen != "2024-05-10" || got.LastSeen != "2024-07-01" ||
		got.Affected == nil || *got.Affected != 1204 || !slices.Equal(got.Types, []string{"ransomware", "unauthorized_access"}) ||
		got.Organization != "株式会社みなと精機" {
		t.Errorf("summary = %+v", got)
	}
	if e := list[0]; e.ReportCount != 0 || e.FirstSeen != "" || e.Affected != nil || e.Types != nil {
		t.Errorf("empty incident summary = %+v", e)
	}
	page, err := s.Incidents(ctx(t), store.ListOptions{Limit: 1, Offset: 1})
	if err != nil || len(page) != 1 || page[0].ID != inc.ID {
		t.Errorf("page = %+v, %v; want only %s", page, err, inc.Number)
	}
	one, err := s.Incident(ctx(t), inc.ID)
	if err != nil || one.ReportCount != 3 || one.LastSeen != "2024-07-01" {
		t.Errorf("Incident = %+v, %v; want the summary", one, err)
	}
	reports, err := s.IncidentReports(ctx(t), inc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := reportIDs(reports), []int64{rs[0].ID, rs[1].ID, r3[0].ID}; !slices.Equal(got, want) {
		t.Errorf("IncidentReports = %v; want published order %v", got, want)
	}
	if reports[2].Text != "【第3報】最終報告" {
		t.Errorf("IncidentReports Text = %q", reports[2].Text)
	}
	if none, err := s.IncidentReports(ctx(t), empty.ID); err != nil || len(none) != 0 {
		t.Errorf("IncidentReports(empty) = %v, %v", none, err)
	}
}

func incNumbers(incs []model.Incident) []string {
	var out []string
	for _, i := range incs {
		out = append(out, i.Number)
	}
	return out
}

func testMergeIncidents(t *testing.T, s store.Store) {
	_, rs := seed(t, s, "m")
	keep, _ := s.CreateIncident(ctx(t), 2024, "株式会社みなと精機")
	drop, _ := s.CreateIncident(ctx(t), 2024, "みなと精機")
	if keep == nil || drop == nil {
		t.Fatal("CreateIncident failed")
	}
	if err := s.AssignReport(ctx(t), rs[0].ID, keep.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.AssignReport(ctx(t), rs[1].ID, drop.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.SetOverride(ctx(t), store.Override{ReportID: rs[1].ID, IncidentID: drop.ID, Pin: true}, store.Audit{Who: "analyst", Action: "pin"}); err != nil {
		t.Fatal(err)
	}
	a := store.Audit{At: time.Date(2024, 8, 1, 12, 0, 0, 0, time.UTC), Who: "analyst", Action: "merge", Detail: drop.Number + " → " + keep.Number, Why: "同一事案の続報"}
	if err := s.MergeIncidents(ctx(t), keep.ID, drop.ID, a); err != nil {
		t.Fatal(err)
	}
	reports, err := s.IncidentReports(ctx(t), keep.ID)
	if err != nil || len(reports) != 2 {
		t.Fatalf("IncidentReports(keep) = %v, %v; want both reports", reportIDs(reports), err)
	}
	if ov, _ := s.Overrides(ctx(t)); len(ov) != 1 || ov[0].IncidentID != keep.ID {
		t.Errorf("Overrides = %+v; want the pin moved to keep", ov)
	}
	inc, canonical, err := s.ResolveIncident(ctx(t), drop.Number)
	if err != nil || canonical || inc.ID != keep.ID || inc.ReportCount != 2 {
		t.Fatalf("ResolveIncident(%s) = %+v, %v, %v; want keep, alias", drop.Number, inc, canonical, err)
	}
	inc, canonical, err = s.ResolveIncident(ctx(t), keep.Number)
	if err != nil || !canonical || inc.ID != keep.ID {
		t.Fatalf("ResolveIncident(%s) = %+v, %v, %v; want keep, canonical", keep.Number, inc, canonical, err)
	}
	if inc, canonical, err := s.ResolveIncident(ctx(t), " 2024-2 "); err != nil || canonical || inc.ID != keep.ID {
		t.Errorf("ResolveIncident(unpadded %s) = %+v, %v, %v; want keep, alias", drop.Number, inc, canonical, err)
	}
	if _, _, err := s.ResolveIncident(ctx(t), "2024-999"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ResolveIncident(unknown) error = %v; want ErrNotFound", err)
	}
	list, _ := s.Incidents(ctx(t), store.ListOptions{})
	if got := incNumbers(list); !slices.Equal(got, []string{keep.Number}) {
		t.Errorf("Incidents = %v; want only %s", got, keep.Number)
	}
	log, err := s.AuditLog(ctx(t))
	if err != nil || len(log) != 2 {
		t.Fatalf("AuditLog = %+v, %v; want pin and merge", log, err)
	}
	if got := log[1]; got.Action != "merge" || got.Why != a.Why || got.Detail != a.Detail || got.Who != "analyst" || !got.At.Equal(a.At) {
		t.Errorf("audit entry = %+v; want %+v", got, a)
	}
	if log[0].At.IsZero() {
		t.Error("audit entry without time: want now")
	}
	// Numbers are never reused, and assigning to a merged incident lands in keep.
	next, err := s.CreateIncident(ctx(t), 2024, "")
	if err != nil || next.Number != "2024-003" {
		t.Fatalf("CreateIncident after merge = %+v, %v; want 2024-003", next, err)
	}
	if err := s.AssignReport(ctx(t), rs[1].ID, drop.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Report(ctx(t), rs[1].ID); got == nil || got.IncidentID != keep.ID {
		t.Errorf("report assigned to merged incident = %+v; want incident %d", got, keep.ID)
	}
	// Merging keep on: the old alias follows to the new survivor.
	if err := s.MergeIncidents(ctx(t), next.ID, keep.ID, store.Audit{Action: "merge"}); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{drop.Number, keep.Number} {
		inc, canonical, err := s.ResolveIncident(ctx(t), n)
		if err != nil || canonical || inc.ID != next.ID {
			t.Errorf("ResolveIncident(%s) = %+v, %v, %v; want %s as alias", n, inc, canonical, err, next.Number)
		}
	}
	if err := s.MergeIncidents(ctx(t), next.ID, drop.ID, store.Audit{Action: "merge"}); err == nil {
		t.Error("merging an incident into itself succeeded")
	}
	if err := s.MergeIncidents(ctx(t), next.ID, 999, store.Audit{Action: "merge"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("MergeIncidents(missing) error = %v; want ErrNotFound", err)
	}
	if log, _ := s.AuditLog(ctx(t)); len(log) != 3 {
		t.Errorf("AuditLog has %d entries; want 3 (failed merges write none)", len(log))
	}
}

func testOverrides(t *testing.T, s store.Store) {
	_, rs := seed(t, s, "o")
	a, _ := s.CreateIncident(ctx(t), 2024, "")
	b, _ := s.CreateIncident(ctx(t), 2024, "")
	if a == nil || b == nil {
		t.Fatal("CreateIncident failed")
	}
	steps := []struct {
		o    store.Override
		want []store.Override
	}{
		{store.Override{ReportID: rs[0].ID, IncidentID: a.ID, Pin: true},
			[]store.Override{ov(rs[0].ID, a.ID, true)}},
		{store.Override{ReportID: rs[0].ID, IncidentID: b.ID, Pin: false},
			[]store.Override{ov(rs[0].ID, a.ID, true), ov(rs[0].ID, b.ID, false)}},
		{store.Override{ReportID: rs[1].ID, IncidentID: a.ID, Pin: false},
			[]store.Override{ov(rs[0].ID, a.ID, true), ov(rs[0].ID, b.ID, false), ov(rs[1].ID, a.ID, false)}},
		// Pinning elsewhere removes the old pin; the same pair is replaced.
		{store.Override{ReportID: rs[0].ID, IncidentID: b.ID, Pin: true},
			[]store.Override{ov(rs[0].ID, b.ID, true), ov(rs[1].ID, a.ID, false)}},
	}
	for i, st := range steps {
		if err := s.SetOverride(ctx(t), st.o, store.Audit{Who: "analyst", Action: "override", Detail: fmt.Sprint(i)}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Overrides(ctx(t))
		if err != nil || !slices.Equal(got, st.want) {
			t.Fatalf("step %d: Overrides = %+v, %v; want %+v", i, got, err, st.want)
		}
	}
	if err := s.SetOverride(ctx(t), store.Override{ReportID: rs[0].ID + 100, IncidentID: a.ID}, store.Audit{Action: "override"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SetOverride(missing report) error = %v; want ErrNotFound", err)
	}
	if err := s.SetOverride(ctx(t), store.Override{ReportID: rs[0].ID, IncidentID: 999}, store.Audit{Action: "override"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SetOverride(missing incident) error = %v; want ErrNotFound", err)
	}
	log, err := s.AuditLog(ctx(t))
	if err != nil || len(log) != len(steps) {
		t.Fatalf("AuditLog = %d entries, %v; want %d", len(log), err, len(steps))
	}
	for i, e := range log {
		if e.Detail != fmt.Sprint(i) {
			t.Errorf("audit entry %d = %+v; want oldest first", i, e)
		}
	}
}

func ov(report, incident int64, pin bool) store.Override {
	return store.Override{ReportID: report, IncidentID: incident, Pin: pin}
}

func testLinkKeys(t *testing.T, s store.Store) {
	_, rs := seed(t, s, "k")
	inc, _ := s.CreateIncident(ctx(t), 2024, "")
	if inc == nil {
		t.Fatal("CreateIncident failed")
	}
	if err := s.AssignReport(ctx(t), rs[1].ID, inc.ID); err != nil {
		t.Fatal(err)
	}
	keys := []store.LinkKey{
		{ReportID: rs[0].ID, Org: "みなと精機", Published: "2024-05-10", Signature: []byte{1, 0, 0, 0, 2, 0, 0, 0}, Features: []byte(`{"a":1}`)},
		{ReportID: rs[1].ID, Org: "みなと精機", Published: "2024-06-02", Signature: []byte{3, 0, 0, 0}},
	}
	if err := s.SaveLinkKeys(ctx(t), keys); err != nil {
		t.Fatal(err)
	}
	keys[0].Org = "みなと精機株式会社" // replaced on save
	if err := s.SaveLinkKeys(ctx(t), keys[:1]); err != nil {
		t.Fatal(err)
	}
	var got []store.LinkKey
	if err := s.LinkKeys(ctx(t), func(k store.LinkKey) error { got = append(got, k); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("LinkKeys = %+v; want 2", got)
	}
	if g := got[0]; g.ReportID != rs[0].ID || g.Org != "みなと精機株式会社" || g.IncidentID != 0 ||
		string(g.Signature) != string(keys[0].Signature) || string(g.Features) != `{"a":1}` {
		t.Errorf("key 0 = %+v", g)
	}
	if g := got[1]; g.ReportID != rs[1].ID || g.IncidentID != inc.ID || g.Published != "2024-06-02" || len(g.Features) != 0 {
		t.Errorf("key 1 = %+v; want incident %d from the report's link", g, inc.ID)
	}
	if err := s.SaveLinkKeys(ctx(t), []store.LinkKey{{ReportID: rs[1].ID + 100}}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SaveLinkKeys(missing report) error = %v; want ErrNotFound", err)
	}
	stop := errors.New("stop")
	if err := s.LinkKeys(ctx(t), func(store.LinkKey) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("LinkKeys error = %v; want the callback's", err)
	}
}

func testConcurrentCreate(t *testing.T, s store.Store) {
	numbers := createConcurrently(t, []store.Store{s}, 2025, 8, 10)
	checkSequence(t, numbers, 2025, 80)
}

// createConcurrently creates goroutines×each incidents of year, spreading
// the goroutines over stores, and returns the numbers handed out.
func createConcurrently(t *testing.T, stores []store.Store, year, goroutines, each int) []string {
	t.Helper()
	var (
		mu      sync.Mutex
		numbers []string
		wg      sync.WaitGroup
		errs    = make(chan error, goroutines)
	)
	for g := range goroutines {
		s := stores[g%len(stores)]
		wg.Go(func() {
			for range each {
				inc, err := s.CreateIncident(context.Background(), year, fmt.Sprintf("goroutine %d", g))
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				numbers = append(numbers, inc.Number)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	return numbers
}

// checkSequence fails unless numbers are exactly year-001 … year-n.
func checkSequence(t *testing.T, numbers []string, year, n int) {
	t.Helper()
	slices.Sort(numbers)
	var want []string
	for i := 1; i <= n; i++ {
		want = append(want, fmt.Sprintf("%d-%03d", year, i))
	}
	if !slices.Equal(numbers, want) {
		t.Fatalf("numbers handed out = %v; want each of %s-001…%s-%03d once", numbers, fmt.Sprint(year), fmt.Sprint(year), n)
	}
}
