package jptext_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

// sharedDir is the project's shared corpus, outside the repository.
const sharedDir = "../../../shared"

var casebookYear = regexp.MustCompile(`#(20\d\d)-\d+`)

type goldDoc struct {
	Doc     string `json:"doc"`
	Reports []struct {
		Published    *string `json:"published"`
		Discovered   *string `json:"discovered"`
		Affected     *int64  `json:"affected"`
		CardAffected *int64  `json:"card_affected"`
	} `json:"reports"`
}

// TestSeedsRecall checks that every published/discovered date and every
// affected count in the gold files is among what FindDates and FindCounts
// return for the whole document: the primitives must not be the bottleneck
// of the extractor's recall.
func TestSeedsRecall(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(sharedDir, "corpus", "gold", "*.json"))
	if len(golds) == 0 {
		t.Skipf("no shared corpus at %s", sharedDir)
	}
	for _, g := range golds {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var gd goldDoc
		if err := json.Unmarshal(b, &gd); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		tb, err := os.ReadFile(filepath.Join(sharedDir, "corpus", "seeds", gd.Doc))
		if err != nil {
			t.Fatal(err)
		}
		text := string(tb)
		t.Run(gd.Doc, func(t *testing.T) {
			dates := map[string]bool{}
			// As the extractor would, take the reference year from the
			// casebook number when there is one.
			ctx := jptext.DateContext{FixYearTypos: true}
			if m := casebookYear.FindStringSubmatch(text); m != nil {
				ctx.Year, _ = strconv.Atoi(m[1])
			}
			for _, d := range jptext.FindDates(text, ctx) {
				checkSpan(t, text, d.Span)
				dates[d.ISO()] = true
			}
			counts := map[int64]bool{}
			for _, c := range jptext.FindCounts(text) {
				checkSpan(t, text, c.Span)
				counts[c.Value] = true
			}
			for i, r := range gd.Reports {
				for _, want := range []*string{r.Published, r.Discovered} {
					if want != nil && !dates[*want] {
						t.Errorf("report %d: date %s not found", i, *want)
					}
				}
				for _, want := range []*int64{r.Affected, r.CardAffected} {
					if want != nil && !counts[*want] {
						t.Errorf("report %d: count %d not found", i, *want)
					}
				}
			}
		})
	}
}
