package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/jikenbo/jikenbo/internal/export"
	"github.com/jikenbo/jikenbo/internal/filter"
)

// createOutput opens the -o file (or standard output) through a buffer;
// closeOut flushes and closes it, keeping the first error.
func createOutput(env *Env, path string) (w io.Writer, closeOut func(error) error, err error) {
	var f *os.File
	var dst io.Writer = env.Stdout
	if path != "" && path != "-" {
		f, err = os.Create(path)
		if err != nil {
			return nil, nil, fmt.Errorf("create output: %w", err)
		}
		dst = f
	}
	bw := bufio.NewWriterSize(dst, 64<<10)
	return bw, func(err error) error {
		if ferr := bw.Flush(); err == nil && ferr != nil {
			err = fmt.Errorf("write output: %w", ferr)
		}
		if f != nil {
			if cerr := f.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("write output: %w", cerr)
			}
		}
		return err
	}, nil
}

func init() {
	register(command{
		name:    "export",
		summary: "export incidents or reports as CSV, JSON Lines, STIX 2.1 or VERIS",
		run:     runExport,
	})
}

const exportHelp = `
Writes the casebook (or the incidents matching the filters) to standard
output or -o FILE, streaming one incident at a time in constant memory.

  csv, jsonl  one row per incident (--what incidents, the default) or per
              report (--what reports); columns in docs/export.md
  stix        a STIX 2.1 bundle: an identity per organization, an incident
              per incident, a report per source report (source URL and the
              archive's SHA-256), "targets" relationships; ids are UUIDv5
              of the data, so re-exports update instead of duplicating
  veris       VERIS 1.3 records as JSON Lines, one per incident

Incidents are written newest casebook number first. Period filters apply
to an incident's first publication (a report's own date for --what reports).`

func runExport(env *Env, args []string) error {
	fs := newFlagSet(env, "export", "--format csv|jsonl|stix|veris [--what incidents|reports] [filters] [-o FILE]", exportHelp)
	db := dbFlag(fs)
	ff := filter.AddFlags(fs)
	format := fs.String("format", "csv", "output format: csv, jsonl, stix or veris")
	what := fs.String("what", "incidents", "rows of csv and jsonl: incidents or reports")
	base := fs.String("base-url", "", "the casebook's web address, for links to incident pages and archived sources")
	bom := fs.Bool("bom", false, "start CSV with a UTF-8 byte order mark (for spreadsheets)")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	quiet := fs.Bool("q", false, "do not print the counts to standard error")
	if err := parseNone(env, fs, args); err != nil {
		return err
	}
	f, _, err := ff.Filter()
	if err != nil {
		return usagef("%v", err)
	}
	opt := export.Options{Format: export.Format(*format), What: export.What(*what), BaseURL: *base, BOM: *bom}
	switch opt.Format {
	case export.CSV, export.JSONL, export.STIX, export.VERIS:
	default:
		return usagef("unknown --format %q (csv, jsonl, stix or veris)", *format)
	}
	if opt.What != export.Incidents && opt.What != export.Reports {
		return usagef("unknown --what %q (incidents or reports)", *what)
	}
	if opt.What == export.Reports && (opt.Format == export.STIX || opt.Format == export.VERIS) {
		return usagef("--what reports is for csv and jsonl; %s is by incident", *format)
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	w, closeOut, err := createOutput(env, *out)
	if err != nil {
		return err
	}
	res, err := export.Write(env.Ctx, st, f, w, opt)
	if err = closeOut(err); err != nil {
		return err
	}
	if !*quiet {
		if opt.Format == export.STIX {
			fmt.Fprintf(env.Stderr, "exported %d incidents, %d reports, %d STIX objects\n", res.Incidents, res.Reports, res.Objects)
		} else if opt.What == export.Reports {
			fmt.Fprintf(env.Stderr, "exported %d reports\n", res.Reports)
		} else {
			fmt.Fprintf(env.Stderr, "exported %d incidents, %d reports\n", res.Incidents, res.Reports)
		}
	}
	return nil
}
