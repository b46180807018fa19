package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Cleaning of organization candidates. News pages and pages copied with
// their layout put junk around the name an extraction rule reads: a
// dateline tag (【北浜】北浜市), a photo caption's place (南浜県庁=南浜市中央町),
// a date line glued in front (date 2025-10-07 …, 17みなと学院大学), the end
// of a headline (…USBメモリー紛失東浜市教育委員会), a person after the name
// (北野市職員), a copyright line (© 株式会社…新聞社). tidyOrg removes it from
// every candidate before the candidate is judged, so that a cleaned name is
// compared and chosen like any other, and it drops candidates that are no
// name at all (a self reference, a description, a credit).

// tidyOrg returns the candidate without the junk around its name, or an
// empty candidate when what remains is no organization name.
func (v *view) tidyOrg(o orgFind) orgFind {
	name := o.name
	if name == "" {
		return o
	}
	if creditName(name) || v.creditAround(o) || v.venueAround(o) || v.mediaByline(o) {
		return orgFind{}
	}
	a, b := 0, len(name)
	// A breadcrumb: "トップ > ニュース > 社会" → its last step.
	if k := lastIndexRuneOf(name, ">＞›»"); k >= 0 {
		_, size := utf8.DecodeRuneInString(name[k:])
		a = k + size
		a += leadSpaceLen(name[a:])
	}
	// A page title "what happened|who|site" or a table row "会社名 | who |":
	// the last part that is a name.
	if containsRuneOf(name[a:], "|｜") {
		k, e, ok := pipePart(name[a:])
		if !ok {
			return orgFind{}
		}
		a, b = a+k, a+e
	}
	// A page title "北浦労働局 - 国土情報省" or a name printed twice
	// ("北浦労働局 北浦労働局における…" read as far as its link word): the
	// first name.
	if k := repeatedOrTitledCut(name[a:b]); k > 0 {
		b = a + k
	}
	// Junk in front: tags, date lines, labels, white space.
	for {
		k := a + leadTagLen(name[a:b])
		k += leadLabelLen(name[k:b])
		k += leadDateLen(name[k:b])
		k += leadSpaceLen(name[k:b])
		if k == a || k >= b {
			break
		}
		a = k
	}
	// A photo caption or dateline: "南浜県庁=南浜市中央町" → 南浜県庁.
	if k, caption := captionCut(name[a:b]); caption && k == 0 {
		return orgFind{} // "謝罪する北野市幹部ら=市役所": a photo's description
	} else if k > 0 {
		b = a + k
	}
	// The end of a headline before the name.
	cut := false
	if k := spacedHeadLen(name[a:b]); k > 0 {
		a += k
		cut = true
	} else if k := gluedHeadLen(name[a:b]); k > 0 {
		a += k
		cut = true
	}
	// A description of the business before the name: "自動車部品メーカーの
	// ミナト工業" → ミナト工業.
	if k := describedHeadLen(name[a:b]); k > 0 {
		a += k
	}
	// A title read on after the name: "公立みなと病院における個人情報を含む";
	// a department, an address or a phone number after a space:
	// "株式会社ハナミズキ 広報部 山田太郎", "… 〒100-0001 北野市本町1-2-3";
	// an executive and a name after it: "株式会社ハナミズキ代表取締役 山田太郎".
	b = a + cutTails(name[a:b], clauseTailCut, spacedTailCut, execTitleCut)
	// A person after the name: "北野市職員" → 北野市.
	if k := personCut(name[a:b]); k > 0 {
		b = a + k
		if e := coreEnd(name[a:b]); e > 0 && hasSuffixAny(name[a:b], deptEndings) && !containsAny(name[a+e:b], []string{"局", "署"}) {
			b = a + e // "北野市税務課職員" → 北野市
		}
	}
	// A department after its body: "南浜県私学振興課" → 南浜県 (a bureau,
	// 北野市消防局司令課, stays whole).
	if hasSuffixAny(name[a:b], deptEndings) && !hasSuffixAny(name[a:b], []string{"支部", "本部"}) {
		e := coreEnd(name[a:b])
		if k := lastIndex(name[a:b], "委員会"); k > 0 && k+len("委員会") > e && k+len("委員会") < b-a {
			e = k + len("委員会") // "北野市教育委員会学校教育課" → the board
		}
		if e > 0 && !containsAny(name[a+e:b], []string{"局", "署"}) {
			b = a + len(trimSpaceRight(name[a:a+e]))
		} else if l := lastIndex(name[a:b], "局"); e > 0 && l > e && !contains(name[a+l:b], "署") {
			// "北野市健康局健康推進課" → 北野市, whose internal bureau it
			// is ("北野市消防局司令課", a body of its own, stays whole).
			if bureau := name[a : a+l+len("局")]; !hasSuffixAny(bureau, placeBodies) && !hasSuffixAny(bureau, branchBureaus) && !hasSuffixAny(bureau, []string{"消防局", "警察局"}) {
				b = a + len(trimSpaceRight(name[a:a+e]))
			}
		}
	}
	// A branch after its bank or company: "北浜銀行みなと支店" → 北浜銀行;
	// the office building for its body: 県庁 → 県; two bodies announcing
	// together: "北野市と南野市", "北野市及び北野市病院機構" → the first named.
	b = a + cutTails(name[a:b], branchCut, officeCut, jointCut)
	// A municipality's body written with its prefecture: "南浜県北野町教委"
	// → 北野町教委, as the municipality is named without it.
	if k := prefectureLen(name[a:b]); k > 0 && municipalityLen(name[a+k:b]) > 0 && a+k+municipalityLen(name[a+k:b]) < b {
		a += k
	}
	// A university after the umbrella corporation that runs it:
	// "国立大学法人南浜国立大学機構みなと商科大学" → みなと商科大学.
	if k := index(name[a:b], "大学機構"); k > 0 {
		if rest := strings.TrimSpace(name[a+k+len("大学機構") : b]); atLeastRunes(rest, 3) && hasSuffixAny(rest, []string{"大学", "大学病院"}) {
			a = b - len(rest)
		}
	}
	// A town written with its county: "三養基郡みやき町" → みやき町.
	if k := countyLen(name[a:b]); k > 0 {
		a += k
	}
	x := name[a:b]
	if cut {
		if y, off := stripPlace(x); off > 0 {
			a += off
			x = y
		}
	}
	if c := compact(x); c == "" || isLegalForm(c) || sectionWords[c] || selfRefName(c) || descriptionName(c) || junkPrefecture(c) || bareFacility(c) {
		return orgFind{}
	}
	t := orgFind{unspaced(ownerMerged(x)), model.Span{Start: o.at.Start + a, End: o.at.End - (len(name) - b)}}
	if full, ok := v.fullBody(t); ok {
		return full
	}
	return v.boardAfter(t)
}

