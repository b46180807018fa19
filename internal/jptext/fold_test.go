package jptext_test

import (
	"testing"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii unchanged", "abc 123", "abc 123"},
		{"empty", "", ""},
		{"full-width digits", "２０２３年５月１７日", "2023年5月17日"},
		{"full-width letters", "ＩＤ・ＰＡＳＳ", "ID・PASS"},
		{"full-width punctuation", "（月）：，．！？", "(月):,.!?"},
		{"ideographic space", "令　和", "令 和"},
		{"no-break and thin spaces", "2023\u00a0年\u20095月", "2023 年 5月"},
		{"half-width katakana", "ｻｰﾊﾞｰ", "サーバー"},
		{"half-width voiced", "ｶﾞｯｺｳ ﾊﾟｽﾜｰﾄﾞ ｳﾞｧ", "ガッコウ パスワード ヴァ"},
		{"half-width punctuation", "｢ﾃｽﾄ｣､｡", "「テスト」、。"},
		{"every half-width kana with marks (NFKC, spacing marks kept)", "ｦﾞｧﾞｨﾞｩﾞｪﾞｫﾞｬﾞｭﾞｮﾞｯﾞｰﾞｱﾞｲﾞｳﾞｴﾞｵﾞｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞﾅﾞﾆﾞﾇﾞﾈﾞﾉﾞﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞﾏﾞﾐﾞﾑﾞﾒﾞﾓﾞﾔﾞﾕﾞﾖﾞﾗﾞﾘﾞﾙﾞﾚﾞﾛﾞﾜﾞﾝﾞ ｦﾟｧﾟｨﾟｩﾟｪﾟｫﾟｬﾟｭﾟｮﾟｯﾟｰﾟｱﾟｲﾟｳﾟｴﾟｵﾟｶﾟｷﾟｸﾟｹﾟｺﾟｻﾟｼﾟｽﾟｾﾟｿﾟﾀﾟﾁﾟﾂﾟﾃﾟﾄﾟﾅﾟﾆﾟﾇﾟﾈﾟﾉﾟﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟﾏﾟﾐﾟﾑﾟﾒﾟﾓﾟﾔﾟﾕﾟﾖﾟﾗﾟﾘﾟﾙﾟﾚﾟﾛﾟﾜﾟﾝﾟ", "ヺァ゛ィ゛ゥ゛ェ゛ォ゛ャ゛ュ゛ョ゛ッ゛ー゛ア゛イ゛ヴエ゛オ゛ガギグゲゴザジズゼゾダヂヅデドナ゛ニ゛ヌ゛ネ゛ノ゛バビブベボマ゛ミ゛ム゛メ゛モ゛ヤ゛ユ゛ヨ゛ラ゛リ゛ル゛レ゛ロ゛ヷン゛ ヲ゜ァ゜ィ゜ゥ゜ェ゜ォ゜ャ゜ュ゜ョ゜ッ゜ー゜ア゜イ゜ウ゜エ゜オ゜カ゜キ゜ク゜ケ゜コ゜サ゜シ゜ス゜セ゜ソ゜タ゜チ゜ツ゜テ゜ト゜ナ゜ニ゜ヌ゜ネ゜ノ゜パピプペポマ゜ミ゜ム゜メ゜モ゜ヤ゜ユ゜ヨ゜ラ゜リ゜ル゜レ゜ロ゜ワ゜ン゜"},
		{"lone voiced mark", "ﾞa", "゛a"},
		{"wave dashes", "1〜3 1～3 1∼3", "1~3 1~3 1~3"},
		{"dash variants", "a‐b‑c‒d–e—f―g−h－i", "a-b-c-d-e-f-g-h-i"},
		{"long vowel between digits", "0120ー95ー0178", "0120-95-0178"},
		{"long vowel between full-width digits", "０３ー１２３４", "03-1234"},
		{"long vowel in a word kept", "サーバー1ー", "サーバー1ー"},
		{"kanji kept", "漏えい・流出", "漏えい・流出"},
		{"kangxi radicals", "令和5年12\u2f494\u2f47 \u2f00\u2fd5", "令和5年12月4日 一龠"},
		{"invalid utf8 kept", "a\xffb", "a\xffb"},
		{"truncated utf8 kept", "a\xef\xbc", "a\xef\xbc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, offs := jptext.Fold(tt.in)
			if got != tt.want {
				t.Fatalf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if fs := jptext.FoldString(tt.in); fs != got {
				t.Fatalf("FoldString(%q) = %q, Fold gave %q", tt.in, fs, got)
			}
			checkOffs(t, tt.in, got, offs)
		})
	}
}

func TestFoldOffsets(t *testing.T) {
	in := "約１１，０００件のｶﾞ"
	got, offs := jptext.Fold(in)
	if got != "約11,000件のガ" {
		t.Fatalf("got %q", got)
	}
	// "1" (first full-width digit) sits at byte 3 of the input.
	if offs[3] != 3 || offs[4] != 6 {
		t.Errorf("offs[3:5] = %v, want [3 6]", offs[3:5])
	}
	// 件 maps back to the 件 of the input.
	fi := len("約11,000")
	if in[offs[fi]:offs[fi+3]] != "件" {
		t.Errorf("件 maps to %q", in[offs[fi]:offs[fi+3]])
	}
	// ガ comes from ｶﾞ (two runes, 6 bytes).
	gi := len("約11,000件の")
	if in[offs[gi]:offs[gi+3]] != "ｶﾞ" {
		t.Errorf("ガ maps to %q", in[offs[gi]:offs[gi+3]])
	}
}

// checkOffs asserts the documented offset contract.
func checkOffs(t *testing.T, in, folded string, offs []int) {
	t.Helper()
	if len(offs) != len(folded)+1 {
		t.Fatalf("len(offs) = %d, want %d", len(offs), len(folded)+1)
	}
	if offs[len(folded)] != len(in) {
		t.Fatalf("last offset %d, want %d", offs[len(folded)], len(in))
	}
	for i := 0; i < len(offs); i++ {
		if offs[i] < 0 || offs[i] > len(in) {
			t.Fatalf("offs[%d] = %d out of range", i, offs[i])
		}
		if i > 0 && offs[i] < offs[i-1] {
			t.Fatalf("offs not monotonic at %d: %v", i, offs)
		}
		if i < len(folded) && utf8.ValidString(in) && !utf8.RuneStart(in[offs[i]]) {
			t.Fatalf("offs[%d] = %d is not a rune start of %q", i, offs[i], in)
		}
	}
}
