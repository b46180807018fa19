package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/jikenbo/jikenbo/internal/decode"
	"github.com/jikenbo/jikenbo/internal/ingest"
	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
)

func init() {
	register(command{
		name:    "extract",
		summary: "cut files into reports and print their facts (no database)",
		run:     runExtract,
	})
}

const extractHelp = `
Reads the files as one corpus (so reports in different files are linked),
cuts each into reports, extracts the facts of each and links reports of the
same incident. Nothing is stored. With --json the output is the JSON of
SCHEMA.md: {"reports": [...]} in document order, files in the order given.`

func runExtract(env *Env, args []string) error {
	fs := newFlagSet(env, "extract", "[--json] [--evidence] FILE...", extractHelp)
	asJSON := fs.Bool("json", false, "print the SCHEMA.md JSON")
	evidence := fs.Bool("evidence", false, "add each fact's evidence spans to the JSON")
	files, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("no files given")
	}
	type docReports struct {
		name    string
		reports []model.Report
	}
	var docs []docReports
	var items []link.Item
	var failed int
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintf(env.Stderr, "jikenbo extract: %v\n", err)
			failed++
			continue
		}
		res, err := decode.Decode(raw, decode.Hint{Filename: f})
		if err != nil {
			fmt.Fprintf(env.Stderr, "jikenbo extract: %s: %v\n", f, err)
			failed++
			continue
		}
		name := filepath.Base(f)
		reps := ingest.Analyze(res.Text)
		docs = append(docs, docReports{name, reps})
		for _, r := range reps {
			items = append(items, link.Item{Doc: name, Seq: r.Seq, Text: r.Text, Facts: r.Facts})
		}
	}
	clusters := link.Cluster(items)
	k := 0
	var out []reportJSON
	for _, d := range docs {
		for _, r := range d.reports {
			inc := ""
			if clusters[k] >= 0 && r.Facts.IsIncident {
				inc = fmt.Sprintf("i-%d", clusters[k]+1)
			}
			k++
			out = append(out, toReportJSON(d.name, r, inc, *evidence))
		}
	}
	if *asJSON {
		if out == nil {
			out = []reportJSON{}
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(map[string]any{"reports": out}); err != nil {
			return err
		}
	} else {
		printReportTable(env, out)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files could not be read", failed, len(files))
	}
	return nil
}
