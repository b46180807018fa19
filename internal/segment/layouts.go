package segment

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// casebookCuts opens a segment at each casebook headline
// (【…#YYYY-NNN】 …). Sub-headings inside an entry never cut; an unrelated
// article pasted inside an entry is cut out (see foreignTail).
func casebookCuts(ls []line) []cut {
	var cuts []cut
	for i, l := range ls {
		if id, title, ok := casebookHeader(l); ok {
			cuts = append(cuts, cut{line: i, title: title, id: id})
		}
	}
	if len(cuts) == 0 {
		return nil
	}
	if minorPreamble(ls, cuts[0].line) {
		cuts[0].line = 0
	}
	return withForeignTails(ls, cuts)
}

// withForeignTails adds a cut before any unrelated text found at the end
// of an entry (see foreignTail).
func withForeignTails(ls []line, cuts []cut) []cut {
	vocab := make([]bool, len(ls))
	for i, l := range ls {
		vocab[i] = !l.blank && hasIncidentVocabulary(l.text)
	}
	var extra []cut
	for k, c := range cuts {
		end := len(ls)
		if k+1 < len(cuts) {
			end = cuts[k+1].line
		}
		if t, ok := foreignTail(ls, vocab, c.line, end); ok {
			extra = append(extra, cut{line: t, title: ls[t].text})
		}
	}
	return append(cuts, extra...)
}

// foreignTail finds, inside the entry ls[from:to], a title-like line after
// which no line uses incident vocabulary nor the notice genre's words while
// the entry before it does use incident vocabulary: an unrelated text (a
// blog post, an advertisement) the compiler pasted in. The tail must hold
// real text (two paragraphs, 150 characters) so that a closing line such
// as an archive link never counts.
func foreignTail(ls []line, vocab []bool, from, to int) (int, bool) {
	body, paragraphs, best := 0, 0, -1
	// Walk back from the end while the lines stay free of both vocabularies.
	for i := to - 1; i > from; i-- {
		if vocab[i] || !ls[i].blank && hasNoticeVocabulary(ls[i].text) {
			break
		}
		l := ls[i]
		if !l.blank {
			body += l.runes
			if l.runes >= 30 {
				paragraphs++
			}
		}
		if body-l.runes >= 150 && paragraphs >= 2 && isTitleLike(l) && blankBefore(ls, i) &&
			!isEnumerated(l.text) && !dateOnlyRe.MatchString(l.text) && !isOrgLine(l) {
			best = i
		}
	}
	if best < 0 {
		return 0, false
	}
	for i := from; i < best; i++ {
		if vocab[i] {
			return best, true
		}
	}
	return 0, false
}

// trailingDateRe matches a date closing a headline ("… お知らせ 2022年11月4日").
var trailingDateRe = regexp.MustCompile(`[\s　](?:` + dayDatePattern + `)$`)

// dayDatePattern matches a date to the day in 西暦 (2024年5月1日, 2024/5/1)
// or 和暦 (令和6年5月1日).
const dayDatePattern = `(?:19|20)[0-9]{2}\s*[年/.\-]\s*[0-9]{1,2}\s*[月/.\-]\s*[0-9]{1,2}\s*日?|(?:令和|平成)\s*[0-9元]{1,2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日`

// datedTitleCuts handles blogs and archives whose entries open with a
// headline ending in the notice's date ("Org title 2022年11月4日") over a
// blank line, the casebook layout without its numbers.
func datedTitleCuts(ls []line) []cut {
	var cuts []cut
	for i, l := range ls {
		if l.blank || i+1 >= len(ls) || !ls[i+1].blank || !isHeadingText(l) || isEnumerated(l.text) {
			continue
		}
		loc := trailingDateRe.FindStringIndex(l.text)
		if loc == nil {
			continue
		}
		head := trimSpace(l.text[:loc[0]])
		if n := len([]rune(head)); n < 8 || dateOnlyRe.MatchString(head) {
			continue
		}
		cuts = append(cuts, cut{line: i, title: l.text})
	}
	if len(cuts) < 2 {
		return nil
	}
	if minorPreamble(ls, cuts[0].line) {
		cuts[0].line = 0
	}
	return withForeignTails(ls, cuts)
}

