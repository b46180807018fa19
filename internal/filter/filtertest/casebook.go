package filtertest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/internal/store/open"
)

// notice is one report of the fixture: its text and facts; incident names
// the fixture incident it belongs to ("" for no incident).
type notice struct {
	incident string
	text     string
	facts    model.Facts
}

// document is one archived input holding one or more notices.
type document struct {
	source  string
	name    string
	notices []notice
}

func n(v int64) *int64 { return &v }

// Documents of the fixture casebook: fictional organizations, sentences
// written for these tests.
var documents = []document{
	{source: "https://www.mizunara-shoji.example/news/20240521.html", name: "20240521.html", notices: []notice{{
		incident: "mizunara",
		text: `2024年5月21日
株式会社みずなら商事
弊社オンラインショップへの不正アクセスによる個人情報漏えいに関するお詫びとお知らせ

このたび、弊社が運営する「みずなら通販」におきまして、第三者による不正アクセスを受け、お客様のクレジットカード情報2,431件が漏えいした可能性があることが判明いたしました。
お客様には多大なるご迷惑とご心配をおかけいたしますことを、深くお詫び申し上げます。
2024年4月18日、一部のクレジットカード会社から、弊社サイトを利用したお客様のカード情報の漏えい懸念について連絡を受けました。
調査の結果、決済画面が改ざんされ、カード名義人名、クレジットカード番号、有効期限、セキュリティコードが窃取されていたことを確認いたしました。
弊社は同日中にカード決済を停止し、個人情報保護委員会に報告するとともに、警察に被害を申告いたしました。
なお、本件に関するお問い合わせは下記窓口までお願いいたします。
電話：0120-000-000（受付時間 10:00～17:00）
`,
		facts: model.Facts{IsIncident: true, Organization: "株式会社みずなら商事", Sector: model.SectorRetail,
			Title:     "弊社オンラインショップへの不正アクセスによる個人情報漏えいに関するお詫びとお知らせ",
			Published: "2024-05-21", Discovered: "2024-04-18", Types: []string{"unauthorized_access", "web_skimming"},
			Affected: n(2431), CardAffected: n(1980), DataTypes: []string{"card_holder", "card_number", "card_expiry", "card_cvc"},
			Leak: model.LeakPossible, Notified: []string{"ppc", "police"}},
	}}},
	{source: "https://www.mizunara-shoji.example/news/20240610.pdf", name: "20240610.pdf", notices: []notice{{
		incident: "mizunara",
		text: `2024年6月10日
株式会社みずなら商事
不正アクセスによる個人情報漏えいに関するお知らせ（第2報）

2024年5月21日に公表いたしました不正アクセスにつきまして、第三者調査機関による調査が完了しましたので、ご報告いたします。
調査の結果、2023年12月1日から2024年4月18日までの期間に決済を行ったお客様のうち1,980名のクレジットカード情報が流出したことを確認いたしました。
弊社はシステムの再構築を行い、再発防止策として外部の監視サービスを導入いたしました。
`,
		facts: model.Facts{IsIncident: true, Organization: "株式会社みずなら商事", Sector: model.SectorRetail,
			Title: "不正アクセスによる個人情報漏えいに関するお知らせ（第2報）", Published: "2024-06-10",
			Types: []string{"unauthorized_access", "web_skimming"}, Affected: n(1980), CardAffected: n(1980),
			DataTypes: []string{"card_number"}, Leak: model.LeakConfirmed, ReportSeq: "2"},
	}}},
	{source: "weekly/digest_2024-05-24.txt", name: "digest_2024-05-24.txt", notices: []notice{
		{incident: "hibari", text: `■ひばりが丘市、イベント案内メールの誤送信（2024年5月23日）
ひばりが丘市は5月23日、市民講座の案内メールを送信する際に宛先をBCCではなくTOに入力し、受信者312名のメールアドレスが互いに閲覧できる状態になったと発表した。
5月22日に受信者からの指摘で判明した。
市は対象者にお詫びのうえ、メールの削除を依頼した。
今後は複数人による送信前の確認を徹底するとしている。
`, facts: model.Facts{IsIncident: true, Organization: "ひばりが丘市", Sector: model.SectorGovernment,
			Title: "ひばりが丘市、イベント案内メールの誤送信", Published: "2024-05-23", Discovered: "2024-05-22",
			Types: []string{"misdelivery"}, Affected: n(312), DataTypes: []string{"email"}, Leak: model.LeakConfirmed}},
		{incident: "aoba", text: `■あおば中央病院でランサムウェア被害、電子カルテが停止（2024年5月24日）
医療法人あおば会 あおば中央病院は5月24日、院内のサーバーがランサムウェアに感染し、電子カルテシステムが利用できなくなったと発表した。
5月19日未明に職員が端末の異常に気づき、調査したところファイルが暗号化されていることを確認した。
患者の氏名や病歴などの情報が外部に流出した可能性は否定できないという。
病院は感染した機器をネットワークから遮断し、警察および個人情報保護委員会、厚生労働省に報告した。
`, facts: model.Facts{IsIncident: true, Organization: "医療法人あおば会 あおば中央病院", Sector: model.SectorMedical,
			Title: "あおば中央病院でランサムウェア被害、電子カルテが停止", Published: "2024-05-24", Discovered: "2024-05-19",
			Types: []string{"ransomware"}, DataTypes: []string{"name", "medical"}, Leak: model.LeakPossible,
			Notified: []string{"ppc", "police", "ministry"}}},
		{text: `■編集部より
来週は祝日のため、配信を1日遅らせてお届けします。
`, facts: model.Facts{IsIncident: false}},
	}},
	{source: "press/kozue_2024-05-27.txt", name: "kozue_2024-05-27.txt", notices: []notice{{
		incident: "kozue",
		text: `令和6年5月27日
学校法人こずえ学園
生徒の個人情報を含むUSBメモリの紛失について

このたび、本学園の教員が生徒45名の個人情報を保存したUSBメモリを紛失する事案が発生しました。
USBメモリには、生徒の氏名、定期試験の成績が記録されていました。
5月24日、教員が帰宅途中に立ち寄った店舗でUSBメモリを置き忘れたことに気づき、警察に遺失届を提出しました。
現時点で第三者による不正利用は確認されておりません。
関係する生徒および保護者の皆様には、個別にご説明とお詫びをしております。
今後は個人所有の記録媒体の使用を禁止し、情報管理の徹底を図ってまいります。
`,
		facts: model.Facts{IsIncident: true, Organization: "学校法人こずえ学園", Sector: model.SectorEducation,
			Title: "生徒の個人情報を含むUSBメモリの紛失について", Published: "2024-05-27", Discovered: "2024-05-24",
			Types: []string{"loss_theft"}, Affected: n(45), DataTypes: []string{"name", "academic"}, Leak: model.LeakUnknown,
			Notified: []string{"police"}},
	}}},
	{source: "https://www.kuroshio-shinkumi.example/info/0603.html", name: "0603.html", notices: []notice{{
		incident: "kuroshio",
		text: `2024年6月3日
くろしお信用組合
当組合を装った不審なSMSにご注意ください

当組合の名をかたり、偽サイトへ誘導するSMSが送信されていることを確認しております。
偽サイトでは、インターネットバンキングのログインIDやパスワードの入力を求められます。
当組合がSMSでパスワードの入力をお願いすることはございません。
現時点でお客様の被害は確認されておりません。
`,
		facts: model.Facts{IsIncident: true, Organization: "くろしお信用組合", Sector: model.SectorFinance,
			Title: "当組合を装った不審なSMSにご注意ください", Published: "2024-06-03",
			Types: []string{"phishing"}, Leak: model.LeakNone},
	}}},
	{source: "press/yukiwari_2023-11-15.txt", name: "yukiwari_2023-11-15.txt", notices: []notice{{
		incident: "yukiwari",
		text: `2023年11月15日
株式会社ゆきわり製作所
元従業員による顧客情報の不正持ち出しについて

当社の元従業員が、在職中に取引先担当者約800名分の顧客情報を不正に持ち出していたことが判明いたしました。
持ち出された情報は、会社名、氏名、電話番号、メールアドレスです。
2023年10月2日、取引先からの問い合わせにより発覚しました。
当社は元従業員に対し情報の削除を求め、全件の削除を確認するとともに、警察に相談しております。
`,
		facts: model.Facts{IsIncident: true, Organization: "株式会社ゆきわり製作所", Sector: model.SectorMfg,
			Title: "元従業員による顧客情報の不正持ち出しについて", Published: "2023-11-15", Discovered: "2023-10-02",
			Types: []string{"insider_misuse"}, Affected: n(800), DataTypes: []string{"company_name", "name", "phone", "email"},
			Leak: model.LeakConfirmed, Notified: []string{"police"}},
	}}},
	{source: "https://soramame-net.example/press/2025/0120", name: "0120", notices: []notice{{
		incident: "soramame",
		text: `2025年1月20日
株式会社そらまめネット
クラウドストレージの設定不備による会員情報の閲覧可能状態について

弊社が利用するクラウドストレージの公開範囲の設定に誤りがあり、会員12,000名分の情報が外部から閲覧可能な状態になっていたことが判明しました。
対象となる情報は、会員番号、氏名、メールアドレスです。
1月14日、外部のセキュリティ研究者からの連絡により判明し、同日中に設定を修正しました。
アクセスログを調査した結果、第三者による閲覧の痕跡は確認されておりません。
`,
		facts: model.Facts{IsIncident: true, Organization: "株式会社そらまめネット", Sector: model.SectorICT,
			Title: "クラウドストレージの設定不備による会員情報の閲覧可能状態について", Published: "2025-01-20", Discovered: "2025-01-14",
			Types: []string{"misconfiguration"}, Affected: n(12000), DataTypes: []string{"customer_id", "name", "email"},
			Leak: model.LeakNone},
	}}},
}