// unspaced writes a name printed with a space between every rune ("東 浜
// 労 働 局") without its spaces.
func unspaced(x string) string {
	if !contains(x, " ") && !contains(x, "　") {
		return x // cheap test first
	}
	f := spaceFields(x)
	if len(f) < 3 {
		return x
	}
	for _, w := range f {
		if atLeastRunes(w, 2) {
			return x
		}
	}
	return strings.Join(f, "")
}

// repeatedOrTitledCut returns where the first of two names ends when a
// candidate is the same name twice or two names joined by a spaced dash,
// or 0.
func repeatedOrTitledCut(s string) int {
	if !hasSpace(s) {
		return 0 // cheap test first: one field
	}
	f := spaceFields(s)
	if len(f) == 2 && f[0] == f[1] && orgShaped(f[0]) {
		return index(s, f[0]) + len(f[0])
	}
	if len(f) == 3 && hasRune("-–—―‐－", firstRuneOf(f[1])) && atLeastRunes(f[1], 1) && !atLeastRunes(f[1], 2) && orgShaped(f[0]) && orgShaped(f[2]) {
		return index(s, f[0]) + len(f[0])
	}
	return 0
}

// pipePart returns the bounds of the last part of s between | marks that
// is an organization name (no site or news outlet), or false.
func pipePart(s string) (int, int, bool) {
	end := len(s)
	for end > 0 {
		k := lastIndexRuneOf(s[:end], "|｜")
		start := 0
		if k >= 0 {
			_, size := utf8.DecodeRuneInString(s[k:])
			start = k + size
		}
		p := strings.TrimSpace(s[start:end])
		if c := compact(p); c != "" && allName(c) && orgShaped(c) && !hasSuffixAny(c, mediaEndings) {
			a := start + index(s[start:end], p)
			return a, a + len(p), true
		}
		if k < 0 {
			break
		}
		end = k
	}
	return 0, 0, false
}

// sectionWords are common nouns with an organization ending that news
// pages print as section labels or that name no one: 社会, 大会.
var sectionWords = map[string]bool{"社会": true, "国会": true, "都会": true, "大会": true, "機会": true, "集会": true, "学会": true,
	"議会": true, "教会": true, "協会": true, "本部": true, "事務局": true, "地域": true, "県内": true, "市内": true,
	// A building without its body's name: a photo caption's place (…=市役所).
	"市役所": true, "区役所": true, "町役場": true, "村役場": true, "役所": true, "役場": true, "県庁": true, "都庁": true, "府庁": true,
	"道庁": true, "庁舎": true, "本庁舎": true, "県警本部": true, "警察本部": true}

// creditName reports whether a candidate is a copyright or credit line:
// "© 株式会社南浜新聞社", "Copyright (C) …", "… All Rights Reserved".
func creditName(s string) bool {
	t := trimSpaceLeft(s)
	if strings.HasPrefix(t, "©") || strings.HasPrefix(t, "Ⓒ") || hasPrefixAny(t, []string{"(C)", "(c)", "（C）", "（c）", "Copyright", "COPYRIGHT", "copyright"}) {
		return true
	}
	if hasSuffixAny(trimSpaceRight(s), []string{"提供", "撮影"}) {
		return true // "株式会社みなとシステム提供" read up to the ) of a credit
	}
	return contains(s, "All ") && (contains(s, "All Rights Reserved") || contains(s, "All rights reserved"))
}

// creditAround reports whether the text around a candidate makes it a
// credit, not the subject: "©" or "写真:" before it, "提供)" after it
// ("(株式会社みなと写真提供)").
func (v *view) creditAround(o orgFind) bool {
	if o.at.Start < 0 || o.at.End <= o.at.Start || o.at.End > len(v.doc) {
		return false
	}
	after := trimSpaceLeft(v.doc[o.at.End:min(len(v.doc), o.at.End+24)])
	if hasPrefixAny(after, []string{"提供)", "提供）", "提供」", "提供]", "撮影)", "撮影）"}) {
		return true
	}
	lo := max(0, o.at.Start-16)
	for lo < o.at.Start && !utf8.RuneStart(v.doc[lo]) {
		lo++
	}
	before := trimSpaceRight(v.doc[lo:o.at.Start])
	return strings.HasSuffix(before, "©") || hasSuffixAny(before, []string{"(C)", "（C）", "写真:", "写真：", "写真=", "提供:", "提供：", "出典:", "出典："})
}

