package segment_test

import (
	"testing"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// checkInvariants fails the test unless segs are in order, non-empty, on
// rune boundaries and cover text exactly.
func checkInvariants(t testing.TB, text string, segs []model.Segment) {
	t.Helper()
	if text == "" {
		if len(segs) != 0 {
			t.Fatalf("empty text gave %d segments", len(segs))
		}
		return
	}
	if len(segs) == 0 {
		t.Fatalf("non-empty text gave no segment")
	}
	if segs[0].Span.Start != 0 {
		t.Fatalf("first segment starts at %d, want 0", segs[0].Span.Start)
	}
	if end := segs[len(segs)-1].Span.End; end != len(text) {
		t.Fatalf("last segment ends at %d, want %d", end, len(text))
	}
	valid := utf8.ValidString(text)
	for i, s := range segs {
		if s.Span.End <= s.Span.Start {
			t.Fatalf("segment %d empty or reversed: %+v", i, s.Span)
		}
		if i > 0 && s.Span.Start != segs[i-1].Span.End {
			t.Fatalf("segment %d starts at %d, previous ends at %d", i, s.Span.Start, segs[i-1].Span.End)
		}
		if valid && !utf8.RuneStart(text[s.Span.Start]) {
			t.Fatalf("segment %d starts inside a rune at %d", i, s.Span.Start)
		}
	}
}
