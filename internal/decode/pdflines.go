package decode

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// JoinPDFLines undoes the line breaks that PDF layout puts inside words and
// sentences, as found in pdftotext output.
//
// A line is joined to the next one when all of these hold:
//   - neither is blank (blank lines are paragraph breaks and are kept, runs
//     of them collapsed to one);
//   - the line does not end a sentence or a bracketed phrase
//     (。．！？!?」』）) or a label (：:);
//   - the line is not a heading, list item or date line that is clearly
//     shorter than the document's typical full-line width (lines that end
//     before the right margin end their paragraph), and not such a short
//     line at all when the document is too short to measure a width;
//   - the next line does not start a new item: a bullet (・●■◆※－...), a
//     number (1. 1、 1 (1) （１） ① 第1条 ア), a bracket heading 【...】, a Q/A
//     label (Q1, A1), a date line, or "以上"/"記".
//
// Japanese text is joined without a separator; a space is inserted between
// two ASCII words. Lines made only of a page number ("- 3 -", "3/10") are
// removed, form feeds become paragraph breaks, trailing whitespace is
// trimmed, and the result ends with a newline (or is empty).
func JoinPDFLines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\f", "\n\n")
	raw := strings.Split(s, "\n")
	lines := make([]string, 0, len(raw))
	for _, l := range raw {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		l = strings.TrimLeft(l, " \t")
		if pageNumberRe.MatchString(l) {
			continue
		}
		lines = append(lines, l)
	}
	full := typicalWidth(lines)

	var sb strings.Builder
	blank := true // suppress leading blank lines
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l == "" {
			if !blank {
				sb.WriteString("\n")
			}
			blank = true
			continue
		}
		blank = false
		sb.WriteString(l)
		// Join following lines while the break is a layout break.
		cur := l
		for i+1 < len(lines) && lines[i+1] != "" && joinable(cur, lines[i+1], full) {
			next := lines[i+1]
			if needsSpace(cur, next) {
				sb.WriteByte(' ')
			}
			sb.WriteString(next)
			cur = next
			i++
		}
		sb.WriteString("\n")
	}
	out := strings.TrimRight(sb.String(), "\n")
	if out == "" {
		return ""
	}
	return out + "\n"
}

var (
	pageNumberRe = regexp.MustCompile(`^(?:[-－―‐—–]\s*[0-9０-９]{1,4}\s*[-－―‐—–]|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}|[Pp]\.?\s*[0-9]{1,4})$`)

	// itemStartRe matches the start of a line that begins a new item,
	// heading or label.
	itemStartRe = regexp.MustCompile(`^(?:` +
		`[・●○■□◆◇▲△▼▽▶►※＊*◎★☆→⇒♦•･〇－]` + // bullets and marks
		`|[-―‐—–][\s　]` + // dash bullets followed by a space
		`|[0-9０-９]{1,3}(?:[.．](?:[^0-9０-９]|$)|[)）]|[\s　])` + // 1. 1) 1 事案
		`|[0-9０-９]{1,2}、` + // 1、
		`|[0-9０-９]{1,2}[-－.．][0-9０-９]{1,2}[\s　.．]` + // 1-1 / 1.2 section numbers
		`|[(（〔［\[][0-9０-９一二三四五六七八九十a-zA-Zａ-ｚア-ンｱ-ﾝ]{1,3}[)）〕］\]]` + // (1) （１） (a) （ア）
		`|[①-⑳㉑-㉟❶-❿⑴-⒇⒈-⒛]` + // circled and parenthesised numbers
		`|第[0-9０-９一二三四五六七八九十百]+[条章項節部回報号]` + // 第1条, 第2報
		`|[一二三四五六七八九十]{1,3}[、．.]` + // 一、
		`|[a-zａ-ｚ][.)）][\s　]|[ア-ン][.．)）]|[アイウエオカキクケコサシスセソタチツテト][\s　]` + // a. a) ア. ア 項目
		`|[【《〈≪]` + // bracket headings
		`|[QＱAＡ][.．:：]|[QＱAＡ][0-9０-９]{1,3}|[QＱ][\s　]` + // Q1 A1 Q. A:
		`|(?:以上|記|敬具|謹啓|拝啓|謹白)$` + // standalone words of a letter
		`)`)

	// dateLineRe matches a line that is only a date (with an optional
	// weekday and a short trailer such as "発表" or "更新").
	dateLineRe = regexp.MustCompile(`^(?:(?:令和|平成|昭和)\s*[0-9０-９元]{1,2}|[0-9０-９]{4})\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*(?:[(（][月火水木金土日](?:曜日?)?[)）])?\s*\S{0,6}$` +
		`|^[0-9]{4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,2}\s*\S{0,6}$`)

	// sentenceEnd lists runes that end a sentence or bracketed phrase.
	sentenceEnd = "。．！？!?」』）)】：:"
)

// joinable decides whether the break between cur and next is a layout break.
func joinable(cur, next string, full int) bool {
	last, _ := utf8.DecodeLastRuneInString(cur)
	if strings.ContainsRune(sentenceEnd, last) {
		return false
	}
	if itemStartRe.MatchString(next) || dateLineRe.MatchString(next) {
		return false
	}
	if dateLineRe.MatchString(cur) {
		return false
	}
	w := displayWidth(cur)
	// A fragment of one or two characters (a word cut by a narrow column)
	// belongs to the next line unless it is a marker or a word of its own.
	if utf8.RuneCountInString(cur) <= 2 && !itemStartRe.MatchString(cur) && isFragment(cur) {
		return true
	}
	// A line ending in a comma continues whatever its length.
	if last == '、' || last == '，' || last == ',' {
		return true
	}
	if full > 0 {
		// Lines ending clearly before the right margin end their
		// paragraph (headings, list items, short final lines).
		return w*100 >= full*85
	}
	// No reliable width: keep short headings and items on their own line.
	if itemStartRe.MatchString(cur) && utf8.RuneCountInString(cur) < 30 {
		return false
	}
	return true
}

// typicalWidth estimates the full-line width of the document: the 85th
// percentile of the display widths of its non-blank lines. It returns 0
// when there are too few lines or they are too short to tell.
func typicalWidth(lines []string) int {
	var ws []int
	for _, l := range lines {
		if l != "" {
			ws = append(ws, displayWidth(l))
		}
	}
	if len(ws) < 6 {
		return 0
	}
	slices.Sort(ws)
	w := ws[len(ws)*85/100]
	if w < 20 {
		return 0
	}
	return w
}

// displayWidth counts East Asian wide and full-width runes as 2 columns and
// everything else as 1.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// needsSpace reports whether joining a and b needs a space: between two
// ASCII words or numbers, but not after a hyphen.
func needsSpace(a, b string) bool {
	x, _ := utf8.DecodeLastRuneInString(a)
	y, _ := utf8.DecodeRuneInString(b)
	if x == '-' {
		return false
	}
	return x < utf8.RuneSelf && y < utf8.RuneSelf && x != ' ' && y != ' ' &&
		(unicode.IsLetter(x) || unicode.IsDigit(x) || strings.ContainsRune(",.;:)%", x)) &&
		(unicode.IsLetter(y) || unicode.IsDigit(y) || y == '(')
}

// isFragment reports whether a very short line is made of letters only
// (a word cut by a narrow column rather than a number or mark).
func isFragment(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != 'ー' {
			return false
		}
	}
	return true
}
