package cli

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/jikenbo/jikenbo/internal/store"
)

func init() {
	register(command{
		name:    "link",
		summary: "analysts' overrides: merge incidents, split reports off, show the audit log",
		run:     runLink,
	})
}

const linkHelp = `
  jikenbo link merge A B [--why TEXT]          merge incidents A and B (casebook
                                               numbers); the older number survives and
                                               the other resolves to it from then on
  jikenbo link split INCIDENT REPORT... [--why TEXT]
                                               move reports (ids) out of INCIDENT into a
                                               new incident; they never rejoin INCIDENT
  jikenbo link log [--json]                    the audit log of overrides

Every override is recorded with who (--who, default $USER), when and why, and
survives reextract and relinking.`

func runLink(env *Env, args []string) error {
	fs := newFlagSet(env, "link", "merge|split|log ...", linkHelp)
	db := dbFlag(fs)
	who := fs.String("who", os.Getenv("USER"), "who makes the change, for the audit log")
	why := fs.String("why", "", "why, for the audit log")
	asJSON := fs.Bool("json", false, "print JSON Lines (log)")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("link needs a subcommand: merge, split or log")
	}
	if *who == "" {
		*who = "analyst"
	}
	sub, rest := rest[0], rest[1:]
	switch sub {
	case "merge":
		if len(rest) != 2 {
			return usagef("link merge needs two casebook numbers")
		}
	case "split":
		if len(rest) < 2 {
			return usagef("link split needs an incident number and at least one report id")
		}
	case "log":
	default:
		return usagef("unknown link subcommand %q", sub)
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	audit := store.Audit{At: time.Now().UTC(), Who: *who, Action: sub, Why: *why}
	switch sub {
	case "merge":
		return linkMerge(env, st, rest[0], rest[1], audit)
	case "split":
		return linkSplit(env, st, rest[0], rest[1:], audit)
	default:
		return linkLog(env, st, *asJSON)
	}
}

func resolve(env *Env, st store.Store, number string) (int64, string, error) {
	inc, _, err := st.ResolveIncident(env.Ctx, number)
	if errors.Is(err, store.ErrNotFound) {
		return 0, "", fmt.Errorf("no incident %s", number)
	}
	if err != nil {
		return 0, "", err
	}
	return inc.ID, inc.Number, nil
}

func linkMerge(env *Env, st store.Store, a, b string, audit store.Audit) error {
	ida, na, err := resolve(env, st, a)
	if err != nil {
		return err
	}
	idb, nb, err := resolve(env, st, b)
	if err != nil {
		return err
	}
	if ida == idb {
		return fmt.Errorf("%s and %s are already one incident (%s)", a, b, na)
	}
	keep, drop, nkeep, ndrop := ida, idb, na, nb
	if idb < ida {
		keep, drop, nkeep, ndrop = idb, ida, nb, na
	}
	audit.Detail = fmt.Sprintf("merged %s into %s", ndrop, nkeep)
	if err := st.MergeIncidents(env.Ctx, keep, drop, audit); err != nil {
		return err
	}
	refreshSearch(env, st, []int64{keep, drop})
	fmt.Fprintf(env.Stdout, "%s merged into %s; %s now resolves to %s\n", ndrop, nkeep, ndrop, nkeep)
	return nil
}

func linkSplit(env *Env, st store.Store, number string, reportArgs []string, audit store.Audit) error {
	from, nfrom, err := resolve(env, st, number)
	if err != nil {
		return err
	}
	members, err := st.IncidentReports(env.Ctx, from)
	if err != nil {
		return err
	}
	in := map[int64]bool{}
	for _, r := range members {
		in[r.ID] = true
	}
	var ids []int64
	year, org := 0, ""
	for _, a := range reportArgs {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil {
			return usagef("%q is not a report id", a)
		}
		if !in[id] {
			return fmt.Errorf("report %d is not part of incident %s", id, nfrom)
		}
		r, err := st.Report(env.Ctx, id)
		if err != nil {
			return err
		}
		if t, err := time.Parse(time.DateOnly, r.Facts.Published); err == nil && (year == 0 || t.Year() < year) {
			year = t.Year()
		}
		if org == "" {
			org = r.Facts.Organization
		}
		ids = append(ids, id)
	}
	if len(ids) == len(members) {
		return fmt.Errorf("splitting every report off %s would leave it empty; nothing done", nfrom)
	}
	if year == 0 {
		year = time.Now().Year()
	}
	// A split is several writes: hold the linking lock so that no linker
	// of another process links against a half-done split.
	unlock, err := st.LockLinking(env.Ctx)
	if err != nil {
		return err
	}
	defer unlock() //nolint:errcheck // the split is committed; the lock also ends with the process
	inc, err := st.CreateIncident(env.Ctx, year, org)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := st.AssignReport(env.Ctx, id, inc.ID); err != nil {
			return err
		}
		pin, out := audit, audit
		pin.Detail = fmt.Sprintf("report %d split off %s into %s", id, nfrom, inc.Number)
		out.Action, out.Detail = "keep-out", fmt.Sprintf("report %d kept out of %s", id, nfrom)
		if err := st.SetOverride(env.Ctx, store.Override{ReportID: id, IncidentID: inc.ID, Pin: true}, pin); err != nil {
			return err
		}
		if err := st.SetOverride(env.Ctx, store.Override{ReportID: id, IncidentID: from, Pin: false}, out); err != nil {
			return err
		}
	}
	refreshSearch(env, st, []int64{from, inc.ID})
	fmt.Fprintf(env.Stdout, "reports %v split off %s into new incident %s\n", ids, nfrom, inc.Number)
	return nil
}

func linkLog(env *Env, st store.Store, asJSON bool) error {
	log, err := st.AuditLog(env.Ctx)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSONLines(env, log)
	}
	t := &table{header: []string{"WHEN", "WHO", "ACTION", "DETAIL", "WHY"}}
	for _, a := range log {
		t.add(a.At.Format(time.DateTime), a.Who, a.Action, a.Detail, orDash(a.Why))
	}
	t.write(env.Stdout)
	return nil
}
