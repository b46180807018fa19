package decode

import "errors"

// Sentinel errors returned (wrapped) by this package. Test with errors.Is.
var (
	// ErrUnknownEncoding means the bytes are not text in any supported
	// encoding: they contain NUL bytes or other binary data, or they are
	// invalid in every candidate encoding. The wrapping error says what was
	// wrong; callers should add the file name.
	ErrUnknownEncoding = errors.New("decode: unknown or unsupported text encoding")

	// ErrNoPDFTool means a PDF was given but pdftotext (poppler-utils) is not
	// installed or not on PATH.
	ErrNoPDFTool = errors.New("decode: pdftotext not found")

	// ErrEmpty means the input has no bytes (or only a byte order mark).
	ErrEmpty = errors.New("decode: empty input")
)
