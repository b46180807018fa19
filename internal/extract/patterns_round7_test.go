package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// The cases below come from a blind set of real notices read in session 3
// (dev3); each is written again here with fictional organizations.

// incidentLine sums up the facts a digest's one-line headline must give.
func incidentLine(f model.Facts) string {
	return fmt.Sprintf("%v|%s|%s|%s|%s", f.IsIncident, f.Organization, strings.Join(f.Types, ","), f.Published, f.Leak)
}

func TestRound7DigestHeadlines(t *testing.T) {
	runField(t, "headline facts", incidentLine, []fieldCase{
		{"an organization apart, a theft noun, a date", "1.■はまなす大学 出張中の准教授 ノートパソコン盗難 2024年9月8日\n",
			"true|はまなす大学|loss_theft|2024-09-08|possible"},
		{"a loss under its category line", "3.■みなみ野市 介護保険の申請書を庁舎内で紛失 2024年9月20日\n\n盗難 パソコン\n",
			"true|みなみ野市|loss_theft|2024-09-20|possible"},
		{"a bureau named by its head, the date after a newspaper's name", "1.■国交省港湾局長、電車内でカバン置き引き被害 毎朝新聞2024年9月14日\n",
			"true|国交省港湾局|loss_theft|2024-09-14|possible"},
		{"a prefecture's short name before the town", "千葉・こまち町 職員が住民名簿を紛失 2024年6月2日\n",
			"true|こまち町|loss_theft|2024-06-02|possible"},
		{"a table of counts by cause is no incident", "個人情報漏えい事案の一覧(原因別) 2024年9月\n\n  自治体 民間 合計\n紛失 3 2 5\n盗難 1 1 2\n誤送信 4 6 10\n廃棄 0 1 1\n",
			"false||||"},
	})
}

func TestRound7OrgCandidates(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a casebook title that opens with its topic, the organization after a dash", "【セキュリティ事件簿#2024-310】委託先がメール誤送信、受講生のアドレス流出 - 北浜県\n\n県の委託事業で、受講生あての案内メールを送信した際に、宛先が確認できる状態で送信しました。\n",
			"北浜県"},
		{"a title's topic is no name", "【セキュリティ事件簿#2024-311】みなと観光協会が管理する個人情報の漏えいについて 2024/7/18\n\n詳細は調査中です。\n",
			""},
		{"the 社 of 株式会社 is no president's title", "こだま重工株式会社長浜工場は6月4日、従業員の個人情報を記録したUSBメモリを紛失したと発表した。\n",
			"こだま重工株式会社長浜工場"},
		{"an era alone is no name", "令 和 6 年 2 月 9 日 各 位\n\n社内調査の最終報告についてのお知らせ\n\n当社サーバへの不正アクセスについて、最終報告をいたします。\n",
			""},
		{"a sentence opener is no name", "2026年1月15日、当法人のホームページに設置しているお問い合わせフォームが第三者により不正に利用され、外部に脅迫的な内容のメールが送信される事案が発生いたしました。\nこのたびは、関係先の皆さまに多大なるご迷惑をおかけしましたことを、心より深くお詫び申し上げます。\n",
			""},
		{"a university apart from its title", "はまなす大学 外部機関が運営しているサイト上における個人情報の漏えいについて 2024年11月22日\n\n外部機関から照会があり、確認した結果、本学の資料に個人情報が含まれていたことが判明いたしました。\n",
			"はまなす大学"},
		{"a corporation and its clinic apart as a news subject", "医療法人さくら会 ひばりセントラルクリニックは2月18日、同院への不正アクセスによる情報漏えいの可能性について発表した。\n",
			"医療法人さくら会 ひばりセントラルクリニック"},
		{"a shop known by its name alone", "西浜珈琲店ネットショップへの不正アクセスによるクレジットカード情報漏洩に関するご質問\n\nこのたびの西浜珈琲店ネットショップにおける、クレジットカード情報の漏洩に関するご質問について、ご回答をご用意いたしました。\n",
			"西浜珈琲店"},
		{"a shop's kind is no name", "弊社オンラインショップへの不正アクセスについて\n\nこのたび、弊社が運営する公式通販サイトが不正アクセスを受け、カード情報が漏えいした可能性があります。\n",
			""},
	})
}

func TestRound7Dates(t *testing.T) {
	dates := func(f model.Facts) string { return f.Published + "|" + f.Discovered }
	runField(t, "published|discovered", dates, []fieldCase{
		{"a lead opening with the day of the announcement", "2025年7月29日、みなと県は、県が実施している事業に関連して、対象者5,816人分の個人情報を含むメールを誤送信したことを公表しました。\n",
			"2025-07-29|"},
		{"a lead opening with the day of the discovery", "2025年7月20日、みなと県の担当課において、対象者の個人情報を含むメールを誤送信していたことが判明しました。\n",
			"|2025-07-20"},
		{"a news site's time stamp after the headline", "こまち町 旧観光協会のXが乗っ取り被害[2024/03/22 14:01]\n\n こまち町の旧観光協会のXアカウントが、何者かに乗っ取られる被害に遭ったことが分かりました。\n",
			"2024-03-22|"},
	})
}

func TestRound7TypesAndLeak(t *testing.T) {
	typesLeak := func(f model.Facts) string { return strings.Join(f.Types, ",") + "|" + string(f.Leak) }
	runField(t, "types|leak", typesLeak, []fieldCase{
		{"a login as a member of staff is no phishing; still checking whether more leaked is no denial", `情報セキュリティインシデント(不正アクセス)について

3月16日、当機構職員になりすましてのVPN接続による業務システムへの不正アクセスがあったことが判明しました。
現時点で役職員の氏名、メールアドレス、暗号化されたパスワード(812件)が3月8日に窃取されたことが確認されました。機構外の方の個人情報が窃取されていないかを継続して確認中です。
`, "unauthorized_access|confirmed"},
		{"more put on the website than meant", `個人情報漏えいに係る謝罪について

この度、当課において、講習会の受講結果を受講者番号のみホームページに掲載するべきところ、個人情報を含む受講者名簿を併せて掲載していた事案が発生いたしました。
`, "misconfiguration|possible"},
	})
}
