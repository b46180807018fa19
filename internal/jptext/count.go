package jptext

import (
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Count is a number with a counter unit found in text, such as 約97,533件.
type Count struct {
	Value int64
	// Unit is the counter as written (after folding), one of 人 名 名様 件
	// 世帯 社 団体 法人 事業者 事業所 自治体 市町村 施設 機関 医療機関 学校 校
	// 店舗 店 園 病院 学級 クラス 戸 箱 台 通 個 枚 回 例 点 冊 部 行 筆 頭 組 本 箇所 か所 カ所 ヶ所 ヵ所
	// ケ所 個所 種類 項目 アカウント ユーザー ユーザ レコード ファイル フォルダ
	// 口座 端末 サイト ページ ID IDs. See UnitClass.
	Unit string
	// Qualifier is the hedge or scope word written next to the number, or
	// "": before it 約 最大 最大で 最多 計 合計 累計 総計 総数 総 全 各 うち 内
	// 延べ のべ 概ね おおむね およそ おおよそ 少なくとも; between number and
	// unit 余; after the unit 以上 超 超え 余り あまり 余 程度 ほど 前後 強 弱
	// 近く 未満 以下. A word before the number wins over one after the unit.
	Qualifier string
	// Scope is the scope word before the number, if any, even when a hedge
	// sits between (うち約3件 has Qualifier "約" and Scope "うち"): うち 内
	// 計 合計 累計 総計 総数 総 全 各 延べ のべ.
	Scope string
	// Span covers scope, qualifier, number, unit and any 分 or trailing qualifier,
	// in bytes of the original (unfolded) text.
	Span model.Span
	// Per is Unit+"分" when the count is written N人分 / N件分 ("so many
	// people's worth"), else "".
	Per string
}

// units lists the counter units FindCounts recognises, longest first within
// a shared prefix so that the longest one matches.
var units = []string{
	"店舗", "世帯", "団体", "法人", "事業者", "事業所", "自治体", "市町村", "施設", "機関",
	"医療機関", "学校", "箇所", "か所", "カ所", "ヶ所", "ヵ所", "ケ所", "個所", "種類", "項目",
	"アカウント", "ユーザー", "ユーザ", "レコード", "ファイル", "フォルダ", "口座", "端末", "サイト",
	"ページ", "病院", "学級", "クラス", "名様", "園", "戸", "箱", "人", "名", "件", "社", "台", "通", "個", "枚", "回", "例", "校", "店",
	"点", "冊", "部", "行", "IDs", "ID", "筆", "頭", "組", "本",
}

// perUnits maps each unit to the unit followed by 分 (Count.Per), built
// once rather than per count.
var perUnits = func() map[string]string {
	m := make(map[string]string, len(units))
	for _, u := range units {
		m[u] = u + "分"
	}
	return m
}()

// unitIndex buckets units by their first byte for a quick lookup.
var unitIndex [256][]string

func init() {
	for _, u := range units {
		unitIndex[u[0]] = append(unitIndex[u[0]], u)
	}
	for i := range unitIndex {
		l := unitIndex[i]
		// longest first
		for a := 1; a < len(l); a++ {
			for b := a; b > 0 && len(l[b]) > len(l[b-1]); b-- {
				l[b], l[b-1] = l[b-1], l[b]
			}
		}
	}
}

// unitStopFollowers are words that, right after a single-kanji unit, show
// that the unit kanji actually starts another word (1通り, 個人, 件名).
var unitStopFollowers = map[string]string{
	"人": "事材権工気物格形道間",
	"名": "前簿義称刺誉字乗",
	"件": "名",
	"個": "人別性体",
	"通": "り常知信報称販算院勤過帳貨路行話達訳学用関",
	"回": "線答収復避路転覧数り",
	"部": "署分門長品局屋位員会隊活",
	"本": "人部社件日店学市町村県院当来格体文書番物質館庁化音気稿",
	"点": "検数在",
	"社": "会員内外長名製屋印債宅則",
	"台": "帳所湾風本数詞頭",
	"例": "年外文示題規会",
	"校": "長舎正閲内外庭務則了",
	"店": "長員頭内",
	"行": "為政動事員",
	"組": "織合",
	"頭": "取",
	"筆": "者",
	"冊": "子",
	"園": "児長庭内芸",
	"戸": "籍建別外締惑",
	"箱": "根",
}

// kanjiNumberWordStarts are kanji that, right before a kanji numeral, make
// it part of a word rather than a count.
const kanjiNumberWordStarts = "同統唯均単第万随逐画択数純専不合初幾何十百千〇一二三四五六七八九"

// countStopFollowers after any unit make the number a rate or an ordinal:
// 1人当たり, 2回目, 1件ずつ.
var countStopFollowers = []string{"当たり", "当り", "あたり", "につき", "ずつ", "づつ", "目"}

// prefixQualifiers are words written before a number that hedge or scope it.
var prefixQualifiers = []string{
	"少なくとも", "おおよそ", "およそ", "最大で", "最大", "最多", "合計", "累計", "延べ", "のべ",
	"概ね", "おおむね", "総計", "総数", "うち", "内", "約", "計", "全", "総", "各",
}

// suffixQualifiers are words written after a count that hedge it.
var suffixQualifiers = []string{
	"以上", "超え", "超", "余り", "あまり", "余", "程度", "ほど", "前後", "強", "弱", "近く",
	"未満", "以下", "程",
}

// isScopeWord reports whether a prefix qualifier scopes the count (part,
// total, each) rather than hedging it.
func isScopeWord(q string) bool {
	switch q {
	case "うち", "内", "計", "合計", "累計", "総計", "総数", "総", "全", "各", "延べ", "のべ":
		return true
	}
	return false
}

// matchPrefixQualifier returns the prefix qualifier f starts with, or "".
func matchPrefixQualifier(f string) string {
	best := ""
	for _, q := range prefixQualifiers {
		if len(q) > len(best) && strings.HasPrefix(f, q) {
			best = q
		}
	}
	return best
}

// matchSuffixQualifier returns the suffix qualifier f ends with, or "".
func matchSuffixQualifier(f string) string {
	best := ""
	for _, q := range suffixQualifiers {
		if len(q) > len(best) && strings.HasSuffix(f, q) {
			best = q
		}
	}
	return best
}

func isKanji(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) || r == '々' || r == '〇'
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// lastRune returns the rune ending at byte i of s and its size.
func lastRune(s string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// FindCounts returns every number written with a counter unit in text, in
// order of appearance: 28,658名, 1,153人, 約97,533件, 最大2,881件, 96名分,
// 18件(17人分) (two counts), 約2千人, 約5万件, 1万2千件, 22,000世帯, 全4917例,
// 二十一人, full-width digits and "約 11,000 件" with spaces. Numbers after 第
// (ordinals), kanji numerals that are part of a word (同一人物, 一部, 数十人),
// unit kanji that start another word (1通り, 個人), rates and ordinals (1人
// 当たり, 2回目) are skipped. Values above
// MaxNumber are dropped.
func FindCounts(text string) []Count {
	f, m := fold(text)
	var out []Count
	for i := 0; i < len(f); {
		c := f[i]
		var start int
		switch {
		case c >= '0' && c <= '9':
			if i > 0 {
				p := f[i-1]
				if (p >= '0' && p <= '9') || p == '.' || p == ',' {
					i++
					continue
				}
			}
			start = i
		case noNumeralAt(f, i):
			// No numeral: step over it, and the like runes after it,
			// undecoded.
			i += 3
			for noNumeralAt(f, i) {
				i += 3
			}
			continue
		case c >= 0xE3 && c <= 0xE9: // kanji numerals live in E3 (〇) and E4-E9
			r, size := utf8.DecodeRuneInString(f[i:])
			if !(kanjiDigit(r) >= 0 || smallUnit(r) > 0) {
				i += size
				continue
			}
			start = i
		default:
			i++
			continue
		}
		cnt, next, ok := countAt(f, start)
		if !ok {
			// Skip this number entirely so we do not restart inside it.
			if next <= i {
				_, size := utf8.DecodeRuneInString(f[i:])
				next = i + size
			}
			i = next
			continue
		}
		cnt.Span = model.Span{Start: m.orig(cnt.Span.Start), End: m.orig(cnt.Span.End)}
		out = append(out, cnt)
		i = next
	}
	return out
}

// noNumeralAt reports whether a three-byte rune that starts no kanji
// numeral or unit FindCounts starts a number at begins at byte i of f.
func noNumeralAt(f string, i int) bool {
	if i+2 >= len(f) {
		return false
	}
	c := f[i]
	return c >= 0xE3 && c <= 0xE9 && f[i+1]&0xC0 == 0x80 && f[i+2]&0xC0 == 0x80 && !countLeadPrefix[c&0x0F][f[i+1]&0x3F]
}

// countLeadPrefix marks the first two bytes (low bits of each) of the kanji
// numerals and units FindCounts starts a number at.
var countLeadPrefix = func() (t [16][64]bool) {
	for _, r := range "〇零一二三四五六七八九十百千" {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]&0x0F][b[1]&0x3F] = true
	}
	return t
}()

