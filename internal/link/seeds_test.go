package link_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/goldset"
	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
)

// goldReport is one annotated report of a seed (SCHEMA.md gold format).
type goldReport = goldset.Report

type seedReport struct {
	doc      string
	incident string
	gold     goldReport
	text     string
}

// loadSeeds cuts the seed documents into gold reports exactly as
// tools/score.py does.
func loadSeeds(t testing.TB) []seedReport {
	t.Helper()
	docs, err := goldset.Seeds()
	if errors.Is(err, goldset.ErrNoShared) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []seedReport
	for _, d := range docs {
		for _, r := range d.Reports {
			inc := ""
			if r.Incident != nil {
				inc = *r.Incident
			}
			out = append(out, seedReport{doc: d.Name, incident: inc, gold: r, text: d.Text[r.Span.Start:r.Span.End]})
		}
	}
	return out
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// goldItems fills Items with the gold facts (the extractor is developed in
// parallel; this measures the linker alone).
func goldItems(reps []seedReport, blankOrg bool) []link.Item {
	items := make([]link.Item, len(reps))
	for i, r := range reps {
		f := model.Facts{
			IsIncident:   r.gold.IsIncident,
			Organization: str(r.gold.Organization),
			Published:    str(r.gold.Published),
			Discovered:   str(r.gold.Discovered),
			Types:        r.gold.Types,
			Vendors:      r.gold.Vendors,
		}
		if r.gold.ReportSeq != nil {
			f.ReportSeq = strings.ToLower(fmt.Sprint(r.gold.ReportSeq))
		}
		if blankOrg {
			f.Organization = ""
		}
		items[i] = link.Item{Doc: r.doc, Seq: i, Text: r.text, Facts: f}
	}
	return items
}

// linkF1 is score.py's pairwise link F1 over gold incident reports.
func linkF1(reps []seedReport, got []int) (f1 float64, fps, fns [][2]int) {
	var idx []int
	for i, r := range reps {
		if r.gold.IsIncident {
			idx = append(idx, i)
		}
	}
	tp, fp, fn := 0, 0, 0
	for a := 0; a < len(idx); a++ {
		for b := a + 1; b < len(idx); b++ {
			i, j := idx[a], idx[b]
			sameG := reps[i].incident == reps[j].incident
			sameS := got[i] >= 0 && got[i] == got[j]
			switch {
			case sameG && sameS:
				tp++
			case sameS:
				fp++
				fps = append(fps, [2]int{i, j})
			case sameG:
				fn++
				fns = append(fns, [2]int{i, j})
			}
		}
	}
	p, r := 1.0, 1.0
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r == 0 {
		return 0, fps, fns
	}
	return 2 * p * r / (p + r), fps, fns
}

// TestSeedsLinkF1 links the gold reports of all seed files together and
// scores the partition like tools/score.py's link_f1.
func TestSeedsLinkF1(t *testing.T) {
	reps := loadSeeds(t)
	for _, tc := range []struct {
		name     string
		blankOrg bool
		min      float64
	}{
		{"gold facts", false, 0.95},
		{"organization blanked", true, 0}, // robustness figure, not asserted
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := goldItems(reps, tc.blankOrg)
			got := link.Cluster(items)
			f1, fps, fns := linkF1(reps, got)
			t.Logf("link_f1=%.3f over %d reports (%d false-positive pairs, %d false-negative pairs)", f1, len(reps), len(fps), len(fns))
			x := link.NewIndex(link.Options{})
			for _, p := range fps {
				_, _, why := x.Explain(items[p[0]], items[p[1]])
				t.Logf("  wrongly linked %s | %s: %s", label(reps[p[0]]), label(reps[p[1]]), why)
			}
			for _, p := range fns {
				_, _, why := x.Explain(items[p[0]], items[p[1]])
				t.Logf("  missed %s | %s: %s", label(reps[p[0]]), label(reps[p[1]]), why)
			}
			if f1 < tc.min {
				t.Errorf("link_f1 = %.3f, want >= %.2f", f1, tc.min)
			}
		})
	}
}

func label(r seedReport) string {
	a := []rune(strings.TrimSpace(r.gold.Anchor))
	if len(a) > 14 {
		a = a[:14]
	}
	return r.doc[:3] + ":" + r.incident + ":" + strings.ReplaceAll(string(a), "\n", " ")
}
