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

func TestRound5OrgJunk(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"people addressed with 様 and a particle are no subject", `みなとファミリー・サポート・センター保有の個人情報の誤送信について
北野市立子育て支援センター内のみなとファミリー・サポート・センターにおいて、メールの誤送信による個人情報の漏えい事案が発生いたしました。
なお、誤ってデータを送信した会員様には、データを削除していただき、二次被害は確認されておりません。`, "北野市"},
		{"a department impersonated alone names no one", `会計課を装った不審メールに御注意ください
会計課を装った不審メールの事例が確認されています。
不審メールにはウイルスを含むファイルが添付されており、開いた場合は感染する可能性があります。`, ""},
		{"a town written with its county", `ふるさと納税の証明書を誤発送
東浦郡みさき町は6日、ふるさと納税の受納証明書300人分を誤って別の寄付者に発送したと発表した。`, "みさき町"},
		{"a county before the town hall and all its people", `東浦郡青浜村役場から全村民約3000人分の個人情報を持ち出した疑いで元課長が逮捕された。
元課長は個人情報を自宅に持ち帰ったとされる。`, "青浜村"},
		{"a day, the prefecture and the city before a department", `2025年5月27日、南浜県北野市の福祉部保育課において、保育施設宛てのメールに個人情報を含むファイルが誤って添付される事案が発生した。
誤送信が発覚したのは同日午後で、施設の1園から連絡が入った。`, "北野市"},
		{"a prefecture and a city in the first sentence", `保育施設宛てメールに児童名簿を誤添付
保育施設宛てに送信されたメールに、南浜県北野市が誤って児童の名簿を添付していたことが分かった。`, "北野市"},
	})
}