// headlineDateRe matches a date closing a headline, with or without a
// space before it (…飲酒寝過ごし産経2015年6月14日).
var headlineDateRe = regexp.MustCompile(`(?:` + dayDatePattern + `|(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月)[)）]?$`)

// headlineListCuts handles lists of dated headlines, one incident a line
// ("1.■ひばり市 職員がUSBメモリ紛失 2024年6月5日"), grouped under short
// category lines and maybe after a table of counts. Every headline is a
// report of its own. A notice that ends with links to earlier notices is
// no such list: the text before the headlines must hold no paragraph, and
// nothing but short lines may stand between and after them.
func headlineListCuts(ls []line) []cut {
	var cuts []cut
	dated := 0
	for i, l := range ls {
		if l.blank {
			continue
		}
		if d, ok := isHeadline(l); ok {
			cuts = append(cuts, cut{line: i, title: l.text})
			if d {
				dated++
			}
			continue
		}
		if l.runes > 80 || l.runes > 40 && strings.Contains(l.text, "。") || len(cuts) > 0 && (l.runes > 24 || strings.Contains(l.text, "。")) {
			return nil // a paragraph, or text under a headline
		}
	}
	if dated < 3 {
		return nil
	}
	return cuts
}

// headlineMarkRe opens a digest's numbered headline: "3.■", "16■", "14■ ".
var headlineMarkRe = regexp.MustCompile(`^[0-9０-９]{1,3}\s*[.．]?\s*[■□●◆◇▼]`)

// isHeadline reports whether a line is an enumerated or bulleted headline
// ending with its date, or (dated false) a numbered ■ headline whose date
// is missing or mistyped ("埼玉新聞2017根7月8日"), which a list of dated ones
// around it makes a headline too.
func isHeadline(l line) (dated, ok bool) {
	if l.runes > 120 || !isEnumerated(l.text) && !headlineMarkRe.MatchString(l.text) || strings.Contains(l.text, "。") {
		return false, false
	}
	if loc := headlineDateRe.FindStringIndex(l.text); loc != nil && utf8.RuneCountInString(l.text[:loc[0]]) >= 10 {
		return true, true
	}
	return false, headlineMarkRe.MatchString(l.text) && l.runes >= 12
}

// separatorCuts handles compilations whose blocks are separated by lines
// holding only invisible white space (a non-breaking or ideographic space
// left by the page the text was copied from), each block opening with a
// short line: an organisation's name or a title.
func separatorCuts(ls []line) []cut {
	blanks, ws := 0, 0
	for _, l := range ls {
		if l.blank {
			blanks++
		}
		if l.ws {
			ws++
		}
	}
	// When every blank line carries white space it is no separator.
	if ws < 2 || ws*3 > blanks {
		return nil
	}
	var cuts []cut
	last := -1
	for i, l := range ls {
		if !l.ws {
			continue
		}
		j := nextNonBlank(ls, i+1)
		if j >= len(ls) || j == last || !(isTitleLike(ls[j]) || isOrgLine(ls[j])) || isSectionHeading(ls[j]) {
			continue
		}
		last = j
		cuts = append(cuts, cut{line: j, title: blockTitle(ls, j)})
	}
	if len(cuts) < 2 {
		return nil
	}
	// A block that opens with a clause ("内容は…になり、") is a paragraph:
	// the white-space lines only space a notice's paragraphs.
	for _, c := range cuts {
		if t := ls[c.line].text; strings.HasSuffix(t, "、") || strings.HasSuffix(t, ",") {
			return nil
		}
	}
	return cuts
}

// isHeadingText reports whether a line can be a notice's title: one
// phrase without a sentence end, possibly long.
func isHeadingText(l line) bool {
	return !l.blank && l.runes <= 160 && !strings.Contains(l.text, "。") && !isURLLine(l)
}

// isOneSentence reports whether a line is a single short sentence, the
// way some notices are titled (…にご注意ください。).
func isOneSentence(l line) bool {
	return !l.blank && l.runes <= 100 && strings.Count(l.text, "。") == 1 && strings.HasSuffix(l.text, "。")
}

