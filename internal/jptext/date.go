package jptext

import (
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Date kinds.
const (
	KindFull       = "full"        // year, month and day written (or era year)
	KindMonthDay   = "month_day"   // month and day written, year from context
	KindDay        = "day"         // day written (26日), month and year from context
	KindYearMonth  = "year_month"  // month written without a day (5月末, 2023年5月); year may be from context
	KindYear       = "year"        // a year alone (2023年, 令和元年)
	KindRelative   = "relative"    // anchored on the context: 同年…, 同月…, 同日, 翌日, 翌25日, 前日
	KindFiscalYear = "fiscal_year" // 令和5年度, 2023年度: Year is the fiscal year; no day
)

// Date is a date found in text. Unknown parts are 0.
type Date struct {
	Year, Month, Day int
	// YearExplicit is true when the year was written in the date itself
	// (digits or era), false when it came from the context.
	YearExplicit bool
	// Span covers the date as written (era, year, month, day; not the
	// weekday or a time), in bytes of the original text.
	Span model.Span
	Kind string
	// Era is "令和", "平成" or "昭和" when the year was written in an era
	// (also for R5.5.26 and H31.4.1), else "".
	Era string
	// YearTypo is true when DateContext.FixYearTypos corrected the written
	// year with FixYear.
	YearTypo bool
}

// ISO returns the date as YYYY-MM-DD when year, month and day are all
// known, else "".
func (d Date) ISO() string {
	if d.Year <= 0 || d.Year > 9999 || d.Month <= 0 || d.Day <= 0 {
		return ""
	}
	b := make([]byte, 0, 10)
	b = append4(b, d.Year)
	b = append(b, '-', byte('0'+d.Month/10), byte('0'+d.Month%10), '-', byte('0'+d.Day/10), byte('0'+d.Day%10))
	return string(b)
}

func append4(b []byte, y int) []byte {
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
}

// DateContext is the reference used to complete partial dates. Zero fields
// are unknown.
type DateContext struct {
	Year, Month int
	// Day is the reference day for 同日, 翌日 and for choosing the month of
	// a day-only date; optional.
	Day int
	// FixYearTypos applies FixYear to the written four-digit year of every
	// full date against Year (the caller's, not the running context),
	// setting Date.YearTypo on corrections. It does nothing when Year is 0.
	FixYearTypos bool
}

// FindDates returns the dates written in text, in order, with spans in
// text's bytes.
//
// Forms (after Fold, so full-width digits work, and with blanks allowed
// between the parts, so do PDF-style "令 和 5 年 5 月 1 6 日" and
// "2 0 2 3 年 5 月 1 6 日"):
//
//   - full: 2023年5月17日, 2023年05月26日, 令和5年5月26日, 令和5年(2023年)5月26日,
//     令和5(2023)年5月26日, 令和元年5月1日, 五月二十一日 after an era year,
//     R5.5.26, R5/5/26, H31.4.1, 2024/11/26, 2023-05-16, 2023.5.16,
//     2023/5/29 12:45 (the time is not part of the span);
//   - month_day: 7月19日(水), 5 月 5 日, 五月二十一日, and 5/29(月), which needs a
//     weekday, a time or a range mark to tell it from a fraction;
//   - day: 26日, 二十一日;
//   - year_month: 2023年5月, 5月末, 9月上旬, 2023/5;
//   - year: 2023年, 令和元年, 平成31年;
//   - relative: 同年3月2日, 同月26日, 同日, 同29日, 同6月2日, 当日, 翌日, 翌朝, 翌々日, 翌25日, 翌月,
//     翌年, 前日, 前年, and, against the caller's ctx, 本日, 昨日, 本年/今年/昨年/
//     来年 (with an optional month-day), 今月, 先月, 来月;
//   - fiscal_year: 令和5年度, 2023年度.
//
// A range (2021年4月30日~2023年3月1日) gives two dates.
//
// Partial dates are completed from a running context that starts as ctx and
// is updated by every date found (fiscal years excepted, and bare years more
// than a year away from ctx.Year). A written weekday picks the year (or
// month) it fits when exactly one candidate does; otherwise a month-day
// takes the year that puts it nearest the context date, and a day-only date
// takes the context month (the previous month when the day lies after the
// day of the caller's ctx, as notices report the past).
//
// Impossible dates (2月30日, 13月) are dropped, as are things that only look
// like dates: version numbers 1.2.3, IP addresses, phone numbers
// 0120-95-0178, bare times 12:45, durations and rates (26日間, 3日以内, 1日
// あたり), 毎月26日, ordinals (第2報), 同年度, 前年比 and counts.
func FindDates(text string, ctx DateContext) []Date {
	f, m := fold(text)
	return findDates(f, m, ctx)
}

// DateText is a text folded once for FindDates, for a caller that looks
// for its dates under several contexts.
type DateText struct {
	f string
	m offMap
}

// NewDateText folds text for DateText.FindDates.
func NewDateText(text string) *DateText {
	f, m := fold(text)
	return &DateText{f, m}
}

// NewFoldedDateText is NewDateText for a text that is folded already (the
// output of Fold or FoldString, which folding leaves as it is): it skips
// the second folding pass.
func NewFoldedDateText(folded string) *DateText {
	return &DateText{f: folded}
}

// FindDates returns what FindDates(text, ctx) returns for the text given
// to NewDateText, without folding it again.
func (t *DateText) FindDates(ctx DateContext) []Date {
	return findDates(t.f, t.m, ctx)
}

// findDates is FindDates over f, text folded with the offset map m.
func findDates(f string, m offMap, ctx DateContext) []Date {
	ctx = sanitize(ctx)
	s := dateScanner{f: f, ctx: ctx, now: ctx}
	var out []Date
	for i := 0; i < len(f); {
		// Step over what starts no date without entering the switch below
		// (the same steps it takes: one byte, or a whole kana or kanji
		// that no date opens with).
		i = skipNoDate(f, i)
		if i >= len(f) {
			break
		}
		c := f[i]
		var d Date
		var end int
		ok := false
		switch {
		case c >= '0' && c <= '9':
			if i > 0 && blocksNumericStart(f, i) {
				i++
				for i < len(f) && f[i] >= '0' && f[i] <= '9' {
					i++
				}
				continue
			}
			d, end, ok = s.numberLed(i)
		case c == 'R' || c == 'H' || c == 'S':
			if i+1 < len(f) && f[i+1] >= '0' && f[i+1] <= '9' && (i == 0 || !isASCIILetter(f[i-1]) && !(f[i-1] >= '0' && f[i-1] <= '9')) {
				d, end, ok = s.letterEra(i)
			}
		case c >= 0xE3 && c <= 0xE9: // a rune dateLeadPrefix marks (or broken UTF-8)
			r, size := utf8.DecodeRuneInString(f[i:])
			switch r {
			case '令', '平', '昭':
				d, end, ok = s.eraLed(i, r, size)
			case '同', '翌', '前', '当':
				d, end, ok = s.relative(i, r, size)
			case '本', '今', '昨', '来', '先':
				d, end, ok = s.deictic(i, r, size)
			default:
				if kanjiDigit(r) > 0 || r == '十' {
					d, end, ok = s.kanjiLed(i)
				}
			}
			if !ok {
				i = max(i+size, end)
				continue
			}
		}
		if !ok {
			// Skip what a rejected candidate consumed (2月30日 must not
			// leave 30日 behind).
			i = max(i+1, end)
			continue
		}
		d.Span = model.Span{Start: m.orig(d.Span.Start), End: m.orig(d.Span.End)}
		out = append(out, d)
		s.update(d)
		i = end
	}
	return out
}

// skipNoDate returns the first index from i where a date may start: it
// steps over single bytes that start no date and over whole kana and kanji
// that no date opens with. While three bytes remain, a lead byte E3–E9 is
// told by one comparison and its rune by one lookup; the last two bytes
// take the plain byte test (a lead byte there stops the step).
func skipNoDate(f string, i int) int {
	for i >= 0 && i < len(f)-2 {
		c := f[i]
		if c-0xE3 > 0xE9-0xE3 { // not a lead byte of U+3000..U+9FFF
			if dateLeadByte[c] {
				return i
			}
			i++
			continue
		}
		if !dateSkip3[c&0x0F][f[i+1]] || f[i+2]&0xC0 != 0x80 {
			return i
		}
		i += 3
	}
	for i < len(f) && !dateLeadByte[f[i]] {
		i++
	}
	return i
}

// dateLeadByte marks the bytes the scan of findDates looks at: digits,
// the letters of the era initials and the lead bytes of three-byte runes
// from U+3000 to U+9FFF. Any other byte starts no date and is stepped over.
var dateLeadByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['R'], t['H'], t['S'] = true, true, true
	for c := 0xE3; c <= 0xE9; c++ {
		t[c] = true
	}
	return t
}()

