package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// The content rules replace some library and helper calls with cheaper
// equivalents; these tests hold each to the call it replaces on random text
// that mixes the marks involved with kana, kanji, ASCII and broken UTF-8.

// speedPieces are the pieces random test texts are made of.
var speedPieces = []string{"、", "。", "】", "【", "　", " ", "\n", ",", "，", "・", "(", ")", "「", "」", "/", "と", "や", "及び",
	"あ", "の", "漢", "字", "情報", "1", "a", ".", "■", ":", "：",
	"\xe3", "\x80", "\x81", "\x82", "\xe3\x80", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbc", "\xbc\x8c", "\xf0\x9f"}

func randomTexts(n int) []string {
	rng := rand.New(rand.NewSource(1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rng.Intn(14); k > 0; k-- {
			b.WriteString(speedPieces[rng.Intn(len(speedPieces))])
		}
		out[i] = b.String()
	}
	return out
}

func TestPrefixSetMatchesHasPrefixAny(t *testing.T) {
	lists := [][]string{dataActionSuffixes, {"ではなく", "を防", "防止", "a", "", "\xe3\x80"}, {"、", "。", "\xe3"}}
	for _, l := range lists {
		p := newPrefixSet(l)
		for _, s := range append(randomTexts(20000), l...) {
			if got, want := p.hasPrefix(s), hasPrefixAny(s, l); got != want {
				t.Fatalf("hasPrefix(%q) = %v, hasPrefixAny says %v", s, got, want)
			}
		}
	}
}

func TestTrimSetMatchesTrimRight(t *testing.T) {
	for _, set := range []string{headingMarks, "。:：", "】]>〉:： 　"} {
		ts := newTrimSet(set)
		for _, s := range randomTexts(20000) {
			if got, want := ts.trimRight(s), strings.TrimRight(s, set); got != want {
				t.Fatalf("trimRight(%q, %q) = %q, want %q", s, set, got, want)
			}
		}
	}
}

func TestTrimLeftBlank(t *testing.T) {
	for _, s := range randomTexts(20000) {
		if got, want := trimLeftBlank(s), strings.TrimLeft(s, " 　"); got != want {
			t.Fatalf("trimLeftBlank(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestClauseMarksMatchLastIndexAny(t *testing.T) {
	for _, s := range randomTexts(20000) {
		if got, want := lastClauseMark(s), strings.LastIndexAny(s, "、。】 　"); got != want {
			t.Fatalf("lastClauseMark(%q) = %d, want %d", s, got, want)
		}
		want := 0
		if j := strings.LastIndexAny(s, "、。\n"); j >= 0 {
			_, size := utf8.DecodeRuneInString(s[j:])
			want = j + size
		}
		if got := clauseStart(s, len(s), 0); got != want {
			t.Fatalf("clauseStart(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestClauseEnd24(t *testing.T) {
	for _, s := range randomTexts(20000) {
		// Long enough to reach the 24-rune limit now and then.
		s = s + s + s
		for i := 0; i <= len(s); i += 1 + len(s)/7 {
			for _, hi := range []int{len(s), (i + len(s)) / 2} {
				want := min(clauseEnd(s, i, hi), runesFwd(s, i, 24, hi))
				if got := clauseEnd24(s, i, hi); got != want {
					t.Fatalf("clauseEnd24(%q, %d, %d) = %d, want %d", s, i, hi, got, want)
				}
			}
		}
	}
}

// listGapBefore is listGap as it was written before its one-pass test.
func listGapBefore(g string) bool {
	if len(g) > 48 {
		return false
	}
	if i := strings.IndexByte(g, '('); i >= 0 {
		j := strings.IndexByte(g[i:], ')')
		if j < 0 || atLeastRunes(g[i:i+j], 16) {
			return false
		}
		g = g[:i] + g[i+j+1:]
	}
	for _, w := range []string{"及び", "および"} {
		g = strings.ReplaceAll(g, w, "、")
	}
	if g == "と" || g == "や" {
		return true
	}
	if !strings.ContainsAny(g, "、・,/") && g != "" {
		return false
	}
	rest := listMarks.Replace(g)
	return !atLeastRunes(rest, 5) && !hasHiragana(rest)
}

func TestListGapUnchanged(t *testing.T) {
	for _, g := range randomTexts(50000) {
		if got, want := listGap(g), listGapBefore(g); got != want {
			t.Fatalf("listGap(%q) = %v, want %v", g, got, want)
		}
	}
}
