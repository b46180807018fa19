package segment

import (
	"sort"
	"strings"

	"github.com/jikenbo/jikenbo/internal/model"
)

// cut opens a segment at the start of a line.
type cut struct {
	line  int    // index of the line the segment starts with
	title string // headline recognised for the segment, if any
	id    string // casebook number printed in the headline, if any
}

// layout finds the cuts of one kind of compilation, or returns nil when the
// document is not laid out that way.
type layout func(ls []line) []cut

// layouts are tried in order; the first that recognises the document wins.
// Stronger, more explicit structure comes first.
var layouts = []layout{
	casebookCuts,
	headlineListCuts,
	datedTitleCuts,
	separatorCuts,
	scrapbookCuts,
	digestCuts,
	orgBlockCuts,
	listCuts,
	repeatCuts,
	leadCuts,
}

// Split cuts text into reports. The segments are in order, non-empty, and
// cover the whole text without gap or overlap: the first starts at 0, each
// starts where the previous ends and the last ends at len(text). Text that
// is no report (a preamble, an unrelated article) stays a segment of its
// own or joins its neighbour; nothing is dropped. Offsets fall on line
// starts, hence on UTF-8 rune boundaries. A text with no recognisable
// structure is one segment; an empty text has none.
//
// Title is the headline line the segmenter recognised (for casebook
// entries, the text after the bracketed number), CasebookID the number the
// source printed, normalised to "2024-521".
func Split(text string) []model.Segment {
	if text == "" {
		return nil
	}
	ls := splitLines(text)
	var cuts []cut
	for _, find := range layouts {
		if c := find(ls); len(c) > 0 {
			cuts = c
			break
		}
	}
	return build(text, ls, cuts)
}

// build turns cuts into segments covering the whole text.
func build(text string, ls []line, cuts []cut) []model.Segment {
	sort.SliceStable(cuts, func(i, j int) bool { return cuts[i].line < cuts[j].line })
	first := nextNonBlank(ls, 0)
	merged := cuts[:0:0]
	for _, c := range cuts {
		if c.line <= first {
			c.line = 0
		}
		if n := len(merged); n > 0 && merged[n-1].line == c.line {
			if merged[n-1].title == "" {
				merged[n-1].title = c.title
			}
			if merged[n-1].id == "" {
				merged[n-1].id = c.id
			}
			continue
		}
		merged = append(merged, c)
	}
	if len(merged) == 0 || merged[0].line != 0 {
		merged = append([]cut{{line: 0}}, merged...)
	}
	segs := make([]model.Segment, 0, len(merged))
	for k, c := range merged {
		end := len(text)
		endLine := len(ls)
		if k+1 < len(merged) {
			endLine = merged[k+1].line
			end = ls[endLine].start
		}
		title := c.title
		if title == "" {
			title = fallbackTitle(ls[c.line:endLine])
		}
		segs = append(segs, model.Segment{
			Span:       model.Span{Start: ls[c.line].start, End: end},
			CasebookID: c.id,
			Title:      title,
		})
	}
	return segs
}

// fallbackTitle picks a heading from the first lines of a segment: the
// first short line that is neither a date nor an organisation's name.
func fallbackTitle(ls []line) string {
	seen := 0
	for _, l := range ls {
		if l.blank {
			continue
		}
		if seen++; seen > 4 {
			break
		}
		bracketed := strings.HasPrefix(l.text, "【") || strings.HasPrefix(l.text, "［")
		if isTitleLike(l) && !isOrgLine(l) && !dateOnlyRe.MatchString(l.text) && (bracketed || !isEnumerated(l.text)) && !strings.Contains(l.text, "://") {
			return l.text
		}
	}
	return ""
}

// minorPreamble reports whether the lines before line upto are too little
// text to stand as a report of their own (a date, a site name).
func minorPreamble(ls []line, upto int) bool {
	lines, runes := 0, 0
	for _, l := range ls[:upto] {
		if l.blank {
			continue
		}
		lines++
		runes += l.runes
	}
	return lines <= 3 && runes <= 150
}

// startsNotice reports whether a paragraph opens a notice the way issuers
// do (この度、弊社… / 当院では…).
func startsNotice(s string) bool {
	for _, p := range []string{"この度", "このたび", "今般", "今回", "平素"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	for _, w := range selfReferences {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
