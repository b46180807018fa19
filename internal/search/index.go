package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// ErrUnsupported is returned by New when the store is not one the index
// can keep its tables in.
var ErrUnsupported = errors.New("search: store does not expose a supported SQL database")

// Index is the search index of a casebook: one document per incident.
type Index struct {
	st store.Store
	w  *sql.DB  // writes (for SQLite, the single writer connection)
	r  *sql.DB  // reads
	pg *pgIndex // set on PostgreSQL (see postgres.go)

	mu          sync.Mutex
	gen         int64 // bumped by every write; caches compare it
	cacheAt     int64
	facetsCache []Facet // facet counts of the whole casebook
	statsCache  *Stats
	statsAt     int64
	countCache  int
	countAt     int64
	countOK     bool
	hist        *histogram
	histAt      int64
}

const schema = `
CREATE TABLE IF NOT EXISTS search_docs (
	incident_id INTEGER PRIMARY KEY,
	skey        INTEGER NOT NULL DEFAULT 0, -- rowid in the full-text tables, see SortKey
	number      TEXT    NOT NULL DEFAULT '',
	org         TEXT    NOT NULL DEFAULT '',
	org_key     TEXT    NOT NULL DEFAULT '',
	title       TEXT    NOT NULL DEFAULT '',
	first       TEXT    NOT NULL DEFAULT '',
	last        TEXT    NOT NULL DEFAULT '',
	discovered  TEXT    NOT NULL DEFAULT '',
	lag         INTEGER,
	affected    INTEGER,
	reports     INTEGER NOT NULL DEFAULT 0,
	types       TEXT    NOT NULL DEFAULT '',
	sector      TEXT    NOT NULL DEFAULT '',
	leak        TEXT    NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS search_text (
	incident_id INTEGER PRIMARY KEY,
	body        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS search_docs_first ON search_docs (first, incident_id);
CREATE INDEX IF NOT EXISTS search_docs_affected ON search_docs (affected);
CREATE INDEX IF NOT EXISTS search_docs_org ON search_docs (org_key);
CREATE TABLE IF NOT EXISTS search_facets (
	facet       TEXT    NOT NULL,
	value       TEXT    NOT NULL,
	incident_id INTEGER NOT NULL,
	PRIMARY KEY (facet, value, incident_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS search_facets_incident ON search_facets (incident_id);
CREATE VIRTUAL TABLE IF NOT EXISTS search_tri USING fts5 (body, tokenize = 'trigram', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE IF NOT EXISTS search_bi USING fts5 (body, tokenize = 'ascii', content = '', contentless_delete = 1, prefix = '1');
`

// New opens the index kept in st's database, creating its tables if they
// do not exist. The store must expose its pool through a DB() *sql.DB
// method (and may expose a separate read pool through ReadDB); SQLite
// and PostgreSQL are supported.
func New(ctx context.Context, st store.Store) (*Index, error) {
	dbs, ok := st.(interface{ DB() *sql.DB })
	if !ok {
		return nil, fmt.Errorf("%w (%T has no DB method)", ErrUnsupported, st)
	}
	w := dbs.DB()
	r := w
	if rd, ok := st.(interface{ ReadDB() *sql.DB }); ok {
		r = rd.ReadDB()
	}
	if isPostgres(w) {
		pg, err := newPostgres(ctx, w)
		if err != nil {
			return nil, err
		}
		return &Index{st: st, w: w, r: r, pg: pg}, nil
	}
	if name := fmt.Sprintf("%T", w.Driver()); !strings.Contains(strings.ToLower(name), "sqlite") {
		return nil, fmt.Errorf("%w (driver %s)", ErrUnsupported, name)
	}
	if _, err := w.ExecContext(ctx, schema); err != nil {
		return nil, fmt.Errorf("search: create tables: %w", err)
	}
	return &Index{st: st, w: w, r: r}, nil
}

// Doc is what the index keeps of one incident.
type Doc struct {
	IncidentID   int64
	Number       string
	Organization string
	Title        string
	First, Last  string // first and latest published date (ISO 8601)
	Discovered   string // earliest discovery date
	Affected     *int64
	Reports      int
	Types        []string
	Sector       string
	Leak         string
	DataTypes    []string
	Notified     []string
	Vendors      []string
	Text         string // the reports' texts, in order
}

