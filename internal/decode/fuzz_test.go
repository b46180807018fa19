package decode_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/decode"
)

// addFixtures seeds a fuzz corpus with the files matching pattern.
func addFixtures(f *testing.F, pattern string, add func([]byte)) {
	files, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			add(b)
		}
	}
}

func FuzzDecode(f *testing.F) {
	addFixtures(f, "enc/*", func(b []byte) { f.Add(b, "", "") })
	addFixtures(f, "html/*.html", func(b []byte) { f.Add(b, "text/html", "") })
	f.Add([]byte("\xFE\xFF\x30\x42"), "", "a.txt")
	f.Add([]byte("<meta charset=euc-jp>\xA4\xA2"), "", "")
	f.Add([]byte("abc"), "text/plain; charset=iso-2022-jp", "")
	f.Fuzz(func(t *testing.T, raw []byte, ct, name string) {
		if strings.HasPrefix(string(raw), "%PDF-") || strings.HasSuffix(strings.ToLower(name), ".pdf") {
			return // do not spawn pdftotext from the fuzzer
		}
		res, err := decode.Decode(raw, decode.Hint{ContentType: ct, Filename: name})
		if err != nil {
			if !errors.Is(err, decode.ErrUnknownEncoding) && !errors.Is(err, decode.ErrEmpty) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(res.Text) {
			t.Fatalf("Text is not valid UTF-8: %q", res.Text)
		}
		if res.MediaType == "text/plain" && res.Encoding == "utf-8" {
			// Plain UTF-8 text is returned byte for byte (minus a BOM).
			if s := strings.TrimPrefix(string(raw), "\uFEFF"); s != res.Text {
				t.Fatalf("plain UTF-8 text altered: %q -> %q", raw, res.Text)
			}
		}
		if res.MediaType == "text/plain" && res.Encoding != "utf-8" && strings.ContainsRune(res.Text, utf8.RuneError) {
			t.Fatalf("%s decoding produced U+FFFD: %q", res.Encoding, res.Text)
		}
	})
}

func FuzzHTMLToText(f *testing.F) {
	addFixtures(f, "html/*.html", func(b []byte) { f.Add(string(b)) })
	f.Add("<pre>\n a \n</pre><ol start=-5><li>x</ol><table><td>a<td>b</table>")
	f.Fuzz(func(t *testing.T, in string) {
		out, err := decode.HTMLToText(strings.NewReader(in))
		if err != nil {
			return
		}
		if strings.Contains(out, "\n\n\n") {
			t.Fatalf("run of blank lines in %q", out)
		}
		for _, l := range strings.Split(out, "\n") {
			if strings.TrimRight(l, " \t") != l {
				t.Fatalf("trailing space in %q", l)
			}
		}
	})
}

func FuzzJoinPDFLines(f *testing.F) {
	addFixtures(f, "pdflines/*.txt", func(b []byte) { f.Add(string(b)) })
	f.Add("a\r\nb\fc\n\n\n- 1 -\n")
	f.Add("0\f00\f0") // form feeds become paragraph breaks: longer, no new letters
	f.Fuzz(func(t *testing.T, in string) {
		out := decode.JoinPDFLines(in)
		if strings.Contains(out, "\n\n\n") {
			t.Fatalf("run of blank lines in %q", out)
		}
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
		// Joining only removes or rewrites white space (a form feed becomes
		// a paragraph break) and drops page-number lines: it never adds
		// letters.
		if letters(out) > letters(in) {
			t.Fatalf("output grew: %q -> %q", in, out)
		}
	})
}

// letters counts the bytes of s that are not white space.
func letters(s string) int {
	return len(strings.Join(strings.Fields(s), ""))
}
