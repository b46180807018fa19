package model

// Code is one entry of a taxonomy: a stable identifier and its Japanese label.
type Code struct {
	Code  string
	Label string
}

// IncidentTypes lists the incident type codes of SCHEMA.md in order.
var IncidentTypes = []Code{
	{"unauthorized_access", "不正アクセス"},
	{"web_skimming", "カード情報窃取"},
	{"credential_stuffing", "なりすましログイン"},
	{"account_takeover", "アカウント乗っ取り"},
	{"ransomware", "ランサムウェア"},
	{"malware", "マルウェア感染"},
	{"defacement", "Web改ざん"},
	{"spam_relay", "不正中継・迷惑メール送信"},
	{"phishing", "フィッシング・なりすまし"},
	{"support_scam", "サポート詐欺"},
	{"misdelivery", "誤送信・誤配信"},
	{"misconfiguration", "設定不備・誤公開"},
	{"loss_theft", "紛失・盗難"},
	{"insider_misuse", "内部不正"},
	{"processing_error", "事務処理ミス"},
	{"system_failure", "システム障害・不具合"},
	{"other", "その他"},
}

// DataTypes lists the data type codes of SCHEMA.md in order.
var DataTypes = []Code{
	{"name", "氏名"}, {"address", "住所"}, {"postal_code", "郵便番号"},
	{"phone", "電話番号"}, {"fax", "FAX番号"}, {"email", "メールアドレス"},
	{"birthdate", "生年月日"}, {"gender", "性別"}, {"age", "年齢"},
	{"card_holder", "カード名義人名"}, {"card_number", "クレジットカード番号"},
	{"card_expiry", "有効期限"}, {"card_cvc", "セキュリティコード"},
	{"bank_account", "口座情報"}, {"my_number", "個人番号(マイナンバー)"},
	{"pension_number", "基礎年金番号"}, {"insurance", "保険証情報"},
	{"login_id", "ログインID"}, {"password", "パスワード"},
	{"customer_id", "顧客番号・会員番号"}, {"purchase_history", "購入履歴・取引情報"},
	{"medical", "病歴・カルテ・検査結果など"}, {"academic", "成績・学籍"},
	{"employment", "職業・勤務先・人事"}, {"company_name", "会社名"},
	{"message_content", "メール本文・メッセージ"}, {"points", "保有ポイント"},
	{"other", "その他"},
}

// Authorities lists the codes of authorities an incident can be reported to.
var Authorities = []Code{
	{"ppc", "個人情報保護委員会"},
	{"police", "警察"},
	{"ministry", "監督官庁"},
}

// Sectors lists the sector codes with their labels.
var Sectors = []Code{
	{string(SectorGovernment), "自治体・官公庁"},
	{string(SectorMedical), "医療"},
	{string(SectorEducation), "教育"},
	{string(SectorFinance), "金融"},
	{string(SectorRetail), "小売・EC"},
	{string(SectorMfg), "製造"},
	{string(SectorICT), "情報通信"},
	{string(SectorOther), "その他"},
}

// SurveyCategories maps each incident type to the category of the yearly
// Japanese personal-data leak surveys.
var SurveyCategories = map[string]string{
	"unauthorized_access": "ウイルス感染・不正アクセス",
	"web_skimming":        "ウイルス感染・不正アクセス",
	"credential_stuffing": "ウイルス感染・不正アクセス",
	"account_takeover":    "ウイルス感染・不正アクセス",
	"ransomware":          "ウイルス感染・不正アクセス",
	"malware":             "ウイルス感染・不正アクセス",
	"defacement":          "ウイルス感染・不正アクセス",
	"spam_relay":          "ウイルス感染・不正アクセス",
	"support_scam":        "ウイルス感染・不正アクセス",
	"misdelivery":         "誤表示・誤送信",
	"misconfiguration":    "誤表示・誤送信",
	"loss_theft":          "紛失・誤廃棄・盗難",
	"insider_misuse":      "不正持ち出し・盗用",
	"phishing":            "その他",
	"processing_error":    "その他",
	"system_failure":      "その他",
	"other":               "その他",
}

// VERISActions maps each incident type to its VERIS action category.
var VERISActions = map[string]string{
	"unauthorized_access": "hacking",
	"web_skimming":        "malware",
	"credential_stuffing": "hacking",
	"account_takeover":    "hacking",
	"ransomware":          "malware",
	"malware":             "malware",
	"defacement":          "hacking",
	"spam_relay":          "hacking",
	"phishing":            "social",
	"support_scam":        "social",
	"misdelivery":         "error",
	"misconfiguration":    "error",
	"loss_theft":          "physical",
	"insider_misuse":      "misuse",
	"processing_error":    "error",
	"system_failure":      "error",
	"other":               "unknown",
}

// Label returns the Japanese label of code in list, or code itself.
func Label(list []Code, code string) string {
	for _, c := range list {
		if c.Code == code {
			return c.Label
		}
	}
	return code
}

// Valid reports whether code is in list.
func Valid(list []Code, code string) bool {
	for _, c := range list {
		if c.Code == code {
			return true
		}
	}
	return false
}
