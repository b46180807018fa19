package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/jikenbo/jikenbo/internal/decode"
	"github.com/jikenbo/jikenbo/internal/fetch"
	"github.com/jikenbo/jikenbo/internal/link"
	"github.com/jikenbo/jikenbo/internal/model"
	"github.com/jikenbo/jikenbo/internal/store"
)

// Linker attaches newly stored reports to incidents; *link.Linker is one.
type Linker interface {
	Link(ctx context.Context, reports []model.Report, retrieved time.Time) ([]link.Result, error)
}

// Options configure a Pipeline. The zero value is usable.
type Options struct {
	// Fetcher gets URLs; nil means fetch.New with default options, which
	// refuses loopback and private addresses.
	Fetcher *fetch.Fetcher
	// Linker links new reports; nil leaves them unlinked.
	Linker Linker
	// Now is the clock for retrieval times; nil means time.Now.
	Now func() time.Time
	// Progress is called after each input is handled (done of total).
	Progress func(done, total int, source string)
	// FeedLimit caps how many items of one feed are fetched (0: 100).
	FeedLimit int
}

// Stats counts what a run did.
type Stats struct {
	New       int     `json:"new"`       // documents archived for the first time
	Unchanged int     `json:"unchanged"` // documents already in the archive
	Refused   int     `json:"refused"`   // inputs that could not be read or decoded
	Skipped   int     `json:"skipped"`   // files in directories with extensions jikenbo does not read
	Reports   int     `json:"reports"`   // reports stored
	Errors    []error `json:"-"`         // one per refused input, naming it
	// Incidents lists the incidents the run created, extended or merged
	// away, for search indexes to refresh.
	Incidents []int64 `json:"-"`
	// Documents lists the documents archived or found already archived.
	Documents []int64 `json:"-"`
}

// Pipeline ingests inputs into a store.
type Pipeline struct {
	st  store.Store
	opt Options
}

// New returns a pipeline writing to st.
func New(st store.Store, opt Options) *Pipeline {
	if opt.Fetcher == nil {
		opt.Fetcher = fetch.New(fetch.Options{})
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.FeedLimit <= 0 {
		opt.FeedLimit = 100
	}
	return &Pipeline{st: st, opt: opt}
}

// Readable lists the file extensions taken when walking a directory.
// Files named explicitly are always read.
var Readable = map[string]bool{
	".txt": true, ".text": true, ".html": true, ".htm": true, ".xhtml": true,
	".pdf": true, ".xml": true, ".rss": true, ".atom": true, "": true,
}

// input is one thing to ingest.
type input struct {
	source string // path, URL or "-"
	isURL  bool
}

// Run ingests every input: files, directories (recursively), http(s) URLs
// (feeds are expanded to their items) and "-" for standard input. An input
// that fails is counted as refused with its error; the others go on. The
// returned error is only for failures that stop the whole run (the store).
func (p *Pipeline) Run(ctx context.Context, args []string, stdin io.Reader) (Stats, error) {
	var st Stats
	if err := p.Resume(ctx, &st); err != nil {
		return st, err
	}
	inputs, err := expand(args, &st)
	if err != nil {
		return st, err
	}
	for i, in := range inputs {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		var err error
		switch {
		case in.source == "-":
			var raw []byte
			raw, err = io.ReadAll(stdin)
			if err == nil {
				err = p.ingestBytes(ctx, &st, raw, "stdin", "stdin", "", p.opt.Now())
			}
		case in.isURL:
			err = p.ingestURL(ctx, &st, in.source)
		default:
			err = p.ingestFile(ctx, &st, in.source)
		}
		if err := st.refuse(err); err != nil {
			return st, err
		}
		if p.opt.Progress != nil {
			p.opt.Progress(i+1, len(inputs), in.source)
		}
	}
	return st, nil
}

// fatalError wraps store failures that must stop the run.
type fatalError struct{ err error }

func (e fatalError) Error() string { return e.err.Error() }
func (e fatalError) Unwrap() error { return e.err }

// refuse counts a failed input as refused and returns nil, or returns err
// itself when it must stop the run.
func (st *Stats) refuse(err error) error {
	if err == nil || isFatal(err) {
		return err
	}
	st.Refused++
	st.Errors = append(st.Errors, err)
	return nil
}

func isFatal(err error) bool {
	var f fatalError
	return errors.As(err, &f) || errors.Is(err, context.Canceled)
}

// expand turns arguments into inputs, walking directories in name order.
func expand(args []string, st *Stats) ([]input, error) {
	var out []input
	for _, a := range args {
		if a == "-" {
			out = append(out, input{source: "-"})
			continue
		}
		if u, err := url.Parse(a); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			out = append(out, input{source: a, isURL: true})
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			// Reported when read, so it counts as refused and names the file.
			out = append(out, input{source: a})
			continue
		}
		if !fi.IsDir() {
			out = append(out, input{source: a})
			continue
		}
		var files []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if strings.HasPrefix(name, ".") && p != a {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			if !Readable[strings.ToLower(filepath.Ext(name))] {
				st.Skipped++
				return nil
			}
			files = append(files, p)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("ingest: walk %s: %w", a, err)
		}
		sort.Strings(files)
		for _, f := range files {
			out = append(out, input{source: f})
		}
	}
	return out, nil
}

