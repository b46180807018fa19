package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/jptext"
	"github.com/jikenbo/jikenbo/internal/model"
)

// vcount is a count found in a report, located in view coordinates.
type vcount struct {
	jptext.Count
	at       span
	card     bool
	cardOnly bool // a part (うち…) that counts card holders only
	exposed  bool // a part (うち…) of which the sentence says the data leaked or was exposed
}

// peopleUnits count people, records or accounts.
var peopleUnits = map[string]bool{"人": true, "名": true, "件": true, "名様": true, "世帯": true, "アカウント": true,
	"ユーザー": true, "ユーザ": true, "レコード": true, "ID": true, "IDs": true, "口座": true, "先": true}

// Words around a count that make it a count of mails, attempts or staff.
var (
	countMailBefore = []string{"送信", "配信", "不審メール", "迷惑メール", "メール約", "メールは", "試行", "攻撃",
		"アクセスが", "アクセス数", "アクセス件数", "閲覧数", "ダウンロード数", "閲覧回数", "アクセスは", "アクセスした者"}
	countMailAfter = []string{"の不審メール", "の迷惑メール", "のメールが送", "のメールを送", "が送信", "を送信", "の送信", "が配信",
		"を配信", "の配信", "の不審", "にわたって", "の攻撃", "のアクセス", "のメールが", "のメールを", "のメールは", "のメール送信", "のスパム",
		// Bounces of spam: "計2464件の不着連絡を受けた".
		"の不着", "の不達", "の配信エラー", "のエラーメール", "の宛先不明"}
	countStaffBefore = []string{"職員", "従業員", "社員", "行員", "担当者", "管理監督者", "教員", "看護師", "校長", "教頭", "課長", "部長", "所長", "局長", "院長"}
	countCardNear    = []string{"カード"}
	// nonPaymentCards are cards that hold no payment data.
	nonPaymentCards = []string{"番号カード", "ナンバーカード", "ポイントカード", "会員カード", "IDカード", "カードキー", "セキュリティカード",
		"ICカード", "キャッシュカード", "診察カード"}
)

