package segment_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jikenbo/jikenbo/internal/segment"
)

// FuzzSplit checks the invariants on arbitrary input: segments in order,
// non-empty, covering the text exactly, on rune boundaries, and the same
// on a second run.
func FuzzSplit(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "\n", "\u00a0\n\n\u00a0", "【事件簿#2024-1】", "【#２０２４－０１２】題\n本文",
		"a\r\nb\r\n", "\xff\xfe\n株式会社\xe3\n", "引用\nhttps://x.example/\n引用\n",
		"題名\nhttps://a.example/\n本文。\n題名\nhttps://b.example/\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		segs := segment.Split(text)
		checkInvariants(t, text, segs)
		again := segment.Split(text)
		if len(again) != len(segs) {
			t.Fatalf("not deterministic: %d then %d segments", len(segs), len(again))
		}
		for i := range segs {
			if segs[i] != again[i] {
				t.Fatalf("not deterministic at %d: %+v then %+v", i, segs[i], again[i])
			}
		}
	})
}
