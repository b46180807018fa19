package segment_test

import (
	"fmt"

	"github.com/jikenbo/jikenbo/internal/segment"
)

func ExampleSplit() {
	text := "【セキュリティ事件簿#2025-002】株式会社みかん商事 不正アクセスに関するお知らせ\n\n" +
		"当社サーバーが不正アクセスを受けました。\n\n" +
		"【セキュリティ事件簿#2025-001】いちょう市 メール誤送信について\n\n" +
		"職員が宛先を誤ってメールを送信しました。\n"
	for _, s := range segment.Split(text) {
		fmt.Printf("%d-%d %s %s\n", s.Span.Start, s.Span.End, s.CasebookID, s.Title)
	}
	// Output:
	// 0-176 2025-002 株式会社みかん商事 不正アクセスに関するお知らせ
	// 176-327 2025-001 いちょう市 メール誤送信について
}