// findCounts returns the counts of people, records or accounts harmed.
func findCounts(v *view) []vcount {
	var out []vcount
	all := v.counts()
	staff := map[int64]bool{} // figures of staff who acted or were punished
	for _, c := range all {
		if c.Value <= 0 {
			continue
		}
		a, b := c.Span.Start, c.Span.End
		if b > len(v.s) {
			b = len(v.s)
		}
		sent := v.sentenceAt(a)
		lineStart := v.lines[v.lineAt(a)].start
		if !peopleUnits[c.Unit] && !(c.Unit == "社" && containsAny(v.s[runesBack(v.s, a, 6, lineStart):a], []string{"取引先", "企業", "法人", "顧客"})) &&
			!(orgUnits[c.Unit] && hasPrefixAny(v.s[b:], ownedData)) {
			// ("316事業者の個人情報を含むファイル": bodies whose data it is.)
			continue
		}
		if hasPrefixAny(v.s[lineStart:], []string{"(誤)", "誤:", "【誤】", "誤)"}) {
			continue // the wrong figure of a correction
		}
		lo := max(sent.start, lineStart)
		back8 := runesBack(v.s, a, 8, lo)
		before := v.s[back8:a]
		after := v.s[b:runesFwd(v.s, b, 10, sent.end)]
		if hasPrefixAny(after, []string{"会", "委員会", "クラブ", "隊"}) && !hasPrefixAny(after, []string{"会員", "会社"}) {
			continue // a number inside a name: まちづくり1000人会
		}
		if strings.HasPrefix(after, "の") && !hasPrefixAny(after, []string{"のうち", "の内", "の中"}) && countWithin(all, b, runesFwd(v.s, b, 8, sent.end)) {
			continue // "申込児童111人の保護者89件のメールアドレス": whose they are, counted next
		}
		// A part of the total (うち…N名) counts only as card holders.
		part := c.Qualifier == "うち" || c.Scope == "うち" || c.Scope == "内" || strings.HasSuffix(before, "うち") ||
			strings.HasSuffix(v.s[lo:clauseStart(v.s, a, lo)], "うち、")
		from := sent.start
		if si := v.sentenceIndex(sent.start); si > 0 {
			from = v.sents[si-1].start // the total may close the sentence before
		}
		if part && !peopleBefore(all, a, from) {
			// "試行約80万回、そのうち1,153件のアカウント": a part of attempts
			// is the count of people harmed.
			part = false
		}
		if part {
			cl := v.s[clauseStart(v.s, a, runesBack(v.s, a, 30, lo)):a]
			own := v.s[b:runesFwd(v.s, b, 24, sent.end)]
			if k := strings.IndexByte(own, ')'); k >= 0 {
				own = own[:k] // "(内4494件の顧客については、クレジットカード情報を含む個人データ)"
			}
			if containsAny(cl, []string{"クレジットカード", "カード情報", "カード番号"}) && !contains(cl, "決済") ||
				containsAny(own, []string{"クレジットカード", "カード情報", "カード番号"}) && !contains(own, "決済") {
				// "うち300人のクレジットカード情報": the card holders among them.
				out = append(out, vcount{c, span{a, b}, true, true, false})
			} else if rest := v.s[b:sent.end]; containsAny(rest, exposedWords) && !containsAny(rest, dataNegations) {
				// "1,514件のお問い合わせのうち1,426件の個人情報が閲覧可能な
				// 状態": the part is what was exposed.
				out = append(out, vcount{c, span{a, b}, false, false, true})
			}
			continue
		}
		if populationTotal(v, a, lo) {
			continue
		}
		// "攻撃により、会員4,120人": a clause that opens with whose the
		// count is is not about the attack of the clause before.
		mailWin := before
		if cl := v.s[clauseStart(v.s, a, lo):a]; containsAny(cl, ownerWords) {
			mailWin = v.s[max(back8, clauseStart(v.s, a, lo)):a]
		}
		if containsAny(mailWin, countMailBefore) || hasPrefixAny(after, countMailAfter) ||
			strings.HasSuffix(before, "メール") || containsAny(after[:runesFwd(after, 0, 6, len(after))], []string{"送信", "配信"}) {
			continue
		}
		// The staff words of the four runes before a are among those of
		// the eight (before).
		staffBefore := containsAny(before, countStaffBefore)
		if staffBefore && c.Per == "" && containsAny(v.s[runesBack(v.s, a, 4, lo):a], countStaffBefore) && !hasPrefixAny(strings.TrimPrefix(after, ")"), []string{"の個人情報", "の情報", "の氏名", "のメールアドレス", "の連絡先"}) {
			// (not "社員(139名)の氏名、役職": staff whose data it is)
			staff[c.Value] = true
			continue
		}
		if staffBefore && strings.HasPrefix(after, "に対し") {
			continue
		}
		if staffBefore && strings.HasPrefix(after, "が") && !containsAny(before, ownerWords) {
			staff[c.Value] = true
			continue // "8校の職員あわせて13人がすでに閲覧していた": staff who did something
		}
		if c.Per == "" && (strings.HasPrefix(after, "において") ||
			hasPrefixAny(after, []string{"の職員", "の社員"}) && !hasPrefixAny(after[len("の職員"):], []string{"の", "分"})) {
			staff[c.Value] = true
			continue // staff who did something, not whose data leaked
		}
		customers := containsAny(before, []string{"会員", "顧客", "利用者", "お客様", "お客さま", "ユーザー"})
		if (c.Unit == "名" || c.Unit == "人") && !customers && hasPrefixAny(after, []string{"のメールアカウント", "のアカウント", "が使用するメールアカウント", "が利用するメールアカウント", "が使用するアカウント", "が利用するアカウント"}) {
			continue // the holder of a hijacked account, not people whose data leaked
		}
		if hasPrefixAny(after, []string{"のメールアカウント", "が使用するメールアカウント", "が利用するメールアカウント"}) || strings.HasSuffix(before, "メールアカウント") ||
			!customers && hasPrefixAny(after, []string{"のID", "のパスワード", "のアカウント情報", "のログイン"}) {
			continue // "利用者1名のメールアカウント", "メールアカウント1件": mailboxes taken over, not victims
		}
		clause := v.s[b:clauseEnd(v.s, b, sent.end)] // the rest of the count's clause
		if containsAny(clause, recipientWords) && containsAny(v.s[b:sent.end], sendingVerbs) &&
			!containsAny(v.s[sent.start:sent.end], openRecipients) {
			// "約3万件の外部メールアドレス宛にフィッシングメールが送信":
			// recipients (unless they saw each other's addresses: "保護者89件
			// のメールアドレス宛に…Bccで送信すべきところ").
			continue
		}
		if hasPrefixAny(after, []string{"のアドレスに", "のアドレスへ", "の宛先に", "の宛先へ", "の送信先"}) {
			continue // the addresses a mail went to, not whose data it held
		}
		if hasPrefixAny(after, []string{"に漏ら", "に伝え", "に見せ", "に提供", "に渡し", "に教え", "へ漏ら", "へ提供", "に漏えい", "に漏洩", "へ漏えい", "へ漏洩", "に話し", "に閲覧させ"}) {
			continue // the people data was disclosed to, not whose data it was
		}
		if containsAny(clause, punishments) && contains(clause, "を") && !hasPrefixAny(after, ownedData) {
			// (not "児童34名分の個人情報を誤送信 教頭が懲戒処分": whose data)
			staff[c.Value] = true
			continue // "教諭2人を戒告処分": the staff punished, not the people harmed
		}
		if hasPrefixAny(after, []string{"から", "より"}) {
			continue // the people a report came from
		}
		if hasPrefixAny(after, []string{"の方に", "の方へ", "に向けて", "宛て", "の友だち", "のフォロワー"}) && containsAny(v.s[b:sent.end], []string{"送信", "配信", "送られ", "届"}) {
			continue // recipients of messages sent from a hijacked account
		}
		near := v.s[clauseStart(v.s, a, runesBack(v.s, a, 10, lo)):a]
		card := (containsAny(near, countCardNear) && !contains(near, "決済") && !containsAny(near, nonPaymentCards)) || strings.HasPrefix(after, "のクレジットカード") || strings.HasPrefix(after, "のカード") ||
			cardTopic(v.s[sent.start:a])
		if wide := v.s[clauseStart(v.s, a, runesBack(v.s, a, 20, lo)):a]; !card && v.has("card") && contains(wide, "カード決済") &&
			!containsAny(wide, cardPaymentSystems) && !containsAny(wide, nonPaymentCards) && !containsAny(v.s[b:sent.end], dataNegations) {
			// "クレジットカード決済をされたお客様2,345名" in a notice of
			// leaked card data: the people who paid by card.
			card = true
		}
		out = append(out, vcount{c, span{a, b}, card, false, false})
	}
	if len(staff) > 0 {
		// "職員57人を懲戒処分…57人のうち3人は停職": the same staff again.
		kept := out[:0]
		for _, c := range out {
			if !staff[c.Value] || c.card || hasPrefixAny(v.s[c.at.end:], ownedData) {
				kept = append(kept, c)
			}
		}
		out = kept
	}
	if len(out) > 0 {
		cardNotice(v, out)
	}
	if sum, ok := groupSum(v, out); ok {
		out = append(out, sum)
	}
	return out
}

