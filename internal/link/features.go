package link

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Item is one report to link.
type Item struct {
	Doc   string      // document name or id, for explanations
	Seq   int         // position of the report in its document
	Text  string      // the report's text
	Facts model.Facts // extracted facts; IsIncident false items are not linked
}

// Key is what the linker keeps of a report: everything the pairwise rule
// needs, without the text. It is computed by NewKey and stored through
// LinkKey.
type Key struct {
	Doc        string   `json:"doc,omitempty"`
	Seq        int      `json:"seq,omitempty"`
	Org        string   `json:"-"`                  // NormalizeOrg of the organization (LinkKey.Org)
	OrgName    string   `json:"org_name,omitempty"` // the organization as written
	Published  string   `json:"-"`                  // ISO date (LinkKey.Published)
	Discovered string   `json:"discovered,omitempty"`
	Types      []string `json:"types,omitempty"`
	Vendors    []string `json:"vendors,omitempty"` // NormalizeOrg of each vendor
	FollowUp   bool     `json:"follow_up,omitempty"`
	Contractor bool     `json:"contractor,omitempty"` // the text speaks of a contractor or vendor
	Terms      []string `json:"terms,omitempty"`      // distinctive event terms, sorted
	Size       int      `json:"size,omitempty"`       // distinct shingles of the text
	Sig        []uint32 `json:"-"`                    // MinHash signature (LinkKey.Signature)
}

// maxTerms bounds the event terms kept per report.
const maxTerms = 96

// Term classes, written as a one-letter prefix of each term, and their
// weights in the shared-evidence sum.
var termWeight = map[byte]float64{
	'q': 3,   // a name in 「」 or 『』, or the report's title
	'a': 2,   // a Latin-script word: malware, product, domain
	'n': 2,   // a counted number: 566名, 2,312件 (3 from 100 up, see numberTerm)
	'k': 1,   // an uncommon katakana word
	'd': 0.5, // a calendar day mentioned: 4月24日
}

// weightOf returns the weight of one term: its class weight, raised to 3
// for a counted number of 100 or more (566名 identifies an event, 12件
// hardly).
func weightOf(t string) float64 {
	if t[0] == 'n' {
		if i := strings.IndexFunc(t[2:], func(r rune) bool { return r < '0' || r > '9' }); i >= 3 {
			return 3
		}
	}
	return termWeight[t[0]]
}

// strongTerm reports whether a term is specific enough to tie two
// organizations' reports together on its own class.
func strongTerm(t string) bool { return t != "" && (t[0] == 'q' || t[0] == 'a' || t[0] == 'n') }

// NewKey computes the linking features of an item.
func NewKey(it Item) Key {
	f := it.Facts
	valid := func(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
	folded := fold(valid(it.Text))
	k := Key{
		Doc:        valid(it.Doc),
		Seq:        it.Seq,
		Org:        NormalizeOrg(f.Organization),
		OrgName:    valid(strings.TrimSpace(f.Organization)),
		Published:  valid(f.Published),
		Discovered: valid(f.Discovered),
		Types:      sortedSet(f.Types),
		FollowUp:   f.ReportSeq != "" || followUpRe.MatchString(folded),
		Contractor: len(f.Vendors) > 0 || contractorRe.MatchString(folded),
	}
	for _, v := range f.Vendors {
		if n := NormalizeOrg(v); n != "" {
			k.Vendors = append(k.Vendors, n)
		}
	}
	k.Vendors = sortedSet(k.Vendors)
	k.Sig, k.Size = signature(folded)
	k.Terms = terms(folded, fold(valid(f.Title)))
	return k
}

// sortedSet returns the distinct non-empty values of s, sorted.
func sortedSet(s []string) []string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, strings.ToValidUTF8(v, "\uFFFD"))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

