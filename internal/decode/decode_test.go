package decode_test

import (
	"errors"
	"github.com/jikenbo/jikenbo/internal/golden"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jikenbo/jikenbo/internal/decode"
)

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeEncodings(t *testing.T) {
	tests := []struct {
		file, original, enc string
	}{
		{"notice.utf8.txt", "notice.utf8.txt", "utf-8"},
		{"notice.utf8bom.txt", "notice.utf8.txt", "utf-8"},
		{"notice.sjis.txt", "notice.utf8.txt", "shift_jis"},
		{"notice.eucjp.txt", "notice.utf8.txt", "euc-jp"},
		{"notice.iso2022jp.txt", "notice.utf8.txt", "iso-2022-jp"},
		{"notice.utf16le.txt", "notice.utf8.txt", "utf-16le"},
		{"notice.utf16be.txt", "notice.utf8.txt", "utf-16be"},
		{"notice-crlf.utf8.txt", "notice-crlf.utf8.txt", "utf-8"},
		{"notice-crlf.utf8bom.txt", "notice-crlf.utf8.txt", "utf-8"},
		{"notice-crlf.sjis.txt", "notice-crlf.utf8.txt", "shift_jis"},
		{"notice-crlf.eucjp.txt", "notice-crlf.utf8.txt", "euc-jp"},
		{"notice-crlf.iso2022jp.txt", "notice-crlf.utf8.txt", "iso-2022-jp"},
		{"notice-crlf.utf16le.txt", "notice-crlf.utf8.txt", "utf-16le"},
		{"notice-crlf.utf16be.txt", "notice-crlf.utf8.txt", "utf-16be"},
		{"short.sjis.txt", "short.utf8.txt", "shift_jis"},
		{"short.eucjp.txt", "short.utf8.txt", "euc-jp"},
		{"short.iso2022jp.txt", "short.utf8.txt", "iso-2022-jp"},
		{"short.utf16le.txt", "short.utf8.txt", "utf-16le"},
		{"short.utf16be.txt", "short.utf8.txt", "utf-16be"},
		{"short.utf8bom.txt", "short.utf8.txt", "utf-8"},
		{"ext.sjis.txt", "ext.utf8.txt", "shift_jis"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, err := decode.Decode(readFile(t, "enc/"+tt.file), decode.Hint{Filename: tt.file})
			if err != nil {
				t.Fatal(err)
			}
			if res.Encoding != tt.enc {
				t.Errorf("Encoding = %q, want %q", res.Encoding, tt.enc)
			}
			if res.MediaType != "text/plain" {
				t.Errorf("MediaType = %q, want text/plain", res.MediaType)
			}
			if want := string(readFile(t, "enc/"+tt.original)); res.Text != want {
				t.Errorf("Text differs from %s:\ngot  %q\nwant %q", tt.original, res.Text, want)
			}
		})
	}
}

func TestDecodeContentTypeCharset(t *testing.T) {
	tests := []struct {
		name, file, contentType, enc string
	}{
		{"alias x-sjis", "notice.sjis.txt", "text/plain; charset=x-sjis", "shift_jis"},
		{"alias windows-31j", "notice.sjis.txt", "text/plain; charset=Windows-31J", "shift_jis"},
		{"alias cp932", "notice.sjis.txt", `text/plain; charset="cp932"`, "shift_jis"},
		{"alias x-euc-jp", "notice.eucjp.txt", "text/plain; charset=x-euc-jp", "euc-jp"},
		{"wrong utf-8 on euc-jp", "notice.eucjp.txt", "text/plain; charset=utf-8", "euc-jp"},
		{"wrong euc-jp on shift_jis", "notice.sjis.txt", "text/plain; charset=EUC-JP", "shift_jis"},
		{"wrong shift_jis on euc-jp", "notice.eucjp.txt", "text/plain; charset=shift_jis", "euc-jp"},
		{"wrong shift_jis on utf-8", "notice.utf8.txt", "text/plain; charset=shift_jis", "utf-8"},
		{"unsupported label ignored", "notice.sjis.txt", "text/plain; charset=iso-8859-1", "shift_jis"},
		{"malformed header", "notice.sjis.txt", "text/plain;charset=sjis;;", "shift_jis"},
		{"utf-8 header on iso-2022-jp", "notice.iso2022jp.txt", "text/plain; charset=utf-8", "iso-2022-jp"},
	}
	want := string(readFile(t, "enc/notice.utf8.txt"))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := decode.Decode(readFile(t, "enc/"+tt.file), decode.Hint{ContentType: tt.contentType})
			if err != nil {
				t.Fatal(err)
			}
			if res.Encoding != tt.enc {
				t.Errorf("Encoding = %q, want %q", res.Encoding, tt.enc)
			}
			if res.Text != want {
				t.Errorf("Text = %q", res.Text)
			}
		})
	}
}

