package extract_test

import (
	"slices"
	"testing"

	"github.com/jikenbo/jikenbo/internal/extract"
	"github.com/jikenbo/jikenbo/internal/model"
)

// extractText extracts the facts of a text taken as one report.
func extractText(text string) model.Facts {
	segs := []model.Segment{{Span: model.Span{Start: 0, End: len(text)}}}
	return extract.Extract(text, segs)[0]
}

// contentCase is a fictional notice phrasing one pattern of the content
// fields (data types, leak, types, notified, counts). Only the fields set
// are checked; lists must match as sets.
type contentCase struct {
	name     string
	text     string
	data     []string // exact set of data types
	noData   []string // data types that must not be reported
	leak     model.Leak
	types    []string // exact set of types
	noTypes  []string // types that must not be reported
	notified []string // exact set (nil: unchecked; empty non-nil: none)
	affected int64    // -1: must be unset
	card     int64    // -1: must be unset
}

func checkContent(t *testing.T, c contentCase) {
	t.Helper()
	f := extractText(c.text)
	if c.data != nil && !sameSet(f.DataTypes, c.data) {
		t.Errorf("data_types = %v, want %v", f.DataTypes, c.data)
	}
	for _, d := range c.noData {
		if slices.Contains(f.DataTypes, d) {
			t.Errorf("data_types = %v, must not hold %s", f.DataTypes, d)
		}
	}
	if c.leak != "" && f.Leak != c.leak {
		t.Errorf("leak = %q, want %q", f.Leak, c.leak)
	}
	if c.types != nil && !sameSet(f.Types, c.types) {
		t.Errorf("types = %v, want %v", f.Types, c.types)
	}
	for _, d := range c.noTypes {
		if slices.Contains(f.Types, d) {
			t.Errorf("types = %v, must not hold %s", f.Types, d)
		}
	}
	if c.notified != nil && !sameSet(f.Notified, c.notified) {
		t.Errorf("notified = %v, want %v", f.Notified, c.notified)
	}
	checkCount(t, "affected", f.Affected, c.affected)
	checkCount(t, "card_affected", f.CardAffected, c.card)
}

func checkCount(t *testing.T, field string, got *int64, want int64) {
	t.Helper()
	switch {
	case want == 0:
	case want < 0 && got != nil:
		t.Errorf("%s = %d, want none", field, *got)
	case want > 0 && (got == nil || *got != want):
		t.Errorf("%s = %v, want %d", field, ptrStr(got), want)
	}
}

func ptrStr(p *int64) any {
	if p == nil {
		return "none"
	}
	return *p
}

func sameSet(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(slices.Compact(x), slices.Compact(y))
}

func runContent(t *testing.T, cases []contentCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkContent(t, c) })
	}
}