var (
	followUpRe   = regexp.MustCompile(`第[0-9一二三四五六七八九十]+報|続報|最終報|\(最終\)|【最終】|既報|付け?で?(公表|お知らせ|公開|発表)|先般(お知らせ|公表|ご報告)|先日(お知らせ|公表|ご報告)|前回(のお知らせ|公表|ご報告)|にて(公表|お知らせ)(いたし|し)ました|調査結果(のご報告|について|のお知らせ)|訂正`)
	contractorRe = regexp.MustCompile(`委託|受託|運営事業者|保守事業者|運用事業者|提供事業者|運営会社|開発会社|ベンダー|利用団体|導入先|取引先企業`)
	quotedRe     = regexp.MustCompile(`[「『“"]([^「」『』“”"]{2,40})[」』”"]`)
	asciiRe      = regexp.MustCompile(`[a-z0-9][a-z0-9@._\-]*[a-z0-9]`)
	numberRe     = regexp.MustCompile(`([0-9][0-9,]*)(人分|名|件|人|社|台|通|枚|団体|自治体|世帯|校|店舗|法人)`)
	dayRe        = regexp.MustCompile(`([0-9]{1,2})月([0-9]{1,2})日`)
)

// asciiStop lists Latin-script words too common in notices to identify an
// event.
var asciiStop = map[string]bool{
	"http": true, "https": true, "www": true, "com": true, "html": true, "htm": true, "pdf": true,
	"php": true, "index": true, "url": true, "the": true, "and": true, "for": true, "you": true,
	"your": true, "inc": true, "ltd": true, "corp": true, "co.jp": true, "or.jp": true, "go.jp": true,
	"lg.jp": true, "ne.jp": true, "ac.jp": true, "web": true, "faq": true, "tel": true, "fax": true,
	"mail": true, "email": true, "e-mail": true, "sms": true, "pc": true, "usb": true, "ok": true,
	"q-a": true, "top": true, "news": true, "info": true, "jp": true, "aspx": true, "jsp": true,
	"cgi": true, "utm_source": true, "amp": true, "zip": true, "ssl": true, "it": true,
	"vpn": true, "os": true, "id": true, "pw": true, "ip": true, "dm": true, "sns": true,
	"bcc": true, "cc": true, "to": true, "from": true, "www2": true, "cms": true, "dns": true,
	"ftp": true, "ec": true, "pdf形式": true, "excel": true, "word": true, "csv": true, "qr": true,
}

