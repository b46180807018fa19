package extract_test

import (
	"testing"

	"github.com/jikenbo/jikenbo/internal/extract"
	"github.com/jikenbo/jikenbo/internal/model"
)

// fieldCase is a fictional notice and the value one field must take ("" for
// empty).
type fieldCase struct {
	name, text, want string
}

// runField extracts each text as one report and compares one field.
func runField(t *testing.T, field string, get func(model.Facts) string, cases []fieldCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			segs := []model.Segment{{Span: model.Span{Start: 0, End: len(c.text)}}}
			f := extract.Extract(c.text, segs)[0]
			if got := get(f); got != c.want {
				t.Errorf("%s = %q, want %q", field, got, c.want)
			}
			checkEvidence(t, c.text, f)
		})
	}
}

func TestOrganizationPatterns(t *testing.T) {
	runField(t, "organization", func(f model.Facts) string { return f.Organization }, []fieldCase{
		{"generic noun subject resolved to the legal name", `飲食店運営会社に不正アクセス

北浜野市で飲食店を経営する会社は10日、予約サイトが不正アクセスを受け、顧客の個人情報が流出した可能性があると発表した。
有限会社かもめ亭によると、流出した可能性があるのは氏名や電話番号など約300人分。`, "有限会社かもめ亭"},
		{"quoted name after place and description", `しずく県の総合病院「みさき中央病院」は3日、患者の個人情報が記録されたUSBメモリーを紛失したと発表した。`, "みさき中央病院"},
		{"quoted name after a description alone", `地域の介護施設「ひだまりの家」は、利用者の個人情報を含む書類を紛失したと公表しました。`, "ひだまりの家"},
		{"a clause before は names no one", `本学の職員が使うメールアカウントが不正に使用され、学外へ迷惑メールが送信されました。
リンク先でパスワードを入力した場合は、直ちにパスワードを変更してください。`, ""},
		{"a clause ending in の names no one", `販売サイトへの不正アクセスについての調査結果のお知らせ

調査の結果、カード情報が流出した可能性があるのは、2024年3月1日から3月9日までに決済をされたお客様です。`, ""},
		{"police as written", `南浜県警は12日、捜査情報を外部に漏らしたとして、巡査長を書類送検したと発表した。`, "南浜県警"},
		{"police headquarters as written", `南浜県警察本部は、職員が捜査資料を紛失したと明らかにした。`, "南浜県警察本部"},
		{"headline source tag after a dash", `内部情報を漏えい疑い=巡査長を書類送検―南浜県警
2024年06月28日 19:31

南浜県警は28日、捜査情報を知人に漏らしたとして、巡査長を書類送検した。`, "南浜県警"},
		{"headline source tag, newspaper ignored", `市職員が住民情報を持ち出し―東浜新聞

東浜市は5日、職員が住民の個人情報を私用のUSBメモリーに持ち出していたと発表した。`, "東浜市"},
		{"generic noun under impersonation is no name", `弊社社員を装った不審なメールについて

弊社社員の名前を騙った不審なメールが複数の取引先に送信されていることを確認いたしました。`, ""},
		{"a contractor's name does not resolve 弊社", `弊社委託先における不正アクセスについて

弊社が業務を委託している委託先である株式会社みどりデータが不正アクセスを受け、弊社のお客様の個人情報が漏えいした可能性があることが判明しました。`, ""},
		{"date before a self reference is no name", `2024年5月22日当協会が運営するウェブサイトが不正アクセスを受け、会員の個人情報が流出した可能性があることが判明しました。`, ""},
		{"description then name then location in parentheses", `自動車用ホース製造のなぎさ化工(西浜県南浜市)は22日、ランサムウェアによるサイバー攻撃を受け、社内サーバーのデータが暗号化されたと発表した。`, "なぎさ化工"},
		{"name then head office in parentheses", `通販大手のかざみ堂(本社・東京都港区)は、会員情報が流出した可能性があると明らかにした。`, "かざみ堂"},
		{"name then head office and representative in parentheses", `住宅設備販売のあおば住設(本社:東京都港区、代表取締役社長:山田太郎)は、顧客情報が流出した可能性があると発表しました。`, "あおば住設"},
		{"a name starting with 同 is no back reference", `同志社みらい学園は15日、在校生の個人情報が流出した可能性があると発表した。`, "同志社みらい学園"},
		{"bullet before an organization line", `- 株式会社こだま電機

当社サーバーへの不正アクセスについて

当社のサーバーが不正アクセスを受け、個人情報が漏えいした可能性があることが判明いたしました。`, "株式会社こだま電機"},
		{"head of the hospital in the signature", `患者情報の紛失について

このたび、患者様の個人情報を含む書類を紛失する事案が発生いたしました。深くお詫び申し上げます。

令和6年4月10日
みさき中央病院長 山田太郎`, "みさき中央病院"},
		{"date, name, role and person on one signature line", `この度、当院において、患者の個人情報が記録されたノートパソコンを紛失したことが判明いたしました。深くお詫び申し上げます。
令和6年３月 みさき県立中央病院 院長 山田太郎`, "みさき県立中央病院"},
		{"role after the name in the signature", `患者情報の紛失について

このたび、患者様の個人情報を含む書類を紛失する事案が発生いたしました。深くお詫び申し上げます。

令和6年4月10日
みさき総合医院 院長 山田太郎`, "みさき総合医院"},
		{"subject of an announcement with a full date", `株式会社ながれ製作所は2025年5月12日、取引先の情報が流出した可能性があることを公表しました。`, "株式会社ながれ製作所"},
		{"police named before の in a news lead", `南浜県警の捜査資料 新たに300人超の個人情報流出か

南浜県警の個人情報が載った捜査の内部資料が外部へ流出した問題の続報です。新たに300人以上の個人情報が漏えいした可能性があることがわかりました。`, "南浜県警"},
		{"name before における in the title", `ひかり市商工会連合会における個人情報の漏えいについて

ひかり市商工会連合会にて、会員企業の情報を記録したUSBメモリーを紛失する事案が発生しました。関係者の皆様に深くお詫び申し上げます。`, "ひかり市商工会連合会"},
		{"name before にて", `個人情報を含むUSBメモリーの紛失について

ひかり市商工会連合会にて、会員企業の情報を記録したUSBメモリーを紛失する事案が発生しました。関係者の皆様に深くお詫び申し上げます。`, "ひかり市商工会連合会"},
		{"name before において", `このたび、みさき中央病院において、患者様の個人情報を含む書類を紛失する事案が発生いたしました。深くお詫び申し上げます。`, "みさき中央病院"},
		{"city named only inside a sub-body's name", `個人情報を含む書類の紛失について

このたび、東浜市危険物安全協会の事務局において、会員名簿を紛失する事案が発生しました。深くお詫び申し上げます。`, "東浜市"},
		{"corporation line over the facility it runs", `ランサムウェア被害に関するお知らせ

令和6年6月14日
医療法人社団ひばり会
ひばり台総合病院
院長 東山 恵一

当院へのサイバー攻撃について、判明した事項をご報告いたします。`, "医療法人社団ひばり会 ひばり台総合病院"},
		{"headline source tag after a space", `SNSで知人に捜査情報を漏えい容疑 警察官を書類送検 南浜県警

南浜県警は30日、県内の警察署に勤務する巡査長が捜査情報を漏らしたとして書類送検したと発表した。`, "南浜県警"},
		{"corporation and facility on one line are no headline", `医療法人社団さくら会 ひばり総合病院

患者情報の紛失について

当院において患者様の個人情報を含む書類を紛失いたしました。`, "医療法人社団さくら会 ひばり総合病院"},
		{"name defining its short form before の", `リモートアクセス機器に対する不正アクセスに関するご報告

国立研究開発法人みらい技術研究機構(以下「MGK」という)のリモートアクセス機器に対する不正アクセスが発生しましたので、お知らせいたします。`, "国立研究開発法人みらい技術研究機構"},
		{"subject of an announcement without a comma", `ひかげ工業株式会社は社内のサーバーがランサムウェアに感染したと明らかにした。`, "ひかげ工業株式会社"},
	})
}

