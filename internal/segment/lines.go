package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of the document with the cues the layouts look at.
type line struct {
	start int    // byte offset of the first byte of the line
	end   int    // byte offset just past the content, before "\n"
	text  string // content trimmed of surrounding white space
	runes int    // rune count of text
	blank bool   // no visible character
	ws    bool   // blank but not empty: spaces, NBSP, ideographic space
	next  int    // index of the first non-blank line at or after this one
	prev  int    // index of the last non-blank line at or before this one
}

// isSpaceRune reports white space including the invisible characters web
// pages leave in copied text.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

func trimSpace(s string) string { return strings.TrimFunc(s, isSpaceRune) }

// splitLines cuts text at "\n" (a trailing "\r" stays part of the line's
// bytes but not of its text).
func splitLines(text string) []line {
	n := strings.Count(text, "\n") + 1
	out := make([]line, 0, n)
	pos := 0
	for pos <= len(text) {
		i := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if i >= 0 {
			end = pos + i
		}
		raw := text[pos:end]
		t := trimSpace(raw)
		out = append(out, line{
			start: pos,
			end:   end,
			text:  t,
			runes: utf8.RuneCountInString(t),
			blank: t == "",
			ws:    t == "" && strings.TrimRight(raw, "\r") != "",
		})
		if i < 0 {
			break
		}
		pos = end + 1
	}
	next := len(out)
	for i := len(out) - 1; i >= 0; i-- {
		if !out[i].blank {
			next = i
		}
		out[i].next = next
	}
	prev := -1
	for i := range out {
		if !out[i].blank {
			prev = i
		}
		out[i].prev = prev
	}
	return out
}

// nextNonBlank returns the index of the first non-blank line at or after i,
// or len(ls).
func nextNonBlank(ls []line, i int) int {
	if i >= len(ls) {
		return len(ls)
	}
	return ls[i].next
}

// blankBefore reports whether line i opens the text or follows a blank line.
func blankBefore(ls []line, i int) bool { return i == 0 || ls[i-1].blank }
