package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Organization readers for news and for notices that name their issuer in
// unusual places: the subject of a news lead written without a legal form
// ("ハナミズキは12月9日、…と発表した"), a headline "健康食品のハナミズキ、…",
// a definition "株式会社X(以下「当社」)", a heading line "株式会社X 弊社が
// …", and a prefecture that only a headline tag names ("《南浜》…", "県は
// …と発表").

// selfDefinitionWords are the self references a notice defines for its
// issuer: "株式会社ハナミズキ(以下「当社」)".
var selfDefinitionWords = []string{"当社", "弊社", "当行", "弊行", "本学", "当学", "当院", "本院", "当法人", "本法人", "当財団", "本財団",
	"当協会", "本協会", "当機構", "本機構", "当組合", "本組合", "当会", "本会", "当センター", "本センター", "当研究所", "本研究所",
	"当グループ", "当社グループ", "本市", "当市", "本町", "当町", "本村", "当村", "本県", "当県", "当校", "本校", "当館", "本館"}

// definedSelfOrg reads the issuer a notice defines as its self reference:
// "公益財団法人みなと未来基金(以下「当財団」)への寄付…", "株式会社ハナミズキ
// (以下、「当社」といいます。)は…". A definition of another word (以下
// 「委託先」) names someone else.
func definedSelfOrg(v *view) (orgFind, bool) {
	for j := 0; j < len(v.s); {
		k := index(v.s[j:], "(以下")
		if k < 0 {
			return orgFind{}, false
		}
		i := j + k
		j = i + len("(以下")
		e := strings.IndexByte(v.s[j:], ')')
		if e < 0 || e > 60 {
			continue
		}
		inner := strings.TrimLeft(v.s[j:j+e], "、, ")
		inner = strings.TrimPrefix(inner, "「")
		self := hasPrefixAny(inner, selfDefinitionWords)
		if !self && !kindDefinition(inner) {
			// "独立行政法人日本原子力研究開発機構(以下「原子力機構」という。)
			// において…" at the head of the notice: the body it goes on
			// to speak of by its short name.
			if o, ok := v.nameEndingAt(i); ok && i < leadLimit(v) && abbreviates(definedWord(inner), compact(o.name)) &&
				orgShaped(compact(o.name)) && !isVendor(v, o.name) && !contractor(v, o.name) &&
				!containsAny(v.s[v.sentenceAt(i).start:i], []string{"委託", "弊社", "当社", "当行"}) {
				return o, true
			}
			continue
		}
		if o, ok := v.nameEndingAt(i); ok && (self || strings.HasSuffix(compact(o.name), definedWord(inner))) {
			return o, true // "X財団(以下、財団という。)": its own kind
		}
	}
	return orgFind{}, false
}

// leadLimit is the end of the first two sentences.
func leadLimit(v *view) int {
	if len(v.sents) == 0 {
		return 0
	}
	return v.sents[min(len(v.sents), 2)-1].end
}

// abbreviates reports whether short is a short form of name: two runes or
// more, taken from name in order, ending as name ends (原子力機構 of
// 日本原子力研究開発機構).
func abbreviates(short, name string) bool {
	if !atLeastRunes(short, 2) || len(short) >= len(name) || lastRuneOf(short) != lastRuneOf(name) {
		return false
	}
	j := 0
	for _, r := range short {
		k := strings.IndexRune(name[j:], r)
		if k < 0 {
			return false
		}
		j += k + utf8.RuneLen(r)
	}
	return true
}

// definedWord returns the word a definition in parentheses gives, without
// its quotes and the verb after it: "財団という。" → 財団.
func definedWord(inner string) string {
	if k := indexRuneOf(inner, "」』"); k >= 0 {
		return inner[:k]
	}
	if k := index(inner, "という"); k >= 0 {
		return inner[:k]
	}
	if k := index(inner, "とい"); k >= 0 {
		return inner[:k]
	}
	return strings.TrimRight(inner, "。")
}

// kindDefinition reports whether a definition gives a bare kind of body
// (以下、財団という / 以下「機構」): a notice naming itself by its kind.
func kindDefinition(inner string) bool {
	w := definedWord(inner)
	for _, k := range selfKinds {
		if w == k && atLeastRunes(k, 2) {
			return true
		}
	}
	return false
}

// trailingAnnouncer reads the announcer a news lead writes after what it
// announced: "…を紛失したと、北野市教育委員会が明らかにしました", "…と北野市
// から発表されました".
func trailingAnnouncer(v *view, sp span) (orgFind, bool) {
	t := v.text(sp)
	for j := 0; ; {
		k := index(t[j:], "と")
		if k < 0 {
			return orgFind{}, false
		}
		a := j + k + len("と")
		j = a
		if r := lastRuneOf(t[:a-len("と")]); !isHiragana(r) && r != '」' {
			continue // "北野市と南野市が発表": two announcers, not a quote
		}
		a += len(t[a:]) - len(strings.TrimPrefix(t[a:], "、"))
		a += dayCommaLen(t[a:]) // "…と、4日、北野市が発表した"
		b := nameAfter(v.s, sp.start+a, sp.end) - sp.start
		if b <= a {
			continue
		}
		x := t[a:b]
		rest := t[b:]
		var link string
		for _, l := range []string{"が", "は", "から"} {
			if strings.HasPrefix(rest, l) {
				link = l
				break
			}
		}
		verb := rest[len(link):]
		verb = verb[dayCommaLen(verb):] // "北野市が4日、発表した"
		if link == "" || !hasPrefixAny(verb, announceVerbs) || !orgShaped(x) || isSelfRef(x) || hasPrefixAny(x, []string{"両", "各", "全"}) {
			continue
		}
		o := v.orgAt(sp.start+a, sp.start+b)
		return o, o.name != ""
	}
}

