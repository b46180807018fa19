package extract_test

import "testing"

// Round 6 regression cases for the organization: general ways real notices
// and news name the body that had the incident, written with fictional
// organizations.

func TestRound6OrgUnnamedSchool(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"an unnamed municipal school and the board that speaks for it", `北野市立中学校における成績資料の誤配信について

公開日 2025年6月3日

北野市立中学校において、生徒の成績一覧を誤って保護者向けの連絡アプリで配信する事案が発生しました。
北野市教育委員会といたしましては、再発防止に努めてまいります。`, "北野市教育委員会"},
		{"an unnamed ward school and no board named with the ward", `更新日:2025年7月2日
ここから本文です。
2025年7月2日 区立小学校における個人情報の誤送信
みなと区立小学校において、児童の個人情報が記載された資料を誤って保護者にメールで送信したことが判明しました。
区では全区立学校に改めて注意を促します。`, "みなと区"},
		{"a named municipal school stays as written", `北野市立みどり台小学校における個人情報の紛失について
北野市立みどり台小学校において、児童の連絡先を記載した名簿を紛失しました。`, "北野市立みどり台小学校"},
	})
}

func TestRound6OrgDefinedKind(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a foundation defined by its kind after an abbreviated legal form", `(公財)南浜みらい財団(以下、財団という。)において、個人情報を漏えいさせる事故が発生しましたので、お知らせします。
関係者の皆様には、深くお詫び申し上げます。
1 事故の概要
財団では、受講者の名簿を誤って外部の事業者にメールで送付した。`, "南浜みらい財団"},
		{"an organization defined by its kind in quotes", `一般社団法人みさき観光協会(以下「協会」という。)において、会員名簿の誤送付が発生しました。
協会では再発防止に努めます。`, "一般社団法人みさき観光協会"},
	})
}

func TestRound6OrgPrefecturalBody(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a prefecture's mutual aid association for its municipalities' staff", `このたび、山梨県市町村職員福利協会が管理している年金受給者の個人情報を漏えいする事態が発生いたしました。
受給者のみなさまに深くお詫び申し上げます。`, "山梨県市町村職員福利協会"},
	})
}

func TestRound6OrgFormalNameWithNo(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a formal name holding の after its legal form", `国立大学法人北浜の森大学は6月2日、同学の教員1名のメールアカウントが不正アクセスを受け、迷惑メールが送信されたことが判明したと発表した。`, "国立大学法人北浜の森大学"},
		{"a description with の before a company stays cut", `物流大手のはやて運輸は6月2日、配送先の個人情報を記録した端末を紛失したと発表した。`, "はやて運輸"},
	})
}

func TestRound6OrgContactLabel(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a contact label before the signature's name", `この度、弊社のパソコンがウイルスに感染し、弊社社員を装った不審なメールが送信されていることが確認されました。
皆様に多大なご迷惑をおかけしておりますことを深くお詫び申し上げます。
不審なメールを受信した際は、添付ファイルを開かずに削除していただくようお願いいたします。
問い合わせ先 みなと精機株式会社
総務部`, "みなと精機株式会社"},
		{"a contact label with a colon", `この度、弊社の社員が顧客情報を記録したUSBメモリを紛失いたしました。
関係者の皆様に深くお詫び申し上げます。
お問い合わせ先:ひかり物産株式会社
電話 0120-000-000`, "ひかり物産株式会社"},
	})
}

func TestRound6OrgRelayedWarning(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a phishing council relays a warning about a named bank", `フィッシング対策協議会では、「北浜銀行をかたるフィッシング」の報告を受けているとして注意を促しています。
フィッシングサイトは現在も稼働中とのことです。
メールには、お客さまの口座の利用を一時停止したと書かれています。`, "北浜銀行"},
	})
}

func TestRound6OrgTailSignature(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a signature after the last sentence of a one-line page", `弊社のサーバーがランサムウェアに感染し、新聞の製作に影響が出ています。 12月3日未明に被害を確認しました。 現在、警察と連携して復旧を進めています。 読者の皆さまにご迷惑をおかけすることをおわび申し上げます。 みなと日報社`, "みなと日報社"},
	})
}

func TestRound6OrgInstituteUnderCorporation(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"an institute named under its umbrella corporation speaks as itself", `個人情報を含むノートパソコンの紛失について(お詫び)
2025年2月4日
大学共同利用機関法人みなと学術研究機構
北浜言語研究所
この度、北浜言語研究所の職員が、個人情報を含むノートパソコンを研究所外で紛失する事故が発生いたしました。
当研究所としては、今般の事態を重く受け止め、情報管理の徹底に取り組んでまいります。`, "北浜言語研究所"},
		{"a corporation over the hospital it runs stays joined", `個人情報の紛失について
医療法人社団さくら会
ひばり総合病院
この度、当院において患者様の個人情報を記載した書類を紛失いたしました。`, "医療法人社団さくら会 ひばり総合病院"},
	})
}

func TestRound6OrgLeadPlaceOverQuotedBody(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a city's school in the lead and its board quoted after", `南浜県北野市立の小学校1校で、児童の個人情報が記載された文書が保護者に誤って送信される事案が発生した。
北野市教育委員会によると、担当者が案内文に誤った文書を添付していた。
学校は保護者に謝罪した。`, "北野市"},
		{"two cities announcing and one city's board quoted after", `北野市と南野市が共催している講座のメールアドレスが不正利用され、迷惑メールが発送されたと、両市が発表した。
北野市教育委員会によると、委託先の職員が不着通知を発見した。`, "北野市"},
		{"the board acting in the lead stays", `南浜県の県立高校に通う生徒の個人情報を、県教育委員会が誤って他の高校に送っていたことが分かりました。
南浜県教育委員会によりますと、メールの添付ファイルを誤って送信しました。`, "南浜県教育委員会"},
	})
}

func TestRound6OrgMinistryBureau(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a ministry's release headed by its bureau only", `ホーム> 報道・広報> 報道発表資料> 個人情報を含む文書の誤送信について

令和6年3月8日

【照会先】

労働基準局監督課

課長 山田太郎

報道関係者 各位

個人情報を含む文書の誤送信について

労働基準局監督課において、事業者にメールを送った際、誤った資料を添付して送信する事案が発生した。資料には相談者の氏名と住所が記載されていた。`, "厚生労働省"},
		{"a city's bureau of a similar name is no ministry", `北野市健康局健康推進課において、市民の健診結果を記載した文書を誤って別の市民に郵送しました。
北野市では再発防止に努めます。`, "北野市"},
	})
}

func TestRound6OrgPageChrome(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a skip link and a long corporation line over the text", `ホーム > 市政情報 > 記者発表資料 > 北野市立みなと総合病院における個人情報を含む資料の紛失
ここから本文です。
記者資料提供(2025年3月4日)
地方独立行政法人北野市立病院機構 北野市立医療センターみなと総合病院
患者の氏名と病名が記載された手術予定表を紛失していたことが判明しました。患者の皆様に深くお詫び申し上げます。
・2025年2月25日に、職員が予定表がないことに気が付いた。`, "地方独立行政法人北野市立病院機構 北野市立医療センターみなと総合病院"},
	})
}

func TestRound6OrgTrailingAnnouncer(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"the announcer written after what it announced", `小学校教諭が学級名簿の入ったUSBメモリーを紛失
北野市内の小学校に勤務する男性教諭が、学級名簿の入ったUSBメモリーを紛失したと、北野市教育委員会が明らかにしました。
名簿には児童の氏名が記載されていたということです。`, "北野市教育委員会"},
		{"the announcer after から", `市立小学校の教諭が児童の成績データを保存したUSBメモリを紛失したと、きょう北野市から発表されました。
教諭は自宅に持ち帰っていました。`, "北野市"},
		{"the announcer after a day", `北野市立の中学校で生徒の成績一覧を保護者に誤送信したと、4日、北野市教育委員会が発表した。
誤送信は3日に発生した。`, "北野市教育委員会"},
		{"two bodies joined by と before the verb", `南野市と北野市が共催する講座の受講者名簿を誤って送信したと、南野市と北野市が4日、発表した。`, "南野市"},
		{"a date before 市内 is no place", `本文
令和6年8月8日 市内小学校におけるUSBメモリ紛失について
本市の小学校において、児童の個人情報を保存したUSBメモリを紛失する事案が判明しました。
関係者の皆様に深くお詫び申し上げます。`, ""},
	})
}

func TestRound6OrgLongFormInsideLegalForm(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a headline's short name is not lengthened into its legal form", `大浜教育大学、メール誤送信でメールアドレス1,200件が漏えい
2026.02.20
国立大学法人大浜教育大学は2026年2月2日、職員が学生へ一斉送信メールを送信する際に宛先設定を誤ったと公表しました。`, "大浜教育大学"},
	})
}

func TestRound6OrgSelfRefAfterWords(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a quoted apology with 本市 names no city", `「このたびは本市の委託業務において
USBメモリの紛失という事案が発生し
市民の皆様にご心配をおかけしていることをお詫び申し上げます」
市によると、委託していた業者の担当者が事務所からUSBメモリーを持ち出した際に紛失したといいます。`, ""},
		{"a city whose name ends in 本 is a name", `松本市において、市民の個人情報を記載した書類を紛失する事案が発生しました。
本市では再発防止に努めます。`, "松本市"},
	})
}

func TestRound6OrgStockCode(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a listed company with its stock code and market", `■顧客情報の流出を確認
ハナミズキホールディングス<9999>(東証プライム)は11月27日、サイバー攻撃によるシステム障害の調査結果を発表した。従業員の端末からのデータ流出が確認されたとした。`, "ハナミズキホールディングス"},
		{"a listed company with its market and code in parentheses", `みなと精機(東証スタンダード:9998)は5日、同社サーバーが不正アクセスを受け、顧客情報が流出した可能性があると発表した。`, "みなと精機"},
	})
}

func TestRound6OrgHospitalWhereItHappened(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a prefecture announcing a loss at its hospital", `南浜県は、県立みなと病院(北野市)で、患者1万人分の情報が保存された端末を紛失したとして、22日に記者会見を開き謝罪しました。県の説明によりますと、修理に出した端末が戻っていないということです。`, "県立みなと病院"},
		{"a prefecture announcing about its own office stays", `南浜県は、県庁で保管していた申請書類を紛失したと発表しました。`, "南浜県"},
	})
}

func TestRound6OrgSourceThing(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a findings report quoted as the source names no one", `「みなと記念カレンダー」販売サイトへの不正アクセスに関する調査結果のお知らせ

昨年11月に公表しました販売サイトへの不正アクセスについて、調査機関による調査が完了しました。
調査結果によると、サイトの開設時から一部のカード情報が流出した可能性があることが判明しました。
お客様には多大なるご迷惑をおかけしましたことを深くお詫び申し上げます。`, ""},
	})
}

func TestRound6OrgNewsChromeAndApposition(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a headline under a site's name and menu words", `fbpx

情報セキュリティニュース

COLUMN

ホーム

北浦地方整備局、書類の誤封入で開示請求者名27件が流出

国土情報省の地方局である北浦地方整備局は6月28日、開示決定通知書を送付する際、他の請求者名を記載した整理票を一緒に誤送付したと発表した。`, "北浦地方整備局"},
		{"a body introduced by what it is (である)", `国土情報省の地方局である北浦地方整備局は6月28日、開示決定通知書を送付する際、他の請求者名を記載した整理票を一緒に誤送付したと発表した。`, "北浦地方整備局"},
	})
}

func TestRound6OrgReleaseLabelAndBureau(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a release label and a bureau without its city in the title", `報道発表資料 こども未来局におけるメール誤送信による個人情報の漏えいについて
2024年7月8日
ページ番号:123456
問合せ先:こども未来局幼保施策部幼保企画課(06-0000-0000)
北野市こども未来局幼保企画課において、メール誤送信により個人情報が漏えいしたことが判明しました。
関係者の皆様に多大なご迷惑をおかけし、深くお詫び申し上げます。`, "北野市"},
		{"a city's water bureau stays whole", `北野市上下水道局において、検針票を誤って別の世帯に送付する事案が発生しました。
お客様に深くお詫び申し上げます。`, "北野市上下水道局"},
	})
}

func TestRound6OrgPoliceHeardFrom(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"the police a body heard from are no issuer", `このたび、当協会が運営する通販サイトにおきまして、第三者による不正アクセスを受け、お客様のクレジットカード情報が漏えいした可能性があることが判明いたしました。
1.経緯
2024年5月21日、南浜県警から、サイト内のプログラムの一部が改ざんされていることについて連絡を受け、当協会はサイトを停止いたしました。`, ""},
		{"the police as the subject stay", `2024年5月21日、南浜県警は、巡査長が捜査情報を知人に漏らしたとして懲戒処分にしたと発表した。`, "南浜県警"},
		{"the police as the source stay", `南浜県警察本部によりますと北浦中央警察署の警察官が捜索先に個人のメモ帳を置き忘れたということです。
メモ帳には46人分の氏名が書かれていました。`, "南浜県警察本部"},
	})
}

func TestRound6OrgQuotedAfterPlace(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a day, a place and a quoted name of its own", `2024年12月19日、南浜県北浦市の「北浦みなと信用金庫」で個人情報が記載された書類の紛失が発生。
対象となったのは本店で保管されていた書類で、220名分の氏名や住所が記載されていたという。`, "北浦みなと信用金庫"},
		{"a place and a quoted brand with no kind stay with the place", `北浦市の「みなとまつり」で配布した応募用紙を紛失したと、北浦市が発表した。`, "北浦市"},
	})
}

func TestRound6OrgOperatorMidClause(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a platform's operator in the middle of a clause is no issuer", `県では、法人から提出される報告書等について、県民活動課において閲覧に供するとともに、国土情報庁が運営するポータルサイトに掲載し、公表しているところです。
この度、非公開とすべき個人の住所を誤って公開していた事案が判明しましたので、お知らせします。`, ""},
		{"an operator opening the lead after a day stays", `2025年5月27日、株式会社ハナミズキが運営する通販サイトが不正アクセスを受け、顧客のカード情報が流出した可能性があることが分かった。`, "株式会社ハナミズキ"},
	})
}