// Lag returns the days between discovery and first publication, or -1.
func (d *Doc) Lag() int {
	a, err1 := time.Parse("2006-01-02", d.Discovered)
	b, err2 := time.Parse("2006-01-02", d.First)
	if err1 != nil || err2 != nil || b.Before(a) {
		return -1
	}
	return int(b.Sub(a).Hours() / 24)
}

// leakRank orders leak values from the strongest statement.
var leakRank = map[model.Leak]int{model.LeakConfirmed: 4, model.LeakPossible: 3, model.LeakNone: 2, model.LeakUnknown: 1}

// BuildDoc makes the search document of an incident from its reports (in
// published order).
func BuildDoc(inc *model.Incident, reports []model.Report) Doc {
	d := Doc{
		IncidentID: inc.ID, Number: inc.Number, Organization: inc.Organization,
		First: inc.FirstSeen, Last: inc.LastSeen, Affected: inc.Affected,
		Reports: len(reports), Types: slices.Clone(inc.Types),
	}
	var text strings.Builder
	var leak model.Leak
	types := map[string]bool{}
	for _, t := range d.Types {
		types[t] = true
	}
	for _, r := range reports {
		f := &r.Facts
		if d.Title == "" && f.Title != "" {
			d.Title = f.Title
		}
		if d.Organization == "" {
			d.Organization = f.Organization
		}
		if d.Sector == "" || d.Sector == string(model.SectorOther) {
			if f.Sector != "" {
				d.Sector = string(f.Sector)
			}
		}
		if leakRank[f.Leak] > leakRank[leak] {
			leak = f.Leak
		}
		if f.Discovered != "" && (d.Discovered == "" || f.Discovered < d.Discovered) {
			d.Discovered = f.Discovered
		}
		if f.Published != "" {
			if d.First == "" || f.Published < d.First {
				d.First = f.Published
			}
			if f.Published > d.Last {
				d.Last = f.Published
			}
		}
		if f.Affected != nil && (d.Affected == nil || *f.Affected > *d.Affected) {
			v := *f.Affected
			d.Affected = &v
		}
		for _, t := range f.Types {
			if !types[t] {
				types[t] = true
				d.Types = append(d.Types, t)
			}
		}
		d.DataTypes = union(d.DataTypes, f.DataTypes)
		d.Notified = union(d.Notified, f.Notified)
		d.Vendors = union(d.Vendors, f.Vendors)
		if text.Len() > 0 {
			text.WriteString("\n\n")
		}
		text.WriteString(r.Text)
	}
	slices.Sort(d.Types)
	d.Leak = string(leak)
	d.Text = text.String()
	return d
}

func union(a, b []string) []string {
	for _, v := range b {
		if !slices.Contains(a, v) {
			a = append(a, v)
		}
	}
	return a
}

// SizeBands are the bands of people affected, as facet values.
var SizeBands = []model.Code{
	{Code: "1-99", Label: "1〜99人"},
	{Code: "100-999", Label: "100〜999人"},
	{Code: "1000-9999", Label: "1,000〜9,999人"},
	{Code: "10000+", Label: "10,000人以上"},
}

// LeakLabels are the Japanese labels of the leak values.
var LeakLabels = []model.Code{
	{Code: string(model.LeakConfirmed), Label: "漏えい確認"},
	{Code: string(model.LeakPossible), Label: "漏えいのおそれ"},
	{Code: string(model.LeakNone), Label: "漏えいなし"},
	{Code: string(model.LeakUnknown), Label: "不明"},
}

// SizeBand returns the band of n people, or "".
func SizeBand(n *int64) string {
	switch {
	case n == nil || *n <= 0:
		return ""
	case *n < 100:
		return SizeBands[0].Code
	case *n < 1000:
		return SizeBands[1].Code
	case *n < 10000:
		return SizeBands[2].Code
	}
	return SizeBands[3].Code
}

// facetRows lists the (facet, value) pairs of d.
func facetRows(d *Doc) [][2]string {
	var out [][2]string
	add := func(f, v string) {
		if v != "" {
			out = append(out, [2]string{f, v})
		}
	}
	for _, t := range d.Types {
		add("type", t)
	}
	add("sector", d.Sector)
	if len(d.First) >= 4 {
		add("year", d.First[:4])
	}
	if len(d.First) >= 7 {
		add("month", d.First[:7])
	}
	for _, v := range d.DataTypes {
		add("data", v)
	}
	add("leak", d.Leak)
	add("size", SizeBand(d.Affected))
	for _, v := range d.Notified {
		add("auth", v)
	}
	for _, v := range d.Vendors {
		add("vendor", Fold(v))
	}
	slices.SortFunc(out, func(a, b [2]string) int { return strings.Compare(a[0]+"\x00"+a[1], b[0]+"\x00"+b[1]) })
	return slices.Compact(out)
}

