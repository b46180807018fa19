package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The PostgreSQL index keeps the same summary, snippet and facet tables as
// the SQLite one; the full text is the folded IndexedText in a column of
// search_docs with a pg_trgm GIN index (words of 3 or more runes are LIKE
// '%word%' conditions the index answers), and the short-query path is an
// array of the distinct runes and rune pairs of the text's word runs with
// a GIN index (a 1–2 rune word is one array element).

// pgLock is the key of the advisory lock that serializes writes to the
// index (and its creation) across processes ("jkbsrch" in ASCII).
const pgLock = 0x6a6b627372636

// pgIndex is the PostgreSQL side of an Index.
type pgIndex struct {
	// trgm is the schema pg_trgm is installed in, quoted, with a dot;
	// "" when the extension is not available (LIKE then scans).
	trgm string

	mu    sync.Mutex
	dbGen int64 // the last search_meta.gen seen, see syncGen
}

func pgSchema(trgm string) string {
	s := `
CREATE TABLE IF NOT EXISTS search_docs (
	incident_id BIGINT PRIMARY KEY,
	skey        BIGINT  NOT NULL DEFAULT 0,
	number      TEXT    NOT NULL DEFAULT '',
	org         TEXT    NOT NULL DEFAULT '',
	org_key     TEXT    COLLATE "C" NOT NULL DEFAULT '',
	title       TEXT    NOT NULL DEFAULT '',
	first       TEXT    COLLATE "C" NOT NULL DEFAULT '',
	last        TEXT    COLLATE "C" NOT NULL DEFAULT '',
	discovered  TEXT    COLLATE "C" NOT NULL DEFAULT '',
	lag         INTEGER,
	affected    BIGINT,
	reports     INTEGER NOT NULL DEFAULT 0,
	types       TEXT    NOT NULL DEFAULT '',
	sector      TEXT    NOT NULL DEFAULT '',
	leak        TEXT    NOT NULL DEFAULT '',
	body        TEXT    COLLATE "C" NOT NULL DEFAULT '', -- Fold(IndexedText)
	grams       TEXT[]  NOT NULL DEFAULT '{}'           -- see shortGrams
);
CREATE TABLE IF NOT EXISTS search_text (
	incident_id BIGINT PRIMARY KEY,
	body        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS search_docs_first ON search_docs (first, incident_id);
CREATE INDEX IF NOT EXISTS search_docs_affected ON search_docs (affected DESC NULLS LAST, incident_id DESC);
CREATE INDEX IF NOT EXISTS search_docs_org ON search_docs (org_key);
CREATE INDEX IF NOT EXISTS search_docs_grams ON search_docs USING gin (grams);
CREATE TABLE IF NOT EXISTS search_facets (
	facet       TEXT COLLATE "C" NOT NULL,
	value       TEXT COLLATE "C" NOT NULL,
	incident_id BIGINT NOT NULL,
	PRIMARY KEY (facet, value, incident_id)
);
CREATE INDEX IF NOT EXISTS search_facets_incident ON search_facets (incident_id);
CREATE TABLE IF NOT EXISTS search_meta (
	id  INTEGER PRIMARY KEY,
	gen BIGINT NOT NULL DEFAULT 0
);
INSERT INTO search_meta (id, gen) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
`
	if trgm != "" {
		s += `CREATE INDEX IF NOT EXISTS search_docs_body ON search_docs USING gin (body ` + trgm + `gin_trgm_ops);`
	}
	return s
}

// isPostgres reports whether db is a PostgreSQL pool (the store's pgx
// adapter, or any driver whose type names PostgreSQL).
func isPostgres(db *sql.DB) bool {
	name := strings.ToLower(fmt.Sprintf("%T", db.Driver()))
	return strings.Contains(name, "postgres") || strings.Contains(name, "pgx") || strings.Contains(name, "pq.")
}

