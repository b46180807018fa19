package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// incidentVocabulary lists words that, in Japanese disclosures, say that
// something went wrong with security or personal data. A text with none of
// them is very unlikely to be an incident notice.
var incidentVocabulary = []string{
	"不正", "漏えい", "漏洩", "流出", "漏れ", "個人情報", "誤送信", "誤送付", "誤配信",
	"誤発送", "誤登録", "誤付与", "誤交付", "誤表示", "攻撃", "ウイルス", "ウィルス",
	"マルウェア", "ランサム", "被害", "紛失", "盗難", "詐欺", "フィッシング", "障害",
	"不具合", "乗っ取", "なりすまし", "成りすまし", "改ざん", "脆弱性", "感染", "閲覧可能",
	"懲戒", "サイバー", "迷惑メール", "不審", "お詫び", "おわび", "インシデント", "偽",
	"騙", "かたる", "装った", "事案", "セキュリティ", "誤って", "誤公開", "誤掲載",
	"誤廃棄", "閲覧できる状態", "侵入", "暗号化", "身代金",
}

// hasIncidentVocabulary reports whether s contains any incident word.
func hasIncidentVocabulary(s string) bool {
	for _, w := range incidentVocabulary {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// noticeVocabulary lists words of the notice genre itself (apology,
// customers, measures). An unrelated article pasted into a compilation uses
// none of them; a section of a real notice nearly always does.
var noticeVocabulary = []string{
	"お客様", "お客さま", "皆様", "皆さま", "ご迷惑", "ご心配", "ご不便", "再発防止", "対策",
	"調査", "公表", "お問い合わせ", "お問合せ", "処分", "職員", "従業員", "社員", "委託",
	"対応", "判明", "確認いたし", "申し上げ",
}

// hasNoticeVocabulary reports whether s uses the notice genre's words or
// an issuer's self-reference.
func hasNoticeVocabulary(s string) bool {
	for _, w := range noticeVocabulary {
		if strings.Contains(s, w) {
			return true
		}
	}
	return hasSelfReference(s)
}

// politeEndings end the sentences of notices (です・ます調); news digests
// write in plain form (した。という。).
var politeEndings = []string{"ます。", "ました。", "ません。", "ございます。", "ください。", "でした。", "です。", "ませんでした。"}

// politeShare returns the share of sentences in polite form among the
// sentences of the given lines, and the sentence count.
func politeShare(ls []line) (float64, int) {
	n, polite := 0, 0
	for _, l := range ls {
		if l.blank {
			continue
		}
		for _, sent := range strings.SplitAfter(l.text, "。") {
			if !strings.HasSuffix(sent, "。") {
				continue
			}
			n++
			for _, e := range politeEndings {
				if strings.HasSuffix(sent, e) {
					polite++
					break
				}
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(polite) / float64(n), n
}

// selfReferences are the words an issuer uses for itself; a line holding
// one belongs inside a notice rather than heading a digest item.
var selfReferences = []string{
	"弊社", "当社", "本社", "弊行", "当行", "本行", "当院", "本院", "本学", "当学",
	"当機構", "本機構", "当法人", "当協会", "当組合", "本市", "当市", "本県", "当県",
	"当町", "本町", "当村", "当局", "本局", "当センター", "弊団体", "当団体", "当館",
	"当サイト", "当店", "弊店",
}

func hasSelfReference(s string) bool {
	for _, w := range selfReferences {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var (
	// casebookRe matches a headline carrying a casebook number such as
	// 【セキュリティ事件簿#2024-521】 or [事故簿 #2023-17].
	casebookRe = regexp.MustCompile(`^([【\[［〔(（]?)([^【\[［〔(（】\]］〕)）#＃。:：\n]{0,40}?)[#＃]\s*([0-9０-９]{4})\s*[-‐‑–—―－ー]\s*([0-9０-９]{1,6})\s*([】\]］〕)）]?)`)

	// urlLineRe matches a line that is only a URL.
	urlLineRe = regexp.MustCompile(`^(?:https?|ｈｔｔｐｓ?)://\S+$`)

	// domainSourceRe matches a line ending with a site's domain in
	// parentheses, the way browsers copy a link: "title – Org (example.jp)".
	domainSourceRe = regexp.MustCompile(`(?i)[(（]\s*(?:[a-z0-9-]+\.)+[a-z]{2,}\s*[)）]$`)

	// citeStartRe matches a line that is a citation: 引用, 出典: …, 参照元 URL.
	citeStartRe = regexp.MustCompile(`^(?:引用元?|出典|出所|参照元|参考|ソース|情報元|via|source|Source)(?:\s*[:：]|\s+https?://|\s*$)`)

	// citeEndRe matches a citation URL at the end of a pasted paragraph.
	citeEndRe = regexp.MustCompile(`(?:引用元?|出典|出所|参照元|ソース)\s*[:：]?\s*https?://\S+$`)

	// enumeratorRe matches section numbering and list markers.
	enumeratorRe = regexp.MustCompile(`^(?:[0-9０-９]{1,2}\s*[.．、)）:：]|[0-9０-９]{1,2}\s|[(（][0-9０-９a-zA-Zア-ンｱ-ﾝ一二三四五六七八九十]{1,2}[)）]|[0-9０-９]{1,2}[)）]|第[0-9０-９一二三四五六七八九十]+[章節条項部回報]|[①-⑳⑴-⒇]|[■□◆◇●○〇◎▼▽▲△★☆・※＊*•◦‣\-－―ー>＞<＜【\[［〔]|[QＱAＡ][0-9０-９]|Q[.．:：]|A[.．:：])`)

	// dateOnlyRe matches a line that is just a date (and perhaps a time).
	dateOnlyRe = regexp.MustCompile(`^[(（]?(?:(?:令\s*和|平\s*成)\s*[0-9０-９元\s]+\s*年|[0-9０-９]{4}\s*[年/.\-])?\s*[0-9０-９]{1,2}\s*(?:[月/.\-]\s*[0-9０-９]{1,2}\s*日?|月)[^。]{0,20}$`)

	// datedHeadlineRe matches a news list entry: a date, then a title.
	datedHeadlineRe = regexp.MustCompile(`^(?:[0-9０-９]{4}\s*[年/.\-]\s*[0-9０-９]{1,2}\s*[月/.\-]\s*[0-9０-９]{1,2}\s*日?)\s*(?:[(（][^)）]{1,3}[)）])?[\s:：|｜]+(.{6,})$`)
)

// legalForms are the corporate and public-body prefixes and suffixes that
// mark an organisation's name.
var legalForms = []string{
	"株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "独立行政法人",
	"国立研究開発法人", "国立大学法人", "公立大学法人", "学校法人", "社会福祉法人",
	"医療法人", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人",
	"特定非営利活動法人", "NPO法人", "(株)", "(有)", "（株）", "（有）", "㈱", "㈲",
	"地方独立行政法人", "協同組合",
}

// orgSuffixes end the names of public bodies and institutions.
var orgSuffixes = []string{
	"都", "道", "府", "県", "市", "区", "町", "村", "省", "庁", "局", "課", "室", "部",
	"委員会", "機構", "協会", "組合", "連合会", "広域連合", "大学", "学校", "学園",
	"病院", "センター", "銀行", "信用金庫", "信金", "研究所", "財団", "社", "警察",
	"県警", "事務所", "法人", "会議所", "グループ", "ホールディングス", "本部",
}

// isOrgLine reports whether a line looks like an organisation's name on its
// own: short, without sentence punctuation, with a legal form or the suffix
// of a public body or institution.
func isOrgLine(l line) bool {
	if l.blank || l.runes < 2 || l.runes > 36 || strings.ContainsAny(l.text, "。、,:：「」【】!?！？") {
		return false
	}
	// A title that merely names the organisation is no name line.
	if hasTitleEnding(l.text) {
		return false
	}
	for _, w := range []string{"について", "に関する", "における", "による", "を"} {
		if strings.Contains(l.text, w) {
			return false
		}
	}
	for _, f := range legalForms {
		if strings.Contains(l.text, f) {
			return true
		}
	}
	t := strings.TrimRight(l.text, " 　")
	for _, s := range orgSuffixes {
		if strings.HasSuffix(t, s) && t != s {
			return true
		}
	}
	return false
}

// titleEndings are the usual last words of a notice's or article's title.
var titleEndings = []string{
	"について", "お知らせ", "お詫び", "おわび", "ご報告", "報告", "被害", "発生", "注意喚起",
	"ご注意ください", "ご注意", "流出", "漏えい", "漏洩", "判明", "感染", "不具合", "障害",
	"公表", "発表", "事案", "件", "メール", "攻撃", "アクセス", "ログイン", "誤送信", "紛失",
	"盗難", "改ざん", "閲覧状態に", "状態に", "可能性", "(第2報)", "(続報)", "(最終報)",
	"（第2報）", "（続報）", "について(お詫び)",
}

// hasTitleEnding reports whether s ends the way titles do.
func hasTitleEnding(s string) bool {
	s = strings.TrimRight(s, " 　)）】]")
	for _, e := range titleEndings {
		if strings.HasSuffix(s, strings.TrimRight(e, ")）")) {
			return true
		}
	}
	return false
}

// isTitleLike reports whether a line could be a headline: short, one
// phrase, no sentence end.
func isTitleLike(l line) bool {
	if l.blank || l.runes < 4 || l.runes > 80 {
		return false
	}
	if strings.Contains(l.text, "。") || urlLineRe.MatchString(l.text) {
		return false
	}
	if strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, "：") {
		return false
	}
	return true
}

// isParagraph reports whether a line is running text.
func isParagraph(l line) bool {
	return l.runes >= 30 && strings.Contains(l.text, "。")
}

// isEnumerated reports whether a line starts with a section number or a
// list marker.
func isEnumerated(s string) bool { return enumeratorRe.MatchString(s) }

// isURLLine reports whether a line is a bare URL.
func isURLLine(l line) bool { return !l.blank && urlLineRe.MatchString(l.text) }

// isCiteLabel reports whether a line is only a citation label (引用, 出典)
// whose URL follows on the next line.
func isCiteLabel(l line) bool {
	t := strings.TrimRight(l.text, ":： ")
	switch t {
	case "引用", "引用元", "出典", "出所", "参照元", "ソース", "情報元", "Source", "source":
		return true
	}
	return false
}

// isSourceLine reports whether a line names where a pasted text came from:
// a copied link title with its domain, a "title | outlet | section" line or
// a citation.
func isSourceLine(l line) bool {
	if l.blank {
		return false
	}
	t := l.text
	if domainSourceRe.MatchString(t) || citeEndRe.MatchString(t) {
		return true
	}
	if citeStartRe.MatchString(t) && !isCiteLabel(l) {
		return true
	}
	if !strings.Contains(t, "。") && l.runes <= 120 {
		if strings.Count(t, " | ")+strings.Count(t, "｜") >= 2 {
			return true
		}
	}
	return isPipeSource(l)
}

// isTableRow reports whether line i is a row of a table written with
// pipes: it has one and so does a neighbouring line ("日時 | 内容" rows of a
// timeline, "件数 | 対象者数" rows of a summary). Rows are no source lines
// of pasted articles, however many cells they have.
func isTableRow(ls []line, i int) bool {
	piped := func(k int) bool {
		return k >= 0 && k < len(ls) && !ls[k].blank && (strings.Contains(ls[k].text, " | ") || strings.Contains(ls[k].text, "｜"))
	}
	if !piped(i) {
		return false
	}
	return piped(i-1) || piped(i+1)
}

// sectionWords name the parts of one notice (経緯, 原因, 対応…). A
// numbered or bracketed heading made of them structures a notice; it opens
// no new report.
var sectionWords = []string{"発生日時", "発生日", "判明日", "概要", "経緯", "経過", "原因", "対応", "対策", "再発防止", "今後", "被害",
	"状況", "内容", "対象", "問い合わせ", "問合せ", "お問合せ", "連絡先", "詳細", "影響", "お願い", "お詫び", "おわび"}

// isSectionHeading reports whether a line is a short numbered or bracketed
// heading of a notice's own sections ("1 発生日時", "(2)事案の概要",
// "【今後の対応】").
func isSectionHeading(l line) bool {
	if l.blank || l.runes > 24 || !isEnumerated(l.text) {
		return false
	}
	for _, w := range sectionWords {
		if strings.Contains(l.text, w) {
			return true
		}
	}
	return false
}

// isPipeSource reports whether a line is "title | outlet": a copied page
// title with a short site name after a single bar.
func isPipeSource(l line) bool {
	t := l.text
	if l.blank || strings.Contains(t, "。") || l.runes > 120 {
		return false
	}
	i := strings.LastIndex(t, " | ")
	if i < 0 || strings.Count(t, " | ") != 1 {
		return false
	}
	site := strings.TrimSpace(t[i+len(" | "):])
	n := utf8.RuneCountInString(site)
	return n >= 2 && n <= 20 && utf8.RuneCountInString(t[:i]) >= 8 && !strings.ContainsAny(site, "、。")
}

// casebookHeader parses a casebook headline, returning the normalised
// number (2024-521) and the title that follows it.
func casebookHeader(l line) (id, title string, ok bool) {
	if l.blank || !strings.ContainsAny(l.text, "#＃") {
		return "", "", false
	}
	m := casebookRe.FindStringSubmatchIndex(l.text)
	if m == nil {
		return "", "", false
	}
	open, closed := m[3] > m[2], m[11] > m[10]
	if open && !closed {
		return "", "", false
	}
	if !closed {
		// Without brackets the number must stand alone (#2024-12 title),
		// not run into a word like a hashtag (#2024-0301キャンペーン).
		if r, _ := utf8.DecodeRuneInString(l.text[m[9]:]); m[9] < len(l.text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return "", "", false
		}
	}
	id = foldDigits(l.text[m[6]:m[7]]) + "-" + foldDigits(l.text[m[8]:m[9]])
	title = trimSpace(l.text[m[1]:])
	if title == "" {
		title = l.text
	}
	return id, title, true
}

// foldDigits turns full-width digits into ASCII.
func foldDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '０' && r <= '９' {
			r = r - '０' + '0'
		}
		b.WriteRune(r)
	}
	return b.String()
}
