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

func TestRound5OrgIncidentBody(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a city's hospital whose technician snooped", `電子カルテを不正閲覧 市立みなと病院の技師
北野市は、市立みなと病院の40代の男性技師が職務に関係のない患者の電子カルテを閲覧したとして、停職3か月の懲戒処分とした。`, "市立みなと病院"},
		{"a prefecture's hospital with its town and ward in parentheses", `患者の病状を家族に漏らす 病院職員を処分
南浜県は12日、患者の個人情報を漏えいしたとして、はまかぜ病院(青浜町)看護局の主任(58)を停職2か月の懲戒処分にしたと発表した。`, "はまかぜ病院"},
		{"a hospital department glued to the hospital", `南浜県の北野市は3日、患者のカルテを不正に閲覧した市立北野病院医療技術部職員の男性を停職の懲戒処分にした。`, "市立北野病院"},
		{"a ministry announcing its regional bureau's leak", `国土情報省は5月10日、南浜労働局における個人情報の漏えいについて発表した。
職員が誤ったFAX番号を事業者に教えたため、別の事業場に書類が送信された。`, "南浜労働局"},
		{"a bureau line with its department above the ministry", `南浜労働局労働基準部健康課における個人情報漏えい事案の発生について
南浜労働局 労働基準部
国 土 情 報 省
南浜労働局発表
南浜労働局は、健康課において発生した個人情報の漏えいについてお知らせします。`, "南浜労働局"},
		{"a prefecture's section in a news lead", `南浜県私学振興課は18日、私立高校の生徒の氏名などが記載された書類を誤って別の高校に発送したと発表した。`, "南浜県"},
		// Negatives: a hospital that is only where a patient went, a
		// school under the board that announces.
		{"a hospital a patient was taken to", `北野市は、市民の健診結果を記録したUSBメモリーを紛失したと発表した。
市の職員が健診会場から市立北野病院に向かう途中で紛失したという。`, "北野市"},
		{"a school stays with the board", `北野市教育委員会は5日、市立北野中学校の教諭が生徒の成績を記録したUSBメモリーを紛失したと発表した。`, "北野市教育委員会"},
	})
}

func TestRound5OrgForms(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a ministry's news abbreviation and its formal name", `国情省、ミスで個人情報漏洩 少なくとも30人
国土情報省は16日までに、関連団体の代表ら30人の氏名と住所を外部業者のホームページで閲覧可能な状態にしていたと明らかにした。
国情省によると、発送業務を業者に委託した際に連絡先を記した仕様書を送っていた。`, "国土情報省"},
		{"a branch of an association issues its notice", `令和7年10月31日
事案
みなと支部が保健指導を委託する事業者より、文書発送業務を別の会社に再委託する旨の申請がされていましたが、みなと支部において承認の手続きを失念しました。`, "みなと支部"},
		{"a bank branch's employee", `概要
北浜銀行みなと支店の従業員が顧客宅へ訪問した際、顧客情報が記載された書類を立ち寄った施設に置き忘れる事故が発生しました。`, "北浜銀行"},
		{"a bank branch on a signature-like line", `お客さま情報を記載した書類の紛失について
北浜銀行みなと支店において、お客さま情報を記載した書類を紛失したことが判明しました。`, "北浜銀行"},
	})
}

func TestRound5OrgDescribedPlace(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a headline describing a regional bank, the lead naming it", `南浜県の地方銀行、顧客情報3,000名分を誤廃棄 問い合わせで発覚

南浜県の地方銀行「みなと銀行」で、過去に作成された顧客情報の書類が誤って廃棄される事態が発生した。`, "みなと銀行"},
		{"a headline describing a general hospital", `北浦県の総合病院、患者情報を誤送信

北浦県の総合病院「さざなみ中央病院」は、患者の検査結果を別の患者に誤ってメールで送信したと発表した。`, "さざなみ中央病院"},
		{"a prefecture's school then its board as the source", `南浜県の県立高校に通う生徒3人の個人情報が記載されたファイルを、県教育委員会が誤って他の高校にも送っていたことが分かりました。
南浜県教育委員会によりますと、9月5日、補助金の通知書を添付したメールを県立高校16校に誤って送信しました。`, "南浜県教育委員会"},
	})
}

func TestRound5OrgRegulated(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a casebook header of the commission's action on a company", `【セキュリティ事件簿#2024-101】個人情報保護委員会 株式会社ハナミズキに対する 個人情報の保護に関する法律に基づく行政上の対応について  2024/3/1

個人情報保護委員会(以下「当委員会」という。)は、株式会社ハナミズキにおける個人データの取扱いについて指導等を行った。`, "株式会社ハナミズキ"},
		{"a news lead of an agency ordering a bank", `金融庁は10日、顧客情報を流出させたミナト銀行に対し業務改善命令を出した。
行員が顧客の預金情報を外部に漏らしていた。`, "ミナト銀行"},
		{"a ministry's own leak through its contractor stays the ministry's", `国土交通省は、委託先の株式会社ミナトシステムに対し再発防止の指導を行ったと発表した。
同省の委託業務で、利用者の個人情報を含むファイルが誤って公開されていた。`, "国土交通省"},
	})
}

func TestRound5OrgOwnerMerged(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a casebook header of a city and its own hospital", `【セキュリティ事件簿#2024-350】北野市 市立病院における個人データの漏えいのおそれについて  2024/8/7

1 事案の概要
処分した端末を購入した方から、当該端末に当院の名称と個人データが記録されている旨の連絡を受けました。`, "北野市立病院"},
	})
}

func TestRound5OrgSelfRefs(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"an office's self reference and its name as the sender", `この度、弊事務所従業員のパソコンがコンピュータウイルスに感染した可能性があり、弊事務所従業員を装った不審なメールが複数の方に送信されていることが確認されました。
送信者名は「みなと会計事務所」または弊事務所従業員氏名が表示されており、手口が巧妙な点が特徴です。`, "みなと会計事務所"},
		{"the mayor's signature after the apology", `この度、市民体育館の利用者の皆様の個人情報を漏えいしてしまいましたことに対しまして、深くお詫び申し上げます。
市といたしましては、今回の事態を厳粛に受け止め、再発防止に取り組んでまいります。
引き続き、本市の市政運営にご理解とご協力を賜りますようお願いいたします。
北野市長 山田 太郎
令和6年12月5日、担当課職員が利用者にメールを送信した際、宛先欄に全員のメールアドレスを入力しました。`, "北野市"},
		{"the city named only with its staff in a spoofing warning", `市職員を装った「なりすましメール」にご注意ください。
当市職員を装った不審メールが届いたという事象が発生しています。
市民の皆さまにおかれましては、届いたメールに不審な点がある場合はご注意ください。
もし、北野市職員を名乗る不審メールを受信した場合は、添付ファイルは開かず、担当課へ確認してください。`, "北野市"},
	})
}

func TestRound5OrgTagBody(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a city tag over its board named in the lead", `児童60人のデータ入りUSB紛失 保護者に謝罪
  • 児童名入りUSBメモリー紛失=北野市
 北野市教委は1日、市立小学校の教諭が児童60人分の名前などを保存したUSBメモリーを紛失したと発表した。`, "北野市教委"},
		{"a city tag over its water bureau as the source", `水道使用者の情報流出か=北野市
北野市水道局によると、委託先のサーバーが不正アクセスを受け、使用者の氏名と住所が流出した可能性がある。`, "北野市水道局"},
		{"a city tag stays when the lead's subject is the city", `住民票を誤交付=北野市
北野市は2日、市民課の窓口で別人の住民票を誤って交付したと発表した。市教委は関係していない。`, "北野市"},
	})
}

func TestRound5OrgOverview(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a prefecture's page naming the school under its overview", `県立高校における招待メールの誤送信について(高校教育課)
更新日:2025年7月18日
このことについて、下記のとおり、県立高校において招待メールを他校の生徒に誤送信する事案が発生しました。
関係者の皆様には、多大な御迷惑をお掛けし、心よりお詫び申し上げます。
1 概要及び学校の対応
 1. 概要
   県立みなと女子高校において、令和7年7月15日に全校生徒宛てに招待メールを送信しようとしたところ、誤って他校の生徒に送信した。`, "県立みなと女子高校"},
		{"a numbered overview naming the facility", `市立施設における名簿の紛失について
市立施設において利用者名簿を紛失する事案が発生しました。
1. 事案の概要
北野市民プール管理事務所において、利用者120人分の名簿を紛失した。`, "北野市民プール管理事務所"},
	})
}

func TestRound5OrgCustomers(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a water utility named through its customers' data at its contractor", `この度、令和6年度に発注したシステム保守業務の委託先であるミナトエンジニアリング株式会社(南浜市。以下、「ME社」)から、サーバーに保管されている令和6年3月時点のみさき水道企業団のお客様情報が、外部からの不正アクセスにより閲覧できる可能性があったとの報告を受けました。
皆様方には、多大なご心配とご迷惑をおかけしておりますことを深くお詫び申し上げます。`, "みさき水道企業団"},
		{"a cooperative named through its members", `委託先のサーバーへの不正アクセスについて
保守を委託しているハナミズキシステム株式会社のサーバーが不正アクセスを受け、北浦信用組合の会員情報が流出した可能性があることが判明しました。`, "北浦信用組合"},
	})
}

func TestRound5OrgNegatives(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a name sharing its first words with another is no abbreviation", `みなと銀行、顧客情報を記載した書類を紛失
みなと銀行は10日、顧客情報を記載した書類を紛失したと発表した。書類はみなと地域振興銀行との共同事業の資料だった。`, "みなと銀行"},
		{"a ministry's advice to all its bureaus names no target", `国土交通省は、職員が利用者の個人情報を含むファイルを誤って公開していたと発表した。
同省は、全国の運輸局に対し注意喚起を行った。`, "国土交通省"},
		{"a city's own hospital written in one run is not merged", `北野市市立病院における個人情報の漏えいについて
北野市市立病院において、患者の検査結果を別の患者に誤って郵送したことが判明しました。`, "北野市市立病院"},
		{"a board with its section in a lead", `北野市教育委員会学校教育課は5日、児童の個人情報を含む書類を紛失したと発表した。`, "北野市教育委員会"},
		{"a contractor named in an overview is not the issuer", `業務委託先における不正アクセスについて
更新日:2025年7月18日
業務の委託先で不正アクセスが発生しました。
関係者の皆様には、多大な御迷惑をお掛けし、お詫び申し上げます。
再発防止に努めてまいります。
1. 概要
ハナミズキシステム株式会社において、当市から委託した業務のサーバーが不正アクセスを受けました。ハナミズキシステム株式会社は当市の委託先です。
北野市`, "北野市"},
	})
}

func TestRound5OrgJoint(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"two cities announcing together", `北野市と南野市は4日、共催する講座のメールアドレスが不正利用され、迷惑メールが送信されたと発表した。`, "北野市"},
		{"a city and its hospital corporation announcing together", `北野市と地方独立行政法人北野市民病院機構は30日、職員が患者の連絡先を不正に持ち出したとして懲戒処分を行ったと発表した。`, "北野市"},
		{"a kana name keeps its と", `みなと市は4日、市民の個人情報を含む書類を紛失したと発表した。`, "みなと市"},
	})
}

func TestRound5OrgPrintedForms(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a bureau's name printed with spaces", `令和5年11月29日
北 浦 労 働 局
北浦労働局における個人情報の漏えいについて
北浦労働局(局長 山田 太郎)は、労働基準部安全課において発生した個人情報の漏えいについてお知らせします。`, "北浦労働局"},
		{"a page title with the site after a spaced dash", `北浦労働局 - 国土情報省

北浦労働局における文書の誤送付について
北浦労働局は、労災補償課において発生した個人情報を含む文書の誤送付についてお知らせします。`, "北浦労働局"},
		{"a name printed twice before its title", `南浜労働局 南浜労働局における個人情報を含む文書の誤送付の発生について  2022年7月29日

南浜労働局(局長 山田 太郎)は、南浜労働局において発生した文書の誤送付についてお知らせします。`, "南浜労働局"},
	})
}

func TestRound5OrgPlaceKinds(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a count of member towns is no place name, the back reference names the body", `みさき広域連合(北野市など6市町で構成)の病院に勤める看護師が、患者の画像データを流出させた件で、同連合は看護師を停職6カ月の懲戒処分とした。`, "みさき広域連合"},
		{"a hospital's back reference in a news lead", `電子カルテの画像をSNSに投稿 看護師を処分
患者の電子カルテの画像を撮影してSNSに投稿したとして、北浦中央病院の看護師が停職1か月の処分を受けた。同院によると、看護師は4月に撮影した画像を知人に送っていた。`, "北浦中央病院"},
	})
}

func TestRound5OrgStaffSubject(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a hospital's nurse as the subject after a clause", `患者の一覧画面を撮影して知人に送ったとして、県立みなと病院の看護師が停職1か月の処分を受けました。
看護師は撮影した画像をアプリで送信していました。`, "県立みなと病院"},
		{"a bank's clerk with age and sex", `顧客の預金情報を持ち出したとして、北浦銀行の40代の男性行員が懲戒解雇された。
行員は顧客の氏名や残高を私用の携帯電話で撮影していた。`, "北浦銀行"},
		{"a contractor's employee names no issuer", `当組合が業務を委託している委託先であるハナミズキシステム株式会社の社員が、顧客情報を誤って送信しました。
北浦信用組合`, "北浦信用組合"},
	})
}

func TestRound5OrgNewsForms(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a town's board written with a real prefecture", `岡山県北野町教委は9日、町立北野小学校の教諭が児童の個人情報が入ったUSBメモリーを紛失していたと発表した。`, "北野町教委"},
		{"a city whose name holds の", `北の浜市の市立小学校教諭が、個人情報を含むUSBメモリを紛失
市立小学校の教諭が、個人情報を含むデータを保存したUSBメモリを紛失したと、北の浜市から発表されました。
北の浜市によりますとこの教諭は、自宅で仕事をするためUSBメモリを持ち帰りました。`, "北の浜市"},
		{"a brand after its place", `南浜県北野市のハナミズキランドは今年8月のシステムへの不正アクセスで個人情報が漏えいした可能性があると12日、明らかにしました。`, "ハナミズキランド"},
		{"a blog's lead with a slash date", `ミナト電機 子会社で不正アクセスによる情報流出

ミナト電機は10/22、「不正アクセスによる情報流出について」を公表しました。同社のネットワークが第三者から不正アクセスを受けたということです。`, "ミナト電機"},
	})
}

func TestRound5OrgSpoofAndQuoted(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a city's address forged by spam under the page's chrome", `ページの先頭です。
メニューを飛ばして本文へ
現在地 トップページ > 組織でさがす > 情報政策課 > なりすましメールにご注意ください
本文
【注意】なりすましメールにご注意ください!
ページID:0002406 更新日:2022年10月17日更新
北野市のメールを詐称した「なりすましメール」にご注意ください!
北野市のメールアドレスを詐称した迷惑メールを無作為に送信する事案が発生しております。`, "北野市"},
		{"a staff name and address pretended names no one", `市職員を装った「なりすましメール」にご注意ください
市職員の氏名とメールアドレスを装った「なりすましメール」が複数確認されています。
添付ファイルを容易に開封しないようご注意ください。`, ""},
		{"a quoted name opening the lead", `「みなと商科大学」で、メールの誤送信による情報流出が発生した。
学生支援課が送信した案内メールで、誤って別の学生の個人情報を含む内容を送信したというもの。`, "みなと商科大学"},
		{"a university after its umbrella corporation", `国立大学法人南浜国立大学機構みなと商科大学は4月4日、メール誤送信による個人情報の漏えいについて発表した。`, "みなと商科大学"},
	})
}

func TestRound5OrgProvider(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"the provider of a service the shop used is no issuer", `このたび、弊社運営のオンライン通販サイト「ハナミズキストア」に導入していた画面表示サービス(株式会社ミナトシステム提供)に対して第三者による不正アクセスがあり、カード情報が不正取得された可能性があることが判明いたしました。
既に弊社では株式会社ミナトシステムのサービスの切り離しを実施しております。`, ""},
		{"the issuer named after a provider", `このたび、弊社の通販サイトに導入していた決済画面のサービス(株式会社ミナトシステムが提供)が改ざんされ、カード情報が漏洩した可能性があることが判明しました。
株式会社ハナミズキ`, "株式会社ハナミズキ"},
	})
}

func TestRound5OrgContractors(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"the entrusted printer as a later subject names no issuer", `1.事実内容
本市が納税通知書の封入封緘業務を委託している株式会社ミナト印刷から、サイバー攻撃により個人情報流出のおそれがある事案が発生したと報告を受けました。
2.経過
5月26日
株式会社ミナト印刷がサイバー攻撃によりランサムウェアの被害にあったことが判明。`, ""},
		{"a head office in parentheses is no place of the story", `自治体から印刷業務を受託している「ミナト印刷」(本社・北野市)が、ランサムウェアによるサイバー攻撃を受けた問題で、新たに岡山県南野市でも、市民の個人情報が流出したとみられることが分かった。
市が4日発表した。`, "南野市"},
	})
}

func TestRound5OrgAdviceJunk(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"an advisory on mails pretending to be genuine or business names no one", `現在、ウイルスにより情報流出を狙う攻撃メールが送られてくる事案が多発しています。
特に実在の相手になりすまし、正規のメールを装って送る手口となっているので、不審なメールが来たときは注意が必要です。
「業務を装ったメールではないか」など十分確認を行いましょう。`, ""},
	})
}

func TestRound5OrgCaptionsAndVenues(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a police station caption above a news lead", `南浜県警北署

 社会福祉法人みなと会は28日、運営する施設の利用者32人の個人情報を記した書類1冊を紛失したと発表した。
 法人によると、職員が送迎車の屋根に書類を置き忘れたという。`, "社会福祉法人みなと会"},
		{"a cooperative where it is", `2009年2月1日 19時4分更新
北野市にある北野農業協同組合の支店から、組合員約1万人分の個人情報が記録されたパソコンが盗まれていたことがわかりました。`, "北野農業協同組合"},
		{"a council of social welfare without its place names no one", `この度、社会福祉協議会が実施する事業のご利用者様等の名簿を紛失し、深くお詫び申し上げます。
当社会福祉協議会職員が所有するカバンが置き引きに遭い、利用者の個人情報を紛失しました。`, ""},
		{"an issuer line over its own announcement stays", `ハナミズキ株式会社
ハナミズキ株式会社は5月1日、通販サイトが不正アクセスを受けたと発表しました。`, "ハナミズキ株式会社"},
	})
}
