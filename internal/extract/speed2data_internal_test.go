package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Inputs for the byte-level rewrites of the data and count rules: kana,
// kanji, the list marks, ASCII, a four-byte rune and invalid bytes.
var speed2Samples = []string{
	"", "と", "、", "氏名、住所", "氏名・住所・電話番号", "(暗号化済み)", "及び", "および", "ふりがな",
	"1,520名", "一二三", "〇件", "Ａ,Ｂ/Ｃ", "𠮷田", "\xe3\x80", "\xe3\x80\x81\xff", "\xed\xa0\x80", "\xe0\x80\xb0",
	"\xef\xbf\xbd", "abc/def", "名前、\xc3", "個人情報", "以下のとおり", "次の項目", "下記の個人情報",
}

// listGapRunesRef is the former two-pass test: utf8.ValidString, then a
// range loop.
func listGapRunesRef(g string) (marks bool, others int, hira bool, ok bool) {
	if !utf8.ValidString(g) {
		return false, 0, false, false
	}
	for _, r := range g {
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

func TestListGapRunesMatchesReference(t *testing.T) {
	gaps := randomTexts(20000)
	for _, a := range speed2Samples {
		for _, b := range speed2Samples {
			gaps = append(gaps, a+b)
		}
	}
	for _, g := range gaps {
		m1, o1, h1, ok1 := listGapRunes(g)
		m2, o2, h2, ok2 := listGapRunesRef(g)
		if m1 != m2 || o1 != o2 || h1 != h2 || ok1 != ok2 {
			t.Errorf("listGapRunes(%q) = %v %v %v %v, want %v %v %v %v", g, m1, o1, h1, ok1, m2, o2, h2, ok2)
		}
	}
}

func TestNumeralBeforeMatchesDecoding(t *testing.T) {
	for _, a := range speed2Samples {
		for _, b := range speed2Samples {
			s := a + b
			for i := 1; i <= len(s); i++ {
				r, _ := utf8.DecodeLastRuneInString(s[:i])
				want := r >= '0' && r <= '9' || kanjiNumeral(r)
				if got := numeralBefore(s, i); got != want {
					t.Errorf("numeralBefore(%q, %d) = %v, want %v", s, i, got, want)
				}
			}
		}
	}
}

// dataContexts looks for listIntroWords only in sentences holding one of
// these anchors.
func TestListIntroWordsHoldAnAnchor(t *testing.T) {
	for _, w := range listIntroWords {
		if !strings.Contains(w, "以下") && !strings.Contains(w, "次の") && !strings.Contains(w, "下記の") {
			t.Errorf("list intro word %q holds none of 以下, 次の, 下記の: update dataContexts", w)
		}
	}
}

func TestAllDigitsMatchesTrim(t *testing.T) {
	for _, s := range append(randomTexts(20000), "", "0", "12a", "١٢", "(1)", "2024") {
		if got, want := allDigits(s), strings.Trim(s, "0123456789") == ""; got != want {
			t.Fatalf("allDigits(%q) = %v, want %v", s, got, want)
		}
	}
}

// dataIn looks listOnlyData up only for words of six bytes.
func TestListOnlyDataLength(t *testing.T) {
	for w := range listOnlyData {
		if len(w) != 6 {
			t.Errorf("listOnlyData word %q is not six bytes long: update dataIn", w)
		}
	}
}
