package jptext_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

// countStr renders counts as "text=value unit qualifier per" for comparison.
func countStr(text string, cs []jptext.Count) string {
	var parts []string
	for _, c := range cs {
		p := fmt.Sprintf("%s=%d%s", text[c.Span.Start:c.Span.End], c.Value, c.Unit)
		if c.Qualifier != "" {
			p += "/" + c.Qualifier
		}
		if c.Per != "" {
			p += "/" + c.Per
		}
		if c.Scope != "" {
			p += "/scope:" + c.Scope
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

func TestFindCounts(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"comma people", "会員28,658名の情報", "28,658名=28658名"},
		{"people", "患者1,153人分ではなく1,153人", "1,153人分=1153人/人分 1,153人=1153人"},
		{"approx", "ID数:約97,533件", "約97,533件=97533件/約"},
		{"max", "最大2,881件のカード情報", "最大2,881件=2881件/最大"},
		{"per", "96名分の個人情報", "96名分=96名/名分"},
		{"paren pair", "18件(17人分)", "18件=18件 17人分=17人/人分"},
		{"full-width paren pair", "１８件（１７人分）", "１８件=18件 １７人分=17人/人分"},
		{"kanji thousand", "児童約2千人の成績", "約2千人=2000人/約"},
		{"man", "メール約5万件が送信", "約5万件=50000件/約"},
		{"man sen", "1万2千件", "1万2千件=12000件"},
		{"households", "22,000世帯", "22,000世帯=22000世帯"},
		{"all cases", "全4917例", "全4917例=4917例/全/scope:全"},
		{"kanji", "二十一人が", "二十一人=21人"},
		{"full-width", "１２人", "１２人=12人"},
		{"spaces", "約 11,000 件", "約 11,000 件=11000件/約"},
		{"ideographic spaces", "約　１１，０００　件", "約　１１，０００　件=11000件/約"},
		{"decimal man", "2.5万件", "2.5万件=25000件"},
		{"suffix qualifier", "1,000人以上", "1,000人以上=1000人/以上"},
		{"suffix over", "100件超の", "100件超=100件/超"},
		{"amari", "2千人余りが", "2千人余り=2000人/余り"},
		{"mid yo", "100余人", "100余人=100人/余"},
		{"uchi", "うち3件は", "うち3件=3件/うち/scope:うち"},
		{"goukei", "合計1,200件", "合計1,200件=1200件/合計/scope:合計"},
		{"keiyaku", "合計約1,200件", "合計約1,200件=1200件/約/scope:合計"},
		{"tenpo", "3店舗で", "3店舗=3店舗"},
		{"companies", "取引先5社", "5社=5社"},
		{"accounts", "12アカウント", "12アカウント=12アカウント"},
		{"multi", "メールアドレス42名/件", "42名=42名"},
		{"sama", "お客様2名様", "2名様=2名様"},
		{"card", "内クレジットカード情報6,263名", "6,263名=6263名"},
		{"places", "3か所", "3か所=3か所"},
		{"around ten", "10名前後", "10名前後=10名/前後"},
		{"name", "3名前の", ""},
		{"nursery", "市内14園のうち1園", "14園=14園 うち1園=1園/うち/scope:うち"},
		{"households", "120戸", "120戸=120戸"},
		{"per after paren", "202 世帯(207 人)分", "202 世帯=202世帯 207 人=207人"},
		{"sen alone", "千人規模", "千人=1000人"},
		{"hyaku", "三百件", "三百件=300件"},
		{"man then digits", "計6万7000件", "計6万7000件=67000件/計/scope:計"},
		{"oku man", "1億2,345万件", "1億2,345万件=123450000件"},
		{"uchi yaku", "うち約3,000件", "うち約3,000件=3000件/約/scope:うち"},
		{"uchi spaced", "うち 約 3,000 件", "うち 約 3,000 件=3000件/約/scope:うち"},
		{"max approx", "最大約2万件", "約2万件=20000件/約"},
		{"kanji after noun", "男性職員一人が", "一人=1人"},
		{"ikkai", "一回の操作で", "一回=1回"},
		{"ittsuu", "一通のメール", "一通=1通"},
		{"range upper bound", "2,000~3,000件", "3,000件=3000件"},
		{"kanji after qualifier", "計三件", "計三件=3件/計/scope:計"},
		// must not match
		{"ordinal", "第2回 第3報", ""},
		{"ordinal suffix", "2回目 3人目", ""},
		{"rate", "1人当たり 1件ずつ", ""},
		{"yuiitsu", "唯一人", ""},
		{"toitsu", "統一件名", ""},
		{"date", "2023年5月17日", ""},
		{"time", "10時頃", ""},
		{"ichibu", "一部の自治体", ""},
		{"doitsu", "同一人物", ""},
		{"toori", "一通り確認", ""},
		{"kojin", "1個人", ""},
		{"kenmei", "1件名", ""},
		{"suu", "数十人", ""},
		{"decimal without unit", "2.5件", ""},
		{"phone", "0120-95-0178", ""},
		{"version", "v1.2.3", ""},
		{"huge", "99999999999999件", ""},
		{"tsuushin", "1通信", ""},
		{"ichirei", "不審メールの一例", ""},
		{"spaced heading", "1 件 名", ""},
		{"hitomawari", "一回り", ""},
		{"tounai", "都内3店舗", "3店舗=3店舗"},
		{"anzen", "安全3件", "3件=3件"},
		{"yen", "5万円", ""},
		{"kindergartner", "3園児", ""},
		{"detached house", "1戸建て", ""},
		{"percent", "30%", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := countStr(tt.in, jptext.FindCounts(tt.in))
			if got != tt.want {
				t.Errorf("FindCounts(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
