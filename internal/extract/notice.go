package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

// This file decides whether a report is a notice of an incident of its own
// organization or only talks about threats: an advisory ("…にご注意くださ
// い"), a column on trends, news of incidents elsewhere ("報道されており
// ます", "国内の複数の企業で", "IPAによると"), product news, a seminar or a
// policy page. An incident notice reports something that happened to the
// organization itself: its systems, its data, its staff, or its name being
// impersonated (弊社を装ったメール).

// generalAdvisory reports whether a report only talks about threats in
// general or about incidents elsewhere: it is framed so (incident words told
// as happening elsewhere or in general, or a title of advice, a policy, a
// seminar, product news), no sentence tells an event of its own (a past
// event not framed as elsewhere, or framed so but with the organization as
// its subject: "…相次いでおりますが、当院のシステムが…感染し"), nobody
// impersonates the organization itself, and the issuer does not apologize.
func generalAdvisory(v *view, title titleFind) bool {
	if v.has("apology") {
		return false
	}
	// Product news (新製品を発表, 2010年版を発売) mentions bugs and
	// findings in passing: they are no incident of the issuer's.
	products := releaseNews(v)
	general := products
	var named []fake     // whom fakes pretend to be, when that is a name
	var quiet []span     // parts that tell no event
	last := span{-1, -1} // the part of a sentence judged last
	for _, h := range v.hits {
		if h.kind != kType && h.kind != kLeak && h.kind != kDisc {
			continue
		}
		c := &cueList[h.id]
		if products && (c.kind == kDisc || c.code == "system_failure") {
			continue
		}
		pretend := c.kind == kType && c.code == "phishing" && weakPhish[c.pat]
		if !pretend && h.start >= last.start && h.end <= last.end {
			continue // the part was judged
		}
		si := v.sentenceIndex(h.start)
		if si < 0 {
			continue
		}
		if pretend {
			who, t := pretendedWho(v, h.start, v.sents[si].start)
			if who == whoSelf {
				return false // the organization's own name is abused
			}
			if t != "" {
				named = append(named, fakeOf(v, t, si))
			}
			if who == whoGeneric {
				general = true
				continue
			}
		}
		p := sentencePart(v.s, logicalSentence(v, si), h.start)
		last = p
		t := v.s[p.start:p.end]
		if strings.HasPrefix(t, "「") && strings.HasSuffix(t, "」") {
			continue // words quoted whole: a sample of the fake mails, a title
		}
		event := pastEvent(t) && !containsAny(t, hypotheticalMarks) && !futureRisk(v.s[h.end:p.end])
		if !event {
			if !general && len(quiet) < 16 {
				quiet = append(quiet, p) // read for framing only if nothing of its own is told
			}
			continue
		}
		elsewhere := framedElsewhere(t)
		general = general || elsewhere
		if !elsewhere || containsAny(t, selfWords) {
			return false // an event of its own
		}
	}
	for _, p := range quiet {
		if general {
			break
		}
		t := v.s[p.start:p.end]
		general = framedElsewhere(t) || containsAny(t, trendMarks)
	}
	if !general && !titledGeneral(v) {
		return false
	}
	// Found only now, as it costs: a fake that names the organization itself
	// makes the notice its own.
	return len(named) == 0 || !namedSelf(v, title, named)
}

// signedBy reports whether a name fakes pretend to be is written in a line
// of its own at the head or the foot of the report (the issuer's line:
// "ゆうばえ市 広報課", "株式会社みなせ銀行"), where no organization was
// found otherwise.
func signedBy(v *view, named []fake) bool {
	lines := v.nonEmptyLines(4)
	for k, n := len(v.lines)-1, 0; k >= 0 && n < 2; k-- {
		if ln := v.lines[k]; ln.end > ln.start {
			lines = append(lines[:len(lines):len(lines)], ln)
			n++
		}
	}
	for _, f := range named {
		head := pretendedHead(f.who)
		if utf8.RuneCountInString(head) < 2 || containsAny(head, genericPretended) {
			continue
		}
		for _, ln := range lines {
			lt := v.text(ln)
			if strings.Contains(lt, head) && !containsAny(lt, pretendWords) && !strings.Contains(lt, "。") && atMostRunes(lt, 30) {
				return true
			}
		}
	}
	return false
}

