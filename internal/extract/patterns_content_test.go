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
		{name: "notice channel is no data", text: `会員情報の流出の可能性について

ことぶき電機株式会社の会員サイトに不正アクセスがあり、会員の氏名と住所が流出した可能性があります。
対象のお客様にはメールでご連絡し、メールアドレスのご登録のないお客様には郵送でご連絡いたします。`, data: []string{"name", "address"}},
		{name: "staff words are no employment data", text: `個人情報の漏えいについて

みどり台市において、職員が住民の氏名と電話番号を記載した名簿を紛失しました。担当者が所属の課長に報告し、判明しました。`, data: []string{"name", "phone"}},
		{name: "synonyms of ids and company names", text: `不正アクセスによる情報流出について

株式会社あさぎ物流のサーバーに不正アクセスがあり、以下の情報が流出した可能性があります。
顧客管理番号、取引先名称、担当者氏名、所属組織名`, data: []string{"customer_id", "company_name", "name"}},
		{name: "addresses of other people", text: `メール誤送信に関するお詫び

ふたば教育センターは、講座の案内メールをBCCで送信すべきところ宛先(TO)に入力して送信したため、受信者に他の人のアドレスが表示されていたことが判明しました。`, data: []string{"email"}},
		{name: "card information alone", text: `クレジットカード情報流出に関するお詫び

株式会社つばさ堂のオンラインショップに不正アクセスがあり、お客様のクレジットカード情報が流出した可能性があることが判明しました。`, data: []string{"card_number"}},
		{name: "past mails sent and received", text: `メールアカウントへの不正アクセスについて

ひかり台大学の職員のメールアカウントに不正アクセスがあり、過去の送受信メールが閲覧された可能性があります。`, data: []string{"message_content"}},
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
		{name: "hedge: fear without evidence", leak: model.LeakPossible,
			text: ua + "会員情報が流出した恐れがありますが、現時点で流出を示す明確な証拠は見つかっていません。"},
		{name: "hedge: may have leaked", leak: model.LeakPossible,
			text: ua + "サーバー内に保存されていたお客様の氏名と住所が漏洩した可能性があります。"},
		{name: "hedge: cannot be ruled out", leak: model.LeakPossible,
			text: ua + "顧客情報が外部に流出した可能性を否定できないことから、本日公表いたしました。"},
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
		{name: "fact: stolen", leak: model.LeakConfirmed,
			text: ua + "攻撃者によりお客様の氏名と住所が窃取されました。"},
		{name: "misdelivery shows other recipients' addresses", leak: model.LeakConfirmed,
			text: "メール誤送信のお詫び\n\nあおば市スポーツ協会は、大会の案内メールを送信する際、BCCで送信すべきところ誤って宛先(TO)に入力したため、受信者の方が他の受信者のメールアドレスを閲覧できる状態となりました。"},
		{name: "misdelivery shows addresses in CC", leak: model.LeakConfirmed,
			text: "メール誤送信についてのお詫び\n\nにしき町観光協会において、会員42名にメールを送信した際、メールアドレスをCC欄に入力して送信したため、受信者間でメールアドレスが表示される状態となりました。"},
		{name: "misdelivery without personal data", leak: model.LeakNone,
			text: "メール誤送信について\n\nとなみ工業株式会社は、社内向けの製品カタログを誤って社外の取引先1社に送信しました。送信した資料に個人情報は含まれておりません。"},
		{name: "lost media without sign of misuse", leak: model.LeakPossible,
			text: "USBメモリの紛失について\n\nかえで市立図書館において、利用者の氏名と電話番号を保存したUSBメモリを紛失しました。現在のところ、個人情報が流出したという情報や不正利用の事実は確認されておりません。"},
	})
}
