package extract

// This file holds the vocabulary of the extractor as data: the words that
// signal an incident type, a kind of personal data, an authority, a leak, a
// discovery, and the shapes of organization names. The logic that reads them
// lives in the other files. Patterns are matched on width-folded text with
// spaces removed (see view), so write them with half-width ASCII and without
// spaces.

// cueKind says what a cue pattern signals.
type cueKind uint8

const (
	kType   cueKind = iota + 1 // an incident type (code)
	kData                      // a kind of personal data (code; "" = a word to ignore, e.g. マイナンバーカード)
	kLeak                      // exposure of data (leak wording)
	kAuth                      // an authority (ppc, police, ministry)
	kDisc                      // the organization learned of the incident
	kCtx                       // a word that makes a sentence describe the data involved
	kVendor                    // a contractor role word, or 社 followed by ( / が提供 / の (code "role" or "sha")
	kUnit                      // a counter unit of people or records (人, 名, 件 …)
	kMark                      // a report-level marker (code names the group: event, apology, retail, wrong, card, …)
)

// Flags refining a cue.
const (
	fWeak      = 1 << iota // type cue used only when no other type is found
	fAdvisory              // type cue ignored in hypothetical/advisory sentences (…場合, 万が一, …ませんよう)
	fUA                    // 不正アクセス: target decides unauthorized_access vs account_takeover
	fTamper                // 改ざん: payment context → web_skimming, page context → defacement
	fTakeover              // 乗っ取: an account or mail address must be nearby
	fVirus                 // ウイルス感染: not when faked (…を装った, …を伝える)
	fImperson              // …になりすまし: not for なりすましログイン
	fExposure              // leak word that only says data could be seen (閲覧できる状態): possible
	fDataObj               // leak word that needs a data word just before it (…を公開した)
	fMulti                 // data cue giving two codes (code "a|b")
	fConfirmed             // leak word that states the fact by itself (閲覧した)
	fMisSend               // 誤って: misdelivery only when sending to someone follows (誤って保護者全員にメール送信)
)

type cue struct {
	pat  string
	kind cueKind
	code string
	flag int
}