// atMostRunes reports whether t holds n runes or fewer.
func atMostRunes(t string, n int) bool { return !atLeastRunes(t, n+1) }

// pretendedHead is the name at the head of the words before a
// "pretending" cue: "ゆうばえ市" of "ゆうばえ市からのメール".
func pretendedHead(t string) string {
	for _, stop := range []string{"の", "から", "を", "が", "職員", "社員", "担当"} {
		if k := strings.Index(t, stop); k >= 0 {
			t = t[:k]
		}
	}
	return t
}

var _ = registerWordSets(elsewhereMarks, adviceSources, selfWords, hypotheticalMarks, pastForms, titleGeneralWords, genericPretended,
	newsFindings, releaseWords, pretendWords, infectedThings, citeWords, trendMarks, messageWords,
	othersWords)

// elsewhereMarks frame an incident as happening elsewhere or in general:
// news reports, other organizations, generic subjects. An event told with
// them is no event of the organization's own.
var elsewhereMarks = []string{"報道されて", "報道されてい", "報道等", "報道など", "報道のとおり", "報道の通り", "ニュース等", "ニュースなど",
	"報じられ", "一部報道", "全国で", "全国的", "全国各地", "国内外で", "世界中", "世界各国", "世界的", "世界規模", "各国で", "各地で",
	"国内の複数", "国内の企業", "国内でも", "日本国内で", "日本でも", "複数の企業", "複数の事業者", "複数の組織", "複数の団体",
	"複数のサービス", "多くの企業", "多くの組織", "多くの団体", "多くのサービス", "多くのインターネットサービス", "各社", "他社でも",
	"他の自治体", "他自治体", "他団体", "ある大手", "ある企業", "あるベンダー", "あるメーカー", "某社", "報告されてい", "報告されてお",
	"報告が寄せられ", "ケースが", "ケースも", "事例が", "事例も", "事例を", "事例]", "事例】", "事例>", "事例:", "被害事例",
	"企業事例", "被害企業", "被害者は", "攻撃者は", "攻撃者が", "アンケート", "と回答", "日本では", "一般的に", "多くの場合",
	"などが受け", "とは、"}

// trendMarks tell a trend ("被害が相次いでいます", "近年増加している…").
// They frame a report as an advisory, but an event told with them may be
// the organization's own ("近年増加している攻撃を受け、システムが停止し
// ました").
var trendMarks = []string{"相次い", "相次ぐ", "相次ぎ", "多発して", "頻発", "急増", "増加して", "増加傾向", "増えて", "流行して",
	"猛威", "後を絶", "出回って", "横行", "蔓延", "拡大してい", "拡大してお", "感染拡大", "目立", "過去最多", "近年", "昨今", "最近では"}

// newsFindings are the news forms of a finding ("…が使えなくなっていた
// ことが20日、分かった") and the verbs of an infection or an outage, events
// where the usual notice forms (判明, 確認され, 発生し) are missing.
var newsFindings = []string{"分かった", "わかった", "判った", "明らかになった", "判明した", "感染しました", "感染した。", "感染したこと",
	"感染していた", "感染し、", "停止しました", "停止した。", "停止したこと", "使えなくなった", "使用できなくなった", "利用できなくなった",
	"暗号化されました", "暗号化された。", "暗号化されたこと", "暗号化され、"}

