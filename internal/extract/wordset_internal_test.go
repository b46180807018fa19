package extract

import (
	"strings"
	"testing"
)

// wordSetCases are texts long enough for matchesAny's two streams, with a
// word at the start, in the middle (across the cut), at the end, or
// nowhere.
var wordSetCases = []string{
	"",
	"漏えい",
	strings.Repeat("お知らせ", 20) + "不正アクセス",
	"不正アクセス" + strings.Repeat("お知らせ", 20),
	strings.Repeat("お知らせ", 10) + "不正アクセス" + strings.Repeat("お知らせ", 10),
	strings.Repeat("お知らせ", 10) + "ス" + strings.Repeat("お知らせ", 10),
	strings.Repeat("あ", 21) + "不正アク" + "セス" + strings.Repeat("い", 21),
	strings.Repeat("お知らせ", 40),
}

var wordSetWords = []string{"不正アクセス", "漏えい", "流出", "ランサムウェア", "セス"}

func TestMatchesAnyMatchesContains(t *testing.T) {
	a := newAutomaton(wordSetWords)
	for _, s := range wordSetCases {
		for cut := 0; cut <= len(s); cut += 3 {
			x := s[cut:]
			want := false
			for _, w := range wordSetWords {
				want = want || strings.Contains(x, w)
			}
			if got := a.matchesAny(x); got != want {
				t.Errorf("matchesAny(%q) = %v, want %v", x, got, want)
			}
		}
	}
}

func FuzzMatchesAny(f *testing.F) {
	for _, s := range wordSetCases {
		f.Add(s)
	}
	a := newAutomaton(wordSetWords)
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, w := range wordSetWords {
			want = want || strings.Contains(s, w)
		}
		if got := a.matchesAny(s); got != want {
			t.Fatalf("matchesAny(%q) = %v, want %v", s, got, want)
		}
	})
}