// countAt tries to read a count whose number starts at folded offset start.
// next is where scanning should resume.
func countAt(f string, start int) (Count, int, bool) {
	n, end, ok := scanNumber(f, start)
	if end <= start {
		return Count{}, start, false
	}
	if !ok {
		return Count{}, end, false
	}
	prev, _ := lastRune(f, start)
	if prev == '第' || prev == '#' || prev == '№' {
		return Count{}, end, false
	}
	if n.kanji && strings.ContainsRune(kanjiNumberWordStarts, prev) {
		// A kanji numeral glued to one of these belongs to a word (同一人物,
		// 統一, 唯一, 数十人, 第一).
		return Count{}, end, false
	}
	if n.decimal && !n.units {
		return Count{}, end, false
	}
	j := end
	qualMid := ""
	if strings.HasPrefix(f[j:], "余") { // 100余人
		qualMid = "余"
		j += len("余")
	}
	for j < len(f) && isSpace(f[j]) {
		j++
	}
	unit := matchUnit(f[j:])
	if unit == "" {
		return Count{}, end, false
	}
	if n.oneKanji && (unit == "部" || unit == "本" || unit == "行" || unit == "点" || unit == "例" || unit == "人" && strings.HasPrefix(f[j+len(unit):], "ひとり")) {
		return Count{}, end, false
	}
	after := j + len(unit)
	if stops, ok := unitStopFollowers[unit]; ok && after < len(f) && longestSuffixQualifier(f[after:]) == "" {
		k := after
		if j > end { // spaced heading style: "1 件 名"
			k = skipSpaces(f, k)
		}
		r, _ := utf8.DecodeRuneInString(f[k:])
		if strings.ContainsRune(stops, r) {
			return Count{}, end, false
		}
	}
	for _, w := range countStopFollowers {
		if strings.HasPrefix(f[after:], w) {
			return Count{}, end, false
		}
	}
	if unit == "ID" || unit == "IDs" {
		if after < len(f) && (isASCIILetter(f[after]) || f[after] >= '0' && f[after] <= '9') {
			return Count{}, end, false
		}
	}
	cnt := Count{Value: n.value, Unit: unit}
	spanEnd := after
	if strings.HasPrefix(f[after:], "分") {
		cnt.Per = perUnits[unit]
		spanEnd += len("分")
	}
	// Qualifier before the number, across spaces.
	qs := start
	for qs > 0 && isSpace(f[qs-1]) {
		qs--
	}
	spanStart := start
	if q := prefixQualifierBefore(f, qs); q != "" {
		cnt.Qualifier = q
		spanStart = qs - len(q)
		if isScopeWord(q) {
			cnt.Scope = q
		} else {
			// A scope word may precede the hedge: うち約3件, 合計最大100件.
			p := spanStart
			for p > 0 && isSpace(f[p-1]) {
				p--
			}
			if q2 := prefixQualifierBefore(f, p); q2 != "" && isScopeWord(q2) {
				cnt.Scope = q2
				spanStart = p - len(q2)
			}
		}
	}
	if cnt.Qualifier == "" && qualMid != "" {
		cnt.Qualifier = qualMid
	}
	k := spanEnd
	for k < len(f) && isSpace(f[k]) {
		k++
	}
	if q := longestSuffixQualifier(f[k:]); q != "" && q != "程" {
		if cnt.Qualifier == "" {
			cnt.Qualifier = q
		}
		spanEnd = k + len(q)
	}
	cnt.Span = model.Span{Start: spanStart, End: spanEnd}
	return cnt, spanEnd, true
}

