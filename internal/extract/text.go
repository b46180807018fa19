package extract

import (
	"iter"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/jptext"
	"github.com/jikenbo/jikenbo/internal/model"
)

// view is one report's text prepared for matching: width-folded by
// jptext.Fold and with spaces and tabs removed (PDF extractions space out
// words: "令 和 5 年", "2023 年 5 月"), newlines kept. off maps every byte
// of s back to the report text.
type view struct {
	doc   string  // the whole document
	base  int     // report start in doc
	orig  string  // the report text
	s     string  // normalized text
	off   []int32 // len(s)+1 offsets into orig
	sents []span  // sentences of s
	lines []span  // lines of s (without the newline)
	hits  []hit   // cue occurrences in s, by end
	marks uint32  // mark groups present (see markBit)

	firstLines []span           // the first non-blank lines (cache of nonEmptyLines)
	smarks     []uint16         // per sentence: marksKnown|sentenceMarks, 0 until read (see sentMarks)
	dateText   *jptext.DateText // s folded for FindDates (see findDates), made on first use
	data       *[]dataHit       // the data kinds found (see readData), made on first use
	offBuf     []int32          // the pooled buffer behind off (see release)
}

// offPool recycles the offset tables of views: at four bytes per byte of a
// report they were most of the memory extraction allocated.
var offPool sync.Pool // of *[]int32

// getOffs returns an int32 slice of length n with arbitrary contents.
func getOffs(n int) []int32 {
	if p, ok := offPool.Get().(*[]int32); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]int32, n)
}

// hitPool recycles the cue hit lists of views.
var hitPool sync.Pool // of *[]hit

// getHits returns an empty hit slice with room for n hits or more.
func getHits(n int) []hit {
	if p, ok := hitPool.Get().(*[]hit); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]hit, 0, n)
}

// putHits returns a hit slice to hitPool.
func putHits(h []hit) {
	h = h[:0]
	hitPool.Put(&h)
}

// release returns the view's offset table and hit list to their pools;
// the view must not be used afterwards.
func (v *view) release() {
	if v.offBuf != nil {
		b := v.offBuf
		v.offBuf, v.off = nil, nil
		offPool.Put(&b)
	}
	if v.hits != nil {
		putHits(v.hits)
		v.hits = nil
	}
}

// markBit numbers the mark groups.
func markBit(group string) uint32 {
	switch group {
	case "event":
		return 1
	case "apology":
		return 2
	case "retail":
		return 4
	case "wrong":
		return 8
	case "card":
		return 16
	case "disclosure":
		return 32
	case "personal":
		return 64
	}
	return 0
}

// has reports whether a word of the mark group occurs in the report.
func (v *view) has(group string) bool { return v.marks&markBit(group) != 0 }

// span is a half-open byte range of view.s.
type span struct{ start, end int }

func newView(doc string, seg model.Segment) *view {
	prepareMatchers()
	a, b := clampSpan(seg.Span, len(doc))
	orig := doc[a:b]
	f, offs := foldOffsets(orig)
	var sb strings.Builder
	sb.Grow(len(f))
	off := offs[:0] // compacted in place: entry i is written after offs[i] is read
	for i := 0; i < len(f); i++ {
		// Copy a run of ordinary bytes at once.
		j := i
		for j < len(f) && !blankLead[f[j]] {
			j++
		}
		if j > i {
			sb.WriteString(f[i:j])
			off = append(off, offs[i:j]...) // memmove: the destination never passes the source
			if i = j; i == len(f) {
				break
			}
		}
		c := f[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			// Keep one space between two ASCII letters or digits
			// ("Microsoft Teams", "5/29 16:27").
			// Spaced-out text ("1 6 日", "令 和 5") loses its spaces.
			spacedOut := i >= 2 && f[i-2] == ' '
			if !spacedOut && sb.Len() > 0 && isAlnum(sb.String()[sb.Len()-1]) && i+1 < len(f) && isAlnum(f[i+1]) {
				sb.WriteByte(' ')
				off = append(off, offs[i])
			}
			continue
		}
		if c == 0xC2 && i+1 < len(f) && f[i+1] == 0xA0 { // no-break space
			i++
			continue
		}
		sb.WriteByte(c)
		off = append(off, offs[i])
	}
	off = append(off, int32(len(orig)))
	ns, noff, lines := joinWrapped(sb.String(), off)
	v := &view{doc: doc, base: a, orig: orig, s: ns, off: noff, offBuf: offs}
	v.lines = lines
	v.sents = splitSentences(v.s, v.lines)
	v.hits = cues.findAll(v.s, getHits(len(v.s)/24+8))
	for _, h := range v.hits {
		if c := &cueList[h.id]; h.kind == kMark {
			v.marks |= markBit(c.code)
		}
	}
	return v
}