// newPostgres creates the index's tables (and pg_trgm when allowed) in
// the database of w, under an advisory lock so that processes starting
// together do not race.
func newPostgres(ctx context.Context, w *sql.DB) (*pgIndex, error) {
	pg := &pgIndex{}
	tx, err := w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("search: create tables: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(pgLock)); err != nil {
		return nil, fmt.Errorf("search: create tables: %w", err)
	}
	// CREATE EXTENSION needs the right to create in the database; a
	// savepoint keeps the transaction usable when it is refused.
	if _, err := tx.ExecContext(ctx, `SAVEPOINT ext`); err != nil {
		return nil, fmt.Errorf("search: create tables: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `CREATE EXTENSION IF NOT EXISTS pg_trgm`); err != nil {
		if _, err := tx.ExecContext(ctx, `ROLLBACK TO SAVEPOINT ext`); err != nil {
			return nil, fmt.Errorf("search: create tables: %w", err)
		}
	}
	var schema sql.NullString
	err = tx.QueryRowContext(ctx, `SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`).Scan(&schema)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("search: find pg_trgm: %w", err)
	}
	if schema.Valid {
		pg.trgm = `"` + strings.ReplaceAll(schema.String, `"`, `""`) + `".`
	}
	if _, err := tx.ExecContext(ctx, pgSchema(pg.trgm)); err != nil {
		return nil, fmt.Errorf("search: create tables: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("search: create tables: %w", err)
	}
	return pg, nil
}

// syncGen makes this process's caches notice writes of other processes
// sharing the database: every write bumps search_meta.gen, and a changed
// value bumps ix.gen. It does nothing on SQLite.
func (ix *Index) syncGen(ctx context.Context) error {
	if ix.pg == nil {
		return nil
	}
	var g int64
	if err := ix.r.QueryRowContext(ctx, `SELECT gen FROM search_meta WHERE id = 1`).Scan(&g); err != nil {
		return fmt.Errorf("search: generation: %w", err)
	}
	ix.pg.mu.Lock()
	changed := g != ix.pg.dbGen
	ix.pg.dbGen = g
	ix.pg.mu.Unlock()
	if changed {
		ix.mu.Lock()
		ix.gen++
		ix.mu.Unlock()
	}
	return nil
}

// pgWrite runs fn in a transaction holding the index's write lock and
// bumps the shared generation.
func (ix *Index) pgWrite(ctx context.Context, fn func(*sql.Tx) error) error {
	return ix.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(pgLock)); err != nil {
			return err
		}
		if err := fn(tx); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE search_meta SET gen = gen + 1 WHERE id = 1`)
		return err
	})
}

// shortGrams returns the distinct elements of the short-query array of
// folded text: every word rune alone and every pair of adjacent word
// runes (the same word runes as the SQLite bigram table), space-joined.
func shortGrams(folded string) string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	var prev rune
	have := false
	for _, r := range folded {
		if !isWord(r) || r < utf8.RuneSelf && !isASCIIAlnum(r) {
			have = false
			continue
		}
		add(string(r))
		if have {
			add(string([]rune{prev, r}))
		}
		prev, have = r, true
	}
	return strings.Join(out, " ")
}

// pgPut adds or replaces docs in one transaction, a few statements per
// batch (arrays unnested server side).
func (ix *Index) pgPut(ctx context.Context, docs []Doc) error {
	if len(docs) == 0 {
		return nil
	}
	n := len(docs)
	var (
		ids                                                  = make([]int64, n)
		skeys                                                = make([]int64, n)
		lags, affected                                       = make([]*int64, n), make([]*int64, n)
		reports                                              = make([]int64, n)
		number, org, orgKey, title, first, last, disc, types = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		sector, leak, body, grams, text                      = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		fFacet, fValue                                       []string
		fID                                                  []int64
	)
	for i := range docs {
		d := &docs[i]
		ids[i], skeys[i] = d.IncidentID, SortKey(d.First, d.IncidentID)
		if l := d.Lag(); l >= 0 {
			v := int64(l)
			lags[i] = &v
		}
		if d.Affected != nil {
			v := *d.Affected
			affected[i] = &v
		}
		reports[i] = int64(d.Reports)
		number[i], org[i], orgKey[i], title[i] = d.Number, d.Organization, Fold(d.Organization), d.Title
		first[i], last[i], disc[i], types[i] = d.First, d.Last, d.Discovered, strings.Join(d.Types, ",")
		sector[i], leak[i], text[i] = d.Sector, d.Leak, d.Text
		body[i] = Fold(IndexedText(d))
		grams[i] = shortGrams(body[i])
		for _, fv := range facetRows(d) {
			fFacet, fValue, fID = append(fFacet, fv[0]), append(fValue, fv[1]), append(fID, d.IncidentID)
		}
	}
	err := ix.pgWrite(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM search_facets WHERE incident_id = ANY($1)`, ids); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO search_docs (incident_id, skey, number, org, org_key, title, first, last, discovered, lag, affected, reports, types, sector, leak, body, grams)
			SELECT u.id, u.skey, u.number, u.org, u.org_key, u.title, u.first, u.last, u.disc, u.lag, u.affected, u.reports, u.types, u.sector, u.leak, u.body,
				CASE WHEN u.grams = '' THEN '{}'::text[] ELSE string_to_array(u.grams, ' ') END
			FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::bigint[], $12::int[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[])
				AS u(id, skey, number, org, org_key, title, first, last, disc, lag, affected, reports, types, sector, leak, body, grams)
			ON CONFLICT (incident_id) DO UPDATE SET skey = excluded.skey, number = excluded.number, org = excluded.org, org_key = excluded.org_key,
				title = excluded.title, first = excluded.first, last = excluded.last, discovered = excluded.discovered, lag = excluded.lag,
				affected = excluded.affected, reports = excluded.reports, types = excluded.types, sector = excluded.sector, leak = excluded.leak,
				body = excluded.body, grams = excluded.grams`,
			ids, skeys, number, org, orgKey, title, first, last, disc, lags, affected, reports, types, sector, leak, body, grams); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO search_text (incident_id, body) SELECT * FROM unnest($1::bigint[], $2::text[])
			ON CONFLICT (incident_id) DO UPDATE SET body = excluded.body`, ids, text); err != nil {
			return err
		}
		if len(fID) > 0 {
			if _, err := tx.ExecContext(ctx, `INSERT INTO search_facets (facet, value, incident_id) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
				ON CONFLICT DO NOTHING`, fFacet, fValue, fID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("search: put %d documents: %w", len(docs), err)
	}
	return nil
}