func skipSpaces(f string, i int) int {
	for i < len(f) && isSpace(f[i]) {
		i++
	}
	return i
}

func matchUnit(s string) string {
	if s == "" {
		return ""
	}
	for _, u := range unitIndex[s[0]] {
		if strings.HasPrefix(s, u) {
			return u
		}
	}
	return ""
}

// suffixQualifierIndex buckets suffixQualifiers by their first byte, in
// list order.
var suffixQualifierIndex = func() (t [256][]string) {
	for _, q := range suffixQualifiers {
		t[q[0]] = append(t[q[0]], q)
	}
	return t
}()

// longestSuffixQualifier is longestPrefix(s, suffixQualifiers), trying only
// the qualifiers that start with s's first byte.
func longestSuffixQualifier(s string) string {
	if s == "" {
		return ""
	}
	return longestPrefix(s, suffixQualifierIndex[s[0]])
}

func longestPrefix(s string, words []string) string {
	if s == "" {
		return ""
	}
	best := ""
	for _, w := range words {
		// (comparing w's last byte first rejects most words without a
		// call for the whole comparison)
		if len(w) > len(best) && len(w) <= len(s) && s[len(w)-1] == w[len(w)-1] && s[:len(w)] == w {
			best = w
		}
	}
	return best
}

// prefixQualifierIndex buckets prefixQualifiers by their last byte, in
// list order.
var prefixQualifierIndex = func() (t [256][]string) {
	for _, q := range prefixQualifiers {
		t[q[len(q)-1]] = append(t[q[len(q)-1]], q)
	}
	return t
}()

// prefixQualifierBefore returns the longest prefix qualifier ending at byte
// i of f. Single-kanji qualifiers (内, 全, 計, 総, 各) count only when not
// glued to a preceding kanji (都内, 安全, 集計).
func prefixQualifierBefore(f string, i int) string {
	if i <= 0 {
		return ""
	}
	best := ""
	for _, q := range prefixQualifierIndex[f[i-1]] { // (the others cannot end at i)
		if len(q) <= len(best) || i < len(q) || f[i-len(q):i] != q {
			continue
		}
		if utf8.RuneCountInString(q) == 1 && q != "約" {
			if r, _ := lastRune(f, i-len(q)); isKanji(r) {
				continue
			}
		}
		best = q
	}
	return best
}
