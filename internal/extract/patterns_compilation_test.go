package extract_test

import (
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/extract"
	"github.com/jikenbo/jikenbo/internal/model"
)

// compilationCase is a fictional compilation (a casebook page, a digest, a
// scrapbook): blocks are joined by blank lines and each block is one
// segment. The facts of block `at` are checked; empty fields are unchecked.
type compilationCase struct {
	name       string
	blocks     []string
	at         int
	incident   *bool
	org        string
	title      string
	published  string
	discovered string
	types      []string
	data       []string
	noData     []string
	seq        string
	leak       model.Leak
	affected   int64
}

func extractBlocks(blocks []string) []model.Facts {
	var b strings.Builder
	var segs []model.Segment
	for i, blk := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(blk)
		segs = append(segs, model.Segment{Span: model.Span{Start: start, End: b.Len()}})
	}
	return extract.Extract(b.String(), segs)
}

func TestCompilationPatterns(t *testing.T) {
	yes := true
	cases := []compilationCase{
		{
			name: "mail sent with CC ending in a viewable state is an incident",
			blocks: []string{"【セキュリティ事件簿#2031-044】株式会社ほたる堂 会員向けメールの誤送信について 2031/04/09\n\n" +
				"2031年4月8日、当社からメールマガジン会員の皆様へお送りしたご案内において、宛先をBCCではなくCCに設定したため、受信者同士でメールアドレスが閲覧できる状態となりました。対象は57名様です。"},
			incident: &yes, published: "2031-04-09", types: []string{"misdelivery"}, data: []string{"email"},
		},
		{
			name: "papers lost on a visit are an incident",
			blocks: []string{"医療法人 こもれび会\n\n訪問先への書類の紛失について\n\n令和13年2月3日\n\n" +
				"当院の看護師が訪問看護の移動中に、利用者2名の氏名、住所、妊娠週数を記載したメモを紛失いたしました。警察署に遺失届を提出しております。"},
			incident: &yes, types: []string{"loss_theft"}, data: []string{"name", "address", "medical"},
		},
		{
			name: "an issue year one digit off and before the events it reports is a typo",
			blocks: []string{"【セキュリティ事件簿#2031-051】株式会社あまつぶ工房 当社サーバーへの不正アクセスについて 2021年5月20日\n\n" +
				"当社は、2031年5月16日、当社のファイルサーバーに外部から不正なアクセスが行われたことを確認しました。"},
			published: "2031-05-20", discovered: "2031-05-16",
		},
		{
			name: "a header title copied from the previous block is no evidence",
			blocks: []string{
				"さくらぎ市\n\n窓口における交付金の誤支給について\n\n令和13年6月1日\n\n本市の窓口で、交付金を別の方の口座に誤って支給する事案が発生しました。\n\n窓口における交付金の誤支給について",
				"さくらぎ市\n\n窓口における交付金の誤支給について\n\n6/3(火) 10:15\n\n【お詫び】防災メールの誤配信について\n\n本日9時頃に配信した「避難指示」の防災メールは、訓練用の文面を誤って配信したものです。\n\n大変ご迷惑をおかけし申し訳ございません。\n\n【お詫び】防災メールの誤配信について",
			},
			at: 1, types: []string{"misdelivery"}, title: "【お詫び】防災メールの誤配信について",
		},
		{
			name:     "a digest item about a warning against impersonating SMS is an incident",
			blocks:   []string{"かもめ銀行をかたるSMSに注意\n\nかもめ銀行は、同行をかたるSMSが出回っているとして注意を呼びかけた。偽のログインページに誘導する手口だという。"},
			incident: &yes, types: []string{"phishing"},
		},
		{
			name:   "a news item on an update carries its number",
			blocks: []string{"ひばり運輸、ランサム被害の続報で顧客情報流出を確認\n\nひばり運輸は、10月に公表したランサムウェア被害について第3報を公表した。顧客約2万人分の氏名と住所が流出したことを確認したという。"},
			seq:    "3",
		},
		{
			name:   "a digest headline naming the kind of business yields to the lead's name",
			blocks: []string{"文具店の通販サイトに不正ログイン、約3千人のポイント不正利用\n\n文具店を運営するかみかぜ堂は、通販サイトへのパスワードリスト攻撃により、会員3,050人のアカウントに不正ログインされたと発表した。"},
			org:    "かみかぜ堂",
		},
		{
			name:   "a digest headline describing a manufacturer yields to the lead's name",
			blocks: []string{"菓子メーカーで委託先経由の誤送信、取引先のアドレス流出\n\n焼き菓子を製造するひなた製菓は、メール配信の委託先が取引先向けの案内を別の配信リストに送っていたと公表した。"},
			org:    "ひなた製菓",
		},
		{
			name:   "a headline name that the lead repeats stays",
			blocks: []string{"つばめ物流、配送管理サーバーがランサムウェアに感染\n\n物流大手のつばめ物流は、配送管理サーバーがランサムウェアに感染したと発表した。"},
			org:    "つばめ物流",
		},
		{
			name: "a scrapbook without any written year takes the year its links carry",
			blocks: []string{
				"さざなみ町は5月8日、町立体育館の利用者名簿をつづったファイルを紛失したと発表した。名簿には利用者約150人の氏名と電話番号が記載されていたという。\n体育館利用者名簿の紛失について | 架空タイムズ",
				"株式会社まつかぜ信販は5月12日、同社の担当者を名乗る不審な電話が相次いでいるとして注意を呼びかけた。\n引用 https://www.matsukaze-shinpan.example.jp/news/2032/0512.html",
			},
			published: "2032-05-08",
		},
		{
			name:   "media destroyed after a wrongful disposal leak nothing; a library card is no payment card",
			blocks: []string{"ふじみ野町は6月4日、町立図書館の利用者カード情報を保存したUSBメモリを誤って廃棄していたと発表した。利用者約900人分の氏名、住所が記録されていたが、処理業者による溶解処理が確認されており、外部への流出の可能性は低いとしている。"},
			types:  []string{"loss_theft"}, data: []string{"name", "address"}, leak: model.LeakNone,
		},
		{
			name:     "members whose accounts were logged into are affected, not the rounded headline figure",
			blocks:   []string{"文具店の通販サイトに不正ログイン、約3千人のポイント不正利用\n\n文具店を運営するかみかぜ堂は、通販サイトへのパスワードリスト攻撃により、会員3,050人のアカウントに不正ログインされたと発表した。"},
			affected: 3050,
		},
		{
			name:     "the addresses a mail went to are no affected count; named contacts are",
			blocks:   []string{"焼き菓子を製造するひなた製菓は、委託先が取引先向けの案内メールを送信する際、宛先を誤って他社の配信リストに送っていたと公表した。取引先の担当者84人の氏名、会社名、メールアドレスが無関係の約9千件のアドレスに送信された。"},
			affected: 84, data: []string{"name", "company_name", "email"},
		},
		{
			name:   "a news headline without a name yields to the lead under a dateline",
			blocks: []string{"学習塾向けクラウドに不正アクセス 2県で授業配信停止\n\n2031年7月2日 10時00分 架空新聞デジタル\n\n学習塾向けのクラウドサービスを提供する株式会社そよかぜネットは1日、同社のサーバーが不正アクセスを受けたと発表した。"},
			org:    "株式会社そよかぜネット",
		},
		{
			name:   "whether data leaked still under investigation is no reading",
			blocks: []string{"株式会社そよかぜネットは1日、同社のサーバーがランサムウェアによるサイバー攻撃を受けたと発表した。顧客の個人情報が流出したかどうかは調査中という。"},
			leak:   model.LeakUnknown,
		},
		{
			name:   "a possibility being investigated is no reading either",
			blocks: []string{"本学教職員1名のメールアカウントが第三者に不正に利用され、迷惑メールが送信されました。メールボックス内の情報が閲覧された可能性について調査を進めております。"},
			leak:   model.LeakUnknown,
		},
		{
			name:       "a news item's 'found' dates the discovery",
			blocks:     []string{"株式会社そよかぜネットは2031年7月1日、同社のサーバーがランサムウェアによるサイバー攻撃を受けたと発表した。同社によると、6月28日夜にファイルが暗号化されているのを保守担当者が見つけた。"},
			discovered: "2031-06-28",
		},
		{
			name:   "school list items are academic",
			blocks: []string{"県立高校において、進路希望調査の書類を入れ違えて誤送付したことが、保護者からの連絡で判明した。\n\n2 誤送付された個人情報\n生徒3名分の氏名、学年、学級、志望校、模擬試験の成績\n"},
			data:   []string{"name", "academic"},
		},
		{
			name:   "tampering judged after the sentence naming the changed site is defacement",
			blocks: []string{"ふじみ野町\n\nホームページの一時閲覧停止について\n\n7月3日、町ホームページのお知らせ欄に、本町が掲載していない広告ページへのリンクが表示されていることを確認しました。コンテンツ管理システムへの不正アクセスによる改ざんと判断し、ホームページを一時停止しました。"},
			types:  []string{"defacement", "unauthorized_access"},
		},
		{
			name:   "another user's data shown on a completion screen may have been seen",
			blocks: []string{"ふじみ野町\n\n申請フォームで送信内容が誤って表示される不具合について\n\n町ホームページの申請フォームにおいて、システム更新の不具合により、完了画面に別の利用者の申請内容(氏名、メールアドレス、電話番号)が表示される事象が発生しました。"},
			data:   []string{"name", "email", "phone", "other"}, leak: model.LeakPossible,
		},
		{
			name:   "a point card is no points data",
			blocks: []string{"株式会社かざぐるま薬局は、ポイントカード会員向けのお知らせメールを誤って別の会員に送信し、メールアドレス120件が閲覧できる状態となりましたと公表した。"},
			noData: []string{"points"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := extractBlocks(c.blocks)[c.at]
			if c.incident != nil && f.IsIncident != *c.incident {
				t.Errorf("is_incident = %v, want %v", f.IsIncident, *c.incident)
			}
			if c.org != "" && f.Organization != c.org {
				t.Errorf("organization = %q, want %q", f.Organization, c.org)
			}
			if c.published != "" && f.Published != c.published {
				t.Errorf("published = %q, want %q", f.Published, c.published)
			}
			if c.discovered != "" && f.Discovered != c.discovered {
				t.Errorf("discovered = %q, want %q", f.Discovered, c.discovered)
			}
			if c.types != nil && !sameSet(f.Types, c.types) {
				t.Errorf("types = %v, want %v", f.Types, c.types)
			}
			if c.affected != 0 && (f.Affected == nil || *f.Affected != c.affected) {
				t.Errorf("affected = %v, want %d", f.Affected, c.affected)
			}
			if c.leak != "" && f.Leak != c.leak {
				t.Errorf("leak = %q, want %q", f.Leak, c.leak)
			}
			if c.seq != "" && f.ReportSeq != c.seq {
				t.Errorf("report_seq = %q, want %q", f.ReportSeq, c.seq)
			}
			if c.title != "" && f.Title != c.title {
				t.Errorf("title = %q, want %q", f.Title, c.title)
			}
			if c.data != nil && !sameSet(f.DataTypes, c.data) {
				t.Errorf("data_types = %v, want %v", f.DataTypes, c.data)
			}
			for _, d := range c.noData {
				for _, g := range f.DataTypes {
					if g == d {
						t.Errorf("data_types = %v, must not hold %s", f.DataTypes, d)
					}
				}
			}
		})
	}
}