func TestPublishedPatterns(t *testing.T) {
	runField(t, "published", func(f model.Facts) string { return f.Published }, []fieldCase{
		{"full date after the subject, 公表しました", `株式会社ながれ製作所は2025年5月12日、取引先の情報が流出した可能性があることを公表しました。`, "2025-05-12"},
		{"full date after the subject and a comma, 明かしました", `かざみ堂株式会社は、2024年9月3日、会員の個人情報が流出した可能性があると明かしました。`, "2024-09-03"},
		{"明らかにした with a dateline", `2024年11月8日 9時00分

ひかげ工業株式会社は7日、社内のサーバーがランサムウェアに感染したことを明らかにした。`, "2024-11-07"},
		{"day before the verb that ends the lead", `2024年10月21日 8:00

かざみ堂株式会社は、会員の個人情報が流出した可能性があると20日に発表した。`, "2024-10-20"},
		{"date at the end of the title line", `不正アクセス事案に関する調査報告書について 2023年3月28日

当社サーバーへの不正アクセスに関し、外部専門機関による調査が完了しましたのでご報告いたします。個人情報が漏えいした可能性があります。`, "2023-03-28"},
		{"dateline with a time and a news source", `内部情報を漏えい疑い=巡査長を書類送検―南浜県警
2024年06月28日 19:31 時事通信社

南浜県警の巡査長が捜査情報を知人に漏らしたとして、書類送検された。`, "2024-06-28"},
		{"dateline with the source before the date", `SNSで知人に捜査情報を漏えい容疑 警察官を書類送検 南浜県警

東浜新聞 / 2025年1月30日 21時29分

南浜県警は30日、巡査長が捜査情報を漏らしたとして書類送検したと発表した。`, "2025-01-30"},
		{"day with までに in a news lead", `2024年6月29日 10:00

警察の内部情報を知人に漏らしたとして、南浜県警は28日までに、巡査長を書類送検したと発表した。`, "2024-06-28"},
		{"date after a bracketed report number in the title line", `サーバーへの不正アクセスについて(第2報) 2023年2月14日

当社のサーバーに対し外部から不正アクセスがあったことは2022年12月23日付でお知らせしましたが、調査の結果、個人情報が流出した可能性を否定できないことが判明しました。`, "2023-02-14"},
		{"timeline date line at the bottom is no publication date", `不正アクセスに関するご報告

当社のサーバーに対する不正アクセスが発生しましたので、お知らせいたします。個人情報漏えいの可能性が否定できない状況です。

経緯
2025年1月9日(木)
脆弱性情報を受領し、当該機器を緊急停止しました。
2025年1月14日(火)
当該機器の状況を調査した結果、不正アクセスの痕跡があったことを確認しました。`, ""},
		{"day alone takes the dateline month, not an earlier month", `巡査長を書類送検
2024年5月21日 10:02

知人の女に捜査情報を漏らしたとして、4月に逮捕された事件に関連し、南浜県警は20日、巡査長を書類送検したと発表した。`, "2024-05-20"},
		{"day alone with no dateline is not completed from another sentence", `巡査長を書類送検

知人の女に捜査情報を漏らしたとして4月に逮捕された。南浜県警は20日、巡査長を書類送検したと発表した。`, ""},
	})
}