// groupSum adds up two counts of different groups of people told side by
// side in one sentence ("対象児童は40名、保護者は35名"): together they are
// the people affected.
func groupSum(v *view, out []vcount) (vcount, bool) {
	for i := 0; i+1 < len(out); i++ {
		a, b := out[i], out[i+1]
		if a.card || b.card || a.cardOnly || b.cardOnly || a.exposed || b.exposed || !personUnit(a.Unit) || !personUnit(b.Unit) {
			continue
		}
		sa, sb := v.sentenceAt(a.at.start), v.sentenceAt(b.at.start)
		if sa != sb || a.at.end > b.at.start || containsAny(v.s[sa.start:sa.end], []string{"うち", "計", "合わせて", "あわせて", "延べ", "のべ"}) {
			continue
		}
		gap := v.s[a.at.end:b.at.start]
		ga, gb := groupBefore(v, a.at.start, sa.start), groupBefore(v, b.at.start, a.at.end)
		if ga == "" || gb == "" || ga == gb || atLeastRunes(gap, 12) || !strings.HasPrefix(gap, "、") && !strings.HasPrefix(gap, "と") && !strings.HasPrefix(gap, "及び") {
			continue
		}
		sum := a
		sum.Value = a.Value + b.Value
		sum.at = span{a.at.start, b.at.end}
		return sum, true
	}
	return vcount{}, false
}

