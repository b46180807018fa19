package cli

import (
	"encoding/json"

	"github.com/jikenbo/jikenbo/internal/digest"
	"github.com/jikenbo/jikenbo/internal/filter"
)

func init() {
	register(command{
		name:    "digest",
		summary: "write the digest of a week or month: incidents by type with summaries",
		run:     runDigest,
	})
}

const digestHelp = `
Writes a digest of the incidents first published in a period (--week DATE
for the Monday–Sunday week holding DATE, --month YYYY-MM, or --from/--to),
grouped by type: casebook number, organization, headline, a summary of two
or three sentences taken from the reports themselves, people affected and
links to every source. Markdown by default; --format html writes a
standalone page, --format json the digest's data.`

func runDigest(env *Env, args []string) error {
	fs := newFlagSet(env, "digest", "--week YYYY-MM-DD | --month YYYY-MM | --from D --to D [filters] [--format md|html|json]", digestHelp)
	db := dbFlag(fs)
	ff := filter.AddFlags(fs)
	format := fs.String("format", "md", "output format: md, html or json")
	base := fs.String("base-url", "", "the casebook's web address, for links to incident pages and archived sources")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	if err := parseNone(env, fs, args); err != nil {
		return err
	}
	f, kind, err := ff.Filter()
	if err != nil {
		return usagef("%v", err)
	}
	if !f.HasPeriod() {
		return usagef("give a period: --week, --month, --year or --from/--to")
	}
	switch *format {
	case "md", "markdown", "html", "json":
	default:
		return usagef("unknown --format %q (md, html or json)", *format)
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	d, err := digest.Build(env.Ctx, st, f, kind, digest.Options{BaseURL: *base})
	if err != nil {
		return err
	}
	w, closeOut, err := createOutput(env, *out)
	if err != nil {
		return err
	}
	switch *format {
	case "html":
		err = digest.WriteHTML(w, d)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(d)
	default:
		err = digest.WriteMarkdown(w, d)
	}
	return closeOut(err)
}
