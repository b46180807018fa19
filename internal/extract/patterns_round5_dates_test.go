package extract_test

import (
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Round 5 of the dates, the authorities notified and the report number:
// patterns of real notices (municipal pages, school boards, news items,
// press-release tables) written again with fictional organizations.

func TestRound5Discovered(t *testing.T) {
	const head = "個人情報の漏えいについて\n\n2025年6月24日\n株式会社あおばね商会\n\n"
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"not noticing (気づかず) is no discovery", "調査票の紛失について\n\n令和7年5月12日\nみずかけ町教育委員会\n\n" + `概要
令和7年5月7日(水曜日)
教諭が調査票を自宅に持ち帰った。
令和7年5月8日(木曜日)
翌朝、教諭は調査票を車の屋根に置いたまま発進し、落としたことに気づかず走行した。
令和7年5月8日(木曜日)午後3時頃
拾得した住民からの連絡により紛失が発覚した。`, "2025-05-08"},
		{"not noticing, polite form (気付きませんでした)", head + `2025年6月2日、従業員が顧客名簿を電車内に置き忘れましたが、その場では気付きませんでした。2025年6月3日、鉄道会社からの連絡で紛失が判明しました。`, "2025-06-03"},
		{"hours of the day after the date keep the day (15時~19時)", head + `2025年6月10日15時~18時の間に、当社従業員を装った不審なメールが複数の方に送信されていることが確認されました。`, "2025-06-10"},
		{"hours of the day with clock times (7:23~10:37)", head + `当社は、2025年6月10日、従業員1名のメールアカウントが第三者に不正に利用され、同日 7:23~10:37 の間に不審なメールが送信された事実を確認いたしました。`, "2025-06-10"},
		{"a mail sent by mistake from an hour on (午後8時より)", "メールアドレスの流出について\n\n" + `1.経過
令和6年11月5日(火)午後7時10分より、イベントのご案内メールを送信する際に、メールアドレスをBCC欄ではなく、誤って宛先欄に入力し送信してしまいました。
2.対象者
過去にイベントへ申し込まれた方 812件`, "2024-11-05"},
		{"a long sentence: 誤って … 送信 then 判明", "招待メールの誤送信について\n更新日:2025年6月20日\n" + `1.概要
かえで台高校において、令和7年6月17日(火曜日)に全校生徒のアカウント宛てに学習アプリへの招待メールを送信しようとしたところ、誤って、別の高校の1年生にも招待メールを送信してしまい、数分間、両校の一部の生徒がお互いの氏名を閲覧できる状態になっていたことが判明した。`, "2025-06-17"},
		{"the news lead's announcement day is no discovery; 早朝 of the sending day", `ひなげし県教育委員会は2025年6月20日、県立高校で生徒の個人情報を含むファイルが誤って学年全員に送信されていたことを明らかにしました。
県教委によると、誤送信は2025年6月17日の早朝、担当教諭がアンケートを送付した際に発生しました。教諭は生徒からの指摘を受け、事態を把握しました。`, "2025-06-17"},
		{"a section headed 発覚 opens with the discovery", "元職員による個人情報の持ち出しについて\n\n令和6年7月1日\nくぬぎ市\n\n" + `本市の元職員が、個人情報を含む電子ファイルを持ち出していたことが判明しました。
(1)発覚
令和6年2月5日に市民から、元職員から心当たりのない郵便物が届いたとの電話があった。
(2)調査
調査の結果、令和5年10月2日と令和5年10月3日に個人情報を含むファイルを持ち出した恐れがあることが判明した。`, "2024-02-05"},
		{"a timeline item told as a noun (…の確認) after a notice of a weakness", "【セキュリティ事件簿#2025-101】一般財団法人ほたる研修センター メールシステムへの不正アクセスについて\n\n" + `今般、当センターの利用していたメールシステムが第三者による不正アクセスを受け、個人情報を含むメールデータの一部が外部へ漏洩したおそれがあることが確認されました。
これは、メーカーにおいて確認できていなかった機器の脆弱性を原因とするものと考えられます。
関係者の皆様には、御迷惑をおかけすることになり、お詫び申し上げます。

1. 経緯

令和6年4月2日 保守事業者から脆弱性に関する情報を受ける
令和6年4月5日 当該機器の切り離しを行う
令和6年5月14日 不正アクセスの確認
令和6年8月20日 職員にて当該機器を調査した結果、不正なプログラムを発見`, "2024-05-14"},
		{"a summary opening with the day and 早朝", "不正アクセスに関する調査結果のご報告\n\n2025年4月2日\n株式会社あおばね商会\n\n" + `1. 本件の対応経緯

2025年2月3日早朝、当社の社内業務システムのサーバーに対し、外部の第三者からの不正アクセスを受けたことを示すシステムの異常を`, "2025-02-03"},
		{"a news page's dateline is no timeline entry", `2024/3/5 9:30
 みなと市福祉課は4日、市内の事業所の名簿を誤って別の事業所に発送したと発表した。
 名簿には利用者12人の氏名が記載されていた。受け取った事業所からの連絡で発覚した。`, ""},
		{"a day alone in a news item without a publication date is not trusted", `しおさい町は6日、返礼品の案内状300人分を誤って発送し、氏名や住所が漏えいしたと発表した。
2024年12月20日と27日に寄付をした人のうち300人分について、別の寄付者の案内状を封入して発送した。
委託先の担当者が4日、寄付者から指摘を受け発覚した。`, ""},
	})
}

