package extract_test

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/extract"
	"github.com/jikenbo/jikenbo/internal/model"
)

// want lists the facts a case checks; empty fields are not checked unless
// named in zero.
type want struct {
	incident  bool
	org       string
	sector    model.Sector
	published string
	found     string // discovered
	types     []string
	affected  int64
	card      int64
	data      []string
	leak      model.Leak
	notified  []string
	seq       string
	vendors   []string
	anomaly   string
	zero      []string // fields that must be empty: "org", "published", "discovered", "affected", "data"
}

// Fictional notices written for these tests.
var cases = []struct {
	name string
	text string
	want want
}{
	{"company notice with signature", `不正アクセスによる個人情報漏えいの可能性に関するお詫びとお知らせ

2024年9月12日
株式会社さざなみ食品

このたび、当社が運営する「さざなみオンラインショップ」が第三者による不正アクセスを受け、お客様のクレジットカード情報1,024件(内訳はクレジットカード番号、有効期限、セキュリティコード)及び個人情報3,310名分が漏えいした可能性があることが判明いたしました。

1.経緯
2024年7月2日、クレジットカード会社から、当サイトを利用したお客様のカード情報の漏えい懸念について連絡を受けました。

2.原因
当サイトのシステムの一部の脆弱性をついた第三者の不正アクセスにより、ペイメントアプリケーションの改ざんが行われたため。

3.漏えいした可能性のある個人情報
・氏名
・住所
・電話番号
・メールアドレス

当社は個人情報保護委員会に報告済みであり、所轄警察署にも被害申告しております。`,
		want{incident: true, org: "株式会社さざなみ食品", sector: model.SectorRetail, published: "2024-09-12", found: "2024-07-02",
			types: []string{"unauthorized_access", "web_skimming"}, affected: 3310, card: 1024,
			data: []string{"card_number", "card_expiry", "card_cvc", "name", "address", "phone", "email"},
			leak: model.LeakPossible, notified: []string{"ppc", "police"}}},
	{"infection found by the issuer", `業務用端末のウイルス感染について

2025年2月6日
株式会社やまびこ精機

2025年2月3日、当社の業務用パソコン1台がマルウェアに感染していることを発見しました。当該端末はネットワークから切り離し、現在調査を進めております。`,
		want{incident: true, org: "株式会社やまびこ精機", published: "2025-02-06", found: "2025-02-03", types: []string{"malware"}}},
	{"advice on what to do when malware is found", `ウイルス対策のお願い

ウイルスを発見した場合は、直ちにネットワークから切り離し、情報システム課へ連絡してください。定期的なスキャンを心がけましょう。`,
		want{incident: false}},
	{"heisha only notice", `弊社メールサーバーの不正利用について

この度、弊社のメールアカウントが第三者に不正に利用され、弊社を装った迷惑メールが大量に送信されていることを確認いたしました。
お客様の個人情報の流出は確認されておりません。`,
		want{incident: true, types: []string{"account_takeover", "spam_relay"}, leak: model.LeakNone, zero: []string{"org", "published", "affected"}}},
	{"news style municipality", `ひばり野市で住民情報を誤送付

ひばり野県ひばり野市は14日、市民税の通知書1通を別の住民に誤って送付したと発表した。市によると、通知書には氏名、住所、税額が記載されていた。`,
		want{incident: true, org: "ひばり野市", sector: model.SectorGovernment, types: []string{"misdelivery"}, data: []string{"name", "address", "other"}, leak: model.LeakConfirmed}},
	{"phishing warning", `あおい銀行を装ったフィッシングメールにご注意ください

2025年1月20日
株式会社あおい銀行

当行を装い、インターネットバンキングのログイン画面に似せた偽サイトへ誘導するメールが確認されています。当行がメールでパスワードの入力をお願いすることはありません。`,
		want{incident: true, org: "株式会社あおい銀行", sector: model.SectorFinance, published: "2025-01-20", types: []string{"phishing"},
			leak: model.LeakUnknown, zero: []string{"data", "affected"}}},
	{"second report with typo year", `【セキュリティ事件簿#2024-101】もみじ大学 ランサムウェア被害について(第2報) 2004年3月5日

本学の教務システムのサーバーがランサムウェアに感染し、ファイルが暗号化されたことについて、続報をお知らせします。
2024年2月27日、職員が業務システムに接続できないことに気づき、調査の結果、ランサムウェアの感染を確認しました。
学生約4,800人の成績情報が保存されていましたが、外部への流出は確認されていません。警察に相談しております。`,
		want{incident: true, org: "もみじ大学", sector: model.SectorEducation, published: "2024-03-05", anomaly: "published_year_typo",
			found: "2024-02-27", types: []string{"ransomware"}, affected: 4800, data: []string{"academic"}, leak: model.LeakNone,
			notified: []string{"police"}, seq: "2"}},
	{"disciplinary action hospital", `職員の懲戒処分について

令和6年8月30日
医療法人 つばき会 つばき中央病院

当院の看護師が、業務上の必要がないにもかかわらず、電子カルテで知人の診療記録を不正に閲覧していたことが判明したため、停職1か月の懲戒処分としました。`,
		want{incident: true, org: "医療法人 つばき会 つばき中央病院", sector: model.SectorMedical, published: "2024-08-30",
			types: []string{"insider_misuse"}, data: []string{"medical"}, leak: model.LeakConfirmed}},
	{"lost usb memory", `個人情報を含むUSBメモリの紛失について

令和5年11月2日
かえで町 教育委員会

町立小学校の教員が、児童28名の氏名と成績を記録したUSBメモリを紛失しました。現時点で第三者による不正利用の報告はありません。`,
		want{incident: true, org: "かえで町 教育委員会", sector: model.SectorEducation, published: "2023-11-02", types: []string{"loss_theft"},
			affected: 28, data: []string{"name", "academic"}, leak: model.LeakPossible}},
	{"final report", `不正アクセスに関する調査結果のご報告(最終報告)

株式会社ほたる工業

2023年10月に公表いたしました当社サーバーへの不正アクセスについて、外部専門機関による調査が完了しましたのでご報告いたします。調査の結果、情報が外部に流出した痕跡は確認されませんでした。`,
		want{incident: true, org: "株式会社ほたる工業", sector: model.SectorMfg, types: []string{"unauthorized_access"}, leak: model.LeakNone, seq: "final"}},
	{"system outage", `【復旧】予約システムの障害について

2024年4月3日
すみれ交通株式会社

4月3日午前9時頃から、システム障害によりウェブ予約がつながりにくい状態となっておりました。現在は復旧しております。ご迷惑をおかけし申し訳ございません。`,
		want{incident: true, org: "すみれ交通株式会社", published: "2024-04-03", types: []string{"system_failure"}, leak: model.LeakNone}},
	{"planned maintenance is no incident", `メンテナンスのお知らせ

2024年5月1日
株式会社こもれびネット

サービス品質向上のため、5月10日午前2時から午前5時まで定期メンテナンスを実施いたします。メンテナンス中はサービスをご利用いただけません。`,
		want{incident: false}},
	{"advice is no incident", `年末年始のセキュリティ対策について

長期休暇中はサイバー攻撃やフィッシングの被害が増える傾向にあります。パスワードの使い回しを避け、不審なメールのリンクは開かないようにしましょう。`,
		want{incident: false}},
	{"support scam with ministry report", `1. 概要 2024年6月10日、当院職員の業務用パソコンに偽の警告画面が表示され、表示された番号に電話したところ遠隔操作ソフトをインストールさせられました。患者様の氏名が閲覧された可能性があります。6月11日に厚生労働省に報告しました。`,
		want{incident: true, found: "2024-06-10", types: []string{"support_scam"}, data: []string{"name"}, leak: model.LeakPossible,
			notified: []string{"ministry"}, zero: []string{"org"}}},
	{"vendor misdelivery", `イベント参加者へのメール誤送信について

令和6年7月8日
あさぎり市 観光課

市の委託先である株式会社ゆめ企画が、イベント参加者へ案内メールを送信する際、宛先をBCCとすべきところをTOで送信したため、参加者54名のメールアドレスが他の参加者に表示されました。`,
		want{incident: true, org: "あさぎり市", published: "2024-07-08", types: []string{"misdelivery"}, affected: 54,
			data: []string{"email"}, leak: model.LeakConfirmed, vendors: []string{"株式会社ゆめ企画"}}},
	{"digest headline", `こがらし物産、社員のメールアカウントに不正アクセス

こがらし物産は、社員1名のメールアカウントが不正アクセスを受け、取引先約300件の氏名とメールアドレスが流出した可能性があると明らかにした。`,
		want{incident: true, org: "こがらし物産", types: []string{"account_takeover"}, affected: 300, data: []string{"name", "email"}, leak: model.LeakPossible}},
	{"mails sent are not affected", `迷惑メールの送信について

令和7年2月3日
しぐれ市

市のメールサーバーが外部から不正に中継され、約8万件の迷惑メールが送信されたことが判明しました。個人情報の漏えいはありません。`,
		want{incident: true, org: "しぐれ市", types: []string{"spam_relay"}, leak: model.LeakNone, zero: []string{"affected"}}},
}

