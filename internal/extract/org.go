package extract

import (
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/jptext"
	"github.com/jikenbo/jikenbo/internal/model"
)

// orgFind is an organization name with the document span it came from.
type orgFind struct {
	name string
	at   model.Span
}

var casebookRe = regexp.MustCompile(`^【[^】#]*#(\d{4}-\d+)】`)

// isNameRune reports whether r can be part of an organization name (without
// hiragana, which is handled separately).
func isNameRune(r rune) bool {
	switch {
	case isHan(r), isKatakana(r):
		return true
	case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return true
	case r == 'ー' || r == '・' || r == '&' || r == '々' || r == 'ヶ' || r == '.' || r == '＆':
		return true
	}
	return false
}

func isHiragana(r rune) bool { return r >= 'ぁ' && r <= 'ゖ' }

// isHan is unicode.Is(unicode.Han, r), answering the CJK Unified
// Ideographs without a table search.
func isHan(r rune) bool {
	return r >= hanRun[0] && r <= hanRun[1] || unicode.Is(unicode.Han, r)
}

// isKatakana is unicode.Is(unicode.Katakana, r), answering the katakana
// letters without a table search.
func isKatakana(r rune) bool {
	return r >= kanaRun[0] && r <= kanaRun[1] || unicode.Is(unicode.Katakana, r)
}

// hanRun and kanaRun are runs of runes of the script, checked against its
// table when the package starts.
var (
	hanRun  = scriptRun(unicode.Han, 0x4E00, 0x9FFF)
	kanaRun = scriptRun(unicode.Katakana, 'ァ', 'ヺ')
)

// scriptRun returns lo and the last rune up to hi before which every rune
// from lo is in t.
func scriptRun(t *unicode.RangeTable, lo, hi rune) [2]rune {
	for r := lo; r <= hi; r++ {
		if !unicode.Is(t, r) {
			return [2]rune{lo, r - 1}
		}
	}
	return [2]rune{lo, hi}
}

const particles = "はがをにのでともへや"

// nameBefore returns the start of the name that ends at i in s: name runes,
// plus a leading hiragana run when it starts the line or follows a
// delimiter.
func nameBefore(s string, i, lo int) int {
	j := i
	for j > lo {
		r, size := utf8.DecodeLastRuneInString(s[lo:j])
		if !isNameRune(r) {
			break
		}
		j -= size
	}
	k := j
	for k > lo {
		r, size := utf8.DecodeLastRuneInString(s[lo:k])
		if !isHiragana(r) {
			break
		}
		k -= size
	}
	if k < j {
		run := s[k:j]
		for _, stop := range []string{"である", "による", "より", "から", "として", "および", "及び"} {
			if x := lastIndex(run, stop); x >= 0 {
				k += x + len(stop)
				run = s[k:j]
			}
		}
		if k == lo {
			return k
		}
		// Kana after a kanji is a verb ending (関する), not a name.
		r, _ := utf8.DecodeLastRuneInString(s[lo:k])
		if hasRune("、。「『(（【\n :：", r) {
			return k
		}
		return j
	}
	return j
}

// nameAfter returns the end of the name that starts at i in s: name runes
// and hiragana other than particles.
func nameAfter(s string, i, hi int) int {
	j := i
	prevName := false
	for j < hi {
		r, size := utf8.DecodeRuneInString(s[j:hi])
		if !isNameRune(r) && !isHiragana(r) {
			break
		}
		if isHiragana(r) && prevName && hasRune(particles, r) {
			break
		}
		prevName = isNameRune(r)
		j += size
	}
	return j
}

// isLegalForm reports whether s is only a legal form.
func isLegalForm(s string) bool {
	for _, f := range legalForms {
		if s == f {
			return true
		}
	}
	return false
}

// orgShaped reports whether s looks like an organization name: it has a
// legal form or ends with an organization suffix, and is no service name.
func orgShaped(s string) bool {
	if s == "" || atLeastRunes(s, 41) || !atLeastRunes(s, 2) {
		return false
	}
	// Cheap test first: one automaton pass tells whether any legal form
	// occurs at all.
	if containsAny(s, legalForms) {
		for _, f := range legalForms {
			if contains(s, f) && s != f {
				return true // 株式会社エムケイシステム
			}
		}
	}
	if hasSuffixAny(s, serviceEndings) {
		return false
	}
	if hasSuffixAny(s, deptEndings) && !containsAny(s[:len(s)-3], coreMarks) && !contains(s, "警察") && !(strings.HasSuffix(s, "支部") && atLeastRunes(s, 3)) {
		return false // a department line ("総務部デジタル推進課")
	}
	// Cheap test first: the last rune must end some suffix.
	return orgSuffixSet.endsAny(s) && !isSelfRef(s)
}

// insideMark reports whether cutting s at e would split a core mark or a
// police name (県警|察).
func insideMark(s string, e int) bool {
	for _, m := range insideMarks {
		for j := 0; ; {
			i := index(s[j:], m)
			if i < 0 {
				break
			}
			a := j + i
			if a < e && e < a+len(m) {
				return true
			}
			j = a + len(m)
		}
	}
	return false
}

// insideMarks are the marks insideMark keeps whole.
var insideMarks = append(slices.Clip(coreMarks), "警察", "警察本部", "県警察")

// deptEndings end the names of departments inside an organization.
var deptEndings = []string{"課", "室", "係", "部", "グループ", "担当", "チーム"}

// coreMarks end the organization itself inside "みなと市保険年金課".
var coreMarks = append([]string{"都", "道", "府", "県", "市", "区", "町", "村", "省", "庁", "大学", "学園", "病院", "会社", "法人", "銀行", "警察", "県警", "機構", "協会", "組合", "事務所", "センター"},
	branchBureaus...)

// branchBureaus end the names of a ministry's regional branches, bodies of
// their own that issue their notices ("南浜労働局", "北浦財務局").
var branchBureaus = []string{"労働局", "法務局", "財務局", "運輸局", "整備局", "農政局", "経済産業局", "厚生局", "国税局", "防衛局", "環境事務所"}

// coreEnd returns the byte index after the last organization core mark in s
// that leaves something after it, or -1.
func coreEnd(s string) int {
	best := -1
	for _, m := range coreMarks {
		for j := 0; ; {
			i := index(s[j:], m)
			if i < 0 {
				break
			}
			e := j + i + len(m)
			j = e
			rest := s[e:]
			if i+j-e == 0 && j-len(m) == 0 {
				continue // the name cannot start with the mark
			}
			if rest == "" || rest == "本部" || !atLeastRunes(rest, 2) || containsAny(rest, coreMarks) || insideMark(s, e) {
				continue
			}
			if best < 0 || e < best {
				best = e
			}
		}
	}
	return best
}

// selfRefLeads holds the first runes of the self references: a name
// starting otherwise starts with none of them.
var selfRefLeads = func() string {
	words := make([]string, len(selfRefs))
	for i, r := range selfRefs {
		words[i] = r.word
	}
	return runeSet(words, firstRuneOf)
}()

// sameNamePrefixes are names that start with 同 without being a back
// reference ("同志社").
var sameNamePrefixes = []string{"同志社", "同朋", "同仁", "同愛", "同済"}

func isSelfRef(s string) bool {
	// Cheap test first: s can start with a self reference only when it
	// starts with the first rune of one.
	if s != "" && hasRune(selfRefLeads, firstRuneOf(s)) {
		for _, r := range selfRefs {
			if s == r.word || strings.HasPrefix(s, r.word) {
				return true
			}
		}
	}
	if strings.HasPrefix(s, "同") && !hasPrefixAny(s, sameNamePrefixes) {
		return true // 同社, 同市: the one named before
	}
	return strings.HasPrefix(s, "市内") || strings.HasPrefix(s, "県内")
}

// municipalityEnds and placeRePrefixes are what placeRe's matches end and
// start with.
var (
	municipalityEnds = []string{"市", "区", "町", "村"}
	placeRePrefixes  = []string{"北海道", "東京都", "京都府", "大阪府"}
)

// placePrefix matches a prefecture written before a municipality
// (千葉県南房総市 → 南房総市).
var placeRe = regexp.MustCompile(`^(?:北海道|東京都|京都府|大阪府|[\p{Han}\p{Hiragana}]{2,4}県)([\p{Han}\p{Hiragana}ヶケ]{1,6}?(?:市|区|町|村))`)

func stripPlace(s string) (string, int) {
	// Cheap tests first: a match ends with a municipality and starts with
	// a prefecture (one of four names, or a name ending in 県).
	if !hasSuffixAny(s, municipalityEnds) || !hasPrefixAny(s, placeRePrefixes) && !contains(s, "県") {
		return s, 0
	}
	if m := placeRe.FindStringSubmatchIndex(s); m != nil && m[3] == len(s) {
		return s[m[2]:m[3]], m[2]
	}
	return s, 0
}

// findOrg finds the organization a report is about (findOrgRaw) and puts
// its name in the form a casebook keeps: the police as written over their
// prefecture, the formal name over a short form, the municipality that owns
// a school named with its prefecture.
func findOrg(v *view, title titleFind) (orgFind, bool) {
	o, ok := findOrgRaw(v, title)
	if p, found := policeOrg(v, o, ok); found {
		return p, true
	}
	if !ok {
		return o, false
	}
	if r := refineOrg(v, o); r.name != "" {
		o = r
	}
	if b, ok := incidentBody(v, o); ok {
		return b, true
	}
	if t, ok := regulatedOrg(v, o); ok {
		return t, true
	}
	if t, ok := relayedOrg(v, o); ok {
		return t, true
	}
	return o, true
}

// warningRelays are bodies that collect and pass on warnings about fake
// mails and sites of others: their report names the body impersonated.
var warningRelays = []string{"フィッシング対策協議会", "JPCERT/CC", "JPCERTコーディネーションセンター", "情報処理推進機構", "IPA",
	"国民生活センター", "日本サイバー犯罪対策センター", "JC3"}

// relayedOrg returns the body a fake pretends to be when the candidate is
// a body relaying the warning: "フィッシング対策協議会では、「北浜銀行を
// かたるフィッシング」の報告を受けている" is about 北浜銀行.
func relayedOrg(v *view, o orgFind) (orgFind, bool) {
	if !hasSuffixAny(compact(o.name), warningRelays) {
		return orgFind{}, false
	}
	for k, sp := range v.sents {
		if k >= 8 {
			break
		}
		if t, ok := impersonated(v, sp); ok && goodOrg(t.name) && !hasSuffixAny(compact(t.name), warningRelays) {
			return t, true
		}
	}
	return orgFind{}, false
}