// blankLead marks the bytes newView treats specially: white space other
// than newlines and the lead byte of a no-break space.
var blankLead = [256]bool{' ': true, '\t': true, '\r': true, '\f': true, '\v': true, 0xC2: true}

func clampSpan(sp model.Span, n int) (int, int) {
	a, b := sp.Start, sp.End
	if a < 0 {
		a = 0
	}
	if b > n {
		b = n
	}
	if a > b {
		a = b
	}
	return a, b
}

// docSpan maps a range of s to a byte span of the document, trimming
// removed white space at the end.
func (v *view) docSpan(a, b int) model.Span {
	if a < 0 {
		a = 0
	}
	if b > len(v.s) {
		b = len(v.s)
	}
	if b < a {
		b = a
	}
	oa := int(v.off[a])
	ob := oa
	if b > a {
		// End after the last rune of the range.
		_, size := utf8.DecodeLastRuneInString(v.s[a:b])
		last := b - size
		ob = int(v.off[last])
		// The original rune may be longer than the folded one (full width).
		_, osize := utf8.DecodeRuneInString(v.orig[ob:])
		ob += osize
		if ob > len(v.orig) {
			ob = len(v.orig)
		}
	}
	return model.Span{Start: v.base + oa, End: v.base + ob}
}

// origText returns the report text (as written) behind a range of s.
func (v *view) origText(a, b int) string {
	sp := v.docSpan(a, b)
	return v.doc[sp.Start:sp.End]
}

// fromOrig maps a byte offset of the report text to the nearest offset of s.
func (v *view) fromOrig(o int) int {
	offs := v.off[:len(v.off)-1]
	return sort.Search(len(offs), func(i int) bool { return int(offs[i]) >= o })
}

func splitLines(s string) []span {
	out := make([]span, 0, strings.Count(s, "\n")+1)
	start := 0
	for {
		j := strings.IndexByte(s[start:], '\n')
		if j < 0 {
			break
		}
		out = append(out, span{start, start + j})
		start += j + 1
	}
	out = append(out, span{start, len(s)})
	return out
}

// splitSentences cuts s at 。！？ and at line ends, except where a long line
// was evidently wrapped (PDF text): a line of 30 runes or more that does not
// end in punctuation continues on the next non-blank line.
func splitSentences(s string, lines []span) []span {
	out := make([]span, 0, len(lines)+len(s)/64) // a guess: counting 。 costs more than growing
	start := 0
	emit := func(end int) {
		if end > start {
			out = append(out, span{start, end})
		}
		start = end
	}
	for li, ln := range lines {
		// Folded text: ！？ are ASCII; 。 is E3 80 82. A three-byte rune is
		// tested whole, so that kana and kanji take one path (a branch
		// between them would be mispredicted at every other rune).
		for i := ln.start; i < ln.end; i++ {
			c := s[i]
			if c >= 0xE0 && c < 0xF0 && i+2 < ln.end && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				if c == 0xE3 && s[i+1] == 0x80 && s[i+2] == 0x82 {
					emit(i + 3)
				}
				i += 2
				continue
			}
			if c == '!' || c == '?' {
				emit(i + 1)
			} else if c == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x82 {
				emit(i + 3) // 。 across the line's end (never in practice)
				i += 2
			}
		}
		if ln.end >= len(s) {
			break
		}
		if wrapped(s, ln) && li+1 < len(lines) && lines[li+1].end > lines[li+1].start && !startsItem(s[lines[li+1].start:lines[li+1].end]) {
			continue
		}
		emit(ln.end)
		start = ln.end + 1
	}
	emit(len(s))
	return out
}

func wrapped(s string, ln span) bool {
	t := s[ln.start:ln.end]
	if !atLeastRunes(t, 30) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '。', '」', ')', '）', ':', '：', '!', '?', '】', '>':
		return false
	}
	return true
}

// continuationBytes counts the UTF-8 continuation bytes (10xxxxxx) of
// eight bytes: a byte's top bit set and the bit below it clear.
func continuationBytes(b string) int {
	_ = b[7]
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	return bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080)
}