// pgDelete removes incidents from the index.
func (ix *Index) pgDelete(ctx context.Context, ids []int64) error {
	err := ix.pgWrite(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{
			`DELETE FROM search_docs WHERE incident_id = ANY($1)`,
			`DELETE FROM search_text WHERE incident_id = ANY($1)`,
			`DELETE FROM search_facets WHERE incident_id = ANY($1)`,
		} {
			if _, err := tx.ExecContext(ctx, q, ids); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("search: delete: %w", err)
	}
	return nil
}

// pgClear empties the index (DELETE, not TRUNCATE, so that readers of
// other processes are not locked out while it is rebuilt).
func (ix *Index) pgClear(ctx context.Context) error {
	return ix.pgWrite(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{`DELETE FROM search_docs`, `DELETE FROM search_text`, `DELETE FROM search_facets`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
}

// pgAnalyze refreshes the planner's statistics after a rebuild, so that
// the first searches do not wait for autovacuum to notice.
func (ix *Index) pgAnalyze(ctx context.Context) error {
	if _, err := ix.w.ExecContext(ctx, `ANALYZE search_docs, search_facets, search_text`); err != nil {
		return fmt.Errorf("search: analyze: %w", err)
	}
	return nil
}

// pgPlan is a query compiled to conditions over search_docs d with
// $n placeholders.
type pgPlan struct {
	conds []string
	args  []any
	// words are the positive folded words, for relevance.
	words []string
	// dates holds the bounds of year: and month: filters (see plan).
	dates plan
}

func (p *pgPlan) arg(v any) string {
	p.args = append(p.args, v)
	return "$" + strconv.Itoa(len(p.args))
}

func (p *pgPlan) where() string { return where(p.conds) }

// textCond returns the condition that d contains the folded term f, or
// "" when f has no word to look for.
func (p *pgPlan) textCond(f string) string {
	if utf8.RuneCountInString(f) >= 3 {
		return "d.body LIKE " + p.arg("%"+likeEscape(f)+"%")
	}
	w := wordRunes(f, false)
	if n := utf8.RuneCountInString(w); n == 0 || n > 2 {
		return ""
	}
	return "d.grams @> " + p.arg([]string{w}) + "::text[]"
}

func pgCompile(q Query) pgPlan {
	var p pgPlan
	for _, t := range q.Terms {
		f := strings.TrimSpace(Fold(t.Text))
		cond := p.textCond(f)
		if cond == "" {
			continue
		}
		if t.Neg {
			cond = "NOT " + cond
		} else {
			p.words = append(p.words, f)
		}
		p.conds = append(p.conds, cond)
	}
	posVals := map[string][]string{}
	var fields []string
	for _, f := range q.Filters {
		var cond string
		switch f.Field {
		case "org":
			cond = "d.org_key LIKE " + p.arg("%"+likeEscape(Fold(f.Value))+"%")
		case "vendor":
			cond = "EXISTS (SELECT 1 FROM search_facets f WHERE f.facet = 'vendor' AND f.incident_id = d.incident_id AND f.value LIKE " + p.arg("%"+likeEscape(Fold(f.Value))+"%") + ")"
		default:
			codes := codesFor(f.Field, f.Value)
			if !f.Neg {
				if _, ok := posVals[f.Field]; !ok {
					fields = append(fields, f.Field)
				}
				posVals[f.Field] = append(posVals[f.Field], codes...)
				continue
			}
			cond = pgFacetCond(&p, f.Field, codes)
		}
		if f.Neg {
			cond = "NOT " + cond
		}
		p.conds = append(p.conds, cond)
	}
	p.dates = compile(Query{Filters: q.Filters})
	if p.dates.dateFrom != "" {
		p.conds = append(p.conds, "d.first >= "+p.arg(p.dates.dateFrom)+" AND d.first < "+p.arg(p.dates.dateTo))
	}
	for _, field := range fields {
		p.conds = append(p.conds, pgFacetCond(&p, field, posVals[field]))
	}
	return p
}

func pgFacetCond(p *pgPlan, field string, codes []string) string {
	return "EXISTS (SELECT 1 FROM search_facets f WHERE f.facet = " + p.arg(field) + " AND f.value = ANY(" + p.arg(codes) + "::text[]) AND f.incident_id = d.incident_id)"
}

const pgDateOrder = " ORDER BY d.first DESC, d.incident_id DESC"

// pgRank scores a match for the relevance order: per positive word, its
// occurrences saturated and normalized by the text's length (as BM25
// does, without the rarity weight), plus one for a word in the
// organization or headline (the first two lines of the body).
func (p *pgPlan) pgRank() string {
	var parts []string
	for _, w := range p.words {
		if utf8.RuneCountInString(w) < 3 {
			w = wordRunes(w, false)
		}
		a := p.arg(w) + "::text"
		n := strconv.Itoa(max(utf8.RuneCountInString(w), 1))
		occ := "((length(d.body) - length(replace(d.body, " + a + ", ''))) / " + n + ")::float8"
		parts = append(parts, occ+" / ("+occ+" + 1.2 * (0.25 + 0.75 * length(d.body) / 1500.0))",
			"(CASE WHEN strpos(split_part(d.body, E'\\n', 1) || E'\\n' || split_part(d.body, E'\\n', 2), "+a+") > 0 THEN 1 ELSE 0 END)")
	}
	if len(parts) == 0 {
		return "0"
	}
	return strings.Join(parts, " + ")
}

// pgSearch is Search on PostgreSQL. Limits and offsets are literals so
// that even a cached generic plan knows how few rows a page needs.
func (ix *Index) pgSearch(ctx context.Context, req Request) (*Result, error) {
	if err := ix.syncGen(ctx); err != nil {
		return nil, err
	}
	if req.Limit <= 0 {
		req.Limit = 20
	}
	req.Limit = min(req.Limit, 200)
	req.Offset = max(req.Offset, 0)
	p := pgCompile(req.Query)
	res := &Result{Sort: req.Sort, Hits: []Hit{}}
	switch res.Sort {
	case SortRelevance, SortAffected, SortDate:
	default:
		res.Sort = SortDate
	}
	if res.Sort == SortRelevance && len(p.words) == 0 {
		res.Sort = SortDate
	}
	qp := p
	qp.args = slices.Clone(p.args)
	var q string
	switch res.Sort {
	case SortRelevance:
		rank := qp.pgRank()
		q = "SELECT id FROM (SELECT d.incident_id AS id, d.first, " + rank + " AS r FROM search_docs d" + qp.where() + pgDateOrder +
			" LIMIT " + strconv.Itoa(RelevanceWindow) + ") m ORDER BY r DESC, first DESC, id DESC"
	case SortAffected:
		q = "SELECT d.incident_id FROM search_docs d" + qp.where() + " ORDER BY d.affected DESC NULLS LAST, d.incident_id DESC"
	default:
		q = "SELECT d.incident_id FROM search_docs d" + qp.where() + pgDateOrder
	}
	q += " LIMIT " + strconv.Itoa(req.Limit) + " OFFSET " + strconv.Itoa(req.Offset)
	ids, err := ix.ids(ctx, q, qp.args...)
	if err != nil {
		return nil, fmt.Errorf("search: query: %w", err)
	}
	if res.Hits, err = ix.pgHits(ctx, ids, req.Query.Positive()); err != nil {
		return nil, err
	}
	switch {
	case len(ids) < req.Limit && (req.Offset == 0 || len(ids) > 0):
		res.Total = req.Offset + len(ids)
	case len(p.conds) == 0:
		if res.Total, err = ix.Count(ctx); err != nil {
			return nil, err
		}
	default:
		if err := ix.pgCount(ctx, p, res); err != nil {
			return nil, err
		}
	}
	if req.Facets {
		res.FacetsSampled = len(p.conds) > 0 && (res.TotalApprox || res.Total > FacetExactMax)
		if res.Facets, err = ix.pgFacets(ctx, p, res.FacetsSampled, res.Total); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// pgCount fills res.Total: exact up to ExactCountMax matches (a bounded
// count), else estimated from how far back in time the SampleSize-th
// newest match lies, like the SQLite index.
func (ix *Index) pgCount(ctx context.Context, p pgPlan, res *Result) error {
	cp := p
	cp.args = slices.Clone(p.args)
	var n int
	q := "SELECT count(*) FROM (SELECT 1 FROM search_docs d" + cp.where() + " LIMIT " + strconv.Itoa(ExactCountMax+1) + ") m"
	if err := ix.r.QueryRowContext(ctx, q, cp.args...).Scan(&n); err != nil {
		return fmt.Errorf("search: count: %w", err)
	}
	if n <= ExactCountMax {
		res.Total = n
		return nil
	}
	sp := p
	sp.args = slices.Clone(p.args)
	var first string
	q = "SELECT d.first FROM search_docs d" + sp.where() + pgDateOrder + " LIMIT 1 OFFSET " + strconv.Itoa(SampleSize-1)
	if err := ix.r.QueryRowContext(ctx, q, sp.args...).Scan(&first); err != nil {
		return fmt.Errorf("search: estimate: %w", err)
	}
	newer, all, err := ix.since(ctx, p.dates, first)
	if err != nil {
		return err
	}
	res.Total = max(int(float64(SampleSize)*float64(all)/float64(max(newer, SampleSize))), ExactCountMax+1)
	res.TotalApprox = true
	return nil
}

// pgHits loads the incidents ids, in that order, with snippets for terms.
func (ix *Index) pgHits(ctx context.Context, ids []int64, terms []string) ([]Hit, error) {
	if len(ids) == 0 {
		return []Hit{}, nil
	}
	return ix.readHits(ctx, "d.incident_id = ANY($1)", []any{ids}, ids, terms)
}

// pgFacets counts the facet values among the matches of p with GROUP BY
// over search_facets: every match up to FacetExactMax, else the newest
// FacetSample scaled to total. The whole casebook's counts are cached.
func (ix *Index) pgFacets(ctx context.Context, p pgPlan, sampled bool, total int) ([]Facet, error) {
	all := len(p.conds) == 0
	cached, gen := ix.cachedFacets()
	if all && cached != nil {
		return cached, nil
	}
	fp := p
	fp.args = slices.Clone(p.args)
	const head = "SELECT f.facet, f.value, count(*) FROM search_facets f WHERE f.facet IN ('type','sector','year','month','data','leak','size','auth')"
	q := head
	scale := 1.0
	switch {
	case all:
	case sampled:
		q += " AND f.incident_id IN (SELECT d.incident_id FROM search_docs d" + fp.where() + pgDateOrder + " LIMIT " + strconv.Itoa(FacetSample) + ")"
		if total > FacetSample {
			scale = float64(total) / float64(FacetSample)
		}
	default:
		q += " AND f.incident_id IN (SELECT d.incident_id FROM search_docs d" + fp.where() + ")"
	}
	return ix.countFacets(ctx, q+" GROUP BY f.facet, f.value", fp.args, scale, all, gen)
}