// Data types: bullet lists under a heading, synonyms, and words about the
// fake mail or the notice itself that are no leaked data.
func TestContentDataTypes(t *testing.T) {
	runContent(t, []contentCase{
		{name: "bullets under bracket heading", text: `不正アクセスによる個人情報漏えいのおそれについて

株式会社みずなら工房のサーバーが第三者による不正アクセスを受けました。

【漏えいの恐れのある個人情報】
・氏名
・ユーザーID
・社員番号
・メールアドレス

ご迷惑をおかけし深くお詫び申し上げます。`, data: []string{"name", "login_id", "employment", "email"}},
		{name: "bullets run on one line", text: `個人情報流出の可能性に関するお知らせ

はるかぜ商事株式会社が利用するクラウドサービスに不正アクセスがありました。
流出した可能性のある情報は以下のとおりです。
・名前・郵便番号・住所・電話番号・生年月日

お客様には深くお詫び申し上げます。`, data: []string{"name", "postal_code", "address", "phone", "birthdate"}},
		{name: "numbered items on one line", data: []string{"insurance", "name", "bank_account", "other"},
			text: `USBメモリの紛失について

こざくら市の保険年金課でUSBメモリの紛失が判明しました。

2.紛失したUSBメモリに記録された個人情報
加入者312名分
(1)被保険者番号 (2)氏名 (3)口座情報 (4)高額療養費支給額`},
		{name: "quoted items in a sentence", data: []string{"name", "email", "phone", "bank_account", "academic"},
			text: "採用情報の閲覧可能状態について\n\nすずらん商事株式会社の採用に関するファイルが外部から閲覧できる状態にあったことが判明しました。応募者の「氏名」「学校名」「メールアドレス」「電話番号」「口座番号」などが閲覧できる状態でした。"},
		{name: "bullets under numbered heading without 以下", text: `ランサムウェア被害に関するご報告

さくらだ総合病院の電子カルテシステムがランサムウェアに感染しました。

3.漏えいした可能性のある情報
・患者ID
・健康保険情報
・病名

関係者の皆様に深くお詫び申し上げます。`, data: []string{"customer_id", "insurance", "medical"}},
		{name: "fake sender name and address are no data", text: `弊社社員を装った不審メールについて

弊社社員の名前を騙ったメールが複数の取引先に届いていることが判明しました。
差出人の名前やメールアドレスは弊社社員のものですが、パスワード付きZIPファイルが添付されています。
当該メールは開封せず削除してください。なお、現時点で個人情報の漏えいは確認されておりません。`, noData: []string{"name", "email", "password"}},
		{name: "disguise of the fake mail is no data", data: []string{"name", "email", "message_content"},
			text: `当社を装った不審メールについて

株式会社まつかぜ技研の従業員のパソコンがウイルスに感染し、メールの送受信記録に含まれる取引先担当者の氏名、メールアドレス、メール本文が窃取された可能性があることが判明しました。
不審メールは送信者の名前に当社社員の氏名が表示され、当社のメールアドレスに似たアドレスから送信されています。`},
		{name: "wrapped list line joined with a denial", data: []string{"name", "birthdate", "address", "insurance", "medical"},
			text: `ランサムウェア被害について(第2報)

医療法人かすみ会 かすみ台病院のサーバーがランサムウェアにより暗号化されました。

2 漏えいした可能性のある情報
令和2年4月から令和6年3月までに当院を受診された患者様 約2万1千人分
氏名、生年月日、住所、保険者番号等の保険証情報、病名および検査結果
現時点で外部への公開や悪用は確認されておりませんが、情報が窃取された可能性を否定できません。`},
		{name: "records system is no data", data: []string{},
			text: "システム障害に関するお知らせ\n\nわかば中央病院の電子カルテシステムを含む院内システムが、ランサムウェアによる攻撃を受け、サーバー内のファイルが暗号化されたことが判明しました。個人情報の流出の有無については調査中です。"},
		{name: "school, department and message synonyms", data: []string{"name", "academic", "employment", "company_name", "message_content", "email"},
			text: "個人情報の閲覧可能状態について\n\nこもれび大学の共有フォルダが学外から閲覧できる状態になっていたことが判明しました。\n閲覧可能となっていた情報は以下のとおりです。\n氏名、在籍高校名、学年、部署名、事業者名、メールアドレス、件名、本文"},
		{name: "faculty inside a hospital name is no data", noData: []string{"academic"},
			text: "検査結果の誤送付について\n\nあさつゆ大学医学部附属病院の患者1名の氏名と検査結果を記載した書類を、別の患者に誤って送付しました。"},
		{name: "family, benefit and evaluation items", data: []string{"name", "address", "other", "academic"},
			text: "個人情報の不適切な取扱いについて\n\nほしかげ町の職員が、住民の氏名、住所、家族構成、支給額を記載した一覧表を紛失しました。また、児童の学習評価を記載した書類も含まれていました。"},
		{name: "section heading ending in について", data: []string{"name", "phone", "customer_id"},
			text: "不正アクセスによる個人情報漏えいのおそれについて\n\nみずかき物産株式会社の顧客管理サーバーに不正アクセスがありました。\n\n3.漏えいした可能性のある個人情報について\n・お客様の氏名\n・電話番号\n・会員番号\n\n4.今後の対応\n対象のお客様には個別にご連絡いたします。"},
		{name: "notice channel is no data", text: `会員情報の流出の可能性について

ことぶき電機株式会社の会員サイトに不正アクセスがあり、会員の氏名と住所が流出した可能性があります。
対象のお客様にはメールでご連絡し、メールアドレスのご登録のないお客様には郵送でご連絡いたします。`, data: []string{"name", "address"}},
		{name: "staff words are no employment data", text: `個人情報の漏えいについて

みどり台市において、職員が住民の氏名と電話番号を記載した名簿を紛失しました。担当者が所属の課長に報告し、判明しました。`, data: []string{"name", "phone"}},
		{name: "personnel office is no employment data", data: []string{"name", "address"},
			text: "個人情報を含む書類の紛失について\n\nしらさぎ町の人事課の職員が、住民の氏名と住所が記載された書類を紛失したことが判明しました。紛失した書類には所属する職員の情報は含まれておりません。"},
		{name: "data kept by a former contractor", data: []string{"name", "age", "message_content"},
			text: "委託先による個人情報の未返却について\n\nなでしこ市が委託していた事業者が、契約終了後も相談者の個人情報を保持していたことが判明しました。保持されていた情報は、相談者約300人分の氏名、年齢、相談内容の記録です。"},
		{name: "synonyms of purchase, bank, insurance and care data", data: []string{"name", "purchase_history", "bank_account", "insurance", "medical", "other"},
			text: "書類の紛失について\n\nあけぼの介護サービス株式会社において、利用者の個人情報を記載した書類を紛失しました。\n紛失した書類に記載されていた情報は以下のとおりです。\n氏名、購入日、金融機関名、保険証の記号・番号、要介護度、保険証券番号"},
		{name: "synonyms of ids and company names", text: `不正アクセスによる情報流出について

株式会社あさぎ物流のサーバーに不正アクセスがあり、以下の情報が流出した可能性があります。
顧客管理番号、取引先名称、担当者氏名、所属組織名`, data: []string{"customer_id", "company_name", "name"}},
		{name: "addresses of other people", text: `メール誤送信に関するお詫び

ふたば教育センターは、講座の案内メールをBCCで送信すべきところ宛先(TO)に入力して送信したため、受信者に他の人のアドレスが表示されていたことが判明しました。`, data: []string{"email"}},
		{name: "card information alone", text: `クレジットカード情報流出に関するお詫び

株式会社つばさ堂のオンラインショップに不正アクセスがあり、お客様のクレジットカード情報が流出した可能性があることが判明しました。`, data: []string{"card_number"}},
		{name: "past mails sent and received", text: `メールアカウントへの不正アクセスについて

ひかり台大学の職員のメールアカウントに不正アクセスがあり、過去の送受信メールが閲覧された可能性があります。`, data: []string{"message_content"}},
		{name: "denial of misuse after the data list", data: []string{"name", "address", "age", "birthdate", "phone"},
			text: "サーバーへの不正アクセスについて\n\nかえで台市の施設のサーバーに不正アクセスがありました。漏えいした可能性があるのは参加者80人分の名前・住所・年齢・生年月日・電話番号で現時点で二次被害は確認されていないということです。"},
		{name: "harm after a data list is no data", data: []string{"name", "address", "age", "phone"},
			text: "サーバーへの不正アクセスについて\n\nかえで台市の施設のサーバーに不正アクセスがありました。漏えいした可能性があるのは参加者80人分の名前・住所・年齢・電話番号でいまのところ、二次被害は確認されていないということです。"},
		{name: "data a staff member took home", data: []string{"phone"},
			text: "職員の懲戒処分について\n\nもみじ台市の職員が、窓口に来た市民の携帯電話番号を無断で持ち帰り、私的な連絡に使用していたことが判明しました。"},
		{name: "school records under a personal-data topic", data: []string{"academic", "other"},
			text: "個人情報を含むファイルの誤送信について\n\nあおば台市立第二小学校で、教諭が学級通信を送る際に誤って別のファイルを添付し、保護者全員にメールで送信しました。\n個人情報は児童の学習状況、学力検査の結果、家庭環境など。"},
		{name: "symptoms are medical data", data: []string{"medical", "name", "address"},
			text: "ファクスの誤送信について\n\nくすのき中央病院が保健所あての報告書を誤って別の番号に送信しました。報告書には患者1人の症状や氏名、住所などが記載されていました。"},
		{name: "bullets after a paragraph under a heading with a note", data: []string{"card_holder", "card_number", "card_expiry", "email"},
			text: "不正アクセスによる個人情報流出に関するお詫び\n\n株式会社ゆうなぎ商店のショッピングサイトに不正アクセスがありました。\n\n1.漏えいの可能性がある個人情報(調査会社による調査結果)\n\n2023年5月から9月にクレジットカードでお支払いいただいたお客様の1,204件です。\n\n  • カード名義人名\n  • カード番号、有効期限\n  • メールアドレス\n\n対象のお客様には封書でご連絡いたします。"},
		{name: "the hijacked mailbox is no email data", data: []string{"message_content"},
			text: "メールアカウントの不正利用について\n\nしおさい大学の職員のメールアカウントが不正に利用され、過去の送受信メールが漏洩した可能性があります。\n当該メールアドレスのファイルを確認したところ、学生の個人情報が含まれていたことを確認しました。"},
		{name: "the reading of a name is the name", data: []string{"name", "postal_code", "address"},
			text: "個人情報の漏えいについて\n\nはなぞの県の職員が、当選者の名簿を誤ったメールアドレスに送信しました。\n漏えいした個人情報は、当選者5人分の氏名、ふりがな、郵便番号、住所です。"},
		{name: "name in a card data list", text: `クレジットカード情報漏えいに関するお詫び

株式会社みなと雑貨の通販サイトに不正アクセスがあり、カード情報(カード番号、有効期限、セキュリティコード、名前)が漏えいした可能性があります。`, data: []string{"card_number", "card_expiry", "card_cvc", "card_holder"}},
	})
}