// typeCues: wording of each incident type (SCHEMA.md table; CUES.md).
var typeCues = []cue{
	// unauthorized_access
	{"不正アクセス", kType, "unauthorized_access", fUA},
	{"不正なアクセス", kType, "unauthorized_access", fUA}, {"不正にアクセス", kType, "unauthorized_access", fUA},
	{"不正に侵入", kType, "unauthorized_access", 0},
	{"侵入され", kType, "unauthorized_access", 0},
	{"侵入を受け", kType, "unauthorized_access", 0},
	{"不正侵入", kType, "unauthorized_access", 0},
	{"侵入経路", kType, "unauthorized_access", 0},
	{"ネットワークに侵入", kType, "unauthorized_access", 0},
	{"サーバーに侵入", kType, "unauthorized_access", 0},
	{"脆弱性を悪用", kType, "unauthorized_access", 0},
	{"脆弱性を突", kType, "unauthorized_access", 0},
	{"脆弱性をつ", kType, "unauthorized_access", 0},
	{"脆弱性を利用", kType, "unauthorized_access", 0},
	{"脆弱性が悪用", kType, "unauthorized_access", 0},
	{"サイバー攻撃", kType, "unauthorized_access", fWeak},
	{"外部からの攻撃", kType, "unauthorized_access", fWeak},
	{"攻撃を受け", kType, "unauthorized_access", fWeak},
	// web_skimming / defacement (改ざん decided by context)
	{"改ざん", kType, "defacement", fTamper},
	{"改竄", kType, "defacement", fTamper},
	{"カード情報を窃取", kType, "web_skimming", 0},
	{"カード情報が窃取", kType, "web_skimming", 0}, {"カード情報が搾取", kType, "web_skimming", 0}, {"カード情報を搾取", kType, "web_skimming", 0},
	{"カード情報が不正に取得", kType, "web_skimming", 0}, {"カード情報を不正に取得", kType, "web_skimming", 0},
	{"偽の決済画面", kType, "web_skimming", 0},
	{"不正な決済画面", kType, "web_skimming", 0},
	{"不適切なウェブページ", kType, "defacement", 0},
	{"不適切なページ", kType, "defacement", 0},
	{"不適切なバナー", kType, "defacement", 0},
	{"不正なバナー", kType, "defacement", 0},
	{"不正なスクリプト", kType, "defacement", 0},
	{"自動遷移", kType, "defacement", 0},
	{"別サイトへ誘導", kType, "defacement", 0},
	{"別サイトに誘導", kType, "defacement", 0},
	{"別のサイトへ遷移", kType, "defacement", 0},
	{"別のサイトに遷移", kType, "defacement", 0},
	// credential_stuffing
	{"なりすましログイン", kType, "credential_stuffing", 0},
	{"不正ログイン", kType, "credential_stuffing", 0},
	{"リスト型攻撃", kType, "credential_stuffing", 0},
	{"リスト型アカウントハッキング", kType, "credential_stuffing", 0},
	{"パスワードリスト攻撃", kType, "credential_stuffing", 0},
	{"他社で流出した", kType, "credential_stuffing", 0},
	{"他のサービスから流出", kType, "credential_stuffing", 0},
	{"外部で不正に取得", kType, "credential_stuffing", 0},
	{"外部から不正に取得", kType, "credential_stuffing", 0},
	{"「なりすまし」による", kType, "credential_stuffing", 0},
	// account_takeover
	{"乗っ取", kType, "account_takeover", fTakeover},
	{"乗取", kType, "account_takeover", fTakeover},
	{"認証情報を窃取", kType, "account_takeover", 0},
	{"認証情報が窃取", kType, "account_takeover", 0},
	{"認証情報を詐取", kType, "account_takeover", 0},
	{"アカウントが不正利用", kType, "account_takeover", 0},
	{"アカウントが第三者による不正利用", kType, "account_takeover", 0},
	{"アカウントの不正利用", kType, "account_takeover", 0},
	{"アカウントが不正に利用", kType, "account_takeover", 0},
	{"アカウントが第三者に", kType, "account_takeover", 0},
	{"アカウントが不正に使用", kType, "account_takeover", 0}, {"アカウントが不正使用", kType, "account_takeover", 0},
	{"アカウントの不正使用", kType, "account_takeover", 0}, {"アカウントを不正に使用", kType, "account_takeover", 0},
	{"アカウントを不正に利用", kType, "account_takeover", 0}, {"アカウントを不正利用", kType, "account_takeover", 0},
	{"アカウントが悪用", kType, "account_takeover", 0}, {"アカウントが外部の第三者に", kType, "account_takeover", 0},
	{"アカウントが何者かに", kType, "account_takeover", 0},
	// A mail address used by others: "事業のメールアドレスが第三者に不正利用され".
	{"メールアドレスが不正利用", kType, "account_takeover", 0}, {"メールアドレスが第三者に不正", kType, "account_takeover", 0},
	{"メールアドレスが不正に利用", kType, "account_takeover", 0}, {"メールアドレスが不正に使用", kType, "account_takeover", 0},
	{"メールアドレスが第三者により不正", kType, "account_takeover", 0}, {"メールアドレスが第三者によって不正", kType, "account_takeover", 0}, {"アカウントを何者かに", kType, "account_takeover", 0},
	{"アカウントを第三者に", kType, "account_takeover", 0}, {"不正サインイン", kType, "account_takeover", fTakeover},
	{"不正にサインイン", kType, "account_takeover", fTakeover}, {"不正に使用され", kType, "account_takeover", fTakeover},
	{"不正使用され", kType, "account_takeover", fTakeover}, {"不正に利用され", kType, "account_takeover", fTakeover}, {"不正利用され", kType, "account_takeover", fTakeover},
	// "構成員のメールアカウントのIDとパスワードを用いて…迷惑メール送信の踏み台として悪用".
	{"パスワードを用いて", kType, "account_takeover", fTakeover}, {"パスワードを使用して", kType, "account_takeover", fTakeover},
	{"パスワードを使って", kType, "account_takeover", fTakeover},
	// ransomware
	{"ランサムウェア", kType, "ransomware", 0},
	{"ランサムウエア", kType, "ransomware", 0},
	{"身代金", kType, "ransomware", 0},
	{"脅迫文", kType, "ransomware", 0},
	{"ファイルが暗号化", kType, "ransomware", 0},
	{"データが暗号化", kType, "ransomware", 0},
	{"脅迫メッセージ", kType, "ransomware", 0}, {"脅迫画面", kType, "ransomware", 0}, {"脅迫的なメッセージ", kType, "ransomware", 0},
	{"身代金要求", kType, "ransomware", 0}, {"ランサムノート", kType, "ransomware", 0},
	// malware
	{"マルウェア", kType, "malware", fVirus},
	{"マルウエア", kType, "malware", fVirus},
	{"Emotet", kType, "malware", 0}, {"EMOTET", kType, "malware", 0}, {"emotet", kType, "malware", 0},
	{"IcedID", kType, "malware", 0}, {"Qakbot", kType, "malware", 0}, {"QakBot", kType, "malware", 0},
	{"LockBit", kType, "ransomware", 0}, {"Lockbit", kType, "ransomware", 0}, {"Phobos", kType, "ransomware", 0},
	{"BlackCat", kType, "ransomware", 0}, {"ALPHV", kType, "ransomware", 0}, {"Akira", kType, "ransomware", 0},
	{"エモテット", kType, "malware", 0},
	{"コンピュータウイルス", kType, "malware", fVirus},
	{"コンピューターウイルス", kType, "malware", fVirus},
	{"コンピュータウィルス", kType, "malware", fVirus},
	{"コンピューターウィルス", kType, "malware", fVirus},
	{"ウイルスに感染", kType, "malware", fVirus},
	{"ウィルスに感染", kType, "malware", fVirus},
	{"ウイルス感染", kType, "malware", fVirus},
	{"ウィルス感染", kType, "malware", fVirus},
	{"トロイの木馬", kType, "malware", 0},
	{"インフォスティーラー", kType, "malware", 0},
	{"情報窃取型", kType, "malware", 0},
	// spam_relay
	{"不正中継", kType, "spam_relay", 0},
	{"不正に中継", kType, "spam_relay", 0},
	{"不正な中継", kType, "spam_relay", 0},
	{"迷惑メール", kType, "spam_relay", 0},
	{"スパムメール", kType, "spam_relay", 0},
	{"大量送信", kType, "spam_relay", 0},
	{"大量配信", kType, "spam_relay", 0},
	{"大量に送信", kType, "spam_relay", 0},
	{"大量に配信", kType, "spam_relay", 0},
	{"踏み台", kType, "spam_relay", 0},
	// phishing
	{"フィッシング", kType, "phishing", 0},
	{"偽サイト", kType, "phishing", 0},
	{"偽のサイト", kType, "phishing", 0},
	{"偽メール", kType, "phishing", 0},
	{"偽のメール", kType, "phishing", 0},
	{"偽SMS", kType, "phishing", 0},
	{"偽のSMS", kType, "phishing", 0},
	{"なりすましメール", kType, "phishing", 0},
	{"なりすましSMS", kType, "phishing", 0},
	{"なりすましサイト", kType, "phishing", 0},
	{"偽装メール", kType, "phishing", 0}, {"偽装したメール", kType, "phishing", 0}, {"偽装されたメール", kType, "phishing", 0},
	{"を偽装", kType, "phishing", fAdvisory},
	{"を装", kType, "phishing", fAdvisory},
	{"を騙", kType, "phishing", fAdvisory},
	{"をかたり", kType, "phishing", fAdvisory},
	{"をかたる", kType, "phishing", fAdvisory},
	{"をかたった", kType, "phishing", fAdvisory},
	{"を名乗", kType, "phishing", fAdvisory},
	{"になりすま", kType, "phishing", fAdvisory | fImperson},
	{"誘導するメール", kType, "phishing", fAdvisory},
	{"誘導するメッセージ", kType, "phishing", fAdvisory},
	{"入力を求めるメッセージ", kType, "phishing", fAdvisory},
	{"入力を求めるメール", kType, "phishing", fAdvisory},
	{"とは一切関係", kType, "phishing", 0},
	{"とはいっさい関係", kType, "phishing", 0},
	{"とは関係がありません", kType, "phishing", fAdvisory},
	{"とは関係ありません", kType, "phishing", fAdvisory},
	// support_scam
	{"サポート詐欺", kType, "support_scam", 0},
	{"偽の警告画面", kType, "support_scam", 0},
	{"偽のセキュリティ警告", kType, "support_scam", 0},
	{"偽の警告", kType, "support_scam", 0},
	{"遠隔操作", kType, "support_scam", 0},
	{"感染を伝える", kType, "support_scam", 0},
	{"感染を装", kType, "support_scam", 0},
	{"感染したかのよう", kType, "support_scam", 0},
	// "画面に「ウイルスに感染した」と警告が表示…表示された連絡先に電話し".
	{"表示された連絡先に電話", kType, "support_scam", 0}, {"表示された電話番号に電話", kType, "support_scam", 0},
	{"表示された番号に電話", kType, "support_scam", 0},
	// misdelivery
	{"誤送信", kType, "misdelivery", 0},
	{"誤送付", kType, "misdelivery", 0},
	{"誤配信", kType, "misdelivery", 0},
	{"誤発送", kType, "misdelivery", 0},
	{"誤封入", kType, "misdelivery", 0},
	{"誤配布", kType, "misdelivery", 0},
	{"誤配送", kType, "misdelivery", 0},
	{"誤配達", kType, "misdelivery", 0},
	{"誤って送付", kType, "misdelivery", 0},
	{"誤って送信", kType, "misdelivery", 0},
	{"誤って配信", kType, "misdelivery", 0},
	{"誤って発送", kType, "misdelivery", 0},
	{"誤って郵送", kType, "misdelivery", 0},
	{"誤って", kType, "misdelivery", fMisSend},
	{"誤添付", kType, "misdelivery", 0}, {"誤って添付", kType, "misdelivery", 0}, {"添付された状態で", kType, "misdelivery", fMisSend}, // the wrong file sent along
	{"CCにて送信", kType, "misdelivery", fAdvisory}, {"CCで送信", kType, "misdelivery", fAdvisory}, {"CC)にて送信", kType, "misdelivery", fAdvisory}, {"CC)で送信", kType, "misdelivery", fAdvisory},
	{"TOで送信", kType, "misdelivery", fAdvisory}, {"TO)で送信", kType, "misdelivery", fAdvisory}, {"Toで送信", kType, "misdelivery", fAdvisory}, {"To)で送信", kType, "misdelivery", fAdvisory},
	{"BCC", kType, "misdelivery", 0},
	{"Bcc", kType, "misdelivery", 0},
	{"TO(宛先)", kType, "misdelivery", 0},
	{"宛先(TO)", kType, "misdelivery", 0},
	{"誤ったFAX番号", kType, "misdelivery", 0},
	{"誤ったメールアドレス", kType, "misdelivery", 0},
	{"誤った宛先", kType, "misdelivery", 0},
	{"宛先を誤って", kType, "misdelivery", 0}, {"宛先を誤り", kType, "misdelivery", 0}, {"送付先を誤", kType, "misdelivery", 0},
	{"送信先を誤", kType, "misdelivery", 0}, {"配信先を誤", kType, "misdelivery", 0},
	// Addresses shown to every recipient without naming BCC: "CC欄に入力して送信",
	// "受信者同士で見える状態".
	{"CC欄に", kType, "misdelivery", fAdvisory}, {"CCに入力", kType, "misdelivery", fAdvisory}, {"CCに設定", kType, "misdelivery", fAdvisory},
	{"TO欄に", kType, "misdelivery", fAdvisory}, {"宛先欄に", kType, "misdelivery", fAdvisory}, {"他の受信者に表示", kType, "misdelivery", fAdvisory},
	{"受信者同士", kType, "misdelivery", fAdvisory}, {"他の受信者のメールアドレス", kType, "misdelivery", fAdvisory},
	{"アドレスが表示される状態", kType, "misdelivery", fAdvisory}, {"アドレスが見える状態", kType, "misdelivery", fAdvisory},
	{"アドレスが表示された状態", kType, "misdelivery", fAdvisory}, {"アドレスが確認できる状態", kType, "misdelivery", fAdvisory},
	{"別の方に送付", kType, "misdelivery", 0},
	{"別人に送付", kType, "misdelivery", 0},
	// Postal mail to the wrong people: "封筒に記載された宛名に誤りがあり…郵送された".
	{"誤郵送", kType, "misdelivery", 0}, {"郵送誤り", kType, "misdelivery", 0}, {"送付誤り", kType, "misdelivery", 0},
	{"発送誤り", kType, "misdelivery", 0}, {"宛名に誤り", kType, "misdelivery", 0}, {"宛名の誤り", kType, "misdelivery", 0},
	{"宛名を誤", kType, "misdelivery", 0}, {"宛名を間違", kType, "misdelivery", 0}, {"宛名ラベルを貼り間違", kType, "misdelivery", 0},
	{"別人に郵送", kType, "misdelivery", 0}, {"別人あて", kType, "misdelivery", 0}, {"別人宛", kType, "misdelivery", 0},
	{"別の方に郵送", kType, "misdelivery", 0}, {"別の方あて", kType, "misdelivery", 0}, {"別の方宛", kType, "misdelivery", 0},
	{"別の世帯に送付", kType, "misdelivery", 0}, {"別の世帯に郵送", kType, "misdelivery", 0}, {"封入誤り", kType, "misdelivery", 0},
	{"封入ミス", kType, "misdelivery", 0}, {"送付先を取り違", kType, "misdelivery", 0}, {"宛先を取り違", kType, "misdelivery", 0},
	{"相手を取り違", kType, "misdelivery", 0}, {"別の人に郵送", kType, "misdelivery", 0}, {"別の人に送付", kType, "misdelivery", 0},
	{"他の方に郵送", kType, "misdelivery", 0}, {"他の方に送付", kType, "misdelivery", 0}, {"他人に郵送", kType, "misdelivery", 0},
	{"他人に送付", kType, "misdelivery", 0}, {"誤った住所に", kType, "misdelivery", 0}, {"入れ違いで送付", kType, "misdelivery", 0},
	// A notice put in the wrong mailbox, labels pasted twice, a wrong FAX
	// number printed for replies.
	{"誤投函", kType, "misdelivery", 0}, {"誤って投函", kType, "misdelivery", 0}, {"誤配", kType, "misdelivery", 0},
	{"重ね貼り", kType, "misdelivery", 0}, {"重ねて貼", kType, "misdelivery", 0}, {"2重に貼", kType, "misdelivery", 0}, {"二重に貼", kType, "misdelivery", 0},
	{"ファクス番号を誤", kType, "misdelivery", 0}, {"ファックス番号を誤", kType, "misdelivery", 0}, {"FAX番号を誤", kType, "misdelivery", 0},
	{"誤ったファクス", kType, "misdelivery", 0}, {"誤ったファックス", kType, "misdelivery", 0}, {"誤ったFAX", kType, "misdelivery", 0},
	// misconfiguration
	{"閲覧可能な状態", kType, "misconfiguration", 0},
	{"閲覧できる状態", kType, "misconfiguration", 0},
	// "…に関するデータがダウンロードできる状況となっていた": data left open.
	{"閲覧できる状況", kType, "misconfiguration", 0}, {"閲覧可能な状況", kType, "misconfiguration", 0},
	{"ダウンロードできる状態", kType, "misconfiguration", 0}, {"ダウンロードできる状況", kType, "misconfiguration", 0},
	{"ダウンロード可能な状態", kType, "misconfiguration", 0}, {"ダウンロード可能な状況", kType, "misconfiguration", 0},
	{"アクセス権限の設定", kType, "misconfiguration", 0}, {"権限設定の誤り", kType, "misconfiguration", 0},
	{"閲覧可能となって", kType, "misconfiguration", 0},
	{"閲覧できるようになって", kType, "misconfiguration", 0},
	{"見られるようになって", kType, "misconfiguration", 0},
	{"見られる状態", kType, "misconfiguration", 0},
	{"公開範囲", kType, "misconfiguration", 0},
	{"公開設定", kType, "misconfiguration", 0},
	{"共有設定", kType, "misconfiguration", 0},
	{"設定誤り", kType, "misconfiguration", 0},
	{"設定ミス", kType, "misconfiguration", 0},
	{"設定不備", kType, "misconfiguration", 0},
	{"設定の誤り", kType, "misconfiguration", 0},
	{"黒塗り", kType, "misconfiguration", 0},
	{"マスキング", kType, "misconfiguration", 0},
	{"塗り隠", kType, "misconfiguration", 0},
	{"リンクを知っている", kType, "misconfiguration", 0},
	{"誤って公開", kType, "misconfiguration", 0},
	{"誤掲載", kType, "misconfiguration", 0},
	{"誤って掲載", kType, "misconfiguration", 0},
	{"誤公開", kType, "misconfiguration", 0},
	// "番号のみ掲載するべきところ、名簿を併せて掲載していた": more put on the
	// site than meant.
	{"掲載するべきところ", kType, "misconfiguration", 0}, {"掲載すべきところ", kType, "misconfiguration", 0},
	{"公開するべきところ", kType, "misconfiguration", 0}, {"公開すべきところ", kType, "misconfiguration", 0},
	{"併せて掲載", kType, "misconfiguration", 0}, {"あわせて掲載", kType, "misconfiguration", 0},
	// loss_theft
	{"紛失", kType, "loss_theft", 0},
	{"盗難", kType, "loss_theft", 0},
	{"置き忘れ", kType, "loss_theft", 0},
	{"置忘れ", kType, "loss_theft", 0},
	{"所在不明", kType, "loss_theft", 0},
	{"誤廃棄", kType, "loss_theft", 0},
	{"誤って廃棄", kType, "loss_theft", 0},
	{"車上荒らし", kType, "loss_theft", 0},
	{"盗まれ", kType, "loss_theft", 0},
	{"ひったくり", kType, "loss_theft", 0},
	{"置き引き", kType, "loss_theft", 0}, {"置引き", kType, "loss_theft", 0}, {"空き巣", kType, "loss_theft", 0},
	{"車上狙い", kType, "loss_theft", 0}, {"持ち去られ", kType, "loss_theft", 0},
	// Devices disposed of that came back on the market: "処分した端末を…流通させた".
	{"流通させ", kType, "loss_theft", fWeak}, {"転売され", kType, "loss_theft", fWeak}, {"フリマアプリ", kType, "loss_theft", fWeak},
	{"オークションサイト", kType, "loss_theft", fWeak}, {"ネットオークション", kType, "loss_theft", fWeak},
	// insider_misuse
	{"不正に閲覧", kType, "insider_misuse", 0},
	{"不正閲覧", kType, "insider_misuse", 0},
	{"私的に利用", kType, "insider_misuse", 0},
	{"私的利用", kType, "insider_misuse", 0},
	{"私的な目的", kType, "insider_misuse", 0},
	{"目的外", kType, "insider_misuse", 0},
	{"業務外", kType, "insider_misuse", 0},
	{"業務上の必要がない", kType, "insider_misuse", 0},
	{"業務と関係がない", kType, "insider_misuse", 0},
	{"業務に関係のない", kType, "insider_misuse", 0},
	{"興味本位", kType, "insider_misuse", 0},
	{"不正に持ち出", kType, "insider_misuse", 0},
	{"無断で持ち出", kType, "insider_misuse", 0},
	{"無断持ち出し", kType, "insider_misuse", 0},
	{"無断で持ち帰", kType, "insider_misuse", 0},   // "住民の電話番号を無断で持ち帰り"
	{"懲戒処分", kType, "insider_misuse", fWeak}, // the misuse only when no other kind of incident is told (紛失で懲戒処分)
	{"懲戒解雇", kType, "insider_misuse", fWeak},
	// Staff who told what they knew: "捜査情報を漏らしたとして…守秘義務違反の疑いで書類送検".
	{"守秘義務", kType, "insider_misuse", fWeak}, {"地方公務員法", kType, "insider_misuse", fWeak}, {"国家公務員法", kType, "insider_misuse", fWeak},
	{"を漏らした", kType, "insider_misuse", fWeak}, {"を漏らして", kType, "insider_misuse", fWeak}, {"を漏らす", kType, "insider_misuse", fWeak},
	{"を漏えいした", kType, "insider_misuse", fWeak}, {"を漏洩した", kType, "insider_misuse", fWeak},
	{"無断で提供", kType, "insider_misuse", 0}, {"無断で渡", kType, "insider_misuse", 0}, {"コピーさせ", kType, "insider_misuse", fWeak},
	{"を手渡し", kType, "insider_misuse", fWeak}, {"第三者に提供し", kType, "insider_misuse", fWeak},
	{"手渡していた", kType, "insider_misuse", fWeak}, {"に渡していた", kType, "insider_misuse", fWeak}, // a list made and handed out by staff
	{"元従業員", kType, "insider_misuse", 0},
	{"元社員", kType, "insider_misuse", 0},
	{"元職員", kType, "insider_misuse", 0},
	// Data gathered for private ends or kept on a private phone.
	{"不正に収集", kType, "insider_misuse", 0}, {"私的な理由", kType, "insider_misuse", 0}, {"私的に閲覧", kType, "insider_misuse", 0},
	{"私的に使用", kType, "insider_misuse", 0}, {"私用スマートフォン", kType, "insider_misuse", fWeak}, {"私用のスマートフォン", kType, "insider_misuse", fWeak},
	{"私用の携帯", kType, "insider_misuse", fWeak}, {"私用携帯", kType, "insider_misuse", fWeak}, {"私用のパソコン", kType, "insider_misuse", fWeak},
	// processing_error
	{"事務処理ミス", kType, "processing_error", 0},
	{"事務処理誤り", kType, "processing_error", 0},
	{"誤登録", kType, "processing_error", 0},
	{"紐付け誤り", kType, "processing_error", 0},
	{"紐づけ誤り", kType, "processing_error", 0},
	{"紐付けの誤り", kType, "processing_error", 0},
	{"誤紐付", kType, "processing_error", 0},
	{"誤付与", kType, "processing_error", 0},
	{"誤交付", kType, "processing_error", 0},
	{"誤発行", kType, "processing_error", 0},
	{"誤入力", kType, "processing_error", 0},
	{"誤記載", kType, "processing_error", 0},
	{"誤請求", kType, "processing_error", 0},
	{"誤徴収", kType, "processing_error", 0},
	{"二重登録", kType, "processing_error", 0},
	{"誤って登録", kType, "processing_error", 0},
	{"誤って付与", kType, "processing_error", 0},
	{"算定誤り", kType, "processing_error", 0},
	{"計算誤り", kType, "processing_error", 0},
	{"計算を誤", kType, "processing_error", 0},
	{"二重引き落とし", kType, "processing_error", 0},
	{"二重に引き落と", kType, "processing_error", 0},
	{"二重請求", kType, "processing_error", 0},
	{"入力誤り", kType, "processing_error", 0},
	{"入力ミス", kType, "processing_error", 0},
	{"確認不足", kType, "processing_error", fWeak},
	{"手続きを失念", kType, "processing_error", fWeak}, {"手続を失念", kType, "processing_error", fWeak}, {"失念", kType, "processing_error", fWeak},
	{"配送設定", kType, "processing_error", fWeak}, {"転送設定", kType, "processing_error", fWeak},
	{"切り替え作業", kType, "processing_error", fWeak}, {"切替作業", kType, "processing_error", fWeak},
	{"移行作業", kType, "processing_error", fWeak}, {"設定変更の誤り", kType, "processing_error", fWeak},
	// Mails lost in routing: "フォームからのメールが届いていなかった".
	{"届いていなかった", kType, "processing_error", fWeak}, {"届いておりませんでした", kType, "processing_error", fWeak},
	{"受信できていなかった", kType, "processing_error", fWeak}, {"受信できておりませんでした", kType, "processing_error", fWeak},
	// system_failure
	{"システム障害", kType, "system_failure", 0},
	{"通信障害", kType, "system_failure", 0},
	{"障害により", kType, "system_failure", 0},
	{"障害が発生", kType, "system_failure", 0},
	{"不具合", kType, "system_failure", 0},
	{"接続しにくい", kType, "system_failure", 0},
	{"つながりにくい", kType, "system_failure", 0},
	{"繋がりにくい", kType, "system_failure", 0},
	{"不通", kType, "system_failure", 0},
	{"緊急メンテナンス", kType, "system_failure", 0},
	{"受信できない", kType, "system_failure", 0},
	{"不適切なプログラム", kType, "system_failure", 0},
	{"プログラムの誤り", kType, "system_failure", 0},
	{"動作不良", kType, "system_failure", 0},
}

