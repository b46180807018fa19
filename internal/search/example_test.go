package search_test

import (
	"fmt"

	"github.com/jikenbo/jikenbo/internal/search"
)

func ExampleParse() {
	q := search.Parse(`不正アクセス "個人情報 漏えい" -訓練 type:ransomware sector：自治体 year:2024`)
	for _, t := range q.Terms {
		fmt.Printf("term %q phrase=%v neg=%v\n", t.Text, t.Phrase, t.Neg)
	}
	for _, f := range q.Filters {
		fmt.Printf("filter %s=%s\n", f.Field, f.Value)
	}
	fmt.Println(q.Toggle("year", "2024"))
	// Output:
	// term "不正アクセス" phrase=false neg=false
	// term "個人情報 漏えい" phrase=true neg=false
	// term "訓練" phrase=false neg=true
	// filter type=ransomware
	// filter sector=自治体
	// filter year=2024
	// 不正アクセス "個人情報 漏えい" -訓練 type:ransomware sector:自治体
}

func ExampleFold() {
	fmt.Println(search.Fold("ＮＴＴ　ﾃﾞｰﾀｾﾝﾀｰ ＶＰＮ"))
	// Output: ntt データセンター vpn
}

func ExampleSnippet() {
	for _, f := range search.Snippet("当社のﾒｰﾙｻｰﾊﾞが不正アクセスを受けました。", []string{search.Fold("メールサーバ")}, 40) {
		if f.Mark {
			fmt.Printf("[%s]", f.Text)
		} else {
			fmt.Print(f.Text)
		}
	}
	fmt.Println()
	// Output: 当社の[ﾒｰﾙｻｰﾊﾞ]が不正アクセスを受けました。
}