// atLeastRunes reports whether t holds n runes or more, reading no further
// than needed (as utf8.RuneCountInString(t) >= n).
func atLeastRunes(t string, n int) bool {
	if len(t) < n {
		return false
	}
	if len(t) >= 4*n {
		return true // a rune is at most 4 bytes
	}
	// Count rune starts: every byte but a continuation byte (the same
	// count as decoding, for valid UTF-8, at a fraction of the cost),
	// eight bytes at a time while the count cannot be reached inside
	// the next eight.
	i := 0
	for ; i+8 <= len(t) && n > 8; i += 8 {
		n -= 8 - continuationBytes(t[i:i+8])
	}
	for ; i < len(t); i++ {
		if t[i]&0xC0 != 0x80 {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// startsItem reports whether a line starts with a bullet or enumerator.
func startsItem(t string) bool {
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	switch {
	case hasRune("・•●○■□◆◇▼▶-*※<【(［[", r):
		return true
	case r >= '①' && r <= '⑳':
		return true
	case r >= '0' && r <= '9':
		return true
	}
	return false
}

// sentenceAt returns the sentence containing byte i of s.
func (v *view) sentenceAt(i int) span {
	k := firstEndAfter(v.sents, i)
	if k < len(v.sents) && v.sents[k].start <= i {
		return v.sents[k]
	}
	return span{i, i}
}

// firstEndAfter returns the index of the first span of the ordered spans
// ending after i, or len(spans) (sort.Search without its closure calls).
func firstEndAfter(spans []span, i int) int {
	lo, hi := 0, len(spans)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if spans[m].end > i {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// sentenceIndex returns the index of the sentence containing byte i, or -1.
func (v *view) sentenceIndex(i int) int {
	k := firstEndAfter(v.sents, i)
	if k < len(v.sents) && v.sents[k].start <= i {
		return k
	}
	return -1
}

// lineAt returns the index of the line containing byte i of s.
func (v *view) lineAt(i int) int {
	k := firstEndAfter(v.lines, i-1) // the first line ending at or after i
	if k >= len(v.lines) {
		return len(v.lines) - 1
	}
	return k
}

func (v *view) text(sp span) string { return v.s[sp.start:sp.end] }

// tellsIncident reports whether s[a:b] holds a cue for a kind of incident
// or a leak word (over the whole report: whether it has one at all).
func tellsIncident(v *view, a, b int) bool {
	for _, h := range v.hits {
		if h.start >= a && h.end <= b {
			if k := h.kind; k == kType || k == kLeak {
				return true
			}
		}
	}
	return false
}

// runesBack returns the start of the n runes before i (not before lo).
func runesBack(s string, i, n, lo int) int {
	for ; n > 0 && i > lo; n-- {
		// A whole three-byte rune (kana, kanji) without decoding it.
		if i-3 >= lo && s[i-3] >= 0xE0 && s[i-3] < 0xF0 && s[i-2]&0xC0 == 0x80 && s[i-1]&0xC0 == 0x80 {
			i -= 3
			continue
		}
		_, size := utf8.DecodeLastRuneInString(s[lo:i])
		i -= size
	}
	return i
}

// runesFwd returns the end of the n runes after i (not after hi).
func runesFwd(s string, i, n, hi int) int {
	for ; n > 0 && i < hi; n-- {
		if i+3 <= hi && s[i] >= 0xE0 && s[i] < 0xF0 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:hi])
		i += size
	}
	return i
}

// clauseEnd returns the end of the clause starting at i: the next 、 。 or
// newline (not after hi).
func clauseEnd(s string, i, hi int) int {
	for i < hi {
		r, size := utf8.DecodeRuneInString(s[i:hi])
		if r == '、' || r == '。' || r == '\n' || r == ',' || r == '，' {
			return i
		}
		i += size
	}
	return hi
}

// index is strings.Index tuned for Japanese text. strings.Index scans for
// the needle's first byte, and in UTF-8 Japanese every rune starts with one
// of a handful of lead bytes (E3 for kana, E4–E9 for kanji), so it stops
// at nearly every rune. index scans for the last byte of one of the
// needle's leading three-byte runes instead (spread over 64 values): the
// first whose last byte is none of 80–83, which are also the middle bytes
// of kana and punctuation (E3 81 xx) and so stand at every other rune.
func index(s, sub string) int {
	n := len(sub)
	if n < 3 || n > len(s) || sub[0] < 0xE0 || sub[0] >= 0xF0 {
		return strings.Index(s, sub)
	}
	p := 2 // the anchor byte's offset in sub
	for q := 2; q < n && sub[q-2] >= 0xE0 && sub[q-2] < 0xF0; q += 3 {
		if c := sub[q]; c < 0x80 || c > 0x83 {
			p = q
			break
		}
	}
	c := sub[p]
	for i := p; ; {
		o := strings.IndexByte(s[i:len(s)-n+p+1], c)
		if o < 0 {
			return -1
		}
		// Check the lead and second bytes before calling for the whole
		// comparison: most candidates fail there.
		if j := i + o - p; s[j] == sub[0] && s[j+1] == sub[1] && s[j:j+n] == sub {
			return j
		}
		i += o + 1
	}
}

// hasRune is strings.ContainsRune for the short sets of punctuation and
// kanji the rules keep in strings, without strings.IndexRune's conversion
// of the rune to a string and its search.
func hasRune(set string, r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && strings.IndexByte(set, byte(r)) >= 0
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	// Scan for the rune's last byte (a continuation byte, spread over 64
	// values), then check the bytes before it.
	last := b[n-1]
	for i := n - 1; i < len(set); i++ {
		o := strings.IndexByte(set[i:], last)
		if o < 0 {
			return false
		}
		i += o
		if set[i-n+1] == b[0] && (n < 3 || set[i-n+2] == b[1]) && (n < 4 || set[i-1] == b[2]) {
			return true
		}
	}
	return false
}

// occurrences yields the start of each occurrence of sub in s, left to
// right, each search starting after the previous occurrence.
func occurrences(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if sub == "" {
			return
		}
		for j := 0; j < len(s); {
			k := index(s[j:], sub)
			if k < 0 {
				return
			}
			at := j + k
			j = at + len(sub)
			if !yield(at) {
				return
			}
		}
	}
}

// contains is strings.Contains through index.
func contains(s, sub string) bool { return index(s, sub) >= 0 }

func containsAny(s string, words []string) bool {
	if len(words) >= 4 && len(s) > 0 && !searchWordByWord(len(s), len(words)) {
		if a := wordSet(words); a != nil && len(a.plen) == len(words) {
			return a.matchesAny(s)
		}
	}
	for _, w := range words {
		if contains(s, w) {
			return true
		}
	}
	return false
}

// searchWordByWord reports whether n words are found in a text of m bytes
// sooner by one index call each than by one pass of their automaton. A
// pass costs some 3 ns a byte (each byte's transition waits for the one
// before; the table is often not in the cache); an index call some 16 ns
// and a sixteenth of a nanosecond a byte (a vector scan for one byte).
func searchWordByWord(m, n int) bool { return n*(16+m/16) < 3*m }

// hasPrefixAny reports whether s starts with one of words. The words are
// mostly Japanese, whose lead bytes are few: comparing the third byte
// first rejects most words without a call for the whole comparison.
func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if len(w) <= len(s) && (len(w) < 3 || s[2] == w[2]) && s[:len(w)] == w {
			return true
		}
	}
	return false
}

