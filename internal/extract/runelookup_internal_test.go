package extract

import (
	"strings"
	"testing"
	"unicode"
)

// TestRuneLookup checks the open-addressed rune set against a map for the
// sets the rules build and for every rune of the BMP.
func TestRuneLookup(t *testing.T) {
	sets := map[string][]rune{
		"empty":     nil,
		"headline":  headlineEndRuneList,
		"org":       append([]rune{')'}, []rune("社会所院局庁省校園館店部課室署")...),
		"ascii":     []rune("abc)(0"),
		"repeated":  []rune("市市市町町"),
		"wide":      []rune("一丁七万丈三上下不与丐丑且丕世丗丘丙业丛东丝丞丢两严並丧丨丩个丫丬中丮丯丰丱串丳临丵丶丷丸丹为主丼丽举丿乀乁乂乃乄久乆乇么义乊之乌乍乎乏乐乑乒乓乔乕乖乗乘乙乚乛乜九乞也习乡乢乣乤乥书乧乨乩乪乫乬乭乮乯买乱乲乳乴乵乶乷乸乹乺乻乼乽乾乿"),
		"edgeRunes": {0, 1, 0x7F, 0x80, 0xFFFD, 0x10FFFF},
	}
	for name, rs := range sets {
		t.Run(name, func(t *testing.T) {
			want := map[rune]bool{}
			for _, r := range rs {
				want[r] = true
			}
			got := newRuneLookup(rs)
			for r := rune(-2); r <= 0x10FFFF; r++ {
				if r > 0xFFFF && r < 0x10FFF0 {
					r = 0x10FFF0
				}
				if got.has(r) != want[r] {
					t.Fatalf("has(%U) = %v, want %v", r, got.has(r), want[r])
				}
			}
		})
	}
}

// TestHasClausePunct checks hasClausePunct against containsRuneOf, which it
// stands for, on names, lines and broken bytes.
func TestHasClausePunct(t *testing.T) {
	for _, s := range []string{"", "株式会社みなと", "北野市、南野市", "お知らせ。", "「北野」", "名称:北野", "名称：北野", "あ」", "\xe3\x80", "\x80\x81", "\xe3\x80\x81",
		"xx\xe3\x80\x8c", "\xe3\x80\x80全角空白", "一、", "ー〜", "〇〒"} {
		if got, want := hasClausePunct(s), containsRuneOf(s, "。、「」:："); got != want {
			t.Errorf("hasClausePunct(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzHasClausePunct compares hasClausePunct with containsRuneOf.
func FuzzHasClausePunct(f *testing.F) {
	for _, s := range []string{"北野市、", "「x」", "a:b", "：", "\xe3\x80\x82"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasClausePunct(s), containsRuneOf(s, "。、「」:："); got != want {
			t.Errorf("hasClausePunct(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzIndexSpace compares indexSpace and lastIndexSpace with the strings
// functions they stand for, on any bytes.
func FuzzIndexSpace(f *testing.F) {
	for _, s := range []string{"", "株式会社 みなと", "北野市\u3000南野市", "a\u00a0b", "\u2028x\u205f", "\xe3\x80", "\xe3\x80\x80\xe3", "\x80\x80\xe3\x80\x80",
		"\xef\xbf\xbd \xe4", "漢字かな\tカナ", "\u1680"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexSpace(s), strings.IndexFunc(s, unicode.IsSpace); got != want {
			t.Errorf("indexSpace(%q) = %d, want %d", s, got, want)
		}
		if got, want := lastIndexSpace(s), strings.LastIndexFunc(s, unicode.IsSpace); got != want {
			t.Errorf("lastIndexSpace(%q) = %d, want %d", s, got, want)
		}
	})
}
