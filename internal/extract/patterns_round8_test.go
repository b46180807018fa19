package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Cases from the second half of session 3's blind set (dev3), written again
// with fictional organizations.

func TestRound8DataLists(t *testing.T) {
	data := func(f model.Facts) string { return strings.Join(f.DataTypes, ",") }
	runField(t, "data_types", data, []fieldCase{
		{"items announced as 下記の通り", `医療法人さくら会 ひばりクリニックは2月18日、同院への不正アクセスによる情報漏えいの可能性について発表した。
当該サーバに記録されていたのは、最大約3万名の患者の個人情報で項目は下記の通り。
・患者に関する個人情報
氏名、生年月日、性別、住所、電話番号、メールアドレス、診療に関する情報等
`, "name,birthdate,gender,address,phone,email,medical"},
		{"a long heading closing on the personal data", `この度、企画課において実施しているモニターツアーの応募者の個人情報が含まれる保存先のURLの誤送信が判明しました。
1 事案の概要
(1)誤送信した個人情報が含まれる保存先のURLに含まれていた個人情報等
・応募者代表4名 メールアドレス、氏名、性別、年齢、住所、電話番号
`, "email,name,gender,age,address,phone"},
	})
}

func TestRound8PopulationTotals(t *testing.T) {
	affected := func(f model.Facts) string {
		if f.Affected == nil {
			return ""
		}
		return fmt.Sprint(*f.Affected)
	}
	runField(t, "affected", affected, []fieldCase{
		{"the whole year group visited is no count of the affected", `みなと市教委は3日、市立中学校3年生の1学級37人分の個人調査書がつづられたファイル1冊を紛失したと発表した。
また、2日から37人を含む全生徒609人へ家庭訪問し、保護者らに説明と謝罪を行っているという。
`, "37"},
		{"whose data, in a headline that ends with a punishment", "連絡アプリで児童34名分の個人情報を誤送信 教頭が懲戒処分【みなと県】\n\nみなと県教育局は2025年2月6日、小学校の教頭が児童の個人情報を誤送信したとして、懲戒処分(戒告)を科したと発表。\nデータには、児童34名分の要配慮個人情報が含まれていたという。\n",
			"34"},
		{"the accounts an investigation covered are no count of the affected", `印鑑票の紛失について

当行が保管する印鑑票の一部を紛失していたことが判明しました。紛失した印鑑票には、お客さま1,280名の氏名、住所が記載されています。
なお、今回調査の対象とした全口座数は412千口座です。
`, "1280"},
	})
}

func TestRound8ViewedOrNot(t *testing.T) {
	leak := func(f model.Facts) string { return string(f.Leak) }
	head := "みなと大学における個人情報の閲覧可能な状態について\n\n誤ったURLを送信したため、受信者が回答データを閲覧できる状態になっていました。"
	runField(t, "leak", leak, []fieldCase{
		{"left viewable, then found not viewed", head + "なお、アクセスログを確認した結果、受信者は回答内容の閲覧及びダウンロードを行っていないことを確認しました。\n", "none"},
		{"left viewable, then found viewed", head + "アクセスログを確認した結果、受信者1名が回答内容の閲覧を行っていたことを確認しました。\n", "confirmed"},
		{"left viewable, nothing more said", head + "\n", "possible"},
	})
}

func TestRound8DiscoveryLead(t *testing.T) {
	runField(t, "discovered", func(f model.Facts) string { return f.Discovered }, []fieldCase{
		{"a lead opening with the day, 公表 only a modifier", "はまなす大学 外部機関が運営しているサイト上における個人情報の漏えいについて 2022年11月22日\n\n令和4年10月5日(水)、外部機関から、同機関が運営しているサイトで公表した本学関連資料について照会があり、確認した結果、秘匿処理が十分でないまま公表していることが判明いたしました。\n",
			"2022-10-05"},
		{"a news attribution before the summary's date", "株式会社みなと商会は2024年5月16日、同社システムの一部がランサムウェアに感染した疑いが生じたと明らかにしました。\n同社によると2024年5月10日、サーバーに不具合が発生しました。原因を調査したところ、システムの一部がランサムウェアに感染している事実が判明。\n",
			"2024-05-10"},
		{"a lead telling an earlier notice", "2024年3月1日、当社は、不正アクセスによる個人情報漏えいの可能性について公表いたしました。\n\nその後の調査の結果、漏えいの事実は確認されませんでした。\n",
			""},
	})
}

func TestRound8ExampleCases(t *testing.T) {
	types := func(f model.Facts) string { return strings.Join(f.Types, ",") }
	runField(t, "types", types, []fieldCase{
		{"another's case told as an example", `2025年9月22日、みなと県で個人情報漏えい事故が発生しました。監査に協力していた社会保険労務士による電子メールの誤送信により、従業員49人分の個人情報が外部に流出したのです。

現場から見た類似事例
ケース1:給与明細の誤送信
ある中小企業で、人事担当者が全従業員の給与明細を元従業員に誤送信した事例がありました。元従業員が悪意を持ってSNSで公開し、大きな問題となりました。
`, "misdelivery"},
	})
}

func TestRound8NumberedHeadlines(t *testing.T) {
	runField(t, "headline facts", incidentLine, []fieldCase{
		{"a staff member's office", "15■はまなす労基署職員 個人情報を紛失 誤廃棄か 毎朝 2024年07月28日\n",
			"true|はまなす労基署|loss_theft|2024-07-28|possible"},
		{"a numbered headline whose date is mistyped", "12■北浜市 教諭、生徒61人分の成績入りUSB紛失 東浜新聞2024根7月8日\n",
			"true|北浜市|loss_theft||possible"},
		{"the head of a digest is no incident", "個人情報漏えい事案の一覧 :原因別 2024年7月\n\n紛失 書類\n",
			"false||||"},
	})
}

func TestRound8DefinedShortName(t *testing.T) {
	runField(t, "organization", orgOf, []fieldCase{
		{"a body defined by its short name at the head", "独立行政法人みなと海洋研究開発機構(以下「海洋機構」という。)において、職員の利用するパソコンがコンピュータウイルスに感染し、海洋機構の保有する情報が外部に漏えいした可能性があることが判明しました。\n",
			"独立行政法人みなと海洋研究開発機構"},
		{"当協会 and the name before its official site", "【重要】当協会ホームページの改ざんに関するお詫びとご報告(第2報)\n\n2014年5月22日\n\n 5月9日にご報告いたしました東浜バレーボール協会公式サイト(PCサイト)の改ざんについて、改めてご報告いたします。\n 第三者が不正にアクセスし、当協会サイトのページの一部を改ざんしました。\n",
			"東浜バレーボール協会"},
		{"a quoted company name and 社", "製網企業「みなと製網」社が、第三者による不正アクセス被害を受けた。\n公表ではランサムウェア感染が確認されており、同社のサーバーが影響を受けたという。\n",
			"みなと製網"},
	})
}
