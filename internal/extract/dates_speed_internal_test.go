package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The helpers below were rewritten for speed; each must answer exactly as
// the plain version it replaced.

func TestHasFullStop(t *testing.T) {
	tests := []string{"", "。", "a。", "。a", "本日、お知らせします", "お知らせします。", "「む」", "\xe3\x80", "\x80\x82", "\xe3\x80\x80\x82",
		"る、れ。", "個人情報の漏えい", "者\xe3\x80\x82"}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			if got, want := hasFullStop(s), strings.Contains(s, "。"); got != want {
				t.Errorf("hasFullStop(%q) = %v, want %v", s, got, want)
			}
		})
	}
	// Random strings over bytes that make up 。 and its neighbours.
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"\xe3", "\x80", "\x82", "。", "、", "る", "者", "a"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := hasFullStop(s), strings.Contains(s, "。"); got != want {
			t.Fatalf("hasFullStop(%q) = %v, want %v", s, got, want)
		}
	}
}

// plainDatesIn is datesIn before its binary search.
func plainDatesIn(ds []vdate, a, b int) []vdate {
	var out []vdate
	for _, d := range ds {
		if d.at.start >= a && d.at.end <= b {
			out = append(out, d)
		}
	}
	return out
}

func TestDatesIn(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		// Ordered, non-overlapping dates, as findDates returns them.
		var ds []vdate
		for p := r.IntN(4); len(ds) < r.IntN(8); {
			n := 1 + r.IntN(5)
			ds = append(ds, vdate{at: span{p, p + n}})
			p += n + r.IntN(4)
		}
		a, b := r.IntN(30), r.IntN(30)
		got, want := datesIn(ds, a, b), plainDatesIn(ds, a, b)
		if !slices.Equal(got, want) {
			t.Fatalf("datesIn(%v, %d, %d) = %v, want %v", ds, a, b, got, want)
		}
		if len(got) > 0 {
			// The result may share ds's array, but an append must not
			// write into ds.
			before := slices.Clone(ds)
			_ = append(got, vdate{at: span{-1, -1}})
			if !slices.Equal(ds, before) {
				t.Fatalf("append to datesIn's result changed ds")
			}
		}
	}
}

func TestFillerOnly(t *testing.T) {
	plain := func(s string) bool {
		for s != "" {
			if s[0] == ' ' {
				s = s[1:]
				continue
			}
			ok := false
			for _, f := range dateFiller {
				if strings.HasPrefix(s, f) {
					s = s[len(f):]
					ok = true
					break
				}
			}
			if !ok {
				return false
			}
		}
		return true
	}
	for _, s := range []string{"", " ", "(月)", "更新", "(火) 10:30 更新", "掲載日:", "お知らせ ", "ご案内", "PM3時", "Updated", "Upd", "最終更新日", "x"} {
		t.Run(s, func(t *testing.T) {
			if got, want := fillerOnly(s), plain(s); got != want {
				t.Errorf("fillerOnly(%q) = %v, want %v", s, got, want)
			}
		})
	}
}

func TestSentToProsecution(t *testing.T) {
	for _, s := range []string{"", "送", "致", "送致", "致送", "書類を送致した", "誘致", "送信を致しました", "送送致", "x送致"} {
		t.Run(s, func(t *testing.T) {
			if got, want := sentToProsecution(s), strings.Contains(s, "送致"); got != want {
				t.Errorf("sentToProsecution(%q) = %v, want %v", s, got, want)
			}
		})
	}
}

func TestTrimSpace(t *testing.T) {
	texts := []string{"", " ", "a", "本日", " 本日 ", "\u3000本日\u3000", "本日\u3000", "\u3000本", "更新 ", "\t更新", "お知らせ\n", "\xe3\x80", "\xe3\x80\x80",
		"漢字\xe3\x80", "\u00a0漢字", "漢字\u00a0", "\u2003漢字", "漢字\u2003", "\xff漢字\xff", "(第2報)", "令和7年\u3000"}
	for _, s := range texts {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{" ", "\u3000", "\u2003", "本", "あ", "a", "\xe3", "\x80", "\xa0", "\u00a0"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIsBullet(t *testing.T) {
	for _, r := range bulletMarks + "あ本・*ー－\ufffd\u00a0\U0001F600a " {
		if got, want := isBullet(r), strings.ContainsRune(bulletMarks, r); got != want {
			t.Errorf("isBullet(%q) = %v, want %v", r, got, want)
		}
	}
	for r := rune(0); r < 0x11000; r++ {
		if got, want := isBullet(r), hasRune(bulletMarks, r); got != want {
			t.Fatalf("isBullet(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestTrimMarksLeft(t *testing.T) {
	for _, more := range []string{" ", " 0123456789.()【[<", " 0123456789.()"} {
		for _, s := range []string{"", " ", "・ 2025年", "●■2025年", "【発覚日】", "(1)発生", "1.概要", "・", "\xff・", "・\xff", "ー", "－ 5月", "\ufffd"} {
			if got, want := trimMarksLeft(s, more), strings.TrimLeft(s, bulletMarks+more); got != want {
				t.Errorf("trimMarksLeft(%q, %q) = %q, want %q", s, more, got, want)
			}
		}
	}
}

func TestTrimSetsAndIndexRuneOf(t *testing.T) {
	sets := []string{" |:[【", " )】]:", " 。", "時】]>:: ", ")】]>:：", ")】]", ")】", "、,", "局課室部"}
	texts := []string{"", " ", "】】", "(第2報)】", "概要。 ", "【発覚日】:2025年", "時】 5月", "厚生労働省医政局", "a、b,c", "\xff】", "】\xff", "\ufffd)", "日時:", "漏えい)"}
	for _, set := range sets {
		for _, s := range texts {
			if got, want := trimLeftSet(s, set), strings.TrimLeft(s, set); got != want {
				t.Errorf("trimLeftSet(%q, %q) = %q, want %q", s, set, got, want)
			}
			if got, want := trimRightSet(s, set), strings.TrimRight(s, set); got != want {
				t.Errorf("trimRightSet(%q, %q) = %q, want %q", s, set, got, want)
			}
			if got, want := indexRuneOf(s, set), strings.IndexAny(s, set); got != want {
				t.Errorf("indexRuneOf(%q, %q) = %d, want %d", s, set, got, want)
			}
		}
	}
}

func TestPrefixSet(t *testing.T) {
	lists := [][]string{dateFollowStops, discNegations, discDenials, {"a", "日", "ab", "\u00e9x"}, {"に", ""}}
	texts := []string{"", "、", "に公表", "日", "付で", "~", "から", "中止", "\xe3", "\xe3\x81", "\xe3\x81\xab", "é", "éx", "ab", "a", "\xffに"}
	r := rand.New(rand.NewPCG(7, 8))
	for _, l := range lists {
		p := newPrefixSet(l)
		for _, s := range texts {
			if got, want := p.hasPrefix(s), hasPrefixAny(s, l); got != want {
				t.Errorf("%q.hasPrefix(%q) = %v, want %v", l, s, got, want)
			}
		}
		for range 5000 {
			s := l[r.IntN(len(l))]
			s = s[:r.IntN(len(s)+1)] + texts[r.IntN(len(texts))]
			if got, want := p.hasPrefix(s), hasPrefixAny(s, l); got != want {
				t.Fatalf("%q.hasPrefix(%q) = %v, want %v", l, s, got, want)
			}
		}
	}
}