// dataCues: wording of each personal-data kind (SCHEMA.md codes). Longer
// patterns win over the shorter ones they contain.
var dataCues = []cue{
	{"氏名", kData, "name", 0}, {"名前", kData, "name", 0}, {"姓名", kData, "name", 0},
	{"ふりがな", kData, "name", 0}, {"フリガナ", kData, "name", 0}, {"よみがな", kData, "name", 0}, // the reading of a name
	{"住所", kData, "address", 0}, {"所在地", kData, "address", 0}, {"お届け先", kData, "address", 0}, {"送付先", kData, "address", 0},
	{"郵便番号", kData, "postal_code", 0},
	{"電話番号", kData, "phone", 0}, {"携帯番号", kData, "phone", 0}, {"連絡先", kData, "phone", 0},
	{"FAX番号", kData, "fax", 0}, {"ファックス番号", kData, "fax", 0}, {"ファクス番号", kData, "fax", 0},
	{"メールアドレス", kData, "email", 0},
	{"生年月日", kData, "birthdate", 0}, {"誕生日", kData, "birthdate", 0},
	{"性別", kData, "gender", 0},
	{"年齢", kData, "age", 0},
	{"カード名義", kData, "card_holder", 0}, {"名義人", kData, "card_holder", 0},
	{"クレジットカード番号", kData, "card_number", 0}, {"カード番号", kData, "card_number", 0},
	{"有効期限", kData, "card_expiry", 0},
	{"セキュリティコード", kData, "card_cvc", 0}, {"セキュリティーコード", kData, "card_cvc", 0},
	{"口座", kData, "bank_account", 0},
	{"個人番号", kData, "my_number", 0}, {"マイナンバー", kData, "my_number", 0},
	{"マイナンバーカード", kData, "", 0}, {"個人番号カード", kData, "", 0},
	{"基礎年金番号", kData, "pension_number", 0}, {"年金番号", kData, "pension_number", 0},
	{"保険証", kData, "insurance", 0}, {"被保険者証", kData, "insurance", 0}, {"資格情報", kData, "insurance", 0},
	{"資格喪失", kData, "insurance", 0}, {"被保険者番号", kData, "insurance", 0},
	{"ログインID", kData, "login_id", 0}, {"ユーザーID", kData, "login_id", 0}, {"ユーザID", kData, "login_id", 0},
	{"アカウントID", kData, "login_id", 0},
	{"ID・パスワード", kData, "login_id|password", fMulti}, {"IDとパスワード", kData, "login_id|password", fMulti},
	{"ID及びパスワード", kData, "login_id|password", fMulti}, {"IDおよびパスワード", kData, "login_id|password", fMulti},
	{"パスワード", kData, "password", 0},
	{"顧客番号", kData, "customer_id", 0}, {"会員番号", kData, "customer_id", 0}, {"会員コード", kData, "customer_id", 0},
	{"お客様番号", kData, "customer_id", 0}, {"お客さま番号", kData, "customer_id", 0}, {"顧客ID", kData, "customer_id", 0},
	{"会員ID", kData, "customer_id", 0}, {"利用者番号", kData, "customer_id", 0},
	{"購入履歴", kData, "purchase_history", 0}, {"注文履歴", kData, "purchase_history", 0}, {"取引情報", kData, "purchase_history", 0},
	{"取引履歴", kData, "purchase_history", 0}, {"注文情報", kData, "purchase_history", 0}, {"注文番号", kData, "purchase_history", 0},
	{"購入情報", kData, "purchase_history", 0}, {"購入商品", kData, "purchase_history", 0}, {"注文内容", kData, "purchase_history", 0}, {"注文日", kData, "purchase_history", 0},
	{"利用履歴", kData, "purchase_history", 0},
	{"患者情報", kData, "medical", 0}, {"病名", kData, "medical", 0}, {"病歴", kData, "medical", 0}, {"カルテ", kData, "medical", 0}, {"診療", kData, "medical", 0},
	{"検査", kData, "medical", 0}, {"要配慮個人情報", kData, "medical", 0}, {"病状", kData, "medical", 0}, {"症状", kData, "medical", 0}, {"傷病", kData, "medical", 0},
	{"既往", kData, "medical", 0}, {"処方", kData, "medical", 0}, {"疾患", kData, "medical", 0}, {"がんの種類", kData, "medical", 0},
	{"健康診断", kData, "medical", 0}, {"診断", kData, "medical", 0}, {"検体", kData, "medical", 0}, {"服薬", kData, "medical", 0},
	{"成績", kData, "academic", 0}, {"学籍", kData, "academic", 0}, {"通知表", kData, "academic", 0}, {"指導要録", kData, "academic", 0}, {"指導記録", kData, "academic", 0},
	{"学生番号", kData, "academic", 0}, {"教育活動", kData, "academic", 0}, {"出欠", kData, "academic", 0},
	{"職業", kData, "employment", 0}, {"勤務先", kData, "employment", 0}, {"人事", kData, "employment", 0}, {"所属", kData, "employment", 0},
	{"役職", kData, "employment", 0}, {"職歴", kData, "employment", 0}, {"履歴書", kData, "employment", 0}, {"賃金台帳", kData, "employment", 0}, {"労働者名簿", kData, "employment", 0},
	{"会社名", kData, "company_name", 0}, {"法人名", kData, "company_name", 0}, {"企業名", kData, "company_name", 0},
	{"メール本文", kData, "message_content", 0}, {"メールの本文", kData, "message_content", 0}, {"メール情報", kData, "message_content", 0},
	{"メッセージ内容", kData, "message_content", 0}, {"問い合わせ内容", kData, "message_content", 0}, {"相談内容", kData, "message_content", 0},
	// Synonyms seen in real notices.
	{"患者ID", kData, "customer_id", 0}, {"患者番号", kData, "customer_id", 0}, {"顧客管理番号", kData, "customer_id", 0},
	{"診察券番号", kData, "customer_id", 0}, {"カルテ番号", kData, "customer_id", 0},
	{"健康保険情報", kData, "insurance", 0}, {"健康保険証", kData, "insurance", 0}, {"保険者番号", kData, "insurance", 0},
	{"保険情報", kData, "insurance", 0},
	{"取引先名称", kData, "company_name", 0}, {"取引先名", kData, "company_name", 0}, {"所属組織名", kData, "company_name", 0},
	{"団体名", kData, "company_name", 0}, {"組織名", kData, "company_name", 0}, {"事業所名", kData, "company_name", 0},
	{"会社名称", kData, "company_name", 0}, {"法人名称", kData, "company_name", 0},
	{"のアドレス", kData, "email", 0}, {"IPアドレス", kData, "", 0},
	{"クレジットカード情報", kData, "card_number", 0}, {"カード情報", kData, "card_number", 0},
	{"送受信メール", kData, "message_content", 0}, {"送受信したメール", kData, "message_content", 0}, {"送受信されたメール", kData, "message_content", 0},
	{"メール内容", kData, "message_content", 0}, {"メールの情報", kData, "message_content", 0}, {"やり取りしたメール", kData, "message_content", 0},
	{"やりとりしたメール", kData, "message_content", 0}, {"メールの内容", kData, "message_content", 0}, {"メールデータ", kData, "message_content", 0},
	{"社員番号", kData, "employment", 0}, {"職員番号", kData, "employment", 0}, {"従業員番号", kData, "employment", 0},
	{"ユーザー名", kData, "login_id", 0}, {"ユーザ名", kData, "login_id", 0},
	{"取引の明細", kData, "purchase_history", 0}, {"取引明細", kData, "purchase_history", 0}, {"取引内容", kData, "purchase_history", 0},
	{"契約プラン", kData, "purchase_history", 0}, {"契約内容", kData, "purchase_history", 0}, {"契約情報", kData, "purchase_history", 0},
	{"雇用保険の被保険者番号", kData, "employment", 0}, {"雇用保険", kData, "employment", 0},
	{"注文商品", kData, "purchase_history", 0}, {"注文金額", kData, "purchase_history", 0}, {"注文日時", kData, "purchase_history", 0},
	{"商品名", kData, "purchase_history", 0}, {"購入日時", kData, "purchase_history", 0}, {"購入品", kData, "purchase_history", 0},
	{"課金履歴", kData, "purchase_history", 0}, {"決済履歴", kData, "purchase_history", 0}, {"支払履歴", kData, "purchase_history", 0},
	{"購買履歴", kData, "purchase_history", 0}, {"受注情報", kData, "purchase_history", 0},
	{"購入日", kData, "purchase_history", 0}, {"購入金額", kData, "purchase_history", 0}, {"購入店舗", kData, "purchase_history", 0},
	{"金融機関名", kData, "bank_account", 0}, {"口座名義", kData, "bank_account", 0}, {"口座名義人", kData, "bank_account", 0},
	{"記号番号", kData, "insurance", 0}, {"記号・番号", kData, "insurance", 0}, {"被保険者記号", kData, "insurance", 0},
	{"保険証券番号", kData, "other", 0}, {"証券番号", kData, "other", 0},
	{"個人番号カードの画像", kData, "my_number", 0}, {"マイナンバーカードの画像", kData, "my_number", 0},
	{"個人番号カードの写し", kData, "my_number", 0}, {"マイナンバーカードの写し", kData, "my_number", 0},
	{"在籍高校名", kData, "academic", 0}, {"高校名", kData, "academic", 0}, {"学校名", kData, "academic", 0}, {"在籍校", kData, "academic", 0},
	{"学年", kData, "academic", 0}, {"所属学部", kData, "academic", 0}, {"学部", kData, "academic", 0}, {"学科", kData, "academic", 0},
	{"学部名", kData, "academic", 0}, {"出席番号", kData, "academic", 0},
	{"部署名", kData, "employment", 0}, {"所属部署", kData, "employment", 0}, {"所属先", kData, "employment", 0},
	{"事業者名", kData, "company_name", 0}, {"店舗名", kData, "company_name", 0},
	{"送受信記録", kData, "message_content", 0}, {"件名", kData, "message_content", 0}, {"本文", kData, "message_content", 0},
	{"学習評価", kData, "academic", 0}, {"評定", kData, "academic", 0}, {"学習記録", kData, "academic", 0},
	// School records handed to class lists: "学習状況、性格、学力検査の結果、家庭環境".
	{"学習状況", kData, "academic", 0}, {"学力検査", kData, "academic", 0}, {"学力テスト", kData, "academic", 0},
	{"家庭環境", kData, "other", 0}, {"交友関係", kData, "other", 0}, {"居住地域", kData, "other", 0},
	{"家族構成", kData, "other", 0}, {"続柄", kData, "other", 0}, {"居住地区", kData, "other", 0}, {"自由記述", kData, "other", 0},
	{"勤怠", kData, "other", 0}, {"支給額", kData, "other", 0}, {"給付の種類", kData, "other", 0}, {"税額", kData, "other", 0},
	{"所得", kData, "other", 0}, {"年収", kData, "other", 0}, {"給与", kData, "other", 0}, {"利用残高", kData, "other", 0},
	{"要介護度", kData, "medical", 0}, {"介護度", kData, "medical", 0}, {"要介護認定", kData, "medical", 0},
	{"保有ポイント", kData, "points", 0}, {"ポイント残高", kData, "points", 0}, {"ゲーム内通貨", kData, "points", 0},
	{"ポイント", kData, "points", 0},
	{"予約履歴", kData, "purchase_history", 0}, {"予約内容", kData, "purchase_history", 0}, {"宿泊履歴", kData, "purchase_history", 0},
	{"志望先", kData, "academic", 0}, {"志望校", kData, "academic", 0}, {"学級", kData, "academic", 0}, {"進路希望", kData, "academic", 0},
	{"ポイントカード", kData, "", 0}, {"利用者カード", kData, "", 0}, {"利用者カード情報", kData, "", 0}, {"図書館カード", kData, "", 0}, {"ポイントカード情報", kData, "", 0}, {"診察券", kData, "", 0}, {"健診結果", kData, "medical", 0}, {"健診", kData, "medical", 0}, {"妊娠", kData, "medical", 0},
	{"写真", kData, "other", 0},
	// Patient numbers written with an honorific, treatment records, contact
	// persons of business partners, departments.
	{"患者様ID", kData, "customer_id", 0}, {"患者さまID", kData, "customer_id", 0}, {"患者様番号", kData, "customer_id", 0},
	{"患者さま番号", kData, "customer_id", 0}, {"処置内容", kData, "medical", 0}, {"処置日", kData, "medical", 0},
	{"治療", kData, "medical", 0}, {"手術", kData, "medical", 0}, {"投薬", kData, "medical", 0}, {"心身の状況", kData, "medical", 0},
	{"医療情報", kData, "medical", 0}, {"患者様のID", kData, "customer_id", 0}, {"患者さまのID", kData, "customer_id", 0},
	{"患者さんのID", kData, "customer_id", 0}, {"患者のID", kData, "customer_id", 0}, {"患者さんID", kData, "customer_id", 0},
	{"担当者名", kData, "name", 0}, {"取引先の担当者名", kData, "name|company_name", fMulti}, {"取引先担当者名", kData, "name|company_name", fMulti},
	// A person named by role: "児童名、保護者名".
	{"児童名", kData, "name", 0}, {"生徒名", kData, "name", 0}, {"学生名", kData, "name", 0}, {"園児名", kData, "name", 0}, {"保護者名", kData, "name", 0},
	{"患者名", kData, "name", 0}, {"利用者名", kData, "name", 0}, {"会員名", kData, "name", 0}, {"契約者名", kData, "name", 0}, {"顧客名", kData, "name", 0},
	{"お客様名", kData, "name", 0}, {"受講者名", kData, "name", 0}, {"参加者名", kData, "name", 0}, {"入居者名", kData, "name", 0}, {"申込者名", kData, "name", 0},
	{"被保険者名", kData, "name", 0}, {"受験者名", kData, "name", 0}, {"応募者名", kData, "name", 0}, {"職員名", kData, "name", 0}, {"社員名", kData, "name", 0},
	{"従業員名", kData, "name", 0}, {"相談者名", kData, "name", 0}, {"宛名", kData, "name", 0},
	{"取引先の担当者氏名", kData, "name|company_name", fMulti}, {"取引先担当者氏名", kData, "name|company_name", fMulti},
	{"部署", kData, "employment", 0}, {"人事異動", kData, "employment", 0}, {"人事情報", kData, "employment", 0},
	// Data of an organization's own work that fits no code (police and
	// disciplinary cases): "捜査情報を知人に漏らした".
	{"捜査情報", kData, "other", 0}, {"捜査資料", kData, "other", 0}, {"捜査に関する情報", kData, "other", 0}, {"捜査状況", kData, "other", 0},
	{"内部情報", kData, "other", 0}, {"業務上知り得た情報", kData, "other", 0}, {"職務上知り得た情報", kData, "other", 0},
	{"業務で知り得た情報", kData, "other", 0}, {"職務で知り得た情報", kData, "other", 0}, {"業務上知り得た秘密", kData, "other", 0},
	{"職務上知り得た秘密", kData, "other", 0}, {"職務上の秘密", kData, "other", 0}, {"人事データ", kData, "other", 0},
	// Synonyms of common kinds: student and staff numbers, secret numbers, card codes, ids.
	{"学生証", kData, "academic", 0}, {"受験番号", kData, "academic", 0}, {"在籍番号", kData, "academic", 0}, {"入学年度", kData, "academic", 0},
	{"社員ID", kData, "employment", 0}, {"職員ID", kData, "employment", 0}, {"従業員ID", kData, "employment", 0},
	{"暗証番号", kData, "password", 0}, {"CVV", kData, "card_cvc", 0}, {"CVC", kData, "card_cvc", 0}, {"セキュリティ番号", kData, "card_cvc", 0},
	{"お客様ID", kData, "customer_id", 0}, {"お客さまID", kData, "customer_id", 0}, {"顧客コード", kData, "customer_id", 0}, {"メアド", kData, "email", 0},
	{"年代", kData, "age", 0}, {"チャット履歴", kData, "message_content", 0}, {"メッセージ履歴", kData, "message_content", 0},
	{"運転免許証", kData, "other", 0}, {"免許証番号", kData, "other", 0}, {"パスポート番号", kData, "other", 0}, {"旅券番号", kData, "other", 0},
	{"在留カード", kData, "other", 0}, {"位置情報", kData, "other", 0}, {"指紋", kData, "other", 0}, {"顔写真", kData, "other", 0},
	{"課のデータ", kData, "other", 0}, {"犯歴", kData, "other", 0}, {"ナンバー情報", kData, "other", 0}, {"照会結果", kData, "other", 0},
	{"その他", kData, "other", 0},
	// Amounts of transactions and payments, health, school records, family
	// registers, persons named by role (X者名), company names.
	{"取引金額", kData, "purchase_history", 0}, {"額面金額", kData, "purchase_history", 0}, {"納付金額", kData, "purchase_history", 0},
	{"請求金額", kData, "purchase_history", 0}, {"振込金額", kData, "purchase_history", 0}, {"利用金額", kData, "purchase_history", 0},
	{"決済金額", kData, "purchase_history", 0}, {"支払金額", kData, "purchase_history", 0}, {"支払額", kData, "purchase_history", 0},
	{"寄付金額", kData, "other", 0}, {"寄附金額", kData, "other", 0}, {"寄付額", kData, "other", 0}, {"寄附額", kData, "other", 0},
	{"退職金", kData, "other", 0}, {"負担額", kData, "other", 0},
	{"預金残高", kData, "bank_account", 0}, {"預金額", kData, "bank_account", 0}, {"預金の残高", kData, "bank_account", 0},
	{"アレルギー", kData, "medical", 0}, {"体調", kData, "medical", 0}, {"障がいの有無", kData, "medical", 0}, {"障害の有無", kData, "medical", 0}, {"障害者手帳", kData, "medical", 0}, {"障がい者手帳", kData, "medical", 0},
	{"学力", kData, "academic", 0}, {"学歴", kData, "academic", 0}, {"退学", kData, "academic", 0}, {"転校", kData, "academic", 0},
	{"休学", kData, "academic", 0}, {"停学", kData, "academic", 0},
	{"戸籍", kData, "other", 0}, {"除籍", kData, "other", 0}, {"謄本", kData, "other", 0}, {"住民票", kData, "other", 0},
	{"者名", kData, "name", 0}, {"業者名", kData, "company_name", 0}, {"カードの番号", kData, "card_number", 0}, {"カードの名義", kData, "card_holder", 0}, {"電話の番号", kData, "phone", 0}, {"残高", kData, "bank_account", 0}, {"入院", kData, "medical", 0},
	{"受診状況", kData, "medical", 0}, {"受診歴", kData, "medical", 0}, {"受診日", kData, "medical", 0}, {"受診記録", kData, "medical", 0},
	{"水栓番号", kData, "customer_id", 0}, {"使用者番号", kData, "customer_id", 0}, {"契約番号", kData, "customer_id", 0},
	{"社名", kData, "company_name", 0}, {"社の名称", kData, "company_name", 0}, {"事業所の名称", kData, "company_name", 0}, {"法人の名称", kData, "company_name", 0},
	// Words that contain a data word but are not one.
	{"個人情報", kData, "", 0}, {"情報", kData, "", 0},
}

