package extract_test

import (
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Round 3 regression cases for the organization, the dates, the report
// number and the authorities notified: fictional notices phrased the way
// real ones are.

func TestRound3Organization(t *testing.T) {
	runField(t, "organization", func(f model.Facts) string { return f.Organization }, []fieldCase{
		{"quoted hospital after place and description, において", `南浜県の総合病院「みさき中央病院」において、患者の個人情報を含むUSBメモリーを紛失する事案が発生しました。`, "みさき中央病院"},
		{"quoted school after a city and description, で", `北野市の私立高校「はるかぜ学園」で、生徒の成績情報を含むノートパソコンが盗まれる事案が発生しました。`, "はるかぜ学園"},
		{"quoted hospital after 県内の and a description", `県内の総合病院「みさき中央病院」で、患者の個人情報を含むUSBメモリーを紛失する事案が発生しました。`, "みさき中央病院"},
		{"quoted company in the capital, が", `都内のIT企業「ネクストウェーブ」が、ランサムウェアによるサイバー攻撃を受け、取引先の情報が流出した可能性があることが分かりました。`, "ネクストウェーブ"},
		{"a quoted bank that is impersonated is no organization", `フィッシングメールにご注意ください

実在する銀行「みなと銀行」の名前でログインを求めるメールを装った詐欺が確認されています。メール内のリンクは開かないでください。

北野信用金庫`, "北野信用金庫"},
		{"prefectural police as written after a station", `警察官が捜査情報を漏えい
2024年7月3日 10:12

南浜県内の警察署に勤務する警察官が、捜査情報を知人に漏らしていたことが分かりました。
南浜県警監察官室によりますと、警察官は昨年、知人の求めに応じて捜査中の事件の情報を伝えていたということです。県警は2日、この警察官を停職3か月の懲戒処分にしました。`, "南浜県警"},
		{"prefectural police headquarters in the body", `巡査部長を減給処分

南浜県の警察官が、交通違反者の個人情報を私用のスマートフォンで撮影していたことが分かりました。南浜県警察本部は5日、巡査部長を減給の懲戒処分にしました。`, "南浜県警察本部"},
		{"prefectural police written 府警 after the prefecture named first", `南浜府の警察官、捜査資料を紛失

南浜府の警察官が、事件関係者の氏名などが記載された捜査資料を紛失していたことが分かりました。南浜府警によりますと、巡査長は先月、資料を持ち出したまま飲食店に置き忘れたということです。`, "南浜府警"},
		{"police of 北海道 written 道警 before their officer", `北海道警の巡査が、交通違反者の個人情報を私的に持ち出していたことが分かりました。道警によりますと、巡査は資料を自宅に保管していたということです。`, "北海道警"},
		{"prefectural police written 県警察 as the source", `捜査資料を紛失 巡査を処分

南浜県内の警察署に勤務する巡査が、事件関係者の個人情報を含む捜査資料を紛失していたことが分かりました。南浜県警察によりますと、巡査は先月、資料を車内に置いたまま離れたということです。`, "南浜県警察"},
		{"police named before their officer sent to prosecutors", `南浜府警の巡査長が、捜査で知り得た個人情報を知人に漏らしたとして書類送検されました。`, "南浜府警"},
		{"Tokyo's police as the source of a story about their officer", `巡査が捜査情報を漏えい

東京都内の警察署に勤務する巡査が、捜査情報を知人に漏らしていたことが分かりました。警視庁によりますと、巡査は知人の求めに応じて情報を伝えていたということです。`, "警視庁"},
		{"a prefecture reporting to its police keeps its name", `個人情報を含む書類の紛失について

南浜県は、県民の個人情報を含む書類を紛失したと発表しました。県は南浜県警に遺失届を提出しています。`, "南浜県"},
		{"full hospital name from the signature over the short form", `患者情報を含む書類の紛失について

このたび、みさき大病院において、入院患者の氏名と病名を記載した書類を紛失する事案が発生いたしました。みさき大病院では、院内の捜索を続けております。深くお詫び申し上げます。

令和6年4月10日
みさき大学病院長 山田太郎`, "みさき大学病院"},
		{"city running a fire bureau named inside a sub-body", `会員情報の流出について

東浜市危険物安全協会の事務局を担っている消防局の職員が、会員名簿のデータを誤って外部に送信しました。関係者の皆様に深くお詫び申し上げます。`, "東浜市"},
		{"board of education as the actor stays as written", `東浜市教育委員会は、市立小学校の教員が児童の個人情報を含むUSBメモリーを紛失したと発表しました。`, "東浜市教育委員会"},
		{"company heading line with the subject after a space", `株式会社ひかりテック 不正アクセスに関するお知らせ

当社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしました。`, "株式会社ひかりテック"},
		{"company name after the legal form with the subject after a space", `ひかりテック株式会社 ランサムウェア被害のお知らせ

当社のサーバーがランサムウェアに感染したことが判明いたしました。`, "ひかりテック株式会社"},
		{"municipal school: the city, not the prefecture", `南浜県北野市立みなみ小学校で、児童の個人情報を含む書類を紛失する事案が発生しました。`, "北野市"},
		{"municipal school written with の", `南浜県北野市は、市立の小学校で児童の成績表を紛失したと発表しました。`, "北野市"},
		{"a name after place and の", `南浜県の公立みどり総合病院で、およそ1万7000人分の患者の個人情報が入ったUSBメモリーを紛失していたことが明らかになりました。`, "公立みどり総合病院"},
		{"a kind of organization after place and の is no name", `南浜県の総合病院で、患者の個人情報が入ったUSBメモリーを紛失していたことが明らかになりました。南浜県によりますと、USBメモリーはまだ見つかっていないということです。`, "南浜県"},
		{"a city's facility after place and の is no organization", `北野市のみなと地区センターで、利用者の個人情報を記載した名簿を紛失する事案が発生しました。北野市によりますと、名簿はまだ見つかっていないということです。`, "北野市"},
		{"a two-kanji kind after place and の is no name", `北野市の飲食店で、予約客の個人情報を記載した台帳が盗まれる事案が発生しました。`, "北野市"},
		{"headline's last word is not joined to the lead's subject", `北野南署の警察官が書類を紛失 拾った市民の届け出で発覚
南浜県警は13日、個人情報が書かれた書類を紛失していたと発表しました。回収されたのは北野南警察署の巡査が扱った書類でした。`, "南浜県警"},
		{"a university's centre on the signature line", `本学関係者を装った不審なメールについて

2024年6月20日に本学関係者が利用するメールアカウントが不正に使用され、学内外へメールが送信されることとなり、ご迷惑をおかけしました。

令和6年7月1日
かもめ台大学 情報基盤センター`, "かもめ台大学"},
		{"a name after a retail description with の", `通販サイトに不正アクセス

家電量販店のみなと電機は、自社で運営する通販サイトに不正なアクセスがあり、クレジットカードの情報が流出した可能性があると発表しました。`, "みなと電機"},
		{"a company and its desk on the contact line", "不正アクセスに関するお知らせ\n\n当社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしました。\n\n【本件に関するお問い合わせ先】\n株式会社ひかりテック お客様相談窓口\nTEL：0120-000-000", "株式会社ひかりテック"},
		{"a company and its representative on the signature line", "不正アクセスに関するお知らせ\n\n当社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしました。\n\n2025年6月2日\n株式会社ひかりテック 代表取締役社長 山田太郎", "株式会社ひかりテック"},
		{"a company and its committee on the signature line", "不正アクセスに関するお知らせ\n\n当社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしました。\n\nひかりテック株式会社 情報セキュリティ委員会", "ひかりテック株式会社"},
		{"a company and its contact desk after a label", "不正アクセスに関するお知らせ\n\n当社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしました。\n\nお問い合わせ：株式会社ひかりテック 個人情報お問い合わせ窓口", "株式会社ひかりテック"},
		{"a board of education and its head on the signature line", "個人情報の漏えいについて\n\nこのたび、個人情報を含む書類を紛失する事案が発生しました。関係者の皆様に深くお詫び申し上げます。\n\n北野市教育委員会 教育長 山田太郎", "北野市教育委員会"},
		{"a board of education's secretariat stands for the board", "個人情報の漏えいについて\n\nこのたび、個人情報を含む書類を紛失する事案が発生しました。関係者の皆様に深くお詫び申し上げます。\n\n北野市教育委員会事務局 学校教育課", "北野市教育委員会"},
		{"a city hall with its section on the signature line", "個人情報の漏えいについて\n\nこのたび、個人情報を含む書類を紛失する事案が発生しました。関係者の皆様に深くお詫び申し上げます。\n\n北野市役所 総務課", "北野市"},
		{"a town hall on the signature line", "個人情報の漏えいについて\n\nこのたび、個人情報を含む書類を紛失する事案が発生しました。関係者の皆様に深くお詫び申し上げます。\n\n北野町役場", "北野町"},
		{"a corporation before a quoted hospital", `南浜県北野市の医療法人ひかり会「みなと山上病院」が、ランサムウエアによるサイバー攻撃を受け、電子カルテが使えなくなっていたことが20日、分かった。`, "みなと山上病院"},
		{"a town's hospital keeps its name without the prefecture", `電子カルテが使えず

南浜県つるぎ町立みなと病院は31日、院内の端末がランサムウェアに感染し電子カルテシステムに障害が発生したことを公表した。`, "つるぎ町立みなと病院"},
		{"prefectural university keeps its name", `南浜県立大学において、学生の個人情報を含むファイルが閲覧可能な状態になっていたことが判明しました。`, "南浜県立大学"},
		{"prefectural hospital keeps its name", `南浜県立みなと病院で、患者の診療情報を記録したUSBメモリーを紛失する事案が発生しました。`, "南浜県立みなと病院"},
	})
}

func TestRound3Published(t *testing.T) {
	runField(t, "published", func(f model.Facts) string { return f.Published }, []fieldCase{
		{"the page's own year recurs in a period and is no typo", `会員情報の流出に関するお知らせ
2016年8月1日 更新

2010年7月21日から2016年7月23日までの間に当社の会員サイトへ登録されたお客様の個人情報が、外部に流出した可能性があることが判明いたしました。`, "2016-08-01"},
		{"the page's own year recurs in a later event", `不正アクセスに関するお知らせ
2018年3月2日

2011年4月以降に当社サイトで会員登録されたお客様の情報について、2018年2月20日、不正アクセスを受けたことを確認いたしました。個人情報が漏えいした可能性があります。`, "2018-03-02"},
		{"a notice issued years after the period it reports keeps its year", `会員情報の流出に関するお知らせ
2016年8月1日 更新

2010年7月21日から2012年3月31日までの間に当社の会員サイトへ登録されたお客様の個人情報が、外部に流出した可能性があることが判明いたしました。`, "2016-08-01"},
		{"a field's date under its label is no issue date", `職員の懲戒処分について

北野市は、次のとおり職員の懲戒処分を行いましたので公表します。

1 処分年月日
令和6年9月10日

2 事案の概要
当該職員は、業務上の必要がないにもかかわらず、住民基本台帳システムで知人の個人情報を閲覧していた。

令和6年9月11日
北野市総務部人事課`, "2024-09-11"},
		{"disciplinary news: the announcement day, not the day of the measure", `市職員が住民情報を不正閲覧 停職処分
2024年9月12日 06:00

北野市は11日、住民の個人情報を業務外で閲覧したとして、市民課の男性主事を10日付で停職1か月の懲戒処分にしたと発表した。`, "2024-09-11"},
		{"disciplinary news without a dateline: the day of the measure", `北野市の職員が業務に関係なく知人4人の住所や納税に関する個人情報を閲覧していたとして、2023年3月22日、戒告の懲戒処分を受けました。
市によりますと、職員は去年の3月から12月にかけて、のべ17回閲覧していたということです。`, "2023-03-22"},
		{"disciplinary news with the full day of the measure, 付けで", `北野市は、業務外で住民の個人情報を閲覧した職員を2024年9月10日付けで停職1か月の懲戒処分にしました。`, "2024-09-10"},
		{"a period of misconduct is no publication date", `北野市の職員が、2023年3月から12月にかけて知人の個人情報を閲覧していたことが分かりました。市は職員を戒告の懲戒処分にしました。`, ""},
		{"an announcement day without a year follows the events it reports", `いのうえ商事株式会社は6月7日、オンラインショップが不正アクセスを受け、利用者のクレジットカード情報が流出した可能性があると発表した。同社は2021年12月8日にクレジットカード会社から漏えいの懸念について連絡を受け、2022年5月2日に個人情報保護委員会へ報告したという。`, "2022-06-07"},
		{"an announcement day without a year before a plan keeps the report's year", `いのうえ商事株式会社は6月7日、オンラインショップが不正アクセスを受け、利用者のクレジットカード情報が流出した可能性があると発表した。同社は2024年5月20日にクレジットカード会社から連絡を受けた。サイトは2025年1月10日から再開する予定だという。`, "2024-06-07"},
		{"a date and the issuer's name on one line", `2025年5月1日 株式会社ひかりテック
不正アクセスに関するお知らせ

当社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしました。`, "2025-05-01"},
		{"a date opening the title line", `令和4年6月20日 サイバー攻撃による被害について(第1報)

本院は令和4年6月19日午後5時40分頃から、ランサムウェアによるシステムへの侵入被害を受け、電子カルテが使用不能となりました。関係者の皆様には、ご迷惑をおかけすることになり誠に申し訳ございません。

医療法人ひかり会 みなと山上病院`, "2022-06-20"},
		{"a date line with a news category word", `2025.03.10 ニュース
不正アクセスに関するお知らせ

当社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしました。`, "2025-03-10"},
		{"a date line after ニュースリリース", `ニュースリリース 2025年03月10日
不正アクセスに関するお知らせ

当社のサーバーが第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしました。`, "2025-03-10"},
		{"a date line above a contact block at the bottom", "メールの誤送信について\n\n市の担当職員が、イベントの参加者43名にメールを送信する際、誤って「To」で送信しました。関係者の皆様に深くお詫び申し上げます。\n\n令和7年8月27日\n北野市\n\n【問い合わせ先】\n北野市 市民協働課\n電話：000-000-0000\nFAX：000-000-0001\nメール：kyodo@example.jp", "2025-08-27"},
		{"a numbered timeline item at the bottom is no issue date", `相談員の端末のマルウェア感染について

みらい省が実施する相談事業の相談員のPC端末がマルウェアに感染しましたので、下記のとおり概要をお知らせします。
1.事案の概要
(1)令和4年3月28日(月)
・相談員が不審メールの添付ファイルを開いた。
・当該端末がマルウェアに感染していることを確認。
(2)令和4年3月29日(火)
・受託者から担当課に事実が報告された。`, ""},
		{"disciplinary news with only the day of the measure: the dateline", `職員を懲戒処分 住民の個人情報を無断で閲覧
2024年9月11日 18:20

北野市は、業務と関係なく住民の個人情報を閲覧していた職員を10日付けで停職1か月の懲戒処分にしました。`, "2024-09-11"},
	})
}

func TestRound3Discovered(t *testing.T) {
	const head = "個人情報の漏えいについて\n\n2025年3月4日\n株式会社ながれ製作所\n\n"
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"misdelivery found minutes later the same day", head + `当社の委託先が、2月20日、セミナー参加者の皆様にご案内メールを送信しました。その際、宛先を誤って設定したため、参加者32名のメールアドレスが他の受信者に表示される状態となりました。送信の約10分後、受信者の方から連絡があり、誤送信が発覚しました。`, "2025-02-20"},
		{"misdelivery found just after sending, 直後", head + `2月20日、当社従業員がお客様向けのお知らせメールを送信した際、宛先欄に全員のメールアドレスを入力して送信しました。送信直後に従業員が気付き、誤送信が判明しました。`, "2025-02-20"},
		{"weekday and afternoon time after the date in a summary", "メールの誤送信について\n\n令和7年8月27日\n北野市\n\n" + `1 事案の概要
令和7年8月25日月曜日午後6時9分、市の担当職員が、イベントの参加者43名にお知らせメールを送信する際、本来「BCC」で送信すべきところを、誤って「To」で送信したもの。
2 対応
同日、受信者の皆様にお詫びと当該メールの削除をお願いするメールを送信しました。`, "2025-08-25"},
		{"misdelivery told in a summary with words between 誤って and 送信", "メールの誤送信について\n\n令和7年8月29日\n北野市\n\n" + `1 概要
令和7年8月25日(月)に、担当課職員が、講座の受講者へ案内メールを送信した際、誤って他の受講者のメールアドレスが表示される形で送信したもの。
2 原因
送信時の確認不足。`, "2025-08-25"},
		{"two-step timeline: the day the intrusion was confirmed", head + `【経緯】
1月16日 社内サーバーからの不審な通信を検知
1月17日 外部専門機関に調査を依頼
1月23日 調査の結果、不正アクセスの痕跡を確認
当社のサーバーが不正アクセスを受け、お客様の個人情報が漏えいした可能性があります。`, "2025-01-23"},
		{"a first sign explained later stays the discovery", head + `2月10日、監視システムが管理者アカウントによる不審なログインを検知しました。調査の結果、認証情報が第三者に窃取され、悪用されたとみられることが2月14日に判明しました。個人情報が漏えいした可能性があります。`, "2025-02-10"},
		{"misdelivery found the same day, 同日", head + `2月18日、当社担当者が取引先20社へ送付した案内メールに、別の取引先の見積書を誤って添付しました。同日、受信された取引先様からのご指摘により、誤送信が判明いたしました。`, "2025-02-18"},
		{"a first sign and the traces in one sentence", head + `2025年2月12日に不審なログインを検知し、調査を進めたところ、2月14日に不正アクセスの痕跡を確認いたしました。個人情報が漏えいした可能性があります。`, "2025-02-14"},
		{"認識 as the discovery verb", head + `当社は、2025年2月12日に、不正アクセスの被害に遭ったことを認識しました。個人情報が漏えいした可能性があります。`, "2025-02-12"},
		{"覚知 as the discovery verb", head + `2025年2月12日早朝、電子カルテシステムの異常を覚知し、ランサムウェアによる障害であることが判明しました。`, "2025-02-12"},
		{"a tip-off (情報提供) as the discovery", head + `2025年2月12日、セキュリティ企業より当社の顧客情報がダークウェブ上に掲載されているとの情報提供があり、調査の結果、不正アクセスを受けていたことを確認しました。`, "2025-02-12"},
		{"a labelled discovery field on one line", head + `当社において個人情報の漏えい事案が発生しました。ご迷惑をおかけし深くお詫び申し上げます。
【発覚日】2025年2月12日
【発生日】2025年2月10日`, "2025-02-12"},
		{"a labelled discovery field with a time on the next line", head + `当社において個人情報の漏えい事案が発生しました。ご迷惑をおかけし深くお詫び申し上げます。
1. 発生日時
2025年2月10日 10時頃
2. 判明日時
2025年2月12日 15時頃`, "2025-02-12"},
		{"detection that was the discovery itself", head + `2025年1月16日、当社サーバーからの不審な通信を検知し、調査したところ、不正アクセスを受けたことが判明しました。1月20日に外部専門機関へ調査を依頼しました。個人情報が漏えいした可能性があります。`, "2025-01-16"},
		{"purchase period and completed investigation are no discovery", head + `このたび、外部専門機関による調査が2025年2月28日に完了しましたので、結果をご報告いたします。2024年11月11日から11月21日までの期間に当社通販サイトで購入されたお客様のクレジットカード情報が漏えいした可能性があることが分かりました。`, ""},
		{"a final report opening with the day of the first notice", "不正アクセスに関する調査結果のお知らせ(最終報告)\n\n2025年4月10日\n株式会社ながれ製作所\n\n" + `2025年2月14日、当社は、通販サイトへの不正アクセスによりお客様の個人情報が漏えいした可能性があることを公表いたしました。このたび、外部専門機関による調査が完了しましたので、結果をご報告いたします。`, ""},
		{"the day an investigation was completed is no discovery", head + `本件は、外部機関による調査が2025年2月28日完了し、お客様の個人情報が漏えいした可能性があることを確認いたしました。`, ""},
		{"the day a site was closed is no discovery", head + `2025年1月31日をもって当社通販サイトを閉鎖し、調査を進めてまいりました。調査の結果、お客様のクレジットカード情報が漏えいした可能性があることが判明いたしました。`, ""},
		{"the end of a period (から18日にかけて) is no discovery", head + `当社のメールアカウントが第三者に不正に使用されていることが判明いたしました。2025年2月10日から11日にかけて、当該アカウントから約3,000通のメールが送信されたことを確認しております。`, ""},
		{"a lost item found again is no discovery", "USBメモリの紛失について(最終報告)\n\n令和7年3月28日\n北野町 福祉課\n\n" + `令和7年2月21日にお知らせしたUSBメモリの紛失について、経過をご報告します。
1 発見の経緯
令和7年3月24日(月)、執務室で書庫の整理を行っていたところ、書類の間に挟まった状態で当該USBメモリを発見しました。`, ""},
		{"a lost item found missing is the discovery", head + `2025年2月20日、職員が書庫を確認したところ、顧客名簿を記録したUSBメモリが見当たらないことに気付きました。個人情報が漏えいした可能性があります。`, "2025-02-20"},
		{"the end of a purchase period written with ~ is no discovery", head + `調査の結果、2024年10月1日～2025年2月10日の間に当社サイトで購入されたお客様のカード情報が漏えいした可能性があることが判明しました。`, ""},
		{"the end of a purchase period followed by に is no discovery", head + `調査の結果、2024年10月1日〜2025年2月10日に当社サイトで購入されたお客様のカード情報が漏えいした可能性があることが判明しました。`, ""},
		{"the day attached to 判明 over the day after it", head + `2025年2月3日に本学のウェブサーバーが改ざんされていることが判明しました。2月4日に当該サーバーを停止し、外部機関に調査を依頼しました。個人情報が漏えいした可能性があります。`, "2025-02-03"},
	})
}

