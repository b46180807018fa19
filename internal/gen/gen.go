package gen

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/search"
	"github.com/jikenbo/jikenbo/internal/store"
)

// Notice is one generated report: its document text and facts (with
// evidence spans into Text).
type Notice struct {
	Name  string
	Text  string
	Facts model.Facts
}

// Incident is one generated event with its reports, oldest first.
type Incident struct {
	Organization string
	Year         int
	Notices      []Notice
}

// Generator makes fictional incidents; the same seed gives the same
// sequence.
type Generator struct {
	rnd    *rand.Rand
	serial int
	orgs   []org
	total  int
}

type org struct {
	name string
	kind orgKind
}

// NewGenerator returns a generator seeded with seed.
func NewGenerator(seed uint64) *Generator {
	g := &Generator{rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	for _, p := range namePrefixes {
		for _, m := range nameMiddles {
			for _, k := range orgKinds {
				g.orgs = append(g.orgs, org{name: fmt.Sprintf(k.pattern, p+m), kind: k})
			}
		}
	}
	for _, w := range typeWeights {
		g.total += w.weight
	}
	return g
}

func (g *Generator) pick(list []string) string { return list[g.rnd.IntN(len(list))] }

func (g *Generator) pickType() string {
	n := g.rnd.IntN(g.total)
	for _, w := range typeWeights {
		if n < w.weight {
			return w.code
		}
		n -= w.weight
	}
	return "other"
}

// textBuilder writes a notice and records where each fact's words are.
type textBuilder struct {
	b  strings.Builder
	ev []model.Evidence
}

func (t *textBuilder) text(s string) { t.b.WriteString(s) }

func (t *textBuilder) fact(field, value, shown string) {
	start := t.b.Len()
	t.b.WriteString(shown)
	t.ev = append(t.ev, model.Evidence{Field: field, Value: value, Span: model.Span{Start: start, End: t.b.Len()}})
}

var start = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)

const days = 7 * 365

