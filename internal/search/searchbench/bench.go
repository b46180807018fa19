package searchbench

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/jikenbo/jikenbo/internal/search"
)

// Queries is the fixed query set: Japanese words and phrases, one- and
// two-character queries, width variants, exclusions and field filters.
var Queries = []string{
	"不正アクセス", "ランサムウェア", "誤送信", "USBメモリ", "紛失", "個人情報保護委員会", "クレジットカード", "フィッシング",
	"マルウェア", "Emotet", "サポート詐欺", "なりすましログイン", "アクセス権限", "委託先", "電子カルテシステム", "暗号化",
	"脆弱性", "漏えい", "流出", "閲覧", "迷惑メール", "改ざん", "再発防止", "二次被害", "車上荒らし", "顧客管理データベース",
	"VPN装置", "ＶＰＮ装置", "クラウドストレージ", "パスワード", "メールアドレス", "生年月日", "遠隔操作ソフト", "受付番号",
	"市", "町", "村", "銀行", "病院", "大学", "漏", "誤", "盗", "鍵", "ID",
	`"ランサムウェアに感染"`, `"宛先をBCCではなくTOに"`, "不正アクセス -委託先", "紛失 -USBメモリ", "患者 誤送信",
	"type:ransomware", "sector:自治体 紛失", "org:市 year:2024", "leak:confirmed data:email", "type:misdelivery year:2023",
	"size:10000+ 不正アクセス", "存在しない語句です", "ｅｍｏｔｅｔ", "学生 パスワード", "month:2022-04",
}

// Options configure Run.
type Options struct {
	Runs    int    // timed runs of the whole set; default 3
	Sort    string // search.SortDate (default), SortRelevance or SortAffected
	Facets  bool   // also count facets
	Scan    bool   // also time the full-scan alternative (instr over the stored text)
	GrepDir string // where to dump the text for grep; default a temporary directory
	Out     io.Writer
}

// QueryResult is what one query measured.
type QueryResult struct {
	Query     string
	Hits      int  // total matches the search reported (maybe estimated)
	Approx    bool // Hits is an estimate
	Exact     int  // matches counted exactly, for recall
	Grep      int  // lines grep counted (-1: not comparable, the query has filters)
	P50, Max  time.Duration
	GrepTime  time.Duration
	ScanTime  time.Duration
	FacetTime time.Duration
	ScanCount int
}

// Report is the whole measurement.
type Report struct {
	Docs             int
	P50, P90, P99    time.Duration
	Max              time.Duration
	FacetP50         time.Duration
	FacetP99         time.Duration
	GrepP50, GrepP99 time.Duration
	ScanP50, ScanP99 time.Duration
	Recall           float64 // index matches / grep matches over comparable queries
	DumpBytes        int64
	Sizes            map[string]int64 // bytes per table group
	Queries          []QueryResult
}

func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(float64(len(s)-1) * p)
	return s[i]
}

