package decode_test

import (
	"fmt"
	"strings"

	"github.com/jikenbo/jikenbo/internal/decode"
)

func ExampleDecode() {
	// "お知らせ" in EUC-JP, with no declaration.
	res, err := decode.Decode([]byte("\xA4\xAA\xC3\xCE\xA4\xE9\xA4\xBB"), decode.Hint{Filename: "notice.txt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Text, res.Encoding, res.MediaType)
	// Output: お知らせ euc-jp text/plain
}

func ExampleHTMLToText() {
	text, _ := decode.HTMLToText(strings.NewReader(
		`<nav>メニュー</nav><h1>お詫び</h1><p>個人情報が
漏えいした可能性があります。</p><ul><li>氏名</li><li>住所</li></ul>`))
	fmt.Print(text)
	// Output:
	// お詫び
	//
	// 個人情報が漏えいした可能性があります。
	//
	// ・氏名
	// ・住所
}

func ExampleJoinPDFLines() {
	fmt.Print(decode.JoinPDFLines("当該職員が市に設置\nされた端末を操作しました。\n・対象者\n約100名\n"))
	// Output:
	// 当該職員が市に設置された端末を操作しました。
	// ・対象者
	// 約100名
}