// leakCues: wording that says data left the organization's control or could
// be seen. Flags: fExposure = only could be seen (possible), fDataObj =
// needs a data word right before.
var leakCues = []cue{
	{"漏えい", kLeak, "", 0}, {"漏洩", kLeak, "", 0}, {"漏出", kLeak, "", 0}, {"流出", kLeak, "", 0},
	{"流失", kLeak, "", 0}, {"漏れ", kLeak, "", 0}, {"漏ら", kLeak, "", 0},
	{"外部への送信", kLeak, "", 0}, {"外部に持ち出", kLeak, "", 0}, {"外部へ持ち出", kLeak, "", 0},
	{"持ち出され", kLeak, "", 0}, {"第三者に渡", kLeak, "", 0},
	{"閲覧され", kLeak, "", 0}, {"閲覧した", kLeak, "", fConfirmed}, {"閲覧されていた", kLeak, "", 0},
	{"ダウンロード数", kLeak, "", fConfirmed}, {"アクセスがあった", kLeak, "", fDataObj}, {"判読可能", kLeak, "", fExposure},
	{"不正に持ち出", kLeak, "", fConfirmed}, {"外部に送信", kLeak, "", 0}, {"参照され", kLeak, "", 0},
	{"閲覧できる", kLeak, "", fExposure}, {"閲覧可能", kLeak, "", fExposure}, {"閲覧が可能", kLeak, "", fExposure},
	{"ダウンロードできる", kLeak, "", fExposure}, {"ダウンロード可能", kLeak, "", fExposure},
	// "閲覧及びダウンロードを行っていないことを確認": what the recipients
	// did with what was left open to them (here, nothing).
	{"閲覧及びダウンロードを", kLeak, "", 0}, {"閲覧やダウンロードを", kLeak, "", 0}, {"閲覧・ダウンロードを", kLeak, "", 0},
	{"閲覧を行", kLeak, "", 0}, {"ダウンロードを行", kLeak, "", 0},
	{"閲覧を行った", kLeak, "", fConfirmed}, {"閲覧を行っていた", kLeak, "", fConfirmed},
	{"ダウンロードを行った", kLeak, "", fConfirmed}, {"ダウンロードを行っていた", kLeak, "", fConfirmed},
	{"吸い取られ", kLeak, "", 0}, {"悪用され", kLeak, "", fDataObj}, {"情報が盗まれ", kLeak, "", 0}, {"情報を盗まれ", kLeak, "", 0}, {"データが盗まれ", kLeak, "", 0}, {"データを盗まれ", kLeak, "", 0},
	{"情報が盗み出され", kLeak, "", 0}, {"情報を盗み出", kLeak, "", 0},
	{"参照できる", kLeak, "", fExposure}, {"見られる", kLeak, "", fExposure}, {"確認可能", kLeak, "", fExposure},
	{"別の方の情報", kLeak, "", fExposure}, {"別の方のデータ", kLeak, "", fExposure}, {"他人の情報", kLeak, "", fExposure},
	{"開示し", kLeak, "", 0}, {"開示する", kLeak, "", 0},
	{"公開し", kLeak, "", fDataObj}, {"公開され", kLeak, "", fDataObj},
	{"ダウンロードされ", kLeak, "", fDataObj}, {"窃取", kLeak, "", 0}, {"詐取", kLeak, "", 0},
	{"取得され", kLeak, "", 0}, {"抜き取られ", kLeak, "", 0}, {"搾取", kLeak, "", 0},
	{"盗み取られ", kLeak, "", 0}, {"盗み出され", kLeak, "", 0}, {"持ち去られ", kLeak, "", 0}, {"引き出され", kLeak, "", fDataObj},
	{"他の申請者", kLeak, "", fExposure}, {"他の利用者", kLeak, "", fExposure}, {"他のお客様の", kLeak, "", fExposure},
	{"他の会員", kLeak, "", fExposure}, {"他の方の", kLeak, "", fExposure},
	{"別の利用者の", kLeak, "", fExposure}, {"別の会員の", kLeak, "", fExposure}, {"別のお客様の", kLeak, "", fExposure}, {"別の申請者の", kLeak, "", fExposure},
	{"表示される事象", kLeak, "", fExposure | fDataObj}, {"表示された可能性", kLeak, "", fExposure | fDataObj},
	{"表示していた", kLeak, "", fConfirmed}, {"表示した状態", kLeak, "", fExposure | fDataObj}, {"表示された状態", kLeak, "", fExposure | fDataObj},
	{"表示される状態", kLeak, "", fExposure | fDataObj}, {"読み取れる状態", kLeak, "", fExposure}, {"判読できる状態", kLeak, "", fExposure},
	{"SNSに掲載", kLeak, "", fConfirmed | fDataObj}, {"SNSアカウントに掲載", kLeak, "", fConfirmed | fDataObj}, {"SNSに投稿", kLeak, "", fConfirmed | fDataObj},
	{"SNS上に掲載", kLeak, "", fConfirmed | fDataObj},
	{"聞こえる状態", kLeak, "", fConfirmed}, {"放送され", kLeak, "", fConfirmed}, {"放映され", kLeak, "", fConfirmed}, {"からのアクセスがあ", kLeak, "", fConfirmed}, {"アクセスされていた", kLeak, "", fConfirmed},
}

