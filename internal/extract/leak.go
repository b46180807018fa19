package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// leakLevel orders the leak readings of single statements.
type leakLevel int

const (
	lvNone       leakLevel = iota + 1 // a denial that only says nothing was found
	lvNoneStrong                      // an outright, general denial of the leak
	lvPossible
	lvConfirmed
)

// leakFinding is the leak reading of one statement.
type leakFinding struct {
	level leakLevel
	at    span
}

// isHeading reports whether a line is a section heading (numbered or
// bracketed, no sentence end); its words (漏えい等の可能性がある情報) state
// nothing.
func isHeading(t string) bool {
	if t == "" || len(t) > 160 || contains(t, "。") || atLeastRunes(t, 41) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if hasRune("・•-*※", r) {
		return false
	}
	return startsItem(t) || hasRune("<〇○■◆●□", r)
}

// readLeak decides whether data leaked: confirmed, possible, none or
// unknown, from each leak word and the sentence around it.
func readLeak(v *view, types []string) (model.Leak, []leakFinding) {
	var fs, heads []leakFinding
	insider := has(types, "insider_misuse")
	takeover := has(types, "account_takeover") || has(types, "credential_stuffing")
	marks := sentenceMarksOf(v)
	for k, h := range v.hits {
		if h.kind != kLeak {
			continue
		}
		c := &cueList[h.id]
		li := v.lineAt(h.start)
		if ln := v.lines[li]; isHeading(v.s[ln.start:ln.end]) {
			// "◆閲覧された可能性のある情報": a reading only when no sentence
			// states one.
			rest := v.s[h.end:ln.end]
			switch {
			case containsAny(rest, possibleMarks):
				heads = append(heads, leakFinding{lvPossible, span{h.start, h.end}})
			case hasPrefixAny(rest, []string{"した", "された"}) && !containsAny(rest, denialHints):
				heads = append(heads, leakFinding{lvConfirmed, span{h.start, h.end}})
			}
			continue
		}
		sent := v.sentenceAt(h.start)
		if omission(v, h) {
			continue // "送信先に変更漏れがあった": something left undone, no leak
		}
		if insider && strings.HasPrefix(c.pat, "閲覧") {
			continue // the staff member's snooping is the misuse, not a leak to others
		}
		if hasPrefixAny(c.pat, []string{"持ち去られ", "盗み出され", "持ち出され"}) && containsAny(v.s[runesBack(v.s, h.start, 16, sent.start):h.start], carriedThings) {
			continue // a bag or device stolen: its data may be seen, which the loss says by itself
		}
		if si := v.sentenceIndex(h.start); si >= 0 && recallsNotice(marks.at(si)) {
			continue // "第一報では…流出した可能性があるとお知らせしておりました"
		}
		if si := v.sentenceIndex(h.start); si >= 0 && v.explanatoryAt(si) && describesThreat(v.text(sent)) && !inTitle(v, sent.start) {
			continue // "Emotetは…メール情報を窃取する特徴があります": what the malware does, not what happened
		}
		if hasPrefixAny(c.pat, []string{"窃取", "詐取", "取得され", "盗まれ", "抜き取られ", "盗み取られ", "搾取"}) &&
			containsAny(v.s[h.end:runesFwd(v.s, h.end, 8, sent.end)], credentialWords) {
			continue // "窃取されたパスワードを用いて": the means of the attack
		}
		if hasPrefixAny(c.pat, []string{"窃取", "詐取", "取得され", "盗まれ", "抜き取られ", "盗み取られ", "搾取"}) &&
			containsAny(v.s[runesBack(v.s, h.start, 8, sent.start):h.start], []string{"認証情報", "パスワード", "ID", "アカウント"}) {
			continue // stolen credentials are the means of the attack
		}
		if takeover && containsAny(v.s[runesBack(v.s, h.start, 8, sent.start):h.start], credentialWords) {
			continue // "ユーザー名とパスワードが流出した": how the account was taken over
		}
		if containsAny(v.s[runesBack(v.s, h.start, 10, sent.start):h.start], []string{"他社", "他のサービス", "他サービス", "外部サービス"}) {
			continue // leaked elsewhere (list attacks), not by this organization
		}
		if c.flag&fExposure != 0 && contains(v.s[runesBack(v.s, h.start, 8, sent.start):h.start], "のみ") {
			continue // "本人のみが閲覧できる": a restriction, not an exposure
		}
		if c.flag&fDataObj != 0 {
			back := v.s[runesBack(v.s, h.start, 12, sent.start):h.start]
			if !containsAny(back, dataWordsForObj) {
				continue
			}
		}
		// The statement runs to the next leak word of the sentence or its end.
		end := sent.end
		for _, h2 := range v.hits[k+1:] { // (the hits before h end by h.end, so start before it)
			if h2.end >= end+cues.maxLen {
				break // the hits are ordered by end: none from here starts before end
			}
			if h2.start > h.end && h2.start < end && h2.kind == kLeak && cueList[h2.id].pat != "悪用され" {
				// ("漏えいした情報が悪用される等の被害は確認されておりません":
				// the misuse of what leaked is part of the statement.)
				end = h2.start
				break
			}
		}
		if c.flag&fExposure != 0 && end < sent.end && !hasPrefixAny(c.pat, []string{"閲覧", "参照", "見られ", "確認可能", "判読"}) {
			// "他のお客様のアカウント情報が外部に漏えいした事実はございません":
			// the leak word that follows says what happened to them.
			continue
		}
		after := v.s[h.end:runesFwd(v.s, h.end, 60, end)]
		whole := v.s[sent.start:sent.end]
		at := span{h.start, h.end}
		if hasPrefixAny(after, []string{"経路", "原因", "元", "ルート", "の経路", "の原因", "の経緯"}) {
			continue // "流出経路等は特定できていない": about the route, not whether it leaked
		}
		if containsAny(after[:runesFwd(after, 0, 14, len(after))], []string{"のではないか", "ではないかと", "のではと"}) || quoteAfter(v, h) {
			// "個人情報が流出しているのではないかと電話", "「個人情報が漏れて
			// いる可能性があるので調べてほしい」との電話": a tip, no reading.
			continue
		}
		am := afterWords.marks(after) // the word lists of afterLists found in after
		if openQuestion(after, am) {
			continue // "流出したかどうかは調査中": no reading yet
		}
		if si := v.sentenceIndex(h.start); si >= 0 && marks.at(si)&smRisk != 0 && (v.advisoryAt(si) || v.explanatoryAt(si)) && futureRisk(after) {
			// (futureRisk needs a word of riskWords, in the sentence if in after.)
			// "開くと…個人情報などを不正に取得されてしまうおそれもありますので、
			// 削除していただきますよう": what could happen to a reader.
			continue
		}
		if hasPrefixAny(after, []string{"による二次", "による被害", "に伴う被害", "に伴う二次", "による影響"}) {
			continue // "漏えいによる二次的な被害のおそれ": about later harm, not the leak
		}
		if deniedListItem(v, h.start) {
			// "以下のような事実は一切確認されておりません。\n・当該情報が外部に
			// 流出したことを示す事実": an item of a denied list.
			fs = append(fs, leakFinding{lvNone, at})
			continue
		}
		if am&(amCause|amRefusal) != 0 {
			continue // "本件(…の流出)は当市の感染によるものではありません": the cause is denied, not the leak
		}
		if i := index(v.s[sent.start:h.start], "以外"); i >= 0 && namesData(v, sent.start, sent.start+i) {
			// "メールアドレス以外の個人情報は漏えいしておりません": the denial
			// spares the data named, which says that one did leak.
			continue
		}
		if containsAny(v.s[runesBack(v.s, h.start, 8, sent.start):h.start], otherThanThis) {
			continue // "この他に流出は確認されておらず": nothing more leaked, which says nothing of what did
		}
		if hasPrefixAny(after, []string{"のあった", "があった"}) && !containsAny(after[:runesFwd(after, 0, 8, len(after))], []string{"事実", "形跡", "痕跡", "可能性", "こと", "か", "との", "という"}) {
			// "情報漏洩のあったシステムは…使用していない": the leak is taken as
			// given; the rest is about the thing it happened to.
			fs = append(fs, leakFinding{lvConfirmed, at})
			continue
		}
		denial := am&amDenialHint != 0 && (am&amWeakNone != 0 || am&amStrongNone != 0 && negationNear(after))
		if denial && hedged(after) {
			// "流出した恐れがありますが、明確な証拠は見つかっていません": the
			// hedge is the reading; the denial only says no proof was found.
			fs = append(fs, leakFinding{lvPossible, at})
			continue
		}
		before := v.s[clauseStart(v.s, h.start, sent.start):h.start]
		switch {
		case denial && c.pat == "悪用され":
			continue // "情報が悪用された事実は確認されていない": about misuse, not the leak
		case denial && has(types, "misdelivery") && containsAny(v.s[runesBack(v.s, h.start, 16, sent.start):h.start], []string{"先から", "受信者から", "受取人から", "受け取った方から"}):
			continue // "誤送付先から外部に流出していない": nothing spread further, which says the recipient had it
		case denial:
			// "外部への情報漏えいや悪用による被害は確認されていない": a
			// leak word coordinated with the misuse is denied with it.
			coordinated := hasPrefixAny(after, []string{"や", "及び", "および", "ならびに", "・"})
			// Later harm told after the denial ("流出はなかったことを確認して
			// おり、二次被害も報告されておりません") is another statement.
			// "情報流出などの被害は確認されていない": the leak is the harm denied.
			asHarm := hasPrefixAny(after, []string{"などの被害", "等の被害", "といった被害", "の被害"})
			// (No secondary mark in after: none before its first denial
			// either, and firstDenial need not look.)
			if containsAny(before, secondaryMarks) || !coordinated && !asHarm && am&amSecondary != 0 && containsAny(after[:firstDenial(after)], secondaryMarks) {
				continue
			}
			lv := lvNone
			if am&amWeakNone == 0 && !containsAny(before+after, partialMarks) && !contains(after, "可能性") &&
				!namesData(v, sent.start, h.start) {
				lv = lvNoneStrong
			}
			if contains(after, "可能性は") && !containsAny(after, []string{"低", "ない", "ありません", "ございません"}) {
				lv = lvPossible
			}
			fs = append(fs, leakFinding{lv, at})
		case c.flag&fConfirmed != 0 && (am&amPossible == 0 || !hedgedStatement(v, after[:runesFwd(after, 0, 12, len(after))])):
			// (hedgedStatement needs a possible mark, in after if in its head.)
			fs = append(fs, leakFinding{lvConfirmed, at})
		case c.flag&fExposure != 0 && am&amPossible == 0 && handedOver(after):
			// "判読できる状態で請求者に交付していた": the readable copy was
			// handed over.
			fs = append(fs, leakFinding{lvConfirmed, at})
		case c.flag&fExposure != 0 && has(types, "misdelivery") && am&amPossible == 0:
			// Mail addresses shown to the other recipients have been seen.
			fs = append(fs, leakFinding{lvConfirmed, at})
		case am&amPossible != 0 && hedgedStatement(v, after) || c.flag&fExposure != 0 || newsQuestion(after) || contains(after[:runesFwd(after, 0, 6, len(after))], "状態"):
			fs = append(fs, leakFinding{lvPossible, at})
		case strings.HasPrefix(before, "今回の") || strings.HasSuffix(before, "今回の個人情報") || strings.HasSuffix(before, "今回の個人情報の"):
			fs = append(fs, leakFinding{lvConfirmed, at})
		case hasPrefixAny(after, confirmSuffixes) || causedLeak(after) || strings.HasSuffix(c.pat, "られ") && hasPrefixAny(after, []string{"、", "ており", "ている", "まし"}) || contains(whole, "被害を確認") || contains(whole, "被害が確認"):
			if strings.HasPrefix(after, "し") && strings.HasPrefix(after, "しない") {
				continue
			}
			fs = append(fs, leakFinding{lvConfirmed, at})
		}
	}
	if len(fs) == 0 && len(heads) > 0 && len(types) > 0 {
		fs = heads[:1]
	}
	best := leakLevel(0)
	hasStrongNone := false
	onlyPhish := len(types) > 0
	for _, t := range types {
		if t != "phishing" && t != "support_scam" {
			onlyPhish = false
		}
	}
	if onlyPhish {
		// Fake mails try to steal data (詐取, 窃取): that is the attack, not a
		// leak reading.
		kept := fs[:0]
		for _, f := range fs {
			if !hasPrefixAny(v.s[f.at.start:], []string{"詐取", "窃取", "取得され", "盗まれ", "抜き取られ"}) && !lureText(v.text(v.sentenceAt(f.at.start))) {
				kept = append(kept, f)
			}
		}
		fs = kept
		if contains(v.s, "被害を確認") || contains(v.s, "被害が確認") {
			return model.LeakConfirmed, fs
		}
	}
	for _, f := range fs {
		if f.level == lvNoneStrong {
			hasStrongNone = true
		}
		if f.level > best {
			best = f.level
		}
	}
	if best == lvConfirmed && onlyPresumed(v, fs) {
		// "漏洩した可能性がある" with "漏洩した個人データの項目" or "情報
		// 漏えいが発生したのは…の間": what leaked is named as given, but the
		// only statement of the leak hedges it.
		best = lvPossible
	}
	if best == lvConfirmed && hasStrongNone && !(insider && outsideOnly(v, fs)) {
		best = lvNoneStrong
	}
	if best == lvNone && cannotRuleOut(v, fs) {
		// "…痕跡は見つかりませんでした。しかし、その可能性を完全には否定
		// できない": the hedge after the denial is the reading.
		best = lvPossible
	}
	if best == lvPossible && (resultDenies(v, fs) || accessDenied(v, fs)) {
		// "調査の結果…流出した事実は確認されませんでした" in a final report
		// settles what the first notice left open.
		best = lvNone
	}
	if best == lvPossible && onlyOf(types, "misconfiguration") && outsideAccess(v) {
		// Data left viewable that outsiders did open has been seen.
		best = lvConfirmed
	}
	if best == lvNone && has(types, "loss_theft") && !destroyed(v) && !(disposedOf(v) && traceDenied(v, fs)) {
		// Lost media: that no leak has been seen yet leaves it possible
		// (unless the media were destroyed: 誤廃棄 with 溶解処理 confirmed).
		best = lvPossible
	}
	switch best {
	case lvConfirmed:
		return model.LeakConfirmed, fs
	case lvPossible:
		return model.LeakPossible, fs
	case lvNone, lvNoneStrong:
		return model.LeakNone, fs
	}
	return defaultLeak(v, types), nil
}

