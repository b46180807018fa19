package extract

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

// vdate is a date found in a report, located in view coordinates.
type vdate struct {
	jptext.Date
	at span
	// loose: a day written alone that falls before a full date written
	// earlier, so its month may have turned since.
	loose bool
}

// findDates runs jptext.FindDates over the report and maps the spans.
func findDates(v *view, ctx jptext.DateContext) []vdate {
	// The view is already folded: its offsets are the spans, and it is
	// not folded again. Reports are searched under up to two contexts.
	if v.dateText == nil {
		v.dateText = jptext.NewFoldedDateText(v.s)
	}
	ds := v.dateText.FindDates(ctx)
	out := make([]vdate, 0, len(ds))
	last := -1 // the last date naming a day
	for _, d := range ds {
		// "翌13日" after a year alone ("令和元年以降…") lost its month: it
		// follows the last day named.
		if d.Kind == jptext.KindRelative && d.Month == 0 && d.Day > 0 && last >= 0 && strings.HasPrefix(v.s[d.Span.Start:], "翌") {
			p := out[last].Date
			d.Year, d.Month = p.Year, p.Month
			if d.Day <= p.Day {
				if d.Month++; d.Month == 13 {
					d.Year, d.Month = d.Year+1, 1
				}
			}
		}
		out = append(out, vdate{Date: d, at: span{d.Span.Start, d.Span.End}})
		if x := out[len(out)-1]; dayPrecise(x) {
			last = len(out) - 1
		}
	}
	return out
}

// dayPrecise reports whether a date names a day.
func dayPrecise(d vdate) bool {
	switch d.Kind {
	case jptext.KindFull, jptext.KindMonthDay, jptext.KindDay, jptext.KindRelative:
		return d.Year > 0 && d.Year <= 9999 && d.Month > 0 && d.Day > 0
	}
	return false
}

