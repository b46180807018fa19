package extract_test

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
	"github.com/jikenbo/jikenbo/internal/extract"
	"github.com/jikenbo/jikenbo/internal/model"
)

// syntheticCorpus builds at least size bytes of notice text from the
// fixture notices, varying numbers so that copies differ, and returns the
// text with one segment per notice.
func syntheticCorpus(tb testing.TB, size int) (string, []model.Segment) {
	tb.Helper()
	names, _ := filepath.Glob(filepath.Join("testdata", "notices", "*.txt"))
	sort.Strings(names)
	var notices []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		notices = append(notices, string(b))
	}
	if len(notices) == 0 {
		notices = []string{benchNotice}
	}
	var sb strings.Builder
	var segs []model.Segment
	for i := 0; sb.Len() < size; i++ {
		n := notices[i%len(notices)]
		n = strings.ReplaceAll(n, "1,", strconv.Itoa(i%9+1)+",")
		start := sb.Len()
		sb.WriteString(n)
		sb.WriteString("\n\n")
		segs = append(segs, model.Segment{Span: model.Span{Start: start, End: sb.Len()}})
	}
	return sb.String(), segs
}

const benchNotice = `不正アクセスによる個人情報漏えいに関するお詫び

2024年6月3日
株式会社あおぞら商事

このたび、弊社が運営する通販サイトが第三者による不正アクセスを受け、お客様の個人情報最大1,234名分が漏えいした可能性があることが判明いたしました。
`

const benchSize = 10 << 20

// BenchmarkExtract measures extraction over 10 MB of notices (MB/s).
func BenchmarkExtract(b *testing.B) {
	text, segs := syntheticCorpus(b, benchSize)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		extract.Extract(text, segs)
	}
}

// BenchmarkExtractSerial measures extraction on one processor, report by
// report (the rate that compares with kagome's single-threaded tokenizer).
func BenchmarkExtractSerial(b *testing.B) {
	text, segs := syntheticCorpus(b, benchSize)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range segs {
			extract.Extract(text, []model.Segment{s})
		}
	}
}

// BenchmarkKagomeReference tokenizes the same corpus with kagome and the
// IPA dictionary, notice by notice, for comparison with BenchmarkExtract
// (the extractor must be at least 4x faster).
func BenchmarkKagomeReference(b *testing.B) {
	text, segs := syntheticCorpus(b, benchSize)
	t, err := tokenizer.New(ipa.Dict(), tokenizer.OmitBosEos())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range segs {
			t.Tokenize(text[s.Span.Start:s.Span.End])
		}
	}
}
