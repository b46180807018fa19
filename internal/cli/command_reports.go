package cli

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/jikenbo/jikenbo/internal/store"
)

func init() {
	register(command{
		name:    "reports",
		summary: "list stored reports",
		run:     runReports,
	})
}

func runReports(env *Env, args []string) error {
	fs := newFlagSet(env, "reports", "[--db DB] [--json] [--doc ID] [--limit N]", "Lists the reports in the casebook in document order.")
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON Lines, one report per line")
	docID := fs.Int64("doc", 0, "only reports of this document id")
	limit := fs.Int("limit", 0, "at most N reports (0: all)")
	offset := fs.Int("offset", 0, "skip the first N reports")
	if err := parseNone(env, fs, args); err != nil {
		return err
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	reps, err := st.Reports(env.Ctx, store.ListOptions{Document: *docID, Limit: *limit, Offset: *offset})
	if err != nil {
		return err
	}
	incNumbers := map[int64]string{}
	number := func(id int64) string {
		if id == 0 {
			return ""
		}
		if n, ok := incNumbers[id]; ok {
			return n
		}
		n := ""
		if inc, err := st.Incident(env.Ctx, id); err == nil {
			n = inc.Number
		}
		incNumbers[id] = n
		return n
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		for _, r := range reps {
			row := struct {
				ID       int64  `json:"id"`
				Document int64  `json:"document_id"`
				Seq      int    `json:"seq"`
				Span     any    `json:"span"`
				Incident string `json:"incident,omitempty"`
				Facts    any    `json:"facts"`
			}{r.ID, r.DocumentID, r.Seq, r.Span, number(r.IncidentID), r.Facts}
			if err := enc.Encode(row); err != nil {
				return err
			}
		}
		return nil
	}
	t := &table{header: []string{"ID", "DOC", "INCIDENT", "ORGANIZATION", "PUBLISHED", "TYPES", "TITLE"}, max: []int{0, 0, 0, 28, 0, 32, 40}}
	for _, r := range reps {
		kind := strings.Join(r.Facts.Types, ",")
		if !r.Facts.IsIncident {
			kind = "(no incident)"
		}
		t.add(strconv.FormatInt(r.ID, 10), strconv.FormatInt(r.DocumentID, 10), orDash(number(r.IncidentID)),
			orDash(r.Facts.Organization), orDash(r.Facts.Published), orDash(kind), orDash(r.Facts.Title))
	}
	if len(reps) == 0 {
		fmt.Fprintln(env.Stderr, "no reports")
		return nil
	}
	t.write(env.Stdout)
	return nil
}
