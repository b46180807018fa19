package link_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
)

// synthCorpus generates n fictional reports from templates: varied
// organizations, dates over four years, incident types, counts and product
// names; about a third of the incidents get a follow-up or a news item.
func synthCorpus(n int, seed uint64) ([]link.Item, []string) {
	r := rand.New(rand.NewPCG(seed, 7))
	first := strings.Fields("青葉 緑川 東浜 西原 北山 南台 若葉 桜井 松浦 竹田 梅沢 朝日 夕陽 星野 月岡 花園 白石 黒田 赤坂 小泉 大川 高森 新田 本郷 川辺 山吹 柏木 楓台 岬 潮見")
	second := strings.Fields("中央 第一 新 東 西 南 北 上 下 本")
	kinds := strings.Fields("市 町 村 大学 病院 銀行 商事 精機 電機 物産 食品 運輸 建設 書房 薬品 信用金庫 学園 医療センター")
	kata := strings.Fields("ア カ サ タ ナ ハ マ ヤ ラ ワ ガ ザ ダ バ パ キ シ チ ニ ヒ ミ リ ク ス ツ ヌ フ ム ル ト ノ ホ モ ロ ン ー")
	product := func() string {
		var b strings.Builder
		for range 3 + r.IntN(4) {
			b.WriteString(kata[r.IntN(len(kata))])
		}
		return b.String()
	}
	type tmpl struct {
		types []string
		text  string
	}
	tmpls := []tmpl{
		{[]string{"ransomware", "unauthorized_access"}, "%[1]s\n当社サーバーへのランサムウェア攻撃について\n%[2]s\n%[3]s、当社の%[4]sサーバーが第三者による不正アクセスを受け、ファイルが暗号化される被害が発生しました。直ちにネットワークを遮断し、外部専門機関と調査を進めております。保存されていた顧客情報%[5]d件の流出の有無を確認中です。"},
		{[]string{"misdelivery"}, "%[1]s\nメールの誤送信について\n%[2]s\n%[3]s、職員が%[4]sの案内メールを送信する際、BCCとすべきところを宛先に入力したため、%[5]d名のメールアドレスが他の受信者に表示されました。受信者に削除をお願いしております。"},
		{[]string{"loss_theft"}, "%[1]s\n個人情報を含む書類の紛失について\n%[2]s\n%[3]s、%[4]s業務で使用していた書類を紛失したことが判明しました。書類には%[5]d名分の氏名と住所が記載されています。警察に遺失届を提出しました。"},
		{[]string{"phishing"}, "%[1]s\n当社を装った不審なメールにご注意ください\n%[2]s\n当社の「%[4]s」を装い、偽のログイン画面に誘導するメールが確認されています。%[3]s以降、%[5]d件の問い合わせを受けております。リンクは開かずに削除してください。"},
		{[]string{"web_skimming", "unauthorized_access"}, "%[1]s\n弊社通販サイトへの不正アクセスによる個人情報漏えいについて\n%[2]s\n弊社が運営する「%[4]sオンライン」において、%[3]sに第三者の不正アクセスを受け、ペイメントアプリケーションが改ざんされました。クレジットカード情報%[5]d件が漏えいした可能性があります。"},
		{[]string{"account_takeover", "spam_relay"}, "%[1]s\nメールアカウントの不正利用について\n%[2]s\n%[3]s、職員のメールアカウントが第三者に不正利用され、約%[5]d件の迷惑メールが送信されました。%[4]sの設定を見直し、パスワードを変更しました。"},
		{[]string{"misconfiguration"}, "%[1]s\n申込フォームの設定誤りによる個人情報の閲覧について\n%[2]s\n「%[4]s」の申込フォームの公開設定に誤りがあり、%[3]sまで申込者%[5]d名の情報が閲覧できる状態でした。現在は設定を修正しています。"},
	}
	extra := []string{
		"お客様には多大なるご迷惑とご心配をおかけしますことを深くお詫び申し上げます。",
		"現時点で二次被害の報告は受けておりません。",
		"本件について個人情報保護委員会へ報告いたしました。",
		"再発防止策として、職員への研修と確認手順の見直しを行います。",
		"対象の方には個別に連絡を差し上げております。",
		"今後、新たな事実が判明した場合は速やかにお知らせいたします。",
		"警察に相談し、捜査に協力しております。",
		"専用の問い合わせ窓口を設置いたしました。",
	}
	items := make([]link.Item, 0, n)
	labels := make([]string, 0, n)
	base := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for len(items) < n {
		org := first[r.IntN(len(first))] + second[r.IntN(len(second))] + first[r.IntN(len(first))] + kinds[r.IntN(len(kinds))]
		if !strings.HasSuffix(org, "市") && !strings.HasSuffix(org, "町") && !strings.HasSuffix(org, "村") && r.IntN(2) == 0 {
			org = "株式会社" + org
		}
		t := tmpls[r.IntN(len(tmpls))]
		day := base.AddDate(0, 0, r.IntN(4*365))
		disc := day.AddDate(0, 0, -r.IntN(10))
		prod, count := product(), 10+r.IntN(5000)
		jp := func(d time.Time) string { return fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day()) }
		text := fmt.Sprintf(t.text, org, jp(day), jp(disc), prod, count)
		for range 1 + r.IntN(3) {
			text += extra[r.IntN(len(extra))]
		}
		label := fmt.Sprint(len(items))
		facts := model.Facts{IsIncident: true, Organization: org, Published: day.Format("2006-01-02"),
			Discovered: disc.Format("2006-01-02"), Types: t.types}
		items = append(items, link.Item{Doc: fmt.Sprintf("synth-%d", len(items)), Text: text, Facts: facts})
		labels = append(labels, label)
		switch r.IntN(6) {
		case 0: // a follow-up a month later
			day2 := day.AddDate(0, 1, r.IntN(20))
			text2 := fmt.Sprintf("%s\n(第2報)%sの件について\n%s\n%sに公表しました事案について、調査の結果、対象は%d件であることを確認しました。%sについては対策を完了しております。",
				org, prod, jp(day2), jp(day), count, prod)
			f2 := facts
			f2.Published, f2.ReportSeq = day2.Format("2006-01-02"), "2"
			items = append(items, link.Item{Doc: fmt.Sprintf("synth-%d", len(items)), Text: text2, Facts: f2})
			labels = append(labels, label)
		case 1: // a news item a few days later
			day2 := day.AddDate(0, 0, 1+r.IntN(5))
			short := strings.TrimPrefix(org, "株式会社")
			text2 := fmt.Sprintf("%sは、%sに発生した事案で%d件の情報に影響があったと発表した。「%s」を巡る問題で、原因を調べている。", short, jp(disc), count, prod)
			f2 := facts
			f2.Organization, f2.Published, f2.Discovered = short, day2.Format("2006-01-02"), ""
			items = append(items, link.Item{Doc: fmt.Sprintf("synth-%d", len(items)), Text: text2, Facts: f2})
			labels = append(labels, label)
		}
	}
	return items[:n], labels[:n]
}

