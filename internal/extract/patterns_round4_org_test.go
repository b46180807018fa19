package extract_test

import (
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Round 4 regression cases for the organization on news and messy pages:
// junk around the right name (tags, datelines, dates, headline ends,
// persons, credits) and news subjects written without a legal form. The
// notices are fictional.

func TestRound4OrgJunk(t *testing.T) {
	runField(t, "organization", func(f model.Facts) string { return f.Organization }, []fieldCase{
		// A dateline or section tag before the name.
		{"dateline tag before the city", `【北浜】北浜市
北浜市は12日、市立小学校の教員が児童の個人情報を含むUSBメモリーを紛失したと発表した。`, "北浜市"},
		{"news flash tag before the city", `[速報]北野市
北野市は2日、国民健康保険の通知書を誤って別の世帯に送付したと発表した。`, "北野市"},
		{"double-angle tag before a company line", `《経済》ハナミズキ株式会社
当社の通販サイトが不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明しました。`, "ハナミズキ株式会社"},
		// A photo caption naming the office building and its address.
		{"prefectural office caption", `USBメモリー紛失 生徒120人分の成績
南浜県庁=南浜市中央町

南浜県は5日、県立高校の教諭が生徒の成績などを記録したUSBメモリーを紛失したと発表した。`, "南浜県"},
		{"city hall caption", `北野市役所=北野市本町
北野市は、市民の個人情報を記載した書類を別人に郵送したと発表した。`, "北野市"},
		// Dates and labels glued in front.
		{"labelled ISO date before the police", `date 2025-10-07 南浜県警は6日、巡査長が捜査資料を紛失したと発表した。資料には事件関係者12人の氏名が記載されていた。`, "南浜県警"},
		{"posting date label before a company line", `投稿日:2021.01.04 ハナミズキ株式会社
当社の通販サイトが不正アクセスを受け、お客様のクレジットカード情報が流出した可能性があることが判明しました。`, "ハナミズキ株式会社"},
		{"Japanese date glued to a university line", `2025年9月17日みなと学院大学
学生の個人情報を含むファイルが外部から閲覧できる状態になっていたことが判明しました。`, "みなと学院大学"},
		{"day number glued to a university line", `学生の個人情報流出
2025年9月17日
17みなと学院大学
みなと学院大学は16日、学生約300人分の個人情報がメールの誤送信で流出したと発表した。`, "みなと学院大学"},
		// The end of a headline glued to the name.
		{"headline noun glued to a board of education", `児童の個人情報入りUSBメモリー紛失東浜市教育委員会
東浜市教育委員会は10日、市立小学校の教諭が児童35人分の個人情報を含むUSBメモリーを紛失したと発表した。`, "東浜市教育委員会"},
		{"headline count before the board's short form", `生徒の個人情報を誤送信 54人分 南浜県教委
南浜県教委は8日、県立高校の教員が生徒54人分の成績を誤って保護者にメール送信したと発表した。`, "南浜県教委"},
		// A person after the name.
		{"city staff in a headline", `北野市職員、住民情報を不正閲覧
北野市の職員が業務と関係なく住民の個人情報を閲覧していたことが分かった。`, "北野市"},
		{"teacher of a board in a headline", `東浜市教育委員会教諭、成績表を紛失
東浜市立中学校の教諭が生徒の成績表を紛失していたことが分かった。`, "東浜市教育委員会"},
		// No name at all.
		{"copyright line of the newspaper is no subject", `通販サイトに不正アクセス カード情報流出か
通販サイトの顧客のクレジットカード情報約3000件が流出した可能性がある。

© 株式会社南浜新聞社`, ""},
		{"a credit in parentheses is a vendor", `不正アクセスによる情報流出について
弊社が利用する予約システム(株式会社みなとシステム提供)が不正アクセスを受け、お客様の氏名と電話番号が流出した可能性があることが判明しました。`, ""},
		{"a bare self reference names no one", `当研究所は、研究用サーバーが第三者による不正アクセスを受け、共同研究者のメールアドレスが流出した可能性があることを確認しました。`, ""},
		{"a description of a company names no one", `決済代行会社における不正アクセスについて
決済代行会社への不正アクセスにより、クレジットカード情報が流出した可能性があることが判明しました。`, ""},
		// A body written without its place after the full form.
		{"department after the board's short form", `生徒の成績を誤送信
南浜県教委によると、県立高校の教員が生徒の成績を誤って別の保護者に送信した。
県教委保健体育課は「再発防止に努める」としている。`, "南浜県教委"},
	})
}