// personUnit reports whether a counter counts persons.
func personUnit(u string) bool { return u == "人" || u == "名" }

// groupBefore returns the group noun written right before a count
// ("児童40名", "保護者は35名"), or "".
func groupBefore(v *view, at, lo int) string {
	back := strings.TrimSuffix(strings.TrimSuffix(v.s[runesBack(v.s, at, 5, lo):at], "は"), "が")
	for _, g := range personGroups {
		if strings.HasSuffix(back, g) {
			return g
		}
	}
	return ""
}

// personGroups name groups of people whose counts can be added.
var personGroups = []string{"児童", "生徒", "保護者", "園児", "学生", "教職員", "職員", "患者", "家族", "利用者", "会員", "顧客", "住民", "市民"}

// countWithin reports whether a count of people or records starts in
// [a, b).
func countWithin(all []jptext.Count, a, b int) bool {
	for _, c := range all {
		if c.Span.Start > a && c.Span.Start < b && peopleUnits[c.Unit] {
			return true
		}
	}
	return false
}

// orgUnits count bodies; such a count is affected when the data is theirs.
var orgUnits = map[string]bool{"社": true, "事業者": true, "事業所": true, "法人": true, "団体": true}

// ownedData after a count makes it the count of whose data it is.
var ownedData = []string{"の個人情報", "の情報", "分の", "の氏名", "の名称", "のメールアドレス", "の連絡先", "の口座"}

// sumQualifier: a count qualified so is the sum of the others.
var sumQualifier = map[string]bool{"計": true, "合計": true, "総計": true, "累計": true, "総数": true}

// cardNotice marks the counts of a notice of leaked card data as card
// counts when it gives one figure only and none of it is said to be
// cards: "流出した可能性のある情報: クレジットカード情報(カード番号、…)"
// then "流出した可能性のある最大件数: 1,207件".
func cardNotice(v *view, out []vcount) {
	top := out[0]
	for _, c := range out {
		if c.card || c.cardOnly {
			return
		}
		if c.Value > top.Value {
			top = c
		}
	}
	for _, c := range out {
		if c.Value != top.Value && !sumQualifier[top.Qualifier] && !sumQualifier[top.Scope] && !hasSuffixAny(v.s[:top.at.start], []string{"合計:", "計:", "合計"}) {
			// Several figures, none of them the sum of the others
			// ("うち5件、…6,427件(合計:6,432件)" is one figure).
			return
		}
	}
	detail := v.has("card")
	for _, h := range v.hits {
		if detail {
			break
		}
		if c := &cueList[h.id]; h.kind == kData && (c.code == "card_cvc" || c.code == "card_expiry") {
			detail = true // the code or the expiry date: whole cards, not a masked number
			break
		}
	}
	if !detail {
		return
	}
	for _, h := range v.hits {
		if c := &cueList[h.id]; h.kind != kData || c.code != "card_number" {
			continue
		}
		si := v.sentenceIndex(h.start)
		if si < 0 || v.advisoryAt(si) || dataNegated(v, h.end, v.sents[si].end) || containsAny(v.s[runesBack(v.s, h.start, 6, v.sents[si].start):h.start], cardPaymentSystems) {
			continue
		}
		if hasPrefixAny(v.s[h.end:], []string{"決済", "の決済", "を含まな", "を含みませ", "は含まれ", "は含みませ", "を除", "以外", "は対象外"}) {
			continue // card payment, or card data left out ("クレジットカード情報を含まない")
		}
		for i := range out {
			out[i].card = out[i].Value == top.Value
		}
		return
	}
}

// ownerWords name the people whose data a count is about; a clause that
// opens with one is not about the attack of the clause before ("サイバー攻撃を
// 受け、患者約1万人の個人情報が…").
var ownerWords = []string{"会員", "顧客", "利用者", "お客様", "お客さま", "患者", "住民", "市民", "町民", "村民", "区民", "県民",
	"児童", "生徒", "学生", "加入者", "組合員", "被保険者", "受験者", "応募者", "保護者", "入居者", "契約者"}

