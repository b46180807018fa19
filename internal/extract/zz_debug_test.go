package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDebugEvidence(t *testing.T) {
	want := os.Getenv("DBG")
	field := os.Getenv("DBGF")
	if want == "" {
		t.Skip()
	}
	shared := filepath.Join("..", "..", "..", "shared")
	var cases []goldCase
	if os.Getenv("FIX") != "" {
		dir := filepath.Join("testdata", "notices")
		cases = runGold(t, dir, dir)
	} else {
		cases = runGold(t, filepath.Join(shared, "corpus", "gold"), filepath.Join(shared, "corpus", "seeds"))
	}
	for _, c := range cases {
		if !strings.Contains(c.g.Anchor, want) {
			continue
		}
		for _, e := range c.got.Evidence {
			if field != "" && e.Field != field {
				continue
			}
			lo := max(0, e.Span.Start-30)
			hi := min(len(c.text), e.Span.End+30)
			for lo > 0 && (c.text[lo]&0xC0) == 0x80 {
				lo--
			}
			for hi < len(c.text) && (c.text[hi]&0xC0) == 0x80 {
				hi++
			}
			t.Logf("%s=%s [%s] ctx=%q", e.Field, e.Value, c.text[e.Span.Start:e.Span.End], c.text[lo:hi])
		}
	}
}