// hasSuffixAny reports whether s ends with one of words, comparing the
// last byte first (as hasPrefixAny does the third).
func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if len(w) <= len(s) && (len(w) == 0 || s[len(s)-1] == w[len(w)-1]) && s[len(s)-len(w):] == w {
			return true
		}
	}
	return false
}

// joinWrapped removes the line breaks of wrapped lines (PDF text cut at a
// fixed width, even inside words: "ダウンロー\nド"), so that each line is a
// logical line.
func joinWrapped(s string, off []int32) (string, []int32, []span) {
	lines := splitLines(s)
	var drop map[int]bool
	for i, ln := range lines {
		if i+1 >= len(lines) || ln.end >= len(s) {
			break
		}
		next := lines[i+1]
		if next.end == next.start || !wrapped(s, ln) || startsItem(s[next.start:next.end]) {
			continue
		}
		t := s[ln.start:ln.end]
		if strings.HasPrefix(t, "http") || contains(t, "://") || isDateLine(s[next.start:next.end]) {
			continue
		}
		if hasSuffixAny(t, []string{"ください", "について", "お知らせ", "ご報告", "お詫び", "おわび", "ません", "です", "ます"}) {
			continue
		}
		if orgLine(t) && particleAfterKanji(t) < 0 {
			continue // a long organization line ("…法人…病院機構 …病院") over the text
		}
		if drop == nil {
			drop = map[int]bool{}
		}
		drop[ln.end] = true
	}
	if len(drop) == 0 {
		return s, off, lines
	}
	var b strings.Builder
	b.Grow(len(s))
	noff := make([]int32, 0, len(off))
	for i := 0; i < len(s); i++ {
		if drop[i] {
			continue
		}
		b.WriteByte(s[i])
		noff = append(noff, off[i])
	}
	noff = append(noff, off[len(s)])
	ns := b.String()
	return ns, noff, splitLines(ns)
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// foldOffsets is jptext.Fold computed from jptext.FoldString: the folded
// text and, for each of its bytes, the offset in s of the rune that produced
// it (len(folded)+1 entries). Folding maps one rune to one rune, except a
// half-width kana and a following sound mark (ｶﾞ), which become one.
// Walking both strings in step avoids Fold's full-size offset table when the
// text needs no folding, and allocates one table otherwise.
func foldOffsets(s string) (string, []int32) {
	f := jptext.FoldString(s)
	offs := getOffs(len(f) + 1) // every entry is written below
	i := 0
	if f == s {
		// Bytes inside a rune map to the rune's start, as jptext.Fold does.
		for i := 0; i < len(s); i++ {
			if c := s[i]; c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				// A whole three-byte rune (kana, kanji) at once.
				offs[i], offs[i+1], offs[i+2] = int32(i), int32(i), int32(i)
				i += 2
				continue
			}
			if utf8.RuneStart(s[i]) || i == 0 {
				offs[i] = int32(i)
			} else {
				offs[i] = offs[i-1]
			}
		}
		offs[len(s)] = int32(len(s))
		return f, offs
	}
	for j := 0; j < len(f); {
		// Fast path: an ASCII byte or an identical rune copied unchanged.
		if c := f[j]; c < utf8.RuneSelf && i < len(s) && s[i] == c {
			offs[j] = int32(i)
			i++
			j++
			continue
		}
		if c := f[j]; c >= 0xE0 && c < 0xF0 && j+3 <= len(f) && i+3 <= len(s) && f[j:j+3] == s[i:i+3] && c != 0xEF {
			offs[j], offs[j+1], offs[j+2] = int32(i), int32(i), int32(i)
			i += 3
			j += 3
			continue
		}
		rf, fs := utf8.DecodeRuneInString(f[j:])
		ro, os := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < fs; k++ {
			offs[j+k] = int32(i)
		}
		i += os
		j += fs
		if ro >= 0xFF66 && ro <= 0xFF9D && i < len(s) {
			if m, ms := utf8.DecodeRuneInString(s[i:]); m == 0xFF9E || m == 0xFF9F {
				// The mark was combined when the kana alone folds otherwise.
				if alone, _ := utf8.DecodeRuneInString(jptext.FoldString(string(ro))); alone != rf {
					i += ms
				}
			}
		}
		if i > len(s) {
			i = len(s)
		}
	}
	offs[len(f)] = int32(len(s))
	return f, offs
}