// unmarkedEvent reports whether a report tells an event the usual marks
// (判明, 確認され, 発生し…) miss: a finding in news form, an infection or an
// outage, or fakes pretending to be the organization itself ("本学教職員を
// 装った迷惑メールへの問い合わせが寄せられております"). Read only where no
// usual mark was found.
func unmarkedEvent(v *view, title titleFind) bool {
	if containsAny(v.s, newsFindings) {
		return true
	}
	if headlineOnly(v) {
		return true // "ひばり市 職員がUSBメモリ紛失 2024年6月5日": a digest's headline tells an event by its noun
	}
	var named []fake
	for _, h := range v.hits {
		if c := &cueList[h.id]; h.kind == kType && c.code == "phishing" && weakPhish[c.pat] {
			if si := v.sentenceIndex(h.start); si >= 0 {
				who, t := pretendedWho(v, h.start, v.sents[si].start)
				if who == whoSelf {
					return true
				}
				if t != "" {
					named = append(named, fakeOf(v, t, si))
				}
			}
		}
	}
	return len(named) > 0 && namedSelf(v, title, named)
}

// namedSelf reports whether one of the names fakes pretend to be is the
// organization's own: its name as found, or, where none was found, a name
// in its head or foot line.
func namedSelf(v *view, title titleFind, named []fake) bool {
	if o, ok := findOrg(v, title); ok && nameLike(o.name) {
		org := strings.ReplaceAll(jptext.FoldString(o.name), " ", "")
		for _, f := range named {
			if namesOrg(f, org) {
				return true
			}
		}
		return false
	}
	return signedBy(v, named)
}

// adviceSources are the bodies whose figures and warnings an advisory cites.
var adviceSources = []string{"IPA", "情報処理推進機構", "JPCERT", "警察庁", "NISC", "内閣サイバー", "フィッシング対策協議会",
	"国民生活センター", "消費者庁", "総務省", "経済産業省", "セキュリティベンダー", "セキュリティ会社", "セキュリティー会社"}

// citeWords cite a source's figures or warnings.
var citeWords = []string{"によると", "によれば", "の発表", "注意喚起", "発表し", "公表し", "まとめ", "調査"}

// citesSource reports whether a sentence part cites an advisory body's
// figures or warnings ("IPAによると", "JPCERT/CCも注意喚起を行って",
// "警察庁は…と発表した").
func citesSource(t string) bool {
	return containsAny(t, adviceSources) && containsAny(t, citeWords)
}

// framedElsewhere reports whether a sentence part frames what it tells as
// happening elsewhere or in general.
func framedElsewhere(t string) bool { return containsAny(t, elsewhereMarks) || citesSource(t) }

// selfWords are the words an issuer or a news item uses for the
// organization the report is about.
var selfWords = []string{"弊社", "当社", "弊行", "当行", "本行", "当院", "本院", "弊院", "本学", "当学", "本市", "当市", "本町", "当町",
	"本村", "当村", "本県", "当県", "本区", "当区", "当法人", "本法人", "当協会", "本協会", "当組合", "本組合", "弊組合", "当機構",
	"本機構", "当センター", "本センター", "当財団", "弊財団", "当会", "本会", "弊会", "本校", "当校", "当庁", "当省", "当館", "当店",
	"弊店", "当サイト", "当ショップ", "弊ショップ", "当グループ", "弊グループ", "同社", "同市", "同町", "同村", "同県", "同区", "同院",
	"同病院", "同大", "同校", "同行", "同協会", "同法人", "同組合", "同機構", "同センター", "同財団"}

// hypotheticalMarks make a sentence part a condition, advice or a risk
// rather than an event told.
var hypotheticalMarks = []string{"場合は", "場合に", "場合、", "すると", "されると", "開くと", "たら", "万が一", "万一", "ないよう",
	"ください", "ましょう", "危険があ", "危険性があ", "おそれがあります", "恐れがあります", "おそれがある", "恐れがある",
	"手法です", "手口です", "のことです", "ことをいいます", "ことを言います", "と呼ばれ"}

