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
		{"dateline tag opening the lead", `住宅情報を無断閲覧 みなと市が臨時職員処分

【みなと】みなと市は16日、市民の住民基本情報を無断で閲覧していた男性臨時職員を戒告の処分にした。`, "みなと市"},
		{"headline and lead on one line after a tag", `トップ > 南浜 > 10月8日の記事一覧 > 記事
【南浜】個人情報を不正閲覧 北野市職員を停職・降格処分北野市は七日、職場のコンピューターを使って市民の個人情報を不正に閲覧したとして、係長級の男性職員を停職三カ月の懲戒処分とした。`, "北野市"},
		// A photo caption naming the office building and its address.
		{"prefectural office caption", `USBメモリー紛失 生徒120人分の成績
南浜県庁=南浜市中央町

南浜県は5日、県立高校の教諭が生徒の成績などを記録したUSBメモリーを紛失したと発表した。`, "南浜県"},
		{"city hall caption", `北野市役所=北野市本町
北野市は、市民の個人情報を記載した書類を別人に郵送したと発表した。`, "北野市"},
		{"a photo caption naming only the building", `北野市、同僚らの個人情報不正収集で男性職員を停職6カ月

職員の個人情報不正収集などで謝罪する北野市幹部ら=市役所

 北野市は10日、住民記録システムから同僚家族の個人情報を不正収集したとして、男性主査を停職6カ月の懲戒処分にしたと発表した。`, "北野市"},
		{"a breadcrumb is no name", `トップ > ニュース > 社会
北野市、住民票の写し誤交付 別人の情報記載
2024年10月8日 11時20分
北野市は7日、市民課の窓口で住民票の写しを交付した際、別人の住民票を誤って交付したと発表した。`, "北野市"},
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
		{"a business description before the subject", `ランサムウェア被害で出荷停止
自動車部品メーカーのミナト工業は9日、社内システムがランサムウェアに感染し、製品の出荷を停止したと発表した。`, "ミナト工業"},
		{"a trade description before the subject", `物流大手のはやて運輸は9日、配送伝票の情報が流出した可能性があると発表した。`, "はやて運輸"},
		{"board's short form in the headline tag, bare in the lead", `生徒の個人情報を誤送信 54人分 南浜県教委
県教委は8日、県立高校の教員が生徒54人分の成績を誤って保護者にメール送信したと発表した。`, "南浜県教委"},
		// A person after the name.
		{"city staff in a headline", `北野市職員、住民情報を不正閲覧
北野市の職員が業務と関係なく住民の個人情報を閲覧していたことが分かった。`, "北野市"},
		{"teacher of a board in a headline", `東浜市教育委員会教諭、成績表を紛失
東浜市立中学校の教諭が生徒の成績表を紛失していたことが分かった。`, "東浜市教育委員会"},
		{"executive glued to the company in the signature", `不正アクセスに関するお詫び
弊社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明しました。深くお詫び申し上げます。

株式会社ハナミズキ代表取締役　山田太郎`, "株式会社ハナミズキ"},
		{"department and person after the company in the signature", `不正アクセスに関するお詫び
弊社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明しました。深くお詫び申し上げます。

株式会社ハナミズキ 広報部 山田太郎`, "株式会社ハナミズキ"},
		{"address after the company in the signature", `不正アクセスに関するお詫び
弊社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明しました。

株式会社ハナミズキ 〒100-0001 北野市本町1-2-3`, "株式会社ハナミズキ"},
		{"casebook header whose first word runs into the title", `【セキュリティ事件簿#2023-426】公立みなと病院における個人情報を含む USB メモリの紛失について

令和 5 年 10 月 20 日(金)午前、当院外科医師が所持していた個人情報入り USB メモリが紛失したことが判明しました。`, "公立みなと病院"},
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

