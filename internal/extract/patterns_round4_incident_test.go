package extract_test

import (
	"slices"
	"testing"
)

// Round 4 of is_incident: a notice reports something that happened to its
// own organization (its systems, data, staff, or its name being
// impersonated). Advisories about threats in general, about incidents
// elsewhere, columns, product news, seminars and policies are no incidents.
// Every text is fictional.

// incidentCase is a fictional text with the expected is_incident and,
// optionally, its exact types or types it must not have.
type incidentCase struct {
	name     string
	text     string
	incident bool
	types    []string // exact set (nil: unchecked)
	noTypes  []string
}

func runIncident(t *testing.T, cases []incidentCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := extractText(c.text)
			if f.IsIncident != c.incident {
				t.Fatalf("is_incident = %v, want %v (types %v)", f.IsIncident, c.incident, f.Types)
			}
			if c.types != nil && !sameSet(f.Types, c.types) {
				t.Errorf("types = %v, want %v", f.Types, c.types)
			}
			for _, d := range c.noTypes {
				if slices.Contains(f.Types, d) {
					t.Errorf("types = %v, must not hold %s", f.Types, d)
				}
			}
		})
	}
}

func TestRound4NoIncident(t *testing.T) {
	runIncident(t, []incidentCase{
		{name: "a service's advisory on password reuse citing IPA",
			text: "不正アクセス犯罪にご注意ください\n\n2025年6月3日\nみずなら旅行株式会社\n\n最近、他のサービスから流出したIDとパスワードを悪用して不正にログインする被害が、国内の複数の企業で確認されています。\n情報処理推進機構(IPA)によると、複数のサービスで同じパスワードを使い回していると、一つのサービスから漏えいした情報で他のサービスにも不正アクセスされるおそれがあります。\nお客様におかれましては、当社サービスと他のサービスで同じパスワードを使わないようお願いいたします。\n・パスワードは英数字と記号を組み合わせて設定してください\n・身に覚えのないログイン通知があった場合は、すぐにパスワードを変更してください"},
		{name: "password reuse advisory: damage reported at other services",
			text: "パスワードの使い回しによる被害について\n\nあけび証券株式会社\n\n昨今、他社サービスから流出したと思われるIDとパスワードを使った不正ログインの被害が、多くのインターネットサービスで報告されています。不正ログインされると、登録された個人情報を見られたり、身に覚えのない取引をされたりする危険があります。\n被害に遭わないよう、サービスごとに異なるパスワードを設定してください。"},
		{name: "an IT department's warning about a ransomware outbreak in the news",
			text: "【注意喚起】ランサムウェア「ブラックモス」への感染にご注意ください\n\n情報基盤センター\n\n先週末からニュース等で報道されておりますとおり、世界各国でランサムウェア「ブラックモス」による被害が確認されております。病院や工場、自治体など多くの組織が被害を受けています。\nランサムウェアに感染すると、パソコン内のファイルが暗号化され、復旧と引き換えに金銭を要求する画面が表示されます。\n本学の教職員・学生の皆様は、以下の対策を実施し、十分にご注意ください。\n1.不審なメールの添付ファイルを開かない\n2.Windows Updateを実施する\n3.ウイルス対策ソフトの定義ファイルを最新にする"},
		{name: "a town's ransomware warning: damage spreading nationwide",
			text: "ランサムウェアの被害にご注意ください\n\nしらかば町 総務課\n\n新聞やテレビ等で大きく報道されているとおり、ランサムウェアと呼ばれる身代金要求型のウイルスによる被害が全国的に急増しています。感染するとパソコンのデータが暗号化され、元に戻すために金銭を要求されます。\n町民の皆様も、OSやソフトウェアを最新の状態に保ち、不審なメールは開かないようご注意ください。"},
		{name: "a ransomware warning whose lines break in mid-sentence",
			text: "先日より新聞等で報道されておりますとおり世界中で\n感染が広がっているランサムウェア「グレイフォックス」に\nついて、十分にご注意くださいますようお願いいたします。\n\nランサムウェアに感染すると、ファイルが暗号化され、\n元に戻すための金銭を要求する画面が表示されます。\n\nなぎさ短期大学 情報処理センター"},
		{name: "a list attack advisory that defines the attack",
			text: "パスワードの管理についてのお願い\n\nもえぎ通信株式会社\n\n昨今、他社サービスから流出したと考えられるIDとパスワードを使った「リスト型攻撃」の被害が数多く報告されています。\nリスト型攻撃は、他社サービスから流出した可能性のあるIDとパスワードの組み合わせを使ってログインを試みる攻撃手法です。\n当社サービスでも、他のサービスと異なるパスワードを設定してください。"},
		{name: "an Emotet advisory citing IPA and JPCERT",
			text: "Emotet(エモテット)感染を狙ったメールにご注意ください\n\n令和4年3月8日\nかざはや町 総務課\n\nIPAの発表によると、マルウェア「Emotet」への感染を狙ったメールに関する相談・被害が増加しています。JPCERT/CCも注意喚起を行っています。\nEmotetは、実在の人物や組織を装ったメールにWordやExcelのファイルを添付し、ファイルを開いてマクロを有効にすると感染する手口が知られています。感染すると、メールアドレスやメールの内容が盗まれ、さらに別の人へ感染を広げるメールが送信されます。\n町民の皆様、町内事業者の皆様におかれましても、心当たりのないメールの添付ファイルは開かないようご注意ください。"},
		{name: "an Emotet advisory of a company: infections reported in Japan",
			text: "マルウェア「Emotet」に関する注意喚起\n\n2022年2月15日\n株式会社ささなみシステム\n\n国内の企業や団体において、マルウェア「Emotet」の感染被害が相次いで報告されています。独立行政法人情報処理推進機構(IPA)によると、取引先になりすましたメールから感染が広がるケースが多いとのことです。\n弊社では、お客様に次の対策をお勧めしております。\n・マクロの自動実行を無効にする\n・不審な添付ファイルは開封せず、送信元に確認する"},
		{name: "a column on phishing trends",
			text: "フィッシング詐欺の最新動向と対策\n\n2024年11月12日 セキュリティコラム\n\nフィッシング対策協議会によると、2024年のフィッシング報告件数は過去最多を更新する見込みです。最近は宅配業者や大手通販サイト、クレジットカード会社を装ったSMSが多く、偽サイトでIDやカード番号を入力させる手口が目立ちます。\n各社は送信ドメイン認証の導入を進めていますが、攻撃者も手口を変えてきています。\nメールやSMSのリンクから直接ログインせず、公式アプリやブックマークからアクセスすることが有効な対策です。"},
		{name: "trade-press column on product releases with a vendor's bug in passing",
			text: "セキュリティ対策ソフト各社、2010年版を相次ぎ発表\n\nウイルス対策ソフトの各ベンダーが、2010年版の新製品を相次いで発表した。今年はクラウドを使った検出技術を前面に打ち出す製品が多い。\nある大手ベンダーは9月に、パターンファイルの不具合によって一部のパソコンが起動しなくなる問題を起こしたが、新製品では更新前の検証工程を強化したという。\n価格は1年版で4000円前後が中心。各社とも10月上旬から店頭での販売を開始する。"},
		{name: "a column that defines ransomware with generic subjects",
			text: "企業などが受けるサイバー攻撃の代表であるランサムウェアは、サーバーに侵入してファイルを暗号化し、復旧と引き換えに金銭を要求する不正なプログラムだ。被害者は業務停止や情報漏洩など多重の打撃を受ける。最近では、データを盗み出して公開すると脅す手口も目立つ。"},
		{name: "an article introducing victims' cases",
			text: "ランサムウェアの被害事例と対策まとめ\n\n近年、企業が受けるサイバー攻撃で最も多いのがランサムウェアです。\n本記事では、ランサムウェアの被害を受けた企業事例を紹介し、ランサムウェアに感染したときに必要な対応を解説します。"},
		{name: "product news with a named vendor's bug told as an event",
			text: "ウイルス対策ソフト、各社が新版を発売へ\n\nウイルス対策ソフトの主要ベンダーが、今秋の新版を相次いで発表した。ほしぞらソフトは4月、パターンファイルに不具合が発生し、一部のパソコンが起動できなくなる問題を起こしたことを受け、新版では配信前の検証を二重にした。\nつきくさ社の新版は、スマートフォン3台まで使える点を売りにする。"},
		{name: "a seminar announcement on ransomware cases",
			text: "情報セキュリティセミナー開催のお知らせ\n\n公益財団法人つくし産業振興財団\n\n近年、中小企業を狙ったランサムウェア被害や、取引先を装ったなりすましメールによる被害が相次いでいます。本セミナーでは、実際の被害事例をもとに、中小企業が今日から取り組める対策を専門家が解説します。\n日時:2025年2月14日(金)14時~16時\n会場:つくし市産業会館 3階会議室\n参加費:無料(定員40名、先着順)\nお申し込みは当財団ホームページの申込フォームからお願いいたします。"},
		{name: "a security policy page",
			text: "情報セキュリティ基本方針\n\n株式会社ひのき物流\n\n当社は、お客様からお預かりした情報資産を不正アクセス、漏えい、改ざん、紛失などの脅威から守ることを重要な経営課題と位置付け、以下の方針に基づき情報セキュリティに取り組みます。\n1.法令及び規範の遵守\n2.情報セキュリティ管理体制の整備\n3.従業員への教育・訓練の実施\n4.事故発生時の迅速な対応と再発防止\n制定日 2019年4月1日\n代表取締役社長 ひのき太郎"},
		{name: "a city's warning about SMS pretending to be delivery companies",
			text: "宅配業者を装った不審なSMSにご注意ください\n\nみさと市 市民生活課\n\n宅配業者の不在通知を装ったSMSが全国で多数確認されています。SMSに記載されたURLにアクセスすると偽サイトに誘導され、IDやパスワードを盗まれたり、不正なアプリをインストールさせられたりするおそれがあります。\n身に覚えのないSMSのURLにはアクセスせず、不安な場合は市消費生活センターにご相談ください。"},
		{name: "a town's request after leaks at other municipalities",
			text: "個人情報の適正な管理について(お願い)\n\nみずほ台町 総務課\n\n他の自治体において、USBメモリの紛失やメールの誤送信による個人情報の漏えいが相次いでいます。\n本町職員は、個人情報を含むデータの持ち出しを禁止するとともに、メール送信時には宛先を必ず確認してください。"},
		{name: "a provider's warning quoting sample subjects of fake mails",
			text: "不審なメールにご注意ください\n\nさざんかネット株式会社\n\n最近、さまざまな会社や個人を装った不審なメールが届く頻度が増えています。\n不審なメールの件名の例\n「お客様のアカウントに第三者による不正アクセスを検知したため、利用を停止しました」\n「お支払い方法の確認のお願い」\n心当たりのないメールのリンクは開かないでください。"},
		{name: "a city's warning about fakes of a national agency",
			text: "国税庁をかたる不審なメールにご注意ください\n\n国税庁をかたり、未納の税金があるとして偽サイトへ誘導するメールが全国で確認されています。\nメールのリンクは開かないでください。\n\nしらさぎ市 税務課"},
		{name: "survey news on attacks companies received",
			text: "企業や病院が相次いで被害を受けているランサムウェアについて、セキュリティー会社が国内企業の担当者にアンケートを行ったところ、約4割がこの1年に攻撃を受けたと回答した。"},
		{name: "a statement that another company's reported breach does not touch the issuer",
			text: "決済代行会社への不正アクセスに関する報道について\n\n株式会社ささゆり書店\n\n本日、一部報道機関において、決済代行会社への不正アクセスによりカード情報が流出した可能性があると報じられました。\n当社は当該決済代行会社のサービスを利用しておらず、当社のお客様への影響はございません。"},
		{name: "a consumer center's warning with a case example",
			text: "SNSアカウントの乗っ取りに注意\n\nSNSのアカウントが乗っ取られ、知人に詐欺的なメッセージが送られる被害が出ています。\n【事例】第三者にアカウントが乗っ取られ、友人あてに電話番号を聞き出すメッセージが送信された。\nパスワードは複雑にし、二要素認証を設定しましょう。\n\nさくらがわ市消費生活センター"},
		{name: "a help page explaining a password-change mail",
			text: "「パスワード変更のお願い」メールとは\n\nこのメールは、ログイン時の確認で、お客様のパスワードが第三者に知られている可能性が高いと判断した場合にお送りしています。\n第三者による不正アクセスを防ぐため、パスワードを変更してください。\nなお、パスワード情報が当社から漏えいした事実はございません。"},
		{name: "a city's warning about fraud calls posing as its staff",
			text: "市職員を名乗る不審な電話にご注意ください\n\n2025年3月4日\nあかねの市 市民課\n\n市職員を名乗り、還付金があるとしてATMへ誘導する電話が市内の高齢者宅にかかっています。\n市職員が電話でATMの操作をお願いすることはありません。"},
		{name: "statistics news from the police agency",
			text: "ランサムウェア被害、上半期は過去最多 警察庁まとめ\n\n警察庁は12日、今年上半期に全国の警察に報告されたランサムウェアの被害が114件で、半期として過去最多だったと発表した。被害の半数は中小企業で、VPN機器の脆弱性を突かれて侵入されるケースが目立つという。"},
	})
}

