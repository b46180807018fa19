package decode

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// PDFTimeout bounds one pdftotext run.
var PDFTimeout = 60 * time.Second

// pdfToText extracts the text of a PDF with poppler's pdftotext and joins
// the layout line breaks with JoinPDFLines.
func pdfToText(raw []byte) (string, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return "", fmt.Errorf("%w: install poppler-utils (e.g. apt-get install poppler-utils)", ErrNoPDFTool)
	}
	// A temporary file rather than stdin: pdftotext needs to seek, and
	// older poppler versions do not read PDFs from stdin.
	f, err := os.CreateTemp("", "jikenbo-*.pdf")
	if err != nil {
		return "", fmt.Errorf("decode: temporary file for pdftotext: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(raw); err != nil {
		f.Close()
		return "", fmt.Errorf("decode: temporary file for pdftotext: %w", err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("decode: temporary file for pdftotext: %w", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), PDFTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-enc", "UTF-8", "-nopgbrk", f.Name(), "-")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return "", fmt.Errorf("decode: pdftotext timed out after %v", PDFTimeout)
		}
		// The last line of stderr says why (earlier ones are warnings).
		msg := strings.TrimSpace(stderr.String())
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = msg[i+1:]
		}
		if len(msg) > 300 {
			msg = msg[:300]
		}
		if msg == "" {
			msg = "no message"
		}
		return "", fmt.Errorf("decode: pdftotext failed (%s): %w", msg, err)
	}
	text := JoinPDFLines(stdout.String())
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("%w: pdftotext found no text in the PDF (scanned image without OCR?)", ErrEmpty)
	}
	return text, nil
}