// dayCommaLen returns the length of a day and the comma after it at the
// start of s ("4日、", "12月4日、"), or 0.
func dayCommaLen(s string) int {
	if !leadDay(s) {
		return 0
	}
	if c := index(s, "、"); c > 0 && !atLeastRunes(s[:c], 16) {
		return c + len("、")
	}
	return 0
}

// nameEndingAt reads the organization name that ends at byte i of s: a
// run of name runes, extended back over a kana part to a legal form
// written before it ("公益財団法人みなと未来基金").
func (v *view) nameEndingAt(i int) (orgFind, bool) {
	ln := v.lines[v.lineAt(i)]
	lo := ln.start
	a := nameBefore(v.s, i, lo)
	// Extend to a legal form before a kana part of the name.
	head := v.s[lo:a]
	if cut := lastIndexRuneOf(head, "、。「」『』 :()"); cut >= 0 {
		_, size := utf8.DecodeRuneInString(head[cut:])
		head = head[cut+size:]
	}
	for _, f := range legalForms {
		if k := lastIndex(head, f); k >= 0 && allName(head[k:]) && particleAfterKanji(head[k:]+v.s[a:i]) < 0 {
			a = a - len(head) + k
			break
		}
	}
	// A name of kanji and kana read only as far as its kind ("東京みらい|
	// 財団" after "(公財)"): the whole run after the delimiter.
	if x := v.s[a:i]; head != "" && !isHiragana(firstRuneOf(head)) && slices.Contains(selfKinds, x) && allName(head) && particleAfterKanji(head+x) < 0 {
		a -= len(head)
	}
	x := v.s[a:i]
	if !atLeastRunes(x, 2) || atLeastRunes(x, 41) || isSelfRef(x) || isLegalForm(x) {
		return orgFind{}, false
	}
	o := v.orgAt(a, i)
	return o, o.name != ""
}

// subjectStops end a news subject that is no organization: a person, a
// news source, an official, a generic body.
var subjectStops = []string{"容疑者", "被告", "被告人", "氏", "さん", "様", "各位", "方", "社長", "会長", "代表", "知事", "市長", "町長", "村長", "区長", "大臣",
	"長官", "教授", "弁護士", "署長", "校長", "院長", "学長", "理事長", "担当者", "広報", "関係者", "幹部", "役員", "記者", "編集部",
	"専門家", "調査機関", "機関", "調査会社", "委託先", "委託業者", "事業者"}

// thingEnds end words for what a lead talks about: "捜査情報は".
var thingEnds = []string{"情報", "データ", "資料", "書類", "文書", "名簿", "記録", "ファイル", "メール", "サーバー", "サーバ", "端末",
	"機器", "パソコン", "アカウント", "ページ"}

// subjectOpeners open a noun phrase that points at a thing or a group, not
// a name: "当該サーバー", "対象のお客様", "一部サービス".
var subjectOpeners = []string{"当該", "該当", "対象", "一部", "全て", "すべて", "各", "今回", "本件", "上記", "下記", "お客", "ご利用"}

// peopleEnds end words for people a lead talks about: "警察官は昨年、",
// "30代の男は".
var peopleEnds = []string{"男性", "女性", "男", "女", "学生", "生徒", "児童", "患者", "市民", "住民", "県民", "会員", "客", "人", "者"}

// subjectGeneric are bodies a news lead names without naming anyone.
var subjectGeneric = map[string]bool{"政府": true, "警察": true, "当局": true, "両社": true, "各社": true, "同社": true, "捜査": true, "調査": true,
	"国": true, "県警": true, "府警": true, "道警": true, "警視庁": true, "同庁": true, "同省": true, "同局": true, "同署": true, "犯人": true,
	"攻撃者": true, "犯行グループ": true, "利用者": true, "顧客": true, "会員": true, "専門家": true, "委託先": true,
	"報道": true, "一部報道": true, "資料": true, "記録": true, "取材": true, "説明": true, "調べ": true, "集計": true, "試算": true,
	"分析": true, "警告": true, "通知": true, "連絡": true, "相談": true, "指摘": true, "話": true,
	// Things a lead or headline talks about, written in katakana.
	"サーバー": true, "サーバ": true, "ファイル": true, "データ": true, "データベース": true, "パソコン": true, "ウイルス": true,
	"ランサムウェア": true, "マルウェア": true, "パスワード": true, "ホームページ": true, "カード": true, "クレジットカード": true,
	"ユーザー": true, "ユーザ": true, "ネットワーク": true, "クラウド": true, "ソフト": true, "プログラム": true, "ログ": true,
	"フォーム": true, "リスト": true, "セキュリティ": true, "インターネット": true, "メールアドレス": true, "ID": true, "URL": true,
	"USB": true, "USBメモリ": true, "USBメモリー": true, "フィッシング": true, "スパム": true, "メッセージ": true, "ログイン": true,
	"キャンペーン": true, "イベント": true, "セミナー": true, "アンケート": true, "ポイント": true, "コンテンツ": true, "SNS": true,
	"ハッカー": true, "エモテット": true, "Emotet": true}

// descriptionEnds end the description of a company written before its
// name in a news lead: "通販サイトを運営する", "本社を置く", "健康食品の".
var descriptionEnds = []string{"する", "した", "している", "行う", "営む", "手がける", "手掛ける", "置く", "構える", "の"}

// sourceThings end what a news lead quotes as its source that is no body:
// "調査結果によると", "関係者の説明によれば".
var sourceThings = []string{"結果", "報告", "発表", "資料", "調べ", "説明", "記録", "報道", "分析", "集計", "試算", "会見", "取材"}