func TestDecodeHTMLCharset(t *testing.T) {
	tests := []struct {
		file, enc string
	}{
		{"page.sjis.html", "shift_jis"},           // http-equiv
		{"page.eucjp.html", "euc-jp"},             // meta charset
		{"page-wrongmeta.utf8.html", "utf-8"},     // declares Shift_JIS, is UTF-8
		{"page-wrongmeta.sjis.html", "shift_jis"}, // declares UTF-8, is Shift_JIS
	}
	want := string(readFile(t, "enc/page.golden.txt"))
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			res, err := decode.Decode(readFile(t, "enc/"+tt.file), decode.Hint{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Encoding != tt.enc || res.MediaType != "text/html" {
				t.Errorf("got %s %s, want %s text/html", res.Encoding, res.MediaType, tt.enc)
			}
			if res.Text != want {
				t.Errorf("Text = %q, want %q", res.Text, want)
			}
		})
	}
}

func TestDecodeRefused(t *testing.T) {
	tests := []struct {
		name   string
		raw    []byte
		target error
		msg    string
	}{
		{"empty", nil, decode.ErrEmpty, "empty"},
		{"bom only", []byte{0xEF, 0xBB, 0xBF}, decode.ErrEmpty, "empty"},
		{"utf-16 bom only", []byte{0xFF, 0xFE}, decode.ErrEmpty, "empty"},
		{"png", readFile(t, "enc/binary.bin"), decode.ErrUnknownEncoding, "NUL byte at offset 8"},
		{"invalid everywhere", readFile(t, "enc/invalid.bin"), decode.ErrUnknownEncoding, "not valid UTF-8 (first bad byte at offset 4), Shift_JIS or EUC-JP"},
		{"bad utf-8 after bom", []byte("\xEF\xBB\xBFabc\xFF"), decode.ErrUnknownEncoding, "offset 6"},
		{"odd utf-16", []byte("\xFF\xFEa\x00b"), decode.ErrUnknownEncoding, "odd number of bytes"},
		{"unpaired surrogate", []byte("\xFF\xFEa\x00\x00\xD8b\x00"), decode.ErrUnknownEncoding, "unpaired surrogate"},
		{"control characters", []byte("ab\x01\x02\x03\x04cd\x05\x06\x07\x08"), decode.ErrUnknownEncoding, "control characters"},
		{"broken iso-2022-jp", []byte("abc\x1b$B\x24\x22\x1b(B\x7f\x7f\x7f\x01\x02\x03"), decode.ErrUnknownEncoding, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := decode.Decode(tt.raw, decode.Hint{})
			if !errors.Is(err, tt.target) {
				t.Fatalf("err = %v (text %q), want %v", err, res.Text, tt.target)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %q, want it to mention %q", err, tt.msg)
			}
		})
	}
}

