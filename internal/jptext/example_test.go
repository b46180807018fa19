package jptext_test

import (
	"fmt"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

func ExampleFold() {
	folded, offs := jptext.Fold("ＩＤ：１２３　ｻｰﾊﾞｰ〜")
	fmt.Println(folded)
	fmt.Println(len(offs) == len(folded)+1, offs[len(folded)])
	// Output:
	// ID:123 サーバー~
	// true 39
}

func ExampleParseNumber() {
	for _, s := range []string{"1,153", "約2千", "1万2千", "二十一", "2.5万", "１２", "2.5", "5月"} {
		n, ok := jptext.ParseNumber(s)
		fmt.Println(s, n, ok)
	}
	// Output:
	// 1,153 1153 true
	// 約2千 2000 true
	// 1万2千 12000 true
	// 二十一 21 true
	// 2.5万 25000 true
	// １２ 12 true
	// 2.5 0 false
	// 5月 0 false
}

func ExampleFindCounts() {
	text := "会員約97,533件のうち、最大2,881件(2,000人分)が閲覧可能でした。第2報"
	for _, c := range jptext.FindCounts(text) {
		fmt.Printf("%s value=%d unit=%s qualifier=%q per=%q\n",
			text[c.Span.Start:c.Span.End], c.Value, c.Unit, c.Qualifier, c.Per)
	}
	// Output:
	// 約97,533件 value=97533 unit=件 qualifier="約" per=""
	// 最大2,881件 value=2881 unit=件 qualifier="最大" per=""
	// 2,000人分 value=2000 unit=人 qualifier="" per="人分"
}

func ExampleFindDates() {
	text := "令和5年5月26日\n5月17日(水)に不審な通信を検知し、同月19日に調査を開始。翌20日、26日間の停止を決定。"
	for _, d := range jptext.FindDates(text, jptext.DateContext{}) {
		fmt.Printf("%s %s %q\n", d.Kind, d.ISO(), text[d.Span.Start:d.Span.End])
	}
	// Output:
	// full 2023-05-26 "令和5年5月26日"
	// month_day 2023-05-17 "5月17日"
	// relative 2023-05-19 "同月19日"
	// relative 2023-05-20 "翌20日"
}

func ExampleFixYear() {
	fmt.Println(jptext.FixYear(2003, 2023))
	fmt.Println(jptext.FixYear(2022, 2023))
	// Output:
	// 2023 true
	// 2022 false
}