// mediaByline reports whether a candidate is a news outlet named in a
// byline or a footer ("南浜新聞社" under an article): the outlet reports the
// story, it is not its subject. An outlet writing about itself (弊社, 当社)
// or named as the subject ("南浜新聞社は…") stays.
func (v *view) mediaByline(o orgFind) bool {
	c := trimSpaceRight(o.name)
	if !hasSuffixAny(c, mediaEndings) || o.at.End > len(v.doc) || containsAny(v.s, selfRefWords) {
		return false
	}
	after := strings.TrimLeft(v.doc[o.at.End:min(len(v.doc), o.at.End+16)], " 　")
	return !hasPrefixAny(after, []string{"は", "が", "では", "によると", "によれば", "によりますと", "の"})
}

// venueFollowers follow a place that is only where something is or took
// place: "北野市の会場で開催した", "北野村にある施設", "北野市に本社を置く".
var venueFollowers = []string{"で開催", "で開かれ", "で行われ", "にて開催", "の会場で", "の会場にて", "会場で", "会場にて", "内で開",
	"内の会場", "にある", "内にある", "に所在", "に本社", "に本店", "に拠点", "所在の"}

// venueAround reports whether a candidate place is followed by words that
// make it a venue or a location ("北野市で開かれた展示会", "南浜県北野村にある
// 施設"), not the organization.
func (v *view) venueAround(o orgFind) bool {
	if !isPlace(compact(o.name)) || o.at.End >= len(v.doc) {
		return false
	}
	after := v.doc[o.at.End:min(len(v.doc), o.at.End+48)]
	// A municipality after a prefecture: "南浜県|北野村にある".
	n := 0
	for i, r := range after {
		if !isHan(r) || n >= 6 {
			break
		}
		n++
		if n >= 2 && hasRune("市区町村郡", r) {
			after = after[i+utf8.RuneLen(r):]
			break
		}
	}
	return hasPrefixAny(after, venueFollowers)
}

// leadTagLen returns the length of a dateline or section tag at the start
// of s ("【北浜】", "《南浜》", "[速報]") with the spaces after it, or 0. The
// tag is junk only when a name follows it.
func leadTagLen(s string) int {
	if s == "" || !hasRune(tagOpenRunes, firstRuneOf(s)) {
		return 0 // cheap test first: no tag opens here
	}
	for _, p := range tagBrackets {
		if !strings.HasPrefix(s, p[0]) {
			continue
		}
		j := index(s, p[1])
		if j < 0 || atLeastRunes(s[:j], 16) {
			return 0
		}
		k := j + len(p[1])
		k += leadSpaceLen(s[k:])
		if k >= len(s) {
			return 0
		}
		return k
	}
	return 0
}

// tagBrackets enclose a dateline or section tag.
var tagBrackets = [][2]string{{"【", "】"}, {"《", "》"}, {"〈", "〉"}, {"［", "］"}, {"[", "]"}, {"＜", "＞"}, {"<", ">"}, {"〔", "〕"}}

// tagOpenRunes holds the runes that open a tag.
var tagOpenRunes = func() string {
	opens := make([]string, len(tagBrackets))
	for i, p := range tagBrackets {
		opens[i] = p[0]
	}
	return runeSet(opens, firstRuneOf)
}()

// contactLabels head the contact or issuer block of a notice, written
// before the name on its line: "問い合わせ先 株式会社ハナミズキ".
var contactLabels = []string{"本件に関するお問い合わせ先", "本件に関するお問い合わせ", "本件に関するお問合せ先", "本件に関する問い合わせ先",
	"お問い合わせ先", "お問合せ先", "お問合わせ先", "問い合わせ先", "問合せ先", "お問い合わせ", "お問合せ", "照会先", "連絡先", "発行元",
	"発信元", "発信者", "発行者"}

// leadLabelLen returns the length of a contact label and the space or
// colon after it at the start of s, or 0.
func leadLabelLen(s string) int {
	if s == "" || !labelLeadRunes.has(firstRuneOf(s)) {
		return 0 // cheap test first: no label starts here
	}
	for _, l := range contactLabels {
		if k := labelSpaceLen(s, l); k > 0 {
			return k
		}
	}
	// A page's kind of release before its title: "報道発表資料 北野市…".
	for _, l := range releaseLabels {
		if k := labelSpaceLen(s, l); k > 0 {
			return k
		}
	}
	return 0
}

// releaseLabels head a press page's title: "報道発表資料 …".
var releaseLabels = []string{"報道発表資料", "記者発表資料", "報道発表", "記者発表", "報道資料", "プレスリリース", "ニュースリリース"}

// labelSpaceLen returns the length of label l and the space or colon after
// it at the start of s, or 0.
func labelSpaceLen(s, l string) int {
	rest, ok := strings.CutPrefix(s, l)
	if !ok {
		return 0
	}
	k := leadSpaceLen(rest)
	if k == 0 {
		for _, c := range []string{":", "：", "】"} {
			if strings.HasPrefix(rest, c) {
				k = len(c) + leadSpaceLen(rest[len(c):])
				break
			}
		}
	}
	if k == 0 || k >= len(rest) {
		return 0
	}
	return len(s) - len(rest) + k
}

