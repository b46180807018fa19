package cli

import (
	"encoding/json"

	"github.com/jikenbo/jikenbo/internal/filter"
	"github.com/jikenbo/jikenbo/internal/stats"
)

func init() {
	register(command{
		name:    "stats",
		summary: "print the yearly table: incidents and people by survey category, sector, VERIS action; disclosure lag",
		run:     runStats,
	})
}

const statsHelp = `
Counts the incidents first published in a period (--year 2024, --month,
--week or --from/--to; all when none) and the people affected: by the
categories of the Japanese personal-data leak surveys (each incident in one
category), by sector, by VERIS action (an incident in each of its actions),
and the median days from discovery to first publication. --json for
machines.`

func runStats(env *Env, args []string) error {
	fs := newFlagSet(env, "stats", "[--year YYYY] [filters] [--json]", statsHelp)
	db := dbFlag(fs)
	ff := filter.AddFlags(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNone(env, fs, args); err != nil {
		return err
	}
	f, _, err := ff.Filter()
	if err != nil {
		return usagef("%v", err)
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	t, err := stats.Compute(env.Ctx, st, f)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(t)
	}
	return stats.WriteText(env.Stdout, t)
}