func (p *Pipeline) ingestFile(ctx context.Context, st *Stats, name string) error {
	raw, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	fi, _ := os.Stat(name)
	at := p.opt.Now()
	if fi != nil {
		at = fi.ModTime()
	}
	if fetch.IsFeed("", raw) {
		return p.ingestFeed(ctx, st, name, raw, false)
	}
	return p.ingestBytes(ctx, st, raw, name, filepath.Base(name), "", at)
}

func (p *Pipeline) ingestURL(ctx context.Context, st *Stats, u string) error {
	resp, err := p.opt.Fetcher.Get(ctx, u)
	if err != nil {
		return fmt.Errorf("%s: %w", u, err)
	}
	if fetch.IsFeed(resp.ContentType, resp.Body) {
		return p.ingestFeed(ctx, st, resp.URL, resp.Body, true)
	}
	return p.ingestBytes(ctx, st, resp.Body, resp.URL, urlName(resp.URL), resp.ContentType, resp.RetrievedAt)
}

// ingestFeed ingests the items of an RSS or Atom feed: each item's page when
// fetchLinks is set and it has a link, else the content the feed carries.
func (p *Pipeline) ingestFeed(ctx context.Context, st *Stats, source string, body []byte, fetchLinks bool) error {
	items, err := fetch.ParseFeed(body)
	if err != nil {
		return fmt.Errorf("%s: %w", source, err)
	}
	if len(items) > p.opt.FeedLimit {
		items = items[:p.opt.FeedLimit]
	}
	for i, it := range items {
		var err error
		if fetchLinks && it.Link != "" {
			err = p.ingestURL(ctx, st, it.Link)
		} else if strings.TrimSpace(it.Content) != "" {
			src := it.Link
			if src == "" {
				src = fmt.Sprintf("%s#item-%d", source, i+1)
			}
			html := "<html><body><h1>" + escapeText(it.Title) + "</h1>" + it.Content + "</body></html>"
			at := it.Published
			if at.IsZero() {
				at = p.opt.Now()
			}
			err = p.ingestBytes(ctx, st, []byte(html), src, urlName(src), "text/html; charset=utf-8", at)
		} else {
			continue
		}
		if err := st.refuse(err); err != nil {
			return err
		}
	}
	return nil
}

func escapeText(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	return r.Replace(s)
}

func urlName(u string) string {
	pu, err := url.Parse(u)
	if err != nil {
		return u
	}
	base := path.Base(pu.Path)
	if base == "/" || base == "." || base == "" {
		return pu.Host
	}
	return base
}

// ingestBytes archives raw, then decodes, segments, extracts, stores and
// links it. Decoding happens in memory first so a refused input leaves no
// trace; the archive row is committed before anything derived from it.
func (p *Pipeline) ingestBytes(ctx context.Context, st *Stats, raw []byte, source, name, contentType string, at time.Time) error {
	res, err := decode.Decode(raw, decode.Hint{ContentType: contentType, Filename: source})
	if err != nil {
		return fmt.Errorf("%s: %w", source, err)
	}
	sum := sha256.Sum256(raw)
	doc := &model.Document{
		SHA256:      hex.EncodeToString(sum[:]),
		Source:      source,
		Name:        name,
		MediaType:   res.MediaType,
		Encoding:    res.Encoding,
		RetrievedAt: at.UTC(),
		Raw:         raw,
		Text:        res.Text,
	}
	id, created, err := p.st.PutDocument(ctx, doc)
	if err != nil {
		return fatalError{fmt.Errorf("%s: archive: %w", source, err)}
	}
	st.Documents = append(st.Documents, id)
	if !created {
		st.Unchanged++
		return nil
	}
	st.New++
	doc.ID = id
	return p.process(ctx, st, doc)
}

