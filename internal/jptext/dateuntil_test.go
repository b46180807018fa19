package jptext_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

// TestFindDatesUntil checks that a scan stopped at the first date of a kind
// returns what the whole scan returns up to that date.
func TestFindDatesUntil(t *testing.T) {
	texts := append([]string(nil), fuzzSeeds...)
	texts = append(texts,
		"令和6年4月1日、同月3日に発覚。2024年4月5日に公表した。",
		"5月3日(金)に検知し、翌4日に2024年5月の調査を開始、本年6月に報告",
		"第2報 10日に判明 2023年11月 再発防止策",
	)
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	stops := map[string]func(jptext.Date) bool{
		"full":       func(d jptext.Date) bool { return d.Kind == jptext.KindFull },
		"explicit":   func(d jptext.Date) bool { return d.YearExplicit },
		"day":        func(d jptext.Date) bool { return d.Kind == jptext.KindDay },
		"never":      func(jptext.Date) bool { return false },
		"always":     func(jptext.Date) bool { return true },
		"year month": func(d jptext.Date) bool { return d.Kind == jptext.KindYearMonth },
	}
	ctx := jptext.DateContext{Year: 2024, Month: 6, Day: 10}
	for _, text := range texts {
		all := jptext.FindDates(text, ctx)
		dt := jptext.NewDateText(text)
		for name, stop := range stops {
			got, stopped := dt.FindDatesUntil(ctx, stop)
			want := all
			for i, d := range all {
				if stop(d) {
					want = all[:i+1]
					break
				}
			}
			if wantStopped := len(want) < len(all) || len(all) > 0 && stop(all[len(all)-1]); stopped != wantStopped || !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
				t.Errorf("%s: FindDatesUntil(%.40q) = %v, %v; want %v, %v", name, text, got, stopped, want, wantStopped)
			}
		}
	}
}
