package cli

import (
	"errors"
	"strconv"
	"time"

	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

func init() {
	register(command{
		name:    "archive",
		summary: "list archived originals or write one out byte for byte",
		run:     runArchive,
	})
}

const archiveHelp = `
  jikenbo archive list [--json]     lists archived documents
  jikenbo archive show ID           writes the original bytes of document ID
                                    (a number or a SHA-256 prefix) to stdout`

func runArchive(env *Env, args []string) error {
	fs := newFlagSet(env, "archive", "list|show [ID]", archiveHelp)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON Lines (list)")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("archive needs a subcommand: list or show ID")
	}
	st, err := openStore(env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	switch rest[0] {
	case "list":
		docs, err := st.Documents(env.Ctx, store.ListOptions{})
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSONLines(env, docs)
		}
		t := &table{header: []string{"ID", "SHA256", "ENCODING", "TYPE", "RETRIEVED", "SOURCE"}, max: []int{0, 0, 0, 0, 0, 60}}
		for _, d := range docs {
			t.add(strconv.FormatInt(d.ID, 10), d.SHA256[:12], d.Encoding, d.MediaType, d.RetrievedAt.Format(time.DateTime), d.Source)
		}
		t.write(env.Stdout)
		return nil
	case "show":
		if len(rest) != 2 {
			return usagef("archive show needs one document id or SHA-256 prefix")
		}
		doc, err := findDocument(env, st, rest[1])
		if err != nil {
			return err
		}
		_, err = env.Stdout.Write(doc.Raw)
		return err
	default:
		return usagef("unknown archive subcommand %q", rest[0])
	}
}

// findDocument resolves a document id or SHA-256 prefix.
func findDocument(env *Env, st store.Store, ref string) (*model.Document, error) {
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil && len(ref) < 8 {
		doc, err := st.Document(env.Ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			return nil, errors.New("no document " + ref)
		}
		return doc, err
	}
	doc, err := st.DocumentBySHA(env.Ctx, ref)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errors.New("no document with SHA-256 " + ref)
	}
	return doc, err
}
