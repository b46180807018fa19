package segment_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/segment"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// wantSegment is one expected segment of a fixture: the text it starts with
// (after any blank lines), its title and casebook number.
type wantSegment struct {
	Anchor     string `json:"anchor"`
	Title      string `json:"title"`
	CasebookID string `json:"casebook_id,omitempty"`
}

func isBlankRune(r rune) bool { return strings.ContainsRune(" \t\r\n\u00a0\u3000", r) }

// anchorOf returns the first characters of a segment, past leading space.
func anchorOf(s string) string { return prefixRunes(strings.TrimLeftFunc(s, isBlankRune), 24) }

func prefixRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// uniqueAnchor returns the shortest prefix (from 24 runes) of the segment
// starting at start that the anchor search, starting after the previous
// anchor at prev, finds at its own place.
func uniqueAnchor(text string, prev, start int) (string, int) {
	body := strings.TrimLeftFunc(text[start:], isBlankRune)
	at := len(text) - len(body)
	from := 0
	if prev >= 0 {
		_, size := utf8.DecodeRuneInString(text[prev:])
		from = prev + size
	}
	for n := 24; n < 2000; n += 24 {
		a := prefixRunes(body, n)
		if strings.Index(text[from:], a)+from == at {
			return a, at
		}
		if len(a) == len(body) {
			break
		}
	}
	return prefixRunes(body, 24), at
}

// TestSplitFixtures cuts each fixture under testdata and compares the
// segments with its golden file: same count, each segment starting at its
// anchor (only white space between), same titles and casebook numbers.
func TestSplitFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			segs := segment.Split(text)
			checkInvariants(t, text, segs)
			golden := strings.TrimSuffix(file, ".txt") + ".golden.json"
			if *update {
				var got []wantSegment
				prev := -1
				for _, s := range segs {
					a, at := uniqueAnchor(text, prev, s.Span.Start)
					prev = at
					got = append(got, wantSegment{a, s.Title, s.CasebookID})
				}
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var want []wantSegment
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			compareSegments(t, text, segs, want)
		})
	}
}

func compareSegments(t *testing.T, text string, segs []model.Segment, want []wantSegment) {
	t.Helper()
	dump := func() {
		for i, s := range segs {
			t.Logf("  got %d [%d,%d) title=%q id=%q starts %q", i, s.Span.Start, s.Span.End, s.Title, s.CasebookID, anchorOf(text[s.Span.Start:]))
		}
	}
	if len(segs) != len(want) {
		t.Errorf("got %d segments, want %d", len(segs), len(want))
		dump()
		return
	}
	pos := -1
	for k, w := range want {
		from := 0
		if pos >= 0 {
			_, size := utf8.DecodeRuneInString(text[pos:])
			from = pos + size
		}
		i := strings.Index(text[from:], w.Anchor)
		if i < 0 {
			t.Fatalf("anchor %d not in fixture: %q", k, w.Anchor)
		}
		pos = from + i
		s := segs[k]
		gap := text[min(s.Span.Start, pos):max(s.Span.Start, pos)]
		if k == 0 && s.Span.Start == 0 && pos < s.Span.End {
			gap = ""
		}
		if s.Span.Start > pos || strings.TrimSpace(strings.ReplaceAll(gap, "\u00a0", "")) != "" {
			t.Errorf("segment %d starts at %d %q, want it at anchor %q (%d)", k, s.Span.Start, anchorOf(text[s.Span.Start:]), w.Anchor, pos)
		}
		if s.Title != w.Title {
			t.Errorf("segment %d title %q, want %q", k, s.Title, w.Title)
		}
		if s.CasebookID != w.CasebookID {
			t.Errorf("segment %d casebook id %q, want %q", k, s.CasebookID, w.CasebookID)
		}
	}
	if t.Failed() {
		dump()
	}
}

func TestSplitEmptyAndTrivial(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"empty", "", 0},
		{"one line", "不正アクセスがありました。", 1},
		{"only blank lines", "\n\n\u00a0\n\n", 1},
		{"no trailing newline", "株式会社テスト\n\nお知らせ", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs := segment.Split(tt.text)
			checkInvariants(t, tt.text, segs)
			if len(segs) != tt.want {
				t.Errorf("got %d segments, want %d", len(segs), tt.want)
			}
		})
	}
}

// TestSplitCasebookID checks which headlines count as casebook entries and
// how their numbers are normalised.
func TestSplitCasebookID(t *testing.T) {
	tests := []struct {
		line, id, title string
	}{
		{"【セキュリティ事件簿#2024-521】株式会社みかん 不正アクセスについて", "2024-521", "株式会社みかん 不正アクセスについて"},
		{"【事故簿＃２０２３－００７】さくら市 誤送信", "2023-007", "さくら市 誤送信"},
		{"[Casebook #2022-15] Example Corp breach", "2022-15", "Example Corp breach"},
		{"セキュリティ事件簿 #2024-3 株式会社テスト 紛失について", "2024-3", "株式会社テスト 紛失について"},
		{"#2025-0301キャンペーンのお知らせ", "", ""},
		{"関連記事:【セキュリティ事件簿#2025-120】株式会社テスト", "", ""},
		{"本文中で#2024-100に触れる。", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			text := tt.line + "\n\n本文です。\n"
			segs := segment.Split(text)
			checkInvariants(t, text, segs)
			if len(segs) != 1 {
				t.Fatalf("got %d segments, want 1", len(segs))
			}
			if segs[0].CasebookID != tt.id {
				t.Errorf("casebook id %q, want %q", segs[0].CasebookID, tt.id)
			}
			if tt.id != "" && segs[0].Title != tt.title {
				t.Errorf("title %q, want %q", segs[0].Title, tt.title)
			}
		})
	}
}