// defaultLeak is the reading when no sentence states the leak: data sent or
// handed to the wrong person has reached them (misdelivery, wrong issue),
// lost devices and exposed files may have been seen, misuse by staff is a
// leak; outages and errors without personal data leak nothing.
func defaultLeak(v *view, types []string) model.Leak {
	if len(types) == 0 || onlyOf(types, "phishing", "support_scam") {
		return model.LeakUnknown
	}
	personal := personalStated(v) || hasDataWord(v)
	switch {
	case has(types, "insider_misuse"):
		if !personal && !containsAny(v.s, peopleInfoWords) {
			// Staff viewing internal records: no one else is said to have
			// received anything.
			return model.LeakUnknown
		}
		return model.LeakConfirmed
	case has(types, "misdelivery") || has(types, "processing_error") && v.has("wrong") ||
		has(types, "system_failure") && v.has("wrong"):
		named, addresses := dataNamed(v)
		switch {
		case addresses:
			return model.LeakConfirmed // the recipients saw each other's addresses
		case v.has("personal") && !personalStated(v):
			return model.LeakNone // "案内状には他の方の個人情報は含まれていない"
		case personalStated(v) || named:
			return model.LeakConfirmed
		}
		return model.LeakNone
	case has(types, "loss_theft") || has(types, "misconfiguration"):
		if v.has("personal") && !personal {
			return model.LeakNone // "資料には個人情報は含まれていません"
		}
		return model.LeakPossible
	}
	if onlyOf(types, "system_failure", "processing_error", "other") {
		return model.LeakNone
	}
	if attackData(v, types) {
		// "送信メール1件に1人の氏名、住所などが記載されていた": data named in
		// what the attacker reached may have been taken.
		return model.LeakPossible
	}
	return model.LeakUnknown
}