func TestExtract(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			segs := []model.Segment{{Span: model.Span{Start: 0, End: len(c.text)}}}
			f := extract.Extract(c.text, segs)[0]
			w := c.want
			check := func(field string, got, want any) {
				t.Helper()
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s = %v, want %v", field, got, want)
				}
			}
			check("is_incident", f.IsIncident, w.incident)
			if !w.incident {
				return
			}
			if w.org != "" {
				check("organization", f.Organization, w.org)
			}
			if w.sector != "" {
				check("sector", f.Sector, w.sector)
			}
			if w.published != "" {
				check("published", f.Published, w.published)
			}
			if w.found != "" {
				check("discovered", f.Discovered, w.found)
			}
			if w.types != nil {
				check("types", sorted(f.Types), sorted(w.types))
			}
			if w.affected != 0 {
				check("affected", ptr(f.Affected), w.affected)
			}
			if w.card != 0 {
				check("card_affected", ptr(f.CardAffected), w.card)
			}
			if w.data != nil {
				check("data_types", sorted(f.DataTypes), sorted(w.data))
			}
			if w.leak != "" {
				check("leak", f.Leak, w.leak)
			}
			if w.notified != nil {
				check("notified", sorted(f.Notified), sorted(w.notified))
			}
			if w.seq != "" {
				check("report_seq", f.ReportSeq, w.seq)
			}
			if w.vendors != nil {
				check("vendors", f.Vendors, w.vendors)
			}
			if w.anomaly != "" && !slices.Contains(f.Anomalies, w.anomaly) {
				t.Errorf("anomalies = %v, want %s", f.Anomalies, w.anomaly)
			}
			for _, z := range w.zero {
				var v string
				switch z {
				case "org":
					v = f.Organization
				case "published":
					v = f.Published
				case "discovered":
					v = f.Discovered
				case "affected":
					v = fmt.Sprint(ptr(f.Affected))
					if f.Affected == nil {
						v = ""
					}
				case "data":
					v = strings.Join(f.DataTypes, ",")
				}
				if v != "" {
					t.Errorf("%s = %q, want empty", z, v)
				}
			}
			checkEvidence(t, c.text, f)
		})
	}
}