func TestRound4Incident(t *testing.T) {
	runIncident(t, []incidentCase{
		{incident: true, name: "mails pretending to be this company, with a malware explanation", types: []string{"phishing"},
			text: "弊社を装った不審なメールに関するお詫びと注意喚起\n\n2024年7月2日\n株式会社あおさぎ精工\n\n弊社従業員の氏名やメールアドレスを装った不審なメールが、複数の取引先様に送信されていることを確認いたしました。\n当該メールには、パスワード付きZIPファイルが添付されており、開封するとマルウェアに感染し、迷惑メールの送信に悪用されるおそれがあります。\n弊社からのメールを装ったメールを受信された場合は、添付ファイルを開かず、メールごと削除していただきますようお願いいたします。\nご迷惑をおかけしておりますことを深くお詫び申し上げます。"},
		{incident: true, name: "mails pretending to be this city", types: []string{"phishing"},
			text: "本市を装ったメールにご注意ください\n\nつばめ野市 情報政策課\n\n本市職員を装い、「つばめ野市からのお知らせ」と称して偽サイトへ誘導するメールが市民の方に届いていることを確認しました。\n市がメールで口座番号やパスワードの入力をお願いすることはありません。不審なメールは開かずに削除してください。"},
		{incident: true, name: "mails pretending to come from the city by its name",
			text: "不審なメールにご注意ください\n\nゆうばえ市 広報課\n\nゆうばえ市からのメールを装って、市民の方に不審なメールが送信されていることが判明しました。メールに記載されたURLには絶対にアクセスしないでください。\nEmotetなどのウイルスに感染させる目的のメールである可能性があります。"},
		{incident: true, name: "an office's name abused in SMS, told as information received", types: []string{"phishing"},
			text: "ほしかげ年金事務局を装った不審なSMSについて(注意喚起)\n\n令和7年2月10日\nほしかげ年金事務局\n\nほしかげ年金事務局の名称をかたり、「年金の受取口座に不備があります」などと記載したSMSが送信されているとの情報が寄せられています。\n記載されたURLは偽サイトに誘導するものです。SMSを受け取った場合は、URLにアクセスせず削除してください。"},
		{incident: true, name: "a town's name abused, signed at the foot", types: []string{"phishing"},
			text: "【注意喚起】不審なメールにご注意ください\n\nこはぎ町からのお知らせを装ったメールが、町民の皆様に届いているとの情報が寄せられています。\n不審なメールのリンクは開かず、削除してください。\n\nこはぎ町 総務課 情報係"},
		{incident: true, name: "a bank's short name abused in fake mails", types: []string{"phishing"},
			text: "株式会社みなせ銀行\n\nみなせ銀行を名乗る偽メールにご注意ください\n\n現在、みなせ銀行を名乗る偽メール・偽SMSが配信されています。リンク先の偽画面へ誘導し、ログインパスワードを入力させる手口が多数確認されています。\n身に覚えのないメールは削除してください。"},
		{incident: true, name: "inquiries about mails pretending to be the university's staff",
			text: "【注意】本学教職員を装った不審なメールにご注意ください\n\nこの度、本学教職員を装った迷惑メールについての問い合わせが複数寄せられております。\n添付ファイルは開かず、メールは削除してください。\n\nみずかげ大学 情報センター"},
		{incident: true, name: "a fake SNS account of the service reported by users",
			text: "なりすましアカウントに関する注意喚起のお知らせ\n\n「ほしめぐりクエスト」をご利用いただき、誠にありがとうございます。\n\nほしめぐりクエスト公式Xのアイコン画像を盗用した偽アカウントより、当選連絡を装ったダイレクトメッセージが送信されているというご報告をいただいております。\nDMに記載されたURLは開かず、削除してください。"},
		{incident: true, name: "SMS posing as the city's office", types: []string{"phishing"},
			text: "市役所を名乗る不審なSMSにご注意ください\n\n2025年3月4日\nあかねの市 市民課\n\n市役所を名乗り、給付金の手続きとして偽サイトへ誘導するSMSが市民の方に届いています。\n市がSMSで口座番号の入力をお願いすることはありません。"},
		{incident: true, name: "a bank's warning: SMS pretending to be the bank, damage reported nationwide", types: []string{"phishing"},
			text: "当行を騙るSMSにご注意ください\n\n株式会社みなせ銀行\n\n当行を騙り、偽サイトへ誘導してインターネットバンキングのIDやパスワードを入力させるSMSが送信されていることを確認しております。全国の金融機関で同様の被害が多発しています。\n当行がSMSでパスワードの入力をお願いすることはございません。"},
		{incident: true, name: "own Emotet infection explained with IPA", noTypes: []string{"spam_relay"},
			text: "マルウェア感染に関するお知らせ\n\n株式会社しろかね商事\n\n当社従業員のパソコン1台が、マルウェア「Emotet」に感染していたことが判明しました。IPAによると、Emotetは感染したパソコンからメールアドレスなどを盗み、なりすましメールを送信することが知られています。当社を装ったメールが届いた場合は、添付ファイルを開かないでください。\nお取引先様にはご迷惑とご心配をおかけし、深くお詫び申し上げます。"},
		{incident: true, name: "own ransomware told after a nationwide trend", noTypes: []string{"other"},
			text: "ランサムウェア被害の発生について\n\n医療法人あさひな会 あさひな病院\n\n昨今、ランサムウェアによる被害が全国で相次いでおりますが、2024年5月10日、当院の電子カルテシステムがランサムウェアに感染し、一部の診療を停止いたしました。\n患者の皆様にはご迷惑をおかけし、深くお詫び申し上げます。"},
		{incident: true, name: "own outage from an attack described with a trend word", types: []string{"ransomware"},
			text: "基幹システムの停止について\n\nしおさい運輸株式会社\n\n2025年1月14日、近年増加しているランサムウェアによる攻撃を受け、基幹システムが停止しました。\n同様の被害は全国の物流事業者で相次いでいます。\n復旧の見通しは立っておりません。"},
		{incident: true, name: "own incident confirmed after press reports", types: []string{"unauthorized_access", "ransomware"},
			text: "当社サーバーへの不正アクセスに関する報道について\n\n株式会社かぜまち印刷\n\n本日、一部報道機関において当社に関する報道がありましたが、当社のサーバーが第三者による不正アクセスを受け、ランサムウェアに感染したことは事実です。現在、外部専門家とともに被害の範囲を調査しております。"},
		{incident: true, name: "credential stuffing on own service with others' leaks mentioned", types: []string{"credential_stuffing"},
			text: "当社サービスへの不正ログインについて\n\n株式会社ほしぞら書房\n\n他社サービスから流出したと思われるIDとパスワードを用いたリスト型攻撃により、当社サービスの会員アカウント約1,200件に不正ログインされたことを確認しました。昨今、国内の複数の事業者で同様の被害が確認されています。\n対象の会員様にはパスワードの再設定をお願いしております。"},
		{incident: true, name: "news of a company's card leak", types: []string{"unauthorized_access"},
			text: "通販サイトに不正アクセス カード情報流出か\n\n株式会社ゆきみ食品は12日、同社の通販サイトが不正アクセスを受け、顧客のクレジットカード情報約3000件が流出した可能性があると発表した。"},
		{incident: true, name: "news telling the finding as 分かった", types: []string{"ransomware"},
			text: "みなと台市の総合病院、サイバー攻撃で電子カルテ停止\n\nみなと台市のかもめ記念病院が、身代金要求型ウイルス「ランサムウエア」によるサイバー攻撃を受け、電子カルテが使えなくなっていたことが14日、分かった。\n病院によると、13日夜に院内のパソコンが一斉に再起動したという。"},
		{incident: true, name: "news of a hospital's ransomware with an earlier case in the prefecture", types: []string{"ransomware"},
			text: "かもめ記念病院にサイバー攻撃があり、電子カルテが使えなくなったことが14日、わかった。\n同病院によると、ランサムウエアに感染した。個人情報の流出の有無は確認中としている。\n県内では昨年にも、別の町立病院でランサムウエアによる被害があった。"},
		{incident: true, name: "disciplinary news of a city", types: []string{"insider_misuse"},
			text: "住民情報を業務外で閲覧 職員を停職処分\n\nはやせ市は20日、住民の個人情報を業務外で閲覧したとして、市民課の男性主事(34)を停職1か月の懲戒処分にしたと発表した。"},
		{incident: true, name: "a short casebook entry", types: []string{"account_takeover", "spam_relay"},
			text: "【セキュリティ事件簿#2025-210】株式会社みどりの郷 メールアカウントへの不正アクセスについて 2025/3/4\n\n当社従業員のメールアカウントが不正アクセスを受け、迷惑メールが送信されました。"},
	})
}

