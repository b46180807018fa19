package extract_test

import (
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Round 6 of the dates, the authorities notified and the report number:
// patterns of real notices written again with fictional organizations.

func TestRound6Published(t *testing.T) {
	runField(t, "published", func(f model.Facts) string { return f.Published }, []fieldCase{
		{"a labelled dateline opening the first line of a news item", "date 2025-06-03 北野市立病院は、患者の氏名などを記録したUSBメモリ1本を紛失したと明らかにしました。\n\n病院によりますと、5月28日に職員が保管庫から持ち出した後、所在が分からなくなったということです。", "2025-06-03"},
		{"a dateline, then a space and the lead on the same line", "2025年6月3日 みさき町教育委員会は、児童の個人情報を記した名簿を紛失したと発表しました。\n\n発表によりますと、名簿は5月30日に校内で使われた後、見当たらなくなったということです。", "2025-06-03"},
		{"the dateline's day gives the news lead's day its month", "date 2025-06-04 南浜県警は3日、職員のメールアカウントが不正アクセスを受け、迷惑メール約2万件が送信されたと発表した。情報流出の被害は確認されていないという。", "2025-06-03"},
		{"a news lead: the day the issuer posted its notice on its site (Xが…日に公式サイトを更新し)", "date 2025-06-05 北野学院大学が2025年6月4日に公式サイトを更新し、学生の個人情報を含むファイルが学内で閲覧できる状態になっていたと発表した。\n\n同大学によると、約2年にわたり全教職員が閲覧可能な状態だったという。", "2025-06-04"},
		{"a digest's item past its introduction: Xは<day with year>、…と発表した", "「ポイントが勝手に使われた」――不正ログインの被害が続く\n\n企業の会員サービスで、不正ログインによりポイントを使われる被害が昨年末に相次いだ。いずれも、どこかで入手したIDとパスワードの組を使う攻撃によるものだった。\n\n■「ひまわりクラブ」に不正ログイン\n\n 雑貨店を展開するひまわり商事は2024年12月6日、運営する会員サイト「ひまわりクラブ」が不正アクセスを受け、一部の会員アカウントに第三者が不正にログインしたと発表した。一部会員のポイントが不正に使われたほか、氏名や住所が閲覧された可能性もあるという。", "2024-12-06"},
		{"a news lead's day with no year: a year written only as a period's bound is not its year", "北野歯科病院は7月16日、約1万人分の患者の氏名や受診日などのデータが入ったUSBメモリを紛失したと公表した。\nメモリには2015年4月以降に病院を受診した患者のデータが入っていたという。", ""},
		{"a news lead's day with no year takes the year of an event told within a day", "みさき学院大学は11月11日、不正アクセスによる迷惑メールの送信について発表した。\n学生1名のメールアカウントに不正アクセスがあり、大量の迷惑メールが送信された。\n迷惑メールが送信されたのは、2024年10月1日午後6時19分から7時頃だという。", "2024-11-11"},
		{"a digest's lead with が and the day in full (Xが、2024年3月4日に、…を公表しました)", "カード情報漏えい事例|ひまわり商事の通販サイトでカード情報が漏えい\n\nカード情報漏えいの概要\n\n雑貨の販売を行っているひまわり商事(以下、同社)が、2024年3月4日に、自社の通販サイトにおけるクレジットカード情報の漏洩を公表しました。\n\n第三者の不正アクセスにより、決済画面が改ざんされていたことが原因です。", "2024-03-04"},
		{"a date opening a body sentence is no dateline", "個人情報の漏えいについて\n\n2025年6月2日に当社のサーバーが不正アクセスを受け、顧客の氏名が漏えいした可能性があることが判明しました。", ""},
	})
}

func TestRound6Discovered(t *testing.T) {
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"the dateline before a lead that tells what became known is no discovery", "date 2025-06-12 北野市の北野総合病院で、患者の情報を保存したUSBメモリ1個を紛失していたことがわかりました。\n\n病院によりますと、今月2日にデータを移すためUSBメモリを使い、翌日の3日、保管場所にないことが判明したということです。", "2025-06-03"},
	})
}

func TestRound6Notified(t *testing.T) {
	const head = "個人情報の漏えいについて\n\n2025年7月1日\n株式会社あおばね商会\n\n"
	runField(t, "notified", func(f model.Facts) string { return strings.Join(f.Notified, ",") }, []fieldCase{
		{"the police who told the organization of the breach are no addressee", head + "2025年6月20日、南浜県警から、当社のウェブサイトが改ざんされ、お客様の個人情報が漏えいしたおそれがあるとの連絡を受けました。", ""},
		{"the police written as the source with より", head + "2025年6月20日、警察より当社の顧客情報が不正に取得されている可能性があるとの連絡を受け、調査を開始しました。", ""},
		{"a report made to the police is still read", head + "2025年6月20日、当社のサーバーが不正アクセスを受け、顧客の氏名が漏えいした可能性があることが判明しました。同日、警察に相談し、被害届を提出しました。", "police"},
		{"a ministry written as the place of the event (において) is no addressee", "職員の私用メールアドレスの誤登録について\n\nこのたび、文部科学省において、職員が誤って登録したメールアドレスに業務メールが送信され、関係者の氏名が漏えいしたことが判明しましたので報告します。", ""},
		{"the police investigating (警察において捜査) know of the case", "個人情報の漏えいについて\n\n2025年7月1日\n株式会社あおばね商会\n\n当社のサーバーが不正アクセスを受け、顧客の氏名が漏えいした可能性があることが判明しました。現在、警察において捜査が行われており、当社も全面的に協力しております。", "police"},
		{"a school reports to its own board of education written without its place", "学習用端末への誤配信について\n\n令和7年6月10日\nみずかけ町教育委員会\n\n町立小学校において、児童の氏名と成績を記したファイルを誤って保護者に配信する事案が発生しました。教員が誤りに気付き、ただちにファイルを削除するとともに、校長より町教育委員会に報告を行いました。", ""},
		{"a hospital reports to the health office (保健所) that supervises it", "患者情報を記録したUSBメモリの紛失について\n\n2025年7月1日\n北野記念病院\n\n当院において、患者120名の氏名と診療記録を保存したUSBメモリを紛失しました。対象の患者様には文書でお詫びし、市の保健所に紛失を届け出ました。", "ministry"},
		{"a bare 教育委員会 as the addressee is the school's own board", "学習用端末への誤配信について\n\n令和7年6月10日\nみずかけ町教育委員会\n\n町立中学校において、生徒の氏名と成績を記したファイルを誤って保護者に配信する事案が発生しました。教員は速やかに管理職を通じて教育委員会へ報告しました。", ""},
	})
}

