package extract_test

import (
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Round 5 of the content fields, from the patterns of two development sets
// of real notices (municipal warnings, banks, hospitals, news). Every text
// is fictional.

func TestRound5Types(t *testing.T) {
	runContent(t, []contentCase{
		{name: "spoofed mails with the own infection denied are phishing only", types: []string{"phishing"}, leak: model.LeakUnknown,
			text: "はなぶさ市をかたった不審なメールについて\n\nはなぶさ市をかたった不審なメールが送信されている事実を確認しました。\nこの不審なメールは、添付ファイルを開くとコンピュータウイルスに感染するものです。\nなお、本件ははなぶさ市のコンピュータウイルス感染によるものではありません。\n現在確認されている不審なメールは、Emotetと呼ばれるウイルスの疑いがあります。"},
		{name: "spoofed mails with no infection found in the office", types: []string{"phishing"},
			text: "職員を装ったなりすましメールにご注意ください\n\nみずならの町職員の氏名とメールアドレスを装ったなりすましメールが複数確認されています。\n9月3日に、職員が差出人となっている不審なメールが届いたという事象の発生が確認されました。内容を確認したところEmotetと呼ばれるウイルスの疑いのあるメールと判明しました。\nなお、本件にかかる町役場内の機器のウイルスの感染は確認されていません。"},
		{name: "spoofed mails where the office says its computers are clean", types: []string{"phishing"}, noData: []string{"message_content"},
			text: "ゆきの市を装った不審メールにご注意ください\n\nゆきの市を装った不審メールが市内事業所等に届く事例が確認されています。\nこのような不審メールには、添付ファイルにウイルスが含まれていることや、本文に不審サイトへのリンクが書かれていることがあります。\nなお、ゆきの市のパソコン等はウイルスに感染しておらず、情報流出等もありません。"},
		{name: "an infection that did happen stays malware", types: []string{"malware", "phishing"},
			text: "ウイルス感染についてのお詫び\n\nこもれび保育園のパソコン1台がEmotetに感染したことを確認しました。\nその後、こもれび保育園を装ったなりすましメールが複数の方に送信されていることが判明しました。"},
		{name: "a fake mail the organization fell for is no phishing of its own", types: []string{"malware"},
			text: "マルウェア感染についてのお詫び\n\n株式会社ひなぎく保育\n\n弊社が運営する保育施設のパソコンが「なりすましメール」によるマルウェアに感染したことが判明いたしました。\n当該施設のパソコンにおいて、自治体の担当者を名乗る者より業務連絡を装うメールを受信し、添付ファイルを開きました。"},
		{name: "mails faking the organization received by customers stay phishing", types: []string{"malware", "phishing"},
			text: "ウイルス感染に関するお詫び\n\n株式会社ひなぎく保育\n\n弊社のパソコン1台がEmotetに感染したことが判明いたしました。お客様から、当社を装ったメールを受信したとのお問い合わせを複数いただいております。"},
		{name: "spam disguised as a section is no relay", types: []string{"phishing"}, noTypes: []string{"spam_relay"},
			text: "税務課を装った迷惑メールに関する注意喚起\n\n税務課を装った不審メールの事例が確認されています。\n添付ファイルを開封しないよう御注意ください。"},
		{name: "spam forging the town's address is no relay", noTypes: []string{"spam_relay"},
			text: "なりすましメールにご注意ください\n\nさざなみ町のメールアドレスを詐称した迷惑メールを無作為に送信する事案が発生しております。\n実際はさざなみ町と無関係の第三者が送信したメールです。"},
		{name: "a notice put in the wrong mailbox", types: []string{"misdelivery", "processing_error"},
			text: "お知らせ票の誤投函について\n\nしらかば市水道局において、検針データを誤って登録し、料金を誤徴収していたこと、またお知らせ票を誤投函したことが判明しました。"},
		{name: "address labels pasted twice", types: []string{"misdelivery"},
			text: "配付物の送付ラベルの誤りについて\n\nあけぼの市が実施している配付事業において、送付ラベルを2重に貼ったことにより、別の世帯の住所と氏名が見える状態で配送されたことが判明いたしました。"},
		{name: "a wrong FAX number printed for replies", types: []string{"misdelivery"},
			text: "調査票の回答先の誤りについて\n\nうぐいす市は、事業所に送付した調査票に、回答先として誤って一般の方のFAX番号を記載していたと発表した。市民宅に回答のFAXが届いていた。"},
		{name: "the wrong data written on a sheet and sent", types: []string{"misdelivery"},
			text: "案内文書の誤送付について\n\nやまぶき健康支援センターが事業所あてに送付した案内文書の裏面に、別の事業所の対象者を誤って記載し送付してしまったことで、個人情報が漏えいしました。"},
		{name: "an approval procedure forgotten", types: []string{"processing_error"},
			text: "個人情報の取扱いについてのお詫び\n\nまつかぜ組合支部において、委託事業者からの再委託承認申請に対する手続きを失念しました。承認がない状態で再委託先に対象者の個人情報が提供されました。"},
		{name: "a mail address of an event used by others", types: []string{"account_takeover", "spam_relay"},
			text: "市民講座のメールアドレスが第三者に不正利用され、講座になりすました大量の迷惑メールが不特定多数に発送されたと、ほたか市が発表した。"},
		{name: "phishing mails sent from a hijacked mailbox are the spam", types: []string{"account_takeover", "spam_relay"},
			text: "メールアカウントの不正使用によるフィッシングメールの送信について\n\nすずらん医療センターの職員のメールアカウントが第三者により不正使用され、外部のメールアドレス宛にフィッシングメールが送信されたことが判明しました。"},
		{name: "disposed devices sold on a flea market app", types: []string{"loss_theft"},
			text: "個人データの漏えいのおそれについて\n\nはまなす病院\n\n処分したレジ端末1台がフリマアプリで販売され、購入者から端末に当院の個人データが記録されている旨の連絡を受けました。委託事業者が端末を流通させたことが判明しました。"},
		{name: "addresses gathered for private ends", types: []string{"insider_misuse"},
			text: "懲戒処分の公表について\n\nあかね市は、住民基本台帳事務を担当していた係長が、業務とは関係ない私的な理由から、知人の住所情報を不正に収集したとして、停職処分とした。"},
	})
}

func TestRound5Leak(t *testing.T) {
	runContent(t, []contentCase{
		{name: "a denied cause is no denied leak", leak: model.LeakUnknown,
			text: "なりすましメールにご注意ください\n\nつばき市職員を装ったなりすましメールが確認されています。\n7月28日に当市職員を装った不審メールが届いたという事象が発生しました。\nなお、本件(ウイルス感染によるメールアドレス等の流出)は、つばき市の機器のウイルス感染によるものではありません。"},
		{name: "nothing else leaked denies nothing of what did", leak: model.LeakConfirmed,
			text: "資料の誤送信について\n\nこなら町は、退職した団員の氏名や住所を記載した資料を報道機関1社に誤って送信したと発表しました。送信履歴を確認した結果、この他に流出は確認されておらず、町は資料の廃棄を要請しました。"},
		{name: "no harm from the leak reported denies no leak", leak: model.LeakConfirmed,
			text: "文書の誤送信について\n\nあしたば市は、市民7人の住所や口座番号を記した文書を外部に誤送信していたと発表した。文書は回収済みで、情報漏洩に伴う被害などは報告されていないという。\n個人情報が流出した7人には順次連絡している。"},
		{name: "the system the leak happened on is no longer used", leak: model.LeakConfirmed,
			text: "検査結果データの漏洩について\n\nみさき水道企業団は、委託先の認証システムがサイバー攻撃を受け、氏名や住所を含むデータが漏洩したと発表しました。\n情報漏洩のあったシステムは報告のあった日以降使用していないということです。"},
		{name: "what a fake mail could steal from a reader is no leak", leak: model.LeakUnknown, types: []string{"malware", "phishing"},
			text: "不審メールに関するお詫び\n\nこの度、弊事務所従業員のパソコンがEmotetに感染した可能性があり、弊事務所従業員を装った不審なメールが複数の方に送信されていることが確認されました。\n不審メールの添付ファイルを開くと、ウイルスに感染するおそれがあり、パソコンに保存されている個人情報などを不正に取得されてしまうおそれもありますので、メールごと削除していただきますようお願い申しあげます。"},
		{name: "papers thrown away by mistake with no trace of a leak", leak: model.LeakNone, types: []string{"loss_theft"},
			text: "顧客情報書類の紛失について\n\nやまびこ銀行で、顧客の氏名と口座番号が記載された書類が誤って廃棄される事態が発生した。同行の内部調査では、外部への情報流出を示す痕跡は確認されておらず、他の書類と一緒に廃棄された可能性が高いとしている。"},
		{name: "lost papers with no leak seen yet stay possible", leak: model.LeakPossible, types: []string{"loss_theft"},
			text: "書類の紛失について\n\nやまびこ銀行は、顧客の氏名と口座番号が記載された書類を紛失したと発表した。現時点で顧客情報が外部に流出した事実は確認されていない。"},
		{name: "withholding what leaked denies no leak", leak: model.LeakConfirmed,
			text: "職員の懲戒処分について\n\nみかづき市は、業務で知った住民1人の個人情報を同僚2人に漏えいしたとして、主査を停職の懲戒処分にしました。\n市は、漏えいした個人情報について、プライバシーに関わるとして情報の種類や内容を明らかにしていません。"},
		{name: "the items of a denied list are denied", leak: model.LeakNone, noData: []string{"employment"},
			text: "ランサムウェア被害に関するご報告\n\n株式会社かすみ物産\n\n当社のサーバに保管されていたデータが、外部からの不正アクセスによりランサムウェアに感染し暗号化される事案が発生いたしました。\n当社では社内の専門部署及び外部の専門機関と連携し、調査を進めてまいりました。\n現在までの調査においては、以下のような事実は一切確認されておりません。\n・当該情報が外部に流出したことを示す事実\n・攻撃者による情報の公開\n現時点において情報が外部に流出した可能性は低く、漏えいによる二次的な被害のおそれも限定的であると判断しております。"},
		{name: "a warning posted on social media is no leak", leak: model.LeakUnknown, types: []string{"phishing"},
			text: "当社を装ったフィッシングメールについて\n\n株式会社みずほし商会を装ったフィッシングメールが確認されています。\n同じ内容の注意喚起を当社公式SNSに掲載しておりますので、あわせてご確認ください。"},
		{name: "data posted on social media by a former employee", leak: model.LeakConfirmed, types: []string{"insider_misuse"},
			text: "元従業員による個人情報の掲載について\n\n株式会社こがね学舎\n\n当社に勤務していた元従業員が、在職中に業務システムで児童の個人データを閲覧し、私用スマートフォンに記録したうえで、児童の氏名などをSNSに掲載していたことが判明しました。"},
	})
}

func TestRound5Counts(t *testing.T) {
	runContent(t, []contentCase{
		{name: "patients after an attack in the clause before", affected: 10000,
			text: "みどり台病院は13日、医療情報システムがランサムウェアによるサイバー攻撃を受け、患者約1万人の個人情報が漏えいしたと発表した。"},
		{name: "staff who opened the record are no victims", affected: -1,
			text: "職員らが電子カルテを興味本位で閲覧\n\nさくらい大学病院は、事件の被害者の電子カルテに業務と関係のない閲覧があったと発表しました。電子カルテへのアクセスは312名に及んでいます。"},
		{name: "bounce notices are no victims", affected: -1,
			text: "講座のメールアドレスが第三者に不正利用され、大量の迷惑メールが発送されたと、ほたか市が発表した。委託先は計2464件の不着連絡を受けた。"},
		{name: "bank customers counted with 先", affected: 2439,
			text: "書類の紛失について\n\nみなせ銀行は、顧客情報が記載された書類を紛失していることが判明したと公表した。紛失した書類に記載されている顧客数は、2,439先。顧客情報は、氏名、住所、納付金額等。"},
		{name: "bank customers in a headline", affected: 94,
			text: "ことぶき銀行、顧客情報94先分含む伝票綴り紛失\n\nことぶき銀行は、個人顧客37先、法人顧客57先の氏名、住所、口座番号などが記載された伝票綴りを紛失したと発表した。"},
		{name: "staff who viewed a misdirected file are no victims", affected: 3,
			text: "個人情報を含むファイルの誤送信について\n\n生徒3人の個人情報が記載されたファイルを、みずき県教育委員会が誤って関係のない他の高校16校に送信していたことが分かりました。確認したところ、8校の職員あわせて13人がすでに閲覧していたことがわかりました。"},
		{name: "the part sent to the wrong people is affected", affected: 600,
			text: "証明書を誤って発送\n\nはるかぜ町は、寄付手続きをした5250人のうち、600人分について、別の寄付者の証明書を封筒に入れて発送したと発表した。証明書には住所、氏名が記載されていた。"},
		{name: "a card notice whose parts are summed counts the sum as cards", affected: 6432, card: 6432,
			text: "不正アクセスによる個人情報漏えいのお詫び\n\n株式会社つゆくさ本舗\n\n当社が運営するショッピングサイトにおいて、外部の第三者からの不正アクセスにより、お客様の個人情報が漏えいした可能性があることが判明いたしました。\n1.漏えいの可能性がある個人情報\nクレジットカードをご利用いただいたお客様のうち、2020年4月から10月ご注文分のうち5件、2023年8月から12月ご注文分のうち6,427件です(合計:6,432件)。\n・カード名義人名\n・カード番号、有効期限\n・セキュリティコード\n・メールアドレス"},
		{name: "the last digits of a card among customer data are no card count", affected: 2, card: -1,
			text: "不正ログイン被害について\n\n株式会社あじさい通販のサイトが不正アクセスを受けた。不正ログインにより2名分の顧客情報が漏えいした。内容は、顧客番号、氏名、住所、生年月日、メールアドレス、クレジットカード番号(下4桁)。"},
		{name: "two groups of people told side by side are added", affected: 75,
			text: "メールの誤送信について\n\nこまち市保育課において、保育施設宛てのメールに誤って個人情報を含むファイルを添付して送信する事案が発生した。影響を受けたのは35世帯で、対象児童は40名、保護者は35名にのぼる。"},
		{name: "a part and its total are not added", affected: 120,
			text: "書類の紛失について\n\nこまち市は、児童120名の氏名が記載された名簿を紛失したと発表した。うち児童40名については住所も記載されていた。"},
		{name: "the one figure of a card leak notice counts cards", affected: 1207, card: 1207,
			text: "不正アクセスによるお客様情報流出に関するお詫び\n\n株式会社ささゆり本舗\n\n当社オンラインショップが第三者による不正アクセスを受けました。\n\n【流出した可能性のある情報(疑いを含む)】\n\nクレジットカード情報(カード番号、カード名義、有効期限、セキュリティコード)\n\n【流出した可能性のある最大件数】\n\n1,207件"},
	})
}

func TestRound5DataTypes(t *testing.T) {
	runContent(t, []contentCase{
		{name: "a murder case is no personnel data", data: []string{"medical"},
			text: "電子カルテの不適切な閲覧について\n\nさくらい大学病院は、殺人事件の被害者の電子カルテを職員らが興味本位で閲覧していたことが判明したと発表しました。"},
		{name: "the relative data was told to is no data", data: []string{"medical"},
			text: "職員の処分について\n\nあおば医療センターは、職員が入院患者の診療情報を業務外に閲覧し、患者の第1連絡先に漏らしていたと発表した。"},
		{name: "data sent to an outside mail server", data: []string{"name", "my_number", "address"},
			text: "農政局はメールの誤送信によって職員の個人情報が漏洩したと発表しました。\n情報の提出先のメールアドレスに誤りがあり、職員の名前やマイナンバー、住所などが外部のメールサーバーに送られたということです。"},
		{name: "the password of an attached file and a colleague's office", noData: []string{"password", "employment"},
			text: "メールの誤送信について\n\n当機構の職員が、外部機関に在籍するA氏の個人情報が含まれた添付ファイル付きメールを、同機関所属の同姓の別人に誤送信しました。当該添付ファイルは暗号化済みでしたが、そのパスワードも誤送信していました。"},
		{name: "a register office and a check-up business are no data", data: []string{"address", "name", "my_number"},
			text: "書類の紛失について\n\nかなめ労働局\n\n公共職業安定所で使用していた書類が紛失しました。\n漏洩内容:住所/氏名/マイナンバー\n健診事務の委託先には指紋認証の端末を使用しています。"},
		{name: "a note in parentheses denies only its own items", data: []string{"customer_id", "name", "medical", "purchase_history"}, noData: []string{"address", "phone"},
			text: "個人データの漏えいのおそれについて\n\nはまなす病院\n\n処分した端末を紛失しました。各端末に記録された①患者ID及びカナ氏名(住所や電話番号はありません。)、②入院・外来の別及び診療科、③請求金額"},
		{name: "amounts of transactions and deposits", data: []string{"name", "address", "bank_account", "purchase_history"},
			text: "伝票の紛失について\n\nみなせ銀行は、顧客の氏名、住所、口座番号、取引金額などが記載された伝票を紛失したと発表した。"},
		{name: "a deposit balance is account data", data: []string{"name", "address", "bank_account"},
			text: "書類の置き忘れについて\n\nみなせ銀行の従業員が顧客情報が記載された書類を紛失しました。書類には、顧客120人分の氏名や住所、預金残高などが記載されていました。"},
		{name: "amounts of gifts listed in a plain sentence", data: []string{"name", "address", "other"},
			text: "寄付証明書を誤発送\n\nはるかぜ町は、寄付した人に発行する証明書を別の人に誤って発送したと発表した。名前、住所、寄付金額などが記載されていた。"},
		{name: "school records, allergies and health", data: []string{"name", "birthdate", "medical", "academic"},
			text: "メールの誤送信について\n\nみつば市教育委員会\n\n保育施設宛てのメールに誤って個人情報を含むファイルを添付して送信しました。ファイルには、児童名、生年月日、アレルギーの有無、学力の状況などの情報が含まれていました。"},
		{name: "a family register sent by mistake", data: []string{"other"},
			text: "ふたば市は、戸籍に関わる個人情報を報道機関に誤って送信したと発表した。職員が除籍謄本をコピーする際、ファクス機能のまま操作したとみられる。"},
		{name: "users named by role and what was left out", data: []string{"name", "address"}, noData: []string{"phone", "bank_account"},
			text: "不正アクセスについて\n\nあさぎ市上下水道局は、委託先のネットワークが不正アクセスを受けたと発表しました。流出のおそれがある個人情報は、使用者名、住所など5201件で、電話番号や金融機関の口座情報は含まれていません。"},
		{name: "a note on an item in parentheses adds no items", data: []string{"name", "phone", "other"},
			text: "メールの誤送信について\n\nたまゆら市子育て支援センターにおいて、メールの誤送信による個人情報の漏えい事案が発生しました。\n対象の個人情報\n内容:氏名、電話番号、支援内容(保育園送迎、自宅預かりなど)"},
		{name: "the teacher who lost the sheets is no item", data: []string{"name", "address", "phone", "academic"}, noData: []string{"other"},
			text: "生徒の個人情報の紛失について\n\n担任教諭が、生徒の氏名、住所、電話番号、受験番号、出身中学校名等が記載された「希望調査票」を紛失した。"},
		{name: "a general description of fake mails names no data", data: []string{},
			text: "ウイルス感染について\n\nこもれび保育園のパソコン1台がEmotetに感染したことを確認しました。\n件名の冒頭には「Re:」が記載され、受信した方のお名前が記載されているケースが多いです。"},
		{name: "what people applied for is no data of theirs", data: []string{}, leak: model.LeakPossible,
			text: "個人情報漏えいの可能性について\n\nもみじ健康保険組合\n\n委託先を通じて健康診断の申込みをされた方の個人情報漏えいの可能性があることが判明しました。委託先の職員が個人情報等のデータが保存されたパソコンを紛失しました。"},
		{name: "a school one belongs to is no workplace", noData: []string{"employment"},
			text: "元講師による個人データの掲載について\n\n株式会社こがね学舎において、元講師が児童の個人データ(氏名、年齢、所属小学校名及び電話番号)をSNSに掲載していたことが判明しました。"},
		{name: "what a misdirected mail said held no data", data: []string{"name", "email"},
			text: "メールの誤送信\n\nはやせ市は、職員が市民25人の氏名とメールアドレスを受信した全員が確認できる状態でメールを誤送信したと発表した。電子メールの内容には個人情報などは含まれていなかったという。"},
		{name: "a numbered item of no known kind", data: []string{"address", "name", "birthdate", "other"},
			text: "負担割合証の誤送付について\n\nこのたび、みのり市福祉課において、負担割合証の誤送付による個人情報の漏えいが発覚しました。\n1 概要\n一括発送の際、別人の負担割合証を誤って同封し郵送したため、個人情報が第三者に漏えいしました。\n2 漏えいした内容\n(1) 住所\n(2) 氏名\n(3) 生年月日\n(4) 利用者負担の割合\n3 漏えいの原因\n封入内容の確認が不十分でした。"},
		{name: "inpatients' names are names only", data: []string{"name"},
			text: "書類の紛失について\n\nあさなぎ病院\n\n当院において、入院患者の氏名が記載された書類を紛失したことが判明しました。"},
		{name: "the state of treatment is medical", data: []string{"my_number", "medical", "bank_account"},
			text: "書類の誤送付について\n\nみのり市は、国民健康保険関係書類の誤送付による個人情報の漏えいが判明したと発表した。誤送付したのは、マイナンバー、受診状況、口座情報等の個人情報を含む申請書類1名分で、第三者1名に漏えいした。"},
		{name: "the recipients' contacts in a BCC mistake are mail addresses", data: []string{"email"}, noData: []string{"phone"},
			text: "メールの誤送信について\n\nこはる町税務課\n\n事業所480件にメールを送信する際、他者の連絡先が表示されないよう宛先をBCCとすべきところ、誤ってTOで送信しました。\n漏えいした情報\n事業所のメールアドレス480件"},
	})
}