// Leak: denials, hedges, plain statements of fact, mail addresses shown to
// other recipients, lost media.
func TestContentLeak(t *testing.T) {
	const ua = "不正アクセスに関するお知らせ\n\nかもめ通商株式会社の業務用サーバーが第三者による不正アクセスを受けました。\n"
	runContent(t, []contentCase{
		{name: "denial: fact not confirmed (past polite)", leak: model.LeakNone,
			text: ua + "調査の結果、お客様の個人情報が外部へ流出した事実は確認されませんでした。"},
		{name: "denial: not confirmed with a long subject", leak: model.LeakNone,
			text: ua + "外部への情報漏えいや、お客様のデータが不正に持ち出された形跡は現時点で確認されていない。"},
		{name: "denial: nothing found", leak: model.LeakNone,
			text: ua + "専門機関による調査では、個人情報が漏えいした事実は見つかっておりません。"},
		{name: "denial: written with the kanji 無", leak: model.LeakNone,
			text: ua + "調査の結果、不正アクセスによるお客様の個人情報の流出は無かったことを確認しております。"},
		{name: "hedge: what leaked is still under investigation", leak: model.LeakPossible,
			text: "メールアカウントの不正利用について\n\nさざなみ大学の職員のメールアカウントが不正に利用され、受信メールが漏えいした可能性があります。\n漏えいした個人情報の件数については現在調査中です。"},
		{name: "hedge: the unknown route denies nothing", leak: model.LeakPossible,
			text: ua + "お客様情報約3千件が外部に流出した可能性が高いことが判明しました。現時点で流出経路は特定できていません。"},
		{name: "hedge: fear without evidence", leak: model.LeakPossible,
			text: ua + "会員情報が流出した恐れがありますが、現時点で流出を示す明確な証拠は見つかっていません。"},
		{name: "hedge: may have leaked", leak: model.LeakPossible,
			text: ua + "サーバー内に保存されていたお客様の氏名と住所が漏洩した可能性があります。"},
		{name: "hedge: cannot be ruled out", leak: model.LeakPossible,
			text: ua + "顧客情報が外部に流出した可能性を否定できないことから、本日公表いたしました。"},
		{name: "denial: very unlikely", leak: model.LeakNone,
			text: ua + "調査の結果、外部への情報流出の痕跡は見当たらず、個人情報が外部へ漏えいした可能性は極めて低いと考えております。"},
		{name: "hedge: cannot be fully ruled out", leak: model.LeakPossible,
			text: ua + "メールを閲覧された可能性を完全に否定することは困難であることから、対象の方に通知いたします。"},
		{name: "hedge: news presumption", leak: model.LeakPossible,
			text: ua + "同社によると、会員約9万人分の氏名やメールアドレスが外部に流出したとみられる。"},
		{name: "hedge: headline question", leak: model.LeakPossible,
			text: "通販サイトでカード情報流出か\n\nゆきわり雑貨株式会社の通販サイトが不正アクセスを受けた。"},
		{name: "fact: confirmed it leaked", leak: model.LeakConfirmed,
			text: ua + "同社は、顧客の氏名や電話番号が外部に流出したことを確認している。"},
		{name: "fact: leak turned out", leak: model.LeakConfirmed,
			text: ua + "その後の調査で、取引先情報の漏えいがあることが判明しました。"},
		{name: "fact: hearsay ending", leak: model.LeakConfirmed,
			text: ua + "会社によりますと、会員約2000人分の個人情報が漏えいしたということです。"},
		{name: "fact: leak came to light", leak: model.LeakConfirmed,
			text: ua + "今月に入り、取引先からの指摘で情報流出が発覚しました。"},
		{name: "fact: stolen (misspelled)", leak: model.LeakConfirmed,
			text: ua + "攻撃者によりお客様の個人情報が搾取されたことが分かりました。"},
		{name: "fact: the fact was confirmed", leak: model.LeakConfirmed,
			text: ua + "調査の結果、会員情報の漏えいの事実を確認いたしました。"},
		{name: "fact: incident occurred", leak: model.LeakConfirmed,
			text: "個人情報漏えい事案の発生について\n\nかざはな町において、住民の氏名を記載した文書の漏えい事故が発生しました。"},
		{name: "fact: data pulled out", leak: model.LeakConfirmed,
			text: ua + "お客様の個人情報を含む情報(メールアドレス、暗号化されたパスワード)が最大で3万件引き出された事実が判明しました。"},
		{name: "stolen password is the means, not the leak", leak: model.LeakNone,
			text: ua + "職員のパスワードが盗み取られ、アカウントに不正にログインされましたが、個人情報の流出はありませんでした。"},
		{name: "fact: stolen", leak: model.LeakConfirmed,
			text: ua + "攻撃者によりお客様の氏名と住所が窃取されました。"},
		{name: "heading alone states the hedge", leak: model.LeakPossible,
			text: "不正ログインについて\n\nみかづきゲームス株式会社のゲームに第三者による不正ログインがありました。\n\n◆閲覧された可能性のある情報\nログインID、ニックネーム、課金履歴"},
		{name: "numbered heading alone states the hedge", leak: model.LeakPossible,
			text: "サーバーへの不正アクセスについて\n\nこがね台商工会のサーバーに不正アクセスがありました。\n\n2.漏えいのおそれがある情報\n会員の氏名、住所"},
		{name: "misdelivery shows other recipients' addresses", leak: model.LeakConfirmed,
			text: "メール誤送信のお詫び\n\nあおば市スポーツ協会は、大会の案内メールを送信する際、BCCで送信すべきところ誤って宛先(TO)に入力したため、受信者の方が他の受信者のメールアドレスを閲覧できる状態となりました。"},
		{name: "misdelivery shows addresses in CC", leak: model.LeakConfirmed,
			text: "メール誤送信についてのお詫び\n\nにしき町観光協会において、会員42名にメールを送信した際、メールアドレスをCC欄に入力して送信したため、受信者間でメールアドレスが表示される状態となりました。"},
		{name: "denial after an exploited flaw in another clause", leak: model.LeakNone,
			text: ua + "攻撃者はプログラムの脆弱性を悪用して侵入していましたが、お客様の個人情報の外部への流出は確認されませんでした。"},
		{name: "other customers' data denied", leak: model.LeakNone,
			text: "迷惑メール送信について\n\nうずしおネット株式会社のメールサーバーが踏み台として悪用され、迷惑メールが送信されました。他のお客様のアカウント情報が外部に漏えいした事実はございません。"},
		{name: "addresses shown in the To field", leak: model.LeakConfirmed, data: []string{"email"},
			text: "メールマガジンの誤送信について\n\nしおさい旅館は、会員の皆様へのご案内メールにおいて、操作を誤り、会員30名様のメールアドレスを宛先欄に表示した状態で送信いたしました。"},
		{name: "a banner shown is no exposure of data", leak: model.LeakNone,
			text: "ウェブサイトの改ざんについて\n\nひいらぎ短期大学のウェブサイトの一部ページが改ざんされ、無関係の広告バナーが表示される状態となっていたことが判明しました。サーバーには個人情報を保存していないため、個人情報の流出はありません。"},
		{name: "readable copy handed over", leak: model.LeakConfirmed,
			text: "公文書の部分公開における個人情報の漏えいについて\n\nみやま市が行った部分公開において、黒塗り処理に不備があり、個人情報が判読できる状態で請求者に交付していたことが判明しました。"},
		{name: "exposed folder opened from outside", leak: model.LeakConfirmed,
			text: "ファイル共有サービスの設定誤りについて\n\nあおぎり大学の学内ファイル共有サービスの公開設定の誤りにより、学生の個人情報が学外から閲覧可能となっていたことが判明しました。調査の結果、学外から当該フォルダへのアクセスが2件あったことを確認しました。"},
		{name: "exposed folder with no outside access", leak: model.LeakPossible,
			text: "ファイル共有サービスの設定誤りについて\n\nあおぎり大学の学内ファイル共有サービスの公開設定の誤りにより、学生の個人情報が学外から閲覧可能となっていたことが判明しました。学外からのアクセスがあったかどうかは調査中です。"},
		{name: "names readable on air", leak: model.LeakConfirmed, data: []string{"name", "phone"},
			text: "番組内での個人情報の映り込みについて\n\nひばりテレビ株式会社が放送した番組で、名簿に記載された顧客5名の氏名および電話番号が読み取れる状態で放送されていたことが判明しました。"},
		{name: "read out at a counter", leak: model.LeakConfirmed,
			text: "窓口での個人情報の漏えいについて\n\nあかね市の窓口において、職員が来庁者の氏名と相談内容を読み上げたため、周囲の来庁者に聞こえる状態となりました。"},
		{name: "misdelivery without personal data", leak: model.LeakNone,
			text: "メール誤送信について\n\nとなみ工業株式会社は、社内向けの製品カタログを誤って社外の取引先1社に送信しました。送信した資料に個人情報は含まれておりません。"},
		{name: "lost device, no leak seen yet", leak: model.LeakPossible,
			text: "記録媒体の紛失について\n\nやまぶき総合病院において、患者番号と患者氏名を保存した記録媒体1個の紛失が判明しました。現時点で、第三者への情報漏えいは確認されておりません。"},
		{name: "lost media without sign of misuse", leak: model.LeakPossible,
			text: "USBメモリの紛失について\n\nかえで市立図書館において、利用者の氏名と電話番号を保存したUSBメモリを紛失しました。現在のところ、個人情報が流出したという情報や不正利用の事実は確認されておりません。"},
	})
}