// dateSkip3 marks, by a lead byte's low four bits (E3–E9) and the byte
// after it, the three-byte runes that start no date: the complement of
// dateLeadPrefix, with the test that the second byte continues the rune
// built in.
var dateSkip3 = func() (t [16][256]bool) {
	for c := 0xE3; c <= 0xE9; c++ {
		for b := 0x80; b <= 0xBF; b++ {
			t[c&0x0F][b] = !dateLeadPrefix[c&0x0F][b&0x3F]
		}
	}
	return t
}()

// dateLeadPrefix marks the first two bytes (lead byte's low bits, second
// byte's low bits) of the three-byte runes FindDates looks at: era names,
// relative and deictic words and kanji numerals. Any other rune of U+3000..
// U+9FFF is skipped without decoding.
var dateLeadPrefix = func() (t [16][64]bool) {
	for _, r := range "令平昭同翌前当本今昨来先一二三四五六七八九十" {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]&0x0F][b[1]&0x3F] = true
	}
	return t
}()

// blocksNumericStart reports whether the digit at i (> 0) cannot start a
// date because it continues a number, code or version: it follows a digit,
// a letter, '#' or '_', or a separator (. , : / -) that itself follows a
// digit or letter (0120-95, v1.2, 12:45). After 日 or a space, "-2023年…"
// is a range.
func blocksNumericStart(f string, i int) bool {
	p := f[i-1]
	switch {
	case (p >= '0' && p <= '9') || isASCIILetter(p) || p == '#' || p == '_':
		return true
	case p == '.' || p == ',' || p == ':' || p == '/' || p == '-':
		if i < 2 {
			return false
		}
		q := f[i-2]
		return (q >= '0' && q <= '9') || isASCIILetter(q)
	}
	return false
}

type dateScanner struct {
	f        string
	ctx      DateContext
	now      DateContext // the caller's ctx: "today" for 本日, 昨年 …
	fromText bool        // ctx has been updated from a date in the text
}

// update moves the running context to d.
func (s *dateScanner) update(d Date) {
	if d.Kind == KindFiscalYear {
		return
	}
	// A bare year far from the caller's is background (1991年から運営), not
	// the year of what follows.
	if d.Kind == KindYear && s.now.Year > 0 && abs(d.Year-s.now.Year) > 1 {
		return
	}
	s.fromText = true
	c := &s.ctx
	if d.Year > 0 && d.Year != c.Year {
		c.Year = d.Year
		if d.Month == 0 {
			c.Month, c.Day = 0, 0
		}
	}
	if d.Month > 0 && d.Month != c.Month {
		c.Month = d.Month
		if d.Day == 0 {
			c.Day = 0
		}
	}
	if d.Day > 0 {
		c.Day = d.Day
	}
}

func (s *dateScanner) skipSpaces(i int) int {
	for i < len(s.f) && isSpace(s.f[i]) {
		i++
	}
	return i
}