// exposedWords say that data leaked or could be seen.
var exposedWords = []string{"流出", "漏えい", "漏洩", "閲覧可能", "閲覧できる", "閲覧され", "見られる状態",
	// A part sent to the wrong people: "5250人のうち600人分について、別の寄付者の証明書を…発送".
	"誤って", "誤送", "誤発送", "誤配", "取り違", "別の"}

// openRecipients: mail sent with the recipients' addresses shown to all.
var openRecipients = []string{"BCC", "Bcc", "bcc", "CC", "Cc", "宛先欄", "TO欄", "To欄", "閲覧できる状態", "表示される状態", "見える状態"}

// recipientWords make a count the addresses something was sent to.
var recipientWords = []string{"宛に", "宛て", "あてに", "アドレスに送信", "アドレスへ送信"}

// sendingVerbs: mail or letters sent.
var sendingVerbs = []string{"送信", "配信", "送付", "届"}

// punishments: what is done to staff or suspects.
var punishments = []string{"処分", "懲戒", "戒告", "減給", "停職", "免職", "訓告", "訓戒", "書類送検", "逮捕", "送致", "注意"}

// cardPaymentSystems name the means of card payment, not its users.
var cardPaymentSystems = []string{"決済代行", "決済会社", "決済システム", "決済画面", "決済サービス", "決済機能", "決済ページ"}

// cardTopic reports whether the part of a sentence before a count makes
// leaked card data its topic: "クレジットカード情報が流出した可能性がある
// のは、…お客様(380名)".
func cardTopic(pre string) bool {
	i := index(pre, "カード情報")
	if i < 0 {
		return false
	}
	if contains(pre[:i], "個人情報") {
		return false // card data as a part of personal data
	}
	rest := pre[i+len("カード情報"):]
	if hasPrefixAny(rest, []string{"を含", "など", "等", "以外", "は含", "は流出", "は漏"}) {
		return false
	}
	if hasPrefixAny(rest, []string{"は", "が", "の件数"}) && containsAny(pre[runesBack(pre, i, 16, 0):i], cardLeakWords) {
		return true // "流出の可能性があるクレジットカード情報は、2,130件"
	}
	rest = rest[:runesFwd(rest, 0, 12, len(rest))]
	return containsAny(rest, cardLeakWords)
}

// cardLeakWords say that card data left the organization.
var cardLeakWords = []string{"流出", "漏えい", "漏洩", "漏れ", "窃取"}

// peopleBefore reports whether a count of people or records is written
// in the sentence before position a (the whole a part refers to).
func peopleBefore(all []jptext.Count, a, lo int) bool {
	for _, c := range all {
		if c.Span.Start >= lo && c.Span.End <= a && peopleUnits[c.Unit] {
			return true
		}
	}
	return false
}

// affectedCounts picks the largest count and the largest card count; a
// part said to be exposed wins over the total it is part of.
func affectedCounts(cs []vcount) (aff, card *vcount) {
	exposed := false
	for i := range cs {
		exposed = exposed || cs[i].exposed
	}
	for i := range cs {
		c := &cs[i]
		if !c.cardOnly && (!exposed || c.exposed) && (aff == nil || c.Value > aff.Value) {
			aff = c
		}
		if c.card && (card == nil || c.Value > card.Value) {
			card = c
		}
	}
	if aff != nil && roundFigure(aff) && aff.Value%10 == 0 && aff.Qualifier != "最大" {
		// "およそ650人分の名簿" then "646人分の名簿": the exact figure.
		for i := range cs {
			c := &cs[i]
			if !c.cardOnly && !c.card && !roundFigure(c) && c.Value != aff.Value && 10*abs64(c.Value-aff.Value) <= aff.Value && (!exposed || c.exposed) {
				aff = c
				break
			}
		}
	}
	if card != nil && roundFigure(card) {
		// A rounded headline figure (1万5000人余) stands for the exact
		// figure of the body (1万5274人).
		for i := range cs {
			c := &cs[i]
			if !c.cardOnly && !roundFigure(c) && c.Value != card.Value && 10*abs64(c.Value-card.Value) <= card.Value {
				card = c
				break
			}
		}
	}
	return aff, card
}