// Types: explanations and advice are no events, blocked attempts are no
// incidents of their kind, tampered payment programs are skimming, hijacked
// mail accounts sending mail are takeovers and spam.
func TestContentTypes(t *testing.T) {
	runContent(t, []contentCase{
		{name: "emotet explanation adds nothing", types: []string{"malware"},
			text: `マルウェア感染に関するお詫び

株式会社ささぶね建設の従業員のパソコン1台がマルウェア「Emotet」に感染したことが判明しました。
Emotetは、感染した端末からメールアドレス等の情報を盗み、なりすましメールや迷惑メールを送信する特徴があります。
不審なメールを受信された場合は、添付ファイルを開かず削除していただきますようご注意ください。`},
		{name: "advice paragraph adds nothing", types: []string{"loss_theft"},
			text: `書類紛失のお詫び

こまち信用組合の支店において、お客様の氏名を記載した書類を紛失しました。
弊組合を装った不審なメールや電話にご注意ください。`},
		{name: "mail sent by mistake to a named group", types: []string{"misdelivery"},
			text: "学級名簿の取扱いについて\n\nしらかば町教育委員会は、町立中学校の教諭が生徒の名簿を誤って学年の保護者全員にメール送信するミスがあったと発表しました。"},
		{name: "exposure told as a past state", types: []string{"misconfiguration"},
			text: "申込フォームの表示について\n\n2024年7月10日\nあじさい文化財団\n\n講座の申込フォームの設定に誤りがあり、申込者の氏名とメールアドレスが他の申込者から閲覧できる状態でした。"},
		{name: "a disease virus is no malware", types: []string{"misdelivery"},
			text: "ファクスの誤送信について\n\nさくら坂市の保健所が、新型コロナウイルス感染者2人の氏名と症状を記載した書類を、誤って個人宅にFAX送信しました。"},
		{name: "spam showing the organization as sender is phishing", types: []string{"phishing"},
			text: "当協会を装ったフィッシングメールについて\n\nリンクへのアクセスを促す迷惑メールに、当協会のアドレスが送信元のように表示されていることがわかりました。当協会とは一切関係ありませんので、リンクを開かないようご注意ください。"},
		{name: "mailbox used with its own password to send spam", types: []string{"account_takeover", "spam_relay"},
			text: "本学メールシステムの不正利用について\n\nこのたび、ゆきみ大学において、教員のメールアカウントのIDとパスワードを用いて、大量の迷惑メールが送信される事案が発生しました。"},
		{name: "warning quoted on screen and a call to the number shown", types: []string{"support_scam"},
			text: "職員のパソコンの不具合について\n\nこもれび町の職員が業務用パソコンでインターネットを閲覧中、画面に「ウイルスに感染した」と警告が出たため、表示された連絡先に電話し、相手の指示どおりにソフトを導入していたことが判明しました。"},
		{name: "hedged event is still an event", types: []string{"ransomware", "unauthorized_access"},
			text: "サーバーへの不正アクセスについて\n\n株式会社ほたる物産のサーバーが第三者による不正アクセスを受けたことが判明しました。ランサムウェアにより社内のファイルが暗号化された恐れがあります。"},
		{name: "threat described by its effect", types: []string{"malware"},
			text: "ウイルス感染について\n\nしらかば工業株式会社のパソコン1台がEmotetに感染したことを確認しました。Emotetに感染すると、なりすましメールが大量に送信されることがあります。"},
		{name: "warning in the title is the subject", types: []string{"account_takeover", "phishing"},
			text: "当機構を装った不審なメールにご注意ください\n\nくろしお研究機構の職員のアカウントが不正アクセスされたことを確認しました。当機構を装った不審なメールが届く恐れがあります。"},
		{name: "mail routing changed during an address switch", types: []string{"processing_error"},
			text: "メール配送の不備に関するお詫び\n\nやまなみ市において、職員のメールアドレスの切り替え作業に伴うメールの配送設定の誤りにより、市民からのお問い合わせメール12件が外部の事業者に届いていたことが判明しました。"},
		{name: "the trick of the event is no explanation", types: []string{"phishing", "credential_stuffing"},
			text: "不正ログインについて\n\nうみほたる銀行のお客様の口座に不正ログインが行われたことが判明しました。今回の攻撃は、当行を装ったフィッシングメールでパスワードを入力させる手口で行われました。"},
		{name: "blocked ransomware attempt", noTypes: []string{"ransomware"},
			text: `不正アクセスの発生について

株式会社やまびこ運輸のサーバーに第三者による不正アクセスがありました。攻撃者によりランサムウェアの設置が試みられましたが、セキュリティソフトにより防御され、実行には至っておりません。`},
		{name: "tampered program of a card shop", types: []string{"web_skimming", "unauthorized_access"},
			text: `クレジットカード情報漏えいのお詫び

株式会社ゆうなぎ茶舗が運営する通販サイトにおいて、第三者の不正アクセスによりサイト内のプログラムの一部が不正に改ざんされ、お客様のカード情報が漏えいした可能性があります。`},
		{name: "university mail account used to send mail", types: []string{"account_takeover", "spam_relay"},
			text: `本学教員のメールアカウントの不正使用について

ひまわり学院大学において、教員1名のメールアカウントが第三者により不正に使用され、学内外へ約8,000件の不審なメールが送信されました。`},
		{name: "mail account used without authorization", types: []string{"account_takeover", "spam_relay"},
			text: `メールアカウントの不正利用について

つつじ野市の職員のメールアカウントが外部の第三者に不正に利用され、多数の宛先へ迷惑メールが送信されたことが判明しました。`},
		{name: "account used by someone", types: []string{"account_takeover", "spam_relay"},
			text: "メールアカウントの不正利用について\n\nかしわ台大学のメールアカウントが何者かに不正に利用され、大量の迷惑メールが送信されるという事案が発生しました。"},
		{name: "sign-in to a cloud mail account", types: []string{"account_takeover", "spam_relay"},
			text: "不正サインインについて\n\nもくせい女子大学の事務職員1名のアカウントに外部から不正にサインインされ、大量のメールが送信される事案が発生しました。"},
		{name: "spoofed mail not yet seen", types: []string{"malware"},
			text: "ウイルス感染のお知らせ\n\n株式会社はまなす設備の社内パソコン1台がウイルスに感染したことを確認いたしました。現時点では当社社員を装ったなりすましメールは確認されておりません。"},
		{name: "account with a count used by a third party", types: []string{"account_takeover", "spam_relay"},
			text: "不審メールについて\n\n株式会社たまゆら設計の業務用メールアカウント1件が第三者に不正に使用され、当社を名乗るメールが送信されていることが判明いたしました。"},
		{name: "lures sent from a hijacked SNS account", types: []string{"account_takeover", "phishing"},
			text: "公式Instagramアカウントの乗っ取りについて\n\nこはく珈琲株式会社の公式Instagramアカウントが第三者に乗っ取られ、フォロワーの皆様に不審なダイレクトメッセージが送信されたことを確認いたしました。"},
		{name: "stolen credentials are no lost device", types: []string{"account_takeover", "unauthorized_access"},
			text: "クラウドサービスへの不正アクセスについて\n\nあけび通信株式会社の管理基盤が外部から不正アクセスを受けたことが判明しました。運用担当者のアカウントの認証情報が何らかの方法で盗まれ、悪用されたとみられます。"},
		{name: "virus with a ransom message", types: []string{"ransomware"}, noTypes: []string{"malware"},
			text: `サーバーのウイルス感染について

すずかけ工業株式会社の社内サーバーがウイルスに感染し、画面に脅迫メッセージが表示されたことが判明しました。`},
	})
}

