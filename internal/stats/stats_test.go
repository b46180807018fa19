package stats_test

import (
	"bytes"
	"context"
	"github.com/jikenbo/jikenbo/internal/golden"
	"testing"

	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/filter/filtertest"
	"github.com/jikenbo/jikenbo/internal/stats"
)

// TestYear checks the 2024 table of the fixture casebook.
func TestYear(t *testing.T) {
	st := filtertest.Casebook(t)
	tb, err := stats.Compute(context.Background(), st, filter.Filter{From: "2024-01-01", To: "2024-12-31"})
	if err != nil {
		t.Fatal(err)
	}
	if tb.Incidents != 5 || tb.People != 2431+312+45 || tb.WithCount != 3 {
		t.Errorf("totals: %d incidents, %d people of %d", tb.Incidents, tb.People, tb.WithCount)
	}
	survey := map[string]int{}
	for _, r := range tb.Survey {
		survey[r.Key] = r.Incidents
	}
	want := map[string]int{"ウイルス感染・不正アクセス": 2, "誤表示・誤送信": 1, "紛失・誤廃棄・盗難": 1, "不正持ち出し・盗用": 0, "その他": 1}
	for k, v := range want {
		if survey[k] != v {
			t.Errorf("survey %s = %d, want %d", k, survey[k], v)
		}
	}
	veris := map[string]int{}
	for _, r := range tb.VERIS {
		veris[r.Key] = r.Incidents
	}
	// みずなら: hacking+malware; あおば: malware; ひばり: error; こずえ: physical; くろしお: social.
	for k, v := range map[string]int{"hacking": 1, "malware": 2, "error": 1, "physical": 1, "social": 1} {
		if veris[k] != v {
			t.Errorf("veris %s = %d, want %d", k, veris[k], v)
		}
	}
	// Lags 33, 1, 5, 3 days: median 4.
	if tb.Lag.N != 4 || tb.Lag.Median == nil || *tb.Lag.Median != 4 || *tb.Lag.Max != 33 {
		t.Errorf("lag: %+v", tb.Lag)
	}
	var b bytes.Buffer
	if err := stats.WriteText(&b, tb); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "year2024.golden", b.Bytes())
}

// TestSurveyCategory checks the precedence of categories.
func TestSurveyCategory(t *testing.T) {
	tests := []struct {
		types []string
		want  string
	}{
		{[]string{"phishing", "ransomware"}, "ウイルス感染・不正アクセス"},
		{[]string{"misdelivery", "loss_theft"}, "誤表示・誤送信"},
		{[]string{"loss_theft"}, "紛失・誤廃棄・盗難"},
		{[]string{"processing_error"}, "その他"},
		{nil, "その他"},
	}
	for _, tt := range tests {
		if got := stats.SurveyCategory(tt.types); got != tt.want {
			t.Errorf("SurveyCategory(%v) = %s, want %s", tt.types, got, tt.want)
		}
	}
}

// TestEmpty checks a period without incidents has no median.
func TestEmpty(t *testing.T) {
	st := filtertest.Casebook(t)
	tb, err := stats.Compute(context.Background(), st, filter.Filter{From: "2020-01-01", To: "2020-12-31"})
	if err != nil {
		t.Fatal(err)
	}
	if tb.Incidents != 0 || tb.Lag.Median != nil {
		t.Errorf("got %+v", tb)
	}
	var b bytes.Buffer
	if err := stats.WriteText(&b, tb); err != nil {
		t.Fatal(err)
	}
}