// attackData reports whether an attack on the organization's systems or
// accounts reached personal data the report names (not the credentials
// that let the attacker in).
func attackData(v *view, types []string) bool {
	attack := false
	for _, t := range types {
		attack = attack || has(intrusionTypes, t)
	}
	if !attack {
		return false
	}
	for _, d := range readData(v) {
		if d.code != "login_id" && d.code != "password" && d.code != "other" {
			return true
		}
	}
	return false
}

// dataNamed reports whether the report names personal data where it tells
// what was involved (not "ネットワークの住所に相当するIPアドレス"), and
// whether mail addresses are among it.
func dataNamed(v *view) (named, addresses bool) {
	for _, d := range readData(v) {
		named = named || d.code != "other"
		addresses = addresses || d.code == "email"
	}
	return named, addresses
}

// intrusionTypes reach into the organization's systems or accounts to
// take data (ransomware alone locks the data it names: 通知表が配れない).
var intrusionTypes = []string{"unauthorized_access", "account_takeover", "malware", "web_skimming", "credential_stuffing"}

// namesData reports whether the subject of a denial (sentence text from lo
// to i) names particular kinds of data: "※住所、電話番号の流出はありません"
// denies only those.
func namesData(v *view, lo, i int) bool {
	k := sort.Search(len(v.hits), func(k int) bool { return v.hits[k].end > lo })
	for ; k < len(v.hits) && v.hits[k].end <= i; k++ {
		if c := &cueList[v.hits[k].id]; v.hits[k].kind == kData && c.code != "" && v.hits[k].start >= lo {
			return true
		}
	}
	return false
}