func TestRound3ReportSeq(t *testing.T) {
	const head = "ランサムウェア被害に関するお知らせ%s\n\n2025年4月10日\n株式会社ながれ製作所\n\n"
	title := func(suffix string) string { return strings.Replace(head, "%s", suffix, 1) }
	runField(t, "report_seq", func(f model.Facts) string { return f.ReportSeq }, []fieldCase{
		{"the earlier report named in the body is not this one", title("") + `前回(第2報)に続き、当社サーバーへのランサムウェア攻撃について、調査の進捗をお知らせいたします。個人情報が漏えいした可能性があります。`, "3"},
		{"own number in the title over the earlier one in the body", title("(第3報)") + `前回(第2報)に続き、当社サーバーへのランサムウェア攻撃について、調査の進捗をお知らせいたします。個人情報が漏えいした可能性があります。`, "3"},
		{"earlier report in brackets with にてお知らせ", title("") + `先般(第2報)にてお知らせいたしました通り、当社サーバーがランサムウェアに感染しました。その後の調査で、個人情報が漏えいした可能性があることが判明しました。`, "3"},
		{"a list of earlier notices by date", title("") + `・2025年3月1日 ランサムウェア被害に関するお知らせ(第1報)
・2025年3月10日 ランサムウェア被害に関するお知らせ(第2報)

当社サーバーへのランサムウェア攻撃について、調査の進捗をお知らせいたします。個人情報が漏えいした可能性があります。`, "3"},
		{"own number in the title over a list of earlier notices", title("(第4報)") + `・2025年3月1日 ランサムウェア被害に関するお知らせ(第1報)
・2025年3月10日 ランサムウェア被害に関するお知らせ(第2報)

当社サーバーへのランサムウェア攻撃について、調査の進捗をお知らせいたします。個人情報が漏えいした可能性があります。`, "4"},
	})
}

