package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Fold normalizes s for matching: full-width ASCII becomes half-width and
// half-width katakana full-width (golang.org/x/text/width), a half-width or
// combining voiced sound mark is merged into the kana before it (ｶﾞ → ガ),
// the ideographic space becomes a space and letters are lower-cased. Every
// source rune yields at most one folded rune, so offsets map back (see
// foldOffsets).
func Fold(s string) string {
	f, _ := fold(s, false)
	return f
}

// foldOffsets is Fold that also returns, for every byte of the folded
// string plus one past its end, the byte offset in s of the rune that
// produced it.
func foldOffsets(s string) (string, []int) {
	return fold(s, true)
}

func fold(s string, withOffs bool) (string, []int) {
	b := make([]byte, 0, len(s))
	var offs []int
	if withOffs {
		offs = make([]int, 0, len(s)+1)
	}
	lastStart := -1 // byte position in b of the last written rune
	var last rune
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			r = '\uFFFD'
		}
		r = foldRune(r)
		if (r == '゛' || r == '\u3099' || r == '゜' || r == '\u309A') && lastStart >= 0 {
			if v, ok := voice(last, r == '゜' || r == '\u309A'); ok {
				// Replace the previous rune by its voiced form; both
				// are three-byte kana, so offsets stay valid.
				b = utf8.AppendRune(b[:lastStart], v)
				last = v
				i += n
				continue
			}
		}
		lastStart = len(b)
		last = r
		b = utf8.AppendRune(b, r)
		if withOffs {
			w := utf8.RuneLen(r)
			if w < 0 {
				w = 3
			}
			for range w {
				offs = append(offs, i)
			}
		}
		i += n
	}
	if withOffs {
		offs = append(offs, len(s))
	}
	return string(b), offs
}

// foldRune folds one rune's width and case.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r == '\u3000' {
		return ' '
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		r = f
	}
	return unicode.ToLower(r)
}

// voice returns the kana k with a voiced (or, when semi, semi-voiced)
// sound mark.
func voice(k rune, semi bool) (rune, bool) {
	if semi {
		switch k {
		case 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'は', 'ひ', 'ふ', 'へ', 'ほ':
			return k + 2, true
		}
		return 0, false
	}
	switch k {
	case 'ウ':
		return 'ヴ', true
	case 'う':
		return 'ゔ', true
	case 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', 'タ', 'チ', 'ツ', 'テ', 'ト',
		'か', 'き', 'く', 'け', 'こ', 'さ', 'し', 'す', 'せ', 'そ', 'た', 'ち', 'つ', 'て', 'と':
		return k + 1, true
	case 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'は', 'ひ', 'ふ', 'へ', 'ほ':
		return k + 1, true
	}
	return 0, false
}

// isWord reports whether r belongs in a bigram token: letters, digits and
// the marks of Japanese words (ー, 々).
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// bigrams renders folded text as the tokens of the bigram side index:
// every pair of adjacent word runes, and each run's last rune alone, so
// that a one-rune query is a prefix query and a two-rune query one token.
func bigrams(folded string) string {
	var b strings.Builder
	b.Grow(len(folded) * 2)
	var prev rune
	have := false
	for _, r := range folded {
		if !isWord(r) || r < utf8.RuneSelf && !isASCIIAlnum(r) {
			if have {
				b.WriteRune(prev)
				b.WriteByte(' ')
			}
			have = false
			continue
		}
		if have {
			b.WriteRune(prev)
			b.WriteRune(r)
			b.WriteByte(' ')
		}
		prev, have = r, true
	}
	if have {
		b.WriteRune(prev)
	}
	return b.String()
}

func isASCIIAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}