// hedgedStatement reports whether the rest of a statement hedges it. In news
// of a prosecution "漏らした疑い(で書類送検)" is the charge, not a doubt.
func hedgedStatement(v *view, after string) bool {
	if !containsAny(after, possibleMarks) {
		return false
	}
	if i := index(after, "疑い"); i >= 0 && prosecuted(v) {
		return containsAny(after[:i], possibleMarks) || containsAny(after[i+len("疑い"):], possibleMarks)
	}
	return true
}

// prosecuted reports whether the report tells of a prosecution or an
// arrest (書類送検, 逮捕).
func prosecuted(v *view) bool {
	return containsAny(v.s, prosecutionWords)
}

// prosecutionWords: a suspect sent to prosecutors or arrested.
var prosecutionWords = []string{"書類送検", "送致", "逮捕", "起訴", "容疑で", "疑いで"}

// peopleInfoWords name records about people.
var peopleInfoWords = []string{"住民情報", "顧客情報", "患者情報", "会員情報", "利用者情報", "お客様情報", "人分の情報", "名分の情報", "住民の情報"}

// cannotRuleOut reports whether a sentence right after a denial among fs
// says the possibility cannot be excluded (その可能性を否定できない).
func cannotRuleOut(v *view, fs []leakFinding) bool {
	for _, f := range fs {
		if f.level != lvNone {
			continue
		}
		si := v.sentenceIndex(f.at.start)
		for j := si + 1; si >= 0 && j < len(v.sents) && j <= si+2; j++ {
			t := v.text(v.sents[j])
			if containsAny(t, cannotExclude) && containsAny(t, []string{"可能性", "おそれ", "恐れ"}) {
				return true
			}
		}
	}
	return false
}

