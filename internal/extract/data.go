package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// dataHit is one piece of evidence for a data type.
type dataHit struct {
	code string
	at   span
}

// dataNegations after a data word (in its clause) say it is not involved.
var dataNegations = []string{"ございません", "ありません", "ではない", "ではなく", "はない", "はなく", "おらず", "対象外",
	"該当しません", "該当致しません", "含まれません", "含まれていない", "含まれていません", "含まれておりません", "除く", "可能性はない",
	"ておりません", "ていません", "ていない", "ていなかった", "含んでいません", "含んでおりません", "含んでいない", "含みません", "含まない",
	// A table cell: "| クレジットカード番号 | なし |".
	"|なし", "|無し", "|無"}

// dataPrefixStops: a data word right after these names a channel or a
// target, not leaked data (誤った FAX 番号, 送信元メールアドレス).
var dataPrefixStops = []string{"誤った", "誤り", "宛先の", "正しい", "送信元", "差出人", "配信元", "ドメイン", "送信者", "表示名", "偽の", "似た"}

// dataActionSuffixes: a data word followed by these is the object of an
// action (パスワードの変更をお願い), not leaked data.
var dataActionSuffixes = []string{"の変更", "を変更", "変更", "のリセット", "をリセット", "リセット", "の再設定", "を再設定",
	"を設定", "の設定", "を使い", "の使い回し", "を用いて", "を使って", "を使用して", "を悪用して", "で不正にログイン", "でログイン", "を入力", "の入力", "入力欄", "入力", "を使用", "を使った", "を用いた", "を利用した",
	"中に", "中の", "付き", "をかた", "を騙", "を装", "を名乗", "を聞", "を教え", "を伝え", "を誤", "を確認", "が設定", "で保護", "によるロック", "ロック", "開設",
	// The channel of a notice to the people concerned: "メールアドレスのご登録のない方には郵送で".
	"のご登録のない", "のご登録がない", "の登録のない", "の登録がない", "をお持ちでない", "宛", "あて", "へ", "にご連絡", "に郵送",
	"にお送り", "に送付", "に送信", "でご連絡", "にてご連絡", "にて連絡", "で連絡",
	// The disguise of a fake mail: "当社のメールアドレスに似たアドレス".
	"に似た", "に酷似", "を詐称", "を偽", "を悪用",
	// A system named after the data it holds: "電子カルテシステム".
	"システム", "サーバ", "端末", "機器", "ソフト",
	// The people data went to ("患者の連絡先に漏らしていた"), a channel
	// that was wrong ("提出先のメールアドレスに誤りがあり"), a text being
	// edited ("メール本文を書き換え"), a business or a lock named after
	// data ("健診事務", "指紋認証"), a form named after it (給与支払報告書).
	"に漏ら", "へ漏ら", "に漏え", "に漏洩", "に提供", "へ提供", "に渡", "に話", "に伝え", "に誤", "が誤", "を間違",
	"を書き換", "を書換", "を作成", "を編集", "を修正", "事務", "業務", "認証", "支払報告",
	// A mail asked to be deleted, or the body data is written in:
	// "メールデータの削除を依頼", "メール本文に記載しているA社の名称".
	"の削除", "を削除", "に記載",
	// A criterion of a search: "生年月日の条件設定を間違え".
	"の条件", "を条件",
	// What people applied for: "健康診断の申込みをされた方の個人情報".
	"の申込", "の申し込", "を申込", "を申し込", "を受診", "の受診"}

// leakMeasureSet: a leak word followed by these is denied or is the aim of
// a measure ("漏れがないよう徹底します").
var leakMeasureSet = newPrefixSet([]string{"ではなく", "ではない", "はなく", "はない", "はありません", "はございません",
	"がないよう", "のないよう", "が無いよう", "の無いよう", "を防", "防止"})

// dataSubjectOpeners open a sentence about the personal data of a report.
var dataSubjectOpeners = []string{"個人情報は", "流出した情報は", "漏えいした情報は", "記載内容は"}

// partOpeners open a sentence about a part of the data just listed.
var partOpeners = []string{"うち", "このうち", "そのうち", "内訳"}

// listIntroWords end a sentence that introduces a list of data.
var listIntroWords = []string{"以下", "次の情報", "下記の情報", "次の項目", "下記の項目", "次の個人情報", "下記の個人情報",
	"下記の通り", "下記のとおり", "次の通り", "次のとおり"}

var _ = registerWordSets(listIntroWords)

// trimLeftBlank is strings.TrimLeft(s, " 　") without decoding runes.
func trimLeftBlank(s string) string {
	for {
		if strings.HasPrefix(s, " ") {
			s = s[1:]
		} else if strings.HasPrefix(s, "　") {
			s = s[len("　"):]
		} else {
			return s
		}
	}
}