func TestDecodeMediaType(t *testing.T) {
	const page = "<p>本文です。</p>"
	tests := []struct {
		name  string
		raw   string
		hint  decode.Hint
		media string
		text  string
	}{
		{"content-type html", page, decode.Hint{ContentType: "text/html; charset=utf-8"}, "text/html", "本文です。\n"},
		{"extension html", page, decode.Hint{Filename: "/tmp/a.HTM"}, "text/html", "本文です。\n"},
		{"extension in url", page, decode.Hint{Filename: "https://example.jp/n/1.xhtml?x=1"}, "text/html", "本文です。\n"},
		{"sniffed doctype", "\n<!DOCTYPE html><title>t</title><h1>見出し</h1>", decode.Hint{}, "text/html", "見出し\n"},
		{"sniffed p", page, decode.Hint{}, "text/html", "本文です。\n"},
		{"plain text kept exactly", "  本文 <b>です</b>\r\n\r\n", decode.Hint{}, "text/plain", "  本文 <b>です</b>\r\n\r\n"},
		{"txt extension wins over sniffing", page, decode.Hint{Filename: "x.txt"}, "text/plain", page},
		{"pdf extension without magic", "ただのテキスト", decode.Hint{Filename: "x.pdf"}, "text/plain", "ただのテキスト"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := decode.Decode([]byte(tt.raw), tt.hint)
			if err != nil {
				t.Fatal(err)
			}
			if res.MediaType != tt.media || res.Text != tt.text {
				t.Errorf("got %s %q, want %s %q", res.MediaType, res.Text, tt.media, tt.text)
			}
		})
	}
}

func TestHTMLToText(t *testing.T) {
	files, err := filepath.Glob("testdata/html/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			in, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			got, err := decode.HTMLToText(in)
			if err != nil {
				t.Fatal(err)
			}
			checkTidy(t, got)
			golden.Check(t, "html/"+strings.TrimSuffix(name, ".html")+".golden", []byte(got))
		})
	}
}

// checkTidy asserts the output invariants of HTMLToText and JoinPDFLines.
func checkTidy(t *testing.T, s string) {
	t.Helper()
	if strings.Contains(s, "\n\n\n") {
		t.Error("output has a run of blank lines")
	}
	for i, l := range strings.Split(s, "\n") {
		if strings.TrimRight(l, " \t\u3000") != l {
			t.Errorf("line %d has trailing spaces: %q", i+1, l)
		}
	}
}

func TestHTMLToTextCases(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"cjk line break removed", "<p>個人情報が\n漏えいしました</p>", "個人情報が漏えいしました\n"},
		{"latin line break is a space", "<p>data\nbreach</p>", "data breach\n"},
		{"full-width space kept", "<p>　当社は、\u3000調査を</p>", "　当社は、\u3000調査を\n"},
		{"entities", "<p>A&amp;B &lt;x&gt; &#12354;&quot;</p>", "A&B <x> あ\"\n"},
		{"br br gives one blank line", "<p>a<br><br><br><br>b</p>", "a\n\nb\n"},
		{"title without h1", "<title>題名</title><p>本文</p>", "題名\n\n本文\n"},
		{"title ignored with h1", "<title>題名</title><h1>見出し</h1><p>本文</p>", "見出し\n\n本文\n"},
		{"role navigation", `<div role="navigation">メニュー</div><p>本文</p>`, "本文\n"},
		{"table cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a\tb\nc\n"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode.HTMLToText(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJoinPDFLines(t *testing.T) {
	files, err := filepath.Glob("testdata/pdflines/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			got := decode.JoinPDFLines(string(readFile(t, "pdflines/"+name)))
			checkTidy(t, got)
			golden.Check(t, "pdflines/"+strings.TrimSuffix(name, ".txt")+".golden", []byte(got))
		})
	}
}