func TestRound4PostalMisdelivery(t *testing.T) {
	runIncident(t, []incidentCase{
		{incident: true, name: "wrong address labels on envelopes, news", types: []string{"misdelivery"},
			text: "あさぎり市、健診の案内文書を別人に郵送\n\nあさぎり市は5日、高齢者向けの健康診査の案内文書について、21人分の封筒に記載された宛名に誤りがあり、そのうち11人に別人あての文書が郵送されたと発表した。文書には氏名と住所が記載されていた。"},
		{incident: true, name: "誤郵送 in a city notice", types: []string{"misdelivery"},
			text: "納税通知書の誤郵送について\n\nこもれび市 税務課\n\n令和6年6月10日に発送した固定資産税の納税通知書のうち、3件を別の方の住所に誤郵送していたことが判明しました。通知書には、氏名、住所、課税額が記載されていました。\n関係者の皆様に深くお詫び申し上げます。"},
		{incident: true, name: "誤送付 of letters in news", types: []string{"misdelivery"},
			text: "ひがた町、給付金の通知を誤送付\n\nひがた町は18日、臨時給付金の支給決定通知書を誤送付し、4世帯分の氏名や口座番号が別の世帯に知られたと発表した。"},
		{incident: true, name: "envelopes addressed wrongly in a school board notice", types: []string{"misdelivery"},
			text: "通知文書の宛名の誤りについて\n\nさぎり市教育委員会\n\n就学援助の認定通知を発送した際、宛名の誤りにより、2世帯の通知書がそれぞれ別の世帯に届いていたことが判明しました。通知書には保護者の氏名と認定結果が記載されていました。"},
		{incident: true, name: "certificates sent to the wrong offices", types: []string{"misdelivery"},
			text: "証明書の誤送付について\n\nはまなす市 市民課\n\n照会に基づき発行した住民票の写しを郵送する際、送付先を取り違え、2件の証明書を入れ違いで送付していたことが判明しました。証明書には氏名、住所、生年月日が記載されていました。"},
		{incident: true, name: "a notice mailed to a wrong address in news", types: []string{"misdelivery"},
			text: "ほたか町は10日、国民健康保険の通知書1通を誤った住所に郵送し、別の人が開封したと発表した。通知書には世帯主の氏名と保険料額が記載されていた。"},
		{incident: true, name: "a letter mailed to another person", types: []string{"misdelivery"},
			text: "個人情報を含む書類の郵送誤りについて\n\nいずみ野町 福祉課\n\n介護保険の決定通知書を作成する際、宛名ラベルを貼り間違え、別人に郵送していたことがわかりました。通知書には受給者1名の氏名と住所が記載されていました。深くお詫び申し上げます。"},
	})
}

