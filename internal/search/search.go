package search

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jikenbo/jikenbo/internal/model"
)

// Sort orders.
const (
	SortRelevance = "relevance"
	SortDate      = "date"
	SortAffected  = "affected"
)

// Request is one search.
type Request struct {
	Query  Query
	Sort   string // SortRelevance (default with words), SortDate (default without), SortAffected
	Limit  int    // default 20, at most 200
	Offset int
	Facets bool // also count facets over the matches
}

// Result is a page of matches.
type Result struct {
	Total  int     `json:"total"`
	Sort   string  `json:"sort"`
	Hits   []Hit   `json:"hits"`
	Facets []Facet `json:"facets,omitempty"`
}

// Hit is one matching incident.
type Hit struct {
	IncidentID   int64      `json:"incident_id"`
	Number       string     `json:"number"`
	Organization string     `json:"organization"`
	Title        string     `json:"title"`
	First        string     `json:"first_published,omitempty"`
	Last         string     `json:"last_published,omitempty"`
	Affected     *int64     `json:"affected,omitempty"`
	Reports      int        `json:"report_count"`
	Types        []string   `json:"types,omitempty"`
	Sector       string     `json:"sector,omitempty"`
	Leak         string     `json:"leak,omitempty"`
	Lag          *int       `json:"disclosure_lag_days,omitempty"`
	Snippet      []Fragment `json:"snippet,omitempty"`
}

// Fragment is a piece of a snippet; Mark is set on the query's matches.
type Fragment struct {
	Text string `json:"text"`
	Mark bool   `json:"mark,omitempty"`
}

// Facet is the counts of one field's values among the matches.
type Facet struct {
	Name   string       `json:"name"`
	Values []FacetValue `json:"values"`
}

