package decode

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLToText converts an HTML document (already UTF-8) to plain text.
//
// Navigation and non-content elements (script, style, noscript, template,
// nav, aside, form, svg, iframe, object, ..., elements with
// role=navigation/banner/contentinfo/search, aria-hidden=true or the hidden
// attribute) are dropped; header and footer are dropped unless they are
// inside an article or main element (where they hold the article's own
// heading or date). Block elements start new lines; paragraphs, headings,
// lists, tables and blockquotes are separated by a blank line. Inline
// whitespace is collapsed to one space (a line break between two East Asian
// wide characters is removed altogether); full-width spaces (U+3000) are
// kept. <pre> content is kept as is. Table cells are separated by a tab.
// Items of unordered lists get a "・" prefix and items of ordered lists
// "1. ", "2. ", ... unless the text already starts with a bullet. The
// <title> becomes the first line only when the body has no h1. The output
// has no trailing spaces, no runs of blank lines, and ends with a newline
// (or is empty).
func HTMLToText(r io.Reader) (string, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return "", fmt.Errorf("decode: parse html: %w", err)
	}
	w := &textWriter{}
	body := findFirst(doc, atom.Body)
	if body == nil {
		body = doc
	}
	if !hasHeading(body) {
		if t := findFirst(doc, atom.Title); t != nil {
			w.text(textContent(t), false)
			w.newlines(2)
		}
	}
	w.walk(body, false)
	return tidy(w.sb.String()), nil
}

// Elements dropped with their content.
var droppedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Svg: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Select: true, atom.Button: true, atom.Head: true, atom.Dialog: true,
	atom.Math: true, atom.Audio: true, atom.Video: true, atom.Map: true,
	atom.Input: true, atom.Textarea: true, atom.Title: true,
}

var droppedRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "search": true,
	"menu": true, "menubar": true, "dialog": true,
}

// Block elements: the number of line breaks they put around their content
// (1: own line, 2: blank line).
var blockBreaks = map[atom.Atom]int{
	atom.P: 2, atom.H1: 2, atom.H2: 2, atom.H3: 2, atom.H4: 2, atom.H5: 2, atom.H6: 2,
	atom.Blockquote: 2, atom.Pre: 2, atom.Table: 2, atom.Ul: 2, atom.Ol: 2, atom.Dl: 2,
	atom.Hr: 2, atom.Figure: 2,
	atom.Div: 1, atom.Section: 1, atom.Article: 1, atom.Main: 1, atom.Header: 1,
	atom.Footer: 1, atom.Address: 1, atom.Li: 1, atom.Dt: 1, atom.Dd: 1, atom.Tr: 1,
	atom.Caption: 1, atom.Thead: 1, atom.Tbody: 1, atom.Tfoot: 1, atom.Figcaption: 1,
	atom.Fieldset: 1, atom.Legend: 1, atom.Details: 1, atom.Summary: 1, atom.Center: 1,
	atom.Body: 1,
}

type textWriter struct {
	sb strings.Builder
	// pendingNL is the number of line breaks owed before the next text.
	pendingNL int
	// pendingSpace is set when collapsed whitespace is owed; pendingBreak
	// when that whitespace contained a line break (removable between
	// CJK characters).
	pendingSpace, pendingBreak bool
	last                       rune // last rune written, 0 at start of line
	cellCount                  int  // cells written in the current row
}

func (w *textWriter) newlines(n int) {
	w.pendingNL = max(w.pendingNL, n)
	w.pendingSpace, w.pendingBreak = false, false
}

// flush writes owed line breaks.
func (w *textWriter) flush() {
	if w.pendingNL > 0 {
		if w.sb.Len() > 0 {
			w.sb.WriteString(strings.Repeat("\n", min(w.pendingNL, 2)))
		}
		w.pendingNL = 0
		w.last = 0
	}
}

// raw writes s unchanged (for <pre>, separators and prefixes).
func (w *textWriter) raw(s string) {
	if s == "" {
		return
	}
	w.flush()
	if w.pendingSpace && w.last != 0 {
		w.sb.WriteByte(' ')
	}
	w.pendingSpace, w.pendingBreak = false, false
	w.sb.WriteString(s)
	if r, _ := utf8.DecodeLastRuneInString(s); r == '\n' {
		w.last = 0
	} else {
		w.last = r
	}
}

// text writes s collapsing whitespace (unless pre).
func (w *textWriter) text(s string, pre bool) {
	if pre {
		w.raw(s)
		return
	}
	for len(s) > 0 {
		// Leading whitespace run.
		i := 0
		brk := false
		for i < len(s) && isCollapsible(s[i]) {
			if s[i] == '\n' || s[i] == '\r' {
				brk = true
			}
			i++
		}
		if i > 0 {
			if !w.pendingSpace {
				w.pendingBreak = brk
			} else {
				w.pendingBreak = w.pendingBreak && brk
			}
			w.pendingSpace = true
			s = s[i:]
			continue
		}
		j := 0
		for j < len(s) && !isCollapsible(s[j]) {
			j++
		}
		word := strings.ReplaceAll(s[:j], "\u00a0", " ")
		s = s[j:]
		w.flush()
		if w.pendingSpace && w.last != 0 {
			first, _ := utf8.DecodeRuneInString(word)
			if !(w.pendingBreak && isWide(w.last) && isWide(first)) {
				w.sb.WriteByte(' ')
			}
		}
		w.pendingSpace, w.pendingBreak = false, false
		w.sb.WriteString(word)
		w.last, _ = utf8.DecodeLastRuneInString(word)
	}
}

func isCollapsible(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// isWide reports East Asian characters between which a source line break
// should vanish rather than become a space.
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

func (w *textWriter) walk(n *html.Node, pre bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.text(c.Data, pre)
		case html.ElementNode:
			w.element(c, pre)
		case html.DocumentNode:
			w.walk(c, pre)
		}
	}
}