// datedSubject reads the subject of a news lead written without a legal
// form: "ハナミズキは12月9日、…と発表した", "通販サイトを運営するハナミズキは
// 2025年2月14日、…", "ハナミズキは、…を明らかにした". The day after は or an
// announcement verb makes it the announcer.
func datedSubject(v *view, sp span) (orgFind, bool) {
	t := v.text(sp)
	i := -1
	for at := range occurrences(t, "は") {
		if at == 0 {
			continue // "はやて運輸"
		}
		if h := t[lastIndex(t[:at], "、")+1 : at]; atLeastRunes(h, 41) {
			break
		}
		if strings.Count(t[:at], "「") != strings.Count(t[:at], "」") || strings.Count(t[:at], "(") != strings.Count(t[:at], ")") {
			continue
		}
		i = at // the first は decides
		break
	}
	if i <= 0 {
		return orgFind{}, false
	}
	dated := leadDay(t[i+len("は"):]) || hasPrefixAny(t[i+len("は"):], relativeDays)
	x := t[:i]
	a := leadTagLen(x) // a dateline: "【北浜】ハナミズキは…"
	x = x[a:]
	// A note in parentheses: a location, a listing, a short name
	// ("ハナミズキ(南浜市)", "(東証プライム)"); an age is a person's ("(49)").
	if k := lastIndex(x, "("); k > 0 && strings.HasSuffix(x, ")") {
		inner := x[k+1 : len(x)-1]
		if inner == "" || strings.TrimFunc(inner, unicode.IsDigit) == "" || contains(inner, "歳") {
			return orgFind{}, false
		}
		x = x[:k]
	}
	// A clause before the subject: "…ことが分かり、事業者のXは".
	clause := false
	if k := lastIndex(x, "、"); k >= 0 {
		a += k + len("、")
		x = x[k+len("、"):]
		clause = true
	}
	// A headline joined to the lead as a wrapped line: "…USBメモリーを
	// 紛失南浜県みなと市教育委員会は".
	if k := gluedHeadLen(x); k > 0 {
		a += k
		x = x[k:]
		clause = true
	}
	// A description before the name.
	business := false
	cut := 0
	for _, d := range descriptionEnds {
		k := lastIndex(x, d)
		if k < 0 || k+len(d) >= len(x) || k+len(d) <= cut {
			continue
		}
		if r := lastRuneOf(x[:k]); d == "の" && !isHan(r) && !isKatakana(r) && r != 'ー' {
			continue // の inside a kana name (but メーカーの is a description)
		}
		cut = k + len(d)
		// "事業者のみなと原燃は", "通販サイトを運営するハナミズキは"
		// (not "漏えいした捜査情報は").
		switch d {
		case "の":
			business = hasSuffixAny(x[:k], leadBusinessKinds)
		case "する", "している":
			business = hasSuffixAny(x[:k], businessVerbs)
		case "した":
			business = false
		default:
			business = true // 営む, 手がける, 本社を置く
		}
	}
	a += cut
	x = x[cut:]
	// A kind written right before the name: "通販会社ハナミズキ".
	if k := kindGlueLen(x); k > 0 {
		a += k
		x = x[k:]
		business = true
	}
	if !newsName(x) {
		return orgFind{}, false
	}
	announce := containsAny(t, announceVerbs)
	announced := !clause && announce && (brandLike(x) || orgShaped(x))
	if !dated && !business && !announced {
		return orgFind{}, false
	}
	if dated && !business && !orgShaped(x) && allHan(x) {
		// A kanji word before は and a day may be a common noun
		// (会見は9日、): a name announces, and has three kanji or more
		// or recurs.
		if !announce || !atLeastRunes(x, 3) && !occursTwice(v.s, x) {
			return orgFind{}, false
		}
	}
	y, off := stripPlace(x)
	o := v.orgAt(sp.start+a+off, sp.start+a+off+len(y))
	return o, o.name != ""
}

// glueKinds are kinds of business a lead writes right before a name.
var glueKinds = []string{"会社", "企業", "大手", "メーカー", "業者", "商社", "チェーン"}

// kindGlueLen returns where a name starts after a kind of business written
// right before it ("通販会社ハナミズキ", "IT大手ABCソフト"), or 0. A legal
// form (株式会社) is no kind.
func kindGlueLen(x string) int {
	for _, g := range glueKinds {
		k := lastIndex(x, g)
		if k <= 0 || hasSuffixAny(x[:k], []string{"株式", "有限", "合同", "合資", "合名"}) {
			continue
		}
		rest := x[k+len(g):]
		if atLeastRunes(rest, 2) && (brandLike(rest) || orgShaped(rest)) && !genericNoun(rest) {
			return k + len(g)
		}
	}
	return 0
}

// businessVerbs end a description of what a company does before する:
// "通販サイトを運営する".
var businessVerbs = []string{"運営", "経営", "展開", "製造", "販売", "開発", "提供", "運用", "管理", "営業"}

// relativeDays open a news lead's time told relative to the article:
// "ハナミズキは昨年12月、…".
var relativeDays = []string{"昨年", "今年", "先月", "今月", "先週", "今週", "同日", "昨日", "本日", "同月", "前日", "翌日"}

// leadBusinessKinds end the description of a company's business written with
// の before its name: "事業者の", "アパレル通販の", "家電量販大手の".
var leadBusinessKinds = []string{"事業者", "会社", "企業", "大手", "通販", "販売", "製造", "メーカー", "運営", "業者", "法人", "団体", "商社",
	"小売", "専門店", "チェーン", "量販店", "事業"}

// policeNames are in the names of the police, whose stories policeOrg
// reads.
var policeNames = []string{"警察", "県警", "府警", "道警", "警視庁"}