// FacetValue is one value of a facet with the number of matches having it.
type FacetValue struct {
	Value string `json:"value"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

// FacetNames are the facets in display order.
var FacetNames = []string{"type", "sector", "year", "month", "data", "leak", "size", "auth"}

// FacetLabels are the Japanese headings of the facets.
var FacetLabels = map[string]string{
	"type": "種別", "sector": "業種", "year": "年", "month": "月", "data": "漏えいした情報",
	"leak": "漏えい状況", "size": "影響人数", "auth": "報告先", "org": "組織", "vendor": "委託先",
}

// ValueLabel returns the Japanese label of a facet value.
func ValueLabel(facet, value string) string {
	switch facet {
	case "type":
		return model.Label(model.IncidentTypes, value)
	case "sector":
		return model.Label(model.Sectors, value)
	case "data":
		return model.Label(model.DataTypes, value)
	case "auth":
		return model.Label(model.Authorities, value)
	case "leak":
		return model.Label(LeakLabels, value)
	case "size":
		return model.Label(SizeBands, value)
	case "year":
		return value + "年"
	case "month":
		if len(value) == 7 {
			return value[:4] + "年" + strings.TrimPrefix(value[5:], "0") + "月"
		}
	}
	return value
}

// codesFor resolves a filter value to facet values: a code, or every code
// whose Japanese label contains the value.
func codesFor(field, value string) []string {
	var list []model.Code
	switch field {
	case "type":
		list = model.IncidentTypes
	case "sector":
		list = model.Sectors
	case "data":
		list = model.DataTypes
	case "auth":
		list = model.Authorities
	case "leak":
		list = LeakLabels
	case "size":
		list = SizeBands
	default:
		return []string{value}
	}
	fv := Fold(value)
	var out []string
	for _, c := range list {
		if c.Code == fv {
			return []string{c.Code}
		}
	}
	for _, c := range list {
		if strings.Contains(Fold(c.Label), fv) {
			out = append(out, c.Code)
		}
	}
	if len(out) == 0 {
		out = []string{value}
	}
	return out
}

// plan is a query compiled to SQL over search_docs d.
type plan struct {
	from   string // FROM clause (with the driving full-text match)
	where  []string
	args   []any
	ranked bool // from has m.rank
	empty  bool // can match nothing
}

func ftsPhrase(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// termMatch returns the FTS5 table and MATCH expression of one folded term.
func termMatch(f string) (table, expr string, ok bool) {
	if utf8.RuneCountInString(f) >= 3 {
		return "search_tri", ftsPhrase(f), true
	}
	var w []rune
	for _, r := range f {
		if isWord(r) && (r >= utf8.RuneSelf || isASCIIAlnum(r)) {
			w = append(w, r)
		}
	}
	switch len(w) {
	case 1:
		return "search_bi", ftsPhrase(string(w)) + "*", true
	case 2:
		return "search_bi", ftsPhrase(string(w)), true
	}
	return "", "", false
}

func compile(q Query) plan {
	p := plan{from: "search_docs d"}
	var tri []string
	type bi struct{ table, expr string }
	var pos []bi
	for _, t := range q.Terms {
		f := strings.TrimSpace(Fold(t.Text))
		table, expr, ok := termMatch(f)
		if !ok {
			continue
		}
		if t.Neg {
			p.where = append(p.where, "d.incident_id NOT IN (SELECT rowid FROM "+table+" WHERE "+table+" MATCH ?)")
			p.args = append(p.args, expr)
			continue
		}
		if table == "search_tri" {
			tri = append(tri, expr)
		} else {
			pos = append(pos, bi{table, expr})
		}
	}
	// The driving match: every long term in one trigram expression, or
	// else the first short term.
	var driver, drvTable string
	if len(tri) > 0 {
		driver, drvTable = strings.Join(tri, " AND "), "search_tri"
	} else if len(pos) > 0 {
		driver, drvTable = pos[0].expr, pos[0].table
		pos = pos[1:]
	}
	var fromArgs []any
	if driver != "" {
		p.from = "(SELECT rowid AS id, rank FROM " + drvTable + " WHERE " + drvTable + " MATCH ?) m JOIN search_docs d ON d.incident_id = m.id"
		fromArgs = append(fromArgs, driver)
		p.ranked = true
	}
	for _, b := range pos {
		p.where = append(p.where, "d.incident_id IN (SELECT rowid FROM "+b.table+" WHERE "+b.table+" MATCH ?)")
		p.args = append(p.args, b.expr)
	}
	// Filters: OR within a field, AND across fields.
	posVals := map[string][]string{}
	var fields []string
	for _, f := range q.Filters {
		switch f.Field {
		case "org":
			cond := "d.org_key LIKE ? ESCAPE '\\'"
			if f.Neg {
				cond = "NOT (" + cond + ")"
			}
			p.where = append(p.where, cond)
			p.args = append(p.args, "%"+likeEscape(Fold(f.Value))+"%")
			continue
		case "vendor":
			cond := "d.incident_id IN (SELECT incident_id FROM search_facets WHERE facet = 'vendor' AND value LIKE ? ESCAPE '\\')"
			if f.Neg {
				cond = "NOT " + cond
			}
			p.where = append(p.where, cond)
			p.args = append(p.args, "%"+likeEscape(Fold(f.Value))+"%")
			continue
		}
		codes := codesFor(f.Field, f.Value)
		if f.Neg {
			p.where = append(p.where, "d.incident_id NOT IN (SELECT incident_id FROM search_facets WHERE facet = ? AND value IN ("+marks(len(codes))+"))")
			p.args = append(p.args, f.Field)
			for _, c := range codes {
				p.args = append(p.args, c)
			}
			continue
		}
		if _, ok := posVals[f.Field]; !ok {
			fields = append(fields, f.Field)
		}
		posVals[f.Field] = append(posVals[f.Field], codes...)
	}
	for _, field := range fields {
		codes := posVals[field]
		p.where = append(p.where, "d.incident_id IN (SELECT incident_id FROM search_facets WHERE facet = ? AND value IN ("+marks(len(codes))+"))")
		p.args = append(p.args, field)
		for _, c := range codes {
			p.args = append(p.args, c)
		}
	}
	p.args = append(fromArgs, p.args...)
	return p
}

func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func (p plan) whereSQL() string {
	if len(p.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(p.where, " AND ")
}

const hitColumns = `d.incident_id, d.number, d.org, d.title, d.first, d.last, d.affected, d.reports, d.types, d.sector, d.leak, d.lag`

func scanHit(sc interface{ Scan(...any) error }, extra ...any) (Hit, error) {
	var h Hit
	var affected, lag sql.NullInt64
	var types string
	dest := append([]any{&h.IncidentID, &h.Number, &h.Organization, &h.Title, &h.First, &h.Last, &affected, &h.Reports, &types, &h.Sector, &h.Leak, &lag}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return h, err
	}
	if affected.Valid {
		v := affected.Int64
		h.Affected = &v
	}
	if lag.Valid {
		v := int(lag.Int64)
		h.Lag = &v
	}
	if types != "" {
		h.Types = strings.Split(types, ",")
	}
	return h, nil
}

// Search runs req.
func (ix *Index) Search(ctx context.Context, req Request) (*Result, error) {
	if req.Limit <= 0 {
		req.Limit = 20
	}
	req.Limit = min(req.Limit, 200)
	req.Offset = max(req.Offset, 0)
	p := compile(req.Query)
	res := &Result{Sort: req.Sort, Hits: []Hit{}}
	if res.Sort == "" {
		res.Sort = SortDate
		if p.ranked && len(req.Query.Positive()) > 0 {
			res.Sort = SortRelevance
		}
	}
	order := " ORDER BY d.first DESC, d.incident_id DESC"
	switch res.Sort {
	case SortRelevance:
		if p.ranked {
			order = " ORDER BY m.rank, d.first DESC"
		}
	case SortAffected:
		order = " ORDER BY d.affected IS NULL, d.affected DESC, d.first DESC"
	default:
		res.Sort = SortDate
	}
	q := "SELECT " + hitColumns + ", d.body FROM " + p.from + p.whereSQL() + order + " LIMIT ? OFFSET ?"
	rows, err := ix.r.QueryContext(ctx, q, append(p.args, req.Limit, req.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("search: query: %w", err)
	}
	terms := req.Query.Positive()
	for rows.Next() {
		var body string
		h, err := scanHit(rows, &body)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("search: query: %w", err)
		}
		h.Snippet = Snippet(body, terms, 60)
		res.Hits = append(res.Hits, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: query: %w", err)
	}
	if len(res.Hits) < req.Limit && (req.Offset == 0 || len(res.Hits) > 0) {
		res.Total = req.Offset + len(res.Hits)
	} else if err := ix.r.QueryRowContext(ctx, "SELECT count(*) FROM "+p.from+p.whereSQL(), p.args...).Scan(&res.Total); err != nil {
		return nil, fmt.Errorf("search: count: %w", err)
	}
	if req.Facets {
		if res.Facets, err = ix.facets(ctx, p); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// facets counts the facet values among the matches of p. The counts over
// the whole casebook are cached until the next write.
func (ix *Index) facets(ctx context.Context, p plan) ([]Facet, error) {
	all := p.from == "search_docs d" && len(p.where) == 0
	if all {
		ix.mu.Lock()
		if ix.facetsCache != nil && ix.cacheAt == ix.gen {
			f := ix.facetsCache
			ix.mu.Unlock()
			return f, nil
		}
		ix.mu.Unlock()
	}
	q := "SELECT facet, value, count(*) FROM search_facets WHERE facet IN ('type','sector','year','month','data','leak','size','auth')"
	args := p.args
	if !all {
		q += " AND incident_id IN (SELECT d.incident_id FROM " + p.from + p.whereSQL() + ")"
	} else {
		args = nil
	}
	q += " GROUP BY facet, value"
	ix.mu.Lock()
	gen := ix.gen
	ix.mu.Unlock()
	rows, err := ix.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("search: facets: %w", err)
	}
	defer rows.Close()
	byName := map[string]*Facet{}
	for rows.Next() {
		var name, value string
		var n int
		if err := rows.Scan(&name, &value, &n); err != nil {
			return nil, fmt.Errorf("search: facets: %w", err)
		}
		f := byName[name]
		if f == nil {
			f = &Facet{Name: name}
			byName[name] = f
		}
		f.Values = append(f.Values, FacetValue{Value: value, Label: ValueLabel(name, value), Count: n})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: facets: %w", err)
	}
	out := make([]Facet, 0, len(FacetNames))
	for _, name := range FacetNames {
		f := byName[name]
		if f == nil {
			continue
		}
		sortFacet(f)
		out = append(out, *f)
	}
	if all {
		ix.mu.Lock()
		ix.facetsCache, ix.cacheAt = out, gen
		ix.mu.Unlock()
	}
	return out, nil
}

// sortFacet orders values: dates newest first, size bands and leak in
// their natural order, the rest by count.
func sortFacet(f *Facet) {
	order := func(list []model.Code) func(a, b FacetValue) int {
		pos := map[string]int{}
		for i, c := range list {
			pos[c.Code] = i
		}
		return func(a, b FacetValue) int { return pos[a.Value] - pos[b.Value] }
	}
	var cmp func(a, b FacetValue) int
	switch f.Name {
	case "year", "month":
		cmp = func(a, b FacetValue) int { return strings.Compare(b.Value, a.Value) }
	case "size":
		cmp = order(SizeBands)
	case "leak":
		cmp = order(LeakLabels)
	default:
		cmp = func(a, b FacetValue) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			return strings.Compare(a.Value, b.Value)
		}
	}
	sortValues(f.Values, cmp)
}