// blockTitle is the title of a block opening at line j: past the
// organisation's name (and dates, further names, a short brand), the first
// heading; else the opening line itself.
func blockTitle(ls []line, j int) string {
	if !isOrgLine(ls[j]) {
		return ls[j].text
	}
	k := j
	for range 4 {
		k = nextNonBlank(ls, k+1)
		if k >= len(ls) {
			break
		}
		l := ls[k]
		if isOrgLine(l) || dateOnlyRe.MatchString(l.text) || l.runes <= 5 {
			continue
		}
		if isHeadingText(l) || isOneSentence(l) {
			return l.text
		}
		break
	}
	return ls[j].text
}

// scrapbookCuts handles pasted paragraphs each followed (or preceded) by
// where it came from: "title – Org (example.jp)", "title | outlet |
// section", 引用 URL, 出典:…, or a title with a bare URL line under it.
func scrapbookCuts(ls []line) []cut {
	// A citation with a link or a domain is strong evidence of pasted
	// material; a bare "出典:" credit or a link under a title is not
	// enough on its own (articles credit figures, notices list links).
	sources, strong := 0, 0
	for i := range ls {
		switch {
		case citeWithURL(ls, i) >= 0:
			sources++
			strong++
		case isSourceLine(ls[i]) && !isTableRow(ls, i):
			sources++
			if !citeStartRe.MatchString(ls[i].text) && !isPipeSource(ls[i]) || strings.Contains(ls[i].text, "://") {
				strong++
			}
		case titleOverURL(ls, i):
			sources++
		}
	}
	if sources < 2 || strong < 1 {
		return nil
	}
	var cuts []cut
	seen := make(map[string]bool)
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if l.blank {
			continue
		}
		if titleOverURL(ls, i) {
			c := cut{line: i}
			if isTitleLike(l) {
				c.title = l.text
			}
			cuts = append(cuts, c)
		}
		if isParagraph(l) && l.runes >= 40 {
			if seen[l.text] {
				cuts = append(cuts, cut{line: i})
			}
			seen[l.text] = true
		}
		end := -1
		if isSourceLine(l) && !isTableRow(ls, i) {
			end = i
		} else if u := citeWithURL(ls, i); u >= 0 {
			end = u
		}
		if end < 0 {
			continue
		}
		j := nextNonBlank(ls, end+1)
		if j < len(ls) && isAdvice(ls[j]) {
			j = nextNonBlank(ls, j+1)
		}
		if j < len(ls) {
			cuts = append(cuts, cut{line: j})
		}
		i = end
	}
	return withSourceTitles(ls, cuts)
}

// withSourceTitles gives each scrapbook item without a title the title its
// source line names.
func withSourceTitles(ls []line, cuts []cut) []cut {
	sort.SliceStable(cuts, func(i, j int) bool { return cuts[i].line < cuts[j].line })
	starts := append([]cut{{line: 0}}, cuts...)
	for k := range starts {
		if starts[k].title != "" {
			continue
		}
		end := len(ls)
		for _, c := range starts[k+1:] {
			if c.line > starts[k].line {
				end = c.line
				break
			}
		}
		for i := starts[k].line; i < end; i++ {
			if isSourceLine(ls[i]) {
				starts[k].title = sourceTitle(ls[i].text)
				break
			}
		}
	}
	if starts[0].title == "" {
		return starts[1:]
	}
	return starts
}

var (
	domainTailRe = regexp.MustCompile(`(?i)\s*[(（]\s*(?:[a-z0-9-]+\.)+[a-z]{2,}\s*[)）]$`)
	citeTailRe   = regexp.MustCompile(`\s*(?:引用元?|出典|出所|参照元|ソース)\s*[:：]?\s*https?://\S+$`)
)

