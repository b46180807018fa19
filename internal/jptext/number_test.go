package jptext_test

import (
	"testing"

	"github.com/jikenbo/jikenbo/internal/jptext"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true},
		{"12", 12, true},
		{"１２", 12, true},
		{"1,153", 1153, true},
		{"97,533", 97533, true},
		{"1,234,567", 1234567, true},
		{"２千", 2000, true},
		{"約2千", 2000, true},
		{"最大 2,881", 2881, true},
		{"5万", 50000, true},
		{"1万2千", 12000, true},
		{"1万2,500", 12500, true},
		{"1億2,345万", 123450000, true},
		{"二十一", 21, true},
		{"三百", 300, true},
		{"千", 1000, true},
		{"十", 10, true},
		{"三千五百", 3500, true},
		{"十二万三千四百五十六", 123456, true},
		{"二〇二三", 2023, true},
		{"2.5万", 25000, true},
		{"1.25万", 12500, true},
		{"０．５万", 5000, true},
		{"1兆", 1_000_000_000_000, true},
		{" 42 ", 42, true},
		{"100以上", 100, true},
		{"3千余り", 3000, true},
		{"約 11,000", 11000, true},
		// must not parse
		{"", 0, false},
		{"約", 0, false},
		{"2.5", 0, false},
		{"1.2.3", 0, false},
		{"1,15", 0, false},
		{"1,1534", 0, false},
		{"万", 0, false},
		{"千千", 0, false},
		{"百千", 0, false},
		{"万億", 0, false},
		{"1万1万", 0, false},
		{"5月", 0, false},
		{"12人", 0, false},
		{"abc", 0, false},
		{"1 2", 0, false},
		{"10000000000000", 0, false},
		{"2兆", 0, false},
		{"99999999999999999999999", 0, false},
		{"1.23456789万", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := jptext.ParseNumber(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("ParseNumber(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