// dataContexts marks the sentences and list lines of a report that say
// which data was involved: sentences with a leak or context word, the
// sentence after one that ends with 以下, list lines under a heading such
// as 漏えいした可能性のある情報, and 内容は… sentences right after those.
//
// nData is the number of data words among the hits (counted on the way, for
// findData's list of them).
func dataContexts(v *view) (ctx, list []bool, nData int) {
	ctx = make([]bool, len(v.sents))
	list = make([]bool, len(v.sents))
	for _, h := range v.hits {
		c := &cueList[h.id]
		k := h.kind
		if k != kLeak && k != kCtx && k != kType {
			if k == kData {
				nData++
			}
			continue
		}
		stolen := false
		if k == kType && c.flag&fWeak == 0 && (c.code == "misdelivery" || c.code == "misconfiguration" || c.code == "loss_theft" || c.code == "insider_misuse") {
			k = kCtx // what was sent, exposed or lost is the data involved
			stolen = c.pat == "盗まれ"
		}
		if k != kLeak && k != kCtx {
			continue
		}
		// The tests below only decide whether to mark sentence i, and none
		// has a side effect on the result: a sentence already marked needs
		// none of them.
		i := v.sentenceIndex(h.start)
		if i >= 0 && ctx[i] {
			continue
		}
		if stolen && containsAny(v.s[runesBack(v.s, h.start, 12, 0):h.start], credentialWords) {
			continue // "IDとパスワードが盗まれ": the means of a takeover
		}
		if k == kLeak && omission(v, h) {
			continue
		}
		if i < 0 || v.explanatoryAt(i) && describesThreat(v.text(v.sents[i])) && !inTitle(v, v.sents[i].start) {
			continue // what a malware steals in general is no data of this incident
		}
		if k == kLeak && leakMeasureSet.hasPrefix(v.s[h.end:]) {
			continue // "漏れがないよう徹底します": a measure, not a leak
		}
		if k == kCtx && storageCue[c.pat] {
			// "…が記載された書面を送付する場合", "本文に…が記載されているケース":
			// what a document holds is data involved only when it is about
			// people and stated as fact.
			t := v.text(v.sents[i])
			if v.advisoryAt(i) || contains(t, "たら") || !containsAny(t, personWords) && !twoDataWords(v, v.sents[i]) ||
				containsAny(t, generalCases) {
				continue
			}
		}
		ctx[i] = true
	}
	// "個人情報は児童の居住地域や学習状況…など。": a sentence about the
	// personal data of a report with an incident lists it.
	if tellsIncident(v, 0, len(v.s)) {
		for i, sp := range v.sents {
			if hasPrefixAny(trimLeftBlank(v.text(sp)), dataSubjectOpeners) {
				ctx[i] = true
			}
		}
	}
	// "うち、クレジットカード情報=380名です。": a part of the data just
	// listed.
	for i := 1; i < len(v.sents); i++ {
		if ctx[i-1] && !ctx[i] && hasPrefixAny(trimLeftBlank(v.text(v.sents[i])), partOpeners) {
			ctx[i] = true
		}
	}
	// "…患者ID及びカナ氏名(住所や電話番号はありません。)、②診療科": a
	// sentence cut inside parentheses goes on after them.
	for i := 1; i < len(v.sents); i++ {
		if ctx[i-1] && !ctx[i] && strings.HasPrefix(v.text(v.sents[i]), ")") {
			ctx[i] = true
		}
	}
	intro := make([]bool, len(v.sents))
	for i, sp := range v.sents {
		if !ctx[i] {
			continue
		}
		t := sentenceEndSet.trimRight(v.text(sp))
		if strings.HasSuffix(t, "情報") {
			intro[i] = true
			continue
		}
		// Every list intro word holds 以下, 次の or 下記の: a sentence with
		// none of them needs no look at its tail.
		if !contains(t, "以下") && !contains(t, "次の") && !contains(t, "下記の") {
			continue
		}
		tail := t[runesBack(t, len(t), 25, 0):]
		intro[i] = containsAny(tail, listIntroWords)
	}
	// Headings that announce the data: "■持ち出された情報", "【誤送信した情報】".
	for i, sp := range v.sents {
		if sp.end-sp.start > 240 || strings.HasSuffix(v.text(sp), "。") {
			continue // (headingText and the trims below keep a final 。)
		}
		// strings.Trim(x, headingMarks) is TrimLeft(TrimRight(x)); t is a
		// suffix of h, so a heading that names data (below: ending with
		// 情報, 項目, 内容, 等, データ or について) needs h to end so.
		h := headingMarkSet.trimRight(headingText(v.text(sp)))
		if !hasSuffixAny(h, headingLastRunes) {
			continue
		}
		t := strings.TrimLeft(h, headingMarks)
		if len(t) > 100 {
			continue
		}
		if i > 0 && strings.HasSuffix(t, "について") && containsAny(t, []string{"可能性", "おそれ", "恐れ", "した", "された", "対象"}) {
			// "3.漏えいした可能性のある個人情報について": a section, not the title.
			t = strings.TrimSuffix(t, "について")
		}
		// (A longer heading may still close on the personal data it
		// lists: "(2)…URLに含まれていた個人情報等".)
		long := hasSuffixAny(t, []string{"個人情報", "個人情報等"}) && !atLeastRunes(t, 41)
		if hasSuffixAny(t, []string{"情報", "項目", "内容", "情報等", "個人情報", "データ"}) && (long || !atLeastRunes(t, 26)) && !contains(t, "。") && !containsAny(t, []string{"お知らせ", "について", "に関する"}) {
			ctx[i], intro[i] = true, true
		}
	}
	for i, sp := range v.sents {
		if !intro[i] {
			continue
		}
		// The list that follows: the next sentence, then bullet or short
		// lines up to a blank line after them.
		for j := i + 1; j < len(v.sents) && j <= i+20; j++ {
			sj := v.sents[j]
			t := v.text(sj)
			if j > i+1 {
				// Several enumerated items on one line ("(1)氏名 (2)住所") are
				// a list, not the next heading.
				// (The tests below are pure and evaluated only where
				// needed.)
				listLine := func() bool {
					return strings.Count(t, "、")+strings.Count(t, "・")+strings.Count(t, ",") >= 2 || strings.Count(t, ")") >= 2
				}
				// A bullet list may follow a paragraph that introduces it
				// ("…のお客様です。" then "• カード番号").
				// So may a line that says whose data it is ("当社の従業員(4313
				// 人)※退職者を含む" then "・氏名 ・社員番号").
				bulletsAfterIntro := func() bool {
					return j == i+2 && startsItem(strings.TrimLeft(t, " 　\t")) && introEndsParagraph(v.text(v.sents[i+1]))
				}
				// A numbered list ("1.氏名" "2.性別") goes on while its lines
				// are numbered like the one before and name data.
				numbered := func() bool {
					return enumKind(t) != 0 && enumKind(t) == enumKind(v.text(sp)) && j > i+1 &&
						(dataHitIn(v, sj) || !atLeastRunes(t, 16) && !containsAny(t, listSectionWords))
				}
				if strings.Count(v.s[sp.end:sj.start], "\n") >= 2 && !bulletsAfterIntro() || isHeading(t) && !listLine() && !numbered() || j > i+12 {
					break
				}
				if (atLeastRunes(t, 41) || !startsItem(t) && atLeastRunes(t, 26)) && !listLine() {
					break
				}
			}
			ctx[j] = true
			list[j] = true
			sp = sj
		}
	}
	return ctx, list, nData
}

// introEndsParagraph reports whether the sentence after a list intro ends
// a paragraph or is no heading: bullets may follow it (dataContexts).
func introEndsParagraph(next string) bool {
	prev := strings.TrimSpace(next)
	return strings.HasSuffix(prev, "。") || !isHeading(prev)
}

