package extract

import (
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/jikenbo/jikenbo/internal/jptext"
	"github.com/jikenbo/jikenbo/internal/model"
)

// Extract returns the facts of each segment of one document, in order. text
// is the whole decoded document; segs come from the segmenter. Document-level
// context (dates in other reports, the header) is used to complete years.
func Extract(text string, segs []model.Segment) []model.Facts {
	prepareMatchers() // before the workers share them
	out := make([]model.Facts, len(segs))
	d := &docCtx{text: text}
	workers := runtime.GOMAXPROCS(0)
	if workers > len(segs)/4 {
		workers = len(segs) / 4
	}
	if workers <= 1 || len(text) < parallelMin {
		for i, seg := range segs {
			out[i] = extractOne(d, seg)
		}
		return out
	}
	// Reports are independent: a compilation of many is shared among the
	// processors, each writing its own slots.
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(segs) {
					return
				}
				out[i] = extractOne(d, segs[i])
			}
		}()
	}
	wg.Wait()
	return out
}

// parallelMin is the document size from which reports are extracted in
// parallel.
const parallelMin = 256 << 10

// docCtx is the document a report belongs to.
type docCtx struct {
	text string
}

// yearWindow bounds how far from a report the document is searched for a
// year to complete its dates.
const yearWindow = 32 << 10

// nearbyYear returns the explicit year of the last full date written before
// [a, b) in text (within yearWindow), else of the first one after it, or 0.
// It reads windows growing towards yearWindow, so a report in a large
// compilation costs a few kilobytes of date scanning, not 64.
func nearbyYear(text string, a, b int) int {
	lo := max(0, a-yearWindow)
	for w := yearStep; ; w *= 4 {
		start := max(lo, a-w)
		if ys := docYears(text[start:a]); len(ys) > 0 {
			// A date near the window's edge may have been cut: trust it
			// only away from the edge or when the window is whole.
			if last := ys[len(ys)-1]; start == lo || last.pos >= yearMargin {
				return last.year
			}
		}
		if start == lo {
			break
		}
	}
	hi := min(len(text), b+yearWindow)
	for w := yearStep; ; w *= 4 {
		end := min(hi, b+w)
		if ys := docYears(text[b:end]); len(ys) > 0 {
			if first := ys[0]; end == hi || first.pos <= end-b-yearMargin {
				return first.year
			}
		}
		if end == hi {
			break
		}
	}
	return 0
}

// yearStep is nearbyYear's first window; yearMargin is how far from a
// window's cut edge a date must start (or end) to be read whole.
const (
	yearStep   = 2 << 10
	yearMargin = 96
)

// yearAt is an explicit year written at a document offset.
type yearAt struct {
	pos, year int
}

// docYears lists the explicit years of full dates in the document.
func docYears(text string) []yearAt {
	var out []yearAt
	for _, d := range jptext.FindDates(text, jptext.DateContext{}) {
		if d.YearExplicit && d.Year >= 1990 && d.Year <= 2100 && (d.Kind == jptext.KindFull || d.Kind == jptext.KindYearMonth) {
			out = append(out, yearAt{d.Span.Start, d.Year})
		}
	}
	return out
}

func casebookYear(id string) int {
	if len(id) >= 4 {
		if y, err := strconv.Atoi(id[:4]); err == nil {
			return y
		}
	}
	return 0
}

// reportDates finds the dates of a report, completing years from the
// casebook number, the report's own first explicit year, or the document.
func reportDates(d *docCtx, v *view, casebookID string) ([]vdate, int) {
	if y := casebookYear(casebookID); y > 0 {
		return findDates(v, jptext.DateContext{Year: y, FixYearTypos: true}), y
	}
	ds := findDates(v, jptext.DateContext{})
	for i, x := range ds {
		if x.YearExplicit && x.Year >= 1990 && x.Year <= 2100 && (x.Kind == jptext.KindFull || x.Kind == jptext.KindYearMonth) {
			if i == 0 {
				return ds, x.Year // nothing before it needed a context
			}
			return findDates(v, jptext.DateContext{Year: x.Year}), x.Year
		}
	}
	cy := nearbyYear(d.text, v.base, v.base+len(v.orig))
	if cy == 0 {
		cy = urlYear(d.text)
	}
	if cy == 0 {
		return ds, 0
	}
	return findDates(v, jptext.DateContext{Year: cy}), cy
}

func extractOne(d *docCtx, seg model.Segment) model.Facts {
	f := extractFacts(d, seg)
	if len(f.Evidence) == 0 {
		f.Evidence = nil // as before the slice was made with room
	}
	return f
}

