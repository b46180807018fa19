package web_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/ingest"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/sqlite"
	"github.com/jikenbo/jikenbo/internal/web"
)

const testToken = "s3cret-token"

// injection is the hostile text planted in fixtures: if any of it reaches
// a page unescaped, a browser would run it.
const injection = `<script>document.title='pwned';window.__pwned=1</script><img src=x onerror="window.__pwned=2"><a href="javascript:window.__pwned=3">詳細</a>`

// fixture is one fictional notice with the facts an extractor would find.
type fixture struct {
	name, text string
	facts      model.Facts
	evidence   map[string]string // field → quoted text in the notice
}

func int64p(n int64) *int64 { return &n }

var fixtures = []fixture{
	{
		name: "kakuu-city-2024.txt",
		text: "不正アクセスによる個人情報の漏えいについて\n\n令和6年3月5日\n架空市\n\n架空市の業務委託先である株式会社サンプル計算センターのサーバが、第三者による不正アクセスを受け、市民1,520人分の氏名及びメールアドレスが漏えいしたことが判明しました。\n令和6年2月20日に委託先からの報告により発覚しました。\n個人情報保護委員会へ報告済みです。\n",
		facts: model.Facts{IsIncident: true, Organization: "架空市", Sector: model.SectorGovernment, Title: "不正アクセスによる個人情報の漏えいについて",
			Published: "2024-03-05", Discovered: "2024-02-20", Types: []string{"unauthorized_access"}, Affected: int64p(1520),
			DataTypes: []string{"name", "email"}, Leak: model.LeakConfirmed, Notified: []string{"ppc"}, Vendors: []string{"株式会社サンプル計算センター"}},
		evidence: map[string]string{"organization": "架空市", "affected": "市民1,520人分", "types": "第三者による不正アクセスを受け", "published": "令和6年3月5日", "discovered": "令和6年2月20日", "notified": "個人情報保護委員会へ報告"},
	},
	{
		name: "kakuu-city-usb.txt",
		text: "USBメモリの紛失について\n\n2024年7月1日\n架空市\n\n架空市役所の職員が、市民20,000人分の氏名と住所を保存したUSBメモリを紛失しました。\n",
		facts: model.Facts{IsIncident: true, Organization: "架空市", Sector: model.SectorGovernment, Title: "USBメモリの紛失について",
			Published: "2024-07-01", Types: []string{"loss_theft"}, Affected: int64p(20000), DataTypes: []string{"name", "address"}, Leak: model.LeakPossible},
		evidence: map[string]string{"affected": "市民20,000人分", "types": "USBメモリを紛失"},
	},
	{
		name: "midorino-ransomware.txt",
		text: "ランサムウェア被害に関するお知らせ\n\n2023年11月10日\n株式会社みどり野製作所\n\n当社のファイルサーバがランサムウェアに感染し、取引先85名分の情報が暗号化されました。ＶＰＮ機器の脆弱性が悪用されたとみられます。\n",
		facts: model.Facts{IsIncident: true, Organization: "株式会社みどり野製作所", Sector: model.SectorMfg, Title: "ランサムウェア被害に関するお知らせ",
			Published: "2023-11-10", Types: []string{"ransomware"}, Affected: int64p(85), Leak: model.LeakPossible},
		evidence: map[string]string{"types": "ランサムウェアに感染", "affected": "取引先85名分"},
	},
	{
		name: "hostile.txt",
		text: "【重要】" + injection + "当社通販サイトへの不正アクセスについて\n\n2025年2月3日\n株式会社<script>alert(1)</script>あおば商店\n\n当社通販サイトが不正アクセスを受け、お客様312名のクレジットカード情報が流出した可能性があります。" + injection + "\n",
		facts: model.Facts{IsIncident: true, Organization: "株式会社<script>alert(1)</script>あおば商店", Sector: model.SectorRetail,
			Title: "【重要】" + injection + "当社通販サイトへの不正アクセスについて", Published: "2025-02-03",
			Types: []string{"unauthorized_access", "web_skimming"}, Affected: int64p(312), DataTypes: []string{"card_number"}, Leak: model.LeakPossible,
			Vendors: []string{`<img src=x onerror="window.__pwned=4">`}},
		evidence: map[string]string{"organization": "株式会社<script>alert(1)</script>あおば商店", "affected": "お客様312名", "title": injection},
	},
}

// env is a served casebook filled with the fixtures.
type env struct {
	st        store.Store
	ix        *search.Index
	srv       *httptest.Server
	numbers   []string // casebook number of each fixture
	docs      []int64
	incidents []int64
}

func newEnv(t testing.TB, cfg web.Config) *env {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "casebook.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ix, err := search.New(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{st: st, ix: ix}
	for i, f := range fixtures {
		sum := sha256.Sum256([]byte(f.text))
		doc := &model.Document{SHA256: hex.EncodeToString(sum[:]), Source: "https://example.jp/notice/" + f.name, Name: f.name,
			MediaType: "text/plain", Encoding: "utf-8", RetrievedAt: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC), Raw: []byte(f.text), Text: f.text}
		id, _, err := st.PutDocument(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		facts := f.facts
		for field, quote := range f.evidence {
			k := strings.Index(f.text, quote)
			if k < 0 {
				t.Fatalf("fixture %s: %q not in text", f.name, quote)
			}
			facts.Evidence = append(facts.Evidence, model.Evidence{Field: field, Value: quote, Span: model.Span{Start: k, End: k + len(quote)}})
		}
		reports := []model.Report{{DocumentID: id, Span: model.Span{Start: 0, End: len(f.text)}, Text: f.text, Facts: facts}}
		if err := st.SaveReports(ctx, id, reports); err != nil {
			t.Fatal(err)
		}
		inc, err := st.CreateIncident(ctx, 2000+i, f.facts.Organization)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.AssignReport(ctx, reports[0].ID, inc.ID); err != nil {
			t.Fatal(err)
		}
		e.numbers = append(e.numbers, inc.Number)
		e.docs = append(e.docs, id)
		e.incidents = append(e.incidents, inc.ID)
	}
	if err := ix.ReindexAll(ctx); err != nil {
		t.Fatal(err)
	}
	if cfg.Ingest == nil {
		p := ingest.New(st, ingest.Options{})
		cfg.Ingest = func(ctx context.Context, raw []byte, contentType, name string) (int64, bool, error) {
			return ingestOne(ctx, st, p, raw)
		}
	}
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	s, err := web.New(st, ix, cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.srv = httptest.NewServer(s.Handler())
	t.Cleanup(e.srv.Close)
	return e
}

// ingestOne runs the pipeline on raw as standard input and finds the
// document it archived.
func ingestOne(ctx context.Context, st store.Store, p *ingest.Pipeline, raw []byte) (int64, bool, error) {
	stats, err := p.Run(ctx, []string{"-"}, strings.NewReader(string(raw)))
	if err != nil {
		return 0, false, err
	}
	if len(stats.Errors) > 0 {
		return 0, false, stats.Errors[0]
	}
	sum := sha256.Sum256(raw)
	doc, err := st.DocumentBySHA(ctx, hex.EncodeToString(sum[:]))
	if err != nil {
		return 0, false, err
	}
	return doc.ID, stats.New > 0, nil
}

// get fetches path and returns the response and its body.
func (e *env) get(t testing.TB, path string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", e.srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}