// sourceTitle extracts the article title from a source line.
func sourceTitle(s string) string {
	s = domainTailRe.ReplaceAllString(s, "")
	s = citeTailRe.ReplaceAllString(s, "")
	if i := strings.LastIndex(s, "。"); i >= 0 {
		s = s[i+len("。"):]
	}
	for _, sep := range []string{" | ", "｜", " – ", " — ", " - "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
			break
		}
	}
	s = strings.TrimPrefix(trimSpace(s), "出典")
	s = trimSpace(strings.TrimLeft(s, ":："))
	if citeStartRe.MatchString(s) || strings.Contains(s, "://") {
		return "" // "引用 https://…" names a place, not a title
	}
	return s
}

// citeWithURL returns the index of the URL line when line i is a citation
// label (引用, 出典) with the URL on the next line, else -1.
func citeWithURL(ls []line, i int) int {
	if !isCiteLabel(ls[i]) {
		return -1
	}
	if j := nextNonBlank(ls, i+1); j < len(ls) && isURLLine(ls[j]) {
		return j
	}
	return -1
}

// titleOverURL reports whether line i heads a pasted item: a title or an
// opening sentence with a bare URL line right under it.
func titleOverURL(ls []line, i int) bool {
	l := ls[i]
	if l.blank || i+1 >= len(ls) || !isURLLine(ls[i+1]) || isURLLine(l) || isCiteLabel(l) || isSourceLine(l) {
		return false
	}
	for _, e := range []string{"ください", "ご覧", "こちら", "参照", "以下", "下記", ":", "：", "URL", "は"} {
		if strings.HasSuffix(strings.TrimRight(l.text, "。 "), e) {
			return false
		}
	}
	if isEnumerated(l.text) || l.runes < 10 {
		return false
	}
	if startsNotice(l.text) {
		return true
	}
	return isTitleLike(l) && (hasTitleEnding(l.text) || hasIncidentVocabulary(l.text))
}

// isAdvice reports whether a line is the short advice readers get after a
// source line (不審なメールを受け取った場合は…お願いいたします。), which belongs
// to the item before it.
func isAdvice(l line) bool {
	if l.blank || l.runes > 100 || startsNotice(l.text) || isSourceLine(l) {
		return false
	}
	return hasAnySuffix(strings.TrimSuffix(l.text, "。"), []string{"ください", "お願いいたします", "お願い致します", "お願いします", "お願い申し上げます"})
}

// eventEndings are how news headlines about incidents end.
var eventEndings = []string{
	"被害", "発生", "流出", "漏えい", "漏洩", "判明", "感染", "不具合", "障害", "メール",
	"攻撃", "アクセス", "ログイン", "誤送信", "誤配信", "紛失", "盗難", "改ざん", "状態に",
	"被害に", "可能性", "公表", "発表", "詐欺", "サイト", "SMS", "か", "恐れ", "おそれ",
	"乗っ取り", "停止", "受ける", "受けた", "閲覧", "に注意", "注意喚起", "注意呼びかけ",
}

// isDigestHeadline reports whether line i heads a digest item: a news
// headline ("Org、what happened", "OrgでXX被害") over running text.
func isDigestHeadline(ls []line, i int) bool {
	l := ls[i]
	if !isTitleLike(l) || l.runes < 12 || l.runes > 70 || !blankBefore(ls, i) {
		return false
	}
	if isEnumerated(l.text) || hasSelfReference(l.text) || dateOnlyRe.MatchString(l.text) || isOrgLine(l) {
		return false
	}
	if !hasIncidentVocabulary(l.text) {
		return false
	}
	comma := strings.Index(l.text, "、")
	if !(comma > 0 && comma < 60) && !hasAnySuffix(l.text, eventEndings) {
		return false
	}
	j := nextNonBlank(ls, i+1)
	return j < len(ls) && isParagraph(ls[j])
}

