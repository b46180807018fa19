package extract_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/extract"
	"github.com/jikenbo/jikenbo/internal/model"
)

// FuzzExtract checks that extraction never panics, keeps every evidence
// span inside the text and its segment, and finishes quickly.
func FuzzExtract(f *testing.F) {
	f.Add(benchNotice, 0, len(benchNotice))
	f.Add("【セキュリティ事件簿#2023-284】北九州市 誤送信について 2003年7月19日\n\n宛先をTOで送信し、42名のメールアドレスが漏えいしました。", 0, 60)
	f.Add("弊社\n\n令 和 5 年 5 月 1 6 日\n不正アクセス", 3, 20)
	f.Add("株式会社\n", 0, 100)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if a < 0 {
			a = -a
		}
		if b < 0 {
			b = -b
		}
		if len(text) > 0 {
			a %= len(text) + 1
			b %= len(text) + 1
		} else {
			a, b = 0, 0
		}
		if a > b {
			a, b = b, a
		}
		segs := []model.Segment{{Span: model.Span{Start: a, End: b}}, {Span: model.Span{Start: 0, End: len(text)}}}
		start := time.Now()
		facts := extract.Extract(text, segs)
		if d := time.Since(start); d > 2*time.Second && len(text) < 1<<16 {
			t.Fatalf("extraction of %d bytes took %v", len(text), d)
		}
		if len(facts) != len(segs) {
			t.Fatalf("%d facts for %d segments", len(facts), len(segs))
		}
		for i, fc := range facts {
			for _, e := range fc.Evidence {
				if e.Span.Start < 0 || e.Span.End > len(text) || e.Span.Start > e.Span.End {
					t.Fatalf("segment %d: evidence %+v outside text of %d bytes", i, e, len(text))
				}
				if e.Field == "" || e.Value == "" {
					t.Fatalf("segment %d: empty evidence %+v", i, e)
				}
			}
			if utf8.ValidString(text) && fc.Organization != "" && !strings.Contains(strings.Join(strings.Fields(text), ""), strings.Join(strings.Fields(fc.Organization), "")) && !knownPrefecture(fc.Organization) {
				t.Fatalf("segment %d: organization %q not in text", i, fc.Organization)
			}
		}
	})
}

func knownPrefecture(s string) bool {
	return strings.HasSuffix(s, "県") || strings.HasSuffix(s, "都") || strings.HasSuffix(s, "府") || s == "北海道"
}