// findOrgRaw finds the organization a report is about: the first candidate,
// in order of reliability, that is a name (no generic noun, no date, no
// bare self reference).
func findOrgRaw(v *view, title titleFind) (orgFind, bool) {
	nonEmpty := v.nonEmptyLines(8)
	// 1. Casebook header: 【…#…】Org title date.
	if len(nonEmpty) > 0 {
		ln := nonEmpty[0]
		if casebookRe.MatchString(v.text(ln)) {
			if o, ok := headerOrg(v, ln); ok && goodOrg(o.name) {
				return o, true
			}
		}
	}
	// 2. A news headline's source tag ("…を書類送検―港北県警") or an
	// organization-name line at the top (after a title and a date).
	for k, ln := range nonEmpty {
		if k >= 5 {
			break
		}
		t := v.text(ln)
		if o, ok := sourceTag(v, ln); ok {
			return o, true
		}
		if orgLine(v.origText(ln.start, ln.end)) {
			if o := v.lineOrg(ln); goodOrg(o.name) {
				if s, ok := leadOverLine(v, ln, o); ok {
					return s, true // a photo's credit line over a news lead
				}
				// "医療法人社団さくら会" over "ひばり総合病院": the corporation
				// and the facility it runs.
				if k+1 < len(nonEmpty) && contains(o.name, "法人") {
					next := nonEmpty[k+1]
					if nt := v.origText(next.start, next.end); orgLine(nt) {
						f := v.lineOrg(next)
						if hasSuffixAny(f.name, facilityEndings) && !contains(f.name, "法人") && goodOrg(f.name) {
							return orgFind{o.name + " " + f.name, model.Span{Start: o.at.Start, End: f.at.End}}, true
						}
						// "…研究機構" over "みなと言語研究所", which the
						// notice speaks as (当研究所): the institute.
						if hasSuffixAny(f.name, instituteEndings) && !contains(f.name, "法人") && goodOrg(f.name) && speaksAs(v, next.end, f.name) {
							return f, true
						}
					}
				}
				return o, true
			}
		}
		if o, ok := headingBodyLine(v, ln); ok {
			return o, true // "株式会社X 弊社が運営する…"
		}
		if strings.HasSuffix(t, "。") && !pageChrome(t) {
			break
		}
	}
	// A labelled field: "会社名 | X |", "学校名" then the name.
	if o, ok := labelledOrg(v); ok {
		return o, true
	}
	// The issuer defined as the self reference: "X(以下「当社」)".
	if o, ok := definedSelfOrg(v); ok && goodOrg(o.name) {
		return o, true
	}
	// 3. A digest or news headline: "Org、…", "Orgで…".
	for k, ln := range nonEmpty {
		if k >= 3 {
			break
		}
		if h, ok := joinedHead(v, ln); ok {
			// A long headline joined to its lead as a wrapped line.
			if o, ok := joinedLeadSubject(v, h); ok {
				return o, true
			}
			ln = h
		}
		t := v.text(ln)
		if strings.HasSuffix(t, "。") || atLeastRunes(t, 71) {
			continue
		}
		if o, ok := headlineOrg(v, ln); ok && goodOrg(o.name) {
			if s, ok := leadSubjectOver(v, ln, o); ok {
				return s, true
			}
			return o, true
		}
		if o, ok := describedHeadline(v, ln); ok && goodOrg(o.name) {
			return o, true // "健康食品のX、…"
		}
	}
	// A headline under the page's chrome (breadcrumb, date, byline).
	if o, ok := laterHeadline(v); ok {
		return o, true
	}
	// A prefecture named by a headline tag only: "《X》…", "県は…".
	if o, ok := taggedPrefecture(v); ok {
		return o, true
	}
	// 4. The subject of the first sentences.
	generic := false
	for k, sp := range v.sents {
		if k >= 5 {
			break
		}
		if o, ok := newsSubject(v, sp); ok {
			if goodOrg(o.name) && !contractor(v, o.name) {
				return o, true
			}
			generic = generic || genericNoun(o.name)
		}
		if o, ok := quotedOrg(v, sp); ok && goodOrg(o.name) && !contractor(v, o.name) {
			return o, true
		}
		if o, ok := subjectOrg(v, sp); ok && goodOrg(o.name) && !contractor(v, o.name) {
			return o, true
		}
		if o, ok := datedSubject(v, sp); ok && goodOrg(o.name) && !contractor(v, o.name) {
			return o, true // "Xは12月9日、…と発表した"
		}
		if o, ok := trailingAnnouncer(v, sp); ok && goodOrg(o.name) {
			return o, true // "…を紛失したと、北野市教育委員会が発表した"
		}
		if o, ok := sourceSubject(v, sp); ok && goodOrg(o.name) {
			if p, ok := leadPlaceOfBody(v, o, k); ok {
				return p, true
			}
			return o, true // "Xによりますと…"
		}
	}
	// A staff member of the organization as the lead's subject:
	// "…として、みなと病院の看護師が処分を受けた".
	if o, ok := staffSubject(v); ok {
		return o, true
	}
	// A back reference as the lead's subject: "…、同連合は…".
	if o, ok := sameRefOrg(v); ok {
		return o, true
	}
	// "市内で飲食店を経営する会社は…": the name is written further down.
	if generic {
		if o, ok := legalFormName(v); ok && goodOrg(o.name) && !isVendor(v, o.name) {
			return o, true
		}
	}
	// A signature block at the bottom.
	n := 0
	for i := len(v.lines) - 1; i >= 0 && n < 8; i-- {
		ln := v.lines[i]
		if ln.end == ln.start {
			continue
		}
		n++
		if orgLine(v.origText(ln.start, ln.end)) {
			if o := v.lineOrg(ln); goodOrg(o.name) {
				return o, true
			}
		}
		if o, ok := headSignature(v, ln); ok {
			return o, true
		}
		if n == 1 {
			if o, ok := tailSignature(v, ln); ok {
				return o, true
			}
		}
	}
	// The subject under the overview heading: "1 概要" then "みなと高校に
	// おいて、…".
	if o, ok := overviewSubject(v); ok {
		return o, true
	}
	// 5. Self references resolved to a name in the report (not the name of
	// a contractor: "弊社が委託する株式会社…").
	if o, ok := selfRefOrg(v); ok && goodOrg(o.name) && !isVendor(v, o.name) {
		return o, true
	}
	// 6. A municipality named in the first sentence, or in the next ones
	// ("東浜市消防局において…").
	for k, sp := range v.sents {
		if k >= 3 {
			break
		}
		if o, ok := firstPlace(v, sp); ok && goodOrg(o.name) && (k == 0 || hasSuffixAny(o.name, []string{"市", "町", "村", "区", "県警", "警察", "警察本部"})) {
			return o, true
		}
	}
	// The organization named through its customers: "Xのお客様情報が…".
	if o, ok := customersOrg(v); ok {
		return o, true
	}
	// 7. The organization impersonated by a phishing mail.
	for k, sp := range v.sents {
		if k >= 8 {
			break
		}
		if o, ok := impersonated(v, sp); ok && goodOrg(o.name) {
			return o, true
		}
	}
	// A ministry's press release headed by its bureau only.
	if o, ok := ministryOfBureau(v); ok {
		return o, true
	}
	// A shop known by its name alone: "このたびの西浜堂ネットショップにおける…".
	return shopOrg(v)
}

// shopEndings follow the name of an online shop.
var shopEndings = []string{"ネットショップ", "オンラインショップ", "オンラインストア", "公式通販サイト", "公式オンラインショップ", "通販サイト", "WEBショップ", "Webショップ", "ウェブショップ"}

// shopOrg reads the organization from the name of its online shop in the
// first sentences, when nothing names it otherwise.
func shopOrg(v *view) (orgFind, bool) {
	for sp, b := range leadWords(v, 4, shopEndings) {
		a := nameBefore(v.s, b, sp.start)
		if strings.HasSuffix(v.s[a:b], "公式") {
			b -= len("公式") // "西浜堂公式通販サイト"
		}
		x := v.s[a:b]
		if hasSuffixAny(x, []string{"オンライン", "ネット", "WEB", "Web", "ウェブ", "通販"}) {
			continue // "…のオンラインショップ": no name before the kind of shop
		}
		if atLeastRunes(x, 2) && !atLeastRunes(x, 16) && allName(x) && !isSelfRef(x) && !containsAny(x, selfRefWords) && !startsHiragana(x) && goodOrg(x) && !genericNoun(x) {
			return v.orgAt(a, b), true
		}
	}
	return orgFind{}, false
}

// leadWords yields, for each of the first n sentences and each word of
// words found in it (after its first byte), the sentence and the offset in
// s where the word starts: the places where a name may end before it.
func leadWords(v *view, n int, words []string) iter.Seq2[span, int] {
	return func(yield func(span, int) bool) {
		for _, sp := range v.sents[:min(n, len(v.sents))] {
			t := v.text(sp)
			for _, w := range words {
				if i := index(t, w); i > 0 && !yield(sp, sp.start+i) {
					return
				}
			}
		}
	}
}

// ministryBureaus map the internal bureaus of ministries, whose names no
// municipality uses, to their ministry: a press release heads its contact
// block and its first sentence with the bureau alone ("労働基準局
// 労働関係法課において…").
var ministryBureaus = map[string]string{
	"労働基準局": "厚生労働省", "職業安定局": "厚生労働省", "雇用環境・均等局": "厚生労働省", "医政局": "厚生労働省",
	"医薬・生活衛生局": "厚生労働省", "医薬局": "厚生労働省", "老健局": "厚生労働省", "年金局": "厚生労働省", "社会・援護局": "厚生労働省",
	"初等中等教育局": "文部科学省", "高等教育局": "文部科学省", "総合教育政策局": "文部科学省",
	"自治行政局": "総務省", "自治税務局": "総務省", "情報流通行政局": "総務省", "総合通信基盤局": "総務省",
	"主計局": "財務省", "主税局": "財務省", "理財局": "財務省", "矯正局": "法務省", "人権擁護局": "法務省",
	"鉄道局": "国土交通省", "航空局": "国土交通省", "海事局": "国土交通省",
	"商務情報政策局": "経済産業省", "製造産業局": "経済産業省", "通商政策局": "経済産業省",
}

// ministryOfBureau returns the ministry whose bureau starts one of the
// first lines, followed by a division or a place link, when the release
// names nothing else.
func ministryOfBureau(v *view) (orgFind, bool) {
	for _, ln := range v.nonEmptyLines(16) {
		t := strings.TrimLeft(v.text(ln), bulletMarks)
		e := index(t, "局")
		if e <= 0 || atLeastRunes(t[:e], 9) {
			continue
		}
		e += len("局")
		m, ok := ministryBureaus[t[:e]]
		if !ok {
			continue
		}
		rest := t[e:]
		if d := index(rest, "課"); d > 0 && !atLeastRunes(rest[:d], 9) || hasPrefixAny(rest, []string{"において", "における", "で発生"}) {
			a := ln.end - len(t)
			return orgFind{m, v.docSpan(a, a+e)}, true
		}
	}
	return orgFind{}, false
}

// instituteEndings end the names of the institutes an umbrella
// corporation runs, which issue their own notices.
var instituteEndings = []string{"研究所", "研究センター", "博物館", "美術館", "図書館", "資料館", "文書館"}

// speaksAs reports whether the text after byte from calls itself by
// name's kind (当研究所, 本研究所) or writes name again.
func speaksAs(v *view, from int, name string) bool {
	rest := v.s[from:]
	if contains(rest, compact(name)) {
		return true
	}
	for _, k := range instituteEndings {
		if strings.HasSuffix(name, k) && (contains(rest, "当"+k) || contains(rest, "本"+k)) {
			return true
		}
	}
	return false
}

// chromeLines are the skip links and markers a page copied with its
// layout puts before its text.
var chromeLines = []string{"ここから本文です。", "本文ここから。", "ページの先頭です。", "本文へ移動します。", "メニューを飛ばして本文へ。"}

// pageChrome reports whether a line is a page's skip link or marker.
func pageChrome(t string) bool {
	return slices.Contains(chromeLines, strings.TrimSpace(t))
}

// isVendor reports whether name is a contractor or platform the report
// names (see vendors).
func isVendor(v *view, name string) bool {
	c := compact(name)
	for _, o := range vendors(v, "") {
		if compact(o.name) == c {
			return true
		}
	}
	return false
}

// goodOrg reports whether a candidate is a name: not a generic noun, not a
// self reference, with no date in it.
func goodOrg(s string) bool {
	c := compact(s)
	return c != "" && !genericNounSet[c] && !hasDatePart(c) && !isSelfRef(c) && !containsAny(c, selfRefWords) && !sentenceLike(c) && !fillerWord(c)
}

// sentenceLike reports whether a candidate name reads as a phrase of a
// title or a sentence: "…協会が収集・管理する個人情報の漏えいについて",
// "委託先がメール誤送信".
func sentenceLike(c string) bool {
	if containsAny(c, titlePhrases) {
		return true
	}
	if p := particleAfterKanji(c); p >= 0 && hasPrefixAny(c[p:], []string{"が", "を"}) {
		return !orgShaped(c)
	}
	return false
}

// titlePhrases join a title's topic to its subject; no name holds them.
var titlePhrases = []string{"について", "に関する", "に関して", "に係る", "に伴う", "のお知らせ", "のお詫び"}

// fillerWord reports whether c is a word that stands where a name may
// but never is one: an era read from a date whose digits were spaced out
// ("平成 28 年"), or a sentence opener read as a subject ("このたびは、…").
func fillerWord(c string) bool {
	switch strings.TrimSuffix(c, "は") {
	case "平成", "令和", "昭和", "このたび", "この度", "今般", "今回", "先般", "平素", "昨今", "現在", "なお", "また":
		return true
	}
	return false
}

// genericNoun reports whether s is a common noun standing for an
// organization or a thing, not a name (会社, 名前).
func genericNoun(s string) bool {
	return genericNounSet[compact(s)]
}

// genericNounSet holds genericOrgNouns for genericNoun's lookup.
var genericNounSet = func() map[string]bool {
	m := make(map[string]bool, len(genericOrgNouns))
	for _, g := range genericOrgNouns {
		m[g] = true
	}
	return m
}()

// hasDatePart reports whether s holds a date part: digits followed by 年,
// 月 or 日 ("2024年5月22日当協会").
func hasDatePart(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if hasPrefixAny(s[j:], []string{"年", "月", "日"}) {
			return true
		}
		i = j
	}
	return false
}

// sourceTag reads the source tag at the end of a news headline:
// "…を書類送検―港北県警", "…=港北県警".
func sourceTag(v *view, ln span) (orgFind, bool) {
	t := v.text(ln)
	if contains(t, "。") {
		return orgFind{}, false
	}
	i := -1
	if strings.IndexByte(t, '-') >= 0 || strings.IndexByte(t, '=') >= 0 {
		i = strings.LastIndexAny(t, "-=") // cheap test first: most lines have neither
	}
	if i <= 0 {
		return spacedTag(v, ln)
	}
	x := strings.TrimSpace(t[i+1:])
	head := t[:i]
	if x == "" || !allName(x) || atLeastRunes(x, 21) || !atLeastRunes(head, 6) || !orgShaped(x) || !goodOrg(x) {
		return orgFind{}, false
	}
	if hasSuffixAny(x, mediaEndings) {
		return orgFind{}, false // the newspaper, not the subject
	}
	a := ln.start + i + 1 + index(t[i+1:], x)
	o := v.orgAt(a, a+len(x))
	if b, ok := placeBodySubject(v, o); ok {
		return b, true // "…紛失=北野市" over "北野市教委は1日、…"
	}
	return o, o.name != "" // a caption's building (=市役所) is no tag
}

