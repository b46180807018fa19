package gen

import "github.com/jikenbo/jikenbo/internal/model"

// Every name here is invented; any resemblance to a real organization is
// accidental.
var namePrefixes = []string{
	"あおば", "みどり野", "北斗", "桜ヶ丘", "東雲", "若葉", "白浜", "青葉台", "朝日ヶ丘", "星川", "月見野", "風見", "花園",
	"大河原", "南風", "小鳥遊", "霧島野", "紅葉台", "瑞穂野", "鈴鳴", "浜茄子", "翠川", "雪見", "千歳台", "虹ヶ浜",
	"Ｎｅｘｔ", "ミライ", "サンプル", "テクノ", "グリーン", "ブルー", "スカイ", "オーシャン", "フォレスト", "アルファ",
	"架空", "夢見", "陽だまり", "松風", "竹林",
}

var nameMiddles = []string{"", "", "", "中央", "東", "西", "南", "北", "第一", "新", "総合", "ネット"}

type orgKind struct {
	pattern string // %s is the name
	sector  model.Sector
	people  string // who is affected
	staff   string // who made the mistake
}

var orgKinds = []orgKind{
	{"%s市", model.SectorGovernment, "市民", "職員"},
	{"%s町", model.SectorGovernment, "町民", "職員"},
	{"%s村", model.SectorGovernment, "村民", "職員"},
	{"%s県教育委員会", model.SectorEducation, "児童生徒", "教員"},
	{"%s大学", model.SectorEducation, "学生", "教員"},
	{"学校法人%s学園", model.SectorEducation, "在校生", "教職員"},
	{"%s総合病院", model.SectorMedical, "患者", "職員"},
	{"医療法人%s会", model.SectorMedical, "患者", "職員"},
	{"株式会社%s銀行", model.SectorFinance, "お客さま", "行員"},
	{"%s信用金庫", model.SectorFinance, "お客さま", "職員"},
	{"株式会社%sストア", model.SectorRetail, "会員", "従業員"},
	{"株式会社%s通販", model.SectorRetail, "お客様", "従業員"},
	{"株式会社%s製作所", model.SectorMfg, "取引先", "従業員"},
	{"%s工業株式会社", model.SectorMfg, "取引先", "社員"},
	{"株式会社%sシステムズ", model.SectorICT, "利用者", "社員"},
	{"%sネットワークス株式会社", model.SectorICT, "顧客", "社員"},
	{"一般社団法人%s協会", model.SectorOther, "会員", "職員"},
	{"%s商事株式会社", model.SectorOther, "取引先", "社員"},
}

var vendors = []string{
	"株式会社サンプル計算センター", "架空データサービス株式会社", "株式会社ためしクラウド", "みらい印刷株式会社",
	"株式会社ほしぞらソリューションズ", "北斗情報システム株式会社", "株式会社あおばメール配信", "つばさ運輸株式会社",
}

var systems = []string{
	"ファイルサーバ", "業務用サーバ", "会員管理システム", "予約システム", "メールサーバ", "VPN装置", "Webサーバ",
	"顧客管理データベース", "電子カルテシステム", "学習支援システム", "決済システム", "クラウドストレージ",
}

// dataTypeCodes are picked from for leaked data.
var dataTypeCodes = []string{"name", "address", "phone", "email", "birthdate", "gender", "card_number", "card_expiry",
	"card_cvc", "login_id", "password", "customer_id", "purchase_history", "medical", "academic", "bank_account", "my_number"}

// typeWeights sets how often each incident type occurs.
var typeWeights = []struct {
	code   string
	weight int
}{
	{"unauthorized_access", 18}, {"web_skimming", 6}, {"credential_stuffing", 5}, {"account_takeover", 4},
	{"ransomware", 9}, {"malware", 6}, {"defacement", 2}, {"spam_relay", 3}, {"phishing", 4}, {"support_scam", 2},
	{"misdelivery", 16}, {"misconfiguration", 7}, {"loss_theft", 10}, {"insider_misuse", 3}, {"processing_error", 6},
	{"system_failure", 3}, {"other", 1},
}

