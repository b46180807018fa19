package jptext_test

import (
	"testing"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/jptext"
	"github.com/jikenbo/jikenbo/internal/model"
)

var fuzzSeeds = []string{
	"", "2023年5月17日", "令 和 5 年 5 月 1 6 日", "令和5年(2023年)5月26日", "R5.5.26", "5/29（月）",
	"同年3月2日、同月26日、翌25日、翌日、前日", "2021年4月30日~2023年3月1日", "０１２０ー９５ー０１７８",
	"約97,533件 最大2,881件 18件(17人分) 約2千人 1万2千件 二十一人", "ｶﾞｯｺｳ〜", "2.5万", "1兆2千億",
	"99999999999999999999人", "1,,,,,1件", "令和", "翌", "同", "十十十日", "R", "2023/", "\xff\xfe日",
	"ﾞﾞﾞ", "1.2.3.4.5", "２０２３年１３月３２日",
}

// checkSpan asserts that sp lies within text and on rune boundaries.
func checkSpan(t *testing.T, text string, sp model.Span) {
	t.Helper()
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		t.Fatalf("span %+v out of range for %d bytes", sp, len(text))
	}
	if utf8.ValidString(text) {
		if !utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End]) {
			t.Fatalf("span %+v not on rune boundaries of %q", sp, text)
		}
	}
}

func FuzzFindDates(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 2023, 5, 17)
	}
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		ds := jptext.FindDates(text, jptext.DateContext{Year: y, Month: m, Day: d, FixYearTypos: true})
		prevEnd := 0
		for _, dt := range ds {
			checkSpan(t, text, dt.Span)
			if dt.Span.Start < prevEnd {
				t.Fatalf("overlapping or unordered spans in %q: %+v", text, ds)
			}
			prevEnd = dt.Span.End
			if dt.Month < 0 || dt.Month > 12 || dt.Day < 0 || dt.Day > 31 {
				t.Fatalf("impossible date %+v from %q", dt, text)
			}
			if iso := dt.ISO(); iso != "" && len(iso) != 10 {
				t.Fatalf("bad ISO %q", iso)
			}
		}
	})
}

func FuzzFindCounts(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prevEnd := 0
		for _, c := range jptext.FindCounts(text) {
			checkSpan(t, text, c.Span)
			if c.Span.Start < prevEnd {
				t.Fatalf("overlapping spans in %q", text)
			}
			prevEnd = c.Span.End
			if c.Value < 0 || c.Value > jptext.MaxNumber {
				t.Fatalf("value %d out of range from %q", c.Value, text)
			}
			if c.Unit == "" {
				t.Fatalf("count without unit from %q", text)
			}
		}
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := jptext.ParseNumber(s)
		if ok && (n < 0 || n > jptext.MaxNumber) {
			t.Fatalf("ParseNumber(%q) = %d out of range", s, n)
		}
		if !ok && n != 0 {
			t.Fatalf("ParseNumber(%q) = %d with ok=false", s, n)
		}
	})
}

func FuzzFold(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded, offs := jptext.Fold(s)
		checkOffs(t, s, folded, offs)
		if len(folded) > len(s) {
			t.Fatalf("folding grew %q to %q", s, folded)
		}
		if utf8.ValidString(s) && !utf8.ValidString(folded) {
			t.Fatalf("folding broke UTF-8: %q -> %q", s, folded)
		}
		if again := jptext.FoldString(folded); again != folded {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, folded, again)
		}
	})
}