// dateFiller is what a date-only line may hold besides dates.
var dateFiller = []string{"更新", "発表", "公開日", "公開", "掲載日", "掲載", "公表日", "公表", "日付", "現在", "付け", "付", "作成日",
	"報道発表資料", "プレスリリース", "ニュースリリース", "リリース", "発行", "配信", "ニュース", "お知らせ", "新着情報", "トピックス",
	"NEWS", "News", "Topics", "TOPICS", "重要", "Date", "date", "DATE", "Posted", "posted", "Updated", "updated", "投稿日", "最終", "プレス", "Press", "PRESS", "RELEASE", "Release", "月", "火", "水", "木", "金", "土", "日", "祝", "曜",
	"(", ")", "【", "】", "[", "]", "<", ">", "〈", "〉", "・", ":", "/", "-", "~", "時", "分", "頃", "午前", "午後", "AM", "PM",
	"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "．", "。", "(", ")"}

// isDateLine reports whether a line holds a date and nothing else of note
// (weekday, time, 更新, an enumerator).
func isDateLine(t string) bool {
	if t == "" || len(t) > 160 || atLeastRunes(t, 41) {
		return false
	}
	ds := jptext.FindDates(t, jptext.DateContext{})
	if len(ds) == 0 {
		return false
	}
	var b strings.Builder
	last := 0
	for _, d := range ds {
		if d.Span.Start < last {
			continue
		}
		b.WriteString(t[last:d.Span.Start])
		last = d.Span.End
	}
	b.WriteString(t[last:])
	rest := b.String()
	for _, f := range dateFiller {
		rest = strings.ReplaceAll(rest, f, "")
	}
	return trimSpace(rest) == ""
}

// isDateLineIn is isDateLine for a line of the report, using the dates
// already found in it.
func isDateLineIn(v *view, ln span, ds []vdate) bool {
	// The dates are in order of their starts: those starting before the
	// line are skipped at once, and one starting past its end ends past it.
	k := firstDateFrom(ds, ln.start)
	if k == len(ds) || ds[k].at.start > ln.end {
		return false // no date in the line
	}
	t := v.text(ln)
	if t == "" || len(t) > 160 || atLeastRunes(t, 41) {
		return false
	}
	last := ln.start
	found := false
	for _, d := range ds[k:] {
		if d.at.start > ln.end {
			break
		}
		if d.at.end > ln.end || d.at.start < last {
			continue
		}
		if !fillerOnly(v.s[last:d.at.start]) {
			return false
		}
		last = d.at.end
		found = true
	}
	return found && fillerOnly(v.s[last:ln.end])
}

// fillersBy lists dateFiller by first byte, each group in dateFiller's
// order: the fillers that may open a text starting with that byte are
// fillersBy.words[fillersBy.start[c]:fillersBy.start[c+1]].
var fillersBy = func() (t struct {
	words []string
	start [257]uint16
}) {
	for c := range 256 {
		t.start[c] = uint16(len(t.words))
		for _, f := range dateFiller {
			if f[0] == byte(c) {
				t.words = append(t.words, f)
			}
		}
	}
	t.start[256] = uint16(len(t.words))
	return t
}()

// fillerOnly reports whether s consists of date fillers (weekdays, times,
// brackets, 更新) and spaces.
func fillerOnly(s string) bool {
	for s != "" {
		if s[0] == ' ' {
			s = s[1:]
			continue
		}
		ok := false
		for _, f := range fillersBy.words[fillersBy.start[s[0]]:fillersBy.start[int(s[0])+1]] {
			if strings.HasPrefix(s, f) {
				s = s[len(f):]
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// hasFullStop is contains(s, "。"). It looks for 。's middle byte (80), not
// for its last (82) as index would: in folded Japanese text 82 is also the
// second byte of half the kana and stops the search twice as often.
func hasFullStop(s string) bool {
	for i := 1; i+1 < len(s); {
		k := strings.IndexByte(s[i:len(s)-1], 0x80)
		if k < 0 {
			return false
		}
		i += k
		if s[i-1] == 0xE3 && s[i+1] == 0x82 {
			return true
		}
		i++
	}
	return false
}

// trimLeftSet is strings.TrimLeft(s, set) for a set of non-ASCII runes
// (valid UTF-8 without U+FFFD), testing each rune with hasRune instead of
// TrimLeft's search of the set through strings.IndexRune.
func trimLeftSet(s, set string) string {
	for s != "" {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s)
		}
		if !hasRune(set, r) {
			break
		}
		s = s[size:]
	}
	return s
}

// trimRightSet is strings.TrimRight(s, set) as trimLeftSet is TrimLeft.
func trimRightSet(s, set string) string {
	for s != "" {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		if !hasRune(set, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// trimSpace is strings.TrimSpace, deciding from the bytes at either end
// in the common case of no space (see trimSpaceLeft, trimSpaceRight).
func trimSpace(s string) string { return trimSpaceRight(trimSpaceLeft(s)) }

// titleDate reports the date a title line ends with: "…(2023年5月29日)",
// "…(5月29日更新)".
func titleDate(v *view, ln span, ds []vdate) (vdate, bool) {
	t := v.text(ln)
	if hasFullStop(t) {
		return vdate{}, false
	}
	if !strings.HasSuffix(t, ")") {
		// "…報告書について 2023年3月28日": a title, then the date.
		in := datesIn(ds, ln.start, ln.end)
		if len(in) == 0 {
			return vdate{}, false
		}
		d := in[len(in)-1]
		head := strings.TrimRight(v.s[ln.start:d.at.start], " ")
		// "…について(第2報) 2023年2月14日": the bracketed part is no ending.
		for _, br := range [][2]string{{"(", ")"}, {"【", "】"}, {"[", "]"}} {
			if strings.HasSuffix(head, br[1]) {
				if k := strings.LastIndex(head, br[0]); k > 0 {
					head = head[:k]
				}
			}
		}
		if !dayPrecise(d) || !fillerOnly(v.s[d.at.end:ln.end]) || !hasSuffixAny(head, titleEndings) {
			return vdate{}, false
		}
		return d, true
	}
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		if d.at.start < ln.start || d.at.end > ln.end || !dayPrecise(d) {
			continue
		}
		tail := v.s[d.at.end:ln.end]
		for _, f := range []string{"更新", "掲載", "公開", "発表", ")", "(", "月", "火", "水", "木", "金", "土", "日"} {
			tail = strings.ReplaceAll(tail, f, "")
		}
		if tail == "" {
			return d, true
		}
		break
	}
	return vdate{}, false
}

// leadDateTitle reports the date a title line opens with: "令和4年6月20日
// サイバー攻撃による被害について(第1報)".
func leadDateTitle(v *view, ln span, ds []vdate) (vdate, bool) {
	t := v.text(ln)
	if hasFullStop(t) {
		return vdate{}, false
	}
	in := datesIn(ds, ln.start, ln.end)
	if len(in) == 0 || in[0].at.start != ln.start || in[0].Kind != jptext.KindFull || !dayPrecise(in[0]) {
		return vdate{}, false
	}
	rest := trimSpace(skipDateTail(v.s[in[0].at.end:ln.end]))
	for _, br := range [][2]string{{"(", ")"}, {"【", "】"}, {"[", "]"}} {
		if strings.HasSuffix(rest, br[1]) {
			if k := strings.LastIndex(rest, br[0]); k > 0 {
				rest = trimSpace(rest[:k])
			}
		}
	}
	if rest == "" || !hasSuffixAny(rest, titleEndings) {
		return vdate{}, false
	}
	return in[0], true
}

// datesIn returns the dates inside [a, b).
//
// The dates of a report are in the order of their starts and do not
// overlap (jptext.FindDates scans forward; FuzzFindDates checks it), so only those from the first starting at a or later to the last
// starting at b or earlier need a look (a date starting later ends later).
// The dates inside are then one run of ds (dates do not overlap): the
// result shares ds's array, its capacity cut so that an append copies.
func datesIn(ds []vdate, a, b int) []vdate {
	lo := firstDateFrom(ds, a)
	hi := lo
	for hi < len(ds) && ds[hi].at.start <= b && ds[hi].at.end <= b {
		hi++
	}
	for k := hi; k < len(ds) && ds[k].at.start <= b; k++ {
		if ds[k].at.end <= b {
			// Not one run after all: collect them one by one.
			out := append([]vdate(nil), ds[lo:hi]...)
			for _, d := range ds[k:] {
				if d.at.start > b {
					break
				}
				if d.at.end <= b {
					out = append(out, d)
				}
			}
			return out
		}
	}
	if hi == lo {
		return nil
	}
	return ds[lo:hi:hi]
}

// firstDateFrom returns the index of the first date of ds (in order of
// their starts) that starts at a or later, or len(ds).
func firstDateFrom(ds []vdate, a int) int {
	lo, hi := 0, len(ds)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ds[m].at.start < a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// published finds the date the notice was issued: the casebook header date,
// else the date of a news lead "Xは26日、…発表した" (a day alone takes its
// month from the dateline), else the earliest date line (or title date) at
// the top, else a date line at the bottom.
func published(v *view, ds []vdate, header bool) (vdate, int, bool) {
	ne := v.nonEmptyLines(6)
	if (header || headlineOnly(v)) && len(ne) > 0 {
		hd := datesIn(ds, ne[0].start, ne[0].end)
		for i := len(hd) - 1; i >= 0; i-- {
			if dayPrecise(hd[i]) {
				return hd[i], v.lineAt(hd[i].at.start), true
			}
		}
	}
	top, topLine, topOK := topDate(v, ds, headerBlock(v, ne, ds))
	if !topOK && len(ne) == 6 {
		// A press release's header block (department, contact, names)
		// may push its date line further down, still above the body.
		top, topLine, topOK = topDate(v, ds, headerBlock(v, v.nonEmptyLines(12), ds))
	}
	if !topOK {
		top, topLine, topOK = labelledPublished(v, ds)
	}
	if !topOK {
		top, topLine, topOK = datelinePrefix(v, ds, ne)
	}
	if !topOK {
		top, topLine, topOK = stampedHeadline(v, ds, ne)
	}
	ref, refOK := top, topOK
	bottom, bottomLine, bottomOK := bottomDate(v, ds)
	if !refOK {
		ref, refOK = bottom, bottomOK
	}
	if !refOK {
		// A dateline with more on it: "2025年3月26日 11時05分配信".
		for k, ln := range ne {
			if k >= 4 || hasFullStop(v.text(ln)) {
				break
			}
			for _, d := range datesIn(ds, ln.start, ln.end) {
				if d.Kind == jptext.KindFull && dayPrecise(d) && !refOK {
					ref, refOK = d, true
				}
			}
		}
	}
	// News lead: "福島県警は26日、…と発表した" is the date of the announcement.
	if d, ok := newsLeadDate(v, ds); ok {
		if d.Kind != jptext.KindDay {
			guess := false
			if !d.YearExplicit && !refOK {
				y := d.Year
				d = afterEvents(v, d, ds)
				// A year the events pushed it to but the text never
				// writes ("1月21日…2011年3月9日付の綴り" read as 2012)
				// is a guess.
				guess = d.Year != y && !yearWritten(ds, d.Year)
				// A year written only as a period's bound ("2006年4月以降
				// に受診した患者") is no year of the announcement.
				guess = guess || !yearTold(v, ds, d.Year)
			}
			if !guess {
				return d, -1, true
			}
		}
		if refOK {
			return onDateline(d, ref), -1, true
		}
		// A day alone with no dateline: its month would come from some
		// other date of the text ("4月に逮捕"), so it is not trusted.
	}
	if topOK {
		return top, topLine, true
	}
	if bottomOK {
		return bottom, bottomLine, true
	}
	if d, ok := stampedPublished(v, ds); ok {
		return d, -1, true
	}
	if d, ok := disciplineDate(v, ds); ok {
		return d, -1, true
	}
	// A digest's item past its introduction: "■…(見出し) / Xは2016年12月6日、
	// …と発表した。"
	if d, ok := newsLeadIn(v, ds, 12, true); ok {
		return d, -1, true
	}
	return vdate{}, -1, false
}

// datelinePrefix reads a dateline written at the head of the first line,
// before the text on the same line: "date 2025-06-03 北野市は…", "2025年6月3日
// 北野市は…". The date, after nothing but a label, is set off by a space.
func datelinePrefix(v *view, ds []vdate, ne []span) (vdate, int, bool) {
	if len(ne) == 0 {
		return vdate{}, -1, false
	}
	ln := ne[0]
	in := datesIn(ds, ln.start, ln.end)
	if len(in) == 0 || in[0].Kind != jptext.KindFull || !dayPrecise(in[0]) || !fillerOnly(v.s[ln.start:in[0].at.start]) {
		return vdate{}, -1, false
	}
	rest := strings.TrimLeft(skipDateTail(v.s[in[0].at.end:ln.end]), " ")
	if rest == "" {
		return vdate{}, -1, false
	}
	// The view drops the space between the date and the text: look for it
	// in the text as written.
	p := ln.end - len(rest)
	if v.base+int(v.off[p]) <= v.docSpan(in[0].at.start, p).End {
		return vdate{}, -1, false
	}
	return in[0], v.lineAt(ln.start), true
}

// stampedHeadline reads the time stamp a news site prints after its
// headline: "…被害に遭う[2024/03/22 14:01]".
func stampedHeadline(v *view, ds []vdate, ne []span) (vdate, int, bool) {
	for k, ln := range ne {
		if k >= 2 {
			break
		}
		in := datesIn(ds, ln.start, ln.end)
		if len(in) == 0 {
			continue
		}
		d := in[len(in)-1]
		if d.Kind != jptext.KindFull || !dayPrecise(d) || !hasSuffixAny(v.s[ln.start:d.at.start], []string{"[", "【", "("}) {
			continue
		}
		tail := strings.TrimLeft(v.s[d.at.end:ln.end], "0123456789: ")
		if tail == "]" || tail == "】" || tail == ")" {
			return d, v.lineAt(ln.start), true
		}
	}
	return vdate{}, -1, false
}

// yearTold reports whether year y is written with a date that is not just a
// period's bound: "2024年10月1日午後6時から7時頃" tells a day, "2006年4月以降"
// only bounds a period. A text that writes no year at all took its year
// from elsewhere (a casebook number, a link), which is kept.
func yearTold(v *view, ds []vdate, y int) bool {
	written := false
	for _, x := range ds {
		if !x.YearExplicit {
			continue
		}
		written = true
		if x.Year != y {
			continue
		}
		raw := v.s[x.at.end:]
		tail := skipDateTail(raw)
		if !hasPrefixAny(tail, periodMarks) || len(tail) < len(raw) && timeWithinDay(raw[:len(raw)-len(tail)], tail) {
			return true
		}
	}
	return !written
}

// bodyHeadings head the sections of a notice's body.
var bodyHeadings = []string{"経緯", "概要", "経過"}

// headerBlock cuts the first lines at the first heading of the body
// ("1.概要", "経緯", "記"): dates below it are the timeline's. A bulleted
// line ("・更新日:…") or a date line is no heading.
func headerBlock(v *view, lines []span, ds []vdate) []span {
	for k, ln := range lines {
		t := trimSpace(v.text(ln))
		if k == 0 || bulleted(t) {
			continue
		}
		if (enumerated(t) || t == "記" || !atLeastRunes(t, 21) && containsAny(t, bodyHeadings)) && !isDateLineIn(v, ln, ds) {
			return lines[:k]
		}
	}
	return lines
}

// publicationLabels label the field holding the day a page was issued.
var publicationLabels = []string{"発表日時", "発表日", "公表日", "初版公開日", "公開日", "掲載日", "最終更新日", "更新日", "投稿日",
	"登録日", "作成日", "発行日", "配信日", "リリース日"}

// labelledPublished reads the day a page was issued from a labelled field
// among its first lines: "発表日時 | 2020/11/27 |" in a table, "・初版公開日:
// [2022年03月15日]" in a list, "更新日:2025年3月11日 ページ番号:1234". The
// earliest such day is the issue.
func labelledPublished(v *view, ds []vdate) (vdate, int, bool) {
	var best vdate
	bestLine := -1
	for _, ln := range v.nonEmptyLines(16) {
		t := v.text(ln)
		if strings.HasSuffix(t, "。") && atLeastRunes(t, 51) || atLeastRunes(t, 81) {
			break // the body starts
		}
		d, ok := labelledLine(v, ln, ds)
		if ok && (bestLine < 0 || d.ISO() < best.ISO()) {
			best, bestLine = d, v.lineAt(ln.start)
		}
	}
	return best, bestLine, bestLine >= 0
}

// labelledLine reads the day of a publication label on a line. The label
// may follow another field: "ページ番号1002345 更新日 令和7年3月11日".
func labelledLine(v *view, ln span, ds []vdate) (vdate, bool) {
	t := v.text(ln)
	if hasFullStop(t) {
		return vdate{}, false
	}
	a := -1
	for _, w := range publicationLabels {
		if i := index(t, w); i >= 0 {
			a = ln.start + i + len(w)
			break
		}
	}
	if a < 0 {
		return vdate{}, false
	}
	a = ln.end - len(trimLeftSet(v.s[a:ln.end], " |:[【"))
	in := datesIn(ds, a, ln.end)
	if len(in) == 0 || in[0].at.start != a || !dayPrecise(in[0]) {
		return vdate{}, false
	}
	return in[0], true
}

// stampEnds close a publication stamp in parentheses after its day.
var stampEnds = []string{"発表)", "公表)", "掲載)", "公開)", "更新)", "発表】", "公表】", "掲載】", "公開】", "更新】"}

// stampedPublished reads a publication stamp written in parentheses in the
// text: "…漏えいしました。(令和6年12月6日 10時30分発表)". The earliest such
// day is the issue.
func stampedPublished(v *view, ds []vdate) (vdate, bool) {
	var best vdate
	ok := false
	for _, d := range ds {
		if !dayPrecise(d) || d.Kind != jptext.KindFull || !hasSuffixAny(v.s[:d.at.start], []string{"(", "【"}) {
			continue
		}
		tail := strings.TrimLeft(skipDateTail(strings.TrimLeft(v.s[d.at.end:], " ")), " ")
		if hasPrefixAny(tail, stampEnds) && (!ok || d.ISO() < best.ISO()) {
			best, ok = d, true
		}
	}
	return best, ok
}

// disciplineVerbs: a sentence that tells of a disciplinary measure taken.
var disciplineVerbs = []string{"処分を受け", "処分にし", "処分とし", "処分した", "処分しました", "処分を行", "処分を発表", "処分と"}

// disciplineDate reads the day of a disciplinary measure in a news item with
// no dateline: "…として、2023年3月22日、戒告の懲戒処分を受けました" (the
// measure is announced on the day it is taken).
func disciplineDate(v *view, ds []vdate) (vdate, bool) {
	if !contains(v.s, "処分") {
		return vdate{}, false
	}
	for k, sp := range v.sents {
		if k >= 4 {
			break
		}
		t := v.text(sp)
		// "…戒告の懲戒処分にしました。この処分は9月27日付けで通知されま
		// した。": the day the measure took effect, told next.
		effective := k > 0 && contains(t, "処分") && contains(v.text(v.sents[k-1]), "懲戒")
		if !effective && (!contains(t, "懲戒") || !containsAny(t, disciplineVerbs)) {
			continue
		}
		for _, d := range datesIn(ds, sp.start, sp.end) {
			if !dayPrecise(d) {
				continue
			}
			tail := skipDateTail(v.s[d.at.end:sp.end])
			if effective && (d.Kind == jptext.KindFull || d.Kind == jptext.KindMonthDay) && strings.HasPrefix(tail, "付") {
				return d, true
			}
			if !effective && d.Kind == jptext.KindFull && hasPrefixAny(tail, []string{"、", "付", "に懲戒", "に戒告", "に停職", "に減給", "に免職"}) {
				return d, true
			}
		}
	}
	return vdate{}, false
}

// topDate is the earliest date line or title date among the top lines.
func topDate(v *view, ds []vdate, ne []span) (vdate, int, bool) {
	var best vdate
	bestLine := -1
	for k, ln := range ne {
		if t := v.text(ln); strings.HasSuffix(t, "。") && atLeastRunes(t, 51) || atLeastRunes(t, 81) {
			break // the body starts: dates below are no longer the header's
		}
		var cand []vdate
		if k > 0 && fieldLabel(v.text(ne[k-1])) {
			continue // "1 処分年月日 / 令和6年9月10日": the value of a field
		}
		if isDateLineIn(v, ln, ds) || k > 0 && k <= 3 && sourceDateLine(v, ln, ds) || k <= 3 && dateOrgLine(v, ln, ds) {
			for _, d := range datesIn(ds, ln.start, ln.end) {
				if dayPrecise(d) {
					cand = append(cand, d)
				}
			}
		} else if d, ok := titleDate(v, ln, ds); ok {
			cand = append(cand, d)
		} else if d, ok := leadDateTitle(v, ln, ds); ok {
			cand = append(cand, d)
		}
		for _, d := range cand {
			if bestLine < 0 || d.ISO() < best.ISO() {
				best, bestLine = d, v.lineAt(ln.start)
			}
		}
	}
	return best, bestLine, bestLine >= 0
}

// bottomDate is a date line among the last lines.
func bottomDate(v *view, ds []vdate) (vdate, int, bool) {
	n, seen := 0, 0
	for i := len(v.lines) - 1; i >= 0 && n < 3 && seen < 12; i-- {
		ln := v.lines[i]
		if ln.end == ln.start {
			continue
		}
		seen++
		t := v.text(ln)
		if contactLine(t) {
			continue // a contact block below the date: 電話, FAX, メール…
		}
		n++
		if strings.HasSuffix(t, "。") && atLeastRunes(t, 31) {
			break // a body paragraph: dates above it are the timeline's
		}
		if enumerated(t) {
			break // "(2)令和4年3月29日(火)": an item of a timeline
		}
		if isDateLineIn(v, ln, ds) || dateOrgLine(v, ln, ds) {
			for _, d := range datesIn(ds, ln.start, ln.end) {
				if dayPrecise(d) {
					return d, i, true
				}
			}
		}
		// "ページ作成日 2025年5月20日" under a contact block.
		if d, ok := labelledLine(v, ln, ds); ok {
			return d, i, true
		}
	}
	return vdate{}, -1, false
}

// contactWords mark the lines of a contact block at the end of a notice.
var contactWords = []string{"問い合わせ", "問合せ", "お問合わせ", "電話", "TEL", "Tel", "FAX", "Fax", "ファクス", "メール", "E-mail", "e-mail",
	"Mail", "受付時間", "〒", "所在地", "住所:", "窓口", "担当:", "内線", "http", "@"}

// contactLine reports whether a line belongs to a contact block.
func contactLine(t string) bool {
	return !atLeastRunes(t, 61) && !hasFullStop(t) && containsAny(t, contactWords)
}

// afterEvents gives an announcement day written without a year ("…は6月7日、
// …と発表した") the first year that puts it on or after the latest explicit
// date the report tells of: an announcement follows what it reports, while
// the year a report's dates are completed with is that of its first
// explicit date.
func afterEvents(v *view, d vdate, ds []vdate) vdate {
	last := ""
	for _, x := range ds {
		if !x.YearExplicit || !dayPrecise(x) || x.ISO() <= last {
			continue
		}
		if hasPrefixAny(skipDateTail(v.s[x.at.end:]), periodOrPlan) {
			continue // a period's start or a plan, not an event told
		}
		last = x.ISO()
	}
	if last == "" || d.Year == 0 {
		return d
	}
	for k := 0; k < 2 && d.ISO() < last; k++ {
		d.Year++
	}
	if d.ISO() < last {
		d.Year -= 2
	}
	return d
}

// periodOrPlan follow a date that opens a period or is a plan.
var periodOrPlan = []string{"から", "以降", "より", "まで", "予定", "を目途", "をめど", "再開", "に再開", "頃を"}

// yearWritten reports whether a date of the report writes year y.
func yearWritten(ds []vdate, y int) bool {
	for _, x := range ds {
		if x.YearExplicit && x.Year == y {
			return true
		}
	}
	return false
}

// onDateline gives a day written alone the month of the dateline: the same
// month when the day is not after the dateline's, else the month before.
func onDateline(d, ref vdate) vdate {
	y, m := ref.Year, ref.Month
	if d.Day > ref.Day {
		if m--; m == 0 {
			y, m = y-1, 12
		}
	}
	d.Year, d.Month = y, m
	d.YearExplicit = false
	return d
}

// dateOrgLine reports whether a line holds a date and the issuer's name:
// "2025年5月1日 株式会社ひかりテック", "株式会社ひかりテック 2025年5月1日".
func dateOrgLine(v *view, ln span, ds []vdate) bool {
	in := datesIn(ds, ln.start, ln.end)
	if len(in) != 1 || !dayPrecise(in[0]) || in[0].Kind != jptext.KindFull {
		return false
	}
	before := trimSpace(v.s[ln.start:in[0].at.start])
	after := trimSpace(skipDateTail(v.s[in[0].at.end:ln.end]))
	rest := after
	if before != "" {
		if after != "" {
			return false
		}
		rest = before
	}
	return rest != "" && orgLine(rest)
}

// sourceDateLine reports whether a line under a headline is a dateline with
// a time and a news source: "2024年06月28日 19:31 時事通信社".
func sourceDateLine(v *view, ln span, ds []vdate) bool {
	in := datesIn(ds, ln.start, ln.end)
	if len(in) != 1 || !dayPrecise(in[0]) {
		return false
	}
	// The source before the date ("毎日新聞 / 2025年1月30日 21時29分") or
	// after it ("2024年06月28日 19:31 時事通信社").
	before := strings.TrimRight(v.s[ln.start:in[0].at.start], " /|-:")
	rest := strings.Trim(skipDateTail(v.s[in[0].at.end:ln.end]), " /|")
	if before != "" && rest != "" {
		if !fillerOnly(rest) {
			return false
		}
		rest = before
	} else if before != "" {
		rest = before
	}
	return rest != "" && !atLeastRunes(rest, 16) && allName(rest) && (hasSuffixAny(rest, mediaEndings) || strings.HasSuffix(rest, "社"))
}

// leadVerbEnds follow a date that is the day of the announcement itself.
var leadVerbEnds = []string{"に発表した。", "に発表しました。", "に公表した。", "に公表しました。", "に明らかにした。", "に明らかにしました。",
	"付で発表した。", "付で公表した。", "付で公表しました。", "付で発表しました。"}

// leadDateFollowers follow the day of a news lead: "Xは26日、", "Xは9日に、",
// "Xは19日に記者会見を開き、", "Xは19日の会見で".
var leadDateFollowers = []string{"、", "に、", "に記者会見", "に会見", "の記者会見", "の会見", "の定例記者会見", "の定例会見", "に開いた",
	"夜、", "朝、", "夕、", "夕方、", "昼、"}

// postedOn follow the day an issuer posted its notice on its site.
var postedOn = []string{"に公式サイト", "に公式ホームページ", "に公式ウェブサイト", "にホームページ", "にウェブサイト", "に自社サイト", "に自社ホームページ",
	"に公式HP", "にHP", "にサイト"}

// newsLeadDate reads the date of a news lead "Xは26日、…と発表した",
// "Xは2025年5月12日、…を公表しました".
func newsLeadDate(v *view, ds []vdate) (vdate, bool) {
	return newsLeadIn(v, ds, 4, false)
}

// newsLeadIn is newsLeadDate over the first n sentences; full: only a day
// written with its year counts.
func newsLeadIn(v *view, ds []vdate, n int, full bool) (vdate, bool) {
	for k, sp := range v.sents {
		if k >= n {
			break
		}
		for _, d := range datesIn(ds, sp.start, sp.end) {
			if d.at.start == sp.start && d.Kind == jptext.KindFull && d.YearExplicit && datedAnnouncement(v, sp, d) {
				return d, true
			}
			if !(dayPrecise(d) || d.Kind == jptext.KindDay) || d.at.start == sp.start || full && !(d.Kind == jptext.KindFull && d.YearExplicit) {
				continue
			}
			before := strings.TrimSuffix(v.s[sp.start:d.at.start], "、")
			after := strings.TrimPrefix(v.s[d.at.end:], "までに")
			if strings.HasSuffix(before, "は") && hasPrefixAny(skipDateTail(after), leadDateFollowers) && containsAny(v.text(sp), announceVerbs) {
				return d, true
			}
			// "Xが2025年9月16日に公式サイトを更新し、…と発表した": the day
			// the issuer posted its notice.
			if hasSuffixAny(before, []string{"は", "が"}) && hasPrefixAny(skipDateTail(after), postedOn) && containsAny(v.text(sp), announceVerbs) {
				return d, true
			}
			// "X(以下、同社)が、2023年2月20日に、…を公表しました": a
			// digest's lead, its day written in full.
			if strings.HasSuffix(before, "が") && d.Kind == jptext.KindFull && d.YearExplicit && hasPrefixAny(skipDateTail(after), []string{"に、", "、"}) && containsAny(v.text(sp), announceVerbs) {
				return d, true
			}
			// "…が流出したと20日に発表した。": the verb ends the sentence.
			if hasPrefixAny(after, leadVerbEnds) {
				return d, true
			}
		}
	}
	return vdate{}, false
}

// datedAnnouncement reports whether a sentence opening with the full date
// d tells a subject's announcement of that day: "2025年7月29日、みなと県は、
// …を誤送信したことを公表しました". The announcing verb must close the
// sentence (not "…が判明し、公表した経緯を…").
func datedAnnouncement(v *view, sp span, d vdate) bool {
	rest, ok := strings.CutPrefix(v.s[d.at.end:sp.end], "、")
	if !ok {
		return false
	}
	i := index(rest, "は")
	if i <= 0 || atLeastRunes(rest[:i], 21) || strings.ContainsAny(rest[:i], "、。") {
		return false
	}
	end := strings.TrimRight(v.s[sp.start:sp.end], "。")
	return containsAny(end[runesBack(end, len(end), 14, 0):], announceVerbs)
}

// vendorLead: sentences about what a contractor did or found.
var vendorLead = []string{"受託事業者", "運営事業者", "委託先", "委託事業者", "保守事業者", "事業者", "業務委託先"}

// dateFollowStops: right after a date, these make it a period bound or a
// publication reference.
var dateFollowStops = []string{"付", "~", "から", "まで", "以降", "頃より", "時点", "現在", "以前", "までの", "週",
	"にご報告", "にお知らせ", "に公表", "にご案内", "に掲載", "に発表", "の第", "公表", "発表", "掲載", "のお知らせ", "のご報告", "、第",
	"に完了", "完了", "に終了", "をもって", "をもちまして", "に開設", "に閉鎖", "にオープン", "にリニューアル", "にかけ",
	"の間", "の期間", "期間"}

// Prefix sets of the long word lists tested after every date or verb.
var (
	dateFollowSet   = newPrefixSet(dateFollowStops)
	discNegationSet = newPrefixSet(discNegations)
	discDenialSet   = newPrefixSet(discDenials)
)

// dayStop reports whether the text after a date makes it a period bound or
// a publication reference (dateFollowStops). A span of hours within the day
// ("2025年2月4日15時~19時の間", "午後8時25分より、") keeps the day.
func dayStop(v *view, d vdate) bool {
	s := v.s[d.at.end:]
	rest := skipDateTail(s)
	if !dateFollowSet.hasPrefix(rest) {
		return false
	}
	return !(len(rest) < len(s) && timeWithinDay(s[:len(s)-len(rest)], rest))
}

// timeWithinDay reports whether a time written after a date (skipped) opens
// a span of hours of that day: "15時~19時", "7:23~10:37", "午後8時25分より".
func timeWithinDay(skipped, rest string) bool {
	if !containsAny(skipped, []string{"時", ":", "分"}) {
		return false
	}
	if strings.HasPrefix(rest, "より") || strings.HasPrefix(rest, "頃より") {
		return true
	}
	for _, m := range []string{"~", "から", "-", "〜"} {
		if strings.HasPrefix(rest, m) {
			t := strings.TrimLeft(rest[len(m):], " ")
			for _, p := range []string{"午前", "午後", "同日"} {
				t = strings.TrimPrefix(t, p)
			}
			i := 0
			for i < len(t) && t[i] >= '0' && t[i] <= '9' {
				i++
			}
			return i > 0 && i <= 2 && hasPrefixAny(t[i:], []string{"時", ":"})
		}
	}
	return false
}

// periodFree returns the dates that do not bound a period: the span of
// records a lost medium held ("平成16年2月23日から平成21年5月13日まで") says
// nothing of the year the notice was written in.
func periodFree(v *view, ds []vdate) []vdate {
	var out []vdate
	for i, d := range ds {
		if rangeEnd(v, d) || hasPrefixAny(skipDateTail(v.s[d.at.end:]), periodMarks) {
			if out == nil {
				out = append(make([]vdate, 0, len(ds)), ds[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, d)
		}
	}
	if out == nil {
		return ds // no period: the dates as they are
	}
	return out
}

// periodMarks follow the first day of a period.
var periodMarks = []string{"から", "~", "〜", "-", "以降", "より"}

// rangeEnd reports whether a date closes a period: "2024年10月1日~2025年2月10日".
func rangeEnd(v *view, d vdate) bool {
	before := strings.TrimRight(v.s[max(0, d.at.start-12):d.at.start], " ")
	if strings.HasSuffix(before, "から") {
		// "5月1日から12日", not "委託先から12日に報告があった": から
		// closes a day or a time.
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(before, "から"))
		return r >= '0' && r <= '9' || hasRune("日月年)時分頃旬末", r)
	}
	return hasSuffixAny(before, []string{"~", "-", "−", "‐", "―", "〜", "～"})
}

// occurrenceVerbsDisc: between a date and a discovery verb, these (not
// followed by こと) make the date when something happened.
var occurrenceVerbsDisc = []string{"生じ", "発生し", "発生した", "行われ", "開始", "実施し", "送信し", "公開し", "公表し", "掲載し", "停止し", "開催",
	"放送し", "発送し", "送付し", "配信し", "交付し", "退職し", "投稿し", "感染し", "閉鎖し", "閉鎖いたし", "ご報告", "お知らせし"}

var _ = registerWordSets(occurrenceVerbsDisc)

// discovered finds when the organization learned of the incident.
func discovered(v *view, ds []vdate, pubLine int, systemFailure bool) (vdate, bool) {
	d, ok := discoveredDay(v, ds, pubLine, systemFailure)
	if ok && d.Kind == jptext.KindDay {
		// "2020年12月25日と29日に…発送した。…担当者が4日、指摘を受け
		// 発覚した": the 4th is of a later month than the one it took.
		for _, x := range ds {
			if x.at.start >= d.at.start {
				break
			}
			if x.Kind == jptext.KindFull && dayPrecise(x) && x.ISO() > d.ISO() {
				d.loose = true
			}
		}
	}
	return d, ok
}

// discoveredDay is discovered's search.
func discoveredDay(v *view, ds []vdate, pubLine int, systemFailure bool) (vdate, bool) {
	// 0. A labelled field: "発覚日:2025年5月1日", "判明日 / 令和7年9月2日".
	if d, ok := labelledDiscovery(v, ds); ok {
		return d, true
	}
	// 1. First date of a 発覚の経緯 section.
	lines := v.lines
	if !contains(v.s, "発覚") {
		lines = nil // no line can head the section: skip the per-line tests
	}
	for li, ln := range lines {
		t := v.text(ln)
		if atLeastRunes(t, 31) || !contains(t, "発覚") || hasFullStop(t) {
			continue
		}
		if !contains(t, "経緯") && !contains(t, "発覚日") && (!discoveryHeading(t) || len(datesIn(ds, ln.start, ln.end)) > 0) {
			continue // "5月28日 …により本件が発覚" is an item, not a heading
		}
		end := ln.end
		for k := li + 1; k < len(v.lines) && k <= li+6; k++ {
			end = v.lines[k].end
		}
		in := datesIn(ds, ln.end, end)
		skipped := ""
		for j, d := range in {
			if !dayPrecise(d) || d.ISO() == skipped || dateFollowSet.hasPrefix(skipDateTail(v.s[d.at.end:])) {
				continue
			}
			// The item runs to the next other day named; a notice of a
			// weakness there is not yet the discovery.
			itemEnd, later := end, false
			for _, e := range in[j+1:] {
				if dayPrecise(e) && e.ISO() != d.ISO() {
					itemEnd, later = e.at.start, true
					break
				}
			}
			if item := v.s[d.at.end:itemEnd]; later && containsAny(item, weaknessNotices) && !containsAny(item, traceWords) {
				skipped = d.ISO()
				continue
			}
			return d, true
		}
	}
	// Timeline date lines (not the publication line).
	var dateLines []int
	// A dateline among the first lines, above any sentence, dates the page
	// ("2021/1/19 9:50" over a news item), not an entry of a timeline.
	head := -1
	for k, ln := range v.nonEmptyLines(3) {
		if hasFullStop(v.text(ln)) {
			break
		}
		if k < 2 {
			head = v.lineAt(ln.start)
		}
	}
	for li, ln := range v.lines {
		if li == pubLine || ln.end == ln.start || li <= head {
			continue
		}
		if !isDateLineIn(v, ln, ds) {
			continue // the cheaper test first: few lines hold only a date
		}
		if contains(v.text(ln), "更新") {
			continue // an update stamp (a line of the text holds 更新 only if the text does)
		}
		if !repeatedIssue(v, ds, li, pubLine) {
			dateLines = append(dateLines, li)
		}
	}
	// 2. Discovery verbs, in order.
	type cand struct {
		pos int
		h   span
	}
	// The verbs' hits, then the noun items below, in one slice made to size.
	nDisc := 0
	for _, h := range v.hits {
		if h.kind == kDisc {
			nDisc++
		}
	}
	checks, receipts := timelineChecks(v, ds), splitReceipts(v, ds)
	cands := make([]cand, 0, nDisc+len(checks)+len(receipts))
	for _, h := range v.hits {
		if h.kind != kDisc {
			continue
		}
		cands = append(cands, cand{h.start, span{h.start, h.end}})
	}
	// A timeline item told as a noun: "令和5年7月5日 不正アクセスの確認".
	nounItems := false
	for _, items := range [2][]span{checks, receipts} {
		for _, h := range items {
			cands = append(cands, cand{h.start, h})
			nounItems = true
		}
	}
	if nounItems && !systemFailure {
		sort.Slice(cands, func(a, b int) bool { return cands[a].pos < cands[b].pos })
	}
	if systemFailure {
		for i := 0; ; {
			k := index(v.s[i:], "発生")
			if k < 0 {
				break
			}
			cands = append(cands, cand{i + k, span{i + k, i + k + len("発生")}})
			i += k + len("発生")
		}
		sort.Slice(cands, func(a, b int) bool { return cands[a].pos < cands[b].pos })
	}
	// A notice received about a weakness (脆弱性の通知を受け) is no
	// discovery when traces are confirmed later: it is kept as a fallback.
	var weak vdate
	weakOK := false
	// A first sign (不審な通信を検知) is kept until a later sentence
	// confirms traces of the incident.
	var sus vdate
	susOK := false
	for _, c := range cands {
		after := v.s[c.h.end:]
		si := v.sentenceIndex(c.h.start)
		if si < 0 {
			continue
		}
		sent := v.sents[si]
		// Cleft: "不正アクセスが確認されたのは、2025年5月1日(木)のことでした".
		if cleftAfter(after) {
			if d, ok := cleftDate(v, ds, c.h.end, sent.end); ok {
				return d, true
			}
			continue
		}
		if discNegationSet.hasPrefix(after) || discDenialSet.hasPrefix(after) {
			continue
		}
		if inParens(v.s[sent.start:c.h.start]) {
			continue // "(後の調査で判明)": a remark, not the discovery
		}
		if recovered(v, sent.start, c.h) {
			continue // "…USBメモリを発見しました": the lost item found again
		}
		st := v.text(sent)
		if hasPrefixAny(st, vendorLead) && !contains(v.s[sent.start:c.h.end], "より") && !contains(v.s[sent.start:c.h.end], "から") {
			continue
		}
		// Nearest date before the verb in the sentence.
		// The last date that qualifies: search back from the verb among
		// the dates starting in the sentence (in order of their starts).
		var near *vdate
		for i := firstDateFrom(ds, c.h.start+1) - 1; i >= 0 && ds[i].at.start >= sent.start; i-- {
			d := ds[i]
			if d.at.end <= c.h.start && !issueDateline(v, d, pubLine) && !inQuote(v.s[sent.start:d.at.start]) {
				near = &ds[i]
				break
			}
		}
		if near != nil {
			// "12月7日には利用者から、12月8日にはカード会社から、それぞれ
			// 報告を受け": the first of the days; "11月30日、11月21日に使用
			// した端末の紛失に気づき": the day opening the sentence, not the
			// one inside a clause describing a noun.
			if first, ok := firstOfSentence(v, ds, sent, *near, c.h.start); ok {
				near = &first
			}
			d := *near
			if !dayPrecise(d) || dayStop(v, d) || rangeEnd(v, d) {
				continue
			}
			between := v.s[d.at.end:c.h.start]
			if occurs(between) {
				continue
			}
			item := st
			if ln := v.lines[v.lineAt(c.h.start)]; ln.start > sent.start && d.at.start >= ln.start {
				item = v.text(ln) // timeline lines run into one sentence: the verb's own item
			}
			if containsAny(item, weaknessNotices) && !containsAny(item, traceWords) { // a weakness notice, not an incident
				if !weakOK {
					weak, weakOK = d, true
				}
				continue
			}
			// "1月16日 不審な通信を検知 … 1月23日 不正アクセスの痕跡を
			// 確認": a first sign is the discovery only when nothing
			// later confirms the incident.
			if clause := v.s[d.at.end:c.h.start]; containsAny(clause, suspicionWords) && !containsAny(clause, confirmedIncident) {
				if !susOK {
					sus, susOK = d, true
				}
				continue
			}
			if susOK && !containsAny(st, traceWords) {
				return sus, true // what came later only explains the sign
			}
			return d, true
		}
		// "送信の約10分後、…連絡があり、誤送信が発覚": found the same day
		// as the event told just before.
		if sameDayLead(v.s[sent.start:c.h.start]) || timeLed(v.text(sent)) {
			if d, ok := dayBefore(v, ds, si); ok {
				return d, true
			}
		}
		// A timeline entry: the latest date line just above the sentence.
		sl := v.lineAt(sent.start)
		for i := len(dateLines) - 1; i >= 0; i-- {
			dl := dateLines[i]
			if dl >= sl {
				continue
			}
			if sl-dl <= 3 {
				for _, d := range datesIn(ds, v.lines[dl].start, v.lines[dl].end) {
					if !dayPrecise(d) {
						continue
					}
					// "6月9日 / …不審なメールが届いたとの連絡あり": a first
					// sign, kept until a later item confirms the incident.
					if containsAny(st, suspicionWords) && !containsAny(st, confirmedIncident) {
						if !susOK {
							sus, susOK = d, true
						}
						break
					}
					if susOK && !containsAny(st, traceWords) {
						return sus, true
					}
					return d, true
				}
			}
			break
		}
	}
	if susOK {
		return sus, true
	}
	// A 経緯 list item: "・6月3日 委託先より当社へ不正アクセス被害の報告".
	if d, ok := timelineReport(v, ds); ok {
		return d, true
	}
	if weakOK {
		return weak, true
	}
	// An incident noticed as it happened (a theft, a mail sent to the wrong
	// address, a fake warning on screen): the day it happened.
	if d, ok := noticedAsItHappened(v, ds); ok {
		return d, true
	}
	// A mail sent by mistake with the day it happened as a field ("1.発生
	// 日時 / 令和7年12月4日 14時14分"): found as it was sent.
	if contains(v.s, "発生日") && sentByMistake(v) {
		if d, ok := labelledDay(v, ds, occurrenceLabels); ok {
			return d, true
		}
	}
	// 3. A summary that opens with the date: "1.概要 2022年1月26日、…".
	for _, sp := range v.sents {
		// Only the first date of the sentence may be the one: test it
		// before the sentence (the tests are independent of each other).
		in := datesIn(ds, sp.start, sp.end)
		if len(in) == 0 {
			continue
		}
		d := in[0]
		if !(d.Kind == jptext.KindFull || d.Kind == jptext.KindMonthDay) || !dayKnown(d) {
			continue
		}
		t := v.text(sp)
		lead := attributionLen(t) // "同社によると2024年5月10日、…"
		for _, p := range summaryLeads {
			if strings.HasPrefix(t[lead:], p) {
				lead += len(p)
			}
		}
		if d.at.start != sp.start+lead || !strings.HasPrefix(skipDateTail(v.s[d.at.end:]), "、") {
			continue
		}
		if end := strings.TrimRight(t, "。"); containsAny(end[runesBack(end, len(end), 12, 0):], earlierNoticeVerbs) {
			// "2025年2月14日、当社は…を公表いたしました": an earlier notice
			// (not "…公表した資料について照会があり…判明しました").
			continue
		}
		if k := index(t, "発見"); k >= 0 && recovered(v, sp.start, span{sp.start + k, sp.start + k + len("発見")}) {
			continue // the lost item found again
		}
		if datedAnnouncement(v, sp, d) {
			continue // the day it was made public
		}
		return d, true
	}
	return vdate{}, false
}

// attributionLen returns the length of a news attribution opening t
// ("同社によると", "県によれば、"), or 0.
func attributionLen(t string) int {
	head := t[:runesFwd(t, 0, 10, len(t))]
	for _, a := range []string{"によると", "によれば"} {
		if i := index(head, a); i > 0 {
			n := i + len(a)
			if strings.HasPrefix(t[n:], "、") {
				n += len("、")
			}
			return n
		}
	}
	return 0
}

// summaryLeads may open a summary before its date, in this order.
var summaryLeads = []string{"1.", "1", "(1)", "概要", "経緯", "事案の概要", ":", " "}

// dayKnown reports whether d.ISO() != "" (year, month and day known)
// without making the string.
func dayKnown(d vdate) bool {
	return d.Year > 0 && d.Year <= 9999 && d.Month > 0 && d.Day > 0
}

// issueDateline reports whether a date opens the publication line: the
// dateline written before the lead on the same line ("date 2025-06-03 X は
// …が判明しました") dates the page, not the discovery.
func issueDateline(v *view, d vdate, pubLine int) bool {
	return pubLine >= 0 && v.lineAt(d.at.start) == pubLine && fillerOnly(v.s[v.lines[pubLine].start:d.at.start])
}

// firstOfSentence returns the day a sentence opens with (or its first day
// named) when the day nearest to a discovery verb is one of several told in
// turn (…それぞれ…) or sits in a clause describing a noun (…に使用した
// USBメモリー).
func firstOfSentence(v *view, ds []vdate, sent span, near vdate, verb int) (vdate, bool) {
	in := datesIn(ds, sent.start, near.at.start)
	if len(in) == 0 || !dayPrecise(in[0]) {
		return vdate{}, false
	}
	between := v.s[near.at.end:verb]
	if contains(between, "それぞれ") {
		return in[0], in[0].ISO() < near.ISO()
	}
	lead := strings.TrimLeft(v.s[sent.start:in[0].at.start], " ")
	if lead != "" && !fillerOnly(lead) || !strings.HasPrefix(skipDateTail(v.s[in[0].at.end:]), "、") || !strings.HasPrefix(skipDateTail(between), "に") {
		return vdate{}, false
	}
	return in[0], nounClause(between)
}

// nounClause reports whether a past verb in s ends a clause that describes
// the noun after it: "に業務で使用した当該USBメモリー".
func nounClause(s string) bool {
	for i := 0; ; {
		k := index(s[i:], "した")
		if k < 0 {
			return false
		}
		i += k + len("した")
		r, _ := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) {
			return true
		}
	}
}

// inQuote reports whether a quotation opened in s is still open at its end:
// a date there belongs to a quoted title ("「…をかたるフィッシング
// (2023/03/27)」の報告を受け").
func inQuote(s string) bool {
	return strings.Count(s, "「") > strings.Count(s, "」")
}

// repeatedIssue reports whether a date line just below the publication line
// repeats its day in another form ("2025/12/15" over "2025年12月15日"): it
// dates the page, not an entry of a timeline.
func repeatedIssue(v *view, ds []vdate, li, pubLine int) bool {
	if pubLine < 0 || li <= pubLine || li > pubLine+2 {
		return false
	}
	pub := datesIn(ds, v.lines[pubLine].start, v.lines[pubLine].end)
	if len(pub) == 0 {
		return false
	}
	for _, d := range datesIn(ds, v.lines[li].start, v.lines[li].end) {
		if dayPrecise(d) && d.ISO() != pub[0].ISO() {
			return false
		}
	}
	return true
}

// discoveryHeading reports whether a short line heads the section telling
// how the incident came to light: "(1)発覚", "3.流出が発覚した契機",
// "事案の発覚について" (not what was done after it: "発覚後の対応").
func discoveryHeading(t string) bool {
	if contains(t, "発覚後") {
		return false
	}
	if containsAny(t, []string{"契機", "きっかけ"}) {
		return true
	}
	t = trimRightSet(t, " )】]:")
	t = strings.TrimSuffix(t, "について")
	return strings.HasSuffix(t, "発覚")
}

// placeDay places a discovery day written alone ("担当者が4日、指摘を受け
// 発覚した"). Its month came from whatever month the text named before,
// maybe a plan ("来年1月に開く式典…18日になって…分かった"): when that puts
// it after the publication date or long before it, it takes the month of
// the publication (the month before when the day is later in the month).
// With no publication date it is trusted only when no full date written
// before it is later: placeDay reports false otherwise.
func placeDay(d *vdate, published string) bool {
	if d.Kind != jptext.KindDay {
		return true
	}
	if len(published) != len("2006-01-02") {
		return !d.loose
	}
	pub, err := time.Parse("2006-01-02", published)
	if err != nil {
		return false
	}
	cur := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	if d.ISO() != "" && !cur.After(pub) && pub.Sub(cur) <= 45*24*time.Hour {
		return true
	}
	ref := vdate{Date: jptext.Date{Year: pub.Year(), Month: int(pub.Month()), Day: pub.Day()}}
	x := onDateline(*d, ref)
	if t := time.Date(x.Year, time.Month(x.Month), x.Day, 0, 0, 0, 0, time.UTC); t.Day() != x.Day {
		return true // no such day in that month: keep the text's month
	}
	*d = x
	return true
}

// timelineChecks returns the final 確認 of timeline items that open with a
// day and end with it as a noun: "令和5年7月5日 不正アクセスの確認" (the
// verb forms are cue words already).
func timelineChecks(v *view, ds []vdate) []span {
	var out []span
	lastLine := -1
	for _, d := range ds {
		if !dayPrecise(d) {
			continue
		}
		li := v.lineAt(d.at.start)
		if li == lastLine || li < 0 {
			continue
		}
		lastLine = li
		ln := v.lines[li]
		if trimMarksLeft(v.s[ln.start:d.at.start], " ") != "" {
			continue // the day does not open the line
		}
		t := trimRightSet(v.text(ln), " 。")
		if !strings.HasSuffix(t, "確認") || strings.HasSuffix(t, "を確認") || atLeastRunes(t, 61) || !containsAny(t, incidentNouns) {
			continue // "5月10日 再開に向けた動作確認" checks no incident
		}
		e := ln.start + len(t)
		out = append(out, span{e - len("確認"), e})
	}
	return out
}

// incidentNouns name what a timeline item may confirm.
var incidentNouns = []string{"不正", "侵入", "漏えい", "漏洩", "流出", "感染", "改ざん", "暗号化", "被害", "痕跡", "形跡", "紛失",
	"誤送信", "誤送付", "誤発送", "攻撃", "ウイルス", "マルウェア"}

// receiptObjects: what an organization receives from someone when it
// learns of an incident, written before the day in "指摘を7月5日に会員企業
// から受け".
var receiptObjects = []string{"指摘を", "連絡を", "報告を", "通報を", "情報提供を", "申し出を", "問い合わせを", "通知を"}

// splitReceipts returns the verb of a receipt whose day stands between
// the object and the verb: "…という指摘を7月5日に会員企業から受けて".
func splitReceipts(v *view, ds []vdate) []span {
	var out []span
	for _, d := range ds {
		if before := v.s[max(0, d.at.start-18):d.at.start]; !dayPrecise(d) || !strings.HasSuffix(before, "を") || !hasSuffixAny(before, receiptObjects) { // each object ends in を
			continue
		}
		tail := skipDateTail(v.s[d.at.end:])
		if !hasPrefixAny(tail, []string{"に", "、"}) {
			continue
		}
		a := len(v.s) - len(tail)
		w := v.s[a:runesFwd(v.s, a, 16, len(v.s))]
		for _, verb := range []string{"受け", "いただ", "頂"} {
			if k := index(w, verb); k >= 0 && !contains(w[:k], "、") {
				out = append(out, span{a + k, a + k + len(verb)})
				break
			}
		}
	}
	return out
}

// discDenials: after a discovery verb, these tell it did not happen or is
// only supposed ("確認されず", "気づかず走行", "判明した場合").
var discDenials = []string{"されず", "日", "した場合", "する", "かず", "かない", "かなかった", "きませんでした", "ていなかった"}

// earlierNoticeVerbs: a sentence that tells of a notice issued, not of the
// incident.
var earlierNoticeVerbs = []string{"公表いたしました", "公表しました", "お知らせいたしました", "お知らせしました", "ご報告いたしました", "ご報告しました",
	"発表しました", "発表いたしました", "掲載いたしました", "掲載しました", "公表した", "発表した"}

// discoveryLabels label the field holding the discovery day.
var discoveryLabels = []string{"事案発覚日", "発覚日", "判明日", "発見日", "覚知日", "把握日", "認知日", "発覚した日", "判明した日"}

// discoveryDayTails follow a discovery verb in the label of a field.
var discoveryDayTails = []string{"日", "した日"}

// labelledDiscovery reads a discovery day given as a labelled field: the
// label opens a short line ("【発覚日】2025年5月1日", "判明日:令和7年9月2日")
// and the date follows on the same line or opens the next one.
func labelledDiscovery(v *view, ds []vdate) (vdate, bool) {
	// Gate on the cue hits (判明, 発覚, 発見… followed by 日) rather than
	// scanning the text for every label.
	labelled := false
	for _, h := range v.hits {
		if h.kind == kDisc && hasPrefixAny(v.s[h.end:], discoveryDayTails) {
			labelled = true
			break
		}
	}
	if !labelled {
		return vdate{}, false
	}
	return labelledDay(v, ds, discoveryLabels)
}

// occurrenceLabels label the field holding the day an incident happened.
var occurrenceLabels = []string{"事案の発生日時", "事案発生日時", "事案の発生日", "事案発生日", "発生日時", "発生年月日", "発生日"}

// labelledDay reads a day given as a labelled field: the label opens a
// short line and the date follows on the same line or opens the next one.
func labelledDay(v *view, ds []vdate, labels []string) (vdate, bool) {
	for li, ln := range v.lines {
		t := v.text(ln)
		if t == "" || atLeastRunes(t, 41) || hasFullStop(t) {
			continue
		}
		lead := trimMarksLeft(t, " 0123456789.()【[<")
		k := -1
		for _, l := range labels {
			if strings.HasPrefix(lead, l) && (l != "発見日" || !contains(v.s, "紛失")) { // 発見 of a lost item is its recovery

				k = len(t) - len(lead) + len(l)
				break
			}
		}
		if k < 0 {
			continue
		}
		a := ln.start + k
		rest := trimLeftSet(v.s[a:ln.end], "時】]>:: ")
		start := ln.end - len(rest)
		if rest == "" {
			// The date opens the next non-empty line.
			for n := li + 1; n < len(v.lines) && n <= li+2; n++ {
				if v.lines[n].end > v.lines[n].start {
					start = index(v.s[v.lines[n].start:v.lines[n].end], strings.TrimLeft(v.text(v.lines[n]), " ")) + v.lines[n].start
					break
				}
			}
		}
		for _, d := range ds {
			if d.at.start == start && dayPrecise(d) {
				return d, true
			}
		}
	}
	return vdate{}, false
}

// timelineReport finds, under a 経緯 heading, the first dated item that
// says a report or contact came from someone (…から/より…報告).
func timelineReport(v *view, ds []vdate) (vdate, bool) {
	for li, ln := range v.lines {
		if ln.end-ln.start > 80 {
			continue
		}
		t := v.text(ln)
		if atLeastRunes(t, 21) || !contains(t, "経緯") && !contains(t, "経過") || hasFullStop(t) {
			continue
		}
		for k := li + 1; k < len(v.lines) && k <= li+16; k++ {
			item := v.lines[k]
			in := datesIn(ds, item.start, item.end)
			if len(in) == 0 || !dayPrecise(in[0]) {
				continue
			}
			lead := trimMarksLeft(v.s[item.start:in[0].at.start], " 0123456789.()")
			if lead != "" {
				continue // the date does not open the item
			}
			body := v.s[in[0].at.end:item.end]
			if trimSpace(skipDateTail(body)) == "" && k+1 < len(v.lines) {
				body = v.text(v.lines[k+1]) // the date stands alone on its line
			}
			if containsAny(body, []string{"から", "より"}) && containsAny(body, []string{"報告", "連絡", "通知", "通報", "指摘", "申告", "申し出"}) {
				return in[0], true
			}
		}
		break
	}
	return vdate{}, false
}

// noticedAsItHappened returns the date of the first sentence that tells of
// an incident its victim notices at once: "2023年5月19日夜、…盗まれました",
// "…事案が2025年11月6日に発生いたしました" (with a fake warning shown).
func noticedAsItHappened(v *view, ds []vdate) (vdate, bool) {
	if len(v.sents) == 0 {
		return vdate{}, false
	}
	limit := v.sents[min(len(v.sents), 12)-1].end
	for _, d := range ds {
		if d.at.start >= limit {
			break
		}
		if !dayPrecise(d) {
			continue
		}
		sp := v.sentenceAt(d.at.start)
		raw := v.s[d.at.end:sp.end]
		tail := skipDateTail(raw)
		// "…午後8時25分より、…誤って送信": hours of the day it happened.
		timed := len(tail) < len(raw) && timeWithinDay(raw[:len(raw)-len(tail)], tail)
		t := v.text(sp)
		// misSent(t), read only when a test needs it.
		sent, sentKnown := false, false
		if !timed && (dateFollowSet.hasPrefix(tail) || !hasPrefixAny(tail, happenedTails)) {
			if dateFollowSet.hasPrefix(tail) || !strings.HasPrefix(tail, "に") {
				continue
			}
			if sent, sentKnown = misSent(t), true; !sent {
				continue
			}
		}
		if announcedOn(v, sp, d) {
			continue // "X教育委員会は11月4日、…誤って送信…を明らかにした": the announcement
		}
		event := containsAny(t, immediateEvents)
		if !event && !sentKnown {
			sent = misSent(t)
		}
		if (event || sent) && !containsAny(t, plannedOrAdvice) {
			return d, true
		}
	}
	return vdate{}, false
}

// plannedOrAdvice: a sentence of advice or of a plan, not of an event.
var plannedOrAdvice = []string{"場合", "ください", "予定"}

// sentByMistake reports whether one of the first sentences tells of mail
// or documents sent by mistake.
func sentByMistake(v *view) bool {
	for k, sp := range v.sents {
		if k >= 12 {
			break
		}
		if misSent(v.text(sp)) {
			return true
		}
	}
	return false
}

// happenedTails follow the day of an event told as it happened: "5月19日夜、",
// "10月29日の早朝、", "…が5月1日に発生".
var happenedTails = []string{"、", "夜", "朝", "昼", "夕方", "頃", "ごろ", "に発生", "に盗", "に紛失", "に誤", "に、",
	"の早朝", "の朝", "の夜", "の夕方", "の昼", "早朝"}

// announcedOn reports whether a date is that of a news lead's announcement:
// "X教育委員会は2025年11月4日、…を明らかにしました".
func announcedOn(v *view, sp span, d vdate) bool {
	before := strings.TrimSuffix(v.s[sp.start:d.at.start], "、")
	return strings.HasSuffix(before, "は") && containsAny(v.s[d.at.end:sp.end], announceVerbs) ||
		d.at.start == sp.start && datedAnnouncement(v, sp, d) // "2025年7月29日、X県は、…を公表しました"
}

// weekdayAt returns the byte length of a weekday spelled out at the start
// of s ("月曜日", "月曜"), or 0.
func weekdayAt(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !hasRune("月火水木金土日", r) || !strings.HasPrefix(s[size:], "曜") {
		return 0
	}
	n := size + len("曜")
	if strings.HasPrefix(s[n:], "日") {
		n += len("日")
	}
	return n
}

// suspicionWords: a sentence about a first sign of trouble (不審な通信を検知),
// not yet the incident itself.
var suspicionWords = []string{"不審な", "不審", "異常な通信", "異常を検知", "異常な", "違和感", "不自然な", "異常を", "異常が"}

// confirmedIncident: a sentence that confirms the incident itself.
var confirmedIncident = []string{"判明", "痕跡", "形跡", "不正アクセスを受け", "不正アクセスされ", "侵入", "暗号化", "漏えい", "漏洩",
	"流出", "改ざん", "感染", "持ち出し"}

// sameDayMarks open a discovery told relative to the event just before:
// "送信の約10分後、", "同日、", "その直後に".
var sameDayMarks = []string{"分後", "直後", "同日", "当日", "その日", "数分", "数十分", "間もなく", "まもなく", "すぐに", "時間後"}

// sameDayLead reports whether the text before a discovery verb in its
// sentence places the discovery on the day of what was just told.
func sameDayLead(before string) bool {
	if atLeastRunes(before, 61) || contains(before, "翌") {
		return false
	}
	return containsAny(before, sameDayMarks)
}

// dayBefore returns the last day written in the two sentences before
// sentence si, unless it bounds a period or names a notice.
func dayBefore(v *view, ds []vdate, si int) (vdate, bool) {
	// The event may be told over a few sentences ("2月20日、…送信しまし
	// た。このとき、…。送信から約10分後、…発覚"): the last day named.
	lo := v.sents[max(0, si-4)].start
	hi := v.sents[si].start
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		if d.at.start >= hi {
			continue
		}
		if d.at.start < lo {
			break
		}
		raw := v.s[d.at.end:]
		tail := skipDateTail(raw)
		if !dayPrecise(d) || dateFollowSet.hasPrefix(tail) && !(len(tail) < len(raw) && timeWithinDay(raw[:len(raw)-len(tail)], tail)) {
			return vdate{}, false
		}
		return d, true
	}
	return vdate{}, false
}

// timeLed reports whether a sentence opens with an hour and no day: "午後5時
// 15分ごろに把握した" is on the day last named.
func timeLed(t string) bool {
	t = strings.TrimLeft(t, " ")
	for _, p := range []string{"同日", "午前", "午後", "夜", "朝"} {
		t = strings.TrimPrefix(t, p)
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i <= 2 && hasPrefixAny(t[i:], []string{"時", ":"})
}

// misSent reports whether a sentence tells of mail or documents sent by
// mistake with words between: "誤って他の受講者のアドレスが表示される形で
// 送信した", "BCCで送信すべきところ、誤ってTOで送信".
func misSent(t string) bool {
	i := index(t, "誤って")
	if i < 0 {
		// The noun: "…のメールアドレスが誤送信される事案が発生".
		return containsAny(t, misSentNouns)
	}
	rest := t[i:]
	if k := index(rest, "。"); k > 0 {
		rest = rest[:k]
	}
	// The verb within 60 runes: "誤って、他校の生徒にも招待メールを送信
	// してしまい、…" in a long sentence.
	return containsAny(rest[:runesFwd(rest, 0, 60, len(rest))], sendVerbs)
}

// misSentNouns: mail or documents sent by mistake, told as a noun.
var misSentNouns = []string{"誤送信され", "誤送信する事", "誤配信され", "誤送付され"}

// sendVerbs: what is sent by mistake.
var sendVerbs = []string{"送信", "送付", "配信", "発送", "添付", "FAX", "ファクス"}

// immediateEvents are incidents noticed as they happen.
var immediateEvents = []string{"盗まれ", "盗難に遭", "置き忘れ", "偽の警告", "偽警告", "サポート詐欺", "誤って送信", "誤送信し", "誤送信いたし", "誤って送付",
	"誤送信は", "誤送信が", "誤送信され", "誤送信する事", "誤配信され", "誤送付され",
	"ランサムウェア", "システム障害", "障害が発生", "暗号化され"}

// cleftAfter reports whether a discovery verb is the head of a cleft
// sentence: "判明したのは", "確認されたのは".
func cleftAfter(s string) bool {
	for i, r := range s {
		if i > 15 || !isHiragana(r) {
			return false
		}
		if strings.HasPrefix(s[i:], "のは") {
			return i == 0 || strings.HasSuffix(s[:i], "た")
		}
	}
	return false
}

// cleftDate reads the date a cleft sentence puts last: "確認されたのは、
// 2025年5月1日(木)のことでした", "判明したのは5月1日です".
func cleftDate(v *view, ds []vdate, a, b int) (vdate, bool) {
	for _, d := range datesIn(ds, a, b) {
		if !dayPrecise(d) || runesBetween(v.s, a, d.at.start) > 12 {
			return vdate{}, false
		}
		tail := skipDateTail(v.s[d.at.end:b])
		if hasPrefixAny(tail, []string{"のこと", "でした", "です", "であ", "。", "頃", "ごろ"}) {
			return d, true
		}
		return vdate{}, false
	}
	return vdate{}, false
}

// runesBetween counts the runes of s[a:b].
func runesBetween(s string, a, b int) int {
	if a >= b {
		return 0
	}
	return utf8.RuneCountInString(s[a:b])
}

// weaknessNotices: a sentence about a notice of a weakness or a warning,
// not of the intrusion itself.
var weaknessNotices = []string{"脆弱性", "注意喚起", "ぜい弱性"}

// traceWords: a sentence that finds traces of the intrusion itself.
var traceWords = []string{"痕跡", "形跡", "不正アクセスを確認", "被害", "漏えい", "漏洩", "流出", "改ざん", "侵入", "感染"}

// skipDateTail skips a weekday "(月)" and a time "15時05分"/"12:45" after a
// date.
func skipDateTail(s string) string {
	for {
		switch {
		case strings.HasPrefix(s, "("):
			e := index(s, ")")
			if e < 0 || e > 12 {
				return s
			}
			s = s[e+1:]
		case len(s) > 0 && s[0] >= '0' && s[0] <= '9':
			i := 0
			for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ':') {
				i++
			}
			rest := s[i:]
			switch {
			case strings.HasPrefix(rest, "時"):
				s = rest[len("時"):]
			case strings.HasPrefix(rest, "分"):
				s = rest[len("分"):]
			case i > 0 && contains(s[:i], ":"):
				s = rest
			default:
				return s
			}
		case strings.HasPrefix(s, "頃"):
			return s
		case strings.HasPrefix(s, "未明"), strings.HasPrefix(s, "深夜"), strings.HasPrefix(s, "午前"), strings.HasPrefix(s, "午後"), strings.HasPrefix(s, "早朝"):
			s = s[len("未明"):] // all two kanji long
		case weekdayAt(s) > 0:
			s = s[weekdayAt(s):] // "25日月曜日午後6時9分"
		default:
			return s
		}
	}
}

// occurs reports whether text between a date and a discovery verb says the
// date is when something happened rather than when it was found.
func occurs(between string) bool {
	if !containsAny(between, occurrenceVerbsDisc) {
		return false // one pass rules out every verb
	}
	for _, w := range occurrenceVerbsDisc {
		i := index(between, w)
		if i < 0 {
			continue
		}
		rest := between[i+len(w):]
		// "5月12日に実施した棚卸しで判明": the check that found it.
		if strings.HasPrefix(rest, "た") && !atLeastRunes(rest, 16) && containsAny(rest, inspections) {
			continue
		}
		// "…が行われたことを検知", "…に感染していたおそれがあることが判明":
		// the verb is inside the object, unless a comma ends its clause first
		// ("…に感染し、…ことを発見").
		k := index(rest, "こと")
		c := indexRuneOf(rest, "、,")
		if k >= 0 && k <= 45 && (c < 0 || k < c) && !contains(rest[:k], "について") {
			continue
		}
		// "…に感染していたとの報告", "…が発生している旨の連絡": what a
		// report told.
		if q := quotedEnd(rest); q >= 0 && q <= 30 && (c < 0 || q < c) {
			continue
		}
		return true
	}
	return false
}

// quotedEnd returns where a reported content ends in s ("との", "という",
// "旨"), or -1.
func quotedEnd(s string) int {
	q := -1
	for _, m := range []string{"との", "という", "旨"} {
		if k := index(s, m); k >= 0 && (q < 0 || k < q) {
			q = k
		}
	}
	return q
}

// inspections: checks through which an organization finds an incident.
var inspections = []string{"棚卸", "点検", "調査", "監査", "検査", "確認作業", "定期確認", "チェック"}

// inParens reports whether the end of s is inside an open parenthesis.
func inParens(s string) bool {
	return strings.Count(s, "(") > strings.Count(s, ")")
}

// lostItems are things an organization loses and may find again.
var lostItems = []string{"USB", "メモリ", "パソコン", "PC", "書類", "端末", "かばん", "鞄", "カバン", "ファイル", "携帯電話", "スマートフォン",
	"媒体", "ノート", "台帳", "名簿"}

// recovered reports whether a discovery verb tells that a lost item was
// found again ("書類の間に挟まった状態で当該USBメモリを発見"), which is the end
// of a loss, not its discovery.
func recovered(v *view, sentStart int, h span) bool {
	if !hasPrefixAny(v.s[h.start:], []string{"発見", "見つか", "見つけ"}) {
		return false
	}
	lo := runesBack(v.s, h.start, 20, sentStart)
	before := v.s[lo:h.start]
	// The text-wide test last: the window rarely names a lost item.
	return containsAny(before, lostItems) && !containsAny(before, stillMissing) && contains(v.s, "紛失")
}

// stillMissing: words telling that the item was missing, not found again.
var stillMissing = []string{"紛失", "ないこと", "なくなって", "見当たら", "所在"}

// enumerated reports whether a line opens with a list number or mark:
// "(2)", "2.", "2)", "・", "-".
func enumerated(t string) bool {
	t = strings.TrimLeft(t, " ")
	if t == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); isBullet(r) {
		return true
	}
	if strings.HasPrefix(t, "(") {
		e := index(t, ")")
		return e > 1 && e <= 4 && strings.Trim(t[1:e], "0123456789") == ""
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i <= 2 && hasPrefixAny(t[i:], []string{".", ")", "、"})
}

// fieldLabels end the label of a dated field in a notice's body: "1 処分
// 年月日", "【発生日時】", "発覚日".
var fieldLabels = []string{"年月日", "日時", "処分日", "発生日", "発覚日", "判明日", "期間", "時期", "日付", "時間", "発生日時"}

// fieldLabel reports whether a line is the label of a dated field (its
// value on the next line is the field's date, not the notice's).
func fieldLabel(t string) bool {
	t = trimSpace(trimRightSet(t, ")】]>:："))
	// The rare ending first.
	return t != "" && hasSuffixAny(t, fieldLabels) && !atLeastRunes(t, 21) && !hasFullStop(t)
}
