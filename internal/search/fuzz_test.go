package search_test

import (
	"testing"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/search"
)

// FuzzParse checks that any input parses without panicking, that the
// rendered query parses back to the same query, and that snippets of any
// text stay within it.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`不正アクセス "個人 情報" -訓練 type:ransomware`, `"`, `-`, `- -"`, `org:`, `ｶﾞｷﾞ゛`, "\xff\xfe", `year:2024 sector：自治体`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := search.Parse(s)
		again := search.Parse(q.String())
		if len(again.Filters) != len(q.Filters) {
			t.Errorf("Parse(%q).String() = %q parses to %d filters, want %d", s, q.String(), len(again.Filters), len(q.Filters))
		}
		frags := search.Snippet(s, q.Positive(), 30)
		for _, fr := range frags {
			if !utf8.ValidString(fr.Text) && utf8.ValidString(s) {
				t.Errorf("invalid fragment %q", fr.Text)
			}
		}
		_ = search.Fold(s)
	})
}