// Notified: ministries by name, reporting verbs, and no police when the
// police are the organization.
func TestContentNotified(t *testing.T) {
	const head = "不正アクセスによる個人情報漏えいについて\n\nくすのき精機株式会社のサーバーに不正アクセスがあり、顧客の氏名が漏えいした可能性があります。\n"
	runContent(t, []contentCase{
		{name: "ministry of economy", notified: []string{"ppc", "ministry"},
			text: head + "本件は、個人情報保護委員会及び経済産業省へ報告しました。"},
		{name: "ministry division", notified: []string{"ministry"},
			text: head + "厚生労働省医政局に連絡をしました。"},
		{name: "ministry bureau among others", notified: []string{"ministry", "police"},
			text: head + "発生当日に、県警、厚生労働省医政局などの関係機関に連絡をしました。"},
		{name: "related ministries notified", notified: []string{"ministry", "police"},
			text: head + "関係省庁への報告および警察への相談を行っております。"},
		{name: "to be filed", notified: []string{"ppc"},
			text: head + "当社は個人情報保護委員会へ届け出るとともに、調査を進めております。"},
		{name: "ppc first among others", notified: []string{"ppc"},
			text: head + "速やかに個人情報保護委員会をはじめ、関係各所へ届け出るとともに、二次被害の防止に努めております。"},
		{name: "education ministry reported", notified: []string{"ppc", "ministry"},
			text: head + "本件については、個人情報保護委員会及び文部科学省に報告しました。"},
		{name: "police contacted", notified: []string{"police"},
			text: head + "当社は所轄の警察署へ連絡をしました。"},
		{name: "supervising agency named after a role", notified: []string{"ministry"},
			text: head + "監督官庁である金融庁へ報告いたしました。"},
		{name: "ministry and police reported in a list", notified: []string{"ppc", "ministry", "police"},
			text: head + "個人情報保護委員会、経済産業省、警察へ届け出ております。"},
		{name: "advice to call the police is no report", notified: []string{},
			text: head + "不審な電話があった場合は、最寄りの警察署にご相談ください。"},
		{name: "complaint filed, suspect later sent to prosecutors", notified: []string{"police"},
			text: "元従業員による顧客情報の持ち出しについて\n\n株式会社つばめ不動産の元従業員が顧客の氏名と電話番号を不正に持ち出していたことが判明しました。当社は警察に被害届を提出し、元従業員は書類送検されました。"},
		{name: "preliminary report filed", notified: []string{"ppc"},
			text: head + "2024年6月6日 個人情報保護委員会へ速報"},
		{name: "police are the organization", notified: []string{},
			text: "内部情報漏えいで巡査を書類送検\n\nみさき県警は20日、捜査情報を知人に漏らしたとして、地方公務員法違反の疑いで巡査長を書類送検し、停職の懲戒処分とした。県警によると、巡査長は照会した住民の氏名を知人に伝えていた。"},
	})
}

