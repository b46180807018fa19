package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/jikenbo/jikenbo/internal/extract"
	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/segment"
	"github.com/jikenbo/jikenbo/internal/store"
)

func init() {
	register(command{
		name:    "reextract",
		summary: "recompute the facts of every stored report with the current rules",
		run:     runReextract,
	})
}

const reextractHelp = `
Runs the extractor again over every stored report, after the rules improved,
and stores the new facts and linking features. The archived originals, the
report spans, incident numbers, links and analysts' overrides stay as they
are.`

func runReextract(env *Env, args []string) error {
	fs := newFlagSet(env, "reextract", "[--db DB]", reextractHelp)
	db := dbFlag(fs)
	if err := parseNone(env, fs, args); err != nil {
		return err
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.Documents(env.Ctx, store.ListOptions{})
	if err != nil {
		return err
	}
	changed, total := 0, 0
	var touched []int64
	for _, d := range docs {
		n, c, err := reextractDocument(env, st, d.ID, &touched)
		if err != nil {
			return fmt.Errorf("document %d (%s): %w", d.ID, d.Source, err)
		}
		total += n
		changed += c
	}
	refreshSearch(env, st, touched)
	fmt.Fprintf(env.Stdout, "reextracted %d reports of %d documents; facts changed in %d\n", total, len(docs), changed)
	return nil
}

// reextractDocument recomputes the facts of one document's stored reports.
// The stored spans are kept; casebook ids and titles the segmenter prints
// are taken from its current cut where a span is unchanged.
func reextractDocument(env *Env, st store.Store, docID int64, touched *[]int64) (total, changed int, err error) {
	doc, err := st.Document(env.Ctx, docID)
	if err != nil {
		return 0, 0, err
	}
	reps, err := st.Reports(env.Ctx, store.ListOptions{Document: docID, WithText: true})
	if err != nil || len(reps) == 0 {
		return 0, 0, err
	}
	fresh := map[model.Span]model.Segment{}
	for _, s := range segment.Split(doc.Text) {
		fresh[s.Span] = s
	}
	segs := make([]model.Segment, len(reps))
	for i, r := range reps {
		if s, ok := fresh[r.Span]; ok {
			segs[i] = s
		} else {
			segs[i] = model.Segment{Span: r.Span, CasebookID: r.Facts.CasebookID}
		}
	}
	facts := extract.Extract(doc.Text, segs)
	keys := make([]store.LinkKey, 0, len(reps))
	for i := range reps {
		if !sameFacts(reps[i].Facts, facts[i]) {
			changed++
		}
		reps[i].Facts = facts[i]
		if reps[i].IncidentID != 0 {
			*touched = append(*touched, reps[i].IncidentID)
			k := link.NewKey(link.Item{Doc: strconv.FormatInt(docID, 10), Seq: reps[i].Seq, Text: reps[i].Text, Facts: facts[i]})
			keys = append(keys, k.LinkKey(reps[i].ID, reps[i].IncidentID))
		}
	}
	if err := st.UpdateFacts(env.Ctx, reps); err != nil {
		return 0, 0, err
	}
	if err := st.SaveLinkKeys(env.Ctx, keys); err != nil {
		return 0, 0, err
	}
	return len(reps), changed, nil
}

// sameFacts compares facts by value (pointers included).
func sameFacts(a, b model.Facts) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return bytes.Equal(ja, jb)
}