// extractFacts is extractOne's work.
func extractFacts(d *docCtx, seg model.Segment) model.Facts {
	text := d.text
	v := newView(text, seg)
	defer v.release()
	f := model.Facts{CasebookID: seg.CasebookID, Evidence: make([]model.Evidence, 0, 32)} // a notice has some twenty facts
	ev := func(field, value string, at span) {
		f.Evidence = append(f.Evidence, model.Evidence{Field: field, Value: value, Span: v.docSpan(at.start, at.end)})
	}
	header := false
	if ne := v.nonEmptyLines(1); len(ne) > 0 {
		if m := casebookRe.FindStringSubmatchIndex(v.text(ne[0])); m != nil {
			header = true
			if f.CasebookID == "" {
				f.CasebookID = v.text(ne[0])[m[2]:m[3]]
			}
		}
	}
	ds, _ := reportDates(d, v, f.CasebookID)
	title := findTitle(v, seg.Title, ds)
	if h, c, ok := copiedHeader(v); ok {
		// The header came from another notice: its words are no evidence.
		v.dropHits(h)
		title = titleFind{strings.TrimSpace(v.origText(c.start, c.end)), c, true}
	}
	if title.ok {
		f.Title = title.text
		ev("title", f.Title, title.at)
	}
	types, tev := classify(v)
	leak, lev := readLeak(v, types)
	f.IsIncident = (len(types) > 0 || len(lev) > 0 || (v.has("apology") || v.has("disclosure")) && v.has("personal")) && (v.has("event") || unmarkedEvent(v, title)) && !generalAdvisory(v, title) && !countTable(v) && !digestHeader(v)
	if len(types) == 0 && len(lev) == 0 && f.IsIncident {
		// An apology about personal data of no known kind of incident.
		i := index(v.s, "個人情報")
		types = []string{"other"}
		tev = []typeHit{{"other", span{i, i + len("個人情報")}}}
		leak = defaultLeak(v, types)
	}
	if len(types) == 0 && len(lev) > 0 {
		types = []string{"other"}
		tev = []typeHit{{"other", lev[0].at}}
	}
	if o, ok := findOrg(v, title); ok && !bareDept(compact(o.name)) {
		f.Organization = o.name
		f.Sector = sectorOf(o.name, v)
		f.Evidence = append(f.Evidence, model.Evidence{Field: "organization", Value: o.name, Span: o.at})
	}
	if !f.IsIncident {
		return f
	}
	f.Types = types
	for _, t := range tev {
		ev("types", t.code, t.at)
	}
	f.Leak = leak
	leakAt := tev[0].at // a default reading follows from the incident type
	for _, l := range lev {
		if levelLeak(l.level) == leak {
			leakAt = l.at
			break
		}
	}
	ev("leak", string(leak), leakAt)

	// Dates.
	pub, pubLine, ok := published(v, ds, header)
	if ok {
		d := pub
		if ty := typoContext(periodFree(v, ds), pub, f.CasebookID); d.YearExplicit && ty != 0 {
			if y, typo := jptext.FixYear(d.Year, ty); typo {
				d.Year = y
				d.YearTypo = true
			} else if issuedBeforeEvents(ds, d, ty) {
				d.Year = ty
				d.YearTypo = true
			}
		}
		if d.YearTypo {
			f.Anomalies = append(f.Anomalies, "published_year_typo")
		}
		f.Published = d.ISO()
		ev("published", f.Published, d.at)
	}
	sysOnly := has(types, "system_failure")
	if d, ok := discovered(v, ds, pubLine, sysOnly); ok && placeDay(&d, f.Published) {
		if !d.YearExplicit && f.Published != "" {
			d.Date = nearestBefore(d.Date, f.Published)
		}
		iso := d.ISO()
		if iso != "" {
			f.Discovered = iso
			ev("discovered", iso, d.at)
		}
	}

	// Counts.
	aff, card := affectedCounts(findCounts(v))
	if aff != nil && (leak != model.LeakUnknown || has(types, "credential_stuffing")) { // else a count is of others (followers, applicants), not of the harmed
		n := aff.Value
		f.Affected = &n
		ev("affected", strconv.FormatInt(n, 10), aff.at)
	}
	if card != nil {
		n := card.Value
		f.CardAffected = &n
		ev("card_affected", strconv.FormatInt(n, 10), card.at)
	}

	// Data types (none for a bare phishing warning).
	if !(leak == model.LeakUnknown && onlyOf(types, "phishing", "support_scam")) {
		seen := map[string]bool{}
		for _, d := range readData(v) {
			if !seen[d.code] {
				seen[d.code] = true
				f.DataTypes = append(f.DataTypes, d.code)
				ev("data_types", d.code, d.at)
			}
		}
	}

	seen := map[string]bool{}
	for _, a := range notified(v) {
		if !seen[a.code] {
			seen[a.code] = true
			f.Notified = append(f.Notified, a.code)
			ev("notified", a.code, a.at)
		}
	}
	if s, at, ok := reportSeq(v); ok {
		f.ReportSeq = s
		ev("report_seq", s, at)
	}
	for _, o := range vendors(v, f.Organization) {
		f.Vendors = append(f.Vendors, o.name)
		f.Evidence = append(f.Evidence, model.Evidence{Field: "vendors", Value: o.name, Span: o.at})
	}
	return f
}

