package extract_test

import (
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Round 5 regression cases for the organization, from the ways real
// notices of ministries, hospitals, banks, municipalities and news pages
// name (or do not name) the body that had the incident. The notices are
// fictional.

func orgOf(f model.Facts) string { return f.Organization }

func TestRound5OrgLabelled(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a table row labelled with the company name", `会社名 | 国土情報庁 |
---|---|
漏洩種別 | 紛失 |
漏洩件数 | 120件 |
国土情報庁にて個人情報を含む記録媒体が紛失した。現時点で情報の不正利用は確認されていない。`, "国土情報庁"},
		{"a school name label with the name on the next line", `県立高等学校における個人情報の紛失について
掲載日:2025年4月11日
記者発表資料
令和7年4月10日
教育庁高校教育課
学校名
南浜県立みなと高等学校
概要
担任教諭が生徒の氏名と住所を記載した調査票を紛失した。`, "南浜県立みなと高等学校"},
		{"an organization label with a colon", `組織名:一般社団法人みさき観光協会
発生日:2025年3月2日
会員名簿を記録したUSBメモリーを紛失したことが判明しました。`, "一般社団法人みさき観光協会"},
		{"a page title with the name between bars", `職員が患者の電子カルテを不正に閲覧|みさき医科大学附属病院|セキュリティまとめ

職員が患者の電子カルテを不正に閲覧|みさき医科大学附属病院

みさき医科大学附属病院は5月2日、職員による電子カルテの不適切な閲覧が確認されたと発表しました。`, "みさき医科大学附属病院"},
	})
}
