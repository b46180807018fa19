package jptext

import (
	"strings"
	"unicode/utf8"
)

// MaxNumber is the largest value ParseNumber and FindCounts accept (10^12);
// anything larger is treated as noise rather than a count.
const MaxNumber = 1_000_000_000_000

// ParseNumber parses a whole string as a Japanese number after folding it:
// Arabic digits with optional thousands separators (1,153), kanji numerals
// (二十一, 三百, 千, 二〇二三), mixtures with the units 十 百 千 万 億 兆 (２千,
// 5万, 1万2千, 6万7000, 1億2,345万) and decimals scaled by a unit (2.5万 =
// 25000). Surrounding spaces and one leading and one trailing qualifier (約,
// 最大, 以上, 超, 余り, 程度 …, as listed for Count.Qualifier) are ignored.
// It reports false for anything else, for fractional results and for values
// above MaxNumber.
func ParseNumber(s string) (int64, bool) {
	f := strings.TrimSpace(FoldString(s))
	if q := matchPrefixQualifier(f); q != "" {
		f = strings.TrimLeft(f[len(q):], " ")
	}
	if q := matchSuffixQualifier(f); q != "" {
		f = strings.TrimRight(f[:len(f)-len(q)], " ")
	}
	if f == "" {
		return 0, false
	}
	n, end, ok := scanNumber(f, 0)
	if !ok || end != len(f) {
		return 0, false
	}
	return n.value, true
}

// number is the result of scanNumber.
type number struct {
	value    int64
	kanji    bool // the first token was a kanji numeral
	units    bool // some unit (十百千万億兆) was used
	decimal  bool // a decimal point was used
	oneKanji bool // the whole number is the single kanji 一
}

// kanjiDigit returns the value of a kanji digit, or -1.
func kanjiDigit(r rune) int64 {
	switch r {
	case '〇', '零':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

func smallUnit(r rune) int64 {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	}
	return 0
}

func bigUnit(r rune) int64 {
	switch r {
	case '万':
		return 10_000
	case '億':
		return 100_000_000
	case '兆':
		return 1_000_000_000_000
	}
	return 0
}

var pow10 = [...]int64{1, 10, 100, 1000, 10000, 100000, 1000000}

// scanNumber scans the longest valid number of folded text f starting at i.
// It stops before the first token that would make the number invalid, so
// "2023年" yields 2023 ending before 年. ok is false when no number starts
// at i or the value exceeds MaxNumber.
func scanNumber(f string, i int) (n number, end int, ok bool) {
	var (
		total, section int64
		cur            int64 = -1 // pending digit value (mantissa when scale > 0)
		scale                = 0  // decimal places of cur
		lastSmall      int64 = 10_000
		lastBig        int64 = 10_000_000_000_000
		tokens               = 0
	)
	end = i
	overflow := false
	for i < len(f) && !overflow {
		c := f[i]
		if c >= '0' && c <= '9' {
			if cur >= 0 {
				break
			}
			j := i
			var v int64
			for j < len(f) && f[j] >= '0' && f[j] <= '9' {
				v = v*10 + int64(f[j]-'0')
				j++
				if v > MaxNumber {
					overflow = true
					break
				}
			}
			if overflow {
				break
			}
			// Thousands separators: ",ddd" groups after 1-3 leading digits.
			if j-i <= 3 {
				for j+3 < len(f) && f[j] == ',' && isDigits(f[j+1:j+4]) && (j+4 == len(f) || f[j+4] < '0' || f[j+4] > '9') {
					v = v*1000 + int64(f[j+1]-'0')*100 + int64(f[j+2]-'0')*10 + int64(f[j+3]-'0')
					j += 4
					if v > MaxNumber {
						overflow = true
						break
					}
				}
			}
			if overflow {
				break
			}
			sc := 0
			// A decimal point counts only when a unit follows the digits.
			if j+1 < len(f) && f[j] == '.' && f[j+1] >= '0' && f[j+1] <= '9' {
				k := j + 1
				for k < len(f) && f[k] >= '0' && f[k] <= '9' && k-j <= 6 {
					k++
				}
				if k-j-1 <= 6 && k < len(f) {
					if r, _ := utf8.DecodeRuneInString(f[k:]); smallUnit(r) > 0 || bigUnit(r) > 0 {
						for p := j + 1; p < k; p++ {
							v = v*10 + int64(f[p]-'0')
						}
						sc = k - j - 1
						j = k
						n.decimal = true
					}
				}
			}
			cur, scale = v, sc
			tokens++
			i = j
			end = i
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		if d := kanjiDigit(r); d >= 0 {
			if cur >= 0 {
				break
			}
			// A run of kanji digits is positional (二〇二三).
			v := d
			j := i + size
			for j < len(f) {
				r2, s2 := utf8.DecodeRuneInString(f[j:])
				d2 := kanjiDigit(r2)
				if d2 < 0 {
					break
				}
				v = v*10 + d2
				j += s2
				if v > MaxNumber {
					overflow = true
					break
				}
			}
			if overflow {
				break
			}
			if tokens == 0 {
				n.kanji = true
				n.oneKanji = f[i:j] == "一"
			} else {
				n.oneKanji = false
			}
			cur, scale = v, 0
			tokens++
			i = j
			end = i
			continue
		}
		if u := smallUnit(r); u > 0 {
			if u >= lastSmall {
				break
			}
			m := cur
			if m < 0 {
				if tokens > 0 && section == 0 && total == 0 {
					break
				}
				m, scale = 1, 0
			}
			v, okm := scaleMul(m, scale, u)
			if !okm {
				break
			}
			if tokens == 0 {
				n.kanji = true
			}
			n.oneKanji = false
			section += v
			lastSmall = u
			cur, scale = -1, 0
			n.units = true
			tokens++
			i += size
			end = i
			continue
		}
		if u := bigUnit(r); u > 0 {
			if u >= lastBig || tokens == 0 {
				break
			}
			s := section
			if cur >= 0 {
				v, okm := scaleMul(cur, scale, u)
				if !okm {
					break
				}
				s = s*u + v
			} else {
				if s == 0 {
					break
				}
				s *= u
			}
			if s > MaxNumber || s < 0 {
				overflow = true
				break
			}
			total += s
			section = 0
			lastSmall = 10_000
			lastBig = u
			cur, scale = -1, 0
			n.units = true
			n.oneKanji = false
			tokens++
			i += size
			end = i
			continue
		}
		break
	}
	if tokens == 0 || overflow {
		return n, end, false
	}
	if cur >= 0 {
		if scale > 0 {
			return n, end, false
		}
		total += section + cur
	} else {
		total += section
	}
	if total > MaxNumber || total < 0 {
		return n, end, false
	}
	n.value = total
	return n, end, true
}

// scaleMul returns m / 10^scale * u when that is a whole number.
func scaleMul(m int64, scale int, u int64) (int64, bool) {
	if m > MaxNumber || u > MaxNumber {
		return 0, false
	}
	if scale >= len(pow10) {
		return 0, false
	}
	p := pow10[scale]
	if m > MaxNumber/u*p+p { // would exceed the cap
		return 0, false
	}
	v := m * u
	if v%p != 0 {
		return 0, false
	}
	return v / p, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}
