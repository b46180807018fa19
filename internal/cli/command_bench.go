package cli

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/jikenbo/jikenbo/internal/search/searchbench"
)

func init() {
	register(command{
		name:    "bench",
		summary: "measure search latency on a fixed query set, with grep as the reference",
		run:     runBench,
	})
}

const benchHelp = `
"bench search" runs a fixed set of Japanese queries (words, phrases, one-
and two-character queries, exclusions, field filters) against the search
index, reports latency p50/p90/p99, then dumps the indexed text to a file
and times grep -c for the same queries, which also gives the recall of the
index. --scan also times a full scan (instr over the stored text).`

func runBench(env *Env, args []string) error {
	fs := newFlagSet(env, "bench", "search [--db DB] [--runs N] [--facets] [--scan]", benchHelp)
	db := dbFlag(fs)
	runs := fs.Int("runs", 5, "timed runs of each query")
	facets := fs.Bool("facets", false, "also time searches that count facets")
	scan := fs.Bool("scan", false, "also time the full-scan alternative")
	verbose := fs.Bool("v", false, "print each query's figures")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	dir := fs.String("dir", "", "directory for the grep dump (default: a temporary one)")
	sort := fs.String("sort", "date", "result order: date, relevance or affected")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 || rest[0] != "search" {
		return usagef("bench needs the benchmark name: search")
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	ix, err := openIndex(env, st, false)
	if err != nil {
		return err
	}
	dbs, ok := st.(interface{ DB() *sql.DB })
	if !ok {
		return fmt.Errorf("bench: the store does not expose its database")
	}
	sqldb := dbs.DB()
	if r, ok := st.(interface{ ReadDB() *sql.DB }); ok {
		sqldb = r.ReadDB()
	}
	var out io.Writer = io.Discard
	if *verbose {
		out = env.Stdout
	}
	rep, err := searchbench.Run(env.Ctx, ix, sqldb, searchbench.Options{Runs: *runs, Sort: *sort, Facets: *facets, Scan: *scan, GrepDir: *dir, Out: out})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	msf := func(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }
	fmt.Fprintf(env.Stdout, "incidents indexed   %d\n", rep.Docs)
	fmt.Fprintf(env.Stdout, "queries             %d × %d runs\n", len(rep.Queries), *runs)
	fmt.Fprintf(env.Stdout, "index latency       p50 %s  p90 %s  p99 %s  max %s\n", msf(rep.P50), msf(rep.P90), msf(rep.P99), msf(rep.Max))
	if *facets {
		fmt.Fprintf(env.Stdout, "with facets         p50 %s  p99 %s\n", msf(rep.FacetP50), msf(rep.FacetP99))
	}
	fmt.Fprintf(env.Stdout, "grep -c (reference) p50 %s  p99 %s  over %d MB\n", msf(rep.GrepP50), msf(rep.GrepP99), rep.DumpBytes>>20)
	if *scan {
		fmt.Fprintf(env.Stdout, "full scan (instr)   p50 %s  p99 %s\n", msf(rep.ScanP50), msf(rep.ScanP99))
	}
	fmt.Fprintf(env.Stdout, "recall vs grep      %.4f\n", rep.Recall)
	var names []string
	for k := range rep.Sizes {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		fmt.Fprintf(env.Stdout, "size %-28s %8.1f MB\n", k, float64(rep.Sizes[k])/(1<<20))
	}
	return nil
}
