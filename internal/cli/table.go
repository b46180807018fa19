package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/rivo/uniseg"
)

// table prints aligned columns, measuring width in terminal cells so that
// Japanese (double-width) text lines up.
type table struct {
	header []string
	rows   [][]string
	max    []int // per-column cap in cells, 0 for none
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(w io.Writer) {
	widths := make([]int, len(t.header))
	all := append([][]string{t.header}, t.rows...)
	for _, r := range all {
		for i := range r {
			if i < len(t.max) && t.max[i] > 0 {
				r[i] = truncateCells(r[i], t.max[i])
			}
			if n := uniseg.StringWidth(r[i]); n > widths[i] {
				widths[i] = n
			}
		}
	}
	for _, r := range all {
		var b strings.Builder
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-uniseg.StringWidth(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// truncateCells shortens s to at most n terminal cells, marking the cut.
func truncateCells(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if uniseg.StringWidth(s) <= n {
		return s
	}
	var b strings.Builder
	w := 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		cw := g.Width()
		if w+cw > n-1 {
			break
		}
		b.WriteString(g.Str())
		w += cw
	}
	return b.String() + "…"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func printReportTable(env *Env, reps []reportJSON) {
	t := &table{header: []string{"DOC", "SPAN", "INCIDENT", "ORGANIZATION", "PUBLISHED", "TYPES", "TITLE"}, max: []int{24, 0, 0, 28, 0, 30, 40}}
	for _, r := range reps {
		kind := strings.Join(r.Types, ",")
		if !r.IsIncident {
			kind = "(no incident)"
		}
		t.add(r.Doc, fmt.Sprintf("%d-%d", r.Span.Start, r.Span.End), deref(r.Incident), deref(r.Organization), deref(r.Published), kind, deref(r.Title))
	}
	t.write(env.Stdout)
}

func deref(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// writeJSONLines writes one JSON value per line, HTML characters unescaped.
func writeJSONLines[T any](env *Env, rows []T) error {
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}
