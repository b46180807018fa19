package web

import (
	"embed"
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/search"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// viewNames are the pages the server renders; each is templates/NAME.html
// combined with templates/layout.html. A missing one stops startup.
var viewNames = []string{"home", "incident", "document", "stats", "error"}

func parseViews() (map[string]*template.Template, error) {
	views := map[string]*template.Template{}
	for _, name := range viewNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: parse view %s: %w", name, err)
		}
		if t.Lookup("layout") == nil || t.Lookup("content") == nil {
			return nil, fmt.Errorf("web: view %s lacks a layout or content template", name)
		}
		views[name] = t
	}
	return views, nil
}

var funcs = template.FuncMap{
	"typeLabel":   func(c string) string { return model.Label(model.IncidentTypes, c) },
	"sectorLabel": func(c string) string { return model.Label(model.Sectors, c) },
	"dataLabel":   func(c string) string { return model.Label(model.DataTypes, c) },
	"authLabel":   func(c string) string { return model.Label(model.Authorities, c) },
	"leakLabel":   func(c string) string { return model.Label(search.LeakLabels, c) },
	"facetLabel":  func(c string) string { return search.FacetLabels[c] },
	"num":         num,
	"people": func(p *int64) string {
		if p == nil {
			return "不明"
		}
		return num(p) + "人"
	},
	"date": jaDate,
	"add":  func(a, b int) int { return a + b },
}

// num formats an integer with thousands separators.
func num(v any) string {
	var n int64
	switch x := v.(type) {
	case int:
		n = int64(x)
	case int64:
		n = x
	case *int64:
		if x == nil {
			return ""
		}
		n = *x
	default:
		return fmt.Sprint(v)
	}
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// jaDate renders an ISO date as 2024年3月5日; other strings unchanged.
func jaDate(s string) string {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		if s == "" {
			return "不明"
		}
		return s
	}
	return s[:4] + "年" + strings.TrimPrefix(s[5:7], "0") + "月" + strings.TrimPrefix(s[8:10], "0") + "日"
}
