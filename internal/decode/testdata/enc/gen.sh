#!/bin/sh
# Regenerates the encoded fixtures from the UTF-8 originals with iconv (an
# implementation independent of golang.org/x/text). Run from this directory.
set -e
for f in notice notice-crlf short; do
	iconv -f UTF-8 -t CP932 "$f.utf8.txt" > "$f.sjis.txt"
	iconv -f UTF-8 -t EUC-JP "$f.utf8.txt" > "$f.eucjp.txt"
	iconv -f UTF-8 -t ISO-2022-JP "$f.utf8.txt" > "$f.iso2022jp.txt"
	{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$f.utf8.txt"; } > "$f.utf16le.txt"
	{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$f.utf8.txt"; } > "$f.utf16be.txt"
	{ printf '\357\273\277'; cat "$f.utf8.txt"; } > "$f.utf8bom.txt"
done
iconv -f UTF-8 -t CP932 ext.utf8.txt > ext.sjis.txt
# Binary data with NUL bytes, and bytes that are invalid in every candidate.
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\020\000\000\000\020\010\006\000\000\000' > binary.bin
printf 'abc \200\377\375\376 \240\240 xyz \377\377\n' > invalid.bin
iconv -f UTF-8 -t CP932 page-sjis.src.html > page.sjis.html
iconv -f UTF-8 -t EUC-JP page-eucjp.src.html > page.eucjp.html
# Shift_JIS bytes that wrongly declare UTF-8.
sed 's/charset=Shift_JIS/charset=utf-8/' page-sjis.src.html | iconv -f UTF-8 -t CP932 > page-wrongmeta.sjis.html