func TestRound4OrgNewsSubjects(t *testing.T) {
	runField(t, "organization", func(f model.Facts) string { return f.Organization }, []fieldCase{
		// The subject of a news lead without a legal form.
		{"subject with a full date", `通販サイトに不正アクセス
ハナミズキは2025年2月14日、運営する通販サイトが不正アクセスを受け、顧客のクレジットカード情報約3000件が流出した可能性があると発表した。`, "ハナミズキ"},
		{"subject with a day and 発表し", `ハナミズキは12月9日、運営する通販サイトが不正アクセスを受けたと発表し、顧客に謝罪した。`, "ハナミズキ"},
		{"described subject with a day", `通販サイトを運営するハナミズキは9日、顧客の氏名や住所など約1200人分が流出した可能性があると明らかにした。`, "ハナミズキ"},
		{"kanji subject with a place in parentheses", `北浜電機(北野市)は10日、社内のサーバーがランサムウェアに感染したと発表した。`, "北浜電機"},
		{"kanji subject with a relative month", `北浜電機は昨年12月、社内のサーバーが不正アクセスを受けていたと明らかにした。`, "北浜電機"},
		{"subject then 、 and 明らかにした", `ハナミズキは、運営する通販サイトが不正アクセスを受け、顧客の個人情報が流出した可能性があることを明らかにした。`, "ハナミズキ"},
		{"described subject without a date", `燃料施設の見学申込者の個人情報が流出した可能性
南浜県北野村にある燃料施設の見学を申し込んだ約5000人の個人情報が流出した可能性があることが分かり、事業者のみなと原燃は関係者に順次連絡するとしています。`, "みなと原燃"},
		{"subject with its listing in parentheses", `ハナミズキ(東証スタンダード)は9日、子会社のサーバーがランサムウェアに感染したと発表した。`, "ハナミズキ"},
		{"subject with head office and president in parentheses", `ハナミズキ(本社:北野市、代表取締役社長:山田太郎)は9日、運営する通販サイトが不正アクセスを受けたと発表した。`, "ハナミズキ"},
		{"dateline tag before a news subject", `【ミナト共同】米IT大手のABCソフトは9日、顧客管理システムが不正アクセスを受けたと発表した。`, "ABCソフト"},
		{"kind glued before the name", `北野市に本社を置く通販会社ハナミズキは9日、顧客情報が流出した可能性があると発表した。`, "ハナミズキ"},
		{"trade glued before a Latin name", `米IT大手ABCソフトは9日、顧客管理システムが不正アクセスを受けたと発表した。`, "ABCソフト"},
		// The source of a news story.
		{"source by によりますと", `燃料施設の見学申込者の個人情報が流出した可能性
見学を申し込んだ約5000人の個人情報が流出した可能性があることが分かりました。
みなと原燃によりますと先月19日、受け入れ業務を委託されていたグループ会社のパソコンがウイルスに感染していることが分かりました。
みなと原燃は対象者に順次連絡するとしています。`, "みなと原燃"},
		{"source by によると", `会員情報流出の可能性
会員約2万人の氏名とメールアドレスが外部から閲覧できる状態だったことが分かった。
ミナトデンキによると、設定の誤りが原因だという。`, "ミナトデンキ"},
		{"a department as the source stands for its city", `健診の案内を別人に郵送
北野市保険年金課によると、健診の案内文書を別人に郵送していたことが分かった。`, "北野市"},
		// News headlines.
		{"headline name then 、", `ハナミズキ、通販サイトに不正アクセス カード情報流出か
通販サイトを運営する同社によると、顧客のクレジットカード情報約3000件が流出した可能性がある。`, "ハナミズキ"},
		{"headline description の name 、", `健康食品のハナミズキ、通販サイトに不正アクセス
同社によると、顧客のクレジットカード情報約3000件が流出した可能性がある。`, "ハナミズキ"},
		{"headline business の name 、", `家電販売のミナトデンキ、会員情報が流出した可能性
同社によると、会員約2万人の氏名とメールアドレスが外部から閲覧できる状態だった。`, "ミナトデンキ"},
		{"headline under a breadcrumb, a date line and a byline", `ITニュース > セキュリティ
2023年02月14日 16時30分 公開
[山田太郎,ITニュース]
ハナミズキ、ミナトモールに不正アクセス カード情報流出の可能性
通販サイト「ミナトモール」に不正アクセスがあり、顧客のクレジットカード情報2万件が流出した可能性がある。同社が2月14日に発表した。`, "ハナミズキ"},
		{"described headline under page chrome", `ニュース
社会
2024年5月10日
家電販売のミナトデンキ、会員情報が閲覧可能な状態に
会員約2万人の氏名とメールアドレスが外部から閲覧できる状態だったことが分かった。同社が明らかにした。`, "ミナトデンキ"},
		{"headline Latin name with a space then 、", `Hana Mart、通販サイトに不正アクセス
同社によると、顧客のクレジットカード情報約3000件が流出した可能性がある。`, "Hana Mart"},
		{"headline name then 、 after a tag", `【セキュリティニュース】ハナミズキ、通販サイトに不正アクセス
通販サイトを運営する同社によると、顧客のクレジットカード情報約3000件が流出した可能性がある。`, "ハナミズキ"},
		// The issuer defined as the self reference.
		{"foundation defined as 当財団", `オンライン寄付の決済サービス会社における不正アクセスについて

平素より当財団の活動にご支援を賜り、誠にありがとうございます。
公益財団法人みなと未来基金(以下「当財団」)への寄付の決済に利用しております決済サービス会社において、不正アクセスが発生し、寄付者の皆様のクレジットカード情報が流出した可能性があることが判明しました。`, "公益財団法人みなと未来基金"},
		{"company defined as 当社 with といいます", `このたび、ハナミズキ株式会社(以下、「当社」といいます。)が運営する通販サイトにおいて、お客様の個人情報が漏えいした可能性があることが判明いたしました。`, "ハナミズキ株式会社"},
		{"school corporation defined as 本学", `委託先における個人情報の漏えいについて
学校法人みなと学園(以下「本学」)が業務を委託している事業者のサーバーが不正アクセスを受けました。`, "学校法人みなと学園"},
		// A heading line with the name and the body after a space.
		{"name then body after a long title", `カード情報漏えい事例|ハナミズキ社が通販サイトの不正アクセスを公表
株式会社ハナミズキ 弊社が運営する通販サイトにおいて、第三者による不正アクセスを受け、お客様のクレジットカード情報が漏えいした可能性があることが判明いたしました。`, "株式会社ハナミズキ"},
		{"name then body on the first line", `有限会社みなと商店 当社が運営するオンラインショップにおいて、お客様の個人情報が流出した可能性があることが判明いたしました。`, "有限会社みなと商店"},
		{"city from a headline tag", `<北野市>案内文書を別人に郵送
市は3日、国民健康保険の案内文書21人分を誤って別人に郵送したと発表した。`, "北野市"},
		{"city from a dateline short form written in full in the body", `【北野】案内文書を別人に郵送
市は3日、案内文書21人分を誤って別人に郵送したと発表した。北野市では再発防止策を検討している。`, "北野市"},
		{"prefecture from the page address", `県立病院で患者情報入りUSB紛失
県は10日、県立病院の職員が患者42人分の個人情報を記録したUSBメモリーを紛失したと発表した。
https://www.pref.nagano.lg.jp/byoin/usb.html`, "長野県"},
		// A long headline joined to its lead as a wrapped line.
		{"joined headline, board of education in the lead", `市立小学校の教諭が児童35人分の個人情報入りUSBメモリーを紛失した疑い
東浜市教育委員会は10日、市立小学校の教諭が児童35人分の個人情報を含むUSBメモリーを紛失したと発表した。`, "東浜市教育委員会"},
		{"joined headline naming a school, board in the lead", `みなと市立中学校、卒業生104名の成績など含むUSBメモリーを紛失
南浜県みなと市教育委員会は1月23日、市立中学校の男性教諭が、卒業生104名の個人情報が入った私物のUSBメモリーを紛失したと発表した。`, "南浜県みなと市教育委員会"},
		{"joined headline, brand subject in the lead", `通販サイトに不正アクセス、顧客のクレジットカード情報約3000件が流出か
ハナミズキは9日、運営する通販サイトが不正アクセスを受けたと発表した。`, "ハナミズキ"},
		// A prefecture named only by a headline tag.
		{"prefecture from a dateline tag", `《長野》県立病院で患者情報入りUSB紛失
県は10日、県立病院の職員が患者42人分の個人情報を記録したUSBメモリーを紛失したと発表した。`, "長野県"},
		{"prefecture from a bracket tag", `【長野】個人情報含む書類を誤送付
県は3日、県税の通知書を別人に送付したと発表した。`, "長野県"},
	})
}

