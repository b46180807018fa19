package extract_test

import (
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Round 6 of the content fields: general writing patterns behind the errors
// on a fresh set of real notices. Every text is fictional.

func TestRound6Leak(t *testing.T) {
	runContent(t, []contentCase{
		{name: "a leak told by the fake mail itself is the bait", types: []string{"phishing"}, leak: model.LeakUnknown, data: []string{},
			text: "あおぞら銀行をかたったフィッシングメールが確認されており、同行が注意を呼びかけている。メールには、通販サイトから個人情報が流出した旨が記載され、記載のURLから再登録するよう求めている。ほかにも個人情報が流出したというメールが確認されている。"},
		{name: "a fake SMS claiming a breach", types: []string{"phishing"}, leak: model.LeakUnknown,
			text: "当社をかたる偽SMSにご注意ください\n\nみなづき電力を装ったSMSが送信されています。SMSの内容は「お客様の情報が漏えいしました」というもので、偽サイトへ誘導します。"},
		{name: "credentials leaked are how the mailbox was taken", types: []string{"account_takeover", "spam_relay"}, leak: model.LeakPossible,
			data: []string{"name", "address", "phone"},
			text: "ほしぞら看護大学は、教員のメールアカウントが乗っ取られ、大量の迷惑メールを送信していたと発表した。受信メール3件に不正アクセスの痕跡があり、そのうち1件に1人の氏名、住所、電話番号が記載されていた。ユーザー名とパスワードが流出した原因は分かっていない。"},
		{name: "a login list attack with data only maybe seen", types: []string{"credential_stuffing"}, leak: model.LeakPossible,
			noData: []string{"login_id", "password"},
			text:   "不正ログインについて\n\nもえぎ薬局は、会員サイトに不正ログインがあったと発表した。他社から入手したとみられるID・パスワードリストを使った不正アクセスが繰り返された。一部会員のポイントが不正に利用された可能性があり、会員情報の一部が不正に閲覧された可能性もあるという。"},
		{name: "a file of customers put on a mail as an attachment", types: []string{"misdelivery"}, leak: model.LeakConfirmed,
			text: "お客様情報の流出についてのお詫び\n\nこのたび、当社において、お客様の一覧表を流出させる事故が発生いたしました。\n配信先として登録すべきリストを誤って添付ファイルとして登録し、お客様の氏名とメールアドレスの記載されたファイルが添付された状態でメール送信いたしました。"},
		{name: "all but the addresses denied", types: []string{"misdelivery"}, leak: model.LeakConfirmed, data: []string{"email"},
			text: "メールの誤配信についてのお詫び\n\nこのたび、当店からお客様120名に一斉送信したメールにおいて、受信されたお客様のメールアドレスが他のお客様に表示される誤配信が発生いたしました。\nメールアドレス以外の個人情報(お名前、住所、電話番号など)については漏えいしておりません。"},
		{name: "what leaked named as given under a hedged statement", leak: model.LeakPossible,
			text: "不正アクセスによる個人情報漏えいの可能性について\n\nみなせ食品は、通販サイトが不正アクセスを受け、2万件の顧客の個人データが漏洩した可能性があると発表した。\n漏洩した個人データの項目\n氏名、住所、電話番号"},
		{name: "a cleft on when the leak happened under a hedge", leak: model.LeakPossible,
			text: "オンラインショップへの不正アクセスについて\n\nあまぎソフトによると、情報漏えいが発生したのは2024年3月から5月までの間で、この期間にカード情報を登録した顧客の情報が漏洩した可能性がある。"},
		{name: "misuse of what leaked denied with the trace", leak: model.LeakPossible,
			text: "リモートアクセス機器への不正アクセスについて\n\nうなばら研究機構の機器に対する不正アクセスが発生しました。個人情報漏えいの可能性が否定できない状況ですが、現時点で漏えいそのものの痕跡や、漏えいした情報が悪用される等の被害は確認されておりません。"},
		{name: "an address change left undone is no leak", leak: model.LeakNone, data: []string{},
			text: "問い合わせフォームの不具合について\n\nくろしお町は、メールアドレスを変更した際、一部のフォームからの送信先に変更漏れがあり、住民からの問い合わせが届いていなかったと発表した。"},
		{name: "a wrong invitation with no one else's data", leak: model.LeakNone, types: []string{"misdelivery"},
			text: "案内状の誤送付について\n\nあさひな市は、式典の案内状を対象ではない22歳の市民800人に誤って送付したと発表した。データを抽出する際に生年月日の条件を誤ったという。案内状には他の対象者の個人情報は含まれていないという。"},
		{name: "a mail sent by mistake with a network address only", leak: model.LeakNone,
			text: "緊急速報メールの誤送信について\n\nゆうばえ市は、緊急速報メールを誤送信したと発表した。メールにはネットワークの住所に相当するIPアドレスを掲載して送った。市は訂正のメールを配信した。"},
		{name: "addresses shown to all though the body held none", leak: model.LeakConfirmed, types: []string{"misdelivery"},
			text: "みずかみ市は、委託先が案内メールを送信した際、送信先のメールアドレスを本来BCC欄に入力すべきところ、誤って宛先欄に入力し一斉送信したと発表しました。メールの内容には氏名や住所などの個人情報は含まれていませんでした。"},
		{name: "no leak found, then no later harm reported", leak: model.LeakNone, types: []string{"account_takeover", "spam_relay"},
			text: "不正アクセスによる迷惑メールの送信について\n\nこの度、本学の利用者2名のメールアカウントとパスワードが学外者に不正に利用され、約2万件の迷惑メールが送信されるという事案が発生しました。関係の皆様に深くお詫び申し上げます。\nなお、調査の結果、本件による個人情報などの流出はなかったことを確認しており、現時点において二次被害も報告されておりません。"},
		{name: "nothing spread on from the wrong recipient", leak: model.LeakConfirmed, types: []string{"misdelivery"},
			text: "文書の誤送付について\n\nはやせ労働局は、労働者3名の氏名と生年月日が記載された文書を別の事業場に誤送付したと発表した。\n誤送付先から外部に流出していないことを確認しているため、二次被害の発生のおそれはありません。"},
		{name: "a mail server relayed spam is no account taken", noTypes: []string{"account_takeover"},
			text: "迷惑メールの送信について\n\nかしわ町のメールサーバーが外部から不正に利用され、町のメールアドレスを差出人とする迷惑メールが送信されました。"},
		{name: "all but the addresses said not included", types: []string{"misdelivery"}, leak: model.LeakConfirmed, data: []string{"email"},
			text: "メールアドレス流出のお詫び\n\n当社より一部の会員様に送信したご案内メールを、メールアドレスがお客様相互に見える形(CC)にて送信してしまいました。\n流出した件数は12名のメールアドレスです。\nなお、メールアドレス以外の個人情報は含まれておりません。"},
		{name: "a measure not to leak again stays a measure", leak: model.LeakNone, types: []string{"system_failure"},
			text: "システム障害について\n\nあかつき運輸の配送システムに障害が発生しました。個人情報を流出させないよう、引き続き監視を行います。なお、個人情報の流出はありません。"},
	})
}

func TestRound6Types(t *testing.T) {
	runContent(t, []contentCase{
		{name: "a wrong address registered that sent mail astray", types: []string{"misdelivery"},
			text: "私用メールアドレスの誤登録による個人情報の漏えいについて\n\nしらさぎ省において、職員の連絡先であるメールアドレスが本人により誤って登録されたことにより、関係者への一斉送信メールが第三者に誤送信されていたことが判明しました。\n当該誤登録者の報告により判明したものです。"},
		{name: "a wrong address typed in the BCC field", types: []string{"misdelivery"},
			text: "みさご労働局は、職員が事業主宛ての照会メールを送る際、BCC欄に別の会社のメールアドレスを誤入力したまま送信したと発表した。"},
		{name: "a wrong entry with nothing sent stays a slip", types: []string{"processing_error"},
			text: "口座情報の誤登録について\n\nかもめ市において、職員が振込先の口座番号を誤入力したため、別の方の口座に給付金を振り込んでいたことが判明しました。"},
		{name: "the phishing link the owner clicked is no impersonation", types: []string{"account_takeover", "spam_relay"},
			text: "つぐみ教育大学で、メールアカウント1件に学外から不正アクセスがあり、当該アカウントから大量の迷惑メールが送信された。原因は、アカウントの持ち主がフィッシングメールのリンクをクリックしたことにより、認証情報が盗取されたためとみられることが判明した。"},
		{name: "records seen by intruders are no snooping", types: []string{"credential_stuffing"}, noTypes: []string{"insider_misuse"},
			text: "不正ログインに関するお知らせ\n\nひばり堂は、会員サイトに第三者による不正ログインがあったと発表した。会員の個人情報の一部が不正に閲覧された可能性がある。"},
		{name: "a warning of fake mails after a card leak is no phishing", types: []string{"unauthorized_access"},
			text: "株式会社ゆうなぎ商事におけるカード情報流出について\n\nこのたび、株式会社ゆうなぎ商事より、第三者による不正アクセスによりクレジットカード情報が外部に流出したとの発表がありました。\nなお、当社からお客さまにメールやSMSでカード番号やパスワードをお聞きすることはございません。\nこれらはお客さまの情報を盗み取ることを目的としたフィッシングメールです。\nこれらのメールを受け取った場合は、リンクをクリックしないでください。"},
		{name: "warning staff about phishing is a measure", types: []string{"account_takeover", "spam_relay"},
			text: "こまくさ女子大学は、利用者1人のメールアカウントが不正にアクセスを受けて迷惑メールの送信に悪用されたと発表した。同大学は「パスワードの厳格な管理、フィッシングメールへの対処について注意喚起を徹底する」としている。"},
		{name: "a mail server broken into through one account", types: []string{"account_takeover", "spam_relay"},
			text: "本学メールサーバへの不正アクセスについて\n\nこのたび、第三者が本学の教員に発行したメールアカウントのIDとパスワードを用いて、大量の迷惑メール送信の踏み台として悪用したことが判明しました。"},
		{name: "ransomware stopped by the antivirus", types: []string{"unauthorized_access"},
			text: "かえで協会にて外部からの不正アクセスを確認した。サーバへの攻撃が試みられたが、ウイルス対策ソフトによりランサムウェアの設置は防御できた。"},
		{name: "a company named after an app is no account", noTypes: []string{"account_takeover"},
			text: "LINEMO商事株式会社 不正アクセスによる情報漏えいに関するお知らせ\n\n当社のシステムへ第三者による不正アクセスが行われ、取引先の情報が漏えいしたことが判明しました。"},
		{name: "what a malware's mails look like is no phishing of the company", types: []string{"malware"},
			text: "ウイルス感染に関するお詫び\n\n当社社内のパソコン1台がEmotetに感染したことを確認いたしました。\nEmotetは、実在の相手を装うのが特徴で、いわゆる「なりすましメール」と呼ばれる迷惑メールです。\n当社を名乗るメールを受信された際には、ウイルスへの感染や不正なアクセスの可能性がございます。"},
		{name: "data of people not asked for given along", types: []string{"processing_error"},
			text: "個人情報の漏えいについてのお詫び\n\nこのたび、みささぎ共済組合が管理している受給者の個人情報を漏えいする事態が発生いたしました。\n連盟からの依頼に基づき作成したデータに、本来は提供する必要のない非加入者のデータも含めて提供を行ってしまったものです。"},
		{name: "a list of residents printed and handed to a neighbourhood head", types: []string{"insider_misuse"}, leak: model.LeakConfirmed,
			text: "住民名簿を自治会長に 職員の処分を検討\n\nうぐいす町の職員が住民基本台帳のデータを元に約400人分の名簿を作成して、町内の自治会長に渡していたことがわかった。個人情報が流出しているのではないかと役場に匿名で電話があり、調査したところ、職員が名簿を紙に印刷して手渡していたことがわかったということです。名簿には住民の名前や住所が記載されていました。"},
		{name: "spam disguised as the city sent by others is no relay", types: []string{"phishing"},
			text: "なりすましメールにご注意ください\n\nひえだ市からのメールを装って、市の取引先企業等に迷惑メールが送信される事案が発生しています。実際は本市と無関係の第三者が送信したメールです。"},
		{name: "spam sent as the course from its hijacked address is the relay", types: []string{"account_takeover", "spam_relay"},
			text: "あけび市が運営する市民講座のメールアドレスが第三者に不正利用され、市民講座になりすました大量の迷惑メールが不特定多数に発送されたと、市が発表した。"},
		{name: "a warning of mails aiming at an infection is no infection", types: []string{"phishing"},
			text: "Emotet感染を狙うなりすましメールに関する注意喚起\n\n株式会社あさもや計算センター\n\n差出人を弊社職員になりすましたメールが配信される事例が生じております。\n迷惑メールフォルダに分類されたメールについては、不用意に開封しないでください。"},
		{name: "copies of records taken out by a trainee", types: []string{"insider_misuse"},
			text: "この度、みなも大学病院で管理している患者情報の写し(3名分)が、臨床実習中の学生により外部に持ち出されていたことが判明いたしました。関係する皆様に深くおわび申し上げます。"},
		{name: "mass mail from a mail server broken into", types: []string{"unauthorized_access", "spam_relay"}, leak: model.LeakNone,
			text: "みさと県警は7日、メールサーバーが国外から不正アクセスを受けたと発表した。県警のアカウントのメールが国内外に約8万件送信され、約1万件が到達した。これまでに情報流出などの被害は確認されていない。"},
		{name: "a title naming the loss and the measures keeps the loss", types: []string{"loss_theft"},
			text: "個人情報を含む書類の紛失についてのお詫びと再発防止策について\n\nさつき病院において、患者様の氏名が記載された書類の所在が分からなくなっていることが判明しました。"},
		{name: "records a clerk looked into stay snooping", types: []string{"insider_misuse"},
			text: "職員の懲戒処分について\n\nうぐいす町は、税務課の職員が業務と関係なく住民の課税情報を不正に閲覧していたとして、減給処分とした。町民の情報が職員により不正に閲覧されたのは約40件。"},
	})
}

func TestRound6DataTypes(t *testing.T) {
	runContent(t, []contentCase{
		{name: "a bracketed heading with a count note, a group line and its bullets", data: []string{"email", "name"},
			text: "不正アクセスによる個人情報流出の可能性について\n\nこの度、当社サーバーに外部から不正アクセスが発生し、個人情報の一部が外部へ流出した可能性があることが判明いたしました。\n\n【外部に流出した可能性がある個人情報の内容】 (下記(1)~(2)の合計 5,210 件)\n(1)当社が管理しているお取引先様の情報(3,100 件)\n\n・お取引先様のメールアドレスおよび氏名"},
		{name: "whose data it is, then a bullet line after a blank line", data: []string{"name", "employment", "email"},
			text: "不正アクセスによる個人情報漏えいの恐れのお知らせ\n\nあさぎ通信社のサーバー機器が外部から不正アクセスを受け、職員等820人の個人情報が外部へ流出した恐れがあることが判明しました。\n\n【漏えいの恐れのある個人情報】\n\n当社及びグループ会社の従業員(820人)※退職者の一部を含む\n\n・氏名 ・社員番号 ・メールアドレス"},
		{name: "a list of residents made and handed over", data: []string{"name", "birthdate"},
			text: "ひいらぎ町の係長、住民名簿を自治会長に手渡す\n\nひいらぎ町は、住民課の係長が自治会長の依頼を受け、住民基本台帳のデータを基に約300人分の氏名や生年月日などを載せた名簿を作り、手渡していたとして、停職の懲戒処分とした。"},
		{name: "one person's address told to a friend", data: []string{"address"},
			text: "もみじ市の男性課長が同窓会の案内のため市民の個人情報を私的に閲覧したとして、市は減給の懲戒処分とした。市によると、課長は照会システムで2人分のデータにアクセスし、男性1人分の住所を幹事に伝えた。"},
		{name: "the password an intruder used is no data", data: []string{},
			text: "メールアカウントへの不正アクセスについて\n\nかすみ女子大学は、教員1名のメールパスワードが窃取され、当該メールアカウントが不正アクセスを受けて迷惑メールが送信されたことが判明したと発表した。"},
		{name: "an ID list used to log in is no data", noData: []string{"login_id", "password"},
			text: "不正ログインについて\n\nつつじ商店は、会員サイトに不正ログインがあったと発表した。他社から入手したとみられるID・パスワードリストを使った不正アクセスにより、会員の氏名と保有ポイントが閲覧された可能性がある。"},
		{name: "IDs and passwords listed with other data stay data", data: []string{"name", "login_id", "password", "email"},
			text: "不正アクセスによる個人情報漏えいのおそれについて\n\nさくらんぼ書房のサーバーが不正アクセスを受け、会員の個人情報が流出したおそれがあることが判明しました。\n【流出したおそれのある情報】\n・氏名 ・ログインID ・パスワード ・メールアドレス"},
		{name: "the mail asked to be deleted and the body the data was in", data: []string{"company_name", "email"},
			text: "メールの誤送信について\n\nしらはま労働局は、職員が照会メールを送付する際、別の会社のメールアドレスを誤入力したまま送信したと発表した。\n漏えいしたのは、メール本文に記載しているA社の名称、宛先にある代表者のメールアドレス。\n同局は送信先にお詫びとメールデータの削除を依頼しました。"},
		{name: "items left out in a note are no data", data: []string{"name", "address", "medical"},
			text: "患者情報の紛失について\n\nあさなぎ病院で、患者の個人情報を含むUSBメモリを紛失しました。\n紛失した情報:氏名、住所(市町村名のみ)、診療科\n※生年月日、電話番号は含んでいません。"},
		{name: "staff of a department and sole traders are no personnel data", noData: []string{"employment"},
			text: "口座情報の流出について\n\nかもめ信用金庫は、委託先への不正アクセスにより、口座情報(一部に個人事業主などの氏名を含む)が流出したと発表した。\n今後、所属職員に対し、同様の事案を起こさないよう指導を徹底します。"},
		{name: "numbered sub-headings of a data section are no items", data: []string{"name", "address"},
			text: "個人情報の漏えいについて\n\nみかげ県は、法人の事業報告書を閲覧に供した際、役員の住所を黒塗りせずに公開していたと発表した。\n2 漏えいのあった個人情報\n(1)閲覧に供したもの\n役員の氏名、住所\n(2)含まれる個人情報\n氏名、住所"},
		{name: "school guidance records are academic data", data: []string{"academic"},
			text: "個人情報の誤配信について\n\nすずかけ区立小学校において、児童の個人情報等が記載されたデータを誤って児童用端末で配信したことが判明しました。\n2 流出した情報\n第4学年の児童10名に関する指導記録等の個人情報"},
		{name: "a list after 次の情報", data: []string{"card_holder", "card_number", "card_expiry", "card_cvc", "name", "email"},
			text: "不正アクセスによる個人情報漏えいについて\n\nあおたけソフトのオンラインショップが不正アクセスを受け、個人情報が漏洩した可能性があると発表した。\n期間中にカード情報を登録したユーザは、次の情報が漏洩した可能性がある。\n- カード名義人名\n- クレジットカード番号\n- 有効期限\n- セキュリティコード\nまた、商品を購入したユーザは、次の情報が漏洩した可能性がある。\n- 氏名\n- メールアドレス(パスワードは含まない)"},
		{name: "no harm reported after the list denies none of it", data: []string{"email", "age", "address"},
			text: "メールマガジン配信システムへの不正アクセスについて\n\nしずはた県は、配信システムが外部から不正アクセスを受け、会員の登録情報が流出したと発表しました。\n流出した情報は、メールアドレスや年齢、市町までの住所で、これまでのところ被害の報告は受けていないということです。"},
		{name: "contact lines after 次の are no data", noData: []string{"my_number"},
			text: "ポイントの誤付与について\n\nはまゆう市の窓口でポイントを誤って付与する事案が発生しました。ご不明な点がある場合は、次のいずれかにお問合せください。\n\nマイナンバー総合フリーダイヤル\n市コールセンター"},
		{name: "a birth date used as a search criterion and the wrong recipients are no data", data: []string{},
			text: "案内状の誤送付について\n\nさくなみ市は、式典の案内状を対象外の市民に誤って送付したと発表した。対象者のデータを抽出する際に生年月日の条件設定を間違えたという。案内状には他の方の個人情報は含まれていない。市は誤送付先の全員におわびの文書を送った。"},
		{name: "resumes and wage ledgers are employment data", data: []string{"academic", "employment", "name"},
			text: "共有フォルダの設定ミスについて\n\nたかせ県立大学は、クラウドの設定ミスにより、学生300人分の氏名や成績、非常勤講師の履歴書などの個人情報が全ての学生から閲覧できる状態になっていたと発表しました。"},
		{name: "the names a fake mail shows are no data", data: []string{},
			text: "弊社社員を装った不審メールについて\n\nこの度、弊社のパソコンがウイルスに感染し、弊社社員を装った不審なメールが送信されていることが判明しました。不審なメールは、送信者の名前は弊社社員の名前が表示されておりますが、メールアドレスは弊社のものと異なります。"},
	})
}

func TestRound6Counts(t *testing.T) {
	runContent(t, []contentCase{
		{name: "businesses whose data a file held", affected: 214,
			text: "ファイルの誤送信について\n\nみねかぜ経済局は、支援機構が保有する214事業者の個人情報を含むファイルを、誤って管轄内の12事業者に送信したと発表した。"},
		{name: "addresses shown to the recipients count them", affected: 64,
			text: "メールの誤送信について\n\nこもれび市は、講座の申込児童80人の保護者64件のメールアドレス宛に案内を送る際、Bccで送信すべきところ誤ってToで送信したと発表した。"},
		{name: "the staff punished counted again", affected: -1,
			text: "職員の懲戒処分について\n\nひなた市は、業務と関係なく親族などの戸籍情報を不正に閲覧したとして職員41人を懲戒処分にした。41人のうち2人は停職1カ月とした。"},
		{name: "followers of a hijacked account are no people harmed", affected: -1,
			text: "公式SNSアカウントの乗っ取りについて\n\nあわゆき県の観光PR用の公式インスタグラムアカウントが第三者に乗っ取られ、不審な投稿が確認されたことが判明しました。フォロワーは約560人で、県はフォローの解除を呼びかけています。"},
		{name: "a part of the customers keeps the total", affected: 1200, card: 300,
			text: "不正アクセスによる情報流出について\n\nさざれ堂の通販サイトが不正アクセスを受け、顧客1,200人の個人情報が流出したことが判明しました。顧客1,200人のうち300人のクレジットカード情報も流出しました。"},
	})
}