func leadSpaceLen(s string) int {
	return len(s) - len(trimSpaceLeft(s))
}

// dateLabels introduce a date line: "date 2025-10-07", "投稿日:2021.01.04".
var dateLabels = []string{"date", "Date", "DATE", "最終更新日", "更新日時", "更新日", "投稿日", "公開日", "掲載日", "発表日", "作成日", "配信日", "更新", "掲載", "公開", "配信"}

// leadDateLen returns the length of a date or time written at the start of
// s (with a label before it and a weekday after it), or 0. A bare number
// glued to a name ("17みなと学院大学", the day of a date line) counts only
// when a name of three runes or more that starts with a kanji or katakana
// follows it ("77銀行" keeps its number).
func leadDateLen(s string) int {
	if s == "" {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s); !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || dateLabelRunes.has(r)) {
		return 0 // cheap test first: no date or label starts here
	}
	i := 0
	for _, l := range dateLabels {
		if strings.HasPrefix(s, l) {
			j := len(l)
			j += leadSpaceLen(s[j:])
			for _, c := range []string{":", "：", "|"} {
				if strings.HasPrefix(s[j:], c) {
					j += len(c)
					break
				}
			}
			j += leadSpaceLen(s[j:])
			if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsDigit(r) || hasPrefixAny(s[j:], []string{"令和", "平成"}) {
				i = j
			}
			break
		}
	}
	start := i
	for _, era := range []string{"令和", "平成"} {
		if strings.HasPrefix(s[i:], era) {
			i += len(era)
			break
		}
	}
	digits, marks := 0, 0
scan:
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			digits++
		case r == '日' && digits > 0:
			i += size
			marks++
			break scan // a date ends with its day: "2日日本…"
		case digits > 0 && hasRune("-/.:年月－／．：", r):
			marks++
		case r == '元' && i > start && digits == 0:
			digits++ // 令和元年
			marks++
		default:
			break scan
		}
		i += size
	}
	if digits == 0 {
		return 0
	}
	// A weekday after the date: "(火)", "（火）".
	for _, open := range []string{"(", "（"} {
		if strings.HasPrefix(s[i:], open) {
			r, size := utf8.DecodeRuneInString(s[i+len(open):])
			if hasRune("月火水木金土日", r) {
				k := i + len(open) + size
				for _, c := range []string{")", "）"} {
					if strings.HasPrefix(s[k:], c) {
						i = k + len(c)
						marks++
					}
				}
			}
		}
	}
	rest := trimSpaceLeft(s[i:])
	if rest == "" {
		return 0
	}
	if marks == 0 && start == 0 {
		// A bare number glued to what follows.
		r, _ := utf8.DecodeRuneInString(rest)
		if !(isHan(r) || isKatakana(r) || isHiragana(r)) || !atLeastRunes(rest, 3) || genericNoun(rest) || !orgShaped(compact(rest)) {
			return 0
		}
	}
	return i + leadSpaceLen(s[i:])
}

// captionCut reads a photo caption or a dateline "what=where": it returns
// where the name ends when what is a name ("南浜県庁=南浜市中央町" → 南浜県庁),
// 0 and true when what is a description of the photo ("謝罪する北野市幹部ら
// =市役所"), and 0 and false when s has no =.
func captionCut(s string) (int, bool) {
	k := indexRuneOf(s, "=＝")
	if k < 0 {
		return 0, false
	}
	head := trimSpaceRight(s[:k])
	if !atLeastRunes(head, 2) || !allName(compact(head)) || !orgShaped(compact(head)) {
		return 0, true
	}
	return len(head), true
}

// headlineEnds end a headline written right before a name: "…USBメモリー
// 紛失東浜市教育委員会", "…流出か南浜県".
var headlineEnds = []string{"紛失", "流出", "漏えい", "漏洩", "誤送信", "誤送付", "誤配布", "誤交付", "誤表示", "誤掲載", "盗難", "発覚", "判明",
	"公表", "発表", "謝罪", "処分", "逮捕", "送検", "被害", "感染", "閲覧", "不正アクセス", "停職", "減給", "懲戒", "戒告", "人分", "件分",
	"疑い", "可能性", "恐れ", "おそれ", "確認", "投稿", "掲載", "更新", "公開", "ミス", "人", "件", "名"}

// headlineEndRunes holds the last runes of headlineEnds and verbEnds: a
// cheap first test of a headline end.
var headlineEndRunes = newRuneLookup(headlineEndRuneList)