func TestRound4OrgNewsNegatives(t *testing.T) {
	runField(t, "organization", func(f model.Facts) string { return f.Organization }, []fieldCase{
		{"a suspect is no organization", `山田一郎容疑者は9日、不正に入手した顧客情報を販売したとして逮捕された。`, ""},
		{"the police as a bare word are no name", `警察は9日、通販サイトへの不正アクセス事件で男を逮捕したと発表した。`, ""},
		{"a news source is no subject", `南浜新聞は9日、通販サイトへの不正アクセスで顧客情報が流出した可能性があると報じた。`, ""},
		{"an officer with a relative time is no subject", `警察官が捜査情報を漏らす
警察官は昨年、知人の求めに応じて捜査中の事件の情報を伝えていた。`, ""},
		{"a man with a day is no subject", `通販サイトに不正アクセスの疑い
会社員の男は9日、通販サイトに不正にアクセスした疑いで逮捕された。`, ""},
		{"leaked data described by a verb is no subject", `漏えいした捜査情報は304人分 南浜県警、巡査長を懲戒免職

 南浜県警の捜査情報を第三者に漏らした疑いで巡査長が逮捕された事件を巡り、県警は20日、計304人の個人情報が漏えいしたと発表した。`, "南浜県警"},
		{"a common kanji noun with a day is no subject", `記者会見で謝罪
会見は9日、市内のホテルで開かれた。通販サイトの顧客情報が流出した可能性があるという。`, ""},
		{"a board's short form without its place names no one", `生徒の成績を誤送信
県教委は8日、県立高校の教員が生徒の成績を誤って別の保護者に送信したと発表した。`, ""},
		{"a person with an age is no subject", `山田一郎(49)は9日、取材に対し「情報を持ち出した」と話した。`, ""},
		{"customers with a day are no subject", `お知らせ
対象のお客様は2024年5月1日から5月9日までにご購入の方です。`, ""},
		{"the server in question is no subject", `お知らせ
当該サーバーは5月1日、外部から遮断しました。`, ""},
		{"the outside experts are no subject", `お知らせ
外部専門家は5月20日、調査結果を公表しました。`, ""},
		{"a time word is no subject", `昨年は12月9日、市の委託業者が顧客情報を誤送信したと発表した。`, ""},
		{"a town's page is no name", `町のホームページ改ざん、閲覧者に注意呼びかけ
みどり野町は、町のホームページが改ざんされたと発表した。`, "みどり野町"},
		{"a contractor defined as 委託先 is no issuer", `当社が業務を委託している株式会社みなとシステム(以下「委託先」)において、ランサムウェアによる被害が発生しました。

ハナミズキ株式会社`, "ハナミズキ株式会社"},
		{"a generic source is no name", `不正アクセスで情報流出か
専門家によると、通販サイトの顧客情報が流出した可能性があるという。`, ""},
		{"a person as the source is no name", `不正アクセスで情報流出か
捜査関係者によると、通販サイトの顧客情報が流出した可能性があるという。`, ""},
		{"a thing in katakana is no subject", `ホームページ改ざんのお知らせ
データは、第三者による改ざんを受けたものであることを公表した。`, ""},
		{"press reports are no source", `通販サイトで情報流出か
一部報道によると、通販サイトの顧客情報が流出した可能性があるという。報道を受けて調査している。`, ""},
		{"a newspaper in the footer is no subject", `案内文書を別人に郵送 21人分
市は3日、国民健康保険の案内文書21人分を誤って別人に郵送したと発表した。

南浜新聞社`, ""},
		{"a newspaper writing about its own incident stays", `会員情報流出のお詫び
弊社が運営する会員サイトが不正アクセスを受け、会員の個人情報が流出した可能性があることが判明しました。

株式会社南浜新聞社`, "株式会社南浜新聞社"},
		{"a newspaper as the subject of a story stays", `南浜新聞社は9日、会員サイトが不正アクセスを受け、会員の個人情報が流出した可能性があると発表した。`, "南浜新聞社"},
		{"a venue city is no organization", `北野市の会場で開催したセミナーにおいて、参加者のメールアドレスが他の参加者に表示される状態になっていました。関係者の皆様にお詫び申し上げます。`, ""},
		{"the location of a facility is no organization", `南浜県北野村にある燃料施設の見学を申し込んだ約5000人の個人情報が流出した可能性があることが分かりました。`, ""},
		{"a venue city before the signature's company", `来場者名簿の紛失について
北野市で開かれた展示会で、来場者名簿を紛失しました。関係者の皆様にお詫び申し上げます。

株式会社ハナミズキ`, "株式会社ハナミズキ"},
		{"a head office place before the subject", `北野市に本社を置くハナミズキは9日、社内のサーバーがランサムウェアに感染したと発表した。`, "ハナミズキ"},
		{"a city tag names no prefecture", `【北野】市立病院で患者情報入りUSB紛失
県は10日、県立病院の職員が患者の個人情報を記録したUSBメモリーを紛失したと発表した。`, ""},
	})
}