// IndexedText is what the full-text tables see of d: the organization,
// title, labels of its facts and the report texts.
func IndexedText(d *Doc) string {
	var b strings.Builder
	b.WriteString(d.Organization)
	b.WriteByte('\n')
	b.WriteString(d.Title)
	b.WriteByte('\n')
	for _, t := range d.Types {
		b.WriteString(model.Label(model.IncidentTypes, t))
		b.WriteByte(' ')
	}
	for _, t := range d.DataTypes {
		b.WriteString(model.Label(model.DataTypes, t))
		b.WriteByte(' ')
	}
	for _, v := range d.Vendors {
		b.WriteString(v)
		b.WriteByte(' ')
	}
	b.WriteByte('\n')
	b.WriteString(d.Text)
	return b.String()
}

// Put adds or replaces docs in one transaction.
func (ix *Index) Put(ctx context.Context, docs []Doc) error {
	if len(docs) == 0 {
		return nil
	}
	if ix.pg != nil {
		return ix.pgPut(ctx, docs)
	}
	err := ix.inTx(ctx, func(tx *sql.Tx) error {
		stmts, err := prepare(ctx, tx,
			`DELETE FROM search_facets WHERE incident_id = $1`,
			`DELETE FROM search_tri WHERE rowid = (SELECT skey FROM search_docs WHERE incident_id = $1)`,
			`DELETE FROM search_bi WHERE rowid = (SELECT skey FROM search_docs WHERE incident_id = $1)`,
			`INSERT OR REPLACE INTO search_docs (incident_id, number, org, org_key, title, first, last, discovered, lag, affected, reports, types, sector, leak, skey)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
			`INSERT INTO search_facets (facet, value, incident_id) VALUES ($1, $2, $3)`,
			`INSERT INTO search_tri (rowid, body) VALUES ($1, $2)`,
			`INSERT INTO search_bi (rowid, body) VALUES ($1, $2)`,
			`INSERT OR REPLACE INTO search_text (incident_id, body) VALUES ($1, $2)`,
		)
		if err != nil {
			return err
		}
		defer closeAll(stmts)
		for i := range docs {
			d := &docs[i]
			for _, s := range stmts[:3] {
				if _, err := s.ExecContext(ctx, d.IncidentID); err != nil {
					return err
				}
			}
			var lag, affected any
			if l := d.Lag(); l >= 0 {
				lag = l
			}
			if d.Affected != nil {
				affected = *d.Affected
			}
			body := IndexedText(d)
			if _, err := stmts[3].ExecContext(ctx, d.IncidentID, d.Number, d.Organization, Fold(d.Organization), d.Title,
				d.First, d.Last, d.Discovered, lag, affected, d.Reports, strings.Join(d.Types, ","), d.Sector, d.Leak, SortKey(d.First, d.IncidentID)); err != nil {
				return err
			}
			if _, err := stmts[7].ExecContext(ctx, d.IncidentID, d.Text); err != nil {
				return err
			}
			for _, fv := range facetRows(d) {
				if _, err := stmts[4].ExecContext(ctx, fv[0], fv[1], d.IncidentID); err != nil {
					return err
				}
			}
			folded := Fold(body)
			key := SortKey(d.First, d.IncidentID)
			if _, err := stmts[5].ExecContext(ctx, key, folded); err != nil {
				return err
			}
			if _, err := stmts[6].ExecContext(ctx, key, bigrams(folded)); err != nil {
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

// Delete removes incidents from the index.
func (ix *Index) Delete(ctx context.Context, ids ...int64) error {
	if ix.pg != nil {
		return ix.pgDelete(ctx, ids)
	}
	err := ix.inTx(ctx, func(tx *sql.Tx) error {
		for _, id := range ids {
			for _, q := range []string{
				`DELETE FROM search_tri WHERE rowid = (SELECT skey FROM search_docs WHERE incident_id = $1)`,
				`DELETE FROM search_bi WHERE rowid = (SELECT skey FROM search_docs WHERE incident_id = $1)`,
				`DELETE FROM search_docs WHERE incident_id = $1`,
				`DELETE FROM search_text WHERE incident_id = $1`,
				`DELETE FROM search_facets WHERE incident_id = $1`,
			} {
				if _, err := tx.ExecContext(ctx, q, id); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("search: delete: %w", err)
	}
	return nil
}

// Reindex rebuilds the documents of the given incidents from the store;
// an incident that no longer exists, was merged away or has no reports
// leaves the index. Call it after reports are linked or incidents merged
// (with both the kept and the dropped incident).
func (ix *Index) Reindex(ctx context.Context, incidentIDs ...int64) error {
	var docs []Doc
	var gone []int64
	for _, id := range incidentIDs {
		inc, err := ix.st.Incident(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			gone = append(gone, id)
			continue
		}
		if err != nil {
			return fmt.Errorf("search: reindex: %w", err)
		}
		reports, err := ix.st.IncidentReports(ctx, id)
		if err != nil {
			return fmt.Errorf("search: reindex: %w", err)
		}
		if len(reports) == 0 {
			gone = append(gone, id)
			continue
		}
		docs = append(docs, BuildDoc(inc, reports))
	}
	if len(gone) > 0 {
		if err := ix.Delete(ctx, gone...); err != nil {
			return err
		}
	}
	return ix.Put(ctx, docs)
}

// ReindexAll empties the index and rebuilds it from every incident of the
// store, in batches.
func (ix *Index) ReindexAll(ctx context.Context) error {
	empty := ix.inTx
	if ix.pg != nil {
		empty = func(ctx context.Context, _ func(*sql.Tx) error) error { return ix.pgClear(ctx) }
	}
	err := empty(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{
			`DELETE FROM search_docs`, `DELETE FROM search_text`, `DELETE FROM search_facets`,
			`INSERT INTO search_tri (search_tri) VALUES ('delete-all')`,
			`INSERT INTO search_bi (search_bi) VALUES ('delete-all')`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("search: reindex all: %w", err)
	}
	incs, err := ix.st.Incidents(ctx, store.ListOptions{})
	if err != nil {
		return fmt.Errorf("search: reindex all: %w", err)
	}
	const batch = 500
	for i := 0; i < len(incs); i += batch {
		ids := make([]int64, 0, batch)
		for _, inc := range incs[i:min(i+batch, len(incs))] {
			ids = append(ids, inc.ID)
		}
		if err := ix.Reindex(ctx, ids...); err != nil {
			return err
		}
	}
	if ix.pg != nil {
		return ix.pgAnalyze(ctx)
	}
	return nil
}

func (ix *Index) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := ix.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	ix.mu.Lock()
	ix.gen++
	ix.mu.Unlock()
	return nil
}

func prepare(ctx context.Context, tx *sql.Tx, qs ...string) ([]*sql.Stmt, error) {
	var out []*sql.Stmt
	for _, q := range qs {
		s, err := tx.PrepareContext(ctx, q)
		if err != nil {
			closeAll(out)
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func closeAll(stmts []*sql.Stmt) {
	for _, s := range stmts {
		s.Close()
	}
}

// Count returns the number of incidents in the index (cached until the
// next write).
func (ix *Index) Count(ctx context.Context) (int, error) {
	if err := ix.syncGen(ctx); err != nil {
		return 0, err
	}
	ix.mu.Lock()
	if ix.countAt == ix.gen && ix.countOK {
		n := ix.countCache
		ix.mu.Unlock()
		return n, nil
	}
	gen := ix.gen
	ix.mu.Unlock()
	var n int
	if err := ix.r.QueryRowContext(ctx, `SELECT count(*) FROM search_docs`).Scan(&n); err != nil {
		return 0, fmt.Errorf("search: count: %w", err)
	}
	ix.mu.Lock()
	ix.countCache, ix.countAt, ix.countOK = n, gen, true
	ix.mu.Unlock()
	return n, nil
}

// idBits is how many low bits of a sort key hold the incident id.
const idBits = 32

// idMask extracts the incident id from a sort key in SQL.
const idMask = "4294967295"

// SortKey is the rowid an incident has in the full-text tables: the days
// from 1970 to its first publication in the high bits and its id in the
// low 32, so that rowid order is date order and a full-text query sorted
// by date can stop after the first page (FTS5 walks its doclists in rowid
// order). Undated incidents sort before every dated one.
func SortKey(first string, id int64) int64 {
	var days int64
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(first) >= len(layout) {
			if t, err := time.Parse(layout, first[:len(layout)]); err == nil {
				days = max(0, t.Unix()/86400)
				break
			}
		}
	}
	return days<<idBits | id&(1<<idBits-1)
}