func TestRound3Notified(t *testing.T) {
	runField(t, "notified", func(f model.Facts) string { return strings.Join(f.Notified, ",") }, []fieldCase{
		{"the police telling of their own officer notified no police", `巡査が捜査書類を紛失

南浜県警は13日、北野南警察署の巡査が個人情報の書かれた書類を紛失したと発表しました。南浜県警によると、12月8日、市民から書類を拾ったとの連絡がありました。`, ""},
		{"a company reporting to the police", `不正アクセスに関するお知らせ

当社サーバーが不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明しました。所轄の警察署に被害届を提出いたしました。`, "police"},
		{"advice to call the police is no report", `不正アクセスに関するお知らせ

当社サーバーが不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明しました。不審な電話があった場合は、最寄りの警察にご相談ください。`, ""},
		{"a report still under consideration is not made", `不正アクセスに関するお知らせ

当社サーバーが不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明しました。今後、警察と相談の上、対応を検討してまいります。`, ""},
		{"cooperation going on counts", `不正アクセスに関するお知らせ

当社サーバーが不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明しました。本件につきましては、警察との連携を取りながら、対応を進めてまいります。`, "police"},
		{"a consultation made and a complaint planned", `不正アクセスに関するお知らせ

当社サーバーが不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明しました。警察に相談しており、今後、被害届を提出する予定です。`, "police"},
		{"supervising authority", `不正アクセスに関するお知らせ

当社サーバーが不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明しました。本件については、監督官庁へ報告いたしました。`, "ministry"},
	})
}

func TestRound3ReportSeqFirstReport(t *testing.T) {
	runField(t, "report_seq", func(f model.Facts) string { return f.ReportSeq }, []fieldCase{
		{"a dated title line with 第1報 is no list of earlier reports", `令和4年6月20日 サイバー攻撃による被害について(第1報)

本院は令和4年6月19日午後5時40分頃から、ランサムウェアによるシステムへの侵入被害を受け、電子カルテが使用不能となりました。関係者の皆様には、ご迷惑をおかけすることになり誠に申し訳ございません。`, ""},
	})
}