// pastForms tell an event: a past or perfect verb ending a clause or
// quoted by the news (…したと発表, …されたという), a finding, a state the
// report is in; not a past verb in a relative clause (流出したID,
// 感染したときの).
var pastForms = func() []string {
	out := []string{"ました", "でした", "判明", "発覚", "事実で", "状態となって", "状態になって", "状態にあ", "状態だった", "ていた",
		"したところ", "されたところ",
		// What the issuer has been told or has found, in humble forms:
		// "…というご報告をいただいております".
		"いただいており", "いただいてお", "を受けており", "を受けてお", "確認しており", "確認いたしており", "把握しており",
		"把握いたしており"}
	for _, stem := range []string{"した", "れた", "けた", "った", "いた"} {
		for _, end := range []string{"。", "、", "と発表", "と公表", "と明らか", "という", "として", "とみ", "と見", "と報告", "と説明",
			"と認め", "と話", "ことを確認", "ことが確認", "ことがわか", "ことが分か", "ことが明らか", "ことが判", "ことが発",
			"ことを受け", "ことから", "もの", "ため", "が", "可能性が", "可能性も", "おそれが", "おそれも", "恐れが", "恐れも", "疑いが",
			"疑いも"} {
			out = append(out, stem+end)
		}
	}
	return out
}()

// pastEvent reports whether a sentence part tells an event. A part cut at
// an adversative が ends in its verb: "…問題を起こした" is past.
func pastEvent(t string) bool {
	if containsAny(t, pastForms) {
		return true
	}
	return hasSuffixAny(t, []string{"した", "れた", "けた", "った", "いた"})
}

// logicalSentence returns sentence si joined with the lines it was broken
// across: short lines of a notice cut in mid-sentence ("…報道されておりま
// すが世界各国で\n被害が確認されております…"), not across a blank line, a
// bullet or a sentence end.
func logicalSentence(v *view, si int) span {
	sp := v.sents[si]
	for k := si - 1; k >= 0 && k > si-4 && runOn(v, v.sents[k], sp); k-- {
		sp.start = v.sents[k].start
	}
	for k := si + 1; k < len(v.sents) && k < si+4 && runOn(v, sp, v.sents[k]); k++ {
		sp.end = v.sents[k].end
	}
	return sp
}

// runOn reports whether sentence b continues sentence a on the next line:
// a is a line of some length (not a heading) that ends in no punctuation.
func runOn(v *view, a, b span) bool {
	if b.start-a.end != 1 || v.s[a.end] != '\n' || !atLeastRunes(v.s[a.start:a.end], 16) ||
		startsItem(v.s[b.start:b.end]) || strings.HasPrefix(v.s[b.start:b.end], "「") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(v.s[a.start:a.end])
	return !strings.ContainsRune("。!?」)】:", r)
}

// sentencePart returns the part of a sentence holding position i: the
// sentence is cut after an adversative が that follows a verb or a copula
// ("…が相次いでおりますが、当院の…", "…を起こしたが、新製品では…"), not
// after a subject ("被害が、国内の…").
func sentencePart(s string, sent span, i int) span {
	p := sent
	for from := sent.start; from < sent.end; {
		j := strings.Index(s[from:sent.end], "が、")
		if j < 0 {
			break
		}
		j += from
		from = j + len("が、")
		r, _ := utf8.DecodeLastRuneInString(s[sent.start:j])
		if !strings.ContainsRune("するたいだ", r) {
			continue
		}
		if j < i {
			p.start = from
		} else {
			p.end = j
			break
		}
	}
	return p
}

// titleGeneralWords in a title make a report advice, a policy, a seminar
// or news of a trend.
var titleGeneralWords = []string{"ご注意", "注意喚起", "注意報", "ご用心", "に注意", "注意!", "注意を", "とは", "よくある質問", "Q&A", "気をつけ", "気を付け", "注意してください", "方針", "ポリシー",
	"セミナー", "講演", "研修", "開催", "新製品", "発売", "提供開始", "コラム", "動向", "傾向", "各社", "相次", "急増", "多発", "増加",
	"最多", "まとめ"}

