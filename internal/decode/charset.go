package decode

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

// Canonical encoding names reported in Result.Encoding.
const (
	EncUTF8     = "utf-8"
	EncShiftJIS = "shift_jis"
	EncEUCJP    = "euc-jp"
	EncISO2022  = "iso-2022-jp"
	EncUTF16LE  = "utf-16le"
	EncUTF16BE  = "utf-16be"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// charsetAliases maps lower-cased charset labels to canonical names. Labels
// not listed here (windows-1252, gb2312, ...) are ignored and the bytes are
// sniffed instead.
var charsetAliases = map[string]string{
	"utf-8": EncUTF8, "utf8": EncUTF8, "unicode-1-1-utf-8": EncUTF8,
	"us-ascii": EncUTF8, "ascii": EncUTF8,
	"shift_jis": EncShiftJIS, "shift-jis": EncShiftJIS, "sjis": EncShiftJIS,
	"x-sjis": EncShiftJIS, "windows-31j": EncShiftJIS, "cp932": EncShiftJIS,
	"ms932": EncShiftJIS, "ms_kanji": EncShiftJIS, "csshiftjis": EncShiftJIS,
	"x-ms-cp932": EncShiftJIS, "cswindows31j": EncShiftJIS,
	"euc-jp": EncEUCJP, "x-euc-jp": EncEUCJP, "eucjp": EncEUCJP, "euc_jp": EncEUCJP,
	"cseucpkdfmtjapanese": EncEUCJP, "eucjp-ms": EncEUCJP, "cp51932": EncEUCJP,
	"iso-2022-jp": EncISO2022, "csiso2022jp": EncISO2022, "jis": EncISO2022,
	"utf-16le": EncUTF16LE, "utf-16be": EncUTF16BE, "utf-16": EncUTF16LE,
}

// canonicalCharset maps a declared label to a canonical name, or "".
func canonicalCharset(label string) string {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	return charsetAliases[label]
}

var metaCharsetRe = regexp.MustCompile(`(?is)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)`)

// metaCharset returns the charset declared by <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=..."> in the first
// 2 KB of raw, or "".
func metaCharset(raw []byte) string {
	head := raw[:min(len(raw), 2048)]
	if m := metaCharsetRe.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// decodeText decodes raw to UTF-8 and returns the text and the canonical
// encoding name. declared is the charset from the HTTP header (may be "");
// html enables the <meta> charset lookup.
func decodeText(raw []byte, declared string, html bool) (string, string, error) {
	// 1. Byte order marks are authoritative.
	switch {
	case bytes.HasPrefix(raw, bomUTF8):
		rest := raw[len(bomUTF8):]
		if len(rest) == 0 {
			return "", "", ErrEmpty
		}
		if !utf8.Valid(rest) {
			return "", "", refuse("invalid UTF-8 after a UTF-8 byte order mark (first bad byte at offset %d)", len(bomUTF8)+invalidUTF8Offset(rest))
		}
		return finish(string(rest), EncUTF8)
	case bytes.HasPrefix(raw, bomUTF16LE), bytes.HasPrefix(raw, bomUTF16BE):
		enc := EncUTF16LE
		if raw[0] == 0xFE {
			enc = EncUTF16BE
		}
		rest := raw[2:]
		if len(rest) == 0 {
			return "", "", ErrEmpty
		}
		s, err := decodeUTF16(rest, enc == EncUTF16BE)
		if err != nil {
			return "", "", refuse("%s after a byte order mark: %v", enc, err)
		}
		return finish(s, enc)
	}

	// 2. and 3. A declared charset (HTTP header first, then <meta>) is
	// used when the bytes decode cleanly with it and no other candidate
	// reads as clearly better Japanese.
	labels := []string{declared}
	if html {
		labels = append(labels, metaCharset(raw))
	}
	for _, l := range labels {
		enc := canonicalCharset(l)
		if enc == "" {
			continue
		}
		if s, ok := tryDeclared(raw, enc); ok {
			return finish(s, enc)
		}
	}

	// 4. Sniff the bytes.
	return sniff(raw)
}

// tryDeclared decodes raw with a declared encoding and reports whether the
// declaration should be trusted.
func tryDeclared(raw []byte, enc string) (string, bool) {
	switch enc {
	case EncUTF8:
		if utf8.Valid(raw) && !hasISO2022Escapes(raw) {
			return string(raw), true
		}
		return "", false
	case EncUTF16LE, EncUTF16BE:
		// Without a BOM, only trust UTF-16 when the bytes are not also
		// plain UTF-8 (ASCII pairs would decode to CJK garbage).
		if utf8.Valid(raw) && bytes.IndexByte(raw, 0) < 0 {
			return "", false
		}
		s, err := decodeUTF16(raw, enc == EncUTF16BE)
		return s, err == nil
	case EncISO2022:
		s, ok := decodeLegacy(raw, enc)
		return s, ok
	}
	s, ok := decodeLegacy(raw, enc)
	if !ok {
		return "", false
	}
	// Legacy labels are often wrong: compare with the other readings.
	best := plausibility(s)
	if utf8.Valid(raw) && !isASCII(raw) && plausibility(string(raw)) > best {
		return "", false
	}
	other := EncEUCJP
	if enc == EncEUCJP {
		other = EncShiftJIS
	}
	if o, ok := decodeLegacy(raw, other); ok && plausibility(o) > best {
		return "", false
	}
	return s, true
}

// sniff guesses the encoding from the bytes alone.
func sniff(raw []byte) (string, string, error) {
	if hasISO2022Escapes(raw) && isASCII(raw) {
		s, ok := decodeLegacy(raw, EncISO2022)
		if !ok {
			return "", "", refuse("looks like ISO-2022-JP (escape sequences) but does not decode cleanly")
		}
		return finish(s, EncISO2022)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		if enc := guessUTF16(raw); enc != "" {
			if s, err := decodeUTF16(raw, enc == EncUTF16BE); err == nil {
				return finish(s, enc)
			}
		}
		return "", "", refuse("contains a NUL byte at offset %d (binary data, not text)", i)
	}
	if utf8.Valid(raw) {
		return finish(string(raw), EncUTF8)
	}
	sj, okSJ := decodeLegacy(raw, EncShiftJIS)
	eu, okEU := decodeLegacy(raw, EncEUCJP)
	switch {
	case okSJ && okEU:
		if plausibility(eu) > plausibility(sj) {
			return finish(eu, EncEUCJP)
		}
		return finish(sj, EncShiftJIS)
	case okSJ:
		return finish(sj, EncShiftJIS)
	case okEU:
		return finish(eu, EncEUCJP)
	}
	return "", "", refuse("not valid UTF-8 (first bad byte at offset %d), Shift_JIS or EUC-JP", invalidUTF8Offset(raw))
}

// finish applies the checks common to every decoded text: no NUL and not
// dominated by control characters.
func finish(s, enc string) (string, string, error) {
	if s == "" {
		return "", "", ErrEmpty
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		return "", "", refuse("decoded %s text contains a NUL character at offset %d (binary data, not text)", enc, i)
	}
	ctrl, total := 0, 0
	for _, r := range s {
		total++
		if isOddControl(r) {
			ctrl++
		}
	}
	if ctrl > 0 && ctrl*100 > total {
		return "", "", refuse("decoded %s text has %d control characters in %d (binary data, not text)", enc, ctrl, total)
	}
	return s, enc, nil
}

// isOddControl reports control characters that do not occur in text files.
func isOddControl(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r':
		return false
	}
	return r < 0x20 || (r >= 0x7F && r <= 0x9F)
}

// decodeLegacy decodes raw with a golang.org/x/text Japanese decoder. ok is
// false when the decoder produced a replacement character (invalid bytes) or
// the output still contains escape characters.
func decodeLegacy(raw []byte, enc string) (string, bool) {
	var e encoding.Encoding
	switch enc {
	case EncShiftJIS:
		e = japanese.ShiftJIS
	case EncEUCJP:
		e = japanese.EUCJP
	case EncISO2022:
		e = japanese.ISO2022JP
	default:
		return "", false
	}
	out, err := e.NewDecoder().Bytes(raw)
	if err != nil {
		return "", false
	}
	// None of the three encodings can express U+FFFD, so any occurrence
	// was produced by the decoder for an invalid sequence.
	if bytes.ContainsRune(out, utf8.RuneError) || bytes.IndexByte(out, 0x1B) >= 0 {
		return "", false
	}
	return string(out), true
}

// decodeUTF16 decodes UTF-16 code units, refusing odd lengths and unpaired
// surrogates rather than replacing them.
func decodeUTF16(b []byte, bigEndian bool) (string, error) {
	if len(b)%2 != 0 {
		return "", errorString("odd number of bytes")
	}
	var sb strings.Builder
	sb.Grow(len(b) * 3 / 2)
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	for i := 0; i < len(b); i += 2 {
		u := unit(i)
		switch {
		case u >= 0xD800 && u < 0xDC00:
			if i+2 >= len(b) {
				return "", errorString("unpaired surrogate at end")
			}
			u2 := unit(i + 2)
			if u2 < 0xDC00 || u2 > 0xDFFF {
				return "", errorString("unpaired surrogate")
			}
			sb.WriteRune(0x10000 + (u-0xD800)<<10 + (u2 - 0xDC00))
			i += 2
		case u >= 0xDC00 && u <= 0xDFFF:
			return "", errorString("unpaired surrogate")
		default:
			sb.WriteRune(u)
		}
	}
	return sb.String(), nil
}

type errorString string

func (e errorString) Error() string { return string(e) }

// guessUTF16 recognises BOM-less UTF-16 by its NUL bytes: ASCII-heavy UTF-16
// has zeros in only one of the two byte positions.
func guessUTF16(raw []byte) string {
	if len(raw)%2 != 0 || len(raw) < 4 {
		return ""
	}
	var even, odd int
	for i, c := range raw {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	units := len(raw) / 2
	switch {
	case even == 0 && odd*5 >= units:
		return EncUTF16LE
	case odd == 0 && even*5 >= units:
		return EncUTF16BE
	}
	return ""
}

// hasISO2022Escapes reports whether raw contains ISO-2022-JP designation
// escape sequences.
func hasISO2022Escapes(raw []byte) bool {
	for _, esc := range [][]byte{{0x1B, '$', 'B'}, {0x1B, '$', '@'}, {0x1B, '(', 'J'}, {0x1B, '(', 'I'}, {0x1B, '$', '(', 'D'}} {
		if bytes.Contains(raw, esc) {
			return true
		}
	}
	return false
}

func isASCII(raw []byte) bool {
	for _, c := range raw {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// invalidUTF8Offset returns the offset of the first invalid UTF-8 byte.
func invalidUTF8Offset(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// plausibility scores how much s reads like Japanese text: hiragana,
// katakana, common kanji and full-width punctuation count for it; half-width
// katakana, private-use characters, C1 controls and rare symbols (the
// hallmarks of text decoded with the wrong Japanese charset) count against.
func plausibility(s string) int {
	score := 0
	for _, r := range s {
		switch {
		case r < 0x80:
			// neutral
		case r >= 0x3041 && r <= 0x3096: // hiragana
			score += 3
		case r >= 0x30A1 && r <= 0x30FC: // katakana and long vowel mark
			score += 2
		case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF5E: // CJK and full-width punctuation
			score += 2
		case r >= 0x4E00 && r <= 0x9FFF: // CJK unified ideographs
			score++
		case r >= 0xFF61 && r <= 0xFF9F: // half-width katakana
			score -= 3
		case r >= 0xE000 && r <= 0xF8FF, r >= 0x80 && r <= 0x9F: // private use, C1
			score -= 5
		case unicode.Is(unicode.Han, r): // extension blocks, compatibility
			score--
		default:
			// Latin-1 letters, Greek, box drawing, symbols: a little odd
			// in a Japanese notice.
			score--
		}
	}
	return score
}
