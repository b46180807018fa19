package web

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMissingViewStopsStartup checks that a view without its template
// makes New fail instead of failing at the first request.
func TestMissingViewStopsStartup(t *testing.T) {
	old := viewNames
	viewNames = append(append([]string{}, old...), "nonexistent")
	defer func() { viewNames = old }()
	if _, err := New(nil, nil, Config{}); err == nil || !strings.Contains(err.Error(), "nonexistent") {
		t.Fatalf("New = %v, want an error naming the missing view", err)
	}
}

// FuzzParseSpan feeds arbitrary ?hl= values: the span must always lie on
// rune boundaries inside the text.
func FuzzParseSpan(f *testing.F) {
	text := "架空市の業務サーバが不正アクセスを受けました。"
	for _, s := range []string{"0-3", "1-2", "5-3", "-1-4", "0-999", "abc", "3-", "9999999999999999999-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp, ok := parseSpan(s, text)
		if !ok {
			return
		}
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End || !utf8.ValidString(text[sp.Start:sp.End]) {
			t.Errorf("parseSpan(%q) = %+v", s, sp)
		}
	})
}

// FuzzDecodeCursor checks that any cursor decodes to a sane offset or is
// refused, and that encoded offsets round-trip.
func FuzzDecodeCursor(f *testing.F) {
	f.Add("")
	f.Add(encodeCursor(40))
	f.Add("!!")
	f.Fuzz(func(t *testing.T, c string) {
		n, ok := decodeCursor(c)
		if ok && (n < 0 || n > 1<<30) {
			t.Errorf("decodeCursor(%q) = %d", c, n)
		}
		if ok && c != "" {
			if m, ok2 := decodeCursor(encodeCursor(n)); !ok2 || m != n {
				t.Errorf("round trip of %d", n)
			}
		}
	})
}