// cannotExclude: a possibility that cannot be ruled out.
var cannotExclude = []string{"否定でき", "否定することはでき", "否定することが困難", "否定することは困難", "否定は困難", "排除でき", "否定しきれ", "否定するものではあり"}

// outsideOnly reports whether every outright denial among fs is limited to
// the outside ("外部への漏えいはない"): for a disclosure to colleagues that
// denies nothing.
func outsideOnly(v *view, fs []leakFinding) bool {
	for _, f := range fs {
		if f.level != lvNoneStrong {
			continue
		}
		sent := v.sentenceAt(f.at.start)
		if !containsAny(v.s[runesBack(v.s, f.at.start, 12, sent.start):f.at.start], outsideWords) {
			return false
		}
	}
	return true
}

// afterLists are the word lists readLeak tests the statement after a leak
// word with, found in one pass by afterWords: bit amX of its marks is
// containsAny(after, list X).
var afterLists = [][]string{causeDenials, disclosureRefusals, denialHints, weakNoneMarks, strongNoneMarks, possibleMarks, secondaryMarks, questionWords}

const (
	amCause      = 1 << iota // causeDenials
	amRefusal                // disclosureRefusals
	amDenialHint             // denialHints
	amWeakNone               // weakNoneMarks
	amStrongNone             // strongNoneMarks
	amPossible               // possibleMarks
	amSecondary              // secondaryMarks
	amQuestion               // questionWords
)

var afterWords *listMatcher // of afterLists, built by prepareMatchers

// causeDenials after a leak word deny the cause named, not the leak.
var causeDenials = []string{"によるものではあ", "によるものではな", "に起因するものではあ", "に起因するものではな"}

// deniedListItem reports whether position i lies on a bullet line of a
// list whose introduction denies every item ("以下のような事実は一切確認
// されておりません。").
func deniedListItem(v *view, i int) bool {
	li := v.lineAt(i)
	if li < 0 || !bulletLine(v.text(v.lines[li])) {
		return false
	}
	for j := li - 1; j >= 0 && j >= li-8; j-- {
		t := v.text(v.lines[j])
		if strings.TrimSpace(t) == "" || bulletLine(t) {
			continue // the items come after their introduction
		}
		return contains(t, "以下") && (containsAny(t, weakNoneMarks) || containsAny(t, strongNoneMarks))
	}
	return false
}

// bulletLine reports whether a line is a bullet item.
func bulletLine(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, " 　"))
	return hasRune("・•●-*", r)
}

// disclosureRefusals after a leak word deny telling more about it, not the
// leak: "漏えいした個人情報について…種類や内容を明らかにしていません".
var disclosureRefusals = []string{"明らかにしていな", "明らかにしていません", "明らかにしておりません", "明らかにしなかった", "公表していな",
	"公表していません", "公表しておりません", "公表を控え", "回答を控え", "回答していな", "説明していな"}

// otherThanThis before a leak word limit a denial to further leaks.
var otherThanThis = []string{"この他", "このほか", "その他に", "そのほかに", "他に"}

// outsideWords limit a denial to the outside of the organization.
var outsideWords = []string{"外部", "社外", "市外", "庁外", "院外", "学外", "部外", "第三者"}

// recallsNotice reports whether a sentence with marks m (sentenceMarks)
// tells what an earlier notice said ("第一報では…可能性があるとお知らせし
// ておりました"): containsAny(t, earlierNotices) && containsAny(t,
// noticeVerbs) && !containsAny(t, newFindings) of its text t.
func recallsNotice(m uint8) bool {
	return m&(smEarlier|smNoticeVerb|smNewFinding) == smEarlier|smNoticeVerb
}

// noticeVerbs: what an earlier notice did.
var noticeVerbs = []string{"お知らせ", "ご報告", "公表", "報告し", "発表", "お伝え"}

// newFindings make a sentence about an earlier notice tell something new.
var newFindings = []string{"判明", "発覚", "新たに", "その後"}

