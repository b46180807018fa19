package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

func init() {
	register(command{
		name:    "show",
		summary: "show a report (by id) or an incident (by casebook number YYYY-NNN)",
		run:     runShow,
	})
}

const showHelp = `
A number shows one report: its facts, each with the snippet of the source it
came from, then its text. A casebook number (2024-521) shows the incident
with all its reports in time order; a merged number resolves to the incident
it was merged into.`

var casebookNumber = regexp.MustCompile(`^\d{4}-\d{3,}$`)

func runShow(env *Env, args []string) error {
	fs := newFlagSet(env, "show", "[--db DB] [--json] ID|YYYY-NNN", showHelp)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef("show needs one report id or casebook number")
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	ref := rest[0]
	if casebookNumber.MatchString(ref) {
		return showIncident(env, st, ref, *asJSON)
	}
	id, err := strconv.ParseInt(ref, 10, 64)
	if err != nil {
		return usagef("%q is neither a report id nor a casebook number", ref)
	}
	r, err := st.Report(env.Ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no report %d", id)
	}
	if err != nil {
		return err
	}
	doc, err := st.Document(env.Ctx, r.DocumentID)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			*model.Report
			Text   string `json:"text"`
			Source string `json:"source"`
		}{r, r.Text, doc.Source})
	}
	number := ""
	if r.IncidentID != 0 {
		if inc, err := st.Incident(env.Ctx, r.IncidentID); err == nil {
			number = inc.Number
		}
	}
	printReport(env.Stdout, r, doc, number)
	return nil
}

// printReport writes a report's facts, each with its evidence, and its text.
func printReport(w io.Writer, r *model.Report, doc *model.Document, number string) {
	f := r.Facts
	fmt.Fprintf(w, "Report %d  (document %d, %s, bytes %d-%d)\n", r.ID, doc.ID, doc.Source, r.Span.Start, r.Span.End)
	if number != "" {
		fmt.Fprintf(w, "Incident %s\n", number)
	}
	if !f.IsIncident {
		fmt.Fprintln(w, "Not an incident (kept as text).")
	}
	fmt.Fprintln(w)
	byField := map[string][]model.Evidence{}
	for _, e := range f.Evidence {
		byField[e.Field] = append(byField[e.Field], e)
	}
	fact := func(field, label, value string) {
		if value == "" {
			return
		}
		fmt.Fprintf(w, "%-14s %s\n", label, value)
		for _, e := range byField[field] {
			fmt.Fprintf(w, "%-14s   ← %q\n", "", snippet(doc.Text, e.Span, 24))
		}
	}
	fact("casebook_id", "casebook id", f.CasebookID)
	fact("organization", "organization", f.Organization)
	fact("title", "title", f.Title)
	fact("published", "published", f.Published)
	fact("discovered", "discovered", f.Discovered)
	fact("types", "types", labels(model.IncidentTypes, f.Types))
	fact("affected", "affected", int64Str(f.Affected))
	fact("card_affected", "cards", int64Str(f.CardAffected))
	fact("data_types", "data", labels(model.DataTypes, f.DataTypes))
	fact("leak", "leak", string(f.Leak))
	fact("notified", "notified", labels(model.Authorities, f.Notified))
	fact("report_seq", "report seq", f.ReportSeq)
	fact("vendors", "vendors", strings.Join(f.Vendors, ", "))
	if len(f.Anomalies) > 0 {
		fmt.Fprintf(w, "%-14s %s\n", "anomalies", strings.Join(f.Anomalies, ", "))
	}
	fmt.Fprintln(w, "\n----")
	fmt.Fprintln(w, strings.TrimSpace(r.Text))
}

func int64Str(p *int64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatInt(*p, 10)
}

func labels(list []model.Code, codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = c + " (" + model.Label(list, c) + ")"
	}
	return strings.Join(out, ", ")
}

// snippet returns the evidence text with up to ctx runes of context on each
// side, newlines shown as spaces, the evidence in 【】 brackets.
func snippet(text string, sp model.Span, ctx int) string {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return ""
	}
	before := []rune(text[:sp.Start])
	if len(before) > ctx {
		before = before[len(before)-ctx:]
	}
	after := []rune(text[sp.End:])
	if len(after) > ctx {
		after = after[:ctx]
	}
	s := string(before) + "【" + text[sp.Start:sp.End] + "】" + string(after)
	return strings.Join(strings.Fields(s), " ")
}
