package jptext_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

type goldenDate struct {
	Text string `json:"text"`
	Kind string `json:"kind"`
	Y    int    `json:"y"`
	M    int    `json:"m"`
	D    int    `json:"d"`
	ISO  string `json:"iso,omitempty"`
}

type goldenCount struct {
	Text      string `json:"text"`
	Value     int64  `json:"value"`
	Unit      string `json:"unit"`
	Qualifier string `json:"qualifier,omitempty"`
	Per       string `json:"per,omitempty"`
	Scope     string `json:"scope,omitempty"`
}

type golden struct {
	Dates  []goldenDate  `json:"dates"`
	Counts []goldenCount `json:"counts"`
}

// TestGoldenNotices runs FindDates and FindCounts over fictional notices
// and compares with reviewed golden files (go test -update rewrites them).
func TestGoldenNotices(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "notices", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			var g golden
			g.Dates = []goldenDate{}
			g.Counts = []goldenCount{}
			for _, d := range jptext.FindDates(text, jptext.DateContext{}) {
				checkSpan(t, text, d.Span)
				g.Dates = append(g.Dates, goldenDate{Text: text[d.Span.Start:d.Span.End], Kind: d.Kind,
					Y: d.Year, M: d.Month, D: d.Day, ISO: d.ISO()})
			}
			for _, c := range jptext.FindCounts(text) {
				checkSpan(t, text, c.Span)
				g.Counts = append(g.Counts, goldenCount{Text: text[c.Span.Start:c.Span.End], Value: c.Value,
					Unit: c.Unit, Qualifier: c.Qualifier, Per: c.Per, Scope: c.Scope})
			}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (review, then go test -update):\n%s", path, got)
			}
		})
	}
}