// process stores the reports of an archived document and links them.
func (p *Pipeline) process(ctx context.Context, st *Stats, doc *model.Document) error {
	reports := Analyze(doc.Text)
	for i := range reports {
		reports[i].DocumentID = doc.ID
	}
	if err := p.st.SaveReports(ctx, doc.ID, reports); err != nil {
		if errors.Is(err, store.ErrAlreadyProcessed) {
			return nil
		}
		return fatalError{fmt.Errorf("%s: save reports: %w", doc.Source, err)}
	}
	st.Reports += len(reports)
	if p.opt.Linker != nil {
		res, err := p.opt.Linker.Link(ctx, reports, doc.RetrievedAt)
		if err != nil {
			return fatalError{fmt.Errorf("%s: link: %w", doc.Source, err)}
		}
		st.touch(res)
	}
	return nil
}

// touch records the incidents linking results changed.
func (st *Stats) touch(res []link.Result) {
	for _, r := range res {
		if r.IncidentID != 0 {
			st.Incidents = append(st.Incidents, r.IncidentID)
		}
		st.Incidents = append(st.Incidents, r.Merged...)
	}
}

// IngestBytes ingests one document given as bytes (a POSTed upload, a
// feed item), naming it source; contentType may be empty. It returns the
// counts, with the document's id in Documents.
func (p *Pipeline) IngestBytes(ctx context.Context, raw []byte, source, name, contentType string) (Stats, error) {
	var st Stats
	if name == "" {
		name = urlName(source)
	}
	err := p.ingestBytes(ctx, &st, raw, source, name, contentType, p.opt.Now())
	return st, st.refuse(err)
}

// Resume completes documents archived by an earlier run that stopped
// before their reports were stored.
func (p *Pipeline) Resume(ctx context.Context, st *Stats) error {
	ids, err := p.st.Unprocessed(ctx)
	if err != nil {
		return fmt.Errorf("ingest: resume: %w", err)
	}
	for _, id := range ids {
		doc, err := p.st.Document(ctx, id)
		if err != nil {
			return fmt.Errorf("ingest: resume document %d: %w", id, err)
		}
		if err := p.process(ctx, st, doc); err != nil {
			return err
		}
	}
	return p.linkPending(ctx, st)
}

// linkPending links incident reports that were stored but never linked
// (a run that stopped between storing and linking).
func (p *Pipeline) linkPending(ctx context.Context, st *Stats) error {
	if p.opt.Linker == nil {
		return nil
	}
	reps, err := p.st.Reports(ctx, store.ListOptions{Unlinked: true, WithText: true})
	if err != nil {
		return fmt.Errorf("ingest: resume linking: %w", err)
	}
	for i := 0; i < len(reps); {
		j := i
		for j < len(reps) && reps[j].DocumentID == reps[i].DocumentID {
			j++
		}
		doc, err := p.st.Document(ctx, reps[i].DocumentID)
		if err != nil {
			return fmt.Errorf("ingest: resume linking document %d: %w", reps[i].DocumentID, err)
		}
		res, err := p.opt.Linker.Link(ctx, reps[i:j], doc.RetrievedAt)
		if err != nil {
			return fmt.Errorf("ingest: resume linking %s: %w", doc.Source, err)
		}
		st.touch(res)
		i = j
	}
	return nil
}

// RunFS ingests every readable file of fsys (walked in name order), naming
// each source prefix + its path. The demo uses it for the bundled corpus.
func (p *Pipeline) RunFS(ctx context.Context, fsys fs.FS, prefix string) (Stats, error) {
	var st Stats
	if err := p.Resume(ctx, &st); err != nil {
		return st, err
	}
	var files []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !Readable[strings.ToLower(path.Ext(name))] {
			if !d.IsDir() {
				st.Skipped++
			}
			return nil
		}
		files = append(files, name)
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("ingest: walk %s: %w", prefix, err)
	}
	for i, name := range files {
		raw, err := fs.ReadFile(fsys, name)
		if err == nil {
			err = p.ingestBytes(ctx, &st, raw, prefix+name, path.Base(name), "", p.opt.Now())
		}
		if err := st.refuse(err); err != nil {
			return st, err
		}
		if p.opt.Progress != nil {
			p.opt.Progress(i+1, len(files), name)
		}
	}
	return st, nil
}
