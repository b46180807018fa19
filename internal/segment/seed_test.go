package segment_test

import (
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/goldset"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/segment"
)

type span struct {
	start, end int
	anchor     string
	incident   bool
}

// seeds loads the gold seeds, or skips the test when ../shared is absent.
func seeds(t *testing.T) []goldset.Doc {
	t.Helper()
	docs, err := goldset.Seeds()
	if errors.Is(err, goldset.ErrNoShared) {
		t.Skipf("%v: seed measurement skipped", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// goldSpans lists the gold report spans of a document, cut as
// tools/score.py does.
func goldSpans(d goldset.Doc) []span {
	out := make([]span, len(d.Reports))
	for i, r := range d.Reports {
		out[i] = span{start: r.Span.Start, end: r.Span.End, anchor: r.Anchor, incident: r.IsIncident}
	}
	return out
}

type pair struct{ g, s int }

// matchSpans pairs gold and system spans one to one by intersection over
// union of at least 0.5, greedily by IoU, as the scorer does.
func matchSpans(gold []span, segs []model.Segment) []pair {
	type cand struct {
		iou  float64
		g, s int
	}
	var cands []cand
	for gi, g := range gold {
		for si, s := range segs {
			inter := min(s.Span.End, g.end) - max(s.Span.Start, g.start)
			union := max(s.Span.End, g.end) - min(s.Span.Start, g.start)
			if inter > 0 && union > 0 && float64(inter)/float64(union) >= 0.5 {
				cands = append(cands, cand{float64(inter) / float64(union), gi, si})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].iou != cands[j].iou {
			return cands[i].iou > cands[j].iou
		}
		if cands[i].g != cands[j].g {
			return cands[i].g > cands[j].g
		}
		return cands[i].s > cands[j].s
	})
	usedG, usedS := map[int]bool{}, map[int]bool{}
	var pairs []pair
	for _, c := range cands {
		if usedG[c.g] || usedS[c.s] {
			continue
		}
		usedG[c.g], usedS[c.s] = true, true
		pairs = append(pairs, pair{c.g, c.s})
	}
	return pairs
}

func snippet(text string, start int) string {
	s := text[start:]
	n := 0
	for i := range s {
		if n == 30 {
			return strings.ReplaceAll(s[:i], "\n", `\n`)
		}
		n++
	}
	return strings.ReplaceAll(s, "\n", `\n`)
}

// TestSeedSegmentation measures segmentation against the gold seeds and
// requires an overall F1 of at least 0.95 and every non-incident gold
// report (an unrelated post inside a compilation) to be cut out.
func TestSeedSegmentation(t *testing.T) {
	var tp, nGold, nSys int
	for _, g := range seeds(t) {
		text := g.Text
		gold := goldSpans(g)
		segs := segment.Split(text)
		checkInvariants(t, text, segs)
		pairs := matchSpans(gold, segs)
		tp += len(pairs)
		nGold += len(gold)
		nSys += len(segs)
		p := float64(len(pairs)) / float64(max(len(segs), 1))
		r := float64(len(pairs)) / float64(max(len(gold), 1))
		t.Logf("%s: gold %d, segments %d, matched %d, precision %.3f recall %.3f", g.Name, len(gold), len(segs), len(pairs), p, r)
		matchedG, matchedS := map[int]bool{}, map[int]bool{}
		for _, pr := range pairs {
			matchedG[pr.g], matchedS[pr.s] = true, true
		}
		for gi, gs := range gold {
			if !matchedG[gi] {
				t.Logf("  missed gold %d [%d,%d) %q", gi, gs.start, gs.end, snippet(text, gs.start))
				if !gs.incident {
					t.Errorf("%s: non-incident report %q not cut out", g.Name, gs.anchor)
				}
			}
		}
		for si, s := range segs {
			if !matchedS[si] {
				t.Logf("  extra segment %d [%d,%d) %q", si, s.Span.Start, s.Span.End, snippet(text, s.Span.Start))
			}
		}
	}
	p := float64(tp) / float64(max(nSys, 1))
	r := float64(tp) / float64(max(nGold, 1))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("overall: gold %d, segments %d, matched %d, precision %.3f recall %.3f F1 %.3f", nGold, nSys, tp, p, r, f1)
	if f1 < 0.95 {
		t.Errorf("segmentation F1 %.3f < 0.95", f1)
	}
}

// seedVariants are perturbations of the seed layouts the segmenter must
// survive: the same compilations copied by another tool.
var seedVariants = []struct {
	name string
	edit func(string) string
}{
	{"as-is", func(s string) string { return s }},
	{"nbsp-lines-emptied", func(s string) string { return strings.ReplaceAll(s, "\u00a0\n", "\n") }},
	{"crlf", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
}

// TestSeedVariants measures the seeds under each variant and requires
// F1 ≥ 0.9 for all of them.
func TestSeedVariants(t *testing.T) {
	docs := seeds(t)
	for _, v := range seedVariants {
		t.Run(v.name, func(t *testing.T) {
			var tp, nGold, nSys int
			for _, d := range docs {
				g, err := d.Edited(v.edit)
				if err != nil {
					t.Fatal(err)
				}
				text := g.Text
				gold := goldSpans(g)
				segs := segment.Split(text)
				checkInvariants(t, text, segs)
				pairs := matchSpans(gold, segs)
				t.Logf("%s: gold %d segments %d matched %d", g.Name, len(gold), len(segs), len(pairs))
				tp, nGold, nSys = tp+len(pairs), nGold+len(gold), nSys+len(segs)
			}
			p, r := float64(tp)/float64(max(nSys, 1)), float64(tp)/float64(max(nGold, 1))
			f1 := 2 * p * r / max(p+r, 1e-9)
			t.Logf("%s: F1 %.3f", v.name, f1)
			if f1 < 0.9 {
				t.Errorf("%s: F1 %.3f < 0.9", v.name, f1)
			}
		})
	}
}

// TestSeedReportsAlone cuts each gold report of the seeds on its own: a
// single notice must stay one segment (a short preamble aside), whatever
// sub-headings, lists and timelines it holds.
func TestSeedReportsAlone(t *testing.T) {
	total, split := 0, 0
	for _, g := range seeds(t) {
		text := g.Text
		for _, gs := range goldSpans(g) {
			one := text[gs.start:gs.end]
			segs := segment.Split(one)
			checkInvariants(t, one, segs)
			total++
			if len(segs) != 1 {
				split++
				t.Logf("%s %q cut into %d segments", g.Name[:3], snippet(one, 0), len(segs))
				for _, s := range segs {
					t.Logf("    at %q", snippet(one, s.Span.Start))
				}
			}
		}
	}
	t.Logf("%d of %d single reports cut", split, total)
	if split > 0 {
		t.Errorf("%d of %d single reports cut into several segments", split, total)
	}
}