// releaseWords announce products.
var releaseWords = []string{"新製品", "新商品", "発売", "販売を開始", "販売開始", "提供を開始", "提供開始", "出荷を開始", "出荷開始",
	"年版を", "新版を", "新バージョンを", "リリースし", "リリースを"}

// releaseNews reports whether a report's title or lead announces products
// (the first two non-blank lines).
func releaseNews(v *view) bool {
	for _, ln := range v.nonEmptyLines(2) {
		if containsAny(v.text(ln), releaseWords) {
			return true
		}
	}
	return false
}

// titledGeneral reports whether the first line of a report is a title of
// advice, a policy, a seminar or a trend.
func titledGeneral(v *view) bool {
	ls := v.nonEmptyLines(1)
	return len(ls) > 0 && containsAny(v.text(ls[0]), titleGeneralWords)
}

// Whom a fake mail pretends to be.
const (
	whoUnknown = iota // a name: decided by the sentence
	whoSelf           // the organization itself (弊社を装った, 本市職員を名乗る)
	whoGeneric        // someone else in general (宅配業者を装った, 実在の企業を騙る)
)

// genericPretended name whom fake mails in general pretend to be.
var genericPretended = []string{"宅配", "配送業者", "運送会社", "金融機関", "カード会社", "クレジットカード会社", "通販サイト", "ECサイト",
	"実在", "取引先", "官公庁", "公的機関", "有名", "大手", "企業", "会社", "組織", "携帯電話", "通信事業者", "事業者", "知人", "家族",
	"上司", "同僚", "関係者", "人物", "サービス", "ブランド", "セキュリティソフト", "マイクロソフト", "Microsoft", "Amazon", "Apple"}

// pretendedWho reads whom a "…を装った" cue at i says the fake pretends to
// be: the words before it in the same clause (at most 16 runes), returned
// with the verdict. whoUnknown words may still name the organization
// itself (namesOrg): "国土情報庁の名称をかたり" in a notice of 国土情報庁,
// "みなせUFJを名乗る偽メール" in one of みなせUFJ銀行.
func pretendedWho(v *view, i, lo int) (int, string) {
	a := runesBack(v.s, i, 16, lo)
	t := v.s[a:i]
	if k := strings.LastIndexAny(t, "、。「」()\n"); k >= 0 {
		_, size := utf8.DecodeRuneInString(t[k:])
		t = t[k+size:]
	}
	switch {
	case t == "":
		return whoUnknown, t
	case containsAny(t, selfWords):
		return whoSelf, t
	case containsAny(t, genericPretended) && !containsAny(t, legalForms):
		return whoGeneric, t
	}
	return whoUnknown, t
}

// nameLike reports whether an organization found is a name: it has a
// legal form or ends like the name of an organization (not a stray word
// such as メール).
func nameLike(org string) bool {
	return goodOrg(org) && (hasSuffixAny(org, orgSuffixes) || containsAny(org, []string{"株式会社", "有限会社", "合同会社", "法人"}))
}

// fake is whom a fake pretends to be (the words before the cue) and
// whether it is a mail, a message or a site (not a phone call: a fraud
// call posing as city staff is no fake of the city's mail).
type fake struct {
	who     string
	message bool
}

// messageWords name fake mails, messages and sites.
var messageWords = []string{"メール", "SMS", "ショートメッセージ", "メッセージ", "DM", "サイト", "ホームページ", "アカウント", "LINE"}

// fakeOf describes the fake a cue in sentence si tells of.
func fakeOf(v *view, who string, si int) fake {
	return fake{who, containsAny(v.text(logicalSentence(v, si)), messageWords)}
}

