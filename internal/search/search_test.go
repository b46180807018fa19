package search_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/sqlite"
)

type notice struct {
	org, title, published, discovered, text string
	sector                                  model.Sector
	types, data                             []string
	affected                                int64
	leak                                    model.Leak
}

var notices = []notice{
	{org: "架空市", title: "不正アクセスによる個人情報漏えいについて", published: "2024-03-05", discovered: "2024-02-20",
		text: "架空市の業務サーバが第三者による不正アクセスを受け、市民の氏名及びメールアドレスが漏えいしました。", sector: model.SectorGovernment,
		types: []string{"unauthorized_access"}, data: []string{"name", "email"}, affected: 1520, leak: model.LeakConfirmed},
	{org: "株式会社ＮＴＴサンプル", title: "ランサムウェア被害のお知らせ", published: "2023-11-10", discovered: "2023-10-01",
		text: "当社サーバがランサムウェアに感染し、ファイルが暗号化されました。ＶＰＮ機器の脆弱性が悪用されました。", sector: model.SectorICT,
		types: []string{"ransomware"}, affected: 85, leak: model.LeakPossible},
	{org: "みどり野病院", title: "メール誤送信について", published: "2025-01-15",
		text: "職員が患者様あてのメールを誤って別の宛先に送信しました。ﾒｰﾙｱﾄﾞﾚｽ 12件が表示されました。", sector: model.SectorMedical,
		types: []string{"misdelivery"}, data: []string{"email"}, affected: 12, leak: model.LeakConfirmed},
	{org: "架空市", title: "USBメモリの紛失について", published: "2024-07-01",
		text: "架空市役所の職員がUSBメモリを紛失しました。市民20,000人分の情報が含まれていました。<script>alert(1)</script>", sector: model.SectorGovernment,
		types: []string{"loss_theft"}, data: []string{"name", "address"}, affected: 20000, leak: model.LeakPossible},
}

// fill stores the notices, one document and incident each, and indexes them.
func fill(t testing.TB, st store.Store, ix *search.Index, ns []notice) []int64 {
	t.Helper()
	ctx := context.Background()
	var ids []int64
	for i, n := range ns {
		text := n.title + "\n" + n.org + "\n" + n.text
		doc := &model.Document{SHA256: fmtSHA(i), Source: "fixture", Name: "n.txt", MediaType: "text/plain", Encoding: "utf-8", Raw: []byte(text), Text: text}
		id, _, err := st.PutDocument(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		aff := n.affected
		r := model.Report{DocumentID: id, Span: model.Span{Start: 0, End: len(text)}, Text: text, Facts: model.Facts{
			IsIncident: true, Organization: n.org, Title: n.title, Published: n.published, Discovered: n.discovered,
			Sector: n.sector, Types: n.types, DataTypes: n.data, Affected: &aff, Leak: n.leak,
		}}
		rs := []model.Report{r}
		if err := st.SaveReports(ctx, id, rs); err != nil {
			t.Fatal(err)
		}
		inc, err := st.CreateIncident(ctx, 2024, n.org)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.AssignReport(ctx, rs[0].ID, inc.ID); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, inc.ID)
	}
	if err := ix.Reindex(ctx, ids...); err != nil {
		t.Fatal(err)
	}
	return ids
}

func fmtSHA(i int) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 64)
	for k := range b {
		b[k] = hex[(i*7+k)%16]
	}
	return string(b)
}

func open(t testing.TB) (store.Store, *search.Index) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
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

func TestSearch(t *testing.T) {
	st, ix := open(t)
	fill(t, st, ix, notices)
	ctx := context.Background()
	tests := []struct {
		q    string
		orgs []string // expected organizations, in order, date sort
	}{
		{"不正アクセス", []string{"架空市"}},
		{"第三者", []string{"架空市"}},
		{"市", []string{"架空市", "架空市"}},
		{"紛失", []string{"架空市"}},
		{"ntt", []string{"株式会社ＮＴＴサンプル"}},
		{"ＮＴＴ", []string{"株式会社ＮＴＴサンプル"}},
		{"vpn機器", []string{"株式会社ＮＴＴサンプル"}},
		{"メールアドレス", []string{"みどり野病院", "架空市"}},
		{"アド", []string{"みどり野病院", "架空市"}},
		{"メール -誤送信", []string{"架空市"}},
		{`"別の宛先"`, []string{"みどり野病院"}},
		{"type:ransomware", []string{"株式会社ＮＴＴサンプル"}},
		{"type:ランサムウェア", []string{"株式会社ＮＴＴサンプル"}},
		{"sector:自治体", []string{"架空市", "架空市"}},
		{"org:市 year:2024", []string{"架空市", "架空市"}},
		{"year:2024 -type:loss_theft", []string{"架空市"}},
		{"leak:confirmed data:email", []string{"みどり野病院", "架空市"}},
		{"size:10000+", []string{"架空市"}},
		{"type:ransomware type:misdelivery", []string{"みどり野病院", "株式会社ＮＴＴサンプル"}},
		{"存在しない語句", nil},
		{"不正アクセス year:2024", []string{"架空市"}},
		{"month:2024-07", []string{"架空市"}},
		{"year:2023 year:2025", []string{"みどり野病院", "株式会社ＮＴＴサンプル"}},
		{"メール year:2025", []string{"みどり野病院"}},
		{"不正アクセス 市", []string{"架空市"}},
		{"紛失 -市民", nil},
		{"市 -ＵＳＢ", []string{"架空市"}},
		{"市 -役所 -アドレス", nil},
		{"メール 件 -誤", nil},
		{"メール 件", []string{"みどり野病院"}},
		{"", []string{"みどり野病院", "架空市", "架空市", "株式会社ＮＴＴサンプル"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res, err := ix.Search(ctx, search.Request{Query: search.Parse(tt.q), Sort: search.SortDate, Facets: true})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Organization)
			}
			if !slices.Equal(got, tt.orgs) || res.Total != len(tt.orgs) {
				t.Errorf("Search(%q) = %q (total %d), want %q", tt.q, got, res.Total, tt.orgs)
			}
		})
	}
}