// incidentOrder is the order the fixture incidents are created in, with
// the year of their number.
var incidentOrder = []struct {
	key  string
	year int
	org  string
}{
	{"yukiwari", 2023, "株式会社ゆきわり製作所"},
	{"mizunara", 2024, "株式会社みずなら商事"},
	{"hibari", 2024, "ひばりが丘市"},
	{"aoba", 2024, "医療法人あおば会 あおば中央病院"},
	{"kozue", 2024, "学校法人こずえ学園"},
	{"kuroshio", 2024, "くろしお信用組合"},
	{"soramame", 2025, "株式会社そらまめネット"},
}

// Retrieved is the retrieval time of every fixture document.
var Retrieved = time.Date(2025, 2, 1, 9, 0, 0, 0, time.UTC)

// Casebook returns a SQLite store in t.TempDir() holding the fixture: 7
// incidents (2023-001, 2024-001…005, 2025-001) of 8 incident reports in 7
// documents, and one report that is no incident.
func Casebook(t testing.TB) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := open.Open(ctx, filepath.Join(t.TempDir(), "casebook.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := Fill(ctx, st); err != nil {
		t.Fatal(err)
	}
	return st
}

// Fill writes the fixture into an empty store.
func Fill(ctx context.Context, st store.Store) error {
	incidents := map[string]int64{}
	for _, in := range incidentOrder {
		inc, err := st.CreateIncident(ctx, in.year, in.org)
		if err != nil {
			return err
		}
		incidents[in.key] = inc.ID
	}
	for _, d := range documents {
		var text strings.Builder
		var reports []model.Report
		for i, nt := range d.notices {
			if i > 0 {
				text.WriteString("\n")
			}
			start := text.Len()
			text.WriteString(nt.text)
			reports = append(reports, model.Report{Seq: i, Span: model.Span{Start: start, End: text.Len()}, Facts: nt.facts})
		}
		doc := &model.Document{Source: d.source, Name: d.name, MediaType: "text/plain", Encoding: "utf-8",
			RetrievedAt: Retrieved, Raw: []byte(text.String()), Text: text.String()}
		id, _, err := st.PutDocument(ctx, doc)
		if err != nil {
			return err
		}
		if err := st.SaveReports(ctx, id, reports); err != nil {
			return err
		}
		for i, nt := range d.notices {
			if nt.incident == "" {
				continue
			}
			if err := st.AssignReport(ctx, reports[i].ID, incidents[nt.incident]); err != nil {
				return err
			}
		}
	}
	return nil
}