func levelLeak(l leakLevel) model.Leak {
	switch l {
	case lvConfirmed:
		return model.LeakConfirmed
	case lvPossible:
		return model.LeakPossible
	}
	return model.LeakNone
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// onlyOf reports whether list is non-empty and holds only the given codes.
func onlyOf(list []string, codes ...string) bool {
	if len(list) == 0 {
		return false
	}
	for _, x := range list {
		if !has(codes, x) {
			return false
		}
	}
	return true
}

// eventMarks say something happened (an incident notice), as opposed to
// advice, product news or a blog post that merely names threats.
var eventMarks = []string{"お詫び", "おわび", "申し訳", "判明", "発覚", "発生し", "確認され", "確認いたし", "確認致し", "確認しま",
	"を確認し", "確認して", "受けました", "受けた", "流出", "漏えい", "漏洩", "漏ら", "ご迷惑", "ご心配", "発表", "明らかに", "拡散",
	"届いて", "検知", "紛失し", "盗まれ", "公表", "懲戒", "注意喚起", "送信されて", "確認されて", "不正アクセスされ",
	"不正アクセスを受け", "状態だった", "状態にあり", "状態となって", "状態になって", "わかりました", "分かりました", "判りました", "乗っ取られました", "乗っ取られたこと", "送信されました",
	"表示されました", "送信しました", "送信いたしました", "された可能性", "させられ", "報告しました", "報告いたしました", "誤って",
	"不正に使用され", "不正に利用され", "不正使用され", "不正利用され",
	"状態となりました", "状態になりました", "注意を呼びかけ", "注意を呼び掛け", "状態となっていました", "状態になっていました", "状態でした", "状態であった", "状態であり", "紛失いたし", "紛失致し", "紛失しました", "遺失届",
	"発見しました", "発見いたしました", "発見致しました", "感染しました", "感染いたしました", "感染致しました"}

// apologyMarks: the issuer apologizes.
var apologyMarks = []string{"お詫び", "おわび", "申し訳", "謝罪"}

// nearestBefore gives a date written without a year the year that puts it
// on or before the publication date and nearest to it: a notice reports what
// was found before it was issued.
func nearestBefore(d jptext.Date, published string) jptext.Date {
	py, err := strconv.Atoi(published[:4])
	if err != nil || d.Month == 0 || d.Day == 0 {
		return d
	}
	for _, y := range []int{py, py - 1} {
		c := d
		c.Year = y
		if c.ISO() <= published {
			return c
		}
	}
	return d
}

// typoContext is the year a published date is checked against: the casebook
// number's year, else the year most other explicit dates of the report
// carry.
func typoContext(ds []vdate, pub vdate, casebookID string) int {
	if y := casebookYear(casebookID); y > 0 {
		return y
	}
	count := map[int]int{}
	best := 0
	for _, d := range ds {
		if d.YearExplicit && d.at != pub.at && d.Year == pub.Year {
			return 0 // the year recurs in the report: it is real
		}
		if !d.YearExplicit || d.at == pub.at {
			continue
		}
		count[d.Year]++
		if best == 0 || count[d.Year] > count[best] {
			best = d.Year
		}
	}
	if best != 0 && pub.Year > best && pub.Year-best <= 8 {
		return 0 // issued some years after the events it reports
	}
	return best
}

// issuedBeforeEvents reports whether a published date's year is a typo of
// the context year although within the plausible window: the report dates
// its own events in the context year, after the issue date as written (a
// notice cannot come out years before what it reports), and the two years
// differ in one digit (2015 for 2025).
func issuedBeforeEvents(ds []vdate, pub vdate, ctxYear int) bool {
	if pub.Year >= ctxYear || !oneDigitApart(pub.Year, ctxYear) {
		return false
	}
	for _, x := range ds {
		if x.at != pub.at && x.YearExplicit && x.Year == ctxYear && x.Kind == jptext.KindFull {
			return true
		}
	}
	return false
}

// oneDigitApart reports whether two four-digit years differ in exactly one
// digit.
func oneDigitApart(a, b int) bool {
	n := 0
	for i := 0; i < 4; i++ {
		if a%10 != b%10 {
			n++
		}
		a, b = a/10, b/10
	}
	return n == 1
}

// urlPathYearRe matches a year as a path segment of a link:
// https://example.jp/news/2025/0305.html.
var urlPathYearRe = regexp.MustCompile(`https?://[^\s/]+(?:/[^\s/]+)*?/((?:19|20)[0-9]{2})(?:/|[01][0-9][0-3][0-9]|_|-)`)

// urlYear is the year the links of a document carry in their paths, when
// they agree (a scrapbook of pasted items whose text gives no year), else 0.
func urlYear(text string) int {
	year := 0
	for _, m := range urlPathYearRe.FindAllStringSubmatch(text, 16) {
		y, _ := strconv.Atoi(m[1])
		if year != 0 && y != year {
			return 0
		}
		year = y
	}
	return year
}