// bodies are the sentences telling what happened, per type. Placeholders:
// {sys} a system, {ppl} the affected people with their count, {staff} who
// acted, {data} the data leaked, {vendor} the contractor.
var bodies = map[string][]string{
	"unauthorized_access": {
		"当{self}が運用する{sys}が第三者による不正アクセスを受け、{ppl}の{data}が外部に流出したおそれがあることが判明しました。",
		"{vendor}が管理する{sys}に対し外部から不正アクセスが行われ、{ppl}の{data}が閲覧された可能性があります。",
		"{sys}の脆弱性を悪用した不正アクセスにより、{ppl}の{data}が窃取されたことを確認しました。",
	},
	"web_skimming": {
		"当{self}が運営する通販サイトが第三者による不正アクセスを受け、決済画面が改ざんされた結果、{ppl}のクレジットカード情報({data})が漏えいした可能性があります。",
		"ペイメントアプリケーションの改ざんにより、{ppl}のカード情報が不正に取得されたことが判明しました。",
	},
	"credential_stuffing": {
		"外部で入手したとみられるIDとパスワードの組み合わせによるなりすましログインが行われ、{ppl}のアカウントに不正にログインされました。閲覧された可能性のある情報は{data}です。",
		"リスト型攻撃により、{ppl}の会員アカウントへの不正ログインを確認しました。",
	},
	"account_takeover": {
		"{staff}のメールアカウントが乗っ取られ、{ppl}の{data}を含むメールが閲覧された可能性があります。",
		"{staff}のアカウントが第三者に不正に利用され、{ppl}の{data}が流出したおそれがあります。",
	},
	"ransomware": {
		"当{self}の{sys}がランサムウェアに感染し、保存されていたファイルが暗号化されました。{ppl}の{data}が窃取された可能性を否定できません。",
		"{vendor}の{sys}がランサムウェア攻撃を受け、当{self}が委託していた{ppl}の{data}が暗号化されました。",
		"ランサムウェアによるサイバー攻撃を受け、{sys}に障害が発生しました。{ppl}の{data}が外部に流出した痕跡を確認しています。",
	},
	"malware": {
		"{staff}の業務用パソコンがマルウェア「Emotet」に感染し、{ppl}のメールアドレス等が窃取された可能性があります。",
		"{sys}でマルウェアへの感染が確認され、{ppl}の{data}が外部に送信されたおそれがあります。",
	},
	"defacement": {
		"当{self}のWebサイトが第三者により改ざんされ、不審なサイトへ誘導される状態となっていました。",
	},
	"spam_relay": {
		"当{self}のメールサーバが第三者に不正に利用され、迷惑メールが大量に送信されました。{ppl}のメールアドレスが宛先に含まれていた可能性があります。",
	},
	"phishing": {
		"当{self}を装ったフィッシングメールが確認されました。{ppl}がフィッシングサイトで{data}を入力した可能性があります。",
	},
	"support_scam": {
		"{staff}が業務用パソコンで偽のセキュリティ警告(サポート詐欺)に従い遠隔操作ソフトをインストールした結果、{ppl}の{data}が閲覧された可能性があります。",
	},
	"misdelivery": {
		"{staff}が{ppl}あてのメールを送信する際、宛先をBCCではなくTOに設定したため、{data}が他の受信者に表示されました。",
		"{staff}が誤って別の宛先に書類を郵送し、{ppl}の{data}が記載された書類が第三者に届きました。",
		"メール配信の設定誤りにより、{ppl}に他人の{data}を含むメールが誤送信されました。",
	},
	"misconfiguration": {
		"{sys}のアクセス権限の設定に不備があり、{ppl}の{data}がインターネット上で閲覧可能な状態となっていました。",
		"クラウドサービスの公開設定の誤りにより、{ppl}の{data}を含むファイルが外部から閲覧できる状態でした。",
	},
	"loss_theft": {
		"{staff}が{ppl}の{data}を保存したUSBメモリを紛失しました。",
		"{staff}が業務用のノートパソコンを車上荒らしにより盗まれ、{ppl}の{data}が保存されていました。",
		"{ppl}の{data}が記載された書類を紛失したことが判明しました。",
	},
	"insider_misuse": {
		"元{staff}が在職中に{ppl}の{data}を不正に持ち出し、外部の事業者に提供していたことが判明しました。",
	},
	"processing_error": {
		"事務処理の誤りにより、{ppl}の{data}を記載した通知書を別人に送付していました。",
		"{staff}の確認不足により、{ppl}の{data}を含む資料をWebサイトに誤って掲載しました。",
	},
	"system_failure": {
		"{sys}の不具合により、{ppl}がログインした際に他の利用者の{data}が表示される事象が発生しました。",
	},
	"other": {
		"{ppl}の{data}の取扱いに関して不適切な事案が発生しました。",
	},
}

var titles = map[string][]string{
	"unauthorized_access": {"不正アクセスによる個人情報漏えいのおそれについて", "当{self}サーバへの不正アクセスに関するお知らせ"},
	"web_skimming":        {"当{self}通販サイトへの不正アクセスによる個人情報漏えいに関するお詫びとお知らせ"},
	"credential_stuffing": {"不正ログインの発生とパスワード変更のお願い"},
	"account_takeover":    {"メールアカウントへの不正アクセスについて"},
	"ransomware":          {"ランサムウェア被害の発生について", "サイバー攻撃によるシステム障害について"},
	"malware":             {"マルウェア感染に関するお詫びとお知らせ"},
	"defacement":          {"Webサイト改ざんに関するお知らせ"},
	"spam_relay":          {"迷惑メール送信に関するお詫び"},
	"phishing":            {"当{self}をかたるフィッシングメールにご注意ください"},
	"support_scam":        {"サポート詐欺による業務用パソコンへの不正アクセスについて"},
	"misdelivery":         {"メールの誤送信による個人情報の漏えいについて", "郵便物の誤送付について"},
	"misconfiguration":    {"設定不備による個人情報の閲覧可能状態について"},
	"loss_theft":          {"個人情報を含むUSBメモリの紛失について", "個人情報の紛失について"},
	"insider_misuse":      {"元従業員による個人情報の不正持ち出しについて"},
	"processing_error":    {"個人情報の誤送付について", "個人情報を含む資料の誤掲載について"},
	"system_failure":      {"システム不具合による個人情報の誤表示について"},
	"other":               {"個人情報の取扱いに関するお知らせ"},
}

var closings = []string{
	"関係者の皆様に多大なるご迷惑とご心配をおかけしましたことを、深くお詫び申し上げます。",
	"今後、再発防止に向けて管理体制の強化を図ってまいります。",
	"現在、外部の専門機関と連携し、詳細な調査を進めております。",
	"対象となる方には個別にご連絡を差し上げております。",
	"現時点で、本件に起因する二次被害の報告は受けておりません。",
}
