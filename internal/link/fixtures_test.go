package link_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
)

type fixture struct {
	ID         string   `json:"id"`
	Incident   string   `json:"incident"`
	Org        string   `json:"org"`
	Published  string   `json:"published"`
	Discovered string   `json:"discovered"`
	Types      []string `json:"types"`
	ReportSeq  string   `json:"report_seq"`
	Vendors    []string `json:"vendors"`
	Text       string   `json:"text"`
}

func loadFixtures(t testing.TB) ([]fixture, []link.Item) {
	t.Helper()
	raw, err := os.ReadFile("testdata/fixtures.json")
	if err != nil {
		t.Fatal(err)
	}
	var fs []fixture
	if err := json.Unmarshal(raw, &fs); err != nil {
		t.Fatal(err)
	}
	items := make([]link.Item, len(fs))
	for i, f := range fs {
		items[i] = link.Item{Doc: f.ID, Seq: i, Text: f.Text, Facts: model.Facts{
			IsIncident: true, Organization: f.Org, Published: f.Published, Discovered: f.Discovered,
			Types: f.Types, ReportSeq: f.ReportSeq, Vendors: f.Vendors,
		}}
	}
	return fs, items
}

// partition renders a clustering as sorted groups of ids, so that two
// clusterings compare equal whatever their cluster numbers.
func partition(ids []string, clusters []int) string {
	groups := map[int][]string{}
	for i, c := range clusters {
		if c >= 0 {
			groups[c] = append(groups[c], ids[i])
		}
	}
	var out []string
	for _, g := range groups {
		slices.Sort(g)
		out = append(out, strings.Join(g, "+"))
	}
	slices.Sort(out)
	return strings.Join(out, " | ")
}

// TestFixturesPartition checks the expected incidents of the fixtures: a
// follow-up chain reaching months later, news and digest coverage, a vendor
// incident of three towns and the vendor itself, a verbatim repeat without
// facts, and reports of one organization that must stay apart.
func TestFixturesPartition(t *testing.T) {
	fs, items := loadFixtures(t)
	ids := make([]string, len(fs))
	want := make([]int, len(fs))
	label := map[string]int{}
	for i, f := range fs {
		ids[i] = f.ID
		if _, ok := label[f.Incident]; !ok {
			label[f.Incident] = len(label)
		}
		want[i] = label[f.Incident]
	}
	wantP := partition(ids, want)
	gotP := partition(ids, link.Cluster(items))
	if gotP != wantP {
		t.Fatalf("partition in file order:\n got  %s\n want %s", gotP, wantP)
	}
	for seed := uint64(1); seed <= 8; seed++ {
		r := rand.New(rand.NewPCG(seed, 42))
		perm := r.Perm(len(items))
		pItems := make([]link.Item, len(items))
		pIDs := make([]string, len(items))
		for i, j := range perm {
			pItems[i], pIDs[i] = items[j], ids[j]
		}
		if got := partition(pIDs, link.Cluster(pItems)); got != wantP {
			t.Errorf("order seed %d: partition\n got  %s\n want %s", seed, got, wantP)
		}
	}
}

// TestFixturePairs checks single decisions and that each carries a reason.
func TestFixturePairs(t *testing.T) {
	fs, items := loadFixtures(t)
	byID := map[string]link.Item{}
	for i, f := range fs {
		byID[f.ID] = items[i]
	}
	x := link.NewIndex(link.Options{})
	for _, tc := range []struct {
		a, b   string
		linked bool
		rule   string
	}{
		{"minamoto-1", "minamoto-2", true, "same organization"},
		{"minamoto-1", "minamoto-final", true, "same organization"}, // 129 days later, a follow-up
		{"minamoto-2", "minamoto-news", true, "organization unknown"},
		{"kitahama-notice", "kitahama-news", true, "same organization"},
		{"kitahama-notice", "kitahama-digest", true, "same organization"},
		{"komorebi-1", "komorebi-repeat", true, "near-duplicate"},
		{"midorigaoka-vendor", "shirakawa-vendor", true, "shared vendor"},
		{"higashiyama-vendor", "nishiura-vendor", true, "contractor"},
		{"midorigaoka-vendor", "midorigaoka-mail", false, "different event"},
		{"midorigaoka-mail", "midorigaoka-usb", false, "different event"},
		{"sakura-phishing", "sakura-ransom", false, "different event"},
		{"aozora-defacement", "higashiyama-vendor", false, "different organizations"},
	} {
		t.Run(tc.a+"~"+tc.b, func(t *testing.T) {
			ok, score, why := x.Explain(byID[tc.a], byID[tc.b])
			ok2, score2, _ := x.Explain(byID[tc.b], byID[tc.a])
			if ok != tc.linked || !strings.Contains(why, tc.rule) {
				t.Errorf("linked=%v (%s), want %v by %q", ok, why, tc.linked, tc.rule)
			}
			if ok != ok2 || score != score2 {
				t.Errorf("not symmetric: %v %.2f vs %v %.2f", ok, score, ok2, score2)
			}
		})
	}
}