// headingMarks are trimmed off both ends of a heading line.
const headingMarks = "■□●◆【】[]<>〈〉:：()0123456789.. "

// headingLastRunes: the last runes of the headings dataContexts looks for
// (情報, 項目, 内容, 情報等, 個人情報, データ, and について).
var headingLastRunes = []string{"報", "目", "容", "等", "タ", "て"}

// trimSet is the cutset of strings.TrimRight, with membership tested
// without strings.ContainsRune (which converts each rune to a string and
// searches the cutset for it).
type trimSet struct {
	ascii [utf8.RuneSelf]bool
	other []rune
	// last has bit r&0x3F set for each rune r of other (the low bits of
	// its last byte): a rune whose bit is clear is none of them.
	last uint64
}

// newTrimSet returns the set of the runes of cutset (valid UTF-8).
func newTrimSet(cutset string) *trimSet {
	rs := &trimSet{}
	for _, r := range cutset {
		if r < utf8.RuneSelf {
			rs.ascii[r] = true
		} else {
			rs.other = append(rs.other, r)
			rs.last |= 1 << (r & 0x3F)
		}
	}
	return rs
}

// has is strings.ContainsRune(cutset, r) (an invalid byte decodes to
// utf8.RuneError, which no cutset holds).
func (rs *trimSet) has(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && rs.ascii[r]
	}
	if rs.last>>(r&0x3F)&1 == 0 {
		return false
	}
	for _, o := range rs.other {
		if o == r {
			return true
		}
	}
	return false
}