// sourceSubject reads the source of a news story that opens a sentence:
// "みなと原燃によりますと先月19日、…", "ハナミズキによると、…". The
// source must be a name (no person, police or generic body).
func sourceSubject(v *view, sp span) (orgFind, bool) {
	t := v.text(sp)
	a := 0
	for _, lead := range []string{"また、", "一方、", "さらに、"} {
		if strings.HasPrefix(t, lead) {
			a = len(lead)
		}
	}
	for _, p := range []string{"によりますと", "によると", "によれば"} {
		k := index(t[a:], p)
		if k <= 0 || atLeastRunes(t[a:a+k], 26) {
			continue
		}
		x := t[a : a+k]
		if containsAny(x, policeNames) {
			return orgFind{}, false // the police are policeOrg's
		}
		if hasSuffixAny(x, deptEndings) {
			// "北野市保険年金課によると": the body, not its department.
			e := coreEnd(x)
			if e <= 0 {
				return orgFind{}, false
			}
			x, k = x[:e], e
		}
		if !newsName(x) || !brandLike(x) && !orgShaped(x) && !occursTwice(v.s, x) || hasSuffixAny(x, sourceThings) {
			return orgFind{}, false
		}
		o := v.orgAt(sp.start+a, sp.start+a+k)
		return o, o.name != ""
	}
	return orgFind{}, false
}

// newsName reports whether a news subject or headline word can be an
// organization's name without a legal form: a short run of name runes (a
// space only between Latin letters) that is no person, no generic body, no
// self reference, no news source and no clause.
func newsName(x string) bool {
	if !atLeastRunes(x, 2) || atLeastRunes(x, 26) || isSelfRef(x) || strings.HasPrefix(x, "同") || notAName(x) || genericNoun(x) ||
		subjectGeneric[x] || hasSuffixAny(x, subjectStops) || hasSuffixAny(x, personSuffixes) || hasSuffixAny(x, peopleEnds) && !strings.HasSuffix(x, "法人") ||
		hasSuffixAny(x, mediaEndings) || hasSuffixAny(x, serviceEndings) || hasSuffixAny(x, thingEnds) || hasPrefixAny(x, subjectOpeners) {
		return false
	}
	prev := ' '
	for i, r := range x {
		if r == ' ' {
			next, _ := utf8.DecodeRuneInString(x[i+1:])
			if !isASCIILetter(prev) || !isASCIILetter(next) {
				return false
			}
		} else if !isNameRune(r) && !isHiragana(r) {
			return false
		}
		prev = r
	}
	// A kanji word followed by a particle is a clause, not a name.
	if p := particleAfterKanji(x); p >= 0 {
		return false
	}
	return !genericNouns[x] && !hasDatePart(x) && !hasSuffixAny(x, []string{"年", "月", "日", "回", "週", "度"}) && !containsAny(x, headlineEnds)
}

// brandLike reports whether x is written like a brand: katakana, Latin
// letters and digits, with at most a short kanji tail ("ハナミズキ",
// "ABCマート", "ハナミズキ電機").
func brandLike(x string) bool {
	lead, han := 0, 0
	for _, r := range x {
		switch {
		case isKatakana(r) || isASCIILetter(r) || r == 'ー' || r == '・' || r == '&' || r == ' ' || r == '.':
			if han > 0 {
				return false
			}
			lead++
		case isHan(r):
			han++
		default:
			return false
		}
	}
	return lead >= 2 && han <= 3
}

func isASCIILetter(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
}

// describedHeadline reads a headline "健康食品のハナミズキ、…": a
// description, の, the name, then 、; or a Latin name with a space
// ("Hana Mart、…").
func describedHeadline(v *view, ln span) (orgFind, bool) {
	t := v.text(ln)
	tag := leadTagLen(t) // "【ニュース】ハナミズキ、…"
	t = t[tag:]
	i := index(t, "、")
	if i <= 0 || atLeastRunes(t[:i], 31) {
		return orgFind{}, false
	}
	x := t[:i]
	k := lastIndex(x, "の")
	if k < 0 && (tag > 0 || contains(x, " ")) && (brandLike(x) || orgShaped(x)) && newsName(x) {
		// A name after a tag or a Latin name with a space ("Hana
		// Mart、…"), which headlineOrg does not read.
		o := v.orgAt(ln.start+tag, ln.start+tag+i)
		return o, o.name != ""
	}
	if k <= 0 || k+len("の") >= len(x) {
		return orgFind{}, false
	}
	desc, name := x[:k], x[k+len("の"):]
	if r := lastRuneOf(desc); !isHan(r) && !isKatakana(r) {
		return orgFind{}, false
	}
	if !atLeastRunes(desc, 2) || !allName(desc) || isSelfRef(desc) || containsAny(desc, selfRefWords) || !newsName(name) ||
		!brandLike(name) && !orgShaped(name) || containsAny(name, vendorRoles) || kindPhrase(name) {
		return orgFind{}, false
	}
	a := ln.start + tag + k + len("の")
	y, off := stripPlace(name)
	o := v.orgAt(a+off, a+off+len(y))
	return o, o.name != ""
}

// headingBodyLine reads a heading line that starts with the issuer's name
// and goes on with the body after a space: "株式会社ハナミズキ 弊社が運営する
// 通販サイトにおいて…". The name needs a legal form or an organization
// ending, and the rest must be a sentence. A long title line before it may
// have been joined to it as a wrapped line: each line as written is read.
func headingBodyLine(v *view, ln span) (orgFind, bool) {
	sp := v.docSpan(ln.start, ln.end)
	orig := v.doc[sp.Start:sp.End]
	for base := 0; base < len(orig); {
		part := orig[base:]
		if k := strings.IndexByte(part, '\n'); k >= 0 {
			part = part[:k]
		}
		if o, ok := v.nameThenBody(part, sp.Start+base); ok {
			return o, true
		}
		base += len(part) + 1
	}
	return orgFind{}, false
}

