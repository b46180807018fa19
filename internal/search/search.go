package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
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
	Sort   string // SortDate (default, newest first), SortRelevance (bm25), SortAffected
	Limit  int    // default 20, at most 200
	Offset int
	Facets bool // also count facets over the matches
}

// Result is a page of matches.
type Result struct {
	Total int `json:"total"`
	// TotalApprox is set when counting exactly would have taken longer
	// than CountBudget: Total is then an upper-bound estimate.
	TotalApprox bool `json:"total_approx,omitempty"`
	// FacetsSampled is set when the facets count only the newest matches
	// (see FacetSample), scaled to Total.
	FacetsSampled bool    `json:"facets_sampled,omitempty"`
	Sort          string  `json:"sort"`
	Hits          []Hit   `json:"hits"`
	Facets        []Facet `json:"facets,omitempty"`
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

// plan is a query compiled to conditions over search_docs d.
type plan struct {
	conds []string
	args  []any
	// driver is the first positive full-text match, also among conds (as
	// conds[0]); drvTable is its table.
	driver, drvTable string
	// pos are the folded word runes of the positive terms and facetConds
	// the positive facet filters, for estimates.
	pos        []string
	facetConds []facetCond
	walkDates  bool     // see pageQuery
	probes     []string // conds in their correlated form, see addProbe
	// dateFrom and dateTo bound the first publication date (from year:
	// and month: filters), as ISO prefixes: [dateFrom, dateTo).
	dateFrom, dateTo string
	// sets makes walks test conditions against whole lists (built once)
	// instead of probing each row: better when a walk visits thousands.
	sets bool
}

type facetCond struct {
	field string
	codes []string
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

// wordRunes returns f as the index sees it: whole for the trigram table,
// only its word runes for the bigram table.
func wordRunes(f string, all bool) string {
	if all {
		return f
	}
	var w []rune
	for _, r := range f {
		if isWord(r) && (r >= utf8.RuneSelf || isASCIIAlnum(r)) {
			w = append(w, r)
		}
	}
	return string(w)
}

func (p *plan) add(cond string, args ...any) {
	p.addProbe(cond, cond, args...)
}

// addProbe adds a condition in two forms with the same arguments: cond
// for set-at-a-time plans, probe (correlated with d, one index lookup a
// row) for plans that walk rows in date order and stop after a page.
func (p *plan) addProbe(cond, probe string, args ...any) {
	p.conds = append(p.conds, cond)
	p.probes = append(p.probes, probe)
	p.args = append(p.args, args...)
}

// ftsProbe counts whether the walked row (the driver's rowid, or the
// date key of d when there is no driver) matches in table.
func ftsProbe(table, driver string) string {
	key := "(SELECT skey FROM search_docs k WHERE k.incident_id = d.incident_id)"
	if driver != "" {
		key = driver + ".rowid"
	}
	if driver == table {
		// A correlated subquery on the driver's own table would shadow
		// it; fall back to the list.
		return "(CASE WHEN d.incident_id IN (SELECT rowid & " + idMask + " FROM " + table + " WHERE " + table + " MATCH ?) THEN 1 ELSE 0 END)"
	}
	return "(SELECT count(*) FROM " + table + " WHERE " + table + " MATCH ? AND " + table + ".rowid = " + key + ")"
}

func inFTS(table string) string {
	return "d.incident_id IN (SELECT rowid & " + idMask + " FROM " + table + " WHERE " + table + " MATCH ?)"
}

func compile(q Query) plan {
	var p plan
	var tri, neg []string
	var negTables []string
	type ft struct{ table, expr string }
	var short []ft
	for _, t := range q.Terms {
		f := strings.TrimSpace(Fold(t.Text))
		table, expr, ok := termMatch(f)
		if !ok {
			continue
		}
		if !t.Neg {
			p.pos = append(p.pos, wordRunes(f, table == "search_tri"))
		}
		switch {
		case t.Neg:
			neg = append(neg, expr)
			negTables = append(negTables, table)
		case table == "search_tri":
			tri = append(tri, expr)
		default:
			short = append(short, ft{table, expr})
		}
	}
	// The driving match: every long term in one trigram expression, or
	// else the first short term.
	if len(tri) > 0 {
		p.driver, p.drvTable = strings.Join(tri, " AND "), "search_tri"
	} else if len(short) > 0 {
		p.driver, p.drvTable = short[0].expr, short[0].table
		short = short[1:]
	}
	// Excluded long words go into the trigram driver as FTS5 NOTs.
	if p.drvTable == "search_tri" {
		var rest []string
		var restTables []string
		for i, expr := range neg {
			if negTables[i] == "search_tri" {
				p.driver = "(" + p.driver + ") NOT " + expr
			} else {
				rest, restTables = append(rest, expr), append(restTables, negTables[i])
			}
		}
		neg, negTables = rest, restTables
	}
	if p.driver != "" {
		p.add(inFTS(p.drvTable), p.driver)
	}
	// Other words: a whole list for set-at-a-time plans, a rowid probe
	// of the full-text table for walks (rowids are the same date keys in
	// both tables).
	for _, b := range short {
		p.addProbe(inFTS(b.table), ftsProbe(b.table, p.drvTable)+" > 0", b.expr)
	}
	for i, expr := range neg {
		p.addProbe("NOT "+inFTS(negTables[i]), ftsProbe(negTables[i], p.drvTable)+" = 0", expr)
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
			p.add(cond, "%"+likeEscape(Fold(f.Value))+"%")
			continue
		case "vendor":
			cond := "d.incident_id IN (SELECT incident_id FROM search_facets WHERE facet = 'vendor' AND value LIKE ? ESCAPE '\\')"
			if f.Neg {
				cond = "NOT " + cond
			}
			p.add(cond, "%"+likeEscape(Fold(f.Value))+"%")
			continue
		}
		codes := codesFor(f.Field, f.Value)
		if f.Neg {
			args := []any{f.Field}
			for _, c := range codes {
				args = append(args, c)
			}
			p.addProbe("d.incident_id NOT IN (SELECT incident_id FROM search_facets WHERE facet = ? AND value IN ("+marks(len(codes))+"))",
				facetProbe(len(codes))+" = 0", args...)
			continue
		}
		if _, ok := posVals[f.Field]; !ok {
			fields = append(fields, f.Field)
		}
		posVals[f.Field] = append(posVals[f.Field], codes...)
	}
	// Year and month filters also bound the first publication date, so
	// date-ordered walks start and stop at the right place.
	for _, field := range []string{"year", "month"} {
		vals := posVals[field]
		if len(vals) == 0 {
			continue
		}
		lo, hi := slices.Min(vals), slices.Max(vals)
		end := hi + "\xff"
		if t, err := time.Parse("2006", hi); err == nil && field == "year" {
			end = t.AddDate(1, 0, 0).Format("2006")
		} else if t, err := time.Parse("2006-01", hi); err == nil && field == "month" {
			end = t.AddDate(0, 1, 0).Format("2006-01")
		}
		if p.dateFrom == "" || lo > p.dateFrom {
			p.dateFrom = lo
		}
		if p.dateTo == "" || end < p.dateTo {
			p.dateTo = end
		}
	}
	if p.dateFrom != "" {
		p.add("d.first >= ? AND d.first < ?", p.dateFrom, p.dateTo)
	}
	for _, field := range fields {
		codes := posVals[field]
		p.facetConds = append(p.facetConds, facetCond{field, codes})
		args := []any{field}
		for _, c := range codes {
			args = append(args, c)
		}
		p.addProbe("d.incident_id IN (SELECT incident_id FROM search_facets WHERE facet = ? AND value IN ("+marks(len(codes))+"))",
			facetProbe(len(codes))+" > 0", args...)
	}
	return p
}

// facetProbe counts d's rows of one facet among n values, by primary key.
func facetProbe(n int) string {
	return "(SELECT count(*) FROM search_facets f WHERE f.facet = ? AND f.value IN (" + marks(n) + ") AND f.incident_id = d.incident_id)"
}

func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
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

// Search runs req: it finds the ids of one page in the requested order,
// then loads those incidents and their snippets.
func (ix *Index) Search(ctx context.Context, req Request) (*Result, error) {
	if ix.pg != nil {
		return ix.pgSearch(ctx, req)
	}
	if req.Limit <= 0 {
		req.Limit = 20
	}
	req.Limit = min(req.Limit, 200)
	req.Offset = max(req.Offset, 0)
	p := compile(req.Query)
	res := &Result{Sort: req.Sort, Hits: []Hit{}}
	switch res.Sort {
	case SortRelevance, SortAffected, SortDate:
	default:
		res.Sort = SortDate
	}
	if res.Sort == SortRelevance && p.driver == "" {
		res.Sort = SortDate
	}
	if p.driver == "" && len(p.facetConds) > 0 && res.Sort == SortDate {
		// Walk the date index and test the filters, unless they are so
		// selective that sorting their matches is cheaper.
		est, err := ix.estimate(ctx, p, true)
		if err != nil {
			return nil, err
		}
		p.walkDates = est > 1000
	}
	q := pageQuery(p, res.Sort)
	args := slices.Clone(p.args)
	ids, err := ix.ids(ctx, q, append(args, req.Limit, req.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("search: query: %w", err)
	}
	if res.Hits, err = ix.hits(ctx, ids, req.Query.Positive()); err != nil {
		return nil, err
	}
	if len(ids) < req.Limit && (req.Offset == 0 || len(ids) > 0) {
		res.Total = req.Offset + len(ids)
	} else {
		// The page itself is a sample when it is in date order: k
		// matches among the incidents published since the k-th.
		pageEst := -1
		if res.Sort == SortDate && len(res.Hits) > 0 {
			k := req.Offset + len(res.Hits)
			if newer, all, err := ix.since(ctx, p, res.Hits[len(res.Hits)-1].First); err == nil {
				pageEst = int(float64(k) * float64(all) / float64(max(newer, k)))
			}
		}
		if err := ix.count(ctx, p, res, pageEst); err != nil {
			return nil, err
		}
	}
	if req.Facets {
		res.FacetsSampled = len(p.conds) > 0 && (res.TotalApprox || res.Total > FacetExactMax)
		if res.Facets, err = ix.facets(ctx, p, res.FacetsSampled, res.Total); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// pageQuery returns the query of one page of incident ids of p in the
// order sort, ending in LIMIT ? OFFSET ?; its arguments are p.args.
func pageQuery(p plan, sort string) string {
	rest := p.probes
	if p.sets || sort == SortRelevance {
		// The relevance window walks a thousand rows: lists pay off.
		rest = p.conds
	}
	if p.driver != "" {
		rest = rest[1:]
	}
	switch {
	case sort == SortRelevance && p.driver != "":
		// bm25 ranks the newest RelevanceWindow matches: ranking every
		// match of a common word costs seconds on a large casebook.
		return "SELECT id FROM (" + ftsWalk(p, rest, true) + " LIMIT " + strconv.Itoa(RelevanceWindow) + ") ORDER BY r LIMIT ? OFFSET ?"
	case sort == SortAffected:
		return "SELECT d.incident_id FROM search_docs d" + where(p.conds) + " ORDER BY d.affected DESC, d.incident_id DESC LIMIT ? OFFSET ?"
	case p.driver != "":
		// FTS5 walks the matches newest first and stops after the page.
		return ftsWalk(p, rest, false) + " LIMIT ? OFFSET ?"
	}
	conds := p.conds
	if p.walkDates {
		// Correlated lookups keep SQLite from driving the query by the
		// filters' lists: it walks the date index and stops after a page.
		conds = p.probes
	}
	return "SELECT d.incident_id FROM search_docs d" + where(conds) + " ORDER BY d.first DESC, d.incident_id DESC LIMIT ? OFFSET ?"
}

// ftsWalk selects the incident ids matching p's driver and the other
// conditions rest, newest first (FTS rowid order), with the bm25 rank as
// r when rank is set.
func ftsWalk(p plan, rest []string, rank bool) string {
	t := p.drvTable
	r := ""
	if rank {
		r = ", " + t + ".rank AS r"
	}
	if p.dateFrom != "" {
		// The rowids are date keys: the FTS walk itself skips to the range.
		rest = append([]string{fmt.Sprintf("%s.rowid >= %d AND %s.rowid < %d", t, SortKey(p.dateFrom, 0), t, SortKey(p.dateTo, 0))}, rest...)
	}
	if len(rest) == 0 {
		return "SELECT rowid & " + idMask + " AS id" + r + " FROM " + t + " WHERE " + t + " MATCH ? ORDER BY rowid DESC"
	}
	if p.dateFrom != "" && len(rest) == 2 && strings.HasPrefix(rest[1], "d.first >=") {
		// Only the date range: no need for the join.
		return "SELECT rowid & " + idMask + " AS id" + r + " FROM " + t + " WHERE " + t + " MATCH ? AND " + rest[0] + " ORDER BY rowid DESC"
	}
	return "SELECT " + t + ".rowid & " + idMask + " AS id" + r + " FROM " + t + " JOIN search_docs d ON d.incident_id = (" + t + ".rowid & " + idMask + ") WHERE " +
		strings.Join(append([]string{t + " MATCH ?"}, rest...), " AND ") + " ORDER BY " + t + ".rowid DESC"
}

// RelevanceWindow is how many of the newest matches the relevance order
// ranks.
const RelevanceWindow = 1000

// CountBudget is how long an exact count may take before Search gives an
// estimate from the index's statistics instead.
var CountBudget = 20 * time.Millisecond

// count fills res.Total: exactly when that is quick, else an upper-bound
// estimate (res.TotalApprox).
func (ix *Index) count(ctx context.Context, p plan, res *Result, pageEst int) error {
	var q string
	switch {
	case len(p.conds) == 0:
		n, err := ix.Count(ctx)
		res.Total = n
		return err
	case len(p.conds) == 1 && p.driver != "":
		q = "SELECT count(*) FROM " + p.drvTable + " WHERE " + p.drvTable + " MATCH ?"
	default:
		q = "SELECT count(*) FROM search_docs d" + where(p.conds)
	}
	exactWithin := func(budget time.Duration) error {
		cctx, cancel := context.WithTimeout(ctx, budget)
		defer cancel()
		err := ix.r.QueryRowContext(cctx, q, p.args...).Scan(&res.Total)
		if err != nil && (ctx.Err() != nil || cctx.Err() == nil) {
			return fmt.Errorf("search: count: %w", err)
		}
		return err
	}
	exact := func() error { return exactWithin(CountBudget) }
	timedOut := func(err error) bool {
		return ctx.Err() == nil && (errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "interrupt"))
	}
	if p.driver == "" {
		// Filters alone: SQLite intersects their lists, cheap unless
		// they are all broad.
		err := exact()
		if err == nil {
			return nil
		}
		if !timedOut(err) {
			return err
		}
	}
	if p.driver != "" && pageEst/4 > ExactCountMax {
		// Clearly many matches: the page's estimate will do.
		res.Total, res.TotalApprox = pageEst, true
		return nil
	}
	est, ok, err := ix.sampleEstimate(ctx, p)
	if err != nil {
		return err
	}
	if ok && est <= ExactCountMax && p.driver != "" {
		// Walk up to ExactCountMax+1 matches newest first: exact when
		// there are no more, and bounded work either way.
		cctx, cancel := context.WithTimeout(ctx, 2*CountBudget)
		defer cancel()
		var n int
		sp := p
		sp.sets = true
		err := ix.r.QueryRowContext(cctx, "SELECT count(*) FROM ("+pageQuery(sp, SortDate)+")", append(slices.Clone(p.args), ExactCountMax+1, 0)...).Scan(&n)
		if err == nil && n <= ExactCountMax {
			res.Total = n
			return nil
		}
		if err != nil && !timedOut(err) {
			return fmt.Errorf("search: count: %w", err)
		}
	}
	if !ok && p.driver != "" && pageEst < 0 {
		// The walk to the 200th match was slow, so matches are rare (or
		// the machine busy): counting them exactly is the better bet.
		err := exactWithin(10 * CountBudget)
		if err == nil {
			return nil
		}
		if !timedOut(err) {
			return err
		}
	}
	if !ok && pageEst >= 0 {
		est = pageEst
	} else if !ok {
		if est, err = ix.estimate(ctx, p, true); err != nil {
			return err
		}
	}
	res.Total, res.TotalApprox = est, true
	return nil
}

// SampleSize is how many of the newest matches the count estimate looks at.
const SampleSize = 200

// sampleEstimate estimates the matches of p from how far back in time its
// SampleSize-th newest match lies: SampleSize × all incidents ÷ incidents
// published since. ok is false when the walk did not finish within the
// budget; with fewer matches than SampleSize the count is exact.
func (ix *Index) sampleEstimate(ctx context.Context, p plan) (int, bool, error) {
	sp := p
	sp.sets = true
	if sp.driver == "" {
		sp.walkDates = true
	}
	cctx, cancel := context.WithTimeout(ctx, 2*CountBudget)
	defer cancel()
	var id int64
	err := ix.r.QueryRowContext(cctx, pageQuery(sp, SortDate), append(slices.Clone(p.args), 1, SampleSize-1)...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		// Fewer than SampleSize matches: counting them is cheap.
		var n int
		if err := ix.r.QueryRowContext(ctx, "SELECT count(*) FROM ("+pageQuery(sp, SortDate)+")", append(slices.Clone(p.args), SampleSize, 0)...).Scan(&n); err != nil {
			return 0, false, fmt.Errorf("search: count: %w", err)
		}
		return n, true, nil
	}
	if err != nil {
		if ctx.Err() != nil || cctx.Err() == nil {
			return 0, false, fmt.Errorf("search: estimate: %w", err)
		}
		return 0, false, nil
	}
	var first string
	if err := ix.r.QueryRowContext(ctx, `SELECT first FROM search_docs WHERE incident_id = ?`, id).Scan(&first); err != nil {
		return 0, false, fmt.Errorf("search: estimate: %w", err)
	}
	newer, all, err := ix.since(ctx, p, first)
	if err != nil {
		return 0, false, err
	}
	return int(float64(SampleSize) * float64(all) / float64(max(newer, SampleSize))), true, nil
}

// newer returns how many incidents were first published on or after
// date, and how many there are, from a per-day histogram cached until
// the next write.
func (ix *Index) newer(ctx context.Context, date string) (int, int, error) {
	ix.mu.Lock()
	h, ok := ix.hist, ix.histAt == ix.gen && ix.hist != nil
	gen := ix.gen
	ix.mu.Unlock()
	if !ok {
		rows, err := ix.r.QueryContext(ctx, `SELECT first, count(*) FROM search_docs GROUP BY first ORDER BY first`)
		if err != nil {
			return 0, 0, fmt.Errorf("search: histogram: %w", err)
		}
		h = &histogram{}
		for rows.Next() {
			var d string
			var n int
			if err := rows.Scan(&d, &n); err != nil {
				rows.Close()
				return 0, 0, fmt.Errorf("search: histogram: %w", err)
			}
			h.dates = append(h.dates, d)
			h.counts = append(h.counts, n)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, 0, fmt.Errorf("search: histogram: %w", err)
		}
		h.suffix = make([]int, len(h.counts)+1)
		for i := len(h.counts) - 1; i >= 0; i-- {
			h.suffix[i] = h.suffix[i+1] + h.counts[i]
		}
		ix.mu.Lock()
		ix.hist, ix.histAt = h, gen
		ix.mu.Unlock()
	}
	i, _ := slices.BinarySearch(h.dates, date)
	return h.suffix[i], h.suffix[0], nil
}

// since returns how many incidents within p's date bounds were first
// published on or after date, and how many are within the bounds.
func (ix *Index) since(ctx context.Context, p plan, date string) (int, int, error) {
	newer, all, err := ix.newer(ctx, date)
	if err != nil || p.dateFrom == "" {
		return newer, all, err
	}
	after, _, err := ix.newer(ctx, p.dateTo)
	if err != nil {
		return 0, 0, err
	}
	from, _, err := ix.newer(ctx, p.dateFrom)
	if err != nil {
		return 0, 0, err
	}
	return max(newer-after, 0), max(from-after, 0), nil
}

// histogram counts incidents per first publication date.
type histogram struct {
	dates  []string
	counts []int
	suffix []int // suffix[i]: incidents on dates[i] or later
}

// ExactCountMax is the estimated number of matches above which Search
// does not try to count exactly.
var ExactCountMax = 5000

// estimate guesses the number of matches of p's filters from their facet
// counts, as if independent (terms are left out).
func (ix *Index) estimate(ctx context.Context, p plan, _ bool) (int, error) {
	var dfs []int
	for _, f := range p.facetConds {
		var n int
		args := []any{f.field}
		for _, c := range f.codes {
			args = append(args, c)
		}
		if err := ix.r.QueryRowContext(ctx, "SELECT count(*) FROM search_facets WHERE facet = ? AND value IN ("+marks(len(f.codes))+")", args...).Scan(&n); err != nil {
			return 0, fmt.Errorf("search: estimate: %w", err)
		}
		dfs = append(dfs, n)
	}
	all, err := ix.Count(ctx)
	if err != nil {
		return 0, err
	}
	est := float64(all)
	for _, n := range dfs {
		if n <= 0 {
			return 0, nil
		}
		est *= float64(n) / float64(max(all, 1))
	}
	return int(est + 0.5), nil
}

func (ix *Index) ids(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := ix.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// hits loads the incidents ids, in that order, with snippets for terms.
func (ix *Index) hits(ctx context.Context, ids []int64, terms []string) ([]Hit, error) {
	if len(ids) == 0 {
		return []Hit{}, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return ix.readHits(ctx, "d.incident_id IN ("+marks(len(ids))+")", args, ids, terms)
}

// readHits loads the incidents the where clause selects (over search_docs
// d) and returns them in the order of ids, with snippets for terms.
func (ix *Index) readHits(ctx context.Context, where string, args []any, ids []int64, terms []string) ([]Hit, error) {
	rows, err := ix.r.QueryContext(ctx, "SELECT "+hitColumns+", coalesce(t.body, '') FROM search_docs d LEFT JOIN search_text t ON t.incident_id = d.incident_id WHERE "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("search: hits: %w", err)
	}
	defer rows.Close()
	byID := map[int64]Hit{}
	for rows.Next() {
		var body string
		h, err := scanHit(rows, &body)
		if err != nil {
			return nil, fmt.Errorf("search: hits: %w", err)
		}
		h.Snippet = Snippet(body, terms, 60)
		byID[h.IncidentID] = h
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: hits: %w", err)
	}
	out := []Hit{}
	for _, id := range ids {
		if h, ok := byID[id]; ok {
			out = append(out, h)
		}
	}
	return out, nil
}

// facets counts the facet values among the matches of p. The counts over
// the whole casebook are cached until the next write.
// FacetExactMax is the number of matches up to which facets are counted
// over every match; above it they count a sample.
var FacetExactMax = 5000

// FacetSample is how many of the newest matches facets count when the
// matches are too many to count exactly.
var FacetSample = 2000

func (ix *Index) facets(ctx context.Context, p plan, sampled bool, total int) ([]Facet, error) {
	all := len(p.conds) == 0
	cached, gen := ix.cachedFacets()
	if all && cached != nil {
		return cached, nil
	}
	// The matches drive the join (CROSS JOIN keeps that order): each one
	// looks its facet rows up by incident.
	const cols = "f.facet, f.value, count(*)"
	const facetList = "('type','sector','year','month','data','leak','size','auth')"
	var q string
	var args []any
	scale := 1.0
	switch {
	case all:
		q = "SELECT " + cols + " FROM search_facets f WHERE f.facet IN " + facetList
	case sampled:
		sp := p
		sp.sets = true
		q = "WITH m(id) AS (" + pageQuery(sp, SortDate) + ") SELECT " + cols + " FROM m CROSS JOIN search_facets f ON f.incident_id = m.id WHERE +f.facet IN " + facetList
		args = append(slices.Clone(p.args), FacetSample, 0)
		if total > FacetSample {
			scale = float64(total) / float64(FacetSample)
		}
	case len(p.conds) == 1 && p.driver != "":
		q = "SELECT " + cols + " FROM (SELECT rowid & " + idMask + " AS id FROM " + p.drvTable + " WHERE " + p.drvTable + " MATCH ?) m CROSS JOIN search_facets f ON f.incident_id = m.id WHERE +f.facet IN " + facetList
		args = []any{p.driver}
	default:
		q = "SELECT " + cols + " FROM (SELECT d.incident_id AS id FROM search_docs d" + where(p.conds) + ") m CROSS JOIN search_facets f ON f.incident_id = m.id WHERE +f.facet IN " + facetList
		args = p.args
	}
	return ix.countFacets(ctx, q+" GROUP BY f.facet, f.value", args, scale, all, gen)
}

// cachedFacets returns the whole casebook's cached facet counts when they
// are current (nil otherwise) and the write generation they must carry.
func (ix *Index) cachedFacets() ([]Facet, int64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.facetsCache != nil && ix.cacheAt == ix.gen {
		return ix.facetsCache, ix.gen
	}
	return nil, ix.gen
}

// countFacets runs a (facet, value, count) query of either dialect, scales
// the counts, and caches them as of generation gen when they cover the
// whole casebook.
func (ix *Index) countFacets(ctx context.Context, q string, args []any, scale float64, all bool, gen int64) ([]Facet, error) {
	rows, err := ix.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("search: facets: %w", err)
	}
	out, err := scanFacets(rows, scale)
	if err != nil {
		return nil, err
	}
	if all {
		ix.mu.Lock()
		ix.facetsCache, ix.cacheAt = out, gen
		ix.mu.Unlock()
	}
	return out, nil
}

// scanFacets reads (facet, value, count) rows, scales the counts (for
// facets counted on a sample) and returns the facets in FacetNames order,
// each sorted.
func scanFacets(rows *sql.Rows, scale float64) ([]Facet, error) {
	defer rows.Close()
	byName := map[string]*Facet{}
	for rows.Next() {
		var name, value string
		var n int
		if err := rows.Scan(&name, &value, &n); err != nil {
			return nil, fmt.Errorf("search: facets: %w", err)
		}
		n = int(float64(n)*scale + 0.5)
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
		if f := byName[name]; f != nil {
			sortFacet(f)
			out = append(out, *f)
		}
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
