package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Snippet cuts from text a window of about width runes around the first
// match of any of terms (folded, as from Query.Positive), split into
// fragments with the matches marked. Without a match it returns the start
// of the text. Newlines become spaces.
func Snippet(text string, terms []string, width int) []Fragment {
	folded, offs := foldOffsets(text)
	type span struct{ a, b int } // in folded bytes
	var spans []span
	for _, t := range terms {
		if t == "" {
			continue
		}
		for i := 0; ; {
			k := strings.Index(folded[i:], t)
			if k < 0 {
				break
			}
			spans = append(spans, span{i + k, i + k + len(t)})
			i += k + len(t)
			if len(spans) > 200 {
				break
			}
		}
	}
	slices.SortFunc(spans, func(x, y span) int { return x.a - y.a })
	// Window around the first match, in folded bytes.
	start := 0
	if len(spans) > 0 {
		start = backRunes(folded, spans[0].a, width/3)
	}
	end := fwdRunes(folded, start, width)
	var out []Fragment
	add := func(a, b int, mark bool) {
		if a >= b {
			return
		}
		s := strings.Join(strings.Fields(text[offs[a]:offs[b]]), " ")
		if s == "" {
			return
		}
		out = append(out, Fragment{Text: s, Mark: mark})
	}
	pos := start
	for _, sp := range spans {
		if sp.a < pos || sp.b > end {
			continue
		}
		add(pos, sp.a, false)
		add(sp.a, sp.b, true)
		pos = sp.b
	}
	add(pos, end, false)
	if start > 0 && len(out) > 0 {
		out = append([]Fragment{{Text: "…"}}, out...)
	}
	if end < len(folded) {
		out = append(out, Fragment{Text: "…"})
	}
	return out
}

func backRunes(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return i
}

func fwdRunes(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

func sortValues(v []FacetValue, cmp func(a, b FacetValue) int) { slices.SortStableFunc(v, cmp) }
