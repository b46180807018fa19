package extract_test

import (
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Round 3 of the content fields: data lists on one line, synonyms, data of
// police and disciplinary cases, card counts, insider leaks, warnings that
// are no events. Every text is fictional.

func TestRound3DataTypes(t *testing.T) {
	runContent(t, []contentCase{
		{name: "bullets spaced on one line after a bracket heading", data: []string{"name", "login_id", "employment", "company_name", "email", "password"},
			text: "業務サーバーへの不正アクセスについて\n\n株式会社ほたる技研\n\n当社の業務サーバーが外部から不正アクセスを受けました。\n【流出したおそれのある情報】 ・氏名 ・ユーザーID ・社員番号 ・会社名 ・部署、役職名 ・メールアドレス ・(暗号化された)パスワード\n詳細は調査中です。"},
		{name: "bullets with wide spaces under a heading", data: []string{"name", "login_id", "employment", "company_name", "email"},
			text: "個人情報漏えいのおそれについて\n\n株式会社ほたる技研\n\n当社のサーバーが第三者による不正アクセスを受けました。\n\n【漏えいの可能性がある情報】\n\n・氏名　・ログインID　・部署　・会社名　・メールアドレス\n"},
		{name: "patient id written with an honorific and treatment records", data: []string{"name", "customer_id", "medical"}, noData: []string{"other"},
			text: "書類の紛失について\n\nすみれ歯科医院において、患者様の個人情報を記載した書類を紛失しました。\n書類には、患者様氏名、患者様ID、処置日、処置内容が記載されていました。"},
		{name: "patient number and treatment in a hospital list", data: []string{"name", "customer_id", "medical"}, noData: []string{"other"},
			text: "USBメモリの紛失について\n\nひかわ記念病院で、患者さまの情報を保存したUSBメモリを紛失しました。\n保存されていた情報は、患者さま番号、氏名、治療内容です。"},
		{name: "investigation data told to an acquaintance is other data", data: []string{"other"},
			text: "警察官の懲戒処分について\n\nみねやま県警は、捜査情報を知人に漏らしたとして、巡査部長を停職の懲戒処分とした。"},
		{name: "internal information leaked by a police officer", data: []string{"other"},
			text: "職員の処分について\n\nしろがね県警察本部は、職務上知り得た内部情報を外部に漏えいしたとして、警部補を減給処分にした。"},
		{name: "personnel transfer data viewed by an employee", data: []string{"employment"},
			text: "職員の懲戒処分について\n\nあさひ台市は、業務と関係がないのに人事異動に関するデータを閲覧したとして、主査を戒告処分とした。"},
		{name: "contact persons of business partners and accounts", data: []string{"name", "company_name", "bank_account"}, noData: []string{"other"},
			text: "不正アクセスによる情報流出について\n\n株式会社やまびこ建材のファイルサーバーが不正アクセスを受け、取引先の担当者名、口座情報、振込先口座が流出した可能性があります。"},
		{name: "addresses typed into the recipient field", data: []string{"email"},
			text: "メール誤送信について\n\nしおかぜ町商工振興会の事務局を担う当会の職員が、会員事業所及び担当者のメールアドレスを宛先に入力して案内メールを送信しました。本来はBCCで送信すべきものでした。"},
		{name: "addresses put in CC", data: []string{"email"},
			text: "メールの誤送信について\n\nもくせい大学の職員が、説明会の参加者あてのメールを送信する際、参加者のメールアドレスをCCに設定して送信しました。"},
		{name: "patient ids written with の and the state of mind and body", data: []string{"customer_id", "medical", "age", "gender"},
			text: "ハードディスクの紛失について\n\nみさと医療センター\n\n患者様の個人情報が記録されたハードディスクを紛失しました。\n紛失したハードディスクには、患者様の氏名は記録されていないものの、患者様のID、年齢、性別、病名、心身の状況、治療方針などが記録されていました。"},
		{name: "medical information of patients stolen by a former employee", data: []string{"name", "address", "medical"},
			text: "患者さんの個人情報の漏えいについて\n\nあおやぎ病院\n\n退職した元職員により、患者さんの個人情報・医療情報が不正に取得され、漏えいしたことが発覚しました。\n漏えいしたデータに含まれていた情報\n患者さんの住所・氏名・治療状況"},
		{name: "data that could be downloaded by other clinics", data: []string{"purchase_history", "points"}, types: []string{"misconfiguration"},
			text: "個人情報漏えいに関するご報告\n\nことり合同会社\n\n当社の購入サイトで管理されている飼い主様の個人情報が、一部の登録病院に漏えいしたことが判明しました。\n管理画面において、他の登録病院に紐づいた飼い主様の購入履歴に関するデータがダウンロードできる状況となっていたことが判明しました。\nまた、保有ポイントに関するデータも閲覧できる状況でした。"},
		{name: "mails exchanged in the past stolen by malware", data: []string{"message_content"}, types: []string{"malware"}, leak: model.LeakPossible,
			text: "マルウェア感染について\n\n株式会社すずかけ製作所\n\n当社従業員のパソコンがマルウェアに感染したことが判明しました。感染したパソコンから、過去にやり取りしたメールの情報が盗まれた可能性があります。"},
		{name: "numbered items on separate lines", data: []string{"name", "gender", "birthdate", "customer_id", "password"},
			text: "不正アクセスについて\n\n株式会社てんとう舎\n\n当社サーバーが第三者による不正アクセスを受けました。\n漏えいした可能性のある情報\n1. 氏名\n2. 性別\n3. 生年月日\n4. 会員ID\n5. ログインパスワード\n\n4. 今後の対応\n対象のお客様にはメールでご連絡いたします。"},
		{name: "circled numbers on separate lines and a next section", data: []string{"name", "address", "purchase_history"}, noData: []string{"other"},
			text: "不正アクセスについて\n\n株式会社てんとう舎\n\n当社サーバーが第三者による不正アクセスを受けました。\n【流出した可能性のある情報】\n① お名前\n② ご住所\n③ ご注文商品名、ご注文金額\n④ 今後の対応について\n対象のお客様にはメールでご連絡いたします。"},
		{name: "a table row marked none", data: []string{"name", "birthdate"},
			text: "不正アクセスについて\n\n株式会社てんとう舎\n\n当社サーバーが第三者による不正アクセスを受けました。\n流出した可能性のある情報\n| 項目 | 有無 |\n| 氏名 | あり |\n| 生年月日 | あり |\n| クレジットカード番号 | なし |"},
		{name: "headings of counts and kinds in a bullet list are no data", data: []string{"message_content", "name", "employment", "email", "address", "phone"},
			text: "メールアカウントの不正利用について\n\nひなた国立大学\n\n本学のメールアカウントが何者かに不正に利用され、大量の迷惑メールが送信されました。この際、当該メールアカウントの過去の送受信メールが漏洩した可能性があります。\n漏洩した可能性のある個人情報\n・対象メール数 23,325通\n・対象メール内の個人情報 16,904件\n・個人情報の種類\n氏名、所属、役職、メールアドレス、住所、電話番号"},
		{name: "persons named by role and an account holder", data: []string{"name", "academic", "address", "phone", "bank_account"}, noData: []string{"card_holder"},
			text: "口座振替依頼書の紛失について\n\nさくらの市教育委員会\n\n市立小学校の教員が、給食費の口座振替依頼書4名分を紛失しました。\n依頼書には児童名、学校名、学年、保護者名、住所、電話番号、口座番号と名義人が記載されています。"},
		{name: "a mail's subject and what it said are no data", data: []string{"email"},
			text: "メール誤送信のお詫び\n\nしらうめ商工会\n\n当会職員が、会員事業所あてにセミナー案内のメールを送信する際、宛先をBCCではなくTOに入力して送信しました。\nメールの件名は「セミナーのご案内」、本文はセミナーの日時と会場をお知らせする内容で、本文に個人情報は含まれておりません。"},
		{name: "what a misdirected mail was about is no message content", data: []string{"name", "phone"},
			text: "メール誤送信について\n\nかざぐるま市\n\n市職員が、イベント参加者あてのメールを誤って別の参加者に送信しました。誤送信したメールには、参加者1名の氏名と電話番号が記載されていました。\nメールの内容はイベントの集合場所の案内でした。"},
		{name: "a BCC rule among the measures names no addresses", data: []string{"name", "address"},
			text: "書類の誤送付について\n\nかざぐるま市\n\n市職員が、申請者1名の氏名と住所が記載された書類を別の申請者に誤って送付しました。\n今後はメール送信時のBCC利用も含め、確認手順を徹底します。"},
		{name: "card code with a long vowel mark", data: []string{"card_holder", "card_number", "card_expiry", "card_cvc", "name"},
			text: "通販サイトでカード情報流出か\n\n雑貨通販のみつまた商店は2日、サイトが不正アクセスを受けたと発表した。\n漏えいした可能性があるのは、カード名義人名、カード番号、有効期限、セキュリティーコードのほか、氏名。"},
		{name: "a data word split at its dot and people before a list", data: []string{"name", "insurance", "medical", "employment", "company_name"}, noData: []string{"other"},
			text: "書類の誤送付について\n\nやまゆり診療所\n\n当院職員が紹介状を誤った医療機関へ送付したことが判明しました。関係者の皆様に深くお詫び申し上げます。\n誤送付した情報\n患者(家族を含む)3名分の氏名、既往歴、保険証の記号・番号、勤務先の事業所名"},
		{name: "statements of transactions and contract plans", data: []string{"name", "purchase_history", "bank_account"},
			text: "郵便物の誤送付について\n\nかやつり証券株式会社\n\nお客様宛ての郵便物を別のお客様に誤って送付しました。\n誤送付された情報\n氏名、お取引の明細、契約プラン、出金先の金融機関口座"},
		{name: "a clause with a count is no unknown data item", data: []string{"card_number", "name", "address", "phone", "email"},
			text: "通販サイトへの不正アクセスについて\n\n株式会社はなだ茶舗の通販サイトに不正アクセスがあり、クレジットカード情報が流出した可能性があります。\nまた、同期間にご登録のあったお客様1,520名の氏名、住所、電話番号、メールアドレスが流出した可能性があります。"},
	})
}

func TestRound3Counts(t *testing.T) {
	runContent(t, []contentCase{
		{name: "card data as the topic of the sentence with the count", card: 380, affected: 1520,
			text: "通販サイトへの不正アクセスについて\n\n株式会社ほしの茶園の通販サイトに不正アクセスがありました。\nクレジットカード情報が流出した可能性があるのは、2023年6月1日から2024年2月29日までにクレジットカード決済でご購入されたお客様(380名)です。\nまた、会員1,520名の氏名と住所が流出した可能性があります。"},
		{name: "card records in parentheses", card: 192594,
			text: "不正アクセスによる情報流出について\n\n株式会社ゆずりはの通販サイトに不正アクセスがありました。\n調査の結果、2021年4月から2023年8月までに入力されたクレジットカード情報(192,594件)を流出の可能性のある情報といたします。"},
		{name: "people who paid by card in a card leak notice", card: 2345,
			text: "クレジットカード情報流出に関するお詫び\n\n株式会社みなもと珈琲の通販サイトに不正アクセスがあり、クレジットカード情報が流出した可能性があります。\n\n対象となるお客様\n2022年3月1日から2023年1月10日までに当サイトでクレジットカード決済をされたお客様2,345名\n\n流出した可能性のある情報\n・カード名義人名\n・クレジットカード番号\n・有効期限\n・セキュリティコード"},
		{name: "the holder of a hijacked mailbox is not affected", affected: -1, types: []string{"account_takeover", "spam_relay"},
			text: "不正アクセスによる迷惑メールの送信について\n\nみおつくし女子大学\n\n本学のメールシステムにおいて、利用者1名のメールアカウントが不正にアクセスを受けて迷惑メールの送信に悪用されました。\n不正アクセスによる情報流出は確認されていません。"},
		{name: "one mailbox counted in 件 is not affected", affected: -1,
			text: "メールへの不正アクセスについて\n\nみやこ教育大学\n\n本学のメールアカウント1件に学外からの不正アクセスがあり、当該アカウントから学外に36万件の迷惑メールが送信されました。\n今回の不正アクセスによる個人情報の流出は確認されていません。"},
		{name: "the exposed part of all inquiries", affected: 1426,
			text: "問い合わせ情報の閲覧可能状態について\n\nすずかぜ市\n\n市ホームページのお問い合わせ画面から送信された情報が、閲覧可能な状態になっていたことが判明しました。\n過去6年間に1,514件のお問い合わせがあり、うち1,426件の個人情報が閲覧可能な状態になっていたことがわかりました。"},
		{name: "staff punished are not affected", affected: -1,
			text: "職員の懲戒処分について\n\nときわ市は、住民の個人情報を不正に閲覧したとして、職員1人を停職処分、監督責任者3人を戒告処分とした。"},
		{name: "teachers punished for a loss are not affected", affected: -1,
			text: "教員の処分について\n\nみかげ県教育委員会は、生徒の成績を記録したUSBメモリを紛失したとして、高校教諭2人を戒告処分にしたと発表した。"},
		{name: "residents whose records were viewed are affected", affected: 120, leak: model.LeakConfirmed,
			text: "懲戒処分について\n\nさざれ町は、業務外の目的で住民情報を閲覧していた職員3名を減給処分とした。閲覧されたのは住民延べ120人分の情報だった。"},
		{name: "card data inside personal data is no card count", card: -1,
			text: "不正アクセスについて\n\n株式会社かさね商会のサーバーに不正アクセスがあり、お客様の個人情報(クレジットカード情報を含まない)が流出した可能性があるのは、会員3,100名です。"},
	})
}

func TestRound3Leak(t *testing.T) {
	runContent(t, []contentCase{
		{name: "snooping by staff with outside leak and misuse denied together", leak: model.LeakNone,
			text: "職員の懲戒処分について\n\nかやの市は、業務と関係がないのに人事異動に関するデータを閲覧したとして、主任を減給処分にしたと発表しました。これまでのところ、外部への情報漏えいや悪用による被害は確認されていないということです。"},
		{name: "snooping with leak and misuse denied, polite form", leak: model.LeakNone,
			text: "職員の処分について\n\nたちばな町の職員が、業務外の目的で同僚の人事データを閲覧していたことが判明しました。現時点で、外部への流出及び不正利用は確認されておりません。"},
		{name: "snooping on internal records with no statement", leak: model.LeakUnknown,
			text: "職員の懲戒処分について\n\nつきみ町は、業務上の必要がないのに庁内システムで知人の情報を閲覧したとして、住民課の職員を減給処分とした。"},
		{name: "disclosure to colleagues is a leak though none went outside", leak: model.LeakConfirmed, affected: 70,
			text: "住民情報を同僚に漏えい 職員を懲戒処分\n\nさくらぎ市は15日、住民の個人情報を同僚2人に漏えいしたとして、市民課の主事を戒告の懲戒処分にした。\n主事は住民約70人分の氏名や住所を同僚に話していた。市外部への情報の漏えいはないという。"},
		{name: "disclosure to colleagues counts whose data it was", leak: model.LeakConfirmed, affected: -1,
			text: "職員の懲戒処分について\n\nしらとり市は、職員が業務で知った住民の個人情報を同僚3人に漏洩したとして、停職処分とした。"},
		{name: "a denial of some kinds of data leaves the leak confirmed", leak: model.LeakConfirmed, data: []string{"name", "employment", "age", "gender", "other"},
			text: "詐欺被害の相談者の個人情報流出について\n\nみさき県警察\n\n相談者の個人情報が流出しました。\n職員が統計資料を関係先に電子メールで送信しようとした際、誤って個人情報が含まれた別の資料を送信しました。\n\n流出した保有個人情報の項目\n\n氏名、職業、年齢、性別、被害額\n\n※住所、電話番号の流出はありません。"},
		{name: "names sucked out by malware", leak: model.LeakConfirmed, data: []string{"name"},
			text: "パソコンのウイルス感染について\n\n株式会社さわらび会計\n\n弊社関連会社のパソコンがマルウェアに感染し、社員を名乗る不審なメールが大量に送付されました。\n感染元から弊社社員の名前も吸い取られ、新たなメールが送付されているのも確認しております。"},
		{name: "no harm reported after a disclosure stays confirmed", leak: model.LeakConfirmed,
			text: "個人情報漏えいに関するご報告\n\nことり合同会社\n\n当社の購入サイトで管理されている飼い主様の個人情報が、一部の登録病院に漏えいしたことが判明しました。\nなおこれまでに、個人情報の漏えいによる被害発生の報告はございません。"},
		{name: "the charge of a prosecution is no doubt", leak: model.LeakConfirmed, types: []string{"insider_misuse"}, data: []string{"other"},
			text: "暴力団関係者に捜査情報を漏えい 巡査部長を書類送検―はやせ県警\n\nはやせ県警は22日、暴力団関係者に捜査情報を漏らしたとして、地方公務員法(守秘義務)違反の疑いで、警察署の巡査部長を書類送検した。\n巡査部長は知人の男に関する捜査状況を漏らした疑い。"},
		{name: "no effect on the investigation denies no leak", leak: model.LeakConfirmed, types: []string{"insider_misuse"},
			text: "家宅捜索の情報を漏らした警部補を懲戒処分\n\nみずなみ県警は4日、暴力団事務所の家宅捜索を事前に電話で伝え、捜査情報を漏えいしたとして、警部補を減給の懲戒処分とした。\n監察課は、情報漏えいが事件捜査に影響を与えることはなかったとしている。"},
		{name: "no trouble from the leak denies no leak", leak: model.LeakConfirmed, data: []string{"other"}, affected: 36,
			text: "犯歴情報を漏らした巡査長を処分\n\nみなせ県警は、巡査長が36人分の犯歴情報を県警OBの男性に漏らしていたとして、巡査長を減給処分にした。県警は「情報が漏れたことによる支障は出ていない」と説明した。"},
		{name: "papers handed to a resident by staff", leak: model.LeakConfirmed, types: []string{"insider_misuse"}, data: []string{"name", "phone"},
			text: "入居者の情報を自治会長に渡す\n\nあかね野市は16日、男性主査が市営住宅の入居者の個人情報が記載された資料を自治協議会会長の男性に渡し、コピーさせたことを公表した。\n主査は世帯主の氏名や電話番号が載っている住宅配置図を手渡した。\n同僚職員からの報告で上司が情報流出を把握した。"},
		{name: "final report denial outranks the first notice", leak: model.LeakNone,
			text: "不正アクセスに関する調査結果のご報告(最終報告)\n\n株式会社かなえ物産\n\n2024年3月5日に公表いたしました当社サーバーへの不正アクセスにつきまして、調査が完了いたしました。\n第一報では、お客様の個人情報が流出した可能性があるとお知らせしておりました。\n調査の結果、サーバーには不正アクセスの痕跡はありましたが、個人情報が流出した事実は確認されませんでした。"},
		{name: "final report: a hedge in the body before the result", leak: model.LeakNone,
			text: "不正アクセスについて(最終報)\n\n株式会社ひさご電設\n\n当社サーバーが不正アクセスを受け、取引先の情報が漏えいしたおそれがありました。\n外部専門機関による調査の結果、情報が外部に漏えいした事実は確認されませんでした。"},
		{name: "first notice: a denial so far does not settle a hedge", leak: model.LeakPossible,
			text: "不正アクセスについて\n\n株式会社ひさご電設\n\n当社サーバーが不正アクセスを受け、取引先の情報が漏えいしたおそれがあります。\n現在までの調査の結果、情報が外部に漏えいした事実は確認されておりません。"},
	})
}

func TestRound3Types(t *testing.T) {
	runContent(t, []contentCase{
		{name: "emotet notice that explains and warns is malware only", types: []string{"malware"},
			text: "マルウェア感染に関するお知らせ\n\n学校法人あけぼの学園\n\n本学園の職員が使用するパソコン1台がマルウェア「Emotet」に感染したことが判明しました。\nEmotetは、感染した端末からメールアドレスやメール本文を窃取し、なりすましメールを送信する特徴があります。そのため、本学園の職員を装ったメールが送信される可能性があります。\n不審なメールを受信された場合は、添付ファイルを開かず削除してください。不正アクセスの被害につながるおそれがあります。"},
		{name: "virus infection with feared mails in another wording", types: []string{"malware"},
			text: "ウイルス感染のお知らせ\n\n株式会社ふくろう設計\n\n当社の従業員のパソコンがコンピュータウイルスに感染したことが判明しました。今後、当社社員になりすましたメールが取引先の皆様に届くおそれがあります。ご迷惑をおかけし、深くお詫び申し上げます。"},
		{name: "feared mails after an account takeover stay phishing", types: []string{"account_takeover", "phishing"},
			text: "公式SNSアカウントの不正アクセスについて\n\nこまどり市観光協会\n\n当協会職員のアカウントが不正アクセスされ、公式フェイスブックの情報が参照できる状態にありました。\n友達登録をいただいた方には、当協会を装った不審なメールが届くおそれがあります。"},
		{name: "fake mails labelled with the malware's name are phishing", types: []string{"phishing"},
			text: "なりすましメール(Emotet)に関する注意喚起\n\n株式会社わかたけ\n\n弊社社員を騙ったなりすましメール(Emotet)が複数の関係者の方へ発信されていることを確認しました。\n一見すると弊社社員から送信されたメールのように見えますが、無関係の第三者が送信したメールです。"},
		{name: "a spoofed-mail warning with attachments is phishing", types: []string{"phishing"},
			text: "弊社社員を騙った不審メールについて\n\n株式会社たかせ電工\n\n弊社社員の名前を騙った不審なメールが複数の方に届いていることを確認しております。\n当該メールには、ウイルスが含まれている可能性のある添付ファイルが記載されております。開かずに削除してください。"},
		{name: "a mail server intrusion told with the hijacked account", types: []string{"account_takeover", "spam_relay"},
			text: "迷惑メール送信について\n\n株式会社かわせみ工房\n\n当社のメールサーバーが第三者から不正アクセスを受け、当社従業員のアカウントが不正に利用されて迷惑メールが送信されました。"},
		{name: "form mails not delivered after an address change", types: []string{"processing_error"}, leak: model.LeakNone, data: []string{},
			text: "お問い合わせフォームからのメール未着について\n\n株式会社はるにれ\n\n当社ウェブサイトのお問い合わせフォームにつきまして、メールアドレス変更に伴う設定の誤りにより、2024年1月15日から2月20日までの間、お問い合わせの内容が当社に届いていなかったことが判明しました。"},
		{name: "the wrong file sent by mistake is misdelivery", types: []string{"misdelivery"},
			text: "個人情報の流出について\n\nみさき県警察\n\n職員が統計資料を関係先に送信しようとした際、誤って個人情報が含まれた別の資料を送信したことが判明しました。"},
		{name: "the wrong list attached by mistake is misdelivery", types: []string{"misdelivery"},
			text: "メール誤りについて\n\nさざなみ町\n\n町の職員が事業者へ案内文を送る際、誤って住民の名簿を添付して送信していたことが判明しました。"},
		{name: "ransomware damage denied", types: []string{"unauthorized_access"},
			text: "不正アクセスについて\n\n株式会社つゆくさ工業\n\n当社サーバーが第三者による不正アクセスを受けたことが判明しました。なお、ランサムウェアによるデータの暗号化などの被害は確認されておりません。\nご迷惑をおかけし深くお詫び申し上げます。"},
		{name: "ransomware looked for and not found", types: []string{"unauthorized_access"},
			text: "不正アクセスについて\n\n株式会社つゆくさ工業\n\n当社サーバーが第三者による不正アクセスを受けたことが判明しました。ランサムウェアの可能性も視野に調査しましたが、その痕跡は確認されませんでした。\nご迷惑をおかけし深くお詫び申し上げます。"},
		{name: "ransomware infection with a denial of the leak after it", types: []string{"ransomware"},
			text: "ランサムウェア被害について\n\n株式会社つゆくさ工業\n\n当社サーバーがランサムウェアに感染し、現時点で情報の流出は確認されておりません。\nご迷惑をおかけし深くお詫び申し上げます。"},
		{name: "a lost USB stick with a disciplinary action is a loss", types: []string{"loss_theft"}, leak: model.LeakPossible,
			text: "教職員の懲戒処分について\n\nみなかぜ県教育委員会は、生徒の個人情報を含むUSBメモリを紛失したとして、県立高校の教諭を戒告の懲戒処分とした。USBメモリには生徒約240人分の氏名と成績が記録されていた。"},
	})
}