// earlierNotices name an earlier notice of the same incident.
var earlierNotices = []string{"第一報では", "第1報では", "第一報で", "第1報で", "第一報にて", "第1報にて", "前回のお知らせ", "前回のご報告",
	"前回ご報告", "前回お知らせ", "既報", "当初のお知らせ", "当初のご報告", "当初は"}

// resultDenies reports whether a final report states in its investigation
// result that no leak happened, after every hedged reading of the text.
func resultDenies(v *view, fs []leakFinding) bool {
	lastPossible, denied := -1, -1
	for _, f := range fs {
		switch f.level {
		case lvPossible:
			lastPossible = max(lastPossible, f.at.start)
		case lvNone, lvNoneStrong:
			sent := v.sentenceAt(f.at.start)
			if t := v.s[sent.start:f.at.start]; containsAny(t, resultWords) {
				denied = max(denied, f.at.start)
			}
		}
	}
	if denied <= lastPossible || lastPossible < 0 {
		return false
	}
	for _, ln := range v.nonEmptyLines(3) {
		if t := v.text(ln); !atLeastRunes(t, 120) && (containsAny(t, finalMarks) || contains(t, "調査結果") && !contains(t, "。")) {
			return true // a final report, or one titled with its investigation result
		}
	}
	return false
}

// resultWords introduce the outcome of an investigation.
var resultWords = []string{"調査の結果", "調査結果", "調査により", "調査したところ", "調査いたしました結果", "解析の結果", "最終的に"}

// hedged reports whether a leak word is followed at once by a hedge
// (流出した恐れ, 漏えいした可能性) that is not itself denied (可能性は低い).
func hedged(after string) bool {
	head := after[:runesFwd(after, 0, 10, len(after))]
	if !containsAny(head, possibleMarks) {
		return false
	}
	return !containsAny(after, []string{"可能性は", "恐れは", "おそれは", "可能性も", "恐れも", "おそれも", "可能性が低", "可能性のない", "可能性はな"})
}

// outsideAccess reports whether a sentence states that outsiders accessed
// the exposed data ("学外から当該フォルダへのアクセスが3件あった").
func outsideAccess(v *view) bool {
	for from := 0; ; {
		i := index(v.s[from:], "アクセスが")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("アクセスが")
		sent := v.sentenceAt(i)
		t := v.s[sent.start:sent.end]
		rest := v.s[from:runesFwd(v.s, from, 15, sent.end)]
		if containsAny(rest, []string{"あった", "ありました", "あり、", "確認され"}) && !containsAny(rest, denialHints) &&
			!containsAny(rest, []string{"かどうか", "か否か", "調査中", "有無"}) &&
			containsAny(t, []string{"学外", "外部", "第三者", "不特定", "社外"}) && !containsAny(t, possibleMarks) {
			return true
		}
	}
}

// handedOver reports whether an exposure state is followed by the delivery
// of the thing in that state ("…状態で…に交付していた").
func handedOver(after string) bool {
	i := index(after, "で")
	if i < 0 || i > 12 {
		return false
	}
	rest := after[i:runesFwd(after, i, 20, len(after))]
	return containsAny(rest, []string{"交付し", "送付し", "送信し", "提供し", "配布し", "放送し", "放送され", "郵送し", "手渡し", "渡して"})
}

// newsQuestion reports whether a leak word ends a headline with か
// ("カード情報流出か"): a suspicion.
func newsQuestion(after string) bool {
	if !strings.HasPrefix(after, "か") {
		return false
	}
	rest := after[len("か"):]
	return rest == "" || hasPrefixAny(rest, []string{" ", "\n", "、", "。", "-", "―", "|", "("})
}

// personalStated reports whether the report says personal data is involved:
// 個人情報 not denied (個人情報は含まれておりません).
func personalStated(v *view) bool {
	if !v.has("personal") {
		return false
	}
	for _, h := range v.hits {
		if c := &cueList[h.id]; h.kind == kMark && c.code == "personal" {
			if !dataNegated(v, h.end, v.sentenceAt(h.start).end) {
				return true
			}
		}
	}
	return false
}

// wrongIssue: wording of data handed to the wrong person.
var wrongIssue = []string{"誤交付", "誤発行", "別の方の", "別人の", "他の方の", "他人の", "取り違え", "誤送付", "誤配布"}

// hasDataWord reports whether the report names any kind of personal data.
func hasDataWord(v *view) bool {
	for _, h := range v.hits {
		if c := &cueList[h.id]; h.kind == kData && c.code != "" && c.code != "other" && c.code != "points" {
			return true
		}
	}
	return false
}

// negationNear reports whether a strong denial closes the statement (not a
// later clause about something else).
func negationNear(after string) bool {
	e := strings.IndexAny(after, "。")
	if e < 0 {
		e = len(after)
	}
	return containsAny(after[:e], strongNoneMarks)
}