// nameThenBody reads "株式会社ハナミズキ 弊社が…" in one line as written
// that starts at byte at of the document.
func (v *view) nameThenBody(line string, at int) (orgFind, bool) {
	if !containsRuneOf(line, " 　\t") || !hasLegalFormHint(line) && !containsAny(line, selfRefWords) {
		return orgFind{}, false // cheap test first: most lines are no heading of this kind
	}
	f := spaceFields(line)
	if len(f) < 2 {
		return orgFind{}, false
	}
	n := 1
	if isLegalForm(f[0]) && len(f) > 2 {
		n = 2 // "株式会社 ハナミズキ 弊社が…"
	}
	name := strings.Join(f[:n], " ")
	body := strings.Join(f[n:], "")
	if !atLeastRunes(body, 12) || !(contains(body, "。") || containsAny(body, selfRefWords)) {
		return orgFind{}, false
	}
	c := compact(name)
	if !orgShaped(c) || !hasLegalFormHint(c) && !containsAny(body, selfRefWords) || containsRuneOf(c, "、。「」") || !goodOrg(c) {
		return orgFind{}, false
	}
	a := index(line, f[0])
	e := index(line, f[n-1]) + len(f[n-1])
	// "医療法人X ひばりクリニックは2月18日、…と発表した": a news lead
	// whose subject is a corporation and the facility it runs.
	if i := index(f[n], "は"); i > 0 && hasSuffixAny(f[n][:i], facilityEndings) && orgShaped(f[n][:i]) && allName(f[n][:i]) && contains(c, "法人") {
		e = index(line, f[n]) + i
	}
	o := v.tidyOrg(orgFind{line[a:e], model.Span{Start: at + a, End: at + e}})
	return o, o.name != ""
}

// bareKinds are what a news lead writes for a body the headline's tag
// names: "《南浜》…" then "県は…と発表した".
var bareKinds = []string{"県", "府", "都", "道", "市", "町", "村", "区"}

// taggedPrefecture reads a prefecture or a municipality named only by a
// headline's dateline tag ("《長野》", "【長野】", "<北野市>") when a lead
// sentence's subject is the bare 県 or 市 ("県は10日、…と発表した").
func taggedPrefecture(v *view) (orgFind, bool) {
	bare := ""
	for k, sp := range v.sents {
		if k >= 4 {
			break
		}
		t := v.text(sp)
		for _, b := range bareKinds {
			if rest, ok := strings.CutPrefix(t, b); ok && (strings.HasPrefix(rest, "は") || strings.HasPrefix(rest, "が")) {
				bare = b
			}
		}
		if bare != "" {
			break
		}
	}
	if bare == "" {
		return orgFind{}, false
	}
	for _, ln := range v.nonEmptyLines(3) {
		t := v.text(ln)
		for _, p := range [][2]string{{"《", "》"}, {"【", "】"}, {"〈", "〉"}, {"<", ">"}, {"[", "]"}} {
			i := index(t, p[0])
			if i < 0 {
				continue
			}
			j := index(t[i:], p[1])
			if j < 0 {
				continue
			}
			x := t[i+len(p[0]) : i+j]
			full := prefectureNamed(x)
			if full == "" && containsRuneOf(bare, "市町村区") && strings.HasSuffix(x, bare) && atLeastRunes(x, 2) && !atLeastRunes(x, 9) && allName(x) {
				// "<北野市>…" then "市は…"; a dateline's short form
				// (【四日市】) stands for the name the body writes.
				full = x
				if contains(v.s, x+bare) {
					full = x + bare
				}
			}
			if full == "" || !strings.HasSuffix(full, bare) {
				continue
			}
			at := v.docSpan(ln.start+i+len(p[0]), ln.start+i+j)
			return orgFind{full, at}, true
		}
	}
	if bare == "県" || bare == "府" || bare == "都" || bare == "道" {
		return prefFromURL(v) // "県は…" on a page that prints its pref.*.lg.jp address
	}
	return orgFind{}, false
}

// prefectureNamed returns the prefecture x names ("南浜" is no known one,
// "長野" → 長野県), or "".
func prefectureNamed(x string) string {
	for _, p := range prefectures {
		if x == p || p != "北海道" && strings.TrimRight(p, "都府県") == x {
			return p
		}
	}
	return ""
}

// joinedHead returns the first line as written of a logical line that
// joins two (a long headline taken for a wrapped line and the lead under
// it), or false.
func joinedHead(v *view, ln span) (span, bool) {
	sp := v.docSpan(ln.start, ln.end)
	k := strings.IndexByte(v.doc[sp.Start:sp.End], '\n')
	if k <= 0 {
		return span{}, false
	}
	e := v.fromOrig(sp.Start - v.base + k)
	if e <= ln.start || e >= ln.end {
		return span{}, false
	}
	return span{ln.start, e}, true
}

// joinedLeadSubject reads the subject of the lead joined to a headline
// (see joinedHead): the lead's subject names the organization over the
// headline's words, as leadSubjectOver decides for a headline on its own
// line.
func joinedLeadSubject(v *view, head span) (orgFind, bool) {
	lead := v.sentenceAt(head.end)
	if lead.end <= head.end {
		return orgFind{}, false
	}
	lead.start = head.end
	if o, ok := newsSubject(v, lead); ok && goodOrg(o.name) {
		return o, true
	}
	if o, ok := datedSubject(v, lead); ok && goodOrg(o.name) {
		return o, true
	}
	return orgFind{}, false
}

// laterHeadline reads a news headline ("Org、…") written under the page's
// chrome: a breadcrumb, a date line, a byline, a site name. Step 3 of
// findOrgRaw reads only the first three lines.
func laterHeadline(v *view) (orgFind, bool) {
	for k, ln := range v.nonEmptyLines(8) {
		if h, ok := joinedHead(v, ln); ok {
			ln = h // a long headline joined to its lead
		}
		t := v.text(ln)
		if chromeLine(t) {
			continue
		}
		if k < 3 || strings.HasSuffix(t, "。") || atLeastRunes(t, 71) {
			return orgFind{}, false
		}
		if o, ok := headlineOrg(v, ln); ok && goodOrg(o.name) {
			return o, true
		}
		if o, ok := describedHeadline(v, ln); ok && goodOrg(o.name) {
			return o, true
		}
		return orgFind{}, false
	}
	return orgFind{}, false
}

