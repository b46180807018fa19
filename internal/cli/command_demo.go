package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/jikenbo/jikenbo/internal/ingest"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
	"github.com/jikenbo/jikenbo/sample"
)

func init() {
	register(command{
		name:    "demo",
		summary: "build a casebook from the bundled sample corpus and show what was found",
		run:     runDemo,
	})
}

const demoHelp = `
Ingests the sample corpus bundled in the binary (fictional notices in every
layout, encoding and format jikenbo reads) into a casebook, default
./jikenbo-demo.db, prints what was found, and serves the casebook on the web
(printing its URL) until interrupted. --serve=false only builds it; by
default it serves when run from a terminal. Running it again ingests
nothing new.`

func runDemo(env *Env, args []string) error {
	fs := newFlagSet(env, "demo", "[--db DB]", demoHelp)
	db := fs.String("db", "jikenbo-demo.db", "casebook to build: SQLite file path or postgres:// URL")
	serve := fs.Bool("serve", isTerminal(env.Stdin), "serve the casebook on the web afterwards")
	addr := fs.String("addr", "127.0.0.1:8080", "listen address when serving")
	if err := parseNone(env, fs, args); err != nil {
		return err
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := ingest.New(st, ingest.Options{Linker: newLinker(st)}).RunFS(env.Ctx, sample.FS, "sample/")
	for _, e := range stats.Errors {
		fmt.Fprintf(env.Stderr, "jikenbo demo: refused %v\n", e)
	}
	if err != nil {
		return err
	}
	if err := printDemoSummary(env, st, *db, stats); err != nil {
		return err
	}
	if !*serve {
		fmt.Fprintf(env.Stdout, "Browse it: jikenbo serve --db %s\n", redact(*db))
		return nil
	}
	st.Close()
	fmt.Fprintln(env.Stdout)
	return runServe(env, []string{"--db", *db, "--addr", *addr})
}

func printDemoSummary(env *Env, st store.Store, db string, stats ingest.Stats) error {
	docs, err := st.Documents(env.Ctx, store.ListOptions{})
	if err != nil {
		return err
	}
	reps, err := st.Reports(env.Ctx, store.ListOptions{})
	if err != nil {
		return err
	}
	incs, err := st.Incidents(env.Ctx, store.ListOptions{})
	if err != nil {
		return err
	}
	encodings := map[string]int{}
	for _, d := range docs {
		encodings[d.Encoding+" "+d.MediaType]++
	}
	notIncident := 0
	types := map[string]int{}
	for _, r := range reps {
		if !r.Facts.IsIncident {
			notIncident++
		}
		for _, t := range r.Facts.Types {
			types[t]++
		}
	}
	w := env.Stdout
	fmt.Fprintf(w, "Casebook %s: %d documents (%d new this run), %d reports (%d not incidents), %d incidents\n\n",
		redact(db), len(docs), stats.New, len(reps), notIncident, len(incs))
	fmt.Fprintln(w, "Documents by encoding and format:")
	for _, k := range sortedKeys(encodings) {
		fmt.Fprintf(w, "  %-32s %d\n", k, encodings[k])
	}
	fmt.Fprintln(w, "\nReports by incident type:")
	tt := &table{header: []string{"  TYPE", "", "REPORTS"}}
	for _, c := range model.IncidentTypes {
		if n := types[c.Code]; n > 0 {
			tt.add("  "+c.Code, c.Label, strconv.Itoa(n))
		}
	}
	tt.write(w)
	fmt.Fprintln(w, "\nIncidents told by more than one report:")
	t := &table{header: []string{"NUMBER", "ORGANIZATION", "TYPES", "REPORTS", "FIRST", "LATEST"}, max: []int{0, 30, 40}}
	for _, in := range incs {
		if in.ReportCount > 1 {
			t.add(in.Number, orDash(in.Organization), orDash(strings.Join(in.Types, ",")), strconv.Itoa(in.ReportCount), orDash(in.FirstSeen), orDash(in.LastSeen))
		}
	}
	t.write(w)
	fmt.Fprintf(w, "\nExplore: jikenbo incidents --db %s    jikenbo show NUMBER --db %s\n", redact(db), redact(db))
	return nil
}