// leadPlaceOfBody returns the municipality or prefecture a news lead names
// when a later sentence (k > 0) only quotes its body as the source:
// "北野市立の小学校で…が発生した。北野市教育委員会によると、…" is about
// 北野市.
func leadPlaceOfBody(v *view, o orgFind, k int) (orgFind, bool) {
	if k == 0 || len(v.sents) == 0 {
		return orgFind{}, false
	}
	c := compact(o.name)
	for _, b := range placeBodies {
		p, ok := strings.CutSuffix(c, b)
		if !ok || !isPlace(p) {
			continue
		}
		lead := v.sents[0]
		if contains(v.text(lead), b) {
			break // "県教育委員会が誤って…": the body acts in the lead
		}
		if i := index(v.text(lead), p); i >= 0 {
			if f := v.orgAt(lead.start+i, lead.start+i+len(p)); f.name != "" {
				return f, true
			}
		}
		break
	}
	return orgFind{}, false
}

// placeBodies are the bodies of a prefecture or a municipality that news
// name by the place and their kind: 北野市教委, 北野市水道局.
var placeBodies = []string{"教育委員会", "教委", "上下水道局", "水道局", "消防局", "消防本部", "病院局", "交通局", "企業局", "選挙管理委員会"}

// placeBodySubject returns the body of a place (a headline's source tag)
// that the lead names as its subject or source: "北野市教委は1日、…",
// "北野市水道局によると".
func placeBodySubject(v *view, o orgFind) (orgFind, bool) {
	c := compact(o.name)
	if !isPlace(c) {
		return orgFind{}, false
	}
	for k, sp := range v.sents {
		if k >= 4 {
			break
		}
		t := v.text(sp)
		i := index(t, c)
		if i < 0 {
			continue
		}
		rest := t[i+len(c):]
		for _, b := range placeBodies {
			if !strings.HasPrefix(rest, b) {
				continue
			}
			after := rest[len(b):]
			if strings.HasPrefix(after, "は") && (leadDay(after[len("は"):]) || strings.HasPrefix(after[len("は"):], "、")) ||
				hasPrefixAny(after, []string{"によると", "によりますと", "によれば"}) {
				a := sp.start + i
				if f := v.orgAt(a, a+len(c)+len(b)); f.name != "" {
					return f, true
				}
			}
		}
	}
	return orgFind{}, false
}

// spacedTag reads a source tag set off by a space at the end of a news
// headline: "捜査情報を漏らした疑いで巡査長を送検 港北県警".
func spacedTag(v *view, ln span) (orgFind, bool) {
	o := v.rawOrgAt(ln.start, ln.end)
	k := lastIndexSpace(o.name)
	if k <= 0 {
		return orgFind{}, false
	}
	_, size := utf8.DecodeRuneInString(o.name[k:])
	x, head := o.name[k+size:], o.name[:k]
	hira := 0 // only whether there are two matters: stop at the second
	for _, r := range head {
		if isHiragana(r) {
			if hira++; hira == 2 {
				break
			}
		}
	}
	// The tests of the short tag x first: they fail more often and cost
	// less than those of the headline before it.
	if hira < 2 || atLeastRunes(x, 21) || !allName(x) || !atLeastRunes(head, 8) || particleAfterKanji(compact(head)) < 0 || hasLegalFormHint(head) || !orgShaped(x) || !goodOrg(x) || hasSuffixAny(x, mediaEndings) {
		return orgFind{}, false
	}
	a := o.at.Start + k + size
	t := v.tidyOrg(orgFind{x, model.Span{Start: a, End: a + len(x)}})
	return t, t.name != ""
}

// tailSignature reads a signature written on the last line after the last
// sentence, as a page copied without its line breaks puts it: "…おわび
// 申し上げます。 北野日報社".
func tailSignature(v *view, ln span) (orgFind, bool) {
	t := v.text(ln)
	k := lastIndex(t, "。")
	if k < 0 {
		return orgFind{}, false
	}
	a := ln.start + k + len("。")
	if !orgLine(v.origText(a, ln.end)) {
		return orgFind{}, false
	}
	o := v.orgAt(a, ln.end)
	return o, goodOrg(o.name)
}

// headSignature reads a signature line naming the head of the
// organization: "みさき中央病院長 山田太郎" → みさき中央病院.
func headSignature(v *view, ln span) (orgFind, bool) {
	o := v.rawOrgAt(ln.start, ln.end)
	f := spaceFields(o.name)
	// A date before the name: "平成30年3月 みさき県立中央病院 院長 山田太郎".
	for len(f) > 2 && (hasDatePart(jptext.FoldString(f[0])) || strings.HasPrefix(f[0], "令和") || strings.HasPrefix(f[0], "平成")) {
		k := index(o.name, f[1])
		o.name = o.name[k:]
		o.at.Start += k
		f = f[1:]
	}
	if len(f) < 2 || len(f) > 4 || atLeastRunes(o.name, 41) {
		return orgFind{}, false
	}
	x := f[0]
	if containsAny(f[1], headRoles) && orgShaped(x) && goodOrg(x) && !hasSuffixAny(x, deptEndings) {
		return orgFind{x, model.Span{Start: o.at.Start, End: o.at.Start + len(x)}}, true
	}
	for _, h := range headTitles {
		if !strings.HasSuffix(x, h.title) {
			continue
		}
		name := strings.TrimSuffix(x, h.title) + h.keep
		if !atLeastRunes(name, 3) || !allName(name) || !orgShaped(name) || !goodOrg(name) {
			return orgFind{}, false
		}
		return orgFind{name, model.Span{Start: o.at.Start, End: o.at.Start + len(name)}}, true
	}
	return orgFind{}, false
}

// orgAt returns the candidate organization written at s[a:b], cleaned of
// the junk around its name (see tidyOrg).
func (v *view) orgAt(a, b int) orgFind { return v.tidyOrg(v.rawOrgAt(a, b)) }

// rawOrgAt returns the text at s[a:b] as written, without a list mark.
func (v *view) rawOrgAt(a, b int) orgFind {
	sp := v.docSpan(a, b)
	name := v.doc[sp.Start:sp.End]
	// A bullet or list mark before the name ("- 株式会社…", "・…").
	trimmed := name
	if name != "" && (spaceByte[name[0]] != 0 || bulletLead[name[0]]) {
		trimmed = strings.TrimLeftFunc(name, func(r rune) bool {
			return unicode.IsSpace(r) || hasRune(bulletMarks, r)
		})
	}
	sp.Start += len(name) - len(trimmed)
	name = trimSpaceRight(trimmed)
	sp.End = sp.Start + len(name)
	// A headline's last word joined to the lead's subject ("…で発覚\n
	// 港北県警は"): the name is the line that starts the lead.
	if k := lastNewline(name); k >= 0 {
		if tail := strings.TrimSpace(name[k+1:]); orgShaped(compact(tail)) {
			sp.Start = sp.End - len(tail)
			name = tail
		}
	}
	return orgFind{name, sp}
}

// lastNewline is strings.LastIndexByte(s, '\n'), with a quick forward
// search first: most names hold no newline.
func lastNewline(s string) int {
	if strings.IndexByte(s, '\n') < 0 {
		return -1
	}
	return strings.LastIndexByte(s, '\n')
}

// bulletMarks start list items.
const bulletMarks = "-‐－―−・･●○◆◇■□▼▽★☆※*•▪>＞"

// bulletLead marks the first bytes of the bullet marks: a name starting
// otherwise starts with none.
var bulletLead = func() (t [256]bool) {
	for _, r := range bulletMarks {
		t[string(r)[0]] = true
	}
	return t
}()

// nonEmptyLines returns the first n non-blank lines.
func (v *view) nonEmptyLines(n int) []span {
	if v.firstLines == nil {
		v.firstLines = v.scanNonEmpty(8)
	}
	if n <= len(v.firstLines) {
		return v.firstLines[:n]
	}
	if len(v.firstLines) < 8 {
		return v.firstLines // there are no more
	}
	return v.scanNonEmpty(n)
}