// TestIndexIncremental checks Add's numbering, Organizations of a vendor
// incident, and the merge suggestion when a report bridges two clusters.
func TestIndexIncremental(t *testing.T) {
	fs, items := loadFixtures(t)
	byID := map[string]link.Item{}
	for i, f := range fs {
		byID[f.ID] = items[i]
	}
	x := link.NewIndex(link.Options{})
	// The two towns that do not name the vendor come first, then the
	// vendor's own notice and the city that names it.
	order := []string{"nishiura-vendor", "midorigaoka-usb", "higashiyama-vendor", "shirakawa-vendor", "midorigaoka-vendor"}
	var got []int
	for _, id := range order {
		c, _ := x.Add(byID[id])
		got = append(got, c)
	}
	if want := []int{0, 1, 0, 0, 0}; !slices.Equal(got, want) {
		t.Fatalf("clusters %v, want %v", got, want)
	}
	orgs, vendors := x.Organizations(0)
	if want := []string{"西浦村", "東山町", "株式会社シラカワ情報システム", "緑ヶ丘市"}; !slices.Equal(orgs, want) {
		t.Errorf("organizations %q, want %q", orgs, want)
	}
	if want := []string{"シラカワ情報システム"}; !slices.Equal(vendors, want) {
		t.Errorf("vendors %q, want %q", vendors, want)
	}
	if c, isNew := x.Add(link.Item{Facts: model.Facts{IsIncident: false}}); c != -1 || isNew {
		t.Errorf("non-incident got cluster %d new=%v", c, isNew)
	}

	// Two follow-ups arrive before the notice that ties them together.
	y := link.NewIndex(link.Options{})
	a, _ := y.Add(byID["minamoto-news"])
	b, _ := y.Add(byID["minamoto-final"])
	if a == b {
		t.Fatalf("news and final report linked directly; the test needs them apart")
	}
	c, isNew := y.Add(byID["minamoto-2"])
	if isNew || (c != a && c != b) {
		t.Fatalf("second report opened cluster %d (new=%v)", c, isNew)
	}
	s := y.Suggestions()
	if len(s) != 1 || s[0].Keep != a || s[0].Drop != b {
		t.Errorf("suggestions %+v, want keep %d drop %d", s, a, b)
	}
}

// TestUnnamedReportBridgesNoOrganizations: two towns publish one
// spoofed-mail warning template, and a third copy names no organization.
// Whatever the order, the copy may join either town but never makes the
// two towns one incident.
func TestUnnamedReportBridgesNoOrganizations(t *testing.T) {
	body := "%sを装った不審なメールにご注意ください。%sの職員を名乗り、請求書の確認を求める不審なメールが複数の事業者に届いているとの情報が寄せられています。添付ファイルを開いたり、本文中のリンクをクリックしたりせず、メールを削除してください。%sからこのような内容のメールを送ることはありません。"
	mk := func(id, org, name string) link.Item {
		return link.Item{Doc: id, Text: strings.ReplaceAll(body, "%s", name), Facts: model.Facts{
			IsIncident: true, Organization: org, Types: []string{"phishing"}}}
	}
	items := []link.Item{mk("kitahama", "北浜町", "北浜町"), mk("minamihama", "南浜市", "南浜市"), mk("unnamed", "", "本町")}
	apartInEveryOrder(t, items, "kitahama", "minamihama")
}

// apartInEveryOrder clusters three items in each of their six orders and
// fails when the items of docs a and b end in one cluster.
func apartInEveryOrder(t *testing.T, items []link.Item, a, b string) {
	t.Helper()
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		in := make([]link.Item, len(order))
		for i, k := range order {
			in[i] = items[k]
		}
		got := link.Cluster(in)
		at := map[string]int{}
		for i, k := range order {
			at[items[k].Doc] = got[i]
		}
		if at[a] == at[b] {
			t.Errorf("order %v: %s and %s were linked through the third report: %v", order, a, b, got)
		}
	}
}

// TestUndatedReportBridgesNoYears: one ministry's misdeliveries years
// apart, and a third report of its that tells no date. Whatever the
// order, the undated report may join either but never makes the two one
// incident.
func TestUndatedReportBridgesNoYears(t *testing.T) {
	text := "北浜省において、職員が事業者あてのメールを送信する際、宛先を誤り、別の事業者に送信していたことが判明しました。送信したメールには、事業者の担当者の氏名と電話番号が記載されていました。"
	mk := func(id, published string) link.Item {
		return link.Item{Doc: id, Text: text, Facts: model.Facts{
			IsIncident: true, Organization: "北浜省", Published: published, Types: []string{"misdelivery"}}}
	}
	items := []link.Item{mk("2017", "2017-12-08"), mk("2024", "2024-01-23"), mk("undated", "")}
	apartInEveryOrder(t, items, "2017", "2024")
}
