package digest_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/digest"
	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/model"
)

// FuzzSummarize feeds arbitrary report text to the summarizer: it must
// not panic, must return at most the sentences asked for, and every
// sentence must be text of the report.
func FuzzSummarize(f *testing.F) {
	f.Add("このたび、不正アクセスを受け、お客様の個人情報1,000件が漏えいした可能性があることが判明しました。\n警察に相談しております。")
	f.Add("■見出し\n(1)項目。\n長い行が折り返されてしまった場合の文章はここで途切れてしまうけれども\n次の行で終わる。")
	f.Add("")
	f.Add("。。。！？\n\n\n")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		c := filter.NewCase(model.Incident{Number: "2024-001"}, []model.Report{{Text: text, Span: model.Span{End: len(text)}}})
		sum := digest.Summarize(c, 3)
		if len(sum) > 3 {
			t.Fatalf("%d sentences", len(sum))
		}
		flat := strings.Join(strings.Fields(text), "")
		for _, s := range sum {
			if !strings.Contains(flat, strings.Join(strings.Fields(s), "")) {
				t.Fatalf("sentence %q is not in the text", s)
			}
		}
	})
}