// chromeLine reports whether a line at the top of a news page is page
// chrome, not the headline: a breadcrumb (">"), a byline ("[山田太郎,…]"),
// a date line, a short label.
func chromeLine(t string) bool {
	if contains(t, ">") || strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		return true
	}
	if !atLeastRunes(t, 17) && !containsRuneOf(t, "、。") {
		return true
	}
	return isDateLine(t)
}

// nameLabels label the name of the organization in a table or a form
// ("会社名 | X |", "学校名" with the name on the next line).
var nameLabels = []string{"会社名", "企業名", "組織名", "団体名", "法人名", "事業者名", "学校名", "病院名", "機関名", "自治体名", "発表元", "公表元"}

// labelledOrg reads the organization a label among the first lines names:
// "会社名 | ハナミズキ株式会社 |", "学校名:南浜県立みなと高等学校", or the
// label alone on a line with the name on the next one.
func labelledOrg(v *view) (orgFind, bool) {
	lines := v.nonEmptyLines(12)
	for k, ln := range lines {
		t := v.text(ln)
		if !hasPrefixAny(t, nameLabels) || atLeastRunes(t, 41) {
			continue
		}
		rest := t
		for _, l := range nameLabels {
			if strings.HasPrefix(t, l) {
				rest = t[len(l):]
				break
			}
		}
		rest = strings.TrimLeft(rest, "|:：")
		a, b := ln.end-len(rest), ln.end
		if rest == "" {
			if k+1 >= len(lines) {
				return orgFind{}, false
			}
			a, b = lines[k+1].start, lines[k+1].end
		}
		if o := v.orgAt(a, b); goodOrg(o.name) && orgShaped(compact(o.name)) {
			return o, true
		}
	}
	return orgFind{}, false
}

// hospitalStaffWords tell that a hospital named in a lead is where its own
// staff member worked: "市立みなと病院の30代の男性技師".
var hospitalStaffWords = []string{"職員", "技師", "看護師", "医師", "薬剤師", "助産師", "事務", "主任", "主席", "主査", "係長", "男性", "女性", "代の"}

// hospitalBodies continue a hospital's name into the body that runs
// hospitals: 病院局, 病院機構.
var hospitalBodies = []string{"局", "機構", "組合", "協会", "連合", "事業", "グループ", "群"}

// bodyLinks follow a regional bureau named as where an incident happened:
// "南浜労働局における個人情報の漏えい".
var bodyLinks = []string{"における", "において", "で発生", "の職員", "職員"}

// incidentBody returns the body that had the incident when a news lead's
// subject is its owner or its ministry: a prefecture or a city announcing
// that a member of its hospital's staff did it ("北野市は、市立北野病院の
// 男性技師を…処分", "南浜県は…みなと病院(北野町)看護局の主任を…"), a
// ministry announcing an incident at its regional bureau ("国土省は…、南浜
// 労働局における…を発表"). A school stays with the board or the city that
// announces it.
func incidentBody(v *view, o orgFind) (orgFind, bool) {
	c := compact(o.name)
	if !isPlace(c) && !hasSuffixAny(c, []string{"省", "庁"}) {
		return orgFind{}, false
	}
	for k, sp := range v.sents {
		if k >= 3 {
			break
		}
		t := v.text(sp)
		if !containsRuneOf(t, incidentMarkEnds) {
			continue // cheap test first: no mark ends in the sentence
		}
		for _, mark := range incidentMarks {
			for j := 0; ; {
				i := index(t[j:], mark)
				if i < 0 {
					break
				}
				e := j + i + len(mark)
				j = e
				a := ownedKanaName(t, nameBefore(v.s, sp.start+e-len(mark), sp.start)-sp.start)
				y := t[a:e]
				if !atLeastRunes(y, 3) || y == c || !goodOrg(y) || bareFacility(y) || bareKind(y) || hasPrefixAny(t[e:], hospitalBodies) {
					continue
				}
				if mark == "病院" && !staffAfter(t[e:]) && !placeAfterSubject(t[:a], t[e:]) || mark != "病院" && !hasPrefixAny(t[e:], bodyLinks) {
					continue
				}
				if b := v.orgAt(sp.start+a, sp.start+e); b.name != "" {
					return b, true
				}
			}
		}
	}
	return orgFind{}, false
}

// incidentMarks end the names of the bodies incidentBody looks for;
// incidentMarkEnds holds their last runes.
var (
	incidentMarks    = append([]string{"病院"}, branchBureaus...)
	incidentMarkEnds = runeSet(incidentMarks, lastRuneOf)
)

// placeAfterSubject reports whether a hospital's name right after the
// lead's subject is where the incident happened: "南浜県は、県立みなと病院
// (北野市)で、…を紛失した".
func placeAfterSubject(before, after string) bool {
	if !hasSuffixAny(before, []string{"は、", "日、"}) {
		return false
	}
	if strings.HasPrefix(after, "(") {
		if k := strings.IndexByte(after, ')'); k > 0 && k < 40 {
			after = after[k+1:]
		}
	}
	return hasPrefixAny(after, []string{"で", "において", "が"})
}

// staffAfter reports whether the words after a hospital's name tell of a
// member of its staff: a department ("看護局の", "医療技術部") or a staff
// word within a few runes, after a place in parentheses.
func staffAfter(s string) bool {
	if strings.HasPrefix(s, "(") {
		if k := strings.IndexByte(s, ')'); k > 0 && k < 40 {
			s = s[k+1:]
		}
	}
	s = strings.TrimPrefix(s, "の")
	n := 0
	for i := range s {
		if n >= 12 {
			s = s[:i]
			break
		}
		n++
	}
	if containsAny(s, hospitalStaffWords) {
		return true
	}
	// A department right after the name: "看護局の", "薬剤部".
	for i, r := range s {
		if !isHan(r) {
			break
		}
		if i > 0 && hasRune("局部科課室", r) {
			return true
		}
	}
	return false
}

// ownerPrefixes write who runs a facility before its name: 市立, 県立.
var ownerPrefixes = []string{"市立", "県立", "町立", "村立", "区立", "都立", "府立", "道立", "国立", "公立"}