func TestRound4SpoofedTypes(t *testing.T) {
	runIncident(t, []incidentCase{
		{incident: true, name: "fake mails carrying Emotet explained", types: []string{"phishing"},
			text: "弊社社員を装った不審なメールについて\n\n株式会社かたばみ工業\n\n弊社社員の氏名を装った不審なメールが、複数のお取引先様に届いていることを確認いたしました。\n当該メールには、Emotetと呼ばれるマルウェアが仕込まれたファイルが添付されていました。開封すると感染し、さらに他の方へ迷惑メールが送信されるおそれがあります。\n不審なメールは開かずに削除してください。"},
		{incident: true, name: "fake mails sent in bulk as the city", types: []string{"phishing"},
			text: "本市を装ったなりすましメールについて\n\nつくも市 情報政策課\n\n本市を装ったなりすましメールが大量に送信されていることを確認しました。本市のメールサーバーからの送信ではありません。\nメールに記載されたURLにはアクセスしないでください。"},
		{incident: true, name: "fake mails by the city's name that may carry a virus", types: []string{"phishing"},
			text: "不審なメールにご注意ください\n\nゆうばえ市 広報課\n\nゆうばえ市からのメールを装って、市民の方に不審なメールが送信されていることが判明しました。メールに記載されたURLには絶対にアクセスしないでください。\nEmotetなどのウイルスに感染させる目的のメールである可能性があります。"},
		{incident: true, name: "spam pretending to be the company with feared harms", types: []string{"phishing"},
			text: "迷惑メール(なりすましメール)に関するお詫び\n\n株式会社せせらぎ設計\n\n2024年9月2日頃から、当社社員を装った迷惑メールが不正に送信されている事実を確認いたしました。\n心当たりのないメールを受信された場合は、ウイルス感染や不正アクセスなどの危険がありますので、添付ファイルを開かずに削除してください。\nご迷惑をおかけし、お詫び申し上げます。"},
		{incident: true, name: "own Emotet infection behind the fake mails keeps malware", types: []string{"malware", "phishing"},
			text: "不審メールに関するお詫び\n\n株式会社あしたば商会\n\n弊社従業員のパソコンがマルウェア「Emotet」に感染し、弊社従業員を装った不審なメールが送信されていることが確認されました。\nご迷惑をおかけし、深くお詫び申し上げます。"},
		{incident: true, name: "inquiries about spam pretending to be the university's staff", types: []string{"phishing"},
			text: "【注意】本学教職員を装った不審なメールにご注意ください\n\nこの度、本学教職員を装った迷惑メールについての問い合わせが複数寄せられております。\n添付ファイルは開かず、メールは削除してください。\n\nみずかげ大学 情報センター"},
		{incident: true, name: "fake mails sent from a partner's infected computer", types: []string{"phishing"},
			text: "弊社社員を装った不審メールについて\n\n株式会社ひいらぎ物産\n\n取引先のパソコンがEmotetに感染し、弊社社員を装った不審なメールが送信されていることが判明しました。弊社のシステムからの情報流出は確認されておりません。\n不審なメールは開かずに削除してください。"},
		{incident: true, name: "a hijacked account sending spam as the company keeps the relay", types: []string{"account_takeover", "spam_relay"},
			text: "迷惑メール送信に関するお詫び\n\n株式会社くるみ企画\n\n当社従業員のメールアカウントが第三者に不正に利用され、当社を装った迷惑メールが大量に送信されました。\nご迷惑をおかけし、深くお詫び申し上げます。"},
	})
}
