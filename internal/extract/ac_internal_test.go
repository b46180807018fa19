package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestFindAllTwoStreams checks that the cue automaton's two-stream pass
// reports exactly the hits, in exactly the order, of the one-stream pass,
// on every fixture notice cut at every line.
func TestFindAllTwoStreams(t *testing.T) {
	prepareMatchers()
	notices := fixtureNotices(t)
	if len(notices) == 0 {
		t.Fatal("no fixture notices")
	}
	for n, s := range notices {
		for cut := 0; cut < len(s); cut += 97 {
			x := s[cut:]
			one := cues.findAll32(x, nil)
			two := cues.findAll(x, nil)
			if !slices.Equal(one, two) {
				t.Fatalf("%s from byte %d: two streams give %d hits, one stream %d", n, cut, len(two), len(one))
			}
		}
	}
}

// fixtureNotices returns the texts of the fixture notices under
// testdata/notices, by file name.
func fixtureNotices(tb testing.TB) map[string]string {
	tb.Helper()
	names, _ := filepath.Glob(filepath.Join("testdata", "notices", "*.txt"))
	out := make(map[string]string, len(names))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		out[n] = string(b)
	}
	return out
}

func FuzzFindAll(f *testing.F) {
	f.Add("不正アクセスにより個人情報が漏えいした可能性があることが判明いたしました。お詫び申し上げます。")
	f.Add("ランサムウェアランサムウェアランサムウェアランサムウェアランサムウェアランサムウェア")
	prepareMatchers()
	f.Fuzz(func(t *testing.T, s string) {
		one := cues.findAll32(s, nil)
		two := cues.findAll(s, nil)
		if !slices.Equal(one, two) {
			t.Fatalf("findAll(%q): two streams give %v, one stream %v", s, two, one)
		}
	})
}
