package decode

import (
	"bytes"
	"fmt"
	"mime"
	"path"
	"strings"
)

// Media types reported in Result.MediaType.
const (
	MediaText = "text/plain"
	MediaHTML = "text/html"
	MediaPDF  = "application/pdf"
)

// Hint carries what is known about the bytes from outside them.
type Hint struct {
	ContentType string // HTTP Content-Type header, may be ""
	Filename    string // path or URL, for the extension
}

// Result is a decoded document.
type Result struct {
	// Text is the UTF-8 plain text. For text/plain it is exactly the decoded
	// bytes (only a byte order mark is removed), so byte offsets into Text
	// are stable; for HTML and PDF it is the extracted text.
	Text string
	// Encoding is the detected charset of the raw bytes: "utf-8",
	// "shift_jis", "euc-jp", "iso-2022-jp", "utf-16le" or "utf-16be".
	// PDFs report "utf-8" (the encoding of pdftotext's output).
	Encoding string
	// MediaType is "text/plain", "text/html" or "application/pdf".
	MediaType string
}

// Decode detects the media type and character encoding of raw and returns
// its UTF-8 text. HTML is converted to plain text with HTMLToText; PDF is
// converted with pdftotext and JoinPDFLines.
//
// Errors wrap ErrEmpty (no bytes), ErrUnknownEncoding (binary or undecodable
// data) or ErrNoPDFTool (PDF without pdftotext installed).
func Decode(raw []byte, h Hint) (Result, error) {
	if len(raw) == 0 {
		return Result{}, ErrEmpty
	}
	media := detectMedia(raw, h)
	if media == MediaPDF {
		text, err := pdfToText(raw)
		if err != nil {
			return Result{}, err
		}
		return Result{Text: text, Encoding: "utf-8", MediaType: MediaPDF}, nil
	}
	text, enc, err := decodeText(raw, contentTypeCharset(h.ContentType), media == MediaHTML)
	if err != nil {
		return Result{}, err
	}
	if media == MediaHTML {
		text, err = HTMLToText(strings.NewReader(text))
		if err != nil {
			return Result{}, err
		}
	}
	return Result{Text: text, Encoding: enc, MediaType: media}, nil
}

// detectMedia returns the media type of raw. The PDF magic wins over
// everything; then the Content-Type header, the file extension and finally a
// sniff of the first kilobyte decide between HTML and plain text.
func detectMedia(raw []byte, h Hint) string {
	head := raw[:min(len(raw), 1024)]
	if bytes.HasPrefix(bytes.TrimLeft(head, "\x00\t\n\r "), []byte("%PDF-")) {
		return MediaPDF
	}
	ct := ""
	if h.ContentType != "" {
		if mt, _, err := mime.ParseMediaType(h.ContentType); err == nil {
			ct = strings.ToLower(mt)
		}
	}
	ext := extension(h.Filename)
	switch {
	case ct == "application/pdf" || ext == ".pdf":
		// PDF readers accept the header anywhere in the first kilobyte.
		if bytes.Contains(head, []byte("%PDF-")) {
			return MediaPDF
		}
		// Declared PDF without the magic: most likely an HTML error page
		// or text; sniff rather than fail in pdftotext.
		if looksLikeHTML(raw) {
			return MediaHTML
		}
		return MediaText
	case ct == "text/html" || ct == "application/xhtml+xml":
		return MediaHTML
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml":
		return MediaHTML
	case ct == "text/plain" || ext == ".txt":
		return MediaText
	}
	if looksLikeHTML(raw) {
		return MediaHTML
	}
	return MediaText
}

// extension returns the lower-cased extension of a path or URL, ignoring a
// query string or fragment.
func extension(name string) string {
	if i := strings.IndexAny(name, "?#"); i >= 0 {
		name = name[:i]
	}
	return strings.ToLower(path.Ext(name))
}

var htmlSniffTags = []string{
	"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<p>", "<p ",
	"<div", "<br", "<h1", "<h2", "<table", "<a href", "<script", "<!--",
}

// looksLikeHTML reports whether the first kilobyte starts with (optional
// whitespace and) a tag that is typical of HTML. UTF-16 input is sniffed on
// its even or odd bytes.
func looksLikeHTML(raw []byte) bool {
	head := raw[:min(len(raw), 1024)]
	head = bytes.TrimPrefix(head, bomUTF8)
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		// Drop the NUL halves of ASCII code units.
		head = bytes.ReplaceAll(head[2:], []byte{0}, nil)
	}
	s := strings.ToLower(string(bytes.TrimLeft(head, " \t\r\n\f")))
	if strings.HasPrefix(s, "<?xml") && strings.Contains(s, "<html") {
		return true
	}
	for _, t := range htmlSniffTags {
		if strings.HasPrefix(s, t) {
			return true
		}
	}
	// A text that starts with prose but contains an html or body tag early.
	return strings.Contains(s, "<html") || strings.Contains(s, "<body")
}

// contentTypeCharset returns the charset parameter of an HTTP Content-Type.
func contentTypeCharset(ct string) string {
	if ct == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(ct)
	if err != nil {
		// Be lenient with malformed headers such as "text/html;charset=sjis;".
		if i := strings.Index(strings.ToLower(ct), "charset="); i >= 0 {
			v := ct[i+len("charset="):]
			if j := strings.IndexAny(v, "; "); j >= 0 {
				v = v[:j]
			}
			return strings.Trim(v, `"'`)
		}
		return ""
	}
	return params["charset"]
}

// refuse builds an ErrUnknownEncoding error with a reason.
func refuse(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrUnknownEncoding, fmt.Sprintf(format, args...))
}
