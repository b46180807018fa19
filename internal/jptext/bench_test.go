package jptext_test

import (
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

// benchText builds about 1 MB of notice-like text from fictional sentences.
func benchText() string {
	parts := []string{
		"【お知らせ】株式会社ミナモ商事 不正アクセスによる個人情報漏えいのお詫び 2023年7月28日\n",
		"この度、当社が運営する通販サイト「ミナモオンライン」において、第三者による不正アクセスを受け、",
		"お客様のクレジットカード情報（２，８８１件）および個人情報（最大12,345名分）が漏えいした可能性があることが判明いたしました。\n",
		"1 経緯\n(1)7月19日(水) 10時頃 委託先の担当者がメールを一斉送信した。\n",
		"令和5年5月26日、外部機関より指摘を受け、同月29日に調査を開始しました。翌30日には決済を停止しています。\n",
		"調査の結果、2021年4月30日~2023年3月1日の期間に購入された約5万件の注文が対象となりました。\n",
		"お問い合わせ窓口 0120-95-0178 受付時間 10:00～17:00（土日祝を除く）\n",
		"なお、令和5年度の事業計画には影響はございません。当社は千葉県警に相談しております。",
		"市民文化局の職員1名が、26日午前6時頃、USBメモリ1個を紛失しました。対象は児童約2千人分の成績です。\n",
		"令 和 ５ 年 ６ 月 １ ６ 日\n東京ミナモ市長 山田 太郎\n",
		"ｵﾝﾗｲﾝｼｮｯﾌﾟのﾊﾟｽﾜｰﾄﾞを再設定してください。バージョン1.2.3を適用済みです。\n",
	}
	unit := strings.Join(parts, "")
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(unit)
	}
	return b.String()
}

var benchSink int

func BenchmarkFindDates(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		benchSink += len(jptext.FindDates(text, jptext.DateContext{Year: 2023, Month: 7}))
	}
}

func BenchmarkFindCounts(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		benchSink += len(jptext.FindCounts(text))
	}
}

func BenchmarkFold(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		benchSink += len(jptext.FoldString(text))
	}
}

func BenchmarkParseNumber(b *testing.B) {
	in := []string{"1,153", "約2千", "1万2千", "二十一", "2.5万", "97,533"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range in {
			n, _ := jptext.ParseNumber(s)
			benchSink += int(n)
		}
	}
}