// hiraganaStart returns the start of the run of hiragana that ends at a in
// t (a itself when none does).
func hiraganaStart(t string, a int) int {
	k := a
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:k])
		if !isHiragana(r) {
			break
		}
		k -= size
	}
	return k
}

// ownedKanaName returns where a facility's name that starts at a in t
// starts when a kana part and an owner come before it ("市立|みなと|病院"),
// or a itself.
func ownedKanaName(t string, a int) int {
	k := hiraganaStart(t, a)
	if k == a {
		return a
	}
	for _, o := range ownerPrefixes {
		if strings.HasSuffix(t[:k], o) {
			b := k - len(o)
			for b > 0 {
				r, size := utf8.DecodeLastRuneInString(t[:b])
				if !isHan(r) {
					break
				}
				b -= size
			}
			return b
		}
	}
	return a
}

// regulators are bodies whose notices and news tell of their action on
// another organization's incident.
var regulators = []string{"個人情報保護委員会", "金融庁", "公正取引委員会", "消費者庁", "総務省", "経済産業省", "厚生労働省", "文部科学省",
	"国土交通省", "財務局", "総合通信局"}

// regulatorActions are what a regulator does to an organization.
var regulatorActions = []string{"指導", "勧告", "命令", "行政処分", "行政上の対応", "業務改善", "報告徴収", "立入検査", "注意喚起"}

// targetLinks follow the organization a regulator acts on.
var targetLinks = []string{"に対する", "に対して", "に対し", "への"}

// regulatedOrg returns the organization a regulator found as the
// candidate acts on: "個人情報保護委員会 株式会社ハナミズキに対する…行政上の
// 対応について", "金融庁は…、みなと銀行に対し業務改善命令を出した". A
// contractor the regulator's own notice names is no target.
func regulatedOrg(v *view, o orgFind) (orgFind, bool) {
	c := compact(o.name)
	if !hasSuffixAny(c, regulators) {
		return orgFind{}, false
	}
	spans := []span{}
	if ls := v.nonEmptyLines(1); len(ls) > 0 {
		spans = append(spans, ls[0])
	}
	for k, sp := range v.sents {
		if k >= 3 {
			break
		}
		spans = append(spans, sp)
	}
	for _, sp := range spans {
		t := v.text(sp)
		if !containsAny(t, regulatorActions) {
			continue
		}
		for _, l := range targetLinks {
			i := index(t, l)
			if i <= 0 {
				continue
			}
			a := nameBefore(v.s, sp.start+i, sp.start)
			if x := v.s[a : sp.start+i]; strings.HasPrefix(x, c) {
				a += len(c) // the regulator's name glued to the target's in a header
			}
			y := v.s[a : sp.start+i]
			if !atLeastRunes(y, 2) || hasSuffixAny(y, regulators) || !orgShaped(y) || !goodOrg(y) || bareKind(y) || containsAny(v.s[sp.start:a], []string{"委託"}) || isVendor(v, y) {
				continue
			}
			if t := v.orgAt(a, sp.start+i); t.name != "" {
				return t, true
			}
		}
	}
	return orgFind{}, false
}

// overviewHeads head the section of a notice that tells what happened.
var overviewHeads = []string{"概要", "事案の概要", "事案概要", "事故の概要", "事故概要", "発生概要", "事案の内容", "経緯", "事案の経緯", "事故の経緯"}

// overviewSubject reads the subject of the first sentence under a notice's
// overview heading ("1 概要" then "みなと高校において、…"): a notice whose
// title and lead name only a kind ("県立高校における…") names the body
// there.
func overviewSubject(v *view) (orgFind, bool) {
	head := func(ln span) bool {
		t := strings.TrimLeft(v.text(ln), "0123456789.．()（）①②③④⑤・ 　")
		return t != "" && hasPrefixAny(t, overviewHeads) && !atLeastRunes(t, 16) && !containsRuneOf(t, "、。")
	}
	for i, ln := range v.lines {
		if !head(ln) {
			continue
		}
		for _, next := range v.lines[i+1:] {
			if next.end == next.start || head(next) {
				continue // "1 概要及び対応" then "(1) 概要"
			}
			sp := v.sentenceAt(next.start)
			if o, ok := subjectOrg(v, sp); ok && goodOrg(o.name) && !isVendor(v, o.name) {
				return o, true
			}
			return orgFind{}, false
		}
	}
	return orgFind{}, false
}

// customerLinks follow an organization named by its customers' data:
// "みなと水道企業団のお客様情報が…閲覧できる状態".
var customerLinks = []string{"のお客様", "のお客さま", "のご利用者", "の利用者", "の会員", "をご利用のお客様", "をご利用の"}

// customersOrg reads the organization a notice names only through its
// customers in the first sentences, as notices about a contractor's
// incident do: "委託先である株式会社X(以下「X」)から、みなと水道企業団の
// お客様情報が…との報告を受けました". A contractor is no customer's
// organization.
func customersOrg(v *view) (orgFind, bool) {
	for sp, b := range leadWords(v, 3, customerLinks) {
		t := v.text(sp)
		a := sp.start + kanaAfterNo(t, nameBefore(v.s, b, sp.start)-sp.start)
		x := v.s[a:b]
		if !orgShaped(x) || !goodOrg(x) || isSelfRef(x) || isVendor(v, x) || strings.HasPrefix(x, "同") {
			continue
		}
		if o := v.orgAt(a, b); o.name != "" {
			return o, true
		}
	}
	return orgFind{}, false
}

// kanaAfterNo returns where a name that starts at a in t starts when a
// kana part written after の comes before it ("時点の|かずさ|水道企業団"), or
// a itself.
func kanaAfterNo(t string, a int) int {
	k := hiraganaStart(t, a)
	run := t[k:a]
	i := lastIndex(run, "の")
	if i < 0 {
		return a
	}
	rest := run[i+len("の"):]
	if !atLeastRunes(rest, 2) || containsRuneOf(rest, "はがをにでへもや") {
		return a
	}
	return a - len(rest)
}