// Counts: numbers that are not victims, exact body figures over rounded
// headline figures, card counts given as うち…名.
func TestContentCounts(t *testing.T) {
	runContent(t, []contentCase{
		{name: "number inside a name", affected: 12,
			text: "個人情報の誤送付について\n\nまちづくり1000人会の事務局において、会員12名分の名簿を誤って別の団体に送付しました。"},
		{name: "mails sent are no victims", affected: -1,
			text: "メールアカウントの不正利用について\n\nあさひ野大学の職員のメールアカウントが不正に利用され、約3,000件の迷惑メールが送信されました。"},
		{name: "mails created are no victims", affected: -1,
			text: "迷惑メール送信のお詫び\n\nあさなぎ女子大学において、利用者のメールアカウントが不正アクセスを受け、1,553件のメールが作成され外部へ送られていたことが判明しました。個人情報の流出は確認されていません。"},
		{name: "staff disciplined are no victims", affected: 70,
			text: "職員の懲戒処分について\n\nうみかぜ町は、住民約70人の個人情報を同僚2人に漏らしたとして、職員3人を懲戒処分とした。"},
		{name: "compromised account holder is no victim count", affected: -1,
			text: "メールアカウントの不正使用について\n\nはなみずき大学において、学生1名のメールアカウントが第三者に不正に使用され、学外へ迷惑メールが送信されました。個人情報の漏えいは確認されておりません。"},
		{name: "disciplined staff are no victims", affected: 40,
			text: "職員の懲戒処分について\n\nおおぞら市は、住民約40人分の個人情報を不正に閲覧したとして、職員2人を懲戒処分とした。"},
		{name: "part of login attempts is the count", affected: 820,
			text: "不正ログインについて\n\nさんご堂株式会社の会員サイトで不正なログインの試行が約50万回行われ、そのうち820件のアカウントへのログインが成功していたことが判明しました。"},
		{name: "recipients of a disclosure are no victims", affected: 25,
			text: "職員による個人情報の漏えいについて\n\nあじさい町は、職員が住民25人分の個人情報を知人ら40人に漏らしていたことが判明したと発表した。"},
		{name: "exact body figure over rounded headline", affected: 15274, card: 15274,
			text: "通販サイトでカード情報1万5000人余り流出か\n\n株式会社こもれび雑貨は、通販サイトが不正アクセスを受け、クレジットカード情報1万5274人分が流出した可能性があると発表した。"},
		{name: "exact uncarded body figure over rounded card headline", affected: 15274, card: 15274,
			text: "カード情報1万5000人余流出か 通販サイト\n\n株式会社こもれび雑貨によると、不正アクセスにより顧客1万5274人の氏名やカード番号などが流出した可能性がある。"},
		{name: "card count after うち", affected: 1520, card: 380,
			text: "個人情報漏えいのお詫び\n\n株式会社ひなた書房の通販サイトに不正アクセスがあり、お客様1,520名の個人情報が漏えいした可能性があります。うち、クレジットカード情報が含まれるお客様=380名"},
		{name: "identity card images are no payment cards", card: -1, data: []string{"name", "address", "my_number", "other"},
			text: "不正アクセスによる個人情報漏えいについて\n\nみさご証券株式会社のサーバーに不正アクセスがあり、お客様3,100名の個人情報が漏えいした可能性があります。\n漏えいした可能性のある情報は以下のとおりです。\n氏名、住所、本人確認書類の画像(うち個人番号カードの画像 900名分)"},
		{name: "card count in parentheses", card: 192594,
			text: "クレジットカード情報流出に関するお詫び\n\n株式会社ほしぞら電器の通販サイトに不正アクセスがあり、流出の可能性のあるクレジットカード情報(192,594件)が判明しました。"},
	})
}
