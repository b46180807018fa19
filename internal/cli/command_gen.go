package cli

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/jikenbo/jikenbo/internal/gen"
)

func init() {
	register(command{
		name:    "gen",
		summary: "generate a synthetic casebook of fictional notices (for load tests)",
		run:     runGen,
	})
}

const genHelp = `
Writes N fictional reports (notices of invented organizations, 2019–2025,
every incident type, one to three reports per incident) with their facts,
evidence and incidents into the casebook, and indexes them for search.
Rows are inserted directly, one transaction per batch (SQLite only). Use a
separate database: the data is invented.`

func runGen(env *Env, args []string) error {
	fs := newFlagSet(env, "gen", "--reports N [--db DB] [--seed S]", genHelp)
	db := dbFlag(fs)
	n := fs.Int("reports", 1000, "number of reports to generate")
	seed := fs.Uint64("seed", 1, "random seed (the same seed gives the same casebook)")
	batch := fs.Int("batch", 1000, "incidents per transaction")
	asJSON := fs.Bool("json", false, "print the counts as JSON")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("gen takes no arguments")
	}
	if *n <= 0 {
		return usagef("--reports must be positive")
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
	opt := gen.Options{Reports: *n, Seed: *seed, BatchSize: *batch}
	var bar *progressbar.ProgressBar
	if isTerminal(env.Stderr) {
		bar = progressbar.NewOptions(*n, progressbar.OptionSetWriter(env.Stderr), progressbar.OptionSetDescription("gen"),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(200*time.Millisecond))
		opt.Progress = func(done, _ int) { _ = bar.Set(done) }
	}
	res, err := gen.Generate(env.Ctx, st, ix, opt)
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(env.Stdout).Encode(res)
	}
	fmt.Fprintf(env.Stdout, "generated %d reports in %d documents, %d incidents in %s (%.0f reports/s)\n",
		res.Reports, res.Documents, res.Incidents, res.Elapsed.Round(time.Millisecond), float64(res.Reports)/res.Elapsed.Seconds())
	return nil
}