// Next returns the next incident.
func (g *Generator) Next() Incident {
	o := g.orgs[g.rnd.IntN(len(g.orgs))]
	typ := g.pickType()
	types := []string{typ}
	if typ == "web_skimming" {
		types = append(types, "unauthorized_access")
	}
	published := start.AddDate(0, 0, g.rnd.IntN(days))
	lag := int(math.Exp(g.rnd.Float64()*6)) - 1 // 0 … ~400 days, mostly short
	discovered := published.AddDate(0, 0, -lag)
	var affected *int64
	if g.rnd.IntN(10) > 0 {
		n := int64(math.Exp(g.rnd.Float64() * 13.5)) // 1 … ~730,000
		affected = &n
	}
	var data []string
	if typ == "web_skimming" {
		data = []string{"card_holder", "card_number", "card_expiry", "card_cvc"}
	} else {
		data = []string{"name"}
		for range g.rnd.IntN(4) {
			d := g.pick(dataTypeCodes)
			if !contains(data, d) {
				data = append(data, d)
			}
		}
	}
	leaks := []model.Leak{model.LeakConfirmed, model.LeakPossible, model.LeakPossible, model.LeakNone, model.LeakUnknown}
	leak := leaks[g.rnd.IntN(len(leaks))]
	var notified []string
	if g.rnd.IntN(10) < 6 {
		notified = append(notified, "ppc")
	}
	if g.rnd.IntN(10) < 2 {
		notified = append(notified, "police")
	}
	var vendor string
	if g.rnd.IntN(4) == 0 {
		vendor = g.pick(vendors)
	}
	sys := g.pick(systems)
	body := g.pick(bodies[typ])
	title := g.pick(titles[typ])
	inc := Incident{Organization: o.name, Year: published.Year()}
	n := 1
	if r := g.rnd.IntN(10); r >= 9 {
		n = 3
	} else if r >= 6 {
		n = 2
	}
	date := published
	for i := range n {
		g.serial++
		f := model.Facts{IsIncident: true, Organization: o.name, Sector: o.kind.sector, Types: types, DataTypes: data,
			Leak: leak, Notified: notified, Published: date.Format("2006-01-02"), Discovered: discovered.Format("2006-01-02")}
		if vendor != "" {
			f.Vendors = []string{vendor}
		}
		var t textBuilder
		self := "社"
		if o.kind.sector == model.SectorGovernment {
			self = o.name[len(o.name)-3:] // 市, 町, 村
		} else if o.kind.sector == model.SectorMedical {
			self = "院"
		} else if o.kind.sector == model.SectorEducation {
			self = "校"
		}
		ttl := strings.ReplaceAll(title, "{self}", self)
		if i > 0 {
			ttl = "【第" + strconv.Itoa(i+1) + "報】" + ttl
			f.ReportSeq = strconv.Itoa(i + 1)
			if i == n-1 {
				f.ReportSeq = "final"
				ttl = "【最終報】" + strings.TrimPrefix(ttl, "【第"+strconv.Itoa(i+1)+"報】")
			}
		}
		f.Title = ttl
		t.fact("title", ttl, ttl)
		t.text("\n\n")
		t.fact("published", f.Published, jaDate(date, g.rnd.IntN(2) == 0))
		t.text("\n")
		t.fact("organization", o.name, o.name)
		t.text("\n\n")
		t.text("このたび、")
		t.fact("discovered", f.Discovered, jaDate(discovered, false))
		t.text("に、以下の事案が発生していたことが判明しました。\n\n")
		// The body with its placeholders.
		bodyStart := t.b.Len()
		rest := strings.ReplaceAll(body, "{self}", self)
		for rest != "" {
			k := strings.IndexByte(rest, '{')
			if k < 0 {
				t.text(rest)
				break
			}
			t.text(rest[:k])
			e := strings.IndexByte(rest[k:], '}')
			ph := rest[k+1 : k+e]
			rest = rest[k+e+1:]
			switch ph {
			case "sys":
				t.text(sys)
			case "staff":
				t.text(o.kind.staff)
			case "vendor":
				if vendor != "" {
					t.fact("vendors", vendor, "委託先の"+vendor)
				} else {
					t.text("委託先")
				}
			case "ppl":
				if affected != nil {
					t.fact("affected", strconv.FormatInt(*affected, 10), o.kind.people+commas(*affected)+"人分")
				} else {
					t.text(o.kind.people)
				}
			case "data":
				labels := make([]string, len(data))
				for j, d := range data {
					labels[j] = model.Label(model.DataTypes, d)
				}
				t.fact("data_types", strings.Join(data, ","), strings.Join(labels, "、"))
			}
		}
		f.Affected = affected
		f.Evidence = append(f.Evidence, model.Evidence{Field: "types", Value: typ, Span: model.Span{Start: bodyStart, End: t.b.Len()}})
		t.text("\n")
		if contains(notified, "ppc") {
			t.text("本件については、")
			t.fact("notified", "ppc", "個人情報保護委員会へ報告")
			t.text("しております。")
		}
		if contains(notified, "police") {
			t.text("また、")
			t.fact("notified", "police", "警察に相談")
			t.text("しております。")
		}
		t.text("\n")
		t.text(g.pick(closings))
		t.text("\n\n【お問い合わせ】" + o.name + " 受付番号 JK-" + strconv.Itoa(g.serial) + "\n")
		f.Evidence = append(f.Evidence, t.ev...)
		inc.Notices = append(inc.Notices, Notice{Name: fmt.Sprintf("notice-%07d.txt", g.serial), Text: t.b.String(), Facts: f})
		date = date.AddDate(0, 0, 5+g.rnd.IntN(50))
	}
	return inc
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// jaDate writes a date in the Western calendar or in Reiwa years.
func jaDate(t time.Time, wareki bool) string {
	if wareki && t.Year() >= 2020 {
		return fmt.Sprintf("令和%d年%d月%d日", t.Year()-2018, int(t.Month()), t.Day())
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// Options configure Generate.
type Options struct {
	Reports   int    // at least this many reports are generated
	Seed      uint64 // generator seed
	BatchSize int    // incidents per transaction; default 1000
	// Progress is called after each batch with the reports written.
	Progress func(done, total int)
}

// Result counts what Generate wrote.
type Result struct {
	Documents int           `json:"documents"`
	Reports   int           `json:"reports"`
	Incidents int           `json:"incidents"`
	Elapsed   time.Duration `json:"elapsed_ns"`
}

// Generate writes a synthetic casebook into st (which must be the SQLite
// store: rows are inserted directly, one transaction per batch) and
// indexes it in ix.
func Generate(ctx context.Context, st store.Store, ix *search.Index, opt Options) (Result, error) {
	began := time.Now()
	var res Result
	dbs, ok := st.(interface{ DB() *sql.DB })
	if !ok {
		return res, errors.New("gen: the store does not expose its database (only SQLite is supported)")
	}
	db := dbs.DB()
	if opt.BatchSize <= 0 {
		opt.BatchSize = 1000
	}
	g := NewGenerator(opt.Seed)
	counters := map[int]int64{}
	rows, err := db.QueryContext(ctx, `SELECT year, last FROM incident_counters`)
	if err != nil {
		return res, fmt.Errorf("gen: read counters: %w", err)
	}
	for rows.Next() {
		var y int
		var n int64
		if err := rows.Scan(&y, &n); err != nil {
			rows.Close()
			return res, fmt.Errorf("gen: read counters: %w", err)
		}
		counters[y] = n
	}
	rows.Close()
	now := time.Now().UTC()
	for res.Reports < opt.Reports {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		var batch []Incident
		n := 0
		for len(batch) < opt.BatchSize && res.Reports+n < opt.Reports {
			inc := g.Next()
			batch = append(batch, inc)
			n += len(inc.Notices)
		}
		docs, err := writeBatch(ctx, db, batch, counters, now)
		if err != nil {
			return res, err
		}
		if err := ix.Put(ctx, docs); err != nil {
			return res, err
		}
		res.Incidents += len(batch)
		res.Reports += n
		res.Documents += n
		if opt.Progress != nil {
			opt.Progress(res.Reports, opt.Reports)
		}
	}
	res.Elapsed = time.Since(began)
	return res, nil
}

// writeBatch inserts the documents, reports and incidents of batch in one
// transaction and returns their search documents.
func writeBatch(ctx context.Context, db *sql.DB, batch []Incident, counters map[int]int64, now time.Time) ([]search.Doc, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("gen: begin: %w", err)
	}
	defer tx.Rollback()
	qs := []string{
		`INSERT INTO documents (sha256, source, name, media_type, encoding, retrieved_at, raw, text, processed) VALUES ($1, $2, $3, 'text/plain', 'utf-8', $4, $5, $6, 1) RETURNING id`,
		`INSERT INTO incidents (number, year, seq, organization, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		`INSERT INTO reports (document_id, seq, span_start, span_end, facts, is_incident, casebook_id, organization, published, affected, types, incident_id) VALUES ($1, 0, 0, $2, $3, 1, '', $4, $5, $6, $7, $8)`,
		`INSERT INTO incident_counters (year, last) VALUES ($1, $2) ON CONFLICT (year) DO UPDATE SET last = excluded.last`,
	}
	var stmts []*sql.Stmt
	for _, q := range qs {
		s, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("gen: prepare: %w", err)
		}
		defer s.Close()
		stmts = append(stmts, s)
	}
	ts := now.Format("2006-01-02T15:04:05.000000000Z07:00")
	docs := make([]search.Doc, 0, len(batch))
	years := map[int]bool{}
	for _, inc := range batch {
		counters[inc.Year]++
		years[inc.Year] = true
		seq := counters[inc.Year]
		number := fmt.Sprintf("%04d-%03d", inc.Year, seq)
		var incID int64
		if err := stmts[1].QueryRowContext(ctx, number, inc.Year, seq, inc.Organization, ts).Scan(&incID); err != nil {
			return nil, fmt.Errorf("gen: incident %s: %w", number, err)
		}
		mi := &model.Incident{ID: incID, Number: number, Organization: inc.Organization}
		reports := make([]model.Report, 0, len(inc.Notices))
		for _, nt := range inc.Notices {
			sum := sha256.Sum256([]byte(nt.Text))
			var docID int64
			if err := stmts[0].QueryRowContext(ctx, hex.EncodeToString(sum[:]), "https://example.jp/gen/"+nt.Name, nt.Name, ts, []byte(nt.Text), nt.Text).Scan(&docID); err != nil {
				return nil, fmt.Errorf("gen: document %s: %w", nt.Name, err)
			}
			facts, err := json.Marshal(nt.Facts)
			if err != nil {
				return nil, fmt.Errorf("gen: facts: %w", err)
			}
			var affected any
			if nt.Facts.Affected != nil {
				affected = *nt.Facts.Affected
			}
			if _, err := stmts[2].ExecContext(ctx, docID, len(nt.Text), string(facts), nt.Facts.Organization, nt.Facts.Published, affected, strings.Join(nt.Facts.Types, ","), incID); err != nil {
				return nil, fmt.Errorf("gen: report: %w", err)
			}
			reports = append(reports, model.Report{DocumentID: docID, Text: nt.Text, Facts: nt.Facts, IncidentID: incID, Span: model.Span{End: len(nt.Text)}})
		}
		docs = append(docs, search.BuildDoc(mi, reports))
	}
	for y := range years {
		if _, err := stmts[3].ExecContext(ctx, y, counters[y]); err != nil {
			return nil, fmt.Errorf("gen: counters: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("gen: commit: %w", err)
	}
	return docs, nil
}
