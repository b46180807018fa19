package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jikenbo/jikenbo/internal/segment"
)

// syntheticCorpus repeats the fixtures up to about size bytes: a large
// compilation mixing every layout.
func syntheticCorpus(tb testing.TB, size int) string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no fixtures: %v", err)
	}
	var b strings.Builder
	for b.Len() < size {
		for _, file := range files {
			raw, err := os.ReadFile(file)
			if err != nil {
				tb.Fatal(err)
			}
			b.Write(raw)
			b.WriteString("\n\u00a0\n\n")
		}
	}
	return b.String()
}

func BenchmarkSplit(b *testing.B) {
	text := syntheticCorpus(b, 1<<20)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		segment.Split(text)
	}
}

// TestSplitLargeInputs guards against runaway time on 1 MB inputs of
// degenerate shapes.
func TestSplitLargeInputs(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name string
		text string
	}{
		{"mixed layouts", syntheticCorpus(t, mb)},
		{"one long line", strings.Repeat("不正アクセスにより個人情報が流出した可能性があります。", mb/80)},
		{"blank and white-space lines", strings.Repeat("\n\u00a0\n\n", mb/5)},
		{"casebook headers", strings.Repeat("【事件簿#2024-001】株式会社テスト お知らせ\n", mb/60)},
		{"org lines", strings.Repeat("\nテスト市\n不正アクセスについて\n", mb/40)},
		{"source lines", strings.Repeat("本文です。\n題 | 社 | 欄\n引用\nhttps://a.example/\n", mb/50)},
		{"urls", strings.Repeat("題名\nhttps://a.example/x\n", mb/30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			segs := segment.Split(tt.text)
			checkInvariants(t, tt.text, segs)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v on %d bytes", d, len(tt.text))
			}
		})
	}
}