func TestDiscoveredPatterns(t *testing.T) {
	const head = "不正アクセスに関するお知らせ\n\n2024年9月10日\n株式会社ながれ製作所\n\n"
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"cleft sentence のことでした", head + `当社のサーバーが不正アクセスを受けました。不正アクセスが確認されたのは、2024年5月1日(水)のことでした。個人情報が漏えいした可能性があります。`, "2024-05-01"},
		{"event grasped under a 把握日時 heading", head + `申込フォームの設定に誤りがあり、回答者の氏名とメールアドレスが他の回答者から閲覧できる状態でした。

事案の把握日時
令和6年7月8日(月)10時15分 回答者からの連絡により、事案を把握。`, "2024-07-08"},
		{"cleft sentence です", head + `当社のサーバーが不正アクセスを受けました。被害が判明したのは2024年6月2日です。個人情報が漏えいした可能性があります。`, "2024-06-02"},
		{"timeline item with a report from the contractor", head + `当社の委託先が不正アクセスを受け、お客様の個人情報が漏えいした可能性があります。

【経緯】
・6月3日 委託先より当社へ不正アクセス被害の報告
・6月5日 対策本部を設置
・6月20日 調査結果を受領`, "2024-06-03"},
		{"timeline date alone on its line", head + `当社の委託先が不正アクセスを受け、お客様の個人情報が漏えいした可能性があります。

経緯
2024年6月3日(月)
委託先から、ランサムウェアによる被害が発生したとの報告がありました。
2024年6月5日(水)
対策本部を設置しました。`, "2024-06-03"},
		{"vulnerability notice first in a 発覚の経緯 list", "不正アクセスに関するお知らせ\n\n2025年1月20日\n株式会社ながれ製作所\n\n" + `当社のリモートアクセス機器に対する不正アクセスが発生しました。個人情報漏えいの可能性が否定できない状況です。

1.不正アクセス発覚までの経緯

令和7年1月9日(木)

外部機関より受領した脆弱性情報に、当社の機器が対象として含まれている事を確認。同日17:30頃に当該システムを緊急停止しました。

1月14日(火)

当該機器を調査した結果、令和6年12月下旬に不正アクセスの痕跡があったことを確認しました。`, "2025-01-14"},
		{"vulnerability notice before the traces", head + `2024年2月1日、外部機関から当社ウェブサーバーのソフトウェアに脆弱性がある旨の通知を受けました。2024年2月9日、同サーバーに不正アクセスの痕跡があることを確認しました。個人情報が漏えいした可能性があります。`, "2024-02-09"},
		{"date of an earlier notice is not the discovery", head + `2024年5月20日にご報告いたしました不正アクセスについて、外部専門機関による調査の結果、お客様の個人情報が漏えいしたことが判明いたしました。`, ""},
		{"infection date is not the discovery", head + `当社のサーバーが2024年8月20日頃にランサムウェアに感染し、8月22日、ファイルが暗号化されていることを従業員が発見しました。個人情報が漏えいした可能性があります。`, "2024-08-22"},
		{"infection inside what was found", head + `2024年8月25日にサーバーがウイルスに感染していたおそれがあることが判明しました。個人情報が漏えいした可能性があります。`, "2024-08-25"},
		{"site closure is not the discovery", head + `2024年8月1日に当社通販サイトを閉鎖いたしました。その後、2024年8月15日にクレジットカード会社からの連絡を受け、カード情報が漏えいした可能性があることが判明しました。`, "2024-08-15"},
		{"traces found (見つかった) on a day written alone", `2024年8月30日 東浜新聞

株式会社ひらめき塾は29日、会員サイトが不正アクセスを受け、個人情報が流出した可能性があると発表した。同社によると、26日にサイトの応答が遅くなったことから調べたところ、不正にアクセスされた痕跡が見つかった。`, "2024-08-26"},
		{"theft noticed as it happened", head + `当社の社員が業務用ノートパソコンを盗まれる事案が発生いたしました。2024年5月19日夜、社員が飲食店で食事中に、鞄ごとノートパソコンを盗まれました。お客様の個人情報が漏えいした可能性があります。`, "2024-05-19"},
		{"fake warning noticed as it happened", head + `職員が業務用パソコンで偽の警告画面が表示され、遠隔操作ソフトを導入する事案が2025年11月6日に発生いたしました。職員はすぐに異変に気付いて報告しました。`, "2025-11-06"},
		{"earlier report date in parentheses is not the discovery", head + `2023年11月13日に発生したランサムウェア攻撃について、前回(11月21日、第2報)以降に判明した事項をお知らせいたします。`, "2023-11-13"},
		{"翌13日 after a year alone keeps the month", head + `2024年4月12日、取引先様へ一斉FAXを送信した際、取引先様の連絡先一覧表を誤って送信いたしました。一覧表には、令和元年以降にお取引のある取引先様の会社名と電話番号が記載されておりました。翌13日、受信された取引先様からのご指摘で判明いたしました。`, "2024-04-13"},
		{"ransomware noticed as it struck", head + `当社は、2024年6月1日に発生したランサムウェア被害につき、6月3日(第1報)にお知らせしてまいりました。調査の結果、個人情報が流出したことを確認いたしました。`, "2024-06-01"},
		{"Kangxi radicals in the date", "不正アクセスに関するお知らせ\n\n令和5年12\u2f4920\u2f47\n株式会社ながれ製作所\n\n令和5年12\u2f494\u2f47、当社サーバーへの不正アクセスを確認しました。個人情報が漏えいした可能性があります。", "2023-12-04"},
	})
}

