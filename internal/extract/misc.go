package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

// authHit is one authority the organization reported to.
type authHit struct {
	code string
	at   span
}

// authFollowers: the rune right after an authority word when it is the
// addressee (…に報告, …へ相談, …および…).
var authFollowers = []string{"に", "へ", "と", "や", "及", "お", "、", "等", "署", "本部", "より", "から", "の捜査", "の指導", "・", "(", "並",
	"の交番", "の窓口", "の相談窓口", ")"}

// authNotAddressee: after an authority word, these make it a source or a
// go-between, not an addressee ("教育委員会によりますと", "警察署を通じ
// 連絡を受けました").
var authNotAddressee = []string{"によると", "によれば", "によります", "により", "によって", "を通じ", "を通して", "経由",
	"署を通じ", "署を通して", "署経由"}

// eventPlaces: after an authority, these make it where the event happened,
// not an addressee.
var eventPlaces = []string{"において", "における"}

// policeSources: after the police, these make them the ones who told the
// organization of the incident, not an authority it reported to (a
// supervisor's guidance received, 委員会から指導, still counts).
var policeSources = []string{"から", "より"}

// municipalKinds: a board of education written with one of these alone
// before it (区教育委員会, 市教育委員会) is the writer's own.
var municipalKinds = []string{"区", "市", "町", "村", "県", "都", "府", "道"}

// ownBoard reports whether the board of education whose name follows the
// text is written without its place ("教育委員会へ報告", "区教育委員会
// に報告"): the school's own board, inside the same public body.
func ownBoard(before string) bool {
	r, size := utf8.DecodeLastRuneInString(before)
	if !unicode.Is(unicode.Han, r) {
		return true
	}
	if !hasSuffixAny(before, municipalKinds) {
		return false
	}
	r, _ = utf8.DecodeLastRuneInString(before[:len(before)-size])
	return !unicode.Is(unicode.Han, r)
}

// notStations end the names of offices that are no police station: 部署,
// 税務署, 消防署, 労働基準監督署, and the police station written in full
// (its own hit).
var notStations = []string{"部", "税務", "消防", "監督", "各", "警察", "本", "支", "管理", "営林", "官"}

// stationName reports whether the text before 署 ends with a station's
// place name: two to four kanji ("中央署", "弘前署"), not an office
// (notStations).
func stationName(before string) bool {
	if hasSuffixAny(before, notStations) {
		return false
	}
	n := 0
	for before != "" && n < 5 {
		r, size := utf8.DecodeLastRuneInString(before)
		if !unicode.Is(unicode.Han, r) {
			break
		}
		before = before[:len(before)-size]
		n++
	}
	return n >= 1 && n <= 4
}

// supervisoryActs: a supervising authority acting on the case ("個人情報保護
// 委員会は…指導等を行った", "金融庁から業務改善命令を受け"), which it knows of.
var supervisoryActs = []string{"指導", "勧告", "命令", "行政上の対応", "立入検査", "報告徴収"}

// complaintVerbs: a criminal complaint filed with the police.
var complaintVerbs = []string{"告発", "告訴"}

// policeSubjectTails follow the police as the subject of a story.
var policeSubjectTails = []string{"は", "が", "によると", "によれば", "の調べ"}

// sentToProsecution is contains(s, "送致"), searching for 致: index would
// search for the last byte of 送 (81), the second byte of half the kana.
func sentToProsecution(s string) bool {
	for i := len("送"); i < len(s); {
		k := index(s[i:], "致")
		if k < 0 {
			return false
		}
		i += k
		if s[i-len("送"):i] == "送" {
			return true
		}
		i += len("致")
	}
	return false
}

