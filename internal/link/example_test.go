package link_test

import (
	"fmt"

	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
)

// ExampleNormalizeOrg shows which spellings of an organization compare equal.
func ExampleNormalizeOrg() {
	for _, s := range []string{"エーザイ株式会社", "株式会社 JR 西日本ヴィアイン", "㈱ミナモト精機", "国立大学法人　北浜大学", "ＡＢＣ商事（株）"} {
		fmt.Println(link.NormalizeOrg(s))
	}
	// Output:
	// エーザイ
	// JR西日本ヴィアイン
	// ミナモト精機
	// 北浜大学
	// ABC商事
}

// ExampleCluster links a notice, its follow-up and an unrelated notice of the
// same city.
func ExampleCluster() {
	item := func(org, date, typ, seq, text string) link.Item {
		return link.Item{Text: text, Facts: model.Facts{IsIncident: true, Organization: org,
			Published: date, Types: []string{typ}, ReportSeq: seq}}
	}
	items := []link.Item{
		item("若葉台市", "2025-02-03", "loss_theft", "", "若葉台市 2月1日、市民課の職員が住民票の写し42件を含む書類を紛失しました。"),
		item("若葉台市", "2025-02-20", "misdelivery", "", "若葉台市 2月19日、講座案内のメールを誤って宛先に表示したまま送信しました。"),
		item("若葉台市", "2025-04-10", "loss_theft", "2", "若葉台市 2月3日付で公表しました書類の紛失について(第2報)。書類42件は発見されていません。"),
	}
	fmt.Println(link.Cluster(items))
	// Output:
	// [0 1 0]
}
