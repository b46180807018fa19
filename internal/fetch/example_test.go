package fetch_test

import (
	"fmt"

	"github.com/jikenbo/jikenbo/internal/fetch"
)

func ExampleParseFeed() {
	items, err := fetch.ParseFeed([]byte(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>お知らせ</title><link>https://example.jp/</link>
<item><title>不正アクセスについて</title><link>/news/1</link>
<pubDate>Mon, 02 Jun 2025 09:00:00 +0900</pubDate></item></channel></rss>`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range items {
		fmt.Println(it.Title, it.Link, it.Published.Format("2006-01-02T15:04Z07:00"))
	}
	// Output: 不正アクセスについて https://example.jp/news/1 2025-06-02T00:00Z
}