// notified finds the authorities the incident was reported to.
func notified(v *view) []authHit {
	var raw []hit
	for _, h := range v.hits {
		if h.kind == kAuth {
			raw = append(raw, h)
		}
	}
	raw = longest(raw)
	policeHit := false
	for _, h := range raw {
		policeHit = policeHit || cueList[h.id].code == "police"
	}
	// Police who sent a case to prosecutors are the organization, not an
	// authority it reported to.
	policeActs := false
	if policeHit && (contains(v.s, "書類送検") || sentToProsecution(v.s)) {
		for _, h := range raw {
			if cueList[h.id].code == "police" && hasPrefixAny(v.s[h.end:], policeSubjectTails) {
				policeActs = true // the police are the subject of the story
			}
		}
	}
	if !policeActs && policeHit {
		// A story about the police's own staff, told by the police.
		_, policeActs = policeOrg(v, orgFind{}, false)
	}
	var out []authHit
	for _, h := range raw {
		c := &cueList[h.id]
		if c.code == "police" && policeActs {
			continue
		}
		shortStation := c.pat == "署に" || c.pat == "署へ"
		if shortStation && !stationName(v.s[:h.start]) {
			continue // 部署に, 税務署に, 消防署に: no police
		}
		after := v.s[h.end:]
		if strings.HasPrefix(after, "である") || hasPrefixAny(after, authNotAddressee) {
			continue
		}
		if c.code == "police" && hasPrefixAny(after, policeSources) {
			continue // "県警から…との連絡を受け": the police told the organization
		}
		if c.code != "police" && hasPrefixAny(after, eventPlaces) {
			continue // "厚生労働省において、…誤送信": where it happened (the police investigating there still know of it)
		}
		if c.pat == "教育委員会" && ownBoard(v.s[:h.start]) {
			continue // "校長より区教育委員会に報告": a school reports to its own board
		}
		if c.code == "ministry" {
			// A bureau of the ministry: 厚生労働省医政局に.
			if i := indexRuneOf(after[:runesFwd(after, 0, 8, len(after))], "局課室部"); i > 0 && !hasHiragana(after[:i]) {
				_, size := utf8.DecodeRuneInString(after[i:])
				after = after[i+size:]
			}
		}
		if c.pat != "被害届" && c.pat != "被害申告" && c.pat != "110番" && !shortStation && !hasPrefixAny(after, authFollowers) && !hasPrefixAny(after, listFollowers) {
			continue
		}
		sent := v.sentenceAt(h.start)
		if containsAny(v.s[sent.start:sent.end], adviceWords) {
			continue // advice to readers, not a report made
		}
		win := v.s[h.end:runesFwd(v.s, h.end, 80, sent.end)]
		if c.pat != "被害届" && c.pat != "被害申告" && !containsAny(win, reportVerbs) && !(c.code == "police" && containsAny(win, complaintVerbs)) &&
			!(c.code != "police" && containsAny(win, supervisoryActs)) {
			continue
		}
		if containsAny(win, planMarks) && !containsAny(win, doneMarks) {
			continue // "今後、警察と相談の上、対応を検討してまいります": not yet
		}
		out = append(out, authHit{c.code, span{h.start, h.end}})
	}
	return out
}

// listFollowers: an authority named first of a list ("警察など").
var listFollowers = []string{"など", "ほか", "をはじめ"}

// adviceWords: a sentence of advice to readers.
var adviceWords = []string{"ください", "場合", "ましょう"}

// planMarks tell that a report to an authority is planned, not made.
var planMarks = []string{"予定", "検討", "方針", "する考え"}

// doneMarks tell that a report was made or is ongoing.
var doneMarks = []string{"ました", "ており", "ています", "済み", "済", "した。", "している", "た上", "たうえ", "たところ"}

// finalMarks: a final report. (A title "調査結果のご報告" alone is not
// necessarily the last one.)
var finalMarks = []string{"最終報告", "(最終)", "【最終】", "最終報", "(最終版)", "最終ご報告", "最終のご報告", "最終のお知らせ", "最終版"}

// earlierReportUses follow a mention of an earlier report in the body:
// "5月24日の第一報、5月27日の第二報にてお知らせ".
var earlierReportUses = []string{"にて", "で", "において", "により", "として", "でお知らせ", "でご報告", "(", "にお", "に続", "に引き続",
	"の内容", "以降", "から"}

// earlierReportBefore end the words that introduce an earlier report:
// "前回(第2報)", "先般の第2報".
var earlierReportBefore = []string{"前回", "前報", "先般", "先般の", "既報", "これまで", "これまでの", "先日", "先の", "前回の"}

