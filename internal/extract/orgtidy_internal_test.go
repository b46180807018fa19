package extract

import "testing"

// TestOrgTidyCuts checks each cleaning step of tidyOrg on candidate names
// (fictional): what is cut in front, what is cut at the end, and what is no
// name at all.
func TestOrgTidyCuts(t *testing.T) {
	front := []struct {
		name string
		cut  func(string) int
		in   string
		want string // what remains after the cut
	}{
		{"dateline tag", leadTagLen, "【北浜】北浜市", "北浜市"},
		{"tag with a space", leadTagLen, "《南浜》 南浜県", "南浜県"},
		{"a tag alone stays", leadTagLen, "【北浜】", "【北浜】"},
		{"legal form in parentheses stays", leadTagLen, "(株)ハナミズキ", "(株)ハナミズキ"},
		{"ISO date with a label", leadDateLen, "date 2025-10-07 南浜県警", "南浜県警"},
		{"dotted date with a label", leadDateLen, "投稿日:2021.01.04 ハナミズキ株式会社", "ハナミズキ株式会社"},
		{"Japanese date with a weekday", leadDateLen, "2025年9月17日(水)みなと学院大学", "みなと学院大学"},
		{"era date", leadDateLen, "令和元年5月1日 北野市", "北野市"},
		{"glued day number", leadDateLen, "17みなと学院大学", "みなと学院大学"},
		{"full-width day number", leadDateLen, "１７みなと学院大学", "みなと学院大学"},
		{"a number that is part of the name stays", leadDateLen, "77銀行", "77銀行"},
		{"a number before Latin stays", leadDateLen, "3Mジャパン", "3Mジャパン"},
		{"a date ends at its day", leadDateLen, "12月2日日本みなと協会", "日本みなと協会"},
		{"headline count before a space", spacedHeadLen, "人分 南浜県", "南浜県"},
		{"headline noun before a space", spacedHeadLen, "情報流出 北野市", "北野市"},
		{"headline clause before a space", spacedHeadLen, "ハナミズキに行政指導 北浜県議会", "北浜県議会"},
		{"corporation and facility stay", spacedHeadLen, "医療法人社団さくら会 ひばり総合病院", "医療法人社団さくら会 ひばり総合病院"},
		{"legal form and name stay", spacedHeadLen, "株式会社 ハナミズキ", "株式会社 ハナミズキ"},
		{"headline noun glued", gluedHeadLen, "児童の個人情報入りUSBメモリー紛失東浜市教育委員会", "東浜市教育委員会"},
		{"verb glued", gluedHeadLen, "住民の連絡で気づく南浜県北野市", "南浜県北野市"},
		{"question glued", gluedHeadLen, "カード情報流出か北野市", "北野市"},
		{"a prefectural school stays", gluedHeadLen, "南浜県立みなと病院", "南浜県立みなと病院"},
		{"a kana name before a town stays", gluedHeadLen, "さくら北町内会", "さくら北町内会"},
	}
	for _, c := range front {
		t.Run(c.name, func(t *testing.T) {
			if got := c.in[c.cut(c.in):]; got != c.want {
				t.Errorf("%q → %q, want %q", c.in, got, c.want)
			}
		})
	}
	end := []struct {
		name string
		cut  func(string) int
		in   string
		want string // what remains before the cut
	}{
		{"city staff", personCut, "北野市職員", "北野市"},
		{"former staff", personCut, "北野市元職員", "北野市"},
		{"police officer", personCut, "南浜県警巡査長", "南浜県警"},
		{"board teacher", personCut, "東浜市教育委員会教諭", "東浜市教育委員会"},
		{"a staff union stays", personCut, "北野市職員組合", "北野市職員組合"},
		{"staff alone stays", personCut, "職員", "職員"},
		{"title read on after the hospital", clauseTailCut, "公立みなと病院における個人情報を含む", "公立みなと病院"},
		{"department and person after the company", spacedTailCut, "株式会社ハナミズキ 広報部 山田太郎", "株式会社ハナミズキ"},
		{"address after the company", spacedTailCut, "株式会社ハナミズキ 〒100-0001 北野市本町1-2-3", "株式会社ハナミズキ"},
		{"a facility after its corporation stays", spacedTailCut, "医療法人社団さくら会 ひばり総合病院", "医療法人社団さくら会 ひばり総合病院"},
		{"executive after the company", execTitleCut, "株式会社ハナミズキ代表取締役　山田太郎", "株式会社ハナミズキ"},
		{"chair after the corporation", execTitleCut, "社会福祉法人みどり会 理事長 山田花子", "社会福祉法人みどり会"},
		{"a name holding a title word stays", execTitleCut, "ハナミズキ社長室", "ハナミズキ社長室"},
		{"prefectural office", officeCut, "南浜県庁", "南浜県"},
		{"city hall", officeCut, "北野市役所", "北野市"},
		{"caption place", func(s string) int { k, _ := captionCut(s); return k }, "南浜県庁=南浜市中央町", "南浜県庁"},
	}
	for _, c := range end {
		t.Run(c.name, func(t *testing.T) {
			k := c.cut(c.in)
			if k == 0 {
				k = len(c.in)
			}
			if got := c.in[:k]; got != c.want {
				t.Errorf("%q → %q, want %q", c.in, got, c.want)
			}
		})
	}
	none := []struct {
		name string
		is   func(string) bool
		in   string
		want bool
	}{
		{"copyright line", creditName, "© 株式会社南浜新聞社", true},
		{"copyright word", creditName, "Copyright (C) 南浜新聞社", true},
		{"photo credit read up to the parenthesis", creditName, "株式会社みなとシステム提供", true},
		{"a company", creditName, "株式会社みなとシステム", false},
		{"research institute self reference", selfRefName, "当研究所", true},
		{"center self reference", selfRefName, "本センター", true},
		{"humble self reference", selfRefName, "弊法人", true},
		{"a town starting with 当", selfRefName, "当麻町", false},
		{"a city starting with 本", selfRefName, "本庄市", false},
		{"a company description", descriptionName, "決済サービス会社", true},
		{"a company with a legal form", descriptionName, "ハナミズキ株式会社", false},
		{"a bare 会社 is left to genericNoun", descriptionName, "会社", false},
		{"a section label", func(s string) bool { return sectionWords[s] }, "社会", true},
		{"a photo's description", func(s string) bool { k, c := captionCut(s); return c && k == 0 }, "謝罪する北野市幹部ら=市役所", true},
		{"a prefectural hospital without its prefecture", bareFacility, "県立病院", true},
		{"a municipal school without its city", bareFacility, "市立小学校", true},
		{"a named prefectural school", bareFacility, "県立みなと高校", false},
		{"words before 県", junkPrefecture, "投稿確認県", true},
		{"a prefecture", junkPrefecture, "神奈川県", false},
		{"a kana prefecture", junkPrefecture, "しおかぜ県", false},
	}
	for _, c := range none {
		t.Run(c.name, func(t *testing.T) {
			if got := c.is(c.in); got != c.want {
				t.Errorf("%q: %v, want %v", c.in, got, c.want)
			}
		})
	}
}
