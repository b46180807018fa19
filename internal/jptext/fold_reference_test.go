package jptext

import (
	"testing"
	"unicode/utf8"
)

// foldReference is fold as it was before its table lookup (session 3),
// kept to check the rewrite against.
func foldReference(s string) (string, offMap) {
	var m offMap
	var b []byte
	last := 0 // start of the not yet copied run of s
	for i := 0; i < len(s); {
		c := s[i]
		if !foldLeadReference[c] {
			// A kanji (or another three-byte rune that never folds) is
			// stepped over whole: continuation bytes are no fold leads.
			if c >= 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
			i++
			continue
		}
		if c == 0xE3 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 &&
			!(s[i+1] == 0x80 && (s[i+2] == 0x80 || s[i+2] == 0x9C)) && !(s[i+1] == 0x83 && s[i+2] == 0xBC) {
			// Kana and CJK punctuation (U+3000..U+3FFF): only U+3000,
			// U+301C and U+30FC fold; skip the others without decoding.
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 {
			i++
			continue
		}
		var pb byte
		if i > last {
			pb = s[i-1]
		} else if len(b) > 0 {
			pb = b[len(b)-1]
		}
		prevDigit := pb >= '0' && pb <= '9'
		var next rune
		if r == 'ー' || r == 0xFF70 {
			next, _ = utf8.DecodeRuneInString(s[i+size:])
		}
		fr := foldRune(r, prevDigit, next)
		if fr < 0 {
			i += size
			continue
		}
		consumed := size
		if r >= 0xFF66 && r <= 0xFF9D { // half-width kana: combine a following mark
			if n2, sz2 := utf8.DecodeRuneInString(s[i+size:]); n2 == 0xFF9E || n2 == 0xFF9F {
				if v := voiced(fr, n2 == 0xFF9F); v != 0 {
					fr = v
					consumed += sz2
				}
			}
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		m.add(len(b), i)
		b = utf8.AppendRune(b, fr)
		i += consumed
		last = i
		m.add(len(b), i)
	}
	if b == nil {
		return s, m
	}
	b = append(b, s[last:]...)
	return string(b), m
}

var foldLeadReference = [256]bool{0xEF: true, 0xE3: true, 0xE2: true, 0xC2: true}

// TestFoldMatchesReference checks every rune of the BMP, alone, between
// digits and before a sound mark, and some mixed text.
func TestFoldMatchesReference(t *testing.T) {
	var texts []string
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		c := string(r)
		texts = append(texts, c, "1"+c+"2", c+"ﾞ", c+"ﾟ")
	}
	texts = append(texts, "令和５年１０月２日　ｶﾞｲﾄﾞ１ｰ２ー３〜４", "\xe3\x80", "\xe3\x80\x80\xff", "\xc2\xa0x", "\xf0\x9f\x98\x80ー")
	for _, s := range texts {
		if !utf8.ValidString(s) && len(s) > 8 {
			continue
		}
		got, gm := fold(s)
		want, wm := foldReference(s)
		if got != want || len(gm.fpos) != len(wm.fpos) {
			t.Fatalf("fold(%q) = %q, reference %q", s, got, want)
		}
	}
}

func FuzzFoldMatchesReference(f *testing.F) {
	f.Add("令和５年１０月２日　ｶﾞｲﾄﾞ１ｰ２ー３〜４")
	f.Add("\xe3\x80\x80\xc2\xa0")
	f.Fuzz(func(t *testing.T, s string) {
		got, gm := fold(s)
		want, wm := foldReference(s)
		if got != want || len(gm.fpos) != len(wm.fpos) {
			t.Fatalf("fold(%q) = %q, reference %q", s, got, want)
		}
		for i := range gm.fpos {
			if gm.fpos[i] != wm.fpos[i] || gm.delta[i] != wm.delta[i] {
				t.Fatalf("fold(%q): offset maps differ", s)
			}
		}
	})
}
