package extract

import (
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