func (w *textWriter) element(n *html.Node, pre bool) {
	if dropped(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		// A hard line break: emitted even if one is already owed so
		// that <br><br> gives a blank line.
		w.flush()
		w.sb.WriteByte('\n')
		w.last = 0
		w.pendingSpace, w.pendingBreak = false, false
		return
	case atom.Img:
		return
	case atom.Td, atom.Th:
		if w.cellCount > 0 {
			w.pendingSpace = false
			w.raw("\t")
		}
		w.cellCount++
		w.walk(n, pre)
		return
	case atom.Tr:
		w.newlines(1)
		saved := w.cellCount
		w.cellCount = 0
		w.walk(n, pre)
		w.cellCount = saved
		w.newlines(1)
		return
	case atom.Li:
		w.newlines(1)
		w.listPrefix(n)
		w.walk(n, pre)
		w.newlines(1)
		return
	case atom.Pre, atom.Textarea, atom.Listing, atom.Xmp:
		w.newlines(2)
		w.flush()
		w.walk(n, true)
		w.newlines(2)
		return
	}
	if b, ok := blockBreaks[n.DataAtom]; ok {
		w.newlines(b)
		w.walk(n, pre)
		w.newlines(b)
		return
	}
	w.walk(n, pre)
}

// listPrefix writes "・" or "N. " for a list item unless its text already
// starts with a bullet or number.
func (w *textWriter) listPrefix(li *html.Node) {
	parent := li.Parent
	if parent == nil {
		return
	}
	first := strings.TrimSpace(textContent(li))
	if first == "" {
		return
	}
	r, _ := utf8.DecodeRuneInString(first)
	if strings.ContainsRune("・●○■□◆◇▲△▼▽※＊*-–—‐･•◎★☆→①②③④⑤⑥⑦⑧⑨⑩", r) || unicode.IsDigit(r) || r == '(' || r == '（' {
		return
	}
	switch parent.DataAtom {
	case atom.Ul, atom.Menu:
		w.raw("・")
	case atom.Ol:
		num := 1
		if s := attr(parent, "start"); s != "" {
			if v, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && v >= 0 && v < 1e6 {
				num = v
			}
		}
		for s := parent.FirstChild; s != nil && s != li; s = s.NextSibling {
			if s.Type == html.ElementNode && s.DataAtom == atom.Li {
				num++
			}
		}
		w.raw(strconv.Itoa(num) + ". ")
	}
}

// dropped reports whether an element is left out with all its content.
func dropped(n *html.Node) bool {
	if droppedElements[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Header || n.DataAtom == atom.Footer {
		if !hasAncestor(n, atom.Article, atom.Main) {
			return true
		}
	}
	if droppedRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	if boilerplateID(n) && !hasAncestor(n, atom.Article, atom.Main) && !containsMain(n) {
		return true
	}
	if strings.EqualFold(strings.TrimSpace(attr(n, "aria-hidden")), "true") {
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "hidden" && a.Namespace == "" {
			return true
		}
	}
	return false
}

// boilerplateNames are id and class names (lower-cased, without "-" and
// "_") that site templates use for headers, menus, breadcrumbs and footers.
var boilerplateNames = map[string]bool{
	"header": true, "siteheader": true, "globalheader": true, "lheader": true,
	"footer": true, "sitefooter": true, "globalfooter": true, "lfooter": true,
	"gnav": true, "gnavi": true, "globalnav": true, "globalnavi": true, "globalnavigation": true,
	"breadcrumb": true, "breadcrumbs": true, "topicpath": true, "pankuzu": true,
	"sidebar": true, "sidenav": true, "sidenavi": true, "localnav": true, "localnavi": true,
	"pagetop": true, "skiplink": true, "skipnav": true, "snsshare": true, "sharebuttons": true,
}

// boilerplateID reports whether an element's id or one of its classes names
// a site template part.
func boilerplateID(n *html.Node) bool {
	norm := func(s string) string {
		return strings.NewReplacer("-", "", "_", "").Replace(strings.ToLower(s))
	}
	if boilerplateNames[norm(attr(n, "id"))] {
		return true
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if boilerplateNames[norm(c)] {
			return true
		}
	}
	return false
}

// containsMain reports whether n contains the page's main content (a main
// or article element, or role=main), which a template wrapper named like
// boilerplate must not take down with it.
func containsMain(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Main || c.DataAtom == atom.Article || strings.EqualFold(attr(c, "role"), "main") || containsMain(c) {
			return true
		}
	}
	return false
}

func hasAncestor(n *html.Node, as ...atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		for _, a := range as {
			if p.DataAtom == a {
				return true
			}
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// findFirst returns the first element with the atom a that is not inside a
// dropped element, in document order.
func findFirst(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom == a {
				return c
			}
			if c.DataAtom != atom.Head && a != atom.Title && dropped(c) {
				continue
			}
		}
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

// hasHeading reports whether n has a kept h1 with some text (a logo image
// in an h1 does not count).
func hasHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if dropped(c) {
			continue
		}
		if c.DataAtom == atom.H1 && textContent(c) != "" {
			return true
		}
		if hasHeading(c) {
			return true
		}
	}
	return false
}

// textContent returns the concatenated text of n with whitespace collapsed.
func textContent(n *html.Node) string {
	var sb strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom != atom.Title && dropped(c) {
				continue
			}
			rec(c)
		}
	}
	rec(n)
	return strings.Join(strings.FieldsFunc(sb.String(), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0'
	}), " ")
}

// tidy removes trailing whitespace from lines, leading and trailing blank
// lines and runs of blank lines, and ends non-empty text with a newline.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // suppress leading blank lines
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}
