package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// runeSetInputs mix Japanese text, spaces of every kind and invalid UTF-8.
var runeSetInputs = []string{
	"", "a", "北野市", "株式会社ハナミズキ 広報部", "北野市　教育委員会", "トップ > ニュース > 社会",
	"南浜県庁=南浜市中央町", "会社名｜株式会社みなと｜", "x\u0085y", "x\u00a0y", "\u1680", "a\u2009b", "\u202f", "\u205f",
	"\u3000", "\xe3\x80", "北\u3000野 ", " \u3000北野\u2003\u00a0", "\u0085北\u200a", "\x85", "北野\xc2\xa0\xa0", "\xe3\x80\x80\x80", "\xe4\x80 \x80", "野\xe3\x80\x80", "北野北野", "aaa", "北野 北野\u3000", "\xe3\xe3\x80\x80", "\xe3\x80\x82\x80", "\x80\x80。", "、\xff,", "\xc2", "\xe2\x80", "ぁ\xe3\x81",
	"「同社」は、2024年5月。", "(株)北野", "北野(東京)", "»最新", "株式会社\tみなと", "みなと\n市",
}

var runeSets = []string{"。、「」:：", "、,", "」』", "、。「」『』 :()", " 　\t", ">＞›»", "|｜", "=＝", "都道府県市区町村", "a"}