// roundFigure reports whether a count is a rounded figure: hedged (約, 余,
// 以上) or a multiple of 100.
func roundFigure(c *vcount) bool {
	return c.Qualifier != "" && c.Qualifier != "計" && c.Qualifier != "合計" || c.Value >= 1000 && c.Value%100 == 0
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// counts runs jptext.FindCounts over the sentences that can hold a count of
// people or records: a unit word right after a numeral. Spans are in view
// coordinates (the view is already folded).
func (v *view) counts() []jptext.Count {
	want := make([]bool, len(v.sents))
	any := false
	for _, h := range v.hits {
		if h.kind != kUnit || h.start == 0 {
			continue
		}
		if numeralBefore(v.s, h.start) {
			if i := v.sentenceIndex(h.start); i >= 0 {
				want[i], any = true, true
			}
		}
	}
	// Bank customers counted with 先 ("2,439先"), which is no cue.
	for from := 0; ; {
		i := index(v.s[from:], "先")
		if i < 0 {
			break
		}
		i += from
		from = i + len("先")
		if i > 0 && isDigit(v.s[i-1]) {
			if si := v.sentenceIndex(i); si >= 0 {
				want[si], any = true, true
			}
		}
	}
	if !any {
		return nil
	}
	var out []jptext.Count
	for i, sp := range v.sents {
		if !want[i] {
			continue
		}
		for _, c := range jptext.FindCounts(v.s[sp.start:sp.end]) {
			c.Span.Start += sp.start
			c.Span.End += sp.start
			out = append(out, c)
		}
		out = append(out, customerCounts(v.s, sp)...)
	}
	return out
}

// numeralBefore reports whether the rune before byte i > 0 of s is a digit
// or a kanji numeral, decoding a three-byte rune inline.
func numeralBefore(s string, i int) bool {
	b := s[i-1]
	if b < utf8.RuneSelf {
		return isDigit(b)
	}
	if i >= 3 && s[i-3] >= 0xE3 && s[i-3] <= 0xE9 && s[i-2]&0xC0 == 0x80 && b&0xC0 == 0x80 {
		// After a lead byte E3–E9 any two continuation bytes make a valid
		// rune (U+3000–U+9FFF), none of them a digit.
		return kanjiNumeral(rune(s[i-3]&0x0F)<<12 | rune(s[i-2]&0x3F)<<6 | rune(b&0x3F))
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r >= '0' && r <= '9' || kanjiNumeral(r)
}

// kanjiNumeral is hasRune("〇一二三四五六七八九十百千万", r).
func kanjiNumeral(r rune) bool {
	switch r {
	case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万':
		return true
	}
	return false
}

// customerCounts finds the counts of bank customers, which banks write with
// the counter 先 ("顧客数は2,439先", "個人顧客37先"): FindCounts knows no such
// unit.
func customerCounts(s string, sp span) []jptext.Count {
	var out []jptext.Count
	for from := sp.start; ; {
		i := index(s[from:sp.end], "先")
		if i < 0 {
			return out
		}
		i += from
		from = i + len("先")
		a := i
		for a > sp.start && (isDigit(s[a-1]) || s[a-1] == ',' || s[a-1] == ' ') {
			a--
		}
		for a < i && !isDigit(s[a]) {
			a++ // a separator before the number belongs to the text before
		}
		if a == i {
			continue
		}
		if n, ok := jptext.ParseNumber(strings.ReplaceAll(strings.TrimSpace(s[a:i]), " ", "")); ok && n > 0 {
			end := from
			if strings.HasPrefix(s[end:], "分") {
				end += len("分")
			}
			out = append(out, jptext.Count{Value: n, Unit: "先", Span: model.Span{Start: a, End: end}})
		}
	}
}

// populationTotal reports whether the count at a is a whole population the
// affected are part of, not the affected: "37人を含む全生徒609人へ家庭訪問",
// "調査の対象とした全口座数は5,874千口座".
func populationTotal(v *view, a, lo int) bool {
	back := v.s[runesBack(v.s, a, 14, lo):a]
	if contains(back, "を含む全") {
		return true
	}
	return contains(back, "全") && containsAny(v.s[clauseStart(v.s, a, lo):a], scopeWords)
}

// scopeWords name what an investigation covered.
var scopeWords = []string{"調査の対象", "調査対象", "点検の対象", "点検対象", "確認の対象", "確認対象"}