// namesOrg reports whether the words before a "pretending" cue name the
// organization: they hold its name without the legal form, or begin with a
// name of two runes or more that the organization's name holds
// ("みなせUFJ" of "みなせUFJ銀行", "ゆうばえ市からのメール" of "ゆうばえ市").
func namesOrg(f fake, org string) bool {
	t := f.who
	core := org
	for _, f := range []string{"株式会社", "有限会社", "合同会社", "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人", "(株)", "(有)"} {
		core = strings.ReplaceAll(core, f, "")
	}
	if utf8.RuneCountInString(core) >= 2 && strings.Contains(t, core) {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(core); f.message && strings.ContainsRune("市町村区県都府道", r) {
		// A municipality's own office or staff without its name:
		// "市役所職員を名乗る", "町の職員を装った".
		k := string(r)
		for _, w := range []string{"役所", "役場", "庁", "職員", "の職員", "からの"} {
			if strings.HasPrefix(t, k+w) {
				return true
			}
		}
	}
	if f.message && containsAny(org, []string{"警察", "県警", "警視庁"}) && strings.Contains(t, "警察") {
		return true // "警察官を名乗る" in a notice of the police
	}
	head := pretendedHead(t)
	return utf8.RuneCountInString(head) >= 2 && !containsAny(head, genericPretended) && strings.Contains(org, head)
}

// spoofedOnly keeps to the facts a warning about fake mails tells: when the
// report is about fakes (phishing), malware and ransomware named only to
// explain what the fakes do ("開封するとEmotetに感染し…", "ウイルスが添付
// されている") are dropped unless an infection of the organization's own is
// told (当社のパソコンが…に感染しました); an intrusion only feared
// ("不正アクセスなどの危険があります") is dropped; spam that is the fakes
// themselves ("当社を装った迷惑メールが送信されている") is dropped unless an
// intrusion or a takeover sent it.
func spoofedOnly(v *view, strong []typeHit) []typeHit {
	var phishing, takeover, site bool
	for _, t := range strong {
		switch t.code {
		case "phishing":
			phishing = true
		case "account_takeover":
			takeover = true
		case "web_skimming", "defacement":
			site = true
		}
	}
	if !phishing {
		return strong
	}
	infected := ownInfection(v)
	intrusion, spam := false, false
	for _, t := range strong {
		p, t0 := hitPart(v, t.at)
		switch t.code {
		case "unauthorized_access":
			intrusion = intrusion || site || toldEvent(v, p, t.at)
		case "spam_relay":
			spam = spam || toldEvent(v, p, t.at) && !containsAny(t0, pretendWords)
		}
	}
	kept := strong[:0]
	for _, t := range strong {
		switch {
		case (t.code == "malware" || t.code == "ransomware") && !infected,
			t.code == "unauthorized_access" && !intrusion,
			t.code == "spam_relay" && !spam && !takeover && !intrusion:
			continue
		}
		kept = append(kept, t)
	}
	return kept
}

// pretendWords say mails pretend to be someone.
var pretendWords = []string{"を装", "を騙", "をかた", "を名乗", "になりすま", "なりすまし", "偽の", "偽メール", "偽装"}

// hitPart returns the part of the logical sentence holding a hit, and its
// text.
func hitPart(v *view, at span) (span, string) {
	si := v.sentenceIndex(at.start)
	if si < 0 {
		return at, v.s[at.start:at.end]
	}
	p := sentencePart(v.s, logicalSentence(v, si), at.start)
	return p, v.s[p.start:p.end]
}

// toldEvent reports whether the part p holding a hit at tells an event, not
// a condition, advice or a risk.
func toldEvent(v *view, p, at span) bool {
	t := v.s[p.start:p.end]
	return pastEvent(t) && !containsAny(t, hypotheticalMarks) && !futureRisk(v.s[at.end:p.end])
}

// infectedThings are what of the organization's own gets infected.
var infectedThings = []string{"パソコン", "PC", "端末", "サーバ", "機器", "システム", "従業員", "社員", "職員", "教職員", "ネットワーク"}

// ownInfection reports whether a report tells an infection of the
// organization's own: 感染 in an event, with a device or staff of its own
// or a self reference, not a condition or a risk.
func ownInfection(v *view) bool {
	for from := 0; ; {
		i := strings.Index(v.s[from:], "感染")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("感染")
		at := span{i, from}
		p, t := hitPart(v, at)
		if strings.HasPrefix(v.s[from:], "させ") || strings.HasPrefix(v.s[from:], "を狙") || !toldEvent(v, p, at) {
			continue
		}
		// Whose infection: the subject before 感染 ("弊社従業員のパソコンが
		// …に感染"), else what follows ("感染したのは当社の端末").
		before := v.s[p.start:i]
		switch {
		case containsAny(before, selfWords):
			return true
		case containsAny(before, othersWords):
			continue
		case containsAny(before, infectedThings), containsAny(t, selfWords) && !containsAny(t, othersWords):
			return true
		}
	}
}

// othersWords name other people's devices or staff: "取引先のパソコンが
// Emotetに感染し、弊社社員を装ったメールが…" is no infection of the
// organization's own.
var othersWords = []string{"取引先", "他社", "社外", "外部の", "第三者の", "関係先", "お客様の", "送信元の", "相手方"}

// headlineOnly reports whether the report is a single headline (a line of
// a digest listing dated headlines), maybe with short category lines
// ("紛失 書類") after it: no sentence, no body.
func headlineOnly(v *view) bool {
	lines := v.nonEmptyLines(4)
	if len(lines) == 0 || len(lines) == 4 || contains(v.s, "。") {
		return false
	}
	first := v.text(lines[0])
	if atLeastRunes(first, 101) || !hasDateAtEnd(first) && !numberedHeadline(first) {
		return false
	}
	for _, ln := range lines[1:] {
		if atLeastRunes(v.text(ln), 13) {
			return false
		}
	}
	return true
}

// numberedHeadline reports whether a line opens as a digest's numbered
// headline ("16■…", "3.■…"), which may have lost its date.
func numberedHeadline(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	rest := strings.TrimLeft(t[i:], ". ")
	return hasPrefixAny(rest, []string{"■", "□", "●", "◆"})
}

// hasDateAtEnd reports whether a line ends with a date (2024年6月5日,
// 2024/6/5).
func hasDateAtEnd(t string) bool {
	t = strings.TrimRight(t, ")） ")
	if !strings.HasSuffix(t, "日") && (t == "" || t[len(t)-1] < '0' || t[len(t)-1] > '9') {
		return false
	}
	tail := t[runesBack(t, len(t), 12, 0):]
	return contains(tail, "年") && contains(tail, "月") || strings.Count(tail, "/") == 2
}

// digestHeader reports whether the report is only the head of a digest:
// its title ("個人情報漏えい事件簿 :原因別 2017年7月") and category lines,
// no sentence.
func digestHeader(v *view) bool {
	lines := v.nonEmptyLines(6)
	if len(lines) == 0 || len(lines) > 5 || contains(v.s, "。") || !containsAny(v.text(lines[0]), digestTitles) {
		return false
	}
	for _, ln := range lines {
		if atLeastRunes(v.text(ln), 41) {
			return false
		}
	}
	return true
}

// digestTitles name a compilation of incidents.
var digestTitles = []string{"事件簿", "一覧", "まとめ", "ダイジェスト", "事故事例"}

// countTable reports whether the report is a table of counts (a digest's
// statistics by cause: "紛失 31 9 40"), no account of an incident: no
// sentence, and most lines short rows holding figures.
func countTable(v *view) bool {
	if contains(v.s, "。") {
		return false
	}
	rows, all := 0, 0
	for _, ln := range v.lines {
		t := v.text(ln)
		if t == "" {
			continue
		}
		all++
		if !atLeastRunes(t, 26) && strings.ContainsAny(t, "0123456789") {
			rows++
		}
	}
	return all >= 5 && rows*5 >= all*3
}
