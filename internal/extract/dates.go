package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

// vdate is a date found in a report, located in view coordinates.
type vdate struct {
	jptext.Date
	at span
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
		out = append(out, vdate{d, span{d.Span.Start, d.Span.End}})
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
	"報道発表資料", "プレスリリース", "リリース", "発行", "配信", "月", "火", "水", "木", "金", "土", "日", "祝", "曜",
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
	return strings.TrimSpace(rest) == ""
}

// isDateLineIn is isDateLine for a line of the report, using the dates
// already found in it.
func isDateLineIn(v *view, ln span, ds []vdate) bool {
	t := v.text(ln)
	if t == "" || len(t) > 160 || atLeastRunes(t, 41) {
		return false
	}
	last := ln.start
	found := false
	for _, d := range ds {
		if d.at.start < ln.start || d.at.end > ln.end || d.at.start < last {
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

// fillerOnly reports whether s consists of date fillers (weekdays, times,
// brackets, 更新) and spaces.
func fillerOnly(s string) bool {
	for s != "" {
		if s[0] == ' ' {
			s = s[1:]
			continue
		}
		ok := false
		for _, f := range dateFiller {
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

// titleDate reports the date a title line ends with: "…(2023年5月29日)",
// "…(5月29日更新)".
func titleDate(v *view, ln span, ds []vdate) (vdate, bool) {
	t := v.text(ln)
	if strings.Contains(t, "。") {
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

// datesIn returns the dates inside [a, b).
func datesIn(ds []vdate, a, b int) []vdate {
	var out []vdate
	for _, d := range ds {
		if d.at.start >= a && d.at.end <= b {
			out = append(out, d)
		}
	}
	return out
}

// published finds the date the notice was issued: the casebook header date,
// else the date of a news lead "Xは26日、…発表した" (a day alone takes its
// month from the dateline), else the earliest date line (or title date) at
// the top, else a date line at the bottom.
func published(v *view, ds []vdate, header bool) (vdate, int, bool) {
	ne := v.nonEmptyLines(6)
	if header && len(ne) > 0 {
		hd := datesIn(ds, ne[0].start, ne[0].end)
		for i := len(hd) - 1; i >= 0; i-- {
			if dayPrecise(hd[i]) {
				return hd[i], v.lineAt(hd[i].at.start), true
			}
		}
	}
	top, topLine, topOK := topDate(v, ds, ne)
	ref, refOK := top, topOK
	bottom, bottomLine, bottomOK := bottomDate(v, ds)
	if !refOK {
		ref, refOK = bottom, bottomOK
	}
	if !refOK {
		// A dateline with more on it: "2025年3月26日 11時05分配信".
		for k, ln := range ne {
			if k >= 4 || strings.Contains(v.text(ln), "。") {
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
			return d, -1, true
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
	return vdate{}, -1, false
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
		if isDateLineIn(v, ln, ds) || k > 0 && k <= 3 && sourceDateLine(v, ln, ds) {
			for _, d := range datesIn(ds, ln.start, ln.end) {
				if dayPrecise(d) {
					cand = append(cand, d)
				}
			}
		} else if d, ok := titleDate(v, ln, ds); ok {
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
	n := 0
	for i := len(v.lines) - 1; i >= 0 && n < 3; i-- {
		ln := v.lines[i]
		if ln.end == ln.start {
			continue
		}
		n++
		if t := v.text(ln); strings.HasSuffix(t, "。") && atLeastRunes(t, 31) {
			break // a body paragraph: dates above it are the timeline's
		}
		if isDateLineIn(v, ln, ds) {
			for _, d := range datesIn(ds, ln.start, ln.end) {
				if dayPrecise(d) {
					return d, i, true
				}
			}
		}
	}
	return vdate{}, -1, false
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

// newsLeadDate reads the date of a news lead "Xは26日、…と発表した",
// "Xは2025年5月12日、…を公表しました".
func newsLeadDate(v *view, ds []vdate) (vdate, bool) {
	for k, sp := range v.sents {
		if k >= 4 {
			break
		}
		for _, d := range datesIn(ds, sp.start, sp.end) {
			if !(dayPrecise(d) || d.Kind == jptext.KindDay) || d.at.start == sp.start {
				continue
			}
			before := strings.TrimSuffix(v.s[sp.start:d.at.start], "、")
			after := strings.TrimPrefix(v.s[d.at.end:], "までに")
			if strings.HasSuffix(before, "は") && strings.HasPrefix(after, "、") && containsAny(v.text(sp), announceVerbs) {
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

// vendorLead: sentences about what a contractor did or found.
var vendorLead = []string{"受託事業者", "運営事業者", "委託先", "委託事業者", "保守事業者", "事業者", "業務委託先"}

// dateFollowStops: right after a date, these make it a period bound or a
// publication reference.
var dateFollowStops = []string{"付", "~", "から", "まで", "以降", "頃より", "時点", "現在", "以前", "までの", "週",
	"にご報告", "にお知らせ", "に公表", "にご案内", "に掲載", "に発表", "の第", "公表", "発表", "掲載", "のお知らせ", "のご報告", "、第"}

// occurrenceVerbsDisc: between a date and a discovery verb, these (not
// followed by こと) make the date when something happened.
var occurrenceVerbsDisc = []string{"生じ", "発生し", "発生した", "行われ", "開始", "実施し", "送信し", "公開し", "公表し", "掲載し", "停止し", "開催",
	"放送し", "発送し", "送付し", "配信し", "交付し", "退職し", "投稿し", "感染し", "閉鎖し", "閉鎖いたし", "ご報告", "お知らせし"}

// discovered finds when the organization learned of the incident.
func discovered(v *view, ds []vdate, pubLine int, systemFailure bool) (vdate, bool) {
	// 1. First date of a 発覚の経緯 section.
	lines := v.lines
	if !strings.Contains(v.s, "発覚") {
		lines = nil // no line can head the section: skip the per-line tests
	}
	for li, ln := range lines {
		t := v.text(ln)
		if !strings.Contains(t, "発覚") || strings.Contains(t, "。") || atLeastRunes(t, 31) {
			continue
		}
		if !strings.Contains(t, "経緯") && !strings.Contains(t, "発覚日") {
			continue
		}
		end := ln.end
		for k := li + 1; k < len(v.lines) && k <= li+6; k++ {
			end = v.lines[k].end
		}
		in := datesIn(ds, ln.end, end)
		skipped := ""
		for j, d := range in {
			if !dayPrecise(d) || d.ISO() == skipped || hasPrefixAny(skipDateTail(v.s[d.at.end:]), dateFollowStops) {
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
	updates := strings.Contains(v.s, "更新")
	for li, ln := range v.lines {
		if li == pubLine || ln.end == ln.start {
			continue
		}
		t := v.text(ln)
		if updates && strings.Contains(t, "更新") {
			continue
		}
		if isDateLineIn(v, ln, ds) {
			dateLines = append(dateLines, li)
		}
	}
	// 2. Discovery verbs, in order.
	type cand struct {
		pos int
		h   span
	}
	var cands []cand
	for _, h := range v.hits {
		if cueList[h.id].kind != kDisc {
			continue
		}
		cands = append(cands, cand{h.start, span{h.start, h.end}})
	}
	if systemFailure {
		for i := 0; ; {
			k := strings.Index(v.s[i:], "発生")
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
		if hasPrefixAny(after, discNegations) || hasPrefixAny(after, []string{"されず", "日", "した場合", "する"}) {
			continue
		}
		if inParens(v.s[sent.start:c.h.start]) {
			continue // "(後の調査で判明)": a remark, not the discovery
		}
		st := v.text(sent)
		if hasPrefixAny(st, vendorLead) && !strings.Contains(v.s[sent.start:c.h.end], "より") && !strings.Contains(v.s[sent.start:c.h.end], "から") {
			continue
		}
		// Nearest date before the verb in the sentence.
		var near *vdate
		for i := range ds {
			d := ds[i]
			if d.at.start >= sent.start && d.at.end <= c.h.start {
				near = &ds[i]
			}
		}
		if near != nil {
			d := *near
			if !dayPrecise(d) || hasPrefixAny(skipDateTail(v.s[d.at.end:]), dateFollowStops) {
				continue
			}
			between := v.s[d.at.end:c.h.start]
			if occurs(between) {
				continue
			}
			if containsAny(st, weaknessNotices) && !containsAny(st, traceWords) { // a weakness notice, not an incident
				if !weakOK {
					weak, weakOK = d, true
				}
				continue
			}
			return d, true
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
					if dayPrecise(d) {
						return d, true
					}
				}
			}
			break
		}
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
	// 3. A summary that opens with the date: "1.概要 2022年1月26日、…".
	for _, sp := range v.sents {
		t := v.text(sp)
		lead := 0
		for _, p := range []string{"1.", "1", "(1)", "概要", "経緯", "事案の概要", ":", " "} {
			if strings.HasPrefix(t[lead:], p) {
				lead += len(p)
			}
		}
		for _, d := range datesIn(ds, sp.start, sp.end) {
			if d.at.start == sp.start+lead && (d.Kind == jptext.KindFull || d.Kind == jptext.KindMonthDay) && d.ISO() != "" && strings.HasPrefix(skipDateTail(v.s[d.at.end:]), "、") {
				return d, true
			}
			break
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
		if !strings.Contains(t, "経緯") && !strings.Contains(t, "経過") || atLeastRunes(t, 21) || strings.Contains(t, "。") {
			continue
		}
		for k := li + 1; k < len(v.lines) && k <= li+16; k++ {
			item := v.lines[k]
			in := datesIn(ds, item.start, item.end)
			if len(in) == 0 || !dayPrecise(in[0]) {
				continue
			}
			lead := strings.TrimLeft(v.s[item.start:in[0].at.start], bulletMarks+" 0123456789.()")
			if lead != "" {
				continue // the date does not open the item
			}
			body := v.s[in[0].at.end:item.end]
			if strings.TrimSpace(skipDateTail(body)) == "" && k+1 < len(v.lines) {
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
		tail := skipDateTail(v.s[d.at.end:sp.end])
		if hasPrefixAny(tail, dateFollowStops) || !hasPrefixAny(tail, []string{"、", "夜", "朝", "昼", "夕方", "頃", "ごろ", "に発生", "に盗", "に紛失", "に誤"}) {
			continue
		}
		if t := v.text(sp); containsAny(t, immediateEvents) && !containsAny(t, []string{"場合", "ください", "予定"}) {
			return d, true
		}
	}
	return vdate{}, false
}

// immediateEvents are incidents noticed as they happen.
var immediateEvents = []string{"盗まれ", "盗難に遭", "置き忘れ", "偽の警告", "偽警告", "サポート詐欺", "誤って送信", "誤送信し", "誤送信いたし", "誤って送付",
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
var traceWords = []string{"痕跡", "形跡", "不正アクセスを確認", "被害", "漏えい", "漏洩", "流出", "改ざん", "侵入"}

// skipDateTail skips a weekday "(月)" and a time "15時05分"/"12:45" after a
// date.
func skipDateTail(s string) string {
	for {
		switch {
		case strings.HasPrefix(s, "("):
			e := strings.Index(s, ")")
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
			case i > 0 && strings.Contains(s[:i], ":"):
				s = rest
			default:
				return s
			}
		case strings.HasPrefix(s, "頃"):
			return s
		case strings.HasPrefix(s, "未明"), strings.HasPrefix(s, "深夜"), strings.HasPrefix(s, "午前"), strings.HasPrefix(s, "午後"):
			s = s[len("未明"):]
		default:
			return s
		}
	}
}

// occurs reports whether text between a date and a discovery verb says the
// date is when something happened rather than when it was found.
func occurs(between string) bool {
	for _, w := range occurrenceVerbsDisc {
		i := strings.Index(between, w)
		if i < 0 {
			continue
		}
		rest := between[i+len(w):]
		// "…が行われたことを検知", "…に感染していたおそれがあることが判明":
		// the verb is inside the object, unless a comma ends its clause first
		// ("…に感染し、…ことを発見").
		k := strings.Index(rest, "こと")
		c := strings.IndexAny(rest, "、,")
		if k >= 0 && k <= 45 && (c < 0 || k < c) && !strings.Contains(rest[:k], "について") {
			continue
		}
		return true
	}
	return false
}

// inParens reports whether the end of s is inside an open parenthesis.
func inParens(s string) bool {
	return strings.Count(s, "(") > strings.Count(s, ")")
}
