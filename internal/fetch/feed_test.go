package fetch_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/fetch"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func jst(s string) time.Time {
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return tm.UTC()
}

func TestParseFeed(t *testing.T) {
	tests := []struct {
		file string
		want []fetch.FeedItem
	}{
		{"rss2.xml", []fetch.FeedItem{
			{
				Title:     "不正ログインによる会員情報閲覧の可能性について",
				Link:      "https://news.example.jp/release/2025/0412.html", // resolved
				Content:   "<p>2025年4月10日、会員サイトにおいて<b>第三者による不正ログイン</b>を確認しました。</p>",
				Published: jst("2025-04-12T15:00:00+09:00"),
			},
			{
				Title:     "システムメンテナンスのお知らせ",
				Link:      "https://news.example.jp/release/2025/0401.html",
				Content:   "4月20日にメンテナンスを実施します。",
				Published: jst("2025-04-01T10:00:00+09:00"),
			},
		}},
		{"rss1.rdf", []fetch.FeedItem{{
			Title:     "個人情報を含む書類の紛失について",
			Link:      "https://city.example.lg.jp/kinkyu/0305.html",
			Content:   "市民課において、住民票の写しの交付申請書を紛失しました。",
			Published: jst("2025-03-05T17:30:00+09:00"),
		}}},
		{"rss091.xml", []fetch.FeedItem{{
			Title:   "Service restored",
			Link:    "http://legacy.example.com/news/1",
			Content: "The outage caused by the attack has been resolved.",
		}}},
		{"rss2-sjis.xml", []fetch.FeedItem{{
			Title:     "配送伝票の誤送付について",
			Link:      "https://kawasemi.example.co.jp/news/77",
			Content:   "お客様の配送伝票を別のお客様に誤って送付しました。",
			Published: jst("2025-06-02T09:00:00+09:00"),
		}}},
		{"atom.xml", []fetch.FeedItem{
			{
				Title:     "メールアカウントへの不正アクセスについて",
				Link:      "https://www.example.ac.jp/news/20250219",
				Content:   "<p>教職員1名のメールアカウントが不正に利用され、迷惑メールが送信されました。</p>",
				Published: jst("2025-02-19T18:00:00+09:00"),
			},
			{
				Title:     "入学試験日程",
				Link:      "https://www.example.ac.jp/news/20250110",
				Content:   "日程を掲載しました。",
				Published: jst("2025-01-10T00:00:00Z"),
			},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := fetch.ParseFeed(readFixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d items, want %d: %+v", len(got), len(tt.want), got)
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if g.Title != w.Title || g.Link != w.Link || strings.TrimSpace(g.Content) != w.Content || !g.Published.Equal(w.Published) {
					t.Errorf("item %d:\ngot  %+v\nwant %+v", i, g, w)
				}
			}
		})
	}
}

func TestParseFeedErrors(t *testing.T) {
	for _, in := range []string{"", "<html><body>no</body></html>", "{\"a\":1}", "<rss><channel><item><title>unterminated"} {
		t.Run(in, func(t *testing.T) {
			if _, err := fetch.ParseFeed([]byte(in)); err == nil {
				t.Error("no error")
			} else if !strings.HasPrefix(err.Error(), "fetch: ") {
				t.Errorf("err = %q lacks the package prefix", err)
			}
		})
	}
	if _, err := fetch.ParseFeed(readFixture(t, "page.html")); !errors.Is(err, fetch.ErrNotFeed) {
		t.Errorf("html page: err = %v, want ErrNotFeed", err)
	}
}

func TestIsFeed(t *testing.T) {
	tests := []struct {
		name, contentType string
		body              []byte
		want              bool
	}{
		{"rss2 sniffed", "", readFixture(t, "rss2.xml"), true},
		{"rss1 sniffed as text/xml", "text/xml", readFixture(t, "rss1.rdf"), true},
		{"atom sniffed as application/xml", "application/xml; charset=utf-8", readFixture(t, "atom.xml"), true},
		{"shift_jis rss", "", readFixture(t, "rss2-sjis.xml"), true},
		{"rss content type", "application/rss+xml; charset=UTF-8", []byte("garbage"), true},
		{"atom content type", "Application/Atom+XML", nil, true},
		{"json feed", "application/json", []byte(`{"version": "https://jsonfeed.org/version/1.1", "items": []}`), true},
		{"plain json", "application/json", []byte(`{"version": 2}`), false},
		{"html page mentioning rss", "text/html", readFixture(t, "page.html"), false},
		{"other xml", "application/xml", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`), false},
		{"empty", "", nil, false},
		{"pdf", "application/pdf", []byte("%PDF-1.7"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fetch.IsFeed(tt.contentType, tt.body); got != tt.want {
				t.Errorf("IsFeed = %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzParseFeed(f *testing.F) {
	for _, name := range []string{"rss2.xml", "rss1.rdf", "rss091.xml", "atom.xml", "rss2-sjis.xml", "page.html"} {
		f.Add(readFixture(f, name))
	}
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"x","content_html":"<p>"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		items, err := fetch.ParseFeed(body)
		if err != nil && items != nil {
			t.Fatal("items returned with an error")
		}
		_ = fetch.IsFeed("", body)
	})
}