// dataWordsForObj: a 公開した / 公開された needs one of these just before.
var dataWordsForObj = []string{"個人情報", "メールアドレス", "氏名", "住所", "電話番号", "情報を", "情報が", "データ", "パスワード", ")が", "アドレス"}

// clauseStart returns the start of the clause ending at i: after the last 、
// or 。 (not before lo).
func clauseStart(s string, i, lo int) int {
	// strings.LastIndexAny(s[lo:i], "、。\n") decodes runes from the end;
	// the last of these marks is the last occurrence of its bytes (E3 80
	// 81, E3 80 82 or a newline), as no valid rune contains another's lead
	// byte.
	t := s[lo:i]
	for k := len(t) - 1; k >= 0; k-- {
		switch c := t[k]; {
		case c == '\n':
			return lo + k + 1
		case (c == 0x81 || c == 0x82) && k >= 2 && t[k-1] == 0x80 && t[k-2] == 0xE3:
			return lo + k + 1
		}
	}
	return lo
}

// denialHints: every none mark contains one of these; a cheap pre-test.
var denialHints = []string{"ない", "ませ", "ず", "低", "痕跡", "形跡", "なかっ", "なく", "おらず", "無か", "無い", "無く"}

// disposedOf reports whether the lost papers or media were thrown away by
// mistake (誤廃棄, 誤って廃棄).
func disposedOf(v *view) bool {
	return contains(v.s, "誤廃棄") || contains(v.s, "誤って廃棄") || contains(v.s, "誤って処分")
}

// traceDenied reports whether a denial among fs says no trace of a leak was
// found ("外部への情報流出…を示す痕跡は確認されておらず"): for papers thrown
// away inside the organization that settles it.
func traceDenied(v *view, fs []leakFinding) bool {
	for _, f := range fs {
		if f.level != lvNone && f.level != lvNoneStrong {
			continue
		}
		sent := v.sentenceAt(f.at.start)
		if rest := v.s[f.at.end:sent.end]; contains(rest, "痕跡") || contains(rest, "形跡") {
			return true
		}
	}
	return false
}

// destroyed reports whether the report says the lost media or papers were
// destroyed (shredded, dissolved, burnt) after a wrongful disposal.
func destroyed(v *view) bool {
	for _, w := range []string{"破砕", "溶解", "裁断", "焼却", "粉砕", "破壊処理", "破棄処理"} {
		for from := 0; ; {
			i := index(v.s[from:], w)
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			rest := v.s[from:runesFwd(v.s, from, 20, len(v.s))]
			if containsAny(rest, []string{"確認", "された", "されて", "済", "しており", "していた", "処分され"}) && !containsAny(rest, []string{"前に", "予定", "か否か", "かどうか"}) {
				return true
			}
		}
	}
	return false
}

// openQuestion reports whether a leak word is the object of a question still
// under investigation: "流出したかどうかは調査中", "流出したか否かは確認できて
// いない", "閲覧された可能性について調査を進めて".
// am holds the marks of after (afterWords).
func openQuestion(after string, am uint8) bool {
	head := after[:runesFwd(after, 0, 12, len(after))]
	if contains(after[:runesFwd(after, 0, 16, len(after))], "については") &&
		containsAny(after, []string{"調査中", "確認中", "調査を進め", "精査中"}) {
		// "漏洩した個人情報等については現在調査中": what leaked is the open
		// question, not a statement that it leaked.
		return true
	}
	if am&amQuestion == 0 || !containsAny(head, questionWords) { // (none in head if none in after)
		// ("窃取されていないかを継続して確認中": whether, still open.)
		return false
	}
	return containsAny(after, []string{"調査中", "確認中", "調査して", "調査を進め", "調べて", "確認できていない", "確認できておりません",
		"確認できていません", "分かっていない", "わかっていない", "判明していない", "明らかになっていない"})
}

// questionWords right after a leak word ask whether it leaked.
var questionWords = []string{"かどうか", "か否か", "可能性について", "可能性の有無", "有無について", "有無は", "有無を", "ていないか", "てないか"}

// causedLeak reports whether a leak word is made causative and told as an
// event ("一覧表を流出させる事故が発生", "漏えいさせてしまいました"), not
// as a measure (流出させないよう).
func causedLeak(after string) bool {
	if !strings.HasPrefix(after, "させ") {
		return false
	}
	rest := after[len("させ"):runesFwd(after, len("させ"), 6, len(after))]
	return !containsAny(rest, []string{"ない", "ぬ", "ず", "よう"})
}

// lureText reports whether a sentence of a phishing warning tells what the
// fake message says ("…情報が流出した旨が記載され", "個人情報が流出したと
// いうメール"): a leak told there is the bait, not a reading.
func lureText(t string) bool {
	return containsAny(t, lureMarks)
}

