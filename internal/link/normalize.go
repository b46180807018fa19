package link

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// legalForms are dropped from organization names, longest first so that
// 医療法人社団 goes before 医療法人. They are written after NFKC folding.
var legalForms = []string{
	"特定非営利活動法人", "地方独立行政法人", "国立研究開発法人", "独立行政法人",
	"国立大学法人", "公立大学法人", "大学共同利用機関法人", "一般社団法人", "一般財団法人",
	"公益社団法人", "公益財団法人", "社会医療法人", "医療法人社団", "医療法人財団",
	"社会福祉法人", "学校法人", "医療法人", "宗教法人", "株式会社", "有限会社", "合同会社",
	"合資会社", "合名会社", "NPO法人", "(株)", "(有)", "(同)", "(医)", "(学)", "(財)", "(社)",
}

// fold applies NFKC, lower-cases Latin letters and removes all white space,
// so that width, case and spacing variants compare equal.
func fold(s string) string {
	// White space goes before NFKC too, so that a line break inside a
	// half-width kana and its voicing mark (ﾌ ﾞ) does not keep them apart.
	s = norm.NFKC.String(dropSpace(s))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// dropSpace removes white space.
func dropSpace(s string) string {
	if !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// NormalizeOrg folds an organization name for comparison: NFKC width and
// case folding, spaces removed, legal forms (株式会社, (株), ㈱, 独立行政法人,
// 国立大学法人 …) dropped and a trailing parenthesized abbreviation removed.
// エーザイ株式会社 and エーザイ give the same result, as do
// 株式会社 JR 西日本ヴィアイン and JR西日本ヴィアイン.
func NormalizeOrg(name string) string {
	s := dropSpace(norm.NFKC.String(dropSpace(strings.ToValidUTF8(name, "\uFFFD"))))
	for _, f := range legalForms {
		s = strings.ReplaceAll(s, f, "")
	}
	// A trailing (JMETS) or (本社) is an abbreviation or a note, not the name.
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, "("); i > 0 {
			s = s[:i]
		}
	}
	s = strings.Trim(s, "・-_.,、。:;")
	return s
}

// prefectures lists the 47 prefecture names, used to drop a place prefix
// before a municipality (千葉県南房総市 → 南房総市).
var prefectures = []string{
	"北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
	"群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
	"山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
	"兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
	"香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
	"鹿児島県", "沖縄県",
}

// orgKey is the matching form of a normalized organization: lower case, a
// leading prefecture dropped when what follows names a municipality of its
// own (岩手県大槌町 → 大槌町, but 岩手県警 and 東京都 stay as they are).
func orgKey(normalized string) string {
	normalized = strings.ToLower(normalized)
	for _, p := range prefectures {
		rest, ok := strings.CutPrefix(normalized, p)
		if !ok || utf8.RuneCountInString(rest) < 2 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if r == '警' || r == '立' || r == '庁' || r == '議' {
			continue // 東京都立…, 千葉県警, 千葉県庁 belong to the prefecture itself
		}
		// Only municipalities (…市, …町, …村, …区 followed by anything) lose
		// the prefecture.
		if i := strings.IndexAny(rest, "市町村区"); i > 0 {
			return rest
		}
	}
	return normalized
}

// orgShortSuffix lists the endings that make a short name a whole public body
// (2 runes such as 某市 are enough to be a prefix match).
const orgShortSuffix = "市町村区県都府道庁省"

// orgRelated reports whether two matching keys name the same organization or
// one a part of the other: equal, or the shorter a prefix of the longer
// (南房総市 / 南房総市教育委員会, 秋田大学 / 秋田大学医学部附属病院).
func orgRelated(a, b string) (related, equal bool) {
	if a == "" || b == "" {
		return false, false
	}
	if a == b {
		return true, true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if !strings.HasPrefix(b, a) {
		return false, false
	}
	return prefixOK(a), false
}

// prefixOK reports whether a name is long or specific enough to stand as a
// prefix of another organization's name.
func prefixOK(a string) bool {
	n := utf8.RuneCountInString(a)
	if n >= 3 {
		return true
	}
	if n == 2 {
		r, _ := utf8.DecodeLastRuneInString(a)
		return strings.ContainsRune(orgShortSuffix, r)
	}
	return false
}