// earlierReportAt reports whether the report number at in line t names an
// earlier report: "前回(第2報)に続き", "(第2報)にてお知らせした".
func earlierReportAt(t string, at span) bool {
	return hasSuffixAny(t[:at.start], earlierReportBefore) || hasPrefixAny(t[at.end:], earlierReportUses)
}

// bulleted reports whether a line starts with a list mark.
func bulleted(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, " "))
	return isBullet(r)
}

// trimMarksLeft is strings.TrimLeft(t, bulletMarks+more): it drops the
// list marks and the runes of more that open t, without TrimLeft's search
// of the set for every rune.
func trimMarksLeft(t, more string) string {
	for t != "" {
		r, size := utf8.DecodeRuneInString(t)
		if !isBullet(r) && !hasRune(more, r) {
			break
		}
		t = t[size:]
	}
	return t
}

// bulletLeads marks the first bytes of the runes of bulletMarks.
var bulletLeads = func() (t [256]bool) {
	for _, r := range bulletMarks {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]] = true
	}
	return t
}()

// isBullet is hasRune(bulletMarks, r), ruling out at once a rune whose
// first byte starts no bullet mark (kana, kanji).
func isBullet(r rune) bool {
	if r >= 0x800 && r < 0x10000 && !bulletLeads[0xE0|byte(r>>12)] { // a three-byte rune
		return false
	}
	return hasRune(bulletMarks, r)
}

// datedReportItem reads a line listing an earlier notice by its date and
// number: "・2025年3月10日 …に関するお知らせ(第2報)".
func datedReportItem(v *view, ln span) (int64, span, bool) {
	t := v.text(ln)
	lead := trimMarksLeft(t, " ")
	if lead == "" || !(lead[0] >= '0' && lead[0] <= '9' || strings.HasPrefix(lead, "令和") || strings.HasPrefix(lead, "平成")) {
		return 0, span{}, false
	}
	i := index(t, "第")
	if i < 0 {
		return 0, span{}, false
	}
	j := i + len("第")
	k := index(t[j:min(len(t), j+12)], "報")
	if k <= 0 {
		return 0, span{}, false
	}
	n, ok := jptext.ParseNumber(t[j : j+k])
	if !ok || n < 1 || n >= 99 {
		return 0, span{}, false
	}
	return n, span{ln.start + i, ln.start + j + k + len("報")}, true
}

