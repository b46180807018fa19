package cli

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/jikenbo/jikenbo/internal/fetch"
	"github.com/jikenbo/jikenbo/internal/ingest"
)

func init() {
	register(command{
		name:    "ingest",
		summary: "archive files, directories, URLs, feeds or stdin into the casebook",
		run:     runIngest,
	})
}

const ingestHelp = `
Archives every input byte for byte (content-addressed by SHA-256), decodes it
(UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP, UTF-16; HTML; PDF through pdftotext),
cuts it into reports, extracts their facts and links them to incidents.
Directories are walked recursively (.txt .html .htm .xhtml .pdf .xml .rss
.atom and files without extension); "-" reads standard input; http(s) URLs
are fetched, and RSS/Atom feeds are expanded into their items. Ingesting the
same bytes again changes nothing. An input that cannot be read or decoded is
reported and the rest of the batch goes on (exit status 1 at the end).`

func runIngest(env *Env, args []string) error {
	fs := newFlagSet(env, "ingest", "[flags] PATH|URL|- ...", ingestHelp)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the counts as JSON")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private addresses")
	timeout := fs.Duration("timeout", 30*time.Second, "timeout for each URL")
	feedLimit := fs.Int("feed-limit", 100, "at most this many items of each feed")
	inputs, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return usagef("nothing to ingest: give files, directories, URLs or -")
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	opt := ingest.Options{
		Fetcher:   fetch.New(fetch.Options{AllowPrivate: *allowPrivate, Timeout: *timeout}),
		FeedLimit: *feedLimit,
		Linker:    newLinker(st),
	}
	var bar *progressbar.ProgressBar
	if isTerminal(env.Stderr) {
		opt.Progress = func(done, total int, source string) {
			if bar == nil {
				bar = progressbar.NewOptions(total,
					progressbar.OptionSetWriter(env.Stderr),
					progressbar.OptionSetDescription("ingest"),
					progressbar.OptionShowCount(),
					progressbar.OptionClearOnFinish(),
					progressbar.OptionThrottle(100*time.Millisecond))
			}
			_ = bar.Set(done)
		}
	}
	stats, err := ingest.New(st, opt).Run(env.Ctx, inputs, env.Stdin)
	if bar != nil {
		_ = bar.Finish()
	}
	for _, e := range stats.Errors {
		fmt.Fprintf(env.Stderr, "jikenbo ingest: refused %v\n", e)
	}
	refreshSearch(env, st, stats.Incidents)
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		if jerr := enc.Encode(stats); jerr != nil {
			return jerr
		}
	} else {
		fmt.Fprintf(env.Stdout, "documents: %d new, %d unchanged, %d refused", stats.New, stats.Unchanged, stats.Refused)
		if stats.Skipped > 0 {
			fmt.Fprintf(env.Stdout, ", %d skipped", stats.Skipped)
		}
		fmt.Fprintf(env.Stdout, "; reports: %d\n", stats.Reports)
		if stats.New == 0 && stats.Refused == 0 && stats.Unchanged > 0 {
			fmt.Fprintln(env.Stdout, "nothing new: every document was already in the archive")
		}
	}
	if err != nil {
		return err
	}
	if stats.Refused > 0 {
		return fmt.Errorf("%d input(s) refused", stats.Refused)
	}
	return nil
}