// Run measures ix over Queries; db is the database the index lives in
// (for the scan alternative, the dump and the sizes).
func Run(ctx context.Context, ix *search.Index, db *sql.DB, opt Options) (*Report, error) {
	if opt.Runs <= 0 {
		opt.Runs = 3
	}
	if opt.Out == nil {
		opt.Out = io.Discard
	}
	rep := &Report{Sizes: map[string]int64{}}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM search_docs`).Scan(&rep.Docs); err != nil {
		return nil, fmt.Errorf("searchbench: %w", err)
	}
	// Warm up once, then time each query Runs times.
	var all, facetTimes []time.Duration
	for _, q := range Queries {
		r := QueryResult{Query: q, Grep: -1}
		var ts []time.Duration
		for i := 0; i <= opt.Runs; i++ {
			t0 := time.Now()
			res, err := ix.Search(ctx, search.Request{Query: search.Parse(q), Limit: 20, Sort: opt.Sort})
			d := time.Since(t0)
			if err != nil {
				return nil, fmt.Errorf("searchbench: %q: %w", q, err)
			}
			r.Hits, r.Approx = res.Total, res.TotalApprox
			if i > 0 {
				ts = append(ts, d)
			}
		}
		all = append(all, ts...)
		r.P50, r.Max = pct(ts, 0.5), pct(ts, 1)
		if opt.Facets {
			t0 := time.Now()
			if _, err := ix.Search(ctx, search.Request{Query: search.Parse(q), Limit: 20, Sort: opt.Sort, Facets: true}); err != nil {
				return nil, err
			}
			r.FacetTime = time.Since(t0)
			facetTimes = append(facetTimes, r.FacetTime)
		}
		rep.Queries = append(rep.Queries, r)
	}
	rep.P50, rep.P90, rep.P99, rep.Max = pct(all, 0.5), pct(all, 0.9), pct(all, 0.99), pct(all, 1)
	rep.FacetP50, rep.FacetP99 = pct(facetTimes, 0.5), pct(facetTimes, 0.99)

	// Exact counts, for recall.
	oldBudget, oldMax := search.CountBudget, search.ExactCountMax
	search.CountBudget, search.ExactCountMax = time.Hour, 1<<40
	for i := range rep.Queries {
		res, err := ix.Search(ctx, search.Request{Query: search.Parse(rep.Queries[i].Query), Limit: 1})
		if err != nil {
			return nil, err
		}
		rep.Queries[i].Exact = res.Total
	}
	search.CountBudget, search.ExactCountMax = oldBudget, oldMax

	// The reference: grep over the same (folded) text, one line per incident.
	dir := opt.GrepDir
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "jikenbo-bench-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
	}
	dump := filepath.Join(dir, "search-text.txt")
	n, err := dumpText(ctx, db, dump)
	if err != nil {
		return nil, err
	}
	rep.DumpBytes = n
	var grepTimes, scanTimes []time.Duration
	var found, truth int
	for i := range rep.Queries {
		r := &rep.Queries[i]
		q := search.Parse(r.Query)
		var pos, neg []string
		for _, t := range q.Terms {
			f := strings.TrimSpace(search.Fold(t.Text))
			if t.Neg {
				neg = append(neg, f)
			} else {
				pos = append(pos, f)
			}
		}
		t0 := time.Now()
		c, err := grepCount(ctx, dump, pos, neg)
		r.GrepTime = time.Since(t0)
		if err != nil {
			return nil, err
		}
		grepTimes = append(grepTimes, r.GrepTime)
		if len(q.Filters) == 0 && len(pos) > 0 {
			r.Grep = c
			truth += c
			found += min(r.Exact, c)
		}
		if opt.Scan && len(pos) > 0 {
			t0 := time.Now()
			r.ScanCount, err = scanCount(ctx, db, pos, neg)
			r.ScanTime = time.Since(t0)
			if err != nil {
				return nil, err
			}
			scanTimes = append(scanTimes, r.ScanTime)
		}
		approx := " "
		if r.Approx {
			approx = "~"
		}
		fmt.Fprintf(opt.Out, "%-32s hits %s%8d exact %8d  grep %8d  p50 %8.2fms  max %8.2fms  grep %8.1fms", r.Query, approx, r.Hits, r.Exact, r.Grep,
			ms(r.P50), ms(r.Max), ms(r.GrepTime))
		if opt.Facets {
			fmt.Fprintf(opt.Out, "  facets %8.1fms", ms(r.FacetTime))
		}
		if opt.Scan && len(pos) > 0 {
			fmt.Fprintf(opt.Out, "  scan %8.1fms (%d)", ms(r.ScanTime), r.ScanCount)
		}
		fmt.Fprintln(opt.Out)
	}
	if truth > 0 {
		rep.Recall = float64(found) / float64(truth)
	}
	rep.GrepP50, rep.GrepP99 = pct(grepTimes, 0.5), pct(grepTimes, 0.99)
	rep.ScanP50, rep.ScanP99 = pct(scanTimes, 0.5), pct(scanTimes, 0.99)
	rep.Sizes, _ = sizes(ctx, db)
	return rep, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// dumpText writes the folded indexed text of every incident, one line each.
func dumpText(ctx context.Context, db *sql.DB, path string) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	rows, err := db.QueryContext(ctx, `SELECT d.org, d.title, d.types, (SELECT body FROM search_text t WHERE t.incident_id = d.incident_id),
	coalesce((SELECT group_concat(value) FROM search_facets f WHERE f.facet = 'data' AND f.incident_id = d.incident_id), ''),
	coalesce((SELECT group_concat(value, char(31)) FROM search_facets f WHERE f.facet = 'vendor' AND f.incident_id = d.incident_id), '')
	FROM search_docs d`)
	if err != nil {
		return 0, fmt.Errorf("searchbench: dump: %w", err)
	}
	defer rows.Close()
	var n int64
	for rows.Next() {
		var d search.Doc
		var types, data, vendors string
		if err := rows.Scan(&d.Organization, &d.Title, &types, &d.Text, &data, &vendors); err != nil {
			return 0, err
		}
		d.Types, d.DataTypes, d.Vendors = split(types, ","), split(data, ","), split(vendors, "\x1f")
		line := strings.NewReplacer("\n", " ", "\r", " ").Replace(search.Fold(search.IndexedText(&d)))
		k, _ := w.WriteString(line)
		w.WriteByte('\n')
		n += int64(k + 1)
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if err := w.Flush(); err != nil {
		return 0, err
	}
	return n, f.Close()
}

// grepCount counts the lines of path holding every pos and no neg string,
// with a pipeline of grep -F processes ending in grep -c.
func grepCount(ctx context.Context, path string, pos, neg []string) (int, error) {
	type stage struct {
		pat string
		inv bool
	}
	var stages []stage
	for _, p := range pos {
		stages = append(stages, stage{p, false})
	}
	for _, p := range neg {
		stages = append(stages, stage{p, true})
	}
	if len(stages) == 0 {
		stages = []stage{{"", false}}
	}
	var cmds []*exec.Cmd
	var prev io.Reader
	for i, s := range stages {
		args := []string{"-F"}
		if s.inv {
			args = append(args, "-v")
		}
		if i == len(stages)-1 {
			args = append(args, "-c")
		}
		args = append(args, "-e", s.pat)
		if i == 0 {
			args = append(args, path)
		}
		c := exec.CommandContext(ctx, "grep", args...)
		c.Env = append(os.Environ(), "LC_ALL=C")
		if prev != nil {
			c.Stdin = prev
		}
		if i < len(stages)-1 {
			out, err := c.StdoutPipe()
			if err != nil {
				return 0, err
			}
			prev = out
		}
		cmds = append(cmds, c)
	}
	var out strings.Builder
	cmds[len(cmds)-1].Stdout = &out
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			return 0, fmt.Errorf("searchbench: grep: %w", err)
		}
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 1 { // 1: no line matched
				return 0, fmt.Errorf("searchbench: grep: %w", err)
			}
		}
	}
	var n int
	fmt.Sscan(out.String(), &n)
	return n, nil
}

// scanCount is the alternative without an index: instr over every stored
// text.
func scanCount(ctx context.Context, db *sql.DB, pos, neg []string) (int, error) {
	var conds []string
	var args []any
	for _, p := range pos {
		conds = append(conds, "instr(body, ?) > 0")
		args = append(args, p)
	}
	for _, p := range neg {
		conds = append(conds, "instr(body, ?) = 0")
		args = append(args, p)
	}
	var n int
	err := db.QueryRowContext(ctx, "SELECT count(*) FROM search_text WHERE "+strings.Join(conds, " AND "), args...).Scan(&n)
	return n, err
}

// sizes sums the pages of the index's tables, by group, with dbstat.
func sizes(ctx context.Context, db *sql.DB) (map[string]int64, error) {
	rows, err := db.QueryContext(ctx, `SELECT name, sum(pgsize) FROM dbstat GROUP BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			return nil, err
		}
		switch {
		case strings.HasPrefix(name, "search_tri"):
			out["fts5 trigram"] += n
		case strings.HasPrefix(name, "search_bi"):
			out["fts5 bigram (short queries)"] += n
		case strings.HasPrefix(name, "search_facets"):
			out["facets"] += n
		case strings.HasPrefix(name, "search_text"):
			out["search text (for snippets)"] += n
		case strings.HasPrefix(name, "search_docs"):
			out["search docs"] += n
		default:
			out["casebook tables"] += n
		}
	}
	return out, rows.Err()
}

func split(s, sep string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, sep)
}
