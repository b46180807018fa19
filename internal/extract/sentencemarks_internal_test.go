package extract

import (
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/model"
)

// wantMarks is sentenceMarks the slow way: one containsAny per list.
func wantMarks(t string) uint8 { return wantListMarks(t, sentenceLists) }

// wantListMarks is a listMatcher's marks the slow way.
func wantListMarks(t string, lists [][]string) uint8 {
	m := uint8(0)
	for k, l := range lists {
		if containsAny(t, l) {
			m |= 1 << k
		}
	}
	return m
}

// TestListMatchers checks the list matchers against one containsAny per
// list on every sentence, and every stretch of some sentences, of the
// fixture notices, and on words placed around the cut of the two streams.
func TestListMatchers(t *testing.T) {
	prepareMatchers()
	for _, tc := range []struct {
		name  string
		lm    *listMatcher
		lists [][]string
	}{
		{"sentence", sentenceWords, sentenceLists},
		{"after", afterWords, afterLists},
	} {
		t.Run(tc.name, func(t *testing.T) { testListMatcher(t, tc.lm, tc.lists) })
	}
}

func testListMatcher(t *testing.T, lm *listMatcher, lists [][]string) {
	notices := fixtureNotices(t)
	if len(notices) == 0 {
		t.Skip("no fixture notices")
	}
	n := 0
	check := func(s string) {
		t.Helper()
		n++
		if got, want := lm.marks(s), wantListMarks(s, lists); got != want {
			t.Fatalf("marks(%q) = %08b, want %08b", s, got, want)
		}
	}
	for _, b := range notices {
		v := newView(b, model.Segment{Span: model.Span{Start: 0, End: len(b)}})
		for i, sp := range v.sents {
			s := v.text(sp)
			check(s)
			if i%7 == 0 {
				for j := 0; j < len(s); j += 5 {
					check(s[j:])
					check(s[:j])
				}
			}
		}
		v.release()
	}
	// Every word at every offset of a filler long enough for two streams.
	filler := strings.Repeat("あ", 2*lm.maxLen/3+20)
	for _, l := range lists {
		for _, w := range l {
			for i := 0; i <= len(filler); i += 3 {
				check(filler[:i] + w + filler[i:])
			}
		}
	}
	t.Logf("%d texts", n)
}

// TestSentenceMarksCache checks that reading the marks records advisoryAt
// and explanatoryAt as advisory and explanatory say.
func TestSentenceMarksCache(t *testing.T) {
	doc := "不審なメールを開くと感染します。万が一届いた場合はご注意ください。本日、当社サーバへの不正アクセスを確認しました。第一報でお知らせしたとおりです。"
	v := newView(doc, model.Segment{Span: model.Span{Start: 0, End: len(doc)}})
	defer v.release()
	c := sentenceMarksOf(v)
	for si, sp := range v.sents {
		s := v.text(sp)
		m := c.at(si)
		if m != wantMarks(s) {
			t.Errorf("marks of %q = %08b, want %08b", s, m, wantMarks(s))
		}
		if got := v.advisoryAt(si); got != advisory(s) {
			t.Errorf("advisoryAt(%q) = %v", s, got)
		}
		if got := v.explanatoryAt(si); got != explanatory(s) {
			t.Errorf("explanatoryAt(%q) = %v", s, got)
		}
		want := containsAny(s, earlierNotices) && containsAny(s, noticeVerbs) && !containsAny(s, newFindings)
		if got := recallsNotice(m); got != want {
			t.Errorf("recallsNotice(%q) = %v", s, got)
		}
	}
}