// ctxCues: besides leak words, words that make a sentence list the data
// involved.
var ctxCues = []cue{
	{"含まれ", kCtx, "", 0}, {"対象", kCtx, "", 0}, {"項目", kCtx, "", 0}, {"内容は", kCtx, "", 0},
	{"誤登録", kCtx, "", 0}, {"誤付与", kCtx, "", 0}, {"誤紐付", kCtx, "", 0}, {"紐付け誤り", kCtx, "", 0},
	{"紐付け間違い", kCtx, "", 0}, {"暗号化", kCtx, "", 0}, {"影響", kCtx, "", 0}, {"閲覧", kCtx, "", 0},
	{"が記載され", kCtx, "", 0}, {"記載されてい", kCtx, "", 0}, {"保存され", kCtx, "", 0}, {"記録され", kCtx, "", 0},
	{"記入", kCtx, "", 0}, {"映り込", kCtx, "", 0}, {"判読", kCtx, "", 0}, {"含む", kCtx, "", 0}, {"誤送信", kCtx, "", 0}, {"誤送付", kCtx, "", 0}, {"誤配信", kCtx, "", 0}, {"紛失", kCtx, "", 0},
	{"宛先欄", kCtx, "", 0}, {"CC欄", kCtx, "", 0}, {"TO欄", kCtx, "", 0}, {"読み取れ", kCtx, "", 0}, {"読み上げ", kCtx, "", 0},
	{"保持されていた", kCtx, "", 0}, {"保管されていた", kCtx, "", 0}, {"情報は、", kCtx, "", 0},
	{"のアドレスに送信され", kCtx, "", 0}, {"宛てに送信され", kCtx, "", 0}, {"宛に送信され", kCtx, "", 0},
	// What a document shows: "世帯主の氏名や電話番号が載っている配置図".
	{"が載って", kCtx, "", 0}, {"が載った", kCtx, "", 0}, {"が記された", kCtx, "", 0}, {"が記されて", kCtx, "", 0},
	// The addresses put where every recipient sees them: "…のメールアドレスを宛先に入力して送信".
	{"に送られ", kCtx, "", 0}, {"へ送られ", kCtx, "", 0}, {"記述され", kCtx, "", 0}, {"が入ってい", kCtx, "", 0}, {"が入った", kCtx, "", 0},
	{"宛先に", kCtx, "", 0}, {"宛先へ", kCtx, "", 0}, {"宛先として", kCtx, "", 0}, {"CCに", kCtx, "", 0}, {"TOに", kCtx, "", 0},
	{"Toに", kCtx, "", 0}, {"Ccに", kCtx, "", 0}, {"CCで", kCtx, "", 0}, {"TOで", kCtx, "", 0},
}

