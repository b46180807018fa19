package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRunesStepping checks runesBack and runesFwd against counting runes
// with the utf8 package, on text mixing one- to four-byte runes.
func TestRunesStepping(t *testing.T) {
	s := "個人情報aé漏えい😀 2024年ｶﾞ。"
	starts := []int{}
	for i := range s {
		starts = append(starts, i)
	}
	starts = append(starts, len(s))
	for a, i := range starts {
		for n := 0; n <= 4; n++ {
			wantBack := starts[max(0, a-n)]
			if got := runesBack(s, i, n, 0); got != wantBack {
				t.Errorf("runesBack(%d, %d) = %d, want %d", i, n, got, wantBack)
			}
			wantFwd := starts[min(len(starts)-1, a+n)]
			if got := runesFwd(s, i, n, len(s)); got != wantFwd {
				t.Errorf("runesFwd(%d, %d) = %d, want %d", i, n, got, wantFwd)
			}
		}
	}
	if got := runesBack(s, len(s), 100, 3); got != 3 {
		t.Errorf("runesBack stops at lo: got %d", got)
	}
	if got := runesFwd(s, 0, 100, 6); got != 6 || !utf8.ValidString(s[:got]) {
		t.Errorf("runesFwd stops at hi: got %d", got)
	}
}

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"一文目。二文目!三文目?残り", []string{"一文目。", "二文目!", "三文目?", "残り"}},
		{"見出し\n本文です。続き。\n\n次の段落", []string{"見出し", "本文です。", "続き。", "次の段落"}},
		{"。。", []string{"。", "。"}},
		// A wrapped PDF line (30 runes or more, no closing punctuation)
		// continues on the next line.
		{"これは三十文字を超える長い行でありまして句読点のないまま次の行へと続いて\nいきます。", []string{"これは三十文字を超える長い行でありまして句読点のないまま次の行へと続いて\nいきます。"}},
		{"ああ!?", []string{"ああ!", "?"}},
	}
	for _, c := range cases {
		s := c.text
		var got []string
		for _, sp := range splitSentences(s, splitLines(s)) {
			got = append(got, s[sp.start:sp.end])
		}
		if len(got) != len(c.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("splitSentences(%q) = %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}

func TestAtLeastRunes(t *testing.T) {
	for _, s := range []string{"", "a", "個人", "個人情報aé😀", "ｶﾞｲﾄﾞ", "0123456789"} {
		count := utf8.RuneCountInString(s)
		for n := -1; n <= count+2; n++ {
			if got, want := atLeastRunes(s, n), count >= n; got != want {
				t.Errorf("atLeastRunes(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

func FuzzAtLeastRunes(f *testing.F) {
	f.Add("個人情報の漏えいについてのお知らせ", 9)
	f.Add("abcdefghijklmnopqrstuvwxyz漏えい", 20)
	f.Add("\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80a", 2)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 0 || n > 1<<20 {
			return
		}
		starts := 0 // rune starts: bytes that are not continuation bytes
		for i := 0; i < len(s); i++ {
			if s[i]&0xC0 != 0x80 {
				starts++
			}
		}
		// A string of 4n bytes or more is taken to hold n runes unread
		// (true of valid UTF-8).
		if got, want := atLeastRunes(s, n), starts >= n || n > 0 && len(s) >= 4*n; got != want {
			t.Fatalf("atLeastRunes(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}

func FuzzHasRune(f *testing.F) {
	f.Add("・•●○■-*、「(\\n:：", '：')
	f.Add("aé😀", '😀')
	f.Fuzz(func(t *testing.T, set string, r rune) {
		// The set holds r's UTF-8 encoding (strings.ContainsRune differs
		// only in matching utf8.RuneError to invalid bytes).
		if got, want := hasRune(set, r), r >= 0 && strings.Contains(set, string(r)); got != want {
			t.Fatalf("hasRune(%q, %q) = %v, want %v", set, r, got, want)
		}
	})
}