// checkEvidence asserts that every emitted value has evidence inside the
// text.
func checkEvidence(t *testing.T, text string, f model.Facts) {
	t.Helper()
	has := func(field, value string) bool {
		for _, e := range f.Evidence {
			if e.Field == field && e.Value == value && e.Span.Start >= 0 && e.Span.End <= len(text) && e.Span.Start < e.Span.End {
				return true
			}
		}
		return false
	}
	need := map[string][]string{"types": f.Types, "data_types": f.DataTypes, "notified": f.Notified, "vendors": f.Vendors}
	for field, vals := range need {
		for _, v := range vals {
			if !has(field, v) {
				t.Errorf("no evidence for %s %q", field, v)
			}
		}
	}
	scalars := map[string]string{"organization": f.Organization, "published": f.Published, "discovered": f.Discovered,
		"report_seq": f.ReportSeq, "title": f.Title, "leak": string(f.Leak)}
	if f.Affected != nil {
		scalars["affected"] = strconv.FormatInt(*f.Affected, 10)
	}
	if f.CardAffected != nil {
		scalars["card_affected"] = strconv.FormatInt(*f.CardAffected, 10)
	}
	for field, v := range scalars {
		if v != "" && !has(field, v) {
			t.Errorf("no evidence for %s %q", field, v)
		}
	}
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

func ptr(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// TestExtractParallelMatchesSerial checks that a large compilation, which
// Extract shares among processors, gives exactly the facts of report-by-report
// extraction, in order.
func TestExtractParallelMatchesSerial(t *testing.T) {
	text, segs := syntheticCorpus(t, 600<<10)
	got := extract.Extract(text, segs)
	if len(got) != len(segs) {
		t.Fatalf("%d facts for %d segments", len(got), len(segs))
	}
	for i, s := range segs {
		want := extract.Extract(text, []model.Segment{s})[0]
		if !reflect.DeepEqual(got[i], want) {
			t.Fatalf("segment %d differs:\n got %+v\nwant %+v", i, got[i], want)
		}
	}
}
