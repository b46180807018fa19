package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var indexCases = []struct{ s, sub string }{
	{"", ""},
	{"abc", ""},
	{"", "漏えい"},
	{"個人情報の漏えい", "漏えい"},
	{"個人情報の漏えい", "漏えいの"},
	{"漏えい", "漏えい"},
	{"漏え", "漏えい"},
	{"情報情報漏えい漏えい", "情報漏えい"},
	{"aaa漏えいbbb", "えいb"},
	{"テストテスト", "ストテ"},
	{"abcabd", "abd"},
	{"\xe6\xbc\xe6\xbc\x8f", "\xe6\xbc\x8f"},
	{"個人情報\xff漏えい", "\xff漏"},
	// Needles anchored on a later rune: 送's last byte (81) is a kana's
	// middle byte, 致's (B4) is not.
	{"送信を送付し送致した", "送致"},
	{"送致", "送致"},
	{"送る致す送致", "送致し"},
	{"ごあんないのご案内", "ご案内"},
	{"送致a", "送致a"},
}

func TestIndexMatchesStrings(t *testing.T) {
	for _, c := range indexCases {
		if got, want := index(c.s, c.sub), strings.Index(c.s, c.sub); got != want {
			t.Errorf("index(%q, %q) = %d, want %d", c.s, c.sub, got, want)
		}
		if got, want := contains(c.s, c.sub), strings.Contains(c.s, c.sub); got != want {
			t.Errorf("contains(%q, %q) = %v, want %v", c.s, c.sub, got, want)
		}
	}
}

func FuzzIndex(f *testing.F) {
	for _, c := range indexCases {
		f.Add(c.s, c.sub)
	}
	f.Fuzz(func(t *testing.T, s, sub string) {
		if got, want := index(s, sub), strings.Index(s, sub); got != want {
			t.Fatalf("index(%q, %q) = %d, want %d", s, sub, got, want)
		}
	})
}

func TestHasRuneMatchesStrings(t *testing.T) {
	sets := []string{"", "・•●○■-*、「(\\n:：", "のにでがはをとへ", "〇一二三四五六七八九十百千万", "aé😀"}
	runes := []rune{'・', '•', '-', '\n', 'の', 'ん', '十', 'é', '😀', 'a', 'z', 0, -1, utf8.RuneError, 0x10FFFF + 1, 0xD800}
	for _, set := range sets {
		for _, r := range runes {
			if got, want := hasRune(set, r), strings.ContainsRune(set, r); got != want {
				t.Errorf("hasRune(%q, %q) = %v, want %v", set, r, got, want)
			}
		}
	}
}