func TestRuneSetHelpers(t *testing.T) {
	for _, s := range runeSetInputs {
		for _, set := range runeSets {
			if got, want := containsRuneOf(s, set), strings.ContainsAny(s, set); got != want {
				t.Errorf("containsRuneOf(%q, %q) = %v, want %v", s, set, got, want)
			}
			if got, want := indexRuneOf(s, set), strings.IndexAny(s, set); got != want {
				t.Errorf("indexRuneOf(%q, %q) = %d, want %d", s, set, got, want)
			}
			if got, want := lastIndexRuneOf(s, set), strings.LastIndexAny(s, set); got != want {
				t.Errorf("lastIndexRuneOf(%q, %q) = %d, want %d", s, set, got, want)
			}
			if got, want := lastIndex(s, set), strings.LastIndex(s, set); got != want {
				t.Errorf("lastIndex(%q, %q) = %d, want %d", s, set, got, want)
			}
		}
		if got, want := hasSpace(s), strings.IndexFunc(s, unicode.IsSpace) >= 0; got != want {
			t.Errorf("hasSpace(%q) = %v, want %v", s, got, want)
		}
		if got, want := spaceFields(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("spaceFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimSpaceLeft(s), strings.TrimLeftFunc(s, unicode.IsSpace); got != want {
			t.Errorf("trimSpaceLeft(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimSpaceRight(s), strings.TrimRightFunc(s, unicode.IsSpace); got != want {
			t.Errorf("trimSpaceRight(%q) = %q, want %q", s, got, want)
		}
		if got, want := indexSpace(s), strings.IndexFunc(s, unicode.IsSpace); got != want {
			t.Errorf("indexSpace(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastIndexSpace(s), strings.LastIndexFunc(s, unicode.IsSpace); got != want {
			t.Errorf("lastIndexSpace(%q) = %d, want %d", s, got, want)
		}
		for _, sub := range []string{"", "北野", "あ", "\x80"} {
			if got, want := occursTwice(s, sub), strings.Count(s, sub) >= 2; got != want {
				t.Errorf("occursTwice(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

func FuzzRuneSetHelpers(f *testing.F) {
	for _, s := range runeSetInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, set := range runeSets {
			if containsRuneOf(s, set) != strings.ContainsAny(s, set) || indexRuneOf(s, set) != strings.IndexAny(s, set) ||
				lastIndexRuneOf(s, set) != strings.LastIndexAny(s, set) {
				t.Fatalf("rune set helpers differ from strings on %q, %q", s, set)
			}
		}
		if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
			var b strings.Builder
			for _, r := range s {
				if !unicode.IsSpace(r) {
					b.WriteRune(r)
				}
			}
			if compact(s) != b.String() {
				t.Fatalf("compact(%q) differs from the rune loop", s)
			}
		}
		if !slices.Equal(spaceFields(s), strings.Fields(s)) {
			t.Fatalf("spaceFields(%q) differs from strings.Fields", s)
		}
		if trimSpaceLeft(s) != strings.TrimLeftFunc(s, unicode.IsSpace) || trimSpaceRight(s) != strings.TrimRightFunc(s, unicode.IsSpace) {
			t.Fatalf("trimSpaceLeft or trimSpaceRight(%q) differs from strings", s)
		}
		if indexSpace(s) != strings.IndexFunc(s, unicode.IsSpace) || lastIndexSpace(s) != strings.LastIndexFunc(s, unicode.IsSpace) {
			t.Fatalf("indexSpace or lastIndexSpace(%q) differs from strings", s)
		}
		for _, sub := range []string{"", "北野", "あ", "\x80", "aa", "の"} {
			if lastIndex(s, sub) != strings.LastIndex(s, sub) {
				t.Fatalf("lastIndex(%q, %q) differs from strings.LastIndex", s, sub)
			}
			if occursTwice(s, sub) != (strings.Count(s, sub) >= 2) {
				t.Fatalf("occursTwice(%q, %q) differs from strings.Count", s, sub)
			}
		}
	})
}

func TestSelfRefsIn(t *testing.T) {
	for _, s := range []string{"", "弊社は当院と本学の", "本当に当社", "北野市本町の本市役所", "当機構当機", "弊"} {
		got := selfRefsIn(s)
		for k, r := range selfRefs {
			if want := strings.Contains(s, r.word); got[k] != want {
				t.Errorf("selfRefsIn(%q)[%q] = %v, want %v", s, r.word, got[k], want)
			}
		}
	}
}

func TestScriptHelpers(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) || isKatakana(r) != unicode.Is(unicode.Katakana, r) {
			t.Fatalf("isHan or isKatakana(%U) differs from unicode.Is", r)
		}
	}
}

func TestCompact(t *testing.T) {
	ref := func(s string) string { // compact as it was written first
		if strings.IndexFunc(s, unicode.IsSpace) < 0 {
			return s
		}
		var b strings.Builder
		for _, r := range s {
			if !unicode.IsSpace(r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	for _, s := range append(runeSetInputs, "株式会社 みなと\u3000広報部 ", "\xff 北野", " ") {
		if got, want := compact(s), ref(s); got != want {
			t.Errorf("compact(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFirstLastRune(f *testing.F) {
	for _, s := range runeSetInputs {
		f.Add(s)
	}
	f.Add("\xe0\x80\x80")
	f.Add("\xed\xa0\x80")
	f.Add("a\xef\xbf\xbf")
	f.Fuzz(func(t *testing.T, s string) {
		r1, _ := utf8.DecodeRuneInString(s)
		r2, _ := utf8.DecodeLastRuneInString(s)
		if firstRuneOf(s) != r1 || lastRuneOf(s) != r2 {
			t.Fatalf("firstRuneOf or lastRuneOf(%q) differs from utf8", s)
		}
	})
}

func TestFirstLastRune(t *testing.T) {
	var b [3]byte
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := 0x70; c1 <= 0xC5; c1++ {
			for _, c2 := range []byte{0x7F, 0x80, 0x9A, 0xBF, 0xC0} {
				b[0], b[1], b[2] = byte(c0), byte(c1), c2
				s := string(b[:])
				r1, _ := utf8.DecodeRuneInString(s)
				r2, _ := utf8.DecodeLastRuneInString(s)
				if firstRuneOf(s) != r1 || lastRuneOf(s) != r2 || lastRuneOf("x"+s) != r2 {
					t.Fatalf("firstRuneOf or lastRuneOf(%q) differs from utf8", s)
				}
			}
		}
	}
}