// benchSize is the number of reports already indexed; LINK_BENCH_N
// overrides it for quick profiling.
var benchSize = func() int {
	if n, err := strconv.Atoi(os.Getenv("LINK_BENCH_N")); err == nil && n > 0 {
		return n
	}
	return 100_000
}()

var (
	benchOnce  sync.Once
	benchItems []link.Item
	benchKeys  []link.Key
	benchIndex *link.Index
	benchProbe []link.Item
)

func benchSetup(b *testing.B) {
	benchOnce.Do(func() {
		start := time.Now()
		benchItems, _ = synthCorpus(benchSize, 1)
		benchKeys = make([]link.Key, len(benchItems))
		for i, it := range benchItems {
			benchKeys[i] = link.NewKey(it)
		}
		keysAt := time.Since(start)
		benchIndex = link.NewIndex(link.Options{})
		for _, k := range benchKeys {
			benchIndex.AddKey(k, nil)
		}
		benchProbe, _ = synthCorpus(20_000, 2)
		b.Logf("setup: %d reports, keys in %v, index in %v, %d clusters", len(benchItems), keysAt, time.Since(start)-keysAt, benchIndex.Clusters())
	})
}

// BenchmarkLinkOne measures adding one new report (key computation
// included) to an index that already holds 100,000 reports.
func BenchmarkLinkOne(b *testing.B) {
	benchSetup(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		benchIndex.Add(benchProbe[i%len(benchProbe)])
	}
}

// BenchmarkRelinkAll measures linking the same 100,000 reports from scratch
// (Cluster, key computation included). Run with -benchtime=1x.
func BenchmarkRelinkAll(b *testing.B) {
	benchSetup(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		link.Cluster(benchItems)
	}
}

// TestSynthCorpusLinks checks that the benchmark's synthetic workload is
// linked as generated: pairwise F1 against the generator's incidents.
func TestSynthCorpusLinks(t *testing.T) {
	items, labels := synthCorpus(3000, 3)
	got := link.Cluster(items)
	f1 := pairF1(labels, got)
	t.Logf("3000 synthetic reports: pairwise link F1 %.3f", f1)
	if f1 < 0.9 {
		t.Errorf("synthetic link F1 = %.3f, want >= 0.9", f1)
	}
}

// pairF1 is the pairwise link F1 of a clustering against labels; it groups
// by label so that it stays fast on thousands of reports.
func pairF1(labels []string, got []int) float64 {
	pairs := func(groups map[string]int) int {
		n := 0
		for _, c := range groups {
			n += c * (c - 1) / 2
		}
		return n
	}
	byLabel, byGot, both := map[string]int{}, map[string]int{}, map[string]int{}
	for i, l := range labels {
		byLabel[l]++
		if got[i] >= 0 {
			g := fmt.Sprint(got[i])
			byGot[g]++
			both[l+"/"+g]++
		}
	}
	tp := pairs(both)
	p := float64(tp) / float64(max(pairs(byGot), 1))
	r := float64(tp) / float64(max(pairs(byLabel), 1))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