// hasAt reports whether f has w at i.
func (s *dateScanner) hasAt(i int, w string) bool {
	return i >= 0 && i <= len(s.f) && strings.HasPrefix(s.f[i:], w)
}

// digits reads 1..max ASCII digits at i. When spaced is true single spaces
// between digits are allowed (令 和 5 年 1 2 月). It fails when more digits
// follow.
func (s *dateScanner) digits(i, max int, spaced bool) (v, n, end int, ok bool) {
	f := s.f
	j := i
	for j < len(f) {
		c := f[j]
		if c >= '0' && c <= '9' {
			if n == max {
				return 0, 0, i, false
			}
			v = v*10 + int(c-'0')
			n++
			j++
			continue
		}
		if spaced && isSpace(c) && n > 0 && j+1 < len(f) && f[j+1] >= '0' && f[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	return v, n, j, n > 0
}

// kanjiSmall reads a kanji numeral up to 99 at i (三, 十二, 二十一, 三十).
func (s *dateScanner) kanjiSmall(i int) (v, end int, ok bool) {
	f := s.f
	j := i
	tens, units := -1, -1
	seenTen := false
	for j < len(f) {
		r, size := utf8.DecodeRuneInString(f[j:])
		if d := kanjiDigit(r); d >= 0 && r != '零' {
			if units >= 0 && !seenTen || units >= 0 && seenTen {
				return 0, i, false
			}
			units = int(d)
			j += size
			continue
		}
		if r == '十' {
			if seenTen {
				return 0, i, false
			}
			seenTen = true
			tens = 1
			if units >= 0 {
				tens = units
				units = -1
			}
			j += size
			continue
		}
		break
	}
	if j == i {
		return 0, i, false
	}
	if tens < 0 {
		tens = 0
	}
	if units < 0 {
		units = 0
	}
	return tens*10 + units, j, true
}

// num reads a month or day number: digits (at most 2) or a kanji numeral.
func (s *dateScanner) num(i int, spaced bool) (v, end int, kanji, ok bool) {
	if i < len(s.f) && s.f[i] >= '0' && s.f[i] <= '9' {
		v, _, end, ok = s.digits(i, 2, spaced)
		return v, end, false, ok
	}
	v, end, ok = s.kanjiSmall(i)
	return v, end, true, ok
}

func daysIn(y, m int) int {
	switch m {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y == 0 || (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			return 29
		}
		return 28
	}
	return 0
}

func validMD(y, m, d int) bool {
	return m >= 1 && m <= 12 && (d == 0 || d >= 1 && d <= daysIn(y, m))
}

// civil returns a day number for y-m-d (proleptic Gregorian).
func civil(y, m, d int) int {
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// yearFor picks the year for a month(-day) without a year: when a weekday
// (0 = Monday, -1 = none) is written and exactly one of the context year and
// its neighbours matches it, that year; otherwise the one that puts the
// date nearest the context date.
func (s *dateScanner) yearFor(m, d, wd int) int {
	c := s.ctx
	if c.Year == 0 {
		return 0
	}
	if wd >= 0 && d > 0 {
		match, n := 0, 0
		for _, y := range [3]int{c.Year, c.Year - 1, c.Year + 1} {
			if validMD(y, m, d) && weekday(y, m, d) == wd {
				match, n = y, n+1
			}
		}
		if n == 1 {
			return match
		}
	}
	if c.Month == 0 {
		return c.Year
	}
	ref := civil(c.Year, c.Month, max(c.Day, 15))
	dd := d
	if dd == 0 {
		dd = 15
	}
	best, bestDist := c.Year, -1
	for _, y := range [3]int{c.Year, c.Year - 1, c.Year + 1} {
		if !validMD(y, m, d) {
			continue
		}
		dist := abs(civil(y, m, min(dd, daysIn(y, m))) - ref)
		if bestDist < 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// weekdayAfter returns the end of a weekday in parentheses at i
// ("(月)", " (水・祝)", "(月曜日)"), or -1, and the weekday (0 = Monday).
func (s *dateScanner) weekdayAfter(i int) (int, int) {
	j := s.skipSpaces(i)
	if j >= len(s.f) || s.f[j] != '(' {
		return -1, -1
	}
	j = s.skipSpaces(j + 1)
	r, size := utf8.DecodeRuneInString(s.f[j:])
	wd := strings.IndexRune("月火水木金土日", r)
	if wd < 0 {
		return -1, -1
	}
	wd /= 3 // byte index of a 3-byte rune
	j += size
	if s.hasAt(j, "曜日") {
		j += len("曜日")
	} else if s.hasAt(j, "曜") {
		j += len("曜")
	}
	for _, w := range []string{"・祝", "祝", "・休"} {
		if s.hasAt(j, w) {
			j += len(w)
			break
		}
	}
	j = s.skipSpaces(j)
	if j < len(s.f) && s.f[j] == ')' {
		return j + 1, wd
	}
	return -1, -1
}

// weekday returns the day of the week of y-m-d, 0 = Monday.
func weekday(y, m, d int) int {
	return ((civil(y, m, d)-civil(2023, 5, 29))%7 + 7) % 7 // 2023-05-29 was a Monday
}

// timeAfter reports whether a clock time (12:45) follows at i, after
// optional spaces.
func (s *dateScanner) timeAfter(i int) bool {
	j := s.skipSpaces(i)
	_, n, e, ok := s.digits(j, 2, false)
	return ok && n >= 1 && e < len(s.f) && s.f[e] == ':' && e+1 < len(s.f) && s.f[e+1] >= '0' && s.f[e+1] <= '9'
}

// dayStopFollowers mark a number+日 as a duration or rate, not a date.
var dayStopFollowers = []string{
	"間", "以内", "以上", "以下", "未満", "後", "前", "程度", "ほど", "分", "目", "連続", "経過",
	"当たり", "当り", "あたり", "平均", "中", "超", "余", "弱", "強", "半", "毎", "置き", "おき",
	"ぶり", "振り", "足らず", "近く", "単位", "程", "も早", "ずつ", "づつ", "から数",
}

// dayStopPrefixes before a day-only number mark a rate or a count.
var dayStopPrefixes = []string{"毎月", "毎", "約", "数", "第", "計", "合計", "最大", "各", "月に", "週"}

func (s *dateScanner) dayOnlyOK(start, after int) bool {
	rest := s.f[after:]
	for _, w := range dayStopFollowers {
		if strings.HasPrefix(rest, w) {
			return false
		}
	}
	j := start
	for j > 0 && isSpace(s.f[j-1]) {
		j--
	}
	for _, w := range dayStopPrefixes {
		if strings.HasSuffix(s.f[:j], w) {
			return false
		}
	}
	return true
}

// monthTail consumes words that make a bare month a period: 末, 上旬 …
func (s *dateScanner) monthTail(i int) int {
	for _, w := range []string{"末", "上旬", "中旬", "下旬", "初旬", "初め", "初頭", "半ば"} {
		if s.hasAt(i, w) {
			return i + len(w)
		}
	}
	return i
}

// monthDayRest reads "M月[D日]" at i (after a year or 同年). It returns
// month, day (0 if none) and the end, or ok=false when no month is there.
func (s *dateScanner) monthDayRest(i int, spaced bool) (mo, day, end int, ok bool) {
	j := s.skipSpaces(i)
	if j > i {
		spaced = true
	}
	mv, e, _, okm := s.num(j, spaced)
	if !okm {
		return 0, 0, i, false
	}
	e2 := s.skipSpaces(e)
	if !s.hasAt(e2, "月") {
		return 0, 0, i, false
	}
	// An impossible month is returned as is for the caller to reject.
	end = e2 + len("月")
	if e2 > e {
		spaced = true
	}
	k := s.skipSpaces(end)
	dv, e3, _, okd := s.num(k, spaced || k > end)
	if okd {
		e4 := s.skipSpaces(e3)
		if s.hasAt(e4, "日") {
			return mv, dv, e4 + len("日"), true
		}
	}
	return mv, 0, end, true
}

// afterYear continues a date once "<year>年" has been read, at i just past
// 年. It handles 年度, an alternative year in parentheses and the month-day.
func (s *dateScanner) afterYear(start, i, year int, era string, spaced bool) (Date, int, bool) {
	d := Date{Year: year, YearExplicit: true, Era: era}
	j := s.skipSpaces(i)
	if s.hasAt(j, "度") {
		d.Kind = KindFiscalYear
		d.Span = model.Span{Start: start, End: j + len("度")}
		return d, d.Span.End, true
	}
	// 令和5年(2023年) / 2023年(令和5年)
	if j < len(s.f) && s.f[j] == '(' {
		if e := s.altYear(j + 1); e > 0 {
			j = s.skipSpaces(e)
			i = j
		}
	}
	mo, day, end, ok := s.monthDayRest(j, spaced)
	if !ok {
		d.Kind = KindYear
		d.Span = model.Span{Start: start, End: i}
		return s.fixTypo(d), i, true
	}
	if !validMD(year, mo, day) {
		return Date{}, end, false
	}
	d.Month, d.Day = mo, day
	d.Kind = KindFull
	if day == 0 {
		if s.hasAt(end, "期") { // 2023年3月期: an accounting period
			d.Month = 0
			d.Kind = KindYear
			d.Span = model.Span{Start: start, End: i}
			return s.fixTypo(d), end, true
		}
		d.Kind = KindYearMonth
		end = s.monthTail(end)
	}
	d.Span = model.Span{Start: start, End: end}
	return s.fixTypo(d), end, true
}

// altYear reads "2023年)" or "令和5年)" at i; it returns the end or -1.
func (s *dateScanner) altYear(i int) int { return s.altYearOpt(i, true) }

// yearParen skips an alternative year written between a year number and
// its 年: 令和5(2023)年, 2023(令和5)年. k is at the '('; it returns the
// position of 年, or k when there is no such paren.
func (s *dateScanner) yearParen(k int) int {
	if k >= len(s.f) || s.f[k] != '(' {
		return k
	}
	e := s.altYearOpt(k+1, false)
	if e < 0 {
		return k
	}
	if j := s.skipSpaces(e); s.hasAt(j, "年") {
		return j
	}
	return k
}

// altYearOpt reads an alternative year and its closing ')' at i, with or
// without 年 before the ')'.
func (s *dateScanner) altYearOpt(i int, withNen bool) int {
	j := s.skipSpaces(i)
	if j < len(s.f) && s.f[j] >= '0' && s.f[j] <= '9' {
		if _, n, e, ok := s.digits(j, 4, false); ok && n == 4 {
			j = e
		} else {
			return -1
		}
	} else {
		found := false
		for _, e := range []string{"令和", "平成", "昭和"} {
			if s.hasAt(j, e) {
				j += len(e)
				found = true
				break
			}
		}
		if !found {
			return -1
		}
		if s.hasAt(j, "元") {
			j += len("元")
		} else if _, _, e, ok := s.digits(j, 2, false); ok {
			j = e
		} else {
			return -1
		}
	}
	j = s.skipSpaces(j)
	if withNen {
		if !s.hasAt(j, "年") {
			return -1
		}
		j = s.skipSpaces(j + len("年"))
	}
	if j < len(s.f) && s.f[j] == ')' {
		return j + 1
	}
	return -1
}

// fixTypo applies FixYear to a full date's written year against the
// caller's year (not the running context: a notice that cites 2017 must not
// turn the next 2024 into a typo). Years alone and year-months are left as
// written, as old references (2003年から) are often genuine.
func (s *dateScanner) fixTypo(d Date) Date {
	if s.ctx.FixYearTypos && d.Era == "" && d.Year >= 1000 && d.Kind == KindFull {
		if y, typo := FixYear(d.Year, s.now.Year); typo {
			if d.Month == 0 || validMD(y, d.Month, d.Day) {
				d.Year, d.YearTypo = y, true
			}
		}
	}
	return d
}

// numberLed parses a date that starts with an Arabic digit at i.
func (s *dateScanner) numberLed(i int) (Date, int, bool) {
	f := s.f
	v, n, e, _ := s.digits(i, 4, false)
	if e < len(f) && f[e] >= '0' && f[e] <= '9' { // five or more digits
		for e < len(f) && f[e] >= '0' && f[e] <= '9' {
			e++
		}
		return Date{}, e, false
	}
	if n < 4 && e+1 < len(f) && isSpace(f[e]) && f[e+1] >= '0' && f[e+1] <= '9' {
		// Fully spaced text: "2 0 2 3 年 5 月 1 6 日".
		if v2, n2, e2, _ := s.digits(i, 4, true); n2 == 4 && (e2 >= len(f) || f[e2] < '0' || f[e2] > '9') {
			if k2 := s.skipSpaces(e2); s.hasAt(k2, "年") && v2 >= 1000 && v2 <= 2999 {
				return s.afterYear(i, k2+len("年"), v2, "", true)
			}
		}
	}
	k := s.skipSpaces(e)
	if n == 4 {
		k = s.yearParen(k)
	}
	switch {
	case s.hasAt(k, "年"):
		if n != 4 || v < 1000 || v > 2999 {
			return Date{}, e, false
		}
		return s.afterYear(i, k+len("年"), v, "", k > e)
	case s.hasAt(k, "月"):
		return s.monthLed(i, v, k+len("月"), k > e, false)
	case s.hasAt(k, "日"):
		return s.dayOnly(i, v, k+len("日"), false)
	case k == e && e < len(f) && (f[e] == '/' || f[e] == '-' || f[e] == '.'):
		if n == 4 {
			if v < 1000 || v > 2999 {
				return Date{}, e, false
			}
			return s.numericYMD(i, e, v, "")
		}
		if f[e] == '/' && n <= 2 {
			return s.slashMD(i, v, e)
		}
	}
	return Date{}, e, false
}

// numericYMD parses "sep M sep D" after a year ending at e (2024/11/26,
// 2023-05-16, 2023.5.16, R5.5.26).
func (s *dateScanner) numericYMD(start, e, year int, era string) (Date, int, bool) {
	f := s.f
	sep := f[e]
	mo, _, e2, ok := s.digits(e+1, 2, false)
	if !ok || mo < 1 || mo > 12 {
		return Date{}, e + 1, false
	}
	if e2 < len(f) && f[e2] == sep {
		day, _, e3, okd := s.digits(e2+1, 2, false)
		if !okd {
			return Date{}, e2, false
		}
		// 2023.5.16.1 or 2023-05-16-2 is a code, not a date.
		if e3 < len(f) && (f[e3] == sep || f[e3] == '.') && e3+1 < len(f) && f[e3+1] >= '0' && f[e3+1] <= '9' {
			return Date{}, e3, false
		}
		if e3 < len(f) && (isASCIILetter(f[e3]) && f[e3] != 'T') {
			return Date{}, e3, false
		}
		if !validMD(year, mo, day) {
			return Date{}, e3, false
		}
		d := Date{Year: year, Month: mo, Day: day, YearExplicit: true, Era: era, Kind: KindFull,
			Span: model.Span{Start: start, End: e3}}
		return s.fixTypo(d), e3, true
	}
	// 2023/5 only with a slash, and not a fraction or code continuing.
	if sep == '/' && era == "" && (e2 >= len(f) || !(f[e2] >= '0' && f[e2] <= '9') && f[e2] != '/' && f[e2] != '.' && f[e2] != '-') {
		d := Date{Year: year, Month: mo, YearExplicit: true, Kind: KindYearMonth, Span: model.Span{Start: start, End: e2}}
		return s.fixTypo(d), e2, true
	}
	return Date{}, e2, false
}

// slashMD parses M/D at start (5/29(月), 5/29 12:45); it needs a weekday, a
// time or a range mark to tell it from a fraction.
func (s *dateScanner) slashMD(start, mo, e int) (Date, int, bool) {
	f := s.f
	day, _, e2, ok := s.digits(e+1, 2, false)
	if !ok || e2 < len(f) && (f[e2] == '/' || f[e2] == '.' || f[e2] == ',') {
		return Date{}, e + 1, false
	}
	if !validMD(0, mo, day) {
		return Date{}, e2, false
	}
	wEnd, wd := s.weekdayAfter(e2)
	confirmed := wEnd > 0 || s.timeAfter(e2)
	if !confirmed {
		k := s.skipSpaces(e2)
		confirmed = k < len(f) && f[k] == '~'
		p := start
		for p > 0 && isSpace(f[p-1]) {
			p--
		}
		confirmed = confirmed || p > 0 && f[p-1] == '~'
	}
	if !confirmed {
		return Date{}, e2, false
	}
	y := s.yearFor(mo, day, wd)
	if y > 0 && !validMD(y, mo, day) {
		return Date{}, e2, false
	}
	return Date{Year: y, Month: mo, Day: day, Kind: KindMonthDay, Span: model.Span{Start: start, End: e2}}, e2, true
}

// monthLed continues after "M月" (monthEnd is past 月).
func (s *dateScanner) monthLed(start, mo, monthEnd int, spaced, kanji bool) (Date, int, bool) {
	if mo < 1 || mo > 12 {
		return Date{}, monthEnd, false
	}
	p := start
	for p > 0 && isSpace(s.f[p-1]) {
		p--
	}
	if strings.HasSuffix(s.f[:p], "第") || strings.HasSuffix(s.f[:p], "毎") {
		return Date{}, monthEnd, false
	}
	k := s.skipSpaces(monthEnd)
	dv, e3, _, okd := s.num(k, spaced || k > monthEnd)
	if okd {
		e4 := s.skipSpaces(e3)
		if s.hasAt(e4, "日") {
			_, wd := s.weekdayAfter(e4 + len("日"))
			y := s.yearFor(mo, dv, wd)
			if !validMD(y, mo, dv) {
				return Date{}, e4 + len("日"), false
			}
			end := e4 + len("日")
			return Date{Year: y, Month: mo, Day: dv, Kind: KindMonthDay, Span: model.Span{Start: start, End: end}}, end, true
		}
	}
	if kanji { // 五月 alone is too often a word (五月雨)
		return Date{}, monthEnd, false
	}
	if s.hasAt(monthEnd, "間") || s.hasAt(monthEnd, "分の") || s.hasAt(monthEnd, "期") {
		return Date{}, monthEnd, false
	}
	// A bare month glued to a word is usually a duration or a code
	// (減給2月); after a year word (本年, 昨年) it is a month.
	if r, _ := lastRune(s.f, start); isKanji(r) && r != '年' {
		return Date{}, monthEnd, false
	}
	end := s.monthTail(monthEnd)
	return Date{Year: s.yearFor(mo, 0, -1), Month: mo, Kind: KindYearMonth, Span: model.Span{Start: start, End: end}}, end, true
}

// dayOnly handles "D日" with month and year from the context.
func (s *dateScanner) dayOnly(start, day, end int, kanji bool) (Date, int, bool) {
	if day < 1 || day > 31 || !s.dayOnlyOK(start, end) {
		return Date{}, end, false
	}
	if kanji && day == 1 {
		return Date{}, end, false
	}
	c := s.ctx
	d := Date{Day: day, Kind: KindDay, Span: model.Span{Start: start, End: end}}
	if c.Month == 0 {
		d.Year = c.Year
		return d, end, true
	}
	y, mo := c.Year, c.Month
	// A written weekday that fits exactly one of this, last and next month
	// decides.
	if _, wd := s.weekdayAfter(end); wd >= 0 && y > 0 {
		n, my, mm := 0, 0, 0
		for _, delta := range [3]int{0, -1, 1} {
			yy, mo2 := y, mo+delta
			if mo2 == 0 {
				yy, mo2 = yy-1, 12
			} else if mo2 == 13 {
				yy, mo2 = yy+1, 1
			}
			if day <= daysIn(yy, mo2) && weekday(yy, mo2, day) == wd {
				n, my, mm = n+1, yy, mo2
			}
		}
		if n == 1 {
			d.Year, d.Month = my, mm
			return d, end, true
		}
	}
	// The caller's context is normally the publication date, and a notice
	// reports the past: a day after the reference day is last month's.
	// Once the text has given a date, a day-only date stays in its month.
	if !s.fromText && c.Day > 0 && day > c.Day {
		mo--
		if mo == 0 {
			mo = 12
			if y > 0 {
				y--
			}
		}
	}
	if day > daysIn(y, mo) {
		return Date{}, end, false
	}
	d.Year, d.Month = y, mo
	return d, end, true
}

// kanjiLed parses kanji-numeral dates: 五月二十一日, 二十一日.
func (s *dateScanner) kanjiLed(i int) (Date, int, bool) {
	// 二〇二三年: four positional kanji digits and 年.
	if y, e, ok := s.kanjiPositional(i); ok {
		if k := s.skipSpaces(e); s.hasAt(k, "年") && y >= 1000 && y <= 2999 {
			return s.afterYear(i, k+len("年"), y, "", false)
		}
	}
	v, e, ok := s.kanjiSmall(i)
	if !ok {
		return Date{}, i + 1, false
	}
	if r, _ := lastRune(s.f, i); isKanji(r) && kanjiDigit(r) < 0 {
		return Date{}, e, false
	}
	switch {
	case s.hasAt(e, "月"):
		return s.monthLed(i, v, e+len("月"), false, true)
	case s.hasAt(e, "日"):
		return s.dayOnly(i, v, e+len("日"), true)
	}
	return Date{}, e, false
}

var eras = []struct {
	name      string
	first     rune
	base, max int
}{
	{"令和", '令', 2018, 99},
	{"平成", '平', 1988, 31},
	{"昭和", '昭', 1925, 64},
}

// eraYear reads the year number after an era name: 元, digits or kanji.
func (s *dateScanner) eraYear(i int, spaced bool) (v, end int, ok bool) {
	if s.hasAt(i, "元") {
		return 1, i + len("元"), true
	}
	if i < len(s.f) && s.f[i] >= '0' && s.f[i] <= '9' {
		v, _, end, ok = s.digits(i, 2, spaced)
		return v, end, ok
	}
	return s.kanjiSmall(i)
}

// eraLed parses 令和5年5月26日, 令 和 5 年, 令和元年, 令和5.5.26.
func (s *dateScanner) eraLed(i int, r rune, size int) (Date, int, bool) {
	for _, era := range eras {
		if era.first != r {
			continue
		}
		second := era.name[size:]
		j := s.skipSpaces(i + size)
		spaced := j > i+size
		if !s.hasAt(j, second) {
			return Date{}, i + size, false
		}
		j = s.skipSpaces(j + len(second))
		spaced = spaced || j > i+len(era.name)
		yv, e, ok := s.eraYear(j, spaced)
		if !ok || yv < 1 || yv > era.max {
			return Date{}, j, false
		}
		year := era.base + yv
		k := s.yearParen(s.skipSpaces(e))
		if s.hasAt(k, "年") {
			return s.afterYear(i, k+len("年"), year, era.name, spaced || k > e)
		}
		if k == e && e < len(s.f) && (s.f[e] == '.' || s.f[e] == '/' || s.f[e] == '-') {
			return s.numericYMD(i, e, year, era.name)
		}
		return Date{}, e, false
	}
	return Date{}, i + size, false
}

// letterEra parses R5.5.26, R5/5/26, H31.4.1, R5年5月1日.
func (s *dateScanner) letterEra(i int) (Date, int, bool) {
	var era int
	switch s.f[i] {
	case 'R':
		era = 0
	case 'H':
		era = 1
	default:
		era = 2
	}
	e0 := eras[era]
	yv, _, e, ok := s.digits(i+1, 2, false)
	if !ok || yv < 1 || yv > e0.max || e >= len(s.f) {
		return Date{}, i + 1, false
	}
	year := e0.base + yv
	if s.f[e] == '.' || s.f[e] == '/' || s.f[e] == '-' {
		return s.numericYMD(i, e, year, e0.name)
	}
	if s.hasAt(e, "年") {
		d, end, ok := s.afterYear(i, e+len("年"), year, e0.name, false)
		if ok && d.Kind != KindFull && d.Kind != KindFiscalYear {
			return Date{}, end, false // R5年 alone is too weak
		}
		return d, end, ok
	}
	return Date{}, e, false
}

// relative parses 同年…, 同月…, 同日, 当日, 翌日, 翌朝, 翌々日, 翌N日, 翌月…,
// 翌年…, 前日.
func (s *dateScanner) relative(i int, r rune, size int) (Date, int, bool) {
	c := s.ctx
	j := i + size
	d := Date{Kind: KindRelative}
	switch r {
	case '同', '当':
		switch {
		case s.hasAt(j, "年") && r == '同':
			e := j + len("年")
			if s.yearWordStops(e) {
				return Date{}, e, false
			}
			d.Year = c.Year
			if mo, day, end, ok := s.monthDayRest(e, false); ok {
				if !validMD(d.Year, mo, day) {
					return Date{}, end, false
				}
				d.Month, d.Day = mo, day
				if day == 0 {
					end = s.monthTail(end)
				}
				e = end
			}
			d.Span = model.Span{Start: i, End: e}
			return d, e, true
		case s.hasAt(j, "月") && r == '同':
			e := j + len("月")
			d.Year, d.Month = c.Year, c.Month
			k := s.skipSpaces(e)
			if dv, e2, _, ok := s.num(k, false); ok {
				e3 := s.skipSpaces(e2)
				if s.hasAt(e3, "日") {
					if c.Month > 0 && !validMD(c.Year, c.Month, dv) || dv < 1 || dv > 31 {
						return Date{}, e3 + len("日"), false
					}
					d.Day = dv
					e = e3 + len("日")
				}
			}
			if d.Day == 0 {
				e = s.monthTail(e)
			}
			d.Span = model.Span{Start: i, End: e}
			return d, e, true
		case s.hasAt(j, "日"):
			e := j + len("日")
			d.Year, d.Month, d.Day = c.Year, c.Month, c.Day
			d.Span = model.Span{Start: i, End: e}
			return d, e, true
		case r == '同':
			// News style: 同29日 (same month), 同6月2日 (same year).
			k := s.skipSpaces(j)
			v, e, _, ok := s.num(k, false)
			if !ok {
				break
			}
			e2 := s.skipSpaces(e)
			if s.hasAt(e2, "日") {
				end := e2 + len("日")
				if v < 1 || v > 31 || c.Month > 0 && !validMD(c.Year, c.Month, v) {
					return Date{}, end, false
				}
				d.Year, d.Month, d.Day = c.Year, c.Month, v
				d.Span = model.Span{Start: i, End: end}
				return d, end, true
			}
			if s.hasAt(e2, "月") {
				mo, day, end, ok := s.monthDayRest(k, false)
				if !ok || day == 0 || !validMD(c.Year, mo, day) {
					return Date{}, e2 + len("月"), false
				}
				d.Year, d.Month, d.Day = c.Year, mo, day
				d.Span = model.Span{Start: i, End: end}
				return d, end, true
			}
		}
	case '翌':
		switch {
		case s.hasAt(j, "々日"):
			e := j + len("々日")
			d.Year, d.Month, d.Day = addDays(c.Year, c.Month, c.Day, 2)
			d.Span = model.Span{Start: i, End: e}
			return d, e, true
		case s.hasAt(j, "日") || s.hasAt(j, "朝"):
			e := j + len("日")
			d.Year, d.Month, d.Day = addDays(c.Year, c.Month, c.Day, 1)
			d.Span = model.Span{Start: i, End: e}
			return d, e, true
		case s.hasAt(j, "月"):
			e := j + len("月")
			if c.Month > 0 {
				d.Year, d.Month = c.Year, c.Month+1
				if d.Month == 13 {
					d.Year, d.Month = d.Year+1, 1
					if c.Year == 0 {
						d.Year = 0
					}
				}
			}
			k := s.skipSpaces(e)
			if dv, e2, _, ok := s.num(k, false); ok && s.hasAt(e2, "日") {
				if dv < 1 || dv > 31 || d.Month > 0 && !validMD(d.Year, d.Month, dv) {
					return Date{}, e2 + len("日"), false
				}
				d.Day = dv
				e = e2 + len("日")
			}
			d.Span = model.Span{Start: i, End: e}
			return d, e, true
		case s.hasAt(j, "年"):
			e := j + len("年")
			if s.yearWordStops(e) {
				return Date{}, e, false
			}
			if c.Year > 0 {
				d.Year = c.Year + 1
			}
			if mo, day, end, ok := s.monthDayRest(e, false); ok {
				if !validMD(d.Year, mo, day) {
					return Date{}, end, false
				}
				d.Month, d.Day = mo, day
				e = end
			}
			d.Span = model.Span{Start: i, End: e}
			return d, e, true
		default:
			// 翌25日: the next day, which is the 25th.
			dv, e2, _, ok := s.num(j, false)
			if !ok || !s.hasAt(e2, "日") || dv < 1 || dv > 31 {
				return Date{}, j, false
			}
			e := e2 + len("日")
			d.Day = dv
			d.Year, d.Month = c.Year, c.Month
			if c.Month > 0 && c.Day > 0 && dv <= c.Day {
				d.Month++
				if d.Month == 13 {
					d.Month = 1
					if d.Year > 0 {
						d.Year++
					}
				}
			}
			if d.Month > 0 && !validMD(d.Year, d.Month, dv) {
				return Date{}, e, false
			}
			d.Span = model.Span{Start: i, End: e}
			return d, e, true
		}
	case '前':
		if s.hasAt(j, "年") {
			e := j + len("年")
			if s.yearWordStops(e) {
				return Date{}, e, false
			}
			if c.Year > 0 {
				d.Year = c.Year - 1
			}
			if mo, day, end, ok := s.monthDayRest(e, false); ok {
				if !validMD(d.Year, mo, day) {
					return Date{}, end, false
				}
				d.Month, d.Day = mo, day
				e = end
			}
			d.Span = model.Span{Start: i, End: e}
			return d, e, true
		}
		if s.hasAt(j, "日") {
			if r0, _ := lastRune(s.f, i); r0 == 'の' || r0 == '日' || isKanji(r0) {
				return Date{}, j, false // 3日前日, 発生の前日 is fine but rare; stay safe
			}
			e := j + len("日")
			d.Year, d.Month, d.Day = addDays(c.Year, c.Month, c.Day, -1)
			d.Span = model.Span{Start: i, End: e}
			return d, e, true
		}
	}
	return Date{}, j, false
}

// addDays adds n days when the date is fully known; otherwise it returns
// what is known (year and month) with day 0.
func addDays(y, m, d, n int) (int, int, int) {
	if y <= 0 || m <= 0 || d <= 0 {
		return y, m, 0
	}
	d += n
	for d > daysIn(y, m) {
		d -= daysIn(y, m)
		m++
		if m == 13 {
			y, m = y+1, 1
		}
	}
	for d < 1 {
		m--
		if m == 0 {
			y, m = y-1, 12
		}
		d += daysIn(y, m)
	}
	return y, m, d
}

// deictic parses words relative to the time of writing, which is the
// caller's ctx when it has a year and the running context otherwise: 本日,
// 昨日, 本年/今年/昨年/来年 (with an optional month-day), 今月, 先月, 来月.
func (s *dateScanner) deictic(i int, r rune, size int) (Date, int, bool) {
	now := s.now
	if now.Year == 0 {
		now = s.ctx
	}
	j := i + size
	d := Date{Kind: KindRelative}
	switch {
	case s.hasAt(j, "年") && r != '先':
		e := j + len("年")
		if s.yearWordStops(e) {
			return Date{}, e, false
		}
		if now.Year > 0 {
			d.Year = now.Year
			switch r {
			case '昨':
				d.Year--
			case '来':
				d.Year++
			}
		}
		if mo, day, end, ok := s.monthDayRest(e, false); ok {
			if !validMD(d.Year, mo, day) {
				return Date{}, end, false
			}
			d.Month, d.Day = mo, day
			if day == 0 {
				end = s.monthTail(end)
			}
			e = end
		}
		d.Span = model.Span{Start: i, End: e}
		return d, e, true
	case s.hasAt(j, "月") && r != '本' && r != '昨':
		e := j + len("月")
		if now.Month > 0 {
			d.Year, d.Month = now.Year, now.Month
			switch r {
			case '先':
				d.Month--
			case '来':
				d.Month++
			}
			if d.Month == 0 {
				d.Month = 12
				if d.Year > 0 {
					d.Year--
				}
			} else if d.Month == 13 {
				d.Month = 1
				if d.Year > 0 {
					d.Year++
				}
			}
		}
		k := s.skipSpaces(e)
		if dv, e2, _, ok := s.num(k, false); ok && s.hasAt(e2, "日") {
			if dv < 1 || dv > 31 || d.Month > 0 && !validMD(d.Year, d.Month, dv) {
				return Date{}, e2 + len("日"), false
			}
			d.Day = dv
			e = e2 + len("日")
		}
		d.Span = model.Span{Start: i, End: e}
		return d, e, true
	case s.hasAt(j, "日") && (r == '本' || r == '昨'):
		e := j + len("日")
		if r == '本' {
			d.Year, d.Month, d.Day = now.Year, now.Month, now.Day
		} else {
			d.Year, d.Month, d.Day = addDays(now.Year, now.Month, now.Day, -1)
		}
		d.Span = model.Span{Start: i, End: e}
		return d, e, true
	}
	return Date{}, j, false
}

// yearWordStops reports whether a relative year word (同年, 昨年 …) ending
// at e is really a fiscal year or a comparison: 同年度, 前年比, 前年同期.
func (s *dateScanner) yearWordStops(e int) bool {
	return s.hasAt(e, "度") || s.hasAt(e, "比") || s.hasAt(e, "同期") || s.hasAt(e, "並")
}

// sanitize zeroes the impossible parts of a caller's context.
func sanitize(c DateContext) DateContext {
	if c.Year < 1 || c.Year > 9999 {
		c.Year = 0
	}
	if c.Month < 1 || c.Month > 12 {
		c.Month, c.Day = 0, 0
	}
	if c.Day < 1 || c.Day > daysIn(c.Year, c.Month) {
		c.Day = 0
	}
	return c
}

// kanjiPositional reads exactly four kanji digits (二〇二三) at i.
func (s *dateScanner) kanjiPositional(i int) (v, end int, ok bool) {
	j := i
	for n := 0; n < 4; n++ {
		r, size := utf8.DecodeRuneInString(s.f[j:])
		d := kanjiDigit(r)
		if d < 0 {
			return 0, i, false
		}
		v = v*10 + int(d)
		j += size
	}
	if r, _ := utf8.DecodeRuneInString(s.f[j:]); kanjiDigit(r) >= 0 {
		return 0, i, false
	}
	return v, j, true
}