// trimRight is strings.TrimRight(s, cutset).
func (rs *trimSet) trimRight(s string) string {
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if k := len(s) - 3; r >= utf8.RuneSelf && k >= 0 && s[k] >= 0xE1 && s[k] <= 0xEF && s[k] != 0xED && s[k+1]&0xC0 == 0x80 && r&0xC0 == 0x80 {
			// A kana, kanji or full-width form decoded inline: after a lead
			// byte E1–EC or EE–EF any two continuation bytes make a valid rune.
			r, n = rune(s[k]&0x0F)<<12|rune(s[k+1]&0x3F)<<6|r&0x3F, 3
		} else if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !rs.has(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// Cutsets of dataContexts and headingText.
var (
	headingMarkSet = newTrimSet(headingMarks)
	sentenceEndSet = newTrimSet("。:：")
	headingEndSet  = newTrimSet("】]>〉:： 　")
)

// headingText is a heading line without the note in parentheses that ends
// it: "漏えいの可能性がある個人情報(第三者機関による調査結果)",
// "【流出した可能性のある情報(疑いを含む)】", "【流出した可能性がある個人
// 情報の内容】 (下記(1)~(2)の合計 13,434 件)".
func headingText(line string) string {
	t := headingEndSet.trimRight(line)
	if !strings.HasSuffix(t, ")") {
		return line
	}
	depth := 0
	for i := len(t) - 1; i > 0; i-- {
		switch t[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return strings.TrimRight(t[:i], " 　")
			}
		}
	}
	return line
}

// generalCases make a sentence describe what usually happens ("…が記載
// されているケースが多い"), not this incident.
var generalCases = []string{"ケースが", "ケースも", "場合があ", "ことがあ", "傾向が"}

// twoDataWords reports whether sp names two kinds of personal data ("名前、
// 住所、寄付金額などが記載されていた"): a document about people.
func twoDataWords(v *view, sp span) bool {
	k := sort.Search(len(v.hits), func(k int) bool { return v.hits[k].end > sp.start })
	first := ""
	for ; k < len(v.hits) && v.hits[k].end <= sp.end; k++ {
		if c := &cueList[v.hits[k].id]; v.hits[k].kind == kData && c.code != "" && v.hits[k].start >= sp.start {
			if first != "" && c.code != first {
				return true
			}
			first = c.code
		}
	}
	return false
}

// enumKind tells how a line is numbered: 1 for "1." / "1)", 2 for "①",
// 3 for "(1)", 0 for none.
func enumKind(t string) int {
	r, size := utf8.DecodeRuneInString(t)
	switch {
	case r >= '0' && r <= '9':
		return 1
	case r >= '①' && r <= '⑳':
		return 2
	case r == '(' && size < len(t) && isDigit(t[size]):
		return 3
	}
	return 0
}

// listSectionWords make a numbered line the heading of the next section, not
// an item ("④ 今後の対応について").
var listSectionWords = []string{"について", "対応", "原因", "経緯", "概要", "今後", "再発", "防止", "問い合わせ", "問合せ", "お詫び", "経過", "発生", "判明",
	"状況", "現在", "調査", "結果", "報告", "関係", "復旧", "措置", "被害", "連絡", "窓口", "その他", "備考"}

// enumPrefix returns the length of the number that opens an enumerated
// line ("(4)", "4.", "4)", "④"), or 0.
func enumPrefix(t string) int {
	switch enumKind(t) {
	case 1:
		i := 0
		for i < len(t) && isDigit(t[i]) {
			i++
		}
		if i < len(t) && (t[i] == '.' || t[i] == ')') {
			return i + 1
		}
	case 2:
		_, size := utf8.DecodeRuneInString(t)
		return size
	case 3:
		if j := strings.IndexByte(t, ')'); j > 0 && j <= 4 {
			return j + 1
		}
	}
	return 0
}

// dataHitIn reports whether a known kind of data is named in sp.
func dataHitIn(v *view, sp span) bool {
	k := sort.Search(len(v.hits), func(k int) bool { return v.hits[k].end > sp.start })
	for ; k < len(v.hits) && v.hits[k].end <= sp.end; k++ {
		if c := &cueList[v.hits[k].id]; v.hits[k].kind == kData && c.code != "" && v.hits[k].start >= sp.start {
			return true
		}
	}
	return false
}

// readData finds the kinds of personal data involved (computed once per
// view: the leak reading asks for it too).
func readData(v *view) []dataHit {
	if v.data == nil {
		d := findData(v)
		v.data = &d
	}
	return *v.data
}

// findData is readData's work.
func findData(v *view) []dataHit {
	ctx, list, nData := dataContexts(v)
	raw := make([]hit, 0, nData)
	for _, h := range v.hits {
		if h.kind == kData {
			raw = append(raw, h)
		}
	}
	raw = longest(raw)
	runEnd, runLen := listRuns(v, raw)
	out := dataIn(v, ctx, raw, runEnd, runLen)
	cardHolders(v, out)
	out = append(out, unmatchedItems(v, ctx, list, raw)...)
	if len(out) == 0 && len(raw) > 0 {
		// "646人の氏名や住所、生年月日などの情報を取得し手渡した": a news
		// report may name the data only where it tells what was done.
		out = dataIn(v, handledData(v, raw), raw, runEnd, runLen)
		cardHolders(v, out)
	}
	if len(out) == 0 {
		// "宛先をBCCではなくTOに入力して送信": the recipients' addresses
		// were shown to each other though the notice never names them.
		for _, h := range v.hits {
			if c := &cueList[h.id]; h.kind == kType && c.code == "misdelivery" && (strings.EqualFold(c.pat, "BCC") || contains(c.pat, "TO")) &&
				!v.advisoryAt(max(v.sentenceIndex(h.start), 0)) && !containsAny(v.text(v.sentenceAt(h.start)), preventionWords) {
				out = append(out, dataHit{"email", span{h.start, h.end}})
				break
			}
		}
	}
	return out
}

// handledData marks the sentences that tell what was done with named data:
// two kinds of data named together, or data given, told or shown to
// someone ("男性1人分の住所を幹事に伝えた"), outside advice and
// explanations.
func handledData(v *view, raw []hit) []bool {
	ctx := make([]bool, len(v.sents))
	for _, h := range raw {
		if cueList[h.id].code == "" {
			continue
		}
		si := v.sentenceIndex(h.start)
		if si < 0 || ctx[si] || v.advisoryAt(si) || v.explanatoryAt(si) {
			continue
		}
		sp := v.sents[si]
		back := v.s[runesBack(v.s, h.start, 8, sp.start):h.start]
		// (the short window first: the sentence is searched only then)
		ctx[si] = containsAny(back, peopleOf) &&
			!containsAny(v.text(sp), fakeSenderWords) && // "送信者の名前と メールアドレスが一致しない": what a fake mail shows
			(twoDataWords(v, sp) || handedData(v.s[h.end:runesFwd(v.s, h.end, 24, sp.end)]))
	}
	return ctx
}

// handedData reports whether the words after a data word make it the
// object of a hand-over ("…の住所を幹事に伝えた").
func handedData(rest string) bool {
	o := index(rest, "を")
	return o >= 0 && containsAny(rest[o:], handOverVerbs)
}

// peopleOf before a data word say whose it is: "646人の氏名", "男性1人分の
// 住所", "A氏の診療録", "患者の氏名".
var peopleOf = []string{"人の", "人分の", "名の", "名分の", "氏の", "者の", "人分", "名分", "民の", "員の", "童の", "徒の", "生の", "客の", "客様の"}

// credentialsOnly reports whether the run of data words that holds raw[k]
// names nothing but IDs and passwords ("IDとパスワード", "メールアカウント
// とパスワード").
func credentialsOnly(raw []hit, runEnd []int, k int) bool {
	for j := range raw {
		if runEnd[j] == runEnd[k] && !credentialCode(cueList[raw[j].id].code) {
			return false
		}
	}
	return true
}

// credentialCode reports whether every code of a data word is an ID or a
// password.
func credentialCode(code string) bool {
	for rest, more := code, true; more; {
		var c string
		c, rest, more = strings.Cut(rest, "|") // (the fields of strings.Split)
		if c != "login_id" && c != "password" {
			return false
		}
	}
	return code != ""
}

// accountAbuse: an account broken into or used by others.
var accountAbuse = []string{"乗っ取", "不正ログイン", "不正アクセス", "不正に利用", "不正利用", "不正使用", "不正に使用", "リスト型", "リストを使",
	"パスワードリスト", "なりすましログイン", "を推測"}

// fakeSenderWords: the sender a fake mail shows.
var fakeSenderWords = []string{"送信者", "差出人", "送信元", "配信元", "表示名", "なりすまし", "を装", "をかた", "を騙", "偽"}

// The data word lists of round 6 go through one matcher pass each.
var _ = registerWordSets(accountAbuse, fakeSenderWords, handOverVerbs, peopleOf)

// handOverVerbs: data given, told or shown to someone, or taken.
var handOverVerbs = []string{"手渡", "渡し", "渡した", "伝え", "教え", "漏ら", "提供し", "見せ", "送っ", "取得し", "持ち出し", "載せ", "投稿し"}

// dataIn finds the data words of raw in the sentences marked by ctx.
func dataIn(v *view, ctx []bool, raw []hit, runEnd, runLen []int) []dataHit {
	var out []dataHit
	// dataNegated, remembering where the rest of a sentence was found to
	// hold no negation word: neither does any shorter rest of it (the
	// data words of a list share their sentence).
	freeHi, freeFrom := -1, 0
	negatedAfter := func(end, hi int) bool {
		if hi == freeHi && end >= freeFrom {
			return false
		}
		if !containsAny(v.s[end:hi], dataNegations) {
			freeHi, freeFrom = hi, end
			return false
		}
		return dataNegatedRest(v, end, hi)
	}
	for k, h := range raw {
		c := &cueList[h.id]
		if c.code == "" {
			continue
		}
		si := v.sentenceIndex(h.start)
		if si < 0 || !ctx[si] {
			continue
		}
		sent := v.sents[si]
		back := v.s[runesBack(v.s, h.start, 4, sent.start):h.start]
		if containsAny(back, dataPrefixStops) || strings.HasSuffix(back, "誤") {
			continue // (and "誤送付先の全員": the wrong recipients)
		}
		if dataActionSet.hasPrefix(v.s[h.end:]) {
			continue
		}
		code := c.code
		if code == "card_holder" && contains(v.s[runesBack(v.s, h.start, 10, sent.start):h.start], "口座") &&
			!contains(v.s[runesBack(v.s, h.start, 10, sent.start):h.start], "カード") {
			code = "bank_account" // "口座番号と名義人": the account holder
		}
		if c.code == "email" && containsAny(back, []string{"当該", "特定の"}) && hasPrefixAny(v.s[h.end:], []string{"の", "を", "から", "で", "に"}) {
			continue // "当該メールアドレスのファイル": the hijacked mailbox, not leaked addresses
		}
		if c.code == "message_content" && hasPrefixAny(v.s[h.end:], []string{"は", "には", "について"}) && !containsAny(v.s[h.end:sent.end], leakVerbs) {
			continue // "メールの内容はイベントの案内でした": what the mail said, not leaked mail
		}
		if c.pat == "人事" && strings.HasSuffix(back, "個") {
			continue // "個人事業主": no personnel data
		}
		if c.code == "employment" && hasPrefixAny(v.s[h.end:], []string{"課", "部", "係", "室", "長", "する", "している", "していた", "の職員", "の教員", "の社員", "の担当", "担当",
			"職員", "教職員", "社員", "教員", "員",
			"と連携", "と協力", "と共有", "に連絡", "に報告", "で確認", "で調査", "から連絡", "から報告", "より連絡",
			"間", "件", "安定", "訓練", "紹介", "小学校", "中学校", "高校", "学校", "校", "大学", "学部"}) {
			continue // 人事課, 所属長, 所属する職員, 部署間, 殺人事件, 職業安定所: the staff or an office, not their data
		}
		if c.pat == "体調" && hasPrefixAny(v.s[h.end:], []string{"不良", "を崩", "が悪", "管理"}) {
			continue // "担当者の体調不良により": a circumstance, not data
		}
		if c.pat == "入院" && hasPrefixAny(v.s[h.end:], []string{"患者", "者", "中", "して", "した", "する", "され", "施設", "病棟"}) {
			continue // "入院患者の氏名": who the people are, not data about them
		}
		if c.pat == "部署" && hasSuffixAny(back, []string{"専門", "関係", "担当", "各", "所管", "主管", "関連", "社内の"}) {
			continue // "社内の専門部署と連携": the organization's own departments
		}
		if c.pat == "所属" && strings.HasPrefix(v.s[h.end:], "の") && !isItemStart(v, h.start, sent.start) {
			continue // "同機関所属の同姓の別人": where a person works, told of a person
		}
		if c.code == "password" && (containsAny(back, []string{"その", "ファイルの", "解凍", "開封"}) || containsAny(v.text(sent), attachmentWords)) {
			continue // the password of an encrypted attachment, not an account's
		}
		if credentialCode(code) && credentialsOnly(raw, runEnd, k) && containsAny(v.text(sent), accountAbuse) {
			continue // "教員のメールパスワードが窃取され、当該アカウントが不正アクセスを受け": the key the attacker used
		}
		if c.pat == "連絡先" && containsAny(v.text(sent), []string{"BCC", "Bcc", "CC", "TO", "宛先"}) {
			code = "email" // "他者の連絡先が表示されないようBCCと…": the recipients' addresses
		}
		if len(c.pat) == 6 && listOnlyData[c.pat] && (!isItemStart(v, h.start, sent.start) || hasPrefixAny(v.s[h.end:], []string{"に", "へ", "中", "内"})) {
			continue // "本文に記載されたURL", "医学部附属病院": only a listed item is data
		}
		if c.pat == "その他" && (!isItemStart(v, h.start, sent.start) || !hasPrefixAny(v.s[h.end:], []string{"(", "、", "。", "等", "\n"}) && h.end != sent.end) {
			continue
		}
		if !listOpen(v, runEnd[k], sent.end, runLen[k]) && !strings.HasPrefix(v.s[h.end:], "以外") && negatedAfter(h.end, sent.end) {
			// "メールアドレス以外の個人情報は漏えいしておりません" denies the
			// rest, not the data named before 以外.
			continue
		}
		for rest, more := code, true; more; {
			var c string
			c, rest, more = strings.Cut(rest, "|") // (as strings.Split)
			out = append(out, dataHit{c, span{h.start, h.end}})
		}
	}
	return out
}

// cardHolders turns a name listed next to card data ("カード番号、有効期限、
// 名前") into the card holder's name.
func cardHolders(v *view, out []dataHit) {
	for i := range out {
		if out[i].code != "name" {
			continue
		}
		if hasSuffixAny(v.s[runesBack(v.s, out[i].at.start, 4, 0):out[i].at.start], []string{"名義人の", "名義の", "カード会員の"}) {
			out[i].code = "card_holder" // "カード名義人の名前"
			continue
		}
		for _, o := range out {
			if !strings.HasPrefix(o.code, "card_") {
				continue
			}
			a, b := o.at.end, out[i].at.start
			if o.at.start > out[i].at.end {
				a, b = out[i].at.end, o.at.start
			}
			if b >= a && b-a <= 9 && strings.Trim(v.s[a:b], "、・,/()やと及びおよ") == "" {
				// (also "名前やカード番号": the name listed with card data)
				out[i].code = "card_holder"
				break
			}
			// A bullet list of card items: "・セキュリティコード\n・名前".
			if b >= a && b-a <= 8 && contains(v.s[a:b], "\n") && strings.Trim(v.s[a:b], "\n・•●-*") == "" &&
				v.s[out[i].at.start:out[i].at.end] == "名前" {
				out[i].code = "card_holder"
				break
			}
		}
	}
}

// listRuns groups raw into runs of data words separated only by list
// marks and short notes in parentheses ("氏名・ユーザーID・…・(ハッシュ化
// された)パスワード"): runEnd[k] is where the run of raw[k] ends, runLen[k]
// how many words it holds.
func listRuns(v *view, raw []hit) (runEnd, runLen []int) {
	runEnd, runLen = make([]int, len(raw)), make([]int, len(raw))
	for a := 0; a < len(raw); {
		b, end := a+1, raw[a].end
		for ; b < len(raw) && raw[b].start >= end && listGap(v.s[end:raw[b].start]); b++ {
			end = raw[b].end
		}
		for k := a; k < b; k++ {
			runEnd[k], runLen[k] = end, b-a
		}
		a = b
	}
	return runEnd, runLen
}

// listGap reports whether the text between two data words only separates
// list items: marks, 及び/と/や, and at most a short note in parentheses.
func listGap(g string) bool {
	if len(g) > 48 {
		return false
	}
	if i := strings.IndexByte(g, '('); i >= 0 {
		j := strings.IndexByte(g[i:], ')')
		if j < 0 || atLeastRunes(g[i:i+j], 16) {
			return false
		}
		g = g[:i] + g[i+j+1:]
	}
	for _, w := range []string{"及び", "および"} {
		g = strings.ReplaceAll(g, w, "、")
	}
	if g == "と" || g == "や" {
		return true
	}
	if marks, others, hira, ok := listGapRunes(g); ok {
		if !marks && g != "" {
			return false
		}
		return others < 5 && !hira
	}
	if !strings.ContainsAny(g, "、・,/") && g != "" {
		return false
	}
	// What is left besides the marks is the tail of an item ("役職名・"),
	// a few letters with no kana of a predicate.
	rest := listMarks.Replace(g)
	return !atLeastRunes(rest, 5) && !hasHiragana(rest)
}

// listGapRunes is listGap's test of valid UTF-8 in one pass: in valid UTF-8
// the marks lie on rune boundaries, so dropping them leaves g's other runes,
// and no mark is hiragana. ok is false for invalid UTF-8.
func listGapRunes(g string) (marks bool, others int, hira bool, ok bool) {
	for i := 0; i < len(g); {
		var r rune
		if c := g[i]; c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(g) && g[i+1]&0xC0 == 0x80 && g[i+2]&0xC0 == 0x80 {
			// After a lead byte E1–EC or EE–EF any two continuation
			// bytes make a valid rune.
			r = rune(c&0x0F)<<12 | rune(g[i+1]&0x3F)<<6 | rune(g[i+2]&0x3F)
			i += 3
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(g[i:])
			if r == utf8.RuneError && size == 1 {
				return false, 0, false, false
			}
			i += size
		}
		switch {
		case r == '、' || r == '・' || r == ',' || r == '/':
			marks = true
		case isHiragana(r):
			hira = true
		default:
			others++
		}
	}
	return marks, others, hira, true
}

// listMarks drops the marks that separate list items.
var listMarks = strings.NewReplacer("、", "", "・", "", ",", "", "/", "")

// listOpen reports whether a run of three or more data words ending at end
// is followed by another statement rather than by its own predicate: a list
// line glued to the next sentence ("…パスワード弊社の調査では…見つかって
// いません") denies nothing of the list.
func listOpen(v *view, end, hi, n int) bool {
	if n < 3 || end >= hi {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v.s[end:hi])
	return !isHiragana(r) && !hasRune("、。・,()等:：!?\n", r)
}

// dataNegated reports whether the rest of the statement after a data word
// (up to a contrast が、/ものの or the sentence end) denies it.
func dataNegated(v *view, end, hi int) bool {
	if !containsAny(v.s[end:hi], dataNegations) {
		return false // cutting the statement shorter cannot add a negation
	}
	return dataNegatedRest(v, end, hi)
}

// dataNegatedRest is dataNegated for a rest of the sentence known to hold a
// negation word.
func dataNegatedRest(v *view, end, hi int) bool {
	rest := v.s[end:hi]
	// A section number ("3.本事案…") starts another statement.
	for from := 1; from+1 < len(rest); {
		j := strings.IndexByte(rest[from:len(rest)-1], '.')
		if j < 0 {
			break
		}
		i := from + j
		if isDigit(rest[i-1]) && !isDigit(rest[i+1]) {
			rest = rest[:i-1]
			if !containsAny(rest, dataNegations) {
				return false
			}
			break
		}
		from = i + 1
	}
	// A note in parentheses after the word is about other items:
	// "患者ID及びカナ氏名(住所や電話番号はありません。" (the sentence was cut
	// inside it) denies neither; "氏名(ふりがな)は含まれません" still denies.
	if i := strings.IndexByte(rest, '('); i >= 0 {
		if j := strings.IndexByte(rest[i:], ')'); j >= 0 {
			rest = rest[:i] + rest[i+j+1:]
		} else {
			rest = rest[:i]
		}
	}
	// "…電話番号で、二次被害は確認されていない": a denial of misuse
	// (二次被害, 不正利用) is about what followed, not about the data.
	// (rest only gets shorter: without any stop in it, none is cut.)
	if containsAny(rest, negationStops) {
		for _, stop := range negationStops {
			if i := index(rest, stop); i >= 0 {
				rest = rest[:i]
			}
		}
	}
	// A list line joined with the next sentence (wrapped-line repair):
	// "…検査結果現時点で…確認されておりません". A sentence opener right
	// after a noun, with no particle between, starts another statement.
	if containsAny(rest, statementOpeners) {
		for _, opener := range statementOpeners {
			if i := index(rest, opener); i > 0 {
				if r, _ := utf8.DecodeLastRuneInString(rest[:i]); !isHiragana(r) && !hasRune("、,・(", r) {
					rest = rest[:i]
				}
			}
		}
	}
	return containsAny(rest, dataNegations)
}

// negationStops end the statement a denial after a data word must lie in
// (see dataNegated), tried in this order.
var negationStops = []string{"が、", "ものの", "ですが", "ますが", "であり", "であって", "なお、", "また、", "ただし、", "※",
	"件で、", "名で、", "人分で、", "などで、", "等で、", // "住所など5201件で、電話番号は含まれていません"
	"二次被害", "不正利用", "不正使用", "悪用", "被害の報告", "被害報告", "被害は報告", "被害も報告"}

// statementOpeners open another statement when glued to a noun (see
// dataNegated), tried in this order.
var statementOpeners = []string{"現時点", "現在", "今後", "引き続き", "なお", "また"}

var _ = registerWordSets(negationStops, statementOpeners)

// longest drops hits contained in a longer hit of the same kind.
func longest(hs []hit) []hit {
	out := make([]hit, 0, len(hs))
	// hs is ordered by end; a hit containing h ends at most maxCue bytes
	// after it.
	for i, h := range hs {
		inside := false
		for j := i + 1; j < len(hs) && hs[j].end-h.end <= maxCue; j++ {
			if g := hs[j]; g.start <= h.start && g.end-g.start > h.end-h.start {
				inside = true
				break
			}
		}
		for j := i - 1; j >= 0 && !inside && hs[j].end == h.end; j-- {
			if g := hs[j]; g.start < h.start {
				inside = true
			}
		}
		if !inside {
			out = append(out, h)
		}
	}
	return out
}

// isItemStart reports whether position i starts a list item: it follows a
// bullet, a 「, a 、 or the start of a line.
func isItemStart(v *view, i, lo int) bool {
	if i <= lo {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(v.s[lo:i])
	return hasRune("・•●○■-*、「(\n:：", r)
}

// unmatchedItems reports "other" for list items in data contexts that name
// no known kind of data: bullet lines under a data heading, 「…」 runs and
// 、-separated runs of three or more items of which two are known.
func unmatchedItems(v *view, ctx, list []bool, raw []hit) []dataHit {
	var out []dataHit
	covered := func(a, b int) bool {
		for _, h := range raw {
			// A data word may span two items split at its ・ (記号・番号).
			if h.start < b && h.end > a && cueList[h.id].code != "" {
				return true
			}
		}
		return false
	}
	known := make([]int, len(v.sents))
	for _, h := range raw {
		if cueList[h.id].code != "" {
			if i := v.sentenceIndex(h.start); i >= 0 {
				known[i]++
			}
		}
	}
	for si, sp := range v.sents {
		if !ctx[si] {
			continue
		}
		t := v.text(sp)
		if known[si] < 2 && !list[si] {
			continue // neither a data list nor a list line
		}
		// Bullet line: one item.
		if r, size := utf8.DecodeRuneInString(t); hasRune("・•●■", r) {
			if !list[si] {
				continue
			}
			item := itemCore(t[size:])
			if item != "" && !atLeastRunes(item, 13) && !covered(sp.start, sp.end) && !genericItem(item) {
				a := sp.start + size
				out = append(out, dataHit{"other", span{a, a + len(item)}})
			}
			continue
		}
		// Numbered line of a list: "(4) 利用者負担の割合".
		if n := enumPrefix(t); n > 0 && list[si] && !strings.ContainsAny(t[n:], "、,・") {
			item := itemCore(strings.TrimLeft(t[n:], " 　"))
			if item != "" && !atLeastRunes(item, 13) && !covered(sp.start, sp.end) && !genericItem(item) && !clauseItem(t[n:]) && !containsAny(item, listSectionWords) {
				// (not "(1)閲覧に供したもの", "(2)含まれる個人情報": a sub-heading)
				a := sp.start + len(t) - len(strings.TrimLeft(t[n:], " 　"))
				out = append(out, dataHit{"other", span{a, a + len(item)}})
			}
			continue
		}
		// 、-separated run.
		var items []span
		start := sp.start
		for i := sp.start; i <= sp.end; {
			r, size := rune(0), 1
			if i < sp.end {
				if c := v.s[i]; c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(v.s) && v.s[i+1]&0xC0 == 0x80 && v.s[i+2]&0xC0 == 0x80 {
					// A three-byte rune decoded inline: after a lead byte
					// E1–EC or EE–EF (kana, kanji, full-width forms) any two
					// continuation bytes make a valid rune.
					if !itemMarkRune(c, v.s[i+1], v.s[i+2]) {
						// No boundary, and nothing below applies to it (nor
						// to the like runes after it).
						i = skipPlainRunes(v.s, i+3, sp.end)
						continue
					}
					r, size = rune(c&0x0F)<<12|rune(v.s[i+1]&0x3F)<<6|rune(v.s[i+2]&0x3F), 3
				} else {
					r, size = utf8.DecodeRuneInString(v.s[i:])
				}
			}
			if r == ',' && i > sp.start && i+1 < sp.end && isDigit(v.s[i-1]) && isDigit(v.s[i+1]) {
				i += size // "1,520名": a thousands separator, no item boundary
				continue
			}
			if r == '(' && i > start {
				// "支援内容(保育園送迎、会員宅預かりなど)": a note on the item,
				// not more items.
				if j := strings.IndexByte(v.s[i:sp.end], ')'); j > 0 && !atLeastRunes(v.s[i:i+j], 30) && !covered(i, i+j) {
					i += j + 1
					continue
				}
			}
			if i == sp.end || r == '、' || r == '・' || r == ',' || r == '「' || r == '」' || r == '(' || r == ')' {
				if i > start && !allDigits(v.s[start:i]) {
					items = append(items, span{start, i}) // "(1)" numbers no item
				}
				start = i + size
			}
			i += size
		}
		// Maximal runs of short items.
		for k := 0; k < len(items); {
			e := k
			known := 0
			for e < len(items) {
				t := v.s[items[e].start:items[e].end]
				if i := strings.IndexByte(t, '('); i > 0 {
					t = t[:i] // a note in parentheses is no part of the item
				}
				if atLeastRunes(t, 16) || e > k && clauseItem(t) {
					// A long item or one with a verb ends the run: "出身中学校
					// 名等が記載された「調査票」" lists no 調査票.
					// A last item followed by が/を/は: "自由意見が閲覧可能な…".
					cut := -1
					for _, p := range []string{"が", "を", "は"} {
						if i := index(t, p); i > 0 && (cut < 0 || i < cut) {
							cut = i
						}
					}
					if cut < 0 || atLeastRunes(t[:cut], 13) || e == k || clauseItem(t[:cut]) || startsHiragana(t[:cut]) {
						break
					}
					items[e].end = items[e].start + cut
					if covered(items[e].start, items[e].end) {
						known++
					}
					e++
					break
				}
				if covered(items[e].start, items[e].end) {
					known++
				}
				e++
			}
			if e-k >= 3 && known >= 2 && 2*known >= e-k {
				out = append(out, otherItems(v, items[k:e], covered, k == 0)...)
			}
			k = e + 1
		}
	}
	return out
}

// itemMarkRune reports whether the valid three-byte rune c0 c1 c2 may be
// one of the marks unmatchedItems splits items at (、「」 and the rest of
// U+3000–U+303F, or ・), comparing bytes without a branch on kana against
// kanji.
func itemMarkRune(c0, c1, c2 byte) bool {
	w := uint32(c0)<<16 | uint32(c1)<<8 | uint32(c2)
	return w>>8 == 0xE380 || w == 0xE383BB
}

// skipPlainRunes returns the end of the run of three-byte runes from i (and
// before end) that are not itemMarkRune: unmatchedItems' scan steps over
// them. It stops, as that scan's decoding does, at a byte that does not
// start a valid three-byte rune with a lead byte E1–EC or EE–EF.
func skipPlainRunes(s string, i, end int) int {
	for i < end && i+2 < len(s) {
		c := s[i]
		if c < 0xE1 || c > 0xEF || c == 0xED || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 || itemMarkRune(c, s[i+1], s[i+2]) {
			break
		}
		i += 3
	}
	return i
}

// allDigits reports whether s holds ASCII digits only (as
// strings.Trim(s, "0123456789") == "").
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// otherItems reports the unknown items of one run of list items.
func otherItems(v *view, items []span, covered func(a, b int) bool, first bool) []dataHit {
	var out []dataHit
	for k, it := range items {
		raw := v.s[it.start:it.end]
		if k == 0 && first {
			if hasSuffixAny(strings.TrimSpace(raw), []string{"が", "は"}) {
				continue // "担任教諭が、生徒の氏名、…": the subject of the sentence, no item
			}
			if j := lastParticle(raw); j >= 0 {
				raw = raw[j:]
				it.start = it.end - len(raw)
			}
		}
		if covered(it.start, it.end) {
			continue // (tested before itemCore, which it does not need)
		}
		item := itemCore(raw)
		if item == "" || atLeastRunes(item, 13) || genericItem(item) || clauseItem(raw) {
			continue
		}
		if strings.HasSuffix(v.s[:it.start], "(") && strings.HasPrefix(v.s[it.end:], ")") {
			continue // "パスワード(暗号化済み)": a note on the item before
		}
		if containsAny(v.s[runesBack(v.s, it.start, 5, 0):it.start], subjectWords) {
			continue // "件名は「セミナーのご案内」": the subject of a mail, no data
		}
		out = append(out, dataHit{"other", span{it.start, it.start + len(item)}})
	}
	return out
}

// attachmentWords make a password the key of an attached file.
var attachmentWords = []string{"添付ファイル", "ZIP", "zip", "圧縮ファイル", "パスワード付き"}

// subjectWords introduce the subject line of a mail or a title.
var subjectWords = []string{"件名", "題名", "タイトル", "表題"}

// preventionWords mark a sentence about measures against a recurrence.
var preventionWords = []string{"今後", "徹底", "再発防止", "防止", "努め", "ルール", "手順"}

// leakVerbs say that data left or could be seen.
var leakVerbs = []string{"流出", "漏え", "漏洩", "漏れ", "閲覧", "窃取", "盗", "抜き取", "取得され", "含まれ"}

// clauseVerbs end the verbs of a clause.
var clauseVerbs = []string{"あった", "あり", "した", "され", "する", "いる", "いた", "ある", "なった", "れた", "含む", "除く", "含まれる", "もの"}

// clauseItem reports whether a list item is a clause with a verb ("同期間に
// ご登録のあったお客様"), not the name of a kind of data.
func clauseItem(raw string) bool {
	return containsAny(raw, clauseVerbs)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// itemCuts end the core of a list item (see itemCore), tried in this order.
var itemCuts = []string{"が", "を", "は", "に", "も", "(", "（", "等", "など", "。", "となる", "です", "及び", "および"}

var _ = registerWordSets(itemCuts)

// itemCore cuts a list item at the first particle and drops 等/など and
// parentheticals.
func itemCore(s string) string {
	s = strings.TrimSpace(s)
	if !containsAny(s, itemCuts) {
		return s // (cuts only shorten s: none applies later either)
	}
	for _, p := range itemCuts {
		if i := index(s, p); i > 0 {
			s = s[:i]
		} else if i == 0 && (p == "(" || p == "（") {
			return ""
		}
	}
	return s
}

// lastParticle returns the byte index after the last の/は/: of s, or -1.
func lastParticle(s string) int {
	best := -1
	for _, p := range []string{"の", "は", ":", "："} {
		if i := strings.LastIndex(s, p); i >= 0 && i+len(p) > best {
			best = i + len(p)
		}
	}
	return best
}

// genericItem: items that are no kind of data (情報, サービス names).
func genericItem(s string) bool {
	if hasSuffixAny(s, []string{"サービス", "システム", "機能", "手続", "事業", "サイト", "アプリ", "種類", "内訳", "件数", "の数", "人数", "回数", "枚数"}) {
		return true
	}
	// "…電話番号で、二次被害は確認されていない": harm after the leak, no data.
	if hasSuffixAny(s, []string{"二次被害", "被害", "不正利用", "悪用", "不正使用"}) {
		return true
	}
	if !atLeastRunes(s, 2) {
		return true
	}
	// People, not data about them: "申請者(法人の担当者を含む)".
	if hasSuffixAny(s, []string{"者", "様", "さま", "さん", "方", "員", "教諭", "担任", "師", "校長", "教頭", "課長", "部長", "所長", "院長"}) {
		return true
	}
	for _, g := range []string{"情報", "個人情報", "個人データ", "データ", "内容", "等", "など", "一部", "以下", "上記", "また", "なお", "さらに", "及び", "および", "または"} {
		if s == g {
			return true
		}
	}
	// A set of items named by its size: "二情報", "四情報".
	if n := strings.TrimSuffix(s, "情報"); n != s && n != "" && strings.Trim(n, "一二三四五六七八九十") == "" {
		return true
	}
	// Items start with a noun, not a particle or verb ending.
	if r, _ := utf8.DecodeRuneInString(s); isHiragana(r) {
		return true
	}
	if containsAny(s, []string{"した", "する", "され", "いる", "して", "ない"}) {
		return true
	}
	// Numbers, dates and sentences are not items.
	if strings.ContainsAny(s, "0123456789") || contains(s, "ました") || contains(s, "ます") {
		return true
	}
	return false
}

// startsHiragana reports whether s starts with hiragana (a particle or an
// ending, not a noun).
func startsHiragana(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHiragana(r)
}

func hasHiragana(s string) bool {
	for _, r := range s {
		if isHiragana(r) {
			return true
		}
	}
	return false
}

// listOnlyData are data words that count only as list items (all of two
// kanji: dataIn tests the length first).
var listOnlyData = map[string]bool{"件名": true, "本文": true, "学部": true, "学科": true, "学年": true}

// storageCue: context words that only say a document or device holds data.
var storageCue = map[string]bool{"が記載され": true, "記載されてい": true, "保存され": true, "記録され": true, "保持されていた": true, "保管されていた": true}

// personWords: whose data a document holds.
var personWords = []string{"お客様", "お客さま", "氏", "方", "者", "個人情報", "会員", "利用者", "患者", "児童", "生徒", "職員", "顧客", "住民", "市民", "氏名", "様"}

// dataActionSet is dataActionSuffixes indexed for hasPrefix (dataIn asks it
// once per data word).
var dataActionSet = newPrefixSet(dataActionSuffixes)