// bareKind reports whether y is a kind of body without the place or the
// name that makes it one: 労働局, 水道局, 教育委員会.
func bareKind(y string) bool {
	for _, l := range [][]string{branchBureaus, placeBodies, bareBodies} {
		for _, w := range l {
			if y == w {
				return true
			}
		}
	}
	return hasPrefixAny(y, []string{"全", "各", "両"})
}

// sameRefKinds map the kind a news back reference names ("同連合は",
// "同院は") to the name endings it stands for.
var sameRefKinds = []struct{ kind, ending string }{
	{"連合", "連合"}, {"組合", "組合"}, {"機構", "機構"}, {"協会", "協会"}, {"財団", "財団"}, {"法人", "法人"}, {"センター", "センター"},
	{"病院", "病院"}, {"院", "病院"}, {"大学", "大学"}, {"大", "大学"}, {"銀行", "銀行"}, {"行", "銀行"}, {"庁", "庁"}, {"省", "省"},
	{"局", "局"}, {"市", "市"}, {"町", "町"}, {"村", "村"}, {"県", "県"},
}

// sameRefOrg resolves a news back reference that is the subject of a lead
// ("同連合は", "同院によると") to the name it stands for, written before
// it: "みさき広域連合(…)の看護師が…、同連合は…懲戒処分とした".
func sameRefOrg(v *view) (orgFind, bool) {
	return afterMarker(v, 5, "同", func(sp span, at int, rest string) (orgFind, bool) {
		for _, r := range sameRefKinds {
			if !strings.HasPrefix(rest, r.kind) || !hasPrefixAny(rest[len(r.kind):], []string{"は", "では", "によると", "によれば", "によりますと"}) {
				continue
			}
			end := sp.start + at
			for end > 0 {
				e := strings.LastIndex(v.s[:end], r.ending)
				if e < 0 {
					break
				}
				end = e
				b := e + len(r.ending)
				a := nameBefore(v.s, e, max(0, e-60))
				x := v.s[a:b]
				if a < e && orgShaped(x) && goodOrg(x) && !isVendor(v, x) && !strings.HasPrefix(x, "同") {
					if o := v.orgAt(a, b); o.name != "" {
						return o, true
					}
				}
			}
			break
		}
		return orgFind{}, false
	})
}

// afterMarker calls read at each occurrence of marker in the first n
// sentences (the sentence, the marker's offset in it, the text after it)
// and returns the first organization read finds.
func afterMarker(v *view, n int, marker string, read func(sp span, at int, rest string) (orgFind, bool)) (orgFind, bool) {
	for k, sp := range v.sents {
		if k >= n {
			break
		}
		t := v.text(sp)
		for j := 0; ; {
			i := index(t[j:], marker)
			if i < 0 {
				break
			}
			at := j + i
			j = at + len(marker)
			if o, ok := read(sp, at, t[j:]); ok {
				return o, true
			}
		}
	}
	return orgFind{}, false
}

// staffWordsAfterNo name a member of an organization's staff written after
// its name and の in a news lead: "みなと病院の看護師が".
var staffWordsAfterNo = []string{"職員", "看護師", "医師", "技師", "薬剤師", "教諭", "教員", "講師", "社員", "従業員", "行員", "署員", "局員", "事務員"}

// staffSubject reads the organization whose staff member is the subject of
// a news lead: "…として、県立こども病院の看護師が停職1か月の処分を受けた",
// "北浦銀行の40代の男性行員が…". A contractor's staff names no issuer.
func staffSubject(v *view) (orgFind, bool) {
	return afterMarker(v, 3, "の", func(sp span, at int, rest string) (orgFind, bool) {
		t := v.text(sp)
		// An age or a sex before the staff word: "の20代の男性看護師".
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n > 0 && hasPrefixAny(rest[n:], []string{"代の", "代"}) {
			rest = strings.TrimPrefix(strings.TrimPrefix(rest[n:], "代"), "の")
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "元"), "男性"), "女性")
		w := ""
		for _, s := range staffWordsAfterNo {
			if strings.HasPrefix(rest, s) {
				w = s
				break
			}
		}
		if w == "" || !hasPrefixAny(rest[len(w):], []string{"が", "は", "ら", "2人", "二人"}) {
			return orgFind{}, false
		}
		a := ownedKanaName(t, nameBefore(v.s, sp.start+at, sp.start)-sp.start)
		x := t[a:at]
		if !atLeastRunes(x, 2) || !orgShaped(x) || !goodOrg(x) || bareKind(x) || bareFacility(x) || isVendor(v, x) || strings.HasPrefix(x, "同") {
			return orgFind{}, false
		}
		if o := v.orgAt(sp.start+a, sp.start+at); o.name != "" {
			return o, true
		}
		return orgFind{}, false
	})
}

// leadOverLine returns the announcing subject of the news lead under an
// organization line when the line's name is written nowhere else: a photo
// caption or a credit ("北野県警南署" above "社会福祉法人みなと会は28日、
// …と発表した") names no one the story is about.
func leadOverLine(v *view, ln span, o orgFind) (orgFind, bool) {
	c := compact(o.name)
	if c == "" || occursTwice(v.s, c) {
		return orgFind{}, false
	}
	tried := 0
	for _, sp := range v.sents {
		if sp.start < ln.end {
			continue
		}
		if tried++; tried > 2 {
			break
		}
		t := v.text(sp)
		if !containsAny(t, announceVerbs) {
			continue
		}
		s, ok := newsSubject(v, sp)
		if !ok || !goodOrg(s.name) {
			s, ok = datedSubject(v, sp)
		}
		if ok && goodOrg(s.name) && compact(s.name) != c && !isSelfRef(s.name) {
			return s, true
		}
	}
	return orgFind{}, false
}