func (v *view) scanNonEmpty(n int) []span {
	out := make([]span, 0, n)
	for _, ln := range v.lines {
		if ln.end > ln.start {
			out = append(out, ln)
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// orgLine reports whether a whole line is an organization name (possibly
// with a department after a space).
func orgLine(t string) bool {
	if len(t) > 160 || atLeastRunes(t, 41) {
		return false
	}
	// Cheap test first: most lines (titles, sentences) end otherwise.
	if e := trimSpaceRight(t); !orgEnding.has(lastRuneOf(e)) && !hasLegalFormHint(e) {
		return false
	}
	if hasClausePunct(t) {
		return false
	}
	if containsAny(t, notOrgLineWords) {
		return false
	}
	return orgShaped(compact(t))
}

// hasClausePunct is containsRuneOf(t, "。、「」:：") in three searches
// instead of six: 。、「」 are E3 80 xx, found by their middle byte.
func hasClausePunct(t string) bool {
	if strings.IndexByte(t, ':') >= 0 || index(t, "：") >= 0 {
		return true
	}
	for i := 1; i+1 < len(t); {
		k := strings.IndexByte(t[i:len(t)-1], 0x80)
		if k < 0 {
			return false
		}
		i += k
		if t[i-1] == 0xE3 {
			switch t[i+1] {
			case 0x81, 0x82, 0x8C, 0x8D: // 、。「」
				return true
			}
		}
		i++
	}
	return false
}

// notOrgLineWords make a line a title or sentence, not an organization name.
var notOrgLineWords = []string{"について", "お知らせ", "お詫び", "おわび", "ご報告", "ご注意", "ください", "ました", "します", "です", "における", "に関する"}

// lineOrg returns the organization of an organization line: the whole line,
// or the municipality or ministry without its department ("みなと市 保険年金課").
func (v *view) lineOrg(ln span) orgFind {
	o := v.rawOrgAt(ln.start, ln.end)
	if k := index(o.name, "("); k > 0 && strings.HasSuffix(o.name, ")") {
		o.name = strings.TrimSpace(o.name[:k])
		o.at.End = o.at.Start + len(o.name)
	}
	fields := spaceFields(o.name)
	spacedOut := len(fields) > 2
	for _, f := range fields {
		if atLeastRunes(f, 2) {
			spacedOut = false
		}
	}
	for len(fields) >= 2 && !spacedOut && hasSuffixAny(fields[len(fields)-1], deptEndings) {
		last := fields[len(fields)-1]
		k := lastIndex(o.name, last)
		head := strings.TrimSpace(o.name[:k])
		if !orgShaped(compact(head)) {
			break
		}
		o = orgFind{head, model.Span{Start: o.at.Start, End: o.at.Start + len(head)}}
		fields = fields[:len(fields)-1]
	}
	// "株式会社X お客様相談窓口", "株式会社X 代表取締役社長 山田太郎": a
	// company and a desk or a person of it.
	if len(fields) >= 2 && !spacedOut && hasLegalFormHint(o.name) {
		n := 0
		for k, f := range fields[:len(fields)-1] {
			n = index(o.name[n:], f) + n + len(f)
			head := strings.TrimSpace(o.name[:n])
			if k == 0 && isLegalForm(f) || !orgShaped(compact(head)) {
				continue
			}
			if containsAny(o.name[n:], roleWords) {
				o = orgFind{head, model.Span{Start: o.at.Start, End: o.at.Start + len(head)}}
				fields = fields[:k+1]
			}
			break
		}
	}
	// "かもめ台大学 情報メディアセンター": a university's own unit.
	if len(fields) == 2 && strings.HasSuffix(fields[0], "大学") && hasSuffixAny(fields[1], universityUnits) {
		head := strings.TrimSpace(o.name[:index(o.name, fields[0])+len(fields[0])])
		o = orgFind{head, model.Span{Start: o.at.Start, End: o.at.Start + len(head)}}
		fields = fields[:1]
	}
	// "みなと市保険年金課" → "みなと市" (but "横浜市消防局司令課" stays whole).
	if c := compact(o.name); (len(fields) == 1 || spacedOut) && hasSuffixAny(c, deptEndings) {
		if e := coreEnd(c); e > 0 && !contains(c[e:], "局") && !contains(c[e:], "署") {
			// Map the compact cut back onto the name as written.
			n := 0
			for i, r := range o.name {
				if n == e {
					o.name = strings.TrimSpace(o.name[:i])
					o.at.End = o.at.Start + len(o.name)
					break
				}
				if !unicode.IsSpace(r) {
					n += utf8.RuneLen(r)
				}
			}
		}
	}
	return v.tidyOrg(o)
}

// headerOrg reads the organization of a casebook header line.
func headerOrg(v *view, ln span) (orgFind, bool) {
	m := casebookRe.FindStringIndex(v.text(ln))
	restStart := ln.start + m[1]
	full := v.docSpan(restStart, ln.end)
	orig := v.doc[full.Start:full.End]
	// Tokens of the original line (spaces kept).
	type tok struct {
		text string
		a, b int // offsets in orig
	}
	var toks []tok
	i := 0
	for i < len(orig) {
		r, size := utf8.DecodeRuneInString(orig[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(orig) {
			r, size := utf8.DecodeRuneInString(orig[j:])
			if unicode.IsSpace(r) || r == '、' {
				break
			}
			j += size
		}
		toks = append(toks, tok{orig[i:j], i, j})
		if j < len(orig) && strings.HasPrefix(orig[j:], "、") {
			break // "福島県警、…": the name ends at the comma
		}
		i = j
	}
	if len(toks) == 0 {
		return orgFind{}, false
	}
	name := toks[0].text
	end := toks[0].b
	k := 1
	if isLegalForm(name) && k < len(toks) {
		end = toks[k].b
		k++
	}
	for ; k < len(toks); k++ {
		cand := compact(orig[toks[0].a:toks[k].b])
		if !occursTwice(v.s, cand) {
			break
		}
		end = toks[k].b
	}
	o := orgFind{strings.TrimSpace(orig[toks[0].a:end]), model.Span{Start: full.Start + toks[0].a, End: full.Start + end}}
	// A more specific body at the start of the title: "沖縄労働局における…".
	rest := compact(orig[end:])
	for _, p := range []string{"における", "での", "で発生"} {
		if i := index(rest, p); i > 0 && !atLeastRunes(rest[:i], 16) {
			x := rest[:i]
			if orgShaped(x) && !containsRuneOf(x, "のをがは「【") {
				if j := index(v.s, x); j >= 0 {
					return v.orgAt(j, j+len(x)), true
				}
			}
		}
	}
	if strings.HasSuffix(o.name, "、") {
		o.name = strings.TrimSuffix(o.name, "、")
		o.at.End -= len("、")
	}
	o = v.tidyOrg(o) // "公立みなと病院における個人情報を含む" read up to a space
	return o, o.name != ""
}

func compact(s string) string {
	i := indexSpace(s)
	if i < 0 {
		return s
	}
	if utf8.ValidString(s) {
		// Copy the runs between spaces (the rune loop below writes a
		// valid text's other runes as they are).
		var b strings.Builder
		b.Grow(len(s))
		for i >= 0 {
			b.WriteString(s[:i])
			_, size := utf8.DecodeRuneInString(s[i:])
			s = s[i+size:]
			i = indexSpace(s)
		}
		b.WriteString(s)
		return b.String()
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spaceByte classifies bytes for hasSpace: 1 an ASCII space, 2 the lead
// byte of a multi-byte rune that may be a space (U+0085, U+00A0, U+1680,
// U+2000–U+205F), 3 the lead byte of U+3000 and of all kana.
var spaceByte = [256]byte{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1, 0xC2: 2, 0xE1: 2, 0xE2: 2, 0xE3: 3}

// hasSpace reports whether s holds a rune unicode.IsSpace accepts (as
// strings.IndexFunc(s, unicode.IsSpace) >= 0).
func hasSpace(s string) bool { return indexSpace(s) >= 0 }

// indexSpace is strings.IndexFunc(s, unicode.IsSpace) without decoding
// every rune: the white space runes start with one of a few lead bytes, and
// a lead byte is never inside another rune, so only those need a look. A
// three-byte rune from U+3000 on (kana, kanji) is stepped over whole: of
// those only U+3000 is a space.
func indexSpace(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0xE3 && c < 0xF0 && i < len(s)-2 {
			// Both bytes after c continue the rune when x < 0x40; the
			// rune is U+3000 when x == 0 and c is E3 (tested last: kana
			// and kanji take the same branches).
			if x := (s[i+1] ^ 0x80) | (s[i+2] ^ 0x80); x < 0x40 {
				if x == 0 && c == 0xE3 {
					return i // U+3000
				}
				i += 3
				continue
			}
		}
		if spaceByte[c] != 0 && spaceAt(s, i) {
			return i
		}
		i++
	}
	return -1
}

// lastIndexSpace is strings.LastIndexFunc(s, unicode.IsSpace) (see
// indexSpace).
func lastIndexSpace(s string) int {
	for i := len(s) - 1; i >= 0; {
		if i >= 2 && i < len(s) {
			// As in indexSpace: a whole three-byte rune from U+3000 on
			// ends at i when x < 0x40 and c is a lead byte E3–EF.
			if c, x := s[i-2], (s[i-1]^0x80)|(s[i]^0x80); x < 0x40 && c >= 0xE3 && c < 0xF0 {
				if x == 0 && c == 0xE3 {
					return i - 2 // U+3000
				}
				i -= 3
				continue
			}
		}
		if spaceByte[s[i]] != 0 && spaceAt(s, i) {
			return i
		}
		i--
	}
	return -1
}

// spaceAt reports whether a white space rune starts at s[i].
func spaceAt(s string, i int) bool {
	switch spaceByte[s[i]] {
	case 1:
		return true
	case 2:
		r, _ := utf8.DecodeRuneInString(s[i:])
		return unicode.IsSpace(r)
	case 3:
		return i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 // U+3000
	}
	return false
}

// trimSpaceLeft is strings.TrimLeftFunc(s, unicode.IsSpace), deciding
// from the first bytes alone in the common case of no space (a kana opens
// with E3, as U+3000 does: spaceAt looks at the next two bytes).
func trimSpaceLeft(s string) string {
	for len(s) > 0 && spaceByte[s[0]] != 0 && spaceAt(s, 0) {
		_, size := utf8.DecodeRuneInString(s)
		s = s[size:]
	}
	return s
}

// trimSpaceRight is strings.TrimRightFunc(s, unicode.IsSpace), deciding
// from the last bytes alone in the common case of no space.
func trimSpaceRight(s string) string {
	for n := len(s); n > 0; n = len(s) {
		// A whole three-byte rune from U+3000 on ends s (as in
		// lastIndexSpace): only U+3000 itself is a space.
		if n >= 3 {
			if c, x := s[n-3], (s[n-2]^0x80)|(s[n-1]^0x80); x < 0x40 && c >= 0xE3 && c < 0xF0 {
				if x != 0 || c != 0xE3 {
					break
				}
				s = s[:n-3]
				continue
			}
		}
		if !spaceLast[s[n-1]] {
			break
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[:n-size]
	}
	return s
}

// spaceLast marks the last bytes of the white space runes.
var spaceLast = func() (t [256]bool) {
	var b [utf8.UTFMax]byte
	mark := func(r rune) {
		if unicode.IsSpace(r) {
			t[b[utf8.EncodeRune(b[:], r)-1]] = true
		}
	}
	for r := rune(0); r <= 0xFF; r++ {
		mark(r)
	}
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	for _, rg := range unicode.White_Space.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	return t
}()

// occursTwice reports whether sub occurs twice in s without overlapping
// (strings.Count(s, sub) >= 2), stopping at the second occurrence.
func occursTwice(s, sub string) bool {
	if sub == "" {
		return strings.Count(s, sub) >= 2
	}
	i := index(s, sub)
	return i >= 0 && index(s[i+len(sub):], sub) >= 0
}

// The rune set helpers below are strings.ContainsAny, IndexAny and
// LastIndexAny for a set of valid runes other than U+FFFD (the sets the
// rules write as string constants), searching s for each rune's bytes
// instead of decoding every rune of s and looking it up in the set. The
// results are the same: the first byte of a rune is never inside another
// rune, so a rune's bytes found in s are that rune wherever they are.

// containsRuneOf reports whether s holds a rune of set.
func containsRuneOf(s, set string) bool {
	for i := 0; i < len(set); {
		n := runeLenAt(set, i)
		if index(s, set[i:i+n]) >= 0 {
			return true
		}
		i += n
	}
	return false
}

// indexRuneOf returns the byte index of the first rune of set in s, or -1.
func indexRuneOf(s, set string) int {
	first := -1
	for i := 0; i < len(set); {
		n := runeLenAt(set, i)
		hi := len(s)
		if first >= 0 {
			hi = min(len(s), first+n-1) // only an earlier rune matters
		}
		if k := index(s[:hi], set[i:i+n]); k >= 0 {
			first = k
		}
		i += n
	}
	return first
}

// lastIndexRuneOf returns the byte index of the last rune of set in s, or
// -1.
func lastIndexRuneOf(s, set string) int {
	last := -1
	for i := 0; i < len(set); {
		n := runeLenAt(set, i)
		if k := lastIndex(s[last+1:], set[i:i+n]); k >= 0 {
			last += 1 + k
		}
		i += n
	}
	return last
}

// spaceFields is strings.Fields, quick for the common text without spaces
// (strings.Fields decodes every rune of a non-ASCII text).
func spaceFields(s string) []string {
	if hasSpace(s) {
		return strings.Fields(s)
	}
	if s == "" {
		return nil
	}
	return []string{s}
}

// lastIndex is strings.LastIndex for a word that occurs rarely: it finds
// the occurrences with index, which skips through the text far quicker
// than strings.LastIndex's hashing of every byte.
func lastIndex(s, sub string) int {
	if sub == "" {
		return len(s)
	}
	last := -1
	for j := 0; ; {
		k := index(s[j:], sub)
		if k < 0 {
			return last
		}
		last = j + k
		j = last + 1
	}
}

// runeLenAt returns the length of the valid rune starting at s[i] from its
// first byte.
func runeLenAt(s string, i int) int {
	switch c := s[i]; {
	case c < 0xC0:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// headlineOrg reads "Org、…" and "Orgで…" headlines.
func headlineOrg(v *view, ln span) (orgFind, bool) {
	t := v.text(ln)
	if o, ok := headlineToken(v, ln); ok {
		return o, true
	}
	if i := index(t, "、"); i > 0 {
		lead := len(t) - len(strings.TrimLeft(t, bulletMarks+"0123456789.)"))
		x := t[:i]
		if y, ok := strings.CutSuffix(x[min(lead, len(x)):], "長"); ok && hasSuffixAny(y, headedUnits) && orgShaped(y) && allName(y) {
			// "■国交省航空局長、…": the bureau its head stands for.
			return v.orgAt(ln.start+lead, ln.start+lead+len(y)), true
		}
		if p := particleAfterKanji(x); p >= 0 {
			if hasPrefixAny(x[p:], []string{"の", "で", "が", "は"}) && orgShaped(x[:p]) && !(isPlace(x[:p]) && strings.HasPrefix(x[p:], "の") && kindPhrase(x[p+len("の"):])) {
				x = x[:p]
			} else {
				x = "" // "南浜県の地方銀行、…": a description, the lead names it
			}
		}
		if x != "" && !atLeastRunes(x, 21) && !containsRuneOf(x, "「」。") && !hasSuffixAny(x, serviceEndings) && !isSelfRef(x) && allName(x) {
			y, off := stripPlace(x)
			return v.orgAt(ln.start+off, ln.start+off+len(y)), true
		}
	}
	for _, p := range []string{"における", "での", "にて", "で", "が", "は"} {
		if i := index(t, p); i > 0 {
			x := t[:i]
			if orgShaped(x) && allName(x) {
				y, off := stripPlace(x)
				return firstNameToken(v.orgAt(ln.start+off, ln.start+off+len(y))), true
			}
		}
	}
	return orgFind{}, false
}

// firstNameToken keeps the first word of a name read across a space in a
// headline, "三重大学 外部機関が…" → 三重大学, when that word is a name of
// its own; a legal form and its name, or a corporation and the facility
// it runs ("医療法人さくら会 ひばり病院"), stay whole.
func firstNameToken(o orgFind) orgFind {
	k := indexSpace(o.name)
	if k <= 0 {
		return o
	}
	head := o.name[:k]
	rest := trimSpace(o.name[k:])
	if isLegalForm(head) || !orgShaped(head) || hasSuffixAny(rest, facilityEndings) && contains(head, "法人") {
		return o
	}
	return orgFind{head, model.Span{Start: o.at.Start, End: o.at.Start + len(head)}}
}

// headedUnits end the names of bodies whose head is their name and 長
// (局長, 署長).
var headedUnits = []string{"局", "部", "署", "所", "校", "課", "院", "園", "支店"}

// headlineToken reads a digest headline that names the organization as
// its first word, apart: "■みなみ野市 介護保険の申請書を紛失",
// "はまなす大学 出張中の准教授 ノートパソコン盗難 2024年9月8日".
func headlineToken(v *view, ln span) (orgFind, bool) {
	orig := v.origText(ln.start, ln.end)
	body := strings.TrimLeft(orig, bulletMarks+"0123456789０１２３４５６７８９.．、)） 　")
	k := indexSpace(body)
	if k <= 0 {
		return orgFind{}, false
	}
	tok := body[:k]
	if isLegalForm(tok) {
		rest := trimSpaceLeft(body[k:])
		if j := indexSpace(rest); j > 0 {
			tok = body[:len(body)-len(rest)+j]
		} else {
			return orgFind{}, false
		}
	}
	c := compact(tok)
	if k := personCut(c); k > 0 {
		c = c[:k] // "はまなす労基署職員 個人情報を紛失": the office its staff member works in
	}
	if i := index(c, "・"); i > 0 && !atLeastRunes(c[:i], 5) && orgShaped(c[i+len("・"):]) {
		c = c[i+len("・"):] // a news headline's "千葉・横芝光町": the prefecture, then the town
	}
	if !orgShaped(c) || !allName(c) || !goodOrg(c) || isSelfRef(c) {
		return orgFind{}, false
	}
	i := index(v.text(ln), c)
	if i < 0 || !tellsIncident(v, ln.start+i+len(c), ln.end) {
		return orgFind{}, false // (a name line: "…病院機構 …総合病院")
	}
	y, off := stripPlace(c)
	return v.orgAt(ln.start+i+off, ln.start+i+off+len(y)), true
}

// particleAfterKanji returns the byte index of the first particle (の に で
// が は を と へ) that follows a kanji or katakana in s, or -1: hiragana
// names (はやて運輸) keep their kana, "港北県警のメールサーバー" is cut.
func particleAfterKanji(s string) int {
	prevName := false
	for i, r := range s {
		if prevName && hasRune("のにでがはをとへ", r) {
			return i
		}
		prevName = isHan(r) || isKatakana(r) || r >= 'A' && r <= 'z'
	}
	return -1
}

// newsSubject reads the subject of a news lead: "物流大手のはやて運輸は、",
// "しおかぜ県みどり野町は27日、", "社会福祉法人「あかね会」は19日、".
func newsSubject(v *view, sp span) (orgFind, bool) {
	t := v.text(sp)
	announce := containsAny(t, announceVerbs)
	first := -1 // the first は after the first rune, for an announcement
	i := -1
	for j := 0; ; {
		k := index(t[j:], "は")
		if k < 0 {
			break
		}
		at := j + k
		j = at + len("は")
		if at == 0 || strings.Count(t[:at], "「") != strings.Count(t[:at], "」") {
			continue // "はやて運輸", inside a quoted name
		}
		if first < 0 {
			first = at
		}
		if rest := t[j:]; strings.HasPrefix(rest, "、") || leadDay(rest) {
			i = at
			break
		}
	}
	if i < 0 && announce && first > 0 && !atLeastRunes(t[:first], 41) {
		i = first // "Xは社内のサーバーが…と明らかにした"
	}
	if i <= 0 {
		return orgFind{}, false
	}
	x := t[:i]
	a := 0
	described := false
	// Drop a description: "…を運営する", "物流大手の".
	for _, d := range []string{"する", "した", "の", "で", "である", "行う", "営む", "手がける", "手掛ける", "展開する"} {
		if k := lastIndex(x, d); k >= 0 && strings.Count(x[:k], "「") == strings.Count(x[:k], "」") {
			if k+len(d) < len(x) && (d == "の" || d == "で") && !isHan(lastRuneOf(x[:k])) && !isKatakana(lastRuneOf(x[:k])) {
				continue // の inside a kana name
			}
			if d == "の" && shortAfterLegalForm(x[:k]) {
				continue // "国立大学法人お茶の水…": の inside a formal name
			}
			if k+len(d) < len(x) && k+len(d) > a {
				a = k + len(d)
				// "家電量販店を運営するでんでん堂は": what a description
				// introduces is a name, even one of kana.
				described = d != "の" && d != "で" || hasSuffixAny(x[:k], tradeKinds)
			}
		}
	}
	x = x[a:]
	located := described
	if k := index(x, "("); k > 0 && strings.HasSuffix(x, ")") {
		located = isLocation(x[k+1:len(x)-1]) || stockTag(x[k+1:len(x)-1])
		x = x[:k] // "クラウドリンクス(東京)", "ハナミズキ(東証プライム)"
	}
	// A stock code after a listed company's name: "ハナミズキ<1234>".
	if k := index(x, "<"); k > 0 && strings.HasSuffix(x, ">") && stockTag(x[k+1:len(x)-1]) {
		x = x[:k]
		located = true
	}
	// "静岡県の総合病院「みさき中央病院」": the quoted name.
	if strings.HasSuffix(x, "」") {
		if k := lastIndex(x, "「"); k >= 0 && k+len("「") < len(x)-len("」") {
			inner := x[k+len("「") : len(x)-len("」")]
			head := x[:k]
			if !containsRuneOf(inner, "「」、。") && (head == "" || !strings.HasSuffix(head, "法人") && !hasSuffixAny(head, legalForms)) {
				a += k + len("「")
				x = inner
				located = true
			}
		}
	}
	if x == "" || atLeastRunes(x, 26) || containsRuneOf(x, "、。") || isSelfRef(x) || strings.HasPrefix(x, "同") || notAName(x) {
		return orgFind{}, false
	}
	if !orgShaped(x) && !strings.HasPrefix(x, "「") && !contains(x, "」") && !(located && allName(x) && atLeastRunes(x, 2)) {
		return orgFind{}, false
	}
	y, off := stripPlace(x)
	return v.orgAt(sp.start+a+off, sp.start+a+off+len(y)), true
}

// shortAfterLegalForm reports whether s ends with a legal form and one or
// two runes after it: the first part of a name that holds の ("国立大学法人
// お茶|の水…"), too short to be a name described by what follows.
func shortAfterLegalForm(s string) bool {
	for _, f := range legalForms {
		if k := lastIndex(s, f); k >= 0 {
			rest := s[k+len(f):]
			return rest != "" && !atLeastRunes(rest, 3) && allName(rest)
		}
	}
	return false
}

// stockMarkets open the market a listed company's name is tagged with.
var stockMarkets = []string{"東証", "名証", "福証", "札証", "JASDAQ", "ジャスダック", "マザーズ", "証券コード", "コード"}

// stockTag reports whether s, written in brackets after a name, is a stock
// code or a market: "1234", "東証プライム", "証券コード:1234".
func stockTag(s string) bool {
	if len(s) == 4 && strings.Trim(s, "0123456789") == "" {
		return true
	}
	return hasPrefixAny(s, stockMarkets)
}

// tradeKinds end a description of a business written before its name
// with の: "物流大手のX", "家電量販店のX", "食品メーカーのX".
var tradeKinds = []string{"大手", "販売", "製造", "運営", "メーカー", "量販店", "専門店", "チェーン", "小売", "商社", "卸", "通販",
	"企業", "会社", "業者", "事業者"}

// genericNouns are words a clause can put before は that name no one:
// "入力した場合は、", "確認した結果は、".
var genericNouns = map[string]bool{
	"場合": true, "可能性": true, "こと": true, "もの": true, "方": true, "際": true, "結果": true,
	"期間": true, "ため": true, "時点": true, "状況": true, "内容": true, "情報": true, "事案": true,
	"原因": true, "対象": true, "理由": true, "予定": true, "件数": true, "範囲": true, "現在": true,
	"今後": true, "詳細": true, "経緯": true, "被害": true, "影響": true, "本件": true, "事実": true,
}

// notAName reports whether a subject candidate is a clause or a generic
// noun rather than a name: it ends in a particle (…があるの) or holds a
// predicate (がある, している).
func notAName(x string) bool {
	if genericNouns[x] || strings.HasSuffix(x, "の") || strings.HasSuffix(x, "様") {
		return true
	}
	// A particle after a name rune ends a clause: "…を送信した会員様に(は)".
	if r := lastRuneOf(x); hasRune("にでとへもを", r) && len(x) > len("に") && !isHiragana(lastRuneOf(x[:len(x)-len("に")])) {
		return true
	}
	return containsAny(x, []string{"がある", "である", "ている", "された", "される", "ません"})
}

func lastRuneOf(s string) rune {
	if n := len(s); n >= 3 && threeByteLead(s[n-3]) && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
		return rune(s[n-3]&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F) // kana, kanji
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isLocation reports whether s, written in parentheses after a name, is a
// place or a head office: "兵庫県姫路市", "本社・東京都港区", "東京".
func isLocation(s string) bool {
	if k := indexRuneOf(s, "、,"); k > 0 {
		s = s[:k] // "本社:東京都港区、代表取締役社長:…"
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "本社"), "・")
	s = strings.TrimPrefix(s, ":")
	s = strings.TrimPrefix(s, "所在地:")
	if s == "" || atLeastRunes(s, 16) || !allName(s) {
		return false
	}
	return isPlace(s) || prefNames[s]
}

// leadDay reports whether s starts with a day: "27日、", "2025年5月12日、",
// "令和6年5月12日、".
func leadDay(s string) bool {
	for _, era := range []string{"令和", "平成"} {
		s = strings.TrimPrefix(s, era)
	}
	// A month and a day with a slash: "10/22、" (a blog's news lead).
	if i := strings.IndexByte(s, '/'); i > 0 && i <= 2 && strings.TrimLeft(s[:i], "0123456789") == "" {
		j := i + 1
		for j < len(s) && j <= i+2 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j > i+1 && hasPrefixAny(s[j:], []string{"、", "に"}) {
			return true
		}
	}
	for k := 0; k < 2; k++ {
		j := 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j > 0 && hasPrefixAny(s[j:], []string{"年", "月"}) {
			s = s[j+len("年"):]
		}
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		for _, r := range s {
			if !hasRune("一二三四五六七八九十", r) {
				break
			}
			i += utf8.RuneLen(r)
		}
	}
	return i > 0 && strings.HasPrefix(s[i:], "日")
}

// allName reports whether s consists of name runes and hiragana.
func allName(s string) bool {
	for _, r := range s {
		if !isNameRune(r) && !isHiragana(r) {
			return false
		}
	}
	return s != ""
}

// subjectOrg reads the subject of a news or notice sentence: "Xが運営する",
// "Xは(、)…", "千葉県南房総市の…".
func subjectOrg(v *view, sp span) (orgFind, bool) {
	t := v.text(sp)
	if contains(t, "運営") { // cheap test first: in every link
		for _, p := range operatorLinks {
			if i := index(t, p); i > 0 {
				a := nameBefore(v.s, sp.start+i, sp.start)
				x := v.s[a : sp.start+i]
				// "…を、内閣府が運営するポータルサイトに掲載し": an operator in
				// the middle of a clause runs a thing the issuer uses.
				if head := v.s[sp.start:a]; head != "" && (strings.HasSuffix(head, "、") || isHiragana(lastRuneOf(head))) && !leadOnly(head) {
					continue
				}
				if x != "" && !isSelfRef(x) && !atLeastRunes(x, 26) {
					return v.orgAt(a, sp.start+i), true
				}
			}
		}
	}
	// Sentence-initial name (after a description ending in する/した).
	a := sp.start
	for _, lead := range []string{"この度、", "このたび、", "今般、"} {
		if strings.HasPrefix(t, lead) {
			a += len(lead)
		}
	}
	// A day before the subject: "2025年5月27日、南浜県北野市の…".
	if k := leadDateLen(v.s[a:sp.end]); k > 0 && strings.HasPrefix(v.s[a+k:sp.end], "、") {
		a += k + len("、")
	}
	b := nameAfter(v.s, a, sp.end)
	for b > a {
		x := v.s[a:b]
		rest := v.s[b:sp.end]
		// "…機構(以下「MGK」という)の…": the issuer defines its short name.
		defined := false
		if strings.HasPrefix(rest, "(以下") {
			if k := index(rest, ")"); k > 0 && k < 60 {
				rest = rest[k+1:]
				defined = true
			}
		}
		// "しずく県の公立みどり総合病院で…": the place is only where the
		// name after it is.
		// "北野市にある北野農業協同組合の支店から": the body where it is.
		if isPlace(x) {
			for _, at := range []string{"にある", "に本社を置く", "に本店を置く", "に本部を置く", "に本社のある", "に本店のある"} {
				if !strings.HasPrefix(rest, at) {
					continue
				}
				c := b + len(at)
				if k := nameAfter(v.s, c, sp.end); k > c {
					if y := v.s[c:k]; orgShaped(y) && goodOrg(y) && hasSuffixAny(y, ownEndings) && !kindPhrase(y) {
						if o := v.orgAt(c, k); o.name != "" {
							return o, true
						}
					}
				}
			}
		}
		if isPlace(x) && strings.HasPrefix(rest, "の") {
			if o, ok := namedAfterPlace(v, b+len("の"), sp.end); ok {
				return o, true
			}
			// "南浜県の地方銀行「…」で": the place of a kind of body.
			k := nameAfter(v.s, b+len("の"), sp.end)
			y := v.s[b+len("の") : k]
			if kindPhrase(y) {
				break
			}
			// "南浜県北野市のハナミズキは": a brand where it is.
			if strings.HasPrefix(v.s[k:sp.end], "は") && brandLike(y) && newsName(y) {
				if o := v.orgAt(b+len("の"), k); o.name != "" {
					return o, true
				}
			}
		}
		if orgShaped(x) && hasPrefixAny(rest, []string{"は", "で、", "の", "が", "では", "にて", "において", "における"}) {
			y, off := stripPlace(x)
			// "北浜銀行みなと支店の行員が": the body of its own staff.
			staff := strings.HasPrefix(rest, "の") && hasPrefixAny(rest[len("の"):], staffNouns)
			if y != x || !strings.HasPrefix(rest, "の") || isPlace(y) || defined || staff {
				return v.orgAt(a+off, a+off+len(y)), true
			}
		}
		// Try a shorter prefix that ends with a municipality (千葉県南房総市の…).
		// Cheap tests first: a match starts with a prefecture and holds a
		// municipality's ending.
		if !hasPrefixAny(x, placeRePrefixes) && !contains(x, "県") || !containsRuneOf(x, "市区町村") {
			break
		}
		if m := placeRe.FindStringSubmatchIndex(x); m != nil {
			rest := v.s[a+m[3]:]
			if hasPrefixAny(rest, []string{"の", "で", "は", "が"}) {
				return v.orgAt(a+m[2], a+m[3]), true
			}
		}
		break
	}
	return orgFind{}, false
}

// operatorLinks follow the name of an organization running something:
// "Xが運営するサイト".
var operatorLinks = []string{"が運営する", "が運営している", "の運営する"}

// leadOnly reports whether the words before a lead's subject are only an
// opener or a day: "この度、", "2025年5月27日、".
func leadOnly(head string) bool {
	for _, l := range []string{"この度、", "このたび、", "今般、"} {
		head = strings.TrimPrefix(head, l)
	}
	if k := leadDateLen(head); k > 0 {
		head = strings.TrimPrefix(head[k:], "、")
	}
	return head == ""
}

// staffNouns name members of an organization's staff written after its
// name and の.
var staffNouns = []string{"従業員", "職員", "社員", "行員", "元従業員", "元職員", "元社員", "担当者", "男性職員", "女性職員", "看護師", "医師", "教員", "教諭"}

func isPlace(s string) bool {
	if len(s) < len("県") {
		return false
	}
	// A switch over the last three bytes: the compiler compares them in
	// place, where hasSuffixAny calls memequal per word.
	switch s[len(s)-len("県"):] {
	case "都", "道", "府", "県", "市", "区", "町", "村":
		return true
	}
	return false
}

// selfRefOrg resolves 弊社/当機構/本県… to a name written in the report.
func selfRefOrg(v *view) (orgFind, bool) {
	present := selfRefsIn(v.s)
	for k, r := range selfRefs {
		if !present[k] {
			continue
		}
		if r.suffixes == nil {
			if o, ok := legalFormName(v); ok {
				return o, true
			}
			continue
		}
		for _, suf := range r.suffixes {
			for j := 0; j < len(v.s); {
				k := index(v.s[j:], suf)
				if k < 0 {
					break
				}
				e := j + k + len(suf)
				// 市民, 市内: not the end of a name; but 北野市長, 北野市職員
				// are the city's head and staff.
				// "…協会公式サイト": a name before its official site.
				if next, _ := utf8.DecodeRuneInString(v.s[e:]); isHan(next) && !strings.HasPrefix(v.s[e:], "長") && !hasPrefixAny(v.s[e:], personSuffixes) && !strings.HasPrefix(v.s[e:], "公式") {
					j = e
					continue
				}
				a := nameBefore(v.s, j+k, 0)
				x := v.s[a:e]
				stem := x[:len(x)-len(suf)]
				if utf8.RuneCountInString(x) > utf8.RuneCountInString(suf)+1 && !isSelfRef(x) && !strings.HasPrefix(x, "当") && !strings.HasPrefix(x, "本") &&
					!selfRefTail(stem) {

					return v.orgAt(a, e), true
				}
				j = e
			}
		}
		if hasSuffixAny(r.word, []string{"県", "都", "府", "道"}) {
			if o, ok := prefFromURL(v); ok {
				return o, true
			}
		}
	}
	return orgFind{}, false
}

// selfRefsIn reports for each self reference whether s holds it. Every
// self reference starts with one of a few runes (selfRefLeads): the words
// are looked for where those runes occur, not each through all of s.
func selfRefsIn(s string) []bool {
	present := make([]bool, len(selfRefs))
	for _, g := range selfRefGroups {
		for p := range occurrences(s, g.lead) {
			for _, k := range g.refs {
				if !present[k] && strings.HasPrefix(s[p:], selfRefs[k].word) {
					present[k] = true
				}
			}
		}
	}
	return present
}

// selfRefGroup holds the indexes in selfRefs of the self references that
// start with lead.
type selfRefGroup struct {
	lead string
	refs []int
}

// selfRefGroups groups the self references by their first rune.
var selfRefGroups = func() []selfRefGroup {
	var gs []selfRefGroup
	for i := 0; i < len(selfRefLeads); {
		n := runeLenAt(selfRefLeads, i)
		g := selfRefGroup{lead: selfRefLeads[i : i+n]}
		i += n
		for k, r := range selfRefs {
			if strings.HasPrefix(r.word, g.lead) {
				g.refs = append(g.refs, k)
			}
		}
		gs = append(gs, g)
	}
	return gs
}()

// selfRefTail reports whether a name's stem ends in a self reference read
// together with the words before it: "このたびは本" of "このたびは本市" (but
// 松本 of 松本市 is a name).
func selfRefTail(stem string) bool {
	for _, w := range []string{"本", "当", "弊"} {
		if rest, ok := strings.CutSuffix(stem, w); ok {
			return rest == "" || !isHan(lastRuneOf(rest))
		}
	}
	return false
}

// legalFormName finds the first "株式会社X" or "X株式会社" in the report.
func legalFormName(v *view) (orgFind, bool) {
	best := -1
	var found orgFind
	for _, f := range legalForms[:len(legalForms)-4] {
		for j := 0; j < len(v.s); {
			k := index(v.s[j:], f)
			if k < 0 {
				break
			}
			i := j + k
			e := i + len(f)
			a := nameBefore(v.s, i, 0)
			var x orgFind
			if a < i {
				x = v.orgAt(a, e)
			} else if b := nameAfter(v.s, e, len(v.s)); b > e {
				x = v.orgAt(i, b)
			}
			if x.name != "" && (best < 0 || i < best) && !isProvider(v, x.name) {
				best, found = i, titleCut(v, x)
			}
			j = e
		}
	}
	return found, best >= 0
}

// entrustWords end the words written right before a contractor's name:
// "業務を委託している株式会社X", "委託先の株式会社X".
var entrustWords = []string{"委託している", "委託していた", "委託する", "委託した", "委託先の", "委託先である", "委託先", "委託事業者の",
	"委託事業者である", "受託事業者の", "受託事業者である", "委託業者の", "委託業者である", "再委託先の", "再委託先である"}

// contractor reports whether the report names name as a contractor or a
// provider of the organization: a vendor (see vendors), a name written
// right after an entrusting word, a provider of a service.
func contractor(v *view, name string) bool {
	c := compact(name)
	if c == "" {
		return false
	}
	for i := range occurrences(v.s, c) {
		if hasSuffixAny(v.s[max(0, i-24):i], entrustWords) {
			return true
		}
	}
	return isProvider(v, name) || isVendor(v, name)
}

// providerLinks follow the name of a company whose service or system
// another one used: "(株式会社X提供)", "株式会社Xが提供する".
var providerLinks = []string{"提供)", "提供）", "が提供", "の提供"}

// isProvider reports whether the report names name as the provider of a
// service the organization used: a contractor, not the issuer.
func isProvider(v *view, name string) bool {
	c := compact(name)
	for j := 0; j < len(v.s); {
		k := index(v.s[j:], c)
		if k < 0 {
			return false
		}
		j += k + len(c)
		if hasPrefixAny(v.s[j:], providerLinks) {
			return true
		}
	}
	return false
}

var prefURLRe = regexp.MustCompile(`pref\.([a-z]+)\.(?:lg\.)?jp`)

func prefFromURL(v *view) (orgFind, bool) {
	m := prefURLRe.FindStringSubmatchIndex(v.s)
	if m == nil {
		return orgFind{}, false
	}
	name, ok := prefectures[v.s[m[2]:m[3]]]
	if !ok {
		return orgFind{}, false
	}
	return orgFind{name, v.docSpan(m[0], m[1])}, true
}

// firstPlace finds a municipality or prefecture name in a sentence.
var placeAnyRe = regexp.MustCompile(`[\p{Han}]{1,4}?(?:市|町|村|県)`)

func firstPlace(v *view, sp span) (orgFind, bool) {
	t := v.text(sp)
	if !containsRuneOf(t, "市町村県") {
		return orgFind{}, false // cheap test first: placeAnyRe cannot match
	}
	for _, m := range placeAnyRe.FindAllStringIndex(t, -1) {
		a := sp.start + m[0]
		x := t[m[0]:m[1]]
		if r := lastRuneOf(t[:m[0]]); r >= '0' && r <= '9' {
			continue // "8日市内の…": a date's 日 before 市内, no name
		}
		// A one-kanji word and の before the match are part of the name:
		// "紀の川市", "日の出町".
		if k := len(t[:m[0]]); strings.HasSuffix(t[:k], "の") {
			h := t[:k-len("の")]
			if r := lastRuneOf(h); isHan(r) {
				if p := h[:len(h)-utf8.RuneLen(r)]; p == "" || !isNameRune(lastRuneOf(p)) && !isHiragana(lastRuneOf(p)) {
					a -= len("の") + utf8.RuneLen(r)
					x = t[len(p):m[1]]
				}
			}
		}
		// A town after its county ("東浦郡|青浜町") is named alone.
		if k := index(x, "郡"); k >= 0 && hasSuffixAny(x, []string{"町", "村"}) {
			a += k + len("郡")
			x = x[k+len("郡"):]
		} else if a > sp.start {
			// "株式会社X(南浜市。…)", "「X」(本社・南浜市)": where another
			// body is.
			if r, _ := utf8.DecodeLastRuneInString(v.s[sp.start:a]); isHan(r) && r != '郡' || r == '(' ||
				strings.Count(t[:m[0]], "(") > strings.Count(t[:m[0]], ")") {
				continue
			}
		}
		// "全町民", "各市": all of them, or its people, not a body.
		if !atLeastRunes(x, 2) || isSelfRef(x) || hasPrefixAny(x, []string{"都", "全", "各", "両"}) || strings.HasPrefix(t[m[1]:], "民") ||
			strings.TrimLeft(x, "市町村県区") == "" { // "6市町", "市町村": kinds, no name
			continue
		}
		// The police as written: "港北県警の…", "港北県警察本部では…";
		// not the police a body heard from or told ("港北県警から連絡を
		// 受け", "港北県警に相談").
		police := false
		for _, p := range []string{"警察本部", "警察", "警"} {
			if strings.HasPrefix(t[m[1]:], p) {
				if after := t[m[1]+len(p):]; hasPrefixAny(after, []string{"から", "より", "へ", "と連携", "と協力", "と相談"}) ||
					strings.HasPrefix(after, "に") && !strings.HasPrefix(after, "によ") {
					police = true
					break
				}
				return v.orgAt(a, sp.start+m[1]+len(p)), true
			}
		}
		if police {
			continue
		}
		// A municipality after its prefecture: "南浜県北野市の…" → 北野市.
		if strings.HasSuffix(x, "県") {
			if k := municipalityLen(t[m[1]:]); k > 0 {
				return v.orgAt(sp.start+m[1], sp.start+m[1]+k), true
			}
		}
		y, off := stripPlace(x)
		return v.orgAt(a+off, a+off+len(y)), true
	}
	return orgFind{}, false
}

// municipalityLen returns the length of a municipality's name at the
// start of s (kanji, ヶ or ケ, then 市, 区, 町 or 村; a county before a town
// or a village), or 0.
func municipalityLen(s string) int {
	n, county, named := 0, false, false
	for i, r := range s {
		if !isHan(r) && r != 'ヶ' && r != 'ケ' && !(county && isHiragana(r)) {
			return 0
		}
		if n >= 1 && r == '郡' && !county {
			county, n = true, 0
			continue
		}
		// A run of kinds names no place: 市町村, 市町.
		if n >= 1 && named && hasRune("市区町村", r) && (!county || r == '町' || r == '村') {
			return i + utf8.RuneLen(r)
		}
		named = named || !hasRune("市区町村都道府県", r)
		if n++; n > 5 {
			return 0
		}
	}
	return 0
}

// impersonated reads "Xを装い / Xを騙る / Xをかたり / Xを名乗る".
func impersonated(v *view, sp span) (orgFind, bool) {
	t := v.text(sp)
	for _, p := range []string{"を装", "を騙", "をかた", "を名乗", "を詐称", "を偽装"} {
		i := index(t, p)
		if i <= 0 {
			continue
		}
		a := nameBefore(v.s, sp.start+i, sp.start)
		x := v.s[a : sp.start+i]
		// "北野市のメールアドレスを詐称した": the body whose address it is.
		for _, w := range mailThings {
			if x == w && a > sp.start && strings.HasSuffix(v.s[sp.start:a], "の") {
				e := a - len("の")
				a = nameBefore(v.s, e, sp.start)
				x = v.s[a:e]
				i = e - sp.start
				if !orgShaped(x) && !brandLike(x) {
					x = "" // "正規のメールを装って"
				}
				break
			}
		}
		if x == "" || genericNoun(x) || hasSuffixAny(x, mailThings) || hasSuffixAny(x, []string{"氏名", "名前"}) ||
			allHan(x) && !atLeastRunes(x, 3) && !orgShaped(x) {
			continue // "職員の氏名とメールアドレスを装った", "業務を装った"
		}
		if atLeastRunes(x, 2) && !isSelfRef(x) && !containsAny(x, []string{"従業員", "職員", "社員", "ヘルプデスク", "感染"}) {
			return v.orgAt(a, sp.start+i), true
		}
	}
	return orgFind{}, false
}

// mailThings are what a fake takes from the body it pretends to be.
var mailThings = []string{"メール", "メールアドレス", "アドレス", "ドメイン", "名前", "名称", "アカウント", "ロゴ"}

// sectorOf classifies an organization by its name and the report text.
func sectorOf(name string, v *view) model.Sector {
	n := compact(name)
	if n == "" {
		return ""
	}
	// One automaton pass finds which word groups occur in the name.
	var buf [16]hit
	var in uint64 // bit g: a word of group g occurs in n
	for _, h := range sectorWords.findAll(n, buf[:0]) {
		in |= 1 << sectorWordGroup[h.id]
	}
	company := in&(1<<sectorCompany) != 0
	if company && v.has("retail") && in&(1<<sectorNotShop) == 0 {
		return model.SectorRetail // the incident hit its shop
	}
	for i, r := range sectorRules {
		if r.sector == "retail" && !company {
			continue
		}
		if in&(1<<(sectorRule0+i)) != 0 || (!company && hasSuffixAny(n, r.suffixes)) {
			return model.Sector(r.sector)
		}
	}
	if v.has("retail") {
		return model.SectorRetail
	}
	return model.SectorOther
}

// The word groups of sectorOf: company forms, the words that keep a
// company with a shop out of retail, and the words of each sector rule.
const (
	sectorCompany = iota
	sectorNotShop
	sectorRule0 // sectorRules[i] is group sectorRule0+i
)

// sectorWords matches the words of every sectorOf group; pattern i belongs
// to group sectorWordGroup[i].
var sectorWords, sectorWordGroup = func() (*automaton, []int) {
	var pats []string
	var groups []int
	add := func(g int, words []string) {
		for _, w := range words {
			pats = append(pats, w)
			groups = append(groups, g)
		}
	}
	add(sectorCompany, []string{"株式会社", "有限会社", "合同会社", "(株)", "㈱"})
	add(sectorNotShop, []string{"銀行", "証券", "保険", "カード"})
	for i, r := range sectorRules {
		add(sectorRule0+i, r.contains)
	}
	if sectorRule0+len(sectorRules) > 64 {
		panic("extract: too many sector rules for sectorOf's bit set")
	}
	return newAutomaton(pats), groups
}()

// suffixSet holds words by their last rune: a suffix test looks only at
// the words that end with the rune s ends with. The words must be valid
// UTF-8 and not empty (a word and the text it ends end with the same rune
// then).
type suffixSet map[rune][]string

func newSuffixSet(words []string) suffixSet {
	m := suffixSet{}
	for _, w := range words {
		if w == "" || !utf8.ValidString(w) {
			panic("extract: suffixSet word " + strconv.Quote(w))
		}
		r := lastRuneOf(w)
		m[r] = append(m[r], w)
	}
	return m
}

// endsAny is hasSuffixAny(s, words).
func (m suffixSet) endsAny(s string) bool {
	return hasSuffixAny(s, m[lastRuneOf(s)])
}

var orgSuffixSet = newSuffixSet(orgSuffixes)

// orgEnding holds the last runes of the organization suffixes (and ")"): a
// line ending otherwise is no organization line unless it has a legal form.
var orgEnding = func() *runeLookup {
	rs := []rune{')'}
	for _, suf := range orgSuffixes {
		rs = append(rs, lastRuneOf(suf))
	}
	return newRuneLookup(rs)
}()

// hasLegalFormHint is a cheap test for a legal form in s.
func hasLegalFormHint(s string) bool {
	return containsAny(s, legalFormHints)
}

// legalFormHints are the words hasLegalFormHint looks for.
var legalFormHints = []string{"会社", "法人", "(株", "(有", "㈱", "㈲"}

// The lists asked about for nearly every name and organization line: one
// automaton pass over a short text beats a search per word.
var _ = registerWordSets(legalForms, legalFormHints)

// prefNames holds the prefectures without their suffix ("東京", "大阪"),
// as news leads write a head office: "X(東京)".
var prefNames = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range prefectures {
		m[p] = true
		if p != "北海道" {
			m[strings.TrimRight(p, "都府県")] = true
		}
	}
	return m
}()

// facilityEndings end the names of facilities a corporation runs.
var facilityEndings = []string{"病院", "クリニック", "医院", "診療所", "学校", "高校", "高等学校", "中学校", "小学校", "大学", "幼稚園", "保育園", "こども園", "園", "ホーム", "センター"}

// leadSubjectOver returns the subject of the lead sentence under a headline
// when the headline's candidate is only a description of it: a digest
// headline may name the kind of organization ("家電量販店の会員サイトに…",
// "水産加工会社で…") while the lead names it ("家電量販店を運営するでんでん堂
// は…"). A headline's real name recurs in the body; a description does not,
// or only as a modifier before the subject.
func leadSubjectOver(v *view, headline span, cand orgFind) (orgFind, bool) {
	c := compact(jptext.FoldString(cand.name))
	tried := 0
	for _, sp := range v.sents {
		if sp.start < headline.end {
			continue
		}
		if tried++; tried > 3 {
			break
		}
		o, ok := newsSubject(v, sp)
		if !ok || !goodOrg(o.name) {
			if contains(v.text(sp), "。") {
				return orgFind{}, false // the lead has another subject
			}
			continue // a dateline or a byline
		}
		n := compact(jptext.FoldString(o.name))
		if n == c || contains(n, c) || contains(c, n) {
			return orgFind{}, false
		}
		body := v.s[sp.start:]
		ni := index(body, n)
		ci := index(body, c)
		if ni >= 0 && (ci < 0 || ci < ni && ni-ci < 60 && !contains(body[ci:ni], "、")) {
			return o, true
		}
		return orgFind{}, false
	}
	return orgFind{}, false
}

// quotedOrgKinds end the description of an organization written before its
// name in 「」: "総合病院「…」", "IT企業「…」", "私立高校「…」".
var quotedOrgKinds = []string{"病院", "医院", "クリニック", "診療所", "高校", "学校", "学園", "大学", "幼稚園", "保育園", "こども園",
	"企業", "会社", "法人", "施設", "事業所", "団体", "店", "旅館", "ホテル", "銀行", "メーカー", "薬局", "事務所", "協会", "組合",
	"ホーム", "センター", "工場", "業者"}

// impersonationWords tell that a name is used by someone else.
var impersonationWords = []string{"を装", "をかた", "を騙", "なりすま", "を名乗", "偽の", "偽サイト"}

// quotedOrgFollowers follow the 」 of a quoted name that is the subject or
// the place of the incident.
var quotedOrgFollowers = []string{"は", "が", "で", "において", "にて", "の", "に", "では", "社は", "社が", "社では"} // ("「みなと製網」社が": the company of that name)

// quotedOrg reads a name in 「」 written after a place and a description of
// the organization at the start of a sentence: "しずく県の総合病院「みさき
// 中央病院」において", "都内のIT企業「…」が", "市内の私立高校「…」で". The
// place before it is only where the organization is.
func quotedOrg(v *view, sp span) (orgFind, bool) {
	t := v.text(sp)
	i := index(t, "「")
	if i == 0 {
		// A quoted name opening the sentence: "「みなと大学」で、…が発生した".
		j := index(t, "」")
		if j < 0 {
			return orgFind{}, false
		}
		inner := t[len("「"):j]
		if !orgShaped(inner) || !allName(inner) || !goodOrg(inner) || !hasPrefixAny(t[j+len("」"):], []string{"で、", "で", "は", "が", "において", "にて"}) ||
			containsAny(t, impersonationWords) {
			return orgFind{}, false
		}
		return v.orgAt(sp.start+len("「"), sp.start+j), true
	}
	if i < 0 || atLeastRunes(t[:i], 41) {
		return orgFind{}, false
	}
	head := t[:i]
	for _, lead := range []string{"この度、", "このたび、", "今般、", "また、"} {
		head = strings.TrimPrefix(head, lead)
	}
	// A day before the place: "2024年12月19日、北浦市の「…」で".
	if k := leadDateLen(head); k > 0 && strings.HasPrefix(head[k:], "、") {
		head = head[k+len("、"):]
	}
	j := index(t[i:], "」")
	if j < 0 {
		return orgFind{}, false
	}
	inner := t[i+len("「") : i+j]
	// "北浦市の「北浦信用金庫」で": a name of its own after its place.
	placed := strings.HasSuffix(head, "の") && isPlace(strings.TrimSuffix(head, "の")) && allName(strings.TrimSuffix(head, "の")) && orgShaped(inner)
	if head == "" || containsRuneOf(head, "、。」") || containsAny(head, selfRefWords) || hasPrefixAny(head, []string{"当", "本", "弊", "同"}) ||
		containsAny(head, vendorRoles) || !placed && !hasSuffixAny(head, quotedOrgKinds) && !(strings.HasSuffix(head, "会") && hasLegalFormHint(head)) ||
		containsAny(t, impersonationWords) {
		return orgFind{}, false // "実在する銀行「…」を装ったメール": the one impersonated
	}
	rest := t[i+j+len("」"):]
	if !atLeastRunes(inner, 2) || atLeastRunes(inner, 26) || !allName(inner) || hasSuffixAny(inner, serviceEndings) ||
		!hasPrefixAny(rest, quotedOrgFollowers) {
		return orgFind{}, false
	}
	a := sp.start + i + len("「")
	return v.orgAt(a, a+len(inner)), true
}

// policeStaffWords name members of the police: a story about them is the
// police's own.
var policeStaffWords = []string{"警察官", "巡査", "警部", "警察職員", "署員", "警視", "警察署員"}

// policeSubjectFollowers follow a police name that is the subject or the
// source of a story: "…県警は", "…県警監察官室によりますと".
var policeSubjectFollowers = []string{"は", "が", "では", "によると", "によれば", "によりますと", "の発表", "監察官室", "監察課",
	"警務部", "の調べ", "本部は", "本部によると", "本部によりますと", "察は", "察本部は", "察本部によると", "察本部によりますと", "察本部監察",
	"察によると", "察によりますと", "察によれば", "察が", "察では", "の巡査", "の警察官", "の警部", "の警察職員", "察の巡査", "察の警察官",
	"察の警部", "本部の巡査", "本部の警察官", "本部の警部"}

// policeOrg returns the police as written ("しずく県警", "しずく県警察本部")
// when the candidate is their prefecture or there is no candidate, and the
// police are the subject or the source of the story: a police officer's
// misconduct told by "しずく県内の警察署に勤務する警察官が…しずく県警監察官室
// によりますと…". A prefecture's own notice that reports to its police
// (…県警に相談) keeps the prefecture.
func policeOrg(v *view, o orgFind, ok bool) (orgFind, bool) {
	pref := ""
	if ok {
		pref = compact(jptext.FoldString(o.name))
		if pref == "東京都" {
			return tokyoPolice(v)
		}
		if !hasSuffixAny(pref, []string{"県", "府", "道", "都"}) || atLeastRunes(pref, 6) || !allName(pref) {
			return orgFind{}, false
		}
	}
	// Every police name holds 警 (警視庁 and the forms below, which end in
	// it): none occurs before the first 警 of the text, less the rune
	// before it.
	first := index(v.s, "警")
	if first < 0 {
		return orgFind{}, false
	}
	if !ok {
		if p, found := tokyoPolice(v); found {
			return p, true
		}
	}
	staffKnown, staff := false, false
	for _, form := range policeForms {
		for j := max(0, first-len("県")); ; {
			k := index(v.s[j:], form)
			if k < 0 {
				break
			}
			i := j + k
			j = i + len(form)
			a := i
			for a > 0 && !atLeastRunes(v.s[a:i], 4) {
				r, size := utf8.DecodeLastRuneInString(v.s[:a])
				if !isHan(r) && !isHiragana(r) || r == 'の' || r == 'は' || r == 'が' || r == 'で' || r == 'に' || r == 'と' {
					break
				}
				a -= size
			}
			if a == i {
				continue // "県警は": a back reference
			}
			place := v.s[a:i] + form[:len("県")]
			if pref != "" && place != pref {
				continue
			}
			if pref == "" && !prefNames[v.s[a:i]] && !prefNames[place] && !isPlace(place) {
				continue
			}
			after := v.s[j:]
			end := j
			for _, ext := range []string{"察本部", "察"} {
				if strings.HasPrefix(after, ext) {
					end += len(ext)
					break
				}
			}
			if !hasPrefixAny(after, policeSubjectFollowers) {
				continue
			}
			if !staffKnown {
				staffKnown, staff = true, containsAny(v.s, policeStaffWords)
			}
			if pref == "" && !staff {
				continue
			}
			if pref != "" && !staff && !hasPrefixAny(after, []string{"は", "が", "察本部は", "察は", "察が"}) {
				continue
			}
			p := v.orgAt(a, end)
			if goodOrg(p.name) {
				return p, true
			}
		}
	}
	return orgFind{}, false
}

// policeForms are the prefectural police written short, in the order
// policeOrg tries them.
var policeForms = []string{"県警", "府警", "道警"}

// tokyoPolice returns 警視庁 when it is the subject or the source of a story
// about its own staff: "都内の警察署に勤務する巡査が…警視庁によりますと".
func tokyoPolice(v *view) (orgFind, bool) {
	for j := 0; ; {
		k := index(v.s[j:], "警視庁")
		if k < 0 {
			return orgFind{}, false
		}
		i := j + k
		j = i + len("警視庁")
		if hasPrefixAny(v.s[j:], policeSubjectFollowers) && containsAny(v.s, policeStaffWords) {
			return v.orgAt(i, j), true
		}
	}
}

// schoolEndings end the names of schools a municipality runs.
var schoolEndings = []string{"小学校", "中学校", "高校", "高等学校", "学校", "幼稚園", "保育園", "保育所", "こども園", "義務教育学校"}

// shortForms are abbreviations of formal names ("…大病院" for "…大学病院"):
// when the report also writes the formal form, that one is the name.
var shortForms = [][2]string{{"大病院", "大学病院"}, {"大附属", "大学附属"}, {"大医学部", "大学医学部"}}

// refineOrg puts a found name in its formal form: "みさき大病院" becomes
// "みさき大学病院" when the signature writes that, and a municipal school
// written with its prefecture ("しずく県あさひ野市立みなみ小学校") stands for
// the municipality that runs it.
func refineOrg(v *view, o orgFind) orgFind {
	c := compact(jptext.FoldString(o.name))
	for _, f := range shortForms {
		if !contains(c, f[0]) {
			continue
		}
		long := strings.Replace(c, f[0], f[1], 1)
		if j := index(v.s, long); j >= 0 {
			return v.orgAt(j, j+len(long))
		}
	}
	if l, ok := longForm(v, c); ok {
		return l // 厚労省 → 厚生労働省
	}
	if p, ok := bureauOwner(v, c); ok {
		return p // "こども青少年局" written "北野市こども青少年局" in the text
	}
	if strings.HasSuffix(c, "大") && atLeastRunes(c, 3) {
		if j := index(v.s, c+"学"); j >= 0 {
			return v.orgAt(j, j+len(c)+len("学"))
		}
	}
	// "北野市役所", "北野町役場": the municipality, not its building.
	for _, hall := range cityHalls {
		if strings.HasSuffix(c, hall) && atLeastRunes(c, utf8.RuneCountInString(hall)+1) {
			if j := index(v.s, c); j >= 0 {
				_, size := utf8.DecodeRuneInString(hall)
				return v.orgAt(j, j+len(c)-len(hall)+size)
			}
		}
	}
	if strings.HasSuffix(c, "委員会事務局") {
		if j := index(v.s, c); j >= 0 {
			return v.orgAt(j, j+len(c)-len("事務局")) // the board, not its secretariat
		}
	}
	for _, own := range []string{"市立", "町立", "村立", "区立"} {
		k := index(c, own)
		if k <= 0 {
			continue
		}
		owner := c[:k+len(own)-len("立")]
		if kind := strings.TrimPrefix(c[k+len(own):], "の"); slices.Contains(schoolEndings, kind) {
			// "北野市立中学校において": a school left unnamed stands for
			// the board that runs it, or for its municipality.
			return ownerBoard(v, owner, c)
		}
		if !hasSuffixAny(c, schoolEndings) {
			// "しずく県つるぎ町立みなと病院": the hospital, without the
			// prefecture.
			if _, off := stripPlace(owner); off > 0 {
				if j := index(v.s, c); j >= 0 {
					return v.orgAt(j+off, j+len(c))
				}
			}
			break
		}
		if y, off := stripPlace(owner); off > 0 {
			if j := index(v.s, c); j >= 0 {
				return v.orgAt(j+off, j+off+len(y))
			}
		}
		break
	}
	return o
}

// cityHalls are the buildings of municipalities and prefectures.
var cityHalls = []string{"市役所", "区役所", "町役場", "村役場", "県庁", "都庁", "府庁", "道庁"}

// ownerBoard returns the body that speaks for a school left unnamed
// (c, "北野市立中学校"): the board of education of its owner written in the
// report (北野市教育委員会, 北野市教委), else the owner itself.
func ownerBoard(v *view, owner, c string) orgFind {
	for _, b := range []string{"教育委員会", "教委"} {
		if j := index(v.s, owner+b); j >= 0 {
			if f := v.orgAt(j, j+len(owner)+len(b)); f.name != "" {
				return f
			}
		}
	}
	if j := index(v.s, c); j >= 0 {
		return v.orgAt(j, j+len(owner))
	}
	return orgFind{}
}

// bureauOwner returns the municipality or prefecture a bureau found
// without its place (a title's "こども青少年局") belongs to, when the text
// writes the bureau after it ("北野市こども青少年局幼保課において"): a
// bureau of its own (水道局, 労働局) is left alone.
func bureauOwner(v *view, c string) (orgFind, bool) {
	if !strings.HasSuffix(c, "局") || hasSuffixAny(c, placeBodies) || hasSuffixAny(c, branchBureaus) || containsAny(c, []string{"省", "庁", "都", "道", "府", "県", "市", "区", "町", "村"}) {
		return orgFind{}, false
	}
	for i := range occurrences(v.s, c) {
		a := nameBefore(v.s, i, max(0, i-30))
		if p := v.s[a:i]; atLeastRunes(p, 2) && isPlace(p) && !isSelfRef(p) {
			if o := v.orgAt(a, i); o.name != "" {
				return o, true
			}
		}
	}
	return orgFind{}, false
}

// abbreviatedEndings end the names that news abbreviates by dropping
// runes inside them: 厚労省 for 厚生労働省, 国交省 for 国土交通省.
var abbreviatedEndings = []string{"省", "庁", "機構", "協会", "病院", "銀行", "金庫", "大学"}

// longForm returns the formal name the report writes for an abbreviation
// c: a longer name with the same first rune and the same ending that holds
// c's runes in order ("厚労省" in "厚生労働省").
func longForm(v *view, c string) (orgFind, bool) {
	if !atLeastRunes(c, 3) || atLeastRunes(c, 7) {
		return orgFind{}, false
	}
	for _, end := range abbreviatedEndings {
		if !strings.HasSuffix(c, end) {
			continue
		}
		first := firstRuneOf(c)
		lim := min(len(v.s), 3000) // the formal name is written near the top
		for j := 0; j < lim; {
			k := index(v.s[j:lim], end)
			if k < 0 {
				break
			}
			e := j + k + len(end)
			j = e
			a := nameBefore(v.s, e-len(end), max(0, e-len(end)-60))
			l := v.s[a:e]
			for l != "" && firstRuneOf(l) != first {
				_, size := utf8.DecodeRuneInString(l)
				a += size
				l = l[size:]
			}
			// An abbreviation keeps the first rune of each word: 厚労省,
			// not 日本銀行 for 日本政策投資銀行.
			// A name ending in c is c with words before it, and a run cut
			// inside a legal form ("国立|大学法人…大学") no formal name.
			if len(l) > len(c) && secondRune(l) != secondRune(c) && subsequence(c, l) && !strings.HasSuffix(l, c) && !contains(l, "法人") && orgShaped(l) && goodOrg(l) {
				return v.orgAt(a, e), true
			}
		}
		break
	}
	return orgFind{}, false
}

func secondRune(s string) rune {
	_, size := utf8.DecodeRuneInString(s)
	return firstRuneOf(s[size:])
}

// subsequence reports whether the runes of short occur in long in order.
func subsequence(short, long string) bool {
	for _, r := range short {
		k := strings.IndexRune(long, r)
		if k < 0 {
			return false
		}
		long = long[k+utf8.RuneLen(r):]
	}
	return true
}

// headRoles name the head of an organization written after its name on a
// signature line: "北野市教育委員会 教育長 山田太郎".
var headRoles = []string{"院長", "学長", "理事長", "校長", "所長", "会長", "センター長", "教育長", "局長", "署長", "管理者", "代表理事"}

// roleWords name a desk, a committee or a person of an organization
// written after its name on a line.
var roleWords = []string{"窓口", "代表", "社長", "取締役", "理事長", "院長", "学長", "委員会", "事務局", "担当", "相談", "お問い合わせ",
	"お問合せ", "問い合わせ", "問合せ", "部長", "課長", "室長", "執行役", "CEO"}

// titleCut drops the subject of a heading from a name read across a space:
// "株式会社ひかりテック 不正アクセスに関するお知らせ" reads as one run of
// name runes up to に, but what follows the space is the title. A space
// right after a legal form ("株式会社 JR 西日本…") is part of the name.
func titleCut(v *view, o orgFind) orgFind {
	fields := spaceFields(o.name)
	if len(fields) < 2 {
		return o
	}
	lineEnd := strings.IndexByte(v.doc[o.at.End:], '\n')
	if lineEnd < 0 {
		lineEnd = len(v.doc) - o.at.End
	}
	n := 0
	for k, f := range fields[:len(fields)-1] {
		n = index(o.name[n:], f) + n + len(f)
		if isLegalForm(f) || k == 0 && !atLeastRunes(f, 2) {
			continue
		}
		rest := v.doc[o.at.Start+n : o.at.End+lineEnd]
		if !containsAny(rest, notOrgLineWords) && !hasSuffixAny(strings.TrimSpace(rest), titleEndings) && !containsAny(rest, roleWords) {
			return o
		}
		name := strings.TrimSpace(o.name[:n])
		return orgFind{name, model.Span{Start: o.at.Start, End: o.at.Start + len(name)}}
	}
	return o
}

// kindWords describe an organization without naming it: what is left of
// "総合病院", "市立小学校", "大学病院" once the organization suffix is cut.
var kindWords = map[string]bool{"総合": true, "私立": true, "公立": true, "市立": true, "県立": true, "町立": true, "村立": true,
	"区立": true, "都立": true, "府立": true, "道立": true, "国立": true, "民間": true, "大手": true, "地元": true, "系列": true,
	"関連": true, "地域": true, "中核": true, "基幹": true, "大学": true, "市内": true, "県内": true, "都内": true, "同": true, "子": true,
	"専門": true, "医療": true, "歯科": true, "動物": true, "市民総合": true, "地域医療": true, "総合医療": true, "地方": true,
	"第二地方": true, "老舗": true, "中堅": true, "中小": true, "外資系": true, "地銀": true}

// kindPhrase reports whether s describes a kind of organization without
// naming one: "地方銀行", "総合病院", "大手メーカー", "病院".
func kindPhrase(s string) bool {
	if genericNoun(s) || hasSuffixAny(s, tradeKinds) && !orgShaped(s) {
		return true
	}
	for _, suf := range orgSuffixes {
		if stem, ok := strings.CutSuffix(s, suf); ok && stem != "" && kindWords[stem] {
			return true
		}
	}
	return false
}

// allHan reports whether s is written in kanji only.
func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// namedAfterPlace reads a name written right after "Place の": "公立
// みどり総合病院で", when it is an organization's name (not a kind of
// organization such as 総合病院 or 市立小学校) and the subject or the place
// of the incident.
func namedAfterPlace(v *view, a, hi int) (orgFind, bool) {
	b := nameAfter(v.s, a, hi)
	if b <= a {
		return orgFind{}, false
	}
	y := v.s[a:b]
	if !orgShaped(y) || !goodOrg(y) || isPlace(y) || !hasSuffixAny(y, ownEndings) || !hasPrefixAny(v.s[b:hi], []string{"は", "が", "で", "では", "にて", "において"}) {
		return orgFind{}, false
	}
	stem := y
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(y, suf) && len(y)-len(suf) < len(stem) {
			stem = y[:len(y)-len(suf)]
		}
	}
	// A two-kanji stem is a kind (飲食店, 保育園, 市民病院) more often than a
	// name.
	if !atLeastRunes(stem, 2) || kindWords[stem] || isSelfRef(stem) || !atLeastRunes(stem, 3) && allHan(stem) {
		return orgFind{}, false
	}
	return v.orgAt(a, b), true
}

// ownEndings end the names of organizations that stand on their own, not
// facilities a municipality runs (…センター, …館, …小学校): "しずく県の公立
// みどり総合病院で" names the hospital, "北野市のみなと地区センターで" the
// city's facility.
var ownEndings = []string{"病院", "クリニック", "医院", "診療所", "大学", "学園", "学院", "高校", "高等学校", "銀行", "信用金庫", "信用組合",
	"証券", "保険", "株式会社", "有限会社", "合同会社", "協会", "連合会", "組合", "機構", "財団", "法人", "工業", "製作所", "ホールディングス",
	"新聞社", "事務所", "商事", "商店", "会"}

// universityUnits end the names of a university's own units, written after
// its name on a signature line.
var universityUnits = []string{"センター", "事務局", "本部", "学部", "研究科", "図書館"}