func TestRound5DiscoveredKeepsPeriods(t *testing.T) {
	const head = "個人情報の漏えいについて\n\n2025年6月24日\n株式会社あおばね商会\n\n"
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"a period of days still bounds (から…まで)", head + `2025年5月1日10時から5月20日までの間、当社サイトに不正なプログラムが設置されていたことが判明しました。`, ""},
		{"what was done after the discovery is no discovery heading", "個人情報の紛失について\n\n令和7年4月10日\nみずかけ町\n\n" + `事故発覚後の対応
令和7年4月9日(水曜日)に、関係者に対し経緯の説明と謝罪を行った。`, ""},
	})
}

func TestRound5Published(t *testing.T) {
	runField(t, "published", func(f model.Facts) string { return f.Published }, []fieldCase{
		{"a news lead's day followed by に、 takes the dateline's month", `配信サービスに不正アクセス 公開前の資料が流出
2024/09/14 IT・セキュリティ, 企業

はじめに
資料配信サービスのつばめリリースは12日に、2024年7月から9月にかけて不正アクセスを受け、公開前の資料が流出したと発表しました。`, "2024-09-12"},
		{"a news lead's day followed by a press conference", `2025/11/08(土) 10:05配信
こまどり市教育委員会は11月7日に記者会見を開き、小学校の教諭が児童の成績が入ったUSBメモリーを紛失したと発表し、謝罪しました。`, "2025-11-07"},
		{"the years of a period of records are no context for a year typo", `平成27年3月2日
各 位
株式会社 しらさぎ 信用金庫
お客さま情報の紛失について
当金庫におきまして、お客さまの情報を保存していた光ディスク1枚を紛失していることが判明いたしました。
(平成17年4月1日から平成22年3月31日までの記録)`, "2015-03-02"},
		{"a press table's labelled issue day", `会社名 | つぐみ物産 |
---|---|
漏洩種別 | 紛失 |
漏洩件数 | 120件 |
漏洩日時 | 2023/4/1~6/30の間 |
発表日時 | 2023/8/4 |
つぐみ物産にて顧客情報を含むUSBメモリが紛失。委託先業者が倉庫へ運搬する途中で紛失したもので、現時点では発見されていない。`, "2023-08-04"},
		{"a labelled first-publication day in a bulleted header", `なりすましメールにご注意ください。
    • 初版公開日:[2023年05月10日]
    • 更新日:[2023年5月12日]
    • ID:2048
    やまびこ町のメールアドレスを詐称した迷惑メールが送信され、町民の皆様の個人情報が漏えいした可能性があります。`, "2023-05-10"},
		{"a publication stamp in parentheses in the body", `この度、市民プールの利用者の皆様の個人情報を漏えいしてしまいましたことに対しまして、深くお詫び申し上げます。
かすみ市長 山本 一郎
令和6年7月2日(火曜日)、スポーツ課職員が利用者にお知らせのメールを送信する際、誤って「宛先」欄にメールアドレスを入力して送信したことから、個人情報が漏えいしました。(令和6年7月3日 15時00分発表)`, "2024-07-03"},
	})
}

func TestRound5Notified(t *testing.T) {
	runField(t, "notified", func(f model.Facts) string { return strings.Join(f.Notified, ",") }, []fieldCase{
		{"a board of education quoted as the source is not notified", `かもめ県の県立高校に通う生徒5人の個人情報が記載されたファイルを、県教育委員会が誤って他の高校に送っていたことが分かりました。
かもめ県教育委員会によりますと、6月2日、生徒の名前などが記載された通知書の添付ファイルがついたメールを、県立高校12校に誤って送信しました。
メールを受け取った学校から県教委に連絡があり、誤送信が分かりました。`, ""},
		{"a criminal complaint filed with the prefectural police", `つばき市は8日、職員約2000人分の個人情報が外部に流出したとして、地方公務員法違反の疑いで県警に刑事告発した。
流出したのは人事課のサーバーに保存されていたデータで、氏名や住所など約50項目。`, "police"},
		{"a lost-property report at a police box", `児童の成績データ入りUSBメモリー紛失
くるみ市教委は3日、市立小学校の教諭が児童40人分の成績データを保存したUSBメモリーを紛失したと発表した。校長らが校内を探したが見つからず、市教委は同20日、県警の交番に遺失物届を出した。`, "police"},
		{"the police as a go-between of a buyer's message", `個人データの漏えいのおそれについて

令和6年3月4日、中古品販売サイトから業務用端末を購入した方から、北野警察署を通じ、当該端末に当院の患者の個人データが記録されている旨の連絡を受けました。`, ""},
	})
}