func TestRound6DiscoveredMisSentNoun(t *testing.T) {
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"a mail sent by mistake told as a noun (誤送信される事案) in a table timeline", "令和7年3月2日\n株式会社あおばね商会\nメールアドレス誤送信に関するご報告とお詫び\n記\n本年2月20日に当社の確認不足により、会員様812件のメールアドレスが会員様全員に誤送信される事案が発生いたしました。\n1.経緯\n2月20日(木) | 10:05 | メール誤送信発生 |\n10:20 | 担当者が誤送信に気付き、上長に報告 |\n", "2025-02-20"},
	})
}

func TestRound6DiscoveredHeaderAndQuotes(t *testing.T) {
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"a second dateline repeating the issue day is no timeline entry", "学生の個人情報が閲覧可能な状態にあったことについて(お詫び)\n2025/07/10\n2025年7月10日\n北野県立大学\nこのたび、本学が公開した資料において、学籍番号が閲覧可能な状態となっていたことが判明しました。\n記\n1.経緯\n資料は学内向けに公開しておりましたが、設定に不備がありました。2025年6月30日に学生からの指摘により判明し、直ちに公開を停止しました。", "2025-06-30"},
		{"a date in a quoted title is no discovery day", "フィッシング対策の団体では、「みなと銀行をかたるフィッシング(2025/07/02)」の報告を受けているとして注意を促しています。\nみなと銀行を装ったフィッシングメールが送信されています。メールのリンクからIDやパスワードを入力しないでください。", ""},
	})
}

func TestRound6DiscoveredFirstOfSentence(t *testing.T) {
	const head = "不正アクセスによるカード情報漏えいのお知らせ\n\n2025年8月1日\n株式会社あおばね商会\n\n"
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"days told in turn (それぞれ): the first", head + "当社のオンラインショップが不正アクセスを受け、お客様のカード情報が漏えいした可能性があります。2025年5月12日にはお客様から、同年5月13日にはカード会社から、それぞれカード情報の漏えいの懸念について連絡を受けました。", "2025-05-12"},
		{"a day inside a clause describing the lost item is no discovery", "患者情報を記録したUSBメモリーの紛失について\n\n令和7年8月1日\n北野記念病院\n\n当院において、患者情報を記録したUSBメモリーを紛失しました。\n\n1 経緯\n\n7月14日(月)、7月9日(水)に業務で使用した当該USBメモリーを紛失していることに気づき、院内を捜索したが発見できなかった。", "2025-07-14"},
	})
}

func TestRound6DiscoveredMissing(t *testing.T) {
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"a lost file found missing when about to be used (見当たらず)", "date 2025-09-20 みさき町教育委員会は、児童の個人情報を記したファイルを紛失したと明らかにしました。\n\n発表によりますと、9月8日、職員室の棚からファイルを取り出して使用し、翌9日にも使おうとしたところ棚に見当たらず、所在が分からなくなったということです。", "2025-09-09"},
		{"polite form (見当たりませんでした)", "個人情報を含む書類の紛失について\n\n2025年9月20日\n株式会社あおばね商会\n\n当社において、お客様の氏名と住所を記載した書類を紛失しました。2025年9月12日、担当者が書類を保管庫から取り出そうとしたところ、保管庫に見当たりませんでした。", "2025-09-12"},
	})
}

func TestRound6DiscoveredSameDayLater(t *testing.T) {
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"found minutes after an event told three sentences before", "2025-09-24\nみなと市は9月24日、業務委託先が説明会の案内メールを送信した際、宛先の設定を誤ったと発表しました。\n\n市によりますと、業務委託先が、9月19日、説明会の参加者80人に対し、案内のメールを送信しました。\n\nこのとき、本来BCC欄に入力すべきアドレスを、誤って宛先欄に入力し、一斉送信したということです。メールの内容には、案内のみが記載されていました。メール送信から約15分後、受信者の1人から業務委託先に連絡があり、誤送信が発覚しました。", "2025-09-19"},
	})
}

func TestRound6DiscoveredTimeLed(t *testing.T) {
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"a discovery told with its hour alone is on the day last named", "date 2025-09-10 南浜県警は10日、メールサーバーが9日に国外から不正アクセスを受けたと発表した。県警のアカウントから迷惑メール約5万件が送信された。県警によると、不正アクセスがあったのは9日午前3時10分~午後4時ごろ。午後3時40分ごろに把握したとしている。", "2025-09-09"},
	})
}
