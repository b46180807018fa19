package jptext_test

import (
	"reflect"
	"testing"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

func TestDateTextMatchesFindDates(t *testing.T) {
	texts := []string{
		"２０２４年６月３日（月）に判明し、同月５日に公表しました。",
		"令和6年5月1日、翌2日、7/3(水)、26日",
		"ｶﾞｲﾄﾞ　2023-05-16 12:45 〜 2023/5/29",
		"",
	}
	ctxs := []jptext.DateContext{{}, {Year: 2024}, {Year: 2023, Month: 4, Day: 10, FixYearTypos: true}}
	for _, text := range texts {
		dt := jptext.NewDateText(text)
		for _, ctx := range ctxs {
			t.Run(text, func(t *testing.T) {
				want := jptext.FindDates(text, ctx)
				if got := dt.FindDates(ctx); !reflect.DeepEqual(got, want) {
					t.Errorf("DateText.FindDates(%+v) = %+v, want %+v", ctx, got, want)
				}
			})
		}
	}
}

// A folded text read by NewFoldedDateText gives the dates FindDates gives
// for the folded text.
func TestFoldedDateTextMatchesFindDates(t *testing.T) {
	for _, text := range []string{
		"２０２４年６月３日（月）に判明し、同月５日に公表しました。",
		"令 和 5 年 1 2 月 4 日",
		"ｶﾞｲﾄﾞ　2023-05-16 12:45 〜 2023/5/29",
	} {
		f := jptext.FoldString(text)
		want := jptext.FindDates(f, jptext.DateContext{})
		if got := jptext.NewFoldedDateText(f).FindDates(jptext.DateContext{}); !reflect.DeepEqual(got, want) {
			t.Errorf("NewFoldedDateText(%q).FindDates = %+v, want %+v", f, got, want)
		}
	}
}