func TestSnippetMarksMatch(t *testing.T) {
	st, ix := open(t)
	fill(t, st, ix, notices)
	tests := []struct{ q, mark string }{
		{"ｕｓｂ", "USB"}, // folded query, original text marked
		{"不正アクセス", "不正アクセス"},
		{"めーる", ""}, // hiragana is not folded to katakana
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res, err := ix.Search(context.Background(), search.Request{Query: search.Parse(tt.q), Sort: search.SortDate})
			if err != nil {
				t.Fatal(err)
			}
			if tt.mark == "" {
				if len(res.Hits) != 0 {
					t.Fatalf("hits = %d, want 0", len(res.Hits))
				}
				return
			}
			if len(res.Hits) == 0 {
				t.Fatal("no hits")
			}
			found := false
			for _, h := range res.Hits {
				for _, f := range h.Snippet {
					if f.Mark {
						found = found || f.Text == tt.mark
						if search.Fold(f.Text) != search.Fold(tt.q) {
							t.Errorf("marked %q for query %q", f.Text, tt.q)
						}
					}
				}
			}
			if !found {
				t.Errorf("no fragment %q marked in %+v", tt.mark, res.Hits[0].Snippet)
			}
		})
	}
}

func TestFacetsAndStats(t *testing.T) {
	st, ix := open(t)
	fill(t, st, ix, notices)
	ctx := context.Background()
	res, err := ix.Search(ctx, search.Request{Query: search.Parse("架空市"), Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, f := range res.Facets {
		for _, v := range f.Values {
			counts[f.Name+":"+v.Value] = v.Count
		}
	}
	want := map[string]int{"sector:government": 2, "year:2024": 2, "month:2024-03": 1, "data:name": 2, "size:10000+": 1, "size:1000-9999": 1, "type:loss_theft": 1}
	for k, v := range want {
		if counts[k] != v {
			t.Errorf("facet %s = %d, want %d (all %v)", k, counts[k], v, counts)
		}
	}
	s, err := ix.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Incidents != 4 || s.AffectedPerYear["2024"] != 21520 || s.Survey["2024"]["紛失・誤廃棄・盗難"] != 1 || len(s.Top) != 4 || *s.Top[0].Affected != 20000 {
		t.Errorf("stats = %+v", s)
	}
	if s.Lag[0].Count+s.Lag[1].Count != 1 || s.Lag[2].Count != 1 {
		t.Errorf("lag = %+v", s.Lag)
	}
}

// TestApproximateCount forces the count budget to zero: the total becomes
// an upper-bound estimate and facets are sampled, while hits stay exact.
func TestApproximateCount(t *testing.T) {
	st, ix := open(t)
	fill(t, st, ix, notices)
	old := search.CountBudget
	search.CountBudget = 0
	defer func() { search.CountBudget = old }()
	ctx := context.Background()
	for _, q := range []string{"架空市", "市", "sector:自治体"} {
		res, err := ix.Search(ctx, search.Request{Query: search.Parse(q), Limit: 1, Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		if !res.TotalApprox || res.Total < 2 || len(res.Hits) != 1 || !res.FacetsSampled {
			t.Errorf("%s: total %d approx %v hits %d sampled %v", q, res.Total, res.TotalApprox, len(res.Hits), res.FacetsSampled)
		}
	}
}

// TestSortKeyOrder checks that full-text rowids sort like dates.
func TestSortKeyOrder(t *testing.T) {
	keys := []int64{search.SortKey("", 7), search.SortKey("2019-01-01", 9), search.SortKey("2019-01-01", 10), search.SortKey("2024-03", 1), search.SortKey("2024-03-05", 2)}
	if !slices.IsSorted(keys) {
		t.Errorf("keys %v not in date order", keys)
	}
}