// authCues: authorities (SCHEMA.md). A mention counts when a reporting verb
// follows in the same sentence (see notified).
var authCues = []cue{
	{"個人情報保護委員会", kAuth, "ppc", 0},
	{"警察", kAuth, "police", 0}, {"県警", kAuth, "police", 0}, {"府警", kAuth, "police", 0}, {"道警", kAuth, "police", 0},
	{"警視庁", kAuth, "police", 0}, {"捜査機関", kAuth, "police", 0}, {"被害届", kAuth, "police", 0},
	{"被害申告", kAuth, "police", 0}, {"サイバー犯罪相談窓口", kAuth, "police", 0},
	{"110番", kAuth, "police", 0}, {"交番", kAuth, "police", 0}, // "110番通報した", "最寄りの交番に届け出た"
	{"署に", kAuth, "police", 0}, {"署へ", kAuth, "police", 0}, // a police station by its short name: "中央署に報告" (see notified)
	{"厚生労働省", kAuth, "ministry", 0}, {"文部科学省", kAuth, "ministry", 0}, {"総務省", kAuth, "ministry", 0},
	{"金融庁", kAuth, "ministry", 0}, {"経済産業省", kAuth, "ministry", 0}, {"国土交通省", kAuth, "ministry", 0},
	{"財務局", kAuth, "ministry", 0}, {"監督官庁", kAuth, "ministry", 0}, {"所管省庁", kAuth, "ministry", 0},
	{"関係省庁", kAuth, "ministry", 0}, {"関係当局", kAuth, "ministry", 0}, {"関係する当局", kAuth, "ministry", 0},
	{"行政機関", kAuth, "ministry", 0}, // "個人情報の漏洩について行政機関への報告を行いました"
	{"監督当局", kAuth, "ministry", 0}, {"所管官庁", kAuth, "ministry", 0}, {"主務大臣", kAuth, "ministry", 0},
	{"厚生局", kAuth, "ministry", 0}, {"総合通信局", kAuth, "ministry", 0}, {"教育委員会", kAuth, "ministry", 0},
	{"農林水産省", kAuth, "ministry", 0}, {"環境省", kAuth, "ministry", 0}, {"法務省", kAuth, "ministry", 0},
	{"財務省", kAuth, "ministry", 0}, {"外務省", kAuth, "ministry", 0}, {"防衛省", kAuth, "ministry", 0},
	{"内閣府", kAuth, "ministry", 0}, {"消費者庁", kAuth, "ministry", 0}, {"こども家庭庁", kAuth, "ministry", 0},
	{"デジタル庁", kAuth, "ministry", 0}, {"文化庁", kAuth, "ministry", 0}, {"経済産業局", kAuth, "ministry", 0},
	{"運輸局", kAuth, "ministry", 0}, {"教育庁", kAuth, "ministry", 0},
	{"保健所", kAuth, "ministry", 0}, // a hospital's supervising health office: "市の保健所に届け出た"
}