func hasAnySuffix(s string, suffixes []string) bool {
	s = strings.TrimRight(s, " 　")
	for _, e := range suffixes {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// digestCuts handles a digest of news items, each with a headline over one
// or more paragraphs. An introduction before the first headline belongs to
// the first item.
func digestCuts(ls []line) []cut {
	var cuts []cut
	for i := range ls {
		if isDigestHeadline(ls, i) {
			cuts = append(cuts, cut{line: i, title: ls[i].text})
		}
	}
	if len(cuts) < 2 {
		return nil
	}
	// Digests report in plain form; headings inside a notice sit over
	// polite sentences.
	if share, n := politeShare(ls[cuts[0].line:]); n > 0 && share >= 0.5 {
		return nil
	}
	cuts[0].line = 0
	return cuts
}

// orgBlockCuts handles compilations whose blocks open with an
// organisation's name on its own line followed by the notice's title (or
// its date), without any stronger separator.
func orgBlockCuts(ls []line) []cut {
	var cuts []cut
	repeated := make(map[string]int)
	for _, l := range ls {
		if !l.blank && l.runes <= 160 {
			repeated[l.text]++
		}
	}
	for i, l := range ls {
		if !blankBefore(ls, i) || !isOrgLine(l) {
			continue
		}
		t, ok := orgBlockTitle(ls, i, repeated)
		if !ok {
			continue
		}
		if n := len(cuts); n > 0 && cuts[n-1].title == t {
			continue // the notice again under its issuer (a page header, then the notice)
		}
		cuts = append(cuts, cut{line: i, title: t})
	}
	if len(cuts) < 2 {
		return nil
	}
	if minorPreamble(ls, cuts[0].line) {
		cuts[0].line = 0
	}
	return cuts
}

// orgBlockTitle looks past the organisation's name on line i (and past
// dates and further organisation names, as in joint notices) for the
// block's title: a heading with a title's ending or incident vocabulary.
func orgBlockTitle(ls []line, i int, repeated map[string]int) (string, bool) {
	j := i
	for range 8 {
		j = nextNonBlank(ls, j+1)
		if j >= len(ls) {
			return "", false
		}
		if l := ls[j]; isOrgLine(l) || dateOnlyRe.MatchString(l.text) {
			continue
		}
		l := ls[j]
		if !isHeadingText(l) && !isOneSentence(l) || isEnumerated(strings.TrimPrefix(l.text, "【")) {
			return "", false
		}
		if hasTitleEnding(l.text) || hasIncidentVocabulary(l.text) || repeated[l.text] > 1 {
			return l.text, true
		}
		return "", false
	}
	return "", false
}

// orgLeadRe matches an organisation's name at the start of a list item
// (a legal form before it, or a public-body or institution suffix after
// it), followed by punctuation or a particle.
var orgLeadRe = regexp.MustCompile(`^(?:(?:株式会社|有限会社|合同会社|独立行政法人|国立研究開発法人|国立大学法人|公立大学法人|学校法人|医療法人(?:社団|財団)?|社会福祉法人|一般社団法人|一般財団法人|公益財団法人|公益社団法人|特定非営利活動法人)\s?[^\s、。,:：]{1,24}?|[^\s、。,:：]{1,24}?(?:株式会社|有限会社|合同会社|\(株\)|（株）|㈱|都|道|府|県|市|区|町|村|省|庁|局|大学|病院|機構|協会|組合|銀行|信用金庫|研究所|センター|新聞社|放送|ホールディングス))(?:[\s、,:：(（「]|は|で|が|の|に|から|より)`)

var listMarkerRe = regexp.MustCompile(`^(?:[0-9０-９]{1,3}\s*[.．、)）]|[(（][0-9０-９]{1,3}[)）]|[①-⑳]|[■□◆◇●○◎▼▽★☆・]|【[^】]{1,12}】|\[[^\]]{1,12}\])\s*`)

// listItem reports whether line i opens an item of a list of notices: a
// list marker or a date, then a headline naming an organisation or an
// incident. It returns the headline and true for a sure item, the headline
// and false for a news-style headline that only counts in plain-form
// documents, and "" when the line is no item.
func listItem(ls []line, i int) (string, bool) {
	l := ls[i]
	if l.blank || l.runes > 90 || strings.Contains(strings.TrimRight(l.text, "。"), "。") {
		return "", false
	}
	if m := datedHeadlineRe.FindStringSubmatch(l.text); m != nil {
		rest := trimSpace(m[1])
		if hasIncidentVocabulary(rest) && (hasTitleEnding(rest) || orgLeadRe.MatchString(rest)) {
			return rest, true
		}
		return "", false
	}
	loc := listMarkerRe.FindStringIndex(l.text)
	if loc == nil {
		return "", false
	}
	rest := trimSpace(l.text[loc[1]:])
	if hasSelfReference(rest) || !hasIncidentVocabulary(l.text) {
		return "", false
	}
	if orgLeadRe.MatchString(rest) {
		return rest, true
	}
	// A news headline naming a brand: "Brand、what happened" over running
	// text. listCuts accepts these only in plain-form (news) documents.
	if c := strings.Index(rest, "、"); c > 0 && c < 60 && !strings.Contains(rest, "。") {
		if j := nextNonBlank(ls, i+1); j < len(ls) && isParagraph(ls[j]) {
			return rest, false
		}
	}
	return "", false
}

// listCuts handles lists of notices: numbered or bulleted items naming an
// organisation ("1. 株式会社X、不正アクセス被害") or dated news lists.
func listCuts(ls []line) []cut {
	var cuts []cut
	seen := make(map[string]bool)
	var news []cut
	for i := range ls {
		// A headline repeated later (a notice closing with its title) opens
		// no new item.
		t, ok := listItem(ls, i)
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		if ok {
			cuts = append(cuts, cut{line: i, title: t})
		} else {
			news = append(news, cut{line: i, title: t})
		}
	}
	if len(news) > 0 {
		if share, n := politeShare(ls); n > 0 && share < 0.5 {
			cuts = append(cuts, news...)
			sort.SliceStable(cuts, func(i, j int) bool { return cuts[i].line < cuts[j].line })
		}
	}
	if len(cuts) < 2 {
		return nil
	}
	if minorPreamble(ls, cuts[0].line) {
		cuts[0].line = 0
	}
	return cuts
}

// repeatCuts handles a notice pasted twice: when one of the first
// paragraphs of the text occurs again verbatim later, the repetition opens
// a second report.
func repeatCuts(ls []line) []cut {
	first := make(map[string]int)
	seen := 0
	for i, l := range ls {
		if l.blank {
			continue
		}
		seen++
		if l.runes < 60 || !strings.Contains(l.text, "。") {
			continue
		}
		if j, ok := first[l.text]; ok {
			// Take along the heading lines that preceded the first copy
			// when they precede the second one too.
			start, h, p := i, j, i
			for {
				if h <= 0 || p <= 0 {
					break
				}
				h, p = ls[h-1].prev, ls[p-1].prev
				if h < 0 || p < 0 || p <= j || ls[h].text != ls[p].text {
					break
				}
				start = p
			}
			return []cut{{line: start}}
		}
		if seen <= 3 {
			first[l.text] = i
		}
	}
	return nil
}

// newsLeadRe matches a news lead: a subject, は, a day and a comma
// ("北浜市は7月19日、", "株式会社Xは、3日、").
var newsLeadRe = regexp.MustCompile(`^([^、。「」]{2,40}?)は[、,]?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:[(（][^)）]{1,3}[)）])?[、,]`)

// leadCuts cuts a run of news leads pasted one after another without
// headings (a digest of short items, each "Xは7月1日、…と発表した。"): every
// paragraph that announces under a subject of its own opens a report. Two
// such paragraphs with different subjects are needed; a subject that
// refers back (同社は, 当社は, 市は) opens none.
func leadCuts(ls []line) []cut {
	var cuts []cut
	subjects := make(map[string]bool)
	for i, l := range ls {
		if l.blank || !isParagraph(l) {
			continue
		}
		m := newsLeadRe.FindStringSubmatch(l.text)
		if m == nil || !announces(l.text) {
			continue
		}
		subj := m[1]
		if strings.HasPrefix(subj, "同") || hasSelfReference(subj) || subjects[subj] {
			continue
		}
		subjects[subj] = true
		cuts = append(cuts, cut{line: i})
	}
	if len(cuts) < 2 {
		return nil
	}
	if minorPreamble(ls, cuts[0].line) {
		cuts[0].line = 0
	}
	return cuts
}

// announces reports whether a paragraph tells of an announcement.
func announces(s string) bool {
	for _, w := range []string{"発表した", "発表しました", "公表した", "公表しました", "明らかにした", "明らかにしました"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