// headlineEndRuneList holds the runes of headlineEndRunes, each once.
var headlineEndRuneList = func() []rune {
	var rs []rune
	for _, w := range headlineEnds {
		if r := lastRuneOf(w); !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	for _, r := range verbEnds {
		if !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	return rs
}()

// headlineEndRuneSet holds the runes of headlineEndRunes as a string.
var headlineEndRuneSet = string(headlineEndRuneList)

// verbEnds are the last kana of a verb or adjective ending a headline
// ("…住民の連絡で気づく", "…流出か", "…気づかず").
const verbEnds = "くるうすつむぬぐぶただいずか"

// spacedHeadLen returns the length of the headline words before the last
// space of s when the words after it are the name: "人分 南浜県",
// "情報流出 北野市". A head that is itself a name or a legal form
// ("医療法人社団さくら会 ひばり病院", "株式会社 JR 西日本") stays.
func spacedHeadLen(s string) int {
	k := lastIndexSpace(s)
	if k <= 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[k:])
	last := s[k+size:]
	head := compact(s[:k])
	if head == "" || !orgShaped(last) || genericNoun(last) || !atLeastRunes(last, 2) || orgShaped(head) || hasLegalFormHint(head) {
		return 0
	}
	junk := hasSuffixAny(head, headlineEnds) || strings.IndexFunc(head, unicode.IsDigit) >= 0 ||
		hasRune(verbEnds, lastRuneOf(head)) && isHiragana(lastRuneOf(head)) ||
		particleAfterKanji(head) >= 0 // "ハナミズキに行政指導 …"
	if !junk {
		return 0
	}
	return k + size
}

// gluedHeadLen returns where a name starts after a headline glued to it
// ("…USBメモリー紛失東浜市教育委員会", "…連絡で気づく南浜県北野市"), or 0.
// The name must start with a place (a prefecture or a municipality) and the
// text before it must end like a headline: a verb's kana or an incident
// word.
func gluedHeadLen(s string) int {
	if !atLeastRunes(s, 5) || !containsRuneOf(s, "都道府県市区町村") || !strings.ContainsAny(s, headlineEndRuneSet) {
		return 0 // no place to start a name, or nothing ends a headline
	}
	for i, r := range s {
		if i == 0 || !isHan(r) {
			continue
		}
		head := s[:i]
		h := lastRuneOf(head)
		if !headlineEndRunes.has(h) || !atLeastRunes(head, 2) {
			continue
		}
		junk := isHiragana(h) && hasRune(verbEnds, h) && !hasRune(particles, h) || hasSuffixAny(head, headlineEnds)
		if !junk || orgShaped(head) || hasLegalFormHint(head) || strings.HasSuffix(head, "立") {
			continue
		}
		rest := s[i:]
		if placeLed(rest) && orgShaped(rest) && !genericNoun(rest) && particleAfterKanji(rest) < 0 && !containsRuneOf(rest, "、。・") {
			return i
		}
	}
	return 0
}

// describedHeadLen returns where a name starts after a description of the
// business and の ("自動車部品メーカーのミナト工業", "物流大手のはやて運輸"),
// or 0. The name must end like an organization.
func describedHeadLen(s string) int {
	k := lastIndex(s, "の")
	if k <= 0 {
		return 0
	}
	head, rest := s[:k], s[k+len("の"):]
	if !hasSuffixAny(head, leadBusinessKinds) || !atLeastRunes(rest, 2) || !orgShaped(rest) || genericNoun(rest) || !allName(rest) {
		return 0
	}
	return k + len("の")
}

// placeLed reports whether s starts with a prefecture or a municipality
// name: two to five kanji ending in 都道府県市区町村, or a prefecture's name.
func placeLed(s string) bool {
	for _, p := range prefectures {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	n := 0
	for _, r := range s {
		if n >= 1 && hasRune("都道府県市区町村", r) {
			return true
		}
		if !isHan(r) || n >= 4 {
			return false
		}
		n++
	}
	return false
}

// personSuffixes name a person after the organization: "北野市職員",
// "南浜県警巡査長". Longer forms come first.
var personSuffixes = []string{"会計年度任用職員", "非常勤職員", "臨時職員", "嘱託職員", "男性職員", "女性職員", "元職員", "教職員", "職員",
	"元社員", "社員", "行員", "従業員", "教員", "教諭", "講師", "主事", "主査", "主任", "係長", "課長補佐", "課長", "次長", "巡査部長", "巡査長",
	"巡査", "警部補", "警部", "警察官", "署員", "消防士", "看護師", "保健師", "事務員", "准教授", "教授", "助教"}

// personCut returns where the organization ends before a person written
// after it, or 0.
func personCut(s string) int {
	if !personLastRunes.has(lastRuneOf(s)) {
		return 0 // cheap test first: no person word ends so
	}
	for _, p := range personSuffixes {
		if !strings.HasSuffix(s, p) {
			continue
		}
		head := strings.TrimSuffix(s, p)
		head = strings.TrimSuffix(head, "元")
		head = trimSpaceRight(head)
		if atLeastRunes(head, 2) && orgShaped(compact(head)) && !genericNoun(head) {
			return len(head)
		}
		return 0
	}
	return 0
}

// spacedTailCut returns where an organization written with a legal form or
// an organization ending stops before a department, an address or a
// contact written after a space, or 0.
func spacedTailCut(s string) int {
	for i := 0; i < len(s); {
		k := indexSpace(s[i:])
		if k < 0 {
			return 0
		}
		head := s[:i+k]
		tail := trimSpaceLeft(s[i+k:])
		i = len(s) - len(tail)
		f := tail
		if j := indexSpace(f); j > 0 {
			f = f[:j]
		}
		if f == "" || !contactOrDept(f) {
			continue
		}
		if c := compact(head); atLeastRunes(c, 3) && orgShaped(c) && (hasLegalFormHint(c) || !hasSuffixAny(c, deptEndings)) {
			return len(head)
		}
	}
	return 0
}

// clauseLinks join a name to the rest of a title: "…病院における…".
var clauseLinks = []string{"における", "において", "に関する", "について", "に対する", "での", "への", "が運営する", "の運営する"}

// clauseTailCut returns where an organization ends before a title or
// clause read on after it ("公立みなと病院における個人情報を含む"), or 0.
func clauseTailCut(s string) int {
	if !containsRuneOf(s, clauseLinkLeads) {
		return 0 // cheap test first: no link can start here
	}
	best := -1
	for _, l := range clauseLinks {
		if k := index(s, l); k > 0 && (best < 0 || k < best) {
			best = k
		}
	}
	if best <= 0 {
		return 0
	}
	head := trimSpaceRight(s[:best])
	if c := compact(head); !atLeastRunes(c, 2) || !orgShaped(c) || genericNoun(c) {
		return 0
	}
	return len(head)
}

// contactOrDept reports whether a word written after an organization's name
// starts its address or contact (〒, TEL, digits) or names a department.
func contactOrDept(f string) bool {
	if strings.HasPrefix(f, "〒") || hasPrefixAny(f, []string{"TEL", "Tel", "tel", "電話", "FAX", "Fax", "E-mail", "Email", "mail"}) {
		return true
	}
	if strings.IndexFunc(f, func(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }) >= 0 {
		return true
	}
	return hasSuffixAny(f, deptEndings) && !strings.HasSuffix(f, "本部")
}

// execTitles name the head of an organization in a signature after its
// name: "株式会社ハナミズキ 代表取締役社長 山田太郎".
var execTitles = []string{"代表取締役", "取締役", "代表理事", "理事長", "代表執行役", "執行役員", "会長", "社長", "頭取", "学長", "総長",
	"院長", "校長", "所長", "専務", "常務"}

// execTitleCut returns where the organization ends before an executive's
// title and name written after it, or 0.
func execTitleCut(s string) int {
	if !containsRuneOf(s, execTitleRunes) {
		return 0 // cheap test first: no title can start here
	}
	best := -1
	for _, t := range execTitles {
		k := index(s, t)
		if k > 0 && strings.HasPrefix(t, "社") && strings.HasSuffix(s[:k], "会") {
			// The 社 of 会社 ("株式会社長崎…"): look further.
			if j := index(s[k+len("社"):], t); j >= 0 {
				k += len("社") + j
			} else {
				k = -1
			}
		}
		if k > 0 && (best < 0 || k < best) {
			best = k
		}
	}
	if best <= 0 {
		return 0
	}
	head := trimSpaceRight(s[:best])
	if !atLeastRunes(head, 3) || !orgShaped(compact(head)) || !hasLegalFormHint(head) && !orgSuffixSet.endsAny(head) {
		return 0
	}
	return len(head)
}

// officeBodies pair an office building with the ending of its body.
var officeBodies = [][2]string{{"県庁", "県"}, {"市役所", "市"}, {"町役場", "町"}, {"村役場", "村"}, {"区役所", "区"}}

// officeCut returns where the body ends in the name of its office
// building: "南浜県庁" → 南浜県, "北野市役所" → 北野市, or 0.
func officeCut(s string) int {
	for _, o := range officeBodies {
		if strings.HasSuffix(s, o[0]) && atLeastRunes(s, utf8.RuneCountInString(o[0])+1) {
			return len(s) - len(o[0]) + len(o[1])
		}
	}
	return 0
}

// selfKinds are what a self reference can be followed by without naming
// anyone: 当研究所, 本センター, 弊法人.
var selfKinds = []string{"研究所", "研究センター", "センター", "機構", "法人", "財団", "協会", "組合", "病院", "医院", "大学", "学園",
	"学院", "学校", "校", "院", "社", "会", "館", "園", "所", "事務所", "事業所", "連合会", "委員会", "市", "町", "村", "県", "区", "局",
	"庁", "省", "行", "金庫", "グループ", "クリニック", "施設", "店", "研究室", "団体", "企業", "会社", "本部", "部", "課", "室", "署"}

// selfRefName reports whether a candidate (compact) is only a self
// reference: "当研究所", "弊法人" (never a name, though 当麻町 is one).
func selfRefName(c string) bool {
	if strings.HasPrefix(c, "弊") {
		return true
	}
	for _, p := range []string{"当", "本"} {
		if rest, ok := strings.CutPrefix(c, p); ok {
			for _, k := range selfKinds {
				if rest == k {
					return true
				}
			}
		}
	}
	return false
}

// descriptionName reports whether a candidate ending in 会社 has no legal
// form: "決済サービス会社", "運営会社" describe a company, they do not
// name it. c is compact.
func descriptionName(c string) bool {
	if !strings.HasSuffix(c, "会社") || genericNoun(c) {
		return false // a bare 会社 is left to genericNoun
	}
	for _, f := range []string{"株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "相互会社"} {
		if contains(c, f) {
			return false
		}
	}
	return true
}

// junkPrefecture reports whether a candidate ending in 県 has four kanji or
// more before it that name no prefecture: the 県 of "県は" read together
// with the words before it ("投稿確認県"). c is compact.
func junkPrefecture(c string) bool {
	stem, ok := strings.CutSuffix(c, "県")
	if !ok || !atLeastRunes(stem, 4) {
		return false
	}
	for _, r := range stem {
		if !isHan(r) {
			return false
		}
	}
	for _, p := range prefectures {
		if strings.HasSuffix(c, p) {
			return false
		}
	}
	return true
}

// bareFacility reports whether a candidate is a kind of facility with
// only its owner's kind before it: "県立病院", "市立小学校" name no one.
func bareFacility(c string) bool {
	if !containsRuneOf(c, facilityOwnerEnds) {
		return false // cheap test first: no owner's kind is written
	}
	for _, own := range facilityOwners {
		if rest, ok := strings.CutPrefix(c, own); ok {
			return genericNoun(rest) || facilityKinds[rest]
		}
	}
	return false
}

// facilityOwners are the kinds of owners written before a facility.
var facilityOwners = []string{"県立", "市立", "町立", "村立", "区立", "府立", "都立", "道立", "国立", "私立", "公立"}

// branchEndings end the names of a bank's or a company's branches.
var branchEndings = []string{"支店", "支社", "営業所", "出張所", "営業部", "出張所"}

// branchBodies end the names of the banks and companies branches belong
// to.
var branchBodies = []string{"銀行", "信用金庫", "信用組合", "金庫", "会社", "証券", "保険"}

// branchCut returns where a bank or a company ends before the name of one
// of its branches ("北浜銀行みなと支店", "ハナミズキ証券本町営業所"), or 0.
func branchCut(s string) int {
	if !hasSuffixAny(s, branchEndings) {
		return 0
	}
	best := 0
	for _, body := range branchBodies {
		if k := lastIndex(s, body); k > 0 && k+len(body) > best && atLeastRunes(s[k+len(body):], 3) {
			best = k + len(body)
		}
	}
	if best > 0 && !orgShaped(compact(s[:best])) {
		return 0
	}
	return best
}

// ownerMerged writes a municipality followed by a facility named by its
// owner's kind as one name: "北野市 市立病院" → 北野市立病院.
func ownerMerged(x string) string {
	if !contains(x, "立") {
		return x // cheap test first
	}
	f := spaceFields(x)
	if len(f) != 2 {
		return x // written apart only: 四日市市立… is the city's own name
	}
	for _, k := range []string{"市", "町", "村", "区"} {
		if strings.HasSuffix(f[0], k) && strings.HasPrefix(f[1], k+"立") && atLeastRunes(f[1], 3) {
			return f[0] + strings.TrimPrefix(f[1], k)
		}
	}
	return x
}

// prefectureLen returns the length of a prefecture's name at the start
// of s, or 0.
func prefectureLen(s string) int {
	n := 0
	for i, r := range s {
		if n++; n > 4 {
			break
		}
		if hasRune("都道府県", r) && prefectureSet[s[:i+utf8.RuneLen(r)]] {
			return i + utf8.RuneLen(r)
		}
	}
	return 0
}

// prefectureSet holds the prefectures' names.
var prefectureSet = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range prefectures {
		m[p] = true
	}
	return m
}()

// jointCut returns where the first of two organizations joined by と,
// 及び or および ends, or 0. Kana names keep their と (みなと市).
func jointCut(s string) int {
	for _, j := range []string{"と", "及び", "および", "・"} {
		for at := range occurrences(s, j) {
			head, tail := strings.TrimSpace(s[:at]), strings.TrimSpace(s[at+len(j):])
			if atLeastRunes(head, 2) && atLeastRunes(tail, 2) && !isHiragana(lastRuneOf(head)) && orgSuffixSet.endsAny(head) &&
				orgShaped(compact(head)) && orgShaped(compact(tail)) &&
				!isLegalForm(head) && !isLegalForm(tail) && (j != "・" || isPlace(head) && isPlace(tail)) {
				return len(trimSpaceRight(s[:at]))
			}
		}
	}
	return 0
}

// countyLen returns the length of a county (and a prefecture) written
// before a town or a village ("南浜県東浦郡みさき町", "東浦郡みさき村"), or
// 0: a town is named without its county.
func countyLen(s string) int {
	k := index(s, "郡")
	if k <= 0 || !hasSuffixAny(s, []string{"町", "村"}) {
		return 0
	}
	head, rest := s[:k], s[k+len("郡"):]
	if _, off := stripPlace(head + "町"); off > 0 {
		head = head[off:] // the prefecture before the county
	}
	if !allHan(head) || atLeastRunes(head, 5) || !atLeastRunes(rest, 2) || atLeastRunes(rest, 8) || !allName(rest) || contains(rest, "郡") {
		return 0
	}
	return k + len("郡")
}

// bareDept reports whether a candidate is a department with no body before
// it: "管財課", "総務部" name no one (a branch, 山形支部, is a body). The
// report's organization is left empty then, though a notice warning of mail
// that pretends to come from the department is still its own.
func bareDept(c string) bool {
	if !hasSuffixAny(c, []string{"課", "室", "係", "部"}) || hasSuffixAny(c, []string{"支部", "本部"}) || contains(c, "警察") || hasLegalFormHint(c) {
		return false
	}
	// "県文書学事課", "市保険年金課": the prefecture's or the city's own.
	return coreEnd(c) < 0 && !hasPrefixAny(c, bareKinds)
}

// facilityKinds are facilities named by their kind only.
var facilityKinds = map[string]bool{"病院": true, "高校": true, "高等学校": true, "中学校": true, "小学校": true, "学校": true, "大学": true,
	"図書館": true, "施設": true, "保育園": true, "保育所": true, "幼稚園": true, "こども園": true, "特別支援学校": true, "美術館": true,
	"博物館": true, "体育館": true, "診療所": true, "医療センター": true, "病院機構": true}

// bareBodies are news short forms that leave out the place: 県教委 after
// 南浜県教委 was named once.
var bareBodies = []string{"県教委", "市教委", "町教委", "村教委", "府教委", "都教委", "道教委", "県教育委員会", "市教育委員会", "県警察本部", "県警", "府警", "道警",
	// A public body's kind alone: 水道局 is the water bureau of a city the
	// report must name.
	"教育委員会", "教育庁", "上下水道局", "水道局", "下水道局", "交通局", "病院局", "消防局", "消防本部", "企業局", "社会福祉協議会"}

// fullBody resolves a candidate that is a body without its place
// ("県教委保健体育課", "県警") to the full form the report writes
// ("南浜県教委"), dropping a department after it. With no full form in the
// report it returns an empty candidate and true: the short form names no
// one.
func (v *view) fullBody(o orgFind) (orgFind, bool) {
	if r, _ := utf8.DecodeRuneInString(o.name); !bareBodyRunes.has(r) {
		return orgFind{}, false // cheap test first: bare bodies start with their kind
	}
	c := compact(o.name)
	for _, b := range bareBodies {
		if !strings.HasPrefix(c, b) {
			continue
		}
		for j := 0; j < len(v.s); {
			k := index(v.s[j:], b)
			if k < 0 {
				break
			}
			i := j + k
			j = i + len(b)
			a := nameBefore(v.s, i, runesBack(v.s, i, 5, 0))
			if a < i && !isSelfRef(v.s[a:i]) && !strings.HasPrefix(v.s[a:i], "同") {
				if full := v.orgAt(a, j); full.name != "" && strings.IndexFunc(full.name, unicode.IsDigit) < 0 {
					return full, true
				}
			}
		}
		return orgFind{}, true // no full form: the short form names no one
	}
	return orgFind{}, false
}

// boardAfter extends a place followed by the news short form of its board
// of education: "南浜県" in "南浜県教委は" is the board, 南浜県教委.
func (v *view) boardAfter(o orgFind) orgFind {
	if !isPlace(o.name) || o.at.End+len("教委") > len(v.doc) || !strings.HasPrefix(v.doc[o.at.End:], "教委") {
		return o
	}
	return orgFind{o.name + "教委", model.Span{Start: o.at.Start, End: o.at.End + len("教委")}}
}

// Rune sets for the cheap first tests, made from the word lists.
var (
	personLastRunes   = runeTable(personSuffixes, lastRuneOf)
	execTitleRunes    = runeSet(execTitles, lastRuneOf)
	dateLabelRunes    = runeTable(append([]string{"令和", "平成"}, dateLabels...), firstRuneOf)
	bareBodyRunes     = runeTable(bareBodies, firstRuneOf)
	labelLeadRunes    = runeTable(append(slices.Clip(contactLabels), releaseLabels...), firstRuneOf)
	clauseLinkLeads   = runeSet(clauseLinks, firstRuneOf)
	facilityOwnerEnds = runeSet(facilityOwners, lastRuneOf)
)

// runeSet returns the distinct runes pick takes from the words.
func runeSet(words []string, pick func(string) rune) string {
	var b strings.Builder
	for _, w := range words {
		if r := pick(w); !hasRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// runeTable returns the runes pick takes from the words as a set to look
// up, for sets too large for hasRune's scan.
func runeTable(words []string, pick func(string) rune) *runeLookup {
	var rs []rune
	for _, w := range words {
		rs = append(rs, pick(w))
	}
	return newRuneLookup(rs)
}

// runeLookup is a set of runes answered by a hash and a probe or two in a
// small open-addressed table: the rune tests of the name rules run for
// nearly every candidate, where a map lookup costs several times more.
type runeLookup struct {
	slots []rune // a power of two, at most a quarter full; -1 marks an empty slot
	shift uint32 // 32 - log2(len(slots))
}

// newRuneLookup returns the set of the runes rs.
func newRuneLookup(rs []rune) *runeLookup {
	n, shift := 16, uint32(28)
	for n < 4*len(rs) {
		n, shift = n*2, shift-1
	}
	t := &runeLookup{slots: make([]rune, n), shift: shift}
	for i := range t.slots {
		t.slots[i] = -1
	}
	for _, r := range rs {
		if r < 0 || t.has(r) {
			continue
		}
		i := t.home(r)
		for t.slots[i] >= 0 {
			i = (i + 1) & uint32(len(t.slots)-1)
		}
		t.slots[i] = r
	}
	return t
}

// home returns the slot where r is looked for first.
func (t *runeLookup) home(r rune) uint32 { return uint32(r) * 0x9E3779B1 >> t.shift }

// has reports whether r is in the set.
func (t *runeLookup) has(r rune) bool {
	mask := uint32(len(t.slots) - 1)
	for i := t.home(r) & mask; ; i = (i + 1) & mask {
		switch t.slots[i] {
		case r:
			return r >= 0
		case -1:
			return false
		}
	}
}

func firstRuneOf(s string) rune {
	if len(s) >= 3 && threeByteLead(s[0]) && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F) // kana, kanji
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// threeByteLead reports whether c starts a three-byte rune that is valid
// with any two continuation bytes after it (not E0, whose second byte must
// be A0 or more, nor ED, the lead of the surrogates).
func threeByteLead(c byte) bool {
	return c >= 0xE1 && c <= 0xEF && c != 0xED
}

// cutTails applies each cut in turn to name, each to what the previous
// left, and returns the length that remains. A cut returns the length to
// keep, or 0 to keep all.
func cutTails(name string, cuts ...func(string) int) int {
	n := len(name)
	for _, cut := range cuts {
		if k := cut(name[:n]); k > 0 {
			n = k
		}
	}
	return n
}
