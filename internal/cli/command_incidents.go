package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

func init() {
	register(command{
		name:    "incidents",
		summary: "list incidents with their casebook numbers",
		run:     runIncidents,
	})
}

func runIncidents(env *Env, args []string) error {
	fs := newFlagSet(env, "incidents", "[--db DB] [--json] [--limit N]",
		"Lists incidents: casebook number, organization, types, first and latest report, report count.")
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON Lines, one incident per line")
	limit := fs.Int("limit", 0, "at most N incidents (0: all)")
	offset := fs.Int("offset", 0, "skip the first N incidents")
	if err := parseNone(env, fs, args); err != nil {
		return err
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	incs, err := st.Incidents(env.Ctx, store.ListOptions{Limit: *limit, Offset: *offset})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONLines(env, incs)
	}
	if len(incs) == 0 {
		fmt.Fprintln(env.Stderr, "no incidents")
		return nil
	}
	t := &table{header: []string{"NUMBER", "ORGANIZATION", "TYPES", "FIRST", "LATEST", "REPORTS", "AFFECTED"}, max: []int{0, 30, 40}}
	for _, in := range incs {
		t.add(in.Number, orDash(in.Organization), orDash(strings.Join(in.Types, ",")), orDash(in.FirstSeen), orDash(in.LastSeen),
			strconv.Itoa(in.ReportCount), orDash(int64Str(in.Affected)))
	}
	t.write(env.Stdout)
	return nil
}

// showIncident prints an incident and every report of it in time order.
func showIncident(env *Env, st store.Store, number string, asJSON bool) error {
	inc, canonical, err := st.ResolveIncident(env.Ctx, number)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no incident %s", number)
	}
	if err != nil {
		return err
	}
	reps, err := st.IncidentReports(env.Ctx, inc.ID)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"incident": inc, "reports": reps})
	}
	if !canonical {
		fmt.Fprintf(env.Stdout, "%s was merged into %s\n\n", number, inc.Number)
	}
	fmt.Fprintf(env.Stdout, "Incident %s  %s\n", inc.Number, inc.Organization)
	fmt.Fprintf(env.Stdout, "types: %s\nfirst report: %s  latest: %s  reports: %d\n",
		orDash(labels(model.IncidentTypes, inc.Types)), orDash(inc.FirstSeen), orDash(inc.LastSeen), len(reps))
	for i := range reps {
		r := &reps[i]
		doc, err := st.Document(env.Ctx, r.DocumentID)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "\n== %d/%d ", i+1, len(reps))
		printReport(env.Stdout, r, doc, "")
	}
	return nil
}