// reportSeq reads 第2報 / 最終報告 from the title region: the first lines,
// the last line and the segment title; else a report numbered after the
// earlier reports its body mentions.
func reportSeq(v *view) (string, span, bool) {
	region := make([]span, 0, 7)
	region = append(region, v.nonEmptyLines(6)...)
	for i := len(v.lines) - 1; i >= 0; i-- {
		if v.lines[i].end > v.lines[i].start {
			region = append(region, v.lines[i])
			break
		}
	}
	listed := int64(0) // the highest number in a list of earlier reports
	var listedAt span
	items := 0 // dated lines with a report number: a list when two or more
	type item struct {
		n  int64
		at span
		ok bool
	}
	var itemBuf [8]item
	dated := itemBuf[:0] // datedReportItem of each line of the region
	for _, ln := range region {
		n, at, ok := datedReportItem(v, ln)
		dated = append(dated, item{n, at, ok})
		if ok {
			items++
		}
	}
	// The mentions of a numbered report (第…報) in the whole text, found
	// on first use and shared by the searches below.
	var mentions []reportMention
	found := false
	allMentions := func() []reportMention {
		if !found {
			mentions, found = reportMentions(v.s), true
		}
		return mentions
	}
	for k, ln := range region {
		t := v.text(ln)
		if hasFullStop(t) {
			// A body paragraph ("…第二報にてお知らせしたところ…"), but a
			// bracketed number is still the title's: "…について(第2報)",
			// unless it names an earlier one: "前回(第2報)に続き".
			if s, at, ok := bracketSeq(t); ok && !earlierReportAt(t, at) {
				return s, span{ln.start + at.start, ln.start + at.end}, true
			}
			continue
		}
		if n, at, ok := dated[k].n, dated[k].at, dated[k].ok; ok && k > 0 && (items > 1 || bulleted(t)) {
			if n > listed {
				listed, listedAt = n, at
			}
			continue // "・2025年3月10日 …(第2報)": an earlier notice
		}
		if atLeastRunes(t, 121) {
			t = t[:runesFwd(t, 0, 120, len(t))]
		}
		if contains(t, "最終") { // in every final mark
			for _, m := range finalMarks {
				if i := index(t, m); i >= 0 {
					return "final", span{ln.start + i, ln.start + i + len(m)}, true
				}
			}
		}
		best := int64(0)
		var at span
		for j := 0; ; {
			i := index(t[j:], "第")
			if i < 0 {
				break
			}
			a := j + i
			j = a + len("第")
			// Only the first 報 within six bytes counts: look no further.
			k := index(t[j:min(len(t), j+6+len("報"))], "報")
			if k <= 0 || k > 6 {
				continue
			}
			n, ok := jptext.ParseNumber(t[j : j+k])
			if ok && n >= 2 && n > best && n < 100 {
				best, at = n, span{ln.start + a, ln.start + j + k + len("報")}
			}
		}
		if best > 0 {
			return itoa(best), at, true
		}
		if i := index(t, "続報"); i >= 0 && !contains(t, "続報を") {
			if s, at, ok := newsUpdateSeq(v, allMentions()); ok {
				return s, at, true // the body names the number
			}
			return "2", span{ln.start + i, ln.start + i + len("続報")}, true
		}
	}
	if s, at, ok := newsUpdateSeq(v, allMentions()); ok {
		return s, at, true
	}
	if listed > 0 {
		return itoa(listed + 1), listedAt, true
	}
	// "第一報、…第二報にてお知らせしておりました": this one comes after.
	best := int64(0)
	var at span
	for _, m := range allMentions() {
		a, j, k := m.at, m.at+len("第"), m.num
		n, ok := jptext.ParseNumber(v.s[j : j+k])
		e := j + k + len("報")
		w := v.s[e:runesFwd(v.s, e, 20, len(v.s))]
		if future := containsAny(w, []string{"予定", "します", "いたします", "まいります"}) && !containsAny(w, []string{"した", "しており", "しております"}); future {
			continue // "詳細は第2報でお知らせします"
		}
		if ok && n >= 1 && n < 99 && n > best && hasPrefixAny(trimLeftSet(v.s[e:], ")】]"), earlierReportUses) {
			best, at = n, span{a, e}
		}
	}
	if best > 0 {
		return itoa(best + 1), at, true
	}
	return "", span{}, false
}

// reportMention is a mention of a numbered report: 第 at at, 報 at
// at+len("第")+num, num > 0 bytes after 第 and within 18 bytes of it.
type reportMention struct{ at, num int }

// reportMentions returns the 第 of s, in order, that have a 報 within the 18
// bytes after them, with the offset of the first such 報.
func reportMentions(s string) []reportMention {
	var out []reportMention
	for a := range occurrences(s, "第") {
		j := a + len("第")
		if k := index(s[j:min(len(s), j+18)], "報"); k > 0 {
			out = append(out, reportMention{a, k})
		}
	}
	return out
}

// seqOpens open a bracketed report number, in the order bracketSeq tries
// them.
var seqOpens = [...]string{"(第", "【第", "[第"}