// lureMarks quote or describe the content of a fake message.
var lureMarks = []string{"旨の", "旨が", "旨を", "というメール", "という内容", "との内容", "といったメール", "とするメール", "内容のメール",
	"を装", "をかた", "を騙", "と称", "と偽", "メールの内容", "メール本文", "SMSの内容", "本文には", "文面"}

// The word lists of round 6 go through one matcher pass each.
var _ = registerWordSets(lureMarks)

// onlyPresumed reports whether fs holds a hedged reading and every confirmed
// reading only names the leak as given: a leak word before a noun
// ("漏洩した個人データ", "流出した情報") or in a cleft ("漏えいが発生したの
// は").
func onlyPresumed(v *view, fs []leakFinding) bool {
	possible := false
	for _, f := range fs {
		switch f.level {
		case lvPossible:
			possible = true
		case lvConfirmed:
			if !presumed(v.s[f.at.end:runesFwd(v.s, f.at.end, 12, len(v.s))]) {
				return false
			}
		}
	}
	return possible
}

// presumed reports whether the words after a leak word make it modify a
// noun or open a cleft.
func presumed(after string) bool {
	if hasPrefixAny(after, []string{"が発生したのは", "したのは", "されたのは"}) {
		return true
	}
	for _, p := range []string{"した", "された"} {
		if !strings.HasPrefix(after, p) {
			continue
		}
		rest := after[len(p):]
		r, _ := utf8.DecodeRuneInString(rest)
		return (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r)) && !hasPrefixAny(rest, []string{"事実", "事態", "事象", "事案", "旨", "件について", "件に"})
	}
	return false
}

// omission reports whether a 漏れ hit names something left undone (変更漏れ,
// 記載漏れ, 漏れなく), not a leak.
func omission(v *view, h hit) bool {
	if c := &cueList[h.id]; c.pat != "漏れ" {
		return false
	}
	return hasSuffixAny(v.s[runesBack(v.s, h.start, 4, 0):h.start], omittedActs) || strings.HasPrefix(v.s[h.end:], "なく")
}

// omittedActs before 漏れ make it an omission: 変更漏れ, 記載漏れ.
var omittedActs = []string{"変更", "記載", "記入", "確認", "設定", "入力", "登録", "送付", "送信", "連絡", "申請", "更新", "手続き", "手続",
	"請求", "計上", "転記", "報告", "対応", "届出", "提出", "通知", "発送", "申告", "チェック", "反映", "処理", "徴収", "支給", "交付"}

// firstDenial returns the end of the first denial in after (or len(after)).
func firstDenial(after string) int {
	best := len(after)
	for _, l := range [][]string{weakNoneMarks, strongNoneMarks} {
		if !containsAny(after, l) {
			continue // (best only shrinks: a mark absent from after is never found)
		}
		for _, m := range l {
			if i := index(after[:best], m); i >= 0 && i+len(m) < best {
				best = i + len(m)
			}
		}
	}
	return best
}

// quoteAfter is toldBy for the statement after a leak word (up to 60
// runes of its line), walking the runes only when a 」 follows on the line.
func quoteAfter(v *view, h hit) bool {
	end := v.lines[v.lineAt(h.start)].end
	if h.end >= end || !contains(v.s[h.end:end], "」") {
		return false // toldBy("") or no 」 in what toldBy would see
	}
	return toldBy(v.s[h.end:runesFwd(v.s, h.end, 60, end)])
}

// toldBy reports whether the statement after a leak word is quoted speech
// of a tip ("…調べてほしい。」との電話があった").
func toldBy(after string) bool {
	i := index(after, "」")
	if i < 0 {
		return false
	}
	return hasPrefixAny(after[i+len("」"):], []string{"との電話", "との連絡", "との指摘", "との問い合わせ", "との問合せ", "との通報", "と通報", "との相談", "と電話", "との申し出"})
}

// viewWords open the leak words of data left viewable or of someone having
// viewed it.
var viewWords = []string{"閲覧", "ダウンロード", "参照", "見られ", "確認可能", "判読"}

// accessDenied reports whether data that was only left viewable (every
// possible reading is an exposure) was then found not to have been viewed:
// "閲覧できる状態になっていました…閲覧及びダウンロードを行っていないことを
// 確認しました".
func accessDenied(v *view, fs []leakFinding) bool {
	lastPossible, denied := -1, -1
	for _, f := range fs {
		viewed := hasPrefixAny(v.s[f.at.start:], viewWords)
		switch f.level {
		case lvPossible:
			if !viewed {
				return false
			}
			lastPossible = max(lastPossible, f.at.start)
		case lvNone, lvNoneStrong:
			if viewed {
				denied = max(denied, f.at.start)
			}
		}
	}
	return lastPossible >= 0 && denied > lastPossible
}
