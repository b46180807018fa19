package jptext

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// The functions below are FindCounts and its helpers as they were before
// their speed-ups, kept to check that the faster ones find the same counts.

func FindCountsRef(text string) []Count {
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
		case c >= 0xE3 && c <= 0xE9 && i+2 < len(f) && f[i+1]&0xC0 == 0x80 && f[i+2]&0xC0 == 0x80 && !countLeadPrefix[c&0x0F][f[i+1]&0x3F]:
			i += 3 // no numeral: step over it undecoded
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
		cnt, next, ok := countAtRef(f, start)
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

func countAtRef(f string, start int) (Count, int, bool) {
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
	if stops, ok := unitStopFollowers[unit]; ok && after < len(f) && longestPrefixRef(f[after:], suffixQualifiers) == "" {
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
		cnt.Per = unit + "分"
		spanEnd += len("分")
	}
	// Qualifier before the number, across spaces.
	qs := start
	for qs > 0 && isSpace(f[qs-1]) {
		qs--
	}
	spanStart := start
	if q := prefixQualifierBeforeRef(f, qs); q != "" {
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
			if q2 := prefixQualifierBeforeRef(f, p); q2 != "" && isScopeWord(q2) {
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
	if q := longestPrefixRef(f[k:], suffixQualifiers); q != "" && q != "程" {
		if cnt.Qualifier == "" {
			cnt.Qualifier = q
		}
		spanEnd = k + len(q)
	}
	cnt.Span = model.Span{Start: spanStart, End: spanEnd}
	return cnt, spanEnd, true
}

func longestPrefixRef(s string, words []string) string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) && strings.HasPrefix(s, w) {
			best = w
		}
	}
	return best
}

func prefixQualifierBeforeRef(f string, i int) string {
	best := ""
	for _, q := range prefixQualifiers {
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

// countTexts returns random texts built from numerals, units, qualifiers,
// kana, kanji, spaces and stray bytes.
func countTexts(n int) []string {
	parts := []string{"1", "23", "4,567", "８", "一", "二十", "百", "千", "万", "〇", "零", "人", "名", "件", "分", "社", "ID", "IDs",
		"約", "うち", "最大", "計", "内", "全", "以上", "余", "程度", "当たり", "目", "第", "通り", "個人", "の", "、", "。", " ", "　",
		"お客様", "情報", "漏えい", "ｶﾞ", "ー", ".", ",", "\xe3", "\xff", "𠮷", "a", "都内", "安全"}
	rng := rand.New(rand.NewSource(7))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		out[i] = b.String()
	}
	return out
}

func TestFindCountsMatchesReference(t *testing.T) {
	for _, s := range countTexts(50000) {
		if got, want := FindCounts(s), FindCountsRef(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("FindCounts(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func FuzzFindCountsMatchesReference(f *testing.F) {
	for _, s := range countTexts(50) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FindCounts(s), FindCountsRef(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("FindCounts(%q) = %+v, want %+v", s, got, want)
		}
	})
}