// prefixSet is a word list for hasPrefixAny, its words grouped by the
// first rune (prefixKey): a text is compared only with the words that open
// with the rune it opens with. The groups are runs of one slice, found
// through a table of offsets (no pointers for the collector to scan).
type prefixSet struct {
	words []string    // grouped by key, in list order within a group
	start [257]uint16 // group k is words[start[k]:start[k+1]]
	plain bool        // a word has no key: test every word
}

// newPrefixSet groups a word list that is never modified.
func newPrefixSet(words []string) *prefixSet {
	p := &prefixSet{}
	var count [256]int
	for _, w := range words {
		k, ok := prefixKey(w)
		if !ok {
			return &prefixSet{words: words, plain: true}
		}
		count[k]++
	}
	n := 0
	for k := range 256 {
		p.start[k] = uint16(n)
		n += count[k]
	}
	p.start[256] = uint16(n)
	p.words = make([]string, n)
	next := p.start
	for _, w := range words {
		k, _ := prefixKey(w)
		p.words[next[k]] = w
		next[k]++
	}
	return p
}

// prefixKey tells the first rune of s apart: an ASCII byte itself, the
// last byte of a three-byte rune (its first two are shared by many). A
// text with another first rune (or none) has no key.
func prefixKey(s string) (byte, bool) {
	if s == "" {
		return 0, false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return c, true
	} else if c >= 0xE0 && c < 0xF0 && len(s) >= 3 {
		return s[2], true
	}
	return 0, false
}

// hasPrefix is hasPrefixAny(s, words). A word that opens s opens with its
// first rune, so it is in the bucket of s's key; a text without a key
// opens with no word (each has one).
func (p *prefixSet) hasPrefix(s string) bool {
	if p.plain {
		return hasPrefixAny(s, p.words)
	}
	k, ok := prefixKey(s)
	if !ok {
		return false
	}
	for _, w := range p.words[p.start[k]:p.start[int(k)+1]] {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