func TestReportSeqPatterns(t *testing.T) {
	runField(t, "report_seq", func(f model.Facts) string { return f.ReportSeq }, []fieldCase{
		{"(第2報) at the end of the title", `当社サーバーへの不正アクセスに関するお知らせ(第2報)

2024年6月10日
株式会社ながれ製作所

先般お知らせした不正アクセスについて、調査の結果、個人情報が漏えいした可能性があることが判明しました。`, "2"},
		{"【第3報】 in a title line with a full stop", `【第3報】ランサムウェア被害について。

2024年6月10日
株式会社ながれ製作所

当社サーバーがランサムウェアに感染した件について、調査の状況をお知らせします。個人情報が漏えいした可能性があります。`, "3"},
		{"最終ご報告", `不正アクセスに関する最終ご報告

2024年8月1日
株式会社ながれ製作所

不正アクセスについて、調査が完了しましたのでご報告いたします。個人情報が漏えいした可能性があります。`, "final"},
		{"earlier reports mentioned in the body", `不正アクセスに関する調査結果について

2024年6月10日
株式会社ながれ製作所

2024年5月24日の第一報、5月27日の第二報にてお知らせいたしました不正アクセスについて、調査の結果、個人情報が漏えいした可能性があることが判明しました。`, "3"},
		{"a promised next report is no earlier one", `不正アクセスに関するお知らせ

2024年6月10日
株式会社ながれ製作所

当社サーバーが不正アクセスを受け、個人情報が漏えいした可能性があることが判明しました。詳細は第2報にてお知らせいたします。`, ""},
		{"調査結果のご報告 is not necessarily final", `不正アクセスに関する調査結果のご報告

2024年6月10日
株式会社ながれ製作所

当社サーバーが不正アクセスを受けた件について、調査の結果、個人情報が漏えいした可能性があることが判明しました。`, ""},
	})
}

func TestIncidentPatterns(t *testing.T) {
	runField(t, "is_incident", func(f model.Facts) string {
		if f.IsIncident {
			return "yes"
		}
		return ""
	}, []fieldCase{
		{"mail account used to send mail", `本学メールアカウントの不正利用について

本学の学生1名のメールアカウントが第三者に不正に使用され、学内外へ大量のメールが送信されました。`, "yes"},
		{"mail account used, 利用され", `職員メールアカウントの不正使用について

当法人職員のメールアカウントが不正に利用され、外部へメールが送信されていたことがわかりました。`, "yes"},
		{"advice only is no incident", `不審なメールにご注意ください

最近、実在する企業を装った不審なメールが出回っています。メール内のリンクを開かないようご注意ください。`, ""},
	})
}