// reportVerbs: what an organization does with an authority.
var reportVerbs = []string{"報告", "届", "相談", "連絡", "通報", "申告", "依頼", "協力", "連携", "提出", "受理", "通知", "速報", "確報"}

// discCues: the organization learned of the incident.
var discCues = []cue{
	{"判明", kDisc, "", 0}, {"発覚", kDisc, "", 0}, {"検知", kDisc, "", 0}, {"検出", kDisc, "", 0},
	{"確認し", kDisc, "", 0}, {"確認いたし", kDisc, "", 0}, {"確認致し", kDisc, "", 0}, {"確認され", kDisc, "", 0},
	{"確認でき", kDisc, "", 0}, {"確認した", kDisc, "", 0}, {"を確認", kDisc, "", 0},
	{"気づ", kDisc, "", 0}, {"気付", kDisc, "", 0}, {"発見", kDisc, "", 0}, {"見つけた", kDisc, "", 0}, {"見つけ、", kDisc, "", 0},
	{"見つけました", kDisc, "", 0},
	{"連絡を受け", kDisc, "", 0}, {"連絡があり", kDisc, "", 0}, {"連絡あり", kDisc, "", 0},
	{"指摘を受け", kDisc, "", 0}, {"指摘があり", kDisc, "", 0}, {"通報があり", kDisc, "", 0}, {"通報を受け", kDisc, "", 0},
	{"報告を受け", kDisc, "", 0}, {"報告があり", kDisc, "", 0}, {"報告あり", kDisc, "", 0}, {"受電", kDisc, "", 0},
	{"申告を受け", kDisc, "", 0}, {"申し出があり", kDisc, "", 0}, {"問い合わせがあり", kDisc, "", 0},
	{"指摘をいただ", kDisc, "", 0}, {"ご指摘を受け", kDisc, "", 0}, {"連絡をいただ", kDisc, "", 0}, {"電話をいただ", kDisc, "", 0},
	{"お問い合わせをいただ", kDisc, "", 0}, {"申し出を受け", kDisc, "", 0}, {"通報をいただ", kDisc, "", 0}, {"報告をいただ", kDisc, "", 0},
	{"通知を受け", kDisc, "", 0}, {"通知があり", kDisc, "", 0}, {"知らせを受け", kDisc, "", 0}, {"相談があり", kDisc, "", 0},
	{"わかった", kDisc, "", 0}, {"分かった", kDisc, "", 0}, {"判った", kDisc, "", 0}, {"判りました", kDisc, "", 0},
	{"わかりました", kDisc, "", 0}, {"分かりました", kDisc, "", 0},
	{"見つかった", kDisc, "", 0}, {"見つかりました", kDisc, "", 0}, {"を見つけ", kDisc, "", 0}, {"把握し", kDisc, "", 0},
	{"を把握。", kDisc, "", 0}, {"事案を把握", kDisc, "", 0}, // "…からの情報提供により、事案を把握。"
	{"を認識し", kDisc, "", 0}, {"を認識いたし", kDisc, "", 0}, {"覚知", kDisc, "", 0}, // "…被害に遭ったことを認識しました"
	{"情報提供があり", kDisc, "", 0}, {"情報提供を受け", kDisc, "", 0}, {"情報提供をいただ", kDisc, "", 0},
	// News tells a tip in the past form: "委託先から12日に報告があった".
	{"連絡があった", kDisc, "", 0}, {"報告があった", kDisc, "", 0}, {"通報があった", kDisc, "", 0}, {"指摘があった", kDisc, "", 0},
	{"申し出があった", kDisc, "", 0}, {"問い合わせがあった", kDisc, "", 0}, {"情報提供があった", kDisc, "", 0},
	// A lost item found missing: "翌日使おうとしたところ、保管棚に見当たらず".
	{"見当たらず", kDisc, "", 0}, {"見当たらない", kDisc, "", 0}, {"見当たりませんでした", kDisc, "", 0},
}

// discNegations: a discovery verb followed by these is a denial, not a
// discovery (…確認されておりません).
var discNegations = []string{"ていない", "ておりません", "ていません", "ない", "ません", "中", "可能", "の上", "後"}

// occurrenceVerbs: right after a date, these make it the date something
// happened or was done, not when it was found (2023年2月27日に生じた…).
var occurrenceVerbs = []string{"生じ", "発生", "受け", "行われ", "開始", "実施", "送信", "公開", "公表", "掲載", "停止", "開催", "付", "頃より", "以降", "から", "まで", "時点", "現在"}

// Leak sentence markers.
var (
	possibleMarks = []string{"可能性", "おそれ", "恐れ", "虞", "懸念", "否定でき", "疑い", "否定することは", "払拭でき", "払拭することは",
		"とみられ", "と見られ", "と思われ", "とみて", "可能性が高", "かどうか", "か否か"}
	// Negations that only say nothing was found yet.
	weakNoneMarks = []string{"確認されていない", "確認されておりません", "確認されていません", "確認しておりません", "確認していません",
		"確認できていない", "確認できておりません", "確認できていません", "発見されていない", "発見されておりません", "発見されていません",
		"痕跡はない", "痕跡は", "形跡はない", "形跡は", "認められない", "認められません", "認められておりません", "可能性は低", "確認されず",
		"確認されなかった", "確認できなかった", "確認はされていない",
		"確認されませんでした", "確認されません", "確認できませんでした", "確認できません", "見つかっておりません", "見つかっていません",
		"見つかっていない", "見つかりませんでした", "見当たりません", "認められませんでした", "確認されておらず", "確認できておらず",
		"可能性は極めて低", "可能性は非常に低", "可能性は低い", "見当たらず", "認められず"}
	// Negations that deny the leak outright.
	strongNoneMarks = []string{"ありません", "ございません", "ありませんでした", "はない", "生じていません", "生じておりません",
		"発生していない", "発生しておりません", "発生していません", "していない", "しておりません", "していません", "なかった", "いない", "おらず",
		// The same written with the kanji 無: "流出は無かったことを確認".
		"無かった", "は無い", "は無く"}
	// A negation about these is about misuse or later harm, not the leak.
	secondaryMarks = []string{"二次被害", "不正利用", "悪用", "不正使用", "不正に使用", "不正に利用", "これ以上", "さらなる", "更なる", "被害の報告", "被害は確認",
		"による被害", "被害発生", "被害の発生", "被害報告", "による支障", "支障は", "影響を与え", "による影響", "に伴う被害", "に伴う二次"}
	// Data words that make a denial partial (only that kind of data).
	partialMarks = []string{"クレジットカード", "カード情報", "要配慮", "その他", "パスワード", "顧客情報を含む", "以外", "住民情報", "マイナンバー"}
	// Marks after a leak word that make it a statement of fact.
	confirmSuffixes = []string{"し", "いた", "され", "た", "て", "する事案", "する事態", "が発生", "が判明", "が確認", "した", "。", "を確認", "があった", "事案が発生",
		"があること", "がある", "が発覚", "が明らか", "の事実が", "ということ", "とのこと", "の事実を確認", "の事実を把握",
		"被害が発生", "事案の発生", "事故が発生", "事故の発生", "を把握", "の事実を認め"}
)