func TestJoinPDFLinesCases(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"short document joins unfinished sentence", "当社は調査を\n進めています。\n", "当社は調査を進めています。\n"},
		{"sentence end kept", "判明しました。\n当社は\n", "判明しました。\n当社は\n"},
		{"ascii words get a space", "external\nsecurity firm\n", "external security firm\n"},
		{"hyphen joins without space", "cyber-\nattack\n", "cyber-attack\n"},
		{"next item not joined", "対象は次のとおり\n・氏名\n・住所\n", "対象は次のとおり\n・氏名\n・住所\n"},
		{"date line not joined", "お知らせ\n2025年1月9日\n", "お知らせ\n2025年1月9日\n"},
		{"page number removed", "本文が\n- 2 -\n続きます。\n", "本文が続きます。\n"},
		{"blank lines collapsed", "a。\n\n\n\nb。\n", "a。\n\nb。\n"},
		{"form feed is a paragraph break", "a\fb\n", "a\n\nb\n"},
		{"crlf", "個人情報\r\nの漏えい\r\n", "個人情報の漏えい\n"},
		{"katakana items", "次の事案\nア 要配慮個人情報を含む\nイ 財産的被害のおそれ\n", "次の事案\nア 要配慮個人情報を含む\nイ 財産的被害のおそれ\n"},
		{"number with comma item", "内容\n1、氏名\n2、住所\n", "内容\n1、氏名\n2、住所\n"},
		{"spaced heading", "経緯は以下\n1 経 過\n(1)令和6年5月28日\n", "経緯は以下\n1 経 過\n(1)令和6年5月28日\n"},
		{"number continues a sentence", "対象は約\n1,500件です。\n", "対象は約1,500件です。\n"},
		{"empty", "\n\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := decode.JoinPDFLines(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecodePDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (apt-get install poppler-utils); skipping the PDF round trip")
	}
	res, err := decode.Decode(readFile(t, "pdf/notice.pdf"), decode.Hint{Filename: "notice.pdf"})
	if err != nil {
		t.Fatal(err)
	}
	if res.MediaType != "application/pdf" || res.Encoding != "utf-8" {
		t.Errorf("got %s %s", res.MediaType, res.Encoding)
	}
	golden.Check(t, "pdf/notice.golden", []byte(res.Text))

	// A declared PDF may have bytes before its header.
	junk := append([]byte("HTTP junk\r\n"), readFile(t, "pdf/notice.pdf")...)
	res2, err := decode.Decode(junk, decode.Hint{ContentType: "application/pdf"})
	if err != nil || res2.Text != res.Text {
		t.Errorf("PDF with leading junk: %v %q", err, res2.Text)
	}
}

func TestDecodePDFWithoutTool(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := decode.Decode([]byte("%PDF-1.4\n%%EOF\n"), decode.Hint{})
	if !errors.Is(err, decode.ErrNoPDFTool) {
		t.Fatalf("err = %v, want ErrNoPDFTool", err)
	}
	if !strings.Contains(err.Error(), "install poppler-utils (e.g. apt-get install poppler-utils)") {
		t.Errorf("err = %q lacks the install hint", err)
	}
}

func TestDecodeBrokenPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	_, err := decode.Decode([]byte("%PDF-1.4\nnot really a pdf\n"), decode.Hint{})
	if err == nil || !strings.HasPrefix(err.Error(), "decode: pdftotext failed (") {
		t.Fatalf("err = %v, want a decode error", err)
	}
}

func TestDecodeUTF16WithoutBOM(t *testing.T) {
	// ASCII-heavy UTF-16 is recognised by its NUL bytes.
	le := []byte("N\x00o\x00t\x00i\x00c\x00e\x00:\x00 \x00\x4A\x30\xE5\x77\x89\x30\x5B\x30\n\x00")
	be := make([]byte, len(le))
	for i := 0; i < len(le); i += 2 {
		be[i], be[i+1] = le[i+1], le[i]
	}
	for enc, raw := range map[string][]byte{"utf-16le": le, "utf-16be": be} {
		res, err := decode.Decode(raw, decode.Hint{})
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		if res.Encoding != enc || res.Text != "Notice: お知らせ\n" {
			t.Errorf("%s: got %s %q", enc, res.Encoding, res.Text)
		}
	}
}

// TestDecodeSeeds checks that the shared seed texts (UTF-8 plain text) come
// back byte for byte, so that report offsets stay valid.
func TestDecodeSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds under ../../../shared/corpus/seeds (only present in the development workspace)")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			res, err := decode.Decode(raw, decode.Hint{Filename: f})
			if err != nil {
				t.Fatal(err)
			}
			if res.Encoding != "utf-8" || res.MediaType != "text/plain" || res.Text != strings.TrimPrefix(string(raw), "\uFEFF") {
				t.Errorf("got %s %s, text changed: %v", res.Encoding, res.MediaType, res.Text != string(raw))
			}
		})
	}
}