// katakanaStop lists katakana words common to notices of every kind.
var katakanaStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
メール メールアドレス アドレス アクセス システム サーバ サーバー サーバー等 ウイルス ウィルス
コンピュータ コンピューター コンピュータウイルス コンピューターウイルス パソコン ファイル
セキュリティ インターネット ネットワーク パスワード アカウント ホームページ ウェブサイト
ウェブ ウエブ サイト データ サービス ログイン ログ クレジットカード カード リンク
スマートフォン スマホ ソフト ソフトウェア ソフトウエア プログラム クラウド サポート センター
ページ フォーム ユーザー ユーザ メッセージ ショートメッセージ メールマガジン メルマガ
オンライン ポイント ショップ オンラインショップ ストア マイナンバー マイナンバーカード
セキュリティー セキュリティソフト アプリ アプリケーション ツール デジタル テレワーク
フォレンジック インシデント サイバー サイバーセキュリティ ウェブページ トップページ
ダウンロード アップロード パスワード等 コール コールセンター ダイヤル フリーダイヤル
ホームページ上 リスク ルール マニュアル チェック モニタリング ブラウザ バックアップ
ファイアウォール アンチウイルス ウイルス対策ソフト メールソフト メールサーバ メールサーバー
スパム スパムメール ポップアップ リモート ケース テスト タイミング グループ ベース
プライバシー プライバシーポリシー ポリシー ガイドライン イメージ ニュース トピックス
お知らせ カ月 ヶ月 キャッシュレス ネット ハッカー マルウエア マルウェア ランサムウェア
ランサムウエア フィッシング フィッシングサイト フィッシングメール なりすまし アーカイブ リリース
プレスリリース ダブルチェック セキュリティコード ログインパスワード カスタマーサポート
ウイルスチェック ペイメントアプリケーション コンビニ ファクス ファックス ログアウト
アンケート キャンペーン イベント メンテナンス アップデート バージョン ベンダー エラー
ヘルプ メールボックス メーリングリスト ドメイン パッチ ウェブメール`) {
		katakanaStop[w] = true
	}
}

// katakanaCanon maps spelling variants and transliterations of event words
// to one term.
var katakanaCanon = map[string]string{
	"エモテット":  "a:emotet",
	"ロックビット": "a:lockbit",
}

// terms extracts the distinctive event terms of a folded text: quoted names
// (and the title), Latin-script words, uncommon katakana words, counted
// numbers and calendar days. Terms carry their class as a one-letter prefix.
func terms(folded, title string) []string {
	type term struct {
		t   string
		pos int
	}
	var out []term
	seen := map[string]bool{}
	add := func(t string, pos int) {
		if !seen[t] {
			seen[t] = true
			out = append(out, term{t, pos})
		}
	}
	if n := utf8.RuneCountInString(title); n >= 4 && n <= 80 {
		add("q:"+title, -1)
	}
	for _, m := range quotedRe.FindAllStringSubmatchIndex(folded, -1) {
		q := strings.Trim(folded[m[2]:m[3]], "・、。 ")
		if utf8.RuneCountInString(q) < 2 || katakanaStop[q] {
			continue
		}
		add("q:"+q, m[0])
	}
	for _, m := range asciiRe.FindAllStringIndex(folded, -1) {
		w := strings.Trim(folded[m[0]:m[1]], "._-@")
		if asciiStop[w] || countLetters(w) < 3 {
			continue
		}
		add("a:"+w, m[0])
	}
	for _, w := range katakanaRuns(folded) {
		if c, ok := katakanaCanon[w.s]; ok {
			add(c, w.pos)
			continue
		}
		if utf8.RuneCountInString(w.s) < 3 || katakanaStop[w.s] {
			continue
		}
		add("k:"+w.s, w.pos)
	}
	for _, m := range numberRe.FindAllStringSubmatchIndex(folded, -1) {
		digits := strings.ReplaceAll(folded[m[2]:m[3]], ",", "")
		v, err := strconv.ParseInt(digits, 10, 64)
		if err != nil || v < 10 {
			continue
		}
		add("n:"+strconv.FormatInt(v, 10)+folded[m[4]:m[5]], m[0])
	}
	for _, m := range dayRe.FindAllStringSubmatchIndex(folded, -1) {
		mo, _ := strconv.Atoi(folded[m[2]:m[3]])
		d, _ := strconv.Atoi(folded[m[4]:m[5]])
		if mo < 1 || mo > 12 || d < 1 || d > 31 {
			continue
		}
		add("d:"+strconv.Itoa(mo)+"-"+strconv.Itoa(d), m[0])
	}
	if len(out) > maxTerms {
		// Keep the heaviest classes, earliest first within a class.
		slices.SortStableFunc(out, func(a, b term) int {
			wa, wb := termWeight[a.t[0]], termWeight[b.t[0]]
			switch {
			case wa > wb:
				return -1
			case wa < wb:
				return 1
			}
			return a.pos - b.pos
		})
		out = out[:maxTerms]
	}
	if len(out) == 0 {
		return nil
	}
	res := make([]string, len(out))
	for i, t := range out {
		res[i] = t.t
	}
	slices.Sort(res)
	return res
}

type posWord struct {
	s   string
	pos int
}

// katakanaRuns returns the maximal runs of katakana (with the long vowel
// mark) in s; the middle dot splits runs.
func katakanaRuns(s string) []posWord {
	var out []posWord
	start := -1
	for i, r := range s {
		isKata := (r >= 0x30A1 && r <= 0x30FA) || r == 0x30FC
		if isKata {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, posWord{s[start:i], start})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, posWord{s[start:], start})
	}
	return out
}

// parseDay converts an ISO date to days since 1970-01-01; ok is false when
// the date is empty or malformed.
func parseDay(s string) (int, bool) {
	if len(s) < 10 {
		return 0, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

// countLetters counts the letters of s.
func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