// Organization name shapes.
var (
	// legalForms are written before or after a name.
	legalForms = []string{"株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "独立行政法人", "国立研究開発法人",
		"国立大学法人", "公立大学法人", "学校法人", "医療法人社団", "医療法人財団", "医療法人", "社会福祉法人",
		"一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "特定非営利活動法人", "NPO法人",
		"地方独立行政法人", "(株)", "(有)", "㈱", "㈲"}
	// orgSuffixes end the names of organizations.
	orgSuffixes = []string{"株式会社", "有限会社", "合同会社", "銀行", "信託", "証券", "保険", "信用金庫", "信用組合", "金庫",
		"都", "道", "府", "県", "市", "区", "町", "村", "省", "庁", "局", "課", "室", "部", "署", "県警", "警察", "委員会",
		"広域連合", "企業団", "教委", "組合", "機構", "協会", "連合会", "財団", "法人", "大学", "学園", "学院", "高校", "高等学校", "中学校", "小学校", "学校",
		"病院", "クリニック", "医院", "診療所", "センター", "研究所", "事務所", "新聞社", "社", "グループ", "ホールディングス",
		"工業", "製作所", "会", "JAPAN", "Japan", "ジャパン", "店", "館", "園", "役所", "役場"}
	// selfRefs are the words an issuer uses for itself, with the name
	// endings they stand for.
	selfRefs = []struct {
		word     string
		suffixes []string
	}{
		{"弊社", nil}, {"当社", nil}, {"弊行", []string{"銀行"}}, {"当行", []string{"銀行"}}, {"本行", []string{"銀行"}},
		{"当機構", []string{"機構"}}, {"本機構", []string{"機構"}}, {"本学", []string{"大学", "学園", "学院"}},
		{"当学", []string{"大学"}}, {"当院", []string{"病院", "医院", "クリニック", "センター"}}, {"本院", []string{"病院", "医院", "センター"}},
		{"当法人", []string{"法人", "会"}}, {"当協会", []string{"協会"}}, {"本協会", []string{"協会"}}, {"当組合", []string{"組合"}},
		{"本組合", []string{"組合"}}, {"本市", []string{"市"}}, {"当市", []string{"市"}}, {"本町", []string{"町"}}, {"当町", []string{"町"}},
		{"本村", []string{"村"}}, {"当村", []string{"村"}}, {"本県", []string{"県"}}, {"当県", []string{"県"}}, {"本区", []string{"区"}},
		{"当区", []string{"区"}}, {"当局", []string{"局"}}, {"本局", []string{"局"}}, {"当財団", []string{"財団"}},
		{"当センター", []string{"センター"}}, {"本センター", []string{"センター"}}, {"当会", []string{"会"}}, {"本会", []string{"会"}},
		{"当校", []string{"学校", "高校", "学園"}}, {"本校", []string{"学校", "高校", "学園"}}, {"当庁", []string{"庁"}}, {"当省", []string{"省"}},
		{"弊事務所", []string{"事務所"}}, {"当事務所", []string{"事務所"}}, {"当研究所", []string{"研究所"}}, {"本研究所", []string{"研究所"}},
	}
	// genericOrgNouns stand for an organization or a thing without naming
	// it: "飲食店を経営する会社は", "社員の名前を騙った".
	genericOrgNouns = []string{"会社", "企業", "法人", "団体", "業者", "事業者", "病院", "医院", "学校", "大学", "店舗", "名前", "名称", "名義",
		"氏名", "社名", "男性", "女性", "社員", "職員", "従業員", "関係者", "同社", "同店", "同院", "同市", "同県", "同大", "本社", "子会社",
		"親会社", "グループ会社", "取引先", "委託先", "運営会社", "運営元", "県警", "警察", "市", "町", "村", "県",
		// People, who can be a sentence's subject too: "警察官は昨年、…".
		"警察官", "巡査", "巡査長", "巡査部長", "警部", "警部補", "教員", "教諭", "講師", "看護師", "医師", "主事", "主査", "係長",
		"課長", "部長", "担当者", "学生", "生徒", "児童", "患者", "利用者", "顧客", "会員", "容疑者", "被告"}
	// selfRefWords are self references that make a candidate no name
	// wherever they occur in it.
	selfRefWords = []string{"弊社", "当社", "弊行", "当行", "当協会", "本協会", "当法人", "当機構", "本機構", "当院", "弊院", "当組合", "弊組合", "当財団", "弊会", "弊事務所", "当事務所"}
	// announceVerbs: a news sentence reports what its subject announced.
	announceVerbs = []string{"発表", "公表", "明らかにし", "明らかにな", "明かし", "公開し"}
	// mediaEndings end the names of news sources in a headline tag.
	mediaEndings = []string{"新聞", "新聞社", "通信", "通信社", "ニュース", "NEWS", "News", "テレビ", "放送", "オンライン", "電子版", "Online", "ONLINE"}
	// headTitles: a signature "みさき中央病院長 山田太郎" names the head
	// of the organization; keep is what of the title belongs to the name.
	headTitles = []struct{ title, keep string }{
		{"病院長", "病院"}, {"医院長", "医院"}, {"センター長", "センター"}, {"学長", ""}, {"市長", "市"}, {"町長", "町"}, {"村長", "村"},
		{"区長", "区"}, {"知事", ""}, {"校長", ""}, {"理事長", ""}, {"会長", ""},
	}
	// serviceEndings end names of services and sites, not organizations.
	serviceEndings = []string{"サイト", "ショップ", "システム", "サービス", "アプリ", "アカウント", "ページ", "メール", "ストア"}
)

// prefectures maps the romanized prefecture of a pref.*.lg.jp / pref.*.jp
// host to its name.
var prefectures = map[string]string{
	"hokkaido": "北海道", "aomori": "青森県", "iwate": "岩手県", "miyagi": "宮城県", "akita": "秋田県", "yamagata": "山形県",
	"fukushima": "福島県", "ibaraki": "茨城県", "tochigi": "栃木県", "gunma": "群馬県", "saitama": "埼玉県", "chiba": "千葉県",
	"tokyo": "東京都", "kanagawa": "神奈川県", "niigata": "新潟県", "toyama": "富山県", "ishikawa": "石川県", "fukui": "福井県",
	"yamanashi": "山梨県", "nagano": "長野県", "gifu": "岐阜県", "shizuoka": "静岡県", "aichi": "愛知県", "mie": "三重県",
	"shiga": "滋賀県", "kyoto": "京都府", "osaka": "大阪府", "hyogo": "兵庫県", "nara": "奈良県", "wakayama": "和歌山県",
	"tottori": "鳥取県", "shimane": "島根県", "okayama": "岡山県", "hiroshima": "広島県", "yamaguchi": "山口県",
	"tokushima": "徳島県", "kagawa": "香川県", "ehime": "愛媛県", "kochi": "高知県", "fukuoka": "福岡県", "saga": "佐賀県",
	"nagasaki": "長崎県", "kumamoto": "熊本県", "oita": "大分県", "miyazaki": "宮崎県", "kagoshima": "鹿児島県", "okinawa": "沖縄県",
}

// sectorRules: the first rule whose words end (or, with contains, occur in)
// the organization name gives its sector.
var sectorRules = []struct {
	sector   string
	contains []string
	suffixes []string
}{
	{"medical", []string{"病院", "医療法人", "クリニック", "医院", "診療所", "医療センター", "薬局"}, nil},
	{"education", []string{"大学", "学校法人", "学校", "学園", "高校", "教育委員会", "学院"}, nil},
	{"government", []string{"独立行政法人", "国立研究開発法人", "広域連合", "県警", "警察", "警視庁", "地方整備局", "労働局"},
		[]string{"都", "道", "府", "県", "市", "区", "町", "村", "省", "庁", "局", "課", "署", "機構", "組合", "委員会", "事務所"}},
	{"finance", []string{"銀行", "信託", "証券", "保険", "カード", "信用金庫", "信用組合", "ファイナンス", "ジャックス", "クレジット"}, nil},
	{"retail", []string{"通販", "ショップ", "ストア", "百貨店", "スーパー", "マート", "ドラッグ"}, nil},
	{"manufacturing", []string{"工業", "製作所", "製薬", "化学", "電機", "重工", "製造", "ファーマ", "食品", "製菓", "アルプス", "工機", "精機", "自動車", "鉄鋼", "コンクリート"}, nil},
	{"ict", []string{"通信", "ドコモ", "ソフト", "システム", "データ", "ネット", "テレコム", "富士通", "NTT", "KDDI", "情報", "IT", "テクノロジー"}, nil},
}

// sectorTextRules: words in the report that mark a company as a retailer.
var retailText = []string{"通販サイト", "オンラインショップ", "ECサイト", "通信販売", "ネットショップ", "公式通販", "オンラインストア"}

// cues is the matcher over every cue table; cueList[i] is pattern i.
var (
	cueList []cue
	cues    *automaton // built by prepareMatchers
)

// markGroups are word lists whose presence anywhere in a report matters.
var markGroups = map[string]*[]string{"event": &eventMarks, "apology": &apologyMarks, "retail": &retailText, "wrong": &wrongIssue,
	"card": &cardLeakMarks, "disclosure": &disclosureMarks, "personal": &personalMarks}

var (
	cardLeakMarks   = []string{"クレジットカード情報", "カード情報が漏", "カード情報の漏"}
	disclosureMarks = []string{"判明", "発覚"}
	personalMarks   = []string{"個人情報"}
)

func init() {
	for _, t := range [][]cue{typeCues, dataCues, leakCues, ctxCues, authCues, discCues} {
		cueList = append(cueList, t...)
	}
	for _, r := range vendorRoles {
		cueList = append(cueList, cue{r, kVendor, "role", 0})
	}
	for _, p := range []string{"社(", "社が提供", "社の提供", "社の"} {
		cueList = append(cueList, cue{p, kVendor, "sha", 0})
	}
	cueList = append(cueList, cue{"受託", kVendor, "run", 0})
	for _, u := range []string{"人", "名", "件", "世帯", "アカウント", "ユーザ", "ID", "口座", "社", "レコード", "事業者", "事業所", "法人", "団体"} {
		cueList = append(cueList, cue{u, kUnit, "", 0})
	}
	for _, g := range []string{"event", "apology", "retail", "wrong", "card", "disclosure", "personal"} {
		for _, w := range *markGroups[g] {
			cueList = append(cueList, cue{w, kMark, g, 0})
		}
	}
	for _, c := range cueList {
		maxCue = max(maxCue, len(c.pat))
	}
}

// buildCues compiles the cue automaton (see prepareMatchers).
func buildCues() {
	pats := make([]string, len(cueList))
	for i, c := range cueList {
		pats[i] = c.pat
	}
	cues = newAutomaton(pats)
	cues.tags = make([]cueKind, len(cueList))
	for i, c := range cueList {
		cues.tags[i] = c.kind // hits carry their cue's kind: loops filter without a look at cueList
	}
}

// maxCue is the byte length of the longest cue.
var maxCue int