// bracketSeq finds "(第2報)" or "【第2報】" in a line.
func bracketSeq(t string) (string, span, bool) {
	// The first occurrence of each opening, found in one pass over the
	// 第 of the line.
	first := [len(seqOpens)]int{-1, -1, -1}
	left := len(seqOpens)
	for a := range occurrences(t, "第") {
		for o, open := range seqOpens {
			if b := len(open) - len("第"); first[o] < 0 && a >= b && t[a-b:a] == open[:b] {
				first[o] = a - b
				left--
			}
		}
		if left == 0 {
			break
		}
	}
	for o, open := range seqOpens {
		i := first[o]
		if i < 0 {
			continue
		}
		j := i + len(open)
		k := index(t[j:min(len(t), j+12)], "報")
		if k <= 0 {
			continue
		}
		e := j + k + len("報")
		_, size := utf8.DecodeRuneInString(t[e:])
		if !hasPrefixAny(t[e:], []string{")", "】", "]"}) {
			continue
		}
		if n, ok := jptext.ParseNumber(t[j : j+k]); ok && n >= 2 && n < 100 {
			return itoa(n), span{i, e + size}, true
		}
	}
	return "", span{}, false
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// vendorRoles name a contractor or platform; the name follows in 「」 or
// (), or after である.
var vendorRoles = []string{"受託事業者", "委託先", "業務委託先", "事業委託先", "委託事業者", "運営事業者", "保守事業者",
	"再委託先", "委託業者", "委託会社"}

var (
	vendorBracketRe = regexp.MustCompile(`^(?:である|の)?[「(]([^」)]{2,40})[」)]`)
	vendorDeRe      = regexp.MustCompile(`^である((?:株式会社|有限会社|合同会社)[^、。がはをにの(]{1,30}|[^、。がはの]{2,30}?(?:株式会社|有限会社|合同会社))`)
	vendorRunRe     = regexp.MustCompile(`^受託(?:作成|運営|運用)?している([^、。がはの]{2,20})が`)
)

// vendors finds third parties through which the incident happened: names
// after a contractor role word, "Booking.com社の…", "…を受託している X が".
func vendors(v *view, org string) []orgFind {
	var out []orgFind
	seen := map[string]bool{}
	add := func(a, b int) {
		o := v.orgAt(a, b)
		name := o.name
		if i := index(name, "(以下"); i > 0 {
			name = name[:i]
		}
		if name == "" || seen[compact(name)] || (org != "" && compact(name) == compact(org)) || isSelfRef(name) {
			return
		}
		seen[compact(name)] = true
		o.name = name
		out = append(out, o)
	}
	for _, h := range v.hits {
		if h.kind != kVendor {
			continue
		}
		c := &cueList[h.id]
		switch c.code {
		case "role":
			e := h.end
			win := v.s[e:runesFwd(v.s, e, 50, len(v.s))]
			if m := vendorBracketRe.FindStringSubmatchIndex(win); m != nil {
				add(e+m[2], e+m[3])
			} else if m := vendorDeRe.FindStringSubmatchIndex(win); m != nil {
				add(e+m[2], e+m[3])
			}
		case "run":
			a := h.start
			win := v.s[a:runesFwd(v.s, a, 40, len(v.s))]
			if m := vendorRunRe.FindStringSubmatchIndex(win); m != nil {
				add(a+m[2], a+m[3])
			}
		case "sha":
			// "Booking.com 社(本社:…)", "X社が提供する".
			k := h.start
			a := k
			for a > 0 && k-a < 30 {
				c := v.s[a-1]
				if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '&' || c == '-' || c == ' ' {
					a--
					continue
				}
				break
			}
			for a < k && v.s[a] == ' ' {
				a++
			}
			if k-a >= 2 && (v.s[a] >= 'A' && v.s[a] <= 'Z' || v.s[a] >= 'a' && v.s[a] <= 'z') {
				add(a, k)
			}
		}
	}
	return out
}

// titleFind is the title of a report with its span.
type titleFind struct {
	text string
	at   span
	ok   bool
}

var titleEndings = []string{"について", "お知らせ", "お詫び", "おわび", "ご報告", "ご注意ください", "報告", "被害", "発生", "事案", "件", "流出", "漏えい", "漏洩"}

// findTitle returns the notice's title line: the segment's title when the
// segmenter saw one, the title part of a casebook header, or the first
// title-like line at the top.
func findTitle(v *view, segTitle string, ds []vdate) titleFind {
	if segTitle != "" {
		st := compact(jptext.FoldString(segTitle))
		if i := index(v.s, st); i >= 0 && st != "" {
			return titleFind{v.origText(i, i+len(st)), span{i, i + len(st)}, true}
		}
	}
	ne := v.nonEmptyLines(6)
	if len(ne) > 0 {
		ln := ne[0]
		t := v.text(ln)
		if m := casebookRe.FindStringIndex(t); m != nil {
			a := ln.start + m[1]
			e := ln.end
			// Drop the trailing date.
			ds := jptext.FindDates(t[m[1]:], jptext.DateContext{})
			if len(ds) > 0 {
				last := ds[len(ds)-1]
				if trimSpace(t[m[1]+last.Span.End:]) == "" {
					e = a + last.Span.Start
				}
			}
			if e > a {
				return titleFind{trimSpace(v.origText(a, e)), span{a, e}, true}
			}
		}
	}
	for _, ln := range ne {
		t := v.text(ln)
		if len(t) > 320 || strings.HasSuffix(t, "。") || strings.HasPrefix(t, "http") || atLeastRunes(t, 81) {
			continue
		}
		// A title's shape before the costlier tests that rule a line out.
		if !hasSuffixAny(trimRightSet(t, ")】"), titleEndings) && !strings.HasPrefix(t, "【") && !contains(t, "、") {
			continue
		}
		if orgLine(t) || isDateLineIn(v, ln, ds) {
			continue
		}
		return titleFind{trimSpace(v.origText(ln.start, ln.end)), ln, true}
	}
	return titleFind{}
}

// copiedHeader finds a header title a compiler copied from another block.
// Organization-block compilations put the organization, the notice's title
// and its date above the body and repeat the title on the block's last line.
// When that closing line is a line of the body (the notice's own heading)
// and differs from the header title, which occurs nowhere else in the
// block, the header belongs to another notice: the closing line is the real
// title. It returns the header line and the closing line.
func copiedHeader(v *view) (header, closing span, ok bool) {
	// The closing line first: most reports end otherwise, and then need no
	// list of their lines.
	k := len(v.lines) - 1
	for k >= 0 && v.lines[k].end == v.lines[k].start {
		k--
	}
	if k < 0 || !titleLike(v.text(v.lines[k])) {
		return span{}, span{}, false
	}
	lines := v.scanNonEmpty(len(v.lines))
	if len(lines) < 5 {
		return span{}, span{}, false
	}
	closing = lines[len(lines)-1]
	last := v.text(closing)
	hi := -1
	for i := 0; i < 3; i++ {
		t := v.text(lines[i])
		if t == last {
			return span{}, span{}, false // the header is the closing title
		}
		if hi < 0 && titleLike(t) && !orgLine(t) {
			hi = i
		}
	}
	if hi < 0 {
		return span{}, span{}, false
	}
	head := v.text(lines[hi])
	inBody := false
	for _, ln := range lines[hi+1 : len(lines)-1] {
		t := v.text(ln)
		if t == head {
			return span{}, span{}, false
		}
		if t == last {
			inBody = true
		}
	}
	if !inBody {
		return span{}, span{}, false
	}
	return lines[hi], closing, true
}

// titleLike: a short line ending like a notice title.
func titleLike(t string) bool {
	return !atLeastRunes(t, 81) && !strings.HasSuffix(t, "。") && hasSuffixAny(trimRightSet(t, ")】"), titleEndings)
}

// dropHits forgets the cue occurrences inside a span (text that belongs to
// another report) and recomputes the mark groups.
func (v *view) dropHits(at span) {
	kept := v.hits[:0]
	v.marks = 0
	for _, h := range v.hits {
		if h.start >= at.start && h.end <= at.end {
			continue
		}
		kept = append(kept, h)
		if c := &cueList[h.id]; h.kind == kMark {
			v.marks |= markBit(c.code)
		}
	}
	v.hits = kept
}

// newsUpdateUses follow "第N報" in a news item reporting that update.
var newsUpdateUses = []string{"を公表した", "を発表した", "を公開した", "を出した", "を公表。", "を発表。"}

// newsUpdateSeq finds a news item about an update: "…について第2報を公表した"
// (plain form; a notice's own "第2報を公表しました" looks back at an earlier
// one).
//
// ms are the report mentions of v.s (reportMentions): the first 報 within
// 18 bytes of a 第 is the first within 12 bytes when it fits there.
func newsUpdateSeq(v *view, ms []reportMention) (string, span, bool) {
	for _, m := range ms {
		a, j, k := m.at, m.at+len("第"), m.num
		if k+len("報") > 12 {
			continue
		}
		e := j + k + len("報")
		if n, ok := jptext.ParseNumber(v.s[j : j+k]); ok && n >= 2 && n < 99 && hasPrefixAny(v.s[e:], newsUpdateUses) {
			return itoa(n), span{a, e}, true
		}
	}
	return "", span{}, false
}
