// Package decode turns raw document bytes (plain text, HTML or PDF in UTF-8, UTF-16, Shift_JIS, EUC-JP or ISO-2022-JP) into UTF-8 plain text.
package decode
