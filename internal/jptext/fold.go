package jptext

import "unicode/utf8"

// Fold maps full-width ASCII letters, digits and punctuation to half-width,
// the ideographic space U+3000, the no-break space and the typographic
// spaces U+2000..U+200A to a space, half-width katakana to full-width
// (combining a following ﾞ or ﾟ into one voiced letter), wave dashes
// (〜 ～ ∼) to '~', hyphen and minus variants (‐ ‑ ‒ – — ― − －) to '-',
// the prolonged sound mark ー to '-' only where it sits between two digits
// (0120ー95ー0178), and the Kangxi radicals (⽉ ⽇) to their ideographs.
// Everything else is copied unchanged, including invalid UTF-8 bytes.
//
// offs has len(folded)+1 entries: offs[i] is the byte offset in s of the rune
// that produced folded[i], and offs[len(folded)] == len(s), so a half-open
// span [a, b) of folded maps back to [offs[a], offs[b]) of s.
func Fold(s string) (folded string, offs []int) {
	f, m := fold(s)
	offs = make([]int, len(f)+1)
	for i := range offs {
		offs[i] = m.orig(i)
	}
	// Bytes inside one folded rune all map to that rune's start.
	for i := 1; i < len(f); i++ {
		if !utf8.RuneStart(f[i]) {
			offs[i] = offs[i-1]
		}
	}
	return f, offs
}

// FoldString is Fold without the offset table.
func FoldString(s string) string {
	f, _ := fold(s)
	return f
}

// offMap maps byte positions of a folded string back to the source. It holds
// one entry per point where the difference between source and folded
// offsets changes; between entries the two advance together.
type offMap struct {
	fpos  []int32 // folded position where delta starts to apply
	delta []int32 // source offset minus folded offset
}

func (m *offMap) add(fp, op int) {
	d := int32(op - fp)
	n := len(m.delta)
	if n > 0 && m.delta[n-1] == d {
		return
	}
	if n > 0 && m.fpos[n-1] == int32(fp) {
		m.delta[n-1] = d
		return
	}
	m.fpos = append(m.fpos, int32(fp))
	m.delta = append(m.delta, d)
}

// orig returns the source offset of folded position p, which must be a rune
// boundary of the folded string or its length.
func (m *offMap) orig(p int) int {
	lo, hi := 0, len(m.fpos)
	for lo < hi {
		mid := (lo + hi) / 2
		if int(m.fpos[mid]) <= p {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return p
	}
	return p + int(m.delta[lo-1])
}

// halfKana maps U+FF61..U+FF9F to full-width forms.
var halfKana = [...]rune{
	'。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ',
	'ー', 'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ',
	'タ', 'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ',
	'ミ', 'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ン', '゛', '゜',
}

// voiced returns the voiced (dakuten) or semi-voiced (handakuten) form of a
// full-width katakana letter, or 0.
func voiced(r rune, semi bool) rune {
	if semi {
		if r >= 'ハ' && r <= 'ホ' && (r-'ハ')%3 == 0 {
			return r + 2
		}
		return 0
	}
	switch {
	case r == 'ウ':
		return 'ヴ'
	case r == 'ワ':
		return 'ヷ'
	case r == 'ヲ':
		return 'ヺ'
	case r >= 'カ' && r <= 'ヂ' && (r-'カ')%2 == 0: // カ..チ: odd spacing
		return r + 1
	case r == 'ツ' || r == 'テ' || r == 'ト':
		return r + 1
	case r >= 'ハ' && r <= 'ホ' && (r-'ハ')%3 == 0:
		return r + 1
	}
	return 0
}

// foldRune returns the folded form of r, or -1 when r is kept as is. next
// is the following rune (for ー between digits) and prevDigit tells whether
// the last folded byte was an ASCII digit.
func foldRune(r rune, prevDigit bool, next rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		if r == 0xFF5E {
			return '~'
		}
		return r - 0xFF01 + '!'
	case r == 0x3000 || r == 0xA0 || r >= 0x2000 && r <= 0x200A:
		return ' '
	case r == 0xFF70: // ｰ
		if prevDigit && isDigitRune(next) {
			return '-'
		}
		return 'ー'
	case r >= 0xFF61 && r <= 0xFF9F:
		return halfKana[r-0xFF61]
	case r == 0x301C || r == 0x223C:
		return '~'
	case r >= 0x2010 && r <= 0x2015, r == 0x2212:
		return '-'
	case r == 'ー':
		if prevDigit && isDigitRune(next) {
			return '-'
		}
	case r >= 0x2F00 && r < 0x2F00+rune(len(kangxi)):
		return kangxi[r-0x2F00]
	}
	return -1
}

// kangxi holds the ideographs the Kangxi radicals U+2F00..U+2FD5 stand for
// (their NFKC forms): PDF text writes 令和5年12⽉4⽇ with ⽉ U+2F49 and
// ⽇ U+2F47.
var kangxi = []rune("一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠")

func isDigitRune(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
}

// fold is the workhorse behind Fold: it returns the folded string and a
// compact offset map. When nothing needs folding, s itself is returned.
func fold(s string) (string, offMap) {
	var m offMap
	var b []byte
	last := 0 // start of the not yet copied run of s
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			// A three-byte rune (kana, kanji, punctuation, full-width
			// forms): one table lookup tells whether it may fold, with no
			// branch that differs between kana and kanji.
			if foldMask[int(c&0x0F)<<6|int(s[i+1]&0x3F)]>>(s[i+2]&0x3F)&1 == 0 {
				i += 3
				continue
			}
		} else if c != 0xC2 {
			i++ // another lead (only U+00A0 folds below U+0800) or a stray byte
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

// foldMask marks the three-byte runes that may fold, by their bytes: bit
// b2&0x3F of foldMask[(b0&0x0F)<<6 | b1&0x3F] for the rune b0 b1 b2.
var foldMask = func() (t [1024]uint64) {
	var buf [3]byte
	for r := rune(0x800); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		// Folding may depend on the neighbours ('ー' between digits): a
		// rune that folds in any of them is marked.
		if foldRune(r, false, 0) < 0 && foldRune(r, true, '0') < 0 {
			continue
		}
		utf8.EncodeRune(buf[:], r)
		t[int(buf[0]&0x0F)<<6|int(buf[1]&0x3F)] |= 1 << (buf[2] & 0x3F)
	}
	return t
}()

// isSpace reports whether c is a space or tab, the blanks that may sit
// between the parts of a date or count (PDF text spaces out characters).
func isSpace(c byte) bool { return c == ' ' || c == '\t' }
