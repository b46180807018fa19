package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fields are the filter names a query understands, with the facet each
// one selects.
var Fields = []string{"type", "sector", "org", "year", "month", "leak", "data", "size", "auth", "vendor"}

// fieldAliases maps alternative filter names to Fields.
var fieldAliases = map[string]string{
	"types": "type", "organization": "org", "datatype": "data", "notified": "auth",
	"authority": "auth", "affected": "size",
}

// Term is one word or phrase of a query.
type Term struct {
	Text   string // as typed (unfolded)
	Phrase bool   // was quoted
	Neg    bool   // prefixed with '-'
}

// Filter is one field:value restriction.
type Filter struct {
	Field string
	Value string
	Neg   bool
}

// Query is a parsed search query.
type Query struct {
	Terms   []Term
	Filters []Filter
}

// maxTerms bounds the work one query can ask for.
const maxTerms = 16

// Parse parses a query: words separated by spaces (ASCII or ideographic),
// "quoted phrases", a leading '-' excluding a word, phrase or filter, and
// field:value filters (type:ransomware sector:自治体 org:市 year:2024
// leak:confirmed data:email). Unknown fields are taken as words. Parse never
// fails; unbalanced quotes run to the end of the input.
func Parse(s string) Query {
	var q Query
	s = strings.ToValidUTF8(s, "")
	if len(s) > 1000 {
		s = s[:1000]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	i := 0
	for i < len(s) && len(q.Terms)+len(q.Filters) < maxTerms {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			i += n
			continue
		}
		neg := false
		if r == '-' || r == '−' {
			if i+n < len(s) {
				nr, _ := utf8.DecodeRuneInString(s[i+n:])
				if !isSpace(nr) {
					neg = true
					i += n
					r, n = utf8.DecodeRuneInString(s[i:])
				}
			}
		}
		if r == '"' || r == '“' || r == '”' {
			j := i + n
			end := len(s)
			next := len(s)
			for k := j; k < len(s); {
				c, m := utf8.DecodeRuneInString(s[k:])
				if c == '"' || c == '“' || c == '”' {
					end, next = k, k+m
					break
				}
				k += m
			}
			if text := s[j:end]; strings.TrimSpace(text) != "" {
				q.Terms = append(q.Terms, Term{Text: text, Phrase: true, Neg: neg})
			}
			i = next
			continue
		}
		j := i
		for j < len(s) {
			c, m := utf8.DecodeRuneInString(s[j:])
			if isSpace(c) {
				break
			}
			j += m
		}
		word := s[i:j]
		i = j
		if f, v, ok := splitField(word); ok {
			q.Filters = append(q.Filters, Filter{Field: f, Value: v, Neg: neg})
			continue
		}
		q.Terms = append(q.Terms, Term{Text: word, Neg: neg})
	}
	return q
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

// splitField recognizes field:value (also with a full-width colon).
func splitField(w string) (field, value string, ok bool) {
	k := strings.IndexAny(w, ":：")
	if k <= 0 {
		return "", "", false
	}
	name := Fold(w[:k])
	_, m := utf8.DecodeRuneInString(w[k:])
	value = w[k+m:]
	if value == "" {
		return "", "", false
	}
	if a, ok := fieldAliases[name]; ok {
		name = a
	}
	for _, f := range Fields {
		if f == name {
			return f, value, true
		}
	}
	return "", "", false
}

// String renders the query back in the syntax Parse reads.
func (q Query) String() string {
	var parts []string
	for _, t := range q.Terms {
		p := t.Text
		if t.Phrase || strings.ContainsAny(p, " \u3000:") {
			p = `"` + strings.ReplaceAll(p, `"`, "") + `"`
		}
		if t.Neg {
			p = "-" + p
		}
		parts = append(parts, p)
	}
	for _, f := range q.Filters {
		p := f.Field + ":" + f.Value
		if f.Neg {
			p = "-" + p
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

// HasFilter reports whether q has the (positive) filter field:value.
func (q Query) HasFilter(field, value string) bool {
	for _, f := range q.Filters {
		if f.Field == field && f.Value == value && !f.Neg {
			return true
		}
	}
	return false
}

// Toggle returns q with the filter field:value added, or removed when q
// already has it; other filters of the same field stay (they combine
// with OR).
func (q Query) Toggle(field, value string) Query {
	out := Query{Terms: q.Terms}
	found := false
	for _, f := range q.Filters {
		if f.Field == field && f.Value == value && !f.Neg {
			found = true
			continue
		}
		out.Filters = append(out.Filters, f)
	}
	if !found {
		out.Filters = append(out.Filters, Filter{Field: field, Value: value})
	}
	return out
}

// Positive returns the folded texts of the terms that must match, for
// highlighting.
func (q Query) Positive() []string {
	var out []string
	for _, t := range q.Terms {
		if !t.Neg {
			if f := strings.TrimSpace(Fold(t.Text)); f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}
